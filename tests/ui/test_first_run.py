"""The first-run setup, driven through the real widgets with the keyboard and the mouse, on a real SQLite folder.

Expected values are worked by hand from design.md section 4 (binding conventions):
DDG = DDR + cycle - 14; DPA = DDG + 9 calendar months; DDR = DDG - 14 days when the DPA or DDG is given;
SA counted from the DDR ("24 SA + 6 j"); month k of pregnancy = [DDG + (k-1) months, DDG + k months - 1 day].

Worked example used below, with "today" fixed at Sunday 22 November 2026:
DDR 1 June 2026 (cycle 28) -> DDG 15 June 2026 -> DPA 15 March 2027.
1 June -> 22 November = 30 + 31 + 31 + 30 + 31 + 21 = 174 days = 24 weeks + 6 days -> "24 SA + 6 j".
DDG + 5 months = 15 November <= 22 November < 15 December = DDG + 6 months -> 6th month of pregnancy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shell_support import choose, running_shell, type_date

from parcours_app.ui.first_run import FirstRunPage
from parcours_app.ui.home_page import HomePage

NOW = dt.datetime(2026, 11, 22, 9, 0)
EXPECTED_STAGE = "24 SA + 6 j — 6e mois de grossesse"
EXPECTED_DUE = "Terme prévu le 15 mars 2027"


def _first_run(shell: object) -> FirstRunPage:
    page = shell.window.first_run  # type: ignore[attr-defined]
    assert isinstance(page, FirstRunPage)
    assert shell.window.stack.currentWidget() is page  # type: ignore[attr-defined]
    return page


@pytest.mark.parametrize(
    ("kind_index", "typed"),
    [
        (0, "01/06/2026"),  # DDR
        (1, "15.06.2026"),  # DDG from the first scan (dots are accepted too)
        (2, "15032027"),  # DPA from the midwife, typed without separators
    ],
    ids=["ddr", "conception", "due-date"],
)
def test_first_run_with_each_kind_of_date_shows_the_result_at_once(
    qtbot: QtBot, tmp_path: Path, kind_index: int, typed: str
) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        page = _first_run(shell)
        assert not page.submit.isEnabled()
        choose(qtbot, page.form.pregnancy_fields.kind, kind_index)
        type_date(qtbot, page.form.pregnancy_fields.date, typed)
        # the result is shown as soon as the date is complete, before anything is saved
        assert EXPECTED_STAGE in page.result.text()
        assert EXPECTED_DUE in page.result.text()
        assert shell.store.load_family() is None
        qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
        home = shell.window.stack.currentWidget()
        assert isinstance(home, HomePage)
        assert EXPECTED_STAGE in home.stage.text()
        assert EXPECTED_STAGE in shell.window.windowTitle()
        saved = shell.store.load_family()
        assert saved is not None and len(saved.pregnancies) == 1
        # the 1000 days start on the first day of the 4th month: DDG + 3 months = 15 September 2026
        assert "commencent" not in home.thousand_days.text()
        # 15 September -> 22 November = 15 + 31 + 22 = 68 days after, so day 69
        assert home.thousand_days.text().startswith("Jour 69 des 1000 premiers jours")


def test_born_child_with_name_and_keyboard_submit(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        page = _first_run(shell)
        page.form.born_radio.setFocus()
        qtbot.keyClick(page.form.born_radio, Qt.Key.Key_Space)
        assert page.form.child_fields.isVisible()
        type_date(qtbot, page.form.child_fields.birth, "20/08/2026")
        page.form.child_fields.name.setFocus()
        page.form.child_fields.name.insert("Léa")  # QTest can only type ASCII keys; the text goes in as typed
        # 20 August + 3 months = 20 November; + 2 days = 22 November
        assert "Léa a 3 mois et 2 jours" in page.result.text()
        qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        home = shell.window.stack.currentWidget()
        assert isinstance(home, HomePage)
        assert "Léa a 3 mois et 2 jours" in home.stage.text()


def test_impossible_date_says_what_to_fix_under_the_field(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        page = _first_run(shell)
        field = page.form.pregnancy_fields.date
        type_date(qtbot, field, "31/02/2026")
        assert field.message.isVisibleTo(page)
        assert field.message.text() == "Cette date n'existe pas : ce mois-là n'a que 28 jours."
        assert field.edit.accessibleDescription() == field.message.text()
        assert not page.submit.isEnabled()
        type_date(qtbot, field, "13/2026")
        assert field.message.text() == ""  # still typing: no scolding before the date can be complete
        qtbot.keyClick(field.edit, Qt.Key.Key_Tab)  # leaving the field shows the format to use
        assert field.message.text() == "Tapez la date sous la forme jj/mm/aaaa, par exemple 14/03/2026."
        type_date(qtbot, field, "01/06/2026")
        assert not field.message.isVisibleTo(page)
        assert page.submit.isEnabled()


def test_a_due_date_too_far_ahead_is_refused_by_the_core_and_nothing_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        page = _first_run(shell)
        choose(qtbot, page.form.pregnancy_fields.kind, 2)
        type_date(qtbot, page.form.pregnancy_fields.date, "15/03/2029")  # over 10 months after today
        assert "vérifiez" in page.result.text()
        assert not page.submit.isEnabled()
        page.accept()  # even forced, nothing reaches the store
        assert shell.store.load_family() is None
