"""The rules behind the journey views, without Qt: status, filters, month grouping, marked days, stages.

Stage dates follow design.md section 4: "month k of pregnancy" = [DDG + (k-1) months, DDG + k months - 1 day],
months of life likewise from the birth, DPA = DDG + 9 months, and the 1000 days run from the first day of the 4th
month of pregnancy to the 2nd birthday. Expected dates are worked by hand in the comments.
"""

from __future__ import annotations

import datetime as dt

from parcours_app.core.journey_filters import (
    FilterGroup,
    JourneyFilter,
    StageKind,
    Status,
    SubjectKind,
    build_timeline,
    event_status,
    event_subject,
    family_subjects,
    filter_events,
    group_by_month,
    marked_days,
)
from parcours_app.core.model import Category, Child, Concern, Event, EventState, Family, Pregnancy, Source
from parcours_app.core.text import Text

D = dt.date
SOURCE = Source("ameli.fr", "https://www.ameli.fr/", D(2026, 11, 22))


def event(
    event_id: str,
    category: Category,
    start: dt.date,
    end: dt.date,
    mandatory: bool = True,
    subject_key: str = "",
    concerns: Concern = Concern.PARENTS,
    target: dt.date | None = None,
    catch_up: str = "until-birth",
) -> Event:
    return Event(
        id=event_id,
        rule_id=event_id.split(":")[-1],
        category=category,
        start=start,
        end=end,
        title=Text("Rules", event_id),
        explanation=Text("Rules", ""),
        mandatory=mandatory,
        estimated=False,
        source=SOURCE,
        concerns=concerns,
        subject_key=subject_key,
        target=target,
        catch_up=catch_up,
    )


EXAM = event("pregnancy.exam.5", Category.PREGNANCY, D(2026, 7, 15), D(2026, 8, 14))
SCAN = event(
    "pregnancy.ultrasound.2", Category.PREGNANCY, D(2026, 7, 19), D(2026, 8, 22), mandatory=False, target=D(2026, 8, 2)
)
DECLARATION = event("pregnancy.declaration", Category.ADMIN, D(2026, 3, 15), D(2026, 6, 20))
LEAVE = event("leave.maternity", Category.LEAVE, D(2026, 11, 3), D(2027, 2, 22))
VACCINE = event("child.vaccine.2m", Category.VACCINE, D(2027, 1, 15), D(2027, 2, 14), concerns=Concern.CHILD)


def test_status_done_wins_then_snooze_then_window() -> None:
    today = D(2026, 7, 1)
    assert event_status(EXAM, None, today) is Status.UPCOMING
    assert event_status(EXAM, None, D(2026, 7, 15)) is Status.OPEN  # the first day of the window
    assert event_status(EXAM, None, D(2026, 8, 14)) is Status.OPEN  # its last day
    assert event_status(EXAM, None, D(2026, 8, 15)) is Status.CATCH_UP  # mandatory, closed, not done
    assert event_status(SCAN, None, D(2026, 8, 23)) is Status.MISSED  # recommended only: not "late"
    done = EventState("pregnancy.exam.5", done_on=D(2026, 7, 20))
    assert event_status(EXAM, done, D(2026, 9, 1)) is Status.DONE
    snoozed = EventState("pregnancy.exam.5", snoozed_until=D(2026, 7, 20))
    assert event_status(EXAM, snoozed, D(2026, 7, 19)) is Status.SNOOZED
    # On the day the snooze ends the step is back to its own status.
    assert event_status(EXAM, snoozed, D(2026, 7, 20)) is Status.OPEN
    assert event_status(EXAM, EventState("pregnancy.exam.5", dismissed=True), today) is Status.DISMISSED


