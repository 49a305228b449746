"""The reception mode's widgets: the start screen of sample families, the Maison's page, the inactivity reset
driven by a fake clock (nothing sleeps), and the staff-only exit."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from parcours_app.core.clock import FixedClock
from parcours_app.core.directory import read_directory_file
from parcours_app.core.model import Family
from parcours_app.core.staff_pin import session_pin_check
from parcours_app.resources import resource_path
from parcours_app.storage import open_memory_store
from parcours_app.storage.sqlite_store import SqliteStore
from parcours_app.ui.directory_page import DirectoryDialogs
from parcours_app.ui.reception import IdleResetWatcher, ReceptionScreen, StaffPinDialog

TODAY = dt.datetime(2026, 11, 22, 10, 0)
STAFF_CODE = "2580"


@pytest.fixture
def store() -> Iterator[SqliteStore]:
    memory = open_memory_store()  # the reception mode writes nothing to disk
    memory.replace_places(read_directory_file(resource_path("samples", "annuaire-exemple.json")))
    yield memory
    memory.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def screen(qtbot: QtBot, store: SqliteStore, clock: FixedClock) -> ReceptionScreen:
    # the inactivity reset reads its own clock (real elapsed time in the app); here the test's clock, checked every
    # 20 ms by the real timer: moving the clock is enough, nothing sleeps
    widget = ReceptionScreen(
        store,
        clock,
        idle_timeout=dt.timedelta(minutes=3),
        idle_clock=clock,
        check_interval_ms=20,
        check_pin=session_pin_check(STAFF_CODE),
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    return widget


def _key(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))


def test_watcher_fires_after_the_timeout_without_input(qtbot: QtBot, clock: FixedClock) -> None:
    watcher = IdleResetWatcher(clock, dt.timedelta(minutes=3))
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    try:
        assert watcher.active and watcher.timer.interval() == 5000
        clock.advance(dt.timedelta(minutes=2, seconds=59))
        assert not watcher.check()
        clock.advance(dt.timedelta(seconds=1))  # exactly 3 minutes
        assert watcher.check() and fired == [True]
        assert not watcher.check()  # once per quiet period
    finally:
        watcher.stop()
    assert not watcher.active


def test_any_input_restarts_the_countdown(qtbot: QtBot, clock: FixedClock) -> None:
    watcher = IdleResetWatcher(clock, dt.timedelta(minutes=3))
    target = QLabel("cible")
    qtbot.addWidget(target)
    watcher.start()
    try:
        clock.advance(dt.timedelta(minutes=2))
        _key(target)  # the application-wide event filter sees it
        clock.advance(dt.timedelta(minutes=2))
        assert not watcher.check()
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(1, 1),
            QPointF(1, 1),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(target, press)
        clock.advance(dt.timedelta(minutes=2, seconds=59))
        assert not watcher.check()
        clock.advance(dt.timedelta(seconds=1))
        assert watcher.check()
    finally:
        watcher.stop()
    with pytest.raises(ValueError):
        IdleResetWatcher(clock, dt.timedelta(0))


def test_start_screen_offers_sample_families_at_several_stages(screen: ReceptionScreen) -> None:
    buttons = screen.start.family_buttons
    assert len(buttons) == 7
    labels = [card.accessibleName() for card in buttons]
    assert all(card.button.accessibleName().startswith("Explorer le parcours : Famille Exemple") for card in buttons)
    assert all("Exemple" in label for label in labels)
    assert any("grossesse" in label for label in labels) and any("18 mois" in label for label in labels)
    for control in screen.findChildren(QAbstractButton):
        assert control.accessibleName(), control.objectName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_choosing_a_family_gives_it_dated_from_today(screen: ReceptionScreen, qtbot: QtBot) -> None:
    screen.show()  # laid out, so a click on the card lands inside it
    button = next(b for b in screen.start.family_buttons if b.sample.id == "bebe-10-jours")
    with qtbot.waitSignal(screen.family_chosen) as chosen:
        qtbot.mouseClick(button.button, Qt.MouseButton.LeftButton)
    family = chosen.args[0]
    assert isinstance(family, Family)
    assert family.children[0].birth == dt.date(2026, 11, 12)  # 10 days before 22 November 2026
    with qtbot.waitSignal(screen.family_chosen):  # a touch anywhere on the card works too
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_maison_page_comes_from_the_directory_in_large_text(screen: ReceptionScreen, store: SqliteStore) -> None:
    screen.start.maison_button.click()
    assert not screen.is_home()
    card = screen.maison.card
    assert card is not None and card.place.name.startswith("Maison des 1000 premiers jours de Ville-Exemple")
    normal = QApplication.font().pointSizeF()
    assert all(label.font().pointSizeF() >= normal * 1.15 for label in card.findChildren(QLabel))
    store.replace_places([])
    screen.show_maison()
    assert screen.maison.card is None and screen.maison.empty_label is not None


def test_returns_to_start_after_inactivity_and_forgets_the_visitor(
    screen: ReceptionScreen, clock: FixedClock, qtbot: QtBot
) -> None:
    """Through the event loop: the watcher's own timer notices the quiet period (no call to check())."""
    screen.start_watching()
    try:
        extra = QLabel("parcours d'une famille")
        screen.show_page(extra)
        assert not screen.is_home()
        clock.advance(dt.timedelta(minutes=2))
        qtbot.wait(100)  # several ticks of the 20 ms timer: 2 minutes is not enough
        assert screen.stack.currentWidget() is extra
        with qtbot.waitSignal(screen.reset_requested, timeout=5000):
            clock.advance(dt.timedelta(minutes=1))
        assert screen.is_home()
        assert not screen.home_button.isEnabled()  # already home
    finally:
        screen.stop_watching()


