"""The "À propos" dialog: version, rules version and check date, licence, the privacy promise, the sources."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from parcours_app import __version__
from parcours_app.core.formatting import format_date
from parcours_app.resources import resource_path
from parcours_app.ui.i18n import RetranslateMixin


class AboutDialog(RetranslateMixin, QDialog):
    """Shown from Aide > À propos. Opened through `AboutDialog.show_for` so tests can patch it."""

    def __init__(self, rules_version: str, rules_checked: str, language: str = "fr", parent: QWidget | None = None):
        super().__init__(parent)
        self._rules_version = rules_version
        self._rules_checked = rules_checked
        self._language = language
        self.setWindowIcon(QIcon(str(resource_path("icons", "parcours.svg"))))
        self.setMinimumWidth(520)

        self._title = QLabel()
        self._title.setTextFormat(Qt.TextFormat.RichText)
        self._title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self._body = QTextBrowser()
        # Links in the text open nowhere by themselves: the app never touches the network on its own.
        self._body.setOpenLinks(False)
        self._body.setOpenExternalLinks(False)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._body, 1)
        layout.addWidget(self._buttons)
        self.retranslate_ui()

    @classmethod
    def show_for(cls, parent: QWidget | None, rules_version: str, rules_checked: str, language: str = "fr") -> None:
        dialog = cls(rules_version, rules_checked, language, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()  # a closed dialog is deleted, not kept as a child of the window (issue 14)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("À propos de Parcours 1000 jours"))
        self.setAccessibleName(self.tr("À propos de Parcours 1000 jours"))
        self._title.setText(f"<h2>{html.escape(self.tr('Parcours 1000 jours'))}</h2>")
        self._body.setAccessibleName(self.tr("Informations sur l'application"))
        self._buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Fermer"))
        checked = self._rules_checked
        try:
            import datetime as dt

            checked = format_date(dt.date.fromisoformat(self._rules_checked), self._language)
        except ValueError:
            pass
        paragraphs = [
            self.tr("Version %1").replace("%1", __version__),
            self.tr("Règles françaises : version %1, vérifiées le %2.")
            .replace("%1", self._rules_version)
            .replace("%2", checked),
            self.tr(
                "Vos données restent sur cet ordinateur, dans votre dossier personnel, lisibles par vous seul. "
                "L'application ne se connecte jamais à Internet, n'a pas de compte et n'envoie rien."
            ),
            self.tr(
                "Chaque règle et chaque lien citent leur source officielle (Légifrance, ameli, service-public, "
                "ministère de la Santé, Santé publique France) et la date de leur vérification. La liste complète "
                "est dans le parcours, sur chaque étape, et dans le fichier RULES.md fourni avec l'application."
            ),
            self.tr(
                "L'auto-questionnaire est une aide au repérage, jamais un diagnostic. En cas de détresse, "
                "appelez le 3114 (à toute heure), le 15 ou le 112."
            ),
            self.tr("Licence : EUPL 1.2, logiciel libre."),
        ]
        self._body.setHtml("".join(f"<p>{html.escape(text)}</p>" for text in paragraphs))