def test_the_past_is_a_question_and_only_a_step_still_doable_is_to_catch_up() -> None:
    after = D(2026, 8, 15)  # exam 5's window (15 July .. 14 August) closed the day before
    # the family started on 1 July: the deadline passed while it used the app, and the pregnancy runs on
    using = Family(pregnancies=(Pregnancy(ddr=D(2026, 1, 1)),), started_on=D(2026, 7, 1))
    assert event_status(EXAM, None, after, using) is Status.CATCH_UP
    # it started on 20 August: the window ended before, so it is a question, never late
    late_start = Family(pregnancies=(Pregnancy(ddr=D(2026, 1, 1)),), started_on=D(2026, 8, 20))
    assert event_status(EXAM, None, D(2026, 9, 1), late_start) is Status.PAST
    # a pregnancy added later than the family's start counts from the day it was added
    added = Family(pregnancies=(Pregnancy(ddr=D(2026, 1, 1), added_on=D(2026, 8, 20)),), started_on=D(2026, 1, 1))
    assert event_status(EXAM, None, D(2026, 9, 1), added) is Status.PAST
    # once the baby is born a prenatal exam cannot be caught up: a question, not "à rattraper"
    born = Family(
        pregnancies=(Pregnancy(ddr=D(2026, 1, 1), birth=D(2026, 9, 20)),),
        children=(Child(key="", birth=D(2026, 9, 20), pregnancy_key=""),),
        started_on=D(2026, 7, 1),
    )
    assert event_status(EXAM, None, D(2026, 9, 25), born) is Status.PAST
    # a vaccine can always be caught up; a leave period is never asked about; an information period never late
    vaccine = event("child.vaccine.2m", Category.VACCINE, D(2026, 11, 20), D(2026, 12, 19), catch_up="yes")
    assert event_status(vaccine, None, D(2027, 1, 5), born) is Status.CATCH_UP
    leave = event("leave.birth", Category.LEAVE, D(2026, 9, 21), D(2026, 9, 23), catch_up="no")
    assert event_status(leave, None, D(2026, 9, 25), born) is Status.MISSED
    info = event("pregnancy.full_coverage", Category.PREGNANCY, D(2026, 6, 1), D(2026, 10, 2), catch_up="information")
    assert event_status(info, None, D(2026, 10, 3), born) is Status.MISSED


def test_filters_by_group_obligation_and_day() -> None:
    events = [DECLARATION, EXAM, SCAN, LEAVE, VACCINE]
    only_leave_and_admin = JourneyFilter(groups=frozenset({FilterGroup.LEAVE, FilterGroup.ADMIN}))
    assert filter_events(events, only_leave_and_admin) == [DECLARATION, LEAVE]
    assert filter_events(events, JourneyFilter(groups=frozenset({FilterGroup.CHILD}))) == [VACCINE]
    assert SCAN not in filter_events(events, JourneyFilter(mandatory_only=True))
    # 20 July 2026 is inside exam 5 (15 July .. 14 August) and the scan (19 July .. 22 August) only.
    assert filter_events(events, JourneyFilter(day=D(2026, 7, 20))) == [EXAM, SCAN]
    # A day with an appointment booked for a step outside its window still shows that step.
    booked = JourneyFilter(day=D(2026, 9, 2), booked_event_days={"pregnancy.exam.5": frozenset({D(2026, 9, 2)})})
    assert filter_events(events, booked) == [EXAM]
    assert JourneyFilter().is_default
    assert not only_leave_and_admin.is_default


def test_group_by_month_of_the_opening_day() -> None:
    groups = group_by_month([LEAVE, SCAN, DECLARATION, EXAM])
    assert [(month, [item.id for item in items]) for month, items in groups] == [
        (D(2026, 3, 1), ["pregnancy.declaration"]),
        (D(2026, 7, 1), ["pregnancy.exam.5", "pregnancy.ultrasound.2"]),
        (D(2026, 11, 1), ["leave.maternity"]),
    ]


def test_marked_days_are_openings_endings_targets_and_appointments() -> None:
    counts = marked_days([EXAM, SCAN], [D(2026, 7, 15)])
    assert counts == {
        D(2026, 7, 15): 2,  # exam 5 opens, and an appointment
        D(2026, 8, 14): 1,
        D(2026, 7, 19): 1,
        D(2026, 8, 22): 1,
        D(2026, 8, 2): 1,  # the scan's ideal day (22 SA)
    }


