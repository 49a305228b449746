"""The printed plan on paper: a built `PlanDocument` (plan.py) laid out and drawn with QPainter, the same for a
PDF file, a print and a preview.

`paint_plan(device, plan)` draws on any QPagedPaintDevice (QPdfWriter or QPrinter): every table row is measured
first and moved whole to the next page when it does not fit (a row is never cut), the table header is repeated on
the new page, and every page has a footer "page n sur N". `write_plan_pdf(plan, path)` writes the file owner-only;
`count_pages` lays a plan out in memory (the one-page consultation sheet shrinks until it fits).

Header rows are a light grey that prints as grey. With consultation_plan.py, one_page.py, selftest_pdf.py and
leave_letter.py, one of the export modules that import Qt (QPainter, QPdfWriter); nothing outside ui/ imports a
widget module (docs/ARCHITECTURE.md, "Layers and the direction of dependencies"; tests/core/test_core_purity.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from parcours_app import __version__
from parcours_app.core.text import fill_placeholders
from parcours_app.export.files import private_part_file
from parcours_app.export.one_page import a4_portrait
from parcours_app.export.plan import Cell, PlanDocument, Run, Style, Table

PAGE_MARGIN_MM = 15.0
RESOLUTION_DPI = 300
FONT_FAMILY = "DejaVu Sans"  # fonts-dejavu-core: every French accent and Arabic; Qt falls back when missing


def write_plan_pdf(plan: PlanDocument, output: Path) -> int:
    """Paint a built plan (the full plan or the one-page consultation sheet) into `output`, owner-only, through a
    part file renamed over it; returns the number of pages. OSError when the file cannot be written."""
    ensure_gui_application()
    temporary = private_part_file(output)
    try:
        writer = QPdfWriter(str(temporary))
        configure_page(writer)
        writer.setTitle(plan.document_title)
        writer.setCreator(f"Parcours 1000 jours {__version__}")
        pages = paint_plan(writer, plan)
        del writer  # closes the file
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise OSError(f"cannot write {output}")
        temporary.replace(output)
    finally:
        temporary.unlink(missing_ok=True)
    return pages


def ensure_gui_application() -> None:
    """Fonts need an application object. The command line has none: create one, offscreen when Linux has no screen.

    A QApplication (not only a QGuiApplication), so that a process that later opens windows (tests, the GUI
    calling the command-line code) still can.
    """
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _APPLICATIONS.append(QApplication([sys.argv[0] if sys.argv else "parcours"]))


_APPLICATIONS: list[QGuiApplication] = []  # keeps the application alive for the rest of the process


def configure_page(device: QPagedPaintDevice) -> None:
    """A4 portrait, 15 mm margins (printers' unprintable border is at most about 5 mm)."""
    device.setPageLayout(a4_portrait(PAGE_MARGIN_MM))
    if isinstance(device, QPdfWriter):
        device.setResolution(RESOLUTION_DPI)


@dataclass(slots=True)
class _Op:
    """One thing to draw on a page, found by the layout pass and drawn by the paint pass."""

    kind: str  # "text", "line", "fill"
    rect: QRectF
    text: str = ""
    style: Style = Style.BODY
    flags: int = 0


class _Layout:
    def __init__(self, painter: QPainter, dpi: int, width: float, height: float, right_to_left: bool) -> None:
        self.painter = painter
        self.width = width
        self.rtl = right_to_left
        self.mm = dpi / 25.4
        self.fonts = {style: self._font(style) for style in Style}
        footer_height = self.text_height("Pg", Style.FOOTER, width) + 3 * self.mm
        self.bottom = height - footer_height
        self.footer_top = height - footer_height + 2 * self.mm
        self.pages: list[list[_Op]] = [[]]
        self.y = 0.0
        self.align = (
            Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        ) | Qt.AlignmentFlag.AlignTop
        self.wrap = int(self.align) | int(Qt.TextFlag.TextWordWrap)

    def _font(self, style: Style) -> QFont:
        size, bold = style.value
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        # Without "fi"/"fl" ligatures the PDF's text is the plain letters: search, copy and screen readers find
        # "certificat" (Arabic's required ligatures are "rlig", not affected).
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def text_height(self, text: str, style: Style, width: float) -> float:
        self.painter.setFont(self.fonts[style])
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text or " ").height()

    def cell_height(self, cell: Cell, width: float) -> float:
        return (
            sum(self.text_height(run.text, run.style, width) for run in cell if run.text)
            + max(0, len([run for run in cell if run.text]) - 1) * 0.6 * self.mm
        )

    @property
    def ops(self) -> list[_Op]:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def room(self) -> float:
        return self.bottom - self.y

    def x_span(self, left: float, width: float) -> QRectF:
        """A horizontal span measured from the leading edge, mirrored for right-to-left languages."""
        x = self.width - left - width if self.rtl else left
        return QRectF(x, self.y, width, 0)

    def paragraph(self, text: str, style: Style, space_after: float) -> None:
        height = self.text_height(text, style, self.width)
        if height > self.room():
            self.new_page()
        self.ops.append(_Op("text", QRectF(0, self.y, self.width, height), text, style, self.wrap))
        self.y += height + space_after

    def draw_cell(self, cell: Cell, left: float, width: float, top: float) -> None:
        y = top
        for run in cell:
            if not run.text:
                continue
            height = self.text_height(run.text, run.style, width)
            span = self.x_span(left, width)
            self.ops.append(_Op("text", QRectF(span.x(), y, width, height), run.text, run.style, self.wrap))
            y += height + 0.6 * self.mm

    def table(self, table: Table, continued: str) -> None:
        pad = 1.4 * self.mm
        widths = [fraction * self.width for fraction in table.widths]
        lefts = [sum(widths[:index]) for index in range(len(widths))]
        heading_height = self.text_height(table.heading, Style.HEADING, self.width) + 2.5 * self.mm
        header_cells: tuple[Cell, ...] = tuple((Run(header, Style.HEADER),) for header in table.headers)

        def row_height(cells: tuple[Cell, ...]) -> float:
            return max(self.cell_height(cell, widths[i] - 2 * pad) for i, cell in enumerate(cells)) + 2 * pad

        header_height = row_height(header_cells)
        first_row = (
            row_height(table.rows[0]) if table.rows else self.text_height(table.empty_note, Style.BODY, self.width)
        )
        # keep the heading with the column headers and the first row: never a heading alone at the bottom of a page
        if heading_height + header_height + first_row > self.room():
            self.new_page()

        def heading(again: bool) -> None:
            text = table.heading + (" " + continued if again else "")
            self.ops.append(_Op("text", QRectF(0, self.y, self.width, heading_height), text, Style.HEADING, self.wrap))
            self.y += heading_height - 1.5 * self.mm
            self.ops.append(_Op("line", QRectF(0, self.y, self.width, 0), style=Style.HEADING))
            self.y += 1.5 * self.mm

        def row(cells: tuple[Cell, ...], height: float, shaded: bool) -> None:
            if shaded:
                self.ops.append(_Op("fill", QRectF(0, self.y, self.width, height)))
            for index, cell in enumerate(cells):
                self.draw_cell(cell, lefts[index] + pad, widths[index] - 2 * pad, self.y + pad)
            self.y += height
            self.ops.append(_Op("line", QRectF(0, self.y, self.width, 0)))

        heading(False)
        if not table.rows:
            self.paragraph(table.empty_note, Style.BODY, 5 * self.mm)
            return
        row(header_cells, header_height, True)
        for cells in table.rows:
            height = row_height(cells)
            if height > self.room():
                self.new_page()
                heading(True)
                row(header_cells, header_height, True)
            row(cells, height, False)
        self.y += 5 * self.mm


