"""Ctrl+U inside a text field of the real window (xcb, where a line edit binds Ctrl+U to "erase the line"):
the helplines open and the typed date stays (issue 14, point 11). Before, the date was erased and nothing opened.

Expected value (design.md section 4, as in test_app_xvfb.py): DDR 1 June 2026 seen on 22 November 2026 is
174 days after it, "24 SA + 6 j".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_app_xvfb import _run, _wait_for_log, _wait_for_window, display  # noqa: F401 (fixture)

pytestmark = pytest.mark.xvfb


def test_ctrl_u_in_the_date_field_opens_the_helplines_and_keeps_the_date(display: str, tmp_path: Path) -> None:  # noqa: F811
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    with (tmp_path / "app.log").open("w") as log:
        app = subprocess.Popen(
            [sys.executable, "-m", "parcours_app", "--data-dir", str(tmp_path / "data"), "--today", "2026-11-22"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            window = _wait_for_window(display, "Parcours 1000 jours")
            _run(display, "xdotool", "windowfocus", "--sync", window)
            _wait_for_log(tmp_path / "app.log", "first-run setup shown")
            _run(display, "xdotool", "type", "--delay", "30", "01/06/2026")
            _run(display, "xdotool", "key", "ctrl+u")
            crisis = _wait_for_window(display, "Urgences et écoute", timeout=10)
            _run(display, "xdotool", "windowclose", crisis)
            _run(display, "xdotool", "windowfocus", "--sync", window)
            _run(display, "xdotool", "key", "ctrl+Return")  # saves the date still in the field
            _wait_for_window(display, "24 SA \\+ 6 j", timeout=15)
            app.terminate()  # SIGTERM quits cleanly (issue 14, point 10), whatever dialog the new family opened
            assert app.wait(timeout=20) == 0
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
