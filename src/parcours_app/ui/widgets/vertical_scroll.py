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
- The content is as tall as its text needs at the area's width, not taller: a wrapped label's minimum size is
  measured at its narrowest width, so Qt would otherwise keep the content tall enough for every label wrapped
  word by word (the reception's Maison page scrolled into a screen of blank space, seen in a real window).

`scroll_whole_page` fills a page with one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
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

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setWidget(widget)
        widget.installEventFilter(self)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Hold the content's minimum height to what its wrapped text needs at the viewport's width."""
        content = self.widget()
        if content is None or self._sideways:
            return
        layout = content.layout()
        needed = content.heightForWidth(self.viewport().width()) if layout is not None else -1
        if needed < 0:  # nothing wraps: the layout's own minimum is right
            needed = 0
        if content.minimumHeight() != needed:
            content.setMinimumHeight(needed)

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
