"""Read the installed directory of this computer without changing anything (reception and consultation modes).

The reception screen of a Maison shows the Maison's own directory, typed by the staff in the ordinary mode; the
reception mode itself keeps everything in memory and must not write a byte in the data folder: no lock, no
backup, no migration. The file is opened read-only and immutable, read once, and closed.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from parcours_app.core.clock import SystemClock
from parcours_app.core.errors import ParcoursError
from parcours_app.core.model import Place
from parcours_app.storage.paths import database_path

_LOG = logging.getLogger(__name__)


def read_installed_places(data_dir: Path) -> list[Place]:
    """The places of the directory saved in `data_dir`, or [] when there is none or it cannot be read."""
    from parcours_app.storage.sqlite_store import SqliteStore

    database = database_path(data_dir)
    if not database.is_file() or database.stat().st_size == 0:
        return []
    try:
        # immutable: SQLite takes no lock and creates no -shm/-wal beside the file (plain mode=ro still does in WAL
        # mode). The staff's ordinary session is closed while the reception screen runs, so nothing is mid-write.
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        _LOG.warning("installed directory not readable: %r", error)
        return []
    store = SqliteStore(connection, data_dir=None, lock=None, clock=SystemClock())
    try:
        return store.places()
    except (sqlite3.Error, ParcoursError) as error:
        _LOG.warning("installed directory not readable: %r", error)
        return []
    finally:
        store.close()
