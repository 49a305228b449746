"""The list of steps: a tree of months and steps whose rows wrap their text and grow with the font (200 % text).

Each step is drawn as a card (docs/IDENTITY.md): a rounded frame in the theme's card colour, the icon of its kind
(exam, ultrasound, vaccine, leave, paperwork, self-care...) on the leading side, its title in bold, then its
window and obligation, then its status in words after a symbol whose shape says it too. A mandatory step that
is late has a stripe in the alert colour. Months are headings in the brand teal between the cards.
Row heights follow the width of the list, so nothing is cut when the window narrows or the text grows; the list
never gets narrower than about 22 characters, so a card never squeezes to one word per line.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from parcours_app.core.journey_filters import Status
from parcours_app.ui import icons
from parcours_app.ui.theme import current_theme

from .list_model import EVENT_ROLE, MONTH_ROLE, STATUS_ROLE


class JourneyRowDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # Measuring a row lays out a rich-text document; rows whose text, width and font did not change keep
        # their size, so a recompute or a state change only measures what changed.
        self._size_cache: dict[tuple[str, int, str], QSize] = {}
        # Painting a row drew a freshly laid-out document each time (about 0.4 ms a row, 13 rows a repaint): the
        # laid-out documents of the rows on screen are kept, keyed like the sizes (docs/PERFORMANCE.md).
        self._document_cache: dict[tuple[str, int, str, Qt.LayoutDirection, str], QTextDocument] = {}

    @staticmethod
    def _is_month(index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.data(MONTH_ROLE) is not None

    @staticmethod
    def _gaps(option: QStyleOptionViewItem) -> tuple[int, int, int]:
        """(outer margin around a card, inner padding, icon size) in pixels, from the font (spacing scale)."""
        line = option.fontMetrics.height()
        return max(3, round(line * 0.25)), max(4, round(line * 0.5)), max(16, round(line * 1.4))

    def _text_inset(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        """Horizontal room taken by the card's frame, padding and icon column (0 for a month heading)."""
        if self._is_month(index):
            return 0
        margin, padding, icon = self._gaps(option)
        return 2 * margin + 3 * padding + icon

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
        if self._is_month(index):
            accent = escape(current_theme().style["accent"])
            html = f"<div style='font-weight:bold; font-size:large; color:{accent}'>{lines[0]}</div>"
        else:
            rest = "".join(f"<br>{line}" for line in lines[1:])
            html = f"<b>{lines[0]}</b>{rest}"
        document.setHtml(html)
        document.setTextWidth(max(40.0, self._width(option, index) - self._text_inset(option, index)))
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
            extra = 0 if self._is_month(index) else 2 * self._gaps(view_option)[0]
            size = QSize(int(document.idealWidth()) + self._text_inset(view_option, index), 0)
            icon = 0 if self._is_month(index) else self._gaps(view_option)[2] + 2 * self._gaps(view_option)[1]
            size.setHeight(max(int(document.size().height()), icon) + extra + 1)
            self._size_cache[key] = size
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
            current_theme().name,  # the month headings are in the theme's accent colour
        )
        document = self._document_cache.get(key)
        if document is None:
            if len(self._document_cache) > 500:
                self._document_cache.clear()
            document = self._document_cache[key] = self._document(view_option, index)
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = view_option.palette
        if self._is_month(index):
            view_option.text = ""
            widget: QWidget | None = view_option.widget
            style = widget.style() if widget is not None else QApplication.style()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
            self._draw_document(painter, document, view_option.rect.topLeft().x(), view_option.rect.top(), None)
            return
        self._paint_card(painter, view_option, index, document, selected, palette)

    def _paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        document: QTextDocument,
        selected: bool,
        palette: QPalette,
    ) -> None:
        theme = current_theme()
        margin, padding, icon_size = self._gaps(option)
        rect = option.rect.adjusted(margin, margin, -margin, -margin)
        status = index.data(STATUS_ROLE)
        late = status == Status.CATCH_UP  # "à rattraper": still to do, its deadline passed
        focus = theme.style["focus"]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # the theme's own selection colours: the style sheet makes the view's selection background transparent
        background = QColor(theme.color("Highlight") if selected else theme.style["card"])
        edge = QColor(focus if selected else theme.style["card_border"])
        painter.setPen(QPen(edge, 2 if selected else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        # the stripe on the leading edge: teal, or the alert colour for a late mandatory step (words say it too)
        stripe_color = QColor(theme.style["status_alert"] if late else theme.style["accent"])
        if selected:
            stripe_color = QColor(theme.color("HighlightedText"))
        stripe_width = max(3, margin)
        right_to_left = option.direction == Qt.LayoutDirection.RightToLeft
        stripe_x = rect.right() - stripe_width - 1 if right_to_left else rect.left() + 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe_color)
        painter.drawRoundedRect(QRectF(stripe_x, rect.top() + padding / 2, stripe_width, rect.height() - padding), 2, 2)
        # the kind of step
        event = index.data(EVENT_ROLE)
        ink = QColor(theme.color("HighlightedText")) if selected else palette.color(QPalette.ColorRole.Text)
        icon_color = ink.name() if selected else theme.style["accent"]
        icon_name = icons.step_icon_name(event) if event is not None else "circle"
        pixmap = icons.pixmap(icon_name, icon_color, icon_size, painter.device().devicePixelRatioF())
        if right_to_left:
            icon_x = rect.right() - stripe_width - padding - icon_size
        else:
            icon_x = stripe_x + stripe_width + padding
        painter.drawPixmap(int(icon_x), rect.top() + padding, pixmap)
        painter.restore()
        text_width = int(document.textWidth())
        text_x = icon_x - padding - text_width if right_to_left else icon_x + icon_size + padding
        self._draw_document(painter, document, int(text_x), rect.top(), ink)

    @staticmethod
    def _draw_document(painter: QPainter, document: QTextDocument, x: int, y: int, ink: QColor | None) -> None:
        context = QAbstractTextDocumentLayout.PaintContext()
        if ink is not None:
            context.palette.setColor(QPalette.ColorRole.Text, ink)
        painter.save()
        painter.translate(x, y)
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
        self.setObjectName("journey-list")

    def minimumSizeHint(self) -> QSize:
        """Never so narrow that a card's title breaks after every word: about 22 average characters of text."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        text = metrics.averageCharWidth() * 22 + metrics.height() * 3  # text, icon column and card padding
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), text + self.indentation() + scroll_bar), hint.height())

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
