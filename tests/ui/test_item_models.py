"""Every item model of the app passes Qt's own model checks (QAbstractItemModelTester, through pytest-qt's
`qtmodeltester`), first on its content and then through every change it is fed while the tester stays attached:
a new journey, states, appointments, a filter, a language, and an empty family.

The app has one QAbstractItemModel subclass: the journey list (months, then their steps). The tester checks
rowCount/index/parent agreement for every row, the reset and dataChanged signals, and the roles' value types.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from parcours_app.core.journey import build_journey
from parcours_app.core.journey_filters import FilterGroup, JourneyFilter
from parcours_app.core.model import Appointment, Child, EventState, Family, Pregnancy
from parcours_app.core.rules import load_catalog
from parcours_app.ui.journey.list_model import EVENT_ID_ROLE, JourneyListModel

TODAY = dt.date(2026, 7, 1)
FAMILY = Family(
    pregnancies=(Pregnancy(due=dt.date(2026, 12, 15)),),
    children=(Child(key="", birth=dt.date(2024, 5, 10), name="Léa"),),
)


def test_the_journey_list_model_passes_the_qt_model_checks(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    del qtbot  # the fixture makes sure a QApplication exists
    model = JourneyListModel()
    journey = build_journey(FAMILY, load_catalog(), TODAY)
    model.set_content(journey.events, FAMILY, {}, [], TODAY)
    assert model.rowCount() > 3  # months with steps: the checks walk a real two-level tree
    qtmodeltester.check(model, force_py=True)  # pytest-qt's own walk of the tree, once
    qtmodeltester.check(model)  # Qt's QAbstractItemModelTester, attached through every change below

    first = model.first_event_index()
    event_id = first.data(EVENT_ID_ROLE)
    model.set_states(
        {event_id: EventState(event_id, done_on=TODAY)},
        [Appointment(None, dt.datetime(2026, 7, 3, 10, 0), "Rendez-vous", event_id=event_id)],
    )
    model.set_filter(dataclasses.replace(JourneyFilter(), mandatory_only=True))
    model.set_filter(JourneyFilter(groups=frozenset({FilterGroup.CHILD})))
    model.set_filter(JourneyFilter(day=TODAY))
    model.set_language("ar")
    model.set_content((), None, {}, [], TODAY)
    assert model.rowCount() == 0
    model.set_content(journey.events, FAMILY, {}, [], TODAY)
    qtmodeltester.check(model, force_py=True)
