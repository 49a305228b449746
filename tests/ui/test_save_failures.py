"""Every failed save tells the person, in the window, what was not saved and what to do (issue 14, point 5).

The disk is made full for real: SQLite's `max_page_count` set to the file's current size makes every write that
needs one more page fail with SQLITE_FULL, as a full disk does.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_support import running_shell

from parcours_app.core.model import Family, Pregnancy

NOW = dt.datetime(2026, 3, 10, 9, 0)
FAMILY = Family(pregnancies=(Pregnancy(ddr=dt.date(2025, 12, 1)),))


class _FullDisk:
    """The store's SQLite connection on a disk with no space left: every write statement fails as SQLite fails
    then (an OperationalError named SQLITE_FULL); reads work. A filesystem cannot be filled without root, and
    SQLite's max_page_count leaves room in half-empty pages, so the failure is made at the driver's edge."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def execute(self, sql: str, *args: object) -> object:
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
            error.sqlite_errorcode = 13  # type: ignore[attr-defined]
            raise error
        return self._connection.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._connection, name)


def _fill_the_disk(shell: object) -> None:
    store = shell.store  # type: ignore[attr-defined]
    store._connection = _FullDisk(store._connection)


def test_a_done_mark_on_a_full_disk_is_said_in_the_window_and_not_shown_done(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(FAMILY)
        window = shell.window
        window.show_event("pregnancy.exam.1")
        QApplication.processEvents()
        detail = window.pages["journey"]._detail
        _fill_the_disk(shell)
        announced: list[str] = []
        detail.status_message.connect(announced.append)
        detail._mark_done.click()
        QApplication.processEvents()
        assert "pregnancy.exam.1" not in shell.controller.states  # not shown as done
        assert announced == []  # no "marqué comme fait" for a mark that was not saved
        assert window.banner.isVisible()
        shown = window.banner.label.text()
        assert "Non enregistré" in shown and "Le disque est plein" in shown and "Libérez de la place" in shown
        saved = shell.store.event_states()
        assert shell.controller.states == saved  # what the window shows is what is on disk


def test_reminders_on_a_full_disk_are_shown_and_nothing_raises(qtbot: QtBot, tmp_path: Path) -> None:
    from parcours_app.core.model import Appointment

    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(FAMILY)
        shell.reminders.paused = True  # the appointment's reminder is due at the next check, on the full disk
        shell.controller.save_appointment(Appointment(None, NOW + dt.timedelta(minutes=30), title="Échographie"))
        _fill_the_disk(shell)
        shell.reminders.paused = False
        shown: list[str] = []
        shell.reminders.notified.connect(lambda title, body: shown.append(body))
        fired = shell.reminders.check_now()  # raised DiskFullError into the timer's slot before
        assert fired and shown


def test_a_5000_deep_reminders_setting_already_on_disk_does_not_stop_the_start(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 14, point 2: such a value (imported before the import checked it) crashed the reminders at start."""
    from parcours_app.core.clock import FixedClock
    from parcours_app.storage import open_store

    data_dir = tmp_path / "data"
    with open_store(data_dir, clock=FixedClock(NOW)) as store:
        store.save_family(FAMILY)
    with sqlite3.connect(data_dir / "parcours.sqlite") as connection:
        connection.execute("INSERT INTO setting (key, value) VALUES ('reminders.sent', ?)", ("[" * 5000 + "]" * 5000,))
    connection.close()
    with running_shell(qtbot, tmp_path, NOW) as shell:
        assert shell.reminders is not None and shell.controller.family is not None
        assert [p.ddr for p in shell.controller.family.pregnancies] == [dt.date(2025, 12, 1)]
        assert shell.reminders.check_now() is not None
