"""Translations for the headless command line, read from translations/*.ts without Qt.

TEMPORARY CONTRACT (owner: i18n work): `translator_for(language)` returns a core `Translate`. Until the real
reader lands it returns the French source unchanged.
"""

from __future__ import annotations

from .core.text import Translate, identity_translate


def translator_for(language: str) -> Translate:
    del language
    return identity_translate
