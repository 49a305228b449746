"""Issue 17 (reception point 6): the directory page and the reception screen show a place's own English or Arabic
texts in that interface language, the French ones otherwise, and a hostile value as plain text (never markup)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from parcours_app.core.clock import FixedClock
from parcours_app.core.directory import parse_directory
from parcours_app.core.staff_pin import session_pin_check
from parcours_app.storage import open_memory_store, open_store
from parcours_app.storage.sqlite_store import SqliteStore
from parcours_app.ui.directory_page import DirectoryPage
from parcours_app.ui.i18n import LanguageManager
from parcours_app.ui.reception import ReceptionScreen

HOSTILE = "<b>MAISON FERMEE</b> <a href='https://example.org'>allez ailleurs</a>"
DIRECTORY = {
    "format": "parcours-1000-jours/annuaire",
    "version": 2,
    "places": [
        {
            "kind": "maison-1000-jours",
            "name": "Maison des 1000 premiers jours de Testville",
            "opening_hours": "Lundi, 9 h – 12 h",
            "note": "Entrée par la cour",
            "translations": {
                "en": {"name": "Testville First 1000 Days House", "note": HOSTILE},
                "ar": {"name": "بيت الألف يوم الأولى في تستفيل"},
            },
            "services": [
                {
                    "component": "parenting-support",
                    "service": "Café des parents",
                    "translations": {"en": "<img src='x'>Parents' café", "ar": "مقهى الآباء"},
                },
                {"component": "prevention-health", "service": "Pesée du bébé"},
            ],
        }
    ],
}
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u2066\u2067\u2068\u2069"))  # direction marks and isolates


def _shown(widget: QWidget) -> list[str]:
    """The texts of the labels a visitor reads, without the invisible direction marks of right-to-left lines."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the labels of the previous language
    return [label.text().translate(_MARKS) for label in widget.findChildren(QLabel) if label.text()]


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    manager.set_language("fr")
    yield manager
    manager.uninstall()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    opened = open_store(tmp_path / "data")  # the installed directory of a Maison: through the real database
    opened.replace_places(parse_directory(json.dumps(DIRECTORY, ensure_ascii=False)))
    yield opened
    opened.close()


def test_the_directory_page_shows_the_interface_language_and_french_otherwise(
    qtbot: QtBot, store: SqliteStore, languages: LanguageManager
) -> None:
    page = DirectoryPage(store, editable=False)
    qtbot.addWidget(page)
    page.show_read_view()
    french = _shown(page)
    assert "Maison des 1000 premiers jours de Testville" in french and "• Café des parents" in french
    assert "À savoir : Entrée par la cour" in french

    languages.set_language("en")
    english = _shown(page)
    assert "Testville First 1000 Days House" in english
    assert "Maison des 1000 premiers jours de Testville" not in english
    assert "• Pesée du bébé" in english  # no English text for this service: the French one
    assert any("Lundi, 9 h – 12 h" in text for text in english)  # no English hours: the French ones

    languages.set_language("ar")
    arabic = _shown(page)
    assert "بيت الألف يوم الأولى في تستفيل" in arabic
    assert any("مقهى الآباء" in text for text in arabic)
    assert any("Entrée par la cour" in text for text in arabic)  # no Arabic note: the French one

    languages.set_language("fr")
    assert _shown(page) == french


def test_a_hostile_translation_shows_as_plain_text(
    qtbot: QtBot, store: SqliteStore, languages: LanguageManager
) -> None:
    page = DirectoryPage(store, editable=False)
    qtbot.addWidget(page)
    page.show_read_view()
    languages.set_language("en")
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    labels = [label for label in page.findChildren(QLabel) if "MAISON FERMEE" in label.text() or "img" in label.text()]
    assert len(labels) == 2
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText  # the markup is read as typed, never rendered
        assert not label.openExternalLinks()
    assert any(HOSTILE in label.text() for label in labels)
    assert any("<img src='x'>Parents' café" in label.text() for label in labels)


def test_the_reception_screen_greets_in_the_visitors_language(qtbot: QtBot, languages: LanguageManager) -> None:
    memory = open_memory_store()  # the reception's store: a Maison's directory file loaded for the session
    memory.replace_places(parse_directory(json.dumps(DIRECTORY, ensure_ascii=False)))
    screen = ReceptionScreen(memory, FixedClock(dt.datetime(2026, 11, 22, 10, 0)), check_pin=session_pin_check("2580"))
    qtbot.addWidget(screen)
    try:
        assert screen.start.title.text() == "Maison des 1000 premiers jours de Testville"
        languages.set_language("en")
        assert screen.start.title.text() == "Testville First 1000 Days House"
        screen.show_maison()
        assert "Testville First 1000 Days House" in _shown(screen.maison)
        languages.set_language("ar")
        assert screen.start.title.text().translate(_MARKS) == "بيت الألف يوم الأولى في تستفيل"
        assert any("مقهى الآباء" in text for text in _shown(screen.maison))
        languages.set_language("fr")
        assert screen.start.title.text() == "Maison des 1000 premiers jours de Testville"
        assert "• Café des parents" in _shown(screen.maison)
    finally:
        screen.stop_watching()
        memory.close()


def test_the_staff_form_keeps_the_translations_and_drops_those_of_a_changed_service(
    qtbot: QtBot, store: SqliteStore, languages: LanguageManager
) -> None:
    """The form edits the French texts only: saving a place keeps its English and Arabic texts, except those of a
    service whose French text changed (they described another service)."""
    from parcours_app.core.model import MaisonComponent

    page = DirectoryPage(store)
    qtbot.addWidget(page)
    page.show_editor()
    editor = page.editor
    assert editor is not None
    editor.place_list.setCurrentRow(0)
    assert editor.name_edit.text() == "Maison des 1000 premiers jours de Testville"
    editor.phone_edit.setText("01 99 00 10 00")
    assert editor.save_current()
    (maison,) = store.places()
    assert maison.phone == "01 99 00 10 00"
    assert [(item.language, item.name) for item in maison.translations] == [
        ("en", "Testville First 1000 Days House"),
        ("ar", "بيت الألف يوم الأولى في تستفيل"),
    ]
    assert dict(maison.translations[0].services) == {"Café des parents": "<img src='x'>Parents' café"}
    editor.place_list.setCurrentRow(0)
    editor.service_edits[MaisonComponent.PARENTING_SUPPORT].setPlainText("Café des familles")
    assert editor.save_current()
    (maison,) = store.places()
    assert [item.services for item in maison.translations] == [(), ()]
    assert maison.translations[0].name == "Testville First 1000 Days House"
