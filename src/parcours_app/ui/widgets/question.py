"""The one yes/no question of the app, in a separate window.

Each screen keeps its own class method (`ConfirmDialog.ask`, `DirectoryDialogs.confirm_delete` ...) as the seam
tests patch; those methods only word the question and call `ask_yes_no`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from parcours_app.ui.widgets.plain_text import plain_message


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """Yes or No, Enter answering the default: No unless the question is harmless (opening a page).

    The text is plain text, never markup (it may name a place or quote a file: issue 14's `plain_message`)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    return plain_message(parent, QMessageBox.Icon.Question, title, text, buttons, default) == (
        QMessageBox.StandardButton.Yes
    )
