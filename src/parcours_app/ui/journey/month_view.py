"""A month calendar that marks the days when a step opens, ends or is aimed at, and the booked appointments.

A marked day is drawn bold and underlined with a small count in its corner, so the mark never rests on a colour.
Which days are marked is decided by `core.journey_filters.marked_days`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QRect, Qt
from PySide6.QtGui import QFont, QPainter, QTextCharFormat
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QToolButton, QWidget

from parcours_app.core.formatting import format_date
from parcours_app.ui.i18n import tr_count
from parcours_app.ui.journey.texts import current_language


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class JourneyCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[dt.date, int] = {}
        self._today = dt.date.min  # no day until the journey (built on the one clock's today) is set
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        # Monday first, as in every French calendar, whatever the system locale says.
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._fit_width()
        self.selectionChanged.connect(self._describe_selected_day)
        self.retranslate_ui()

    def _child(self, kind: type[QWidget], name: str) -> QWidget | None:
        return self.findChild(kind, name)

    def retranslate_ui(self) -> None:
        """Qt's calendar leaves its own buttons and day grid unnamed: a screen reader would land on a bare grid."""
        names = (
            (QToolButton, "qt_calendar_prevmonth", self.tr("Mois précédent")),
            (QToolButton, "qt_calendar_nextmonth", self.tr("Mois suivant")),
            (QToolButton, "qt_calendar_monthbutton", self.tr("Choisir le mois")),
            (QToolButton, "qt_calendar_yearbutton", self.tr("Choisir l'année")),
            (QAbstractItemView, "qt_calendar_calendarview", self.tr("Jours du mois")),
        )
        for kind, object_name, accessible_name in names:
            child = self._child(kind, object_name)
            if child is not None:
                child.setAccessibleName(accessible_name)
        self._describe_selected_day()

    def _describe_selected_day(self) -> None:
        """The grid's description says what the bold mark shows: how many steps start, end or are aimed at."""
        grid = self._child(QAbstractItemView, "qt_calendar_calendarview")
        if grid is None:
            return
        day = from_qdate(self.selectedDate())
        count = self._counts.get(day, 0)
        when = format_date(day, current_language())
        if count:
            text = tr_count(self.tr("%1 : %n étape(s) ou rendez-vous ce jour-là", "", count), count).replace("%1", when)
        else:
            text = self.tr("%1 : aucune étape ce jour-là").replace("%1", when)
        grid.setAccessibleDescription(text)

    def _fit_width(self) -> None:
        """Seven columns wide enough for "sam." and a count, whatever the font size or the theme's padding."""
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(" sam.¹ ") * 7 + 24)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    @property
    def marked_day_counts(self) -> dict[dt.date, int]:
        return dict(self._counts)

    def set_marks(self, counts: dict[dt.date, int], today: dt.date) -> None:
        """Replace the marks. Only the days that change get a new text format, so a recompute stays cheap."""
        plain = QTextCharFormat()
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setFontUnderline(True)
        for day in set(self._counts) - set(counts):
            self.setDateTextFormat(to_qdate(day), plain)
        for day in set(counts) - set(self._counts):
            self.setDateTextFormat(to_qdate(day), marked)
        self._counts = dict(counts)
        self._today = today
        self.updateCells()
        self._describe_selected_day()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:  # noqa: N802  (Qt override)
        super().paintCell(painter, rect, date)
        day = from_qdate(date)
        count = self._counts.get(day, 0)
        if count:
            painter.save()
            font = painter.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
            painter.setFont(font)
            corner = rect.adjusted(1, 0, -2, 0)
            painter.drawText(corner, int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignTop), str(count))
            painter.restore()
        if day == self._today:
            painter.save()
            pen = painter.pen()
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.restore()
