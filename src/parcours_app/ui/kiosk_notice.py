"""What a visitor sees instead of a browser on the reception screen: the address, to note or type at home."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class KioskNotice:
    """Tests patch `show`."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setObjectName("kiosk-address")
        box.exec()


def show_address(parent: QWidget | None, url: str) -> None:
    translate = QCoreApplication.translate
    KioskNotice.show(
        parent,
        translate("KioskNotice", "Site officiel"),
        translate(
            "KioskNotice",
            "Sur cet écran partagé, les sites ne s'ouvrent pas. Notez l'adresse pour la consulter chez vous :\n\n%1",
        ).replace("%1", url),
    )
