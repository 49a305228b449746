"""The local directory of places (Maison des 1000 premiers jours, PMI, maternity ...): validation and the JSON file
staff use to copy a directory from one computer to another.

File format (version 1), UTF-8 JSON, documented in docs/CONTENT.md:

    {
      "format": "parcours-1000-jours/annuaire",
      "version": 1,
      "places": [
        {"kind": "maison-1000-jours", "name": "…", "address": "…", "phone": "…", "opening_hours": "…",
         "email": "", "website": "", "note": "",
         "services": [{"component": "prevention-health", "service": "Consultations PMI"}]}
      ]
    }

`kind` is a `PlaceKind` value and `component` a `MaisonComponent` value. Ids are not exported: they belong to the
computer's own database. Reading a file validates all of it before anything changes; a bad file raises InputError
naming the place and the field, and the caller keeps the old directory (`FamilyStore.replace_places` is
transactional and is only called with a fully valid list).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from .errors import InputError
from .model import MaisonComponent, Place, PlaceKind
from .text import Text, Translate, identity_translate, tr_noop

TRANSLATION_CONTEXT = "directory"

# The name of each kind of place, as the directory page, its form and the PDF plan show it (one declaration).
PLACE_KIND_LABELS: dict[PlaceKind, str] = {
    PlaceKind.MAISON_1000_JOURS: tr_noop(TRANSLATION_CONTEXT, "Maison des 1000 premiers jours"),
    PlaceKind.PMI: tr_noop(TRANSLATION_CONTEXT, "Centre de PMI"),
    PlaceKind.MATERNITY: tr_noop(TRANSLATION_CONTEXT, "Maternité"),
    PlaceKind.CAF: tr_noop(TRANSLATION_CONTEXT, "Caf"),
    PlaceKind.CPAM: tr_noop(TRANSLATION_CONTEXT, "CPAM (Assurance Maladie)"),
    PlaceKind.RELAIS_PETITE_ENFANCE: tr_noop(TRANSLATION_CONTEXT, "Relais Petite Enfance"),
    PlaceKind.LAEP: tr_noop(TRANSLATION_CONTEXT, "Lieu d'accueil enfants-parents (LAEP)"),
    PlaceKind.MIDWIFE: tr_noop(TRANSLATION_CONTEXT, "Sage-femme"),
    PlaceKind.PAEDIATRICIAN: tr_noop(TRANSLATION_CONTEXT, "Pédiatre"),
    PlaceKind.OTHER: tr_noop(TRANSLATION_CONTEXT, "Autre lieu"),
}


def place_kind_label(kind: PlaceKind) -> Text:
    """The translatable name of a kind of place."""
    return Text(TRANSLATION_CONTEXT, PLACE_KIND_LABELS[kind])


FILE_FORMAT = "parcours-1000-jours/annuaire"
FILE_VERSION = 1
FILE_SUFFIX = ".json"

MAX_FILE_BYTES = 2_000_000  # a directory of a few hundred places is a few hundred kB
MAX_PLACES = 500
MAX_SERVICES = 60
MAX_SHORT = 200  # name, phone, email, one service
MAX_LONG = 2000  # address, opening hours, note, website

_PHONE = re.compile(r"^[0-9+().\-/ \u00a0]{2,40}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PLACE_KEYS = frozenset({"kind", "name", "address", "phone", "opening_hours", "email", "website", "note", "services"})
_TEXT_FIELDS = ("address", "phone", "opening_hours", "email", "website", "note")


class PlaceRepository(Protocol):
    """The part of `storage.store.FamilyStore` the directory uses."""

    def places(self) -> list[Place]: ...

    def save_place(self, place: Place) -> Place: ...

    def delete_place(self, place_id: int) -> None: ...

    def replace_places(self, places: list[Place]) -> None: ...


# --- Validation ------------------------------------------------------------------------------------------


def validate_place(place: Place, position: int | None = None) -> Place:
    """The place with its text trimmed, or InputError saying which field to fix.

    `position` (1-based) names the place in a file being imported; None for the edit form.
    """
    name = place.name.strip()
    if not name:
        raise _place_error(position, Text(TRANSLATION_CONTEXT, "le nom est obligatoire."))
    if len(name) > MAX_SHORT:
        raise _place_error(
            position, Text(TRANSLATION_CONTEXT, "le nom est trop long (%1 caractères au plus).", (str(MAX_SHORT),))
        )
    cleaned = {field_name: str(getattr(place, field_name)).strip() for field_name in _TEXT_FIELDS}
    for field_name, value in cleaned.items():
        limit = MAX_SHORT if field_name in ("phone", "email") else MAX_LONG
        if len(value) > limit:
            raise _place_error(
                position,
                Text(
                    TRANSLATION_CONTEXT,
                    "le champ « %1 » est trop long (%2 caractères au plus).",
                    (field_name, str(limit)),
                ),
            )
    if cleaned["phone"] and not _PHONE.match(cleaned["phone"]):
        raise _place_error(
            position,
            Text(
                TRANSLATION_CONTEXT,
                "le téléphone « %1 » ne contient pas que des chiffres, espaces, + ou points.",
                (cleaned["phone"],),
            ),
        )
    if cleaned["email"] and not _EMAIL.match(cleaned["email"]):
        raise _place_error(
            position, Text(TRANSLATION_CONTEXT, "l'adresse e-mail « %1 » n'est pas valide.", (cleaned["email"],))
        )
    website = cleaned["website"]
    if website and (not website.startswith(("https://", "http://")) or " " in website or len(website) < 12):
        raise _place_error(
            position,
            Text(TRANSLATION_CONTEXT, "le site « %1 » doit être une adresse web complète (https://…).", (website,)),
        )
    services: list[tuple[MaisonComponent, str]] = []
    for component, service in place.services:
        text = service.strip()
        if not text:
            continue
        if len(text) > MAX_SHORT:
            raise _place_error(
                position,
                Text(TRANSLATION_CONTEXT, "un service est trop long (%1 caractères au plus).", (str(MAX_SHORT),)),
            )
        services.append((MaisonComponent(component), text))
    if services and place.kind is not PlaceKind.MAISON_1000_JOURS:
        raise _place_error(
            position,
            Text(
                TRANSLATION_CONTEXT, "seule une Maison des 1000 premiers jours a des services classés par composante."
            ),
        )
    if len(services) > MAX_SERVICES:
        raise _place_error(position, Text(TRANSLATION_CONTEXT, "trop de services (%1 au plus).", (str(MAX_SERVICES),)))
    return replace(
        place,
        name=name,
        services=tuple(services),
        address=cleaned["address"],
        phone=cleaned["phone"],
        opening_hours=cleaned["opening_hours"],
        email=cleaned["email"],
        website=cleaned["website"],
        note=cleaned["note"],
    )


def services_by_component(place: Place) -> dict[MaisonComponent, list[str]]:
    """A Maison's services grouped by the five components, in the framework's order (empty components kept)."""
    grouped: dict[MaisonComponent, list[str]] = {component: [] for component in MaisonComponent}
    for component, service in place.services:
        grouped[component].append(service)
    return grouped


def sorted_places(places: Iterable[Place]) -> list[Place]:
    """For reading: the Maison first, then the kinds in the order of `PlaceKind`, then by name."""
    order = {kind: index for index, kind in enumerate(PlaceKind)}
    return sorted(places, key=lambda place: (order[place.kind], place.name.casefold()))


def maison_of(places: Iterable[Place]) -> Place | None:
    """The Maison des 1000 premiers jours of a directory (the first one), for the reception mode's own page."""
    return next((place for place in places if place.kind is PlaceKind.MAISON_1000_JOURS), None)


