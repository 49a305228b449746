"""Small pieces shared by the self-test screens: patchable dialogs, text helpers, the help button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from parcours_app.core.text import Text
from parcours_app.ui import kiosk
from parcours_app.ui.widgets.question import ask_yes_no

LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


def render(text: Text | None) -> str:
    return "" if text is None else text.render(QCoreApplication.translate)


class SelfTestDialogs:
    """Every question the self-test asks in a separate window. Class methods, so tests patch them."""

    @classmethod
    def confirm(cls, parent: QWidget, title: str, question: str) -> bool:
        return ask_yes_no(
            parent,
            title,
            question,
        )

    @classmethod
    def pdf_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        path = kiosk.save_file_name(
            parent,
            QCoreApplication.translate("SelfTestDialogs", "Enregistrer le résumé en PDF"),
            suggested,
            QCoreApplication.translate("SelfTestDialogs", "Document PDF (*.pdf)"),
        )
        if path is None:
            return None
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    @classmethod
    def printer(cls, parent: QWidget) -> QPrinter | None:
        """The printer the person chose in the system's print dialog, or None if they cancelled."""
        if kiosk.locked():  # reception mode: a visitor prints nothing
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("SelfTestDialogs", "Imprimer le résumé"))
        try:
            return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def error(cls, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    @classmethod
    def info(cls, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)
