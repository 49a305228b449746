"""Jours ouvrables and jours ouvrés with the French public holidays of each region (docs/RULES.md section 7).

- Jour ouvrable: Monday to Saturday, except public holidays (service-public F2266 glossary; C. trav. L3142-4
  counts the congé de naissance in these days).
- Jour ouvré: Monday to Friday, except public holidays (used for the déclaration de naissance, Code civil art. 55:
  a deadline ending on a Saturday, Sunday or holiday moves to the next such day).

Holidays: the 11 national days of C. trav. L3133-1, plus Good Friday and 26 December in Alsace-Moselle
(C. trav. L3134-13) and the abolition-of-slavery day in the overseas departments (C. trav. L3422-2, dates of
décret n° 83-1003). The `holidays` package gives them; its subdivisions also list local days that are not in the
Code du travail (Mi-Carême, Good Friday and Victor Schoelcher day in Guadeloupe, Victor Schoelcher day in
Martinique): we drop them, because a deadline moved by a day the law does not name would be a day late.
Lookups are cached per (region, year), so a journey asks the package at most once per year it spans.

Speed (docs/PERFORMANCE.md): importing the package and its first lookup load about 450 modules (every country)
and cost about 0.4 s and 20 MiB, on the path to the first journey of every start. So for the years the app
computes (2008, when the Pentecost Monday came back in the list, to 2100) the same days are computed here from
their legal definition (fixed dates, and Easter by dateutil); tests/core/test_holiday_computation.py checks them
against the package day by day for every region and year of that range. Other years still ask the package.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from dateutil.easter import easter

from .model import Region

# The `holidays` subdivision code of each region ("57" is the Moselle, the package's name for Alsace-Moselle).
_SUBDIVISION: dict[Region, str | None] = {
    Region.METROPOLE: None,
    Region.ALSACE_MOSELLE: "57",
    Region.GUADELOUPE: "971",
    Region.MARTINIQUE: "972",
    Region.GUYANE: "973",
    Region.REUNION: "974",
    Region.MAYOTTE: "976",
}
# English names the package gives (language pinned to en_US) to the regional days the Code du travail names.
_REGIONAL_DAYS_IN_LAW: dict[Region, frozenset[str]] = {
    Region.METROPOLE: frozenset(),
    Region.ALSACE_MOSELLE: frozenset({"Good Friday", "Saint Stephen's Day"}),
    Region.GUADELOUPE: frozenset({"Abolition of Slavery"}),
    Region.MARTINIQUE: frozenset({"Abolition of Slavery"}),
    Region.GUYANE: frozenset({"Abolition of Slavery"}),
    Region.REUNION: frozenset({"Abolition of Slavery"}),
    Region.MAYOTTE: frozenset({"Abolition of Slavery"}),
}
_SUNDAY = 6
_SATURDAY = 5


# The years whose holidays are computed here rather than asked of the package (see the module's docstring).
COMPUTED_YEARS = range(2008, 2101)
# The day of the abolition of slavery in each overseas department (décret n° 83-1003, C. trav. L3422-2).
_ABOLITION_OF_SLAVERY: dict[Region, tuple[int, int]] = {
    Region.GUADELOUPE: (5, 27),
    Region.MARTINIQUE: (5, 22),
    Region.GUYANE: (6, 10),
    Region.REUNION: (12, 20),
    Region.MAYOTTE: (4, 27),
}


def computed_public_holidays(region: Region, year: int) -> frozenset[dt.date]:
    """The days of C. trav. L3133-1 (and the region's days the Code names) from their definition, 2008 to 2100."""
    easter_sunday = easter(year)
    days = {
        dt.date(year, 1, 1),  # Jour de l'an
        easter_sunday + dt.timedelta(days=1),  # Lundi de Pâques
        dt.date(year, 5, 1),  # Fête du Travail
        dt.date(year, 5, 8),  # Victoire 1945
        easter_sunday + dt.timedelta(days=39),  # Ascension
        easter_sunday + dt.timedelta(days=50),  # Lundi de Pentecôte
        dt.date(year, 7, 14),  # Fête nationale
        dt.date(year, 8, 15),  # Assomption
        dt.date(year, 11, 1),  # Toussaint
        dt.date(year, 11, 11),  # Armistice
        dt.date(year, 12, 25),  # Noël
    }
    if region is Region.ALSACE_MOSELLE:  # C. trav. L3134-13
        days |= {easter_sunday - dt.timedelta(days=2), dt.date(year, 12, 26)}
    elif region in _ABOLITION_OF_SLAVERY:
        month, day = _ABOLITION_OF_SLAVERY[region]
        days.add(dt.date(year, month, day))
    return frozenset(days)


@cache
def _national(year: int) -> frozenset[dt.date]:
    from holidays import country_holidays  # only for years outside COMPUTED_YEARS: it is slow to import

    return frozenset(country_holidays("FR", years=year, language="en_US").keys())


@cache
def public_holidays(region: Region, year: int) -> frozenset[dt.date]:
    """The public holidays of `region` in `year` that the Code du travail names."""
    if year in COMPUTED_YEARS:
        return computed_public_holidays(region, year)
    return package_public_holidays(region, year)


def package_public_holidays(region: Region, year: int) -> frozenset[dt.date]:
    """The same days, asked of the `holidays` package (any year it knows)."""
    from holidays import country_holidays

    national = _national(year)
    subdivision = _SUBDIVISION[region]
    if subdivision is None:
        return national
    regional = country_holidays("FR", subdiv=subdivision, years=year, language="en_US")
    allowed = _REGIONAL_DAYS_IN_LAW[region]
    extra = {day for day, name in regional.items() if day not in national and name in allowed}
    return national | extra


def is_public_holiday(day: dt.date, region: Region = Region.METROPOLE) -> bool:
    return day in public_holidays(region, day.year)


def is_jour_ouvrable(day: dt.date, region: Region = Region.METROPOLE) -> bool:
    """Monday to Saturday and not a public holiday."""
    return day.weekday() != _SUNDAY and not is_public_holiday(day, region)


def is_jour_ouvre(day: dt.date, region: Region = Region.METROPOLE) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < _SATURDAY and not is_public_holiday(day, region)


def next_jour_ouvrable(day: dt.date, region: Region = Region.METROPOLE, *, include_start: bool = True) -> dt.date:
    """The first jour ouvrable on or after `day` (strictly after when include_start is False)."""
    current = day if include_start else day + dt.timedelta(days=1)
    while not is_jour_ouvrable(current, region):
        current += dt.timedelta(days=1)
    return current


def next_jour_ouvre(day: dt.date, region: Region = Region.METROPOLE, *, include_start: bool = True) -> dt.date:
    """The first jour ouvré on or after `day` (strictly after when include_start is False)."""
    current = day if include_start else day + dt.timedelta(days=1)
    while not is_jour_ouvre(current, region):
        current += dt.timedelta(days=1)
    return current


def add_jours_ouvrables(first: dt.date, count: int, region: Region = Region.METROPOLE) -> dt.date:
    """The last day of `count` jours ouvrables counted from `first` (itself a jour ouvrable, counted as day 1)."""
    if count < 1:
        raise ValueError("count must be at least 1")
    current = next_jour_ouvrable(first, region)
    for _ in range(count - 1):
        current = next_jour_ouvrable(current, region, include_start=False)
    return current
