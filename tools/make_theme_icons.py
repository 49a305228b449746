"""Write the indicator and arrow images of every theme into resources/styles/icons/<theme>/.

Run after changing a theme's colours (resources/styles/<theme>.toml); tests/ui/test_theme.py fails until the
committed images match.

    .venv/bin/python tools/make_theme_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from parcours_app.ui.theme import THEMES, load_theme, theme_icon_svgs

ICONS = Path(__file__).resolve().parent.parent / "resources" / "styles" / "icons"


def main() -> int:
    for name in THEMES:
        folder = ICONS / name
        folder.mkdir(parents=True, exist_ok=True)
        for file_name, svg in theme_icon_svgs(load_theme(name)).items():
            (folder / file_name).write_text(svg, encoding="utf-8")
    print(f"theme images written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
