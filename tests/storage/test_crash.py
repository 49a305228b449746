"""The crash test: a child process writes records in a loop and is killed with SIGKILL at random moments.

After every kill the database must pass `PRAGMA integrity_check` and hold every record whose write had returned
(the child reports a record through a pipe only after the store's method returned). Kills land everywhere: while
the store is being created or opened, during a transaction, during the daily backup, between writes.
The child is forked from this already-initialised process so that 100+ rounds take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import Appointment, EventState
from parcours_app.storage import open_memory_store, open_store
from parcours_app.storage.errors import StorageError

ROUNDS = 120


def _writer(data_dir: Path, first: int, report: int, day: int) -> None:  # pragma: no cover - runs in the child
    clock = FixedClock(dt.datetime(2026, 1, 1, 8, 0) + dt.timedelta(days=day))  # a new day: a backup too
    try:
        store = open_store(data_dir, clock=clock)
    except StorageError as error:
        os.write(report, f"E {error}\n".encode())
        return
    number = first
    while True:
        store.save_event_state(EventState(f"rec-{number}", done_on=dt.date(2026, 1, 1), note="n" * (number % 300)))
        line = f"s {number}\n"
        if number % 5 == 0:
            saved = store.save_appointment(Appointment(None, dt.datetime(2026, 2, 1, 9, 0), title=f"rdv-{number}"))
            line += f"a {saved.id} rdv-{number}\n"
        os.write(report, line.encode())
        number += 1


def _run_child(data_dir: Path, first: int, lifetime: float, day: int) -> list[str]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.close(read_end)
            _writer(data_dir, first, write_end, day)
        finally:
            os._exit(0)
    os.close(write_end)
    time.sleep(lifetime)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    with os.fdopen(read_end, "rb") as pipe:
        received = pipe.read().decode()
    # Only complete lines count: a line cut by the kill was never fully reported.
    return received.split("\n")[:-1]


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_a_returned_write(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    randomness = random.Random(20261122)
    confirmed_states: set[str] = set()
    confirmed_appointments: dict[int, str] = {}
    next_number = 0
    kills_after_commit = kills_before_first_write = 0
    # Warm the ORM up once here (mapper configuration, statement caches), so that every forked child starts
    # writing within milliseconds and the kills spread over startup and writing alike.
    with open_memory_store() as warm:
        warm.save_event_state(EventState("warm-up"))
        warm.save_appointment(Appointment(None, dt.datetime(2026, 1, 1, 9, 0)))
    for round_number in range(ROUNDS):
        # Mostly short lives, so many kills land during startup; some long enough for hundreds of writes.
        lifetime = randomness.choice([randomness.uniform(0, 0.02), randomness.uniform(0.02, 0.3)])
        lines = _run_child(data_dir, next_number, lifetime, day=round_number // 10)
        kills_before_first_write += not lines
        errors = [line for line in lines if line.startswith("E ")]
        assert not errors, errors
        for line in lines:
            kind, *rest = line.split(" ")
            if kind == "s":
                confirmed_states.add(f"rec-{rest[0]}")
                next_number = max(next_number, int(rest[0]) + 1)
            elif kind == "a":
                confirmed_appointments[int(rest[0])] = rest[1]
        in_flight = f"rec-{next_number}"  # being written at the kill: may or may not be there, never reused
        next_number += 1
        if not (data_dir / "parcours.sqlite").exists():
            continue  # killed before the file was even created
        connection = sqlite3.connect(data_dir / "parcours.sqlite")
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"round {round_number}"
            present = {row[0] for row in connection.execute("SELECT event_id FROM event_state")}
            appointments = dict(connection.execute("SELECT id, title FROM appointment").fetchall())
        finally:
            connection.close()
        missing = confirmed_states - present
        assert not missing, f"round {round_number}: {len(missing)} returned writes lost"
        for appointment_id, title in confirmed_appointments.items():
            assert appointments.get(appointment_id) == title
        kills_after_commit += in_flight in present
    # The store itself still opens, passes quick_check and sees every record.
    with open_store(data_dir) as store:
        assert confirmed_states <= set(store.event_states())
    backups = sorted((data_dir / "backups").glob("*.sqlite"))
    for backup in backups:
        connection = sqlite3.connect(backup)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], backup.name
        connection.close()
    print(
        f"\ncrash test: {ROUNDS} SIGKILLs, {len(confirmed_states)} returned event-state writes and "
        f"{len(confirmed_appointments)} appointments all present after every kill; {kills_before_first_write} kills "
        f"landed during startup (creating or opening the file, backup), {kills_after_commit} kills "
        f"landed after a commit had returned but before it was reported; "
        f"{len(backups)} backups all pass integrity_check"
    )
    assert len(confirmed_states) > ROUNDS  # the child really wrote between kills
