"""Issue 17: the consultation and reception modes a PMI and a Maison can trust.

Everything goes through the real shell (AppShell over real widgets, an in-memory store, a fixed clock) and real
dialogs; dialogs that would block are driven from a timer, as a person would answer them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shell_support import choose, folder_fingerprint, require_session_pin_answer, type_date

from parcours_app.core.clock import FixedClock
from parcours_app.core.directory import read_directory_file
from parcours_app.core.journey_filters import Status, event_status
from parcours_app.core.model import Place, PlaceKind
from parcours_app.resources import resource_path
from parcours_app.storage import open_store
from parcours_app.ui import kiosk
from parcours_app.ui.app import AppShell, parse_options
from parcours_app.ui.first_run import FirstRunPage
from parcours_app.ui.reception import ReceptionScreen, SampleFamilyCard, SessionPinDialog, StaffPinDialog
from parcours_app.ui.settings_dialog import Preferences
from parcours_app.ui.workstation import Workstation

NOW = dt.datetime(2026, 11, 22, 9, 0)
MARKER = "ZZ-secret-patient"


@contextmanager
def shell_for(
    qtbot: QtBot,
    tmp_path: Path,
    *extra: str,
    workstation: Workstation | None = None,
    idle_clock: FixedClock | None = None,
    session_dialog_driven: bool = False,
) -> Iterator[AppShell]:
    options = parse_options(["--data-dir", str(tmp_path / "data"), *extra])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(
        app,
        options,
        preferences=Preferences(tmp_path / "preferences.ini"),
        clock=FixedClock(NOW),
        workstation=workstation or Workstation(tmp_path / "workstation.ini", writable=False),
        idle_clock=idle_clock,
        idle_check_ms=20,
    )
    qtbot.addWidget(shell.window)
    if not session_dialog_driven:  # else the test types into the real session-code dialog
        require_session_pin_answer(extra, shell)
    shell.start()
    qtbot.waitUntil(lambda: shell.controller is not None, timeout=10_000)
    try:
        yield shell
    finally:
        shell.close()
        uninstall = getattr(shell.language_manager, "uninstall", None)
        if uninstall is not None:
            uninstall()


def _every_widget(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]


def _texts(widget: QWidget) -> list[str]:
    """Everything a person could read or get back from a widget: its text, its undo history, its items."""
    texts: list[str] = []
    if isinstance(widget, QLineEdit):
        texts.append(widget.text())
        if widget.isUndoAvailable():  # an undo must not bring the last patient back
            texts.append("<undo available>")
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
        if widget.document().isUndoAvailable():
            texts.append("<undo available>")
    elif isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QComboBox):
        texts.extend(widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for row in range(min(model.rowCount(), 200)):
            texts.append(str(model.index(row, 0).data() or ""))
    texts.append(widget.accessibleName())
    texts.append(widget.toolTip())
    return texts


def _fill_every_field(qtbot: QtBot, page: QWidget) -> int:
    """Type the marker into every editable text field of a page; the count of fields filled."""
    filled = 0
    for edit in page.findChildren(QLineEdit):
        if edit.isReadOnly() or not edit.isEnabled() or edit.parent() is None:
            continue
        if isinstance(edit.parent(), QSpinBox | QComboBox):
            continue
        edit.setFocus()
        qtbot.keyClicks(edit, MARKER)
        filled += 1
    for text_edit in page.findChildren(QPlainTextEdit):
        if text_edit.isReadOnly() or not text_edit.isEnabled():
            continue
        text_edit.setFocus()
        qtbot.keyClicks(text_edit, MARKER)
        filled += 1
    return filled


def _enter_patient(qtbot: QtBot, shell: AppShell) -> FirstRunPage:
    page = shell.window.stack.currentWidget()
    assert isinstance(page, FirstRunPage)
    choose(qtbot, page.form.pregnancy_fields.kind, 2)  # the DPA given by the midwife
    type_date(qtbot, page.form.pregnancy_fields.date, "15/04/2027")
    page.form.pregnancy_fields.children_before.setFocus()
    qtbot.keyClick(page.form.pregnancy_fields.children_before, Qt.Key.Key_Up)  # "1 enfant" already at home
    qtbot.keyClick(page.submit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    assert shell.controller.family is not None
    return page


def _leaks(shell: AppShell, family_line: str) -> list[str]:
    needles = [MARKER, "15/04/2027", "15 avril 2027", family_line, "<undo available>"]
    found: list[str] = []
    for top in [shell.window, *QApplication.topLevelWidgets()]:
        if not top.isVisible() and top is not shell.window:
            continue
        for widget in _every_widget(top):
            for text in _texts(widget):
                for needle in needles:
                    if needle and needle in text:
                        found.append(f"{type(widget).__name__} {widget.objectName()!r}: {needle}")
    return found


@pytest.mark.parametrize("from_menu", [False, True], ids=["--consultation", "menu"])
def test_terminer_leaves_nothing_of_the_last_patient(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, from_menu: bool
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    extra = () if from_menu else ("--consultation",)
    with shell_for(qtbot, tmp_path, *extra) as shell:
        window = shell.window
        if from_menu:
            window.consultation_action.trigger()
        first_run = _enter_patient(qtbot, shell)
        family_line = window.family_line
        # DPA 15/04/2027 -> DDG = 15/07/2026 (DPA - 9 months), DDR = 01/07/2026 (DDG - 14 days); on 22/11/2026
        # that is 144 days after the DDR: 20 SA + 4 j (design.md section 4)
        assert "20 SA + 4 j" in family_line
        filled = 0
        for key in ("journey", "resources", "directory", "selftest", "leave", "home"):
            page = window.show_page(key)
            assert page is not None
            filled += _fill_every_field(qtbot, page)
        assert filled >= 2  # at least the journey's search and the resources' search
        assert _leaks(shell, family_line)  # the test can see the patient before Terminer

        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)  # Terminer

        assert shell.controller.family is None or from_menu
        if not from_menu:
            page = window.stack.currentWidget()
            assert isinstance(page, FirstRunPage) and page is not first_run  # a new, empty form
            assert page.form.pregnancy_fields.date.date() is None
            assert page.form.pregnancy_fields.children_before.value() == 0
            page.setFocus()
            qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Entrée
            assert shell.controller.family is None  # nothing to reopen
        for key in ("journey", "resources", "directory", "selftest", "leave", "home"):
            if window.navigation.isEnabled():
                window.show_page(key)
        assert _leaks(shell, family_line) == []


def test_consultation_offers_previous_steps_already_done(qtbot: QtBot, tmp_path: Path) -> None:
    with shell_for(qtbot, tmp_path, "--consultation") as shell:
        page = shell.window.stack.currentWidget()
        assert isinstance(page, FirstRunPage)
        assert page.past_done.isVisibleTo(page) and page.past_done.isChecked()  # on by default in consultation
        _enter_patient(qtbot, shell)
        journey = shell.controller.journey
        family = shell.controller.family
        statuses = {
            event.id: event_status(event, shell.controller.states.get(event.id), NOW.date(), family)
            for event in journey.events
        }
        assert not {Status.CATCH_UP, Status.PAST} & set(statuses.values())  # nothing late, nothing to ask
        # exam 1 ends DDG + 3 months - 1 day = 14/10/2026, before 22/11/2026: ticked as done
        assert statuses["pregnancy.exam.1"] == Status.DONE
        qtbot.mouseClick(shell.window.finish_button, Qt.MouseButton.LeftButton)
        page = shell.window.stack.currentWidget()
        assert isinstance(page, FirstRunPage)
        page.past_done.setChecked(False)  # the nurse unticks it: the past shows as it is
        _enter_patient(qtbot, shell)
        exam = next(event for event in shell.controller.journey.events if event.id == "pregnancy.exam.1")
        status = event_status(exam, shell.controller.states.get(exam.id), NOW.date(), shell.controller.family)
        assert status in (Status.PAST, Status.CATCH_UP)  # left as a question


def test_the_family_install_hides_the_tick(qtbot: QtBot, tmp_path: Path) -> None:
    with shell_for(qtbot, tmp_path) as shell:
        page = shell.window.stack.currentWidget()
        assert isinstance(page, FirstRunPage)
        assert not page.past_done.isVisibleTo(page)


# --- reception --------------------------------------------------------------------------------------------


class Recorder:
    """What a visitor's taps reached: every dialog class shown, every file dialog, print dialog and browser."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.dialogs: list[str] = []
        self.forbidden: list[str] = []

        def record_exec(kind: str, forbidden: bool, result: Any) -> Any:
            def exec_(dialog: QDialog) -> Any:
                self.dialogs.append(f"{kind}:{type(dialog).__name__}:{dialog.windowTitle()}")
                if forbidden:
                    self.forbidden.append(f"{kind}:{type(dialog).__name__}")
                return result

            return exec_

        monkeypatch.setattr(QFileDialog, "exec", record_exec("file", True, 0))
        monkeypatch.setattr(QPrintDialog, "exec", record_exec("print", True, 0))
        monkeypatch.setattr(QPrintPreviewDialog, "exec", record_exec("preview", True, 0))
        monkeypatch.setattr(QMessageBox, "exec", record_exec("message", False, QMessageBox.StandardButton.Cancel))
        monkeypatch.setattr(QDialog, "exec", record_exec("dialog", False, 0))
        for name in ("question", "information", "warning", "critical"):
            monkeypatch.setattr(
                QMessageBox,
                name,
                staticmethod(lambda *args, _n=name, **kw: self._message(_n, args)),
            )
        for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *args, _n=name, **kw: self._file(_n)))
        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: self._browser(url)))

    def _message(self, name: str, args: tuple[Any, ...]) -> Any:
        self.dialogs.append(f"message:{name}:{args[1] if len(args) > 1 else ''}")
        return QMessageBox.StandardButton.No

    def _file(self, name: str) -> Any:
        self.forbidden.append(f"file:{name}")
        return ("", "") if name != "getExistingDirectory" else ""

    def _browser(self, url: Any) -> bool:
        self.forbidden.append(f"browser:{url.toString()}")
        return False


