"""The plain-text label every page uses for messages: wrapped, aligned to the reading start, never squeezed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

TOP_LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop


def text_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    scale: float = 1.0,
    bold: bool = False,
    selectable: bool = False,
    name: str = "",
) -> QLabel:
    """A wrapped, leading-aligned plain-text label.

    Its height never goes below what the wrapped text needs (Minimum vertical policy), so 200 % text grows the
    page instead of cutting lines. `selectable` puts it in the tab order, so keyboard and screen-reader users
    reach every message, not only the buttons.
    """
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(TOP_LEADING)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    if scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label
