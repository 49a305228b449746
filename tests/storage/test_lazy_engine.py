"""The store reads and writes with the standard library only; SQLModel stays the schema's declaration.

The speed of a start and of every change depends on it (docs/PERFORMANCE.md): these tests check the import
boundary in a fresh interpreter, that the store's one connection keeps every guarantee (same pragmas), and that
the schema it creates is, statement for statement, the one SQLModel creates from storage/tables.py.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
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


def test_opening_reading_and_writing_a_store_loads_no_sqlalchemy(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        store.replace_contents(sample_contents())
        expected = store.contents()
    output = _run(
        f"""
        import sys
        from pathlib import Path
        from parcours_app.storage import open_memory_store, open_store
        store = open_store(Path({str(data_dir)!r}))
        contents = store.contents()
        family, states = store.load_family(), store.event_states()
        print(len(contents.event_states), len(states), family is not None)
        print(sorted(name for name in ("sqlalchemy", "sqlmodel", "pydantic", "alembic") if name in sys.modules))
        store.set_setting("perf", "written")
        store.save_family(family)
        memory = open_memory_store()  # the consultation mode creates its schema too
        memory.save_family(family)
        print("sqlalchemy" in sys.modules, store.settings()["perf"], memory.load_family() == family)
        store.close()
        """
    )
    lines = output.splitlines()
    assert lines[0] == f"{len(expected.event_states)} {len(expected.event_states)} True"
    assert lines[1] == "[]"
    assert lines[2] == "False written True"
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


def test_the_store_knows_every_table_of_the_models() -> None:
    from parcours_app.storage.tables import METADATA

    assert set(TABLE_NAMES) == set(METADATA.tables)
    # deleting in TABLE_NAMES order never trips a foreign key: children come before their parents
    for table in METADATA.sorted_tables:
        for key in table.foreign_keys:
            assert TABLE_NAMES.index(table.name) < TABLE_NAMES.index(key.column.table.name)


def test_the_schema_sql_is_what_sqlmodel_creates_from_the_models() -> None:
    from sqlmodel import SQLModel

    from parcours_app.storage.orm import engine_over
    from parcours_app.storage.schema import create_head_schema
    from parcours_app.storage.tables import METADATA

    query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
    by_models = sqlite3.connect(":memory:", isolation_level=None)
    engine = engine_over(by_models)
    with engine.begin() as connection:
        assert METADATA is SQLModel.metadata
        METADATA.create_all(connection)
    by_sql = sqlite3.connect(":memory:", isolation_level=None)
    create_head_schema(by_sql, stamp=False)
    assert by_sql.execute(query).fetchall() == by_models.execute(query).fetchall()
    engine.dispose()
    by_sql.close()


def test_the_committed_schema_sql_is_generated_from_the_tables() -> None:
    """storage/_head_ddl.py is written by tools/gen_ddl.py from storage/tables.py, never by hand: after a change to
    the tables, the committed file must be regenerated (`python tools/gen_ddl.py`)."""
    import importlib.util

    tool = Path(__file__).resolve().parents[2] / "tools" / "gen_ddl.py"
    spec = importlib.util.spec_from_file_location("gen_ddl", tool)
    assert spec is not None and spec.loader is not None
    gen_ddl = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen_ddl)
    committed = gen_ddl.TARGET.read_text(encoding="utf-8")
    assert committed == gen_ddl.render(), "storage/_head_ddl.py is out of date: run python tools/gen_ddl.py"
    assert "CREATE TABLE pregnancy" in committed
