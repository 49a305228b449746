"""Shared sample data for the storage tests: a family touching every field and table, with awkward text."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from parcours_app.core.leave_plan import LeavePlan, Parent, PeriodKind, PlannedPeriod
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
from parcours_app.storage.contents import StoreContents

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def sample_family() -> Family:
    return Family(
        pregnancies=(
            Pregnancy(key="", ddr=dt.date(2023, 12, 1), due=dt.date(2024, 9, 8), birth=dt.date(2024, 9, 2)),
            Pregnancy(
                key="pregnancy2",
                conception=dt.date(2026, 2, 14),
                multiple=2,
                children_before=2,
                maternity=MaternityOptions(
                    weeks_moved_after_birth=0,  # the app refuses moving weeks both ways (core.leave)
                    weeks_moved_before_birth=4,
                    pathological_days_before=14,
                    pathological_days_after=28,
                    premature_hospitalised=True,
                ),
                newborn_hospital_days=12,
                added_on=dt.date(2026, 3, 20),
            ),
        ),
        children=(
            Child(key="", birth=dt.date(2024, 9, 2), name="Inès", pregnancy_key=""),
            Child(
                key="child2", birth=dt.date(2019, 3, 31), name="Yanis-Zoé", premature=True, added_on=dt.date(2024, 1, 9)
            ),
            Child(key="child3", birth=dt.date(2021, 12, 25), name=""),
        ),
        region=Region.REUNION,
        birth_leave_start=BirthLeaveStart.NEXT_WORKING_DAY,
        parent1_name="Marie-Ève d'Arcy",
        parent2_name="Ngọc Anh",
        parent1_salaried=True,
        parent2_salaried=False,
        started_on=dt.date(2023, 12, 20),
    )


def sample_contents(event_states: int = 40) -> StoreContents:
    states = tuple(
        EventState(
            event_id=f"child{index % 3 + 1}:child.exam.{index}" if index % 3 else f"pregnancy.exam.{index}",
            done_on=dt.date(2024, 1, 1) + dt.timedelta(days=index) if index % 2 else None,
            snoozed_until=dt.date(2025, 6, 1) if index % 5 == 0 else None,
            dismissed=index % 7 == 0,
            note="" if index % 4 else f"Note n°{index} : « à voir » ✓\nseconde ligne",
        )
        for index in range(event_states)
    )
    return StoreContents(
        family=sample_family(),
        event_states=tuple(sorted(states, key=lambda state: state.event_id)),
        appointments=(
            Appointment(
                id=1,
                starts_at=dt.datetime(2024, 11, 4, 8, 45),
                title="Vaccins 2 mois",
                event_id="child.vaccine.2m",
                place="PMI",
                note="carnet",
                duration_minutes=20,
            ),
            Appointment(id=2, starts_at=dt.datetime(2026, 5, 20, 14, 0), title="Échographie", place="Maternité"),
        ),
        selftest_results=(
            SelfTestResult(
                id=1,
                taken_on=dt.datetime(2024, 10, 5, 22, 10),
                respondent=Respondent.MOTHER,
                answers=(1, 0, 2, 1, 0, 1, 2, 0, 1, 0),
                total=8,
                band="low",
            ),
            SelfTestResult(
                id=2,
                taken_on=dt.datetime(2024, 11, 20, 7, 0),
                respondent=Respondent.OTHER_PARENT,
                answers=(2, 2, 2, 1, 1, 1, 2, 1, 1, 0),
                total=13,
                band="high",
            ),
        ),
        places=(
            Place(
                id=2,
                kind=PlaceKind.MAISON_1000_JOURS,
                name="Maison des 1000 jours",
                address="1 rue du Port",
                phone="0262 00 00 00",
                services=(
                    (MaisonComponent.PARENTING_SUPPORT, "Café des parents"),
                    (MaisonComponent.SOCIALISATION_CULTURE, "Éveil musical"),
                ),
            ),
            Place(id=1, kind=PlaceKind.PMI, name="PMI du Centre", opening_hours="mardi matin", note="sans rendez-vous"),
        ),
        settings={"language": "fr", "notifications": "on"},
        leave_plans=(
            LeavePlan(
                subject_key="",
                periods=(
                    PlannedPeriod(
                        Parent.SECOND_PARENT, PeriodKind.PATERNITY, dt.date(2026, 3, 9), dt.date(2026, 3, 22)
                    ),
                    PlannedPeriod(
                        Parent.BIRTH_PARENT, PeriodKind.SUPPLEMENT, dt.date(2026, 7, 1), dt.date(2026, 8, 31)
                    ),
                ),
                weeks_moved_after_birth=1,
                planned_with_birth=dt.date(2026, 2, 27),
            ),
            LeavePlan(subject_key="pregnancy2"),
        ),
    )


def tree_snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the hash of its bytes: equal snapshots mean nothing was written."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        for path in sorted(folder.rglob("*"))
    }
