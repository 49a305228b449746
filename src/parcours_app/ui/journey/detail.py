"""The panel that explains one step and lets the family act on it.

It shows what the step is and why it matters, when (its window, the date it is computed from, whether that date
is still an estimate), whom to see, what to bring, advice and the official source. Its buttons mark the step done
(on a chosen day), undo that, put it off, keep a note, and record the appointment actually booked. Every change
goes to the `FamilyController`; the panel redraws from the controller's signals, never from its own guesses.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.formatting import upper_first
from parcours_app.core.journey_filters import event_status
from parcours_app.core.model import Appointment, Event
from parcours_app.ui import kiosk
from parcours_app.ui.kiosk_notice import show_address as kiosk_show_address
from parcours_app.ui.resources_page import EventResourcesBox
from parcours_app.ui.widgets.date_field import DateField
from parcours_app.ui.widgets.flow_layout import FlowLayout
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.plain_text import plain_text_label
from parcours_app.ui.widgets.question import ask_yes_no
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea

from . import texts
from .appointment_dialog import AppointmentDialog

if TYPE_CHECKING:
    from parcours_app.ui.family_controller import FamilyController


def _wrapping_label(selectable: bool = True) -> QLabel:
    label = plain_text_label(QLabel())  # titles, names and notes come from people and files: never markup
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _event_resources_box(parent: QWidget) -> EventResourcesBox | None:
    """The content catalog's box for a step (ui/resources_page.py); None if the catalog cannot be read, so the
    detail panel always works (the Ressources page then shows the catalog's error)."""
    from parcours_app.core.content import load_content
    from parcours_app.core.errors import ParcoursError

    try:
        return EventResourcesBox(load_content(), parent)
    except ParcoursError:
        return None


class EventDetailPanel(VerticalScrollArea):
    """Shows one event. `JourneyPage` feeds it; it talks to the controller for every change.

    A vertical scroll area as wide as its content needs (its buttons, its longest word): the splitter squeezes it
    to that width when the page is narrow, never narrower, and its texts wrap to the width."""

    status_message = Signal(str)  # a short confirmation ("Marqué comme fait le …") for the page's live region
    resources_requested = Signal(object)  # core.model.Event: show the Ressources page on this step's topics

    def __init__(self, controller: FamilyController, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)  # the body is set below
        self._controller = controller
        self._event: Event | None = None
        self._resources_key: tuple[object, ...] | None = ("none yet",)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self._empty = _wrapping_label(selectable=False)
        self._title = _wrapping_label()
        self._meta = _wrapping_label()
        self._status = _wrapping_label()
        layout.addWidget(self._empty)
        layout.addWidget(self._title)
        layout.addWidget(self._meta)
        layout.addWidget(self._status)

        # Sections: a bold heading and its text; hidden when the rule says nothing on that point.
        self._sections: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("when", "what", "whom", "bring", "advice", "source"):
            heading = _wrapping_label(selectable=False)
            body_label = _wrapping_label()
            body_label.setOpenExternalLinks(False)
            layout.addWidget(heading)
            layout.addWidget(body_label)
            self._sections[key] = (heading, body_label)
        self._open_link = QPushButton()
        self._open_link.clicked.connect(self._on_open_link)
        link_row = QHBoxLayout()
        link_row.addWidget(self._open_link)
        link_row.addStretch(1)
        layout.addLayout(link_row)

        # What the family did. Each row wraps (a FlowLayout) instead of a grid: a grid of a label, a date and two
        # buttons made the panel wider than its column and cut "Marquer comme fait" at the default window.
        self._actions = QGroupBox()
        actions = QVBoxLayout(self._actions)
        # the app's own date field (typed as jj/mm/aaaa): typing over a selection gives exactly what was typed, and
        # the wheel never changes it, unlike QDateEdit's sections (issue 16)
        self._done_date = DateField()
        self._done_date.setObjectName("done-date")
        self._done_date_label = QLabel()
        self._done_date_label.setBuddy(self._done_date)
        self._mark_done = QPushButton()
        self._mark_done.clicked.connect(self._on_mark_done)
        self._undo_done = QPushButton()
        self._undo_done.clicked.connect(self._on_undo_done)
        done_row = FlowLayout()
        for widget in (self._done_date_label, self._done_date, self._mark_done, self._undo_done):
            done_row.addWidget(widget)
        actions.addLayout(done_row)

        self._snooze_date = DateField()
        self._snooze_date.setObjectName("snooze-date")
        self._snooze_date_label = QLabel()
        self._snooze_date_label.setBuddy(self._snooze_date)
        self._snooze = QPushButton()
        self._snooze.clicked.connect(self._on_snooze)
        self._snooze_day = QPushButton()
        self._snooze_day.clicked.connect(lambda: self._snooze_by(dt.timedelta(days=1)))
        self._snooze_week = QPushButton()
        self._snooze_week.clicked.connect(lambda: self._snooze_by(dt.timedelta(weeks=1)))
        self._undo_snooze = QPushButton()  # every change made here can be undone here
        self._undo_snooze.setObjectName("undo-snooze")
        self._undo_snooze.clicked.connect(self._on_undo_snooze)
        self._undo_dismiss = QPushButton()  # a step put aside ("Je ne sais pas") comes back from here
        self._undo_dismiss.setObjectName("undo-dismiss")
        self._undo_dismiss.clicked.connect(self._on_undo_dismiss)
        snooze_row = FlowLayout()
        for widget in (
            self._snooze_date_label,
            self._snooze_date,
            self._snooze,
            self._snooze_day,
            self._snooze_week,
            self._undo_snooze,
        ):
            snooze_row.addWidget(widget)
        actions.addLayout(snooze_row)
        undo_row = FlowLayout()
        undo_row.addWidget(self._undo_dismiss)
        actions.addLayout(undo_row)
        layout.addWidget(self._actions)

        self._note_box = QGroupBox()
        note_layout = QVBoxLayout(self._note_box)
        self._note = QPlainTextEdit()
        self._note.setTabChangesFocus(True)
        self._save_note = QPushButton()
        self._save_note.clicked.connect(self._on_save_note)
        note_row = QHBoxLayout()
        note_row.addStretch(1)
        note_row.addWidget(self._save_note)
        note_layout.addWidget(self._note)
        note_layout.addLayout(note_row)
        layout.addWidget(self._note_box)

        self._appointment_box = QGroupBox()
        appointment_layout = QVBoxLayout(self._appointment_box)
        self._appointment_list = QListWidget()
        self._appointment_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._appointment_list.itemActivated.connect(lambda _item: self._on_edit_appointment())
        self._appointment_list.currentRowChanged.connect(lambda _row: self._update_appointment_buttons())
        self._no_appointment = _wrapping_label(selectable=False)
        self._add_appointment = QPushButton()
        self._add_appointment.clicked.connect(self._on_add_appointment)
        self._edit_appointment = QPushButton()
        self._edit_appointment.clicked.connect(self._on_edit_appointment)
        self._delete_appointment = QPushButton()
        self._delete_appointment.clicked.connect(self._on_delete_appointment)
        appointment_buttons = FlowLayout()
        appointment_buttons.addWidget(self._add_appointment)
        appointment_buttons.addWidget(self._edit_appointment)
        appointment_buttons.addWidget(self._delete_appointment)
        appointment_layout.addWidget(self._no_appointment)
        appointment_layout.addWidget(self._appointment_list)
        appointment_layout.addLayout(appointment_buttons)
        layout.addWidget(self._appointment_box)
        # "Pour aller plus loin" comes last, after what the family does, so the buttons stay in sight (and in
        # the Tab order) right after the facts of the step.
        self.resources_box = _event_resources_box(body)  # the step's key messages and official links
        if self.resources_box is not None:
            self.resources_box.more_requested.connect(self.resources_requested)
            layout.addWidget(self.resources_box)
        layout.addStretch(1)

        # Shortcuts work anywhere in the journey page (the page owns the panel).
        self._done_shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        self._done_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._done_shortcut.activated.connect(self._on_mark_done)
        self._snooze_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        self._snooze_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._snooze_shortcut.activated.connect(lambda: self._snooze_by(dt.timedelta(days=1)))
        self._note_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self._note_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._note_shortcut.activated.connect(self._focus_note)
        self._save_note_shortcut = QShortcut(QKeySequence("Ctrl+S"), self._note)
        self._save_note_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._save_note_shortcut.activated.connect(self._on_save_note)

        self._apply_fonts()
        self.retranslate_ui()
        self.set_event(None)

    def _apply_fonts(self) -> None:
        """Title and headings are sized from the page's font, so 200 % text makes them grow too."""
        base = self.font()
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.35)
        title_font.setBold(True)
        self._title.setFont(title_font)
        bold = QFont(base)
        bold.setBold(True)
        self._status.setFont(bold)
        for heading, _body in self._sections.values():
            heading.setFont(bold)
        # The note is a few lines tall, not a page: the buttons under it stay in sight; it scrolls beyond.
        line = self.fontMetrics().height()
        self._note.setMinimumHeight(line * 4)
        self._note.setMaximumHeight(line * 7)

    # --- content ------------------------------------------------------------------------------------

    @property
    def shown_event(self) -> Event | None:
        return self._event

    def set_event(self, event: Event | None) -> None:
        """Show an event (or the empty state). Keeps the typed note when the same event is shown again."""
        same = event is not None and self._event is not None and event.id == self._event.id
        self._event = event
        visible = event is not None
        self._empty.setVisible(not visible)
        for widget in (self._title, self._meta, self._status, self._actions, self._note_box, self._appointment_box):
            widget.setVisible(visible)
        for heading, body in self._sections.values():
            heading.setVisible(visible)
            body.setVisible(visible)
        self._open_link.setVisible(visible)
        # The resource cards depend on the step's rule and topics, not on its dates: a recomputed journey (new
        # due date) keeps them instead of rebuilding a few widgets inside the < 16 ms budget of a date change.
        resources_key = None if event is None else (event.id, event.rule_id, event.category, event.topics)
        if self.resources_box is not None and resources_key != self._resources_key:
            self.resources_box.set_event(event)
        self._resources_key = resources_key
        if event is None:
            return
        if not same:
            today = self._controller.clock.today()
            self._done_date.set_date(today)
            self._snooze_date.set_date(today + dt.timedelta(weeks=1))
            self._note.setPlainText(self._controller.state_of(event.id).note)
            self.verticalScrollBar().setValue(0)
        self.refresh()

    def refresh(self) -> None:
        """Redraw every text from the event, its state and its appointments (after any change)."""
        event = self._event
        if event is None:
            return
        language = texts.current_language()
        today = self._controller.clock.today()
        state = self._controller.states.get(event.id)
        family = self._controller.family
        status = event_status(event, state, today, family)
        self._title.setText(texts.render(event.title))
        meta = [texts.category_text(event.category), upper_first(texts.mandatory_text(event))]
        if event.subject_name:
            meta.append(event.subject_name)
        self._meta.setText(" · ".join(meta))
        status_words = texts.status_text(event, state, today, language, family)
        self._status.setText(f"{texts.status_symbol(status)} {status_words}")

        when = [upper_first(texts.window_text(event, language)) + "."]
        if event.target is not None:
            when.append(
                QCoreApplication.translate("EventDetailPanel", "Idéalement vers le %1.").replace(
                    "%1", texts.long_date(event.target, language)
                )
            )
        if event.anchor is not None and event.anchor_date is not None:
            when.append(
                QCoreApplication.translate("EventDetailPanel", "Calculé à partir de %1 (%2).")
                .replace("%1", texts.anchor_text(event.anchor))
                .replace("%2", texts.long_date(event.anchor_date, language))
            )
        if event.estimated:
            when.append(
                QCoreApplication.translate(
                    "EventDetailPanel",
                    "Date estimée d'après la date prévue d'accouchement : elle sera recalculée quand vous "
                    "indiquerez la date de naissance.",
                )
            )
        self._set_section("when", "\n".join(when))
        self._set_section("what", texts.render(event.explanation))
        self._set_section("whom", texts.render(event.whom))
        self._set_section("bring", texts.render(event.to_bring))
        self._set_section("advice", texts.render(event.advice))
        source = event.source
        self._set_section(
            "source",
            QCoreApplication.translate("EventDetailPanel", "%1 (vérifié le %2)\n%3")
            .replace("%1", source.title)
            .replace("%2", texts.long_date(source.checked, language))
            # a zero-width space after each "/" lets a long address wrap instead of widening the panel
            .replace("%3", source.url.replace("/", "/\u200b")),
        )
        self._open_link.setEnabled(source.url.startswith("https://"))

        done = state is not None and state.done_on is not None
        self._undo_done.setEnabled(done)
        snoozed = state is not None and state.snoozed_until is not None and state.snoozed_until > today
        self._undo_snooze.setEnabled(snoozed)
        self._undo_dismiss.setVisible(state is not None and state.dismissed)
        self._refresh_appointments()

    def _set_section(self, key: str, text: str) -> None:
        heading, body = self._sections[key]
        body.setText(text)
        heading.setVisible(bool(text))
        body.setVisible(bool(text))

    def _appointments(self) -> list[Appointment]:
        if self._event is None:
            return []
        event_id = self._event.id
        return sorted(
            (item for item in self._controller.appointments if item.event_id == event_id),
            key=lambda item: item.starts_at,
        )

    def _refresh_appointments(self) -> None:
        language = texts.current_language()
        current_id = self._selected_appointment_id()
        self._appointment_list.clear()
        for appointment in self._appointments():
            line = (
                QCoreApplication.translate("EventDetailPanel", "Le %1 à %2")
                .replace("%1", texts.long_date(appointment.starts_at.date(), language))
                .replace("%2", appointment.starts_at.strftime("%H:%M"))
            )
            if appointment.place:
                line += " — " + appointment.place
            if appointment.note:
                line += "\n" + appointment.note
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, appointment.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line.replace("\n", ", "))
            self._appointment_list.addItem(item)
            if appointment.id == current_id:
                self._appointment_list.setCurrentItem(item)
        count = self._appointment_list.count()
        self._appointment_list.setVisible(count > 0)
        self._no_appointment.setVisible(count == 0)
        if count:
            rows = sum(self._appointment_list.sizeHintForRow(row) for row in range(count))
            self._appointment_list.setFixedHeight(rows + 2 * self._appointment_list.frameWidth() + 4)
            if self._appointment_list.currentRow() < 0:
                self._appointment_list.setCurrentRow(0)
        self._update_appointment_buttons()

    def _selected_appointment_id(self) -> int | None:
        item = self._appointment_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, int) else None

    def _update_appointment_buttons(self) -> None:
        has_selection = self._selected_appointment_id() is not None
        self._edit_appointment.setEnabled(has_selection)
        self._delete_appointment.setEnabled(has_selection)

    # --- actions ------------------------------------------------------------------------------------

    def _on_mark_done(self) -> None:
        if self._event is None:
            return
        on = self._done_date.date()
        if on is None:
            self._done_date.setFocus()
            return  # the field already says what to fix
        if not self._controller.mark_done(self._event.id, on):
            return  # not saved: the window says so (MainWindow.show_save_failure); nothing is shown as done
        self._announce(QCoreApplication.translate("EventDetailPanel", "« %1 » marqué comme fait le %2."), on)

    def _announce(self, template: str, day: dt.date | None = None) -> None:
        """Say in the status bar what happened to the shown step: `template` (translated) names it as %1 and the
        day, if any, as %2."""
        assert self._event is not None
        message = template.replace("%1", texts.render(self._event.title))
        if day is not None:
            message = message.replace("%2", texts.long_date(day, texts.current_language()))
        self.status_message.emit(message)

    def _on_undo_done(self) -> None:
        if self._event is None:
            return
        if not self._controller.clear_done(self._event.id):
            return
        self._announce(QCoreApplication.translate("EventDetailPanel", "« %1 » n'est plus marqué comme fait."))

    def _on_snooze(self) -> None:
        until = self._snooze_date.date()
        if until is None:
            self._snooze_date.setFocus()
            return
        self._snooze_until(until)

    def _snooze_by(self, delta: dt.timedelta) -> None:
        self._snooze_until(self._controller.clock.today() + delta)

    def _snooze_until(self, until: dt.date) -> None:
        if self._event is None:
            return
        if until <= self._controller.clock.today():
            QMessageBox.information(
                self,
                QCoreApplication.translate("EventDetailPanel", "Reporter"),
                QCoreApplication.translate("EventDetailPanel", "Choisissez un jour après aujourd'hui pour reporter."),
            )
            return
        if not self._controller.snooze(self._event.id, until):
            return
        self._snooze_date.set_date(until)
        self._announce(QCoreApplication.translate("EventDetailPanel", "« %1 » reporté au %2."), until)

    def _on_undo_dismiss(self) -> None:
        if self._event is None:
            return
        self._controller.dismiss(self._event.id, False)
        self._announce(QCoreApplication.translate("EventDetailPanel", "« %1 » est de nouveau dans la liste."))

    def _on_undo_snooze(self) -> None:
        if self._event is None:
            return
        self._controller.snooze(self._event.id, None)
        self._announce(QCoreApplication.translate("EventDetailPanel", "« %1 » n'est plus reporté."))

    def _focus_note(self) -> None:
        if self._event is not None:
            self.ensureWidgetVisible(self._note)
            self._note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_save_note(self) -> None:
        if self._event is None:
            return
        if not self._controller.set_note(self._event.id, self._note.toPlainText().strip()):
            return  # the typed note stays in the field, to be saved again
        self.status_message.emit(QCoreApplication.translate("EventDetailPanel", "Note enregistrée."))

    def _on_add_appointment(self) -> None:
        if self._event is None:
            return
        today = self._controller.clock.today()
        default_day = max(today, self._event.target or self._event.start)
        appointment = AppointmentDialog.ask(
            self, texts.render(self._event.title), self._event.id, None, min(default_day, max(today, self._event.end))
        )
        if appointment is not None and self._controller.save_appointment(appointment) is not None:
            self.status_message.emit(QCoreApplication.translate("EventDetailPanel", "Rendez-vous enregistré."))

    def _on_edit_appointment(self) -> None:
        appointment = self._current_appointment()
        if appointment is None or self._event is None:
            return
        changed = AppointmentDialog.ask(
            self, texts.render(self._event.title), self._event.id, appointment, appointment.starts_at.date()
        )
        if changed is not None and self._controller.save_appointment(changed) is not None:
            self.status_message.emit(QCoreApplication.translate("EventDetailPanel", "Rendez-vous modifié."))

    def _on_delete_appointment(self) -> None:
        appointment = self._current_appointment()
        if appointment is None or appointment.id is None:
            return
        if AppointmentDialog.confirm_delete(self, appointment) and self._controller.delete_appointment(appointment.id):
            self.status_message.emit(QCoreApplication.translate("EventDetailPanel", "Rendez-vous supprimé."))

    def _current_appointment(self) -> Appointment | None:
        appointment_id = self._selected_appointment_id()
        return next((item for item in self._controller.appointments if item.id == appointment_id), None)

    def _on_open_link(self) -> None:
        if self._event is None:
            return
        url = self._event.source.url
        if kiosk.locked():  # reception mode: no browser on the shared screen, the address is shown instead
            kiosk_show_address(self, url)
            return
        if self.confirm_open_link(self, url):
            self.open_url(url)

    # --- entry points that tests patch --------------------------------------------------------------

    @classmethod
    def confirm_open_link(cls, parent: QWidget | None, url: str) -> bool:
        """Ask before leaving the app: the page opens in the browser, which does use the network."""
        return ask_yes_no(
            parent,
            QCoreApplication.translate("EventDetailPanel", "Ouvrir la page officielle"),
            QCoreApplication.translate(
                "EventDetailPanel",
                "Ouvrir cette page dans votre navigateur ?\n%1\n\nParcours n'envoie rien : seul le navigateur se "
                "connecte.",
            ).replace("%1", url),
            default_yes=True,
        )

    @classmethod
    def open_url(cls, url: str) -> bool:
        if kiosk.locked():
            return False
        return QDesktopServices.openUrl(QUrl(url))

    # --- language -----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        translate = QCoreApplication.translate
        self.setAccessibleName(translate("EventDetailPanel", "Détail de l'étape"))
        self._empty.setText(
            translate("EventDetailPanel", "Choisissez une étape dans la liste pour voir ce qu'il faut savoir et faire.")
        )
        headings = {
            "when": translate("EventDetailPanel", "Quand"),
            "what": translate("EventDetailPanel", "De quoi s'agit-il et pourquoi c'est important"),
            "whom": translate("EventDetailPanel", "Qui consulter"),
            "bring": translate("EventDetailPanel", "À apporter ou préparer"),
            "advice": translate("EventDetailPanel", "Conseil"),
            "source": translate("EventDetailPanel", "Source officielle"),
        }
        for key, (heading, body) in self._sections.items():
            heading.setText(headings[key])
            body.setAccessibleName(headings[key])
        set_control_text(
            self._open_link,
            translate("EventDetailPanel", "Ouvrir la page &officielle…"),
            translate("EventDetailPanel", "Ouvrir la page officielle dans le navigateur"),
        )
        self._actions.setTitle(translate("EventDetailPanel", "Suivi"))
        self._done_date_label.setText(translate("EventDetailPanel", "Fait &le :"))
        self._done_date.edit.setAccessibleName(translate("EventDetailPanel", "Date à laquelle l'étape a été faite"))
        set_control_text(
            self._mark_done,
            translate("EventDetailPanel", "Marquer comme &fait"),
            translate("EventDetailPanel", "Marquer comme fait"),
        )
        self._mark_done.setToolTip(translate("EventDetailPanel", "Marquer comme fait (Ctrl+D)"))
        set_control_text(
            self._undo_done,
            translate("EventDetailPanel", "A&nnuler « fait »"),
            translate("EventDetailPanel", "Annuler « fait »"),
        )
        self._snooze_date_label.setText(translate("EventDetailPanel", "Reporter &au :"))
        self._snooze_date.edit.setAccessibleName(translate("EventDetailPanel", "Date de report"))
        set_control_text(
            self._snooze,
            translate("EventDetailPanel", "&Reporter"),
            translate("EventDetailPanel", "Reporter à la date choisie"),
        )
        set_control_text(
            self._snooze_day,
            translate("EventDetailPanel", "+1 &jour"),
            translate("EventDetailPanel", "Reporter à demain"),
        )
        self._snooze_day.setToolTip(translate("EventDetailPanel", "Reporter à demain (Ctrl+R)"))
        set_control_text(
            self._snooze_week,
            translate("EventDetailPanel", "+1 &semaine"),
            translate("EventDetailPanel", "Reporter d'une semaine"),
        )
        set_control_text(
            self._undo_snooze,
            translate("EventDetailPanel", "Annuler le re&port"),
            translate("EventDetailPanel", "Annuler le report"),
        )
        set_control_text(
            self._undo_dismiss,
            translate("EventDetailPanel", "Remettre dans la l&iste"),
            translate("EventDetailPanel", "Remettre dans la liste"),
        )
        self._note_box.setTitle(translate("EventDetailPanel", "Note"))
        self._note.setAccessibleName(translate("EventDetailPanel", "Note personnelle"))
        self._note.setPlaceholderText(translate("EventDetailPanel", "Une question à poser, un document à trouver…"))
        set_control_text(
            self._save_note,
            translate("EventDetailPanel", "Enregistrer la &note"),
            translate("EventDetailPanel", "Enregistrer la note"),
        )
        self._save_note.setToolTip(translate("EventDetailPanel", "Enregistrer la note (Ctrl+S)"))
        self._appointment_box.setTitle(translate("EventDetailPanel", "Rendez-vous pris"))
        self._appointment_list.setAccessibleName(translate("EventDetailPanel", "Rendez-vous pris pour cette étape"))
        self._no_appointment.setText(translate("EventDetailPanel", "Aucun rendez-vous noté pour cette étape."))
        set_control_text(
            self._add_appointment,
            translate("EventDetailPanel", "Ajouter un rendez-&vous…"),
            translate("EventDetailPanel", "Ajouter un rendez-vous"),
        )
        set_control_text(
            self._edit_appointment,
            translate("EventDetailPanel", "&Modifier…"),
            translate("EventDetailPanel", "Modifier le rendez-vous choisi"),
        )
        set_control_text(
            self._delete_appointment,
            translate("EventDetailPanel", "S&upprimer"),
            translate("EventDetailPanel", "Supprimer le rendez-vous choisi"),
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def first_action(self) -> QWidget:
        """Where Enter in the list sends the keyboard: the first button of the panel."""
        return self._mark_done
