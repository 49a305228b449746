"""Helpers for the application-shell tests: a real AppShell on a real SQLite folder with a fixed clock."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from parcours_app.core.clock import FixedClock
from parcours_app.ui.app import AppShell, parse_options
from parcours_app.ui.reception import SessionPinDialog
from parcours_app.ui.settings_dialog import Preferences
from parcours_app.ui.widgets.date_field import DateField

_ASK_SESSION_PIN = SessionPinDialog.__dict__["ask"]


def require_session_pin_answer(extra: tuple[str, ...], shell: AppShell) -> None:
    """A reception with no stored staff code first asks the staff for a session code in a modal dialog: a test
    that forgot the `session_pin` fixture (tests/conftest.py) would wait on it forever. Fail at once instead."""
    if (
        "--reception" in extra
        and not shell.workstation.has_pin
        and SessionPinDialog.__dict__["ask"] is _ASK_SESSION_PIN
    ):
        shell.close()  # the kiosk lock is global: released before failing
        raise AssertionError(
            "this test starts the reception mode with no staff code stored: use the session_pin fixture"
        )


@contextmanager
def running_shell(qtbot: QtBot, tmp_path: Path, now: dt.datetime, *extra: str) -> Iterator[AppShell]:
    data_dir = tmp_path / "data"
    options = parse_options(["--data-dir", str(data_dir), *extra])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(app, options, preferences=Preferences(tmp_path / "preferences.ini"), clock=FixedClock(now))
    qtbot.addWidget(shell.window)
    require_session_pin_answer(extra, shell)
    shell.start()
    qtbot.waitUntil(lambda: shell.controller is not None, timeout=10_000)
    try:
        yield shell
    finally:
        shell.close()
        uninstall = getattr(shell.language_manager, "uninstall", None)
        if uninstall is not None:
            uninstall()


def type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)


def choose(qtbot: QtBot, combo: QComboBox, index: int) -> None:
    """Pick an entry with the keyboard, as a person would: focus, Home, then Down arrows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def folder_fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes (empty when the folder does not exist)."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
