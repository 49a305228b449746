"""`FamilyStore` on SQLite: the file store of a family at home and the memory store of the consultation and
reception modes.

Reading needs only the standard library: each store owns one `sqlite3` connection, set up with WAL,
`synchronous=FULL`, foreign keys and `secure_delete`, and every read is one plain-SQL transaction (one consistent
snapshot). SQLModel/SQLAlchemy (about 0.5 s to import, docs/PERFORMANCE.md) are loaded by `writes.py` on the
first write, or to create a new database, never to open and read an existing one: a normal start paints the
family's data without them. Every write is one transaction with `synchronous=FULL` in WAL mode, so once a method
returns its change is on disk and survives a crash or a power cut; a failed write changes nothing and raises a
`StorageError`.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections import namedtuple
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from parcours_app.core.clock import Clock, SystemClock
from parcours_app.core.model import (
    Appointment,
    BirthLeaveStart,
    Child,
    EventState,
    Family,
    MaisonComponent,
    MaternityOptions,
    Place,
    PlaceKind,
    Pregnancy,
    Region,
    Respondent,
    SelfTestResult,
)
from parcours_app.storage import backups, schema
from parcours_app.storage.contents import StoreContents
from parcours_app.storage.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
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
from parcours_app.storage.schema import health_problem, inspect_database, open_readonly

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

_log = logging.getLogger(__name__)
_E = TypeVar("_E")

# Every table of the schema (storage/tables.py; tests/storage/test_lazy_engine.py checks the two agree).
TABLE_NAMES: tuple[str, ...] = (
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
    except BaseException:
        lock.release()
        raise
    store.backup_if_due()
    return store


def open_memory_store() -> SqliteStore:
    """A store that lives in memory only: it writes nothing to disk, not even a lock or a backup."""
    from parcours_app.storage import writes

    connection = _connect(None)
    writes.create_tables(connection, stamp=False, to_storage_error=lambda error: storage_error(error, None))
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
    """Create the head schema in one transaction: tables from the models, then the revision stamp."""
    from parcours_app.storage import writes

    connection = _connect(database)
    try:
        writes.create_tables(connection, stamp=True, to_storage_error=lambda error: storage_error(error, database))
    finally:
        connection.close()


def _connect(database: Path | None) -> sqlite3.Connection:
    """The store's one connection (None: in memory), shared by its plain-SQL reads and its SQLAlchemy writes."""
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
        self._write_engine: Engine | None = None  # built on the first write (writes.py)
        self._readers: dict[str, _Reader] = {}
        self.data_dir = data_dir
        self._lock = lock
        self._clock = clock
        self._last_backup_day: dt.date | None = None
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
        """SQLAlchemy over the store's own connection, created on first use (the first write)."""
        if self._write_engine is None:
            from parcours_app.storage import writes

            self._write_engine = writes.engine_over(self._connection)
        return self._write_engine

    def close(self) -> None:
        if self._write_engine is not None:
            self._write_engine.dispose()
            self._write_engine = None
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
        """The daily backup: at most one per day. A failure is kept in `backup_problem` and logged, never raised,
        because the person's change itself is already safely saved."""
        if self.data_dir is None:
            return None
        today = self._clock.today()
        if self._last_backup_day == today:
            return None
        if not self._has_rows():
            return None  # nothing worth a copy yet (a new folder): the first change will make it
        try:
            if backups.has_backup_on(self.data_dir, today):
                self._last_backup_day = today
                return None
            path = backups.create_backup(self.data_dir, self._clock.now())
        except StorageError as error:
            self.backup_problem = error
            _log.warning("automatic backup failed: %s", error)
            return None
        self._last_backup_day = today
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
        """One read transaction on the store's connection, with plain SQL: no SQLAlchemy on the read path."""
        connection = self._connection
        try:
            connection.execute("BEGIN")
            try:
                yield _Reading(connection, self._readers)
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            raise storage_error(error, self.database_path) from error

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        from parcours_app.storage import writes

        with writes.transaction(self._engine, lambda error: storage_error(error, self.database_path)) as session:
            yield session
        self.backup_if_due()

    # --- family ------------------------------------------------------------------------------------------------

    def load_family(self) -> Family | None:
        with self._reading() as reading:
            return _load_family(reading)

    def save_family(self, family: Family) -> None:
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.write_family(session, family)

    # --- event states ------------------------------------------------------------------------------------------

    def event_states(self) -> dict[str, EventState]:
        with self._reading() as reading:
            return {row.event_id: _event_state(row) for row in reading.rows("event_state")}

    def save_event_state(self, state: EventState) -> None:
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.save_event_state(session, state)

    # --- appointments ------------------------------------------------------------------------------------------

    def appointments(self) -> list[Appointment]:
        with self._reading() as reading:
            return [_appointment(row) for row in reading.rows("appointment", "starts_at", "id")]

    def save_appointment(self, appointment: Appointment) -> Appointment:
        from parcours_app.storage import writes

        with self._writing() as session:
            saved = _appointment(writes.save_appointment(session, appointment))
        return saved

    def delete_appointment(self, appointment_id: int) -> None:
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.delete_appointment(session, appointment_id)

    # --- self-test results -------------------------------------------------------------------------------------

    def selftest_results(self) -> list[SelfTestResult]:
        with self._reading() as reading:
            return [_selftest(row) for row in reading.rows("selftest_result", "taken_on", "id")]

    def save_selftest_result(self, result: SelfTestResult) -> SelfTestResult:
        from parcours_app.storage import writes

        with self._writing() as session:
            saved = _selftest(writes.save_selftest_result(session, result))
        return saved

    def delete_selftest_result(self, result_id: int) -> None:
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.delete_selftest_result(session, result_id)

    def delete_all_selftest_results(self) -> None:
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.delete_all_selftest_results(session)

    # --- places ------------------------------------------------------------------------------------------------

    def places(self) -> list[Place]:
        with self._reading() as reading:
            return _load_places(reading)

    def save_place(self, place: Place) -> Place:
        from parcours_app.storage import writes

        with self._writing() as session:
            saved = writes.write_place(session, place)
        return saved

    def delete_place(self, place_id: int) -> None:
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.delete_place(session, place_id)

    def replace_places(self, places: list[Place]) -> None:
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.replace_places(session, places)

    # --- settings ------------------------------------------------------------------------------------------------

    def settings(self) -> dict[str, str]:
        with self._reading() as reading:
            return {row.key: row.value for row in reading.rows("setting")}

    def set_setting(self, key: str, value: str) -> None:
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.set_setting(session, key, value)

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
            )

    def is_empty(self) -> bool:
        return self.contents().is_empty

    def replace_contents(self, contents: StoreContents) -> None:
        """Replace everything with `contents` in ONE transaction: on any failure nothing at all changes."""
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.replace_contents(
                session,
                contents.family,
                contents.event_states,
                contents.appointments,
                contents.selftest_results,
                contents.places,
                contents.settings,
            )

    def delete_everything(self) -> None:
        """Erase every row (overwritten with zeros on disk, `secure_delete`) and every backup of this folder."""
        from parcours_app.storage import writes

        with self._writing() as session:
            writes.delete_all(session)
        if self.data_dir is not None:
            for info in backups.list_backups(self.data_dir):
                info.path.unlink(missing_ok=True)
            self._last_backup_day = None
        # Rebuild the file and empty the log, so no copy of the erased data stays in either (VACUUM cannot run
        # inside a transaction: the connection is in autocommit mode here).
        try:
            self._connection.execute("VACUUM")
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise StorageWriteError(str(error)) from error