# --- JSON import and export ----------------------------------------------------------------------------


def dump_directory(places: Sequence[Place]) -> str:
    """The directory as the versioned JSON text (ids left out: they belong to this computer's database)."""
    document = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "places": [_place_to_json(validate_place(place, index)) for index, place in enumerate(places, start=1)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def parse_directory(text: str) -> list[Place]:
    """Every place of a directory file, validated, or InputError naming the first problem."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            Text(
                TRANSLATION_CONTEXT,
                "Ce fichier n'est pas un annuaire lisible (JSON invalide ligne %1, colonne %2).",
                (str(error.lineno), str(error.colno)),
            )
        ) from error
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise InputError(Text(TRANSLATION_CONTEXT, "Ce fichier n'est pas un annuaire exporté par Parcours 1000 jours."))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(Text(TRANSLATION_CONTEXT, "La version du fichier d'annuaire est absente ou illisible."))
    if version > FILE_VERSION:
        raise InputError(
            Text(
                TRANSLATION_CONTEXT,
                "Ce fichier d'annuaire vient d'une version plus récente de l'application (format %1) : "
                "mettez-la à jour.",
                (str(version),),
            )
        )
    raw_places = document.get("places")
    if not isinstance(raw_places, list):
        raise InputError(Text(TRANSLATION_CONTEXT, "Le fichier d'annuaire ne contient pas de liste « places »."))
    if len(raw_places) > MAX_PLACES:
        raise InputError(
            Text(TRANSLATION_CONTEXT, "Le fichier contient trop de lieux (%1 au plus).", (str(MAX_PLACES),))
        )
    return [_place_from_json(raw, index) for index, raw in enumerate(raw_places, start=1)]


def read_directory_file(path: Path) -> list[Place]:
    """Read and validate a directory file. Nothing is changed anywhere: the caller decides what to replace."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                Text(TRANSLATION_CONTEXT, "Le fichier %1 est trop gros pour être un annuaire.", (path.name,))
            )
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(
            Text(
                TRANSLATION_CONTEXT, "Le fichier %1 n'a pas pu être lu (%2).", (path.name, error.strerror or str(error))
            )
        ) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            Text(
                TRANSLATION_CONTEXT, "Le fichier %1 n'est pas un texte UTF-8 : ce n'est pas un annuaire.", (path.name,)
            )
        ) from error
    return parse_directory(text)


