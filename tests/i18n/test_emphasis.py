"""Emphasis (ui/widgets/emphasis.py): italic left to right, upright right to left, since the usual fonts have no
Arabic italic and Qt draws italic Arabic as empty boxes. The whole-window check is in test_screens.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from parcours_app.ui.i18n import LanguageManager
from parcours_app.ui.theme import apply_theme
from parcours_app.ui.widgets.emphasis import set_emphasis

SRC = Path(__file__).resolve().parents[2] / "src" / "parcours_app"
ITALIC = re.compile(r"setItalic\(|setStyle\(\s*QFont\.Style\.StyleItalic|font-style\s*:\s*italic|<i>|<em>", re.I)


def test_no_code_sets_italic_except_the_emphasis_helper() -> None:
    offenders = [
        f"{path.relative_to(SRC)}:{number}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "emphasis.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if ITALIC.search(line) and "# italic: left-to-right only" not in line
    ]
    assert offenders == [], "use ui.widgets.emphasis.set_emphasis(widget): italic Arabic is drawn as boxes"


def test_the_selftest_summary_is_italic_only_left_to_right() -> None:
    from parcours_app.export.selftest_pdf import _emphasis

    assert _emphasis("pas un diagnostic", "fr") == "<i>pas un diagnostic</i>"
    assert _emphasis("not a diagnosis", "en") == "<i>not a diagnosis</i>"
    assert _emphasis("ليس تشخيصًا", "ar") == "ليس تشخيصًا"


@pytest.fixture
def manager(qapp: QApplication) -> Iterator[LanguageManager]:
    languages = LanguageManager(qapp)
    yield languages
    languages.uninstall()


def test_emphasis_follows_the_language_and_keeps_the_text_size(
    manager: LanguageManager, qapp: QApplication, qtbot: object
) -> None:
    apply_theme(qapp, "light", 1.0)
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("Ce questionnaire ne donne pas de diagnostic.", window)
    plain = QLabel("Vos réponses restent sur cet ordinateur.", window)
    layout.addWidget(label)
    layout.addWidget(plain)
    set_emphasis(label)
    set_emphasis(label)  # twice is harmless: one filter
    window.show()
    try:
        manager.set_language("fr")
        assert label.font().italic()
        size = label.font().pointSizeF()
        manager.set_language("ar")
        QApplication.processEvents()
        assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert not label.font().italic()
        manager.set_language("en")
        QApplication.processEvents()
        assert label.font().italic()
        # the emphasised label still follows the text size setting (200 %) like a plain label beside it
        apply_theme(qapp, "light", 2.0)
        QApplication.processEvents()
        assert label.font().pointSizeF() == pytest.approx(plain.font().pointSizeF())
        assert label.font().pointSizeF() > size * 1.5
        assert label.font().italic()
    finally:
        apply_theme(qapp, "light", 1.0)
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_emphasis_set_while_right_to_left_is_upright(manager: LanguageManager, qtbot: object) -> None:
    manager.set_language("ar")
    label = QLabel("ليس تشخيصًا")
    try:
        set_emphasis(label)
        assert not label.font().italic()
    finally:
        label.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
