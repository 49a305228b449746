"""The real application in a real X window: started as a subprocess under Xvfb, driven with xdotool, photographed.

A parent's first run, end to end: the window opens on the first-run setup with the cursor in the date field,
the DDR is typed on the keyboard, Ctrl+Entrée saves it, and the window shows the computed journey.
Expected values (worked by hand from design.md section 4): DDR 1 June 2026 -> DDG 15 June 2026; on
22 November 2026 that is 174 days = "24 SA + 6 j", in the 6th month of pregnancy.

Set PARCOURS_SAVE_SCREENSHOTS=1 to copy the screenshots into docs/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

REPO = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xdotool", "import", "identify")


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@pytest.fixture
def display() -> Iterator[str]:
    missing = _missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Makefile TEST_SYSTEM_PACKAGES)")
    number = next(n for n in range(91, 191) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(100):
        if socket.exists():
            break
        time.sleep(0.05)  # waiting for an external X server to start, not timing the app
    else:
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _run(display: str, *command: str, timeout: float = 30) -> str:
    result = subprocess.run(
        list(command),
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return result.stdout.strip()


def _wait_for_window(display: str, name: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", name],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
        )
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.1)
    raise AssertionError(f"no window named {name!r} appeared")


def _screenshot(display: str, target: Path, timeout: float = 15) -> Path:
    """Photograph the whole screen; a window just mapped may not be painted yet, so retry while it is blank."""
    deadline = time.monotonic() + timeout
    colours = 0
    while time.monotonic() < deadline:
        _run(display, "import", "-window", "root", str(target))
        colours = int(_run(display, "identify", "-format", "%k", str(target)))
        if colours > 50:
            return target
        time.sleep(0.2)
    raise AssertionError(f"{target.name} looks blank ({colours} colours)")


def test_first_run_in_a_real_window_shows_the_journey(display: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    (tmp_path / "runtime").mkdir(mode=0o700)
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "parcours_app", "--data-dir", str(data_dir), "--today", "2026-11-22"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        window = _wait_for_window(display, "Parcours 1000 jours")
        _run(display, "xdotool", "windowsize", window, "1200", "820")
        _run(display, "xdotool", "windowfocus", "--sync", window)
        shots = tmp_path / "shots"
        shots.mkdir()
        _wait_for_log(tmp_path / "app.log", "first-run setup shown")
        _screenshot(display, shots / "first-run-xvfb.png")
        _run(display, "xdotool", "type", "--delay", "30", "01/06/2026")
        _run(display, "xdotool", "key", "ctrl+Return")
        _wait_for_window(display, "24 SA \\+ 6 j")
        title = _run(display, "xdotool", "getwindowname", window)
        assert title == "Parcours 1000 jours — 24 SA + 6 j — 6e mois de grossesse"
        _wait_for_log(tmp_path / "app.log", "journey computed")
        # the first run asks once, calmly, about the steps already past (issue 16): "Plus tard" (Escape) here
        question = _wait_for_window(display, "Des étapes déjà passées")
        _run(display, "xdotool", "windowfocus", "--sync", question)
        _run(display, "xdotool", "key", "Escape")
        time.sleep(0.5)
        _run(display, "xdotool", "windowfocus", "--sync", window)
        home = _screenshot(display, shots / "home-xvfb.png")
        _run(display, "xdotool", "key", "ctrl+2")  # the Parcours page
        _wait_for_log(tmp_path / "app.log", "page shown: journey")
        journey = _screenshot_when_changed(display, shots / "journey-xvfb.png", home)
        _run(display, "xdotool", "key", "ctrl+5")  # the self-test page
        _wait_for_log(tmp_path / "app.log", "page shown: selftest")
        _screenshot_when_changed(display, shots / "selftest-xvfb.png", journey)
        if os.environ.get("PARCOURS_SAVE_SCREENSHOTS"):
            for shot in shots.iterdir():
                shutil.copy(shot, REPO / "docs" / "screenshots" / shot.name)
        _run(display, "xdotool", "key", "ctrl+q")
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=10)
        log.close()
    text = (tmp_path / "app.log").read_text()
    assert "journey computed" in text and "24 SA + 6 j — 6e mois de grossesse" in text
    assert (data_dir / "parcours.sqlite").is_file()


def _screenshot_when_changed(display: str, target: Path, previous: Path, timeout: float = 15) -> Path:
    """The X server repaints asynchronously: photograph until the screen differs from `previous`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _screenshot(display, target)
        if target.read_bytes() != previous.read_bytes():
            return target
        time.sleep(0.2)
    raise AssertionError(f"the screen did not change for {target.name}")


def _wait_for_log(path: Path, needle: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if needle in path.read_text():
            return
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} never appeared in the app's log:\n{path.read_text()}")