def test_sample_dates_follow_the_day(screen: ReceptionScreen, clock: FixedClock) -> None:
    clock.advance(dt.timedelta(days=30))
    screen.go_home()
    button = next(b for b in screen.start.family_buttons if b.sample.id == "bebe-10-jours")
    assert button.sample.family.children[0].birth == dt.date(2026, 12, 12)


def test_only_staff_leave(screen: ReceptionScreen, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    answers = iter(["1234", STAFF_CODE])  # a visitor's guess, then the staff's code (the dialog is tested elsewhere)
    monkeypatch.setattr(StaffPinDialog, "ask", classmethod(lambda cls, parent, check, purpose: check(next(answers))))
    left: list[bool] = []
    screen.leave_requested.connect(lambda: left.append(True))
    screen.start_watching()
    screen.staff_button.click()
    assert left == [] and screen.watcher.active
    screen.leave_shortcut.activated.emit()
    assert left == [True] and not screen.watcher.active


def test_screenshots(screen: ReceptionScreen, tmp_path: Path) -> None:
    folder = Path(os.environ.get("PARCOURS_SCREENSHOT_DIR", tmp_path))
    screen.show()
    assert screen.grab().save(str(folder / "reception-start.png"))
    screen.show_maison()
    assert screen.grab().save(str(folder / "reception-maison.png"))


def test_a_store_problem_is_shown_not_crashed_on(screen: ReceptionScreen, store: SqliteStore) -> None:
    store.close()  # the database went away under the screen
    screen.show_maison()
    assert screen.maison.card is None
    assert screen.maison.empty_label is not None and screen.maison.empty_label.text()


def test_staff_load_the_maison_directory_for_the_session(
    qtbot: QtBot, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(
        DirectoryDialogs, "show_error", classmethod(lambda cls, parent, message: errors.append(message))
    )
    empty = open_memory_store()
    screen = ReceptionScreen(empty, clock, check_pin=session_pin_check(STAFF_CODE))
    qtbot.addWidget(screen)
    assert screen.seed_example_directory()  # an empty directory shows the fictional example Maison
    screen.show_maison()
    assert screen.maison.card is not None and "fictif" in screen.maison.card.place.name
    assert not screen.seed_example_directory()  # never over a directory already there

    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    before = empty.places()
    monkeypatch.setattr(DirectoryDialogs, "ask_import_path", classmethod(lambda cls, parent: bad))
    monkeypatch.setattr(StaffPinDialog, "ask", classmethod(lambda cls, parent, check, purpose: check(STAFF_CODE)))
    assert not screen.ask_directory_file()
    assert empty.places() == before and "n'a pas été chargé" in errors[0]

    fresh = open_memory_store()  # the main window swaps stores after each visitor
    screen.set_store(fresh)
    assert screen.maison.card is None and screen.maison.empty_label is not None
    fresh.replace_places(before)
    screen.show_maison()
    assert screen.maison.card is not None
    empty.close()
    fresh.close()
