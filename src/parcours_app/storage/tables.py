"""The SQLModel tables of the head schema (version 2): what Alembic compares the migrations with (migrations/env.py).

These classes are the one declaration of the schema. The running app never loads this module (sqlite_store.py uses
plain `sqlite3` and turns rows into `core` objects with storage/rows.py): the SQL that creates a new file,
storage/_head_ddl.py, is GENERATED from these tables by tools/gen_ddl.py, and Alembic loads them only to migrate an
older file. tests/storage/test_lazy_engine.py fails when the generated SQL is out of date.

Enumerations are stored as their string values (`Region.METROPOLE` -> "metropole"), dates as ISO text
("2026-03-14"), so the file stays readable with any SQLite tool and survives enum renames in code.
A change to these classes needs a new Alembic revision in migrations/versions, `python tools/gen_ddl.py`, and a new
fixture database in tests/fixtures/db (docs/notes/storage.md, "Changing the schema").
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, MetaData, String
from sqlmodel import Column, Field, SQLModel

# Stable constraint names, so batch migrations can find and alter them (alembic.sqlalchemy.org/en/latest/batch.html).
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
METADATA: MetaData = SQLModel.metadata


class FamilyRow(SQLModel, table=True):
    """The household: one row (id 1) per database."""

    __tablename__ = "family"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True)
    region: str
    birth_leave_start: str
    parent1_name: str = ""
    parent2_name: str = ""
    parent1_salaried: bool | None = None
    parent2_salaried: bool | None = None
    started_on: dt.date | None = None  # schema 2: the day the family started using the app


class PregnancyRow(SQLModel, table=True):
    """A pregnancy with the dates the person typed; the column names are the kinds of date (core.model.DateKind)."""

    __tablename__ = "pregnancy"

    id: int | None = Field(default=None, primary_key=True)
    position: int  # order in Family.pregnancies
    key: str = Field(unique=True)
    ddr: dt.date | None = None
    cycle_length: int = 28
    conception: dt.date | None = None
    due: dt.date | None = None
    birth: dt.date | None = None
    multiple: int = 1
    children_before: int = 0
    weeks_moved_after_birth: int = 0
    weeks_moved_before_birth: int = 0
    pathological_days_before: int = 0
    pathological_days_after: int = 0
    premature_hospitalised: bool = False
    newborn_hospital_days: int = 0
    added_on: dt.date | None = None  # schema 2: the day it was added to the app


class ChildRow(SQLModel, table=True):
    __tablename__ = "child"

    id: int | None = Field(default=None, primary_key=True)
    position: int  # order in Family.children
    key: str = Field(unique=True)
    birth: dt.date
    name: str = ""
    pregnancy_key: str | None = None  # not a foreign key: the family is saved as one value, in one transaction
    premature: bool = False
    added_on: dt.date | None = None  # schema 2: the day it was added to the app


class EventStateRow(SQLModel, table=True):
    """The person's marks on one journey event, keyed by the stable event id (never by position or date)."""

    __tablename__ = "event_state"

    event_id: str = Field(primary_key=True)
    done_on: dt.date | None = None
    snoozed_until: dt.date | None = None
    dismissed: bool = False
    note: str = ""


class AppointmentRow(SQLModel, table=True):
    __tablename__ = "appointment"

    id: int | None = Field(default=None, primary_key=True)
    # Naive Europe/Paris local time (core.model.Appointment); SQLModel's default datetime type demands a time zone.
    starts_at: dt.datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))
    title: str = ""
    event_id: str | None = None
    place: str = ""
    note: str = ""
    duration_minutes: int = 60


class SelfTestRow(SQLModel, table=True):
    """A kept self-test result. Only written when the person chose to keep it."""

    __tablename__ = "selftest_result"

    id: int | None = Field(default=None, primary_key=True)
    taken_on: dt.datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))
    respondent: str
    answers: str  # the points of the 10 answers, comma-separated in item order ("0,1,3,...")
    total: int
    band: str


class PlaceRow(SQLModel, table=True):
    __tablename__ = "place"

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    name: str
    address: str = ""
    phone: str = ""
    opening_hours: str = ""
    email: str = ""
    website: str = ""
    note: str = ""
    # JSON: the optional English and Arabic texts (core.directory.translations_to_json). A server default, as
    # revision 0004 had to give the rows it found.
    translations: str = Field(default="", sa_column=Column(String, nullable=False, server_default=""))


class PlaceServiceRow(SQLModel, table=True):
    """A service a Maison des 1000 premiers jours offers, under one of the five components of the framework."""

    __tablename__ = "place_service"

    id: int | None = Field(default=None, primary_key=True)
    place_id: int = Field(
        sa_column=Column(Integer, ForeignKey("place.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    position: int
    component: str
    description: str


class SettingRow(SQLModel, table=True):
    """App settings that belong to the data (language, notification choices ...), as text."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str


class LeavePlanRow(SQLModel, table=True):
    """Both parents' leave plan for one pregnancy (core.leave_plan.LeavePlan), keyed by the pregnancy's key."""

    __tablename__ = "leave_plan"

    subject_key: str = Field(primary_key=True)
    weeks_moved_after_birth: int = 0
    planned_with_birth: dt.date | None = None  # the birth date known when the plan was saved; None: before the birth


class LeavePeriodRow(SQLModel, table=True):
    """One period the parents chose (paternity or congé supplémentaire de naissance), never moved by the app."""

    __tablename__ = "leave_period"

    id: int | None = Field(default=None, primary_key=True)
    subject_key: str = Field(
        sa_column=Column(String, ForeignKey("leave_plan.subject_key", ondelete="CASCADE"), nullable=False, index=True)
    )
    parent: str
    kind: str
    first_day: dt.date
    last_day: dt.date
