"""Opening and reading a store uses the standard library only; SQLAlchemy comes with the first write.

The speed of a start depends on it (docs/PERFORMANCE.md): these tests check the import boundary in a fresh
interpreter, and that the read-only path keeps every guarantee of the store (same pragmas, same rows).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

from storage_samples import sample_contents

from parcours_app.core.clock import FixedClock
from parcours_app.storage import open_store
from parcours_app.storage.sqlite_store import TABLE_NAMES

CLOCK = FixedClock(dt.datetime(2026, 11, 22, 10, 0))


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_opening_and_reading_an_existing_store_loads_no_sqlalchemy(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        store.replace_contents(sample_contents())
        expected = store.contents()
    output = _run(
        f"""
        import sys
        from pathlib import Path
        from parcours_app.storage import open_store
        store = open_store(Path({str(data_dir)!r}))
        contents = store.contents()
        family, states = store.load_family(), store.event_states()
        print(len(contents.event_states), len(states), family is not None)
        print(sorted(name for name in ("sqlalchemy", "sqlmodel", "pydantic", "alembic") if name in sys.modules))
        store.set_setting("perf", "written")  # the first write brings the engine in, over the same connection
        print("sqlalchemy" in sys.modules, store.settings()["perf"])
        store.close()
        """
    )
    lines = output.splitlines()
    assert lines[0] == f"{len(expected.event_states)} {len(expected.event_states)} True"
    assert lines[1] == "[]"
    assert lines[2] == "True written"
    with open_store(data_dir, clock=CLOCK) as store:
        assert store.settings()["perf"] == "written"
        assert store.contents().event_states == expected.event_states


def test_the_read_connection_has_the_store_pragmas(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        store.replace_contents(sample_contents())
    with open_store(data_dir, clock=CLOCK) as store:
        store.load_family()
        connection = store._connection
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert not connection.in_transaction  # every read transaction was closed


def test_the_read_path_knows_every_table_of_the_models() -> None:
    from parcours_app.storage import writes
    from parcours_app.storage.tables import METADATA

    assert writes.table_names() == TABLE_NAMES
    assert set(TABLE_NAMES) == set(METADATA.tables)
