"""Backups with SQLite's online backup API, and restoring one. Standard library only.

A backup is a complete, consistent copy of the database (the write-ahead log included) in
`<data dir>/backups/parcours-<YYYY-MM-DD>T<HHMMSS>[-<reason>].sqlite`, written to a temporary name, flushed to
disk, then renamed, so a crash never leaves a half-written backup under a real name. The newest 10 are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from parcours_app.core.clock import SystemClock
from parcours_app.core.text import Text
from parcours_app.storage.errors import BackupError, BackupWriteError, NoDatabaseError
from parcours_app.storage.lock import DataDirLock
from parcours_app.storage.paths import (
    DAMAGED_DIR_NAME,
    PRIVATE_FILE_MODE,
    backups_dir,
    database_path,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    side_files,
    tighten_file,
)
from parcours_app.storage.schema import HEAD, SCHEMA_REVISIONS, health_problem, inspect_database, open_readonly

CONTEXT = "storage"  # translation context, a literal here so tools/update_translations.py resolves it

# Issue 14, point 8: a restore after damage lost every change since the day's first one. While changes are made, a
# backup at most once an hour; kept: the 24 newest, plus the newest of each of the last 10 days with a backup.
BACKUP_INTERVAL = dt.timedelta(hours=1)
KEEP_RECENT = 24
KEEP_DAYS = 10
KEEP_BACKUPS = KEEP_RECENT  # the newest kept whatever their day (older name, kept for callers)
_BACKUP_NAME = re.compile(r"^parcours-(\d{4}-\d{2}-\d{2})T(\d{6})(?:-([a-z0-9-]+))?\.sqlite$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str  # "" for the daily backup, else "manual", "before-migration-0002", "before-import" ...


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup of the folder, newest first (whatever their health)."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        match = _BACKUP_NAME.match(path.name)
        if match is None:
            continue
        day, clock, reason = match.groups()
        try:
            taken_at = dt.datetime.fromisoformat(f"{day}T{clock[:2]}:{clock[2:4]}:{clock[4:]}")
        except ValueError:
            continue
        found.append(BackupInfo(path, taken_at, reason or ""))
    found.sort(key=lambda info: (info.taken_at, info.path.name), reverse=True)
    return found


def backup_problem(path: Path) -> str:
    """'' when the backup can be restored by this version of the app, else what is wrong with it."""
    try:
        connection = open_readonly(path)
    except sqlite3.Error as error:
        return str(error)
    try:
        problem = health_problem(connection)
        if problem:
            return problem
        state = inspect_database(connection)
        if state.kind != "parcours":
            return "not a Parcours database"
        if state.revision not in SCHEMA_REVISIONS:
            return f"written by a newer version (schema {state.revision})"
        return ""
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, said to the person before they restore it (issue 14, point 8)."""

    path: Path
    taken_at: dt.datetime
    children: int
    pregnancies: int
    event_states: int
    appointments: int
    bad_rows: int  # values that cannot be read (a date "2026-02-32"): such a backup is not offered


def summarize_backup(info: BackupInfo) -> BackupSummary | None:
    """Counts of a restorable backup; None when it cannot be restored by this version."""
    if backup_problem(info.path):
        return None
    connection = open_readonly(info.path)
    try:
        state = inspect_database(connection)
        counts = {
            table: int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
            for table in ("child", "pregnancy", "event_state", "appointment")
        }
        bad = 0
        if state.revision == HEAD:
            from parcours_app.storage.sqlite_store import find_bad_rows

            bad = len(find_bad_rows(connection))
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return BackupSummary(
        info.path,
        info.taken_at,
        counts["child"],
        counts["pregnancy"],
        counts["event_state"],
        counts["appointment"],
        bad,
    )


def newest_sound_backup(data_dir: Path) -> BackupSummary | None:
    """The newest backup that can be restored and whose every row reads: what to offer after bad rows."""
    for info in list_backups(data_dir):
        summary = summarize_backup(info)
        if summary is not None and summary.bad_rows == 0:
            return summary
    return None


def good_backups(data_dir: Path) -> tuple[Path, ...]:
    """The backups that pass `quick_check` and this version can open, newest first: what to offer after damage."""
    return tuple(info.path for info in list_backups(data_dir) if not backup_problem(info.path))


def has_backup_on(data_dir: Path, day: dt.date) -> bool:
    return any(info.taken_at.date() == day for info in list_backups(data_dir))


def newest_backup_at(data_dir: Path) -> dt.datetime | None:
    found = list_backups(data_dir)
    return found[0].taken_at if found else None


def create_backup(data_dir: Path, now: dt.datetime, reason: str = "") -> Path:
    """Copy the database into backups/, then prune (the 24 newest and one a day for 10 days). Raises BackupError."""
    source_path = database_path(data_dir)
    if not source_path.exists():
        raise NoDatabaseError(source_path)
    folder = backups_dir(data_dir)
    ensure_private_dir(folder)
    stem = f"parcours-{now:%Y-%m-%dT%H%M%S}" + (f"-{reason}" if reason else "")
    target = folder / f"{stem}.sqlite"
    counter = 1
    while target.exists():  # two backups in the same second (a manual one right after the daily one)
        counter += 1
        target = folder / f"{stem}-{counter}.sqlite"
    try:
        copy_database_file(source_path, target)
    except (sqlite3.Error, OSError) as error:
        raise BackupWriteError(
            Text(CONTEXT, "La sauvegarde n'a pas pu être écrite dans %1 (%2).", (str(folder), str(error)))
        ) from error
    prune_backups(data_dir)
    return target


