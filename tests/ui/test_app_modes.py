"""The application shell as a whole: consultation mode, one instance per data folder, --quit-after-startup,
settings (delete all data), and the real `parcours` process started as a subprocess.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shell_support import folder_fingerprint, running_shell, type_date

from parcours_app.core.family_edit import stamp_usage
from parcours_app.core.model import Family, Pregnancy
from parcours_app.storage import open_store
from parcours_app.ui.first_run import FirstRunPage
from parcours_app.ui.home_page import HomePage
from parcours_app.ui.main_window import ConfirmDialog
from parcours_app.ui.single_instance import InstanceServer, notify_running_instance

NOW = dt.datetime(2026, 11, 22, 9, 0)
DDR_FAMILY = Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 1)),))
# as the app keeps it: it records the day the family started using it (issue 16), here the day of the test
KEPT_FAMILY = stamp_usage(None, DDR_FAMILY, dt.date(2026, 11, 22))


def _environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def _save_family(data_dir: Path, family: Family) -> None:
    store = open_store(data_dir)
    try:
        store.save_family(family)
    finally:
        store.close()


def test_consultation_from_the_menu_leaves_the_data_folder_untouched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data_dir = tmp_path / "data"
    _save_family(data_dir, DDR_FAMILY)
    with running_shell(qtbot, tmp_path, NOW) as shell:
        before = folder_fingerprint(data_dir)
        shell.window.consultation_action.trigger()
        assert "Mode consultation : rien n'est enregistré" in shell.window.windowTitle()
        assert shell.window.consultation_bar.isVisibleTo(shell.window)
        page = shell.window.stack.currentWidget()
        assert isinstance(page, FirstRunPage)
        type_date(qtbot, page.form.pregnancy_fields.date, "01/03/2026")
        qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
        event = shell.controller.journey.events[0]
        shell.controller.mark_done(event.id, dt.date(2026, 11, 22))
        assert folder_fingerprint(data_dir) == before
        qtbot.mouseClick(shell.window.finish_button, Qt.MouseButton.LeftButton)  # Terminer
        assert "consultation" not in shell.window.windowTitle()
        assert shell.controller.family == KEPT_FAMILY  # the family's own data is back
        assert event.id not in shell.controller.states
        assert isinstance(shell.window.stack.currentWidget(), HomePage)
        assert folder_fingerprint(data_dir) == before


def test_consultation_mode_from_the_command_line_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with running_shell(qtbot, tmp_path, NOW, "--consultation") as shell:
        page = shell.window.stack.currentWidget()
        assert isinstance(page, FirstRunPage)
        type_date(qtbot, page.form.pregnancy_fields.date, "01/06/2026")
        qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
        assert shell.controller.family is not None
        qtbot.mouseClick(shell.window.finish_button, Qt.MouseButton.LeftButton)
        assert shell.controller.family is None  # Terminer forgets everything
        assert isinstance(shell.window.stack.currentWidget(), FirstRunPage)
        assert "rien n'est enregistré" in shell.window.windowTitle()
    assert not data_dir.exists()
    assert not (tmp_path / "preferences.ini").exists()


def test_delete_all_data_asks_first(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
        monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, parent, title, text: False))
        assert not shell.delete_all_data()
        assert shell.store.load_family() == KEPT_FAMILY
        questions: list[str] = []

        def yes(cls: type, parent: object, title: str, text: str) -> bool:
            questions.append(text)
            return True

        monkeypatch.setattr(ConfirmDialog, "ask", classmethod(yes))
        assert shell.delete_all_data()
        assert "définitive" in questions[0]
        assert shell.store.load_family() is None
        assert isinstance(shell.window.stack.currentWidget(), FirstRunPage)


def test_second_instance_brings_the_first_to_the_front(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    server = InstanceServer(data_dir)
    assert server.listening
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=20_000):
            second = subprocess.Popen(
                [sys.executable, "-m", "parcours_app", "--data-dir", str(data_dir)],
                env=_environment(tmp_path),
                stderr=subprocess.PIPE,
                text=True,
            )
        _out, errors = second.communicate(timeout=30)
        assert second.returncode == 0
        assert "already running" in errors
        # another data folder is another family: no answer there
        assert not notify_running_instance(tmp_path / "other")
    finally:
        server.close()
    assert not data_dir.exists()  # the second launch stopped before opening anything


def test_quit_after_startup_paints_the_family_and_exits_zero(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _save_family(data_dir, DDR_FAMILY)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "parcours_app",
            "--data-dir",
            str(data_dir),
            "--today",
            "2026-11-22",
            "--quit-after-startup",
        ],
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "journey computed" in result.stderr
    assert "24 SA + 6 j — 6e mois de grossesse" in result.stderr
    assert "main window painted with the family's data" in result.stderr


def test_storage_is_imported_only_after_the_window_is_built(tmp_path: Path) -> None:
    """Paint first: building and showing the window must not import SQLModel, Alembic or icalendar."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from parcours_app.ui.app import AppShell, parse_options\n"
        "from parcours_app.ui.settings_dialog import Preferences\n"
        "app = QApplication([])\n"
        f"shell = AppShell(app, parse_options(['--data-dir', {str(tmp_path / 'd')!r}]), Preferences(None))\n"
        "shell.window.show()\n"
        "heavy = sorted(m for m in ('sqlmodel', 'sqlalchemy', 'alembic', 'icalendar') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=_environment(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_settings_open_from_the_menu_and_delete_everything(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parcours_app.ui.settings_dialog import SettingsDialog

    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
        monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, parent, title, text: True))

        def drive(cls: type, dialog: SettingsDialog) -> None:
            assert dialog.data_dir.text() == str(tmp_path / "data")
            qtbot.mouseClick(dialog.delete_all, Qt.MouseButton.LeftButton)

        monkeypatch.setattr(SettingsDialog, "run", classmethod(drive))
        shell.window.settings_action.trigger()
        assert shell.store.load_family() is None
        assert isinstance(shell.window.stack.currentWidget(), FirstRunPage)


