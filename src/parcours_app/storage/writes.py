"""The write path of `SqliteStore`: SQLModel/SQLAlchemy, imported on the first write, never to read.

A normal start only reads (sqlite_store.py does it with the standard library's `sqlite3`), so the app paints the
family's data without loading SQLAlchemy and pydantic (about 0.5 s and 60 MiB, docs/PERFORMANCE.md). The
engine built here runs over the store's own `sqlite3` connection, the one already set up with WAL,
`synchronous=FULL`, foreign keys and `secure_delete`: reads and writes share one connection, one set of pragmas.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, exc, insert
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, col

from parcours_app.core.model import Appointment, EventState, Family, Place, SelfTestResult
from parcours_app.storage.errors import StorageError
from parcours_app.storage.schema import stamp_head
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

# Children before parents, so deleting in this order never trips a foreign key.
ALL_ROW_TYPES: tuple[type[SQLModel], ...] = (
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

ErrorMapper = Callable[[BaseException], StorageError]


def engine_over(connection: sqlite3.Connection) -> Engine:
    """An engine whose only connection is `connection` (configured by the store, autocommit driver mode)."""
    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _on_begin(sa_connection: Any) -> None:
        # The driver is in autocommit mode (isolation_level None): we emit BEGIN ourselves so every write is
        # exactly one transaction, DDL included.
        sa_connection.exec_driver_sql("BEGIN")

    return engine


@contextmanager
def transaction(engine: Engine, to_storage_error: ErrorMapper) -> Iterator[Session]:
    """One write transaction: committed when the block ends, rolled back (nothing changed) when it raises."""
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    except exc.DBAPIError as error:
        raise to_storage_error(error.orig if error.orig is not None else error) from error


def create_tables(connection: sqlite3.Connection, *, stamp: bool, to_storage_error: ErrorMapper) -> None:
    """Create the head schema in one transaction: tables from the models, then (for a file) the revision stamp."""
    engine = engine_over(connection)
    try:
        with engine.begin() as sa_connection:
            SQLModel.metadata.create_all(sa_connection)
            if stamp:
                stamp_head(connection)
    except exc.DBAPIError as error:
        raise to_storage_error(error.orig if error.orig is not None else error) from error


def table_names() -> tuple[str, ...]:
    return tuple(str(row_type.__tablename__) for row_type in ALL_ROW_TYPES)


# --- writes ------------------------------------------------------------------------------------------------


def write_family(session: Session, family: Family) -> None:
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


def event_state_row(state: EventState) -> EventStateRow:
    return EventStateRow(
        event_id=state.event_id,
        done_on=state.done_on,
        snoozed_until=state.snoozed_until,
        dismissed=state.dismissed,
        note=state.note,
    )


def appointment_row(appointment: Appointment) -> AppointmentRow:
    return AppointmentRow(
        id=appointment.id,
        starts_at=appointment.starts_at,
        title=appointment.title,
        event_id=appointment.event_id,
        place=appointment.place,
        note=appointment.note,
        duration_minutes=appointment.duration_minutes,
    )


def selftest_row(result: SelfTestResult) -> SelfTestRow:
    return SelfTestRow(
        id=result.id,
        taken_on=result.taken_on,
        respondent=result.respondent.value,
        answers=",".join(str(points) for points in result.answers),
        total=result.total,
        band=result.band,
    )


def setting_row(key: str, value: str) -> SettingRow:
    return SettingRow(key=key, value=value)


def save_event_state(session: Session, state: EventState) -> None:
    session.merge(event_state_row(state))


def save_appointment(session: Session, appointment: Appointment) -> AppointmentRow:
    row = session.merge(appointment_row(appointment))
    session.flush()
    return row


def delete_appointment(session: Session, appointment_id: int) -> None:
    session.exec(delete(AppointmentRow).where(col(AppointmentRow.id) == appointment_id))


def save_selftest_result(session: Session, result: SelfTestResult) -> SelfTestRow:
    row = session.merge(selftest_row(result))
    session.flush()
    return row


def delete_selftest_result(session: Session, result_id: int) -> None:
    session.exec(delete(SelfTestRow).where(col(SelfTestRow.id) == result_id))


def delete_all_selftest_results(session: Session) -> None:
    session.exec(delete(SelfTestRow))


def delete_place(session: Session, place_id: int) -> None:
    session.exec(delete(PlaceRow).where(col(PlaceRow.id) == place_id))


def replace_places(session: Session, places: list[Place]) -> None:
    session.exec(delete(PlaceServiceRow))
    session.exec(delete(PlaceRow))
    for place in places:
        write_place(session, place)


def set_setting(session: Session, key: str, value: str) -> None:
    session.merge(setting_row(key, value))


def insert_many(session: Session, model: type[SQLModel], rows: list[Any]) -> None:
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


def delete_all(session: Session) -> None:
    for row_type in ALL_ROW_TYPES:
        session.exec(delete(row_type))


def replace_contents(
    session: Session,
    family: Family | None,
    event_states: tuple[EventState, ...],
    appointments: tuple[Appointment, ...],
    selftest_results: tuple[SelfTestResult, ...],
    places: tuple[Place, ...],
    settings: dict[str, str],
) -> None:
    delete_all(session)
    session.flush()
    if family is not None:
        write_family(session, family)
    # Bulk inserts (one executemany per table) rather than hundreds of ORM objects: same rows, far faster.
    insert_many(session, EventStateRow, [event_state_row(state) for state in event_states])
    insert_many(session, AppointmentRow, [appointment_row(item) for item in appointments])
    insert_many(session, SelfTestRow, [selftest_row(result) for result in selftest_results])
    insert_many(session, SettingRow, [setting_row(key, value) for key, value in settings.items()])
    for place in places:
        write_place(session, place)


def write_place(session: Session, place: Place) -> Place:
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
