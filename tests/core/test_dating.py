"""Dating conventions of design.md section 4, worked by hand.

Sources: rules-fr.md section 1 (DPA = DDG + 9 calendar months, the French "terme" at about 41 SA; DDG = DDR + 14;
"x SA + y j" = DDR + 7x + y) and design.md section 4 (month arithmetic clamps to the end of the month).
"""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from parcours_app.core.dating import (
    add_months,
    child_age,
    date_pregnancy,
    gestational_age,
    pregnancy_month,
)
from parcours_app.core.errors import InputError
from parcours_app.core.model import Pregnancy

D = dt.date


def test_dpa_is_ddg_plus_nine_months_not_ddr_plus_287_days() -> None:
    # rules-fr.md FLAG (DPA): DDR 2026-03-02 -> DDG 2026-03-16 -> DPA 2026-12-16 (41 SA + 2 j),
    # whereas DDR + 287 days would give 2026-12-14.
    dates = date_pregnancy(Pregnancy(ddr=D(2026, 3, 2)))
    assert dates.conception == D(2026, 3, 16)
    assert dates.due == D(2026, 12, 16)
    assert D(2026, 3, 2) + dt.timedelta(days=287) == D(2026, 12, 14)  # the convention we did not choose
    assert gestational_age(dates.ddr, dates.due).text().render() == "41 SA + 2 j"
    assert not dates.due_given


def test_dpa_never_40_sa() -> None:
    # rules-fr.md FLAG (40 SA): DDR 2026-01-05 -> DDG 2026-01-19 -> DPA 2026-10-19 = DDR + 287 = 41 SA + 0 j.
    dates = date_pregnancy(Pregnancy(ddr=D(2026, 1, 5)))
    assert dates.due == D(2026, 10, 19)
    assert gestational_age(dates.ddr, dates.due).weeks == 41


def test_month_end_clamping_for_a_ddg_on_31_may() -> None:
    # design.md section 4: relativedelta clamps; 31 May 2026 + 9 months = 28 February 2027 (not a leap year).
    dates = date_pregnancy(Pregnancy(conception=D(2026, 5, 31)))
    assert dates.due == D(2027, 2, 28)
    assert dates.ddr == D(2026, 5, 17)  # DDR = DDG - 14 days


@pytest.mark.parametrize(
    ("ddg", "due"),
    [
        (D(2027, 5, 29), D(2028, 2, 29)),  # 2028 is a leap year: 29 February exists
        (D(2027, 5, 30), D(2028, 2, 29)),  # clamped to the 29th
        (D(2027, 5, 31), D(2028, 2, 29)),
        (D(2027, 6, 1), D(2028, 3, 1)),
        (D(2099, 5, 31), D(2100, 2, 28)),  # 2100 is not a leap year (divisible by 100, not by 400)
    ],
)
def test_leap_years(ddg: dt.date, due: dt.date) -> None:
    assert date_pregnancy(Pregnancy(conception=ddg)).due == due


def test_only_the_dpa_known() -> None:
    # design.md section 4: DDG = DPA - 9 months, DDR = DDG - 14 days.
    dates = date_pregnancy(Pregnancy(due=D(2026, 12, 16)))
    assert (dates.ddr, dates.conception, dates.due) == (D(2026, 3, 2), D(2026, 3, 16), D(2026, 12, 16))
    assert dates.due_given
    # 28 February 2027 - 9 months = 28 May 2026 (subtraction clamps too; the DDG is not 31 May).
    assert date_pregnancy(Pregnancy(due=D(2027, 2, 28))).conception == D(2026, 5, 28)


def test_cycle_length_moves_the_ddg() -> None:
    # design.md section 4: DDG = DDR + cycle - 14; a 32-day cycle: DDR 2026-03-02 -> DDG 2026-03-20 -> DPA 2026-12-20.
    # SA then count from the corrected DDR, DDG - 14 = 2026-03-06 (docs/RULES.md section 2).
    dates = date_pregnancy(Pregnancy(ddr=D(2026, 3, 2), cycle_length=32))
    assert (dates.ddr, dates.conception, dates.due) == (D(2026, 3, 6), D(2026, 3, 20), D(2026, 12, 20))
    assert gestational_age(dates.ddr, dates.due).text().render() == "41 SA + 2 j"


