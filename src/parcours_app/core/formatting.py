"""Dates and numbers for people, in the chosen language, through babel.

The language is a BCP 47-ish code used across the app: "fr" (default), "en", "ar".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

# babel (about 60 ms to import) is loaded by the first formatted value, not by importing this module: the GUI
# imports it to pick its language before painting its first window (docs/PERFORMANCE.md).
if TYPE_CHECKING:
    from babel import Locale

DEFAULT_LANGUAGE = "fr"
SUPPORTED_LANGUAGES = ("fr", "en", "ar")
# Arabic as read in France: Latin digits, like the dates on every French paper the family must match, and the
# month names of CLDR's Maghreb locales (ar_DZ), the largest Arabic-speaking community in France. "pseudo" is the
# test language of ui/i18n.py: its texts change, its formats stay French.
_BABEL_LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_DZ", "pseudo": "fr_FR"}


@cache
def babel_locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(_BABEL_LOCALES.get(language, language))


def format_date(day: dt.date, language: str = DEFAULT_LANGUAGE, style: str = "long") -> str:
    """`style` is babel's: "short" (22/11/2026), "medium" (22 nov. 2026), "long" (22 novembre 2026), "full".

    French writes the first of the month as an ordinal: "1er décembre 2026", "mardi 1er décembre 2026" (issue 16).
    """
    from babel.dates import format_date as _babel_format_date

    text = str(_babel_format_date(day, format=style, locale=babel_locale(language)))
    if day.day == 1 and style in ("long", "full", "medium") and language.split("_")[0] == "fr":
        text = _FRENCH_FIRST.sub(r"\g<1>1er", text, count=1)
    return text


_FRENCH_FIRST = re.compile(r"(^|\s)1(?=\s)")


def is_right_to_left(language: str) -> bool:
    """Whether the language is written right to left (Arabic): its layouts mirror and it has no italic."""
    return bool(babel_locale(language).character_order == "right-to-left")


LRI, FSI, PDI, RLM = "\u2066", "\u2068", "\u2069", "\u200f"
"""Unicode bidi controls: left-to-right isolate, first-strong isolate, pop directional isolate, right-to-left mark."""


def bidi_isolate(text: str, language: str = DEFAULT_LANGUAGE) -> str:
    """Data (a child's Latin name) set inside a right-to-left sentence: a right-to-left mark, then the text in
    Unicode isolates (FSI…PDI).

    Without them a line that starts with a Latin name is laid out left to right in Arabic ("Léa، العمر: …"
    reads backwards). The mark is needed as well: Qt's selectable labels (QTextDocument) take a paragraph's
    direction from its first strong letter even inside an isolate. Left-to-right languages get the text unchanged.
    """
    return f"{RLM}{FSI}{text}{PDI}" if text and is_right_to_left(language) else text


def isolate_ltr(text: str, language: str = DEFAULT_LANGUAGE) -> str:
    """Data that always reads left to right (a phone number, a postcode, a time, a date, "34 SA + 1 j", a URL)
    inside a right-to-left sentence: LRI…PDI.

    Without it, "01 99 00 10 00" shows as "00 10 00 99 01" in Arabic: each group of digits is a separate run and
    the spaces between them take the sentence's direction. Left-to-right languages get the text unchanged.
    """
    return f"{LRI}{text}{PDI}" if text and is_right_to_left(language) else text


_ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_STRONG_LTR = r"[A-Za-z\u00c0-\u024f\d]"
_ISOLATES = "\u2066\u2067\u2068"
_LTR_RUNS = re.compile(
    rf"[{_ISOLATES}][^{PDI}]*{PDI}"  # already isolated: kept as it is
    rf"|{_STRONG_LTR}(?:[^{_ARABIC_LETTERS}\n{_ISOLATES}{PDI}{RLM}]*{_STRONG_LTR})?"
)


def _balanced_end(text: str, start: int, end: int) -> int:
    """The end of a left-to-right run, taking the closing brackets it opened ("Aîné C (exemple" + ")")."""
    opened = text.count("(", start, end) - text.count(")", start, end)
    while opened > 0 and end < len(text) and text[end] == ")":
        end, opened = end + 1, opened - 1
    return end


def isolate_ltr_runs(text: str, language: str = DEFAULT_LANGUAGE) -> str:
    """Every left-to-right run of a right-to-left text isolated LRI…PDI, so it keeps its own order and the
    brackets around it pair up: a run goes from a Latin letter or digit to the last one before an Arabic letter
    or the end of the line ("39 89", "0 800 00 34 56", "22/11/2026", "9 h 30", "Tabac Info Service", "1 place de
    l'Exemple, 00000 Ville-Exemple (adresse fictive)"). Runs already isolated are left as they are.
    Plain text only (no markup); left-to-right languages get the text unchanged."""
    if not text or not is_right_to_left(language):
        return text
    pieces: list[str] = []
    position = 0
    while (match := _LTR_RUNS.search(text, position)) is not None:
        start, end = match.span()
        pieces.append(text[position:start])
        if text[start] in _ISOLATES:
            pieces.append(text[start:end])
        else:
            end = _balanced_end(text, start, end)
            pieces.append(f"{LRI}{text[start:end]}{PDI}")
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def rtl_paragraphs(text: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A text for a plain-text label in the interface's direction: in a right-to-left language each paragraph
    starts with a right-to-left mark, so it is laid out right to left even when its first word is Latin ("15 :
    SAMU", "Allô Parents Bébé…"; Qt's selectable labels otherwise take the direction of the first strong letter),
    and its digit and Latin runs are isolated (`isolate_ltr_runs`). Left-to-right languages: unchanged."""
    if not text or not is_right_to_left(language):
        return text
    lines = isolate_ltr_runs(text, language).split("\n")
    return "\n".join(line if not line or line.startswith(RLM) else f"{RLM}{line}" for line in lines)


def format_iso(day: dt.date) -> str:
    return day.isoformat()


def format_list(items: Sequence[str], language: str = DEFAULT_LANGUAGE) -> str:
    """Items joined as the language writes a list: "a, b et c" (fr), "a, b and c" (en), "a وb وc" (ar)."""
    from babel.lists import format_list as _babel_format_list

    return _babel_format_list(list(items), style="standard", locale=babel_locale(language)) if items else ""


# --- numbers, durations, ages and relative days -----------------------------------------------------------------


def format_number(value: float, language: str = DEFAULT_LANGUAGE) -> str:
    """1234.5 -> "1 234,5" (fr), "1,234.5" (en), "1.234,5" (ar, Latin digits like the French papers)."""
    from babel.numbers import format_decimal as _babel_format_decimal

    return _babel_format_decimal(value, locale=babel_locale(language))


# The plural forms of a language in the order of its translations' numerus forms (Qt's order, which is CLDR's
# order of categories): Qt Linguist asks one text per form, in this order. French is the source language: its
# forms come from the source itself (core.text.french_plural).
PLURAL_FORMS = {
    "fr": ("one", "other"),
    "pseudo": ("one", "other"),
    "en": ("one", "other"),
    "ar": ("zero", "one", "two", "few", "many", "other"),
}


def plural_category(count: int, language: str = DEFAULT_LANGUAGE) -> str:
    """CLDR's plural category of `count` in `language`, from babel: "one", "two", "few", "many", "other"…"""
    return str(babel_locale(language).plural_form(abs(count)))


def plural_index(count: int, language: str = DEFAULT_LANGUAGE) -> int:
    """Which numerus form of a translation `count` takes: the position of its CLDR category in PLURAL_FORMS
    (a category the language's translations do not distinguish, like French "many" for millions, is "other")."""
    forms = PLURAL_FORMS.get(language, ("one", "other"))
    category = plural_category(count, language)
    return forms.index(category) if category in forms else len(forms) - 1


_UNITS = {"year": "duration-year", "month": "duration-month", "week": "duration-week", "day": "duration-day"}


def format_count(value: int, unit: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A count with its unit and the right plural for the language: "1 jour", "2 jours", "يومان" (Arabic dual).

    `unit` is "year", "month", "week" or "day". Uses CLDR's long unit names, falling back to the short ones
    where babel's data has no long form (Arabic months and days), which are full words there too.
    """
    from babel.numbers import format_decimal as _babel_format_decimal

    locale = babel_locale(language)
    patterns = locale._data["unit_patterns"][_UNITS[unit]]
    plural = locale.plural_form(value)
    for length in ("long", "short"):
        forms = patterns.get(length, {})
        pattern = forms.get(plural) or forms.get("other")
        if pattern:
            return str(pattern).replace("{0}", _babel_format_decimal(value, locale=locale))
    raise ValueError(f"no unit name for {unit!r} in {language!r}")


def format_duration(
    years: int = 0, months: int = 0, days: int = 0, language: str = DEFAULT_LANGUAGE, weeks: int = 0
) -> str:
    """ "1 an, 3 mois et 2 jours", "3 months and 2 days": the non-zero parts joined as the language joins a list.

    All zero gives "0 jour" / "0 days" (the smallest unit asked for).
    """
    parts = [
        format_count(value, unit, language)
        for value, unit in ((years, "year"), (months, "month"), (weeks, "week"), (days, "day"))
        if value
    ]
    if not parts:
        return format_count(0, "day", language)
    from babel.lists import format_list as _babel_format_list

    return _babel_format_list(parts, locale=babel_locale(language))


def age_parts(birth: dt.date, on: dt.date) -> tuple[int, int, int]:
    """(years, months, days) from `birth` to `on`, months clamped to the month's end (docs/RULES.md section 1)."""
    if on < birth:
        raise ValueError(f"{on} is before the birth {birth}")
    from dateutil.relativedelta import relativedelta  # not at import, like babel above

    delta = relativedelta(on, birth)
    return delta.years, delta.months, delta.days


def format_age(birth: dt.date, on: dt.date, language: str = DEFAULT_LANGUAGE) -> str:
    """A child's age as people say it: "12 jours" under a month, "3 mois et 2 jours" under a year,
    "1 an et 2 mois" from the first birthday (days no longer matter then)."""
    years, months, days = age_parts(birth, on)
    if years:
        return format_duration(years=years, months=months, language=language)
    return format_duration(months=months, days=days, language=language)


_RELATIVE_DAY_NAMES = {
    # CLDR's "relative day" names (yesterday, today, tomorrow), which babel does not ship. A new language adds its
    # three names here, copied from CLDR (unicode.org/cldr, dateFields, field type "day").
    "fr": ("hier", "aujourd’hui", "demain"),
    "pseudo": ("hier", "aujourd’hui", "demain"),
    "en": ("yesterday", "today", "tomorrow"),
    "ar": ("أمس", "اليوم", "غدًا"),
}


def format_relative_days(day: dt.date, today: dt.date, language: str = DEFAULT_LANGUAGE) -> str:
    """ "aujourd'hui", "demain", "hier", "dans 3 jours", "il y a 2 jours" (always in days, never rounded up
    to weeks or months: a deadline in 45 days is "dans 45 jours")."""
    offset = (day - today).days
    locale = babel_locale(language)
    named = _RELATIVE_DAY_NAMES.get(language)
    if named is not None and offset in (-1, 0, 1):
        return named[offset + 1]
    from babel.dates import format_timedelta as _babel_format_timedelta

    return _babel_format_timedelta(
        dt.timedelta(days=offset), granularity="day", threshold=10**9, add_direction=True, locale=locale
    )


def upper_first(text: str) -> str:
    """The first letter in capitals, the rest untouched ("du 1 au 3 December" -> "Du 1 au 3 December").

    Unlike `str.capitalize`, which lowercases the rest: English month names lost their capital (issue 16).
    """
    return text[:1].upper() + text[1:]
