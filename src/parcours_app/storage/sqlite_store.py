"""`FamilyStore` on SQLite: the file store of a family at home and the memory store of the consultation and
reception modes.

Importing this module loads SQLModel (about 0.4 s): the GUI paints its window first and imports storage after.
Every write is one transaction with `synchronous=FULL` in WAL mode, so once a method returns its change is on
disk and survives a crash or a power cut; a failed write changes nothing and raises a `StorageError`.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sqlite3
from collections import namedtuple
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Boolean, Date, DateTime, Engine, create_engine, delete, event, exc, insert
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, col

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
from parcours_app.storage.schema import health_problem, inspect_database, open_readonly, stamp_head
from parcours_app.storage.tables import (
    AppointmentRow,
    ChildRow,
    EventStateRow,
    FamilyRow,
    PlaceRow,
    PlaceServiceRow,
    PregnancyRow,
    SelfTestRow,
    SettingRow,
)

_log = logging.getLogger(__name__)
_E = TypeVar("_E")

_ALL_ROW_TYPES: tuple[type[SQLModel], ...] = (
    PlaceServiceRow,
    PlaceRow,
    ChildRow,
    PregnancyRow,
    FamilyRow,
    EventStateRow,
    AppointmentRow,
    SelfTestRow,
    SettingRow,
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
        engine = _file_engine(database)
        store = SqliteStore(engine, data_dir=data_dir, lock=lock, clock=the_clock)
    except BaseException:
        lock.release()
        raise
    store.backup_if_due()
    return store


def open_memory_store() -> SqliteStore:
    """A store that lives in memory only: it writes nothing to disk, not even a lock or a backup."""
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    _install_pragmas(engine, file_backed=False)
    SQLModel.metadata.create_all(engine)
    return SqliteStore(engine, data_dir=None, lock=None, clock=SystemClock())


def _prepare_file(data_dir: Path, database: Path, clock: Clock) -> None:
    """Bring the file to the head schema, or refuse it, before the engine opens it."""
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
    engine = _file_engine(database)
    try:
        with engine.begin() as connection:
            SQLModel.metadata.create_all(connection)
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            stamp_head(raw)
    except exc.OperationalError as error:
        raise _storage_error(error, database) from error
    finally:
        engine.dispose()


def _file_engine(database: Path) -> Engine:
    engine = create_engine(f"sqlite:///{database}", connect_args={"check_same_thread": False})
    _install_pragmas(engine, file_backed=True)
    return engine


def _install_pragmas(engine: Engine, *, file_backed: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # The driver's own transaction handling skips BEGIN before reads; we emit BEGIN ourselves (below) so a
        # read sees one consistent snapshot and every write is exactly one transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if file_backed:
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                raise sqlite3.OperationalError(f"journal_mode WAL refused ({mode})")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten with zeros, so "delete" really deletes health data from the file.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def _storage_error(error: exc.DBAPIError, path: Path | None) -> StorageError:
    """Map SQLite's failure codes to messages a person can act on."""
    original = error.orig
    name = getattr(original, "sqlite_errorname", "") or ""
    detail = str(original) if original is not None else str(error)
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
        engine: Engine,
        *,
        data_dir: Path | None,
        lock: DataDirLock | None,
        clock: Clock,
    ) -> None:
        self._engine = engine
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

    def close(self) -> None:
        self._engine.dispose()  # the last connection checkpoints the log into the database file
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
        query = " UNION ALL ".join(f"SELECT 1 FROM {row_type.__tablename__}" for row_type in _ALL_ROW_TYPES)
        with self._reading() as session:
            return session.connection().exec_driver_sql(f"SELECT EXISTS ({query})").scalar() == 1

    def backup_now(self, reason: str = "manual") -> Path:
        if self.data_dir is None:
            raise StorageWriteError("memory store")
        return backups.create_backup(self.data_dir, self._clock.now(), reason)

    # --- sessions ------------------------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except exc.DBAPIError as error:
            raise _storage_error(error, self.database_path) from error

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except exc.DBAPIError as error:
            raise _storage_error(error, self.database_path) from error
        self.backup_if_due()

    # --- family ------------------------------------------------------------------------------------------------

    def load_family(self) -> Family | None:
        with self._reading() as session:
            return _load_family(session)

    def save_family(self, family: Family) -> None:
        with self._writing() as session:
            _write_family(session, family)

    # --- event states ------------------------------------------------------------------------------------------

    def event_states(self) -> dict[str, EventState]:
        with self._reading() as session:
            return {row.event_id: _event_state(row) for row in _read(session, EventStateRow)}

    def save_event_state(self, state: EventState) -> None:
        with self._writing() as session:
            session.merge(_event_state_row(state))

    # --- appointments ------------------------------------------------------------------------------------------

    def appointments(self) -> list[Appointment]:
        with self._reading() as session:
            rows = _read(session, AppointmentRow, "starts_at", "id")
            return [_appointment(row) for row in rows]

    def save_appointment(self, appointment: Appointment) -> Appointment:
        with self._writing() as session:
            row = session.merge(_appointment_row(appointment))
            session.flush()
            saved = _appointment(row)
        return saved

    def delete_appointment(self, appointment_id: int) -> None:
        with self._writing() as session:
            session.exec(delete(AppointmentRow).where(col(AppointmentRow.id) == appointment_id))

    # --- self-test results -------------------------------------------------------------------------------------

    def selftest_results(self) -> list[SelfTestResult]:
        with self._reading() as session:
            rows = _read(session, SelfTestRow, "taken_on", "id")
            return [_selftest(row) for row in rows]

    def save_selftest_result(self, result: SelfTestResult) -> SelfTestResult:
        with self._writing() as session:
            row = session.merge(_selftest_row(result))
            session.flush()
            saved = _selftest(row)
        return saved

    def delete_selftest_result(self, result_id: int) -> None:
        with self._writing() as session:
            session.exec(delete(SelfTestRow).where(col(SelfTestRow.id) == result_id))

    def delete_all_selftest_results(self) -> None:
        with self._writing() as session:
            session.exec(delete(SelfTestRow))

    # --- places ------------------------------------------------------------------------------------------------

    def places(self) -> list[Place]:
        with self._reading() as session:
            return _load_places(session)

    def save_place(self, place: Place) -> Place:
        with self._writing() as session:
            saved = _write_place(session, place)
        return saved

    def delete_place(self, place_id: int) -> None:
        with self._writing() as session:
            session.exec(delete(PlaceRow).where(col(PlaceRow.id) == place_id))

    def replace_places(self, places: list[Place]) -> None:
        with self._writing() as session:
            session.exec(delete(PlaceServiceRow))
            session.exec(delete(PlaceRow))
            for place in places:
                _write_place(session, place)

    # --- settings ------------------------------------------------------------------------------------------------

    def settings(self) -> dict[str, str]:
        with self._reading() as session:
            return {row.key: row.value for row in _read(session, SettingRow)}

    def set_setting(self, key: str, value: str) -> None:
        with self._writing() as session:
            session.merge(SettingRow(key=key, value=value))

    # --- everything at once (export, import, delete) -------------------------------------------------------

    def contents(self) -> StoreContents:
        """Everything in the store, read in one transaction (one consistent snapshot)."""
        with self._reading() as session:
            return StoreContents(
                family=_load_family(session),
                event_states=tuple(_event_state(row) for row in _read(session, EventStateRow, "event_id")),
                appointments=tuple(_appointment(row) for row in _read(session, AppointmentRow, "starts_at", "id")),
                selftest_results=tuple(_selftest(row) for row in _read(session, SelfTestRow, "taken_on", "id")),
                places=tuple(_load_places(session)),
                settings={row.key: row.value for row in _read(session, SettingRow, "key")},
            )

    def is_empty(self) -> bool:
        return self.contents().is_empty

    def replace_contents(self, contents: StoreContents) -> None:
        """Replace everything with `contents` in ONE transaction: on any failure nothing at all changes."""
        with self._writing() as session:
            _delete_all(session)
            session.flush()
            if contents.family is not None:
                _write_family(session, contents.family)
            # Bulk inserts (one executemany per table) rather than hundreds of ORM objects: same rows, far faster.
            _insert_many(session, EventStateRow, [_event_state_row(state) for state in contents.event_states])
            _insert_many(session, AppointmentRow, [_appointment_row(item) for item in contents.appointments])
            _insert_many(session, SelfTestRow, [_selftest_row(result) for result in contents.selftest_results])
            _insert_many(
                session, SettingRow, [SettingRow(key=key, value=value) for key, value in contents.settings.items()]
            )
            for place in contents.places:
                _write_place(session, place)

    def delete_everything(self) -> None:
        """Erase every row (overwritten with zeros on disk, `secure_delete`) and every backup of this folder."""
        with self._writing() as session:
            _delete_all(session)
        if self.data_dir is not None:
            for info in backups.list_backups(self.data_dir):
                info.path.unlink(missing_ok=True)
            self._last_backup_day = None
        # Rebuild the file and empty the log, so no copy of the erased data stays in either (VACUUM cannot run
        # inside a transaction, hence the raw connection).
        raw = self._engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            driver.execute("VACUUM")
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise StorageWriteError(str(error)) from error
        finally:
            raw.close()


