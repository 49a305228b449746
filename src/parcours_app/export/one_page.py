"""One A4 page of HTML (QTextDocument's subset), for the leave letter and the self-test summary.

The type shrinks by half points until the text fits one page (or reaches the smallest size allowed), and the
file is owner-only: both documents name a person.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from parcours_app.export.files import prepare_private_file


def one_page_pdf_writer(path: Path, title: str, margin_mm: float) -> QPdfWriter:
    """An owner-only A4 portrait PDF writer at 300 dpi on `path`. OSError when the file cannot be created."""
    prepare_private_file(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Parcours 1000 jours")
    writer.setResolution(300)
    writer.setPageLayout(a4_portrait(margin_mm))
    return writer


def a4_portrait(margin_mm: float) -> QPageLayout:
    """An A4 portrait page with the same margin on every side, in millimetres."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
        QPageLayout.Unit.Millimeter,
    )


def draw_html_on_one_page(
    device: QPagedPaintDevice, html: str, *, largest: float, smallest: float, right_to_left: bool = False
) -> None:
    """Draw `html` on `device` (a PDF writer or a printer the person chose), from `largest` points down to
    `smallest` until it fits one page."""
    resolution = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(resolution)
    document = QTextDocument()
    if right_to_left:  # every paragraph right to left, even one that starts with a French answer
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    document.documentLayout().setPaintDevice(device)  # otherwise the text is laid out at screen DPI: tiny on paper
    document.setHtml(html)
    document.setPageSize(QSizeF(page.width(), page.height()))
    point_size = largest
    while True:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(point_size)
        document.setDefaultFont(font)
        if document.pageCount() <= 1 or point_size <= smallest:
            break
        point_size -= 0.5
    painter = QPainter(device)
    try:
        document.drawContents(painter)
    finally:
        painter.end()
