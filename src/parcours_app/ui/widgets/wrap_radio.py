"""A radio button whose text wraps onto several lines when its column is narrow.

A QRadioButton never wraps: at 200 % text the self-test's choices ("L'autre parent, questions au masculin (« je me
suis senti »)", "English (original version, Cox, Holden and Sagovsky, 1987)") were wider than the page, so the
page scrolled sideways and, right to left in Arabic, its paragraphs were cut at the left edge (seen in a real
window). Like `WrappingButton`, this one prefers one line, needs only its longest word, and tells layouts its
height for a width. The indicator, the box, the focus frame and the style sheet are the style's; only the text is
drawn here, wrapped, on the leading side (mirrored right to left by the style's own rectangles).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton, QStylePainter

from parcours_app.ui.widgets import wrapped_text


class WrappingRadioButton(wrapped_text.WrappedTextMixin, QRadioButton):
    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _chrome(self) -> QSize:
        """What the style adds around the text (indicator, spacing, padding, border), for one line of text."""
        line = self.fontMetrics().height()
        outer = self.style().sizeFromContents(QStyle.ContentsType.CT_RadioButton, self._option(), QSize(0, line), self)
        return QSize(outer.width(), max(0, outer.height() - line))

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)  # the whole button, every line of its text, chooses it

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QStylePainter(self)
        option = self._option()
        text = option.text
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_RadioButton, option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, self)
        area = QRect(contents.left() + wrapped_text.SLACK // 2, 0, contents.width() - wrapped_text.SLACK, self.height())
        painter.drawItemText(
            area,
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter | wrapped_text.FLAGS),
            option.palette,
            self.isEnabled(),
            text,
            QPalette.ColorRole.WindowText,
        )
