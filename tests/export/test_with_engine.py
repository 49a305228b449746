"""The exports of a journey computed by the real engine: nothing lost, nothing duplicated.

Structural checks only (every step of the journey is in the file once, with its own dates); the dates themselves
are checked by hand in test_ics.py and test_pdf.py and by the engine's own tests.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import icalendar
import vobject

from parcours_app.core.journey import build_journey
from parcours_app.core.journey_filters import SubjectKind, event_subject_kind
from parcours_app.core.model import Child, Family, Journey, Pregnancy
from parcours_app.core.rules import load_catalog
from parcours_app.export.formats import ExportRequest, Selection, is_fixed_leave
from parcours_app.export.ics import BAR_MAX_DAYS, build_calendar, exported_as_step, save_calendar
from parcours_app.export.plan import build_plan
from parcours_app.export.plan_pdf import write_plan_pdf

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)


def engine_journey() -> Journey:
    family = Family(
        pregnancies=(Pregnancy(key="pregnancy2", conception=dt.date(2026, 9, 1), children_before=1),),
        children=(Child(key="", birth=dt.date(2025, 3, 10), name="Léa"),),
    )
    return build_journey(family, load_catalog(), TODAY)


def test_every_engine_event_is_in_the_calendar_once(tmp_path: Path) -> None:
    journey = engine_journey()
    output = tmp_path / "plan.ics"
    save_calendar(build_calendar(journey, now=NOW, calendar_id="f00d"), output)
    parsed = vobject.readOne(output.read_text(encoding="utf-8")).vevent_list
    uids = [event.uid.value for event in parsed]
    assert len(uids) == len(set(uids))
    assert len(list(icalendar.Calendar.from_ical(output.read_bytes()).walk("VEVENT"))) == len(parsed)
    by_uid = {event.uid.value: event for event in parsed}
    # the steps past before the family used the app are not to-dos: they stay out (issue 16)
    steps = [event for event in journey.events if exported_as_step(event, None, journey)]
    assert len(steps) < len(journey.events)
    for event in steps:
        main = by_uid[f"f00d.{event.id}@parcours-1000-jours"]
        long_window = (event.end - event.start).days + 1 > BAR_MAX_DAYS and not is_fixed_leave(event)
        assert main.dtstart.value == (event.end if long_window else event.start)
        assert main.dtend.value == event.end + dt.timedelta(days=1)
        if long_window:
            assert by_uid[f"f00d.{event.id}.debut@parcours-1000-jours"].dtstart.value == event.start
    assert len(parsed) == len(steps) + sum(
        1 for e in steps if (e.end - e.start).days + 1 > BAR_MAX_DAYS and not is_fixed_leave(e)
    )


def test_every_engine_event_is_printed(qapp: object, tmp_path: Path) -> None:
    journey = engine_journey()
    output = tmp_path / "plan.pdf"
    write_plan_pdf(build_plan(journey, produced_on=NOW.date()), output)
    tool = shutil.which("pdftotext")
    assert tool is not None
    text = " ".join(subprocess.run([tool, str(output), "-"], capture_output=True, text=True, check=True).stdout.split())
    for event in journey.events:
        assert event.title.render() in text, event.id
    # Léa's steps and the expected baby's steps (keyed by its pregnancy, "pregnancy2") each have their own table
    babies = {e.subject_key for e in journey.events if event_subject_kind(e) is SubjectKind.CHILD}
    assert babies == {"", "pregnancy2"}
    assert "Examens, vaccins et étapes de Léa" in text and "Examens, vaccins et étapes du bébé" in text


def test_one_child_export_of_an_engine_journey(tmp_path: Path) -> None:
    journey = engine_journey()
    output = tmp_path / "lea.ics"
    request = ExportRequest(selection=Selection(child_key=""))
    save_calendar(build_calendar(journey, request, now=NOW, calendar_id="f00d"), output)
    ids = {
        event.uid.value.removeprefix("f00d.").removesuffix("@parcours-1000-jours").removesuffix(".debut")
        for event in vobject.readOne(output.read_text(encoding="utf-8")).vevent_list
    }
    expected = {
        e.id
        for e in journey.events
        if event_subject_kind(e) is SubjectKind.CHILD and e.subject_key == "" and exported_as_step(e, None, journey)
    }
    assert ids == expected and ids
