"""One clock (issue 13): only `core/clock.py` may read the computer's date or time.

Everything else takes "today" and "now" from an injected `Clock`, so `--today`, the demo clock and the tests
drive every date the app shows or writes (alarms included), and the suite passes on any real date.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CLOCK_MODULE = REPO / "src" / "parcours_app" / "core" / "clock.py"

# The calls named in the issue, in the spellings Python and Qt allow (module aliases such as `dt.` included).
WALL_CLOCK_READS = re.compile(
    r"\bdate\.today\(|\bdatetime\.now\(|\bdatetime\.utcnow\(|\bdatetime\.today\(|(?<![\w.])time\.time\(|"
    r"\btime\.time_ns\(|\bQDate\.currentDate\(|\bQDateTime\.currentDateTime(?:Utc)?\(|"
    r"\bQDateTime\.currentMSecsSinceEpoch\(|\bQDateTime\.currentSecsSinceEpoch\(|\bQTime\.currentTime\("
)


def scanned_files() -> list[Path]:
    """The application, its tools and its tests. Benchmarks time code with the wall clock on purpose."""
    roots = [REPO / "src", REPO / "tools", REPO / "tests"]
    return sorted(path for root in roots for path in root.rglob("*.py") if path != CLOCK_MODULE)


def clock_reads(text: str) -> list[str]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.split("#", 1)[0]
        if WALL_CLOCK_READS.search(code):
            found.append(f"{number}: {line.strip()}")
    return found


def test_the_pattern_catches_every_spelling_named_in_the_issue() -> None:
    spellings = [
        "today = dt.date.today()",
        "stamp = datetime.datetime.now(dt.UTC)",
        "x = datetime.utcnow()",
        "t = time.time()",
        "d = QDate.currentDate()",
        "m = QDateTime.currentDateTime()",
    ]
    assert all(clock_reads(line) for line in spellings)
    # A QTimeEdit's value and a comment are not clock reads.
    assert clock_reads("moment = self._time.time()") == []
    assert clock_reads("# never call date.today() here") == []


def test_nothing_but_the_clock_module_reads_the_wall_clock() -> None:
    this_file = Path(__file__).resolve()
    offenders = {
        str(path.relative_to(REPO)): reads
        for path in scanned_files()
        if path != this_file and (reads := clock_reads(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, "read today/now from the injected Clock (core/clock.py) instead"


def test_the_clock_module_still_is_the_one_place_that_reads_it() -> None:
    assert clock_reads(CLOCK_MODULE.read_text(encoding="utf-8")), "the scan would pass vacuously"
