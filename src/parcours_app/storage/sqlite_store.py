"""`FamilyStore` on SQLite: the file store of a family at home and the memory store of the consultation and
reception modes.

Standard library only: each store owns one `sqlite3` connection, set up with WAL, `synchronous=FULL`, foreign
keys and `secure_delete`, and every read or write is one plain-SQL transaction. SQLModel/SQLAlchemy (about 0.5 s
to import, docs/PERFORMANCE.md) are never on the way of a start or of a change: storage/tables.py stays the
schema's declaration for Alembic, loaded only to upgrade an older file (schema.migrate). Once a write method
returns, its change is on disk and survives a crash or a power cut; a failed write changes nothing and raises a
`StorageError`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import sqlite3
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from parcours_app.core import validation
from parcours_app.core.clock import Clock, SystemClock
from parcours_app.core.directory import translations_from_json, translations_to_json
from parcours_app.core.errors import InputError
from parcours_app.core.leave_plan import LeavePlan, Parent, PeriodKind, PlannedPeriod
from parcours_app.core.model import (
    Appointment,
    Child,
    EventState,
    Family,
    MaisonComponent,
    Place,
    Pregnancy,
    SelfTestResult,
)
from parcours_app.storage import backups, schema
from parcours_app.storage.contents import StoreContents
from parcours_app.storage.errors import (
    BadRowsError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ForeignDatabaseError,
    InvalidDataError,
    MigrationError,
    NewerSchemaError,
    NoDatabaseError,
    OpenFailedError,
    ReadOnlyDataDirError,
    StorageError,
    StorageWriteError,
)
from parcours_app.storage.lock import DataDirLock
from parcours_app.storage.paths import (
    create_private_file,
    database_path,
    ensure_private_dir,
    side_files,
    tighten_file,
)
from parcours_app.storage.rows import from_row, sql_value, to_row
from parcours_app.storage.schema import health_problem, inspect_database, open_readonly

if TYPE_CHECKING:
    from sqlalchemy import Engine

_log = logging.getLogger(__name__)
_E = TypeVar("_E")

# Every table of the schema (storage/tables.py; tests/storage/test_lazy_engine.py checks the two agree), children
# before parents, so deleting in this order never trips a foreign key.
TABLE_NAMES: tuple[str, ...] = (
    "leave_period",
    "leave_plan",
    "place_service",
    "place",
    "child",
    "pregnancy",
    "family",
    "event_state",
    "appointment",
    "selftest_result",
    "setting",
)


def _valid(check: Callable[[_E], object], value: _E, where: str) -> None:
    """The forms' own validation (core.validation) before any write: InvalidDataError, nothing written."""
    try:
        check(value)
    except InputError as error:
        raise InvalidDataError(error.message, where) from error


def open_store(data_dir: Path, *, clock: Clock | None = None) -> SqliteStore:
    """Open (or create) the family's database in `data_dir`, ready to read and write.

    On the way: the folder is made owner-only, the lock is taken (DatabaseLockedError for a second writer), the
    file is checked with `PRAGMA quick_check` (a damaged file is moved aside: DamagedDatabaseError with the good
    backups), a file from a newer version is refused untouched (NewerSchemaError), an older one is backed up then
    upgraded, and the daily backup is made when none exists for today.
    """
    the_clock: Clock = clock or SystemClock()
    ensure_private_dir(data_dir)
    lock = DataDirLock.acquire(data_dir)
    try:
        database = database_path(data_dir)
        _prepare_file(data_dir, database, the_clock)
        connection = _connect(database)
        store = SqliteStore(connection, data_dir=data_dir, lock=lock, clock=the_clock)
    except (StorageWriteError, DiskFullError) as error:
        lock.release()
        raise OpenFailedError(data_dir, str(getattr(error, "detail", "") or error), _disk_full(data_dir)) from error
    except BaseException:
        lock.release()
        raise
    store.backup_if_due()
    return store


def _disk_full(data_dir: Path) -> bool:
    """SQLite reports a full disk as SQLITE_FULL, or as a "disk I/O error" when its shared memory cannot grow."""
    import shutil

    try:
        return shutil.disk_usage(data_dir).free < 256 * 1024
    except OSError:
        return False


