"""The journey page driven through its real widgets, with the keyboard and the mouse.

Dates come from the hand-built journeys of test_journey_support.py (worked from the rules, sources there);
"today" is 1 July 2026 on a fixed clock.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton
from pytestqt.qtbot import QtBot
from test_journey_support import (  # noqa: F401  (controller is a fixture)
    TODAY,
    controller,
    family_b,
    family_with_child_and_pregnancy,
)

from parcours_app.core.journey_filters import FilterGroup
from parcours_app.core.model import Appointment
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.journey.appointment_dialog import AppointmentDialog
from parcours_app.ui.journey.detail import EventDetailPanel
from parcours_app.ui.journey.list_model import EVENT_ID_ROLE
from parcours_app.ui.journey.page import JourneyPage

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
# Screenshots go to a temporary folder; with PARCOURS_SAVE_SCREENSHOTS=1 they refresh docs/screenshots/.
SCREENSHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("PARCOURS_SAVE_SCREENSHOTS")
    else Path(tempfile.mkdtemp(prefix="parcours-journey-shots-"))
)


def make_page(qtbot: QtBot, controller: FamilyController) -> JourneyPage:  # noqa: F811
    page = JourneyPage(controller)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # shortcuts and focus need the active window, offscreen too
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def months_and_ids(page: JourneyPage) -> list[tuple[str, list[str]]]:
    model = page.list_model
    result = []
    for row in range(model.rowCount()):
        month = model.index(row, 0)
        ids = [model.index(child, 0, month).data(EVENT_ID_ROLE) for child in range(model.rowCount(month))]
        result.append((month.data(), ids))
    return result


def shown_ids(page: JourneyPage) -> set[str]:
    return {event_id for _, ids in months_and_ids(page) for event_id in ids}


def click(qtbot: QtBot, widget: QCheckBox | QPushButton) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_events_are_grouped_under_the_month_their_window_opens(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    assert months_and_ids(page) == [
        ("Mars 2026", ["pregnancy.declaration"]),
        ("Juin 2026", ["pregnancy.exam.4"]),
        ("Juillet 2026", ["pregnancy.exam.5", "pregnancy.ultrasound.2"]),
        ("Novembre 2026", ["leave.maternity"]),
        ("Décembre 2026", ["child.exam.1"]),
    ]
    assert page.list_model.index(2, 0).data(ACCESSIBLE) == "Juillet 2026, 2 étapes"


def test_rows_speak_title_window_obligation_and_when(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    model = page.list_model
    # 15 July is 14 days after 1 July: "dans 2 semaines"; 19 July is 18 days away, rounded to the nearest week.
    assert model.index_of_event("pregnancy.exam.5").data(ACCESSIBLE) == (
        "Examen prénatal du 5e mois, du 15 juillet au 14 août 2026, obligatoire, dans 2 semaines"
    )
    assert model.index_of_event("pregnancy.ultrasound.2").data(ACCESSIBLE) == (
        "Échographie du 2e trimestre, du 19 juillet au 22 août 2026, recommandé, dans 3 semaines"
    )
    # The déclaration closed on 20 June: 11 days before 1 July, not marked done.
    assert model.index_of_event("pregnancy.declaration").data(ACCESSIBLE) == (
        "Déclaration de grossesse, du 15 mars au 20 juin 2026, obligatoire, "
        "À rattraper : la date limite est passée il y a 11 jours, il est encore temps de le faire"
    )
    # The window open today says so and until when; the estimated one says it is estimated.
    assert "En cours, jusqu'au 14 juillet 2026" in model.index_of_event("pregnancy.exam.4").data(ACCESSIBLE)
    child_exam = model.index_of_event("child.exam.1").data(ACCESSIBLE)
    assert child_exam.startswith("Examen de l'enfant dans les 8 jours, du 15 au 23 décembre 2026")
    assert child_exam.endswith("date estimée")
    # A window across two years writes both years.
    assert "du 3 novembre 2026 au 22 février 2027" in model.index_of_event("leave.maternity").data(ACCESSIBLE)
    # The status is in the visible text too (never colour alone).
    assert "⚠ À rattraper" in model.index_of_event("pregnancy.declaration").data()


def test_category_filters_by_mouse(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    click(qtbot, page.group_box(FilterGroup.PREGNANCY))
    assert shown_ids(page) == {"pregnancy.declaration", "leave.maternity", "child.exam.1"}
    click(qtbot, page.group_box(FilterGroup.LEAVE))
    click(qtbot, page.group_box(FilterGroup.CHILD))
    assert shown_ids(page) == {"pregnancy.declaration"}
    click(qtbot, page.group_box(FilterGroup.ADMIN))
    # Nothing left: the list gives way to a plain message and a button that shows everything again.
    assert page.list_model.rowCount() == 0
    assert not page.list_view.isVisible()
    show_all = next(b for b in page.findChildren(QPushButton) if b.text() == "Tout afficher" and b.isVisible())
    click(qtbot, show_all)
    assert len(shown_ids(page)) == 6
    assert page.list_view.isVisible()


def test_mandatory_only_by_keyboard(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    box = page.mandatory_only_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert "pregnancy.ultrasound.2" not in shown_ids(page)
    assert len(shown_ids(page)) == 5


def test_filter_per_child_and_pregnancy(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    controller.set_family(family_with_child_and_pregnancy())
    page = make_page(qtbot, controller)
    combo = page.subject_box
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Toute la famille", "Grossesse", "Léa"]
    combo.setCurrentIndex(2)
    assert "child.exam.13" in shown_ids(page)
    assert "pregnancy.exam.5" not in shown_ids(page)
    combo.setCurrentIndex(1)
    assert "child.exam.13" not in shown_ids(page)
    assert shown_ids(page) == {
        "pregnancy.declaration",
        "pregnancy.exam.4",
        "pregnancy.exam.5",
        "pregnancy.ultrasound.2",
        "pregnancy1:leave.maternity",
        "pregnancy1:child.exam.1",  # the baby not born yet belongs to the pregnancy
    }


def test_month_view_marks_event_days_and_a_click_filters_the_list(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    marks = page.calendar.marked_day_counts
    # exam 5 opens on 15 July; the ultrasound opens on 19 July and aims at 2 August; exam 4 ends on 14 July.
    assert marks[dt.date(2026, 7, 15)] == 1
    assert marks[dt.date(2026, 7, 19)] == 1
    assert marks[dt.date(2026, 8, 2)] == 1
    assert marks[dt.date(2026, 7, 14)] == 1
    assert dt.date(2026, 7, 16) not in marks
    page.calendar.clicked.emit(QDate(2026, 7, 20))
    # Open on 20 July: exam 5 (15 July .. 14 August) and the ultrasound (19 July .. 22 August).
    assert shown_ids(page) == {"pregnancy.exam.5", "pregnancy.ultrasound.2"}
    assert page.selected_event_id == "pregnancy.exam.5"
    all_days = next(b for b in page.findChildren(QPushButton) if b.text() == "Tous les &jours")
    click(qtbot, all_days)
    assert len(shown_ids(page)) == 6


def test_arrows_move_and_enter_opens_the_detail(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    view = page.list_view
    view.setFocus()
    view.setCurrentIndex(page.list_model.index_of_event("pregnancy.declaration"))
    qtbot.keyClick(view, Qt.Key.Key_Down)  # onto the "Juin 2026" header
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.selected_event_id == "pregnancy.exam.4"
    assert page.detail_panel.shown_event is not None
    assert page.detail_panel.shown_event.id == "pregnancy.exam.4"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.detail_panel.first_action()


def detail_text(panel: EventDetailPanel) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in panel.findChildren(QLabel) if label.isVisible())


def test_detail_panel_says_what_when_whom_and_source(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    assert page.show_event("pregnancy.declaration")
    text = detail_text(page.detail_panel)
    assert "Déclaration de grossesse" in text
    assert "Démarche · Obligatoire" in text
    assert "Du 15 mars au 20 juin 2026." in text
    assert "Calculé à partir de la date prévue d'accouchement (15 décembre 2026)." in text
    assert "Votre médecin ou votre sage-femme" in text
    assert "Votre carte Vitale" in text
    assert "Faites-la avant la fin du 3e mois." in text
    assert "service-public.fr — Déclaration de grossesse (vérifié le 22 novembre 2026)" in text
    assert "https://www.service-public.fr/particuliers/vosdroits/F963" in text.replace("\u200b", "")
    assert "Date estimée" not in text
    page.show_event("pregnancy.ultrasound.2")
    assert "Idéalement vers le 2 août 2026." in detail_text(page.detail_panel)
    page.show_event("child.exam.1")
    assert "Date estimée d'après la date prévue d'accouchement" in detail_text(page.detail_panel)


def test_official_link_opens_only_after_confirmation(
    qtbot: QtBot,
    controller: FamilyController,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, controller)
    page.show_event("pregnancy.declaration")
    opened: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(EventDetailPanel, "confirm_open_link", classmethod(lambda cls, parent, url: next(answers)))
    monkeypatch.setattr(EventDetailPanel, "open_url", classmethod(lambda cls, url: opened.append(url) or True))
    button = next(b for b in page.detail_panel.findChildren(QPushButton) if "officielle" in b.text())
    click(qtbot, button)
    assert opened == []
    click(qtbot, button)
    assert opened == ["https://www.service-public.fr/particuliers/vosdroits/F963"]


def button(page: JourneyPage, text: str) -> QPushButton:
    return next(b for b in page.detail_panel.findChildren(QPushButton) if b.text() == text)


def test_mark_done_with_a_date_then_undo(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    page.show_event("pregnancy.declaration")
    said: list[str] = []
    page.detail_panel.status_message.connect(said.append)
    from parcours_app.ui.widgets.date_field import DateField

    done_date = next(e for e in page.detail_panel.findChildren(DateField) if e.objectName() == "done-date")
    assert done_date.date() == dt.date(2026, 7, 1)  # defaults to today
    done_date.edit.setFocus()
    qtbot.keyClick(done_date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(done_date.edit, "02/06/2026")
    click(qtbot, button(page, "Marquer comme &fait"))
    assert controller.states["pregnancy.declaration"].done_on == dt.date(2026, 6, 2)
    row = page.list_model.index_of_event("pregnancy.declaration")
    assert row.data(ACCESSIBLE).endswith("Fait le 2 juin 2026")
    assert "✓ Fait le 2 juin 2026" in detail_text(page.detail_panel)
    assert said[-1].startswith("« ") and said[-1].endswith(" » marqué comme fait le 2 juin 2026.")
    click(qtbot, button(page, "A&nnuler « fait »"))
    assert controller.states["pregnancy.declaration"].done_on is None
    assert said[-1].startswith("« ") and said[-1].endswith(" » n'est plus marqué comme fait.")
    assert "À rattraper" in row.data(ACCESSIBLE)


def test_shortcut_marks_the_selected_event_done_today(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    page.show_event("pregnancy.exam.4")
    page.activateWindow()
    qtbot.keyClick(page.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert controller.states["pregnancy.exam.4"].done_on == TODAY


def test_snooze_presets_and_chosen_day(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    page.show_event("pregnancy.exam.5")
    said: list[str] = []
    page.detail_panel.status_message.connect(said.append)
    click(qtbot, button(page, "+1 &jour"))
    assert controller.states["pregnancy.exam.5"].snoozed_until == dt.date(2026, 7, 2)
    assert said[-1].endswith(" » reporté au 2 juillet 2026.")  # today 1 July 2026 + 1 day
    click(qtbot, button(page, "+1 &semaine"))
    assert controller.states["pregnancy.exam.5"].snoozed_until == dt.date(2026, 7, 8)
    assert page.list_model.index_of_event("pregnancy.exam.5").data(ACCESSIBLE).endswith("Reporté au 8 juillet 2026")
    from parcours_app.ui.widgets.date_field import DateField

    snooze_date = next(e for e in page.detail_panel.findChildren(DateField) if e.objectName() == "snooze-date")
    snooze_date.edit.setFocus()
    qtbot.keyClick(snooze_date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(snooze_date.edit, "20/07/2026")
    click(qtbot, button(page, "&Reporter"))
    assert controller.states["pregnancy.exam.5"].snoozed_until == dt.date(2026, 7, 20)
    # undone from where it was done
    click(qtbot, button(page, "Annuler le re&port"))
    assert controller.states["pregnancy.exam.5"].snoozed_until is None
    assert said[-1].endswith(" » n'est plus reporté.")


def test_note_is_saved_and_comes_back(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    page.show_event("pregnancy.exam.5")
    from PySide6.QtWidgets import QPlainTextEdit

    note = next(e for e in page.detail_panel.findChildren(QPlainTextEdit))
    note.setFocus()
    qtbot.keyClicks(note, "Demander le resultat")
    note.insertPlainText(" de la prise de sang, 2e trimestre")
    click(qtbot, button(page, "Enregistrer la &note"))
    assert controller.states["pregnancy.exam.5"].note == "Demander le resultat de la prise de sang, 2e trimestre"
    page.show_event("pregnancy.exam.4")
    assert note.toPlainText() == ""
    page.show_event("pregnancy.exam.5")
    assert note.toPlainText() == "Demander le resultat de la prise de sang, 2e trimestre"


def test_appointments_add_edit_delete_through_the_dialog(
    qtbot: QtBot,
    controller: FamilyController,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, controller)
    page.show_event("pregnancy.ultrasound.2")
    asked: list[tuple[str, str | None, Appointment | None, dt.date]] = []

    def fake_ask(
        cls: type, parent: object, title: str, event_id: str | None, appointment: Appointment | None, day: dt.date
    ) -> Appointment:
        asked.append((title, event_id, appointment, day))
        if appointment is None:
            return Appointment(None, dt.datetime(2026, 8, 3, 14, 30), title, event_id, "Cabinet de radiologie", "")
        return Appointment(appointment.id, dt.datetime(2026, 8, 4, 10, 0), title, event_id, appointment.place, "")

    monkeypatch.setattr(AppointmentDialog, "ask", classmethod(fake_ask))
    click(qtbot, button(page, "Ajouter un rendez-&vous…"))
    # The dialog opens on the ideal day of the window (2 August 2026).
    assert asked[0][:2] == ("Échographie du 2e trimestre", "pregnancy.ultrasound.2")
    assert asked[0][3] == dt.date(2026, 8, 2)
    saved = controller.appointments
    assert [(a.starts_at, a.place, a.event_id) for a in saved] == [
        (dt.datetime(2026, 8, 3, 14, 30), "Cabinet de radiologie", "pregnancy.ultrasound.2")
    ]
    row_text = page.list_model.index_of_event("pregnancy.ultrasound.2").data()
    assert "Rendez-vous pris le 3 août 2026 à 14:30" in row_text
    assert page.calendar.marked_day_counts[dt.date(2026, 8, 3)] == 1
    click(qtbot, button(page, "&Modifier…"))
    assert asked[1][2] is not None and asked[1][2].id == saved[0].id
    assert [a.starts_at for a in controller.appointments] == [dt.datetime(2026, 8, 4, 10, 0)]
    monkeypatch.setattr(AppointmentDialog, "confirm_delete", classmethod(lambda cls, parent, appointment: False))
    click(qtbot, button(page, "S&upprimer"))
    assert len(controller.appointments) == 1
    monkeypatch.setattr(AppointmentDialog, "confirm_delete", classmethod(lambda cls, parent, appointment: True))
    click(qtbot, button(page, "S&upprimer"))
    assert controller.appointments == []


def test_real_appointment_dialog_fields(qtbot: QtBot) -> None:
    dialog = AppointmentDialog("Examen prénatal du 5e mois", None, dt.date(2026, 7, 15))
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLineEdit, QTimeEdit

    dialog.findChild(QTimeEdit).setTime(dialog.findChild(QTimeEdit).time().fromString("16:45", "HH:mm"))
    qtbot.keyClicks(dialog.findChild(QLineEdit), "Maternite des Lilas")
    result = dialog.appointment("pregnancy.exam.5")
    assert result == Appointment(
        None, dt.datetime(2026, 7, 15, 16, 45), "Examen prénatal du 5e mois", "pregnancy.exam.5", "Maternite des Lilas"
    )


def test_selection_states_and_appointments_survive_a_corrected_due_date(
    qtbot: QtBot,
    controller: FamilyController,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, controller)
    page.show_event("pregnancy.exam.5")
    controller.set_note("pregnancy.exam.5", "Apporter les analyses")
    controller.snooze("pregnancy.exam.5", dt.date(2026, 7, 10))
    controller.save_appointment(
        Appointment(None, dt.datetime(2026, 7, 30, 9, 0), "Examen", "pregnancy.exam.5", "Sage-femme")
    )
    # The scan moves the due date from 15 to 22 December: exam 5 becomes 22 July .. 21 August 2026.
    controller.set_family(family_b())
    assert page.selected_event_id == "pregnancy.exam.5"
    assert page.list_view.currentIndex() == page.list_model.index_of_event("pregnancy.exam.5")
    assert page.list_view.selectionModel().isSelected(page.list_view.currentIndex())
    text = detail_text(page.detail_panel)
    assert "Du 22 juillet au 21 août 2026." in text
    assert "Reporté au 10 juillet 2026" in text
    assert (
        "Le 30 juillet 2026 à 09:00 — Sage-femme"
        in page.detail_panel.findChildren(__import__("PySide6.QtWidgets", fromlist=["QListWidget"]).QListWidget)[0]
        .item(0)
        .text()
    )
    row = page.list_model.index_of_event("pregnancy.exam.5")
    assert row.data(ACCESSIBLE).startswith("Examen prénatal du 5e mois, du 22 juillet au 21 août 2026")
    assert page.calendar.marked_day_counts.get(dt.date(2026, 7, 15)) is None
    assert page.calendar.marked_day_counts[dt.date(2026, 7, 22)] >= 1
    # The timeline follows: the birth is now expected on 22 December 2026.
    assert "Naissance prévue le 22 décembre 2026." in page.timeline.accessibleDescription()


def test_a_filtered_out_selection_comes_back_when_show_event_is_asked(
    qtbot: QtBot,
    controller: FamilyController,  # noqa: F811
) -> None:
    page = make_page(qtbot, controller)
    click(qtbot, page.group_box(FilterGroup.LEAVE))
    assert page.list_model.index_of_event("leave.maternity") == QModelIndex()
    assert page.show_event("leave.maternity")
    assert page.group_box(FilterGroup.LEAVE).isChecked()
    assert page.list_view.currentIndex().data(EVENT_ID_ROLE) == "leave.maternity"
    assert not page.show_event("no.such.event")


def test_timeline_describes_stages_and_today(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    # DDG 15 March 2026: the 4th month of pregnancy runs 15 June .. 14 July, so 1 July is in it. The 1000 days run
    # from DDG + 3 months (15 June 2026) to the 2nd birthday (15 December 2028), design.md section 4.
    description = page.timeline.accessibleDescription()
    assert description.startswith("Aujourd'hui : 4e mois de grossesse.")
    assert "Naissance prévue le 15 décembre 2026." in description
    assert "Les 1000 premiers jours vont du 15 juin 2026 au 15 décembre 2028." in description
    timeline = page.timeline
    timeline.setFocus()
    with qtbot.waitSignal(timeline.date_activated) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert blocker.args == [dt.date(2026, 7, 15)]  # first day of the 5th month
    assert page.calendar.selectedDate() == QDate(2026, 7, 15)


def test_every_control_has_an_accessible_name(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QPlainTextEdit

    page = make_page(qtbot, controller)
    page.show_event("pregnancy.exam.5")
    controls = [
        widget
        for kind in (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QPlainTextEdit)
        for widget in page.findChildren(kind)
        if widget.isVisibleTo(page) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    # QCalendarWidget's own navigation buttons and its table are named by Qt itself.
    unnamed = [
        widget
        for widget in controls
        if not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
        and not widget.objectName().startswith("qt_calendar")
    ]
    assert unnamed == []
    assert page.timeline.accessibleName() == "Frise des étapes"


def test_empty_journey_says_what_to_do(qtbot: QtBot) -> None:
    from parcours_app.core.clock import FixedClock
    from parcours_app.storage.sqlite_store import open_memory_store

    store = open_memory_store()
    try:
        empty = FamilyController(store, FixedClock(TODAY), catalog=object())
        page = make_page(qtbot, empty)
        from PySide6.QtWidgets import QLabel

        texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
        assert "Le parcours apparaîtra ici dès qu'une date de grossesse ou de naissance sera saisie." in texts
        assert "Choisissez une étape dans la liste pour voir ce qu'il faut savoir et faire." in texts
        assert page.timeline.accessibleDescription() == "Aucune grossesse ni aucun enfant pour l'instant."
        assert not page.list_view.isVisible()
        page.grab().save(str(SCREENSHOTS / "journey-empty.png"))
    finally:
        store.close()


def test_tab_reaches_filters_list_detail_and_month_view(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    page.show_event("pregnancy.exam.5")
    page.timeline.setFocus()
    reached = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert page.group_box(FilterGroup.PREGNANCY) in reached
    assert page.mandatory_only_box in reached
    assert page.list_view in reached
    assert page.detail_panel.first_action() in reached
    assert any(widget is page.calendar or page.calendar.isAncestorOf(widget) for widget in reached)
    # The filters come before the list, and the list before the detail's buttons.
    assert reached.index(page.group_box(FilterGroup.PREGNANCY)) < reached.index(page.list_view)
    assert reached.index(page.list_view) < reached.index(page.detail_panel.first_action())


def test_timeline_mirrors_right_to_left(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    page = make_page(qtbot, controller)
    timeline = page.timeline
    with qtbot.waitSignal(timeline.date_activated) as left_to_right:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(30, timeline.height() // 2))
    assert left_to_right.args == [dt.date(2026, 3, 15)]  # the 1st month of pregnancy is on the left
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    with qtbot.waitSignal(timeline.date_activated) as right_to_left:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(timeline.width() - 30, timeline.height() // 2))
    assert right_to_left.args == [dt.date(2026, 3, 15)]  # ... and on the right when the layout is mirrored


def test_every_text_is_retranslated_live(qtbot: QtBot, controller: FamilyController) -> None:  # noqa: F811
    """The pseudo-language rewrites every string through the translators: nothing on the page may stay French."""
    from parcours_app.ts_translator import pseudo_localize
    from parcours_app.ui.i18n import LanguageManager

    page = make_page(qtbot, controller)
    page.show_event("pregnancy.exam.5")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = LanguageManager(app)
    try:
        languages.set_language("pseudo")
        assert page.group_box(FilterGroup.LEAVE).text() == pseudo_localize("&Congés")
        assert page.mandatory_only_box.text() == pseudo_localize("&Obligatoires seulement")
        assert page.list_view.accessibleName() == pseudo_localize("Étapes du parcours, par mois")
        assert page.timeline.accessibleName() == pseudo_localize("Frise des étapes")
        assert button(page, pseudo_localize("Marquer comme &fait")).isVisible()
        headings = detail_text(page.detail_panel)
        assert pseudo_localize("Quand") in headings
        row = page.list_model.index_of_event("pregnancy.exam.5").data(ACCESSIBLE)
        assert pseudo_localize("obligatoire") in row
    finally:
        languages.uninstall()
        QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.group_box(FilterGroup.LEAVE).text() == "&Congés"
    assert "Quand" in detail_text(page.detail_panel).split("\n")


def test_month_calendar_parts_are_named_for_screen_readers(qtbot: QtBot) -> None:
    """Qt's own calendar buttons and day grid have no names: AT-SPI found them unnamed (docs/ACCESSIBILITY.md)."""
    from PySide6.QtWidgets import QAbstractItemView, QToolButton

    from parcours_app.ui.journey.month_view import JourneyCalendar, to_qdate

    calendar = JourneyCalendar()
    qtbot.addWidget(calendar)
    previous = calendar.findChild(QToolButton, "qt_calendar_prevmonth")
    following = calendar.findChild(QToolButton, "qt_calendar_nextmonth")
    grid = calendar.findChild(QAbstractItemView, "qt_calendar_calendarview")
    assert (previous.accessibleName(), following.accessibleName()) == ("Mois précédent", "Mois suivant")
    assert grid.accessibleName() == "Jours du mois"
    calendar.set_marks({dt.date(2026, 7, 15): 2}, dt.date(2026, 7, 1))
    calendar.setSelectedDate(to_qdate(dt.date(2026, 7, 15)))
    assert grid.accessibleDescription() == "15 juillet 2026 : 2 étapes ou rendez-vous ce jour-là"
    calendar.setSelectedDate(to_qdate(dt.date(2026, 7, 16)))
    assert grid.accessibleDescription() == "16 juillet 2026 : aucune étape ce jour-là"
