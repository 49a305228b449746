"""Screenshots of the main pages in French, English, Arabic, the pseudo-language and at 200 % text size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--out docs/screenshots]

The same screens as the tests (tests/i18n/widget_walk.py: the main window over a sample family, page by page),
saved as <page>-<language>[-200].png. Look at them after every layout or translation change.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = [("fr", 1.0), ("en", 1.0), ("ar", 1.0), ("fr", 2.0), ("pseudo", 1.0)]


class _Bot:
    """What widget_walk.main_screens needs from pytest-qt's qtbot, for a plain script."""

    def __init__(self) -> None:
        self.widgets: list[object] = []

    def addWidget(self, widget: object) -> None:  # noqa: N802 (qtbot's name)
        self.widgets.append(widget)

    def waitExposed(self, widget: object) -> None:  # noqa: N802
        from PySide6.QtWidgets import QApplication

        for _ in range(20):
            QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    spec = importlib.util.spec_from_file_location("widget_walk", REPO / "tests" / "i18n" / "widget_walk.py")
    assert spec is not None and spec.loader is not None
    walk = importlib.util.module_from_spec(spec)
    sys.modules["widget_walk"] = walk
    spec.loader.exec_module(walk)

    from PySide6.QtWidgets import QApplication

    from parcours_app.ui.i18n import LanguageManager
    from parcours_app.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    manager = LanguageManager(app)
    options.out.mkdir(parents=True, exist_ok=True)
    for language, scale in RUNS:
        apply_theme(app, "light", scale)
        manager.set_language(language)
        suffix = "" if scale == 1.0 else f"-{round(scale * 100)}"
        for page, window in walk.main_screens(_Bot(), lambda: manager.language):
            path = options.out / f"{page}-{language}{suffix}.png"
            window.grab().save(str(path))
            print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
