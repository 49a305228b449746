"""`parcours foo` exits 2 with the usage instead of opening the window; `--help` lists the commands (issue 14,
point 12). Qt's own options (-platform offscreen, --style=fusion) still pass through."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"


def _parcours(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "parcours_app", *args], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("args", [("foo",), ("calender",), ("--bogus",), ("--data-dir", "/tmp/x", "extra")])
def test_an_unknown_command_exits_2_with_the_usage(args: tuple[str, ...]) -> None:
    done = _parcours(*args)
    assert done.returncode == 2
    assert "parcours [-h]" in done.stderr.splitlines()[0]  # the usage line ("utilisation :" in French)
    assert "commande ou option inconnue" in done.stderr and args[-1] in done.stderr
    assert "first paint" not in done.stderr  # no window was opened


def test_help_lists_the_commands() -> None:
    done = _parcours("--help")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    for command in ("parcours calendar", "parcours data", "parcours leave", "parcours today"):
        # One command a line, as written: the epilog keeps its line breaks instead of being reflowed into a paragraph.
        assert any(line.strip().startswith(command) for line in lines), command


def test_qt_options_are_not_commands() -> None:
    from parcours_app.ui.app import _stray_argument

    assert _stray_argument(["-platform", "offscreen", "--style=fusion", "-reverse", "-psn_0_4242"]) is None
    assert _stray_argument(["-style", "fusion", "foo"]) == "foo"
