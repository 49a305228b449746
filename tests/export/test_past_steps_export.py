"""Issue 16 in the exports: the past is not a list of to-dos, and no alarm rings in the past or for a period.

Newborn twins born Friday 27 November 2026 from a pregnancy dated by its DDR (25 March 2026 -> DDG 8 April 2026),
the family started using the app today, Wednesday 2 December 2026. Every prenatal step ended before (or was made
moot by the birth): none of them is a to-do in the .ics, and the PDF does not offer a box to tick for them.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import icalendar
import pytest

from parcours_app.core.family_edit import record_birth, stamp_usage
from parcours_app.core.journey import build_journey
from parcours_app.core.model import EventState, Family, Journey, Pregnancy
from parcours_app.core.rules import load_catalog
from parcours_app.export.formats import ExportRequest
from parcours_app.export.ics import build_calendar, save_calendar
from parcours_app.export.plan import build_plan
from parcours_app.export.plan_pdf import write_plan_pdf

TODAY = dt.date(2026, 12, 2)
NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


def twins() -> Journey:
    family = Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 3, 25), multiple=2),))
    family = record_birth(family, "", dt.date(2026, 11, 27), names=("Lou", "Noé"))
    return build_journey(stamp_usage(None, family, TODAY), load_catalog(), TODAY)


def test_the_calendar_holds_no_past_to_do_and_no_alarm_in_the_past(tmp_path: Path) -> None:
    journey = twins()
    output = tmp_path / "plan.ics"
    save_calendar(build_calendar(journey, now=NOW, calendar_id="f00d"), output)
    calendar = icalendar.Calendar.from_ical(output.read_bytes())
    events = list(calendar.walk("VEVENT"))
    # each step's main part (the bar, or the last day of a long window; ".debut" is only its first day)
    steps = [event for event in events if ".debut@" not in str(event["uid"])]
    past = [str(e["summary"]) for e in steps if e.decoded("dtend") <= TODAY]  # exclusive ends
    assert past == []  # before: the prenatal exams, ultrasounds and the congé de naissance were all there
    for event in events:
        start = event.decoded("dtstart")
        for alarm in event.walk("VALARM"):
            rings = dt.datetime.combine(start, dt.time()) + alarm.decoded("trigger")
            assert rings >= NOW.replace(tzinfo=None), (str(event["summary"]), rings)
    summaries = [str(event["summary"]) for event in events]
    # information periods carry no alarm at all
    info = [e for e in events if "1000 premiers jours" in str(e["summary"]) or "100 %" in str(e["summary"])]
    assert info and all(not list(e.walk("VALARM")) for e in info)
    # twins: the child's steps name the child
    assert any(summary.endswith("— Lou") for summary in summaries)
    assert any(summary.endswith("— Noé") for summary in summaries)


def test_a_past_step_marked_done_keeps_its_mark_without_alarm(tmp_path: Path) -> None:
    journey = twins()
    states = {"pregnancy.exam.1": EventState("pregnancy.exam.1", done_on=dt.date(2026, 7, 7))}
    output = tmp_path / "plan.ics"
    save_calendar(build_calendar(journey, ExportRequest(states=states), now=NOW, calendar_id="f00d"), output)
    calendar = icalendar.Calendar.from_ical(output.read_bytes())
    [exam] = [e for e in calendar.walk("VEVENT") if str(e["uid"]).startswith("f00d.pregnancy.exam.1@")]
    assert "✓ 1er examen prénatal" in str(exam["summary"]) and not list(exam.walk("VALARM"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is needed to read the PDF")
def test_the_plan_offers_no_box_to_tick_for_the_past(qapp: object, tmp_path: Path) -> None:
    output = tmp_path / "plan.pdf"
    write_plan_pdf(build_plan(twins(), produced_on=NOW.date()), output)
    tool = shutil.which("pdftotext")
    assert tool is not None
    text = " ".join(subprocess.run([tool, str(output), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "en retard" not in text and "à rattraper" not in text
    assert "date passée" in text
    assert "— Lou" in text and "— Noé" in text
