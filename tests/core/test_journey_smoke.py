"""First checks of the journey engine on the example of rules-fr.md section 1 (DDR 2026-03-02)."""

from __future__ import annotations

import datetime as dt

from parcours_app.core.journey import build_journey
from parcours_app.core.model import Family, Pregnancy
from parcours_app.core.rules import load_catalog

CONTRACT_IDS = {
    *(f"pregnancy.exam.{n}" for n in range(1, 8)),
    "pregnancy.declaration",
    "pregnancy.epp",
    *(f"pregnancy.ultrasound.{n}" for n in range(1, 4)),
    "pregnancy.full_coverage",
    "leave.maternity",
    "leave.paternity.notice",
    "leave.birth",
    "leave.paternity.mandatory",
    "leave.paternity.remaining",
    "leave.birth_supplement",
    "birth.declaration",
    "postnatal.interview",
    "postnatal.interview.second",
    "postnatal.exam",
    "selftest.epds.1",
    "selftest.epds.2",
    *(f"child.exam.{n}" for n in range(1, 21)),
    *(f"child.vaccine.{m}" for m in ("2m", "3m", "4m", "5m", "6m", "11m", "12m", "16m")),
    "school.start",
    "milestone.1000days",
}


def test_a_pregnancy_due_in_2026_gets_every_contract_event() -> None:
    # rules-fr.md section 1 FLAG: DDR 2026-03-02 gives DPA 2026-12-16 by DDG + 9 months (design.md section 4).
    journey = build_journey(
        Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 3, 2)),)), load_catalog(), dt.date(2026, 11, 22)
    )
    assert journey.dates[""].due == dt.date(2026, 12, 16)
    assert set(journey.by_id()) >= CONTRACT_IDS
    keys = [(e.start, e.end, e.id) for e in journey.events]
    assert keys == sorted(keys)
