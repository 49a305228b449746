"""The journey of design.md section 4, event by event, worked by hand from the rules and their sources."""

from __future__ import annotations

import datetime as dt

import pytest

from parcours_app.core.errors import InputError
from parcours_app.core.journey import build_journey, validate_family
from parcours_app.core.model import (
    BirthLeaveStart,
    Child,
    Event,
    Family,
    Journey,
    MaternityOptions,
    Pregnancy,
    Region,
)
from parcours_app.core.rules import Catalog, load_catalog

D = dt.date
TODAY = D(2026, 11, 22)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _window(journey: Journey, event_id: str) -> tuple[dt.date, dt.date]:
    event = journey.by_id()[event_id]
    return event.start, event.end


def _born(birth: dt.date, catalog: Catalog, **family: object) -> Journey:
    # A child recorded without a tracked pregnancy: every birth and child step from its birth date ("today" is
    # set after the birth, as a birth must be in the past).
    today = max(TODAY, birth + dt.timedelta(days=1))
    return build_journey(Family(children=(Child(key="", birth=birth),), **family), catalog, today)


def test_pregnancy_events_from_a_ddr(catalog: Catalog) -> None:
    # DDR 2026-03-02, DDG 2026-03-16, DPA 2026-12-16 (rules-fr.md section 1).
    journey = build_journey(Family(pregnancies=(Pregnancy(ddr=D(2026, 3, 2)),)), catalog, TODAY)
    # CSP R2122-1: exam 1 before the end of the 3rd month = DDG + 3 months - 1; exams 2..7 in months 4..9.
    assert _window(journey, "pregnancy.exam.1") == (D(2026, 3, 16), D(2026, 6, 15))
    assert _window(journey, "pregnancy.exam.2") == (D(2026, 6, 16), D(2026, 7, 15))
    assert _window(journey, "pregnancy.exam.4") == (D(2026, 8, 16), D(2026, 9, 15))
    assert _window(journey, "pregnancy.exam.7") == (D(2026, 11, 16), D(2026, 12, 15))
    # CSS D532-1: 14 weeks of pregnancy = DDG + 97 = 21 Jun 2026 (15 SA + 6 j).
    assert _window(journey, "pregnancy.declaration") == (D(2026, 3, 16), D(2026, 6, 21))
    # CSP L2122-1 and ameli: the EPP from the 1st day of the 4th month.
    assert _window(journey, "pregnancy.epp")[0] == D(2026, 6, 16)
    # ameli: ultrasounds at 11 SA + 0 to 13 SA + 6 (DDR + 77 to + 97), 20-24 SA + 6, 30-34 SA + 6.
    assert _window(journey, "pregnancy.ultrasound.1") == (D(2026, 5, 18), D(2026, 6, 7))
    assert _window(journey, "pregnancy.ultrasound.2") == (D(2026, 7, 20), D(2026, 8, 23))
    assert _window(journey, "pregnancy.ultrasound.3") == (D(2026, 9, 28), D(2026, 11, 1))
    assert journey.by_id()["pregnancy.ultrasound.2"].target == D(2026, 8, 3)  # 22 SA = DDR + 154
    # F164 / former CSS D331: 100 % from the 1st day of the 6th month to birth + 12 (estimated from the DPA).
    coverage = journey.by_id()["pregnancy.full_coverage"]
    assert (coverage.start, coverage.end, coverage.estimated) == (D(2026, 8, 16), D(2026, 12, 28), True)
    assert not journey.by_id()["pregnancy.exam.1"].estimated
    # 1000 days: from the 4th month of pregnancy to the 2nd birthday (solidarites-sante.gouv.fr).
    assert _window(journey, "milestone.1000days") == (D(2026, 6, 16), D(2028, 12, 16))


