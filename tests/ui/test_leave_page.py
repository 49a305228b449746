"""The "Nos congés" page through real widgets, a real store file and a real letter PDF.

Dates worked by hand (tests/core/test_leave_plan.py has the full reasoning): DPA Thursday 10 June 2027, congé de
naissance from the birth day (C. trav. L3142-4): on the DPA, 10-12 June, the 4 days 13-16 June (L1225-35);
21 days from 17 June to 7 July. Born Sunday 20 June instead: 21-23 June, the 4 days 24-27 June, so a period from
17 June now breaks the rules (D1225-8): the plan is flagged, not moved.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import subprocess
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot
from shell_support import choose, running_shell, type_date

from parcours_app.core.leave_plan import Parent, PeriodKind, PlannedPeriod
from parcours_app.core.model import Child, Family, Pregnancy
from parcours_app.export.ics import build_calendar, save_calendar
from parcours_app.export.plan import build_plan
from parcours_app.export.plan_pdf import write_plan_pdf
from parcours_app.ui.leave_page import LeaveDialogs, LeaveLetterDialog, LeavePage
from parcours_app.ui.preferences import Preferences

NOW = dt.datetime(2027, 3, 1, 9, 0)
D = dt.date


def _page(shell: object) -> LeavePage:
    page = shell.window.show_page("leave")  # type: ignore[attr-defined]
    assert isinstance(page, LeavePage)
    return page


def test_plan_typed_checked_saved_then_flagged_by_the_real_birth(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(Family(pregnancies=(Pregnancy(due=D(2027, 6, 10)),), parent2_name="Karim"))
        page = _page(shell)
        assert page.title.text() == "Nos congés"
        assert "secteur privé" in page.scope.text()
        assert page.estimated.isVisibleTo(page)  # before the birth, dates come from the DPA
        # A 4-day paternity period: too short, and the message says the rule and the fix (17 + 4 = 21 June).
        type_date(qtbot, page.start_field, "17/06/2027")
        type_date(qtbot, page.end_field, "20/06/2027")
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        issues = " ".join(page.labels(page.issues_box))
        assert "5 jours minimum" in issues and "D1225-8" in issues and "21/06/2027" in issues
        # Replace it with the whole 21 days: the plan respects the rules.
        page.period_list.setCurrentRow(0)
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        type_date(qtbot, page.start_field, "17/06/2027")
        type_date(qtbot, page.end_field, "07/07/2027")
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        assert page.labels(page.issues_box) == ["✔ Le plan respecte les règles des salariés du secteur privé."]
        planned = PlannedPeriod(Parent.SECOND_PARENT, PeriodKind.PATERNITY, D(2027, 6, 17), D(2027, 7, 7))
        assert shell.store.leave_plans()[""].periods == (planned,)
        assert shell.store.leave_plans()[""].planned_with_birth is None
        notices = " ".join(page.labels(page.notices_box))
        assert "10 mai 2027" in notices  # the due date, 1 month before (D1225-8)
        assert "17 mai 2027" in notices  # the period, 1 month before
        # The notice becomes a step of the journey (reminders, .ics, printed plan): 17 May 2027, shown from 17 April.
        step = next(e for e in shell.controller.journey.events if e.id == "leaveplan.notice.paternity.2027-06-17")
        assert (step.start, step.end, step.mandatory) == (D(2027, 4, 17), D(2027, 5, 17), True)
        ics = tmp_path / "plan.ics"
        save_calendar(build_calendar(shell.controller.journey, now=dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.UTC)), ics)
        calendar = icalendar.Calendar.from_ical(ics.read_bytes())
        summaries = {str(c.get("summary")): c for c in calendar.walk("VEVENT")}
        # A window longer than a few days is written as its first and its last day, the last one with the alarms.
        notice = summaries["Dernier jour : Prévenir l'employeur du congé de paternité (du 17/06/2027 au 07/07/2027)"]
        assert notice.decoded("dtstart") == D(2027, 5, 17)
        assert notice.walk("VALARM")
        printed = tmp_path / "plan.pdf"
        write_plan_pdf(build_plan(shell.controller.journey, produced_on=dt.date(2027, 3, 1)), printed)
        tool = shutil.which("pdftotext")
        assert tool is not None
        plan_text = " ".join(
            subprocess.run([tool, str(printed), "-"], capture_output=True, text=True, check=True).stdout.split()
        )
        assert "Prévenir l'employeur du congé de paternité (du 17/06/2027 au 07/07/2027)" in plan_text
        # The supplementary leave is for either parent: the parent combo is free for it, locked for paternity.
        choose(qtbot, page.kind_combo, 1)
        assert page.parent_combo.isEnabled()
        choose(qtbot, page.kind_combo, 0)
        assert not page.parent_combo.isEnabled()
        assert not page.banner.isVisibleTo(page)

        # Born Sunday 20 June: the plan stays where it was, and is flagged.
        shell.controller.clock.set(dt.datetime(2027, 6, 21, 9, 0))
        shell.controller.set_family(
            Family(pregnancies=(Pregnancy(due=D(2027, 6, 10), birth=D(2027, 6, 20)),), parent2_name="Karim")
        )
        assert page.banner.isVisibleTo(page)
        assert shell.store.leave_plans()[""].periods == (planned,)
        issues = " ".join(page.labels(page.issues_box))
        assert "28/06/2027" in issues  # the new first day after the 4 mandatory days
        assert "à corriger" in page.period_list.item(0).text()

        # The letter for the period: names typed, PDF saved where the person chose, read back with pdftotext.
        page.period_list.setCurrentRow(0)
        assert page.letter_button.isEnabled()
        output = tmp_path / "lettre.pdf"
        monkeypatch.setattr(LeaveDialogs, "ask_pdf_path", classmethod(lambda cls, parent, suggested: output))
        dialog = page.open_letter()
        assert isinstance(dialog, LeaveLetterDialog)
        assert dialog.sender_name.text() == "Karim"  # the second parent's name from the family
        qtbot.keyClicks(dialog.employer_name, "Boulangerie Durand")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.saved_to == output
        text = " ".join(
            subprocess.run([tool, str(output), "-"], capture_output=True, text=True, check=True).stdout.split()
        )
        assert "Boulangerie Durand" in text and "du 17 juin 2027 au 7 juillet 2027 inclus" in text
        assert "est né(e) le 20 juin 2027" in text
        dialog.close()

        # Moving the period (remove, add again) saves it with the real birth date: the flag goes.
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        type_date(qtbot, page.start_field, "28/06/2027")
        type_date(qtbot, page.end_field, "18/07/2027")
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        assert not page.banner.isVisibleTo(page)
        assert shell.store.leave_plans()[""].planned_with_birth == D(2027, 6, 20)


def test_no_pregnancy_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(Family())
        page = _page(shell)
        assert page.empty.isVisibleTo(page)
        assert not page.add_button.isVisibleTo(page)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_month_names_on_the_timeline_never_run_into_each_other_at_200_percent_text(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Parents of newborn twins (born 20 November 2026, due 10 December) read at 200 % text, in French and in
    Arabic (drawn right to left). The timeline runs from the maternity leave to the first birthday, about 15
    months: at this size not every month's name fits, and the names once ran into one another ("اكتوبرنوفمبر").
    Every name drawn must sit inside the axis, apart from the next one, and the months must still be readable:
    at least one name in three."""
    preferences = Preferences(tmp_path / "preferences.ini")
    preferences.set("text_scale", 200)
    preferences.set("language", language)
    twins = Family(
        pregnancies=(Pregnancy(due=D(2026, 12, 10), birth=D(2026, 11, 20), multiple=2),),
        children=(
            Child(key="", birth=D(2026, 11, 20), pregnancy_key=""),
            Child(key="child2", birth=D(2026, 11, 20), pregnancy_key=""),
        ),
    )
    with running_shell(qtbot, tmp_path, dt.datetime(2026, 12, 3, 10, 0)) as shell:
        shell.controller.set_family(twins)
        shell.window.resize(1100, 760)
        shell.window.show()
        qtbot.waitExposed(shell.window)
        page = _page(shell)
        timeline = page.timeline
        assert timeline.report is not None
        assert timeline.isRightToLeft() is (language == "ar")
        metrics = QFontMetrics(timeline.font())
        _x_of, left, width, _labels = timeline.axis(metrics)
        labels = timeline.month_labels(metrics)
        # Twins: 12 weeks of prenatal leave before the DPA (C. trav. L1225-18), from 17 September 2026, to the
        # first birthday, 20 November 2027: 14 first days of a month lie in between (1 October 2026 to 1 Nov. 2027).
        start, end = timeline.report.timeline.start, timeline.report.timeline.end
        assert start <= D(2026, 10, 1) and end >= D(2027, 11, 1)
        spans = sorted((x, x + metrics.horizontalAdvance(name)) for x, name in labels)
        assert len(labels) * 3 >= 14, labels  # a name at least every third month
        assert all(left <= first and last <= left + width for first, last in spans), (spans, left, width)
        assert all(previous[1] < following[0] for previous, following in itertools.pairwise(spans)), spans
