"""Everything a store holds, as one value: what `data export` writes and `data import` reads. No SQL here."""

from __future__ import annotations

from dataclasses import dataclass, field

from parcours_app.core.leave_plan import LeavePlan
from parcours_app.core.model import Appointment, EventState, Family, Place, SelfTestResult


@dataclass(frozen=True, slots=True)
class StoreContents:
    family: Family | None = None
    event_states: tuple[EventState, ...] = ()  # sorted by event id
    appointments: tuple[Appointment, ...] = ()  # sorted by start, then id
    selftest_results: tuple[SelfTestResult, ...] = ()  # sorted by date taken, then id
    places: tuple[Place, ...] = ()  # sorted by name, then id
    settings: dict[str, str] = field(default_factory=dict)
    leave_plans: tuple[LeavePlan, ...] = ()  # sorted by pregnancy key

    @property
    def is_empty(self) -> bool:
        return (
            self.family is None
            and not self.event_states
            and not self.appointments
            and not self.selftest_results
            and not self.places
            and not self.settings
            and not self.leave_plans
        )
