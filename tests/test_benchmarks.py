"""The benchmark command runs and prints every figure (issue 10). No timing is asserted: speed is read from the
ratios the command prints against floors measured in the same run (docs/PERFORMANCE.md), never from a test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Every figure of the issue, as the command labels it, with the number it must carry.
FIGURES = {
    "first paint": r"first paint of the main window\s+\d+ ms\s+bare window first paint\s+\d+ ms\s+[\d.]+ x",
    "data paint": r"window painted with the family's data\s+\d+ ms\s+bare window first paint\s+\d+ ms\s+[\d.]+ x",
    "memory": r"peak memory \(max RSS\) after startup\s+\d+ MiB\s+bare window max RSS\s+\d+ MiB\s+[\d.]+ x",
    "date change": r"due date change shown on screen\s+[\d.]+ ms\s+repaint with no change\s+[\d.]+ ms\s+[\d.]+ x",
    "journeys per second": r"random families\s+: \d+ in [\d.]+ s = [\d,]+ journeys/s",
    "catalog": r"load_catalog, median\s+:\s+[\d.]+ ms",
    "storage open": r"open \+ load \(3 children, 500 states\)\s+[\d.]+ ms",
    "ics export": r"ics\s+:\s+[\d.]+ ms median wall",
    "pdf export": r"pdf\s+:\s+[\d.]+ ms median wall",
}


@pytest.mark.slow  # runs the whole benchmark command (--quick): tens of seconds
def test_the_benchmark_command_runs_and_prints_every_figure() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    missing = [name for name, pattern in FIGURES.items() if not re.search(pattern, result.stdout)]
    assert missing == [], result.stdout
    assert "machine:" in result.stdout and "load" in result.stdout  # the conditions of the measure go with it
