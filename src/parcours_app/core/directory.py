"""The local directory of places (Maison des 1000 premiers jours, PMI, maternity ...): validation and the JSON file
staff use to copy a directory from one computer to another.

File format (version 2; version 1 is still read), UTF-8 JSON, documented in docs/CONTENT.md:

    {
      "format": "parcours-1000-jours/annuaire",
      "version": 2,
      "places": [
        {"kind": "maison-1000-jours", "name": "…", "address": "…", "phone": "…", "opening_hours": "…",
         "email": "", "website": "", "note": "",
         "translations": {"en": {"name": "…", "opening_hours": "…", "note": "…"}, "ar": {"name": "…"}},
         "services": [{"component": "prevention-health", "service": "Consultations PMI",
                       "translations": {"en": "PMI clinics", "ar": "…"}}]}
      ]
    }

`kind` is a `PlaceKind` value and `component` a `MaisonComponent` value. Version 2 only adds the optional
"translations" (English and Arabic texts of a place's name, opening hours and note, and of each service; a missing
or empty one shows the French text): a directory with none is still written as version 1, so older copies of the
app keep reading it. Address, phone, e-mail and website are not translated. Ids are not exported: they belong to the
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
from typing import Any, Protocol, cast

from .errors import InputError
from .model import MaisonComponent, Place, PlaceKind, PlaceTranslation
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
FILE_VERSION = 2
FIRST_VERSION_WITH_TRANSLATIONS = 2
DIRECTORY_LANGUAGES = ("en", "ar")
"""The languages a directory may carry besides French (the interface's languages)."""
_TRANSLATED_FIELDS = ("name", "opening_hours", "note")
FILE_SUFFIX = ".json"

MAX_FILE_BYTES = 2_000_000  # a directory of a few hundred places is a few hundred kB
MAX_PLACES = 500
MAX_SERVICES = 60
MAX_SHORT = 200  # name, phone, email, one service
MAX_LONG = 2000  # address, opening hours, note, website

_PHONE = re.compile(r"^[0-9+().\-/ \u00a0]{2,40}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PLACE_KEYS = frozenset(
    {"kind", "name", "address", "phone", "opening_hours", "email", "website", "note", "services", "translations"}
)
_TEXT_FIELDS = ("address", "phone", "opening_hours", "email", "website", "note")


class PlaceRepository(Protocol):
    """The part of `storage.store.FamilyStore` the directory uses."""

    def places(self) -> list[Place]: ...

    def save_place(self, place: Place) -> Place: ...

    def delete_place(self, place_id: int) -> None: ...

    def replace_places(self, places: list[Place]) -> None: ...


# --- Validation ------------------------------------------------------------------------------------------


def _trimmed_texts(
    item: object, names: Sequence[str], short: Sequence[str], position: int | None, prefix: str = ""
) -> dict[str, str]:
    """The item's text fields by name, trimmed, each within its limit: MAX_SHORT for the `short` ones, else
    MAX_LONG. A field over its limit raises, named as the file names it (`prefix` + name)."""
    texts = {name: str(getattr(item, name)).strip() for name in names}
    for name, value in texts.items():
        limit = MAX_SHORT if name in short else MAX_LONG
        if len(value) > limit:
            raise _place_error(
                position,
                Text(
                    TRANSLATION_CONTEXT,
                    "le champ « %1 » est trop long (%2 caractères au plus).",
                    (prefix + name, str(limit)),
                ),
            )
    return texts


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
    cleaned = _trimmed_texts(place, _TEXT_FIELDS, ("phone", "email"), position)
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
    translations = _validate_translations(place.translations, {text for _component, text in services}, position)
    return replace(  # replace, not Place(...): a field added to Place later is carried, never dropped
        place,
        name=name,
        services=tuple(services),
        translations=translations,
        **cast("dict[str, Any]", cleaned),  # the _TEXT_FIELDS (all str), trimmed and checked above
    )


def _validate_translations(
    translations: Sequence[PlaceTranslation], french_services: set[str], position: int | None
) -> tuple[PlaceTranslation, ...]:
    """Trimmed, limited like the French texts; empty ones dropped; a service's text only for a service the place has
    (a stale one, after its French text changed, is dropped rather than shown beside the wrong service)."""
    kept: dict[str, PlaceTranslation] = {}
    for translation in translations:
        if translation.language not in DIRECTORY_LANGUAGES:
            raise _place_error(
                position,
                Text(
                    TRANSLATION_CONTEXT,
                    "la langue « %1 » n'est pas proposée (%2).",
                    (translation.language, ", ".join(DIRECTORY_LANGUAGES)),
                ),
            )
        if translation.language in kept:
            raise _place_error(
                position, Text(TRANSLATION_CONTEXT, "la langue « %1 » est donnée deux fois.", (translation.language,))
            )
        texts = _trimmed_texts(
            translation, _TRANSLATED_FIELDS, ("name",), position, f"translations.{translation.language}."
        )
        services: dict[str, str] = {}
        for french, text in translation.services:
            french, text = french.strip(), text.strip()
            if len(text) > MAX_SHORT:
                raise _place_error(
                    position,
                    Text(TRANSLATION_CONTEXT, "un service est trop long (%1 caractères au plus).", (str(MAX_SHORT),)),
                )
            if text and french in french_services:
                services[french] = text
        cleaned = PlaceTranslation(language=translation.language, services=tuple(services.items()), **texts)
        if any(texts.values()) or services:
            kept[translation.language] = cleaned
    return tuple(kept[language] for language in DIRECTORY_LANGUAGES if language in kept)


def localized_place(place: Place, language: str) -> Place:
    """The place as a visitor reading `language` sees it: its own texts in that language where the directory has
    them, the French ones elsewhere (French itself, or any text left empty)."""
    translation = next((item for item in place.translations if item.language == language), None)
    if translation is None:
        return place
    services = dict(translation.services)
    return replace(
        place,
        name=translation.name or place.name,
        opening_hours=translation.opening_hours or place.opening_hours,
        note=translation.note or place.note,
        services=tuple((component, services.get(text) or text) for component, text in place.services),
    )


def translations_to_json(translations: Sequence[PlaceTranslation]) -> str:
    """The translations as one JSON text (the storage keeps them so, beside the French columns); "" for none."""
    if not translations:
        return ""
    return json.dumps(
        {item.language: _translation_to_json(item) for item in translations}, ensure_ascii=False, sort_keys=True
    )


def translations_from_json(text: str) -> tuple[PlaceTranslation, ...]:
    """What `translations_to_json` wrote (not validated: the storage only keeps validated places)."""
    if not text:
        return ()
    document = json.loads(text)
    order = {language: index for index, language in enumerate(DIRECTORY_LANGUAGES)}
    return tuple(
        PlaceTranslation(
            language=language,
            name=str(fields.get("name", "")),
            opening_hours=str(fields.get("opening_hours", "")),
            note=str(fields.get("note", "")),
            services=tuple((str(french), str(translated)) for french, translated in fields.get("services", [])),
        )
        for language, fields in sorted(document.items(), key=lambda item: order.get(item[0], len(order)))
    )


def _translation_to_json(translation: PlaceTranslation) -> dict[str, Any]:
    fields: dict[str, Any] = {
        field_name: getattr(translation, field_name)
        for field_name in _TRANSLATED_FIELDS
        if getattr(translation, field_name)
    }
    if translation.services:
        fields["services"] = [list(pair) for pair in translation.services]
    return fields


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
    valid = [validate_place(place, index) for index, place in enumerate(places, start=1)]
    translated = any(place.translations for place in valid)
    document = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION if translated else 1,  # without translations, older copies of the app read it too
        "places": [_place_to_json(place) for place in valid],
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
    return [_place_from_json(raw, index, version) for index, raw in enumerate(raw_places, start=1)]


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
    document: dict[str, Any] = {
        "kind": place.kind.value,
        "name": place.name,
        "address": place.address,
        "phone": place.phone,
        "opening_hours": place.opening_hours,
        "email": place.email,
        "website": place.website,
        "note": place.note,
        "services": [_service_to_json(place, component, service) for component, service in place.services],
    }
    translations = {
        item.language: {name: getattr(item, name) for name in _TRANSLATED_FIELDS if getattr(item, name)}
        for item in place.translations
    }
    translations = {language: fields for language, fields in translations.items() if fields}
    if translations:
        document["translations"] = translations
    return document


def _service_to_json(place: Place, component: MaisonComponent, service: str) -> dict[str, Any]:
    document: dict[str, Any] = {"component": component.value, "service": service}
    translations = {
        item.language: dict(item.services)[service] for item in place.translations if service in dict(item.services)
    }
    if translations:
        document["translations"] = translations
    return document


def _place_from_json(raw: object, position: int, version: int = FILE_VERSION) -> Place:
    if not isinstance(raw, Mapping):
        raise _place_error(position, Text(TRANSLATION_CONTEXT, "ce n'est pas une fiche de lieu."))
    known = _PLACE_KEYS if version >= FIRST_VERSION_WITH_TRANSLATIONS else _PLACE_KEYS - {"translations"}
    unknown = set(raw) - known
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
    read = [_service_from_json(service, position, version) for service in raw_services]
    services = tuple((component, text) for component, text, _texts in read)
    by_language = _translations_from_json(raw.get("translations", {}), position)
    for _component, french, texts in read:
        for language, text in texts.items():
            entry = by_language.setdefault(language, {})
            entry["services"] = (*entry.get("services", ()), (french, text))
    place = Place(
        id=None,
        kind=kind,
        **values,  # "name" and every field of _TEXT_FIELDS, each checked to be a text above
        services=services,
        translations=tuple(PlaceTranslation(language=language, **fields) for language, fields in by_language.items()),
    )
    return validate_place(place, position)


def _language_texts(raw: object, position: int, field_name: str) -> dict[str, object]:
    """A {"en": …, "ar": …} object: only the directory's languages, or InputError."""
    if not isinstance(raw, Mapping):
        raise _place_error(
            position, Text(TRANSLATION_CONTEXT, "« %1 » doit être un objet par langue (en, ar).", (field_name,))
        )
    unknown = set(raw) - set(DIRECTORY_LANGUAGES)
    if unknown:
        raise _place_error(
            position,
            Text(
                TRANSLATION_CONTEXT,
                "la langue « %1 » n'est pas proposée (%2).",
                (", ".join(sorted(map(str, unknown))), ", ".join(DIRECTORY_LANGUAGES)),
            ),
        )
    return {str(language): value for language, value in raw.items()}


def _translations_from_json(raw: object, position: int) -> dict[str, dict[str, Any]]:
    texts: dict[str, dict[str, Any]] = {}
    for language, fields in _language_texts(raw, position, "translations").items():
        if not isinstance(fields, Mapping):
            raise _place_error(
                position, Text(TRANSLATION_CONTEXT, "« %1 » doit être un objet.", (f"translations.{language}",))
            )
        unknown = set(fields) - set(_TRANSLATED_FIELDS)
        if unknown:
            raise _place_error(
                position,
                Text(TRANSLATION_CONTEXT, "champ inconnu « %1 ».", (", ".join(sorted(map(str, unknown))),)),
            )
        texts[language] = {}
        for field_name in _TRANSLATED_FIELDS:
            value = fields.get(field_name, "")
            if not isinstance(value, str):
                raise _place_error(
                    position,
                    Text(
                        TRANSLATION_CONTEXT,
                        "le champ « %1 » doit être un texte.",
                        (f"translations.{language}.{field_name}",),
                    ),
                )
            texts[language][field_name] = value
    return texts


def _service_from_json(
    raw: object, position: int, version: int = FILE_VERSION
) -> tuple[MaisonComponent, str, dict[str, str]]:
    allowed = {"component", "service", "translations"} if version >= FIRST_VERSION_WITH_TRANSLATIONS else set()
    if isinstance(raw, Mapping) and allowed and set(raw) - allowed:
        raise _place_error(
            position,
            Text(TRANSLATION_CONTEXT, "champ inconnu « %1 ».", (", ".join(sorted(map(str, set(raw) - allowed))),)),
        )
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
    texts: dict[str, str] = {}
    if "translations" in raw:
        for language, text in _language_texts(raw["translations"], position, "services.translations").items():
            if not isinstance(text, str):
                raise _place_error(
                    position,
                    Text(
                        TRANSLATION_CONTEXT,
                        "le champ « %1 » doit être un texte.",
                        (f"services.translations.{language}",),
                    ),
                )
            texts[language] = text
    return component, str(raw["service"]), texts


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
