"""Where the save dialog opens: the person's Documents folder, not the folder the app was started from.

Seen in a real window: a midwife's "Enregistrer en PDF" in consultation mode opened in the app's own source
folder (the terminal's working directory), among program files, with the dated sheet name ready to be saved there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from parcours_app.ui import kiosk


@pytest.mark.parametrize("with_documents", [True, False])
def test_a_dated_file_name_is_offered_in_documents_or_home(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_documents: bool
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    if with_documents:
        (home / "Documents").mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs: Documents is ~/Documents
    monkeypatch.chdir(tmp_path)  # started from another folder
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, list[str]]] = []

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append((dialog.directory().absolutePath(), dialog.selectedFiles()))
        dialog.reject()

    QTimer.singleShot(50, look_and_cancel)
    chosen = kiosk.save_file_name(parent, "Enregistrer le plan en PDF", Path("plan-2026-12-03.pdf"), "PDF (*.pdf)")
    expected = home / "Documents" if with_documents else home
    assert chosen is None  # cancelled: nothing written
    assert seen == [(str(expected), [str(expected / "plan-2026-12-03.pdf")])]
