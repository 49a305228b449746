"""Property: any contents the app can hold survive store -> export JSON -> import -> store unchanged.

"Can hold" is what core.validation accepts (the forms' own checks, issue 14): the strategies build valid families
(typed dates only, no birth to agree with), trimmed named places, and self-tests whose band is their score's.
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parcours_app.core.epds import score
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
from parcours_app.core.validation import SENT_REMINDERS_SETTING
from parcours_app.storage import open_memory_store
from parcours_app.storage.contents import StoreContents
from parcours_app.storage.transfer import contents_to_document, parse_document

# Any Unicode text except NUL (refused on import) and lone surrogates (not encodable in UTF-8).
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
moments = st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 12, 31, 23, 59, 59))
small = st.integers(0, 3)

pregnancies = st.builds(
    Pregnancy,
    key=texts,
    ddr=st.none() | dates,
    cycle_length=st.integers(20, 45),
    multiple=st.integers(1, 3),
    children_before=st.integers(0, 5),
    maternity=st.builds(
        MaternityOptions, st.just(0), st.just(0), st.integers(0, 14), st.integers(0, 28), st.booleans()
    ),
    newborn_hospital_days=st.integers(0, 60),
).filter(lambda pregnancy: pregnancy.ddr is not None)
children = st.builds(Child, key=texts, birth=dates, name=texts, pregnancy_key=st.none(), premature=st.booleans())
families = st.builds(
    Family,
    pregnancies=st.lists(pregnancies, max_size=3, unique_by=lambda p: p.key).map(tuple),
    children=st.lists(children, max_size=4, unique_by=lambda c: c.key).map(tuple),
    region=st.sampled_from(Region),
    birth_leave_start=st.sampled_from(BirthLeaveStart),
    parent1_name=texts,
    parent2_name=texts,
    parent1_salaried=st.none() | st.booleans(),
    parent2_salaried=st.none() | st.booleans(),
)
states = st.builds(
    EventState,
    event_id=texts.filter(bool),
    done_on=st.none() | dates,
    snoozed_until=st.none() | dates,
    dismissed=st.booleans(),
    note=texts,
)
answers = st.lists(small, min_size=10, max_size=10).map(tuple)
results = st.builds(
    lambda answers, moment, who: SelfTestResult(None, moment, who, answers, sum(answers), score(answers).band.value),
    answers,
    moments,
    st.sampled_from(Respondent),
)
trimmed = texts.map(str.strip)
places = st.one_of(
    st.builds(
        Place,
        id=st.none(),
        kind=st.sampled_from([kind for kind in PlaceKind if kind is not PlaceKind.MAISON_1000_JOURS]),
        name=trimmed.filter(bool),
        address=trimmed,
        note=trimmed,
    ),
    st.builds(
        Place,
        id=st.none(),
        kind=st.just(PlaceKind.MAISON_1000_JOURS),
        name=trimmed.filter(bool),
        address=trimmed,
        note=trimmed,
        services=st.lists(st.tuples(st.sampled_from(MaisonComponent), trimmed.filter(bool)), max_size=3).map(tuple),
    ),
)
appointments = st.builds(
    Appointment,
    id=st.none(),
    starts_at=moments,
    title=texts,
    event_id=st.none() | texts,
    place=texts,
    note=texts,
    duration_minutes=st.integers(0, 600),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    family=st.none() | families,
    event_states=st.lists(states, max_size=8, unique_by=lambda s: s.event_id),
    appointment_list=st.lists(appointments, max_size=3),
    result_list=st.lists(results, max_size=3),
    place_list=st.lists(places, max_size=3),
    setting_map=st.dictionaries(
        texts.filter(lambda key: bool(key) and key != SENT_REMINDERS_SETTING), texts, max_size=4
    ),
)
def test_store_export_import_store_is_the_identity(
    family: Family | None,
    event_states: list[EventState],
    appointment_list: list[Appointment],
    result_list: list[SelfTestResult],
    place_list: list[Place],
    setting_map: dict[str, str],
) -> None:
    with open_memory_store() as first:
        first.replace_contents(
            StoreContents(
                family=family,
                event_states=tuple(event_states),
                appointments=tuple(appointment_list),
                selftest_results=tuple(result_list),
                places=tuple(place_list),
                settings=setting_map,
            )
        )
        saved = first.contents()
    assert saved.family == family
    assert len(saved.event_states) == len(event_states) and len(saved.places) == len(place_list)
    document = contents_to_document(saved, dt.datetime(2026, 11, 22, 10, 0))
    text = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    imported = parse_document(text)
    assert imported == saved
    with open_memory_store() as second:
        second.replace_contents(imported)
        assert second.contents() == saved
