"""The directory file: validation, JSON export and import, and "a bad file changes nothing" on a real SQLite store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from parcours_app.core.directory import (
    FILE_FORMAT,
    MAX_PLACES,
    PlaceError,
    dump_directory,
    export_directory,
    import_directory,
    maison_of,
    parse_directory,
    read_directory_file,
    services_by_component,
    validate_place,
    write_directory_file,
)
from parcours_app.core.errors import InputError
from parcours_app.core.model import MaisonComponent, Place, PlaceKind
from parcours_app.resources import resource_path
from parcours_app.storage import open_memory_store, open_store
from parcours_app.storage.sqlite_store import SqliteStore

SAMPLE = resource_path("samples", "annuaire-exemple.json")

MAISON = Place(
    id=None,
    kind=PlaceKind.MAISON_1000_JOURS,
    name="  Maison des 1000 premiers jours de Test  ",
    address="2 rue du Test, 00000 Testville",
    phone="01 99 00 00 01",
    opening_hours="Lundi-vendredi 9 h - 17 h",
    services=(
        (MaisonComponent.PREVENTION_HEALTH, "Consultations PMI"),
        (MaisonComponent.SOCIALISATION_CULTURE, "Lectures bébés"),
        (MaisonComponent.PREVENTION_HEALTH, "  Pesée  "),
    ),
)
PMI = Place(id=None, kind=PlaceKind.PMI, name="PMI Test", phone="+33 1 99 00 00 02")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def _without_ids(places: list[Place]) -> list[Place]:
    return [Place(**{**{f: getattr(p, f) for f in Place.__slots__}, "id": None}) for p in places]


def test_validation_trims_and_keeps_component_order() -> None:
    place = validate_place(MAISON)
    assert place.name == "Maison des 1000 premiers jours de Test"
    grouped = services_by_component(place)
    assert list(grouped) == list(MaisonComponent)  # the five components, in the framework's order
    assert grouped[MaisonComponent.PREVENTION_HEALTH] == ["Consultations PMI", "Pesée"]
    assert grouped[MaisonComponent.PARENTING_SUPPORT] == []


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        (Place(id=None, kind=PlaceKind.PMI, name="   "), "le nom est obligatoire"),
        (Place(id=None, kind=PlaceKind.PMI, name="PMI", phone="appelez-nous"), "téléphone « appelez-nous »"),
        (Place(id=None, kind=PlaceKind.PMI, name="PMI", email="pas-une-adresse"), "e-mail"),
        (Place(id=None, kind=PlaceKind.PMI, name="PMI", website="javascript:alert(1)"), "https://"),
        (
            Place(id=None, kind=PlaceKind.CAF, name="Caf", services=((MaisonComponent.PREVENTION_HEALTH, "PMI"),)),
            "seule une Maison",
        ),
    ],
)
def test_invalid_places_say_what_to_fix(place: Place, expected: str) -> None:
    with pytest.raises(PlaceError) as raised:
        validate_place(place)
    assert expected in raised.value.render()
    assert raised.value.render().startswith("Fiche du lieu : ")


def test_place_error_translates_the_sentence_and_the_problem() -> None:
    english = {"Lieu n° %1 du fichier : %2": "Place %1 of the file: %2", "le nom est obligatoire.": "a name is needed."}
    with pytest.raises(InputError) as raised:
        parse_directory(json.dumps({"format": FILE_FORMAT, "version": 1, "places": [{"kind": "pmi", "name": ""}]}))
    assert (
        raised.value.render(lambda _context, source: english.get(source, source))
        == "Place 1 of the file: a name is needed."
    )


def test_export_then_import_gives_the_same_directory(store: SqliteStore, tmp_path: Path) -> None:
    store.replace_places([validate_place(MAISON), PMI])
    target = tmp_path / "annuaire.json"
    assert export_directory(store, target) == 2
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == FILE_FORMAT and document["version"] == 1
    assert "id" not in document["places"][0]  # ids belong to this computer's database
    assert document["places"][0]["services"][0] == {"component": "prevention-health", "service": "Consultations PMI"}

    other = open_memory_store()
    imported = import_directory(other, target)
    assert _without_ids(imported) == _without_ids(store.places())
    other.close()


def test_the_fictional_sample_directory_is_valid_and_has_a_maison() -> None:
    places = read_directory_file(SAMPLE)
    maison = maison_of(places)
    assert maison is not None and "fictif" in maison.name
    assert all("fictif" in place.name or "fictive" in place.address for place in places)
    assert {component for component, _ in maison.services} == set(MaisonComponent)  # all five components shown


BAD_FILES = {
    "not-json": (b"{ this is not json", "JSON invalide ligne 1"),
    "not-utf8": ("é".encode("latin-1") * 10, "UTF-8"),
    "other-format": (json.dumps({"format": "autre", "version": 1, "places": []}).encode(), "pas un annuaire exporté"),
    "newer": (json.dumps({"format": FILE_FORMAT, "version": 99, "places": []}).encode(), "plus récente"),
    "no-places": (json.dumps({"format": FILE_FORMAT, "version": 1}).encode(), "liste « places »"),
    "unknown-kind": (
        json.dumps(
            {
                "format": FILE_FORMAT,
                "version": 1,
                "places": [{"kind": "pmi", "name": "A"}, {"kind": "zoo", "name": "B"}],
            }
        ).encode(),
        "Lieu n° 2 du fichier : le type de lieu « zoo » est inconnu.",
    ),
    "bad-component": (
        json.dumps(
            {
                "format": FILE_FORMAT,
                "version": 1,
                "places": [
                    {"kind": "maison-1000-jours", "name": "M", "services": [{"component": "cinema", "service": "x"}]}
                ],
            }
        ).encode(),
        "la composante « cinema » n'existe pas",
    ),
    "number-as-name": (
        json.dumps({"format": FILE_FORMAT, "version": 1, "places": [{"kind": "pmi", "name": 12}]}).encode(),
        "le champ « name » doit être un texte",
    ),
    "unknown-field": (
        json.dumps(
            {"format": FILE_FORMAT, "version": 1, "places": [{"kind": "pmi", "name": "A", "gps": "1,2"}]}
        ).encode(),
        "champ inconnu « gps »",
    ),
    "too-many": (
        json.dumps(
            {"format": FILE_FORMAT, "version": 1, "places": [{"kind": "pmi", "name": "A"}] * (MAX_PLACES + 1)}
        ).encode(),
        "trop de lieux",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_and_the_old_directory_is_kept(store: SqliteStore, tmp_path: Path, case: str) -> None:
    store.replace_places([validate_place(MAISON), PMI])
    before = store.places()
    content, expected = BAD_FILES[case]
    bad = tmp_path / f"{case}.json"
    bad.write_bytes(content)
    with pytest.raises(InputError) as raised:
        import_directory(store, bad)
    assert expected in raised.value.render()
    assert store.places() == before


def test_a_missing_file_says_so(store: SqliteStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="n'a pas pu être lu"):
        import_directory(store, tmp_path / "absent.json")


def test_writing_is_atomic_and_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "annuaire.json"
    write_directory_file([PMI], target)
    assert target.stat().st_mode & 0o777 == 0o600  # owner-only like every file written for the person (issue 13)
    before = target.read_bytes()
    with pytest.raises(PlaceError):
        write_directory_file([Place(id=None, kind=PlaceKind.PMI, name="")], target)  # invalid: nothing written
    assert target.read_bytes() == before
    assert [p.name for p in parse_directory(dump_directory([PMI]))] == ["PMI Test"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["annuaire.json"]  # no temporary left behind
