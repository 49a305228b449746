"""The list of steps: a tree of months and steps whose rows wrap their text and grow with the font (200 % text).

Each step row shows its title in bold, then its window and obligation, then its status in words with a symbol.
Row heights follow the width of the list, so nothing is cut when the window narrows or the text grows.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QResizeEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from .list_model import MONTH_ROLE


class JourneyRowDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # Measuring a row lays out a rich-text document; rows whose text, width and font did not change keep
        # their size, so a recompute or a state change only measures what changed.
        self._size_cache: dict[tuple[str, int, str], QSize] = {}
        # Painting a row drew a freshly laid-out document each time (about 0.4 ms a row, 13 rows a repaint): the
        # laid-out documents of the rows on screen are kept, keyed like the sizes (docs/PERFORMANCE.md).
        self._document_cache: dict[tuple[str, int, str, Qt.LayoutDirection], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        text_option = QTextOption(Qt.AlignmentFlag.AlignLeading)
        text_option.setTextDirection(self._view.layoutDirection())
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(text_option)
        padding = max(3.0, option.fontMetrics.height() * 0.2)
        document.setDocumentMargin(padding)
        lines = [escape(line) for line in str(index.data() or "").split("\n")]
        if index.data(MONTH_ROLE) is not None:
            html = f"<div style='font-weight:bold; font-size:large'>{lines[0]}</div>"
        else:
            rest = "".join(f"<br>{line}" for line in lines[1:])
            html = f"<b>{lines[0]}</b>{rest}"
        document.setHtml(html)
        document.setTextWidth(self._width(option, index))
        return document

    def _width(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> float:
        width = option.rect.width()
        if width <= 0:
            depth = 1 if index.parent().isValid() else 0
            width = self._view.viewport().width() - self._view.indentation() * depth
        return float(max(width, 80))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # No initStyleOption here: it asks the model for every role of every row; the text and font are enough.
        view_option = QStyleOptionViewItem(option)
        view_option.rect.setWidth(-1)  # measure against the list's width
        key = (
            f"{index.data(MONTH_ROLE) is not None}{index.data()}",
            int(self._width(view_option, index)),
            view_option.font.key(),
        )
        size = self._size_cache.get(key)
        if size is None:
            if len(self._size_cache) > 20_000:
                self._size_cache.clear()
            document = self._document(view_option, index)
            size = self._size_cache[key] = QSize(int(document.idealWidth()), int(document.size().height()) + 1)
        return size

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        key = (
            f"{index.data(MONTH_ROLE) is not None}{index.data()}",
            int(self._width(view_option, index)),
            view_option.font.key(),
            self._view.layoutDirection(),
        )
        document = self._document_cache.get(key)
        if document is None:
            if len(self._document_cache) > 500:
                self._document_cache.clear()
            document = self._document_cache[key] = self._document(view_option, index)
        view_option.text = ""
        widget: QWidget | None = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = view_option.palette
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.save()
        rect = view_option.rect
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()


class JourneyListView(QTreeView):
    """A tree of months and steps, always expanded, with rows that wrap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Per-item scrolling: per-pixel scrolling makes the view measure every row after each reset (three times
        # slower to show a recomputed journey of a hundred steps).
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(JourneyRowDelegate(self))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Re-measure every row now, then keep the chosen step in sight (row heights changed above it).
            self.doItemsLayout()
            if self.currentIndex().isValid():
                self.scrollTo(self.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # rows wrap differently at another width