def _click_everything(qtbot: QtBot, page: QWidget) -> int:
    clicked = 0
    for button in page.findChildren(QAbstractButton):
        if isinstance(button, QToolButton) and button.menu() is not None:
            continue  # a drop-down menu (the calendar's month) only shows choices
        if button.isVisibleTo(page) and button.isEnabled() and not isinstance(button.window(), QDialog):
            try:
                button.click()
            except RuntimeError:  # the click rebuilt the page: this button is gone
                continue
            clicked += 1
    return clicked


def test_a_visitor_reaches_no_file_dialog_print_browser_or_edit(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, session_pin: str
) -> None:
    recorder = Recorder(monkeypatch)
    with shell_for(qtbot, tmp_path, "--reception") as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen) and kiosk.locked()
        window = shell.window
        places_before = shell.controller.store.places()
        qtbot.mouseClick(screen.start.family_buttons[3].button, Qt.MouseButton.LeftButton)
        # the keyboard shortcuts of the hidden menus: print (Ctrl+P), calendar (Ctrl+E), settings, dates, birth...
        for key, modifiers in (
            (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
            (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
            (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
            (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        ):
            qtbot.keyClick(window, key, modifiers)
        for action in (
            window.print_action,
            window.calendar_action,
            window.settings_action,
            window.edit_dates_action,
            window.birth_action,
            window.add_child_action,
            window.new_pregnancy_action,
            window.workstation_action,
            window.consultation_action,
            window.quit_action,
        ):
            assert not action.isEnabled(), action.objectName()
        window.print_plan()
        window.export_calendar()
        directory = window.show_page("directory")
        assert directory is not None and not directory.edit_button.isVisibleTo(directory)
        directory.show_editor()  # even called directly, the staff view does not open
        assert directory.stack.currentWidget() is directory.read_view
        clicked = 0
        for _round in range(2):
            for key in ("home", "journey", "resources", "directory", "selftest", "leave"):
                page = window.show_page(key)
                assert page is not None
                clicked += _click_everything(qtbot, page)
        assert clicked > 20
        clicked += _click_everything(qtbot, screen)
        assert recorder.forbidden == []
        assert shell.controller.store.places() == places_before
        assert window.isVisible() and shell.window.reception_locked
    print("dialogs a visitor reached:", sorted(set(recorder.dialogs)))


def test_staff_code_is_hashed_slowly_and_never_stored(tmp_path: Path) -> None:
    path = tmp_path / "workstation.ini"
    workstation = Workstation(path, writable=True)
    workstation.set_pin("4821")
    text = path.read_text(encoding="utf-8")
    assert "4821" not in text
    assert "scrypt$32768$8$1$" in text
    again = Workstation(path, writable=False)
    assert again.has_pin and again.check_pin("4821") and not again.check_pin("4822")
    with pytest.raises(PermissionError):
        again.set_pin("1111")
    assert path.read_text(encoding="utf-8") == text


def _answer_pin(qtbot: QtBot, pins: list[str], seen: list[str]) -> None:
    """Type the staff codes into the modal PIN dialog, one per try, as staff would."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StaffPinDialog):
            QTimer.singleShot(20, step)
            return
        if not dialog.field.isEnabled():  # the delay after a wrong code: no new try is possible yet
            seen.append(dialog.message.text())
            QTimer.singleShot(20, step)
            return
        if not pins:
            dialog.reject()
            return
        dialog.field.setFocus()
        qtbot.keyClicks(dialog.field, pins.pop(0))
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        if dialog.isVisible():
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def test_staff_actions_need_the_staff_code_and_a_wrong_code_waits(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "workstation.ini"
    Workstation(path, writable=True).set_pin("4821")
    monkeypatch.setattr("parcours_app.ui.reception.wrong_pin_delay_ms", lambda failures: 300 * failures)
    before = path.read_bytes()
    with shell_for(qtbot, tmp_path, "--reception", workstation=Workstation(path, writable=False)) as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen)
        left: list[bool] = []
        screen.leave_requested.disconnect()
        screen.leave_requested.connect(lambda: left.append(True))
        seen: list[str] = []
        _answer_pin(qtbot, ["1234"], seen)  # a visitor tries a code, then gives up
        qtbot.mouseClick(screen.staff_button, Qt.MouseButton.LeftButton)
        assert left == [] and any("Code incorrect" in text for text in seen)
        seen.clear()
        _answer_pin(qtbot, ["0000", "4821"], seen)  # a wrong code, the wait, then the right one
        qtbot.mouseClick(screen.staff_button, Qt.MouseButton.LeftButton)
        assert left == [True] and any("Code incorrect" in text for text in seen)
        # the directory file too is behind the code
        seen.clear()
        _answer_pin(qtbot, [], seen)
        assert not screen.ask_directory_file()
    assert path.read_bytes() == before  # the reception mode never writes the workstation settings
    assert not (tmp_path / "data").exists()


class _NoEventLoopExit:
    """The real QApplication, except that `exit(code)` is recorded (a test has no app.exec() to leave)."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self.exit_codes: list[int] = []

    def exit(self, code: int = 0) -> None:
        self.exit_codes.append(code)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._app, name)


def _choose_session_code(qtbot: QtBot, attempts: list[tuple[str, str]], seen: list[str]) -> None:
    """Type each (code, confirmation) pair into the session-code dialog as the staff would; when none is left,
    press "Quitter". `seen` gets what the dialog said after each refused pair."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SessionPinDialog):
            QTimer.singleShot(20, step)
            return
        if not attempts:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
            return
        code, again = attempts.pop(0)
        qtbot.keyClicks(dialog.field, code)
        qtbot.keyClicks(dialog.again, again)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        if dialog.isVisible():
            seen.append(dialog.message.text())
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def test_no_stored_code_the_staff_choose_one_for_the_session_and_it_is_never_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No code set in Poste professionnel: before the welcome screen can be used the staff choose one (typed twice);
    it then guards the staff actions exactly like a stored code (wrong code refused, with the wait), and nothing of
    it reaches the disk: the data folder and the config folder are byte-identical afterwards."""
    monkeypatch.setattr("parcours_app.ui.reception.wrong_pin_delay_ms", lambda failures: 300 * failures)
    config = Path(os.environ["XDG_CONFIG_HOME"])
    config.mkdir(parents=True, exist_ok=True)
    config_before, tmp_before = folder_fingerprint(config), folder_fingerprint(tmp_path)
    refused: list[str] = []
    _choose_session_code(qtbot, [("1111", "2222"), ("12", "12"), ("2580", "2580")], refused)
    with shell_for(qtbot, tmp_path, "--reception", session_dialog_driven=True) as shell:
        assert refused == [
            "Les deux codes ne sont pas identiques. Tapez-les à nouveau.",
            "Le code du personnel doit avoir de 4 à 8 chiffres.",
        ]
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen) and not shell.workstation.has_pin
        left: list[bool] = []
        screen.leave_requested.disconnect()
        screen.leave_requested.connect(lambda: left.append(True))
        seen: list[str] = []
        _answer_pin(qtbot, ["1111"], seen)  # a visitor taps "Personnel : quitter", guesses, gives up
        qtbot.mouseClick(screen.staff_button, Qt.MouseButton.LeftButton)
        assert left == [] and seen and seen[0] == "Code incorrect. Nouvel essai possible dans 1 s."
        _answer_pin(qtbot, [], [])  # "charger l'annuaire" is behind the same code
        assert not screen.ask_directory_file()
        seen.clear()
        _answer_pin(qtbot, ["2580"], seen)  # the staff leave with the code they chose
        qtbot.mouseClick(screen.staff_button, Qt.MouseButton.LeftButton)
        assert left == [True] and seen == []
    assert folder_fingerprint(config) == config_before
    assert folder_fingerprint(tmp_path) == tmp_before  # no data folder, no workstation.ini, no preferences


def test_cancelling_the_session_code_quits_before_any_visitor_sees_the_screen(qtbot: QtBot, tmp_path: Path) -> None:
    options = parse_options(["--data-dir", str(tmp_path / "data"), "--reception"])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(
        app,
        options,
        preferences=Preferences(tmp_path / "preferences.ini"),
        clock=FixedClock(NOW),
        workstation=Workstation(tmp_path / "workstation.ini", writable=False),
    )
    recorder = _NoEventLoopExit(app)
    shell.app = recorder  # type: ignore[assignment]
    qtbot.addWidget(shell.window)
    _choose_session_code(qtbot, [], [])  # the staff press "Quitter"
    try:
        shell.start()
        qtbot.waitUntil(lambda: bool(recorder.exit_codes), timeout=10_000)
        assert recorder.exit_codes == [0] and shell.exit_code == 0
        assert shell.reception_view is None and shell.controller is None  # no welcome screen was ever built
        qtbot.wait(1200)  # the start's fallback timer fires too: it must not build the screen after all
        assert shell.reception_view is None and shell.controller is None
    finally:
        shell.close()
        uninstall = getattr(shell.language_manager, "uninstall", None)
        if uninstall is not None:
            uninstall()  # Qt's translators are global: the next tests start from none
    assert [path.name for path in tmp_path.iterdir()] == []


def test_idle_reset_closes_dialogs_and_runs_whatever_the_demo_date(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--today freezes the demo date; the reset runs on its own clock, through the event loop's timer."""
    idle = FixedClock(dt.datetime(2030, 1, 1, 12, 0))
    path = tmp_path / "workstation.ini"
    Workstation(path, writable=True).set_pin("4821")
    with shell_for(
        qtbot,
        tmp_path,
        "--reception",
        "--today",
        "2026-11-22",
        workstation=Workstation(path, writable=False),
        idle_clock=idle,
    ) as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen)
        qtbot.mouseClick(screen.start.family_buttons[0].button, Qt.MouseButton.LeftButton)
        assert shell.controller.family is not None and not screen.is_home()
        journey_page = shell.window.show_page("journey")
        assert journey_page is not None
        opened: list[QWidget] = []

        def walk_away() -> None:  # a visitor opened the staff dialog, then left: 3 minutes pass
            modal = QApplication.activeModalWidget()
            if modal is None:
                QTimer.singleShot(20, walk_away)
                return
            opened.append(modal)
            idle.advance(dt.timedelta(minutes=3))

        QTimer.singleShot(0, walk_away)
        with qtbot.waitSignal(screen.reset_requested, timeout=10_000):
            screen.staff_button.click()  # returns once the reset has closed the dialog
        assert opened and not opened[0].isVisible()
        assert screen.is_home()
        assert shell.controller.family is None
        assert "journey" not in shell.window.pages  # every page is rebuilt for the next visitor
        assert QApplication.activeModalWidget() is None


def test_the_maison_of_this_computer_is_shown_read_only(qtbot: QtBot, tmp_path: Path, session_pin: str) -> None:
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    maison = Place(
        id=None,
        kind=PlaceKind.MAISON_1000_JOURS,
        name="Maison des 1000 premiers jours de Lorient",
        phone="02 97 00 00 00",
    )
    store.replace_places([maison])
    store.close()
    before = folder_fingerprint(data_dir)
    with shell_for(qtbot, tmp_path, "--reception") as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen)
        assert screen.start.title.text() == "Maison des 1000 premiers jours de Lorient"  # the Maison's name first
        assert "cet ordinateur" in screen.directory_status.text()
        screen.go_home()  # a visitor later: the Maison is still there
        assert screen.start.title.text() == "Maison des 1000 premiers jours de Lorient"
    assert folder_fingerprint(data_dir) == before


def test_a_kiosk_set_up_from_a_directory_file(qtbot: QtBot, tmp_path: Path, session_pin: str) -> None:
    source = resource_path("samples", "annuaire-exemple.json")
    with shell_for(qtbot, tmp_path, "--reception", "--directory", str(source)) as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen)
        assert screen.directory_status.text() == "Annuaire : annuaire-exemple.json"
        loaded = sorted(place.name for place in shell.controller.store.places())
        assert loaded == sorted(place.name for place in read_directory_file(source))