def test_birth_dependent_events_are_estimated_before_the_birth(catalog: Catalog) -> None:
    journey = build_journey(Family(pregnancies=(Pregnancy(due=D(2026, 12, 16)),)), catalog, TODAY)
    for event_id in ("leave.maternity", "leave.birth", "birth.declaration", "child.exam.1", "postnatal.interview"):
        assert journey.by_id()[event_id].estimated, event_id
    # D1225-8: the notice is due one month before the DPA itself; the birth date never moves it.
    assert not journey.by_id()["leave.paternity.notice"].estimated
    born = build_journey(Family(pregnancies=(Pregnancy(due=D(2026, 12, 16), birth=D(2026, 11, 20)),)), catalog, TODAY)
    assert not any(event.estimated for event in born.events)


@pytest.mark.parametrize(
    ("birth", "region", "deadline"),
    [
        (D(2026, 12, 16), Region.METROPOLE, D(2026, 12, 21)),  # Wed + 5 = Mon 21: unchanged
        (D(2026, 11, 16), Region.METROPOLE, D(2026, 11, 23)),  # Mon + 5 = Sat 21 -> Mon 23
        (D(2026, 11, 17), Region.METROPOLE, D(2026, 11, 23)),  # Tue + 5 = Sun 22 -> Mon 23
        (D(2026, 5, 9), Region.METROPOLE, D(2026, 5, 15)),  # Sat + 5 = Thu 14 May, Ascension -> Fri 15
        (D(2026, 12, 20), Region.METROPOLE, D(2026, 12, 28)),  # Sun + 5 = Fri 25 Dec -> Mon 28
        (D(2026, 3, 29), Region.METROPOLE, D(2026, 4, 3)),  # Sun + 5 = Fri 3 Apr (Good Friday, worked)
        (D(2026, 3, 29), Region.ALSACE_MOSELLE, D(2026, 4, 7)),  # Good Friday, then weekend, Easter Monday -> Tue 7
    ],
)
def test_declaration_de_naissance(birth: dt.date, region: Region, deadline: dt.date, catalog: Catalog) -> None:
    # Code civil art. 55: 5 days after the birth (the birth day not counted); a deadline ending on a Saturday,
    # Sunday or public holiday moves to the next working day (Monday-Friday, not a holiday).
    journey = _born(birth, catalog, region=region)
    assert _window(journey, "birth.declaration") == (birth, deadline)


def test_the_twenty_child_exams(catalog: Catalog) -> None:
    # CSP R2132-1 and the arrêté of 26 Feb 2019 as amended (2025 calendar), literal ordinal reading:
    # k-th month = [birth + (k-1) months, birth + k months - 1]; "between a and b" includes the whole b.
    journey = _born(D(2026, 3, 15), catalog)
    expected = {
        1: (D(2026, 3, 15), D(2026, 3, 23)),  # within the 8 days
        2: (D(2026, 3, 22), D(2026, 3, 28)),  # 2nd week: days 7-13
        3: (D(2026, 4, 15), D(2026, 5, 14)),  # 2nd month
        4: (D(2026, 5, 15), D(2026, 6, 14)),
        5: (D(2026, 6, 15), D(2026, 7, 14)),
        6: (D(2026, 7, 15), D(2026, 8, 14)),
        7: (D(2026, 8, 15), D(2026, 9, 14)),  # 6th month
        8: (D(2026, 11, 15), D(2026, 12, 14)),  # 9th month
        9: (D(2027, 2, 15), D(2027, 3, 14)),  # 12th month
        10: (D(2027, 3, 15), D(2027, 4, 14)),  # 13th month
        11: (D(2027, 7, 15), D(2027, 10, 14)),  # between 16 and 18 months
        12: (D(2028, 2, 15), D(2028, 4, 14)),  # 24th or 25th month
        13: (D(2028, 3, 15), D(2029, 3, 14)),  # 3rd year
        14: (D(2029, 3, 15), D(2030, 3, 14)),
        15: (D(2030, 3, 15), D(2031, 3, 14)),
        16: (D(2031, 3, 15), D(2032, 3, 14)),
        17: (D(2032, 3, 15), D(2033, 3, 14)),  # 7th year
        18: (D(2034, 3, 15), D(2036, 3, 14)),  # between 8 and 9 years
        19: (D(2037, 3, 15), D(2040, 3, 14)),  # between 11 and 13 years
        20: (D(2041, 3, 15), D(2043, 3, 14)),  # between 15 and 16 years
    }
    for number, window in expected.items():
        event = journey.by_id()[f"child.exam.{number}"]
        assert (event.start, event.end) == window, number
        assert event.mandatory and not event.estimated
    assert not any(f"child.exam.{n}" in journey.by_id() for n in (0, 21))


