"""The .ics export, read back by `icalendar` and by an independent parser (`vobject`).

Expected dates are the hand-worked dates of export_sample.py (sources cited there); alarm times follow the rule
documented in docs/EXPORT.md: all-day reminders ring at 9:00 local time, n days before the day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from export_sample import EPP_APPOINTMENT, SUMMER_APPOINTMENT, TODAY, sample_journey

from parcours_app.core.errors import InputError
from parcours_app.core.model import EventState, Journey
from parcours_app.core.text import Text
from parcours_app.export.formats import DEFAULT_ALARM_MINUTES, ExportRequest, Selection, calendar_id_from_settings
from parcours_app.export.ics import build_calendar, save_calendar

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
CAL_ID = "3f2a9c7e1b4d6a80"
UTC = dt.UTC
PARIS = ZoneInfo("Europe/Paris")


def export(
    tmp_path: Path,
    name: str = "plan.ics",
    *,
    journey: Journey | None = None,
    alarm_minutes: Sequence[int] = DEFAULT_ALARM_MINUTES,
    **request: Any,
) -> Path:
    """The sample family's calendar written to `name`; `request` holds ExportRequest's fields."""
    output = tmp_path / name
    calendar = build_calendar(
        journey or sample_journey(), ExportRequest(**request), now=NOW, calendar_id=CAL_ID, alarm_minutes=alarm_minutes
    )
    save_calendar(calendar, output)
    return output


def read_icalendar(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(component["uid"]): component for component in calendar.walk("VEVENT")}


def read_vobject(path: Path) -> dict[str, vobject.base.Component]:
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return {component.uid.value: component for component in calendar.vevent_list}


def uid(event_id: str, part: str = "") -> str:
    return f"{CAL_ID}.{event_id}{'.' + part if part else ''}@parcours-1000-jours"


# (uid, first day, exclusive end) worked by hand in export_sample.py
EXPECTED_DAYS = {
    # windows longer than 14 days: a start marker and a deadline, each one day long
    uid("pregnancy.exam.1", "debut"): (dt.date(2026, 9, 1), dt.date(2026, 9, 2)),
    uid("pregnancy.exam.1"): (dt.date(2026, 11, 30), dt.date(2026, 12, 1)),
    uid("pregnancy.declaration"): (dt.date(2026, 12, 7), dt.date(2026, 12, 8)),
    uid("pregnancy.epp", "debut"): (dt.date(2026, 12, 1), dt.date(2026, 12, 2)),
    uid("pregnancy.epp"): (dt.date(2027, 6, 1), dt.date(2027, 6, 2)),
    uid("pregnancy.ultrasound.2"): (dt.date(2027, 2, 8), dt.date(2027, 2, 9)),
    uid("pregnancy.coverage", "debut"): (dt.date(2027, 2, 1), dt.date(2027, 2, 2)),
    uid("pregnancy.coverage"): (dt.date(2027, 6, 13), dt.date(2027, 6, 14)),
    # a leave is one bar, whatever its length: 20 April .. 9 August 2027, so DTEND is 10 August (exclusive)
    uid("leave.maternity"): (dt.date(2027, 4, 20), dt.date(2027, 8, 10)),
    uid("leave.paternity.notice"): (dt.date(2027, 5, 1), dt.date(2027, 5, 2)),
    uid("child.exam.9m"): (dt.date(2026, 12, 9), dt.date(2026, 12, 10)),
    uid("child.vaccine.11m"): (dt.date(2027, 3, 9), dt.date(2027, 3, 10)),
    uid("child.school"): (dt.date(2029, 9, 1), dt.date(2029, 9, 2)),
}


def test_both_parsers_read_the_same_all_day_events_with_exclusive_ends(tmp_path: Path) -> None:
    path = export(tmp_path)
    by_icalendar = read_icalendar(path)
    by_vobject = read_vobject(path)
    assert set(by_icalendar) == set(by_vobject)
    # 11 journey events: 8 windows longer than 14 days give 2 VEVENTs each; the leave, the paternity notice and
    # the school start give one each; no appointment asked for
    assert len(by_icalendar) == 19
    for key, (first, end) in EXPECTED_DAYS.items():
        ics_event = by_icalendar[key]
        assert "VALUE=DATE" in ics_event["DTSTART"].to_ical().decode() or isinstance(
            ics_event.decoded("dtstart"), dt.date
        )
        assert ics_event.decoded("dtstart") == first, key
        assert ics_event.decoded("dtend") == end, key
        other = by_vobject[key]
        assert other.dtstart.value == first
        assert not isinstance(other.dtstart.value, dt.datetime)  # a date, not a midnight that a time zone could move
        assert other.dtend.value == end
        assert other.summary.value == str(ics_event["summary"])
    raw = path.read_text(encoding="utf-8")
    assert "DTSTART;VALUE=DATE:20270420" in raw and "DTEND;VALUE=DATE:20270810" in raw


def test_calendar_properties_name_language_and_required_fields(tmp_path: Path) -> None:
    path = export(tmp_path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]).startswith("-//Parcours 1000 jours//")
    assert str(calendar["x-wr-calname"]) == "Parcours 1000 jours"
    assert calendar["x-wr-calname"].params["LANGUAGE"] == "fr"
    assert str(calendar["x-wr-timezone"]) == "Europe/Paris"
    for event in calendar.walk("VEVENT"):
        assert event.decoded("dtstamp") == NOW
        assert event["summary"].params["LANGUAGE"] == "fr"
        assert str(event["url"]).startswith("https://")
    declaration = read_vobject(path)[uid("pregnancy.declaration")]
    assert declaration.summary.value == "Dernier jour : Déclaration de grossesse"
    description = declaration.description.value
    assert description.startswith("Envoyer la déclaration à la CAF")
    assert "https://www.service-public.fr/particuliers/vosdroits/F963" in description
    assert "du 1er septembre 2026 au 7 décembre 2026" in description


def test_alarms_ring_at_nine_the_day_before_and_a_week_before(tmp_path: Path) -> None:
    path = export(tmp_path)
    declaration = read_vobject(path)[uid("pregnancy.declaration")]
    triggers = sorted(alarm.trigger.value for alarm in declaration.valarm_list)
    # relative to 7 December 2026 00:00: 9:00 on 30 November is -6 days 15 h, 9:00 on 6 December is -15 h
    assert triggers == [-dt.timedelta(days=6, hours=15), -dt.timedelta(hours=15)]
    by_icalendar = read_icalendar(path)[uid("pregnancy.declaration")]
    assert sorted(alarm.decoded("trigger") for alarm in by_icalendar.walk("VALARM")) == triggers
    assert {str(alarm["action"]) for alarm in by_icalendar.walk("VALARM")} == {"DISPLAY"}


def test_alarm_lead_times_follow_the_settings(tmp_path: Path) -> None:
    # the settings offer 1 hour, 1 day and 1 week (core.reminders.LEAD_CHOICES); a lead under a day means the day itself
    path = export(tmp_path, alarm_minutes=(60,))
    school = read_vobject(path)[uid("child.school")]
    assert [alarm.trigger.value for alarm in school.valarm_list] == [dt.timedelta(hours=9)]
    silent = read_vobject(export(tmp_path, "silent.ics", alarm_minutes=()))
    assert all(not getattr(event, "valarm_list", []) for event in silent.values())


def test_reminders_already_past_are_left_out(tmp_path: Path) -> None:
    events = read_vobject(export(tmp_path))
    # Léa's 9th-month exam window opened on 10 November 2026, before today (22 November): no alarm on the start marker
    assert uid("child.exam.9m", "debut") in events
    assert not getattr(events[uid("child.exam.9m", "debut")], "valarm_list", [])
    # the deadline is 9 December: 9:00 on 2 December and on 8 December are still ahead
    assert len(events[uid("child.exam.9m")].valarm_list) == 2
    # the window of exam 1 ends on 30 November: a week before is 23 November 9:00, still ahead of 22 November 9:00 UTC
    assert len(events[uid("pregnancy.exam.1")].valarm_list) == 2


def test_appointments_are_timed_in_europe_paris_with_a_vtimezone(tmp_path: Path) -> None:
    path = export(tmp_path, appointments=[EPP_APPOINTMENT, SUMMER_APPOINTMENT])
    raw = path.read_text(encoding="utf-8")
    assert "BEGIN:VTIMEZONE" in raw and "TZID:Europe/Paris" in raw
    assert "DTSTART;TZID=Europe/Paris:20270114T103000" in raw
    events = read_vobject(path)
    winter = events[f"{CAL_ID}.rdv-7@parcours-1000-jours"]
    # vobject builds its own tzinfo from the file's VTIMEZONE: winter is UTC+1, summer UTC+2
    assert winter.dtstart.value.astimezone(UTC) == dt.datetime(2027, 1, 14, 9, 30, tzinfo=UTC)
    assert winter.dtend.value.astimezone(UTC) == dt.datetime(2027, 1, 14, 10, 15, tzinfo=UTC)
    assert winter.location.value == "PMI de Belleville, 12 rue de la Fontaine"
    summer = events[f"{CAL_ID}.rdv-8@parcours-1000-jours"]
    assert summer.dtstart.value.astimezone(UTC) == dt.datetime(2027, 5, 3, 13, 0, tzinfo=UTC)
    assert sorted(alarm.trigger.value for alarm in winter.valarm_list) == [-dt.timedelta(days=7), -dt.timedelta(days=1)]
    icalendar_winter = read_icalendar(path)[f"{CAL_ID}.rdv-7@parcours-1000-jours"]
    assert icalendar_winter.decoded("dtstart").astimezone(UTC) == dt.datetime(2027, 1, 14, 9, 30, tzinfo=UTC)
    # the booked step keeps its window but leaves the reminding to the appointment
    assert not getattr(events[uid("pregnancy.epp")], "valarm_list", [])


def test_a_corrected_due_date_keeps_every_uid(tmp_path: Path) -> None:
    first = read_vobject(export(tmp_path, "first.ics"))
    # the midwife corrects the DPA from 1 June to 5 June 2027: the leave and the coverage move, nothing else
    second = read_vobject(export(tmp_path, "second.ics", journey=sample_journey(due=dt.date(2027, 6, 5))))
    assert set(first) == set(second)
    moved = {key for key in first if first[key].dtstart.value != second[key].dtstart.value}
    assert moved == {
        uid("leave.maternity"),
        uid("pregnancy.epp"),
        uid("pregnancy.coverage"),
        uid("leave.paternity.notice"),
    }
    assert second[uid("leave.maternity")].dtstart.value == dt.date(2027, 4, 24)  # 5 June - 42 days
    assert int(second[uid("leave.maternity")].sequence.value) >= int(first[uid("leave.maternity")].sequence.value)


def test_uids_carry_no_personal_data_and_differ_between_families(tmp_path: Path) -> None:
    events = read_icalendar(export(tmp_path))
    for key in events:
        assert "Léa" not in key and "2026" not in key and "Camille" not in key
    other = build_calendar(sample_journey(), calendar_id="0000aaaa1111bbbb", now=NOW)
    assert not set(events) & {str(event["uid"]) for event in other.walk("VEVENT")}


class _Settings:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def settings(self) -> dict[str, str]:
        return dict(self.values)

    def set_setting(self, key: str, value: str) -> None:
        self.values[key] = value


def test_calendar_id_is_created_once_and_then_reused() -> None:
    store = _Settings()
    created = calendar_id_from_settings(store)
    assert len(created) == 16 and int(created, 16) >= 0
    assert calendar_id_from_settings(store) == created


def test_mandatory_only_filter(tmp_path: Path) -> None:
    events = read_vobject(export(tmp_path, selection=Selection(mandatory_only=True)))
    ids = {key.removeprefix(CAL_ID + ".").split("@")[0].removesuffix(".debut") for key in events}
    assert ids == {
        "leave.maternity",
        "pregnancy.exam.1",
        "pregnancy.declaration",
        "pregnancy.epp",
        "leave.paternity.notice",
        "child.exam.9m",
        "child.vaccine.11m",
        "child.vaccine.12m",
        "child.school",
    }
    calendar = icalendar.Calendar.from_ical((tmp_path / "plan.ics").read_bytes())
    assert str(calendar["x-wr-calname"]) == "Parcours 1000 jours – étapes obligatoires"


def test_one_child_filter_keeps_only_that_childs_steps(tmp_path: Path) -> None:
    # Léa and the pregnancy both have the empty key: her steps are told apart by their kind (exams, vaccines, school)
    events = read_vobject(export(tmp_path, selection=Selection(child_key="")))
    ids = {key.removeprefix(CAL_ID + ".").split("@")[0].removesuffix(".debut") for key in events}
    assert ids == {"child.exam.9m", "child.vaccine.11m", "child.vaccine.12m", "child.school"}
    calendar = icalendar.Calendar.from_ical((tmp_path / "plan.ics").read_bytes())
    assert str(calendar["x-wr-calname"]) == "Parcours 1000 jours – Léa"


def test_unknown_child_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="child9"):
        export(tmp_path, selection=Selection(child_key="child9"))
    assert not (tmp_path / "plan.ics").exists()


def test_done_steps_lose_their_alarms_and_dismissed_steps_are_cancelled(tmp_path: Path) -> None:
    states = {
        "pregnancy.declaration": EventState("pregnancy.declaration", done_on=dt.date(2026, 11, 2)),
        "pregnancy.ultrasound.2": EventState("pregnancy.ultrasound.2", dismissed=True),
    }
    events = read_vobject(export(tmp_path, states=states))
    declaration = events[uid("pregnancy.declaration")]
    assert declaration.summary.value == "Dernier jour : ✓ Déclaration de grossesse"
    assert not getattr(declaration, "valarm_list", [])
    assert "Fait le 2 novembre 2026." in declaration.description.value
    assert events[uid("pregnancy.ultrasound.2")].status.value == "CANCELLED"


def test_interface_language_and_translation_are_used(tmp_path: Path) -> None:
    english = {"Dernier jour : %1": "Last day: %1", "Parcours 1000 jours": "1000 days journey"}

    def translate(context: str, source: str) -> str:
        return english.get(source, source)

    path = export(tmp_path, language="en", translate=translate)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["x-wr-calname"]) == "1000 days journey"
    assert calendar["x-wr-calname"].params["LANGUAGE"] == "en"
    declaration = read_vobject(path)[uid("pregnancy.declaration")]
    assert declaration.summary.value == "Last day: Déclaration de grossesse"
    assert "December 7, 2026" in declaration.description.value or "7 December 2026" in declaration.description.value


def test_save_calendar_writes_owner_only_through_a_part_file(tmp_path: Path) -> None:
    output = tmp_path / "plan.ics"
    output.write_text("an older export", encoding="utf-8")
    output.chmod(0o644)
    calendar = build_calendar(sample_journey(), ExportRequest(selection=Selection(mandatory_only=True)), now=NOW)
    save_calendar(calendar, output)
    assert output.read_bytes() == calendar.to_ical()  # replaced whole, not appended to
    assert output.stat().st_mode & 0o777 == 0o600  # health data: owner-only, even over a file that was not
    assert [path.name for path in tmp_path.iterdir()] == ["plan.ics"]  # no temporary file left behind
    with pytest.raises(OSError):
        save_calendar(calendar, tmp_path / "missing-folder" / "plan.ics")
    assert sample_journey().today == TODAY


def test_a_leave_to_take_within_a_window_is_not_drawn_as_months_away(tmp_path: Path) -> None:
    # C. trav. L1225-35 / D1225-8: the remaining 21 paternity days are taken by birth + 6 months - 1 day. With the
    # DPA of 1 June 2027: birth leave 1-3 June, 4 mandatory days 4-7 June, window 8 June .. 30 November 2027.
    journey = sample_journey()
    maternity = journey.by_id()["leave.maternity"]
    remaining = dataclasses.replace(
        maternity,
        id="leave.paternity.remaining",
        rule_id="leave.paternity.remaining",
        start=dt.date(2027, 6, 8),
        end=dt.date(2027, 11, 30),
        mandatory=False,
    )
    journey = dataclasses.replace(journey, events=(*journey.events, remaining))
    events = read_vobject(export(tmp_path, journey=journey))
    assert events[uid("leave.paternity.remaining", "debut")].dtstart.value == dt.date(2027, 6, 8)
    assert events[uid("leave.paternity.remaining")].dtstart.value == dt.date(2027, 11, 30)
    assert events[uid("leave.paternity.remaining")].dtend.value == dt.date(2027, 12, 1)
    # the maternity leave has fixed dates: one bar, 20 April .. 9 August (DTEND 10 August)
    assert events[uid("leave.maternity")].dtend.value == dt.date(2027, 8, 10)


def test_one_child_filter_before_the_child_is_registered(tmp_path: Path) -> None:
    journey = sample_journey()
    unborn = dataclasses.replace(journey, family=dataclasses.replace(journey.family, children=()))
    events = read_vobject(export(tmp_path, journey=unborn, selection=Selection(child_key="")))
    ids = {key.removeprefix(CAL_ID + ".").split("@")[0].removesuffix(".debut") for key in events}
    # the baby's steps and those of the pregnancy it comes from (both keyed ""): everything in the sample
    assert ids == {event.id for event in journey.events}


def test_advice_is_not_prefixed_twice(tmp_path: Path) -> None:
    journey = sample_journey()
    declaration = dataclasses.replace(
        journey.by_id()["pregnancy.declaration"], advice=Text("Rules", "Conseil : faites-la dès le 1er examen.")
    )
    events = tuple(declaration if event.id == declaration.id else event for event in journey.events)
    path = export(tmp_path, journey=dataclasses.replace(journey, events=events))
    description = read_vobject(path)[uid("pregnancy.declaration")].description.value
    assert "Conseil : faites-la dès le 1er examen." in description and "Conseil : Conseil" not in description


def test_lines_are_folded_at_75_octets_without_cutting_a_character(tmp_path: Path) -> None:
    """RFC 5545 3.1: content lines longer than 75 octets are folded (CRLF + space); a client splits nothing else."""
    data = export(tmp_path, appointments=[EPP_APPOINTMENT]).read_bytes()
    lines = data.split(b"\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long descriptions were folded
    for line in lines:
        line.decode("utf-8")  # no UTF-8 character cut in two
