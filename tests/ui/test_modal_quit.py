"""Dialogs open one inside the other never keep the app from quitting, and Escape dismisses the "saved" notice.

Found in a real window: a midwife saved the consultation sheet as PDF; the notice "Le fichier est enregistré"
(buttons "Ouvrir le dossier" and OK) was still open over "Imprimer le plan" when the session ended. The app logged
"quitting on a termination signal" and kept running: Qt's quit asks every window to close, and a message box with
no cancel button refuses both Escape and closing. Escape did nothing on that notice either.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from parcours_app.ui.app import close_modal_dialogs
from parcours_app.ui.export_dialogs import SavedNotice


def test_escape_dismisses_the_saved_notice_without_opening_the_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(SavedNotice, "open_folder", classmethod(lambda cls, folder: opened.append(folder) or True))
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    pressed: list[str] = []

    def press_escape() -> None:
        notice = QApplication.activeModalWidget()
        assert isinstance(notice, QMessageBox) and notice.objectName() == "saved-notice"
        pressed.append(notice.text())
        QTest.keyClick(notice, Qt.Key.Key_Escape)

    forced: list[bool] = []

    def force_closed() -> None:  # if Escape did nothing, the test fails here instead of waiting for ever
        notice = QApplication.activeModalWidget()
        if isinstance(notice, QMessageBox):
            forced.append(True)
            notice.done(0)

    QTimer.singleShot(50, press_escape)
    QTimer.singleShot(2000, force_closed)
    SavedNotice.show(window, "Enregistrer le plan en PDF", tmp_path / "plan-consultation-2026-12-03.pdf")
    # show() returned: Escape closed the notice; the path was shown as plain text and no folder was opened
    assert pressed == [f"Le fichier est enregistré :\n{tmp_path / 'plan-consultation-2026-12-03.pdf'}"]
    assert forced == [], "Escape did not close the notice"
    assert opened == []
    assert QApplication.activeModalWidget() is None


def test_quitting_cancels_the_dialogs_open_one_inside_the_other(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    results: list[str] = []
    closed: list[int] = []

    def open_inner(outer: QDialog) -> None:
        # a message box like the old notice: an action button and OK, no cancel button, so it refuses to close
        box = QMessageBox(QMessageBox.Icon.Information, "Enregistré", "Le fichier est enregistré", parent=outer)
        box.addButton("Ouvrir le dossier", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        QTimer.singleShot(50, lambda: closed.append(close_modal_dialogs()))
        box.exec()
        results.append("inner returned")

    def open_outer() -> None:
        outer = QDialog(window)
        outer.setWindowTitle("Imprimer le plan")
        QTimer.singleShot(0, lambda: open_inner(outer))
        code = outer.exec()
        results.append(f"outer returned {code}")

    QTimer.singleShot(0, open_outer)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert results == ["inner returned", f"outer returned {QDialog.DialogCode.Rejected.value}"]
    assert closed == [2]
    assert QApplication.activeModalWidget() is None