def test_timeline_of_a_birth_on_the_due_date() -> None:
    # DDG 15 March 2026, DPA = DDG + 9 months = 15 December 2026.
    timeline = build_timeline(D(2026, 3, 15), D(2026, 12, 15), birth_is_estimated=True)
    months = [stage for stage in timeline.stages if stage.kind is StageKind.PREGNANCY_MONTH]
    assert len(months) == 9
    assert (months[0].start, months[0].end) == (D(2026, 3, 15), D(2026, 4, 14))
    assert (months[3].start, months[3].end) == (D(2026, 6, 15), D(2026, 7, 14))
    assert (months[8].start, months[8].end) == (D(2026, 11, 15), D(2026, 12, 14))
    ages = [stage for stage in timeline.stages if stage.kind is StageKind.CHILD_AGE]
    assert [(stage.start, stage.end) for stage in ages] == [
        (D(2026, 12, 15), D(2027, 3, 14)),  # 0-3 months
        (D(2027, 3, 15), D(2027, 6, 14)),
        (D(2027, 6, 15), D(2027, 12, 14)),
        (D(2027, 12, 15), D(2028, 12, 14)),  # 1-2 years
        (D(2028, 12, 15), D(2029, 12, 14)),
    ]
    assert (timeline.thousand_days_start, timeline.thousand_days_end) == (D(2026, 6, 15), D(2028, 12, 15))
    stage = timeline.stage_on(D(2026, 7, 1))
    assert stage is not None and str(stage.description) == "4e mois de grossesse"


def test_timeline_of_an_early_and_of_a_late_birth() -> None:
    early = build_timeline(D(2026, 3, 15), D(2026, 11, 20), birth_is_estimated=False)
    ninth = [stage for stage in early.stages if stage.kind is StageKind.PREGNANCY_MONTH][-1]
    assert (ninth.start, ninth.end) == (D(2026, 11, 15), D(2026, 11, 19))  # clipped the day before the birth
    late = build_timeline(D(2026, 3, 15), D(2026, 12, 20), birth_is_estimated=False)
    after_term = [stage for stage in late.stages if stage.kind is StageKind.AFTER_TERM]
    assert [(stage.start, stage.end) for stage in after_term] == [(D(2026, 12, 15), D(2026, 12, 19))]


def test_subjects_follow_the_engine_keys() -> None:
    # Léa, at home, has the empty key; the pregnancy too, so its birth and baby events are keyed "pregnancy1"
    # (core.journey docstring).
    family = Family(
        pregnancies=(Pregnancy(due=D(2026, 12, 15)),),
        children=(Child(key="", birth=D(2024, 5, 10), name="Léa"),),
    )
    assert [(subject.kind, subject.key, str(subject.label)) for subject in family_subjects(family)] == [
        (SubjectKind.PREGNANCY, "", "Grossesse"),
        (SubjectKind.CHILD, "", "Léa"),
    ]
    pregnancy, lea = (SubjectKind.PREGNANCY, ""), (SubjectKind.CHILD, "")
    assert event_subject(EXAM, family) == pregnancy
    baby_exam = event(
        "pregnancy1:child.exam.1", Category.CHILD, D(2026, 12, 15), D(2026, 12, 23), subject_key="pregnancy1"
    )
    assert event_subject(baby_exam, family) == pregnancy
    lea_exam = event("child.exam.12", Category.CHILD, D(2026, 4, 10), D(2026, 6, 9))
    assert event_subject(lea_exam, family) == lea
    assert event_subject(LEAVE, family) == lea  # Léa's own (past) leave carries her key
    only_lea = JourneyFilter(subject=lea)
    assert filter_events([EXAM, baby_exam, lea_exam], only_lea, family) == [lea_exam]