def test_child_exam_month_end_clamping(catalog: Catalog) -> None:
    # Birth 31 Jan 2026: the 2nd month runs from 28 Feb (31 Jan + 1 month, clamped) to 30 Mar (31 Mar - 1).
    journey = _born(D(2026, 1, 31), catalog)
    assert _window(journey, "child.exam.3") == (D(2026, 2, 28), D(2026, 3, 30))


def test_the_vaccines(catalog: Catalog) -> None:
    # 2025 vaccination calendar (rules-fr.md section 7): "at k months" = from birth + k months to the end of
    # that month of age; 16-18 months for the 2nd MMR.
    journey = _born(D(2026, 3, 15), catalog)
    expected = {
        "2m": (D(2026, 5, 15), D(2026, 6, 14)),
        "3m": (D(2026, 6, 15), D(2026, 7, 14)),
        "4m": (D(2026, 7, 15), D(2026, 8, 14)),
        "5m": (D(2026, 8, 15), D(2026, 9, 14)),
        "6m": (D(2026, 9, 15), D(2026, 10, 14)),
        "11m": (D(2027, 2, 15), D(2027, 3, 14)),
        "12m": (D(2027, 3, 15), D(2027, 4, 14)),
        "16m": (D(2027, 7, 15), D(2027, 10, 14)),
    }
    for key, window in expected.items():
        event = journey.by_id()[f"child.vaccine.{key}"]
        assert (event.start, event.end) == window, key
        assert event.mandatory
    assert not journey.by_id()["child.vaccine.rotavirus"].mandatory  # recommended only (HAS 2022)


def test_postnatal_care_and_self_test_suggestions(catalog: Catalog) -> None:
    # CSP L2122-1: EPNP between the 4th and 8th weeks = birth + 21 to + 55; the second one between the 10th and
    # 14th weeks = + 63 to + 97. R2122-3: postnatal exam within 8 weeks. EPDS at the start of the 5th week
    # (+ 28) and of the 12th week (+ 77). Birth 15 Mar 2026: + 16 = 31 Mar, + 46 = 30 Apr, + 77 = 31 May.
    journey = _born(D(2026, 3, 15), catalog)
    assert _window(journey, "postnatal.interview") == (D(2026, 4, 5), D(2026, 5, 9))
    assert _window(journey, "postnatal.interview.second") == (D(2026, 5, 17), D(2026, 6, 20))
    assert _window(journey, "postnatal.exam") == (D(2026, 3, 15), D(2026, 5, 9))
    assert _window(journey, "selftest.epds.1") == (D(2026, 4, 12), D(2026, 4, 18))
    assert _window(journey, "selftest.epds.2") == (D(2026, 5, 31), D(2026, 6, 6))


@pytest.mark.parametrize(
    ("birth", "school"),
    [
        (D(2026, 3, 15), D(2029, 9, 1)),
        (D(2026, 12, 31), D(2029, 9, 1)),  # born in December: the rentrée of the year of the 3rd birthday
        (D(2027, 1, 1), D(2030, 9, 1)),
    ],
)
def test_school_start(birth: dt.date, school: dt.date, catalog: Catalog) -> None:
    # C. éduc. L131-1 (loi 2019-791): from the September rentrée of the calendar year of the 3rd birthday.
    assert _window(_born(birth, catalog), "school.start") == (school, school)


