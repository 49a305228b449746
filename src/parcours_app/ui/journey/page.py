"""The "Parcours" page: the timeline of the stages, the filters, the month view, the list by month and the detail.

The page lays out widgets and keeps them in step with the `FamilyController`; which steps a filter keeps, when a
step is late and where the stages fall are decided in `core.journey_filters`. A recomputed journey (a corrected
due date, a birth) goes through one model reset, and the selection follows the event id, so the person stays on
the step they were reading while every date around it moves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.journey_filters import (
    FilterGroup,
    JourneyFilter,
    SubjectKind,
    family_subjects,
    journey_timeline,
    marked_days,
)
from parcours_app.core.model import Event, Journey
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.i18n import RetranslateMixin, translate_count
from parcours_app.ui.widgets.flow_layout import FlowLayout
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea

from . import texts
from .detail import EventDetailPanel
from .list_model import EVENT_ID_ROLE, MONTH_ROLE, JourneyListModel
from .list_view import JourneyListView
from .month_view import JourneyCalendar, from_qdate, to_qdate
from .timeline import StageTimeline


class JourneyPage(RetranslateMixin, QWidget):
    def __init__(self, controller: FamilyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._journey: Journey | None = None
        self._events_by_id: dict[str, Event] = {}
        self._selected_id: str | None = None
        self._language = texts.current_language()

        self._timeline = StageTimeline()
        self._timeline.date_activated.connect(self._on_stage_chosen)

        # Filters.
        self._group_boxes: dict[FilterGroup, QCheckBox] = {}
        # wraps onto a second line when the row does not fit (200 % text, long translations): a QHBoxLayout made
        # the page wider than the window
        filter_row = FlowLayout()
        filter_row.setSpacing(self.fontMetrics().horizontalAdvance("M"))
        self._show_label = QLabel()
        filter_row.addWidget(self._show_label)
        for group in FilterGroup:
            box = QCheckBox()
            box.setChecked(True)
            box.toggled.connect(self._apply_filter)
            self._group_boxes[group] = box
            filter_row.addWidget(box)
        # "Afficher :" introduces the row of check boxes: it names the first one for screen readers.
        self._show_label.setBuddy(self._group_boxes[FilterGroup.PREGNANCY])
        self._mandatory_only = QCheckBox()
        self._mandatory_only.toggled.connect(self._apply_filter)
        filter_row.addWidget(self._mandatory_only)
        self._subject_label = QLabel()
        self._subject = QComboBox()
        self._subject.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._subject_label.setBuddy(self._subject)
        self._subject.currentIndexChanged.connect(self._on_subject_changed)
        filter_row.addWidget(self._subject_label)
        filter_row.addWidget(self._subject)
        self._reset_filters = QPushButton()
        self._reset_filters.clicked.connect(self.clear_filters)
        filter_row.addWidget(self._reset_filters)

        # Month view and the chosen day.
        self._calendar = JourneyCalendar()
        self._calendar.clicked.connect(self._on_day_chosen)
        self._calendar.activated.connect(self._on_day_chosen)
        self._day_label = QLabel()
        self._day_label.setWordWrap(True)
        self._all_days = QPushButton()
        self._all_days.clicked.connect(self._clear_day)
        calendar_column = QWidget()
        calendar_layout = QVBoxLayout(calendar_column)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        self._calendar_title = QLabel()
        self._calendar_title.setBuddy(self._calendar)
        calendar_layout.addWidget(self._calendar_title)
        calendar_layout.addWidget(self._calendar)
        calendar_layout.addWidget(self._day_label)
        calendar_layout.addWidget(self._all_days, 0, Qt.AlignmentFlag.AlignLeading)
        self._legend = QLabel()
        self._legend.setWordWrap(True)
        calendar_layout.addWidget(self._legend)
        calendar_layout.addStretch(1)

        # The list, grouped by month, and its empty state.
        self._model = JourneyListModel(self)
        self._list = JourneyListView()
        self._list.setModel(self._model)
        self._list.setIndentation(self.fontMetrics().horizontalAdvance("M"))
        self._list.selectionModel().currentChanged.connect(self._on_current_changed)
        self._list.activated.connect(self._on_activated)
        self._list.installEventFilter(self)
        self._model.modelReset.connect(self._after_reset)
        self._list_title = QLabel()
        self._list_title.setBuddy(self._list)
        self._count = QLabel()
        self._empty_list = QWidget()
        empty_layout = QVBoxLayout(self._empty_list)
        self._empty_text = QLabel()
        self._empty_text.setWordWrap(True)
        self._empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_show_all = QPushButton()
        self._empty_show_all.clicked.connect(self.clear_filters)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self._empty_text)
        empty_layout.addWidget(self._empty_show_all, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        self._list_stack = QStackedWidget()
        self._list_stack.addWidget(self._list)
        self._list_stack.addWidget(self._empty_list)
        list_column = QWidget()
        list_layout = QVBoxLayout(list_column)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_header = QHBoxLayout()
        list_header.addWidget(self._list_title)
        list_header.addStretch(1)
        list_header.addWidget(self._count)
        list_layout.addLayout(list_header)
        list_layout.addWidget(self._list_stack)

        self._detail = EventDetailPanel(controller)
        self._detail.status_message.connect(self._announce)

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setChildrenCollapsible(False)
        # scrolls when the window is too low for the month, its hint and its legend (200 % text)
        self._splitter.addWidget(VerticalScrollArea(calendar_column, keyboard_scroll=False))
        self._splitter.addWidget(list_column)
        self._splitter.addWidget(self._detail)
        # the list of cards and the detail share what the month leaves: cards read best a little wider than the
        # narrowest the list allows (docs/IDENTITY.md)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setStretchFactor(2, 1)

        self._live = QLabel()  # the last confirmation, in words, where a screen reader can find it
        self._live.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self._timeline)
        layout.addLayout(filter_row)
        layout.addWidget(self._splitter, 1)
        layout.addWidget(self._live)

        QWidget.setTabOrder(self._timeline, self._group_boxes[FilterGroup.PREGNANCY])
        QWidget.setTabOrder(self._reset_filters, self._list)
        QWidget.setTabOrder(self._list, self._detail)
        QWidget.setTabOrder(self._detail, self._calendar)

        # a journey that changed while another page was shown, applied when this one is shown again
        self._pending_journey: tuple[Journey | None] | None = None
        controller.journey_changed.connect(self._on_journey_changed)
        controller.states_changed.connect(self._on_states_changed)
        self.retranslate_ui()
        self._on_journey_changed(controller.journey)

    # --- public API ---------------------------------------------------------------------------------

    @property
    def list_view(self) -> QTreeView:
        return self._list

    @property
    def list_model(self) -> JourneyListModel:
        return self._model

    @property
    def detail_panel(self) -> EventDetailPanel:
        return self._detail

    @property
    def calendar(self) -> JourneyCalendar:
        return self._calendar

    @property
    def timeline(self) -> StageTimeline:
        return self._timeline

    @property
    def selected_event_id(self) -> str | None:
        return self._selected_id

    def group_box(self, group: FilterGroup) -> QCheckBox:
        return self._group_boxes[group]

    @property
    def mandatory_only_box(self) -> QCheckBox:
        return self._mandatory_only

    @property
    def subject_box(self) -> QComboBox:
        return self._subject

    def show_event(self, event_id: str) -> bool:
        """Select an event and show its detail (from home or a reminder). Clears filters that would hide it."""
        if event_id not in self._events_by_id:
            return False
        if not self._model.index_of_event(event_id).isValid():
            self.clear_filters()
        self._selected_id = event_id
        self._select_in_list(event_id)
        self._detail.set_event(self._events_by_id[event_id])
        self._list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear_filters(self) -> None:
        for box in self._group_boxes.values():
            with QSignalBlocker(box):
                box.setChecked(True)
        with QSignalBlocker(self._mandatory_only):
            self._mandatory_only.setChecked(False)
        with QSignalBlocker(self._subject):
            self._subject.setCurrentIndex(0)
        self._model.set_filter(JourneyFilter())
        self._update_day_widgets()
        self._update_timeline()

    def current_filter(self) -> JourneyFilter:
        return self._model.journey_filter

    # --- building the filter ------------------------------------------------------------------------

    def _subject_choice(self) -> tuple[SubjectKind, str] | None:
        value = self._subject.currentData()
        if isinstance(value, tuple) and len(value) == 2:
            return (SubjectKind(value[0]), str(value[1]))
        return None

    def _apply_filter(self, *_: object) -> None:
        current = self._model.journey_filter
        self._model.set_filter(
            replace(
                current,
                groups=frozenset(group for group, box in self._group_boxes.items() if box.isChecked()),
                mandatory_only=self._mandatory_only.isChecked(),
                subject=self._subject_choice(),
                booked_event_days=self._booked_event_days(),
            )
        )
        self._update_day_widgets()

    def _on_subject_changed(self, _index: int) -> None:
        self._apply_filter()
        self._update_timeline()

    def _on_day_chosen(self, day: QDate) -> None:
        current = self._model.journey_filter
        chosen = from_qdate(day)
        self._model.set_filter(replace(current, day=chosen, booked_event_days=self._booked_event_days()))
        self._update_day_widgets()
        if self._selected_id is None or not self._model.index_of_event(self._selected_id).isValid():
            first = self._model.first_event_index()
            if first.isValid():
                self._list.setCurrentIndex(first)

    def _clear_day(self) -> None:
        current = self._model.journey_filter
        self._model.set_filter(replace(current, day=None, booked_event_days=self._booked_event_days()))
        self._update_day_widgets()

    def _booked_event_days(self) -> dict[str, frozenset[dt.date]]:
        days: dict[str, set[dt.date]] = {}
        for appointment in self._controller.appointments:
            if appointment.event_id is not None:
                days.setdefault(appointment.event_id, set()).add(appointment.starts_at.date())
        return {event_id: frozenset(values) for event_id, values in days.items()}

    def _update_day_widgets(self) -> None:
        day = self._model.journey_filter.day
        if day is None:
            self._day_label.setText(
                QCoreApplication.translate(
                    "JourneyPage", "Cliquez sur un jour pour voir les étapes en cours ce jour-là."
                )
            )
        else:
            self._day_label.setText(
                QCoreApplication.translate("JourneyPage", "Étapes en cours le %1.").replace(
                    "%1", texts.long_date(day, self._language)
                )
            )
        self._all_days.setVisible(day is not None)
        shown, total = self._model.shown_event_count, self._model.total_event_count
        self._count.setText(
            QCoreApplication.translate("JourneyPage", "%1 sur %2").replace("%1", str(shown)).replace("%2", str(total))
        )
        self._count.setAccessibleName(
            translate_count("JourneyPage", "%n étape(s) affichée(s) sur %1", shown).replace("%1", str(total))
        )
        if total == 0:
            self._empty_text.setText(
                QCoreApplication.translate(
                    "JourneyPage",
                    "Le parcours apparaîtra ici dès qu'une date de grossesse ou de naissance sera saisie.",
                )
            )
        else:
            self._empty_text.setText(
                QCoreApplication.translate("JourneyPage", "Aucune étape ne correspond à ces filtres.")
            )
        self._empty_show_all.setVisible(total > 0)
        self._list_stack.setCurrentWidget(self._list if shown else self._empty_list)
        self._reset_filters.setEnabled(not self._model.journey_filter.is_default)

    # --- controller signals -------------------------------------------------------------------------

    def _on_journey_changed(self, journey: Journey | None) -> None:
        # Behind another page of a shown window (a date corrected from Aujourd'hui): rebuilt when shown again, so
        # a change costs only the visible page (docs/PERFORMANCE.md, a date change in one frame).
        window = self.window()
        if window is not self and window.isVisible() and not self.isVisible():
            self._pending_journey = (journey,)
            return
        self._pending_journey = None
        self._journey = journey
        self._events_by_id = journey.by_id() if journey is not None else {}
        self._rebuild_subjects()
        events = journey.events if journey is not None else ()
        self._model.set_content(
            events,
            journey.family if journey is not None else None,
            self._controller.states,
            self._controller.appointments,
            self._controller.clock.today(),
        )
        self._update_marks()
        self._update_timeline()
        self._update_day_widgets()
        shown = self._events_by_id.get(self._selected_id) if self._selected_id else None
        self._detail.set_event(shown)
        if shown is None:
            self._selected_id = None
            # Nothing chosen yet: open the list and the month view where the family is today, not in the past.
            today = self._controller.clock.today()
            self._calendar.setSelectedDate(to_qdate(today))
            self._scroll_to_month(today)

    def showEvent(self, event: QShowEvent) -> None:
        if self._pending_journey is not None:
            self._on_journey_changed(self._pending_journey[0])
        super().showEvent(event)

    def _on_states_changed(self) -> None:
        self._model.set_states(self._controller.states, self._controller.appointments)
        if self._model.journey_filter.day is not None:
            self._apply_filter()
        self._update_marks()
        self._detail.refresh()

    def _rebuild_subjects(self) -> None:
        previous = self._subject.currentData()
        with QSignalBlocker(self._subject):
            self._subject.clear()
            self._subject.addItem(QCoreApplication.translate("JourneyPage", "Toute la famille"), None)
            if self._journey is not None:
                for subject in family_subjects(self._journey.family):
                    self._subject.addItem(texts.render(subject.label), (subject.kind.value, subject.key))
            index = self._subject.findData(previous) if previous is not None else 0
            self._subject.setCurrentIndex(max(0, index))
        self._subject.setVisible(self._subject.count() > 2)
        self._subject_label.setVisible(self._subject.count() > 2)
        if previous is not None and index < 0:
            self._apply_filter()

    def _update_marks(self) -> None:
        events = self._journey.events if self._journey is not None else ()
        booked = [item.starts_at.date() for item in self._controller.appointments]
        self._calendar.set_marks(marked_days(events, booked), self._controller.clock.today())

    def _update_timeline(self) -> None:
        timeline = journey_timeline(self._journey, self._subject_choice()) if self._journey is not None else None
        self._timeline.set_timeline(timeline, self._controller.clock.today())

    # --- selection ----------------------------------------------------------------------------------

    def _after_reset(self) -> None:
        self._list.expandAll()
        if self._selected_id is not None:
            self._select_in_list(self._selected_id)

    def _select_in_list(self, event_id: str) -> None:
        index = self._model.index_of_event(event_id)
        if not index.isValid():
            return
        self._list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._list.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event_id = current.data(EVENT_ID_ROLE)
        if isinstance(event_id, str) and event_id in self._events_by_id:
            self._selected_id = event_id
            event = self._events_by_id[event_id]
            self._detail.set_event(event)
            # The month view follows the step, without changing a day the person picked.
            if self._model.journey_filter.day is None:
                self._calendar.setCurrentPage(event.start.year, event.start.month)

    def _on_activated(self, index: QModelIndex) -> None:
        if isinstance(index.data(EVENT_ID_ROLE), str):
            self._detail.first_action().setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt override)
        # Enter opens the detail on every platform (QTreeView.activated fires on Enter only on some styles).
        if watched is self._list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_activated(self._list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _on_stage_chosen(self, day: dt.date) -> None:
        self._calendar.setSelectedDate(to_qdate(day))
        self._calendar.setCurrentPage(day.year, day.month)
        self._scroll_to_month(day)

    def _scroll_to_month(self, day: dt.date) -> None:
        """Bring the list to the first month at or after `day`'s month."""
        for row in range(self._model.rowCount()):
            month_index = self._model.index(row, 0)
            month = month_index.data(MONTH_ROLE)
            if isinstance(month, dt.date) and month >= day.replace(day=1):
                self._list.scrollTo(month_index, QAbstractItemView.ScrollHint.PositionAtTop)
                break

    def _announce(self, message: str) -> None:
        set_control_text(self._live, message, message)

    # --- language -----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        translate = QCoreApplication.translate
        self._language = texts.current_language()
        texts.clear_caches()
        self.setAccessibleName(translate("JourneyPage", "Parcours"))
        self._show_label.setText(translate("JourneyPage", "Afficher :"))
        names = {
            FilterGroup.PREGNANCY: translate("JourneyPage", "&Grossesse"),
            FilterGroup.LEAVE: translate("JourneyPage", "&Congés"),
            FilterGroup.CHILD: translate("JourneyPage", "&Enfant"),
            FilterGroup.ADMIN: translate("JourneyPage", "&Démarches"),
        }
        for group, box in self._group_boxes.items():
            box.setText(names[group])
            box.setAccessibleName(
                translate("JourneyPage", "Afficher les étapes : %1").replace("%1", texts.filter_group_text(group))
            )
        set_control_text(
            self._mandatory_only,
            translate("JourneyPage", "&Obligatoires seulement"),
            translate("JourneyPage", "Afficher seulement les étapes obligatoires"),
        )
        self._subject_label.setText(translate("JourneyPage", "&Pour :"))
        self._subject.setAccessibleName(translate("JourneyPage", "Pour quelle grossesse ou quel enfant"))
        if self._subject.count():
            self._rebuild_subjects()  # every item's label in the new language ("Grossesse"), the choice kept
        set_control_text(
            self._reset_filters,
            translate("JourneyPage", "&Tout afficher"),
            translate("JourneyPage", "Effacer les filtres et tout afficher"),
        )
        self._calendar_title.setText(translate("JourneyPage", "&Mois"))
        self._calendar.setAccessibleName(translate("JourneyPage", "Vue du mois"))
        self._calendar.setAccessibleDescription(
            translate(
                "JourneyPage",
                "Les jours soulignés en gras ouvrent ou ferment une étape ; le chiffre dit combien. "
                "Entrée ou clic : voir les étapes en cours ce jour-là.",
            )
        )
        self._calendar.setLocale(texts.qt_locale(self._language))
        self._legend.setText(
            translate(
                "JourneyPage",
                "Jour souligné en gras : une étape commence, se termine ou est conseillée ce jour-là "
                "(le chiffre indique combien). Jour encadré : aujourd'hui.",
            )
        )
        set_control_text(
            self._all_days,
            translate("JourneyPage", "Tous les &jours"),
            translate("JourneyPage", "Ne plus filtrer par jour"),
        )
        self._list_title.setText(translate("JourneyPage", "Étape&s par mois"))
        self._list.setAccessibleName(translate("JourneyPage", "Étapes du parcours, par mois"))
        self._list.setAccessibleDescription(
            translate("JourneyPage", "Flèches pour parcourir, Entrée pour agir sur l'étape choisie.")
        )
        set_control_text(
            self._empty_show_all,
            translate("JourneyPage", "Tout afficher"),
            translate("JourneyPage", "Effacer les filtres et tout afficher"),
        )
        self._live.setAccessibleName(translate("JourneyPage", "Dernière action"))
        self._model.set_language(self._language)
        self._update_day_widgets()
        self._timeline.retranslate_ui()
        self._detail.retranslate_ui()
