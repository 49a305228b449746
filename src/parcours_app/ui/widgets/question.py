"""The one yes/no question of the app, in a separate window.

Each screen keeps its own class method (`ConfirmDialog.ask`, `DirectoryDialogs.confirm_delete` ...) as the seam
tests patch; those methods only word the question and call `ask_yes_no`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """Yes or No, Enter answering the default: No unless the question is harmless (opening a page)."""
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default
    )
    return answer == QMessageBox.StandardButton.Yes
