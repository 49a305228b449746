"""A date field in the French format (jj/mm/aaaa): typed or picked in a calendar, checked as you type.

The plain message under the field says what to fix ("Cette date n'existe pas : février n'a que 28 jours
cette année.") and is read by screen readers (it is the field's accessible description). Range checks that
depend on the family (a due date in the past...) are the core's job; the field only knows what a date is.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.dating import EARLIEST_DATE, LATEST_DATE
from parcours_app.ui.i18n import RetranslateMixin, translate_count

_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})\s*$")
_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")
_translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal") calls


class DateFormatError(Exception):
    """Why a typed text is not a date; `message` is already translated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_french_date(text: str) -> dt.date | None:
    """'14/03/2026', '14.03.2026', '14-3-26' or '14032026' -> date; '' -> None; anything else raises DateFormatError."""
    if not text.strip():
        return None
    match = _SEPARATED.match(text) or _COMPACT.match(text)
    if match is None:
        raise DateFormatError(
            _translate("DateField", "Tapez la date sous la forme jj/mm/aaaa, par exemple 14/03/2026.")
        )
    day, month, year = (int(part) for part in match.groups())
    if len(match.group(3)) == 2:
        year += 2000  # a two-digit year in this app is always this century: pregnancies and young children
    if not 1 <= month <= 12:
        raise DateFormatError(_translate("DateField", "Le mois doit être entre 01 et 12."))
    if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
        # the same bounds as the core (core.dating): 9999, 1800 or 1899 have 4 digits, the range is what is wrong
        raise DateFormatError(
            _translate("DateField", "L'année doit être comprise entre %1 et %2.")
            .replace("%1", str(EARLIEST_DATE.year))
            .replace("%2", str(LATEST_DATE.year))
        )
    last_day = monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        raise DateFormatError(
            translate_count("DateField", "Cette date n'existe pas : ce mois-là n'a que %n jours.", last_day)
        )
    return dt.date(year, month, day)


def format_french_date(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


class DateField(RetranslateMixin, QWidget):
    """Line edit + calendar button + message line. `date_changed` carries a date or None (empty or invalid)."""

    date_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self._external_message = ""
        self.edit = QLineEdit(self)
        self.edit.setObjectName("date-edit")
        self.edit.setMaxLength(10)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.picker_button = QToolButton(self)
        self.picker_button.setObjectName("date-picker-button")
        self.picker_button.setText("▼")  # in DejaVu and every system font, unlike a calendar emoji
        self.picker_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message = QLabel(self)
        self.message.setObjectName("field-message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.message.setVisible(False)
        self.calendar: QCalendarWidget | None = None

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.picker_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.edit)

        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.editingFinished.connect(self.finish_editing_message)
        self.picker_button.clicked.connect(self.open_calendar)
        # Alt+Down opens the calendar from the keyboard, as in a combo box
        shortcut = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), self.edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.open_calendar)
        self.retranslate_ui()

    # --- public API -------------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, day: dt.date | None) -> None:
        self.edit.setText(format_french_date(day) if day else "")

    def is_valid(self) -> bool:
        """Empty counts as valid (the caller decides whether a date is required)."""
        return self._date is not None or not self.edit.text().strip()

    def set_error(self, message: str) -> None:
        """Show a message from outside (a core InputError about this date); cleared on the next keystroke."""
        self._external_message = message
        self._show_message(message)

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() or self.message.text() else ""

    # --- behaviour --------------------------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        self._external_message = ""
        try:
            day = parse_french_date(text)
        except DateFormatError as problem:
            # while typing an incomplete date, say nothing yet: the message appears once it cannot become valid
            if self._could_still_become_valid(text):
                self._show_message("")
            else:
                self._show_message(problem.message)
            day = None
        else:
            self._show_message("")
        if day != self._date:
            self._date = day
            self.date_changed.emit(day)

    def finish_editing_message(self) -> None:
        """Show the format hint for an incomplete date (called when focus leaves the field)."""
        text = self.edit.text()
        if text.strip() and self._date is None:
            try:
                parse_french_date(text)
            except DateFormatError as problem:
                self._show_message(problem.message)

    @staticmethod
    def _could_still_become_valid(text: str) -> bool:
        digits = re.sub(r"[/.\- ]", "", text)
        return bool(re.fullmatch(r"[\d/.\- ]*", text)) and len(digits) < 8 and len(text) < 10

    def _show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.edit.setAccessibleDescription(message or self._format_hint())
        self.edit.setProperty("invalid", bool(message))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.setAccessibleName(_translate("DateField", "Choisir la date dans le calendrier"))
            self.calendar.activated.connect(self._pick)
            self.calendar.clicked.connect(self._pick)
        if self._date is not None:
            self.calendar.setSelectedDate(QDate(self._date.year, self._date.month, self._date.day))
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _pick(self, qdate: QDate) -> None:
        self.set_date(dt.date(qdate.year(), qdate.month(), qdate.day()))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus()

    def _format_hint(self) -> str:
        return _translate("DateField", "Format jj/mm/aaaa. Alt+Flèche bas ouvre le calendrier.")

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(_translate("DateField", "jj/mm/aaaa"))
        self.picker_button.setToolTip(_translate("DateField", "Choisir dans le calendrier (Alt+Flèche bas)"))
        self.picker_button.setAccessibleName(_translate("DateField", "Ouvrir le calendrier"))
        if not self.message.text():
            self.edit.setAccessibleDescription(self._format_hint())
