"""A push button whose text wraps onto several lines when its column is narrow.

A QPushButton never wraps: one long link name ("Ouvrir : Congé de maternité (Service-Public.fr, site officiel de
l'administration française)") made the journey's detail panel, and so the page, wider than the window in English.
This button prefers one line, needs only its longest word, and tells layouts its height for a width, like a
word-wrapped label. The bevel, focus ring and padding are the style's (base.qss), only the text is drawn here.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic


class WrappingButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        return option

    def _chrome(self) -> QSize:
        """What the style adds around the text: padding, border, margins."""
        line = self.fontMetrics().height()
        outer = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, self._option(), QSize(0, line), self)
        return QSize(outer.width(), outer.height() - line)

    def _text_size(self, width: int) -> QSize:
        metrics = QFontMetrics(self.font())
        rect = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), int(_FLAGS), self.text())
        return rect.size()

    def sizeHint(self) -> QSize:
        chrome = self._chrome()
        one_line = self._text_size(100_000)
        return QSize(one_line.width() + chrome.width() + 2, one_line.height() + chrome.height())

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        words = self.text().replace("&", "").split()
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        chrome = self._chrome()
        return QSize(longest + chrome.width() + 2, metrics.height() + chrome.height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        chrome = self._chrome()
        return self._text_size(width - chrome.width() - 2).height() + chrome.height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        chrome = self._chrome()
        area = self.rect().adjusted(chrome.width() // 2, chrome.height() // 2, -(chrome.width() // 2), 0)
        area.setHeight(self.height() - chrome.height())
        painter.drawItemText(
            area,
            int(_FLAGS | Qt.AlignmentFlag.AlignCenter),
            self.palette(),
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.ButtonText,
        )
