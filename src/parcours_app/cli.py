"""Headless commands for nurses, scripts and tests: `parcours calendar ...` and `parcours data ...`.

`calendar` prints a family's journey as an aligned table or as JSON (and writes .ics or PDF through
export.formats). It never imports Qt for table and JSON. Bad input exits with status 2 and one line on stderr
saying what to fix; `--today` fixes the date taken as today (planning ahead, tests).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .core.errors import CatalogError, InputError
from .core.formatting import SUPPORTED_LANGUAGES
from .core.journey import build_journey
from .core.model import BirthLeaveStart, Event, Family, Journey, Pregnancy, Region
from .core.rules import Catalog, load_catalog
from .core.text import Text, Translate

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
FORMATS = ("table", "json", "ics", "pdf")


class UsageError(Exception):
    """Bad command-line input: the message is one line saying what to fix."""


class _Parser(argparse.ArgumentParser):
    """argparse with its errors turned into one French line (status 2) instead of usage text and exit."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(_french_argparse(message))


_ARGPARSE_FRENCH = (
    ("unrecognized arguments:", "option inconnue :"),
    ("expected one argument", "il manque la valeur après l'option"),
    ("invalid choice:", "choix impossible :"),
    ("choose from", "choisissez parmi"),
    ("ignored explicit argument", "valeur en trop"),
)


def _french_argparse(message: str) -> str:
    if message.startswith("argument "):
        option, _, rest = message[len("argument ") :].partition(": ")
        message = f"{option} : {rest}"
    for english, french in _ARGPARSE_FRENCH:
        message = message.replace(english, french)
    return message


def parse_date(text: str) -> dt.date:
    """ISO (2026-03-02) or French (02/03/2026) date; raises ArgumentTypeError with a French message."""
    value = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"date impossible ou mal écrite « {text} » : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA (par exemple 2026-03-02)"
    )


def _region(text: str) -> Region:
    try:
        return Region(text.strip().lower())
    except ValueError:
        names = ", ".join(region.value for region in Region)
        raise argparse.ArgumentTypeError(f"région inconnue « {text} » : choisissez parmi {names}") from None


def _whole_number(low: int, high: int) -> Any:
    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = low - 1
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"« {text} » : indiquez un nombre entier de {low} à {high}")
        return number

    return parse


def _calendar_parser() -> _Parser:
    parser = _Parser(
        prog="parcours calendar",
        description="Calcule le calendrier des 1000 premiers jours à partir d'une date de la grossesse.",
    )
    parser.add_argument("--ddr", type=parse_date, help="premier jour des dernières règles")
    parser.add_argument("--cycle-length", type=_whole_number(20, 45), default=28, help="durée du cycle (défaut 28)")
    parser.add_argument("--conception", type=parse_date, help="date de début de grossesse (1re échographie)")
    parser.add_argument("--due", type=parse_date, help="date présumée d'accouchement donnée par un professionnel")
    parser.add_argument("--birth", type=parse_date, help="date de naissance réelle")
    parser.add_argument("--children-before", type=_whole_number(0, 20), default=0, help="enfants déjà nés")
    parser.add_argument("--multiple", type=_whole_number(1, 3), default=1, help="bébés attendus (3 = trois ou plus)")
    parser.add_argument("--region", type=_region, default=Region.METROPOLE, help="metropole, alsace-moselle, ...")
    parser.add_argument(
        "--birth-leave-start",
        choices=[choice.value for choice in BirthLeaveStart],
        default=BirthLeaveStart.BIRTH_DAY.value,
        help="début du congé de naissance",
    )
    parser.add_argument("--today", type=parse_date, help="date prise pour aujourd'hui (défaut : date du système)")
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default="fr", help="langue des textes")
    parser.add_argument("--format", choices=FORMATS, default="table", help="table, json, ics ou pdf")
    parser.add_argument("--output", type=Path, help="fichier où écrire (obligatoire pour ics et pdf)")
    parser.add_argument("--mandatory-only", action="store_true", help="seulement les étapes obligatoires")
    parser.add_argument("--child", metavar="KEY", help="seulement les étapes d'un enfant ou d'une grossesse (clé)")
    return parser


def run_cli(args: list[str]) -> int:
    """Run a headless command (`calendar ...` or `data ...`); return the exit status."""
    if not args:
        print("parcours : indiquez une commande : calendar ou data.", file=sys.stderr)
        return EXIT_USAGE
    command, rest = args[0], args[1:]
    if command == "data":
        from .storage.commands import run_data_command

        return run_data_command(rest)
    if command == "calendar":
        return _run_calendar(rest)
    print(f"parcours : commande inconnue « {command} » : utilisez calendar ou data.", file=sys.stderr)
    return EXIT_USAGE


def print_version() -> int:
    try:
        catalog = load_catalog()
        rules = f"règles {catalog.version} du {catalog.date.isoformat()}"
    except CatalogError as error:
        rules = f"règles illisibles : {error.render()}"
    print(f"parcours {__version__} ({rules})")
    return EXIT_OK


