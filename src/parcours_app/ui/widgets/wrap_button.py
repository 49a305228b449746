"""A push button whose text wraps onto several lines when its column is narrow.

A QPushButton never wraps: one long link name ("Ouvrir : Congé de maternité (Service-Public.fr, site officiel de
l'administration française)") made the journey's detail panel, and so the page, wider than the window in English.
This button prefers one line, needs only its longest word, and tells layouts its height for a width, like a
word-wrapped label. The bevel, focus ring and padding are the style's (base.qss), only the text is drawn here.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter

from parcours_app.ui.widgets import wrapped_text


class WrappingButton(wrapped_text.WrappedTextMixin, QPushButton):
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

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        chrome = self._chrome()
        area = self.rect().adjusted(chrome.width() // 2, chrome.height() // 2, -(chrome.width() // 2), 0)
        area.setHeight(self.height() - chrome.height())
        painter.drawItemText(
            area,
            int(wrapped_text.FLAGS | Qt.AlignmentFlag.AlignCenter),
            self.palette(),
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.ButtonText,
        )
