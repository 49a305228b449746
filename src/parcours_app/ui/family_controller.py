"""The one object every page talks to: the family, its computed journey, and what the person did with it.

It holds no business rule. Validation and the journey come from `core` (`build_journey` raises `InputError`
on impossible dates before anything is saved); persistence goes through the `FamilyStore` interface. Pages
listen to its signals and never call the store themselves for these objects, so every view stays in step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from parcours_app.core.clock import Clock
from parcours_app.core.errors import InputError, ParcoursError
from parcours_app.core.family_edit import stamp_usage
from parcours_app.core.model import Appointment, EventState, Family, Journey
from parcours_app.storage.errors import StorageError
from parcours_app.storage.store import FamilyStore

if TYPE_CHECKING:  # the rule loader is imported when the journey is first built, not at start-up
    from parcours_app.core.leave_plan import LeavePlan
    from parcours_app.core.rules import Catalog

_LOG = logging.getLogger(__name__)


def _load_catalog() -> Catalog:
    from parcours_app.core.rules import load_catalog

    return load_catalog()


def _build_journey(family: Family, catalog: Catalog, today: dt.date) -> Journey:
    from parcours_app.core.journey import build_journey

    journey: Journey = build_journey(family, catalog, today)
    return journey


class FamilyController(QObject):
    """Keeps the family, its journey and its event states in step with the store and the clock."""

    journey_changed = Signal(object)  # core.model.Journey
    states_changed = Signal()  # event states or appointments changed
    family_changed = Signal(object)  # core.model.Family
    # A change that could not be saved (a full disk, a read-only folder): what it was about, and the storage
    # error with its message saying what to do. The change is not applied: nothing is shown as done that is not.
    save_failed = Signal(str, object)

    def __init__(
        self,
        store: FamilyStore,
        clock: Clock,
        catalog: Catalog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._catalog = catalog
        self._family: Family | None = store.load_family()
        self._journey: Journey | None = None
        self._states: dict[str, EventState] = store.event_states()
        self._appointments: list[Appointment] = store.appointments()
        self.load_error: ParcoursError | None = None  # the saved family gives no calendar today (shown, never erased)
        self._journey = self._try_build(self._family)
        self._stamp_loaded()

    # --- read access ------------------------------------------------------------------------------

    @property
    def journey(self) -> Journey | None:
        return self._journey

    @property
    def family(self) -> Family | None:
        return self._family

    @property
    def states(self) -> dict[str, EventState]:
        return dict(self._states)

    @property
    def appointments(self) -> list[Appointment]:
        return list(self._appointments)

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def store(self) -> FamilyStore:
        return self._store

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = _load_catalog()
        return self._catalog

    def state_of(self, event_id: str) -> EventState:
        return self._states.get(event_id, EventState(event_id=event_id))

    # --- changes ------------------------------------------------------------------------------------

    def set_family(self, family: Family) -> None:
        """Validate (core raises InputError with a message to show), then save and recompute.

        The journey is built before saving so an impossible family never reaches the store: what was saved
        before stays as it was. States and appointments are keyed by stable event ids and are not touched.
        """
        family = stamp_usage(self._family, family, self._clock.today())
        journey = self._with_plans(_build_journey(family, self.catalog, self._clock.today()))
        self._store.save_family(family)
        self._family = family
        self._journey = journey
        self.load_error = None
        self.family_changed.emit(family)
        self.journey_changed.emit(journey)

    def _stamp_loaded(self) -> None:
        """A family saved before the app recorded when it started (schema 1, an old import) starts today: its past
        steps become a question instead of a list of late ones. Saved at once so the day does not move. A family
        whose dates give no calendar today is left exactly as saved (it is shown for correction, never changed)."""
        family = self._family
        if family is None or family.started_on is not None or self._journey is None:
            return
        stamped = stamp_usage(None, family, self._clock.today())
        try:
            self._store.save_family(stamped)
        except ParcoursError as error:  # a read-only or damaged store: keep the day in memory for this session
            _LOG.error("could not record when the family started: %s", error)
        self._family = stamped
        self._journey = dataclasses.replace(self._journey, family=stamped)

    def _try_build(self, family: Family | None) -> Journey | None:
        """The journey of a family already saved; on an InputError the family is kept and the error remembered."""
        if family is None:
            return None
        try:
            journey = self._with_plans(_build_journey(family, self.catalog, self._clock.today()))
        except InputError as error:
            _LOG.error("the saved family gives no calendar today: %s", error.render())
            self.load_error = error
            return None
        self.load_error = None
        return journey

    def _with_plans(self, journey: Journey) -> Journey:
        """The journey with the notice steps of the saved leave plans ("Nos congés")."""
        from parcours_app.core.leave_plan import with_plan_notices

        return with_plan_notices(journey, self._store.leave_plans())

    def leave_plans(self) -> dict[str, LeavePlan]:
        """The saved leave plans by pregnancy key."""
        return self._store.leave_plans()

    def save_leave_plan(self, plan: LeavePlan) -> None:
        """Save a leave plan, then recompute: its notice deadlines are steps of the journey."""
        self._store.save_leave_plan(plan)
        self.recompute()

    def recompute(self) -> None:
        """Rebuild the journey for the clock's today (the day changed, or the catalog or language did)."""
        if self._family is None:
            return
        self._journey = self._try_build(self._family)
        self.journey_changed.emit(self._journey)

    def reload(self) -> None:
        """Read everything again from the store (after the data folder changed or all data was deleted)."""
        self._family = self._store.load_family()
        self._states = self._store.event_states()
        self._appointments = self._store.appointments()
        self._journey = self._try_build(self._family)
        self._stamp_loaded()
        self.family_changed.emit(self._family)
        self.journey_changed.emit(self._journey)
        self.states_changed.emit()

    def set_store(self, store: FamilyStore) -> None:
        """Switch to another store (consultation mode, another data folder) and reload from it."""
        self._store = store
        self.reload()

    def dismiss(self, event_id: str, dismissed: bool = True) -> bool:
        """Put a step out of the way ("Je ne sais pas" about a past step), or bring it back."""
        return self._save_state(dataclasses.replace(self.state_of(event_id), dismissed=dismissed))

    def set_states(self, states: list[EventState]) -> bool:
        """Save several marks at once (the answers about the past steps), with one refresh of the views.
        False (and save_failed emitted) when one could not be saved: those saved before it stay saved."""
        saved = True
        for state in states:
            try:
                self._store.save_event_state(state)
            except StorageError as error:
                self._failed(self._event_title(state.event_id), error)
                saved = False
                break
            self._states[state.event_id] = state
        self.states_changed.emit()
        return saved

    def mark_done(self, event_id: str, on: dt.date) -> bool:
        return self._save_state(dataclasses.replace(self.state_of(event_id), done_on=on, snoozed_until=None))

    def mark_many_done(self, event_ids: Iterable[str], on: dt.date) -> None:
        """Several steps done at once (the past steps of a consultation or a sample family): one refresh."""
        for event_id in event_ids:
            state = dataclasses.replace(self.state_of(event_id), done_on=on, snoozed_until=None)
            self._store.save_event_state(state)
            self._states[event_id] = state
        self.states_changed.emit()

    def clear_done(self, event_id: str) -> bool:
        return self._save_state(dataclasses.replace(self.state_of(event_id), done_on=None))

    def snooze(self, event_id: str, until: dt.date | None) -> bool:
        return self._save_state(dataclasses.replace(self.state_of(event_id), snoozed_until=until))

    def set_note(self, event_id: str, note: str) -> bool:
        return self._save_state(dataclasses.replace(self.state_of(event_id), note=note))

    def save_appointment(self, appointment: Appointment) -> Appointment | None:
        """The saved appointment with its id, or None when it could not be saved (save_failed was emitted)."""
        try:
            saved = self._store.save_appointment(appointment)
        except StorageError as error:
            self._failed(appointment.title or self._event_title(appointment.event_id), error)
            return None
        self._appointments = self._store.appointments()
        self.states_changed.emit()
        return saved

    def delete_appointment(self, appointment_id: int) -> bool:
        try:
            self._store.delete_appointment(appointment_id)
        except StorageError as error:
            self._failed("", error)
            return False
        self._appointments = self._store.appointments()
        self.states_changed.emit()
        return True

    def _save_state(self, state: EventState) -> bool:
        try:
            self._store.save_event_state(state)
        except StorageError as error:
            self._failed(self._event_title(state.event_id), error)
            return False
        self._states[state.event_id] = state
        self.states_changed.emit()
        return True

    def _event_title(self, event_id: str | None) -> str:
        journey = self._journey
        if journey is None or event_id is None:
            return ""
        event = next((event for event in journey.events if event.id == event_id), None)
        if event is None:
            return ""
        from PySide6.QtCore import QCoreApplication

        return event.title.render(QCoreApplication.translate)

    def _failed(self, subject: str, error: StorageError) -> None:
        _LOG.error("a change could not be saved: %s", error)
        self.save_failed.emit(subject, error)
