"""The "Aujourd'hui" page: where the family is, what is under way, the one thing this week, what comes next.

Order (design.md section 5, issue 16): where we are; every step under way, the nearest deadline first; the one
thing to do this week; what is "à rattraper"; the next steps; the appointments of the next 7 days; then, calmly,
the past steps still waiting for an answer. Every figure comes from core: the dating functions, the stage
timeline (the 1000 days), `core.reminders.summarize_day` and `core.content` for the key message of the stage.
This module only lays them out, as `StepCard`s (ui/widgets/step_card.py).
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from parcours_app.core.dating import child_age, gestational_age, pregnancy_month
from parcours_app.core.formatting import bidi_isolate, format_count, format_date
from parcours_app.core.journey_filters import child_label
from parcours_app.core.model import Appointment, Category, Event, EventState, Journey, Respondent
from parcours_app.core.reminders import DaySummary, catch_up_advice, days_left, is_deadline_near, summarize_day
from parcours_app.core.text import fill_placeholders
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.i18n import RetranslateMixin
from parcours_app.ui.widgets.button_row import ButtonRow
from parcours_app.ui.widgets.form_row import plain_label, set_control_text
from parcours_app.ui.widgets.step_card import StepCard
from parcours_app.ui.widgets.vertical_scroll import scroll_whole_page

if TYPE_CHECKING:  # types only, not imported at run time
    from parcours_app.core.content import ContentCatalog

_LOG = logging.getLogger(__name__)
_translate = QCoreApplication.translate


def _ordinal_month(number: int) -> str:
    if number == 1:
        return _translate("Home", "1er mois de grossesse")
    return _translate("Home", "%1e mois de grossesse").replace("%1", str(number))


def _count(value: int, unit: str, language: str) -> str:
    """ "6 mois", "6 months", "6 أشهر", "سنتان" (Arabic dual): CLDR plurals through babel, plain spaces."""
    return format_count(value, unit, language).replace("\xa0", " ")


def describe_child_age(name: str, birth: dt.date, today: dt.date, language: str = "fr") -> str:
    """'Léa a 3 mois et 2 jours', 'Votre enfant a 2 ans et 1 mois'."""
    age = child_age(birth, today)
    who = bidi_isolate(name, language) if name else _translate("Home", "Votre enfant")
    if age.months >= 24:
        years, months = divmod(age.months, 12)
        years_text = _count(years, "year", language)
        if months:
            months_text = _count(months, "month", language)
            return (
                _translate("Home", "%1 a %2 et %3")
                .replace("%1", who)
                .replace("%2", years_text)
                .replace("%3", months_text)
            )
        return _translate("Home", "%1 a %2").replace("%1", who).replace("%2", years_text)
    days_text = _count(age.days, "day", language)
    if age.months == 0:
        return _translate("Home", "%1 a %2").replace("%1", who).replace("%2", days_text)
    months_text = _count(age.months, "month", language)
    if age.days == 0:
        return _translate("Home", "%1 a %2").replace("%1", who).replace("%2", months_text)
    return _translate("Home", "%1 a %2 et %3").replace("%1", who).replace("%2", months_text).replace("%3", days_text)


def describe_family(journey: Journey, today: dt.date, language: str = "fr") -> list[str]:
    """One line per ongoing pregnancy and per child, for the home page, the first-run result and the title."""
    lines: list[str] = []
    family = journey.family
    for pregnancy in family.pregnancies:
        dates = journey.dates.get(pregnancy.key)
        if dates is None or dates.birth is not None:
            continue
        due_text = format_date(dates.due, language)
        if today < dates.ddr:
            lines.append(_translate("Home", "Grossesse à venir : terme prévu le %1").replace("%1", due_text))
            continue
        age = gestational_age(dates.ddr, today)
        month = pregnancy_month(dates.conception, today)
        line = _translate("Home", "%1 SA + %2 j — %3").replace("%1", str(age.weeks)).replace("%2", str(age.days))
        line = line.replace("%3", _ordinal_month(month) if 1 <= month <= 9 else _translate("Home", "terme dépassé"))
        if pregnancy.multiple == 2:
            line += _translate("Home", " (jumeaux)")
        elif pregnancy.multiple >= 3:
            line += _translate("Home", " (triplés)")
        lines.append(line)
        lines.append(_translate("Home", "Terme prévu le %1").replace("%1", due_text))
    for child in sorted(family.children, key=lambda c: c.birth, reverse=True):
        if child.birth <= today:
            lines.append(describe_child_age(child.name, child.birth, today, language))
        else:
            lines.append(
                _translate("Home", "Naissance indiquée le %1").replace("%1", format_date(child.birth, language))
            )
    return lines


def describe_thousand_days(journey: Journey, today: dt.date, language: str = "fr") -> str:
    """'Jour 213 des 1000 premiers jours', or when they start or ended."""
    from parcours_app.core.journey_filters import journey_timeline

    timeline = journey_timeline(journey)
    if timeline is None:
        return ""
    start, end = timeline.thousand_days_start, timeline.thousand_days_end
    if today < start:
        return _translate("Home", "Les 1000 premiers jours commencent le %1 (début du 4e mois de grossesse).").replace(
            "%1", format_date(start, language)
        )
    if today > end:
        return _translate("Home", "Les 1000 premiers jours se sont terminés le %1 (2 ans).").replace(
            "%1", format_date(end, language)
        )
    day_number = (today - start).days + 1
    return _translate(
        "Home", "Jour %1 des 1000 premiers jours, qui vont du début du 4e mois de grossesse aux 2 ans de l'enfant."
    ).replace("%1", str(day_number))


@cache
def content_catalog() -> ContentCatalog:
    from parcours_app.core.content import load_content

    return load_content()


def key_message(journey: Journey, today: dt.date) -> str:
    """One line of the key message for this stage: the first content item of the family's current stage."""
    from parcours_app.core.errors import ParcoursError
    from parcours_app.core.stages import current_stages

    try:
        catalog = content_catalog()
        stages = current_stages(journey, today)
        if not stages:
            return ""
        items = catalog.select(stage=stages[0], current_stages=stages)
    except ParcoursError as error:  # content is advisory: a broken file must not hide the day's steps; logged
        _LOG.error("no key message for this stage: %s", error)
        return ""
    if not items:
        return ""
    item = items[0]
    return fill_placeholders(
        _translate("Home", "%1 — %2"), (item.title.render(_translate), item.message.render(_translate))
    )


