"""The one clock: every "today" and "now" of the app comes from here, injected, so that tests, `--today` and the
demo clock never depend on the real date. This is the only module allowed to read the computer's clock
(`tests/test_one_clock.py` scans the sources for any other read)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The computer's local date and time."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now()


class FixedClock:
    """A clock that only moves when told to: for tests, `--today` and the reception mode's sample families."""

    def __init__(self, now: dt.datetime | dt.date) -> None:
        self._now = now if isinstance(now, dt.datetime) else dt.datetime.combine(now, dt.time(9, 0))

    def today(self) -> dt.date:
        return self._now.date()

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, delta: dt.timedelta) -> None:
        self._now += delta

    def set(self, now: dt.datetime) -> None:
        self._now = now


class ElapsedClock:
    """Real elapsed time, whatever the demo date (`--today`) or a change of the computer's clock: the reception
    mode's inactivity reset runs on it (issue 17). Its dates mean nothing; only differences do."""

    def __init__(self) -> None:
        import time

        self._monotonic = time.monotonic
        self._origin = dt.datetime(2000, 1, 1)

    def today(self) -> dt.date:
        return self.now().date()

    def now(self) -> dt.datetime:
        return self._origin + dt.timedelta(seconds=self._monotonic())


def clock_for(today: dt.date | None) -> Clock:
    """The clock for a command given `--today D` (the start of that day, so all of D's alarms are still ahead),
    or the computer's clock without it."""
    if today is None:
        return SystemClock()
    return FixedClock(dt.datetime.combine(today, dt.time()))
