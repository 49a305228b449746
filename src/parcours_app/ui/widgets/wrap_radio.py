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
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import QRadioButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
_SLACK = 4  # a pixel or two of rounding between the measured and the drawn text, on each side


class WrappingRadioButton(QRadioButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _chrome(self) -> QSize:
        """What the style adds around the text (indicator, spacing, padding, border), for one line of text."""
        option = self._option()
        line = self.fontMetrics().height()
        outer = self.style().sizeFromContents(QStyle.ContentsType.CT_RadioButton, option, QSize(0, line), self)
        return QSize(outer.width(), max(0, outer.height() - line))

    def _text_size(self, width: int) -> QSize:
        metrics = QFontMetrics(self.font())
        return metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), int(_FLAGS), self.text()).size()

    def sizeHint(self) -> QSize:
        chrome = self._chrome()
        one_line = self._text_size(100_000)
        return QSize(
            one_line.width() + chrome.width() + _SLACK, max(self.minimumHeight(), one_line.height() + chrome.height())
        )

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        words = self.text().replace("&", "").split()
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        chrome = self._chrome()
        return QSize(longest + chrome.width() + _SLACK, max(self.minimumHeight(), metrics.height() + chrome.height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        chrome = self._chrome()
        text = self._text_size(width - chrome.width() - _SLACK)
        return max(self.minimumHeight(), text.height() + chrome.height())

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
        area = QRect(contents.left() + _SLACK // 2, 0, contents.width() - _SLACK, self.height())
        painter.drawItemText(
            area,
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter | _FLAGS),
            option.palette,
            self.isEnabled(),
            text,
            QPalette.ColorRole.WindowText,
        )
