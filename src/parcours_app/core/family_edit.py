"""Changes a family goes through: a birth, another child, a new pregnancy. Pure functions on `Family`.

They follow the key convention of core.model: the first pregnancy and the first child have the empty key,
later ones get "pregnancy2", "child2"... given once and never recomputed, so event ids (and therefore the
person's marks and appointments) stay attached when the family grows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from .model import Child, Family, Pregnancy


def next_key(prefix: str, existing: set[str]) -> str:
    """'' for the first one, then prefix2, prefix3... skipping any key already used."""
    if "" not in existing:
        return ""
    number = 2
    while f"{prefix}{number}" in existing:
        number += 1
    return f"{prefix}{number}"


def current_pregnancy(family: Family) -> Pregnancy | None:
    """The pregnancy still ongoing (no birth yet), the latest one if several were typed."""
    ongoing = [p for p in family.pregnancies if p.birth is None]
    return ongoing[-1] if ongoing else None


def replace_pregnancy(family: Family, pregnancy: Pregnancy) -> Family:
    """Put `pregnancy` in place of the one with the same key (correcting its dates keeps its key and ids)."""
    pregnancies = tuple(pregnancy if p.key == pregnancy.key else p for p in family.pregnancies)
    return dataclasses.replace(family, pregnancies=pregnancies)


def add_pregnancy(family: Family, pregnancy: Pregnancy) -> Family:
    """Add a new pregnancy; its key is chosen here (the one given is ignored)."""
    key = next_key("pregnancy", {p.key for p in family.pregnancies})
    return dataclasses.replace(family, pregnancies=(*family.pregnancies, dataclasses.replace(pregnancy, key=key)))


def add_child(family: Family, birth: dt.date, name: str = "", premature: bool = False) -> Family:
    """A child already born that the app did not follow as a pregnancy (already at home, or adopted)."""
    key = next_key("child", {c.key for c in family.children})
    child = Child(key=key, birth=birth, name=name.strip(), premature=premature)
    return dataclasses.replace(family, children=(*family.children, child))


def record_birth(
    family: Family,
    pregnancy_key: str,
    birth: dt.date,
    names: tuple[str, ...] = (),
    premature: bool = False,
) -> Family:
    """The baby (or babies) of a followed pregnancy are born: set the real birth date and add the children.

    Entering the birth again (a typo corrected) updates the same children instead of adding new ones.
    """
    pregnancy = next(p for p in family.pregnancies if p.key == pregnancy_key)
    family = replace_pregnancy(family, dataclasses.replace(pregnancy, birth=birth))
    already = [c for c in family.children if c.pregnancy_key == pregnancy_key]
    children = list(family.children)
    for index in range(max(pregnancy.multiple, 1)):
        name = names[index].strip() if index < len(names) else ""
        if index < len(already):
            updated = dataclasses.replace(
                already[index], birth=birth, premature=premature, name=name or already[index].name
            )
            children[children.index(already[index])] = updated
        else:
            key = next_key("child", {c.key for c in children})
            children.append(Child(key=key, birth=birth, name=name, pregnancy_key=pregnancy_key, premature=premature))
    return dataclasses.replace(family, children=tuple(children))


def stamp_usage(previous: Family | None, family: Family, today: dt.date) -> Family:
    """Record when the family started using the app and when each pregnancy and child was added (issue 16).

    The family's start is kept once known (`today` the first time it is saved or opened without one). A pregnancy
    or child not in `previous` is new today; one already there keeps its day. A birth recorded today makes the
    newborn(s) new today, so the past steps of the pregnancy are asked about once, never shown as late.
    """
    started = family.started_on or (previous.started_on if previous is not None else None) or today
    # the pregnancies and children of a family saved for the first time came with it: they start when it does
    new_day = started if previous is None else today
    old_pregnancies = {p.key: p for p in previous.pregnancies} if previous is not None else {}
    old_children = {c.key: c for c in previous.children} if previous is not None else {}
    pregnancies = tuple(
        p
        if p.added_on is not None
        else dataclasses.replace(p, added_on=old.added_on if (old := old_pregnancies.get(p.key)) else new_day)
        for p in family.pregnancies
    )
    children = tuple(
        c
        if c.added_on is not None
        else dataclasses.replace(c, added_on=was.added_on if (was := old_children.get(c.key)) else new_day)
        for c in family.children
    )
    return dataclasses.replace(family, started_on=started, pregnancies=pregnancies, children=children)