def test_leave_events_of_a_born_child(catalog: Catalog) -> None:
    # Born Saturday 21 Nov 2026, 4 weeks before a DPA of 16 Dec 2026, metropole, leave from the birth day:
    # congé de naissance Sat 21, Mon 23, Tue 24; 4 days 25-28 Nov; 21 days by birth + 6 months - 1 = 20 May 2027.
    family = Family(
        pregnancies=(Pregnancy(due=D(2026, 12, 16), birth=D(2026, 11, 21)),),
        birth_leave_start=BirthLeaveStart.BIRTH_DAY,
    )
    journey = build_journey(family, catalog, TODAY)
    assert _window(journey, "leave.birth") == (D(2026, 11, 21), D(2026, 11, 24))
    assert _window(journey, "leave.paternity.mandatory") == (D(2026, 11, 25), D(2026, 11, 28))
    assert _window(journey, "leave.paternity.remaining") == (D(2026, 11, 29), D(2027, 5, 20))
    # Early birth: the maternity leave still ends DPA + 69 = 23 Feb 2027 (CSS L331-3).
    assert _window(journey, "leave.maternity") == (D(2026, 11, 4), D(2027, 2, 23))
    assert _window(journey, "leave.paternity.notice")[1] == D(2026, 11, 16)
    # Prenatal exam 7 (9th month, 16 Nov to 15 Dec) started before this birth: it ends on the birth day.
    assert _window(journey, "pregnancy.exam.7") == (D(2026, 11, 16), D(2026, 11, 21))
    assert _window(journey, "pregnancy.epp")[1] == D(2026, 11, 21)
    assert "leave.maternity.pathological_before" not in journey.by_id()


def test_maternity_options_reach_the_journey(catalog: Catalog) -> None:
    options = MaternityOptions(pathological_days_before=14, pathological_days_after=28)
    family = Family(pregnancies=(Pregnancy(due=D(2026, 12, 16), maternity=options),))
    journey = build_journey(family, catalog, TODAY)
    assert _window(journey, "leave.maternity.pathological_before") == (D(2026, 10, 21), D(2026, 11, 3))
    assert _window(journey, "leave.maternity.pathological_after") == (D(2027, 2, 24), D(2027, 3, 23))
    maternity = journey.by_id()["leave.maternity"]
    assert maternity.explanation.args == ("6", "10")
    twins = build_journey(Family(pregnancies=(Pregnancy(due=D(2026, 12, 16), multiple=2),)), catalog, TODAY)
    assert twins.by_id()["leave.paternity.remaining"].explanation.args == ("28",)  # 28 days for a multiple birth


def test_id_prefixes_for_several_children_and_a_pregnancy(catalog: Catalog) -> None:
    # model.py docstring: first pregnancy and first child have the empty key; others prefix their ids.
    family = Family(
        children=(Child(key="", birth=D(2024, 5, 10)),),
        pregnancies=(Pregnancy(key="pregnancy2", due=D(2027, 3, 1)),),
    )
    ids = set(build_journey(family, catalog, TODAY).by_id())
    assert {"child.exam.1", "child.vaccine.2m", "school.start"} <= ids
    assert {"pregnancy2:pregnancy.exam.1", "pregnancy2:leave.maternity", "pregnancy2:child.exam.1"} <= ids
    # The baby, once born and keyed like its pregnancy, keeps the same ids (storage gives it that key).
    born = Family(
        children=(
            Child(key="", birth=D(2024, 5, 10)),
            Child(key="pregnancy2", birth=D(2026, 11, 1), pregnancy_key="pregnancy2"),
        ),
        pregnancies=(Pregnancy(key="pregnancy2", due=D(2026, 11, 5)),),
    )
    born_ids = set(build_journey(born, catalog, TODAY).by_id())
    assert {"pregnancy2:child.exam.1", "pregnancy2:leave.maternity", "child.exam.1"} <= born_ids


def test_ids_stay_unique_when_a_child_and_a_pregnancy_share_the_empty_key(catalog: Catalog) -> None:
    # The child, born less than a year ago, still has its birth steps ("leave.maternity"); the pregnancy's
    # birth steps take the "pregnancy1" prefix.
    family = Family(children=(Child(key="", birth=D(2026, 2, 1)),), pregnancies=(Pregnancy(due=D(2027, 3, 1)),))
    events = build_journey(family, catalog, TODAY).events
    ids = [event.id for event in events]
    assert len(ids) == len(set(ids))
    assert "pregnancy.exam.1" in ids and "pregnancy1:leave.maternity" in ids and "leave.maternity" in ids