def copy_database_file(source_path: Path, target: Path) -> None:
    """`copy_database` from a database file, opened read-only for the copy and closed after it."""
    source = open_readonly(source_path)
    try:
        copy_database(source, target)
    finally:
        source.close()


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of `source` to `target` (owner-only, in rollback-journal mode, on disk)."""
    temporary = target.with_name(target.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    os.close(os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    try:
        destination = sqlite3.connect(temporary)
        try:
            source.backup(destination)
            # A copy lying in backups/ should not grow -wal/-shm files when someone looks at it.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        fsync_file(temporary)
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    tighten_file(target)
    fsync_dir(target.parent)


def backups_to_keep(found: list[BackupInfo], keep: int = KEEP_RECENT, days: int = KEEP_DAYS) -> set[Path]:
    """The newest `keep` backups, plus the newest one of each of the `days` most recent days (newest first in)."""
    kept = {info.path for info in found[:keep]}
    seen_days: list[dt.date] = []
    for info in found:
        day = info.taken_at.date()
        if day in seen_days:
            continue
        if len(seen_days) >= days:
            break
        seen_days.append(day)
        kept.add(info.path)
    return kept


def prune_backups(data_dir: Path, keep: int = KEEP_RECENT, days: int = KEEP_DAYS) -> None:
    found = list_backups(data_dir)
    kept = backups_to_keep(found, keep, days)
    for info in found:
        if info.path in kept:
            continue
        with contextlib.suppress(FileNotFoundError):
            info.path.unlink()
    for leftover in backups_dir(data_dir).glob("*.sqlite.tmp"):
        # Half-written copies from a backup that was interrupted (crash, power cut): never a real backup. An
        # hour's margin leaves alone a copy that another process (`parcours data backup`) is writing right now.
        with contextlib.suppress(FileNotFoundError):
            if SystemClock().now().timestamp() - leftover.stat().st_mtime > 3600:
                leftover.unlink()


def resolve_backup(data_dir: Path, name_or_path: str) -> Path:
    """A backup given by path, or by its file name (or date) inside backups/."""
    candidate = Path(name_or_path).expanduser()
    if candidate.is_file():
        return candidate
    inside = backups_dir(data_dir) / name_or_path
    if inside.is_file():
        return inside
    matches = [info.path for info in list_backups(data_dir) if info.path.name.startswith(f"parcours-{name_or_path}")]
    if matches:
        return matches[0]
    raise BackupError(
        Text(CONTEXT, "Sauvegarde introuvable : %1. « parcours data backup --list » les énumère.", (name_or_path,))
    )


def move_aside(data_dir: Path, now: dt.datetime) -> Path:
    """Move the database and its side files into damaged/, never deleting anything. Returns the new path."""
    database = database_path(data_dir)
    folder = data_dir / DAMAGED_DIR_NAME
    ensure_private_dir(folder)
    target = folder / f"parcours-{now:%Y-%m-%dT%H%M%S}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"parcours-{now:%Y-%m-%dT%H%M%S}-{counter}.sqlite"
    for path in [database, *side_files(database)]:
        if path.exists():
            path.replace(target.with_name(target.name + path.name.removeprefix(database.name)))
    fsync_dir(folder)
    fsync_dir(data_dir)
    return target


def restore_backup(data_dir: Path, backup: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace the database with `backup`. The current database is first saved (as a "before-restore" backup
    when it is sound, moved into damaged/ when not), so a restore never loses anything either.

    Returns where the previous database went (None when there was none). Raises BackupError, DatabaseLockedError.
    """
    moment = now or SystemClock().now()
    problem = backup_problem(backup)
    if problem:
        raise BackupError(Text(CONTEXT, "La sauvegarde %1 ne peut pas être restaurée : %2.", (str(backup), problem)))
    ensure_private_dir(data_dir)
    with DataDirLock.acquire(data_dir):
        database = database_path(data_dir)
        # Copy the backup out first: saving the current file below rotates the backups, which could delete
        # the very backup being restored (the oldest of ten).
        incoming = database.with_name(database.name + ".restoring")
        try:
            copy_database_file(backup, incoming)
        except (sqlite3.Error, OSError) as error:
            incoming.unlink(missing_ok=True)
            raise BackupError(
                Text(CONTEXT, "La restauration de %1 a échoué (%2).", (str(backup), str(error)))
            ) from error
        previous: Path | None = None
        try:
            if database.exists():
                if _is_sound(database):
                    _checkpoint(database)
                    previous = create_backup(data_dir, moment, "before-restore")
                else:
                    previous = move_aside(data_dir, moment)
            for side in side_files(database):
                # The current database was fully checkpointed or moved: a leftover log must never be replayed
                # onto the restored file.
                with contextlib.suppress(FileNotFoundError):
                    side.unlink()
            incoming.replace(database)
            fsync_dir(data_dir)
        finally:
            incoming.unlink(missing_ok=True)
        return previous


def _is_sound(database: Path) -> bool:
    try:
        connection = open_readonly(database)
        try:
            return not health_problem(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def _checkpoint(database: Path) -> None:
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
