"""Dates and numbers for people, in the chosen language, through babel.

The language is a BCP 47-ish code used across the app: "fr" (default), "en", "ar".
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale
from babel.dates import format_date as _babel_format_date

DEFAULT_LANGUAGE = "fr"
SUPPORTED_LANGUAGES = ("fr", "en", "ar")
_BABEL_LOCALES = {"fr": "fr_FR", "en": "en_GB", "ar": "ar"}


@cache
def babel_locale(language: str) -> Locale:
    return Locale.parse(_BABEL_LOCALES.get(language, language))


def format_date(day: dt.date, language: str = DEFAULT_LANGUAGE, style: str = "long") -> str:
    """`style` is babel's: "short" (22/11/2026), "medium" (22 nov. 2026), "long" (22 novembre 2026), "full"."""
    return _babel_format_date(day, format=style, locale=babel_locale(language))


def format_iso(day: dt.date) -> str:
    return day.isoformat()
