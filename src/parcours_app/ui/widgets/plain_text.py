"""Text from a person or a file is shown as plain text, never as markup (docs/CONTRIBUTING.md; issue 14).

Qt reads a label's or a tooltip's text as HTML when it *looks* like HTML (`Qt::mightBeRichText`: a known tag before
the first line break). A child named `<img src="/dev/zero">` then made the GUI allocate until it aborted. These
helpers are the one place the rule lives:

- `plain_text_label(label)`: a QLabel that never interprets its text.
- `escape(text)`: a person's text inside markup the app builds itself (the banner, the self-test PDF).
- `plain_tooltip(text)`: a tooltip that shows the characters as typed (tooltips have no text-format switch).
- `plain_message(...)`: a message box whose text is plain (QMessageBox.question reads markup).
- `shows_as_markup(text, fmt)`: whether Qt would render `text` as markup (tests use it on every widget).
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

LabelT = TypeVar("LabelT", bound=QLabel)


def escape(text: str) -> str:
    """`text` as HTML that shows the characters typed (quotes too, so it is safe inside an attribute)."""
    return html.escape(text, quote=True)


def plain_text_label(label: LabelT) -> LabelT:
    """Make `label` show its text as typed, whatever it holds; returns it for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as typed: Qt reads tooltips as HTML when they look like it, so a text that
    might be read so is escaped inside an explicit rich-text wrapper; any other text is returned unchanged."""
    if not text or not shows_as_markup(text):
        return text
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"


def shows_as_markup(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether Qt renders `text` as rich text in a widget with `text_format` (AutoText for tooltips)."""
    if text_format == Qt.TextFormat.PlainText:
        return False
    if text_format in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText):
        return True
    return bool(QtGui.mightBeRichText(text))


def plain_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """QMessageBox.question/warning/… whose text is never read as markup (a place's name, a file's content), and
    which is deleted once answered. Returns the button chosen."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    try:
        return QMessageBox.StandardButton(box.exec())
    finally:
        box.deleteLater()