# --- rows <-> core objects ------------------------------------------------------------------------------------


def _read(session: Session, model: type[SQLModel], *order_by: str) -> list[Any]:
    """The rows of one table, in the session's transaction, as named tuples with Python values.

    Loading is the hot path of every start (benchmarks/bench_storage.py), so it skips both the ORM (building 500
    tracked objects costs several times the query) and SQLAlchemy's statement compiler (cold on every new
    engine): one plain SELECT per table, with the conversions derived from the table's own column types.
    """
    query, row_type, converters = _reader(str(model.__tablename__))
    if order_by:
        query += " ORDER BY " + ", ".join(f'"{name}"' for name in order_by)
    cursor = session.connection().exec_driver_sql(query)
    rows = []
    for raw in cursor.fetchall():
        values = (
            value if convert is None or value is None else convert(value)
            for convert, value in zip(converters, raw, strict=True)
        )
        rows.append(row_type(*values))
    return rows


@functools.cache
def _reader(table_name: str) -> tuple[str, Callable[..., Any], tuple[Callable[[Any], Any] | None, ...]]:
    table = SQLModel.metadata.tables[table_name]
    names = [column.name for column in table.columns]
    converters: list[Callable[[Any], Any] | None] = []
    for column in table.columns:
        if isinstance(column.type, DateTime):
            converters.append(dt.datetime.fromisoformat)  # SQLAlchemy writes "YYYY-MM-DD HH:MM:SS.ffffff"
        elif isinstance(column.type, Date):
            converters.append(dt.date.fromisoformat)
        elif isinstance(column.type, Boolean):
            converters.append(bool)
        else:
            converters.append(None)
    query = "SELECT " + ", ".join(f'"{name}"' for name in names) + f' FROM "{table_name}"'
    return query, namedtuple(f"{table_name}_row", names), tuple(converters)


