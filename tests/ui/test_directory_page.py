"""The directory screens over a real SQLite store: read view, staff edit view, JSON export and import."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from parcours_app.core.directory import read_directory_file
from parcours_app.core.model import MaisonComponent, PlaceKind
from parcours_app.resources import resource_path
from parcours_app.storage import open_store
from parcours_app.storage.sqlite_store import SqliteStore
from parcours_app.ui.directory_page import DirectoryDialogs, DirectoryPage

SAMPLE = resource_path("samples", "annuaire-exemple.json")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    opened = open_store(tmp_path / "data")
    opened.replace_places(read_directory_file(SAMPLE))
    yield opened
    opened.close()


class Dialogs:
    """Records what the page would have shown and answers its questions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.import_path: Path | None = None
        self.export_path: Path | None = None
        self.confirm = True
        for name, function in (
            ("show_error", lambda parent, message: self.errors.append(message)),
            ("show_info", lambda parent, message: self.infos.append(message)),
            ("ask_import_path", lambda parent: self.import_path),
            ("ask_export_path", lambda parent: self.export_path),
            ("confirm_delete", lambda parent, name: self.confirm),
            ("confirm_replace", lambda parent, old, new: self.confirm),
        ):
            monkeypatch.setattr(DirectoryDialogs, name, classmethod(lambda cls, *args, f=function: f(*args)))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def page(qtbot: QtBot, store: SqliteStore) -> DirectoryPage:
    widget = DirectoryPage(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    return widget


def _controls(root: QWidget) -> list[QWidget]:
    kinds = QAbstractButton | QLineEdit | QComboBox | QPlainTextEdit | QListWidget
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and not isinstance(w.parent(), QLineEdit)]


def test_read_view_lists_places_maison_first_with_services_by_component(page: DirectoryPage) -> None:
    assert page.cards[0].place.kind is PlaceKind.MAISON_1000_JOURS
    assert len(page.cards) == 4
    texts = [label.text() for label in page.cards[0].findChildren(QWidget) if hasattr(label, "text")]
    assert "Prévention et santé, avec la PMI" in texts
    assert "Lieu ressource pour les professionnels" in texts
    assert texts.index("Prévention et santé, avec la PMI") < texts.index("Soutien à la parentalité")


def test_every_control_is_named_in_both_views(page: DirectoryPage) -> None:
    page.show_editor()
    assert page.editor is not None
    controls = _controls(page)
    assert len(controls) > 20
    for control in controls:
        assert control.accessibleName(), type(control).__name__


def test_read_only_directory_has_no_edit_button(qtbot: QtBot, store: SqliteStore) -> None:
    widget = DirectoryPage(store, editable=False)
    qtbot.addWidget(widget)
    assert not widget.edit_button.isVisibleTo(widget)
    widget.show_editor()
    assert widget.editor is None


def test_staff_add_a_maison_with_services(page: DirectoryPage, store: SqliteStore, dialogs: Dialogs) -> None:
    page.show_editor()
    editor = page.editor
    assert editor is not None
    editor.new_place()
    assert editor.services_box.isVisibleTo(editor)  # a new place starts as a Maison
    editor.name_edit.setText("Maison des 1000 premiers jours de Testville")
    editor.phone_edit.setText("01 99 00 00 09")
    editor.service_edits[MaisonComponent.PARENTING_SUPPORT].setPlainText("Café des parents\n\nAtelier portage")
    assert editor.save_current()
    saved = next(place for place in store.places() if place.name.endswith("Testville"))
    assert saved.services == (
        (MaisonComponent.PARENTING_SUPPORT, "Café des parents"),
        (MaisonComponent.PARENTING_SUPPORT, "Atelier portage"),
    )
    assert dialogs.errors == []
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(PlaceKind.PMI.value))
    assert not editor.services_box.isVisibleTo(editor)  # only a Maison has services


def test_an_invalid_place_is_not_saved_and_says_why(page: DirectoryPage, store: SqliteStore, dialogs: Dialogs) -> None:
    before = store.places()
    page.show_editor()
    editor = page.editor
    assert editor is not None
    editor.new_place()
    editor.name_edit.setText("   ")
    assert not editor.save_current()
    assert dialogs.errors == ["Fiche du lieu : le nom est obligatoire."]
    editor.name_edit.setText("PMI")
    editor.phone_edit.setText("rappelez-moi")
    assert not editor.save_current()
    assert "téléphone « rappelez-moi »" in dialogs.errors[-1]
    assert store.places() == before


def test_delete_asks_first(page: DirectoryPage, store: SqliteStore, dialogs: Dialogs) -> None:
    page.show_editor()
    editor = page.editor
    assert editor is not None
    editor.place_list.setCurrentRow(1)
    name = editor.name_edit.text()
    dialogs.confirm = False
    editor.delete_current()
    assert len(store.places()) == 4
    dialogs.confirm = True
    editor.delete_current()
    assert name not in [place.name for place in store.places()] and len(store.places()) == 3


def test_export_then_import_on_another_computer(
    page: DirectoryPage, store: SqliteStore, dialogs: Dialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    page.show_editor()
    editor = page.editor
    assert editor is not None
    dialogs.export_path = tmp_path / "annuaire.json"
    assert editor.export_file()
    # the sample directory carries English and Arabic texts: format version 2 (one without any is still version 1)
    assert json.loads(dialogs.export_path.read_text(encoding="utf-8"))["version"] == 2

    other = open_store(tmp_path / "other-computer")
    other_page = DirectoryPage(other)
    qtbot.addWidget(other_page)
    other_page.show_editor()
    assert other_page.editor is not None
    dialogs.import_path = dialogs.export_path
    assert other_page.editor.import_file()
    assert sorted(p.name for p in other.places()) == sorted(p.name for p in store.places())
    # the English and Arabic texts travel with the file and are kept by the other computer's database
    assert sorted((p.name, p.translations) for p in other.places()) == sorted(
        (p.name, p.translations) for p in store.places()
    )
    assert all(p.translations for p in other.places())
    assert dialogs.infos[-1] == "Lieux importés : 4."
    other_page.show_read_view()
    assert len(other_page.cards) == 4
    other.close()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"not json at all", "JSON invalide"),
        (
            json.dumps(
                {"format": "parcours-1000-jours/annuaire", "version": 1, "places": [{"kind": "zoo", "name": "Z"}]}
            ).encode(),
            "« zoo » est inconnu",
        ),
    ],
)
def test_a_bad_file_keeps_the_old_directory_and_says_what_is_wrong(
    page: DirectoryPage, store: SqliteStore, dialogs: Dialogs, tmp_path: Path, content: bytes, problem: str
) -> None:
    before = store.places()
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    dialogs.import_path = bad
    page.show_editor()
    assert page.editor is not None
    assert not page.editor.import_file()
    assert store.places() == before
    assert len(dialogs.errors) == 1
    assert "l'annuaire n'a pas changé" in dialogs.errors[0] and problem in dialogs.errors[0]


def test_screenshots(page: DirectoryPage, tmp_path: Path) -> None:
    folder = Path(os.environ.get("PARCOURS_SCREENSHOT_DIR", tmp_path))
    page.show()
    assert page.grab().save(str(folder / "directory.png"))
    page.show_editor()
    assert page.grab().save(str(folder / "directory-staff.png"))
