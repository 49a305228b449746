"""What the journey views show: filters, month grouping, an event's status and the stages of the timeline.

These are rules (which category belongs to which filter, when a step is late, where a stage of life starts), so
they live here, without Qt, and the views in `ui/journey` only display their answers.

Month and stage arithmetic follows docs/RULES.md sections 1 and 6: "month k of pregnancy" is
[DDG + (k-1) months, DDG + k months - 1 day], months of life likewise from the birth, and the 1000 days run from
the first day of the 4th month of pregnancy to the 2nd birthday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from .model import Category, Concern, Event, EventState, Family, Journey
from .text import Text, tr_noop

_CONTEXT = "JourneyFilters"


class FilterGroup(StrEnum):
    """The four families of steps a person can show or hide."""

    PREGNANCY = "pregnancy"  # the pregnancy and the care after it
    LEAVE = "leave"
    CHILD = "child"  # the child's exams, vaccines and milestones
    ADMIN = "admin"  # démarches


FILTER_GROUP_OF_CATEGORY: Mapping[Category, FilterGroup] = {
    Category.PREGNANCY: FilterGroup.PREGNANCY,
    Category.POSTNATAL: FilterGroup.PREGNANCY,
    Category.SELFTEST: FilterGroup.PREGNANCY,
    Category.LEAVE: FilterGroup.LEAVE,
    Category.CHILD: FilterGroup.CHILD,
    Category.VACCINE: FilterGroup.CHILD,
    Category.MILESTONE: FilterGroup.CHILD,
    Category.ADMIN: FilterGroup.ADMIN,
}


class SubjectKind(StrEnum):
    PREGNANCY = "pregnancy"
    CHILD = "child"


@dataclass(frozen=True, slots=True)
class Subject:
    """A pregnancy or a child of the family, as the per-person filter offers it.

    Keys alone are ambiguous (the first pregnancy and the first child both have the empty key), so a subject is
    the pair (kind, key).
    """

    kind: SubjectKind
    key: str
    label: Text


def event_subject_kind(event: Event) -> SubjectKind:
    """Whether an event belongs to a child (its exams, vaccines, school) or to a pregnancy (everything else)."""
    if event.category in (Category.CHILD, Category.VACCINE) or event.concerns is Concern.CHILD:
        return SubjectKind.CHILD
    if event.rule_id.startswith("child."):
        return SubjectKind.CHILD
    return SubjectKind.PREGNANCY


def family_subjects(family: Family) -> list[Subject]:
    """Pregnancies still running, then children, in the order they were added."""
    subjects: list[Subject] = []
    born_from = {child.pregnancy_key for child in family.children if child.pregnancy_key is not None}
    several = len(family.pregnancies) > 1
    for number, pregnancy in enumerate(family.pregnancies, start=1):
        ended = pregnancy.birth is not None or pregnancy.key in born_from
        if several:
            if ended:
                label = Text(_CONTEXT, "Grossesse %1 (terminée)", (str(number),))
            else:
                label = Text(_CONTEXT, "Grossesse %1", (str(number),))
        elif ended:
            label = Text(_CONTEXT, "Grossesse (terminée)")
        else:
            label = Text(_CONTEXT, "Grossesse")
        subjects.append(Subject(SubjectKind.PREGNANCY, pregnancy.key, label))
    for number, child in enumerate(family.children, start=1):
        label = Text(_CONTEXT, "%1", (child.name,)) if child.name else Text(_CONTEXT, "Enfant %1", (str(number),))
        subjects.append(Subject(SubjectKind.CHILD, child.key, label))
    return subjects


def event_subject(event: Event, family: Family) -> tuple[SubjectKind, str]:
    """Which pregnancy or child of the family an event belongs to, as (kind, key).

    Follows the engine's keys (core.journey): pregnancy rules carry the pregnancy's key; the birth and baby rules
    of a pregnancy carry its key too, or "pregnancy1" when a child at home already has the empty key; a child's
    rules carry the child's key. So: a "pregnancy." rule belongs to its pregnancy; any other event whose key is a
    child's key belongs to that child (its exams, its déclaration de naissance, the leave around it); the rest
    (the baby not born yet) belongs to the pregnancy whose baby events use that key.
    """
    key = event.subject_key
    if event.rule_id.startswith("pregnancy."):
        return (SubjectKind.PREGNANCY, key)
    if any(child.key == key for child in family.children):
        return (SubjectKind.CHILD, key)
    at_home = {child.key for child in family.children if child.pregnancy_key is None}
    for pregnancy in family.pregnancies:
        baby_key = (pregnancy.key or "pregnancy1") if pregnancy.key in at_home else pregnancy.key
        if key == baby_key:
            return (SubjectKind.PREGNANCY, pregnancy.key)
    return (event_subject_kind(event), key)


@dataclass(frozen=True, slots=True)
class JourneyFilter:
    """What the person chose to see. The default shows everything."""

    groups: frozenset[FilterGroup] = frozenset(FilterGroup)
    mandatory_only: bool = False
    subject: tuple[SubjectKind, str] | None = None  # (kind, key) of one pregnancy or child
    day: dt.date | None = None  # only the steps open on that day (a day picked in the month view)
    # days of the appointments booked for each event id: a picked day also shows the steps booked on it
    booked_event_days: Mapping[str, frozenset[dt.date]] | None = None

    def accepts(self, event: Event, family: Family | None = None) -> bool:
        """`family` tells whose event it is for the per-person filter (without it, the event's own key is used)."""
        if FILTER_GROUP_OF_CATEGORY.get(event.category, FilterGroup.ADMIN) not in self.groups:
            return False
        if self.mandatory_only and not event.mandatory:
            return False
        if self.subject is not None:
            owner = (
                event_subject(event, family) if family is not None else (event_subject_kind(event), event.subject_key)
            )
            if owner != self.subject:
                return False
        if self.day is not None:
            booked = self.booked_event_days.get(event.id, frozenset()) if self.booked_event_days else frozenset()
            if not event.is_open_on(self.day) and self.day not in booked:
                return False
        return True

    @property
    def is_default(self) -> bool:
        return self == JourneyFilter()


def filter_events(events: Iterable[Event], journey_filter: JourneyFilter, family: Family | None = None) -> list[Event]:
    return [event for event in events if journey_filter.accepts(event, family)]


def month_of(event: Event) -> dt.date:
    """The month an event is listed under: the month its window opens (first day of that month)."""
    return event.start.replace(day=1)


def group_by_month(events: Iterable[Event]) -> list[tuple[dt.date, list[Event]]]:
    """Events grouped under the first day of the month they open, months in order, events in journey order."""
    groups: dict[dt.date, list[Event]] = {}
    for event in sorted(events, key=lambda item: (item.start, item.end, item.id)):
        groups.setdefault(month_of(event), []).append(event)
    return sorted(groups.items())


def marked_days(events: Iterable[Event], extra_days: Iterable[dt.date] = ()) -> dict[dt.date, int]:
    """Days worth a mark in the month view, with how many steps open, end or are aimed at that day.

    Marking every day of every window would cover the whole calendar (the 100 % coverage lasts months), so only
    the day a window opens, its last day and its ideal day are marked; booked appointments are marked too.
    """
    counts: dict[dt.date, int] = {}
    for event in events:
        for day in {event.start, event.end, *((event.target,) if event.target else ())}:
            counts[day] = counts.get(day, 0) + 1
    for day in extra_days:
        counts[day] = counts.get(day, 0) + 1
    return counts


# --- Status -------------------------------------------------------------------------------------------


class Status(StrEnum):
    DONE = "done"
    DISMISSED = "dismissed"  # put out of the way ("Je ne sais pas" to the question about the past, or by hand)
    SNOOZED = "snoozed"  # put off until a day still to come
    CATCH_UP = "catch-up"  # "à rattraper": mandatory, can still be done, its deadline passed while using the app
    PAST = "past"  # its window ended before the family used the app (or the birth made it moot): a question
    MISSED = "missed"  # its window has closed and it is not a to-do any more ("passée")
    OPEN = "open"  # the window is open today
    UPCOMING = "upcoming"


# Past steps the question "les avez-vous faites ?" is about: the to-dos. Leave periods, self-test suggestions and
# information periods are lived or read, not done, so once past they are only "passées".
_NOT_ASKED = frozenset({Category.LEAVE, Category.SELFTEST})


def usage_start(event: Event, family: Family) -> dt.date | None:
    """The day the family started following this step in the app: the later of the family's start and the day
    its pregnancy or child was added. None when neither is known (read as "today": everything past is a question)."""
    kind, key = event_subject(event, family)
    added: dt.date | None = None
    if kind is SubjectKind.PREGNANCY:
        added = next((p.added_on for p in family.pregnancies if p.key == key), None)
    else:
        added = next((c.added_on for c in family.children if c.key == key), None)
    known = [day for day in (family.started_on, added) if day is not None]
    return max(known) if known else None


def pregnancy_ended(event: Event, family: Family, today: dt.date) -> bool:
    """Whether the pregnancy a prenatal step belongs to has ended (its birth is recorded, on or before today)."""
    if not event.rule_id.startswith("pregnancy."):
        return False
    key = event.subject_key
    for pregnancy in family.pregnancies:
        if pregnancy.key == key and pregnancy.birth is not None and pregnancy.birth <= today:
            return True
    return any(child.pregnancy_key == key and child.birth <= today for child in family.children)


def can_catch_up(event: Event, family: Family | None, today: dt.date) -> bool:
    """A late step that can still be done now (catch-up.toml): a vaccine yes, a prenatal exam only before the birth."""
    if event.catch_up == "yes":
        return True
    if event.catch_up == "until-birth":
        return family is None or not pregnancy_ended(event, family, today)
    return False


def is_information(event: Event) -> bool:
    """A period to know about (100 % coverage, the 1000 days): never a to-do, never late, never an alarm."""
    return event.catch_up == "information"


def past_status(event: Event, family: Family | None, today: dt.date) -> Status:
    """The status of a step whose window has closed and that the person has not marked (design.md section 5).

    - never "late" when the window ended before the family used the app, or when the birth made a prenatal
      step moot: such a to-do is a question (PAST) until answered;
    - "à rattraper" (CATCH_UP) only for a mandatory step that can still be done and whose deadline passed while
      the family used the app;
    - anything else is simply past (MISSED).
    """
    if is_information(event):
        return Status.MISSED
    asked = event.category not in _NOT_ASKED
    if family is not None:
        if pregnancy_ended(event, family, today) and not can_catch_up(event, family, today):
            return Status.PAST if asked else Status.MISSED
        start = usage_start(event, family)
        if start is None or event.end < start:
            return Status.PAST if asked else Status.MISSED
    if event.mandatory and can_catch_up(event, family, today):
        return Status.CATCH_UP
    return Status.MISSED


def event_status(event: Event, state: EventState | None, today: dt.date, family: Family | None = None) -> Status:
    """The one status shown next to a step. Done wins; a snooze only counts while its day is still ahead.

    `family` tells when the family started using the app (see `past_status`); without it a closed window is
    "à rattraper" when the step is mandatory and can be caught up, else past.
    """
    if state is not None and state.done_on is not None:
        return Status.DONE
    if state is not None and state.dismissed:
        return Status.DISMISSED
    if state is not None and state.snoozed_until is not None and state.snoozed_until > today:
        return Status.SNOOZED
    if event.end < today:
        return past_status(event, family, today)
    if event.start <= today:
        return Status.OPEN
    return Status.UPCOMING


# --- Timeline of the stages -------------------------------------------------------------------------


class StageKind(StrEnum):
    PREGNANCY_MONTH = "pregnancy-month"
    AFTER_TERM = "after-term"  # a birth after the due date
    CHILD_AGE = "child-age"


@dataclass(frozen=True, slots=True)
class Stage:
    kind: StageKind
    label: Text  # short label drawn in the band
    description: Text  # long label for screen readers and tooltips
    start: dt.date
    end: dt.date  # inclusive


@dataclass(frozen=True, slots=True)
class Timeline:
    """The stages of one pregnancy and the child it brings, with the 1000 days and the birth."""

    stages: tuple[Stage, ...]
    conception: dt.date
    birth: dt.date  # the real birth, or the due date while the child is not born
    birth_is_estimated: bool
    thousand_days_start: dt.date
    thousand_days_end: dt.date  # the 2nd birthday (inclusive, as the engine's milestone.1000days)

    def stage_on(self, day: dt.date) -> Stage | None:
        for stage in self.stages:
            if stage.start <= day <= stage.end:
                return stage
        return None


def _ordinal_month(number: int) -> Text:
    if number == 1:
        return Text(_CONTEXT, "1er mois")
    return Text(_CONTEXT, "%1e mois", (str(number),))


_CHILD_STAGES: Sequence[tuple[int, int, str, str]] = (
    # (first month of life, month after the last, short label, long label); tr_noop so the extractor finds them
    (0, 3, tr_noop(_CONTEXT, "0–3 mois"), tr_noop(_CONTEXT, "de la naissance à 3 mois")),
    (3, 6, tr_noop(_CONTEXT, "3–6 mois"), tr_noop(_CONTEXT, "de 3 à 6 mois")),
    (6, 12, tr_noop(_CONTEXT, "6–12 mois"), tr_noop(_CONTEXT, "de 6 mois à 1 an")),
    (12, 24, tr_noop(_CONTEXT, "1–2 ans"), tr_noop(_CONTEXT, "de 1 à 2 ans")),
    (24, 36, tr_noop(_CONTEXT, "2–3 ans"), tr_noop(_CONTEXT, "de 2 à 3 ans")),
)


def build_timeline(conception: dt.date, birth: dt.date, birth_is_estimated: bool) -> Timeline:
    """Nine months of pregnancy (clipped at an early birth), the wait after the term, then five stages of life.

    The due date is DDG + 9 months, so the 9th month ends the day before it; a later birth adds an "after the
    term" stage so no day of the pregnancy is left out.
    """
    stages: list[Stage] = []
    for number in range(1, 10):
        start = conception + relativedelta(months=number - 1)
        end = conception + relativedelta(months=number) - dt.timedelta(days=1)
        if start >= birth:
            break
        end = min(end, birth - dt.timedelta(days=1))
        label = _ordinal_month(number)
        description = Text(_CONTEXT, "%1e mois de grossesse", (str(number),))
        if number == 1:
            description = Text(_CONTEXT, "1er mois de grossesse")
        stages.append(Stage(StageKind.PREGNANCY_MONTH, label, description, start, end))
    term = conception + relativedelta(months=9)
    if birth > term:
        stages.append(
            Stage(
                StageKind.AFTER_TERM,
                Text(_CONTEXT, "Terme"),
                Text(_CONTEXT, "après le terme, jusqu'à la naissance"),
                term,
                birth - dt.timedelta(days=1),
            )
        )
    for first, last, short, long in _CHILD_STAGES:
        start = birth + relativedelta(months=first)
        end = birth + relativedelta(months=last) - dt.timedelta(days=1)
        stages.append(Stage(StageKind.CHILD_AGE, Text(_CONTEXT, short), Text(_CONTEXT, long), start, end))
    return Timeline(
        stages=tuple(stages),
        conception=conception,
        birth=birth,
        birth_is_estimated=birth_is_estimated,
        thousand_days_start=conception + relativedelta(months=3),
        thousand_days_end=birth + relativedelta(years=2),
    )


def journey_timeline(journey: Journey, subject: tuple[SubjectKind, str] | None = None) -> Timeline | None:
    """The timeline of the chosen pregnancy or child, or of the family's latest one when none is chosen.

    A child with no tracked pregnancy gets a conception estimated as birth - 9 months (docs/RULES.md section 2:
    DDG = DPA - 9 months when only the DPA is known).
    """
    family = journey.family
    pregnancy_key: str | None = None
    child_birth: dt.date | None = None
    if subject is not None and subject[0] is SubjectKind.PREGNANCY:
        pregnancy_key = subject[1]
    elif subject is not None:
        child = next((item for item in family.children if item.key == subject[1]), None)
        if child is None:
            return None
        pregnancy_key = child.pregnancy_key
        child_birth = child.birth
    else:
        latest_pregnancy = family.pregnancies[-1] if family.pregnancies else None
        latest_child = max(family.children, key=lambda item: item.birth) if family.children else None
        if latest_pregnancy is not None and latest_pregnancy.key in journey.dates:
            pregnancy_key = latest_pregnancy.key
            dates = journey.dates[pregnancy_key]
            if latest_child is not None and dates.birth is None and latest_child.birth > dates.due:
                pregnancy_key, child_birth = latest_child.pregnancy_key, latest_child.birth
        elif latest_child is not None:
            pregnancy_key, child_birth = latest_child.pregnancy_key, latest_child.birth
    if pregnancy_key is not None and pregnancy_key in journey.dates:
        dates = journey.dates[pregnancy_key]
        birth = child_birth or dates.birth
        return build_timeline(dates.conception, birth or dates.due, birth_is_estimated=birth is None)
    if child_birth is not None:
        return build_timeline(child_birth - relativedelta(months=9), child_birth, birth_is_estimated=False)
    return None


def past_step_ids(journey: Journey, today: dt.date) -> tuple[str, ...]:
    """The steps whose window ended before `today`: what a nurse ticks as "already done" when she types the dates of
    a woman met at 22 SA (issue 17), and what a sample family at the reception screen has obviously done."""
    return tuple(event.id for event in journey.events if event.end < today)


def child_label(event: Event, family: Family) -> Text | None:
    """Whose step it is, when the family has several children: the child's first name, or "Enfant 2" without one.

    Added to a step's title in the app, the PDF plan and the calendar file ("Examen des 8 jours — Sacha"), so
    twins' or siblings' steps are never two identical lines. None for a step of a pregnancy or of an only child.
    """
    if len(family.children) < 2 or event_subject_kind(event) is not SubjectKind.CHILD:
        return None  # a birth's steps (déclaration, leave) are the parents', for all the babies at once
    kind, key = event_subject(event, family)
    if kind is not SubjectKind.CHILD:
        return None
    for number, child in enumerate(family.children, start=1):
        if child.key == key:
            if child.name:
                return Text(_CONTEXT, "%1", (child.name,))
            return Text(_CONTEXT, "Enfant %1", (str(number),))
    return None