def test_consultation_terminer_leaves_nothing_in_a_real_window(display: str, tmp_path: Path) -> None:
    """Issue 17: a nurse types a patient's date, ends with Terminer (Ctrl+Maj+C), and Ctrl+Entrée brings nothing
    back; nothing is written anywhere (no data folder, no QtProject.conf, no preferences).
    DDR 1 June 2026 on 22 November 2026: 174 days = 24 SA + 6 j (as in the first-run test above)."""
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    data_dir = tmp_path / "data"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    (tmp_path / "runtime").mkdir(mode=0o700)
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "parcours_app", "--consultation", "--data-dir", str(data_dir), "--today", "2026-11-22"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        window = _wait_for_window(display, "Mode consultation")
        _run(display, "xdotool", "windowsize", window, "1200", "820")
        _run(display, "xdotool", "windowfocus", "--sync", window)
        _wait_for_log(tmp_path / "app.log", "first-run setup shown")
        _run(display, "xdotool", "type", "--delay", "30", "01/06/2026")
        _run(display, "xdotool", "key", "ctrl+Return")
        _wait_for_window(display, "24 SA \\+ 6 j")
        shots = tmp_path / "shots"
        shots.mkdir()
        patient = _screenshot(display, shots / "consultation-patient-xvfb.png")
        _run(display, "xdotool", "key", "ctrl+shift+c")  # Terminer
        deadline = time.monotonic() + 20
        while "SA" in _run(display, "xdotool", "getwindowname", window) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "SA" not in _run(display, "xdotool", "getwindowname", window)
        _run(display, "xdotool", "windowfocus", "--sync", window)
        _run(display, "xdotool", "key", "ctrl+Return")  # the last patient's form would have come back here
        time.sleep(1.0)  # an external process: give a wrongly kept form the time to show a journey
        title = _run(display, "xdotool", "getwindowname", window)
        assert "SA" not in title and "Mode consultation" in title
        after = _screenshot_when_changed(display, shots / "consultation-after-terminer-xvfb.png", patient)
        if os.environ.get("PARCOURS_SAVE_SCREENSHOTS"):
            for shot in (patient, after):
                shutil.copy(shot, REPO / "docs" / "screenshots" / shot.name)
        _run(display, "xdotool", "key", "ctrl+q")
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=10)
        log.close()
    assert (tmp_path / "app.log").read_text().count("24 SA + 6 j") == 1  # computed once, never again
    assert not data_dir.exists()
    assert [path for path in home.rglob("*") if path.is_file()] == []  # no QtProject.conf, no preferences


def _wait_until_gone(display: str, window: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = subprocess.run(
            ["xdotool", "getwindowname", window], env={**os.environ, "DISPLAY": display}, capture_output=True
        )
        if alive.returncode != 0:
            return
        time.sleep(0.1)
    raise AssertionError(f"window {window} is still there")


def test_reception_staff_choose_a_session_code_and_leave_with_it_in_a_real_window(display: str, tmp_path: Path) -> None:
    """Issue 17: with no staff code stored, the staff who start the kiosk type a code for the session, twice; a
    visitor's "Personnel : quitter" (Ctrl+Maj+Q) then asks for it, a wrong one is refused with a wait, the right one
    ends the app; nothing is written anywhere (no data folder, no settings, no QtProject.conf)."""
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    data_dir = tmp_path / "data"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    (tmp_path / "runtime").mkdir(mode=0o700)
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "parcours_app", "--reception", "--data-dir", str(data_dir), "--today", "2026-11-22"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    shots = tmp_path / "shots"
    shots.mkdir()
    try:
        session = _wait_for_window(display, "Code du personnel pour cette session")
        _run(display, "xdotool", "windowfocus", "--sync", session)
        _run(display, "xdotool", "type", "--delay", "30", "2580")
        _run(display, "xdotool", "key", "Tab")
        _run(display, "xdotool", "type", "--delay", "30", "2580")
        _run(display, "xdotool", "key", "Return")
        _wait_until_gone(display, session)
        window = _wait_for_window(display, "Accueil : rien n'est enregistré")
        welcome = _screenshot(display, shots / "reception-welcome-xvfb.png")
        _run(display, "xdotool", "windowfocus", "--sync", window)
        _run(display, "xdotool", "key", "ctrl+shift+q")  # what "Personnel : quitter" does
        staff = _wait_for_window(display, "Réservé au personnel")
        _run(display, "xdotool", "windowfocus", "--sync", staff)
        _run(display, "xdotool", "type", "--delay", "30", "1111")  # a visitor's guess
        _run(display, "xdotool", "key", "Return")
        refused = _screenshot_when_changed(display, shots / "reception-wrong-code-xvfb.png", welcome)
        time.sleep(0.5)  # an external process: a wrongly accepted code would have ended it by now
        assert app.poll() is None
        time.sleep(2.0)  # the 2 s wait after the first wrong code (core/staff_pin.py WRONG_PIN_DELAY_MS)
        _run(display, "xdotool", "windowfocus", "--sync", staff)
        _run(display, "xdotool", "type", "--delay", "30", "2580")
        _run(display, "xdotool", "key", "Return")
        assert app.wait(timeout=20) == 0
        if os.environ.get("PARCOURS_SAVE_SCREENSHOTS"):
            shutil.copy(refused, REPO / "docs" / "screenshots" / refused.name)
    finally:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=10)
        log.close()
    assert not data_dir.exists()
    assert [path for path in home.rglob("*") if path.is_file()] == []  # the session code went nowhere