# --- reading with plain SQL ----------------------------------------------------------------------------------

_Reader = tuple[str, Callable[..., Any], tuple[Callable[[Any], Any] | None, ...]]

# How the write path (SQLAlchemy's types) stores values that are not plain SQLite ones, by declared column type.
_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "DATETIME": dt.datetime.fromisoformat,  # SQLAlchemy writes "YYYY-MM-DD HH:MM:SS.ffffff"
    "DATE": dt.date.fromisoformat,
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
        for raw in self._connection.execute(query).fetchall():
            values = (
                value if convert is None or value is None else convert(value)
                for convert, value in zip(converters, raw, strict=True)
            )
            rows.append(row_type(*values))
        return rows

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


# --- rows -> core objects ------------------------------------------------------------------------------------


def _load_family(reading: _Reading) -> Family | None:
    family_rows = reading.rows("family")
    if not family_rows:
        return None
    row = family_rows[0]
    pregnancies = reading.rows("pregnancy", "position")
    children = reading.rows("child", "position")
    return Family(
        pregnancies=tuple(_pregnancy(p) for p in pregnancies),
        children=tuple(_child(c) for c in children),
        region=_enum(Region, row.region),
        birth_leave_start=_enum(BirthLeaveStart, row.birth_leave_start),
        parent1_name=row.parent1_name,
        parent2_name=row.parent2_name,
        parent1_salaried=row.parent1_salaried,
        parent2_salaried=row.parent2_salaried,
    )


