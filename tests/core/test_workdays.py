"""Public holidays and working days by region, checked by hand against the Code du travail.

Sources: C. trav. L3133-1 (the 11 national days), L3134-13 (Alsace-Moselle: Good Friday, 26 December),
L3422-2 and décret n° 83-1003 (abolition of slavery: Guadeloupe 27 May, Martinique 22 May, Guyane 10 June,
La Réunion 20 December, Mayotte 27 April). Easter 2026 is Sunday 5 April, so Easter Monday is 6 April,
Ascension (Easter + 39) 14 May and Pentecost Monday (Easter + 50) 25 May.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parcours_app.core.model import Region
from parcours_app.core.workdays import (
    add_jours_ouvrables,
    is_jour_ouvrable,
    is_jour_ouvre,
    next_jour_ouvrable,
    next_jour_ouvre,
    public_holidays,
)

D = dt.date
NATIONAL_2026 = {
    D(2026, 1, 1),
    D(2026, 4, 6),
    D(2026, 5, 1),
    D(2026, 5, 8),
    D(2026, 5, 14),
    D(2026, 5, 25),
    D(2026, 7, 14),
    D(2026, 8, 15),
    D(2026, 11, 1),
    D(2026, 11, 11),
    D(2026, 12, 25),
}


def test_metropole_has_the_eleven_days_of_l3133_1() -> None:
    assert public_holidays(Region.METROPOLE, 2026) == NATIONAL_2026


@pytest.mark.parametrize(
    ("region", "extra"),
    [
        (Region.ALSACE_MOSELLE, {D(2026, 4, 3), D(2026, 12, 26)}),
        (Region.GUADELOUPE, {D(2026, 5, 27)}),
        (Region.MARTINIQUE, {D(2026, 5, 22)}),
        (Region.GUYANE, {D(2026, 6, 10)}),
        (Region.REUNION, {D(2026, 12, 20)}),
        (Region.MAYOTTE, {D(2026, 4, 27)}),
    ],
)
def test_regional_days_of_the_code_du_travail(region: Region, extra: set[dt.date]) -> None:
    assert public_holidays(region, 2026) == NATIONAL_2026 | extra


def test_local_days_the_code_does_not_name_are_left_out() -> None:
    # The holidays package lists Mi-Carême (12 March 2026) and Victor Schoelcher day (21 July) for Guadeloupe;
    # they are not in C. trav. L3422-2, so a legal deadline must not move for them (docs/RULES.md).
    guadeloupe = public_holidays(Region.GUADELOUPE, 2026)
    assert D(2026, 3, 12) not in guadeloupe
    assert D(2026, 7, 21) not in guadeloupe
    assert D(2026, 4, 3) not in guadeloupe


def test_ouvrable_and_ouvre() -> None:
    saturday, sunday, holiday_wednesday = D(2026, 11, 21), D(2026, 11, 22), D(2026, 11, 11)
    assert is_jour_ouvrable(saturday) and not is_jour_ouvre(saturday)
    assert not is_jour_ouvrable(sunday) and not is_jour_ouvre(sunday)
    assert not is_jour_ouvrable(holiday_wednesday) and not is_jour_ouvre(holiday_wednesday)
    assert next_jour_ouvrable(sunday) == D(2026, 11, 23)
    assert next_jour_ouvre(saturday) == D(2026, 11, 23)
    assert next_jour_ouvrable(saturday, include_start=False) == D(2026, 11, 23)
    # Good Friday 3 April 2026 is worked in metropole, not in Alsace-Moselle.
    assert is_jour_ouvre(D(2026, 4, 3), Region.METROPOLE)
    assert not is_jour_ouvre(D(2026, 4, 3), Region.ALSACE_MOSELLE)


def test_three_jours_ouvrables_skip_sunday_and_holidays() -> None:
    # Thursday 24 December 2026: 24, (25 holiday), Saturday 26, (Sunday 27), Monday 28; in Alsace-Moselle 26
    # is a holiday too, so the days are 24, 28 and 29.
    assert add_jours_ouvrables(D(2026, 12, 24), 3) == D(2026, 12, 28)
    assert add_jours_ouvrables(D(2026, 12, 24), 3, Region.ALSACE_MOSELLE) == D(2026, 12, 29)
    with pytest.raises(ValueError, match="at least 1"):
        add_jours_ouvrables(D(2026, 12, 24), 0)
