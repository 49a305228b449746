"""The dialog that records an appointment the family booked for a step: date, time, place and a note."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.model import Appointment
from parcours_app.ui.i18n import RetranslateMixin
from parcours_app.ui.widgets.plain_text import plain_text_label

from . import texts


class AppointmentDialog(RetranslateMixin, QDialog):
    def __init__(
        self,
        event_title: str,
        appointment: Appointment | None,
        default_day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._event_title = event_title
        self._original = appointment
        start = appointment.starts_at if appointment else dt.datetime.combine(default_day, dt.time(9, 0))
        self._intro = plain_text_label(QLabel())  # names the step and the child
        self._intro.setWordWrap(True)
        self._date = QDateEdit(QDate(start.year, start.month, start.day))
        self._date.setCalendarPopup(True)
        self._date.setDisplayFormat("dd/MM/yyyy")
        self._time = QTimeEdit(QTime(start.hour, start.minute))
        self._time.setDisplayFormat("HH:mm")
        self._place = QLineEdit(appointment.place if appointment else "")
        self._note = QPlainTextEdit(appointment.note if appointment else "")
        self._note.setTabChangesFocus(True)
        self._note.setMinimumHeight(self._note.fontMetrics().height() * 4)
        self._date_label = QLabel()
        self._time_label = QLabel()
        self._place_label = QLabel()
        self._note_label = QLabel()
        for label, field in (
            (self._date_label, self._date),
            (self._time_label, self._time),
            (self._place_label, self._place),
            (self._note_label, self._note),
        ):
            label.setBuddy(field)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        form.addRow(self._date_label, self._date)
        form.addRow(self._time_label, self._time)
        form.addRow(self._place_label, self._place)
        form.addRow(self._note_label, self._note)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._original is None:
            self.setWindowTitle(self.tr("Ajouter un rendez-vous"))
        else:
            self.setWindowTitle(self.tr("Modifier le rendez-vous"))
        self._intro.setText(self.tr("Rendez-vous pour : %1").replace("%1", self._event_title))
        self._date_label.setText(self.tr("&Date :"))
        self._time_label.setText(self.tr("&Heure :"))
        self._place_label.setText(self.tr("&Lieu :"))
        self._note_label.setText(self.tr("&Note :"))
        self._date.setAccessibleName(self.tr("Date du rendez-vous"))
        self._time.setAccessibleName(self.tr("Heure du rendez-vous"))
        self._place.setAccessibleName(self.tr("Lieu du rendez-vous"))
        self._place.setPlaceholderText(self.tr("Cabinet, maternité, PMI…"))
        self._note.setAccessibleName(self.tr("Note sur le rendez-vous"))
        self._buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))

    def appointment(self, event_id: str | None) -> Appointment:
        day = self._date.date()
        moment = self._time.time()
        starts_at = dt.datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())
        fields = {
            "starts_at": starts_at,
            "place": self._place.text().strip(),
            "note": self._note.toPlainText().strip(),
            "event_id": event_id,
            "title": self._event_title,
        }
        if self._original is not None:
            return dataclasses.replace(self._original, **fields)  # type: ignore[arg-type]
        return Appointment(id=None, **fields)  # type: ignore[arg-type]

    # --- entry points that tests patch --------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        event_title: str,
        event_id: str | None,
        appointment: Appointment | None,
        default_day: dt.date,
    ) -> Appointment | None:
        """Show the dialog; the appointment to save, or None when the person cancelled."""
        dialog = cls(event_title, appointment, default_day, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.appointment(event_id)
            return None
        finally:
            dialog.deleteLater()

    @classmethod
    def confirm_delete(cls, parent: QWidget | None, appointment: Appointment) -> bool:
        language = texts.current_language()
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("AppointmentDialog", "Supprimer le rendez-vous"),
            QCoreApplication.translate("AppointmentDialog", "Supprimer le rendez-vous du %1 ?").replace(
                "%1", texts.long_date(appointment.starts_at.date(), language)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
