"""core.reminders: what is under way, to catch up or to confirm, the one thing this week, and the notifications.

Journeys are written by hand here (no engine), so every expected value is read off the events below.
Lead times "the day before, a week before" are those named in issue 4.
"""

from __future__ import annotations

import datetime as dt

from parcours_app.core.model import (
    Appointment,
    Category,
    Event,
    EventState,
    Family,
    Journey,
    Source,
)
from parcours_app.core.reminders import (
    DEFAULT_LEAD_MINUTES,
    NotificationKind,
    due_notifications,
    is_active,
    summarize_day,
)
from parcours_app.core.text import Text

SOURCE = Source("test", "https://www.service-public.fr/", dt.date(2026, 11, 22))
TODAY = dt.date(2026, 11, 22)  # a Sunday


def event(event_id: str, start: dt.date, end: dt.date, mandatory: bool = True, catch_up: str = "yes") -> Event:
    return Event(
        id=event_id,
        rule_id=event_id,
        category=Category.PREGNANCY,
        start=start,
        end=end,
        title=Text("rules", event_id),
        explanation=Text("rules", "x"),
        mandatory=mandatory,
        estimated=True,
        source=SOURCE,
        catch_up=catch_up,
    )


# the family has used the app since 1 November 2026, so a deadline of 20 November passed while it did
def journey(*events: Event, family: Family | None = None) -> Journey:
    family = family or Family(started_on=dt.date(2026, 11, 1))
    return Journey(family, TODAY, {}, tuple(sorted(events, key=lambda e: (e.start, e.end, e.id))))


D = dt.date
PAST = event("past", D(2026, 11, 1), D(2026, 11, 20))
OPEN_LONG = event("open-long", D(2026, 11, 1), D(2026, 12, 31))
ENDS_FRIDAY = event("ends-friday", D(2026, 11, 10), D(2026, 11, 27))
ENDS_NEXT_SUNDAY = event("ends-next-sunday", D(2026, 11, 22), D(2026, 11, 29))
FUTURE_1 = event("future-1", D(2026, 11, 23), D(2026, 11, 23))
FUTURE_2 = event("future-2", D(2026, 12, 1), D(2026, 12, 5))
FUTURE_3 = event("future-3", D(2027, 1, 1), D(2027, 1, 31))
FUTURE_4 = event("future-4", D(2027, 2, 1), D(2027, 2, 28))
ALL = journey(PAST, OPEN_LONG, ENDS_FRIDAY, ENDS_NEXT_SUNDAY, FUTURE_1, FUTURE_2, FUTURE_3, FUTURE_4)


def ids(events: tuple[Event, ...]) -> list[str]:
    return [e.id for e in events]


def test_summary_sorts_each_group_and_keeps_three_next_steps() -> None:
    summary = summarize_day(ALL, {}, [], TODAY)
    # "past" ended on 20 November, after the family started on 1 November, and can be caught up
    assert ids(summary.catch_up) == ["past"]
    assert summary.past_to_confirm == ()
    # under way: open today, the nearest deadline first
    assert ids(summary.under_way) == ["ends-friday", "ends-next-sunday", "open-long"]
    # week = 22..28 November: Friday 27 is the nearest mandatory deadline, the one thing to do
    assert ids(summary.this_week) == ["ends-friday"]
    assert ids(summary.urgent) == ["ends-friday"]
    assert ids(summary.next_steps) == ["future-1", "future-2", "future-3"]
    assert not summary.is_empty


def test_a_step_past_before_the_family_started_is_a_question_not_late() -> None:
    late_start = journey(PAST, OPEN_LONG, family=Family(started_on=D(2026, 11, 21)))
    summary = summarize_day(late_start, {}, [], TODAY)
    # "past" ended on 20 November, the day before the family started: asked about, never "à rattraper"
    assert summary.catch_up == ()
    assert ids(summary.past_to_confirm) == ["past"]
    # a start not known yet reads as today: the same
    assert ids(summarize_day(journey(PAST, family=Family()), {}, [], TODAY).past_to_confirm) == ["past"]
    # a step that cannot be caught up and ended while using the app is only past
    scan = event("scan", D(2026, 11, 1), D(2026, 11, 20), catch_up="no")
    summary = summarize_day(journey(scan), {}, [], TODAY)
    assert summary.catch_up == () and summary.past_to_confirm == ()
    # an information period is never a step
    coverage = event("coverage", D(2026, 11, 1), D(2027, 1, 20), mandatory=False, catch_up="information")
    assert summarize_day(journey(coverage), {}, [], TODAY).under_way == ()