def test_sample_families_show_nothing_late(qtbot: QtBot, tmp_path: Path, session_pin: str) -> None:
    with shell_for(qtbot, tmp_path, "--reception") as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen)
        count = len(screen.start.family_buttons)
        assert count == 7
        for index in range(count):
            screen.go_home()
            card = screen.start.family_buttons[index]
            assert isinstance(card, SampleFamilyCard)
            card.chosen.emit(card.sample)
            journey = shell.controller.journey
            late = [
                event.id
                for event in journey.events
                if event_status(event, shell.controller.states.get(event.id), NOW.date(), shell.controller.family)
                in (Status.CATCH_UP, Status.PAST)
            ]
            assert late == [], card.sample.id


def test_a_visitor_picks_a_language_with_one_tap_and_the_reset_restores_it(
    qtbot: QtBot, tmp_path: Path, session_pin: str
) -> None:
    with shell_for(qtbot, tmp_path, "--reception", "--lang", "fr") as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen)
        assert [button.text() for button in screen.language_buttons.values()] == ["Français", "English", "العربية"]
        qtbot.mouseClick(screen.language_buttons["ar"], Qt.MouseButton.LeftButton)
        assert shell.language() == "ar"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert screen.language_buttons["ar"].isChecked()
        qtbot.mouseClick(screen.language_buttons["en"], Qt.MouseButton.LeftButton)
        assert shell.language() == "en" and screen.start.privacy.text().startswith("Shared screen")
        screen.go_home()
        assert shell.language() == "fr" and screen.language_buttons["fr"].isChecked()


