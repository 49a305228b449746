"""What every export shares: the request (`ExportRequest`: which events, in which language, with which marks),
which events a selection keeps, how a window reads, and the calendar id.

Each export builds its document from a journey and a request, then writes the built object:
`ics.save_calendar(ics.build_calendar(journey, request, now=...), path)` for the phone's calendar,
`plan_pdf.write_plan_pdf(plan.build_plan(journey, request, produced_on=...), path)` for the printed plan. The
command line (`cli.py`) and the GUI (`ui/export_dialogs.py`) both call them so.

This module imports no Qt and no other export module: the writers import it, never the other way.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from parcours_app.core.errors import InputError
from parcours_app.core.formatting import format_date as _format_date
from parcours_app.core.helplines import Helpline
from parcours_app.core.journey_filters import SubjectKind, event_subject_kind
from parcours_app.core.model import Appointment, Category, Event, EventState, Journey, Place
from parcours_app.core.reminders import DEFAULT_LEAD_MINUTES
from parcours_app.core.text import Text, Translate, identity_translate


@lru_cache(maxsize=4096)
def format_date(day: dt.date, language: str, style: str = "long") -> str:
    """core.formatting.format_date, remembered: an export writes the same few dates hundreds of times."""
    return _format_date(day, language, style)


DEFAULT_ALARM_MINUTES: tuple[int, ...] = DEFAULT_LEAD_MINUTES
"""Reminder lead times in minutes, as the settings and core.reminders store them: a week and a day before."""

CALENDAR_ID_SETTING = "export.calendar_id"
"""Settings key of the family's random calendar id (see `calendar_id_from_settings`)."""

FALLBACK_CALENDAR_ID = "famille"
"""Used only when a caller has no stored id: stable, but shared by every family exported without one."""


class SettingsStore(Protocol):
    """The part of storage.FamilyStore this module needs (export does not import storage)."""

    def settings(self) -> dict[str, str]: ...

    def set_setting(self, key: str, value: str) -> None: ...


def new_calendar_id() -> str:
    """A random id with no personal data in it: 16 hex digits."""
    return secrets.token_hex(8)


def calendar_id_from_settings(store: SettingsStore) -> str:
    """The family's calendar id, created and saved on first use.

    The UIDs of exported events are built from it, so it must never change for a family: a phone that imported an
    earlier export then updates its events instead of duplicating them. It is random, so a UID tells nothing
    about the family.
    """
    stored = store.settings().get(CALENDAR_ID_SETTING, "").strip()
    if stored:
        return stored
    created = new_calendar_id()
    store.set_setting(CALENDAR_ID_SETTING, created)
    return created


