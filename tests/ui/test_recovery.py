"""Opening the window on data that cannot be opened as it is: damaged, locked, newer, unwritable.

Real SQLite files in tmp_path, damaged by writing over their pages as tests/storage do; the shell is the real
AppShell; only the dialogs (`RecoveryDialog.ask`, `ErrorDialog.show_error`) are patched, as CONTRIBUTING says.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from shell_support import folder_fingerprint

from parcours_app.core.clock import FixedClock
from parcours_app.core.family_edit import stamp_usage
from parcours_app.core.model import Child, Family, Pregnancy
from parcours_app.storage import open_store
from parcours_app.storage.errors import DamagedDatabaseError
from parcours_app.storage.lock import DataDirLock
from parcours_app.ui import app as app_module
from parcours_app.ui.app import AppShell, parse_options
from parcours_app.ui.recovery import RecoveryChoice, RecoveryDialog
from parcours_app.ui.settings_dialog import Preferences

SAVED_AT = dt.datetime(2026, 11, 20, 9, 0)  # the backup is taken on the first change of that day
OPENED_AT = dt.datetime(2026, 11, 22, 9, 0)
FAMILY = Family(
    pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 1)),),
    children=(Child(key="", birth=dt.date(2024, 3, 10), name="Léa"),),
)
PAGE = 4096


def _saved_then_damaged(data_dir: Path) -> bytes:
    """A real family file with its daily backup, then garbage over every third page from the third on."""
    with open_store(data_dir, clock=FixedClock(SAVED_AT)) as store:
        store.save_family(FAMILY)
    database = data_dir / "parcours.sqlite"
    damaged = bytearray(database.read_bytes())
    assert len(damaged) > 4 * PAGE
    for offset in range(2 * PAGE, len(damaged) - PAGE, 3 * PAGE):
        damaged[offset : offset + PAGE] = bytes(range(256)) * (PAGE // 256)
    database.write_bytes(bytes(damaged))
    return bytes(damaged)


class _NoEventLoopExit:
    """The real QApplication, except that `exit(code)` is recorded: in a test there is no app.exec() to leave,
    and a pending exit would stop the event loops of the tests that follow."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self.exit_codes: list[int] = []

    def exit(self, code: int = 0) -> None:
        self.exit_codes.append(code)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._app, name)


@contextmanager
def _started(qtbot: QtBot, tmp_path: Path, data_dir: Path | None = None) -> Iterator[AppShell]:
    """The real shell, started as run_gui starts it, until it has either shown the family or given up."""
    folder = data_dir or tmp_path / "data"
    options = parse_options(["--data-dir", str(folder)])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(app, options, preferences=Preferences(tmp_path / "preferences.ini"), clock=FixedClock(OPENED_AT))
    shell.app = _NoEventLoopExit(app)  # type: ignore[assignment]
    qtbot.addWidget(shell.window)
    shell.start()
    qtbot.waitUntil(lambda: shell.controller is not None or bool(shell.app.exit_codes), timeout=10_000)
    try:
        yield shell
    finally:
        shell.close()
        uninstall = getattr(shell.language_manager, "uninstall", None)
        if uninstall is not None:
            uninstall()


def _answer(monkeypatch: pytest.MonkeyPatch, choice: RecoveryChoice) -> list[dict[str, Any]]:
    asked: list[dict[str, Any]] = []

    def ask(
        cls: type, parent: Any, error: DamagedDatabaseError, taken_at: dt.datetime | None = None, language: str = "fr"
    ) -> RecoveryChoice:
        asked.append({"error": error, "taken_at": taken_at, "parent": parent})
        return choice

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(ask))
    return asked


def _errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        app_module.ErrorDialog, "show_error", classmethod(lambda cls, parent, title, text: shown.append((title, text)))
    )
    return shown


