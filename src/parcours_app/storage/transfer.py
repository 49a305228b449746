"""The export file: a documented, versioned JSON document of everything a store holds (docs/DATA-FORMAT.md).

Reading is strict because the file may come from anywhere: size capped before reading, UTF-8 only, no duplicate
keys, no NaN, no unknown field, every type, range and date checked, and the problem named with its place in the
file ("family.pregnancies[0].due"). A file is fully turned into core objects before anything is written, so a bad
file never changes the data. Standard library only (no SQL): validation runs before the store is even opened.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import math
import os
import re
from collections.abc import Callable, Sequence
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from parcours_app import __version__
from parcours_app.core import validation
from parcours_app.core.dating import EARLIEST_DATE, LATEST_DATE
from parcours_app.core.directory import translations_from_json, translations_to_json, validate_place
from parcours_app.core.errors import InputError
from parcours_app.core.leave_plan import LeavePlan, Parent, PeriodKind, PlannedPeriod
from parcours_app.core.model import (
    Appointment,
    EventState,
    Family,
    MaisonComponent,
    MaternityOptions,
    Place,
    Pregnancy,
    Respondent,
    SelfTestResult,
)
from parcours_app.core.text import Text, tr_noop
from parcours_app.storage.contents import StoreContents
from parcours_app.storage.errors import ImportFileError, StorageError
from parcours_app.storage.paths import PRIVATE_FILE_MODE, fsync_dir, tighten_file
from parcours_app.storage.rows import FieldShape, field_shapes

CONTEXT = "storage"  # translation context, a literal here so tools/update_translations.py resolves it
_NOT_A_LIST = tr_noop(CONTEXT, "%1 : une liste [ … ] est attendue, pas %2.")
_NOT_AN_OBJECT = tr_noop(CONTEXT, "%1 : un objet { … } est attendu, pas %2.")

FORMAT_NAME = "parcours-1000-jours"
FORMAT_VERSION = 4  # 2: leave_plans (both parents' leave planner); 3: family.started_on, pregnancies[].added_on,
# children[].added_on (issue 16); 4: places[].translations (a directory's English and Arabic texts, issue 17).
# Versions 1 to 3 are still read.
MAX_FILE_BYTES = 10 * 1024 * 1024  # a real export of one family is a few hundred kilobytes
MAX_TEXT = 10_000  # characters of one note, name or address
MAX_ID = 300  # characters of an event id, a key or a setting name
MAX_ITEMS = 50_000  # entries in one list
# The same bounds as the dates a person can type (core.dating): an import cannot bring what the form refuses.
MIN_DATE = EARLIEST_DATE
MAX_DATE = LATEST_DATE
SELFTEST_BANDS = ("low", "moderate", "high")
SELFTEST_ITEMS = 10

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$")
_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")


# --- export ---------------------------------------------------------------------------------------------------


def contents_to_document(contents: StoreContents, exported_at: dt.datetime) -> dict[str, Any]:
    family = contents.family
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": exported_at.replace(microsecond=0).isoformat(),
        "app_version": __version__,
        "family": None if family is None else _document(family),
        "event_states": [_document(state) for state in contents.event_states],
        "appointments": [_document(appointment) for appointment in contents.appointments],
        "selftest_results": [_document(result) for result in contents.selftest_results],
        "places": [_place_document(place) for place in contents.places],
        "settings": dict(sorted(contents.settings.items())),
        "leave_plans": [_document(plan) for plan in contents.leave_plans],
    }


def _place_document(place: Place) -> dict[str, Any]:
    """A place: its services as objects, and its English and Arabic texts (format 4) as the one JSON text the
    database keeps, only when it has some."""
    document = _document(dataclasses.replace(place, translations=()))
    document.pop("translations", None)
    document["services"] = [
        {"component": component.value, "description": description} for component, description in place.services
    ]
    if place.translations:
        document["translations"] = translations_to_json(place.translations)
    return document


def _document(value: object) -> dict[str, Any]:
    """The JSON object of a core dataclass, by walking its fields (storage/rows.field_shapes): a key per field, in
    the model's order, enumerations as their values, dates and date-times in ISO format; a nested dataclass
    (`maternity`) and a tuple of dataclasses (`pregnancies`) become an object and a list of objects after the plain
    fields, a tuple of plain values (`answers`) a list."""
    document: dict[str, Any] = {}
    nested: dict[str, Any] = {}
    for shape in field_shapes(type(value)):
        item = getattr(value, shape.name)
        if shape.kind == "object":
            nested[shape.name] = None if item is None else _document(item)
        elif shape.kind == "objects":
            nested[shape.name] = [_document(element) for element in item]
        elif shape.kind == "values":
            document[shape.name] = [_json_value(element) for element in item]
        else:
            document[shape.name] = _json_value(item)
    document.update(nested)
    return document


def _json_value(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):  # a datetime too: "2026-01-05T09:30:00"
        return value.isoformat()
    return value


def write_export(path: Path, contents: StoreContents, exported_at: dt.datetime) -> None:
    """Write the export atomically (temporary file, flush, rename), readable by its owner only."""
    text = json.dumps(contents_to_document(contents, exported_at), ensure_ascii=False, indent=2) + "\n"
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
        tighten_file(path)
        fsync_dir(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise StorageError(
            Text(CONTEXT, "Le fichier %1 n'a pas pu être écrit (%2).", (str(path), error.strerror or str(error)))
        ) from error


# --- import ---------------------------------------------------------------------------------------------------


def read_import(path: Path, today: dt.date | None = None) -> StoreContents:
    """Read and fully validate an export file. Raises ImportFileError naming the problem; writes nothing.

    With `today`, the family is also checked as the first-run form checks it on that day (core.validation)."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                _too_big(size)
            data = handle.read(MAX_FILE_BYTES + 1)  # the size may lie (a pipe, a growing file)
    except OSError as error:
        raise ImportFileError(
            Text(CONTEXT, "Le fichier %1 ne peut pas être lu (%2).", (str(path), error.strerror or str(error)))
        ) from error
    if len(data) > MAX_FILE_BYTES:
        _too_big(len(data))
    return parse_document(data, today)


