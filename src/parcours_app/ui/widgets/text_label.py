"""The plain-text label every page uses for messages: wrapped, aligned to the reading start, never squeezed."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from parcours_app.core.formatting import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, rtl_paragraphs

TOP_LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop


class InterfaceDirectionLabel(QLabel):
    """A plain-text label whose paragraphs take the interface's direction, not their first letter's.

    In Arabic a message that starts with a Latin word ("15 : SAMU…", "Allô Parents Bébé…", a citation) would
    otherwise be laid out left to right, and the numbers inside it read backwards: `setText` passes the text
    through core.formatting.rtl_paragraphs (a right-to-left mark per paragraph, digit and Latin runs isolated).
    Other languages get the text unchanged.
    """

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        language = QLocale().name().split("_")[0]
        super().setText(rtl_paragraphs(text, language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE))


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
    label = InterfaceDirectionLabel(parent)
    label.setText(text)
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