def test_workstation_settings_are_read_but_never_written_in_consultation(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "workstation.ini"
    Workstation(path, writable=True).set_place(
        Place(id=None, kind=PlaceKind.PMI, name="PMI de Lorient", phone="02 97 11 22 33")
    )
    before = path.read_bytes()
    with shell_for(qtbot, tmp_path, "--consultation", workstation=Workstation(path, writable=False)) as shell:
        assert shell.workstation.place.name == "PMI de Lorient"
        assert not shell.window.workstation_action.isEnabled()
        shell.open_workstation()  # nothing opens, nothing is written
    assert path.read_bytes() == before


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_reception_screen_in_three_languages_fits(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], session_pin: str
) -> None:
    """The waiting-room screen at the kiosk's text size: nothing wider than the screen, in fr, en and ar."""
    import os

    folder = Path(os.environ.get("PARCOURS_SCREENSHOT_DIR", tmp_path))
    with shell_for(qtbot, tmp_path, "--reception", "--lang", "fr") as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen)
        shell.window.showNormal()
        shell.window.resize(*size)
        for code in ("fr", "en", "ar"):
            qtbot.mouseClick(screen.language_buttons[code], Qt.MouseButton.LeftButton)
            qtbot.wait(50)
            content = screen.start.scroll_area.widget()
            assert content.width() <= screen.start.scroll_area.viewport().width()  # no sideways scrolling
            for card in screen.start.family_buttons:  # every card fits its column (the 7th was cut off)
                assert card.geometry().right() <= content.width()
            if size == (1366, 768):
                assert shell.window.grab().save(str(folder / f"reception-start-{code}.png"))


