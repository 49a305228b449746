"""One impossible value inside a sound database (issue 14, point 6): `data check` names the row (exit 1), `data
export` reports it instead of a traceback, the store says which rows, and the bad rows can be set aside while
every valid row is kept (after a backup, and with the rows saved in `set-aside/`)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import stat
from pathlib import Path

import pytest
from storage_samples import sample_contents

from parcours_app.core.clock import FixedClock
from parcours_app.storage import open_store
from parcours_app.storage.commands import run_data_command
from parcours_app.storage.errors import BadRowsError
from parcours_app.storage.paths import database_path

CLOCK = FixedClock(dt.datetime(2026, 11, 22, 9, 0))


def damage_one_row(data_dir: Path) -> str:
    """The sample data with one event's done_on set to 2026-02-32 (a day that does not exist)."""
    with open_store(data_dir, clock=CLOCK) as store:
        store.replace_contents(sample_contents())
        event_id = next(state.event_id for state in store.event_states().values() if state.done_on is not None)
    connection = sqlite3.connect(database_path(data_dir))
    with connection:
        connection.execute("UPDATE event_state SET done_on = '2026-02-32' WHERE event_id = ?", (event_id,))
    connection.close()
    return event_id


def test_check_and_export_name_the_bad_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    damage_one_row(data_dir)
    capsys.readouterr()
    assert run_data_command(["check", "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr()
    assert "event_state" in out.out + out.err and "done_on = 2026-02-32" in out.out + out.err
    assert run_data_command(["export", str(tmp_path / "out.json"), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "done_on = 2026-02-32" in err and "Traceback" not in err
    assert not (tmp_path / "out.json").exists()


def test_loading_names_the_rows_and_setting_them_aside_keeps_the_rest(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    event_id = damage_one_row(data_dir)
    with open_store(data_dir, clock=CLOCK) as store:
        with pytest.raises(BadRowsError) as error:
            store.event_states()
        assert [(table, column, value) for table, _, column, value in error.value.rows] == [
            ("event_state", "done_on", "2026-02-32")
        ]
        assert store.load_family() == sample_contents().family  # the other tables read as before
        aside = store.set_aside_bad_rows()
        assert aside is not None
        states = store.event_states()
    assert event_id not in states and len(states) == len(sample_contents().event_states) - 1
    kept = json.loads(aside.read_text(encoding="utf-8"))
    assert kept["event_state"][0]["event_id"] == event_id and kept["event_state"][0]["done_on"] == "2026-02-32"
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert any("before-repair" in path.name for path in (data_dir / "backups").iterdir())
    assert run_data_command(["check", "--data-dir", str(data_dir)]) == 0
