"""The "Aujourd'hui" page: where the family is now, what is late, what is due this week, the next steps.

Every figure comes from core: the dating functions (SA, month of pregnancy, the child's age), the stage
timeline (the 1000 days), `core.reminders.summarize_day` (overdue, this week, next steps) and, when present,
`core.content` for the key message of the stage. This module only lays them out.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.dating import child_age, gestational_age, pregnancy_month
from parcours_app.core.formatting import bidi_isolate, format_count, format_date
from parcours_app.core.model import Appointment, Category, Event, Journey, Respondent
from parcours_app.core.reminders import DaySummary, summarize_day
from parcours_app.core.text import fill_placeholders
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.i18n import RetranslateMixin
from parcours_app.ui.roles import EVENT_ID_ROLE
from parcours_app.ui.widgets.button_row import ButtonRow
from parcours_app.ui.widgets.form_row import plain_label
from parcours_app.ui.widgets.page_scroll import scroll_whole_page

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
def content_catalog() -> Any:
    from parcours_app.core.content import load_content

    return load_content()


def key_message(journey: Journey, today: dt.date) -> str:
    """One line of the key message for this stage: the first content item of the family's current stage."""
    from parcours_app.core.content import current_stages
    from parcours_app.core.errors import ParcoursError

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
    parts.append(_translate("Home", "%1 étapes calculées pour votre famille.").replace("%1", str(len(journey.events))))
    return "\n".join(part for part in parts if part)


