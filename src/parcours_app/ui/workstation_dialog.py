"""Fichier → Poste professionnel…: the PMI or Maison running this computer, and the reception screen's staff code.

Only in the ordinary mode: the consultation and reception modes read these settings and never write them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.errors import InputError
from parcours_app.core.model import Place, PlaceKind
from parcours_app.core.staff_pin import check_pin_format
from parcours_app.ui.i18n import qt_translate
from parcours_app.ui.workstation import Workstation


class WorkstationDialog(QDialog):
    """Tests drive the dialog itself; `edit` shows it modally."""

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workstation-dialog")
        self.workstation = workstation
        self.setWindowTitle(self.tr("Poste professionnel"))
        intro = QLabel(
            self.tr(
                "Le lieu qui utilise cet ordinateur (PMI, Maison des 1000 premiers jours) : il est imprimé sur le plan "
                "de consultation. Le code du personnel protège le mode accueil."
            ),
            self,
        )
        intro.setWordWrap(True)
        place = workstation.place
        self.place_box = QGroupBox(self.tr("Notre lieu"), self)
        form = QFormLayout(self.place_box)
        self.name_edit = QLineEdit(place.name, self.place_box)
        self.address_edit = QPlainTextEdit(place.address, self.place_box)
        self.phone_edit = QLineEdit(place.phone, self.place_box)
        self.hours_edit = QLineEdit(place.opening_hours, self.place_box)
        self.email_edit = QLineEdit(place.email, self.place_box)
        self.website_edit = QLineEdit(place.website, self.place_box)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.address_edit.fontMetrics().lineSpacing() * 3 + 12)
        rows = (
            (self.tr("&Nom :"), self.tr("Nom du lieu"), self.name_edit),
            (self.tr("&Adresse :"), self.tr("Adresse"), self.address_edit),
            (self.tr("&Téléphone :"), self.tr("Téléphone"), self.phone_edit),
            (self.tr("&Horaires :"), self.tr("Horaires"), self.hours_edit),
            (self.tr("&E-mail :"), self.tr("Adresse e-mail"), self.email_edit),
            (self.tr("S&ite web :"), self.tr("Site web"), self.website_edit),
        )
        for text, accessible, widget in rows:
            label = QLabel(text, self.place_box)
            label.setBuddy(widget)
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
        self.pin_box = QGroupBox(self.tr("Code du personnel (mode accueil)"), self)
        pin_form = QFormLayout(self.pin_box)
        self.pin_state = QLabel(
            self.tr("Un code est défini. Laissez vide pour le garder.")
            if workstation.has_pin
            else self.tr(
                "Aucun code enregistré : au démarrage du mode accueil, le personnel en choisit un pour la session "
                "(gardé en mémoire seulement)."
            ),
            self.pin_box,
        )
        self.pin_state.setWordWrap(True)
        pin_form.addRow(self.pin_state)
        self.pin_edit = QLineEdit(self.pin_box)
        self.pin_again = QLineEdit(self.pin_box)
        for text, accessible, widget in (
            (self.tr("&Nouveau code (4 à 8 chiffres) :"), self.tr("Nouveau code du personnel"), self.pin_edit),
            (self.tr("&Confirmer le code :"), self.tr("Confirmer le code du personnel"), self.pin_again),
        ):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
            widget.setMaxLength(8)
            widget.setAccessibleName(accessible)
            label = QLabel(text, self.pin_box)
            label.setBuddy(widget)
            pin_form.addRow(label, widget)
        self.problem = QLabel(self)
        self.problem.setObjectName("workstation-problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.place_box)
        layout.addWidget(self.pin_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def save(self) -> bool:
        pin, again = self.pin_edit.text(), self.pin_again.text()
        if pin or again:
            if pin != again:
                self.problem.setText(self.tr("Les deux codes ne sont pas identiques."))
                return False
            try:
                check_pin_format(pin)
            except InputError as error:
                self.problem.setText(error.render(qt_translate))
                return False
        try:
            self.workstation.set_place(
                Place(
                    id=None,
                    kind=PlaceKind.PMI,
                    name=self.name_edit.text().strip(),
                    address=self.address_edit.toPlainText().strip(),
                    phone=self.phone_edit.text().strip(),
                    opening_hours=self.hours_edit.text().strip(),
                    email=self.email_edit.text().strip(),
                    website=self.website_edit.text().strip(),
                )
            )
            if pin:
                self.workstation.set_pin(pin)
        except OSError as error:
            self.problem.setText(self.tr("Non enregistré : %1").replace("%1", error.strerror or str(error)))
            return False
        self.accept()
        return True

    @classmethod
    def edit(cls, parent: QWidget | None, workstation: Workstation) -> bool:
        dialog = cls(workstation, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