@dataclass(frozen=True, slots=True)
class Selection:
    """What the person chose to export: everything, the mandatory steps only, and/or one child's steps."""

    mandatory_only: bool = False
    child_key: str | None = None


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What one export of the journey contains and says, shared by the calendar file, the printed plan and the
    one-page consultation sheet. Each builder reads the fields it needs: the calendar (`ics.build_calendar`) all but
    `places` and `helplines`; the full plan (`plan.build_plan`) all of them; the consultation sheet
    (`consultation_plan.build_consultation_plan`) the language, marks and helplines only (it is the whole family's).

    `states` are the person's marks (done, put aside) by event id; `appointments` the booked ones, kept when the
    events they fulfil are (`select_appointments`); `places` the directory's contacts printed on the plan;
    `helplines` None for the app's own list (core.helplines).
    """

    selection: Selection = Selection()
    language: str = "fr"
    translate: Translate = identity_translate
    states: Mapping[str, EventState] = field(default_factory=dict)
    appointments: Sequence[Appointment] = ()
    places: Sequence[Place] = ()
    helplines: Sequence[Helpline] | None = None


@dataclass(frozen=True, slots=True)
class ChildSubject:
    """A child as the "one child" choice sees it: a registered child, or the baby of a pregnancy (not born yet,
    or born but not entered as a child), whose exams and vaccines the journey already dates."""

    key: str
    name: str  # "" when unknown
    pregnancy_key: str | None  # the pregnancy it comes from, when tracked
    registered: bool  # a `Child` of the family


def child_subjects(journey: Journey) -> list[ChildSubject]:
    """Registered children first, then any other subject key that has child steps (the expected baby)."""
    subjects = [ChildSubject(child.key, child.name, child.pregnancy_key, True) for child in journey.family.children]
    known = {subject.key for subject in subjects}
    for event in journey.events:
        if event_subject_kind(event) is SubjectKind.CHILD and event.subject_key not in known:
            known.add(event.subject_key)
            pregnancy_key = event.subject_key if event.subject_key in journey.dates else None
            subjects.append(ChildSubject(event.subject_key, event.subject_name, pregnancy_key, False))
    return subjects


def find_child(journey: Journey, child_key: str) -> ChildSubject:
    """The child chosen by its key; InputError naming the keys that exist."""
    subjects = child_subjects(journey)
    for subject in subjects:
        if subject.key == child_key:
            return subject
    if not subjects:
        raise InputError(
            Text("Export", "Ce parcours n’a aucune étape d’enfant : exportez-le en entier, sans choisir d’enfant.")
        )
    known = ", ".join(f"« {subject.key} »" + (f" ({subject.name})" if subject.name else "") for subject in subjects)
    raise InputError(Text("Export", "Aucun enfant n’a la clé « %1 ». Clés connues : %2.", (child_key, known)))


def belongs_to_child(event: Event, child: ChildSubject) -> bool:
    """The child's own exams, vaccines and milestones, plus the pregnancy it comes from (its leave, démarches).

    Keys of the first child and of the first pregnancy are both "", so the kind of subject (the same rule as the
    journey views' per-person filter, core.journey_filters) tells them apart.
    """
    if event_subject_kind(event) is SubjectKind.CHILD:
        return event.subject_key == child.key
    return child.pregnancy_key is not None and event.subject_key == child.pregnancy_key


def is_fixed_leave(event: Event) -> bool:
    """A leave the law dates (maternity, the 3 birth days, the 4 mandatory paternity days): days spent away.

    A leave the parent may take within a window (the remaining paternity days, the supplementary birth leave)
    is a window like any other: drawn as one bar over six months it would read as six months away.
    """
    return event.category is Category.LEAVE and event.mandatory


def select_events(journey: Journey, selection: Selection) -> list[Event]:
    """The journey's events kept by the selection, in the journey's order. Raises InputError for an unknown child."""
    child = find_child(journey, selection.child_key) if selection.child_key is not None else None
    kept: list[Event] = []
    for event in journey.events:
        if selection.mandatory_only and not event.mandatory:
            continue
        if child is not None and not belongs_to_child(event, child):
            continue
        kept.append(event)
    return kept


def select_appointments(
    appointments: Sequence[Appointment], kept_events: Sequence[Event], selection: Selection
) -> list[Appointment]:
    """Booked appointments follow the events they fulfil; unlinked ones go only with a full export."""
    kept_ids = {event.id for event in kept_events}
    full_export = not selection.mandatory_only and selection.child_key is None
    chosen = [
        appointment
        for appointment in appointments
        if (appointment.event_id in kept_ids) or (appointment.event_id is None and full_export)
    ]
    return sorted(chosen, key=lambda appointment: (appointment.starts_at, appointment.id or 0))


def selected(journey: Journey, request: ExportRequest) -> tuple[list[Event], list[Appointment]]:
    """The journey's events the request's selection keeps, and the booked appointments that go with them."""
    events = select_events(journey, request.selection)
    return events, select_appointments(request.appointments, events, request.selection)


def window_text(event: Event, language: str, translate: Translate) -> str:
    """ "le 3 mars 2027" or "du 3 mars au 2 avril 2027", in the chosen language."""
    if event.start == event.end:
        return Text("Export", "le %1", (format_date(event.start, language),)).render(translate)
    return Text("Export", "du %1 au %2", (format_date(event.start, language), format_date(event.end, language))).render(
        translate
    )


def advice_line(advice: str, translate: Translate) -> str:
    """ "Conseil : …", unless the rule's advice already starts with that word."""
    prefix = Text("Export", "Conseil : %1", ("",)).render(translate).strip()
    if advice.lower().startswith(prefix.rstrip(" :").lower()):
        return advice
    return Text("Export", "Conseil : %1", (advice,)).render(translate)


def subject_suffix(event: Event, journey: Journey, translate: Translate | None = None) -> str:
    """ " — Léa" (or " — Enfant 2" without a name) when the family has several children and the event is one
    child's: titles in the app, the PDF and the phone stay unambiguous (core.journey_filters.child_label)."""
    from parcours_app.core.journey_filters import child_label

    who = child_label(event, journey.family)
    if who is None:
        return ""
    return f" — {who.render(translate) if translate is not None else who.render()}"
