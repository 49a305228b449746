"""Issue 17 (reception point 6): a directory may carry its own English and Arabic texts for a place and its services.

The file format (docs/CONTENT.md): version 2 adds the optional "translations"; version 1 files stay valid; every
value is validated like the French texts; what a visitor sees falls back to French text by text. The texts survive the
app's database (schema revision 0004) and its data export (format 4).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from parcours_app.core.directory import (
    MAX_SHORT,
    dump_directory,
    localized_place,
    parse_directory,
    read_directory_file,
    validate_place,
)
from parcours_app.core.errors import InputError
from parcours_app.core.model import MaisonComponent, Place, PlaceKind, PlaceTranslation
from parcours_app.resources import resource_path
from parcours_app.storage import open_memory_store, open_store
from parcours_app.storage.errors import ImportFileError
from parcours_app.storage.transfer import contents_to_document, document_to_contents

DOCUMENT: dict[str, Any] = {
    "format": "parcours-1000-jours/annuaire",
    "version": 2,
    "places": [
        {
            "kind": "maison-1000-jours",
            "name": "Maison des 1000 premiers jours de Testville",
            "opening_hours": "Lundi, 9 h – 12 h",
            "note": "Entrée par la cour",
            "translations": {
                "en": {"name": "Testville First 1000 Days House", "note": "Entrance through the courtyard"},
                "ar": {"name": "بيت الألف يوم الأولى في تستفيل"},
            },
            "services": [
                {
                    "component": "parenting-support",
                    "service": "Café des parents",
                    "translations": {"en": "Parents' café", "ar": "مقهى الآباء"},
                },
                {"component": "prevention-health", "service": "Pesée du bébé"},
            ],
        },
        {"kind": "pmi", "name": "PMI du Centre"},
    ],
}


def _parse(document: dict[str, Any]) -> list[Place]:
    return parse_directory(json.dumps(document, ensure_ascii=False))


def test_a_version_2_file_carries_english_and_arabic_texts_and_french_fills_the_gaps() -> None:
    maison, pmi = _parse(DOCUMENT)
    english, arabic, french = (localized_place(maison, code) for code in ("en", "ar", "fr"))
    assert english.name == "Testville First 1000 Days House"
    assert english.note == "Entrance through the courtyard"
    assert english.opening_hours == "Lundi, 9 h – 12 h"  # none in English: the French hours
    assert english.services == (
        (MaisonComponent.PARENTING_SUPPORT, "Parents' café"),
        (MaisonComponent.PREVENTION_HEALTH, "Pesée du bébé"),  # none in English: French
    )
    assert arabic.name == "بيت الألف يوم الأولى في تستفيل" and arabic.note == "Entrée par la cour"
    assert arabic.services[0] == (MaisonComponent.PARENTING_SUPPORT, "مقهى الآباء")
    assert french == maison  # French is the reference: nothing replaced
    assert localized_place(pmi, "en") == pmi and pmi.translations == ()
    assert maison.address == english.address == arabic.address  # never translated


def test_the_file_round_trips_and_is_version_1_without_translations() -> None:
    places = _parse(DOCUMENT)
    written = json.loads(dump_directory(places))
    assert written["version"] == 2
    assert written["places"][0]["translations"] == DOCUMENT["places"][0]["translations"]
    assert written["places"][0]["services"][0]["translations"] == {"en": "Parents' café", "ar": "مقهى الآباء"}
    assert "translations" not in written["places"][0]["services"][1] and "translations" not in written["places"][1]
    assert parse_directory(dump_directory(places)) == places
    plain = [Place(id=None, kind=PlaceKind.PMI, name="PMI du Centre")]
    assert json.loads(dump_directory(plain))["version"] == 1  # older copies of the app keep reading it


def test_version_1_files_stay_valid_but_cannot_carry_translations() -> None:
    sample = json.loads(resource_path("samples", "annuaire-exemple.json").read_text(encoding="utf-8"))
    without = copy.deepcopy(DOCUMENT)
    without["version"] = 1
    for place in without["places"]:
        place.pop("translations", None)
        for service in place.get("services", []):
            service.pop("translations", None)
    assert [place.name for place in _parse(without)] == ["Maison des 1000 premiers jours de Testville", "PMI du Centre"]
    old = copy.deepcopy(DOCUMENT)
    old["version"] = 1
    with pytest.raises(InputError, match="champ inconnu « translations »"):
        _parse(old)
    assert sample["version"] == 2  # the shipped sample carries English and Arabic texts


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["places"][0]["translations"].update(de={"name": "Haus"}), "la langue « de » n'est pas proposée"),
        (lambda d: d["places"][0]["translations"]["en"].update(name=["a"]), "translations.en.name"),
        (lambda d: d["places"][0]["translations"]["en"].update(address="1 Main St"), "champ inconnu « address »"),
        (lambda d: d["places"][0]["translations"].update(en="Testville"), "translations.en"),
        (lambda d: d["places"][0].update(translations=["en"]), "doit être un objet par langue"),
        (lambda d: d["places"][0]["translations"]["en"].update(name="x" * (MAX_SHORT + 1)), "trop long"),
        (lambda d: d["places"][0]["services"][0]["translations"].update(ar=3), "services.translations.ar"),
        (lambda d: d["places"][0]["services"][0]["translations"].update(es="Café"), "« es » n'est pas proposée"),
        (lambda d: d["places"][0]["services"][0].update(extra="?"), "champ inconnu « extra »"),
    ],
)
def test_bad_translations_are_refused_naming_the_place(change: Any, problem: str) -> None:
    document = copy.deepcopy(DOCUMENT)
    change(document)
    with pytest.raises(InputError) as raised:
        _parse(document)
    assert problem in raised.value.render() and "Lieu n° 1" in raised.value.render()


def test_texts_are_trimmed_empty_ones_dropped_and_a_stale_service_text_is_not_kept() -> None:
    place = Place(
        id=None,
        kind=PlaceKind.MAISON_1000_JOURS,
        name="Maison",
        services=((MaisonComponent.PARENTING_SUPPORT, "Café des parents"),),
        translations=(
            PlaceTranslation(
                "en", name="  House  ", services=(("Café des parents", " Café "), ("Ancien atelier", "Old"))
            ),
            PlaceTranslation("ar", name="   "),
        ),
    )
    valid = validate_place(place)
    # the Arabic entry had nothing: dropped; the English service of a service the place no longer has: dropped
    assert valid.translations == (PlaceTranslation("en", name="House", services=(("Café des parents", "Café"),)),)


def test_the_texts_survive_the_database_and_the_data_export(tmp_path: Path) -> None:
    places = _parse(DOCUMENT)
    memory = open_memory_store()
    memory.replace_places(places)
    assert sorted(place.translations for place in memory.places()) == sorted(place.translations for place in places)
    memory.close()
    store = open_store(tmp_path / "data")
    store.replace_places(places)
    store.close()
    again = open_store(tmp_path / "data")
    maison = next(place for place in again.places() if place.kind is PlaceKind.MAISON_1000_JOURS)
    assert localized_place(maison, "en").name == "Testville First 1000 Days House"
    contents = again.contents()
    again.close()
    # the data export (format 4) writes them and reads them back; a hostile value in it is refused like in a file
    document = contents_to_document(contents, dt.datetime(2026, 11, 22, 10, 0))
    assert document["version"] == 4
    back = document_to_contents(json.loads(json.dumps(document)))
    assert sorted(place.translations for place in back.places) == sorted(place.translations for place in places)
    exported = next(place for place in document["places"] if place.get("translations"))
    exported["translations"] = json.dumps({"xx": {"name": "?"}})
    with pytest.raises(ImportFileError, match="translations"):
        document_to_contents(document)


def test_the_sample_directory_reads_in_english_and_arabic() -> None:
    maison = read_directory_file(resource_path("samples", "annuaire-exemple.json"))[0]
    assert localized_place(maison, "en").name == "Ville-Exemple First 1000 Days House (fictional place)"
    assert "(مكان خيالي)" in localized_place(maison, "ar").name
    english = localized_place(maison, "en").services
    assert len(english) == len(maison.services) == 9
    assert all(text != french for (_c, text), (_c2, french) in zip(english, maison.services, strict=True))