def paint_plan(device: QPagedPaintDevice, plan: PlanDocument) -> int:
    """Draw the plan on a PDF writer or a printer already set up (see `configure_page`); returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or the PDF file could not be opened for drawing")
    try:
        dpi = device.logicalDpiX()
        rect = device.pageLayout().paintRectPixels(dpi)
        layout = _Layout(painter, dpi, float(rect.width()), float(rect.height()), plan.right_to_left)
        layout.paragraph(plan.title, Style.TITLE, 1.5 * layout.mm)
        for line in plan.subtitle:
            layout.paragraph(line, Style.SUBTITLE, 0.8 * layout.mm)
        layout.y += 4 * layout.mm
        for table in plan.tables:
            layout.table(table, plan.continued)
        for paragraph in plan.closing:
            layout.paragraph(paragraph, Style.SMALL, 1.5 * layout.mm)
        total = len(layout.pages)
        for number, ops in enumerate(layout.pages, start=1):
            if number > 1:
                device.newPage()
            _paint_ops(painter, layout, ops)
            _paint_footer(painter, layout, plan, number, total)
        return total
    finally:
        painter.end()


def count_pages(plan: PlanDocument) -> int:
    """Lay the plan out on an A4 PDF in memory (nothing written to disk) and count its pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    configure_page(writer)
    pages = paint_plan(writer, plan)
    del writer
    buffer.close()
    return pages


def _paint_ops(painter: QPainter, layout: _Layout, ops: Sequence[_Op]) -> None:
    thin = QPen(QColor(90, 90, 90))
    thin.setWidthF(0.15 * layout.mm)
    thick = QPen(QColor(0, 0, 0))
    thick.setWidthF(0.35 * layout.mm)
    for op in ops:
        if op.kind == "fill":
            painter.fillRect(op.rect, QColor(230, 230, 230))  # light grey: prints as grey, black text stays readable
        elif op.kind == "line":
            painter.setPen(thick if op.style is Style.HEADING else thin)
            painter.drawLine(op.rect.topLeft(), op.rect.topRight())
        else:
            painter.setPen(QColor(0, 0, 0))
            painter.setFont(layout.fonts[op.style])
            painter.drawText(op.rect.adjusted(0, 0, 0, layout.mm), op.flags, op.text)


def _paint_footer(painter: QPainter, layout: _Layout, plan: PlanDocument, number: int, total: int) -> None:
    pen = QPen(QColor(90, 90, 90))
    pen.setWidthF(0.15 * layout.mm)
    painter.setPen(pen)
    rule = QRectF(0, layout.footer_top - layout.mm, layout.width, 0)
    painter.drawLine(rule.topLeft(), rule.topRight())
    painter.setPen(QColor(0, 0, 0))
    painter.setFont(layout.fonts[Style.FOOTER])
    box = QRectF(0, layout.footer_top, layout.width, layout.mm * 6)
    page = fill_placeholders(plan.page_label, (str(number), str(total)))
    leading = Qt.AlignmentFlag.AlignRight if plan.right_to_left else Qt.AlignmentFlag.AlignLeft
    trailing = Qt.AlignmentFlag.AlignLeft if plan.right_to_left else Qt.AlignmentFlag.AlignRight
    painter.drawText(box, int(leading | Qt.AlignmentFlag.AlignTop), plan.footer)
    painter.drawText(box, int(trailing | Qt.AlignmentFlag.AlignTop), page)