def _too_big(size: int) -> NoReturn:
    raise ImportFileError(
        Text(
            CONTEXT,
            "Le fichier fait %1 Mo : c'est bien plus qu'un export de Parcours 1000 jours (au plus %2 Mo). "
            "Vérifiez que c'est le bon fichier.",
            # rounded up: 10 MiB + 1 byte reads "10.1 Mo", never "10.0 Mo … au plus 10 Mo" (issue 14)
            (f"{math.ceil(size * 10 / 1_048_576) / 10:.1f}", str(MAX_FILE_BYTES // 1_048_576)),
        )
    )


def parse_document(data: bytes, today: dt.date | None = None) -> StoreContents:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            Text(
                CONTEXT,
                "Le fichier n'est pas un texte UTF-8 (octet %1) : ce n'est pas un export de Parcours.",
                (str(error.start),),
            )
        ) from error
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            Text(
                CONTEXT,
                "Le fichier n'est pas du JSON valide (ligne %1, colonne %2 : %3). Il est peut-être tronqué ou "
                "abîmé : refaites l'export.",
                (str(error.lineno), str(error.colno), error.msg),
            )
        ) from error
    except ValueError as error:  # Python refuses integers of more than 4,300 digits (int_max_str_digits)
        raise ImportFileError(
            Text(CONTEXT, "Le fichier contient un nombre bien trop long pour être un export de Parcours.")
        ) from error
    except RecursionError as error:
        raise _too_deep() from error
    try:
        return document_to_contents(document, today)
    except RecursionError as error:  # a value nested hundreds deep, met while checking or quoting it
        raise _too_deep() from error


def _too_deep() -> ImportFileError:
    return ImportFileError(Text(CONTEXT, "Le fichier est imbriqué trop profondément pour être un export de Parcours."))


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ImportFileError(
                Text(CONTEXT, "La clé « %1 » apparaît deux fois dans un même objet du fichier.", (_shown_name(key),)),
                key,
            )
        result[key] = value
    return result


