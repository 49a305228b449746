"""`python -m parcours_app today` run as a real subprocess: what Aujourd'hui shows, for scripts (issue 16, point 7).

The family (saved in a real SQLite folder) is at 25 SA on Wednesday 2 December 2026 and started using the app on
2 November 2026. Worked by hand (design.md section 4): DDR 10 June 2026 -> DDG 24 June 2026.
- the 4th prenatal exam, month 6 = [24 November, 23 December 2026], is under way (its deadline is 3 weeks away);
- the 3rd, month 5 = [24 October, 23 November 2026], ended while the family used the app and can still be done
  during the pregnancy: "à rattraper", and the one thing to do this week;
- ended before 2 November: exams 1 (23 September) and 2 (23 October), the déclaration (DDG + 97 days =
  29 September), the 1st ultrasound (13 SA + 6 = DDR + 97 days = 15 September): waiting for the question;
- the 2nd ultrasound (24 SA + 6 = DDR + 174 days = 1 December) is recommended only and cannot be caught up: past,
  in no list;
- an appointment exactly 7 days ahead (9 December) is listed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from pathlib import Path

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import Appointment, Family, Pregnancy
from parcours_app.storage import open_store

EVENT_KEYS = {"id", "category", "start", "end", "title", "mandatory", "estimated", "source", "url"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "parcours_app", "today", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _family_folder(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    with open_store(data_dir, clock=FixedClock(dt.datetime(2026, 12, 2, 9, 0))) as store:
        store.save_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 10)),), started_on=dt.date(2026, 11, 2)))
        store.save_appointment(Appointment(None, dt.datetime(2026, 12, 9, 10, 30), "Sage-femme"))
    return data_dir


def _digest(folder: Path) -> dict[str, str]:
    """Every file but SQLite's own shared-memory and log side files, which a reader of a WAL database may create."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(("-shm", "-wal"))
    }


def test_json_is_the_home_page_in_order(tmp_path: Path) -> None:
    data_dir = _family_folder(tmp_path)
    before = _digest(data_dir)
    result = _run("--data-dir", str(data_dir), "--today", "2026-12-02", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["today", "under_way", "this_week", "next", "catch_up", "past_to_confirm", "appointments"]
    assert data["today"] == "2026-12-02"
    for key in ("under_way", "this_week", "next", "catch_up", "past_to_confirm"):
        assert all(set(step) == EVENT_KEYS for step in data[key]), key
    assert data["under_way"][0]["id"] == "pregnancy.exam.4" and data["under_way"][0]["end"] == "2026-12-23"
    # no mandatory deadline within the week: the one thing this week is the step to catch up
    assert [step["id"] for step in data["this_week"]] == ["pregnancy.exam.3"]
    assert [step["id"] for step in data["catch_up"]] == ["pregnancy.exam.3"]
    assert {step["id"] for step in data["past_to_confirm"]} == {
        "pregnancy.exam.1",
        "pregnancy.exam.2",
        "pregnancy.declaration",
        "pregnancy.ultrasound.1",
    }
    every = [step["id"] for key in ("under_way", "next", "catch_up", "past_to_confirm") for step in data[key]]
    assert "pregnancy.ultrasound.2" not in every
    assert [(a["title"], a["starts_at"]) for a in data["appointments"]] == [("Sage-femme", "2026-12-09T10:30:00")]
    assert _digest(data_dir) == before  # read-only: not a byte changed, no backup, no lock left


def test_text_in_english_and_no_family(tmp_path: Path) -> None:
    data_dir = _family_folder(tmp_path)
    result = _run("--data-dir", str(data_dir), "--today", "2026-12-02", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Today, Wednesday, 2 December 2026"
    empty = _run("--data-dir", str(tmp_path / "nobody"))
    assert empty.returncode == 1
    assert "aucune famille" in empty.stderr and empty.stdout == ""
    assert not (tmp_path / "nobody").exists()
