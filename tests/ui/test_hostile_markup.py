"""Text from a person or a file is plain text, never markup (issue 14, point 1).

A family whose every free-text field holds markup (a child named `<b>Zoé</b><img src=…>`, notes, appointment titles
and places, every directory field) is shown on every page, in the event detail, in the notification banner, in the
PDF and in the desktop notification: everywhere the person reads the characters they typed, never a bold word or an
image (an `<img src="/dev/zero">` aborted the GUI with std::bad_alloc at every start).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import (
    Appointment,
    Child,
    EventState,
    Family,
    MaisonComponent,
    Place,
    PlaceKind,
    Pregnancy,
)
from parcours_app.storage.sqlite_store import open_memory_store
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.main_window import MainWindow
from parcours_app.ui.widgets.plain_text import shows_as_markup

NOW = dt.datetime(2026, 3, 10, 9, 0)
# Every hostile value carries the same bold tag, so the test can tell when a widget rendered it as markup; the image
# points to a path that does not exist (a real /dev/zero would abort the run).
BOLD = "<b>gras</b>"
IMG = '<img src="/nonexistent/parcours-test.png">'


def hostile(label: str) -> str:
    return f"{BOLD}{IMG}{label}"


def _family() -> Family:
    # A pregnancy (DDR 1 September 2025) and a child born 1 February 2025: pregnancy and child events both exist.
    return Family(
        pregnancies=(Pregnancy(ddr=dt.date(2025, 9, 1), children_before=1),),
        children=(Child(key="", birth=dt.date(2025, 2, 1), name=hostile("Zoé")),),
        parent1_name=hostile("Parent1"),
        parent2_name=hostile("Parent2"),
    )


def _store_with_hostile_data() -> object:
    store = open_memory_store()
    family = _family()
    store.save_family(family)
    store.save_event_state(EventState(event_id="child.exam.3", note=hostile("note")))
    store.save_appointment(
        Appointment(
            id=None,
            starts_at=dt.datetime(2026, 3, 12, 10, 0),
            title=hostile("rdv"),
            event_id="child.exam.3",
            place=hostile("lieu"),
            note=hostile("note rdv"),
        )
    )
    store.save_place(
        Place(
            id=None,
            kind=PlaceKind.MAISON_1000_JOURS,
            name=hostile("PMI"),
            address=hostile("adresse"),
            phone="01 23 45 67 89",
            opening_hours=hostile("horaires"),
            email="pmi@example.org",
            website="https://example.org",
            note=hostile("note lieu"),
            services=((MaisonComponent.PARENTING_SUPPORT, hostile("service")),),
        )
    )
    return store


def markup_rendered(root: QWidget) -> list[str]:
    """Every visible text of `root` holding the hostile bold tag that Qt would render as markup."""
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QLabel) and BOLD in widget.text() and shows_as_markup(widget.text(), widget.textFormat()):
            problems.append(f"{name} text: {widget.text()[:60]!r}")
        if isinstance(widget, QAbstractButton) and "gras" in widget.text() and BOLD not in widget.text():
            problems.append(f"{name} button lost the tag: {widget.text()[:60]!r}")
        if BOLD in widget.toolTip() and shows_as_markup(widget.toolTip()):
            problems.append(f"{name} tooltip: {widget.toolTip()[:60]!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            problems += _item_problems(widget, name)
    return problems


def _item_problems(view: QAbstractItemView, name: str) -> list[str]:
    problems: list[str] = []
    model = view.model()
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            pending.append(index)
            tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tooltip, str) and BOLD in tooltip and shows_as_markup(tooltip):
                problems.append(f"{name} item tooltip: {tooltip[:60]!r}")
    return problems


def shown_texts(root: QWidget) -> str:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and isinstance(widget, QLabel):
            text = widget.text()
            if shows_as_markup(text, widget.textFormat()):
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            texts.append(text)
        if widget.isVisible() and isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                texts.append(str(model.data(model.index(row, 0, QModelIndex())) or ""))
    return "\n".join(texts)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow()
    controller = FamilyController(_store_with_hostile_data(), FixedClock(NOW))
    controller.setParent(window)
    window.attach(controller, lambda: "fr")
    window.resize(1100, 760)
    window.show()
    QApplication.processEvents()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


PAGES = [
    "home",  # with a pregnancy first; the lone-child case is below (fixed by issue 16's home page)
    "journey",
    "resources",
    "directory",
    "selftest",
]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_markup_as_typed(window: MainWindow, page: str) -> None:
    window.show_page(page)
    QApplication.processEvents()
    assert markup_rendered(window) == []


def test_the_event_detail_shows_name_note_and_appointment_as_typed(window: MainWindow) -> None:
    window.show_event("child.exam.3")
    QApplication.processEvents()
    assert markup_rendered(window) == []
    shown = shown_texts(window)
    assert hostile("Zoé") in shown  # the meta line names the child with the characters typed
    assert hostile("lieu") in shown and hostile("note rdv") in shown


def test_the_directory_shows_every_field_as_typed(window: MainWindow) -> None:
    window.show_page("directory")
    QApplication.processEvents()
    assert markup_rendered(window) == []


def test_the_banner_shows_markup_as_typed(window: MainWindow) -> None:
    window.banner.show_message(hostile("titre"), hostile("corps"))
    QApplication.processEvents()
    text = QTextDocumentFragment.fromHtml(window.banner.label.text()).toPlainText()
    assert hostile("titre") in text and hostile("corps") in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
def test_the_pdf_prints_markup_as_typed(tmp_path: Path) -> None:
    from parcours_app.core.journey import build_journey
    from parcours_app.core.rules import load_catalog
    from parcours_app.export.formats import ExportRequest
    from parcours_app.export.plan import build_plan
    from parcours_app.export.plan_pdf import write_plan_pdf

    store = _store_with_hostile_data()
    journey = build_journey(store.load_family(), load_catalog(), NOW.date())
    output = tmp_path / "plan.pdf"
    request = ExportRequest(states=store.event_states(), appointments=store.appointments(), places=store.places())
    write_plan_pdf(build_plan(journey, request, produced_on=NOW.date()), output)
    text = subprocess.run(["pdftotext", "-raw", str(output), "-"], capture_output=True, text=True, check=True).stdout
    assert "<b>gras</b>" in text.replace("\n", "")


def test_desktop_notifications_escape_markup(qtbot: QtBot) -> None:
    from parcours_app.ui.reminders import notification_body

    # The freedesktop notification servers read the body as markup: the tags must arrive escaped.
    assert notification_body(hostile("x"), markup=True) == (
        '&lt;b&gt;gras&lt;/b&gt;&lt;img src="/nonexistent/parcours-test.png"&gt;x'
    )
    assert notification_body(hostile("x"), markup=False) == hostile("x")


def test_home_page_names_a_lone_child_as_typed(qtbot: QtBot) -> None:
    # With no pregnancy the child's line comes first on the "stage" label, where Qt looks for markup.
    store = open_memory_store()
    store.save_family(Family(children=(Child(key="", birth=dt.date(2025, 2, 1), name=hostile("Zoé")),)))
    window = MainWindow()
    controller = FamilyController(store, FixedClock(NOW))
    controller.setParent(window)
    window.attach(controller, lambda: "fr")
    window.show()
    try:
        window.show_page("home")
        QApplication.processEvents()
        assert markup_rendered(window) == []
    finally:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_confirmation_naming_a_place_shows_its_name_as_typed(qtbot: QtBot) -> None:
    """QMessageBox.question reads markup on its first line: the directory's "Supprimer « name » ?" did."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from parcours_app.ui import directory_page

    seen: list[tuple[str, Qt.TextFormat]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.textFormat()))
        box.reject()

    dialogs = directory_page.DirectoryDialogs
    QTimer.singleShot(0, answer)
    assert dialogs.confirm_delete(None, hostile("PMI")) is False
    assert seen and hostile("PMI") in seen[0][0]
    assert not shows_as_markup(seen[0][0], seen[0][1])