def started_on_import(contents: StoreContents, today: dt.date) -> StoreContents:
    """A family imported from a file that does not say when it started using the app (format version 1, or a
    file written by hand) started on the day of the import: its past steps are then asked about, never late."""
    family = contents.family
    if family is None or family.started_on is not None:
        return contents
    return dataclasses.replace(contents, family=dataclasses.replace(family, started_on=today))


def _no_constant(name: str) -> NoReturn:
    raise ImportFileError(Text(CONTEXT, "Le fichier contient la valeur %1, qui n'est pas un nombre.", (name,)))


def document_to_contents(document: object, today: dt.date | None = None) -> StoreContents:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFileError(
            Text(
                CONTEXT,
                "Ce fichier n'est pas un export de Parcours 1000 jours (le champ « format » doit valoir « %1 »).",
                (FORMAT_NAME,),
            )
        )
    version = document.get("version")
    if type(version) is not int or not 1 <= version <= FORMAT_VERSION:
        raise ImportFileError(
            Text(
                CONTEXT,
                "Ce fichier est au format de données version %1, que cette version de Parcours 1000 jours ne sait "
                "pas lire (elle lit la version %2). Installez une version plus récente de Parcours.",
                (_shown(version), str(FORMAT_VERSION)),
            ),
            "version",
        )
    root = _Fields(document, "")
    root.text("format")
    root.integer("version", 1, FORMAT_VERSION)
    root.optional_text("exported_at")
    root.optional_text("app_version")
    family_value = root.raw("family")
    family = None if family_value is None else _read(_Fields(family_value, "family"), Family)
    event_states = root.items("event_states", lambda f: _read(f, EventState))
    _unique([state.event_id for state in event_states], "event_states", "event_id")
    appointments = root.items("appointments", lambda f: _read(f, Appointment))
    _unique([a.id for a in appointments if a.id is not None], "appointments", "id")
    results = root.items("selftest_results", _selftest)
    _unique([r.id for r in results if r.id is not None], "selftest_results", "id")
    places = root.items("places", _place)
    _unique([p.id for p in places if p.id is not None], "places", "id")
    settings = root.settings("settings")
    leave_plans = root.items("leave_plans", _leave_plan)
    _unique([plan.subject_key for plan in leave_plans], "leave_plans", "subject_key")
    root.finish()
    if family is not None:
        _unique([p.key for p in family.pregnancies], "family.pregnancies", "key")
        _unique([c.key for c in family.children], "family.children", "key")
    contents = StoreContents(
        family=family,
        event_states=tuple(event_states),
        appointments=tuple(appointments),
        selftest_results=tuple(results),
        places=tuple(places),
        settings=settings,
    )
    checked = check_contents(contents, today, error=ImportFileError)
    family, places = checked.family, list(checked.places)
    return StoreContents(
        family=family,
        event_states=tuple(sorted(event_states, key=lambda state: state.event_id)),
        appointments=tuple(sorted(appointments, key=lambda a: (a.starts_at, a.id or 0))),
        selftest_results=tuple(sorted(results, key=lambda r: (r.taken_on, r.id or 0))),
        places=tuple(sorted(places, key=lambda p: (p.name.casefold(), p.id or 0))),
        settings=settings,
        leave_plans=tuple(sorted(leave_plans, key=lambda plan: plan.subject_key)),
    )


