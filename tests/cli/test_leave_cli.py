"""`python -m parcours_app leave ...` as a real subprocess: text and JSON, and status 2 with one line for bad input.

Dates worked by hand in tests/core/test_leave_plan.py: born Saturday 30 October 2027 (the day before Sunday and
Monday 1 November, Toussaint), DPA Friday 5 November 2027; congé de naissance 30 Oct, 2 and 3 Nov (C. trav.
L3142-4, jours ouvrables); the 4 days 4-7 Nov (L1225-35); notice 1 month before each period (D1225-8).
"""

from __future__ import annotations

import json
import subprocess
import sys


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "parcours_app", "leave", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


BASE = ("--due", "2027-11-05", "--birth", "2027-10-30", "--today", "2027-10-31")


def test_json_periods_issues_and_notices() -> None:
    result = _run(
        *BASE, "--paternity", "2027-11-08:2027-11-21", "--paternity", "2028-03-01:2028-03-04", "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    periods = {(p["kind"], p["start"], p["end"]) for p in data["periods"]}
    assert ("birth", "2027-10-30", "2027-11-03") in periods
    assert ("paternity-mandatory", "2027-11-04", "2027-11-07") in periods
    birth = next(p for p in data["periods"] if p["kind"] == "birth")
    assert birth["days"] == 3  # jours ouvrables, not the 5 calendar days it spans
    assert data["windows"]["paternity"] == {"start": "2027-11-08", "end": "2028-04-29", "days": 21}
    assert [issue["kind"] for issue in data["issues"]] == ["too-short"]
    assert "05/03/2028" in data["issues"][0]["message"]
    deadlines = {n["deadline"] for n in data["notices"]}
    # DPA - 1 month; the first period "sans délai" (born early, starts within the month); 1 March - 1 month.
    assert deadlines == {"2027-10-05", None, "2028-02-01"}
    assert data["invalidated_by_birth"] is False


def test_text_lists_both_parents_and_the_fix() -> None:
    result = _run(*BASE, "--suggest")
    assert result.returncode == 0, result.stderr
    assert "Parent qui accouche" in result.stdout and "Second parent" in result.stdout
    assert "2027-11-08  2027-11-28   21 j" in result.stdout  # 8 Nov + 20 days
    assert "Le plan respecte les règles." in result.stdout


def test_plan_made_before_the_birth_is_flagged() -> None:
    # Planned on the DPA (10 June 2027): 17 Jun-7 Jul; born Sunday 20 June: congé de naissance 21-23 June.
    result = _run(
        "--due", "2027-06-10", "--birth", "2027-06-20", "--today", "2027-06-21",
        "--paternity", "2027-06-17:2027-07-07", "--planned-before-birth", "--format", "json",
    )  # fmt: skip
    data = json.loads(result.stdout)
    assert data["invalidated_by_birth"] is True
    assert {"outside-window", "overlap"} <= {issue["kind"] for issue in data["issues"]}


def test_bad_period_is_one_line_status_2() -> None:
    result = _run(*BASE, "--paternity", "2027-11-21:2027-11-08")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "période mal écrite" in result.stderr
