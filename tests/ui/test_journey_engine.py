"""The journey page over the real engine, the real rule catalog and a real (in-memory SQLite) store.

Dates are worked by hand from design.md section 4 (sources: CSP R2122-1 for the monthly prenatal exams, "month k of
pregnancy" = [DDG + (k-1) months, DDG + k months - 1 day]; arrêté du 26/02/2019 as amended for 2025 for the child
exam "dans les 8 jours" = birth .. birth + 8 days, day 0 being the birth).
Also writes the screenshots journey-*.png (into docs/screenshots/ with PARCOURS_SAVE_SCREENSHOTS=1).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from parcours_app.core.clock import FixedClock
from parcours_app.core.family_edit import record_birth
from parcours_app.core.model import Appointment, Child, Family, Pregnancy
from parcours_app.storage.sqlite_store import open_memory_store
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.journey.page import JourneyPage

# Screenshots go to a temporary folder; with PARCOURS_SAVE_SCREENSHOTS=1 they refresh docs/screenshots/.
SCREENSHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("PARCOURS_SAVE_SCREENSHOTS")
    else Path(tempfile.mkdtemp(prefix="parcours-journey-shots-"))
)
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def real_controller() -> Iterator[FamilyController]:
    store = open_memory_store()
    controller = FamilyController(store, FixedClock(TODAY))
    yield controller
    store.close()


def make_page(qtbot: QtBot, controller: FamilyController, width: int = 1500, height: int = 950) -> JourneyPage:
    page = JourneyPage(controller)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_due_date_correction_then_birth_keep_selection_state_and_appointment(
    qtbot: QtBot, real_controller: FamilyController
) -> None:
    controller = real_controller
    # The midwife's due date: 15 December 2026, so DDG = 15 March 2026 and the 5th month of pregnancy (3rd exam)
    # is [15 July, 14 August 2026].
    family = Family(pregnancies=(Pregnancy(due=dt.date(2026, 12, 15)),))
    controller.set_family(family)
    page = make_page(qtbot, controller)
    assert page.show_event("pregnancy.exam.3")
    row = page.list_model.index_of_event("pregnancy.exam.3")
    assert ", du 15 juillet au 14 août 2026, obligatoire, dans 2 semaines" in row.data(ACCESSIBLE)
    controller.set_note("pregnancy.exam.3", "Questions sur le sommeil")
    controller.set_note("child.exam.1", "Choisir le pédiatre")
    controller.save_appointment(
        Appointment(None, dt.datetime(2026, 7, 28, 10, 30), "3e examen", "pregnancy.exam.3", "Sage-femme Martin")
    )

    # The first-trimester scan moves the due date to 22 December 2026: DDG = 22 March, month 5 = 22 July .. 21 August.
    controller.set_family(Family(pregnancies=(Pregnancy(due=dt.date(2026, 12, 22)),)))
    assert page.selected_event_id == "pregnancy.exam.3"
    assert (
        page.list_view.currentIndex()
        .data(ACCESSIBLE)
        .startswith(page.list_model.index_of_event("pregnancy.exam.3").data(ACCESSIBLE)[:20])
    )
    assert ", du 22 juillet au 21 août 2026, " in page.list_view.currentIndex().data(ACCESSIBLE)
    panel_list = page.detail_panel.findChildren(QListWidget)[0]
    assert panel_list.item(0).text() == "Le 28 juillet 2026 à 10:30 — Sage-femme Martin"

    # The birth on 18 December 2026: the exam "dans les 8 jours" (the 8 days that follow the birth, day 0 being the
    # birth itself, design.md section 4) becomes 18 .. 26 December, no longer estimated,
    # and keeps the note written before the birth (same id: the first child takes the pregnancy's empty key).
    # The birth is entered after it happened: the app is opened on 28 December 2026.
    clock = controller.clock
    assert isinstance(clock, FixedClock)
    clock.set(dt.datetime(2026, 12, 28, 9, 0))
    controller.set_family(record_birth(controller.family or family, "", dt.date(2026, 12, 18), ("Léa",)))
    assert page.show_event("child.exam.1")
    text = page.list_model.index_of_event("child.exam.1").data(ACCESSIBLE)
    assert ", du 18 au 26 décembre 2026, obligatoire, " in text
    assert "date estimée" not in text
    assert controller.states["child.exam.1"].note == "Choisir le pédiatre"
    assert "Naissance le 18 décembre 2026." in page.timeline.accessibleDescription()


def test_live_language_change_rewrites_dates(qtbot: QtBot, real_controller: FamilyController) -> None:
    from parcours_app.ui.i18n import LanguageManager

    real_controller.set_family(Family(pregnancies=(Pregnancy(due=dt.date(2026, 12, 15)),)))
    page = make_page(qtbot, real_controller)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = LanguageManager(app)
    try:
        languages.set_language("en")
        month = page.list_model.index(0, 0).data()
        assert month == "March 2026"
        # Dates come from babel in the new language (the app's own strings wait for their English .ts entries).
        text = page.list_model.index_of_event("pregnancy.exam.3").data(ACCESSIBLE)
        assert "15 July" in text
        assert "14 August 2026" in text
    finally:
        languages.set_language("fr")
        languages.uninstall()
    assert page.list_model.index(0, 0).data() == "Mars 2026"


def realistic_family() -> Family:
    """Léa, born 10 May 2024, at home; her little brother or sister is due on 15 December 2026."""
    return Family(
        pregnancies=(Pregnancy(due=dt.date(2026, 12, 15), children_before=1),),
        children=(Child(key="", birth=dt.date(2024, 5, 10), name="Léa"),),
        parent1_salaried=True,
        parent2_salaried=True,
    )


def test_screenshots(qtbot: QtBot, real_controller: FamilyController) -> None:
    controller = real_controller
    controller.set_family(realistic_family())
    controller.mark_done("pregnancy.declaration", dt.date(2026, 4, 2))
    controller.snooze("pregnancy.epp", dt.date(2026, 7, 8))
    controller.save_appointment(
        Appointment(
            None, dt.datetime(2026, 7, 28, 10, 30), "", "pregnancy.exam.3", "Cabinet de sage-femme, 12 rue Haute"
        )
    )
    page = make_page(qtbot, controller)
    page.show_event("pregnancy.exam.3")
    qtbot.wait(50)  # let the layouts settle (the detail's resource cards are built on show) before grabbing
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENSHOTS / "journey-list-detail.png"))
    assert page.calendar.grab().save(str(SCREENSHOTS / "journey-month.png"))
    assert page.timeline.grab().save(str(SCREENSHOTS / "journey-timeline.png"))
    # 200 % text: the list stays readable, nothing is cut.
    font = QFont(page.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    page.setFont(font)
    page.resize(1900, 1200)
    QApplication.processEvents()
    assert page.grab().save(str(SCREENSHOTS / "journey-200-percent.png"))


def test_in_the_real_window_home_jumps_to_a_step(qtbot: QtBot, tmp_path: Path) -> None:
    """The real AppShell on a real SQLite folder: the main window's show_event opens the Parcours page on a step."""
    from shell_support import running_shell

    from parcours_app.storage.sqlite_store import open_store

    store = open_store(tmp_path / "data")
    try:
        store.save_family(realistic_family())
    finally:
        store.close()
    with running_shell(qtbot, tmp_path, dt.datetime(2026, 7, 1, 9, 0)) as shell:
        window = shell.window
        window.resize(1500, 950)
        window.show_event("pregnancy.exam.3")  # type: ignore[attr-defined]
        page = window.stack.currentWidget()  # type: ignore[attr-defined]
        assert isinstance(page, JourneyPage)
        assert page.selected_event_id == "pregnancy.exam.3"
        # 3rd prenatal exam = 5th month of pregnancy: DDG 15 March 2026 (DPA 15 December - 9 months), so
        # [15 July, 14 August 2026] (CSP R2122-1).
        assert ", du 15 juillet au 14 août 2026, obligatoire, " in page.list_view.currentIndex().data(ACCESSIBLE)
        QApplication.processEvents()
        assert window.grab().save(str(SCREENSHOTS / "journey-in-window.png"))


@pytest.mark.parametrize("theme", ["dark", "high-contrast"])
def test_screenshots_in_dark_and_high_contrast_themes(
    qtbot: QtBot, real_controller: FamilyController, theme: str
) -> None:
    from parcours_app.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    real_controller.set_family(realistic_family())
    real_controller.mark_done("pregnancy.declaration", dt.date(2026, 4, 2))
    apply_theme(app, theme)
    try:
        page = make_page(qtbot, real_controller)
        page.show_event("pregnancy.exam.3")
        qtbot.wait(50)
        assert page.grab().save(str(SCREENSHOTS / f"journey-{theme}.png"))
    finally:
        apply_theme(app, "light")
