"""The journey as an iCalendar file (RFC 5545) for the phone's calendar, with `icalendar`.

Choices (explained for people in docs/EXPORT.md):
- Every journey step is an all-day event (DTSTART;VALUE=DATE, DTEND the day after its last day: the end is
  exclusive), so no time zone can move it to the day before.
- A short window (at most `BAR_MAX_DAYS` days) and a leave with fixed dates are one multi-day event: a bar of a
  week or two, or days the person is actually away. A longer window (a month for an exam, months for a coverage, the
  six months to take the remaining paternity days) becomes two one-day events, "Début : …" and "Dernier jour : …":
  month-long bars would fill every day of a phone's month view and read as days taken.
- Booked appointments are timed events in Europe/Paris with a rule-based VTIMEZONE (valid for any year).
- UIDs are `<calendar id>.<event id>[.debut]@parcours-1000-jours`: the calendar id is random and stored in the
  settings, the event id is stable across recomputations, so a newer export updates the same events.
- Steps already done stay in the file, marked "✓" and without reminders, so re-importing retires their alarms;
  dismissed steps are exported as STATUS:CANCELLED for the same reason.
- Reminders already in the past at export time are left out (a phone would fire them all at once on import).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar import Event as IcsEvent

from parcours_app import __version__
from parcours_app.core.journey_filters import Status, event_status, is_information
from parcours_app.core.model import Appointment, Category, Event, EventState, Journey
from parcours_app.core.text import Text, Translate, plural_text
from parcours_app.export.files import private_part_file
from parcours_app.export.formats import (
    DEFAULT_ALARM_MINUTES,
    FALLBACK_CALENDAR_ID,
    ExportRequest,
    Selection,
    advice_line,
    find_child,
    format_date,
    is_fixed_leave,
    selected,
    subject_suffix,
    window_text,
)

PARIS = ZoneInfo("Europe/Paris")
UID_DOMAIN = "parcours-1000-jours"
BAR_MAX_DAYS = 14
"""Longest window drawn as one multi-day bar: two week rows at most in a phone's month view."""

ALARM_HOUR = 9
"""All-day reminders ring at 9:00 local time on their day, as phone calendars do, not at midnight."""

_SEQUENCE_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def category_label(category: Category) -> Text:
    labels = {
        Category.PREGNANCY: Text("Export", "Grossesse"),
        Category.ADMIN: Text("Export", "Démarches"),
        Category.LEAVE: Text("Export", "Congés"),
        Category.POSTNATAL: Text("Export", "Après la naissance"),
        Category.CHILD: Text("Export", "Examens de l’enfant"),
        Category.VACCINE: Text("Export", "Vaccins"),
        Category.SELFTEST: Text("Export", "Auto-questionnaire"),
        Category.MILESTONE: Text("Export", "Étapes de vie"),
    }
    return labels[category]


def calendar_name(journey: Journey, selection: Selection, translate: Translate) -> str:
    """ "Parcours 1000 jours", with the child's name or "étapes obligatoires" when the export is partial."""
    name = Text("Export", "Parcours 1000 jours").render(translate)
    if selection.child_key is not None:
        child = find_child(journey, selection.child_key)
        if child.name:
            name += " – " + child.name
    if selection.mandatory_only:
        name += " – " + Text("Export", "étapes obligatoires").render(translate)
    return name


