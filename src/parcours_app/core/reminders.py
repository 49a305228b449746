"""What to remind a family of, on a given day or at a given moment. Pure: no Qt, no clock of its own.

Two questions, both answered from the journey, the person's marks and their booked appointments:
- `summarize_day`: on opening, what is overdue, open today, due this week, and the next steps.
- `due_notifications`: while the app runs, which desktop notifications should fire now (an event opening, a
  mandatory deadline coming, a booked appointment near). Each notification has a stable key, so the caller
  keeps the keys it already sent and nothing fires twice.

An event counts as "active" unless it is done, dismissed, or snoozed until a day after today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .model import Appointment, Event, EventState, Journey
from .text import Text, Translate, identity_translate

WEEK_DAYS = 7
NEXT_STEPS = 3
DEFAULT_LEAD_MINUTES: tuple[int, ...] = (24 * 60, 7 * 24 * 60)  # the day before, a week before (issue 4)
LEAD_CHOICES: tuple[int, ...] = (60, 24 * 60, 7 * 24 * 60)  # what the settings offer: 1 hour, 1 day, 1 week


def is_active(event: Event, state: EventState | None, today: dt.date) -> bool:
    """Still something to do: not done, not dismissed, not snoozed beyond today."""
    if state is None:
        return True
    if state.done_on is not None or state.dismissed:
        return False
    return state.snoozed_until is None or state.snoozed_until <= today


@dataclass(frozen=True, slots=True)
class DaySummary:
    """What the home page and the opening summary show."""

    today: dt.date
    overdue: tuple[Event, ...]  # window ended before today, not done
    open_today: tuple[Event, ...]  # window contains today, not done
    due_this_week: tuple[Event, ...]  # open or opening, window ends within the next 7 days (today included)
    next_steps: tuple[Event, ...]  # the next active events that have not opened yet, soonest first
    appointments_soon: tuple[Appointment, ...]  # booked appointments from today to 7 days ahead

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.open_today or self.next_steps or self.appointments_soon)


def summarize_day(
    journey: Journey,
    states: Mapping[str, EventState],
    appointments: Iterable[Appointment],
    today: dt.date,
    next_count: int = NEXT_STEPS,
) -> DaySummary:
    week_end = today + dt.timedelta(days=WEEK_DAYS - 1)
    active = [event for event in journey.events if is_active(event, states.get(event.id), today)]
    overdue = tuple(sorted((e for e in active if e.end < today), key=lambda e: (e.end, e.start, e.id)))
    open_today = tuple(e for e in active if e.is_open_on(today))
    due_this_week = tuple(
        sorted(
            (e for e in active if e.start <= week_end and today <= e.end <= week_end),
            key=lambda e: (e.end, e.start, e.id),
        )
    )
    upcoming = [e for e in active if e.start > today]
    next_steps = tuple(sorted(upcoming, key=lambda e: (e.start, e.end, e.id))[:next_count])
    soon = tuple(
        sorted(
            (a for a in appointments if today <= a.starts_at.date() <= week_end),
            key=lambda a: a.starts_at,
        )
    )
    return DaySummary(today, overdue, open_today, due_this_week, next_steps, soon)


class NotificationKind(StrEnum):
    EVENT_OPENS = "event-opens"
    DEADLINE_NEAR = "deadline-near"
    APPOINTMENT_NEAR = "appointment-near"


@dataclass(frozen=True, slots=True)
class Notification:
    kind: NotificationKind
    key: str  # stable: the caller records it so the same reminder never fires twice
    event: Event | None = None
    appointment: Appointment | None = None
    lead_minutes: int = 0

    def texts(self, translate: Translate = identity_translate, language: str = "fr") -> tuple[str, str]:
        """(title, body) for a desktop notification, in the chosen language."""
        from .formatting import format_date  # babel: loaded when a reminder is shown, not when the app starts

        if self.kind is NotificationKind.APPOINTMENT_NEAR:
            assert self.appointment is not None
            when = self.appointment.starts_at
            title = Text("reminders", "Rendez-vous bientôt").render(translate)
            what = self.appointment.title or Text("reminders", "Rendez-vous").render(translate)
            args = (what, format_date(when.date(), language), when.strftime("%H:%M"), self.appointment.place)
            if self.appointment.place:
                body = Text("reminders", "%1 le %2 à %3, %4", args)
            else:
                body = Text("reminders", "%1 le %2 à %3", args[:3])
            return title, body.render(translate)
        assert self.event is not None
        name = self.event.title.render(translate)
        if self.kind is NotificationKind.EVENT_OPENS:
            title = Text("reminders", "C'est le moment").render(translate)
            body = Text("reminders", "%1 : à faire jusqu'au %2.", (name, format_date(self.event.end, language)))
            return title, body.render(translate)
        title = Text("reminders", "Date limite proche").render(translate)
        body = Text("reminders", "%1 : dernier jour le %2.", (name, format_date(self.event.end, language)))
        return title, body.render(translate)


def due_notifications(
    journey: Journey | None,
    states: Mapping[str, EventState],
    appointments: Sequence[Appointment],
    now: dt.datetime,
    lead_minutes: Iterable[int] = DEFAULT_LEAD_MINUTES,
    already_sent: frozenset[str] | set[str] = frozenset(),
) -> list[Notification]:
    """The notifications to fire at `now` that were not sent yet.

    - an active event whose window opens today (once per event and opening day);
    - a mandatory active event whose last day is `lead` ahead, for each lead of at least one day (once per lead);
    - a booked appointment starting within a lead time (only the shortest lead that applies fires, so opening
      the app the evening before gives "tomorrow", not both "next week" and "tomorrow").
    """
    today = now.date()
    leads = sorted({int(minutes) for minutes in lead_minutes if minutes > 0})
    found: list[Notification] = []
    if journey is not None:
        for event in journey.events:
            if not is_active(event, states.get(event.id), today):
                continue
            if event.start == today:
                key = f"{NotificationKind.EVENT_OPENS}:{event.id}:{event.start.isoformat()}"
                found.append(Notification(NotificationKind.EVENT_OPENS, key, event=event))
            elif event.mandatory and event.start < today <= event.end:
                for lead in leads:
                    days = lead // (24 * 60)
                    if days >= 1 and event.end - dt.timedelta(days=days) == today:
                        key = f"{NotificationKind.DEADLINE_NEAR}:{event.id}:{event.end.isoformat()}:{lead}"
                        found.append(Notification(NotificationKind.DEADLINE_NEAR, key, event=event, lead_minutes=lead))
    for appointment in appointments:
        if appointment.starts_at <= now:
            continue
        applicable = [lead for lead in leads if appointment.starts_at - dt.timedelta(minutes=lead) <= now]
        if not applicable:
            continue
        shortest = applicable[0]
        keys = [_appointment_key(appointment, lead) for lead in applicable]
        if any(key in already_sent for key in keys):
            # a shorter lead than one already sent is new news ("tomorrow" after "next week"); a longer one is not
            sent_leads = [lead for lead, key in zip(applicable, keys, strict=True) if key in already_sent]
            if min(sent_leads) <= shortest:
                continue
        found.append(
            Notification(
                NotificationKind.APPOINTMENT_NEAR,
                _appointment_key(appointment, shortest),
                appointment=appointment,
                lead_minutes=shortest,
            )
        )
    return [n for n in found if n.key not in already_sent]


def _appointment_key(appointment: Appointment, lead: int) -> str:
    return f"{NotificationKind.APPOINTMENT_NEAR}:{appointment.id}:{appointment.starts_at.isoformat()}:{lead}"
