"""Backups (online backup API, at most one a day, the newest 10 kept), a damaged file moved aside and restored."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from storage_samples import sample_contents, sample_family

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import EventState
from parcours_app.storage import open_store
from parcours_app.storage.backups import KEEP_RECENT, good_backups, list_backups, restore_backup
from parcours_app.storage.commands import run_data_command
from parcours_app.storage.errors import BackupError, DamagedDatabaseError


def _backup_names(data_dir: Path) -> list[str]:
    return [info.path.name for info in list_backups(data_dir)]


def test_no_backup_of_an_empty_folder_then_at_most_one_an_hour(data_dir: Path) -> None:
    clock = FixedClock(dt.datetime(2026, 11, 22, 9, 0))
    with open_store(data_dir, clock=clock) as store:
        assert _backup_names(data_dir) == []  # nothing to save yet
        store.save_family(sample_family())  # first change: backed up
        clock.advance(dt.timedelta(minutes=30))
        store.save_event_state(EventState("pregnancy.exam.1", note="x"))  # within the hour: no second backup
        assert _backup_names(data_dir) == ["parcours-2026-11-22T090000.sqlite"]
        clock.advance(dt.timedelta(minutes=31))  # 10:01, an hour and a minute after the last backup
        store.save_event_state(EventState("pregnancy.exam.2", note="y"))
    assert _backup_names(data_dir) == ["parcours-2026-11-22T100100.sqlite", "parcours-2026-11-22T090000.sqlite"]
    clock.advance(dt.timedelta(days=1))
    open_store(data_dir, clock=clock).close()  # on start, more than an hour later: one more
    assert len(_backup_names(data_dir)) == 3
    # The first backup holds the family as it was after the first change, and nothing later.
    first = sqlite3.connect(data_dir / "backups" / "parcours-2026-11-22T090000.sqlite")
    assert first.execute("SELECT COUNT(*) FROM child").fetchone() == (3,)
    assert first.execute("SELECT COUNT(*) FROM event_state").fetchone() == (0,)
    assert first.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    first.close()
    # The 10:01 one holds both marks: a restore after damage loses at most the last hour (issue 14, point 8).
    second = sqlite3.connect(data_dir / "backups" / "parcours-2026-11-22T100100.sqlite")
    assert second.execute("SELECT COUNT(*) FROM event_state").fetchone() == (2,)
    second.close()


def test_the_newest_24_and_one_a_day_for_ten_days_are_kept(data_dir: Path) -> None:
    # 14 days, each with 6 changes two hours apart from 8:00 (8, 10, 12, 14, 16, 18 h): 84 backups made.
    clock = FixedClock(dt.datetime(2026, 1, 1, 8, 0))
    with open_store(data_dir, clock=clock) as store:
        for day in range(14):
            for change in range(6):
                clock.set(dt.datetime(2026, 1, 1 + day, 8 + 2 * change, 0))
                store.save_event_state(EventState(f"day-{day}-{change}", note=str(day)))
    names = _backup_names(data_dir)
    # the 24 newest: 14 January's 6, 13th's 6, 12th's 6, 11th's 6 (four days); then the newest of each day
    # until ten days are covered: 10, 9, 8, 7, 6 and 5 January at 18:00. 24 + 6 = 30.
    assert len(names) == KEEP_RECENT + 6
    assert names[0] == "parcours-2026-01-14T180000.sqlite"
    assert names[23] == "parcours-2026-01-11T080000.sqlite"
    assert names[24:] == [f"parcours-2026-01-{day:02d}T180000.sqlite" for day in (10, 9, 8, 7, 6, 5)]


@pytest.mark.parametrize("damage", ["pages", "header"])
def test_a_damaged_file_is_moved_aside_and_the_latest_good_backup_restored(data_dir: Path, damage: str) -> None:
    clock = FixedClock(dt.datetime(2026, 11, 22, 9, 0))
    contents = sample_contents(event_states=300)
    with open_store(data_dir, clock=clock) as store:
        store.replace_contents(contents)  # backed up right after this first change
    database = data_dir / "parcours.sqlite"
    original = bytearray(database.read_bytes())
    damaged = bytearray(original)
    if damage == "pages":
        page = 4096
        for offset in range(2 * page, len(damaged) - page, 3 * page):
            damaged[offset : offset + page] = bytes(range(256)) * (page // 256)
    else:
        damaged[:100] = b"\xff" * 100
    database.write_bytes(bytes(damaged))

    clock.advance(dt.timedelta(hours=2))
    with pytest.raises(DamagedDatabaseError) as refused:
        open_store(data_dir, clock=clock)
    error = refused.value
    assert not database.exists()
    assert error.moved_to is not None and error.moved_to.read_bytes() == bytes(damaged)  # moved, never rewritten
    assert error.moved_to.parent == data_dir / "damaged"
    assert [path.name for path in error.backups] == ["parcours-2026-11-22T090000.sqlite"]
    assert "mis de côté" in error.render() and "2026-11-22" in error.render()

    previous = restore_backup(data_dir, error.backups[0], clock.now())
    assert previous is None  # the damaged file had already been moved aside
    with open_store(data_dir, clock=clock) as store:
        assert store.contents() == contents


def test_restoring_over_a_sound_file_keeps_it_as_a_backup(data_dir: Path) -> None:
    clock = FixedClock(dt.datetime(2026, 11, 22, 9, 0))
    with open_store(data_dir, clock=clock) as store:
        store.save_family(sample_family())
        backup = list_backups(data_dir)[0].path
        store.save_event_state(EventState("later", note="après la sauvegarde"))
    clock.advance(dt.timedelta(minutes=5))
    previous = restore_backup(data_dir, backup, clock.now())
    assert previous is not None and "before-restore" in previous.name
    with open_store(data_dir, clock=clock) as store:
        assert store.event_states() == {}  # back to the backup
        assert store.load_family() == sample_family()
    # ... and the state before the restore is itself restorable.
    restore_backup(data_dir, previous, clock.now())
    with open_store(data_dir, clock=clock) as store:
        assert list(store.event_states()) == ["later"]


def test_a_bad_backup_is_refused_before_anything_changes(data_dir: Path, tmp_path: Path) -> None:
    with open_store(data_dir) as store:
        store.save_family(sample_family())
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"not a database at all" * 100)
    before = (data_dir / "parcours.sqlite").read_bytes()
    with pytest.raises(BackupError):
        restore_backup(data_dir, bogus)
    assert (data_dir / "parcours.sqlite").read_bytes() == before
    assert run_data_command(["restore", str(bogus), "--data-dir", str(data_dir)]) == 2


def test_a_stray_log_without_its_database_is_never_replayed(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.save_family(sample_family())
        shutil.copyfile(data_dir / "parcours.sqlite-wal", data_dir / "saved-wal")
    (data_dir / "parcours.sqlite").unlink()
    shutil.copyfile(data_dir / "saved-wal", data_dir / "parcours.sqlite-wal")
    with open_store(data_dir) as store:
        assert store.load_family() is None
        assert store.contents().is_empty
    assert list((data_dir / "damaged").iterdir())


def test_cli_backup_list_restore_and_check(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(data_dir) as store:
        store.save_family(sample_family())
    assert run_data_command(["backup", "--data-dir", str(data_dir)]) == 0
    assert run_data_command(["backup", "--list", "--data-dir", str(data_dir)]) == 0
    listing = capsys.readouterr().out
    assert "-manual.sqlite  en bon état" in listing
    assert run_data_command(["check", "--data-dir", str(data_dir)]) == 0
    assert "en bon état (integrity_check : ok)" in capsys.readouterr().out
    manual = next(info.path.name for info in list_backups(data_dir) if info.reason == "manual")
    assert run_data_command(["restore", manual, "--data-dir", str(data_dir)]) == 0
    assert "Sauvegarde restaurée" in capsys.readouterr().out
    with open_store(data_dir) as store:
        assert store.load_family() == sample_family()
    assert good_backups(data_dir)


def test_cli_check_reports_damage_with_exit_status_1(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(data_dir) as store:
        store.replace_contents(sample_contents(event_states=300))
    database = data_dir / "parcours.sqlite"
    damaged = bytearray(database.read_bytes())
    damaged[4096 * 3 : 4096 * 4] = b"\x00\x01" * 2048
    database.write_bytes(bytes(damaged))
    assert run_data_command(["check", "--data-dir", str(data_dir)]) == 1
    output = capsys.readouterr().out
    assert "est abîmé" in output and "parcours data restore" in output
    assert database.read_bytes() == bytes(damaged)  # check never changes the file


def test_restoring_the_oldest_of_the_kept_backups(data_dir: Path) -> None:
    """Saving the current file before a restore rotates the backups: the one being restored must survive it."""
    clock = FixedClock(dt.datetime(2026, 1, 1, 8, 0))
    with open_store(data_dir, clock=clock) as store:
        for day in range(KEEP_RECENT):
            store.save_event_state(EventState(f"day-{day}"))
            clock.advance(dt.timedelta(days=1))
    oldest = list_backups(data_dir)[-1].path
    assert oldest.name == "parcours-2026-01-01T080000.sqlite"
    restore_backup(data_dir, oldest, clock.now())
    with open_store(data_dir, clock=clock) as store:
        assert list(store.event_states()) == ["day-0"]
    assert not oldest.exists()  # rotated away by the before-restore backup, but restored all the same
    assert not list(data_dir.glob("*.restoring"))
