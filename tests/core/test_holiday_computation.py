"""The public holidays computed from their legal definition agree with the `holidays` package, day by day.

core/workdays.py computes the days for 2008-2100 itself (the package costs about 0.4 s to import on every start,
docs/PERFORMANCE.md). The package is an independent source (it cites the laws and décrets for each day), so every
region and every year of that range is compared with what it lists, keeping only the days the Code du travail
names (C. trav. L3133-1, L3134-13, L3422-2 with décret n° 83-1003), as workdays.py always did.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parcours_app.core.model import Region
from parcours_app.core.workdays import (
    COMPUTED_YEARS,
    computed_public_holidays,
    package_public_holidays,
    public_holidays,
)


@pytest.mark.parametrize("region", list(Region))
def test_computed_days_are_the_package_days_for_every_year(region: Region) -> None:
    differences = {
        year: computed_public_holidays(region, year) ^ package_public_holidays(region, year) for year in COMPUTED_YEARS
    }
    assert {year: days for year, days in differences.items() if days} == {}


def test_computed_days_at_both_ends_of_the_range_worked_by_hand() -> None:
    # Worked by hand, not from the code: Easter 2008 was Sunday 23 March (Gregorian computus: golden number 14,
    # paschal full moon Saturday 22 March), so Easter Monday = 24 March, Ascension = Easter + 39 days = Thursday
    # 1 May (the same day as the Fête du Travail) and Pentecost Monday = Easter + 50 days = 12 May (back in the
    # list with loi 2008-351). Easter 2100 is Sunday 28 March: Easter Monday 29 March, Ascension 6 May, Pentecost
    # Monday 17 May. Réunion adds 20 December (décret n° 83-1003), Alsace-Moselle Good Friday and 26 December.
    assert COMPUTED_YEARS.start == 2008 and COMPUTED_YEARS.stop == 2101
    fixed = {(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)}
    metropole_2008 = {dt.date(2008, m, d) for m, d in fixed} | {dt.date(2008, 3, 24), dt.date(2008, 5, 12)}
    assert computed_public_holidays(Region.METROPOLE, 2008) == metropole_2008  # 1 May counted once: 10 days
    metropole_2100 = {dt.date(2100, m, d) for m, d in fixed} | {
        dt.date(2100, 3, 29),
        dt.date(2100, 5, 6),
        dt.date(2100, 5, 17),
    }
    assert computed_public_holidays(Region.METROPOLE, 2100) == metropole_2100
    assert computed_public_holidays(Region.REUNION, 2100) == metropole_2100 | {dt.date(2100, 12, 20)}
    assert computed_public_holidays(Region.ALSACE_MOSELLE, 2008) == metropole_2008 | {
        dt.date(2008, 3, 21),
        dt.date(2008, 12, 26),
    }


def test_years_outside_the_range_still_come_from_the_package() -> None:
    # 2007: the Pentecost Monday was not a public holiday (loi 2004-626, back with loi 2008-351).
    assert dt.date(2007, 5, 28) not in public_holidays(Region.METROPOLE, 2007)
    assert dt.date(2008, 5, 12) in public_holidays(Region.METROPOLE, 2008)


def test_computing_the_days_does_not_import_the_package() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from parcours_app.core.model import Region; from parcours_app.core.workdays import "
        "public_holidays; public_holidays(Region.REUNION, 2027); print('holidays' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "False"
