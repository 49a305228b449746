"""The reception mode's lock-down, and the file dialogs that leave no trace.

In reception mode (a shared screen in a Maison des 1000 premiers jours) nothing a visitor can reach may edit the
Maison's data, save, print, open a file dialog or start another program (issue 17). The shell turns the lock on
once (`set_locked(True)`); the few entry points that could do any of these ask `locked()` first, so a page that
forgets to hide a button still cannot act.

Qt's own file dialog writes its history to `QtProject.conf` in the user's configuration folder when it closes
(QFileDialogPrivate::saveSettings, whatever the options). The consultation and reception modes write nothing
outside the file the person chose: `forbid_qt_settings()` points Qt's user-scope settings at a path where no
file can be created, for the whole run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_LOG = logging.getLogger(__name__)
_state = {"locked": False, "traceless": False}

# A path below a device file: no folder can be created there, so QSettings cannot write (it fails quietly).
_NOWHERE = os.devnull


def locked() -> bool:
    """True in reception mode: no saving, printing, file dialog, external program or directory edit."""
    return _state["locked"]


def set_locked(on: bool) -> None:
    _state["locked"] = on


def traceless() -> bool:
    return _state["traceless"]


def forbid_qt_settings() -> None:
    """Memory modes: Qt's own user-scope settings (the file dialog's history) cannot be written anywhere."""
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, _NOWHERE)
    _state["traceless"] = True


def _dialog(parent: QWidget | None, title: str, start: str, file_filter: str) -> QFileDialog:
    # Qt's own widget dialog: translated by qtbase_<lang>.qm like the rest of the interface, the same on
    # every desktop, and with no history kept in memory mode (forbid_qt_settings).
    dialog = QFileDialog(parent, title, start, file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # Qt 6 labels its dialog "&Look in:" and "Files of &type:", which qtbase_fr.qm does not translate (it has the
    # Qt 5 strings without "&"): the app gives the labels itself, in its own translations (issue 17)
    translate = QCoreApplication.translate
    labels = {
        QFileDialog.DialogLabel.LookIn: translate("FileDialog", "&Voir dans :"),
        QFileDialog.DialogLabel.FileName: translate("FileDialog", "&Nom du fichier :"),
        QFileDialog.DialogLabel.FileType: translate("FileDialog", "&Type de fichier :"),
        QFileDialog.DialogLabel.Reject: translate("FileDialog", "Annuler"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    if traceless():
        dialog.setHistory([])
    return dialog


def save_file_name(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """The save dialog; None when the person cancels, and always None in reception mode."""
    if locked():
        _LOG.warning("reception mode: no file dialog")
        return None
    dialog = _dialog(
        parent, title, str(suggested if suggested.is_absolute() else documents_folder() / suggested), file_filter
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setObjectName("save-file-dialog")
    return _chosen_path(dialog)


def documents_folder() -> Path:
    """Where a file is offered to be saved by default: the person's Documents folder, else their home folder.
    Never the folder the app happened to be started from (a terminal's, or the app's own in a test run)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _chosen_path(dialog: QFileDialog) -> Path | None:
    """Run the file dialog; the file chosen, or None when the person cancels. The dialog is deleted after."""
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, title: str, start: str, file_filter: str) -> Path | None:
    """The open dialog; None when the person cancels, and always None in reception mode."""
    if locked():
        _LOG.warning("reception mode: no file dialog")
        return None
    dialog = _dialog(parent, title, start, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setObjectName("open-file-dialog")
    return _chosen_path(dialog)


@contextmanager
def staff_unlocked() -> Iterator[None]:
    """A staff action after the staff code: the lock is lifted for that action only."""
    previous = _state["locked"]
    _state["locked"] = False
    try:
        yield
    finally:
        _state["locked"] = previous