def preview_line(journey: Journey, today: dt.date, language: str = "fr") -> str:
    """The first-run result: where the family is, the 1000 days, and how many steps were computed."""
    parts = describe_family(journey, today, language)
    parts.append(describe_thousand_days(journey, today, language))
    count = len(journey.events)
    if count == 1:
        parts.append(_translate("Home", "1 étape calculée pour votre famille."))
    else:
        parts.append(_translate("Home", "%1 étapes calculées pour votre famille.").replace("%1", str(count)))
    return "\n".join(part for part in parts if part)


class StepSection(QWidget):
    """A heading, its cards, and a line for when it is empty."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.heading = QLabel(self)
        self.heading.setObjectName("section-title")
        self.heading.setProperty("role", "h2")
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("home-section-intro")
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self.empty = QLabel(self)
        self.empty.setObjectName("home-section-empty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self._cards_box = QWidget(self)
        self._cards = QVBoxLayout(self._cards_box)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._cards.setSpacing(6)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 6, 0, 6)
        self.column.setSpacing(4)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.intro)
        self.column.addWidget(self._cards_box)
        self.column.addWidget(self.empty)

    def cards(self) -> list[StepCard]:
        return [
            card
            for card in self._cards_box.findChildren(StepCard)
            if card.parent() is self._cards_box and card.objectName() == "step-card"
        ]

    def clear(self) -> None:
        for card in self.cards():
            self._cards.removeWidget(card)
            card.hide()
            card.setObjectName("step-card-removed")
            card.deleteLater()

    def add_card(self, key: str) -> StepCard:
        card = StepCard(key, self._cards_box)
        self._cards.addWidget(card)
        return card

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(bool(text) and not self.cards())

    def texts(self) -> list[str]:
        """What the section says, line by line (tests and the accessibility dump read it)."""
        lines = [" — ".join(card.text_lines()) for card in self.cards()]
        return lines or ([self.empty.text()] if self.empty.text() else [])


class HomePage(RetranslateMixin, QWidget):
    """Aujourd'hui."""

    event_activated = Signal(str)  # an event id to show in the journey
    # open the self-test, for "mother" or "other-parent" (core.model.Respondent); "" leaves the choice as it is
    selftest_requested = Signal(str)
    past_steps_requested = Signal()  # "Répondre": the question about the past steps

    def __init__(
        self,
        controller: FamilyController,
        language: Callable[[], str] = lambda: "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home-page")
        self._controller = controller
        self._language = language
        self._stale = False  # a change came while another page was shown
        self.summary: DaySummary | None = None
        self._selected: str | None = None  # the event id of the chosen card
        self._undo: tuple[str, str, EventState] | None = None  # (event id, what was done, the state before)
        self.title = QLabel(self)
        self.title.setObjectName("page-title")
        self.title.setProperty("role", "h1")
        self.title.setWordWrap(True)
        self.stage = QLabel(self)
        self.stage.setObjectName("home-stage")
        self.stage.setProperty("role", "h2")
        self.stage.setWordWrap(True)
        self.stage.setTextFormat(Qt.TextFormat.PlainText)  # children's names are typed by people
        self.stage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thousand_days = QLabel(self)
        self.thousand_days.setObjectName("home-thousand-days")
        self.thousand_days.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("home-key-message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(8)

        self.under_way = StepSection("home-under-way", self)
        self.week = StepSection("home-week", self)
        self.catch_up = StepSection("home-catch-up", self)
        self.next_steps = StepSection("home-next", self)
        self.appointments = StepSection("home-appointments", self)
        self.past = StepSection("home-past", self)
        self.past_button = QPushButton(self)
        self.past_button.setObjectName("home-past-answer")
        self.past_button.clicked.connect(self.past_steps_requested)
        self.past.column.addWidget(self.past_button)

        # the actions act on the chosen card, which they name; with no card chosen they are disabled (issue 16)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("home-chosen-step")
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("home-mark-done")
        self.snooze_button = QPushButton(self)
        self.snooze_button.setObjectName("home-snooze")
        # side by side, or stacked at 200 % text and with long translations (ui/widgets/button_row.py)
        actions = ButtonRow((self.done_button, self.snooze_button), self)
        self.undo_label = QLabel(self)
        self.undo_label.setObjectName("home-undo-text")
        self.undo_label.setWordWrap(True)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("home-undo")
        self.undo_button.clicked.connect(self.undo_last)
        undo_row = ButtonRow((self.undo_button,), self)
        self.undo_box = QWidget(self)
        undo_layout = QVBoxLayout(self.undo_box)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label)
        undo_layout.addWidget(undo_row)
        self.undo_box.setVisible(False)

        # issue 5: the self-test "at any time from the home screen, for either parent"
        self.care_title = QLabel(self)
        self.care_title.setObjectName("section-title")
        self.care_title.setProperty("role", "h2")
        self.care_title.setWordWrap(True)
        self.care_text = QLabel(self)
        self.care_text.setObjectName("home-care-text")
        self.care_text.setWordWrap(True)
        self.mother_test_button = QPushButton(self)
        self.mother_test_button.setObjectName("home-selftest-mother")
        self.other_parent_test_button = QPushButton(self)
        self.other_parent_test_button.setObjectName("home-selftest-other-parent")
        care_buttons = ButtonRow((self.mother_test_button, self.other_parent_test_button), self)
        self.mother_test_button.clicked.connect(lambda: self.selftest_requested.emit(Respondent.MOTHER.value))
        self.other_parent_test_button.clicked.connect(
            lambda: self.selftest_requested.emit(Respondent.OTHER_PARENT.value)
        )

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.stage)
        column.addWidget(self.thousand_days)
        column.addWidget(self.message)
        for section in (self.under_way, self.week, self.catch_up, self.next_steps, self.appointments):
            column.addWidget(section)
        column.addWidget(self.chosen)
        column.addWidget(actions)
        column.addWidget(self.undo_box)
        column.addWidget(self.past)
        column.addSpacing(12)
        column.addWidget(self.care_title)
        column.addWidget(self.care_text)
        column.addWidget(care_buttons)
        column.addStretch(1)
        self.scroll_area = scroll_whole_page(self, content)

        self.done_button.clicked.connect(self.mark_selected_done)
        self.snooze_button.clicked.connect(self.snooze_selected)
        controller.journey_changed.connect(self.refresh)
        controller.states_changed.connect(self.refresh)
        self.retranslate_ui()

    # --- sections -----------------------------------------------------------------------------------

    def sections(self) -> tuple[StepSection, ...]:
        return (self.under_way, self.week, self.catch_up, self.next_steps, self.appointments)

    def all_cards(self) -> list[StepCard]:
        return [card for section in self.sections() for card in section.cards()]

    def _on_card_selected(self, key: str) -> None:
        if not key:
            return
        self._selected = key
        sender = self.sender()
        for card in self.all_cards():
            if card is not sender:
                card.set_selected(False)
        self._update_buttons()

    def _on_activated(self, event_id: str) -> None:
        if not event_id:
            return
        event = self._event(event_id)
        if event is not None and event.category is Category.SELFTEST:
            self.selftest_requested.emit("")  # "Faire le point sur votre moral": the test itself, not its card
            return
        self.event_activated.emit(str(event_id))

    def _event(self, event_id: str) -> Event | None:
        journey = self._controller.journey
        return journey.by_id().get(event_id) if journey is not None else None

    def select_event(self, event_id: str) -> bool:
        """Choose the first card of that step (as a click would). Returns whether one was found."""
        for card in self.all_cards():
            if card.key == event_id:
                card.set_selected(True)
                return True
        return False

    def selected_event_id(self) -> str | None:
        if self._selected is None or self._event(self._selected) is None:
            return None
        return self._selected

    def _title_of(self, event: Event) -> str:
        journey = self._controller.journey
        title = event.title.render(_translate)
        who = child_label(event, journey.family) if journey is not None else None
        if who is not None:
            name = bidi_isolate(who.render(_translate), self._language())
            return fill_placeholders(self.tr("%1 — %2"), (title, name))
        return title

    def mark_selected_done(self) -> None:
        event_id = self.selected_event_id()
        if event_id:
            before = self._controller.state_of(event_id)
            self._undo = (event_id, "done", before)
            self._controller.mark_done(event_id, self._controller.clock.today())

    def snooze_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id:
            before = self._controller.state_of(event_id)
            self._undo = (event_id, "snoozed", before)
            self._controller.snooze(event_id, self._controller.clock.today() + dt.timedelta(days=7))

    def undo_last(self) -> None:
        """Undo the last "Fait aujourd'hui" or "Me le rappeler" from here, where it was done."""
        if self._undo is None:
            return
        event_id, _what, before = self._undo
        self._undo = None
        self._controller.set_states([before])
        self._selected = event_id

    # --- content ------------------------------------------------------------------------------------

    def refresh(self, *_: object) -> None:
        # Behind another page of a shown window (the journey open while a date is corrected): filled when shown
        # again, so a change costs only the visible page (docs/PERFORMANCE.md, a date change in one frame).
        window = self.window()
        if window is not self and window.isVisible() and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        journey = self._controller.journey
        today = self._controller.clock.today()
        language = self._language()
        self.title.setText(self.tr("Aujourd'hui, %1").replace("%1", format_date(today, language, "full")))
        if journey is None:
            self.summary = None
            self.stage.setText(self.tr("Aucune famille n'est encore enregistrée."))
            for section in (*self.sections(), self.past):
                section.clear()
            self.past.setVisible(False)
            self._update_buttons()
            return
        self.stage.setText("\n".join(describe_family(journey, today, language)))
        self.thousand_days.setText(describe_thousand_days(journey, today, language))
        message = key_message(journey, today)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        summary = summarize_day(journey, self._controller.states, self._controller.appointments, today)
        self.summary = summary
        self._fill(self.under_way, summary.under_way, self.tr("Aucune étape en cours aujourd'hui."), "open")
        self._fill(self.week, summary.this_week, self.tr("Rien à faire cette semaine."), "week")
        self._fill(self.catch_up, summary.catch_up, "", "catch-up")
        self.catch_up.setVisible(bool(summary.catch_up))
        self._fill(self.next_steps, summary.next_steps, self.tr("Plus aucune étape à venir."), "next")
        self._fill_appointments(summary.appointments_soon)
        self._fill_past(len(summary.past_to_confirm))
        self._update_undo()
        self._update_buttons()
        self._order_tabs()
        self._settle_layout()

    def _order_tabs(self) -> None:
        """Tab follows the page: the cards in reading order, then the actions on the chosen card (cards are made
        after the buttons, so without this they would come last and Tab would pass the actions before them)."""
        chain: list[QWidget] = []
        for card in self.all_cards():
            chain.append(card)
            if card.action.isVisibleTo(card):
                chain.append(card.action)
        chain += [self.done_button, self.snooze_button, self.undo_button, self.past_button]
        chain += [self.mother_test_button, self.other_parent_test_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _settle_layout(self) -> None:
        """Lay the new cards out now, so the page's height (and anything scrolled into view) is right at once."""
        content = self.scroll_area.widget()
        layout = content.layout() if content is not None else None
        if content is not None and layout is not None:
            layout.activate()
            # the scroll area sizes its page and its scroll bar on this event: sent now rather than posted
            QCoreApplication.sendEvent(content, QEvent(QEvent.Type.LayoutRequest))

    def _fill(self, section: StepSection, events: tuple[Event, ...], empty: str, kind: str) -> None:
        section.clear()
        today = self._controller.clock.today()
        for event in events:
            card = section.add_card(event.id)
            icon, status, tone = self._status_of(event, today, kind)
            card.set_content(icon, self._title_of(event), self._when(event, today, kind), status, tone)
            card.set_action(self.tr("Voir"), self.tr("Voir le détail de l'étape"))
            card.action_triggered.connect(self._on_activated)
            card.activated.connect(self._on_activated)
            card.selected_changed.connect(self._on_card_selected)
            if event.id == self._selected:
                card.set_selected(True)
        section.set_empty_text(empty)

    def _when(self, event: Event, today: dt.date, kind: str) -> str:
        language = self._language()
        if kind == "catch-up" or event.end < today:
            return self.tr("Date limite passée : %1").replace("%1", format_date(event.end, language))
        if kind == "next" or event.start > today:
            if event.start == event.end:
                return self.tr("le %1").replace("%1", format_date(event.start, language))
            return (
                self.tr("du %1 au %2")
                .replace("%1", format_date(event.start, language))
                .replace("%2", format_date(event.end, language))
            )
        return self.tr("jusqu'au %1").replace("%1", format_date(event.end, language))

    def _status_of(self, event: Event, today: dt.date, kind: str) -> tuple[str, str, str]:
        """(icon, status in words, tone): the shape and the words carry it, never the colour alone."""
        mandatory = self.tr("obligatoire") if event.mandatory else self.tr("recommandé")
        if kind == "catch-up" or event.end < today:  # the one thing this week can be a step to catch up
            advice = catch_up_advice(event).render(_translate)
            return "↻", fill_placeholders(self.tr("À rattraper · %1"), (advice,)), "catch-up"
        if event.start > today:
            return "○", mandatory, "calm"
        left = days_left(event, today)
        if left == 0:
            remaining = self.tr("dernier jour aujourd'hui")
        elif left == 1:
            remaining = self.tr("dernier jour demain")
        elif left <= 14:
            remaining = self.tr("plus que %n jours", "", left)  # left >= 2 here; a plural message all the same
        else:
            remaining = ""
        # A translatable separator: Arabic joins with its own comma ("،"), seen in a real window at 200 %.
        words = fill_placeholders(self.tr("%1, %2"), (mandatory, remaining)) if remaining else mandatory
        if is_deadline_near(event, today):
            return "⚠", fill_placeholders(self.tr("Urgent : %1"), (words,)), "urgent"
        return "●", words, "normal"

    def _fill_appointments(self, appointments: tuple[Appointment, ...]) -> None:
        language = self._language()
        self.appointments.clear()
        for appointment in appointments:
            title = appointment.title or self.tr("Rendez-vous")
            when = (
                self.tr("le %1 à %2")
                .replace("%1", format_date(appointment.starts_at.date(), language))
                .replace("%2", appointment.starts_at.strftime("%H:%M"))
            )
            card = self.appointments.add_card(appointment.event_id or "")
            card.set_content("◆", title, when, appointment.place, "calm")
            if appointment.event_id:
                card.set_action(self.tr("Voir"), self.tr("Voir l'étape de ce rendez-vous"))
                card.action_triggered.connect(self._on_activated)
                card.activated.connect(self._on_activated)
            card.selected_changed.connect(self._on_card_selected)
        self.appointments.set_empty_text(self.tr("Aucun rendez-vous noté pour les 7 prochains jours."))

    def _fill_past(self, count: int) -> None:
        self.past.setVisible(count > 0)
        if count:
            if count == 1:
                text = self.tr("1 étape passée avant que vous utilisiez l'application : l'avez-vous faite ?")
            else:
                text = self.tr(
                    "%1 étapes passées avant que vous utilisiez l'application : les avez-vous faites ?"
                ).replace("%1", str(count))
            self.past.intro.setText(text)
            self.past.intro.setVisible(True)

    def _update_undo(self) -> None:
        if self._undo is None:
            self.undo_box.setVisible(False)
            return
        event_id, what, _before = self._undo
        event = self._event(event_id)
        if event is None:
            self._undo = None
            self.undo_box.setVisible(False)
            return
        title = self._title_of(event)
        if what == "done":
            text = self.tr("« %1 » : marqué fait aujourd'hui.")
        else:
            text = self.tr("« %1 » : reporté d'une semaine.")
        self.undo_label.setText(fill_placeholders(text, (title,)))
        set_control_text(self.undo_button, self.tr("&Annuler"), fill_placeholders(self.tr("Annuler : %1"), (title,)))
        self.undo_box.setVisible(True)

    def _update_buttons(self) -> None:
        event_id = self.selected_event_id()
        event = self._event(event_id) if event_id else None
        shown = event is not None and any(card.key == event_id for card in self.all_cards())
        self.done_button.setEnabled(shown)
        self.snooze_button.setEnabled(shown)
        if shown and event is not None:
            title = self._title_of(event)
            self.chosen.setText(fill_placeholders(self.tr("Étape choisie : %1"), (title,)))
            self.done_button.setAccessibleDescription(
                fill_placeholders(self.tr("Marquer « %1 » comme fait aujourd'hui"), (title,))
            )
            self.snooze_button.setAccessibleDescription(
                fill_placeholders(self.tr("Reporter « %1 » d'une semaine"), (title,))
            )
        else:
            self.chosen.setText(self.tr("Choisissez une étape ci-dessus pour la marquer comme faite ou la reporter."))
            self.done_button.setAccessibleDescription(self.tr("Choisissez d'abord une étape"))
            self.snooze_button.setAccessibleDescription(self.tr("Choisissez d'abord une étape"))

    def retranslate_ui(self) -> None:
        self.under_way.heading.setText(self.tr("En cours"))
        self.week.heading.setText(self.tr("À faire cette semaine"))
        self.catch_up.heading.setText(self.tr("À rattraper"))
        self.next_steps.heading.setText(self.tr("Prochaines étapes"))
        self.appointments.heading.setText(self.tr("Rendez-vous des 7 prochains jours"))
        self.past.heading.setText(self.tr("Étapes passées"))
        set_control_text(
            self.past_button, self.tr("&Répondre"), self.tr("Répondre : ces étapes passées, les avez-vous faites ?")
        )
        for section in (*self.sections(), self.past):
            section.setAccessibleName(section.heading.text())
        self.done_button.setText(self.tr("&Fait aujourd'hui"))
        # WCAG 2.5.3: the spoken name is the visible label; the longer wording is the description
        self.done_button.setAccessibleName(plain_label(self.done_button.text()))
        set_control_text(self.snooze_button, self.tr("Me le rappeler dans une se&maine"))
        # a label's accessible name replaces its text for screen readers: only describe it, so the text is read
        self.message.setAccessibleDescription(self.tr("Message clé pour cette période"))
        self.care_title.setText(self.tr("Prendre soin de soi"))
        self.care_text.setText(
            self.tr(
                "Après une naissance, chacun des deux parents peut traverser une période difficile. Un "
                "questionnaire de 10 questions aide à faire le point sur les 7 derniers jours ; les réponses "
                "restent sur cet ordinateur."
            )
        )
        set_control_text(self.mother_test_button, self.tr("Faire le point : la mère"))
        self.mother_test_button.setAccessibleDescription(
            self.tr("Faire le point sur son moral : questionnaire pour la mère")
        )
        set_control_text(self.other_parent_test_button, self.tr("Faire le point : l'autre parent"))
        self.other_parent_test_button.setAccessibleDescription(
            self.tr("Faire le point sur son moral : questionnaire pour l'autre parent")
        )
        self.scroll_area.setAccessibleName(self.tr("Aujourd'hui"))
        self.stage.setAccessibleDescription(self.tr("Où en est la famille"))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