def _insert_many(session: Session, model: type[SQLModel], rows: list[Any]) -> None:
    if not rows:
        return
    table = SQLModel.metadata.tables[str(model.__tablename__)]
    names = [column.name for column in table.columns]
    values = [{name: getattr(row, name) for name in names} for row in rows]
    if table.c.get("id") is not None:
        # Rows without an id get one from SQLite: leave the column out for them rather than insert NULL.
        with_id = [value for value in values if value["id"] is not None]
        without_id = [{k: v for k, v in value.items() if k != "id"} for value in values if value["id"] is None]
        for batch in (with_id, without_id):
            if batch:
                session.connection().execute(insert(table), batch)
        return
    session.connection().execute(insert(table), values)


def _delete_all(session: Session) -> None:
    for row_type in _ALL_ROW_TYPES:
        session.exec(delete(row_type))


def _load_family(session: Session) -> Family | None:
    family_rows = _read(session, FamilyRow)
    if not family_rows:
        return None
    row = family_rows[0]
    pregnancies = _read(session, PregnancyRow, "position")
    children = _read(session, ChildRow, "position")
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


def _write_family(session: Session, family: Family) -> None:
    session.exec(delete(ChildRow))
    session.exec(delete(PregnancyRow))
    session.exec(delete(FamilyRow))
    session.flush()
    session.add(
        FamilyRow(
            id=1,
            region=family.region.value,
            birth_leave_start=family.birth_leave_start.value,
            parent1_name=family.parent1_name,
            parent2_name=family.parent2_name,
            parent1_salaried=family.parent1_salaried,
            parent2_salaried=family.parent2_salaried,
        )
    )
    for position, pregnancy in enumerate(family.pregnancies):
        options = pregnancy.maternity
        session.add(
            PregnancyRow(
                position=position,
                key=pregnancy.key,
                ddr=pregnancy.ddr,
                cycle_length=pregnancy.cycle_length,
                conception=pregnancy.conception,
                due=pregnancy.due,
                birth=pregnancy.birth,
                multiple=pregnancy.multiple,
                children_before=pregnancy.children_before,
                weeks_moved_after_birth=options.weeks_moved_after_birth,
                weeks_moved_before_birth=options.weeks_moved_before_birth,
                pathological_days_before=options.pathological_days_before,
                pathological_days_after=options.pathological_days_after,
                premature_hospitalised=options.premature_hospitalised,
                newborn_hospital_days=pregnancy.newborn_hospital_days,
            )
        )
    for position, child in enumerate(family.children):
        session.add(
            ChildRow(
                position=position,
                key=child.key,
                birth=child.birth,
                name=child.name,
                pregnancy_key=child.pregnancy_key,
                premature=child.premature,
            )
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


def _event_state_row(state: EventState) -> EventStateRow:
    return EventStateRow(
        event_id=state.event_id,
        done_on=state.done_on,
        snoozed_until=state.snoozed_until,
        dismissed=state.dismissed,
        note=state.note,
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


def _appointment_row(appointment: Appointment) -> AppointmentRow:
    return AppointmentRow(
        id=appointment.id,
        starts_at=appointment.starts_at,
        title=appointment.title,
        event_id=appointment.event_id,
        place=appointment.place,
        note=appointment.note,
        duration_minutes=appointment.duration_minutes,
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


def _selftest_row(result: SelfTestResult) -> SelfTestRow:
    return SelfTestRow(
        id=result.id,
        taken_on=result.taken_on,
        respondent=result.respondent.value,
        answers=",".join(str(points) for points in result.answers),
        total=result.total,
        band=result.band,
    )


def _load_places(session: Session) -> list[Place]:
    services: dict[int, list[tuple[MaisonComponent, str]]] = {}
    for service in _read(session, PlaceServiceRow, "place_id", "position"):
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
        for row in _read(session, PlaceRow)
    ]
    places.sort(key=lambda place: (place.name.casefold(), place.id or 0))
    return places


def _write_place(session: Session, place: Place) -> Place:
    row = session.merge(
        PlaceRow(
            id=place.id,
            kind=place.kind.value,
            name=place.name,
            address=place.address,
            phone=place.phone,
            opening_hours=place.opening_hours,
            email=place.email,
            website=place.website,
            note=place.note,
        )
    )
    session.flush()
    assert row.id is not None
    session.exec(delete(PlaceServiceRow).where(col(PlaceServiceRow.place_id) == row.id))
    for position, (component, description) in enumerate(place.services):
        session.add(
            PlaceServiceRow(place_id=row.id, position=position, component=component.value, description=description)
        )
    return Place(
        id=row.id,
        kind=place.kind,
        name=place.name,
        address=place.address,
        phone=place.phone,
        opening_hours=place.opening_hours,
        email=place.email,
        website=place.website,
        note=place.note,
        services=place.services,
    )


def _enum(kind: Callable[[str], _E], value: str) -> _E:
    try:
        return kind(value)
    except ValueError as error:
        raise DamagedDatabaseError(None, (), f"{value!r}") from error
