"""Schema versions, the health check of a database file, and migrations.

The revision a file is at is read with the standard library (`alembic_version` table), so a normal start never
imports Alembic (about 360 ms): Alembic is loaded only when a file is older than the code and must be upgraded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from parcours_app.storage import _head_ddl

# One entry per schema revision, oldest first: Alembic's chain, copied by tools/gen_ddl.py into storage/_head_ddl.py
# (so a start needs no Alembic). A released version of the app never removes one.
SCHEMA_REVISIONS: tuple[str, ...] = _head_ddl.SCHEMA_REVISIONS
HEAD = SCHEMA_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_ALEMBIC_VERSION_DDL = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


@dataclass(frozen=True, slots=True)
class DatabaseState:
    kind: Literal["empty", "parcours", "foreign"]
    revision: str | None = None

    @property
    def is_newer(self) -> bool:
        return self.kind == "parcours" and self.revision not in SCHEMA_REVISIONS

    @property
    def needs_upgrade(self) -> bool:
        return self.kind == "parcours" and self.revision in SCHEMA_REVISIONS and self.revision != HEAD


# The head schema as SQL (storage/_head_ddl.py), so creating a database (first run, the memory store of the
# consultation and reception modes) needs no SQLAlchemy (about 0.5 s to import, docs/PERFORMANCE.md). It is GENERATED
# from storage/tables.py by tools/gen_ddl.py (what `SQLModel.metadata.create_all` makes, statement for statement);
# tests/storage/test_lazy_engine.py fails when the committed file is out of date.
HEAD_DDL = _head_ddl.HEAD_DDL


def create_head_schema(connection: sqlite3.Connection, *, stamp: bool) -> None:
    """Create the head schema (and, for a file, its revision stamp) inside the caller's transaction."""
    for statement in HEAD_DDL:
        connection.execute(statement)
    if stamp:
        stamp_head(connection)


def open_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file: used to look at a file before deciding what to do with it."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def health_problem(connection: sqlite3.Connection, *, full: bool = False) -> str:
    """'' when SQLite finds the file sound, else its own description of the damage. Raises sqlite3.DatabaseError
    when the file is not a database at all."""
    pragma = "integrity_check" if full else "quick_check"
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    messages = [str(row[0]) for row in rows]
    return "" if messages == ["ok"] else "; ".join(messages[:5])


def inspect_database(connection: sqlite3.Connection) -> DatabaseState:
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" in names:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return DatabaseState("parcours", str(row[0]) if row else None)
    if not names:
        return DatabaseState("empty")
    return DatabaseState("foreign")


def stamp_head(connection: sqlite3.Connection) -> None:
    """Record the head revision in a database just created from the current tables (what `alembic stamp` does)."""
    connection.execute(_ALEMBIC_VERSION_DDL)
    connection.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD,))


def migrate(path: Path, target: str | None = None) -> None:
    """Upgrade the file to `target` in ONE transaction: a failure leaves the file as it was.

    Foreign keys are off while migrating because batch mode recreates tables, and dropping a parent table with
    them on would cascade-delete its children's rows; they are checked before the commit instead.
    """
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves so DDL is transactional too
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        dbapi_connection.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    target = target or HEAD
    try:
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise RuntimeError(f"foreign key violations after migrating: {violations[:5]}")
    finally:
        engine.dispose()