@pytest.mark.parametrize(
    "family",
    [
        Family(pregnancies=(Pregnancy(ddr=D(2026, 3, 2), birth=D(2026, 12, 1)),)),  # birth after today
        Family(pregnancies=(Pregnancy(due=D(2027, 10, 1)),)),  # due more than 10 months ahead
        Family(children=(Child(key="", birth=D(2026, 12, 1)),)),
        Family(children=(Child(key="", birth=D(2020, 1, 1)), Child(key="", birth=D(2021, 1, 1)))),
        Family(pregnancies=(Pregnancy(due=D(2027, 1, 1)), Pregnancy(due=D(2027, 2, 1)))),
        Family(children=(Child(key="", birth=D(2020, 1, 1), pregnancy_key="nowhere"),)),
        Family(pregnancies=(Pregnancy(due=D(2027, 1, 1), newborn_hospital_days=-3),)),
        # A baby linked to a pregnancy but born two years before it (found by the hypothesis test).
        Family(
            pregnancies=(Pregnancy(due=D(2026, 10, 1)),),
            children=(Child(key="", birth=D(2024, 1, 1), pregnancy_key=""),),
        ),
        Family(pregnancies=(Pregnancy(due=D(2027, 1, 1), maternity=MaternityOptions(weeks_moved_after_birth=5)),)),
    ],
)
def test_invalid_families_raise_input_error(family: Family, catalog: Catalog) -> None:
    with pytest.raises(InputError):
        validate_family(family, TODAY)
    with pytest.raises(InputError):
        build_journey(family, catalog, TODAY)


def test_events_are_sorted_and_carry_their_source(catalog: Catalog) -> None:
    journey = build_journey(Family(pregnancies=(Pregnancy(ddr=D(2026, 3, 2)),)), catalog, TODAY)
    keys = [(e.start, e.end, e.id) for e in journey.events]
    assert keys == sorted(keys)
    event: Event
    for event in journey.events:
        assert event.source.url.startswith("https://")
        assert event.title.render() and event.explanation.render()
        assert "%1" not in event.explanation.render()
    assert journey.rules_version == catalog.label()


def test_children_recorded_without_a_pregnancy(catalog: Catalog) -> None:
    # Rank and number of babies come from the recorded children (C. trav. L1225-18/19: 8 + 18 weeks from the 3rd
    # child, 12 + 22 for twins; L1225-35: 28 days for a multiple birth). Twins share one set of birth steps.
    third = Family(
        children=(
            Child(key="", birth=D(2020, 1, 10)),
            Child(key="child2", birth=D(2022, 6, 1)),
            Child(key="child3", birth=D(2026, 11, 1)),
        )
    )
    by_id = build_journey(third, catalog, TODAY).by_id()
    assert by_id["child3:leave.maternity"].explanation.args == ("8", "18")
    assert "child3:leave.paternity.notice" not in by_id  # no due date known: no notice to give
    twins = Family(children=(Child(key="", birth=D(2026, 11, 1)), Child(key="child2", birth=D(2026, 11, 1))))
    twin_ids = build_journey(twins, catalog, TODAY).by_id()
    assert twin_ids["leave.maternity"].explanation.args == ("12", "22")
    assert twin_ids["leave.paternity.remaining"].explanation.args == ("28",)
    assert "child2:leave.maternity" not in twin_ids
    assert {"child.exam.1", "child2:child.exam.1"} <= set(twin_ids)


def test_an_older_sibling_has_no_birth_steps(catalog: Catalog) -> None:
    # Birth steps of a child recorded without a pregnancy last its first year only (the longest, the congé
    # supplémentaire de naissance, ends at 9 months); a 2-year-old sibling brings only its own child steps.
    ids = set(build_journey(Family(children=(Child(key="", birth=D(2024, 5, 10)),)), catalog, TODAY).by_id())
    assert "child.exam.13" in ids
    assert not any(event_id.startswith(("leave.", "birth.", "postnatal.", "selftest.")) for event_id in ids)
