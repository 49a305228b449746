"""Issue 16, point 4: safe date entry, each defect driven with real key and wheel events.

Today is Wednesday 2 December 2026. Dates worked by hand from design.md section 4.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from shell_support import choose, running_shell, type_date

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import Family, Pregnancy
from parcours_app.storage import open_memory_store
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.first_run import ChildDialog, FirstRunPage, PregnancyDatesDialog
from parcours_app.ui.widgets.date_field import DateField

NOW = dt.datetime(2026, 12, 2, 9, 0)


def _wheel(widget: QWidget, steps: int = -3) -> None:
    """A real wheel event over the middle of the widget (negative: towards the person, "scroll down")."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[FamilyController]:
    store = open_memory_store()
    controller = FamilyController(store, FixedClock(NOW))
    controller.set_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 10)),)))
    yield controller
    store.close()


def _retype(qtbot: QtBot, field: DateField, keys: str) -> None:
    """Select all with Ctrl+A, as a person does, then type over the selection."""
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, keys)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("20/11/2026", dt.date(2026, 11, 20)),
        ("20112026", dt.date(2026, 11, 20)),
        ("20.11.2026", dt.date(2026, 11, 20)),
        ("20-11-26", dt.date(2026, 11, 20)),
        ("3/11/2026", dt.date(2026, 11, 3)),
    ],
)
def test_typing_over_a_selected_date_gives_exactly_what_was_typed(
    qtbot: QtBot, controller: FamilyController, typed: str, expected: dt.date
) -> None:
    from parcours_app.ui.journey.page import JourneyPage

    page = JourneyPage(controller)
    qtbot.addWidget(page)
    page.show()
    page.show_event("pregnancy.exam.4")
    done = next(field for field in page.detail_panel.findChildren(DateField) if field.objectName() == "done-date")
    assert done.date() == dt.date(2026, 12, 2)  # today, selected and typed over
    _retype(qtbot, done, typed)
    assert done.date() == expected
    if typed.startswith("20"):  # typing over only the day: select "20" then type "03"
        done.edit.setSelection(0, 2)
        qtbot.keyClicks(done.edit, "03")
        assert done.date() == expected.replace(day=3)


@pytest.mark.parametrize("year", ["9999", "1800", "1899", "2101"])
def test_a_year_out_of_range_says_the_range_not_the_digits(qtbot: QtBot, year: str) -> None:
    field = DateField()
    qtbot.addWidget(field)
    _retype(qtbot, field, f"01/01/{year}")
    assert field.date() is None
    assert field.message.text() == "L'année doit être comprise entre 1900 et 2100."
    _retype(qtbot, field, "01/01/1900")
    assert field.date() == dt.date(1900, 1, 1) and field.message.text() == ""


