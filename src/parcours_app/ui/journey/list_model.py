"""The journey as a two-level item model: months, then the steps that open in each month.

The model is rebuilt with one reset when the journey, the states or the filter change: a journey holds a few
hundred events at most, so regrouping is cheaper than diffing, and no widget is created per event. The view
keeps its selection by event id across resets (see `JourneyPage`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from parcours_app.core.formatting import bidi_isolate
from parcours_app.core.journey_filters import JourneyFilter, Status, event_status, filter_events, group_by_month
from parcours_app.core.model import Appointment, Event, EventState, Family
from parcours_app.ui.i18n import translate_count

from . import texts

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
MONTH_ROLE = Qt.ItemDataRole.UserRole + 4

_MONTH_ROW = 0  # internal id of a month row; an event row stores its month's row + 1

AnyIndex = QModelIndex | QPersistentModelIndex


class JourneyListModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[Event, ...] = ()
        self._family: Family | None = None
        self._states: dict[str, EventState] = {}
        self._appointments: list[Appointment] = []
        self._filter = JourneyFilter()
        self._today = dt.date.min  # no day until the journey (built on the one clock's today) is set
        self._language = texts.current_language()
        self._groups: list[tuple[dt.date, list[Event]]] = []
        self._row_of_event: dict[str, tuple[int, int]] = {}
        # Row texts are worked out once per change, not at every paint or size measurement.
        self._display_cache: dict[str, str] = {}
        self._accessible_cache: dict[str, str] = {}

    # --- feeding ------------------------------------------------------------------------------------

    def set_content(
        self,
        events: tuple[Event, ...],
        family: Family | None,
        states: dict[str, EventState],
        appointments: list[Appointment],
        today: dt.date,
    ) -> None:
        self._events = events
        self._family = family
        self._states = states
        self._appointments = appointments
        self._today = today
        self._rebuild()

    def set_states(self, states: dict[str, EventState], appointments: list[Appointment]) -> None:
        """States change the text of rows but never which rows exist: only the rows that changed are redrawn."""
        changed = {key for key in states.keys() | self._states.keys() if states.get(key) != self._states.get(key)}
        before, after = _booked_by_event(self._appointments), _booked_by_event(appointments)
        changed |= {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
        self._states = states
        self._appointments = appointments
        for event_id in changed:
            self._display_cache.pop(event_id, None)
            self._accessible_cache.pop(event_id, None)
            index = self.index_of_event(event_id)
            if index.isValid():
                self.dataChanged.emit(index, index, [])

    def set_filter(self, journey_filter: JourneyFilter) -> None:
        if journey_filter != self._filter:
            self._filter = journey_filter
            self._rebuild()

    def set_language(self, language: str) -> None:
        self._language = language
        self._clear_caches()
        self._emit_all_changed()

    @property
    def journey_filter(self) -> JourneyFilter:
        return self._filter

    @property
    def shown_event_count(self) -> int:
        return len(self._row_of_event)

    @property
    def total_event_count(self) -> int:
        return len(self._events)

    def _clear_caches(self) -> None:
        self._display_cache.clear()
        self._accessible_cache.clear()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._clear_caches()
        self._groups = group_by_month(filter_events(self._events, self._filter, self._family))
        self._row_of_event = {
            event.id: (month_row, event_row)
            for month_row, (_, events) in enumerate(self._groups)
            for event_row, event in enumerate(events)
        }
        self.endResetModel()

    def _emit_all_changed(self) -> None:
        for month_row, (_, events) in enumerate(self._groups):
            month_index = self.index(month_row, 0)
            self.dataChanged.emit(month_index, month_index)
            if events:
                self.dataChanged.emit(self.index(0, 0, month_index), self.index(len(events) - 1, 0, month_index))

    # --- lookup -------------------------------------------------------------------------------------

    def index_of_event(self, event_id: str) -> QModelIndex:
        position = self._row_of_event.get(event_id)
        if position is None:
            return QModelIndex()
        return self.index(position[1], 0, self.index(position[0], 0))

    def event_at(self, index: AnyIndex) -> Event | None:
        if not index.isValid() or index.internalId() == _MONTH_ROW:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def first_event_index(self) -> QModelIndex:
        for month_row, (_, events) in enumerate(self._groups):
            if events:
                return self.index(0, 0, self.index(month_row, 0))
        return QModelIndex()

    # --- QAbstractItemModel -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _MONTH_ROW) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _MONTH_ROW:
            return QModelIndex()
        if parent.row() >= len(self._groups) or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _MONTH_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _MONTH_ROW)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _MONTH_ROW and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _MONTH_ROW:
            # Month headers take the keyboard cursor (so arrows read them out) but are never "selected".
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _MONTH_ROW:
            return self._month_data(index.row(), role)
        event = self.event_at(index)
        return None if event is None else self._event_data(event, role)

    def _month_data(self, row: int, role: int) -> Any:
        month, events = self._groups[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts.month_title(month, self._language)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            number = len(events)
            count = translate_count("JourneyListModel", "%n étape(s)", number)
            return f"{texts.month_title(month, self._language)}{texts.separator()}{count}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == MONTH_ROLE:
            return month
        return None

    def _event_data(self, event: Event, role: int) -> Any:
        state = self._states.get(event.id)
        if role == Qt.ItemDataRole.DisplayRole:
            cached = self._display_cache.get(event.id)
            if cached is None:
                cached = self._display_cache[event.id] = self._display_text(event, state)
            return cached
        if role == Qt.ItemDataRole.AccessibleTextRole:
            cached = self._accessible_cache.get(event.id)
            if cached is None:
                text = texts.accessible_row_text(event, state, self._today, self._language, self._family)
                booked = self._booked_line(event.id)
                cached = self._accessible_cache[event.id] = f"{text}{texts.separator()}{booked}" if booked else text
            return cached
        return self._other_event_data(event, state, role)

    def _display_text(self, event: Event, state: EventState | None) -> str:
        status = event_status(event, state, self._today, self._family)
        first_line = texts.render(event.title)
        if event.subject_name:
            first_line = f"{first_line} — {bidi_isolate(event.subject_name, self._language)}"
        details = f"{texts.window_text(event, self._language)} · {texts.mandatory_text(event)}"
        status_text = texts.status_text(event, state, self._today, self._language, self._family)
        status_line = f"{texts.status_symbol(status)} {status_text}"
        booked = self._booked_line(event.id)
        lines = [first_line, details, status_line, *([booked] if booked else [])]
        return "\n".join(lines)

    def _other_event_data(self, event: Event, state: EventState | None, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts.render(event.explanation)
        if role == EVENT_ID_ROLE:
            return event.id
        if role == EVENT_ROLE:
            return event
        if role == STATUS_ROLE:
            return event_status(event, state, self._today, self._family)
        return None

    def _booked_line(self, event_id: str) -> str:
        booked = sorted(item.starts_at for item in self._appointments if item.event_id == event_id)
        upcoming = [moment for moment in booked if moment.date() >= self._today]
        if not upcoming:
            return ""
        moment = upcoming[0]
        return (
            QCoreApplication.translate("JourneyListModel", "Rendez-vous pris le %1 à %2")
            .replace("%1", texts.long_date(moment.date(), self._language))
            .replace("%2", moment.strftime("%H:%M"))
        )


def _booked_by_event(appointments: list[Appointment]) -> dict[str, list[Appointment]]:
    booked: dict[str, list[Appointment]] = {}
    for appointment in appointments:
        if appointment.event_id is not None:
            booked.setdefault(appointment.event_id, []).append(appointment)
    return booked


def status_of(index: QModelIndex) -> Status | None:
    value = index.data(STATUS_ROLE)
    return value if isinstance(value, Status) else None