def check_contents(
    contents: StoreContents, today: dt.date | None = None, *, error: Callable[..., StorageError] = ImportFileError
) -> StoreContents:
    """Every value through the app's own validation (core.validation: the forms' checks and messages).

    Returns the contents with the places trimmed as the directory editor trims them. Raises `error(message, where)`
    with the form's message and the place of the value ("places[2]", "family")."""

    def refused(problem: InputError, where: str) -> StorageError:
        return error(problem.message, where, located=True)

    if contents.family is not None:
        try:
            validation.check_family_shape(contents.family)
            if today is not None:
                validation.check_family(contents.family, today)
        except InputError as problem:
            raise refused(problem, "family") from problem
    places: list[Place] = []
    for index, place in enumerate(contents.places):
        try:
            places.append(validation.check_place(place))
        except InputError as problem:
            raise refused(problem, f"places[{index}]") from problem
    checks: list[tuple[str, Sequence[Any], Callable[[Any], None]]] = [
        ("event_states", contents.event_states, validation.check_event_state),
        ("appointments", contents.appointments, validation.check_appointment),
        ("selftest_results", contents.selftest_results, validation.check_selftest_result),
    ]
    for name, values, check in checks:
        for index, value in enumerate(values):
            try:
                check(value)
            except InputError as problem:
                raise refused(problem, f"{name}[{index}]") from problem
    for key, value in contents.settings.items():
        try:
            validation.check_setting(key, value)
        except InputError as problem:
            raise refused(problem, f"settings.{_shown_name(key)}") from problem
    return dataclasses.replace(contents, places=tuple(places))


# How the fields of the core types are read (`_read`): the type of the field says which check, its default whether it
# may be missing. What the type cannot say is declared here: the bounds of an integer (without one: 0 to 2**31 - 1,
# core/validation.py then checks its meaning), which texts are keys and ids (at most MAX_ID characters).
_BOUNDS: dict[tuple[type[Any], str], tuple[int, int]] = {
    (Pregnancy, "cycle_length"): (1, 100),
    (Pregnancy, "multiple"): (1, 9),
    (Pregnancy, "children_before"): (0, 30),
    (Pregnancy, "newborn_hospital_days"): (0, 3660),
    (MaternityOptions, "weeks_moved_after_birth"): (0, 52),
    (MaternityOptions, "weeks_moved_before_birth"): (0, 52),
    (MaternityOptions, "pathological_days_before"): (0, 366),
    (MaternityOptions, "pathological_days_after"): (0, 366),
    (Appointment, "id"): (1, 2**62),
    (Appointment, "duration_minutes"): (0, 10_080),
    (Place, "id"): (1, 2**62),
    (LeavePlan, "weeks_moved_after_birth"): (0, 3),
}
_DEFAULT_BOUNDS = (0, 2**31 - 1)
_IDENTIFIERS = frozenset({"key", "pregnancy_key", "event_id", "subject_key"})
_NONEMPTY = frozenset({(EventState, "event_id")})


def _read(fields: _Fields, cls: type[_T], **given: Any) -> _T:
    """A core dataclass from one JSON object, every field checked by its type (`_read_field`); `given` supplies the
    fields read apart (the services of a place, the periods of a plan). Refuses a key the type does not have."""
    values = {shape.name: _read_field(fields, cls, shape) for shape in field_shapes(cls) if shape.name not in given}
    result = cls(**values, **given)
    fields.finish()
    return result


def _read_field(fields: _Fields, cls: type[Any], shape: FieldShape) -> Any:
    name, kind, optional = shape.name, shape.type, shape.optional
    default = _REQUIRED if shape.default is dataclasses.MISSING else shape.default
    if shape.kind == "object":
        value = fields.raw(name, required=default is _REQUIRED)
        return default if value is None else _read(_Fields(value, fields._path(name)), kind)
    if shape.kind == "objects":
        return tuple(fields.items(name, lambda item: _read(item, kind)))
    if kind is bool:
        return fields.optional_boolean(name) if optional else fields.boolean(name, default)
    if kind is int:
        low, high = _BOUNDS.get((cls, name), _DEFAULT_BOUNDS)
        return fields.optional_integer(name, low, high) if optional else fields.integer(name, low, high, default)
    if kind is str and name in _IDENTIFIERS:
        if optional:
            return fields.optional_identifier(name)
        return fields.identifier(name, default, nonempty=(cls, name) in _NONEMPTY)
    if kind is str:
        return fields.optional_text(name) if optional else fields.text(name, default)
    if kind is dt.datetime and not optional:
        return fields.datetime(name)
    if kind is dt.date:
        return fields.optional_date(name) if optional else fields.date(name)
    if isinstance(kind, type) and issubclass(kind, StrEnum) and not optional:
        return fields.enum(name, kind, default)
    raise TypeError(f"{cls.__name__}.{name}: no reader for {shape}; give it to _read")