def read_only_snapshot(data_dir: Path) -> tuple[Family | None, dict[str, EventState], list[Appointment]]:
    """The family, its marks and its appointments, read without changing anything on disk (`parcours today`):
    no lock, no migration, no backup. A file from an older schema is read as it is.

    Raises NoDatabaseError when there is no database, and the errors of a damaged, foreign or newer file."""
    database = database_path(data_dir)
    if not database.exists() or database.stat().st_size == 0:
        raise NoDatabaseError(database)
    try:
        connection = schema.open_readonly(database)
        connection.isolation_level = None  # the store emits BEGIN itself
    except sqlite3.DatabaseError as error:
        raise StorageWriteError(str(error)) from error
    try:
        try:
            problem = schema.health_problem(connection)
            state = schema.inspect_database(connection) if not problem else None
        except sqlite3.DatabaseError as error:
            problem, state = str(error), None
        if problem or state is None:
            raise DamagedDatabaseError(None, (), problem)
        if state.kind == "foreign" or state.revision is None:
            raise ForeignDatabaseError(database)
        if state.is_newer:
            raise NewerSchemaError(database, state.revision)
        if state.kind == "empty":
            return None, {}, []
        store = SqliteStore(connection, data_dir=None, lock=None, clock=SystemClock())
        return store.load_family(), store.event_states(), store.appointments()
    finally:
        connection.close()


def open_memory_store() -> SqliteStore:
    """A store that lives in memory only: it writes nothing to disk, not even a lock or a backup."""
    connection = _connect(None)
    with _transaction(connection, None):
        schema.create_head_schema(connection, stamp=False)
    return SqliteStore(connection, data_dir=None, lock=None, clock=SystemClock())


