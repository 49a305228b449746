"""The content catalog: loading, validation, search, stages and sample families.

Stage boundaries are worked by hand from design.md section 4 ("month k of pregnancy" = [DDG + (k-1) months,
DDG + k months - 1 day], "month k of life" likewise from the birth, dateutil clamping to the end of the month).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from parcours_app.core.content import (
    PRIORITY_IDS,
    REQUIRED_TOPIC_IDS,
    ContentCatalog,
    fold_for_search,
    load_content,
)
from parcours_app.core.errors import CatalogError
from parcours_app.core.model import Category, Child, Event, Family, Journey, PregnancyDates, Source
from parcours_app.core.official_domains import load_official_domains
from parcours_app.core.samples import load_sample_families
from parcours_app.core.stages import STAGE_IDS, child_stage_on, current_stages, family_stages, stage_on
from parcours_app.core.text import Text
from parcours_app.resources import resource_path

CONTENT = resource_path("content")


@pytest.fixture(scope="module")
def catalog() -> ContentCatalog:
    return load_content()


def _dates(conception: dt.date, due: dt.date, birth: dt.date | None = None) -> PregnancyDates:
    return PregnancyDates(
        ddr=conception - dt.timedelta(days=14), conception=conception, due=due, birth=birth, due_given=False
    )


# --- the catalog -----------------------------------------------------------------------------------------


def test_catalog_has_every_stage_topic_and_priority(catalog: ContentCatalog) -> None:
    assert tuple(stage.id for stage in catalog.stages) == STAGE_IDS
    assert {topic.id for topic in catalog.topics} >= REQUIRED_TOPIC_IDS
    assert tuple(priority.id for priority in catalog.priorities) == ("maisons", "ecrans", "second-parent")
    for stage in STAGE_IDS:
        assert catalog.select(stage=stage), stage
    for topic in REQUIRED_TOPIC_IDS:
        assert catalog.select(topics=[topic]), topic


def test_the_three_national_priorities_have_their_messages(catalog: ContentCatalog) -> None:
    assert {"demarches.maison-1000-jours"} <= {item.id for item in catalog.select(priority="maisons")}
    screens = {item.id for item in catalog.select(priority="ecrans")}
    assert {"ecrans.pas-avant-3-ans", "ecrans.parents"} <= screens  # parents' own screen use is named
    co_parents = catalog.select(priority="second-parent")
    texts = " ".join(fold_for_search(item.message.source) for item in co_parents)
    assert "conge" in texts and "questionnaire" in texts and "soins" in texts  # leave, own self-test, care
    assert PRIORITY_IDS == ("maisons", "ecrans", "second-parent")


def test_every_item_has_source_check_date_and_official_links(catalog: ContentCatalog) -> None:
    domains = load_official_domains()
    for item in catalog.items:
        assert item.source.title.strip(), item.id
        assert isinstance(item.source.checked, dt.date), item.id
        # Checked on or before the catalog's review date, and at most 12 months before it (a stale item fails).
        reviewed = dt.date.fromisoformat(catalog.version)
        assert reviewed - dt.timedelta(days=365) <= item.source.checked <= reviewed, item.id
        assert item.verified in ("reference", "editorial"), item.id
        assert domains.is_official(item.source.url), item.id
        assert item.links and all(domains.is_official(link.url) for link in item.links), item.id
        assert item.title.context == "content" and item.message.context == "content"


def test_search_ignores_accents_case_and_ligatures(catalog: ContentCatalog) -> None:
    screens = {item.id for item in catalog.select(topics=["ecrans"])}
    assert screens <= {item.id for item in catalog.search("ECRAN")}
    assert screens <= {item.id for item in catalog.search("écrans")}
    assert "securite.bebe-secoue" in {item.id for item in catalog.search("bebe SECOUE")}
    # "œufs" is written with the ligature in the message; people type "oeufs".
    assert "alimentation.grossesse" in {item.id for item in catalog.search("oeufs")}
    assert catalog.search("zzz-introuvable") == []
    # every word must match: "écran" alone finds more than "écran crèche"
    assert {item.id for item in catalog.search("écran crèche")} == {"ecrans.modes-accueil"}


def test_search_also_matches_the_translation(catalog: ContentCatalog) -> None:
    def english(context: str, source: str) -> str:
        return "Never shake a baby" if source == "Ne jamais secouer un bébé" else source

    found = catalog.select(query="shake", translate=english)
    assert [item.id for item in found] == ["securite.bebe-secoue"]


def test_current_stage_comes_first(catalog: ContentCatalog) -> None:
    ordered = catalog.select(current_stages=["enfant-2-3-ans"])
    first_other = next(index for index, item in enumerate(ordered) if "enfant-2-3-ans" not in item.stages)
    assert all("enfant-2-3-ans" not in item.stages for item in ordered[first_other:])
    assert len(ordered) == len(catalog.items)


def test_items_for_an_event_follow_its_topics(catalog: ContentCatalog) -> None:
    event = Event(
        id="parent2.paternity",
        rule_id="parent2.paternity",
        category=Category.LEAVE,
        start=dt.date(2026, 5, 1),
        end=dt.date(2026, 5, 4),
        title=Text("rules", "Congé de paternité"),
        explanation=Text("rules", "…"),
        mandatory=True,
        estimated=False,
        source=Source("Code du travail", "https://www.legifrance.gouv.fr/", dt.date(2026, 11, 22)),
        topics=("second-parent", "conges"),
    )
    items = catalog.items_for_event(event)
    assert items and {item.topic for item in items} == {"second-parent", "conges"}
    first_conges = next(index for index, item in enumerate(items) if item.topic == "conges")
    assert all(item.topic == "second-parent" for item in items[:first_conges])


# --- validation errors name the file and the entry ----------------------------------------------------------


def _copy_content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    return folder


def test_a_link_to_an_unofficial_site_is_refused_with_file_and_entry(tmp_path: Path) -> None:
    folder = _copy_content(tmp_path)
    file = folder / "items" / "sommeil.toml"
    file.write_text(
        file.read_text(encoding="utf-8").replace("https://www.1000-premiers-jours.fr/fr", "https://example.com/", 1),
        encoding="utf-8",
    )
    with pytest.raises(CatalogError) as raised:
        load_content(folder)
    message = raised.value.render()
    assert "items/sommeil.toml" in message and "sommeil.couchage" in message and "example.com" in message


def test_an_item_without_check_date_is_refused(tmp_path: Path) -> None:
    folder = _copy_content(tmp_path)
    file = folder / "items" / "eveil.toml"
    file.write_text(file.read_text(encoding="utf-8").replace("checked = 2026-11-22, ", "", 1), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"items/eveil.toml, entrée « eveil.parler-lire » : « source.checked »"):
        load_content(folder)


def test_a_missing_topic_is_refused(tmp_path: Path) -> None:
    folder = _copy_content(tmp_path)
    file = folder / "catalog.toml"
    file.write_text(file.read_text(encoding="utf-8").replace('id = "vaccins"', 'id = "vaccinations"'), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"catalog\.toml.*vaccins"):
        load_content(folder)


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    folder = _copy_content(tmp_path)
    (folder / "items" / "ecrans.toml").write_text("[[item]\nid = ", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"ecrans\.toml"):
        load_content(folder)


# --- official domains -------------------------------------------------------------------------------------


def test_official_domains_match_hosts_and_sub_domains_only() -> None:
    domains = load_official_domains()
    assert domains.is_official("https://www.ameli.fr/assure")
    assert domains.is_official("https://ameli.fr/")
    assert not domains.is_official("http://www.ameli.fr/")  # not https
    assert not domains.is_official("https://ameli.fr.example.com/")  # look-alike host
    assert not domains.is_official("https://notameli.fr/")
    assert not domains.is_official("https://user@ameli.fr/")
    assert domains.is_official("https://github.com/SocialGouv/1000jours")
    assert not domains.is_official("https://github.com/someone-else/1000jours")
    assert domains.is_official("https://www.legifrance.gouv.fr/codes")
    label = domains.site_label("https://www.service-public.fr/particuliers/vosdroits/F2266")
    assert label is not None and "Service-Public.fr" in label.source
    legifrance = domains.site_label("https://www.legifrance.gouv.fr/")
    assert legifrance is not None and "gouv.fr" in legifrance.source


# --- stages (design.md section 4) ---------------------------------------------------------------------------


def test_pregnancy_stages_follow_calendar_months_from_the_ddg() -> None:
    # DDG 16 March 2026: month 4 starts 16 June, month 7 starts 16 September, DPA = DDG + 9 months = 16 Dec.
    dates = _dates(dt.date(2026, 3, 16), dt.date(2026, 12, 16))
    assert stage_on(dt.date(2026, 3, 2), dates=dates) == "grossesse-1-3"  # the DDR itself
    assert stage_on(dt.date(2026, 3, 1), dates=dates) is None  # before the DDR
    assert stage_on(dt.date(2026, 6, 15), dates=dates) == "grossesse-1-3"
    assert stage_on(dt.date(2026, 6, 16), dates=dates) == "grossesse-4-6"
    assert stage_on(dt.date(2026, 9, 15), dates=dates) == "grossesse-4-6"
    assert stage_on(dt.date(2026, 9, 16), dates=dates) == "grossesse-7-9"
    assert stage_on(dt.date(2026, 12, 15), dates=dates) == "grossesse-7-9"
    assert stage_on(dt.date(2026, 12, 16), dates=dates) == "naissance"  # due date reached, no birth typed


def test_month_arithmetic_clamps_to_the_end_of_the_month() -> None:
    # DDG 30 November 2025 + 3 months = 28 February 2026 (2026 is not a leap year).
    dates = _dates(dt.date(2025, 11, 30), dt.date(2026, 8, 30))
    assert stage_on(dt.date(2026, 2, 27), dates=dates) == "grossesse-1-3"
    assert stage_on(dt.date(2026, 2, 28), dates=dates) == "grossesse-4-6"


def test_child_stages_follow_months_and_years_of_life() -> None:
    birth = dt.date(2026, 1, 31)
    assert child_stage_on(birth, dt.date(2026, 1, 30)) is None
    assert child_stage_on(birth, birth) == "naissance"
    assert child_stage_on(birth, dt.date(2026, 2, 13)) == "naissance"  # birth + 13 days
    assert child_stage_on(birth, dt.date(2026, 2, 14)) == "bebe-0-3-mois"
    assert child_stage_on(birth, dt.date(2026, 4, 29)) == "bebe-0-3-mois"
    assert child_stage_on(birth, dt.date(2026, 4, 30)) == "bebe-4-12-mois"  # 31 Jan + 3 months clamps to 30 Apr
    assert child_stage_on(birth, dt.date(2027, 1, 30)) == "bebe-4-12-mois"
    assert child_stage_on(birth, dt.date(2027, 1, 31)) == "enfant-1-2-ans"
    assert child_stage_on(birth, dt.date(2028, 1, 31)) == "enfant-2-3-ans"
    assert child_stage_on(birth, dt.date(2029, 1, 30)) == "enfant-2-3-ans"
    assert child_stage_on(birth, dt.date(2029, 1, 31)) is None  # 3rd birthday: past the catalog


def test_a_known_birth_wins_over_the_pregnancy_dates() -> None:
    dates = _dates(dt.date(2026, 3, 16), dt.date(2026, 12, 16), birth=dt.date(2026, 12, 1))
    assert stage_on(dt.date(2026, 12, 5), dates=dates) == "naissance"
    assert stage_on(dt.date(2027, 1, 5), dates=dates) == "bebe-0-3-mois"
    assert stage_on(dt.date(2027, 1, 5), birth=dt.date(2026, 1, 5)) == "enfant-1-2-ans"


def test_current_stages_put_the_pregnancy_first_then_the_youngest_child() -> None:
    today = dt.date(2026, 11, 22)
    family = Family(
        children=(
            Child(key="", birth=dt.date(2024, 6, 1)),  # 2 years 5 months
            Child(key="child2", birth=dt.date(2026, 2, 1), pregnancy_key=""),  # 9 months, born from the pregnancy ""
        )
    )
    journey = Journey(
        family=family,
        today=today,
        dates={
            "": _dates(dt.date(2025, 5, 1), dt.date(2026, 2, 1), birth=dt.date(2026, 2, 1)),
            "pregnancy2": _dates(dt.date(2026, 9, 1), dt.date(2027, 6, 1)),  # month 3
        },
        events=(),
    )
    assert current_stages(journey) == ("grossesse-1-3", "bebe-4-12-mois", "enfant-2-3-ans")


def test_sample_families_show_the_stage_their_label_says() -> None:
    today = dt.date(2026, 11, 22)
    expected = {  # worked by hand from each file entry's days
        "grossesse-2-mois": ("grossesse-1-3",),  # DDG 8 October 2026: month 2 runs 8 Nov - 7 Dec
        "grossesse-5-mois": ("grossesse-4-6",),  # DDG 10 July 2026: month 5 runs 10 Nov - 9 Dec
        "grossesse-8-mois": (
            "grossesse-7-9",
            "enfant-2-3-ans",
        ),  # DDG 11 April 2026: month 8 runs 11 Nov - 10 Dec; elder born 21 May 2024
        "bebe-10-jours": ("naissance",),
        "bebe-6-semaines": ("bebe-0-3-mois",),
        "bebe-7-mois": ("bebe-4-12-mois",),  # born 23 April 2026: month 8 of life
        "enfant-18-mois": ("enfant-1-2-ans",),
    }
    samples = load_sample_families(today)
    assert {sample.id: family_stages(sample.family, today) for sample in samples} == expected
    for sample in samples:
        assert "exemple" in sample.label.source.lower()  # clearly fictional
        names = [sample.family.parent1_name, sample.family.parent2_name, *(c.name for c in sample.family.children)]
        assert all(not name or "(exemple)" in name for name in names)
    # Dated relative to today: a year later they show the same stages.
    later = dt.date(2027, 11, 22)
    assert {s.id: family_stages(s.family, later) for s in load_sample_families(later)} == expected


def test_every_topic_named_by_the_rule_catalog_has_resources(catalog: ContentCatalog) -> None:
    """The contract with resources/rules: an event's `topics` must name content topics that have items."""
    from parcours_app.core.rules import load_catalog

    rules = load_catalog()
    named = {topic for rule in rules.rules for topic in rule.topics}
    assert named, "the rule catalog names no topic: events would link to no resource"
    topics = {topic.id for topic in catalog.topics}
    assert named <= topics, sorted(named - topics)
    for topic in named:
        assert catalog.items_for_topics([topic]), topic
