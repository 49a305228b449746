"""Living on the desktop: start at login, staying in the tray when closed, keyboard-only use of the first run."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shell_support import running_shell

from parcours_app.ui import autostart

NOW = dt.datetime(2026, 11, 22, 9, 0)


def test_linux_autostart_entry_is_written_valid_and_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not autostart.is_enabled("linux")
    autostart.set_enabled(True, "linux")
    entry = tmp_path / "config" / "autostart" / "fr.parcours1000jours.Parcours.desktop"
    assert autostart.is_enabled("linux") and entry.is_file()
    text = entry.read_text(encoding="utf-8")
    assert "Exec=" in text and "--minimized" in text and "parcours_app" in text
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    autostart.set_enabled(False, "linux")
    assert not entry.exists() and not autostart.is_enabled("linux")


def test_windows_run_key_command_quotes_paths_with_spaces() -> None:
    line = autostart.subprocess_line([r"C:\Program Files\Parcours\parcours.exe", "--minimized"])
    assert line == r'"C:\Program Files\Parcours\parcours.exe" --minimized'
    assert not autostart.supported("darwin")  # macOS: documented, done by the person in the system settings


def test_closing_the_window_keeps_the_app_in_the_tray_only_when_there_is_one(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        # offscreen has no tray: closing must quit, or the app would run with no way back to it
        assert shell.tray is None and shell.window.stay_in_tray is False
        quits: list[bool] = []
        shell.window.quit_requested.connect(lambda: quits.append(True))
        shell.window.stay_in_tray = True  # as when a tray exists and the setting is on
        shell.window.show()
        shell.window.close()
        assert quits == [] and not shell.window.isVisible()
        shell.bring_to_front()  # what the tray icon and a second launch do
        assert shell.window.isVisible()
        shell.window.stay_in_tray = False
        shell.window.close()
        assert quits == [True]


def test_the_first_run_is_usable_with_the_keyboard_alone(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.window.show()
        qtbot.waitExposed(shell.window)
        page = shell.window.first_run
        form = page.form
        start = form.pregnancy_fields.date.edit
        assert shell.app.focusWidget() is start  # the cursor waits in the date field
        reached: list[QWidget] = []
        widget: QWidget = start
        for _ in range(60):
            widget = widget.nextInFocusChain()
            while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus or not (
                widget.isVisible() and widget.isEnabled()
            ):
                widget = widget.nextInFocusChain()
            if widget is start:
                break
            reached.append(widget)
        for needed in (
            form.pregnancy_fields.kind,
            form.pregnancy_fields.date.picker_button,
            form.pregnancy_fields.multiple,
            form.region,
            form.parent1_salaried,
            form.parent2_salaried,
            shell.window.crisis_button,
        ):
            assert needed in reached, f"{needed.objectName()} cannot be reached with Tab"
        # the submit button is reached once it is enabled
        qtbot.keyClicks(start, "01/06/2026")
        assert page.submit.isEnabled()
        assert page.submit.focusPolicy() & Qt.FocusPolicy.TabFocus