def _prepare_file(data_dir: Path, database: Path, clock: Clock) -> None:
    """Bring the file to the head schema, or refuse it, before the store opens it."""
    if not database.exists() or database.stat().st_size == 0:
        for side in side_files(database):
            if side.exists():
                # A log without its database (the file was deleted by hand): replaying it onto a new file would
                # corrupt it, so it goes aside with the damaged files instead.
                backups.move_aside(data_dir, clock.now())
                break
        _create_new(database)
        return
    for path in [database, *side_files(database)]:
        tighten_file(path)
    try:
        connection = open_readonly(database)
        try:
            problem = health_problem(connection)
            state = inspect_database(connection) if not problem else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        name = getattr(error, "sqlite_errorname", "") or ""
        if not (name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"):
            # Not damage (a file we may not read, an I/O error ...): moving it aside would be wrong, say why instead.
            if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_READONLY", "SQLITE_AUTH")):
                raise ReadOnlyDataDirError(data_dir) from error
            raise StorageWriteError(str(error)) from error
        problem = str(error)  # "file is not a database", "database disk image is malformed"
        state = None
    if problem or state is None:
        moved_to = backups.move_aside(data_dir, clock.now())
        raise DamagedDatabaseError(moved_to, backups.good_backups(data_dir), problem)
    if state.kind == "empty":
        _stamp_new(database)
    elif state.kind == "foreign" or state.revision is None:
        raise ForeignDatabaseError(database)
    elif state.is_newer:
        raise NewerSchemaError(database, state.revision)
    elif state.needs_upgrade:
        target = schema.HEAD
        backup = backups.create_backup(data_dir, clock.now(), f"before-migration-{target}")
        try:
            schema.migrate(database, target)
        except Exception as error:  # whatever failed inside, the upgrade was one transaction: rolled back
            raise MigrationError(database, target, f"{state.revision} -> {target}: {error}", backup) from error


def _create_new(database: Path) -> None:
    create_private_file(database)
    _stamp_new(database)


def _stamp_new(database: Path) -> None:
    """Create the head schema in one transaction: the tables, then the revision stamp."""
    connection = _connect(database)
    try:
        with _transaction(connection, database):
            schema.create_head_schema(connection, stamp=True)
    finally:
        connection.close()


def _connect(database: Path | None) -> sqlite3.Connection:
    """The store's one connection (None: in memory), for all its reads and writes."""
    try:
        # Autocommit driver mode: the store emits BEGIN itself, so a read sees one consistent snapshot and every
        # write is exactly one transaction (DDL included).
        connection = sqlite3.connect(
            ":memory:" if database is None else str(database), isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise storage_error(error, database) from error
    try:
        if database is not None:
            mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                raise sqlite3.OperationalError(f"journal_mode WAL refused ({mode})")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten with zeros, so "delete" really deletes health data from the file.
        connection.execute("PRAGMA secure_delete = ON")
    except sqlite3.Error as error:
        connection.close()
        raise storage_error(error, database) from error
    return connection


@contextmanager
def _transaction(connection: sqlite3.Connection, path: Path | None, begin: str = "BEGIN IMMEDIATE") -> Iterator[None]:
    """One transaction: committed when the block ends, rolled back (nothing changed) when it raises.

    IMMEDIATE takes the write lock at once, so a write never fails halfway on a lock another connection holds.
    SQLite's errors come out as `StorageError`s a person can act on.
    """
    try:
        connection.execute(begin)
    except sqlite3.Error as error:
        raise storage_error(error, path) from error
    try:
        yield
        connection.execute("COMMIT")
    except BaseException as error:
        if connection.in_transaction:
            with suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise storage_error(error, path) from error
        raise


def storage_error(error: BaseException, path: Path | None) -> StorageError:
    """Map SQLite's failure codes (from the driver, or under SQLAlchemy's wrapper) to messages a person can act on."""
    name = getattr(error, "sqlite_errorname", "") or ""
    detail = str(error)
    if name == "SQLITE_FULL":
        return DiskFullError(path)
    if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN") or name == "SQLITE_PERM":
        return ReadOnlyDataDirError(path.parent if path else Path())
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return DamagedDatabaseError(None, (), detail)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return DatabaseLockedError(path.parent if path else Path(), "")
    return StorageWriteError(detail)


class SqliteStore:
    """The FamilyStore implementation. Not thread-safe on its own: use it from one thread at a time."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        *,
        data_dir: Path | None,
        lock: DataDirLock | None,
        clock: Clock,
    ) -> None:
        self._connection = connection
        self._sqlalchemy: Engine | None = None  # only for tools and tests that ask for it (`_engine`)
        self._readers: dict[str, _Reader] = {}
        self.data_dir = data_dir
        self._lock = lock
        self._clock = clock
        self._last_backup_at: dt.datetime | None = None
        self.backup_problem: StorageError | None = None  # the last automatic backup failure, for the UI to show

    # --- lifecycle ---------------------------------------------------------------------------------------

    @property
    def in_memory(self) -> bool:
        return self.data_dir is None

    @property
    def database_path(self) -> Path | None:
        return None if self.data_dir is None else database_path(self.data_dir)

    @property
    def _engine(self) -> Engine:
        """SQLAlchemy over the store's own connection (same pragmas), for tools and tests; the store never uses it."""
        if self._sqlalchemy is None:
            from parcours_app.storage.orm import engine_over

            self._sqlalchemy = engine_over(self._connection)
        return self._sqlalchemy

    def close(self) -> None:
        if self._sqlalchemy is not None:
            self._sqlalchemy.dispose()
            self._sqlalchemy = None
        self._connection.close()  # the last connection checkpoints the log into the database file
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- backups -------------------------------------------------------------------------------------------

    def backup_if_due(self) -> Path | None:
        """The automatic backup, right after a change (or at opening) when the newest one is an hour old or more
        (issue 14: a restore loses at most the last hour, not the whole day). A failure is kept in
        `backup_problem` and logged, never raised, because the person's change itself is already safely saved."""
        if self.data_dir is None:
            return None
        now = self._clock.now()
        last = self._last_backup_at
        if last is not None and last <= now < last + backups.BACKUP_INTERVAL:
            return None
        if not self._has_rows():
            return None  # nothing worth a copy yet (a new folder): the first change will make it
        try:
            newest = backups.newest_backup_at(self.data_dir)
            if newest is not None and newest <= now < newest + backups.BACKUP_INTERVAL:
                self._last_backup_at = newest
                return None
            path = backups.create_backup(self.data_dir, now)
        except StorageError as error:
            self.backup_problem = error
            _log.warning("automatic backup failed: %s", error)
            return None
        self._last_backup_at = now
        self.backup_problem = None
        return path

    def _has_rows(self) -> bool:
        query = " UNION ALL ".join(f'SELECT 1 FROM "{name}"' for name in TABLE_NAMES)
        with self._reading():
            row = self._connection.execute(f"SELECT EXISTS ({query})").fetchone()
            return bool(row is not None and row[0] == 1)

    def backup_now(self, reason: str = "manual") -> Path:
        if self.data_dir is None:
            raise StorageWriteError("memory store")
        return backups.create_backup(self.data_dir, self._clock.now(), reason)

    # --- transactions --------------------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[_Reading]:
        """One read transaction (one consistent snapshot), in plain SQL."""
        with _transaction(self._connection, self.database_path, "BEGIN"):
            yield _Reading(self._connection, self._readers)

    @contextmanager
    def _writing(self) -> Iterator[_Writing]:
        """One write transaction; the daily backup follows the first change of the day."""
        with _transaction(self._connection, self.database_path):
            yield _Writing(self._connection)
        self.backup_if_due()

    # --- family ------------------------------------------------------------------------------------------------

    def load_family(self) -> Family | None:
        with self._reading() as reading:
            return _load_family(reading)

    def save_family(self, family: Family) -> None:
        _valid(validation.check_family_shape, family, "family")
        with self._writing() as writing:
            writing.family(family)

    # --- event states ------------------------------------------------------------------------------------------

    def event_states(self) -> dict[str, EventState]:
        with self._reading() as reading:
            return {row.event_id: _event_state(row) for row in reading.rows("event_state")}

    def save_event_state(self, state: EventState) -> None:
        _valid(validation.check_event_state, state, "event_state")
        with self._writing() as writing:
            writing.upsert("event_state", to_row(state), key="event_id")

    # --- appointments ------------------------------------------------------------------------------------------

    def appointments(self) -> list[Appointment]:
        with self._reading() as reading:
            return [_appointment(row) for row in reading.rows("appointment", "starts_at", "id")]

    def save_appointment(self, appointment: Appointment) -> Appointment:
        _valid(validation.check_appointment, appointment, "appointment")
        with self._writing() as writing:
            row_id = writing.save_row("appointment", to_row(appointment))
        return dataclasses.replace(appointment, id=row_id)

    def delete_appointment(self, appointment_id: int) -> None:
        with self._writing() as writing:
            writing.delete("appointment", "id", appointment_id)

    # --- self-test results -------------------------------------------------------------------------------------

    def selftest_results(self) -> list[SelfTestResult]:
        with self._reading() as reading:
            return [_selftest(row) for row in reading.rows("selftest_result", "taken_on", "id")]

    def save_selftest_result(self, result: SelfTestResult) -> SelfTestResult:
        _valid(validation.check_selftest_result, result, "selftest_result")
        with self._writing() as writing:
            row_id = writing.save_row("selftest_result", _selftest_values(result))
        return dataclasses.replace(result, id=row_id)

    def delete_selftest_result(self, result_id: int) -> None:
        with self._writing() as writing:
            writing.delete("selftest_result", "id", result_id)

    def delete_all_selftest_results(self) -> None:
        with self._writing() as writing:
            writing.delete("selftest_result")

    # --- places ------------------------------------------------------------------------------------------------

    def places(self) -> list[Place]:
        with self._reading() as reading:
            return _load_places(reading)

    def save_place(self, place: Place) -> Place:
        _valid(validation.check_place, place, "place")
        with self._writing() as writing:
            saved = writing.place(place)
        return saved

    def delete_place(self, place_id: int) -> None:
        with self._writing() as writing:
            writing.delete("place", "id", place_id)  # its services go with it (ON DELETE CASCADE)

    def replace_places(self, places: list[Place]) -> None:
        for index, place in enumerate(places):
            _valid(validation.check_place, place, f"places[{index}]")
        with self._writing() as writing:
            writing.delete("place_service")
            writing.delete("place")
            for place in places:
                writing.place(place)

    # --- settings ------------------------------------------------------------------------------------------------

    def settings(self) -> dict[str, str]:
        with self._reading() as reading:
            return {row.key: row.value for row in reading.rows("setting")}

    def set_setting(self, key: str, value: str) -> None:
        try:
            validation.check_setting(key, value)
        except InputError as error:
            raise InvalidDataError(error.message, f"settings.{key[:40]}") from error
        with self._writing() as writing:
            writing.upsert("setting", {"key": key, "value": value}, key="key")

    # --- leave plans (core.leave_plan) ------------------------------------------------------------------------

    def leave_plans(self) -> dict[str, LeavePlan]:
        """The saved plans by pregnancy key, each with its periods in date order."""
        with self._reading() as reading:
            return {plan.subject_key: plan for plan in _load_leave_plans(reading)}

    def save_leave_plan(self, plan: LeavePlan) -> None:
        """Replace the plan of `plan.subject_key` (and all its periods) in one transaction."""
        with self._writing() as writing:
            writing.leave_plan(plan)

    def delete_leave_plan(self, subject_key: str) -> None:
        with self._writing() as writing:
            writing.delete("leave_plan", "subject_key", subject_key)  # its periods go with it (ON DELETE CASCADE)

    # --- rows that cannot be read (issue 14, point 6) -----------------------------------------------------------

    def bad_rows(self) -> list[tuple[str, int, str, str]]:
        """Every value of the file that cannot be read or that the app would never have saved."""
        with self._reading() as reading:
            return [row for table in TABLE_NAMES for row in reading.bad_rows(table)]

    def set_aside_bad_rows(self) -> Path | None:
        """Keep the valid rows and set the bad ones aside: a backup of the whole file first ("before-repair"),
        then the bad rows written to `set-aside/` (owner-only JSON, nothing lost), then deleted in one
        transaction. Returns the JSON file (None in memory or when there was nothing to set aside)."""
        bad = self.bad_rows()
        if not bad or self.data_dir is None:
            return None
        self.backup_now("before-repair")
        tables = sorted({table for table, *_ in bad})
        saved: dict[str, list[dict[str, object]]] = {}
        with self._reading():
            for table in tables:
                ids = sorted({row_id for name, row_id, *_ in bad if name == table})
                cursor = self._connection.execute(
                    f'SELECT rowid AS "rowid", * FROM "{table}" WHERE rowid IN ({", ".join("?" * len(ids))})', ids
                )
                columns = [column[0] for column in cursor.description]
                saved[table] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        folder = self.data_dir / "set-aside"
        ensure_private_dir(folder)
        target = folder / f"rows-{self._clock.now():%Y-%m-%dT%H%M%S}.json"
        create_private_file(target)
        target.write_text(json.dumps(saved, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
        with self._writing():
            for table in tables:
                ids = sorted({row_id for name, row_id, *_ in bad if name == table})
                self._connection.execute(f'DELETE FROM "{table}" WHERE rowid IN ({", ".join("?" * len(ids))})', ids)
        return target

    # --- everything at once (export, import, delete) -------------------------------------------------------

    def contents(self) -> StoreContents:
        """Everything in the store, read in one transaction (one consistent snapshot)."""
        with self._reading() as reading:
            return StoreContents(
                family=_load_family(reading),
                event_states=tuple(_event_state(row) for row in reading.rows("event_state", "event_id")),
                appointments=tuple(_appointment(row) for row in reading.rows("appointment", "starts_at", "id")),
                selftest_results=tuple(_selftest(row) for row in reading.rows("selftest_result", "taken_on", "id")),
                places=tuple(_load_places(reading)),
                settings={row.key: row.value for row in reading.rows("setting", "key")},
                leave_plans=tuple(_load_leave_plans(reading)),
            )

    def is_empty(self) -> bool:
        return self.contents().is_empty

    def replace_contents(self, contents: StoreContents) -> None:
        """Replace everything with `contents` in ONE transaction: on any failure nothing at all changes."""
        from parcours_app.storage.transfer import check_contents

        contents = check_contents(contents, error=InvalidDataError)
        with self._writing() as writing:
            for table in TABLE_NAMES:
                writing.delete(table)
            if contents.family is not None:
                writing.family(contents.family)
            # One executemany per table rather than a statement per row: same rows, far faster.
            writing.insert_many("event_state", [to_row(state) for state in contents.event_states])
            writing.insert_many("appointment", [to_row(item) for item in contents.appointments])
            writing.insert_many("selftest_result", [_selftest_values(result) for result in contents.selftest_results])
            writing.insert_many("setting", [{"key": key, "value": value} for key, value in contents.settings.items()])
            for place in contents.places:
                writing.place(place)
            for plan in contents.leave_plans:
                writing.leave_plan(plan)

    def delete_everything(self) -> None:
        """Erase every row (overwritten with zeros on disk, `secure_delete`) and every backup of this folder."""
        with self._writing() as writing:
            for table in TABLE_NAMES:
                writing.delete(table)
        if self.data_dir is not None:
            for info in backups.list_backups(self.data_dir):
                info.path.unlink(missing_ok=True)
            self._last_backup_at = None
        # Rebuild the file and empty the log, so no copy of the erased data stays in either (VACUUM cannot run
        # inside a transaction: the connection is in autocommit mode here).
        try:
            self._connection.execute("VACUUM")
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise StorageWriteError(str(error)) from error


# --- reading with plain SQL ----------------------------------------------------------------------------------

_Reader = tuple[str, Callable[..., Any], tuple[Callable[[Any], Any] | None, ...]]

_D = TypeVar("_D", dt.date, dt.datetime)


def _date_accepted(value: dt.date) -> bool:
    day = value.date() if isinstance(value, dt.datetime) else value
    return validation.EARLIEST_DATE <= day <= validation.LATEST_DATE


def _in_range(value: _D) -> _D:
    """Loading validates every row (issue 14): a date the forms could never save is an impossible value."""
    if not _date_accepted(value):
        raise ValueError(f"date out of range: {value}")
    return value


# How the write path (SQLAlchemy's types) stores values that are not plain SQLite ones, by declared column type.
_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "DATETIME": lambda value: _in_range(dt.datetime.fromisoformat(value)),  # "YYYY-MM-DD HH:MM:SS.ffffff"
    "DATE": lambda value: _in_range(dt.date.fromisoformat(value)),
    "BOOLEAN": bool,
}


class _Reading:
    """The rows of the tables inside one read transaction, as named tuples with Python values.

    Loading is the hot path of every start (benchmarks/bench_storage.py), so it skips the ORM (building 500
    tracked objects costs several times the query) and SQLAlchemy itself: one plain SELECT per table, with the
    conversions derived once per store from the columns the file declares (`PRAGMA table_info`).
    """

    def __init__(self, connection: sqlite3.Connection, readers: dict[str, _Reader]) -> None:
        self._connection = connection
        self._readers = readers

    def rows(self, table: str, *order_by: str) -> list[Any]:
        query, row_type, converters = self._reader(table)
        if order_by:
            query += " ORDER BY " + ", ".join(f'"{name}"' for name in order_by)
        rows = []
        try:
            for raw in self._connection.execute(query).fetchall():
                values = (
                    value if convert is None or value is None else convert(value)
                    for convert, value in zip(converters, raw, strict=True)
                )
                rows.append(row_type(*values))
        except (ValueError, TypeError, OverflowError) as error:
            # One impossible value (a date "2026-02-32") in a sound file: name every such row instead of a traceback.
            raise BadRowsError(self.bad_rows(table) or [(table, 0, "?", str(error))]) from error
        return rows

    def bad_rows(self, table: str) -> list[tuple[str, int, str, str]]:
        """(table, rowid, column, value) of every value of `table` that does not read as its declared type or
        lies outside the dates the app accepts."""
        query, row_type, converters = self._reader(table)
        names: tuple[str, ...] = row_type._fields  # type: ignore[attr-defined]
        found: list[tuple[str, int, str, str]] = []
        for rowid, *raw in self._connection.execute(query.replace("SELECT ", "SELECT rowid, ", 1)).fetchall():
            for name, convert, value in zip(names, converters, raw, strict=True):
                if convert is None or value is None:
                    continue
                try:
                    converted = convert(value)
                except (ValueError, TypeError, OverflowError):
                    found.append((table, int(rowid), name, str(value)))
                    continue
                if isinstance(converted, dt.date) and not _date_accepted(converted):
                    found.append((table, int(rowid), name, str(value)))
        return found

    def _reader(self, table: str) -> _Reader:
        reader = self._readers.get(table)
        if reader is None:
            columns = self._connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            if not columns:
                raise DamagedDatabaseError(None, (), f"table {table} is missing")
            names = [str(column[1]) for column in columns]
            converters = tuple(_CONVERTERS.get(str(column[2]).upper()) for column in columns)
            query = "SELECT " + ", ".join(f'"{name}"' for name in names) + f' FROM "{table}"'
            reader = (query, namedtuple(f"{table}_row", names), converters)
            self._readers[table] = reader
        return reader


def find_bad_rows(connection: sqlite3.Connection) -> list[tuple[str, int, str, str]]:
    """The bad rows of a head-schema file open on `connection` (`data check`), without a store or its lock."""
    reading = _Reading(connection, {})
    return [row for table in TABLE_NAMES for row in reading.bad_rows(table)]


# --- writing with plain SQL -----------------------------------------------------------------------------------


class _Writing:
    """The statements of the write methods, inside one write transaction (SqliteStore._writing)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def insert(self, table: str, values: dict[str, object]) -> int:
        # A row without an id gets one from SQLite (the id is the rowid): the column is left out rather than NULL.
        names = [name for name, value in values.items() if not (name == "id" and value is None)]
        cursor = self._connection.execute(
            f'INSERT INTO "{table}" ({_columns(names)}) VALUES ({", ".join("?" * len(names))})',
            [values[name] for name in names],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def upsert(self, table: str, values: dict[str, object], key: str) -> None:
        """Insert the row, or update the one with the same key in place (never delete-and-insert, which would
        cascade to the row's children)."""
        names = list(values)
        updates = ", ".join(f'"{name}" = excluded."{name}"' for name in names if name != key)
        self._connection.execute(
            f'INSERT INTO "{table}" ({_columns(names)}) VALUES ({", ".join("?" * len(names))}) '
            f'ON CONFLICT ("{key}") DO UPDATE SET {updates}',
            [values[name] for name in names],
        )

    def save_row(self, table: str, values: dict[str, object]) -> int:
        """A row of a table keyed by `id`: a new one (no id yet) or the one with this id. Returns its id."""
        row_id = values.get("id")
        if row_id is None:
            return self.insert(table, values)
        assert isinstance(row_id, int)
        self.upsert(table, values, key="id")
        return row_id

    def insert_many(self, table: str, rows: Sequence[dict[str, object]]) -> None:
        # Rows without an id get one from SQLite: they go in apart, without the column (see `insert`).
        with_id = [row for row in rows if row.get("id", 0) is not None]
        without_id = [
            {name: value for name, value in row.items() if name != "id"} for row in rows if row.get("id", 0) is None
        ]
        for batch in (with_id, without_id):
            if batch:
                names = list(batch[0])
                self._connection.executemany(
                    f'INSERT INTO "{table}" ({_columns(names)}) VALUES ({", ".join("?" * len(names))})',
                    [[row[name] for name in names] for row in batch],
                )

    def delete(self, table: str, column: str | None = None, value: object = None) -> None:
        if column is None:
            self._connection.execute(f'DELETE FROM "{table}"')
        else:
            self._connection.execute(f'DELETE FROM "{table}" WHERE "{column}" = ?', (value,))

    def family(self, family: Family) -> None:
        """The family replaces the one saved (one household per database), with its pregnancies and children."""
        for table in ("child", "pregnancy", "family"):
            self.delete(table)
        self.insert("family", to_row(family, id=1))
        for position, pregnancy in enumerate(family.pregnancies):
            self.insert("pregnancy", to_row(pregnancy, position=position))
        for position, child in enumerate(family.children):
            self.insert("child", to_row(child, position=position))

    def place(self, place: Place) -> Place:
        """Save a place (new, or the one with its id) and replace its services. Returns it with its id."""
        # the English and Arabic texts (a tuple field) as one JSON column (core.directory.translations_to_json)
        row_id = self.save_row("place", to_row(place, translations=translations_to_json(place.translations)))
        self.delete("place_service", "place_id", row_id)
        for position, (component, description) in enumerate(place.services):
            self.insert(
                "place_service",
                {"place_id": row_id, "position": position, "component": component.value, "description": description},
            )
        return dataclasses.replace(place, id=row_id)

    def leave_plan(self, plan: LeavePlan) -> None:
        self.delete("leave_plan", "subject_key", plan.subject_key)
        self.insert("leave_plan", to_row(plan))
        self.insert_many(
            "leave_period",
            [
                {
                    "subject_key": plan.subject_key,
                    "parent": period.parent.value,
                    "kind": period.kind.value,
                    "first_day": sql_value(period.start),
                    "last_day": sql_value(period.end),
                }
                for period in plan.periods
            ],
        )


def _columns(names: Sequence[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _selftest_values(result: SelfTestResult) -> dict[str, object]:
    return to_row(result, answers=",".join(str(points) for points in result.answers))


# --- rows -> core objects ------------------------------------------------------------------------------------


def _load_family(reading: _Reading) -> Family | None:
    family_rows = reading.rows("family")
    if not family_rows:
        return None
    row = family_rows[0]
    pregnancies = reading.rows("pregnancy", "position")
    children = reading.rows("child", "position")
    return from_row(
        Family,
        row,
        pregnancies=tuple(from_row(Pregnancy, p) for p in pregnancies),
        children=tuple(from_row(Child, c) for c in children),
    )


def _event_state(row: Any) -> EventState:
    return from_row(EventState, row)


def _appointment(row: Any) -> Appointment:
    return from_row(Appointment, row)


def _selftest(row: Any) -> SelfTestResult:
    answers = tuple(int(part) for part in row.answers.split(",")) if row.answers else ()
    return from_row(SelfTestResult, row, answers=answers)


def _load_places(reading: _Reading) -> list[Place]:
    services: dict[int, list[tuple[MaisonComponent, str]]] = {}
    for service in reading.rows("place_service", "place_id", "position"):
        services.setdefault(service.place_id, []).append(
            (_enum(MaisonComponent, service.component), service.description)
        )
    places = [
        from_row(
            Place,
            row,
            services=tuple(services.get(row.id or 0, ())),
            translations=translations_from_json(getattr(row, "translations", "")),  # "" before revision 0004
        )
        for row in reading.rows("place")
    ]
    places.sort(key=lambda place: (place.name.casefold(), place.id or 0))
    return places


def _load_leave_plans(reading: _Reading) -> list[LeavePlan]:
    periods: dict[str, list[PlannedPeriod]] = {}
    for row in reading.rows("leave_period", "subject_key", "first_day", "id"):
        periods.setdefault(row.subject_key, []).append(
            PlannedPeriod(_enum(Parent, row.parent), _enum(PeriodKind, row.kind), row.first_day, row.last_day)
        )
    return [
        from_row(LeavePlan, row, periods=tuple(periods.get(row.subject_key, ())))
        for row in reading.rows("leave_plan", "subject_key")
    ]


def _enum(kind: Callable[[str], _E], value: str) -> _E:
    try:
        return kind(value)
    except ValueError as error:
        raise DamagedDatabaseError(None, (), f"{value!r}") from error