class FittedList(QListWidget):
    """A list exactly as tall as its wrapped rows, so the page scrolls and never a small list inside it."""

    def fit(self) -> None:
        # QListView does not measure wrapped rows against its own width, so each row is measured here
        metrics = self.fontMetrics()
        width = max(self.viewport().width() - metrics.height(), 80)
        padding = int(metrics.height() * 0.6) + 4  # the style sheet's item padding (0.25 em top and bottom)
        rows = 0
        for row in range(self.count()):
            item = self.item(row)
            bounds = metrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, bounds.height() + padding))
            rows += bounds.height() + padding
        height = rows + 2 * self.frameWidth() + 6
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class HomePage(RetranslateMixin, QWidget):
    """Aujourd'hui."""

    event_activated = Signal(str)  # an event id to show in the journey
    # open the self-test, for "mother" or "other-parent" (core.model.Respondent); "" leaves the choice as it is
    selftest_requested = Signal(str)

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
        self.title = QLabel(self)
        self.title.setObjectName("page-title")
        self.title.setProperty("role", "h1")
        self.title.setWordWrap(True)
        self.stage = QLabel(self)
        self.stage.setObjectName("home-stage")
        self.stage.setProperty("role", "h2")
        self.stage.setWordWrap(True)
        self.stage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thousand_days = QLabel(self)
        self.thousand_days.setObjectName("home-thousand-days")
        self.thousand_days.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("home-key-message")
        self.message.setWordWrap(True)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(8)

        self.overdue_title, self.overdue = self._section("home-overdue")
        self.week_title, self.week = self._section("home-week")
        self.next_title, self.next_steps = self._section("home-next")
        self.appointments_title, self.appointments = self._section("home-appointments")
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("home-mark-done")
        self.snooze_button = QPushButton(self)
        self.snooze_button.setObjectName("home-snooze")
        # side by side, or stacked at 200 % text and with long translations (ui/widgets/button_row.py)
        actions = ButtonRow((self.done_button, self.snooze_button), self)

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
        for heading, widget in (
            (self.overdue_title, self.overdue),
            (self.week_title, self.week),
            (self.next_title, self.next_steps),
            (self.appointments_title, self.appointments),
        ):
            column.addWidget(heading)
            column.addWidget(widget)
        column.addWidget(actions)
        column.addSpacing(12)
        column.addWidget(self.care_title)
        column.addWidget(self.care_text)
        column.addWidget(care_buttons)
        column.addStretch(1)
        self.scroll_area = scroll_whole_page(self, content)

        self._last_list: QListWidget = self.overdue
        self.done_button.clicked.connect(self.mark_selected_done)
        self.snooze_button.clicked.connect(self.snooze_selected)
        controller.journey_changed.connect(self.refresh)
        controller.states_changed.connect(self.refresh)
        self.retranslate_ui()

    def _section(self, name: str) -> tuple[QLabel, FittedList]:
        heading = QLabel(self)
        heading.setObjectName("section-title")
        heading.setProperty("role", "h2")
        heading.setWordWrap(True)
        items = FittedList(self)
        items.setObjectName(name)
        items.setWordWrap(True)
        items.setTextElideMode(Qt.TextElideMode.ElideNone)
        items.setResizeMode(QListWidget.ResizeMode.Adjust)
        items.setUniformItemSizes(False)
        items.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        items.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        items.itemActivated.connect(self._on_activated)
        items.currentItemChanged.connect(lambda *_: self._remember(items))
        heading.setBuddy(items)
        return heading, items

    def _remember(self, items: QListWidget) -> None:
        self._last_list = items

    def _on_activated(self, item: QListWidgetItem) -> None:
        event_id = item.data(EVENT_ID_ROLE)
        if not event_id:
            return
        journey = self._controller.journey
        event = next((e for e in journey.events if e.id == event_id), None) if journey is not None else None
        if event is not None and event.category is Category.SELFTEST:
            self.selftest_requested.emit("")  # "Faire le point sur votre moral": the test itself, not its card
            return
        self.event_activated.emit(str(event_id))

    def selected_event_id(self) -> str | None:
        item = self._last_list.currentItem()
        if item is None:
            return None
        value = item.data(EVENT_ID_ROLE)
        return str(value) if value else None

    def mark_selected_done(self) -> None:
        event_id = self.selected_event_id()
        if event_id:
            self._controller.mark_done(event_id, self._controller.clock.today())

    def snooze_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id:
            self._controller.snooze(event_id, self._controller.clock.today() + dt.timedelta(days=7))

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
            for widget in (self.overdue, self.week, self.next_steps, self.appointments):
                widget.clear()
            return
        self.stage.setText("\n".join(describe_family(journey, today, language)))
        self.thousand_days.setText(describe_thousand_days(journey, today, language))
        message = key_message(journey, today)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        summary = summarize_day(journey, self._controller.states, self._controller.appointments, today)
        self.summary = summary
        self._fill(self.overdue, summary.overdue, self.tr("Rien en retard. 👍"), overdue=True)
        self._fill(self.week, summary.due_this_week, self.tr("Rien à faire cette semaine."))
        self._fill(self.next_steps, summary.next_steps, self.tr("Plus aucune étape à venir."))
        self._fill_appointments(summary.appointments_soon)
        self._update_buttons()
        self._fit_lists()

    def _event_line(self, event: Event, overdue: bool) -> str:
        language = self._language()
        title = event.title.render(_translate)
        if event.subject_name:
            title = fill_placeholders(self.tr("%1 (%2)"), (title, bidi_isolate(event.subject_name, language)))
        if overdue:
            when = self.tr("dernier jour le %1").replace("%1", format_date(event.end, language))
        elif event.start == event.end:
            when = self.tr("le %1").replace("%1", format_date(event.start, language))
        else:
            when = (
                self.tr("du %1 au %2")
                .replace("%1", format_date(event.start, language))
                .replace("%2", format_date(event.end, language))
            )
        mandatory = self.tr(" — obligatoire") if event.mandatory else ""
        return fill_placeholders(self.tr("%1 : %2"), (title, when)) + mandatory

    def _fill(self, widget: QListWidget, events: tuple[Event, ...], empty: str, overdue: bool = False) -> None:
        widget.clear()
        for event in events:
            item = QListWidgetItem(self._event_line(event, overdue))
            item.setData(EVENT_ID_ROLE, event.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            widget.addItem(item)
        if not events:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, empty)
            widget.addItem(item)

    def _fill_appointments(self, appointments: tuple[Appointment, ...]) -> None:
        language = self._language()
        self.appointments.clear()
        for appointment in appointments:
            text = (
                self.tr("%1 le %2 à %3")
                .replace("%1", appointment.title or self.tr("Rendez-vous"))
                .replace("%2", format_date(appointment.starts_at.date(), language))
                .replace("%3", appointment.starts_at.strftime("%H:%M"))
            )
            if appointment.place:
                text = fill_placeholders(self.tr("%1, %2"), (text, bidi_isolate(appointment.place, language)))
            item = QListWidgetItem(text)
            item.setData(EVENT_ID_ROLE, appointment.event_id or "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.appointments.addItem(item)
        if not appointments:
            item = QListWidgetItem(self.tr("Aucun rendez-vous noté pour les 7 prochains jours."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.appointments.addItem(item)

    def _fit_lists(self) -> None:
        for widget in (self.overdue, self.week, self.next_steps, self.appointments):
            widget.fit()

    def _update_buttons(self) -> None:
        has_steps = bool(
            self.summary and (self.summary.overdue or self.summary.due_this_week or self.summary.next_steps)
        )
        self.done_button.setEnabled(has_steps)
        self.snooze_button.setEnabled(has_steps)

    def retranslate_ui(self) -> None:
        self.overdue_title.setText(self.tr("&En retard"))
        self.week_title.setText(self.tr("À faire cette &semaine"))
        self.next_title.setText(self.tr("&Prochaines étapes"))
        self.appointments_title.setText(self.tr("&Rendez-vous des 7 prochains jours"))
        self.overdue.setAccessibleName(self.tr("En retard"))
        self.week.setAccessibleName(self.tr("À faire cette semaine"))
        self.next_steps.setAccessibleName(self.tr("Prochaines étapes"))
        self.appointments.setAccessibleName(self.tr("Rendez-vous des 7 prochains jours"))
        self.done_button.setText(self.tr("&Fait aujourd'hui"))
        # WCAG 2.5.3: the spoken name is the visible label; the longer wording is the description
        self.done_button.setAccessibleName(plain_label(self.done_button.text()))
        self.done_button.setAccessibleDescription(self.tr("Marquer l'étape choisie comme faite aujourd'hui"))
        self.snooze_button.setText(self.tr("Me le rappeler dans une se&maine"))
        self.snooze_button.setAccessibleName(plain_label(self.snooze_button.text()))
        self.snooze_button.setAccessibleDescription(self.tr("Reporter l'étape choisie d'une semaine"))
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
        self.mother_test_button.setText(self.tr("Faire le point : la mère"))
        self.mother_test_button.setAccessibleName(plain_label(self.mother_test_button.text()))
        self.mother_test_button.setAccessibleDescription(
            self.tr("Faire le point sur son moral : questionnaire pour la mère")
        )
        self.other_parent_test_button.setText(self.tr("Faire le point : l'autre parent"))
        self.other_parent_test_button.setAccessibleName(plain_label(self.other_parent_test_button.text()))
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
