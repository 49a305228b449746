"""core.family_edit: keys follow the convention of core.model (docs/RULES.md "Stable event ids")."""

from __future__ import annotations

import datetime as dt

from parcours_app.core.family_edit import (
    add_child,
    add_pregnancy,
    current_pregnancy,
    next_key,
    record_birth,
    replace_pregnancy,
)
from parcours_app.core.model import Family, Pregnancy

D = dt.date


def test_keys_start_empty_then_number_from_two() -> None:
    assert next_key("child", set()) == ""
    assert next_key("child", {""}) == "child2"
    assert next_key("child", {"", "child2"}) == "child3"


def test_birth_of_twins_adds_two_children_once() -> None:
    family = Family(pregnancies=(Pregnancy(due=D(2027, 3, 12), multiple=2),))
    born = record_birth(family, "", D(2027, 2, 20), names=("Léa", "Hugo"))
    assert [(c.key, c.name, c.birth, c.pregnancy_key) for c in born.children] == [
        ("", "Léa", D(2027, 2, 20), ""),
        ("child2", "Hugo", D(2027, 2, 20), ""),
    ]
    assert born.pregnancies[0].birth == D(2027, 2, 20)
    assert current_pregnancy(born) is None
    corrected = record_birth(born, "", D(2027, 2, 21))
    assert [(c.key, c.name, c.birth) for c in corrected.children] == [
        ("", "Léa", D(2027, 2, 21)),
        ("child2", "Hugo", D(2027, 2, 21)),
    ]


def test_child_at_home_then_new_pregnancy_keep_earlier_keys() -> None:
    family = add_child(Family(), D(2024, 5, 2), "Léa")
    family = add_pregnancy(family, Pregnancy(key="ignored", ddr=D(2026, 9, 1)))
    family = add_pregnancy(family, Pregnancy(ddr=D(2028, 9, 1)))
    assert [p.key for p in family.pregnancies] == ["", "pregnancy2"]
    assert current_pregnancy(family) == family.pregnancies[1]
    family = record_birth(family, "", D(2027, 6, 1))
    assert [c.key for c in family.children] == ["", "child2"]
    moved = replace_pregnancy(family, Pregnancy(key="pregnancy2", due=D(2029, 6, 1)))
    assert moved.pregnancies[1].due == D(2029, 6, 1) and moved.pregnancies[0].birth == D(2027, 6, 1)
