"""One validation for forms, store and import (issue 14, point 2): the store refuses what the forms refuse, with
the forms' own message, and writes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from storage_samples import sample_family, tree_snapshot

from parcours_app.core.clock import FixedClock
from parcours_app.core.directory import validate_place
from parcours_app.core.errors import InputError
from parcours_app.core.model import Family, Place, PlaceKind, Pregnancy, Respondent, SelfTestResult
from parcours_app.storage import open_store
from parcours_app.storage.errors import InvalidDataError

CLOCK = FixedClock(dt.datetime(2026, 11, 22, 9, 0))


def test_the_store_refuses_what_the_forms_refuse_with_the_same_message(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    hostile_place = Place(id=None, kind=PlaceKind.PMI, name="PMI", website="javascript:alert(1)")
    with pytest.raises(InputError) as form_error:
        validate_place(hostile_place)  # what the directory editor calls
    with open_store(data_dir, clock=CLOCK) as store:
        store.save_family(sample_family())
    before = tree_snapshot(data_dir)
    with open_store(data_dir, clock=CLOCK) as store:
        with pytest.raises(InvalidDataError) as store_error:
            store.save_place(hostile_place)
        assert store_error.value.message == form_error.value.message
        with pytest.raises(InvalidDataError, match="Le niveau « low »"):
            store.save_selftest_result(
                SelfTestResult(None, dt.datetime(2026, 11, 1, 9, 0), Respondent.MOTHER, (3,) * 10, 30, "low")
            )
        with pytest.raises(InvalidDataError, match="durée du cycle"):
            store.save_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 5, 1), cycle_length=1),)))
        with pytest.raises(InvalidDataError, match=r"reminders\.sent"):
            store.set_setting("reminders.sent", "[" * 5000 + "]" * 5000)
        assert store.places() == [] and store.selftest_results() == []
        assert store.load_family() == sample_family()
    after = tree_snapshot(data_dir)
    assert {name for name in after if "backups" not in name} == {name for name in before if "backups" not in name}
