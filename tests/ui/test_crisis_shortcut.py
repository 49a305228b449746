"""Ctrl+U ("Urgences et écoute") works from everywhere, including inside text fields and dialogs; Ctrl+E from the
window's fields (issue 14, point 11). Before, a date field swallowed Ctrl+U and erased the typed date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot
from shell_support import running_shell

from parcours_app.ui.crisis_panel import CrisisHelpDialog
from parcours_app.ui.widgets.date_field import DateField

NOW = dt.datetime(2026, 3, 10, 9, 0)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []
    monkeypatch.setattr(CrisisHelpDialog, "show_for", classmethod(lambda cls, parent, message="": calls.append(parent)))
    return calls


def test_ctrl_u_in_a_date_field_opens_the_helplines_and_keeps_the_date(
    qtbot: QtBot, tmp_path: Path, opened: list[Any]
) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.window.activateWindow()
        fields = [field for field in shell.window.findChildren(DateField) if field.isVisible()]
        assert fields, "the first-run form shows date fields"
        edit = fields[0].edit
        edit.setFocus()
        QApplication.processEvents()
        qtbot.keyClicks(edit, "12/03/2026")
        qtbot.keyClick(edit, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        assert opened == [shell.window]
        assert edit.text() == "12/03/2026"


def test_ctrl_u_in_a_dialog_opens_the_helplines_over_it(qtbot: QtBot, tmp_path: Path, opened: list[Any]) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        dialog = QDialog(shell.window)
        dialog.setModal(True)
        field = QLineEdit(dialog)
        QVBoxLayout(dialog).addWidget(field)
        dialog.show()
        dialog.activateWindow()
        field.setFocus()
        QApplication.processEvents()
        qtbot.keyClicks(field, "note")
        qtbot.keyClick(field, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        assert opened == [dialog]  # parented to the modal dialog, so it is not blocked behind it
        assert field.text() == "note"
        dialog.close()


def test_ctrl_e_in_a_field_of_the_window_exports_the_calendar(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parcours_app.core.model import Family, Pregnancy

    asked: list[Any] = []
    monkeypatch.setattr("parcours_app.ui.export_dialogs.ask_calendar", lambda parent, controller: asked.append(parent))
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2025, 12, 1)),)))
        shell.window.show_event("pregnancy.exam.1")
        QApplication.processEvents()
        note = shell.window.pages["journey"]._detail._note
        note.setFocus()
        QApplication.processEvents()
        qtbot.keyClick(note, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert asked == [shell.window]
