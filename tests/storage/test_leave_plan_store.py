"""Leave plans in a real SQLite file: saved, read back after reopening, replaced whole, deleted with their periods."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from parcours_app.core.leave_plan import LeavePlan, Parent, PeriodKind, PlannedPeriod
from parcours_app.storage import open_store

D = dt.date
PATERNITY = PlannedPeriod(Parent.SECOND_PARENT, PeriodKind.PATERNITY, D(2027, 11, 8), D(2027, 11, 21))
SUPPLEMENT = PlannedPeriod(Parent.BIRTH_PARENT, PeriodKind.SUPPLEMENT, D(2028, 1, 14), D(2028, 3, 13))


def test_save_reopen_replace_delete(tmp_path: Path) -> None:
    plan = LeavePlan("", (PATERNITY, SUPPLEMENT), weeks_moved_after_birth=2, planned_with_birth=None)
    other = LeavePlan("pregnancy2", (SUPPLEMENT,), planned_with_birth=D(2027, 10, 30))
    with open_store(tmp_path) as store:
        store.save_leave_plan(plan)
        store.save_leave_plan(other)
    with open_store(tmp_path) as store:
        assert store.leave_plans() == {"": plan, "pregnancy2": other}
        # Saving again replaces the plan's periods (no leftovers), keyed by the pregnancy.
        moved = LeavePlan("", (PATERNITY,), planned_with_birth=D(2027, 10, 30))
        store.save_leave_plan(moved)
        assert store.leave_plans()[""] == moved
        store.delete_leave_plan("pregnancy2")
        assert set(store.leave_plans()) == {""}
    connection = sqlite3.connect(tmp_path / "parcours.sqlite")
    # The periods of the deleted plan went with it (ON DELETE CASCADE); dates stay ISO text.
    assert connection.execute("SELECT subject_key, first_day, last_day FROM leave_period").fetchall() == [
        ("", "2027-11-08", "2027-11-21")
    ]
    connection.close()