def _selftest(fields: _Fields) -> SelfTestResult:
    answers_where = f"{fields.where}.answers"
    answers_value = fields.raw("answers", required=True)
    if not isinstance(answers_value, list) or len(answers_value) != SELFTEST_ITEMS:
        _fail(
            Text(CONTEXT, "%1 : une liste de %2 réponses est attendue.", (answers_where, str(SELFTEST_ITEMS))),
            answers_where,
        )
    answers = tuple(_integer(value, f"{answers_where}[{i}]", 0, 3) for i, value in enumerate(answers_value))
    total = fields.integer("total", 0, 3 * SELFTEST_ITEMS)
    if total != sum(answers):
        _fail(
            Text(
                CONTEXT,
                "%1 : le total %2 ne correspond pas à la somme des réponses (%3).",
                (f"{fields.where}.total", str(total), str(sum(answers))),
            ),
            f"{fields.where}.total",
        )
    band = fields.text("band")
    if band not in SELFTEST_BANDS:
        _bad_choice(f"{fields.where}.band", band, SELFTEST_BANDS)
    result = SelfTestResult(
        id=fields.optional_integer("id", 1, 2**62),
        taken_on=fields.datetime("taken_on"),
        respondent=fields.enum("respondent", Respondent),
        answers=answers,
        total=total,
        band=band,
    )
    fields.finish()
    return result


def _place(fields: _Fields) -> Place:
    services: list[tuple[MaisonComponent, str]] = []
    for service in fields.items("services", lambda f: f):
        services.append((service.enum("component", MaisonComponent), service.text("description", "")))
        service.finish()
    text = fields.text("translations", "")
    where = fields._path("translations")
    try:
        translations = translations_from_json(text)
    except (ValueError, TypeError, AttributeError):
        _fail(Text(CONTEXT, "%1 : textes traduits illisibles.", (where,)), where)
    place = _read(fields, Place, services=tuple(services), translations=translations)
    if translations:  # the directory's own rules: languages, lengths, services the place has
        try:
            place = validate_place(place)
        except InputError as error:
            _fail(Text(CONTEXT, "%1 : %2", (where, error.render())), where)
    return place


_CHOSEN_KINDS = (PeriodKind.PATERNITY.value, PeriodKind.SUPPLEMENT.value)


def _leave_period(fields: _Fields) -> PlannedPeriod:
    kind = fields.enum("kind", PeriodKind)
    if kind.value not in _CHOSEN_KINDS:
        _bad_choice(fields._path("kind"), kind.value, _CHOSEN_KINDS)
    period = PlannedPeriod(fields.enum("parent", Parent), kind, fields.date("start"), fields.date("end"))
    if period.end < period.start:
        where = fields._path("end")
        _fail(Text(CONTEXT, "%1 : la fin d'une période ne peut pas précéder son début.", (where,)), where)
    fields.finish()
    return period


def _leave_plan(fields: _Fields) -> LeavePlan:
    periods = sorted(fields.items("periods", _leave_period), key=lambda p: (p.start, p.end))
    return _read(fields, LeavePlan, periods=tuple(periods))


def _unique(values: list[Any], where: str, name: str) -> None:
    seen: set[Any] = set()
    for index, value in enumerate(values):
        if value in seen:
            _fail(
                Text(CONTEXT, "%1 : la valeur %2 apparaît deux fois.", (f"{where}[{index}].{name}", _shown(value))),
                f"{where}[{index}].{name}",
            )
        seen.add(value)


# --- field readers ---------------------------------------------------------------------------------------------

_REQUIRED: Any = object()


