"""Rows of the SQLite tables from the `core` dataclasses and back, by walking `dataclasses.fields`.

The column of a field has the field's name, so a new field of `Pregnancy` needs a column of that name in
storage/tables.py (and a migration) and nothing here. The rules, in one place:

- an enumeration is stored as its value (`Region.METROPOLE` -> "metropole"), a date as ISO text ("2026-03-14"), a
  date-time as SQLAlchemy's DateTime stores it ("2026-01-05 09:30:00.000000"), a boolean as SQLite's 0/1;
- a field holding another dataclass (`Pregnancy.maternity`) is flattened: its own fields are columns of the same row,
  under their own names;
- a field holding a tuple (`Family.pregnancies`, `Place.services`, `SelfTestResult.answers`) is not a column: the
  caller stores it (other rows, or an encoded column given as `extra`) and gives it back when reading;
- a column missing from the row (a file of an older schema read as it is) gives the field's default.

Reading expects the values the store's reader already converted by declared column type (dates, date-times and
booleans, sqlite_store._CONVERTERS); only enumerations are turned back here. Standard library only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from enum import Enum
from typing import Any, TypeVar

from parcours_app.storage.errors import DamagedDatabaseError

_T = TypeVar("_T")
_MISSING: Any = object()


@dataclasses.dataclass(frozen=True, slots=True)
class _Column:
    name: str
    enum: type[Enum] | None  # the enumeration to turn the stored value back into, if any
    default: Any  # dataclasses.MISSING when the field has none


@dataclasses.dataclass(frozen=True, slots=True)
class _Plan:
    """How one dataclass maps onto columns: its plain fields, its flattened dataclass fields, its tuple fields."""

    columns: tuple[_Column, ...]
    nested: tuple[tuple[str, type[Any]], ...]
    outside: tuple[str, ...]  # tuple-typed fields: stored by the caller, not as columns


def _unwrap_optional(hint: Any) -> Any:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


_PLANS: dict[type[Any], _Plan] = {}


def _plan(cls: type[Any]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _make_plan(cls)
    return plan


def _make_plan(cls: type[Any]) -> _Plan:
    hints = typing.get_type_hints(cls)
    columns: list[_Column] = []
    nested: list[tuple[str, type[Any]]] = []
    outside: list[str] = []
    for field in dataclasses.fields(cls):
        hint = _unwrap_optional(hints[field.name])
        if typing.get_origin(hint) is tuple:
            outside.append(field.name)
        elif isinstance(hint, type) and dataclasses.is_dataclass(hint):
            nested.append((field.name, hint))
        else:
            enum = hint if isinstance(hint, type) and issubclass(hint, Enum) else None
            default = field.default
            if default is dataclasses.MISSING and field.default_factory is not dataclasses.MISSING:
                default = field.default_factory()
            columns.append(_Column(field.name, enum, default))
    return _Plan(tuple(columns), tuple(nested), tuple(outside))


def column_names(cls: type[Any]) -> tuple[str, ...]:
    """The columns `to_row` writes for `cls` (nested dataclasses flattened, tuple fields left out)."""
    plan = _plan(cls)
    names = [column.name for column in plan.columns]
    for _name, kind in plan.nested:
        names.extend(column_names(kind))
    return tuple(names)


def sql_value(value: object) -> object:
    """A field's value as it is stored in SQLite."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M:%S.%f}"  # read back by datetime.fromisoformat
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_row(obj: object, **extra: object) -> dict[str, object]:
    """The row of `obj` (a core dataclass) as {column: SQLite value}; `extra` adds or replaces columns (id, position,
    an encoded tuple field)."""
    row: dict[str, object] = {}
    _fill(obj, row)
    row.update(extra)
    return row


def _fill(obj: object, row: dict[str, object]) -> None:
    plan = _plan(type(obj))
    for column in plan.columns:
        row[column.name] = sql_value(getattr(obj, column.name))
    for name, _kind in plan.nested:
        _fill(getattr(obj, name), row)


def from_row(cls: type[_T], row: object, **given: object) -> _T:
    """The `cls` dataclass read from `row` (an object with one attribute per column); `given` supplies the fields
    stored elsewhere (tuple fields) or overrides a column."""
    plan = _plan(cls)
    values: dict[str, object] = {}
    for column in plan.columns:
        if column.name in given:
            continue
        value = getattr(row, column.name, _MISSING)
        if value is _MISSING:
            if column.default is dataclasses.MISSING:
                raise DamagedDatabaseError(None, (), f"column {column.name} is missing")
            value = column.default
        elif column.enum is not None and value is not None:
            value = _enum(column.enum, value)
        values[column.name] = value
    for name, kind in plan.nested:
        if name not in given:
            values[name] = from_row(kind, row)
    values.update(given)
    return cls(**values)


def _enum(kind: type[Enum], value: object) -> Enum:
    try:
        return kind(value)
    except ValueError as error:
        raise DamagedDatabaseError(None, (), f"{value!r}") from error


# --- the same walk for other formats (the export file, storage/transfer.py) ---------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class FieldShape:
    """One field of a core dataclass as a document format sees it."""

    name: str
    kind: typing.Literal["value", "object", "objects", "values"]  # plain / dataclass / tuple of dataclasses / tuple
    type: Any  # the value's type without `| None`; for "objects" and "values", the type of one item
    optional: bool  # `X | None`
    default: Any  # dataclasses.MISSING when the field is required


_SHAPES: dict[type[Any], tuple[FieldShape, ...]] = {}


def field_shapes(cls: type[Any]) -> tuple[FieldShape, ...]:
    shapes = _SHAPES.get(cls)
    if shapes is None:
        shapes = _SHAPES[cls] = tuple(_shape(cls, field, hint) for field, hint in _hinted_fields(cls))
    return shapes


def _hinted_fields(cls: type[Any]) -> list[tuple[dataclasses.Field[Any], Any]]:
    hints = typing.get_type_hints(cls)
    return [(field, hints[field.name]) for field in dataclasses.fields(cls)]


def _shape(cls: type[Any], field: dataclasses.Field[Any], hint: Any) -> FieldShape:
    bare = _unwrap_optional(hint)
    default = field.default
    if default is dataclasses.MISSING and field.default_factory is not dataclasses.MISSING:
        default = field.default_factory()
    optional = bare is not hint
    if typing.get_origin(bare) is tuple:
        item = typing.get_args(bare)[0]
        is_object = isinstance(item, type) and dataclasses.is_dataclass(item)
        return FieldShape(field.name, "objects" if is_object else "values", item, optional, default)
    if isinstance(bare, type) and dataclasses.is_dataclass(bare):
        return FieldShape(field.name, "object", bare, optional, default)
    return FieldShape(field.name, "value", bare, optional, default)
