"""The interface every part of the app uses to keep a family's data. The UI never writes SQL.

`parcours_app.storage` implements it on SQLite (a file for a family at home, `:memory:` for the consultation and
reception modes, which must write nothing to disk). Every method returns or takes `core` objects.
"""

from __future__ import annotations

from typing import Protocol

from parcours_app.core.leave_plan import LeavePlan
from parcours_app.core.model import Appointment, EventState, Family, Place, SelfTestResult


class FamilyStore(Protocol):
    """What the app keeps for one household. All writes are transactional: a failed write changes nothing."""

    def load_family(self) -> Family | None:
        """The saved family, or None before the first-run setup."""

    def save_family(self, family: Family) -> None:
        """Replace the family's dates, pregnancies and children. Event states and appointments are untouched."""

    def event_states(self) -> dict[str, EventState]: ...

    def save_event_state(self, state: EventState) -> None: ...

    def appointments(self) -> list[Appointment]: ...

    def save_appointment(self, appointment: Appointment) -> Appointment:
        """Insert (id None) or update; returns the appointment with its id."""

    def delete_appointment(self, appointment_id: int) -> None: ...

    def selftest_results(self) -> list[SelfTestResult]: ...

    def save_selftest_result(self, result: SelfTestResult) -> SelfTestResult: ...

    def delete_selftest_result(self, result_id: int) -> None: ...

    def delete_all_selftest_results(self) -> None: ...

    def places(self) -> list[Place]: ...

    def save_place(self, place: Place) -> Place: ...

    def delete_place(self, place_id: int) -> None: ...

    def replace_places(self, places: list[Place]) -> None:
        """Swap the whole directory in one transaction (directory import)."""

    def settings(self) -> dict[str, str]: ...

    def set_setting(self, key: str, value: str) -> None: ...

    def leave_plans(self) -> dict[str, LeavePlan]:
        """Both parents' leave plans by pregnancy key."""

    def save_leave_plan(self, plan: LeavePlan) -> None: ...

    def delete_leave_plan(self, subject_key: str) -> None: ...

    def delete_everything(self) -> None:
        """Erase every row (overwritten on disk) and every backup: Settings → « Supprimer toutes les données »."""

    def close(self) -> None: ...