def build_calendar(
    journey: Journey,
    request: ExportRequest = ExportRequest(),  # noqa: B008 - frozen dataclass, safe as a default
    *,
    now: dt.datetime,
    calendar_id: str = FALLBACK_CALENDAR_ID,
    alarm_minutes: Sequence[int] = DEFAULT_ALARM_MINUTES,
) -> Calendar:
    """The VCALENDAR for the request's part of the journey (its selection, marks and appointments; `places` and
    `helplines` are the printed plan's). Raises InputError for an unknown child key.

    `now` (from the one clock, `core/clock.py`) is the DTSTAMP and the moment before which no alarm is written; it
    is required so that `--today` and the demo clock drive the alarms too (a naive time is the computer's local time).
    `calendar_id` should be the family's stored id (`formats.calendar_id_from_settings`): the UIDs are built from it.
    """
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    writer = _Writer(journey, request, calendar_id, alarm_minutes, stamp)
    selection, language, translate = request.selection, request.language, request.translate
    events, booked = selected(journey, request)
    writer.booked_event_ids = {appointment.event_id for appointment in booked if appointment.event_id}

    calendar = Calendar()
    calendar.add("prodid", f"-//Parcours 1000 jours//parcours_app {__version__}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")  # Outlook imports PUBLISH as plain events, not as invitations
    name = calendar_name(journey, selection, translate)
    lang = {"LANGUAGE": language}
    calendar.add("x-wr-calname", name, parameters=lang)
    calendar.add("name", name, parameters=lang)  # RFC 7986
    calendar.add(
        "x-wr-caldesc",
        Text(
            "Export",
            "Calendrier personnel des 1000 premiers jours, établi le %1.",
            (format_date(journey.today, language),),
        ).render(translate),
        parameters=lang,
    )
    calendar.add("x-wr-timezone", "Europe/Paris")
    if booked:
        calendar.add_component(paris_timezone())
    for event in events:
        if not exported_as_step(event, writer.states.get(event.id), journey):
            continue
        for component in writer.journey_event(event):
            calendar.add_component(component)
    for appointment in booked:
        calendar.add_component(writer.appointment(appointment))
    return calendar


def save_calendar(calendar: Calendar, output: Path) -> None:
    """Write a built calendar (`build_calendar`) to `output`, owner-only, through a part file renamed over it.
    OSError when the file cannot be written."""
    data = calendar.to_ical()  # icalendar escapes, encodes and folds (measured in docs/EXPORT.md, Writing)
    temporary = private_part_file(output)
    try:
        temporary.write_bytes(data)
        temporary.replace(output)  # never leave a half-written calendar where the person expects the file
    finally:
        temporary.unlink(missing_ok=True)


def paris_timezone() -> Timezone:
    """Europe/Paris with its EU rules (last Sunday of March / of October since 1996), valid for every year."""
    timezone = Timezone()
    timezone.add("tzid", "Europe/Paris")
    timezone.add("x-lic-location", "Europe/Paris")
    # summer time from the last Sunday of March at 2:00, winter time from the last Sunday of October at 3:00
    observances: tuple[tuple[TimezoneDaylight | TimezoneStandard, str, int, int, dt.datetime], ...] = (
        (TimezoneDaylight(), "CEST", 1, 2, dt.datetime(1996, 3, 31, 2, 0)),
        (TimezoneStandard(), "CET", 2, 1, dt.datetime(1996, 10, 27, 3, 0)),
    )
    for observance, name, hours_from, hours_to, first in observances:
        observance.add("tzname", name)
        observance.add("tzoffsetfrom", dt.timedelta(hours=hours_from))
        observance.add("tzoffsetto", dt.timedelta(hours=hours_to))
        observance.add("dtstart", first)
        observance.add("rrule", {"freq": "yearly", "bymonth": first.month, "byday": "-1su"})
        timezone.add_component(observance)
    return timezone


def event_uid(calendar_id: str, event_id: str, part: str = "") -> str:
    suffix = f".{part}" if part else ""
    return f"{calendar_id}.{event_id}{suffix}@{UID_DOMAIN}"


def appointment_uid(calendar_id: str, appointment: Appointment) -> str:
    # A stored appointment keeps its database id; an unsaved one is named by its time, stable enough to update.
    key = str(appointment.id) if appointment.id is not None else appointment.starts_at.strftime("%Y%m%dT%H%M")
    return f"{calendar_id}.rdv-{key}@{UID_DOMAIN}"


def exported_as_step(event: Event, state: EventState | None, journey: Journey) -> bool:
    """Whether a step goes into the calendar file. A step whose window has closed goes only while it still asks
    something of the family ("à rattraper"), or with its mark (done "✓", put aside CANCELLED) so that importing the
    file again retires what an older export had put there; a past step that is only a question about the past,
    or simply past, is not a to-do and stays out (issue 16)."""
    if event.end >= journey.today:
        return True
    if state is not None and (state.done_on is not None or state.dismissed):
        return True
    return event_status(event, state, journey.today, journey.family) is Status.CATCH_UP


