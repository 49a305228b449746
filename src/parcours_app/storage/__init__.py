"""Where the family's data is kept: one SQLite file, backups, migrations, import and export.

Importing this package is cheap: the store (`open_store`, `open_memory_store`, `SqliteStore`, standard library
`sqlite3` only) loads on first use. SQLModel/SQLAlchemy and Alembic (about 0.8 s together) load only to upgrade a
file written by an older version (schema.migrate); errors and paths never load anything heavy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parcours_app.storage.sqlite_store import SqliteStore, open_memory_store, open_store

__all__ = ["SqliteStore", "open_memory_store", "open_store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from parcours_app.storage import sqlite_store

        return getattr(sqlite_store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
