"""The one yes/no question (ui/widgets/question.py): Enter answers its default, No unless it is harmless."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from parcours_app.ui.widgets.question import ask_yes_no


def _answer_with_enter(qtbot: QtBot, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: _answer_with_enter(qtbot, seen))
        return
    seen.append(box.text())
    qtbot.keyClick(box, Qt.Key.Key_Return)


@pytest.mark.parametrize(("default_yes", "expected"), [(False, False), (True, True)])
def test_enter_answers_the_default(qtbot: QtBot, default_yes: bool, expected: bool) -> None:
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_with_enter(qtbot, seen))
    assert ask_yes_no(None, "Supprimer un lieu", "Supprimer « PMI » ?", default_yes=default_yes) is expected
    assert seen == ["Supprimer « PMI » ?"]


def test_the_question_is_plain_text(qtbot: QtBot) -> None:
    """A place named "<b>PMI</b>" is asked about as typed, tags included (issue 14's rule, kept by the one question)."""
    formats: list[Qt.TextFormat] = []

    def answer(attempts: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, lambda: answer(attempts + 1))
            return
        formats.append(box.textFormat())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    assert ask_yes_no(None, "Supprimer un lieu", "Supprimer « <b>PMI</b> » ?") is False
    assert formats == [Qt.TextFormat.PlainText]
