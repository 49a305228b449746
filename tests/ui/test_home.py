"""Aujourd'hui, and the family changing over time: correcting the due date, entering the birth, another child.

Expected values are worked by hand from design.md section 4 (see test_first_run.py for the DDR example):
DDR 1 June 2026 -> DDG 15 June 2026 -> DPA 15 March 2027; today Sunday 22 November 2026.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from shell_support import choose, running_shell, type_date

from parcours_app.core.model import Family, Pregnancy
from parcours_app.ui.first_run import ChildDialog, PregnancyDatesDialog
from parcours_app.ui.home_page import HomePage

NOW = dt.datetime(2026, 11, 22, 9, 0)
DDR_FAMILY = Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 1)),))


def _home(shell: object) -> HomePage:
    page = shell.window.stack.currentWidget()  # type: ignore[attr-defined]
    assert isinstance(page, HomePage)
    return page


def test_correcting_the_due_date_after_the_scan_recomputes_at_once_and_keeps_marks(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
        first = shell.controller.journey.events[0]
        shell.controller.mark_done(first.id, dt.date(2026, 9, 1))
        shell.controller.set_note(first.id, "fait à la maternité")

        def drive(cls: type, parent: object, controller: object, preview: object, new: bool = False) -> bool:
            dialog = cls(controller, preview, new, parent)
            choose(qtbot, dialog.fields.kind, 2)  # the due date given after the scan
            type_date(qtbot, dialog.fields.date, "22/03/2027")
            # DPA 22 March 2027 -> DDG 22 June 2026 -> corrected DDR 8 June 2026;
            # 8 June -> 22 November = 22 + 31 + 31 + 30 + 31 + 22 = 167 days = 23 SA + 6 j
            assert "23 SA + 6 j — 6e mois de grossesse" in dialog.result_label.text()
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
            return dialog.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(PregnancyDatesDialog, "ask", classmethod(drive))
        shell.window.edit_dates_action.trigger()
        home = _home(shell)
        assert "23 SA + 6 j — 6e mois de grossesse" in home.stage.text()
        assert "Terme prévu le 22 mars 2027" in home.stage.text()
        assert "23 SA + 6 j" in shell.window.windowTitle()
        saved = shell.store.load_family()
        assert saved.pregnancies[0].due == dt.date(2027, 3, 22) and saved.pregnancies[0].ddr is None
        kept = shell.store.event_states()[first.id]
        assert kept.done_on == dt.date(2026, 9, 1) and kept.note == "fait à la maternité"
        assert first.id in shell.controller.journey.by_id()


def test_entering_the_birth_recomputes_and_keeps_marks(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
        first = shell.controller.journey.events[0]
        shell.controller.mark_done(first.id, dt.date(2026, 9, 1))
        shell.clock.set(dt.datetime(2027, 3, 20, 9, 0))
        shell.controller.recompute()

        def drive(cls: type, parent: object, controller: object, preview: object, birth: bool = True) -> bool:
            dialog = cls(controller, preview, birth, parent)
            assert dialog.windowTitle() == "Notre enfant est né"
            type_date(qtbot, dialog.fields.birth, "10/03/2027")
            dialog.fields.name.insert("Léa")
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
            return dialog.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(ChildDialog, "ask", classmethod(drive))
        shell.window.birth_action.trigger()
        home = _home(shell)
        # born 10 March 2027, today 20 March 2027: 10 days
        assert home.stage.text() == "Léa a 10 jours"
        assert "SA" not in home.stage.text()
        family = shell.store.load_family()
        assert family.pregnancies[0].birth == dt.date(2027, 3, 10)
        assert [(c.key, c.name, c.birth) for c in family.children] == [("", "Léa", dt.date(2027, 3, 10))]
        assert shell.store.event_states()[first.id].done_on == dt.date(2026, 9, 1)


def test_adding_a_child_and_a_new_pregnancy(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 1), birth=None),)))

        def add_child(cls: type, parent: object, controller: object, preview: object, birth: bool = True) -> bool:
            dialog = cls(controller, preview, birth, parent)
            assert dialog.windowTitle() == "Ajouter un enfant"
            type_date(qtbot, dialog.fields.birth, "02/05/2024")
            dialog.fields.name.insert("Hugo")
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(ChildDialog, "ask", classmethod(add_child))
        shell.window.add_child_action.trigger()
        home = _home(shell)
        # 2 May 2024 -> 2 November 2026 = 2 years 6 months; + 20 days, shown in years and months
        assert "Hugo a 2 ans et 6 mois" in home.stage.text()
        assert "24 SA + 6 j" in home.stage.text()
        children = shell.store.load_family().children
        assert [(c.key, c.name) for c in children] == [("", "Hugo")]


def test_marking_done_and_snoozing_act_on_the_chosen_card_and_can_be_undone(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
        home = _home(shell)
        # nothing chosen: the actions are disabled and say why (issue 16: one action, one visible target)
        assert not home.done_button.isEnabled() and not home.snooze_button.isEnabled()
        assert home.chosen.text().startswith("Choisissez une étape")
        cards = home.under_way.cards()
        assert len(cards) >= 2
        first = cards[0]
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
        done_id = home.selected_event_id()
        assert done_id == first.key and first.property("selected") is True
        assert home.chosen.text() == f"Étape choisie : {first.title.text()}"
        assert home.done_button.isEnabled()
        qtbot.mouseClick(home.done_button, Qt.MouseButton.LeftButton)
        assert shell.store.event_states()[done_id].done_on == dt.date(2026, 11, 22)
        assert done_id not in [card.key for card in home.under_way.cards()]
        # undone from where it was done
        assert home.undo_box.isVisible() and "marqué fait aujourd'hui" in home.undo_label.text()
        qtbot.mouseClick(home.undo_button, Qt.MouseButton.LeftButton)
        assert shell.store.event_states()[done_id].done_on is None
        assert done_id in [card.key for card in home.under_way.cards()]
        # the keyboard chooses a card too (Space on a focused card)
        second = home.under_way.cards()[1]
        qtbot.keyClick(second, Qt.Key.Key_Space)
        snoozed_id = home.selected_event_id()
        assert snoozed_id == second.key
        qtbot.mouseClick(home.snooze_button, Qt.MouseButton.LeftButton)
        assert shell.store.event_states()[snoozed_id].snoozed_until == dt.date(2026, 11, 29)
        assert snoozed_id not in [card.key for card in home.under_way.cards()]
