"""Dates, numbers, durations, ages and relative days read naturally in French, English and Arabic.

Expected values are worked by hand: the age arithmetic follows design.md section 4 (months clamp to the end of
the month, as dateutil's relativedelta), the words follow the grammar of each language (French and English: one
singular, plural from 2 for English and from 2 for French "jours"; Arabic: singular, dual, 3-10 plural with the
counted noun in the plural, 11+ singular accusative), as CLDR records them (unicode.org/cldr, plurals).
"""

from __future__ import annotations

import datetime as dt

import pytest

from parcours_app.core.formatting import (
    age_parts,
    format_age,
    format_count,
    format_date,
    format_duration,
    format_number,
    format_relative_days,
)

NBSP = "\u00a0"  # CLDR keeps the number and its unit together on one line


def test_age_of_a_child_born_on_31_january_clamps_at_the_end_of_april() -> None:
    # 31 Jan + 3 months = 30 April (April has 30 days: clamped), then 30 April -> 2 May is 2 days.
    assert age_parts(dt.date(2026, 1, 31), dt.date(2026, 5, 2)) == (0, 3, 2)
    assert format_age(dt.date(2026, 1, 31), dt.date(2026, 5, 2)) == f"3{NBSP}mois et 2{NBSP}jours"
    assert format_age(dt.date(2026, 1, 31), dt.date(2026, 5, 2), "en") == "3 months and 2 days"
    # Arabic: 3 takes the plural "أشهر"; 2 days is the dual "يومان"; "و" (and) is written joined to the next word.
    assert format_age(dt.date(2026, 1, 31), dt.date(2026, 5, 2), "ar") == "3 أشهر ويومان"


def test_from_the_first_birthday_an_age_is_years_and_months() -> None:
    # 10 Jan 2025 -> 10 Jan 2026 is 1 year, -> 10 Mar 2026 2 months more, 2 more days are not said.
    assert format_age(dt.date(2025, 1, 10), dt.date(2026, 3, 12)) == f"1{NBSP}an et 2{NBSP}mois"
    assert format_age(dt.date(2025, 1, 10), dt.date(2026, 3, 12), "en") == "1 year and 2 months"
    assert format_age(dt.date(2025, 1, 10), dt.date(2026, 3, 12), "ar") == "سنة وشهران"


def test_a_newborn_age_is_in_days_and_birth_day_is_zero() -> None:
    assert format_age(dt.date(2026, 11, 10), dt.date(2026, 11, 22)) == f"12{NBSP}jours"
    assert format_age(dt.date(2026, 11, 21), dt.date(2026, 11, 22), "en") == "1 day"
    assert format_age(dt.date(2026, 11, 22), dt.date(2026, 11, 22), "en") == "0 days"
    with pytest.raises(ValueError, match="before the birth"):
        format_age(dt.date(2026, 11, 22), dt.date(2026, 11, 21))


@pytest.mark.parametrize(
    ("value", "french", "english", "arabic"),
    [
        (1, f"1{NBSP}mois", "1 month", "شهر"),
        (2, f"2{NBSP}mois", "2 months", "شهران"),
        (3, f"3{NBSP}mois", "3 months", "3 أشهر"),
        (11, f"11{NBSP}mois", "11 months", "11 شهرًا"),
    ],
)
def test_month_counts_take_each_language_plural(value: int, french: str, english: str, arabic: str) -> None:
    assert format_count(value, "month", "fr") == french
    assert format_count(value, "month", "en") == english
    assert format_count(value, "month", "ar") == arabic


def test_durations_join_their_parts_like_a_list() -> None:
    assert format_duration(years=1, months=3, days=2) == f"1{NBSP}an, 3{NBSP}mois et 2{NBSP}jours"
    # British English (en_GB, the app's English): no serial comma before "and".
    assert format_duration(years=1, months=3, days=2, language="en") == "1 year, 3 months and 2 days"
    assert format_duration(weeks=6, language="en") == "6 weeks"
    assert format_duration() == f"0{NBSP}jour"


@pytest.mark.parametrize(
    ("offset", "french", "english", "arabic"),
    [
        (-2, "il y a 2 jours", "2 days ago", "قبل يومين"),
        (-1, "hier", "yesterday", "أمس"),
        (0, "aujourd’hui", "today", "اليوم"),
        (1, "demain", "tomorrow", "غدًا"),
        (3, "dans 3 jours", "in 3 days", "خلال 3 أيام"),
        (45, "dans 45 jours", "in 45 days", "خلال 45 يومًا"),  # never rounded to "in 2 months"
    ],
)
def test_relative_days(offset: int, french: str, english: str, arabic: str) -> None:
    today = dt.date(2026, 11, 22)
    day = today + dt.timedelta(days=offset)
    assert format_relative_days(day, today) == french
    assert format_relative_days(day, today, "en") == english
    assert format_relative_days(day, today, "ar") == arabic


def test_numbers_and_dates_in_each_language() -> None:
    assert format_number(1234.5) == "1\u202f234,5"  # French groups thousands with a narrow no-break space
    assert format_number(1234.5, "en") == "1,234.5"
    assert format_number(1234.5, "ar") == "1.234,5"
    # Arabic keeps Latin digits, like the dates on the French papers the family holds.
    assert format_date(dt.date(2026, 11, 22), "ar") == "22 نوفمبر 2026"
    assert format_date(dt.date(2026, 11, 22), "pseudo") == "22 novembre 2026"


def test_bidi_isolate_marks_data_only_in_right_to_left_languages() -> None:
    from parcours_app.core.formatting import bidi_isolate, format_list, is_right_to_left

    assert bidi_isolate("Léa", "fr") == "Léa"
    assert bidi_isolate("Léa", "en") == "Léa"
    # RLM (U+200F) so the line reads right to left even when it starts with the name; FSI…PDI around the name
    assert bidi_isolate("Léa", "ar") == "\u200f\u2068Léa\u2069"
    assert bidi_isolate("", "ar") == ""
    assert [is_right_to_left(code) for code in ("fr", "en", "ar")] == [False, False, True]
    # lists as each language writes them (CLDR), not with a Latin comma
    assert format_list(["a", "b", "c"], "fr") == "a, b et c"
    assert format_list(["a", "b", "c"], "en") == "a, b and c"
    assert format_list(["a", "b"], "ar") == "a وb"
    assert format_list([], "fr") == ""
