"""The one way to build a scroll area: a page, a section or a column that scrolls up and down, never sideways
(its text wraps instead, at any text size and language).

- Its minimum width is its content's (plus the scroll bar), so a splitter or a layout never squeezes it until its
  buttons are cut off; its minimum height is small, so at 200 % text a low window scrolls the column instead of
  cutting its wrapped labels.
- `sideways=True` keeps a horizontal scroll bar, shown when needed, for content that cannot wrap (answer buttons,
  check boxes, the main window's page area): then its minimum width is Qt's own, and the content scrolls.
- `keyboard_scroll=True` (the default) makes the area a focus stop, so the arrow keys and Page Up/Down scroll a
  page of text that holds no control; a column of controls passes False: its controls take the focus and the
  area scrolls to each of them.
- Frameless: a caller that wants the frame (a list in a dialog, a splitter pane) sets it.

`scroll_whole_page` fills a page with one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class VerticalScrollArea(QScrollArea):
    def __init__(
        self,
        content: QWidget | None = None,
        parent: QWidget | None = None,
        *,
        sideways: bool = False,
        keyboard_scroll: bool = True,
    ) -> None:
        super().__init__(parent)
        self._sideways = sideways
        self.setWidgetResizable(True)
        if not sideways:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        if not keyboard_scroll:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if content is not None:
            self.setWidget(content)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None or self._sideways:
            return hint
        extra = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), content.minimumSizeHint().width() + extra), hint.height())


def scroll_whole_page(page: QWidget, content: QWidget) -> VerticalScrollArea:
    """Put `content` in a vertical scroll area filling `page`; returns the area (to name it)."""
    scroll = VerticalScrollArea(content, page)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
