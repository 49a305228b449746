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


def test_the_maison_page_scrolls_to_its_last_service_and_no_further(qtbot: QtBot) -> None:
    """The reception's "Notre Maison et ses services" in large text, on a 1366 × 768 kiosk (a 500 px high area):
    the card's wrapped labels measured at their narrowest width once made the page about three times as tall as
    its text, so a visitor's Page Down scrolled into a screen of blank space. At the end, the last service must
    be the last thing in view."""
    from pathlib import Path

    from PySide6.QtWidgets import QLabel

    from parcours_app.core.directory import read_directory_file
    from parcours_app.core.model import Place
    from parcours_app.resources import resource_path
    from parcours_app.ui.reception import MaisonPage

    places = read_directory_file(Path(resource_path("samples", "annuaire-exemple.json")))

    class Directory:  # the reception's in-memory directory, as the page reads it
        def places(self) -> list[Place]:
            return list(places)

    page = MaisonPage(Directory())
    qtbot.addWidget(page)
    page.resize(1300, 500)
    page.show()
    qtbot.waitExposed(page)
    area = page.scroll_area
    content = area.widget()
    assert page.card is not None
    needed = content.heightForWidth(area.viewport().width())
    assert content.height() <= max(area.viewport().height(), needed) + 1
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())  # what Page Down reaches at the end
    last = page.card.findChildren(QLabel)[-1]
    assert last.text().startswith("• Formations")  # the last service of the sample Maison
    bottom = last.mapTo(area.viewport(), last.rect().bottomLeft()).y()
    assert area.viewport().height() - bottom < 40  # its line ends the view: no blank screen below it
