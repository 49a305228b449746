"""Reading the TOML data files under `resources/` (content, official domains, sample families): one reader and
one error shape, so a mistake in any of them names the file, the entry and what to fix the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeGuard

from . import toml_parser as tomllib
from .errors import CatalogError
from .text import Text

TRANSLATION_CONTEXT = "content"
"""Context of the French strings of resources/content/*.toml (tools/update_translations.py: folder name)."""


def content_text(source: str) -> Text:
    """A French text of resources/content/, to translate."""
    return Text(TRANSLATION_CONTEXT, source)


def is_date(value: object) -> TypeGuard[dt.date]:
    """A TOML date (not a date-time)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def required_text(file: str, entry_id: str, entry: Mapping[str, Any], key: str) -> str:
    """A text for people, required and not an address (a link belongs in its own field)."""
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise data_error(file, entry_id, f"« {key} » doit être un texte non vide")
    if value.startswith("https://"):
        raise data_error(file, entry_id, f"« {key} » est un texte pour les personnes, pas une adresse")
    return value


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise data_error(path.name, "-", f"fichier illisible ({error.strerror or error})") from error
    except tomllib.TOMLDecodeError as error:
        raise data_error(path.name, "-", f"TOML invalide ({error})") from error


def data_error(file: str, entry: str, problem: str) -> CatalogError:
    return CatalogError(Text(TRANSLATION_CONTEXT, "%1, entrée « %2 » : %3", (file, entry, problem)))
