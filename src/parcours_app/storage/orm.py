"""SQLAlchemy over a store's own connection, for tools and tests that want it. The app itself never loads it.

`SqliteStore` reads and writes with the standard library (sqlite_store.py); SQLModel/SQLAlchemy cost about 0.5 s
to import (docs/PERFORMANCE.md) and come in only to upgrade an older file (schema.migrate, Alembic). The engine
built here runs over the store's connection, already set up with WAL, `synchronous=FULL`, foreign keys and
`secure_delete`, so what a test sees through it is what the store uses.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool


def engine_over(connection: sqlite3.Connection) -> Engine:
    """An engine whose only connection is `connection` (autocommit driver mode: BEGIN is emitted here)."""
    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _on_begin(sa_connection: Any) -> None:
        sa_connection.exec_driver_sql("BEGIN")

    return engine