def _pregnancy(row: Any) -> Pregnancy:
    return Pregnancy(
        key=row.key,
        ddr=row.ddr,
        cycle_length=row.cycle_length,
        conception=row.conception,
        due=row.due,
        birth=row.birth,
        multiple=row.multiple,
        children_before=row.children_before,
        maternity=MaternityOptions(
            weeks_moved_after_birth=row.weeks_moved_after_birth,
            weeks_moved_before_birth=row.weeks_moved_before_birth,
            pathological_days_before=row.pathological_days_before,
            pathological_days_after=row.pathological_days_after,
            premature_hospitalised=row.premature_hospitalised,
        ),
        newborn_hospital_days=row.newborn_hospital_days,
    )


def _child(row: Any) -> Child:
    return Child(
        key=row.key,
        birth=row.birth,
        name=row.name,
        pregnancy_key=row.pregnancy_key,
        premature=row.premature,
    )


def _event_state(row: Any) -> EventState:
    return EventState(
        event_id=row.event_id,
        done_on=row.done_on,
        snoozed_until=row.snoozed_until,
        dismissed=row.dismissed,
        note=row.note,
    )


def _appointment(row: Any) -> Appointment:
    return Appointment(
        id=row.id,
        starts_at=row.starts_at,
        title=row.title,
        event_id=row.event_id,
        place=row.place,
        note=row.note,
        duration_minutes=row.duration_minutes,
    )


def _selftest(row: Any) -> SelfTestResult:
    answers = tuple(int(part) for part in row.answers.split(",")) if row.answers else ()
    return SelfTestResult(
        id=row.id,
        taken_on=row.taken_on,
        respondent=_enum(Respondent, row.respondent),
        answers=answers,
        total=row.total,
        band=row.band,
    )


def _load_places(reading: _Reading) -> list[Place]:
    services: dict[int, list[tuple[MaisonComponent, str]]] = {}
    for service in reading.rows("place_service", "place_id", "position"):
        services.setdefault(service.place_id, []).append(
            (_enum(MaisonComponent, service.component), service.description)
        )
    places = [
        Place(
            id=row.id,
            kind=_enum(PlaceKind, row.kind),
            name=row.name,
            address=row.address,
            phone=row.phone,
            opening_hours=row.opening_hours,
            email=row.email,
            website=row.website,
            note=row.note,
            services=tuple(services.get(row.id or 0, ())),
        )
        for row in reading.rows("place")
    ]
    places.sort(key=lambda place: (place.name.casefold(), place.id or 0))
    return places


def _enum(kind: Callable[[str], _E], value: str) -> _E:
    try:
        return kind(value)
    except ValueError as error:
        raise DamagedDatabaseError(None, (), f"{value!r}") from error