def test_restore_shows_the_family_of_the_backup_and_keeps_the_damaged_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    damaged = _saved_then_damaged(data_dir)
    asked = _answer(monkeypatch, RecoveryChoice.RESTORE)
    errors = _errors(monkeypatch)
    with _started(qtbot, tmp_path) as shell:
        assert errors == []
        assert len(asked) == 1
        error = asked[0]["error"]
        assert asked[0]["taken_at"] == SAVED_AT and asked[0]["parent"] is shell.window
        assert [path.name for path in error.backups] == ["parcours-2026-11-20T090000.sqlite"]
        # the damaged file is in damaged/, byte for byte as it was: moved, never rewritten
        assert error.moved_to.parent == data_dir / "damaged"
        assert error.moved_to.read_bytes() == damaged
        assert shell.exit_code == 0
        # as saved in the backup, with the day the app recorded as the family's start (issue 16): today
        assert shell.controller.family == stamp_usage(None, FAMILY, shell.clock.today())
        qtbot.waitUntil(lambda: shell.window.stack.currentWidget() is shell.window.pages.get("home"))
        assert "Léa a 2 ans et 8 mois" in shell.window.pages["home"].stage.text()  # 10/03/2024 -> 22/11/2026
    with sqlite3.connect(data_dir / "parcours.sqlite") as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_quit_writes_nothing_and_the_next_start_asks_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    damaged = _saved_then_damaged(data_dir)
    backups_before = folder_fingerprint(data_dir / "backups")
    asked = _answer(monkeypatch, RecoveryChoice.QUIT)
    errors = _errors(monkeypatch)
    with _started(qtbot, tmp_path) as shell:
        assert shell.exit_code == 1 and shell.controller is None
        assert shell.app.exit_codes == [1]
        assert len(asked) == 1 and errors == []
        moved_to = asked[0]["error"].moved_to
    assert not (data_dir / "parcours.sqlite").exists()  # no new, empty file took its place
    assert moved_to.read_bytes() == damaged
    assert folder_fingerprint(data_dir / "backups") == backups_before
    after_quit = folder_fingerprint(data_dir)

    # Next start: the question is asked again (no silent empty start), with the same file and backup.
    asked_again = _answer(monkeypatch, RecoveryChoice.QUIT)
    with _started(qtbot, tmp_path) as shell:
        assert shell.exit_code == 1
    assert len(asked_again) == 1 and asked_again[0]["error"].moved_to == moved_to
    assert asked_again[0]["taken_at"] == SAVED_AT
    assert folder_fingerprint(data_dir) == after_quit


