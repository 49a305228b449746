"""Emergency numbers, listening lines and associations, as data (`resources/content/helplines.toml`).

Each line says what it is for, with its source and the date it was checked. Opening hours are deliberately not
stored (docs/SELFTEST.md, "Helplines shown": they changed over the years); `availability` says "at any hour" only
where every source agrees, and otherwise sends to the official page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from parcours_app.resources import resource_path

from . import toml_parser as tomllib
from .errors import CatalogError
from .text import Text

TRANSLATION_CONTEXT = "helplines"
"""Context under which the French strings of helplines.toml are translated."""


class HelplineKind(StrEnum):
    EMERGENCY = "emergency"
    LISTENING = "listening"
    ASSOCIATION = "association"


@dataclass(frozen=True, slots=True)
class Helpline:
    id: str
    name: str
    number: str  # as dialled and read aloud; empty for an association reached through its site
    kind: HelplineKind
    crisis: bool  # shown first when the self-test's item 10 is above 0
    purpose: str
    availability: str
    source_title: str
    source_url: str
    checked: dt.date


_FIELDS = ("id", "name", "number", "kind", "crisis", "purpose", "availability", "source_title", "source_url", "checked")


@cache
def load_helplines(path: Path | None = None) -> tuple[Helpline, ...]:
    path = path or resource_path("content", "helplines.toml")
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CatalogError(
            Text(TRANSLATION_CONTEXT, "Le fichier %1 est illisible : %2", (path.name, str(error)))
        ) from error
    lines: list[Helpline] = []
    for index, raw in enumerate(data.get("helplines", []), start=1):
        missing = [name for name in _FIELDS if name not in raw]
        if missing or not str(raw.get("source_url", "")).startswith("https://"):
            raise CatalogError(
                Text(
                    TRANSLATION_CONTEXT,
                    "%1, entrée %2 : champs manquants ou source sans adresse https (%3).",
                    (path.name, str(index), ", ".join(missing) or "source_url"),
                )
            )
        try:
            lines.append(
                Helpline(
                    id=str(raw["id"]),
                    name=str(raw["name"]),
                    number=str(raw["number"]),
                    kind=HelplineKind(raw["kind"]),
                    crisis=bool(raw["crisis"]),
                    purpose=str(raw["purpose"]),
                    availability=str(raw["availability"]),
                    source_title=str(raw["source_title"]),
                    source_url=str(raw["source_url"]),
                    checked=raw["checked"],
                )
            )
        except ValueError as error:
            raise CatalogError(
                Text(TRANSLATION_CONTEXT, "%1, entrée %2 : %3", (path.name, str(index), str(error)))
            ) from error
    if not any(line.crisis for line in lines):
        raise CatalogError(Text(TRANSLATION_CONTEXT, "%1 : aucune ligne d'urgence (crisis = true).", (path.name,)))
    return tuple(lines)


def crisis_lines() -> tuple[Helpline, ...]:
    return tuple(line for line in load_helplines() if line.crisis)


def lines_of_kind(kind: HelplineKind) -> tuple[Helpline, ...]:
    return tuple(line for line in load_helplines() if line.kind is kind)
