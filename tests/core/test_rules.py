"""The rule catalog loads, every entry is complete, and broken files fail with the file and the entry named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parcours_app.core.errors import CatalogError
from parcours_app.core.rules import COMPUTED, MAX_CHECK_AGE_DAYS, load_catalog, stale_rules

GOOD_RULE = """
[[rule]]
id = "test.rule"
category = "pregnancy"
scope = "pregnancy"
mandatory = true
start = {}
end = { months = 3, days = -1 }
title = "Titre"
explanation = "Explication"
source = { title = "Code", url = "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006072665/", checked = 2026-11-22 }
"""
HEADER = '[catalog]\nversion = "test"\ndate = 2026-11-22\n'


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_catalog_is_complete() -> None:
    catalog = load_catalog()
    assert catalog.version and catalog.date == dt.date(2026, 12, 3)
    assert len(catalog.rules) >= 60
    for rule in catalog.rules:
        assert rule.source.url.startswith("https://")
        assert rule.source.checked <= catalog.date, rule.id  # the release date is the last check
        assert rule.title.strip() and rule.explanation.strip()
        assert rule.compute is None or rule.compute in COMPUTED
    # Every computation named in code is used by the catalog, so none is dead.
    assert {rule.compute for rule in catalog.rules if rule.compute} == COMPUTED


def test_a_good_file_loads(tmp_path: Path) -> None:
    _write(tmp_path, "catalog.toml", HEADER)
    _write(tmp_path, "a.toml", GOOD_RULE)
    catalog = load_catalog(tmp_path)
    assert catalog["test.rule"].file == "a.toml"
    assert catalog.label() == "test (2026-11-22)"  # no French "du" in the English and Arabic PDF header


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (GOOD_RULE.replace('category = "pregnancy"', 'category = "nope"'), "test.rule"),
        (GOOD_RULE.replace('scope = "pregnancy"', 'scope = "elsewhere"'), "test.rule"),
        (GOOD_RULE.replace("mandatory = true", 'mandatory = "yes"'), "mandatory"),
        (GOOD_RULE.replace("end = { months = 3, days = -1 }", ""), "end"),
        (GOOD_RULE.replace("months = 3", 'months = "three"'), "end.months"),
        (GOOD_RULE.replace("months = 3", "fortnights = 3"), "fortnights"),
        (GOOD_RULE.replace("https://www.legifrance.gouv.fr", "http://www.legifrance.gouv.fr"), "source.url"),
        (GOOD_RULE.replace("https://www.legifrance.gouv.fr", "https://blog.example.com"), "source.url"),
        (GOOD_RULE.replace("checked = 2026-11-22", 'checked = "hier"'), "checked"),
        (GOOD_RULE.replace('title = "Titre"', 'title = ""'), "title"),
        (GOOD_RULE.replace('explanation = "Explication"\n', ""), "explanation"),
        (GOOD_RULE.replace('id = "test.rule"', 'id = "Test Rule"'), "n° 1"),
        (GOOD_RULE + 'colour = "blue"\n', "colour"),
        (GOOD_RULE.replace("start = {}", 'compute = "maternity_leave"\nstart = {}'), "compute"),
        (GOOD_RULE.replace("start = {}", 'compute = "astrology"'), "astrology"),
        (GOOD_RULE + GOOD_RULE, "déjà défini"),
        (GOOD_RULE.replace('scope = "pregnancy"', 'scope = "child"\nanchor = "conception"'), "naissance"),
        ("[[rule]\nid = ", "TOML invalide"),
    ],
)
def test_broken_entries_name_the_file_and_the_entry(tmp_path: Path, broken: str, expected: str) -> None:
    _write(tmp_path, "catalog.toml", HEADER)
    _write(tmp_path, "broken.toml", broken)
    with pytest.raises(CatalogError) as caught:
        load_catalog(tmp_path)
    message = caught.value.render()
    assert "broken.toml" in message
    assert expected in message


def test_header_problems(tmp_path: Path) -> None:
    _write(tmp_path / "none", "a.toml", GOOD_RULE)
    with pytest.raises(CatalogError, match=r"\[catalog\]"):
        load_catalog(tmp_path / "none")
    _write(tmp_path / "twice", "a.toml", HEADER + GOOD_RULE)
    _write(tmp_path / "twice", "b.toml", HEADER)
    with pytest.raises(CatalogError, match="plusieurs"):
        load_catalog(tmp_path / "twice")
    _write(tmp_path / "bad", "a.toml", '[catalog]\nversion = ""\ndate = 2026-11-22\n' + GOOD_RULE)
    with pytest.raises(CatalogError, match="version"):
        load_catalog(tmp_path / "bad")
    with pytest.raises(CatalogError, match="introuvable"):
        load_catalog(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CatalogError, match="Aucun"):
        load_catalog(tmp_path / "empty")


def test_a_single_file_catalog(tmp_path: Path) -> None:
    path = _write(tmp_path, "one.toml", HEADER + GOOD_RULE)
    assert [rule.id for rule in load_catalog(path).rules] == ["test.rule"]


def test_file_defaults_are_shared_and_an_entry_wins(tmp_path: Path) -> None:
    _write(tmp_path, "catalog.toml", HEADER)
    shared = '[defaults]\nwhom = "La PMI"\nmandatory = false\n'
    own = GOOD_RULE.replace('id = "test.rule"', 'id = "test.other"') + 'whom = "Le médecin"\n'
    _write(tmp_path, "a.toml", shared + GOOD_RULE.replace("mandatory = true\n", "") + own)
    catalog = load_catalog(tmp_path)
    assert (catalog["test.rule"].whom, catalog["test.rule"].mandatory) == ("La PMI", False)
    assert (catalog["test.other"].whom, catalog["test.other"].mandatory) == ("Le médecin", True)


@pytest.mark.parametrize("key", ['id = "shared.id"', 'title = "Un titre pour tous"', "start = {}"])
def test_defaults_cannot_give_what_is_proper_to_each_rule(tmp_path: Path, key: str) -> None:
    _write(tmp_path, "catalog.toml", HEADER)
    _write(tmp_path, "a.toml", f"[defaults]\n{key}\n" + GOOD_RULE)
    with pytest.raises(CatalogError, match=r"a\.toml.*\[defaults\]"):
        load_catalog(tmp_path)


def test_every_rule_says_whether_it_can_be_caught_up() -> None:
    """resources/rules/catch-up.toml covers the whole catalog (issue 16): a vaccine can be caught up, a prenatal exam
    only during the pregnancy, an ultrasound at a given SA not at all, the 100 % coverage is information."""
    catalog = load_catalog()
    assert {rule.catch_up for rule in catalog.rules} <= {"yes", "until-birth", "no", "information"}
    assert catalog["child.vaccine.2m"].catch_up == "yes"
    assert catalog["pregnancy.exam.4"].catch_up == "until-birth"
    assert catalog["pregnancy.ultrasound.1"].catch_up == "no"
    assert catalog["pregnancy.full_coverage"].catch_up == "information"
    assert catalog["milestone.1000days"].catch_up == "information"


def test_a_catch_up_table_must_cover_every_rule_and_only_rules(tmp_path: Path) -> None:
    _write(tmp_path, "catalog.toml", HEADER)
    _write(tmp_path, "a.toml", GOOD_RULE)
    _write(tmp_path, "catch-up.toml", '[catch_up]\n"test.other" = "yes"\n')
    with pytest.raises(CatalogError) as unknown:
        load_catalog(tmp_path)
    assert "test.other" in unknown.value.render()
    _write(tmp_path, "catch-up.toml", '[catch_up]\n"test.rule" = "perhaps"\n')
    with pytest.raises(CatalogError):
        load_catalog(tmp_path)
    _write(tmp_path, "catch-up.toml", '[catch_up]\n"test.rule" = "yes"\n')
    assert load_catalog(tmp_path)["test.rule"].catch_up == "yes"


def test_the_shipped_catalog_is_fresh() -> None:
    """No rule of the released catalog rests on a check older than 12 months at the catalog's release date, and
    the catalog names the day by which it must be reviewed again (docs/RULES.md section 10)."""
    catalog = load_catalog()
    assert stale_rules(catalog) == [], [rule.id for rule in stale_rules(catalog)]
    assert catalog.checked == catalog.date  # what the About dialog shows as "vérifiées le"
    assert catalog.review_by is not None
    assert catalog.date < catalog.review_by <= catalog.date + dt.timedelta(days=366)
    # No rule shows a parent a code repository or the root of a whole code as its source.
    for rule in catalog.rules:
        assert "github.com" not in rule.source.url, rule.id
        assert not rule.source.url.rstrip("/").endswith(("legifrance.gouv.fr", "LEGITEXT000006072050")), rule.id


def test_a_stale_rule_is_caught(tmp_path: Path) -> None:
    # Released 2026-11-22: a check on 2025-11-21 is 366 days old (too old); 2025-11-22 is exactly 365 (allowed).
    _write(tmp_path, "catalog.toml", HEADER)
    _write(tmp_path, "a.toml", GOOD_RULE.replace("checked = 2026-11-22", "checked = 2025-11-21"))
    assert MAX_CHECK_AGE_DAYS == 365
    assert [rule.id for rule in stale_rules(load_catalog(tmp_path))] == ["test.rule"]
    _write(tmp_path, "a.toml", GOOD_RULE.replace("checked = 2026-11-22", "checked = 2025-11-22"))
    assert stale_rules(load_catalog(tmp_path)) == []


@pytest.mark.parametrize(
    ("review_by", "loads"),
    [("2027-06-30", True), ("2027-11-23", True), ("2027-11-24", False), ("2026-11-22", False), ('"bientôt"', False)],
)
def test_review_by_date(tmp_path: Path, review_by: str, loads: bool) -> None:
    # At most 366 days after the release date (2026-11-22 + 366 = 2027-11-23), strictly after it.
    _write(tmp_path, "catalog.toml", HEADER + f"review_by = {review_by}\n")
    _write(tmp_path, "a.toml", GOOD_RULE)
    if loads:
        assert load_catalog(tmp_path).review_by == dt.date.fromisoformat(review_by)
    else:
        with pytest.raises(CatalogError, match="review_by"):
            load_catalog(tmp_path)