class _Writer:
    """Turns journey events and appointments into VEVENTs, with the shared settings of one export."""

    def __init__(
        self,
        journey: Journey,
        request: ExportRequest,
        calendar_id: str,
        alarm_minutes: Sequence[int],
        stamp: dt.datetime,
    ) -> None:
        self.journey = journey
        self.language = request.language
        self.translate = request.translate
        self.states = request.states
        self.calendar_id = calendar_id
        self.alarm_minutes = sorted({minutes for minutes in alarm_minutes if minutes >= 0}, reverse=True)
        # An all-day step rings at 9:00 a whole number of days before; a lead under a day means the day itself.
        self.alarm_days = sorted({minutes // (24 * 60) for minutes in self.alarm_minutes}, reverse=True)
        self.stamp = stamp
        # Always increasing between two exports, so clients that compare SEQUENCE (Outlook) accept the update.
        self.sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))
        self.lang = {"LANGUAGE": request.language}
        self.booked_event_ids: set[str] = set()

    def _tr(self, text: Text) -> str:
        return text.render(self.translate)

    def _base(self, uid: str, summary: str) -> IcsEvent:
        component = IcsEvent()
        component.add("uid", uid)
        component.add("dtstamp", self.stamp)
        component.add("last-modified", self.stamp)
        component.add("sequence", self.sequence)
        component.add("summary", summary, parameters=self.lang)
        component.add("class", "PRIVATE")  # health steps: hidden from people the calendar is shared with
        return component

    def journey_event(self, event: Event) -> list[IcsEvent]:
        state = self.states.get(event.id)
        done = state is not None and state.done_on is not None
        dismissed = state is not None and state.dismissed
        title = event.title.render(self.translate) + subject_suffix(event, self.journey, self.translate)
        if done:
            title = "✓ " + title
        description = self._description(event, state)
        # no alarm for a step done, put aside or booked, nor for a period that is only information (issue 16)
        with_alarms = not done and not dismissed and event.id not in self.booked_event_ids and not is_information(event)
        length = (event.end - event.start).days + 1
        if length <= BAR_MAX_DAYS or is_fixed_leave(event):
            bar = self._all_day(
                event_uid(self.calendar_id, event.id), title, event.start, event.end, event, description
            )
            if with_alarms:
                self._add_alarms(bar, event.start, title)
            parts = [bar]
        else:
            start = self._all_day(
                event_uid(self.calendar_id, event.id, "debut"),
                self._tr(Text("Export", "Début : %1", (title,))),
                event.start,
                event.start,
                event,
                description,
            )
            deadline = self._all_day(
                event_uid(self.calendar_id, event.id),
                self._tr(Text("Export", "Dernier jour : %1", (title,))),
                event.end,
                event.end,
                event,
                description,
            )
            if with_alarms and self.alarm_days:  # no reminder chosen: none at all, not even the opening one
                self._add_alarm(
                    start, event.start, 0, self._tr(Text("Export", "À partir d’aujourd’hui : %1", (title,)))
                )
                self._add_alarms(deadline, event.end, str(deadline["summary"]))
            parts = [start, deadline]
        if dismissed:
            for part in parts:
                part.add("status", "CANCELLED")
        return parts

    def _all_day(
        self, uid: str, summary: str, first: dt.date, last: dt.date, event: Event, description: str
    ) -> IcsEvent:
        component = self._base(uid, summary)
        component.add("dtstart", first)
        component.add("dtend", last + dt.timedelta(days=1))  # exclusive end (RFC 5545 3.6.1)
        component.add("transp", "TRANSPARENT")  # a window is not a busy day
        component.add("description", description, parameters=self.lang)
        component.add("url", event.source.url)
        categories = [self._tr(category_label(event.category))]
        if event.mandatory:
            categories.append(self._tr(Text("Export", "Obligatoire")))
        component.add("categories", categories)
        return component

    def _description(self, event: Event, state: EventState | None) -> str:
        lines = [event.explanation.render(self.translate), ""]
        when = window_text(event, self.language, self.translate)
        lines.append(self._tr(Text("Export", "Quand : %1", (when,))))
        if event.target is not None and event.start < event.target < event.end:
            lines.append(self._tr(Text("Export", "Idéalement vers le %1", (format_date(event.target, self.language),))))
        if event.whom is not None:
            lines.append(self._tr(Text("Export", "Qui voir : %1", (event.whom.render(self.translate),))))
        if event.to_bring is not None:
            lines.append(self._tr(Text("Export", "À prévoir : %1", (event.to_bring.render(self.translate),))))
        if event.advice is not None:
            lines.append(advice_line(event.advice.render(self.translate), self.translate))
        lines.append(
            self._tr(Text("Export", "Étape obligatoire.") if event.mandatory else Text("Export", "Étape recommandée."))
        )
        if event.estimated:
            lines.append(
                self._tr(
                    Text("Export", "Date estimée d’après le terme prévu : elle sera recalculée après la naissance.")
                )
            )
        if state is not None and state.done_on is not None:
            lines.append(self._tr(Text("Export", "Fait le %1.", (format_date(state.done_on, self.language),))))
        lines.append("")
        lines.append(
            self._tr(
                Text(
                    "Export",
                    "Source officielle : %1, %2 (vérifiée le %3)",
                    (event.source.title, event.source.url, format_date(event.source.checked, self.language)),
                )
            )
        )
        return "\n".join(lines)

    def _add_alarms(self, component: IcsEvent, day: dt.date, title: str) -> None:
        for days in self.alarm_days:
            if days == 0:
                message = self._tr(Text("Export", "Aujourd’hui – %1", (title,)))
            elif days == 1:
                message = self._tr(Text("Export", "Demain – %1", (title,)))
            else:
                message = self._tr(plural_text("Export", "Dans %n jour(s) – %1", days, title))
            self._add_alarm(component, day, days, message)

    def _add_alarm(self, component: IcsEvent, day: dt.date, days_before: int, message: str) -> None:
        # Relative to the all-day start (midnight, floating): "-PT15H" rings at 9:00 the day before.
        trigger = dt.timedelta(hours=ALARM_HOUR) - dt.timedelta(days=days_before)
        rings_at = dt.datetime.combine(day, dt.time()) + trigger
        if rings_at.replace(tzinfo=PARIS) < self.stamp:
            return
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", trigger)
        alarm.add("description", message)
        component.add_component(alarm)

    def appointment(self, appointment: Appointment) -> IcsEvent:
        linked = self.journey.by_id().get(appointment.event_id) if appointment.event_id else None
        title = appointment.title or (linked.title.render(self.translate) if linked else "")
        if not title:
            title = self._tr(Text("Export", "Rendez-vous"))
        component = self._base(appointment_uid(self.calendar_id, appointment), title)
        starts = appointment.starts_at.replace(tzinfo=PARIS)
        component.add("dtstart", starts)
        component.add("dtend", starts + dt.timedelta(minutes=max(1, appointment.duration_minutes)))
        component.add("transp", "OPAQUE")
        if appointment.place:
            component.add("location", appointment.place)
        lines: list[str] = []
        if appointment.note:
            lines.append(appointment.note)
        if linked is not None:
            if lines:
                lines.append("")
            lines.append(linked.explanation.render(self.translate))
            lines.append(
                self._tr(
                    Text("Export", "Source officielle : %1, %2", (linked.source.title, linked.source.url)),
                )
            )
            component.add("url", linked.source.url)
        if lines:
            component.add("description", "\n".join(lines), parameters=self.lang)
        for minutes in self.alarm_minutes:
            trigger = -dt.timedelta(minutes=minutes)
            if starts + trigger < self.stamp:
                continue
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", trigger)
            alarm.add("description", self._tr(Text("Export", "Rendez-vous : %1", (title,))))
            component.add_component(alarm)
        return component