def test_reception_mode_shows_samples_forgets_visitors_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, session_pin: str
) -> None:
    from parcours_app.ui.reception import ReceptionScreen, SampleFamilyButton

    data_dir = tmp_path / "data"
    with running_shell(qtbot, tmp_path, NOW, "--reception") as shell:
        screen = shell.reception_view
        assert isinstance(screen, ReceptionScreen)
        assert not shell.window.menuBar().isVisible()
        buttons = screen.start.findChildren(SampleFamilyButton)
        assert buttons
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        assert shell.controller.family is not None
        assert isinstance(shell.window.stack.currentWidget(), HomePage)
        assert "Accueil : rien n'est enregistré" in shell.window.windowTitle()
        shell.window.close()  # a visitor cannot close the shared screen
        assert shell.window.reception_locked
        screen.go_home()  # what the idle watcher does after a few minutes without input
        assert shell.controller.family is None
    assert not data_dir.exists()


def test_saved_dates_that_no_longer_give_a_calendar_are_shown_not_lost(qtbot: QtBot, tmp_path: Path) -> None:
    """A birth saved in the future of "today" (the clock moved back): the core refuses it (dating_bounds_error);
    the app opens on the form with the core's message, keeps the saved family, and accepts a correction."""
    broken = Family(pregnancies=(Pregnancy(due=dt.date(2026, 12, 20), birth=dt.date(2026, 12, 10)),))
    _save_family(tmp_path / "data", broken)
    with running_shell(qtbot, tmp_path, NOW) as shell:
        page = shell.window.stack.currentWidget()
        assert isinstance(page, FirstRunPage)
        assert page.problem.isVisibleTo(page)
        assert "après aujourd'hui" in page.problem.text()
        assert shell.store.load_family() == broken
        type_date(qtbot, page.form.pregnancy_fields.date, "01/06/2026")
        page.form.pregnancy_fields.kind.setCurrentIndex(0)
        qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
        assert isinstance(shell.window.stack.currentWidget(), HomePage)
        assert not page.problem.isVisibleTo(page)
