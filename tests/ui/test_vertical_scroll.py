"""The one scroll area of the pages and sections (widgets/vertical_scroll.py), and the places that use it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from parcours_app.core.clock import FixedClock
from parcours_app.storage import open_memory_store
from parcours_app.ui.directory_page import DirectoryPage
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.journey.detail import EventDetailPanel
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea


def _wide_row(buttons: int) -> QWidget:
    content = QWidget()
    row = QHBoxLayout(content)
    for index in range(buttons):
        row.addWidget(QPushButton(f"Un bouton assez long numéro {index}"))
    return content


def test_up_and_down_only_and_never_narrower_than_its_content(qtbot: QtBot) -> None:
    content = _wide_row(4)
    area = VerticalScrollArea(content)
    qtbot.addWidget(area)
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert area.widgetResizable() and area.widget() is content
    # buttons do not wrap: the area asks for their width plus its scroll bar, so no layout cuts them off
    scroll_bar = area.verticalScrollBar().sizeHint().width()
    assert area.minimumSizeHint().width() >= content.minimumSizeHint().width() + scroll_bar
    assert area.focusPolicy() == Qt.FocusPolicy.StrongFocus  # arrow keys scroll a page of text


def test_sideways_keeps_a_horizontal_bar_and_qt_s_own_minimum(qtbot: QtBot) -> None:
    content = _wide_row(4)
    area = VerticalScrollArea(content, sideways=True, keyboard_scroll=False)
    qtbot.addWidget(area)
    plain = QScrollArea()
    qtbot.addWidget(plain)
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert area.minimumSizeHint().width() < content.minimumSizeHint().width()  # it scrolls instead
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus  # a column of controls: they take the focus


def test_the_pages_build_theirs_with_it(qtbot: QtBot) -> None:
    store = open_memory_store()
    try:
        directory = DirectoryPage(store)
        qtbot.addWidget(directory)
        assert isinstance(directory.scroll_area, VerticalScrollArea)
        assert directory.scroll_area.widget() is directory.cards_host
        controller = FamilyController(store, FixedClock(dt.datetime(2026, 11, 22, 9, 0)))
        panel = EventDetailPanel(controller)
        qtbot.addWidget(panel)
        assert isinstance(panel, VerticalScrollArea) and panel.widget() is not None
        assert panel.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    finally:
        store.close()
