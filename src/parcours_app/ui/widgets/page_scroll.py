"""A whole page (or a part of one) that scrolls vertically, never sideways: text wraps instead, at any text size
and language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def vertical_scroll(parent: QWidget, content: QWidget, *, sideways_when_needed: bool = False) -> QScrollArea:
    """A frameless scroll area holding `content` at its width, scrolling up and down; the caller lays it out.

    `sideways_when_needed` keeps a horizontal scroll bar for content that has a minimum width wider than a narrow
    window at large text (the self-test pages: their answer buttons do not wrap)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    if not sideways_when_needed:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def scroll_whole_page(page: QWidget, content: QWidget) -> QScrollArea:
    """Put `content` in a frameless vertical scroll area filling `page`; returns the area (to name it)."""
    scroll = vertical_scroll(page, content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
