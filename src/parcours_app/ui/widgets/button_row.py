"""Buttons side by side when they fit, one under the other when they do not.

A plain QHBoxLayout asks for the sum of its buttons' widths: at 200 % text size or with a long translation, a
row of two or three buttons becomes wider than the page and, inside a scroll area without a horizontal scroll
bar, the last button is cut off. ButtonRow asks only for its widest button and stacks the buttons when the
row does not fit. Horizontal rows mirror in right-to-left layouts like any QBoxLayout.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QWidget


class ButtonRow(QWidget):
    def __init__(self, buttons: Sequence[QAbstractButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = list(buttons)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for button in self._buttons:
            self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        self._layout.addStretch(1)

    def _shown(self) -> list[QAbstractButton]:
        return [button for button in self._buttons if not button.isHidden()]

    def row_width(self) -> int:
        """The width the buttons need side by side."""
        shown = self._shown()
        spacing = max(0, self._layout.spacing())
        return sum(button.sizeHint().width() for button in shown) + spacing * max(0, len(shown) - 1)

    def minimumSizeHint(self) -> QSize:
        widest = max((button.sizeHint().width() for button in self._shown()), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if self.row_width() <= event.size().width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != wanted:
            self._layout.setDirection(wanted)
        super().resizeEvent(event)
