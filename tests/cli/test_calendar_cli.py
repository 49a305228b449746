"""`python -m parcours_app calendar ...` run as a real subprocess: the JSON shape, the table, and status 2 with
one line on stderr for each bad input the issue lists. Expected dates: rules-fr.md section 1 (DDR 2026-03-02 ->
DDG 2026-03-16 -> DPA 2026-12-16, design.md section 4)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "parcours_app", "calendar", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_json_shape() -> None:
    result = _run("--ddr", "2026-03-02", "--today", "2026-11-22", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"dates", "events"}
    assert data["dates"] == {"ddr": "2026-03-02", "conception": "2026-03-16", "due": "2026-12-16", "birth": None}
    keys = {"id", "category", "start", "end", "title", "mandatory", "estimated", "source", "url"}
    assert all(set(event) == keys for event in data["events"])
    by_id = {event["id"]: event for event in data["events"]}
    assert by_id["pregnancy.declaration"]["end"] == "2026-06-21"  # DDG + 97 days (CSS D532-1)
    assert by_id["leave.maternity"]["start"] == "2026-11-04"  # DPA - 6 weeks (C. trav. L1225-17)
    assert by_id["leave.maternity"]["estimated"] is True
    assert by_id["pregnancy.exam.1"]["mandatory"] is True
    assert by_id["pregnancy.exam.1"]["url"].startswith("https://")
    single_day = by_id["school.start"]
    assert single_day["start"] == single_day["end"] == "2029-09-01"
    starts = [(event["start"], event["end"], event["id"]) for event in data["events"]]
    assert starts == sorted(starts)


def test_french_dates_birth_and_filters() -> None:
    result = _run(
        "--due", "16/12/2026", "--birth", "21/11/2026", "--today", "22/11/2026", "--format", "json", "--mandatory-only"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["dates"]["birth"] == "2026-11-21"
    assert all(event["mandatory"] for event in data["events"])
    assert not any(event["estimated"] for event in data["events"])
    by_id = {event["id"]: event for event in data["events"]}
    # Born Saturday 21 Nov 2026: 3 jours ouvrables Sat 21, Mon 23, Tue 24 (C. trav. L3142-4).
    assert (by_id["leave.birth"]["start"], by_id["leave.birth"]["end"]) == ("2026-11-21", "2026-11-24")
    # Sat 21 + 5 = Thu 26 Nov: a working day, unchanged (Code civil art. 55).
    assert by_id["birth.declaration"]["end"] == "2026-11-26"


def test_region_and_birth_leave_start_options() -> None:
    result = _run(
        "--conception",
        "2026-03-31",
        "--birth",
        "2026-12-24",
        "--today",
        "2027-01-05",
        "--region",
        "alsace-moselle",
        "--birth-leave-start",
        "next-working-day",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    by_id = {event["id"]: event for event in json.loads(result.stdout)["events"]}
    # Born Thu 24 Dec 2026 in Alsace-Moselle, leave from the next jour ouvrable: (25), (26), (Sun 27) -> Mon 28,
    # Tue 29, Wed 30.
    assert (by_id["leave.birth"]["start"], by_id["leave.birth"]["end"]) == ("2026-12-28", "2026-12-30")


def test_a_birth_date_alone() -> None:
    # A newborn seen without its pregnancy dates: the birth steps and the child's calendar.
    # Born Monday 16 Nov 2026: + 5 = Saturday 21 -> the déclaration moves to Monday 23 (Code civil art. 55).
    result = _run("--birth", "16/11/2026", "--today", "22/11/2026", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["dates"] == {"ddr": None, "conception": None, "due": None, "birth": "2026-11-16"}
    by_id = {event["id"]: event for event in data["events"]}
    assert by_id["birth.declaration"]["end"] == "2026-11-23"
    assert by_id["child.exam.1"]["estimated"] is False
    assert "pregnancy.exam.1" not in by_id


def test_table_is_aligned_and_readable() -> None:
    result = _run("--ddr", "2026-03-02", "--today", "2026-11-22")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Terme : 2026-12-16" in lines[0]
    rows = [line for line in lines if line[:4].isdigit()]
    assert len(rows) > 50
    title_column = {row.index(row.split("  ")[-1].strip()) for row in rows if "[" not in row}
    assert len(title_column) == 1  # every title starts in the same column
    assert any("1er examen prénatal" in row for row in rows)
    assert "estimée" in result.stdout


def test_output_file(tmp_path: object) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "plan.json"
    result = _run("--ddr", "2026-03-02", "--today", "2026-11-22", "--format", "json", "--output", str(target))
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["dates"]["due"] == "2026-12-16"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--ddr", "2026-02-30", "--today", "2026-11-22"], "2026-02-30"),  # impossible date
        (["--ddr", "32/01/2026"], "32/01/2026"),
        (["--ddr", "2026-03-02", "--birth", "2026-12-01", "--today", "2026-11-22"], "après aujourd'hui"),
        (["--conception", "2026-03-16", "--birth", "2026-03-01", "--today", "2026-11-22"], "avant le début"),
        (["--due", "2027-12-01", "--today", "2026-11-22"], "10 mois"),
        (["--ddr", "2026-01-02", "--due", "2026-12-16", "--today", "2026-11-22"], "ne concordent pas"),
        (["--ddr", "2026-03-02", "--region", "lune", "--today", "2026-11-22"], "région inconnue"),
        (["--today", "2026-11-22"], "indiquez une date"),
        ([], "indiquez une date"),
        (["--ddr", "2026-03-02", "--format", "ics"], "--output"),
        (["--ddr", "2026-03-02", "--multiple", "7"], "--multiple"),
        (["--ddr", "2026-03-02", "--cycle-length", "abc"], "--cycle-length"),
        (["--ddr", "2026-03-02", "--bogus"], "--bogus"),
        (["--ddr"], "--ddr"),
        (["--ddr", "2026-03-02", "--lang", "xx"], "--lang"),
        (["--birth", "2026-11-16", "--multiple", "2", "--today", "2026-11-22"], "--due"),
        (
            ["--ddr", "2026-03-02", "--today", "2026-11-22", "--format", "json", "--output", "/nonexistent/x.json"],
            "x.json",
        ),
        (
            ["--ddr", "2026-03-02", "--today", "2026-11-22", "--format", "ics", "--output", "/nonexistent/x.ics"],
            "x.ics",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(args: list[str], words: str) -> None:
    result = _run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert words in lines[0]
    assert "Traceback" not in result.stderr


def test_version_names_the_rules() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "parcours_app", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("parcours 0.1.0 (règles ")


def test_table_and_json_never_import_qt() -> None:
    script = (
        "import sys\n"
        "from parcours_app.cli import run_cli\n"
        "run_cli(['calendar', '--ddr', '2026-03-02', '--today', '2026-11-22', '--format', 'json'])\n"
        "run_cli(['calendar', '--ddr', '2026-03-02', '--today', '2026-11-22'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert result.stderr.strip() == "[]"


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """`parcours calendar ... | head`: the pipe is closed before the command writes; it ends quietly, status 0."""
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "parcours_app", "calendar", "--due", "2027-03-15", "--today", "2026-11-22"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line is written
    with process.stderr:
        error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in error and "BrokenPipe" not in error


@pytest.mark.parametrize(
    ("due", "birth", "supplement", "notice", "dental"),
    [
        # service-public F39685, worked by hand (tests/core/test_leave.py has the day-by-day counts):
        # born Tue 30 Jun 2026: second parent done after 3 + 4 + 21 days on 28 Jul; transitional end 31 Mar 2027;
        # the leave follows the paternity leave within the month after the birth: notice 15 days before, 13 Jul.
        ("2026-06-30", "2026-06-30", ("2026-07-28", "2027-03-31"), "2026-07-13", "2026-12-29"),
        # born Wed 1 Jul 2026: from 29 Jul to birth + 9 months - 1 = 31 Mar 2027; notice 29 Jul - 15 = 14 Jul.
        ("2026-07-01", "2026-07-01", ("2026-07-29", "2027-03-31"), "2026-07-14", "2026-12-31"),
        # born 20 Dec 2025, due 10 Jan 2026: eligible; from 1 Jul 2026 to 31 Mar 2027; notice 1 month: 1 Jun 2026.
        ("2026-01-10", "2025-12-20", ("2026-07-01", "2027-03-31"), "2026-06-01", "2026-06-19"),
    ],
)
def test_the_supplementary_birth_leave(
    due: str, birth: str, supplement: tuple[str, str], notice: str, dental: str
) -> None:
    result = _run("--due", due, "--birth", birth, "--today", "2026-12-03", "--format", "json")
    assert result.returncode == 0, result.stderr
    by_id = {event["id"]: event for event in json.loads(result.stdout)["events"]}
    leave = by_id["leave.birth_supplement"]
    assert (leave["start"], leave["end"]) == supplement
    assert leave["url"] == "https://www.service-public.fr/particuliers/vosdroits/F39685"
    assert by_id["leave.birth_supplement.notice"]["end"] == notice
    # The free dental exam runs to the end of the 6th month after the birth (ameli, 28 Feb 2024): birth + 6 months
    # - 1 day: 30 Jun -> 29 Dec 2026, 1 Jul -> 31 Dec 2026, 20 Dec 2025 -> 19 Jun 2026.
    assert by_id["pregnancy.dental"]["end"] == dental
    table = _run("--due", due, "--birth", birth, "--today", "2026-12-03")
    assert table.returncode == 0, table.stderr
    assert "Congé supplémentaire de naissance" in table.stdout
    assert "Prévenir l'employeur du congé supplémentaire de naissance" in table.stdout


def test_today_drives_the_alarms_of_the_written_calendar(tmp_path: Path) -> None:
    """Issue 13: `--today` is the "now" of the .ics too. A family of the year 2000 is in the past on any real
    date, so without it every alarm would be dropped as already rung.

    Worked by hand (docs/RULES.md §1, design.md §4): DPA 15/03/2001 -> DDG = DPA - 9 months = 15/06/2000,
    DDR = DDG - 14 days = 01/06/2000. The 4th prenatal exam covers the 6th month of pregnancy:
    [DDG + 5 months, DDG + 6 months - 1 day] = 15/11/2000 to 14/12/2000. The 1st ultrasound ends at 13 SA + 6 j =
    DDR + 97 days = 06/09/2000, before "today" (01/10/2000): a step past before the plan was made is not a to-do and
    is not in the file at all (issue 16); the exam's last day has its alarms: a week
    before at 9:00 (-6 days -15 h from midnight) and the day before at 9:00 (-15 h), the default lead times.
    """
    from icalendar import Calendar

    output = tmp_path / "plan.ics"
    result = _run("--due", "2001-03-15", "--today", "2000-10-01", "--format", "ics", "--output", str(output))
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(output.read_bytes())
    by_uid = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    exam = by_uid["famille.pregnancy.exam.4@parcours-1000-jours"]
    assert exam.decoded("DTSTART") == dt.date(2000, 12, 14)
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in exam.walk("VALARM"))
    assert triggers == [-dt.timedelta(days=6, hours=15), -dt.timedelta(hours=15)]
    assert "famille.pregnancy.ultrasound.1@parcours-1000-jours" not in by_uid
    # Stamped by --today (its start, in local time), not by the machine's clock.
    assert exam.decoded("DTSTAMP") == dt.datetime(2000, 10, 1).astimezone(dt.UTC)
    assert output.stat().st_mode & 0o777 == 0o600  # health data: owner-only, whatever the umask