def _mnemonic(text: str) -> str | None:
    import re

    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _duplicate_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter targets visible together: menu titles, buttons, and the labels of form fields (buddies)."""
    from PySide6.QtWidgets import QGroupBox, QMainWindow

    found: dict[str, list[str]] = {}
    assert isinstance(window, QMainWindow)
    if window.menuBar().isVisible():
        for action in window.menuBar().actions():
            key = _mnemonic(action.text())
            if key:
                found.setdefault(key, []).append("menu " + action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        text = ""
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        key = _mnemonic(text)
        if key:
            found.setdefault(key, []).append(f"{type(widget).__name__} {text}")
    return {key: where for key, where in found.items() if len(where) > 1}


@pytest.mark.parametrize("mode", [(), ("--consultation",)], ids=["home", "consultation"])
def test_mnemonics_are_unique_in_every_window_state(qtbot: QtBot, tmp_path: Path, mode: tuple[str, ...]) -> None:
    """Alt+D reaches the date field (not "Aide"), Alt+A one target, one "Terminer" (issue 17)."""
    from parcours_app.core.model import Family, Pregnancy

    with shell_for(qtbot, tmp_path, *mode) as shell:
        window = shell.window
        window.show()
        qtbot.waitExposed(window)
        states = {"first run": _duplicate_mnemonics(window)}
        shell.controller.set_family(Family(pregnancies=(Pregnancy(due=dt.date(2027, 4, 15)),)))
        for key in ("home", "journey", "resources", "directory", "selftest", "leave"):
            window.show_page(key)
            qtbot.wait(10)
            states[key] = _duplicate_mnemonics(window)
        assert {state: found for state, found in states.items() if found} == {}


def test_the_self_test_speaks_of_the_pregnancy_when_the_family_is_expecting(qtbot: QtBot, tmp_path: Path) -> None:
    from parcours_app.core.model import Child, Family, Pregnancy

    with shell_for(qtbot, tmp_path, "--consultation") as shell:
        shell.window.show()
        shell.controller.set_family(Family(pregnancies=(Pregnancy(due=dt.date(2027, 4, 15)),)))
        page = shell.window.show_page("selftest")
        assert page is not None
        start = page.start_page
        assert "pendant la grossesse" in start.title_label.text()
        assert start.who_buttons[0].text() == "La future mère (la personne enceinte)"
        assert "naissance ?" not in start.title_label.text()
        shell.controller.set_family(Family(children=(Child(key="", birth=dt.date(2026, 10, 1)),)))
        shell.window.show_page("home")
        page = shell.window.show_page("selftest")
        assert page is not None
        assert "depuis la naissance" in page.start_page.title_label.text()
        assert page.start_page.who_buttons[0].text() == "La mère (la personne qui a accouché)"


def test_a_self_test_result_at_the_kiosk_is_shown_only_when_asked_and_forgotten(
    qtbot: QtBot, tmp_path: Path, session_pin: str
) -> None:
    from parcours_app.core import epds

    with shell_for(qtbot, tmp_path, "--reception") as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen)
        shell.window.show()
        qtbot.mouseClick(screen.start.family_buttons[3].button, Qt.MouseButton.LeftButton)
        page = shell.window.show_page("selftest")
        assert page is not None
        qtbot.mouseClick(page.start_page.start_button, Qt.MouseButton.LeftButton)
        assert page.questionnaire_page is not None
        page._completed(epds.score([2, 2, 2, 2, 2, 2, 0, 0, 0, 0]))  # what the last answer's click does
        result = page.result_page
        assert result is not None and result.reveal_button is not None
        assert not result.summary_frame.isVisibleTo(result)  # the score waits behind "Afficher mon résultat"
        qtbot.mouseClick(result.reveal_button, Qt.MouseButton.LeftButton)
        assert result.summary_frame.isVisibleTo(result) and "12" in result.explanation_label.text()
        screen.go_home()  # the next visitor
        assert "selftest" not in shell.window.pages


def test_staff_set_up_the_directory_before_any_family(qtbot: QtBot, tmp_path: Path) -> None:
    """A fresh install of a Maison: the Annuaire is reachable (Ctrl+4) with no family, and Ctrl+1 is the form."""
    from parcours_app.ui.directory_page import DirectoryPage

    with shell_for(qtbot, tmp_path) as shell:
        window = shell.window
        window.show()
        assert shell.controller.family is None
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        page = window.stack.currentWidget()
        assert isinstance(page, DirectoryPage) and page.edit_button.isVisibleTo(page)
        assert not window.page_actions[1].isEnabled()  # Parcours needs dates
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert isinstance(window.stack.currentWidget(), FirstRunPage)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_workstation_file_and_its_folder_are_owner_only(tmp_path: Path) -> None:
    """A nurse names the PMI on a shared computer (Fichier → Poste professionnel…): the folder that holds
    workstation.ini is created 0700 and the file 0600, whatever the umask, like the family's own data."""
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "config" / "parcours-1000-jours" / "workstation.ini"
        Workstation(path, writable=True).set_place(
            Place(id=None, kind=PlaceKind.PMI, name="PMI de Lorient", phone="02 97 11 22 33")
        )
    finally:
        os.umask(old_umask)
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600
    assert Workstation(path, writable=False).place.name == "PMI de Lorient"
