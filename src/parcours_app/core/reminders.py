"""What to remind a family of, on a given day or at a given moment. Pure: no Qt, no clock of its own.

Two questions, both answered from the journey, the person's marks and their booked appointments:
- `summarize_day`: on opening, what is under way, the one thing to do this week, the next steps, what is to catch
  up, the past steps still to confirm, and the appointments of the next 7 days.
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

from .journey_filters import Status, is_information, past_status
from .model import Appointment, Category, Event, EventState, Journey
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
    """What the home page, the opening summary and `parcours today` show, in this order (design.md section 5).

    Information periods (100 % coverage, the 1000 days) are never steps here: the page states them apart.
    """

    today: dt.date
    under_way: tuple[Event, ...]  # open today and not done, the nearest deadline first
    this_week: tuple[Event, ...]  # the one thing to do this week (empty when nothing is due or open)
    next_steps: tuple[Event, ...]  # the next active events that have not opened yet, soonest first
    catch_up: tuple[Event, ...]  # "à rattraper": mandatory, still doable, deadline passed while using the app
    past_to_confirm: tuple[Event, ...]  # past before the family used the app (or moot after a birth): a question
    appointments_soon: tuple[Appointment, ...]  # booked appointments from today to 7 days ahead, both included

    @property
    def urgent(self) -> tuple[Event, ...]:
        """Mandatory steps under way whose last day is within 7 days (today included): they stand out."""
        return tuple(e for e in self.under_way if is_deadline_near(e, self.today))

    @property
    def is_empty(self) -> bool:
        return not (self.under_way or self.catch_up or self.next_steps or self.appointments_soon)


def is_deadline_near(event: Event, today: dt.date) -> bool:
    """A mandatory step open today whose last day is within the next 7 days (today included)."""
    return event.mandatory and event.start <= today <= event.end <= today + dt.timedelta(days=WEEK_DAYS - 1)


def days_left(event: Event, today: dt.date) -> int:
    """Days after today up to the last day: 0 on the last day itself."""
    return (event.end - today).days


def summarize_day(
    journey: Journey,
    states: Mapping[str, EventState],
    appointments: Iterable[Appointment],
    today: dt.date,
    next_count: int = NEXT_STEPS,
) -> DaySummary:
    family = journey.family
    week_end = today + dt.timedelta(days=WEEK_DAYS - 1)
    active = [
        event for event in journey.events if is_active(event, states.get(event.id), today) and not is_information(event)
    ]
    under_way = tuple(sorted((e for e in active if e.is_open_on(today)), key=lambda e: (e.end, e.start, e.id)))
    past = [(e, past_status(e, family, today)) for e in active if e.end < today]
    catch_up = tuple(sorted((e for e, s in past if s is Status.CATCH_UP), key=lambda e: (e.end, e.start, e.id)))
    to_confirm = tuple(sorted((e for e, s in past if s is Status.PAST), key=lambda e: (e.end, e.start, e.id)))
    upcoming = [e for e in active if e.start > today]
    next_steps = tuple(sorted(upcoming, key=lambda e: (e.start, e.end, e.id))[:next_count])
    this_week = _one_thing(under_way, catch_up, upcoming, today, week_end)
    appointment_end = today + dt.timedelta(days=WEEK_DAYS)  # "7 days ahead" includes the 7th day (issue 16)
    soon = tuple(
        sorted(
            (a for a in appointments if today <= a.starts_at.date() <= appointment_end),
            key=lambda a: a.starts_at,
        )
    )
    return DaySummary(today, under_way, this_week, next_steps, catch_up, to_confirm, soon)


def _one_thing(
    under_way: Sequence[Event],
    catch_up: Sequence[Event],
    upcoming: Sequence[Event],
    today: dt.date,
    week_end: dt.date,
) -> tuple[Event, ...]:
    """The one thing to do this week: a mandatory deadline within the week first, then a step to catch up, then
    a mandatory step under way or opening this week, then any step under way or opening this week."""
    urgent = [e for e in under_way if is_deadline_near(e, today)]
    if urgent:
        return (urgent[0],)
    if catch_up:
        return (catch_up[0],)
    opening = [e for e in upcoming if e.start <= week_end]
    candidates = sorted([*under_way, *opening], key=lambda e: (not e.mandatory, e.end, e.start, e.id))
    return (candidates[0],) if candidates else ()


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


def catch_up_advice(event: Event) -> Text:
    """What to do now about a step "à rattraper" (design.md section 5: "with what to do now")."""
    if event.category is Category.VACCINE:
        return Text(
            "reminders",
            "Il est encore temps : prenez rendez-vous, le médecin ou la PMI adapte la suite du calendrier.",
        )
    if event.category is Category.CHILD:
        return Text("reminders", "Il est encore temps : prenez rendez-vous avec le médecin de l'enfant ou la PMI.")
    if event.category is Category.ADMIN:
        return Text("reminders", "Il est encore temps : renseignez-vous sans attendre auprès de l'organisme concerné.")
    if event.category is Category.MILESTONE:
        return Text("reminders", "Il est encore temps : contactez la mairie.")
    return Text("reminders", "Il est encore temps : prenez rendez-vous avec votre sage-femme ou votre médecin.")