class _Fields:
    """Reads the fields of one JSON object, each once, and refuses the object if a field is left unread."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            _fail(Text(CONTEXT, "%1 : un objet { … } est attendu, pas %2.", (where or "(racine)", _kind(value))), where)
        self.where = where
        self._values: dict[str, Any] = value
        self._read: set[str] = set()

    def _path(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def raw(self, name: str, *, required: bool = False) -> Any:
        self._read.add(name)
        if name not in self._values:
            if required:
                _fail(Text(CONTEXT, "%1 : champ obligatoire manquant.", (self._path(name),)), self._path(name))
            return None
        return self._values[name]

    def _get(self, name: str, default: Any) -> Any:
        self._read.add(name)
        if name in self._values:
            return self._values[name]
        if default is _REQUIRED:
            _fail(Text(CONTEXT, "%1 : champ obligatoire manquant.", (self._path(name),)), self._path(name))
        return default

    def text(self, name: str, default: Any = _REQUIRED, *, limit: int = MAX_TEXT) -> str:
        value = self._get(name, default)
        return _text(value, self._path(name), limit)

    def optional_text(self, name: str) -> str | None:
        value = self._get(name, None)
        return None if value is None else _text(value, self._path(name), MAX_TEXT)

    def identifier(self, name: str, default: Any = _REQUIRED, *, nonempty: bool = False) -> str:
        value = self.text(name, default, limit=MAX_ID)
        if nonempty and not value:
            _fail(Text(CONTEXT, "%1 : ne peut pas être vide.", (self._path(name),)), self._path(name))
        return value

    def optional_identifier(self, name: str) -> str | None:
        value = self._get(name, None)
        return None if value is None else _text(value, self._path(name), MAX_ID)

    def integer(self, name: str, low: int, high: int, default: Any = _REQUIRED) -> int:
        return _integer(self._get(name, default), self._path(name), low, high)

    def optional_integer(self, name: str, low: int, high: int) -> int | None:
        value = self._get(name, None)
        return None if value is None else _integer(value, self._path(name), low, high)

    def boolean(self, name: str, default: Any = _REQUIRED) -> bool:
        value = self._get(name, default)
        if not isinstance(value, bool):
            _fail(
                Text(CONTEXT, "%1 : true ou false est attendu, pas %2.", (self._path(name), _shown(value))),
                self._path(name),
            )
        return value

    def optional_boolean(self, name: str) -> bool | None:
        value = self._get(name, None)
        return None if value is None else self.boolean(name)

    def date(self, name: str) -> dt.date:
        return _date(self._get(name, _REQUIRED), self._path(name))

    def optional_date(self, name: str) -> dt.date | None:
        value = self._get(name, None)
        return None if value is None else _date(value, self._path(name))

    def datetime(self, name: str) -> dt.datetime:
        where = self._path(name)
        value = self._get(name, _REQUIRED)
        if not isinstance(value, str) or not _DATETIME.match(value):
            _fail(
                Text(
                    CONTEXT,
                    "%1 : une date et une heure au format AAAA-MM-JJTHH:MM:SS sont attendues, pas %2.",
                    (where, _shown(value)),
                ),
                where,
            )
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            _fail(Text(CONTEXT, "%1 : %2 n'est pas une date et une heure qui existent.", (where, _shown(value))), where)
        _check_range(moment.date(), where, value)
        return moment

    def enum(self, name: str, kind: type[_E], default: Any = _REQUIRED) -> _E:
        value = self._get(name, default)
        if isinstance(value, kind):
            return value
        choices = tuple(member.value for member in kind)
        if not isinstance(value, str) or value not in choices:
            _bad_choice(self._path(name), value, choices)
        return kind(value)

    def _collection(self, name: str, kind: type[list[Any]] | type[dict[str, Any]], wrong_kind: str) -> tuple[str, Any]:
        """Where the field is and its value: a list or an object (`kind`) of at most MAX_ITEMS elements."""
        where = self._path(name)
        value = self._get(name, kind())
        if not isinstance(value, kind):
            _fail(Text(CONTEXT, wrong_kind, (where, _kind(value))), where)
        if len(value) > MAX_ITEMS:
            _fail(
                Text(CONTEXT, "%1 : %2 éléments, c'est trop (au plus %3).", (where, str(len(value)), str(MAX_ITEMS))),
                where,
            )
        return where, value

    def items(self, name: str, read: Callable[[_Fields], _T]) -> list[_T]:
        where, value = self._collection(name, list, _NOT_A_LIST)
        return [read(_Fields(item, f"{where}[{index}]")) for index, item in enumerate(value)]

    def settings(self, name: str) -> dict[str, str]:
        where, value = self._collection(name, dict, _NOT_AN_OBJECT)
        result: dict[str, str] = {}
        for key, item in value.items():
            _text(key, where, MAX_ID)
            result[key] = _text(item, f"{where}.{key}", MAX_TEXT)
        return dict(sorted(result.items()))

    def finish(self) -> None:
        for name in self._values:
            if name not in self._read:
                _fail(
                    Text(
                        CONTEXT,
                        "%1 : champ inconnu. Le fichier vient peut-être d'une autre application ou a été modifié.",
                        (self._path(_shown_name(name)),),
                    ),
                    self._path(name),
                )


def _text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str):
        _fail(Text(CONTEXT, "%1 : un texte entre guillemets est attendu, pas %2.", (where, _shown(value))), where)
    if len(value) > limit:
        _fail(
            Text(CONTEXT, "%1 : texte trop long (%2 caractères, au plus %3).", (where, str(len(value)), str(limit))),
            where,
        )
    if "\x00" in value:
        _fail(Text(CONTEXT, "%1 : le texte contient un caractère nul.", (where,)), where)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate ("\ud800"): valid JSON, not a character
        _fail(
            Text(
                CONTEXT,
                "%1 : le texte contient un caractère invalide (U+%2) : ce n'est pas un export de Parcours intact.",
                (where, f"{ord(value[error.start]):04X}"),
            ),
            where,
        )
    return value


def _integer(value: object, where: str, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        _fail(
            Text(
                CONTEXT,
                "%1 : un nombre entier entre %2 et %3 est attendu, pas %4.",
                (where, str(low), str(high), _shown(value)),
            ),
            where,
        )
    return value


def _date(value: object, where: str) -> dt.date:
    if not isinstance(value, str) or not _DATE.match(value):
        _fail(Text(CONTEXT, "%1 : une date au format AAAA-MM-JJ est attendue, pas %2.", (where, _shown(value))), where)
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        _fail(Text(CONTEXT, "%1 : la date %2 n'existe pas.", (where, _shown(value))), where)
    _check_range(day, where, value)
    return day


def _check_range(day: dt.date, where: str, shown: str) -> None:
    if not MIN_DATE <= day <= MAX_DATE:
        _fail(
            Text(
                CONTEXT,
                "%1 : la date %2 est hors de la période acceptée (du %3 au %4).",
                (where, shown, MIN_DATE.isoformat(), MAX_DATE.isoformat()),
            ),
            where,
        )


def _bad_choice(where: str, value: object, choices: tuple[str, ...]) -> NoReturn:
    _fail(
        Text(
            CONTEXT,
            "%1 : valeur inconnue %2 (valeurs possibles : %3).",
            (where, _shown(value), ", ".join(choices)),
        ),
        where,
    )


def _fail(message: Text, where: str) -> NoReturn:
    raise ImportFileError(message, where)


def _kind(value: object) -> str:
    names = {dict: "un objet", list: "une liste", str: "un texte", bool: "true/false", int: "un nombre"}
    if value is None:
        return "null"
    return names.get(type(value), "un nombre")


def _shown(value: object) -> str:
    """A short, escaped rendering of a value from the file: a hostile file must not flood or fake the message."""
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + "…"


def _shown_name(name: str) -> str:
    shown = _shown(name)
    return shown[1:-1] if shown.startswith('"') and shown.endswith('"') else shown