def test_start_empty_keeps_the_damaged_file_and_the_backups(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    damaged = _saved_then_damaged(data_dir)
    backups_before = folder_fingerprint(data_dir / "backups")
    _answer(monkeypatch, RecoveryChoice.EMPTY)
    with _started(qtbot, tmp_path) as shell:
        assert shell.exit_code == 0 and shell.controller.family is None
        assert shell.window.stack.currentWidget() is shell.window.first_run
    (moved,) = (data_dir / "damaged").glob("parcours-*.sqlite")
    assert moved.read_bytes() == damaged
    assert folder_fingerprint(data_dir / "backups") == backups_before


def test_the_dialog_says_what_happened_and_answers_to_the_keyboard(qtbot: QtBot) -> None:
    data_dir = Path("/home/camille/.local/share/parcours")  # as it reads on a real machine (the screenshot)
    moved_to = data_dir / "damaged" / "parcours-2026-11-22T090000.sqlite"
    backup = data_dir / "backups" / "parcours-2026-11-20T090000.sqlite"
    error = DamagedDatabaseError(moved_to, (backup,), "database disk image is malformed")
    dialog = RecoveryDialog(error, SAVED_AT, "fr")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    said = " ".join(label.text() for label in (dialog.heading, dialog.what_happened, dialog.where, dialog.offer))
    assert "abîmé" in said
    assert "Rien n'a été effacé ni écrasé" in said and str(moved_to.parent) in said
    assert "20 novembre 2026 à 09:00" in said
    assert dialog.restore_button.text() == "&Restaurer la dernière sauvegarde du 20 novembre 2026 à 09:00"
    assert dialog.empty_button.text() == "&Commencer avec des données vides"
    assert dialog.quit_button.text() == "&Quitter"
    for button in (dialog.restore_button, dialog.empty_button, dialog.quit_button):
        assert button.accessibleName() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.restore_button.isDefault()  # Enter restores: the choice that loses the least
    assert "database disk image is malformed" in dialog.detail.text()
    if os.environ.get("PARCOURS_SAVE_SCREENSHOTS"):
        dialog.grab().save(str(Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "recovery-dialog.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape is "Quitter": nothing written
    assert dialog.choice is RecoveryChoice.QUIT and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected

    enter = RecoveryDialog(error, SAVED_AT, "fr")
    qtbot.addWidget(enter)
    enter.show()
    qtbot.waitExposed(enter)
    qtbot.keyClick(enter, Qt.Key.Key_Return)  # Enter: the default button
    assert enter.choice is RecoveryChoice.RESTORE
    assert enter.result() == QDialog.DialogCode.Accepted and not enter.isVisible()  # a choice closes it

    tab = RecoveryDialog(error, SAVED_AT, "fr")
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitExposed(tab)
    tab.restore_button.setFocus()
    qtbot.keyClick(tab.restore_button, Qt.Key.Key_Tab)  # the next button: start empty
    assert tab.focusWidget() is tab.empty_button
    qtbot.keyClick(tab.empty_button, Qt.Key.Key_Space)
    assert tab.choice is RecoveryChoice.EMPTY
    assert tab.result() == QDialog.DialogCode.Accepted


def test_without_a_good_backup_no_restore_is_offered(qtbot: QtBot, tmp_path: Path) -> None:
    error = DamagedDatabaseError(tmp_path / "damaged" / "parcours-x.sqlite", (), "file is not a database")
    dialog = RecoveryDialog(error, None, "fr")
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isHidden()
    assert "Aucune sauvegarde en bon état" in dialog.offer.text()
    assert dialog.quit_button.isDefault()


def test_a_file_from_a_newer_version_is_named_and_left_untouched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    with open_store(data_dir, clock=FixedClock(SAVED_AT)) as store:
        store.save_family(FAMILY)
    database = data_dir / "parcours.sqlite"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0900_future'")
    connection.close()
    before = folder_fingerprint(data_dir)
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    errors = _errors(monkeypatch)
    _answer(monkeypatch, RecoveryChoice.RESTORE)  # must not be asked: the file is not damaged
    with _started(qtbot, tmp_path) as shell:
        assert shell.exit_code == 1
    ((title, text),) = errors
    assert title == "Une version plus récente est nécessaire"
    assert "version plus récente" in text and "n'a pas été modifié" in text
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest
    after = folder_fingerprint(data_dir)
    # SQLite may bring back an empty -wal and its -shm index when it reads a WAL-mode file: no data in them
    assert after.pop("parcours.sqlite-wal", hashlib.sha256(b"").hexdigest()) == hashlib.sha256(b"").hexdigest()
    after.pop("parcours.sqlite-shm", None)
    assert {name: value for name, value in after.items() if name != "parcours.lock"} == {
        name: value for name, value in before.items() if name != "parcours.lock"
    }
    assert not (data_dir / "damaged").exists()


def test_a_second_writer_is_told_the_app_is_already_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    with open_store(data_dir, clock=FixedClock(SAVED_AT)) as store:
        store.save_family(FAMILY)
    errors = _errors(monkeypatch)
    lock = DataDirLock.acquire(data_dir)  # flock: a second open of the lock file is refused, even in-process
    try:
        with _started(qtbot, tmp_path) as shell:
            assert shell.exit_code == 1
    finally:
        lock.release()
    ((title, text),) = errors
    assert title == "Parcours 1000 jours est déjà ouvert"
    assert "déjà ouvert" in text and "Fermez l'autre fenêtre" in text
    with open_store(data_dir, clock=FixedClock(OPENED_AT)) as store:
        assert store.load_family() == FAMILY


def test_a_folder_that_cannot_be_written_gets_a_clear_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a file sits where the data folder should be: as root, permission bits would not stop the write
    blocked = tmp_path / "data"
    blocked.write_text("not a folder")
    errors = _errors(monkeypatch)
    with _started(qtbot, tmp_path, blocked) as shell:
        assert shell.exit_code == 1
    ((title, text),) = errors
    assert title == "Dossier de données en lecture seule"
    assert "Impossible d'écrire dans le dossier de données" in text and str(blocked) in text
    assert blocked.read_text() == "not a folder"


# --- rows that cannot be read (issue 14, point 6) -----------------------------------------------------------------


def _saved_then_bad_row(data_dir: Path) -> None:
    """A sound file whose one event was marked done on 20/11, then that date rewritten as 2026-02-32 by hand.
    The daily backup of 20/11 (taken on the first change) holds the family but not the mark."""
    from parcours_app.core.model import EventState

    with open_store(data_dir, clock=FixedClock(SAVED_AT)) as store:
        store.save_family(FAMILY)
        store.save_event_state(EventState("child.exam.3", done_on=dt.date(2026, 11, 20)))
    with sqlite3.connect(data_dir / "parcours.sqlite") as connection:
        connection.execute("UPDATE event_state SET done_on = '2026-02-32'")
    connection.close()


@pytest.mark.parametrize("choice", ["set-aside", "restore"])
def test_a_bad_row_offers_recovery_instead_of_loading_forever(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    from parcours_app.ui.recovery import BadRowsChoice, BadRowsDialog

    data_dir = tmp_path / "data"
    _saved_then_bad_row(data_dir)
    asked: list[tuple[Any, Any]] = []

    def ask(cls: type, parent: Any, error: Any, backup: Any, language: str = "fr") -> BadRowsChoice:
        asked.append((error, backup))
        dialog = BadRowsDialog(error, backup, language, parent)  # the real dialog's texts
        asked.append((dialog.rows_label.text(), dialog.offer.text()))
        dialog.deleteLater()
        return BadRowsChoice(choice)

    monkeypatch.setattr(BadRowsDialog, "ask", classmethod(ask))
    errors = _errors(monkeypatch)
    with _started(qtbot, tmp_path) as shell:
        assert errors == [] and len(asked) == 2
        rows_text, offer_text = asked[1]
        assert "event_state" in rows_text and "done_on = 2026-02-32" in rows_text
        # point 8: the dialog says what the backup holds: its time and its counts
        assert "20 novembre 2026 à 09:00" in offer_text and "1 enfant(s), 1 grossesse(s)" in offer_text
        assert shell.controller is not None and shell.controller.family is not None
        family = shell.controller.family
        assert [p.ddr for p in family.pregnancies] == [p.ddr for p in FAMILY.pregnancies]
        assert [c.name for c in family.children] == [c.name for c in FAMILY.children]
        assert shell.exit_code == 0
        assert "child.exam.3" not in shell.controller.states
    names = {path.name for path in (data_dir / "backups").iterdir()}
    if choice == "set-aside":
        assert any("before-repair" in name for name in names)
        assert len(list((data_dir / "set-aside").iterdir())) == 1
    else:
        assert any("before-restore" in name for name in names)


def test_the_damage_dialog_says_what_the_backup_holds(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 14, point 8: the person is told the time and the contents of the backup a restore brings back."""
    data_dir = tmp_path / "data"
    _saved_then_damaged(data_dir)
    with pytest.raises(DamagedDatabaseError) as raised:
        open_store(data_dir, clock=FixedClock(OPENED_AT))
    dialog = RecoveryDialog(raised.value, SAVED_AT, "fr")
    qtbot.addWidget(dialog)
    assert "20 novembre 2026 à 09:00" in dialog.offer.text()
    assert "Elle contient : 1 enfant(s), 1 grossesse(s), 0 étape(s) suivie(s), 0 rendez-vous." in dialog.offer.text()
