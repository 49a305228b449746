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


def test_emphasis_follows_the_language_and_keeps_the_text_size(manager: LanguageManager, qtbot: object) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("Ce questionnaire ne donne pas de diagnostic.", window)
    layout.addWidget(label)
    set_emphasis(label)
    set_emphasis(label)  # twice is harmless: one filter
    window.show()
    try:
        manager.set_language("fr")
        assert label.font().italic()
        manager.set_language("ar")
        QApplication.processEvents()
        assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert not label.font().italic()
        manager.set_language("en")
        QApplication.processEvents()
        assert label.font().italic()
        # the emphasised label still follows the application's text size (200 % setting)
        size = label.font().pointSizeF()
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        QApplication.setFont(font)
        QApplication.processEvents()
        assert label.font().pointSizeF() == pytest.approx(size * 2)
        assert label.font().italic()
        font.setPointSizeF(font.pointSizeF() / 2)
        QApplication.setFont(font)
    finally:
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