def test_the_given_dpa_wins_within_the_tolerance() -> None:
    # A professional's DPA 8 days after DDG + 9 months (scan correction): the DPA is kept, the DDG follows it.
    dates = date_pregnancy(Pregnancy(ddr=D(2026, 3, 2), due=D(2026, 12, 24)))
    assert dates.due == D(2026, 12, 24)
    assert dates.conception == D(2026, 3, 24)
    assert dates.ddr == D(2026, 3, 10)  # the "DDR corrigée" DDG - 14 days, origin of the SA clock


@pytest.mark.parametrize(
    "pregnancy",
    [
        Pregnancy(ddr=D(2026, 3, 2), due=D(2027, 1, 16)),  # a month apart: contradictory
        Pregnancy(conception=D(2026, 3, 16), due=D(2026, 11, 16)),
        Pregnancy(ddr=D(2026, 3, 2), conception=D(2026, 4, 16)),
        Pregnancy(conception=D(2026, 3, 16), birth=D(2026, 3, 1)),  # birth before conception
        Pregnancy(conception=D(2026, 3, 16), birth=D(2026, 5, 1)),  # before 22 SA
        Pregnancy(conception=D(2026, 3, 16), birth=D(2027, 1, 20)),  # 5 weeks after the DPA
        Pregnancy(),  # no date at all
        Pregnancy(ddr=D(2026, 3, 2), cycle_length=60),
        Pregnancy(ddr=D(2026, 3, 2), multiple=4),
        Pregnancy(ddr=D(2026, 3, 2), children_before=-1),
        Pregnancy(ddr=D(1850, 3, 2)),
    ],
)
def test_impossible_dating_raises_input_error_with_a_french_message(pregnancy: Pregnancy) -> None:
    with pytest.raises(InputError) as caught:
        date_pregnancy(pregnancy)
    assert caught.value.render()  # a message saying what to fix


def test_gestational_age_and_pregnancy_month() -> None:
    ddr, ddg = D(2026, 3, 2), D(2026, 3, 16)
    assert gestational_age(ddr, D(2026, 5, 18)).text().render() == "11 SA + 0 j"  # DDR + 77
    assert gestational_age(ddr, D(2026, 6, 21)).text().render() == "15 SA + 6 j"  # DDR + 111
    assert pregnancy_month(ddg, D(2026, 3, 15)) == 0
    assert pregnancy_month(ddg, D(2026, 3, 16)) == 1
    assert pregnancy_month(ddg, D(2026, 6, 15)) == 3  # last day of the 3rd month
    assert pregnancy_month(ddg, D(2026, 6, 16)) == 4  # DDG + 3 months: first day of the 4th month
    assert pregnancy_month(ddg, D(2026, 12, 15)) == 9
    # Clamping: DDG 31 May 2026; DDG + 1 month = 30 June, so 29 June is month 1 and 30 June month 2.
    assert pregnancy_month(D(2026, 5, 31), D(2026, 6, 29)) == 1
    assert pregnancy_month(D(2026, 5, 31), D(2026, 6, 30)) == 2
    assert pregnancy_month(D(2026, 5, 31), D(2026, 7, 31)) == 3


def test_child_age_in_months_and_days() -> None:
    assert child_age(D(2026, 3, 15), D(2026, 11, 22)).text().render() == "8 mois + 7 j"
    assert child_age(D(2026, 3, 15), D(2026, 3, 20)).text().render() == "5 j"
    assert (child_age(D(2026, 1, 31), D(2026, 2, 28)).months, child_age(D(2026, 1, 31), D(2026, 2, 28)).days) == (1, 0)
    with pytest.raises(InputError):
        child_age(D(2026, 3, 15), D(2026, 3, 14))


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), st.integers(min_value=-300, max_value=300))
def test_add_months_agrees_with_relativedelta(day: dt.date, months: int) -> None:
    # The fast month arithmetic of the engine gives dateutil's clamped result (design.md section 4).
    assert add_months(day, months) == day + relativedelta(months=months)
