"""Issue 16, the family's "now": four families tried as new users would, through the real window.

Today is Wednesday 2 December 2026 in every scenario. Expected dates are worked by hand from design.md section 4:

- 25 SA: DDR 10 June 2026 -> DDG 24 June 2026 (DDR + 14). 10 June -> 2 December = 20 + 31 + 31 + 30 + 31 + 30 + 2
  = 175 days = 25 SA + 0 j. The 4th prenatal exam covers the 6th month of pregnancy, [DDG + 5 months, DDG + 6
  months - 1 day] = [24 November, 23 December 2026]: under way. Past before the family started (today): exams 1
  (ends 23 September), 2 (24 September - 23 October), 3 (24 October - 23 November), the déclaration (DDG + 97 days
  = 29 September), the 1st ultrasound (11 SA + 0 .. 13 SA + 6 = 26 August .. 15 September) and the 2nd
  (20 SA + 0 .. 24 SA + 6 = 28 October .. 1 December): 6 steps, all a question, none "en retard".
- 28 SA + a 22-month-old: DDR = 2 December - 196 days = 20 May 2026; the child born 2 February 2025 is 22 months old.
- Newborn twins 5 days old: born Friday 27 November 2026; the déclaration de naissance ends 5 days after the birth,
  the birth day not counted: Wednesday 2 December 2026, a working day: its last day is today.
- Reopening: the family started on 2 November 2026; the 3rd prenatal exam ended on 23 November, while it used the app,
  and can still be done during the pregnancy (resources/rules/catch-up.toml): "à rattraper".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from shell_support import choose, running_shell, type_date

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import Family, Pregnancy
from parcours_app.storage import open_store
from parcours_app.ui.first_run import ChildDialog, FirstRunPage
from parcours_app.ui.home_page import HomePage
from parcours_app.ui.past_steps_dialog import PastStepsDialog

NOW = dt.datetime(2026, 12, 2, 9, 0)
TODAY = NOW.date()


def _first_run(qtbot: QtBot, shell: object, ddr: str, twins: bool = False) -> PastStepsDialog:
    """Type the DDR on the first-run page as a person would, submit, and return the question that follows."""
    page = shell.window.stack.currentWidget()  # type: ignore[attr-defined]
    assert isinstance(page, FirstRunPage)
    if twins:
        choose(qtbot, page.form.pregnancy_fields.multiple, 1)
    type_date(qtbot, page.form.pregnancy_fields.date, ddr)
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    window = shell.window  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.past_dialog is not None and window.past_dialog.isVisible())
    dialog = window.past_dialog
    assert isinstance(dialog, PastStepsDialog)
    assert dialog.question.text() == "Ces étapes sont passées : les avez-vous faites ?"
    return dialog


def _home(shell: object) -> HomePage:
    page = shell.window.pages["home"]  # type: ignore[attr-defined]
    assert isinstance(page, HomePage)
    return page


def _page_text(home: HomePage) -> str:
    return "\n".join(line for section in home.sections() for line in section.texts())


def test_25_sa_at_first_run_leads_with_what_is_under_way(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        dialog = _first_run(qtbot, shell, "10/06/2026")
        titles = sorted(box.text().split(" (jusqu'au")[0] for box in dialog.boxes)
        assert titles == sorted(
            [
                "1er examen prénatal",
                "2e examen prénatal (4e mois)",
                "3e examen prénatal (5e mois)",
                "Déclarer la grossesse",
                "1re échographie (vers 12 SA)",
                "2e échographie (vers 22 SA)",
            ]
        )
        assert not dialog.save_button.isEnabled()  # nothing ticked yet
        qtbot.mouseClick(dialog.unknown_button, Qt.MouseButton.LeftButton)  # "Je ne sais pas"
        home = _home(shell)
        states = shell.store.event_states()
        assert all(states[event.id].dismissed for event in dialog.events)  # out of the way, in the journey
        assert home.summary is not None and home.summary.catch_up == () and home.summary.past_to_confirm == ()
        first = home.under_way.cards()[0]
        assert first.title.text() == "4e examen prénatal (6e mois)"
        assert first.when.text() == "jusqu'au 23 décembre 2026"
        assert first.status.text() == "obligatoire"  # 21 days left: not close yet
        assert [card.key for card in home.week.cards()] == ["pregnancy.exam.4"]  # the one thing this week
        assert "retard" not in _page_text(home).lower()
        assert not home.catch_up.isVisible() and not home.past.isVisible()
        family = shell.store.load_family()
        assert family.started_on == TODAY and family.pregnancies[0].added_on == TODAY
        # put aside, still reachable in the journey, and brought back from there
        shell.window.show_event("pregnancy.exam.1")
        journey = shell.window.pages["journey"]
        bring_back = next(b for b in journey.detail_panel.findChildren(QPushButton) if b.objectName() == "undo-dismiss")
        assert bring_back.isVisibleTo(journey.detail_panel)
        qtbot.mouseClick(bring_back, Qt.MouseButton.LeftButton)
        assert not shell.store.event_states()["pregnancy.exam.1"].dismissed
        shell.window.show_page("home")  # Aujourd'hui catches up when shown again
        assert home.summary is not None and [e.rule_id for e in home.summary.past_to_confirm] == ["pregnancy.exam.1"]


def test_28_sa_then_a_22_month_old_is_asked_about_not_blamed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        dialog = _first_run(qtbot, shell, "20/05/2026")
        qtbot.mouseClick(dialog.all_done_button, Qt.MouseButton.LeftButton)  # "Oui, toutes"
        done = shell.store.event_states()
        assert all(done[event.id].done_on == event.end for event in dialog.events)

        def add_child(cls: type, parent: object, controller: object, preview: object, birth: bool = True) -> bool:
            child = cls(controller, preview, birth, parent)
            type_date(qtbot, child.fields.birth, "02/02/2025")
            qtbot.keyClicks(child.fields.name, "Sacha")
            qtbot.mouseClick(child.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
            return child.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(ChildDialog, "ask", classmethod(add_child))
        shell.window.add_child_action.trigger()
        qtbot.waitUntil(lambda: shell.window.past_dialog is not None)
        question = shell.window.past_dialog
        # only Sacha's past steps are asked about: the pregnancy's were answered
        assert question.events and all(not e.rule_id.startswith("pregnancy.") for e in question.events)
        assert "child.exam.1" in {event.rule_id for event in question.events}
        home = _home(shell)
        assert home.summary.catch_up == ()
        assert "retard" not in _page_text(home).lower()
        assert home.past.isVisible() and home.past.intro.text().startswith(f"{len(question.events)} étapes passées")
        # one by one: the first two ticked are done, the rest put out of the way
        question.boxes[0].click()
        question.boxes[1].click()
        qtbot.mouseClick(question.save_button, Qt.MouseButton.LeftButton)
        states = shell.store.event_states()
        assert states[question.events[0].id].done_on is not None and states[question.events[1].id].done_on
        assert all(states[e.id].dismissed for e in question.events[2:])
        assert not home.past.isVisible()
        assert home.under_way.cards()[0].key == "pregnancy2:pregnancy.exam.5" or home.under_way.cards()[0].key


def test_newborn_twins_5_days_old_see_the_declaration_first_and_their_names(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        dialog = _first_run(qtbot, shell, "25/03/2026", twins=True)
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)  # "Plus tard": nothing recorded

        def born(cls: type, parent: object, controller: object, preview: object, birth: bool = True) -> bool:
            child = cls(controller, preview, birth, parent)
            type_date(qtbot, child.fields.birth, "27/11/2026")
            qtbot.keyClicks(child.fields.name, "Lou")
            child.second_names[0].insert("Noé")  # QTest types ASCII only; the accented name is inserted
            qtbot.mouseClick(child.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
            return child.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(ChildDialog, "ask", classmethod(born))
        shell.window.birth_action.trigger()
        qtbot.waitUntil(lambda: shell.window.past_dialog is not None)
        question = shell.window.past_dialog
        asked = {event.rule_id for event in question.events}
        # the prenatal steps the birth made moot are a question, never "en retard"
        assert {"pregnancy.exam.1", "pregnancy.ultrasound.1"} <= asked
        assert "leave.birth" not in asked  # a leave period is lived, not done: never asked about
        home = _home(shell)
        assert home.summary.catch_up == ()
        urgent = home.under_way.cards()[0]
        assert urgent.key == "birth.declaration"
        assert urgent.title.text() == shell.controller.catalog["birth.declaration"].title
        assert urgent.when.text() == "jusqu'au 2 décembre 2026"
        # stands out in words and shape, not colour alone
        assert urgent.icon.text() == "⚠" and urgent.property("tone") == "urgent"
        assert urgent.status.text() == "Urgent : obligatoire, dernier jour aujourd'hui"
        assert [card.key for card in home.week.cards()] == ["birth.declaration"]
        titles = [card.title.text() for card in home.under_way.cards()]
        exam = shell.controller.catalog["child.exam.1"].title  # the rule's own title (its wording may change)
        assert f"{exam} — Lou" in titles and f"{exam} — Noé" in titles
        assert "retard" not in _page_text(home).lower()
        qtbot.mouseClick(question.later_button, Qt.MouseButton.LeftButton)


def test_reopening_says_what_is_under_way_first_and_what_to_catch_up(qtbot: QtBot, tmp_path: Path) -> None:
    family = Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 10)),), started_on=dt.date(2026, 11, 2))
    with open_store(tmp_path / "data", clock=FixedClock(NOW)) as store:
        store.save_family(family)
    with running_shell(qtbot, tmp_path, NOW) as shell:
        [(_title, body)] = [m for m in shell.window.banner.messages if m[0] == "Aujourd'hui"]
        home = _home(shell)
        assert body.startswith(f"{len(home.summary.under_way)} étapes en cours, cette semaine : ")
        assert "1 étape à rattraper" in body and "retard" not in body
        [catch_up] = home.catch_up.cards()
        assert catch_up.title.text() == "3e examen prénatal (5e mois)"
        assert catch_up.when.text() == "Date limite passée : 23 novembre 2026"
        assert catch_up.status.text().startswith("À rattraper · Il est encore temps")
        assert catch_up.icon.text() == "↻"
        # it is also the one thing this week (no deadline within the week), said the same way
        [week] = home.week.cards()
        assert (week.key, week.when.text(), week.status.text()) == (
            catch_up.key,
            catch_up.when.text(),
            catch_up.status.text(),
        )
        # ended before 2 November: exams 1 and 2, the déclaration and the 1st ultrasound wait for the question
        assert {e.rule_id for e in home.summary.past_to_confirm} == {
            "pregnancy.exam.1",
            "pregnancy.exam.2",
            "pregnancy.declaration",
            "pregnancy.ultrasound.1",
        }
        assert home.past.isVisible()
        qtbot.mouseClick(home.past_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: shell.window.past_dialog is not None)
        qtbot.mouseClick(shell.window.past_dialog.later_button, Qt.MouseButton.LeftButton)
        # nothing was written by reopening beyond what was there
        assert shell.store.load_family().started_on == dt.date(2026, 11, 2)
        # the opening banner follows a language switch (issue 16, point 5)
        shell.apply_language("en")
        qtbot.waitUntil(lambda: shell.window.banner.messages[0][0] == "Today")
        [(_title, english)] = [m for m in shell.window.banner.messages if m[0] == "Today"]
        assert english.startswith(f"{len(home.summary.under_way)} steps under way, this week: ")
        assert "1 step to catch up" in english
        shell.apply_language("fr")


def test_an_appointment_exactly_seven_days_away_is_listed(qtbot: QtBot, tmp_path: Path) -> None:
    from parcours_app.core.model import Appointment

    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 10)),)))
        shell.controller.save_appointment(Appointment(None, dt.datetime(2026, 12, 9, 10, 30), "Sage-femme"))
        shell.controller.save_appointment(Appointment(None, dt.datetime(2026, 12, 10, 10, 30), "Trop loin"))
        home = _home(shell)
        # 2 December + 7 days = 9 December: included; 10 December is the 8th day
        assert [card.title.text() for card in home.appointments.cards()] == ["Sage-femme"]
        assert home.appointments.cards()[0].when.text() == "le 9 décembre 2026 à 10:30"
