"""Where the family's data lives, and how its files are created owner-only.

A small pure-Python rule rather than QStandardPaths (storage never imports Qt) or platformdirs (one dependency
less); it gives the same folders as platformdirs' `user_data_dir` with `roaming=False`:

- Linux and other Unix: `$XDG_DATA_HOME/parcours-1000-jours`, by default `~/.local/share/parcours-1000-jours`
- macOS: `~/Library/Application Support/Parcours 1000 jours`
- Windows: `%LOCALAPPDATA%\\Parcours 1000 jours` (local, not roaming: health data stays on this computer)

`PARCOURS_DATA_DIR` overrides it; the GUI and the command line pass `--data-dir`, which overrides both.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from parcours_app.storage.errors import ReadOnlyDataDirError

DATA_DIR_ENV = "PARCOURS_DATA_DIR"
DATABASE_NAME = "parcours.sqlite"
LOCK_NAME = "parcours.lock"
BACKUP_DIR_NAME = "backups"
DAMAGED_DIR_NAME = "damaged"
SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
IS_POSIX = os.name == "posix"


def default_data_dir(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The data folder when no `--data-dir` is given: `PARCOURS_DATA_DIR`, else the platform's rule above."""
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    override = env.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if system == "win32":
        base = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "Parcours 1000 jours"
    if system == "darwin":
        return home / "Library" / "Application Support" / "Parcours 1000 jours"
    xdg = env.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    base_path = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base_path / "parcours-1000-jours"


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def side_files(database: Path) -> list[Path]:
    """SQLite's companion files of a database (write-ahead log, shared memory, rollback journal)."""
    return [database.with_name(database.name + suffix) for suffix in SQLITE_SIDE_SUFFIXES]


def ensure_private_dir(path: Path) -> None:
    """Create the folder (and its parents) owner-only; tighten it when it exists. Raises ReadOnlyDataDirError."""
    try:
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    except FileExistsError as error:  # a file sits where the folder should be
        raise ReadOnlyDataDirError(path) from error
    except OSError as error:
        raise ReadOnlyDataDirError(path) from error
    if not path.is_dir():
        raise ReadOnlyDataDirError(path)
    if IS_POSIX and path.stat().st_mode & 0o077:
        # Not our folder to fix (e.g. --data-dir /tmp): the files inside stay 0600 whatever happens here.
        with contextlib.suppress(PermissionError):
            path.chmod(PRIVATE_DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, before SQLite opens it (SQLite's -wal and -shm files
    then take the same permissions). Existing files are tightened, never truncated."""
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyDataDirError(path.parent) from error
        raise
    os.close(descriptor)
    tighten_file(path)


def tighten_file(path: Path) -> None:
    if IS_POSIX and path.exists() and path.stat().st_mode & 0o077:
        with contextlib.suppress(PermissionError):
            path.chmod(PRIVATE_FILE_MODE)


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in `path` durable (POSIX; Windows has no directory handles to sync)."""
    if not IS_POSIX:
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