def test_done_snoozed_and_dismissed_events_leave_the_summary() -> None:
    states = {
        "past": EventState("past", done_on=D(2026, 11, 19)),
        "ends-friday": EventState("ends-friday", snoozed_until=D(2026, 11, 25)),
        "future-1": EventState("future-1", dismissed=True),
    }
    summary = summarize_day(ALL, states, [], TODAY)
    assert summary.catch_up == ()
    assert ids(summary.under_way) == ["ends-next-sunday", "open-long"]
    assert ids(summary.next_steps) == ["future-2", "future-3", "future-4"]
    # the snooze ends on 25 November: the event is back that day
    assert is_active(ENDS_FRIDAY, states["ends-friday"], D(2026, 11, 25))
    assert not is_active(ENDS_FRIDAY, states["ends-friday"], D(2026, 11, 24))


def test_appointments_of_the_coming_week_are_listed_in_time_order() -> None:
    late = Appointment(2, dt.datetime(2026, 11, 28, 9, 0), "Échographie")
    early = Appointment(1, dt.datetime(2026, 11, 24, 14, 30), "Sage-femme")
    # exactly 7 days ahead (Sunday 29 November) is "in the next 7 days"; the 8th day (30 November) is not
    seventh = Appointment(3, dt.datetime(2026, 11, 29, 9, 0), "PMI")
    too_far = Appointment(4, dt.datetime(2026, 11, 30, 9, 0), "Pédiatre")
    summary = summarize_day(ALL, {}, [late, too_far, seventh, early], TODAY)
    assert [a.id for a in summary.appointments_soon] == [1, 2, 3]


def test_event_opening_today_fires_once() -> None:
    now = dt.datetime(2026, 11, 22, 9, 0)
    fired = due_notifications(ALL, {}, [], now)
    opening = [n for n in fired if n.kind is NotificationKind.EVENT_OPENS]
    assert [n.event.id for n in opening if n.event] == ["ends-next-sunday"]
    again = due_notifications(ALL, {}, [], now, already_sent={n.key for n in fired})
    assert again == []


def test_mandatory_deadline_fires_the_day_before_and_a_week_before() -> None:
    # ends-friday ends on 27 November: one week before is 20 November, the day before is 26 November
    on_26 = due_notifications(ALL, {}, [], dt.datetime(2026, 11, 26, 9, 0))
    assert [(n.event.id, n.lead_minutes) for n in on_26 if n.event and n.kind is NotificationKind.DEADLINE_NEAR] == [
        ("ends-friday", 24 * 60)
    ]
    on_20 = due_notifications(ALL, {}, [], dt.datetime(2026, 11, 20, 9, 0))
    assert ("ends-friday", 7 * 24 * 60) in [(n.event.id, n.lead_minutes) for n in on_20 if n.event]
    assert due_notifications(ALL, {}, [], dt.datetime(2026, 11, 26, 9, 0), lead_minutes=()) == [
        n for n in on_26 if n.kind is NotificationKind.EVENT_OPENS
    ]


def test_appointment_fires_the_shortest_lead_that_applies_then_the_next_one() -> None:
    appointment = Appointment(7, dt.datetime(2026, 12, 1, 10, 0), "Échographie", place="Maternité")
    assert due_notifications(None, {}, [appointment], dt.datetime(2026, 11, 24, 9, 59)) == []
    week = due_notifications(None, {}, [appointment], dt.datetime(2026, 11, 24, 10, 0))
    assert [(n.kind, n.lead_minutes) for n in week] == [(NotificationKind.APPOINTMENT_NEAR, 7 * 24 * 60)]
    sent = {week[0].key}
    assert due_notifications(None, {}, [appointment], dt.datetime(2026, 11, 29, 12, 0), already_sent=sent) == []
    day = due_notifications(None, {}, [appointment], dt.datetime(2026, 11, 30, 10, 0), already_sent=sent)
    assert [n.lead_minutes for n in day] == [24 * 60]
    sent.add(day[0].key)
    assert due_notifications(None, {}, [appointment], dt.datetime(2026, 11, 30, 22, 0), already_sent=sent) == []
    assert due_notifications(None, {}, [appointment], dt.datetime(2026, 12, 1, 10, 1)) == []


def test_opening_the_app_the_evening_before_gives_only_tomorrow() -> None:
    appointment = Appointment(7, dt.datetime(2026, 12, 1, 10, 0), "Échographie")
    fired = due_notifications(None, {}, [appointment], dt.datetime(2026, 11, 30, 20, 0), DEFAULT_LEAD_MINUTES)
    assert [n.lead_minutes for n in fired] == [24 * 60]


def test_notification_texts_are_french_with_dates_in_words() -> None:
    appointment = Appointment(7, dt.datetime(2026, 12, 1, 10, 0), "Échographie", place="Maternité")
    [note] = due_notifications(None, {}, [appointment], dt.datetime(2026, 11, 30, 20, 0))
    # French writes the first of the month "1er" (issue 16)
    assert note.texts() == ("Rendez-vous bientôt", "Échographie le 1er décembre 2026 à 10:00, Maternité")
    [opening] = [n for n in due_notifications(ALL, {}, [], dt.datetime(2026, 11, 22, 9, 0)) if n.event]
    assert opening.texts() == ("C'est le moment", "ends-next-sunday : à faire jusqu'au 29 novembre 2026.")
