"""The reception mode's sample families (`resources/samples/families.toml`): clearly fictional, dated relative
to today so each always shows the same stage of the journey."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from parcours_app.resources import resource_path

from .content_files import data_error, read_toml, required_text
from .model import Child, Family, Pregnancy
from .text import Text, Translate, identity_translate

SAMPLES_CONTEXT = "samples"
"""Context of the French strings of resources/samples/*.toml."""


@dataclass(frozen=True, slots=True)
class SampleFamily:
    """A clearly fictional family, dated relative to today so it always shows the same stage."""

    id: str
    label: Text
    description: Text
    family: Family


_SAMPLE_KEYS = frozenset(
    {"id", "label", "description", "parent1_name", "parent2_name", "conception_days_ago", "children"}
)


def load_sample_families(
    today: dt.date, path: Path | None = None, translate: Translate = identity_translate
) -> tuple[SampleFamily, ...]:
    """The reception mode's sample families on `today` (resources/samples/families.toml), the fictional names
    ("Parent A (exemple)") in the language of `translate`."""
    path = path or resource_path("samples", "families.toml")
    entries = read_toml(path).get("family")
    if not isinstance(entries, list) or not entries:
        raise data_error(path.name, "family", "la liste [[family]] est vide ou absente")
    samples: list[SampleFamily] = []
    for index, entry in enumerate(entries, start=1):
        samples.append(_parse_sample(path.name, index, entry, today, translate))
    if len({sample.id for sample in samples}) != len(samples):
        raise data_error(path.name, "family", "deux familles ont le même identifiant")
    return tuple(samples)


def _parse_sample(file: str, index: int, entry: object, today: dt.date, translate: Translate) -> SampleFamily:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise data_error(file, f"family[{index}]", "chaque famille est une table avec un « id »")
    sample_id = str(entry["id"])
    unknown = set(entry) - _SAMPLE_KEYS
    if unknown:
        raise data_error(file, sample_id, f"clé inconnue : {', '.join(sorted(unknown))}")
    label = required_text(file, sample_id, entry, "label")
    description = required_text(file, sample_id, entry, "description")
    pregnancies: tuple[Pregnancy, ...] = ()
    days = entry.get("conception_days_ago")
    if days is not None:
        if not isinstance(days, int) or not 0 <= days <= 300:
            raise data_error(file, sample_id, "« conception_days_ago » doit être un nombre de jours entre 0 et 300")
        pregnancies = (Pregnancy(conception=today - dt.timedelta(days=days)),)
    children: list[Child] = []
    raw_children = entry.get("children", [])
    if not isinstance(raw_children, list):
        raise data_error(file, sample_id, "« children » doit être une liste")
    for number, raw in enumerate(raw_children, start=1):
        if not isinstance(raw, dict) or not isinstance(raw.get("born_days_ago"), int) or raw["born_days_ago"] < 0:
            raise data_error(
                file, sample_id, "chaque enfant a « born_days_ago » (jours depuis la naissance) et « name »"
            )
        key = "" if number == 1 else f"child{number}"
        name = raw.get("name", "")
        if not isinstance(name, str):
            raise data_error(file, sample_id, "le prénom d'un enfant doit être un texte")
        name = Text(SAMPLES_CONTEXT, name).render(translate) if name else name
        children.append(Child(key=key, birth=today - dt.timedelta(days=raw["born_days_ago"]), name=name))
    if not pregnancies and not children:
        raise data_error(file, sample_id, "une famille exemple a une grossesse ou au moins un enfant")
    names = [entry.get(key, "") for key in ("parent1_name", "parent2_name")]
    if not all(isinstance(name, str) for name in names):
        raise data_error(file, sample_id, "les prénoms des parents doivent être des textes")
    family = Family(
        pregnancies=pregnancies,
        children=tuple(children),
        parent1_name=Text(SAMPLES_CONTEXT, str(names[0])).render(translate) if names[0] else "",
        parent2_name=Text(SAMPLES_CONTEXT, str(names[1])).render(translate) if names[1] else "",
    )
    return SampleFamily(sample_id, Text(SAMPLES_CONTEXT, label), Text(SAMPLES_CONTEXT, description), family)