def write_directory_file(places: Sequence[Place], path: Path) -> None:
    """Write the directory atomically: a failure leaves any existing file as it was."""
    text = dump_directory(places)
    folder = path.parent
    descriptor, temporary = tempfile.mkstemp(prefix=".annuaire-", suffix=FILE_SUFFIX, dir=folder)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).replace(path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(
            Text(
                TRANSLATION_CONTEXT,
                "L'annuaire n'a pas pu être enregistré dans %1 (%2).",
                (str(path), error.strerror or str(error)),
            )
        ) from error


def import_directory(repository: PlaceRepository, path: Path) -> list[Place]:
    """Replace the whole directory with a file's places. A bad file raises InputError and changes nothing."""
    places = read_directory_file(path)
    repository.replace_places(places)
    return repository.places()


def export_directory(repository: PlaceRepository, path: Path) -> int:
    """Write the repository's directory to `path`; returns the number of places written."""
    places = repository.places()
    write_directory_file(places, path)
    return len(places)


def _place_to_json(place: Place) -> dict[str, Any]:
    return {
        "kind": place.kind.value,
        "name": place.name,
        "address": place.address,
        "phone": place.phone,
        "opening_hours": place.opening_hours,
        "email": place.email,
        "website": place.website,
        "note": place.note,
        "services": [{"component": component.value, "service": service} for component, service in place.services],
    }


def _place_from_json(raw: object, position: int) -> Place:
    if not isinstance(raw, Mapping):
        raise _place_error(position, Text(TRANSLATION_CONTEXT, "ce n'est pas une fiche de lieu."))
    unknown = set(raw) - _PLACE_KEYS
    if unknown:
        raise _place_error(
            position, Text(TRANSLATION_CONTEXT, "champ inconnu « %1 ».", (", ".join(sorted(map(str, unknown))),))
        )
    kind_value = raw.get("kind")
    try:
        kind = PlaceKind(str(kind_value))
    except ValueError:
        raise _place_error(
            position, Text(TRANSLATION_CONTEXT, "le type de lieu « %1 » est inconnu.", (str(kind_value),))
        ) from None
    values: dict[str, str] = {}
    for field_name in ("name", *_TEXT_FIELDS):
        value = raw.get(field_name, "")
        if not isinstance(value, str):
            raise _place_error(
                position, Text(TRANSLATION_CONTEXT, "le champ « %1 » doit être un texte.", (field_name,))
            )
        values[field_name] = value
    raw_services = raw.get("services", [])
    if not isinstance(raw_services, list):
        raise _place_error(position, Text(TRANSLATION_CONTEXT, "« services » doit être une liste."))
    services = tuple(_service_from_json(service, position) for service in raw_services)
    place = Place(
        id=None,
        kind=kind,
        name=values["name"],
        address=values["address"],
        phone=values["phone"],
        opening_hours=values["opening_hours"],
        email=values["email"],
        website=values["website"],
        note=values["note"],
        services=services,
    )
    return validate_place(place, position)


def _service_from_json(raw: object, position: int) -> tuple[MaisonComponent, str]:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("service"), str):
        raise _place_error(
            position, Text(TRANSLATION_CONTEXT, "chaque service a une « component » et un texte « service ».")
        )
    try:
        component = MaisonComponent(str(raw.get("component")))
    except ValueError:
        raise _place_error(
            position,
            Text(TRANSLATION_CONTEXT, "la composante « %1 » n'existe pas.", (str(raw.get("component")),)),
        ) from None
    return component, str(raw["service"])


class PlaceError(InputError):
    """A place that cannot be kept, with its position in an imported file (None in the edit form).

    The problem and the sentence around it are translated separately, so both reach the person's language.
    """

    def __init__(self, position: int | None, problem: Text) -> None:
        self.position = position
        self.problem = problem
        super().__init__(self._sentence(identity_translate))

    def _sentence(self, translate: Translate) -> Text:
        detail = self.problem.render(translate)
        if self.position is None:
            return Text(TRANSLATION_CONTEXT, "Fiche du lieu : %1", (detail,))
        return Text(TRANSLATION_CONTEXT, "Lieu n° %1 du fichier : %2", (str(self.position), detail))

    def render(self, translate: Translate = identity_translate) -> str:
        return self._sentence(translate).render(translate)


def _place_error(position: int | None, problem: Text) -> PlaceError:
    return PlaceError(position, problem)