def _run_calendar(args: Sequence[str]) -> int:
    try:
        options = _calendar_parser().parse_args(list(args))
    except UsageError as error:
        return _usage(str(error))
    except SystemExit as exit_:  # --help
        return int(exit_.code or 0)
    from .ts_translator import translator_for

    translate = translator_for(options.lang)
    dated = [name for name in ("ddr", "conception", "due") if getattr(options, name) is not None]
    if not dated:
        return _usage("indiquez une date de la grossesse : --ddr, --conception ou --due")
    if options.format in ("ics", "pdf") and options.output is None:
        return _usage(f"le format {options.format} s'écrit dans un fichier : ajoutez --output FICHIER")
    today = options.today or dt.date.today()
    family = Family(
        pregnancies=(
            Pregnancy(
                ddr=options.ddr,
                cycle_length=options.cycle_length,
                conception=options.conception,
                due=options.due,
                birth=options.birth,
                multiple=options.multiple,
                children_before=options.children_before,
            ),
        ),
        region=options.region,
        birth_leave_start=BirthLeaveStart(options.birth_leave_start),
    )
    try:
        catalog = load_catalog()
    except CatalogError as error:
        print(f"parcours calendar : {error.render(translate)}", file=sys.stderr)
        return EXIT_ERROR
    try:
        journey = build_journey(family, catalog, today)
    except InputError as error:
        return _usage(error.render(translate))
    events = select_events(journey.events, mandatory_only=options.mandatory_only, child_key=options.child)
    if options.format in ("ics", "pdf"):
        from .export.formats import write_journey

        write_journey(
            journey,
            options.format,
            options.output,
            language=options.lang,
            mandatory_only=options.mandatory_only,
            child_key=options.child,
        )
        return EXIT_OK
    if options.format == "json":
        text = json.dumps(journey_json(journey, events, translate), ensure_ascii=False, indent=2) + "\n"
    else:
        text = journey_table(journey, events, catalog, translate)
    if options.output is not None:
        try:
            options.output.write_text(text, encoding="utf-8")
        except OSError as error:
            return _usage(f"impossible d'écrire {options.output} ({error.strerror}) : choisissez un autre fichier")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _usage(message: str) -> int:
    line = " ".join(message.split())  # one line, whatever the message holds
    print(f"parcours calendar : erreur : {line}", file=sys.stderr)
    return EXIT_USAGE


def select_events(events: Sequence[Event], *, mandatory_only: bool, child_key: str | None) -> list[Event]:
    """The events the filters keep (mandatory only; one subject's events when a key is given)."""
    return [
        event
        for event in events
        if (not mandatory_only or event.mandatory) and (child_key is None or event.subject_key == child_key)
    ]


def journey_json(journey: Journey, events: Sequence[Event], translate: Translate) -> dict[str, Any]:
    """The `calendar --format json` object: the four reference dates and the events with ISO dates."""
    dates = next(iter(journey.dates.values()), None)
    return {
        "dates": {
            "ddr": dates.ddr.isoformat() if dates else None,
            "conception": dates.conception.isoformat() if dates else None,
            "due": dates.due.isoformat() if dates else None,
            "birth": dates.birth.isoformat() if dates and dates.birth else None,
        },
        "events": [
            {
                "id": event.id,
                "category": event.category.value,
                "start": event.start.isoformat(),
                "end": event.end.isoformat(),
                "title": event.title.render(translate),
                "mandatory": event.mandatory,
                "estimated": event.estimated,
                "source": event.source.title,
                "url": event.source.url,
            }
            for event in events
        ],
    }


def _t(source: str, translate: Translate, *args: str) -> str:
    return Text("Cli", source, args).render(translate)


def journey_table(journey: Journey, events: Sequence[Event], catalog: Catalog, translate: Translate) -> str:
    """A readable listing by date: one line per event, columns aligned, then the legend."""
    lines: list[str] = []
    for dates in journey.dates.values():
        lines.append(
            _t(
                "Dernières règles : %1   Début de grossesse : %2   Terme : %3",
                translate,
                dates.ddr.isoformat(),
                dates.conception.isoformat(),
                dates.due.isoformat(),
            )
        )
        if dates.birth is not None:
            lines.append(_t("Naissance : %1", translate, dates.birth.isoformat()))
    lines.append(_t("Aujourd'hui : %1   Règles : %2", translate, journey.today.isoformat(), catalog.label()))
    lines.append("")
    header = (_t("Début", translate), _t("Fin", translate), _t("Statut", translate), _t("Étape", translate))
    rows = []
    for event in events:
        status = _t("obligatoire", translate) if event.mandatory else _t("recommandé", translate)
        if event.estimated:
            status += " *"
        title = event.title.render(translate)
        if event.subject_key:
            title = f"[{event.subject_key}] {title}"
        rows.append((event.start.isoformat(), event.end.isoformat(), status, title))
    width_status = max([len(header[2]), *(len(row[2]) for row in rows)])
    for row in (header, *rows):
        lines.append(f"{row[0]:<10}  {row[1]:<10}  {row[2]:<{width_status}}  {row[3]}".rstrip())
    lines.append("")
    lines.append(_t("* date estimée à partir du terme : elle sera recalculée avec la date de naissance.", translate))
    return "\n".join(lines) + "\n"
