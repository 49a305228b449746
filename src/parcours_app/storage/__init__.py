"""Where the family's data is kept: one SQLite file, backups, migrations, import and export.

Importing this package is cheap: the heavy engine (SQLModel, about 0.4 s) loads only when `open_store`,
`open_memory_store` or `SqliteStore` is first used, so the GUI can paint its window before that.
Errors (`parcours_app.storage.errors`) and paths (`parcours_app.storage.paths`) never load it.
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