def test_the_wheel_never_changes_a_field_without_focus(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.window.show()
        qtbot.waitExposed(shell.window)
        page = shell.window.stack.currentWidget()
        assert isinstance(page, FirstRunPage)
        fields = page.form.pregnancy_fields
        for widget in (fields.multiple, fields.kind, fields.cycle, fields.children_before, page.form.region):
            before = widget.currentIndex() if hasattr(widget, "currentIndex") else widget.value()
            fields.date.edit.setFocus()  # the focus is elsewhere, the pointer passes over the field
            _wheel(widget)
            after = widget.currentIndex() if hasattr(widget, "currentIndex") else widget.value()
            assert after == before, widget.objectName()
            assert not widget.hasFocus()  # the wheel does not give the focus either
        # with the focus (a click or Tab first), the wheel works as usual
        fields.multiple.setFocus()
        qtbot.waitUntil(fields.multiple.hasFocus)
        _wheel(fields.multiple, steps=-1)
        assert fields.multiple.currentIndex() == 1


def test_the_wheel_over_the_dates_of_the_detail_scrolls_and_changes_nothing(
    qtbot: QtBot, controller: FamilyController
) -> None:
    from parcours_app.ui.journey.page import JourneyPage

    page = JourneyPage(controller)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    page.show_event("pregnancy.exam.4")
    snooze = next(field for field in page.detail_panel.findChildren(DateField) if field.objectName() == "snooze-date")
    before = snooze.edit.text()
    page.list_view.setFocus()
    _wheel(snooze.edit)
    assert snooze.edit.text() == before == "09/12/2026"  # a week after today, untouched


def test_changing_the_kind_of_date_clears_it_and_the_dialog_says_what_moves(
    qtbot: QtBot, controller: FamilyController
) -> None:
    dialog = PregnancyDatesDialog(controller, lambda family: "aperçu", False)
    qtbot.addWidget(dialog)
    fields = dialog.fields
    assert fields.date.date() == dt.date(2026, 6, 10)
    choose(qtbot, fields.kind, 1)  # "début de grossesse": the typed DDR must not be read as a DDG
    assert fields.date.date() is None
    assert fields.date.message.text() == "Le type de date a changé : indiquez la date à nouveau."
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    # DDG 10 June 2026 instead of DDR 10 June (DDG 24 June): DPA = DDG + 9 months, 24 March -> 10 March 2027
    type_date(qtbot, fields.date, "10/06/2026")
    assert dialog.result_label.text().startswith(
        "Le terme passe du 24 mars 2027 au 10 mars 2027 : les dates du calendrier bougent de 14 jours."
    )


def test_the_birth_dialog_proposes_premature_from_the_sa_and_speaks_of_twins(
    qtbot: QtBot, controller: FamilyController
) -> None:
    dialog = ChildDialog(controller, lambda family: "aperçu", True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Notre enfant est né"
    # the preview's room is reserved before anything is typed: nothing moves under the pointer
    lines = dialog.result_label.fontMetrics().lineSpacing()
    assert dialog.result_label.minimumHeight() >= 6 * lines
    # DDR 10 June 2026 + 24 weeks = 25 November 2026: 24 SA + 0 j
    type_date(qtbot, dialog.fields.birth, "25/11/2026")
    assert dialog.fields.premature.isChecked()
    assert dialog.term_hint.text() == "Naissance à 24 SA + 0 j : avant 37 SA, c'est une naissance prématurée."
    # the person's own choice wins
    qtbot.mouseClick(dialog.fields.premature, Qt.MouseButton.LeftButton)
    assert not dialog.fields.premature.isChecked()

    controller.set_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 3, 25), multiple=2),)))
    twins = ChildDialog(controller, lambda family: "aperçu", True)
    qtbot.addWidget(twins)
    assert twins.windowTitle() == "Nos enfants sont nés"
    assert twins.fields.premature.text() == "Nés &prématurés (avant 37 SA)"
    assert len(twins.second_names) == 1


def test_48_sa_asks_whether_the_baby_was_born(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DDR 25 December 2025 -> 2 December 2026 = 365 - 23 = 342 days = 48 SA + 6 j: long after the term (41 SA)."""
    from parcours_app.ui.first_run import FamilyQuestions

    asked: list[int] = []
    monkeypatch.setattr(
        FamilyQuestions, "baby_born", classmethod(lambda cls, parent, weeks: asked.append(weeks) or True)
    )
    with running_shell(qtbot, tmp_path, NOW) as shell:
        page = shell.window.stack.currentWidget()
        assert isinstance(page, FirstRunPage)
        type_date(qtbot, page.form.pregnancy_fields.date, "25/12/2025")
        qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
        assert asked == [48]
        assert shell.store.load_family() is None  # nothing saved as "terme dépassé"
        # born: the form turned to "Notre enfant est né", with the due date of those dates filled in
        # (DDG = DDR + 14 = 8 January 2026, DPA = DDG + 9 months = 8 October 2026)
        assert page.form.born_radio.isChecked()
        assert page.form.child_fields.due.date() == dt.date(2026, 10, 8)


def test_prenatal_appointments_after_the_birth_are_asked_about(
    qtbot: QtBot, controller: FamilyController, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parcours_app.core.model import Appointment
    from parcours_app.ui.first_run import FamilyQuestions

    asked: list[list[str]] = []
    monkeypatch.setattr(
        FamilyQuestions, "remove_appointments", classmethod(lambda cls, parent, lines: asked.append(lines) or True)
    )
    after = controller.save_appointment(
        Appointment(None, dt.datetime(2026, 12, 10, 9, 0), "Sage-femme", "pregnancy.exam.4")
    )
    before = controller.save_appointment(Appointment(None, dt.datetime(2026, 11, 20, 9, 0), "Écho", "pregnancy.exam.4"))
    dialog = ChildDialog(controller, lambda family: "aperçu", True)
    qtbot.addWidget(dialog)
    type_date(qtbot, dialog.fields.birth, "01/12/2026")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert asked == [["Sage-femme — 10 décembre 2026 09:00"]]
    assert [a.id for a in controller.appointments] == [before.id]
    assert after.id not in [a.id for a in controller.appointments]
