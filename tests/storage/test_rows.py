"""The store's rows follow the `core` dataclasses (storage/rows.py): every field has its column and every column
its field, so a field added to the model and its table needs nothing else in the store."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from parcours_app.core.leave_plan import LeavePlan
from parcours_app.core.model import (
    Appointment,
    Child,
    EventState,
    Family,
    MaternityOptions,
    Place,
    PlaceKind,
    Pregnancy,
    Region,
    SelfTestResult,
)
from parcours_app.storage.errors import DamagedDatabaseError
from parcours_app.storage.rows import column_names, from_row, to_row

# (core type, table, columns the store adds itself: the row id, the position in the family's tuple, an encoded tuple)
MAPPED = [
    (Family, "family", {"id"}),
    (Pregnancy, "pregnancy", {"id", "position"}),
    (Child, "child", {"id", "position"}),
    (EventState, "event_state", set()),
    (Appointment, "appointment", set()),
    (SelfTestResult, "selftest_result", {"answers"}),
    (Place, "place", {"translations"}),
    (LeavePlan, "leave_plan", set()),
]


@pytest.mark.parametrize(("kind", "table", "added"), MAPPED, ids=[table for _, table, _ in MAPPED])
def test_the_fields_of_each_core_type_are_the_columns_of_its_table(kind: type, table: str, added: set[str]) -> None:
    from parcours_app.storage.tables import METADATA

    columns = {column.name for column in METADATA.tables[table].columns}
    assert set(column_names(kind)) | added == columns


def test_a_pregnancy_row_flattens_its_maternity_options_and_reads_back() -> None:
    pregnancy = Pregnancy(
        key="pregnancy2",
        due=dt.date(2027, 3, 14),
        multiple=2,
        maternity=MaternityOptions(weeks_moved_after_birth=3, premature_hospitalised=True),
        added_on=dt.date(2026, 11, 2),
    )
    row = to_row(pregnancy, position=1)
    # dates as ISO text, the nested options as columns of the same row under their own names
    assert row["due"] == "2027-03-14" and row["ddr"] is None and row["position"] == 1
    assert row["weeks_moved_after_birth"] == 3 and row["premature_hospitalised"] is True
    assert "maternity" not in row

    class Row:  # what the store's reader gives: one attribute per column, dates already converted
        pass

    stored = Row()
    for name, value in row.items():
        setattr(stored, name, dt.date.fromisoformat(value) if name in {"due", "added_on"} else value)
    assert from_row(Pregnancy, stored) == pregnancy


def test_enumerations_are_stored_as_their_values_and_a_foreign_value_is_damage() -> None:
    family = Family(region=Region.REUNION, started_on=dt.date(2026, 1, 5))
    row = to_row(family, id=1)
    assert row["region"] == "reunion" and row["birth_leave_start"] == "birth-day" and row["started_on"] == "2026-01-05"
    assert "pregnancies" not in row and "children" not in row
    place = to_row(Place(id=None, kind=PlaceKind.PMI, name="PMI Nord"))
    assert place["kind"] == "pmi"

    class Row:
        region = "atlantis"
        birth_leave_start = "birth-day"
        parent1_name = parent2_name = ""
        parent1_salaried = parent2_salaried = None

    with pytest.raises(DamagedDatabaseError):
        from_row(Family, Row())


def test_a_column_missing_from_an_older_file_gives_the_field_default() -> None:
    class Row:  # a version-1 file read as it is: no added_on column
        key = "child2"
        birth = dt.date(2025, 6, 1)
        name = "Lina"
        pregnancy_key = None
        premature = False

    assert from_row(Child, Row()) == Child(key="child2", birth=dt.date(2025, 6, 1), name="Lina")


def test_a_datetime_is_stored_as_sqlalchemy_stored_it() -> None:
    appointment = Appointment(id=None, starts_at=dt.datetime(2026, 1, 5, 9, 30))
    assert to_row(appointment)["starts_at"] == "2026-01-05 09:30:00.000000"


@dataclasses.dataclass(frozen=True, slots=True)
class _Options:
    weeks: int = 0
    hospitalised: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class _NewKind:
    """A type the store and the file have never seen: both must handle it without a line of their own."""

    key: str = ""
    count: int = 0
    region: Region = Region.METROPOLE
    seen_on: dt.date | None = None
    options: _Options = dataclasses.field(default_factory=_Options)


def test_a_new_type_or_field_goes_to_a_row_and_to_the_file_and_back_without_code_of_its_own() -> None:
    from parcours_app.storage.transfer import _document, _Fields, _read

    value = _NewKind(key="k2", count=4, region=Region.GUYANE, seen_on=dt.date(2026, 5, 1), options=_Options(2, True))
    row = to_row(value)
    assert row == {
        "key": "k2",
        "count": 4,
        "region": "guyane",
        "seen_on": "2026-05-01",
        "weeks": 2,
        "hospitalised": True,
    }
    document = _document(value)
    assert document == {
        "key": "k2",
        "count": 4,
        "region": "guyane",
        "seen_on": "2026-05-01",
        "options": {"weeks": 2, "hospitalised": True},
    }
    assert _read(_Fields(document, "x"), _NewKind) == value
    assert _read(_Fields({}, "x"), _NewKind) == _NewKind()  # every field has a default: an empty object is enough
    # ... and the file's strict checks apply to it: a wrong type, an unknown key, each named with its place
    from parcours_app.storage.errors import ImportFileError

    with pytest.raises(ImportFileError) as wrong:
        _read(_Fields({"options": {"weeks": "2"}}, "x"), _NewKind)
    assert wrong.value.where == "x.options.weeks"
    with pytest.raises(ImportFileError) as unknown:
        _read(_Fields({"colour": "red"}, "x"), _NewKind)
    assert unknown.value.where == "x.colour"
