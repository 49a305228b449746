"""One validation for everything a household keeps, shared by the forms, the store and the import (issue 14).

Each check raises `InputError` carrying the same translatable message the form shows, so a value refused while
typing is refused with the same words when it comes from a file or reaches the store:

- `check_family(family, today)`: the first-run form and the dialogs (through `build_journey`), the import.
- `check_family_shape(family)`: what does not depend on today (counts, keys, links, cycle, babies, typed dates that
  disagree): the store, which must keep a family whose birth is after a clock that moved back (docs/ARCHITECTURE.md).
- `check_place`: the directory editor, its file import, the store and the data import.
- `check_selftest_result`: a kept self-test must be the score of its answers (total and band).
- `check_event_state`, `check_appointment`: dates inside the accepted period, texts of a sane length.
- `check_setting`: the settings the app reads back as structured data (`reminders.sent`).
"""

from __future__ import annotations

import datetime as dt
import json

from . import epds
from .dating import EARLIEST_DATE, LATEST_DATE, check_birth, check_date_range, date_pregnancy
from .directory import validate_place
from .errors import InputError
from .journey import MAX_CHILDREN, MAX_NEWBORN_HOSPITAL_DAYS, MAX_PREGNANCIES, validate_family
from .leave import check_maternity_options
from .model import Appointment, EventState, Family, Place, SelfTestResult
from .text import Text

CONTEXT = "validation"
MAX_NOTE = 10_000  # characters of a note, a title or a place typed in a form
MAX_APPOINTMENT_MINUTES = 7 * 24 * 60
SENT_REMINDERS_SETTING = "reminders.sent"
MAX_SENT_REMINDERS = 500  # the reminder service keeps the newest 500 keys
MAX_KEY = 300


def _text(source: str, *args: object) -> Text:
    return Text(CONTEXT, source, tuple(str(arg) for arg in args))


def check_family(family: Family, today: dt.date) -> None:
    """Everything the forms check before a family is saved (the same call as `build_journey`)."""
    validate_family(family, today)


def check_family_shape(family: Family) -> None:
    """The checks that do not depend on today's date."""
    if len(family.pregnancies) > MAX_PREGNANCIES or len(family.children) > MAX_CHILDREN:
        raise InputError(
            Text("Journey", "Trop de grossesses ou d'enfants pour une seule famille : vérifiez la saisie.")
        )
    keys = [p.key for p in family.pregnancies]
    if len(set(keys)) != len(keys):
        raise InputError(
            Text("Journey", "Deux grossesses portent la même clé : chaque grossesse doit avoir la sienne.")
        )
    child_keys = [c.key for c in family.children]
    if len(set(child_keys)) != len(child_keys):
        raise InputError(Text("Journey", "Deux enfants portent la même clé : chaque enfant doit avoir la sienne."))
    dates = {}
    for pregnancy in family.pregnancies:
        dates[pregnancy.key] = date_pregnancy(pregnancy)
        check_maternity_options(pregnancy.maternity, pregnancy.multiple, pregnancy.children_before)
        if not 0 <= pregnancy.newborn_hospital_days <= MAX_NEWBORN_HOSPITAL_DAYS:
            raise InputError(
                Text("Journey", "La durée d'hospitalisation du bébé doit être comprise entre 0 et 366 jours.")
            )
    for child in family.children:
        check_date_range(child.birth)
        if child.pregnancy_key is not None:
            if child.pregnancy_key not in dates:
                raise InputError(
                    Text(
                        "Journey",
                        "L'enfant est rattaché à une grossesse qui n'existe pas : enregistrez-la d'abord.",
                    )
                )
            linked = dates[child.pregnancy_key]
            check_birth(child.birth, linked.ddr, linked.conception, linked.due)


def check_place(place: Place, position: int | None = None) -> Place:
    """The directory editor's validation: the place trimmed, or InputError naming the field."""
    return validate_place(place, position)


def check_selftest_result(result: SelfTestResult) -> None:
    """A kept self-test is the score of its answers: total and band are recomputed and must agree."""
    scored = epds.score(result.answers)
    if result.total != scored.total:
        raise InputError(
            _text(
                "Le total %1 de l'auto-test ne correspond pas à la somme de ses réponses (%2).",
                result.total,
                scored.total,
            )
        )
    if result.band != scored.band.value:
        raise InputError(
            _text(
                "Le niveau « %1 » de l'auto-test ne correspond pas à son total %2 (niveau attendu : « %3 »).",
                result.band,
                result.total,
                scored.band.value,
            )
        )


def _check_text(value: str, limit: int = MAX_NOTE) -> None:
    if len(value) > limit:
        raise InputError(_text("Ce texte est trop long (%1 caractères, au plus %2).", len(value), limit))


def check_event_state(state: EventState) -> None:
    if not state.event_id or len(state.event_id) > MAX_KEY:
        raise InputError(_text("Une étape suivie n'a pas d'identifiant valide."))
    check_date_range(state.done_on)
    check_date_range(state.snoozed_until)
    _check_text(state.note)


def check_appointment(appointment: Appointment) -> None:
    check_date_range(appointment.starts_at.date())
    if not 0 <= appointment.duration_minutes <= MAX_APPOINTMENT_MINUTES:
        raise InputError(
            _text(
                "La durée d'un rendez-vous doit être comprise entre 0 et %1 minutes (vous avez indiqué %2).",
                MAX_APPOINTMENT_MINUTES,
                appointment.duration_minutes,
            )
        )
    for value in (appointment.title, appointment.place, appointment.note):
        _check_text(value)


def check_setting(key: str, value: str) -> None:
    """Settings read back as structured data must have their shape; other settings are plain texts."""
    if not key or len(key) > MAX_KEY:
        raise InputError(_text("Un réglage n'a pas de nom valide."))
    if key == SENT_REMINDERS_SETTING:
        parse_sent_reminders(value)


def parse_sent_reminders(value: str) -> list[str]:
    """The keys of the reminders already shown: a flat JSON list of at most 500 short texts."""
    problem = _text(
        "Le réglage « %1 » doit être une liste d'au plus %2 textes courts.", SENT_REMINDERS_SETTING, MAX_SENT_REMINDERS
    )
    # A deeply nested list is refused before json.loads recurses into it.
    if len(value) > MAX_SENT_REMINDERS * (MAX_KEY + 4) + 2 or _nesting(value) > 1:
        raise InputError(problem)
    try:
        keys = json.loads(value)
    except (ValueError, RecursionError) as error:
        raise InputError(problem) from error
    if (
        not isinstance(keys, list)
        or len(keys) > MAX_SENT_REMINDERS
        or not all(isinstance(key, str) and len(key) <= MAX_KEY for key in keys)
    ):
        raise InputError(problem)
    return keys


def _nesting(value: str) -> int:
    """The deepest bracket nesting of a JSON text, brackets inside strings not counted."""
    depth = deepest = 0
    in_string = escaped = False
    for character in value:
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    return deepest


__all__ = [
    "EARLIEST_DATE",
    "LATEST_DATE",
    "check_appointment",
    "check_event_state",
    "check_family",
    "check_family_shape",
    "check_place",
    "check_selftest_result",
    "check_setting",
    "parse_sent_reminders",
]
