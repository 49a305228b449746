"""Properties that hold for thousands of random families (hypothesis): windows are ordered, ids are unique,
building twice gives the same journey, and invalid input raises only the engine's own error type."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parcours_app.core.errors import ParcoursError
from parcours_app.core.journey import build_journey
from parcours_app.core.model import BirthLeaveStart, Child, Family, MaternityOptions, Pregnancy, Region
from parcours_app.core.rules import load_catalog

CATALOG = load_catalog()
NEAR = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31))
ANY_DATE = st.one_of(NEAR, NEAR, NEAR, st.dates())  # mostly plausible, sometimes anything at all
SMALL = st.integers(min_value=-2, max_value=40)


@st.composite
def pregnancies(draw: st.DrawFn, key: str) -> Pregnancy:
    anchor = draw(NEAR)
    offset = st.integers(min_value=-20, max_value=20).map(lambda days: anchor + dt.timedelta(days=days))
    return Pregnancy(
        key=key,
        ddr=draw(st.none() | offset),
        cycle_length=draw(st.sampled_from([28, 28, 21, 35, 45, 10])),
        conception=draw(st.none() | offset.map(lambda d: d + dt.timedelta(days=14))),
        due=draw(st.none() | offset.map(lambda d: d + dt.timedelta(days=289)) | ANY_DATE),
        birth=draw(st.none() | offset.map(lambda d: d + dt.timedelta(days=draw(st.integers(100, 320)))) | ANY_DATE),
        multiple=draw(st.sampled_from([1, 1, 1, 2, 3, 4])),
        children_before=draw(st.integers(min_value=-1, max_value=6)),
        maternity=MaternityOptions(
            weeks_moved_after_birth=draw(st.sampled_from([0, 0, 0, 1, 3, 4])),
            weeks_moved_before_birth=draw(st.sampled_from([0, 0, 0, 2, 4, 5])),
            pathological_days_before=draw(st.sampled_from([0, 0, 7, 14, 15])),
            pathological_days_after=draw(st.sampled_from([0, 0, 10, 28, 30])),
            premature_hospitalised=draw(st.booleans()),
        ),
        newborn_hospital_days=draw(SMALL),
    )


@st.composite
def families(draw: st.DrawFn) -> Family:
    pregnancy_keys = draw(st.sampled_from([[], [""], ["pregnancy2"], ["", "pregnancy2"], ["", ""]]))
    child_keys = draw(st.sampled_from([[], [""], ["", "child2"], ["child2"], ["", ""]]))
    links = [None, *pregnancy_keys, "unknown"]
    children = tuple(
        Child(key=key, birth=draw(ANY_DATE), pregnancy_key=draw(st.sampled_from(links))) for key in child_keys
    )
    return Family(
        pregnancies=tuple(draw(pregnancies(key)) for key in pregnancy_keys),
        children=children,
        region=draw(st.sampled_from(list(Region))),
        birth_leave_start=draw(st.sampled_from(list(BirthLeaveStart))),
    )


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(families(), st.one_of(NEAR, st.dates()))
def test_random_families(family: Family, today: dt.date) -> None:
    try:
        journey = build_journey(family, CATALOG, today)
    except ParcoursError as error:
        assert error.render()  # invalid input: the engine's own error, with a message
        return
    ids = [event.id for event in journey.events]
    assert len(ids) == len(set(ids))
    assert all(event.start <= event.end for event in journey.events)
    keys = [(event.start, event.end, event.id) for event in journey.events]
    assert keys == sorted(keys)
    assert build_journey(family, CATALOG, today) == journey
