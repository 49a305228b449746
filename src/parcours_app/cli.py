"""Headless commands for nurses, scripts and tests: `parcours calendar ...` and `parcours data ...`.

`calendar` prints a family's journey as an aligned table or as JSON (and writes .ics or PDF through
export.formats). It never imports Qt for table and JSON. Bad input exits with status 2 and one line on stderr
saying what to fix; `--today` fixes the date taken as today (planning ahead, tests).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .argparse_i18n import requested_language, translate_parser
from .core.clock import clock_for
from .core.errors import CatalogError, InputError, ParcoursError
from .core.formatting import SUPPORTED_LANGUAGES
from .core.journey import build_journey
from .core.model import BirthLeaveStart, Child, Event, Family, Journey, Pregnancy, Region
from .core.rules import Catalog, load_catalog
from .core.text import Text, Translate, tr_noop

if TYPE_CHECKING:
    from .export.formats import ExportRequest

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
FORMATS = ("table", "json", "ics", "pdf")


class UsageError(Exception):
    """Bad command-line input: the message is one line saying what to fix."""


def _cli(source: str, *args: object) -> Text:
    return Text("Cli", source, tuple(str(arg) for arg in args))


# argparse's own messages (English) and their French source, so they go through the translator too
# (tr_noop: tools/update_translations.py extracts literals only).
_ARGPARSE_MESSAGES = (
    ("unrecognized arguments: ", tr_noop("Cli", "option inconnue : %1")),
    ("expected one argument", tr_noop("Cli", "il manque la valeur après l'option")),
    ("invalid choice: ", tr_noop("Cli", "choix impossible : %1")),
    ("ignored explicit argument ", tr_noop("Cli", "valeur en trop : %1")),
)


class _Parser(argparse.ArgumentParser):
    """argparse with its errors turned into one translated line (status 2) instead of usage text and exit."""

    def __init__(self, translate: Translate, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.translate = translate
        translate_parser(self, translate)  # "usage:", "options:", "-h" in the chosen language

    def error(self, message: str) -> NoReturn:
        option = ""
        if message.startswith("argument "):
            option, _, message = message[len("argument ") :].partition(": ")
        for english, french in _ARGPARSE_MESSAGES:
            if message.startswith(english):
                message = _cli(french, message[len(english) :]).render(self.translate)
                break
        raise UsageError(f"{option} : {message}" if option else message)

    def options(self, args: Sequence[str], usage: Callable[[str, Translate], int]) -> argparse.Namespace | int:
        """The parsed options, or the exit status when parsing ends the command (an error, or --help)."""
        try:
            return self.parse_args(list(args))
        except UsageError as error:
            return usage(str(error), self.translate)
        except SystemExit as exit_:  # --help
            return int(exit_.code or 0)


def parse_date(text: str) -> dt.date:
    """ISO (2026-03-02) or French (02/03/2026) date; raises ValueError otherwise (impossible dates too)."""
    value = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _date_type(translate: Translate) -> Any:
    def parse(text: str) -> dt.date:
        try:
            return parse_date(text)
        except ValueError:
            message = _cli(
                "date impossible ou mal écrite « %1 » : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA (par exemple 2026-03-02)",
                text,
            )
            raise argparse.ArgumentTypeError(message.render(translate)) from None

    return parse


def _region_type(translate: Translate) -> Any:
    def parse(text: str) -> Region:
        try:
            return Region(text.strip().lower())
        except ValueError:
            names = ", ".join(region.value for region in Region)
            message = _cli("région inconnue « %1 » : choisissez parmi %2", text, names)
            raise argparse.ArgumentTypeError(message.render(translate)) from None

    return parse


def _whole_number(translate: Translate, low: int, high: int) -> Any:
    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = low - 1
        if not low <= number <= high:
            message = _cli("« %1 » : indiquez un nombre entier de %2 à %3", text, low, high)
            raise argparse.ArgumentTypeError(message.render(translate))
        return number

    return parse


def _add_situation_options(parser: _Parser, translate: Translate) -> None:
    """The family's situation beside its dates, the same for `calendar` and `leave`: the birth, how many babies,
    the children already born, the region and the birth leave's start (they set the leave durations)."""
    date = _date_type(translate)
    parser.add_argument("--birth", metavar="D", type=date, help=_cli("date de naissance réelle").render(translate))
    for flag, low, high, what in (
        ("--multiple", 1, 3, _cli("bébés attendus (3 = trois ou plus)")),
        ("--children-before", 0, 20, _cli("enfants déjà nés")),
    ):
        parser.add_argument(
            flag, metavar="N", type=_whole_number(translate, low, high), default=low, help=what.render(translate)
        )
    parser.add_argument(
        "--region",
        metavar="R",
        type=_region_type(translate),
        default=Region.METROPOLE,
        help=_cli("metropole, alsace-moselle, ...").render(translate),
    )
    parser.add_argument(
        "--birth-leave-start",
        choices=[choice.value for choice in BirthLeaveStart],
        default=BirthLeaveStart.BIRTH_DAY.value,
        help=_cli("début du congé de naissance").render(translate),
    )


def _calendar_parser(translate: Translate) -> _Parser:
    def tr(source: str) -> str:
        return Text("Cli", source).render(translate)

    date = _date_type(translate)
    parser = _Parser(
        translate,
        prog="parcours calendar",
        description=tr("Calcule le calendrier des 1000 premiers jours à partir d'une date de la grossesse."),
    )
    parser.add_argument("--ddr", metavar="D", type=date, help=tr("premier jour des dernières règles"))
    parser.add_argument(
        "--cycle-length",
        metavar="N",
        type=_whole_number(translate, 20, 45),
        default=28,
        help=tr("durée du cycle (défaut 28)"),
    )
    parser.add_argument("--conception", metavar="D", type=date, help=tr("date de début de grossesse (1re échographie)"))
    parser.add_argument(
        "--due", metavar="D", type=date, help=tr("date présumée d'accouchement donnée par un professionnel")
    )
    _add_situation_options(parser, translate)
    parser.add_argument(
        "--today", metavar="D", type=date, help=tr("date prise pour aujourd'hui (défaut : date du système)")
    )
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default="fr", help=tr("langue des textes"))
    parser.add_argument("--format", choices=FORMATS, default="table", help=tr("table, json, ics ou pdf"))
    parser.add_argument(
        "--output", metavar=tr("FICHIER"), type=Path, help=tr("fichier où écrire (obligatoire pour ics et pdf)")
    )
    parser.add_argument("--mandatory-only", action="store_true", help=tr("seulement les étapes obligatoires"))
    parser.add_argument(
        "--child", metavar="KEY", help=tr("seulement les étapes d'un enfant ou d'une grossesse (sa clé)")
    )
    return parser


def run_cli(args: list[str]) -> int:
    """Run a headless command (`calendar ...` or `data ...`); return the exit status."""
    try:
        status = _dispatch(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # `parcours calendar ... | head` closed the pipe: what was asked for was read. Python would print a
        # traceback when flushing at exit, so stdout is pointed at /dev/null first (Python docs, "SIGPIPE").
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return status


def _dispatch(args: list[str]) -> int:
    if not args:
        print(_cli("parcours : indiquez une commande : calendar, today, data ou leave.").render(), file=sys.stderr)
        return EXIT_USAGE
    command, rest = args[0], args[1:]
    if command == "data":
        from .storage.commands import run_data_command

        return run_data_command(rest)
    if command == "calendar":
        return _run_calendar(rest)
    if command == "leave":
        return run_leave(rest)
    if command == "today":
        return _run_today(rest)
    print(
        _cli("parcours : commande inconnue « %1 » : utilisez calendar, today, data ou leave.", command).render(),
        file=sys.stderr,
    )
    return EXIT_USAGE


def print_version() -> int:
    try:
        catalog = load_catalog()
        rules = f"règles {catalog.label()}"
    except CatalogError as error:
        rules = f"règles illisibles : {error.render()}"
    print(f"parcours {__version__} ({rules})")
    return EXIT_OK


def _parse(
    args: Sequence[str], build: Callable[[Translate], _Parser], usage: Callable[[str, Translate], int] | None = None
) -> tuple[argparse.Namespace, Translate] | int:
    """A command's options and the translator for its --lang, or the exit status when parsing ends the command."""
    from .ts_translator import translator_for

    translate = translator_for(requested_language(args))
    options = build(translate).options(args, usage or _usage)
    return options if isinstance(options, int) else (options, translate)


def _run_calendar(args: Sequence[str]) -> int:
    parsed = _parse(args, _calendar_parser)
    if isinstance(parsed, int):
        return parsed
    options, translate = parsed
    pregnancy_dated = options.ddr is not None or options.conception is not None or options.due is not None
    if not pregnancy_dated and options.birth is None:
        return _usage(
            _cli("indiquez une date : --ddr, --conception ou --due (et --birth une fois le bébé né)"), translate
        )
    if not pregnancy_dated and (options.multiple != 1 or options.children_before != 0):
        return _usage(
            _cli("avec --multiple ou --children-before, indiquez aussi le terme (--due) pour calculer les congés"),
            translate,
        )
    if options.format in ("ics", "pdf") and options.output is None:
        return _usage(
            _cli("le format %1 s'écrit dans un fichier : ajoutez --output FICHIER", options.format), translate
        )
    clock = clock_for(options.today)
    today = clock.today()
    # A birth date alone (a newborn seen without its pregnancy dates) is a child recorded without a pregnancy.
    children = () if pregnancy_dated else (Child(key="", birth=options.birth),)
    family = Family(
        children=children,
        pregnancies=()
        if not pregnancy_dated
        else (
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
        return _usage(error.message, translate)
    from .export.formats import ExportRequest, Selection, select_events  # no Qt: the PDF writer loads on demand

    selection = Selection(mandatory_only=options.mandatory_only, child_key=options.child)
    try:
        events = select_events(journey, selection)
    except InputError as error:  # an unknown child: status 2 in every format, as for ics and pdf
        return _usage(error.message, translate)
    if options.format in ("ics", "pdf"):
        from .ts_translator import translator_for

        request = ExportRequest(selection=selection, language=options.lang, translate=translator_for(options.lang))
        try:
            _write_export(journey, options.format, options.output, request, clock.now())
        except ParcoursError as error:
            return _usage(error.message, translate)
        except OSError as error:
            return _unwritable(options.output, error, translate)
        return EXIT_OK
    if options.format == "json":
        text = json.dumps(journey_json(journey, events, translate), ensure_ascii=False, indent=2) + "\n"
    else:
        text = journey_table(journey, events, catalog, translate)
    if options.output is not None:
        try:
            options.output.write_text(text, encoding="utf-8")
        except OSError as error:
            return _unwritable(options.output, error, translate)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _write_export(journey: Journey, fmt: str, output: Path, request: ExportRequest, now: dt.datetime) -> None:
    """The calendar file ("ics") or the A4 plan ("pdf"), with the stable fallback calendar id (the command line has
    no stored family). InputError for an unknown child, OSError when the file cannot be written."""
    if fmt == "ics":
        from .export.ics import build_calendar, save_calendar

        save_calendar(build_calendar(journey, request, now=now), output)
    else:
        from .export.plan import build_plan
        from .export.plan_pdf import write_plan_pdf  # Qt: loaded only when a PDF is asked for

        write_plan_pdf(build_plan(journey, request, produced_on=now.date()), output)


def _today_parser(translate: Translate) -> _Parser:
    def tr(source: str) -> str:
        return Text("Cli", source).render(translate)

    parser = _Parser(
        translate,
        prog="parcours today",
        description=tr("Ce que la page Aujourd'hui montre pour la famille enregistrée (lecture seule)."),
    )
    parser.add_argument("--data-dir", metavar="DIR", type=Path, help=tr("dossier des données"))
    parser.add_argument("--today", metavar="D", type=_date_type(translate), help=tr("date prise comme aujourd'hui"))
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default="fr", help=tr("langue des textes"))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=tr("text ou json"))
    return parser


def _run_today(args: Sequence[str]) -> int:
    """`parcours today`: the home page's "now" for the stored family, read without changing anything (issue 16)."""
    from .core.reminders import summarize_day
    from .storage.errors import NoDatabaseError, StorageError
    from .storage.paths import default_data_dir
    from .storage.sqlite_store import read_only_snapshot

    parsed = _parse(args, _today_parser)
    if isinstance(parsed, int):
        return parsed
    options, translate = parsed
    data_dir: Path = options.data_dir or default_data_dir()
    no_family = _cli("parcours today : aucune famille n'est enregistrée dans %1.", str(data_dir))
    try:
        family, states, appointments = read_only_snapshot(data_dir)
    except NoDatabaseError:
        print(no_family.render(translate), file=sys.stderr)
        return EXIT_ERROR
    except StorageError as error:
        print(f"parcours today : {error.render(translate)}", file=sys.stderr)
        return EXIT_ERROR
    if family is None:
        print(no_family.render(translate), file=sys.stderr)
        return EXIT_ERROR
    today = clock_for(options.today).today()
    try:
        journey = build_journey(family, load_catalog(), today)
    except ParcoursError as error:
        print(f"parcours today : {error.render(translate)}", file=sys.stderr)
        return EXIT_ERROR
    summary = summarize_day(journey, states, appointments, today)
    sections: list[tuple[str, str, Sequence[Event]]] = [
        ("under_way", tr_noop("Cli", "En cours"), summary.under_way),
        ("this_week", tr_noop("Cli", "À faire cette semaine"), summary.this_week),
        ("next", tr_noop("Cli", "Prochaines étapes"), summary.next_steps),
        ("catch_up", tr_noop("Cli", "À rattraper"), summary.catch_up),
        ("past_to_confirm", tr_noop("Cli", "Étapes passées à confirmer"), summary.past_to_confirm),
    ]
    if options.format == "json":
        document: dict[str, Any] = {"today": today.isoformat()}
        for key, _heading, events in sections:
            document[key] = journey_json(journey, events, translate)["events"]
        document["appointments"] = [
            {
                "id": appointment.id,
                "starts_at": appointment.starts_at.isoformat(),
                "duration_minutes": appointment.duration_minutes,
                "title": appointment.title,
                "event_id": appointment.event_id,
                "place": appointment.place,
            }
            for appointment in summary.appointments_soon
        ]
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    from .core.formatting import format_date

    lines = [_t("Aujourd'hui, %1", translate, format_date(today, options.lang, "full"))]
    for _key, heading, events in sections:
        if not events:
            continue
        lines += ["", Text("Cli", heading).render(translate)]
        for event in events:
            window = _t(
                "du %1 au %2", translate, format_date(event.start, options.lang), format_date(event.end, options.lang)
            )
            if event.start == event.end:
                window = _t("le %1", translate, format_date(event.start, options.lang))
            mark = _t(" (obligatoire)", translate) if event.mandatory else ""
            lines.append(f"- {event.title.render(translate)}{mark} : {window}")
    if summary.appointments_soon:
        lines += ["", _t("Rendez-vous des 7 prochains jours", translate)]
        for appointment in summary.appointments_soon:
            when = _t(
                "le %1 à %2",
                translate,
                format_date(appointment.starts_at.date(), options.lang),
                appointment.starts_at.strftime("%H:%M"),
            )
            lines.append(f"- {appointment.title or _t('Rendez-vous', translate)} : {when}")
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _one_line(message: Text | str, translate: Translate) -> str:
    """A usage message on one line, whatever it holds, in the chosen language."""
    text = message.render(translate) if isinstance(message, Text) else message
    return " ".join(text.split())


def _usage(message: Text | str, translate: Translate) -> int:
    print(_cli("parcours calendar : erreur : %1", _one_line(message, translate)).render(translate), file=sys.stderr)
    return EXIT_USAGE


def journey_json(journey: Journey, events: Sequence[Event], translate: Translate) -> dict[str, Any]:
    """The `calendar --format json` object: the four reference dates and the events with ISO dates.

    With a birth date alone (no pregnancy), ddr, conception and due are null."""
    dates = next(iter(journey.dates.values()), None)
    birth = dates.birth if dates is not None else None
    if birth is None and journey.family.children:
        birth = journey.family.children[0].birth
    return {
        "dates": {
            "ddr": dates.ddr.isoformat() if dates else None,
            "conception": dates.conception.isoformat() if dates else None,
            "due": dates.due.isoformat() if dates else None,
            "birth": birth.isoformat() if birth else None,
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
    """A literal French line of the table in the chosen language (calls Text itself so that
    tools/update_translations.py recognises `_t("…")` as a translatable literal)."""
    return Text("Cli", source, args).render(translate)


def journey_table(journey: Journey, events: Sequence[Event], catalog: Catalog, translate: Translate) -> str:
    """A readable listing by date: one line per event, columns aligned, then the legend."""
    lines: list[str] = []
    typed_ddr = journey.family.pregnancies[0].ddr if journey.family.pregnancies else None
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
        if typed_ddr is not None and typed_ddr != dates.ddr:
            lines.append(
                _t(
                    "(dernières règles indiquées : %1 ; les SA comptent depuis la date corrigée %2)",
                    translate,
                    typed_ddr.isoformat(),
                    dates.ddr.isoformat(),
                )
            )
        if dates.birth is not None:
            lines.append(_t("Naissance : %1", translate, dates.birth.isoformat()))
    rules = _t("%1 du %2", translate, catalog.version, catalog.date.isoformat())
    if not journey.dates:
        for child in journey.family.children:
            lines.append(_t("Naissance : %1", translate, child.birth.isoformat()))
    lines.append(_t("Aujourd'hui : %1   Règles : %2", translate, journey.today.isoformat(), rules))
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


# --- `parcours leave`: both parents' leave planned and checked (core.leave_plan) -------------------------------


def _period_type(translate: Translate, with_parent: bool) -> Any:
    """START:END (paternity) or PARENT:START:END (supplement, PARENT = birth-parent or second-parent)."""

    def parse(text: str) -> tuple[str, dt.date, dt.date]:
        parts = text.split(":")
        parent = parts.pop(0) if with_parent and len(parts) == 3 else "second-parent"
        try:
            if len(parts) != 2 or parent not in ("birth-parent", "second-parent"):
                raise ValueError(text)
            start, end = parse_date(parts[0]), parse_date(parts[1])
            if end < start:
                raise ValueError(text)
        except ValueError:
            example = "second-parent:2028-03-08:2028-04-07" if with_parent else "2027-11-08:2027-11-28"
            message = _cli("période mal écrite « %1 » : écrivez par exemple %2 (début avant la fin)", text, example)
            raise argparse.ArgumentTypeError(message.render(translate)) from None
        return parent, start, end

    return parse


def _leave_parser(translate: Translate) -> _Parser:
    def tr(source: str) -> str:
        return Text("Cli", source).render(translate)

    date = _date_type(translate)
    parser = _Parser(
        translate,
        prog="parcours leave",
        description=tr(
            "Vérifie les congés prévus des deux parents (salariés du privé) et donne les dates de prévenance."
        ),
    )
    parser.add_argument("--due", metavar="D", type=date, required=True, help=tr("date présumée d'accouchement"))
    _add_situation_options(parser, translate)
    parser.add_argument(
        "--weeks-after-birth",
        metavar="N",
        type=_whole_number(translate, 0, 3),
        default=0,
        help=tr("semaines du congé prénatal reportées après la naissance (0 à 3)"),
    )
    parser.add_argument(
        "--paternity",
        metavar=tr("DÉBUT:FIN"),
        type=_period_type(translate, False),
        action="append",
        default=[],
        help=tr("une période du congé de paternité (au plus 2)"),
    )
    parser.add_argument(
        "--supplement",
        metavar=tr("PARENT:DÉBUT:FIN"),
        type=_period_type(translate, True),
        action="append",
        default=[],
        help=tr("une période du congé supplémentaire de naissance (birth-parent ou second-parent)"),
    )
    parser.add_argument("--suggest", action="store_true", help=tr("proposer un plan de départ"))
    parser.add_argument(
        "--planned-before-birth",
        action="store_true",
        help=tr("le plan a été fait avant la naissance (signale ce que la vraie date remet en cause)"),
    )
    parser.add_argument(
        "--today", metavar="D", type=date, help=tr("date prise pour aujourd'hui (défaut : date du système)")
    )
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default="fr", help=tr("langue des textes"))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=tr("text ou json"))
    return parser


def run_leave(args: Sequence[str]) -> int:
    """`parcours leave`: print both parents' periods, the problems found and the notice deadlines."""
    from .core.leave_plan import (
        LeavePlan,
        Parent,
        PeriodKind,
        PlannedPeriod,
        PlanSituation,
        check_plan,
        suggested_plan,
    )

    parsed = _parse(args, _leave_parser, _leave_usage)
    if isinstance(parsed, int):
        return parsed
    options, translate = parsed
    today = clock_for(options.today).today()
    situation = PlanSituation(
        due=options.due,
        birth=options.birth,
        multiple=options.multiple,
        children_before=options.children_before,
        region=options.region,
        birth_leave_start=BirthLeaveStart(options.birth_leave_start),
    )
    periods = [
        PlannedPeriod(Parent.SECOND_PARENT, PeriodKind.PATERNITY, start, end) for _, start, end in options.paternity
    ]
    periods += [
        PlannedPeriod(Parent(parent), PeriodKind.SUPPLEMENT, start, end) for parent, start, end in options.supplement
    ]
    planned_with = None if options.planned_before_birth else options.birth
    try:
        if options.suggest and not periods:
            plan = suggested_plan(situation)
        else:
            plan = LeavePlan(periods=tuple(periods), planned_with_birth=planned_with)
        plan = LeavePlan(plan.subject_key, plan.periods, options.weeks_after_birth, planned_with)
        report = check_plan(plan, situation, today)
    except InputError as error:
        return _leave_usage(error.message, translate)
    if options.format == "json":
        sys.stdout.write(json.dumps(leave_json(report, translate), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(leave_text(report, translate))
    return EXIT_OK


def _unwritable(path: Path, error: OSError, translate: Translate) -> int:
    message = _cli("impossible d'écrire %1 (%2) : choisissez un autre fichier", path, error.strerror)
    return _usage(message, translate)


def _leave_usage(message: Text | str, translate: Translate) -> int:
    print(_cli("parcours leave : erreur : %1", _one_line(message, translate)).render(translate), file=sys.stderr)
    return EXIT_USAGE


def leave_json(report: Any, translate: Translate) -> dict[str, Any]:
    """The `leave --format json` object: periods, windows, issues and notices with ISO dates."""
    from .core.leave_plan import kind_name, notice_title, render_issue

    def window(value: Any) -> dict[str, str] | None:
        return None if value is None else {"start": value.start.isoformat(), "end": value.end.isoformat()}

    return {
        "due": report.situation.due.isoformat(),
        "birth": report.situation.birth.isoformat() if report.situation.birth else None,
        "estimated": report.situation.estimated,
        "timeline": window(report.timeline),
        "periods": [
            {
                "parent": period.parent.value,
                "kind": period.kind.value,
                "title": kind_name(period.kind).render(translate),
                "start": period.start.isoformat(),
                "end": period.end.isoformat(),
                "days": period.counted_days,
                "chosen": period in report.plan.periods,
            }
            for period in report.all_periods
        ],
        "windows": {
            "paternity": {**(window(report.paternity_window) or {}), "days": report.paternity_days},
            "supplement": {parent.value: window(value) for parent, value in report.supplement_windows.items()},
        },
        "issues": [
            {
                "kind": issue.kind.value,
                "period": None
                if issue.period is None
                else [issue.period.start.isoformat(), issue.period.end.isoformat()],
                "message": render_issue(issue, translate),
            }
            for issue in report.issues
        ],
        "notices": [
            {
                "parent": notice.parent.value,
                "deadline": notice.deadline.isoformat() if notice.deadline else None,
                "title": notice_title(notice).render(translate),
                "rule": notice.rule.render(translate),
            }
            for notice in report.notices
        ],
        "invalidated_by_birth": report.invalidated_by_birth,
    }


def leave_text(report: Any, translate: Translate) -> str:
    """A readable listing: the periods of each parent, then the problems, then the notice deadlines."""
    from .core.leave_plan import Parent, kind_name, notice_title, render_issue

    lines: list[str] = []
    birth = report.situation.birth
    lines.append(
        _t(
            "Terme : %1   Naissance : %2",
            translate,
            report.situation.due.isoformat(),
            birth.isoformat() if birth else "-",
        )
    )
    if report.situation.estimated:
        lines.append(_t("Dates estimées à partir du terme : elles changeront avec la date de naissance.", translate))
    lines.append(_t("Règles des salariés du secteur privé.", translate))
    for parent, heading in (
        (Parent.BIRTH_PARENT, _t("Parent qui accouche", translate)),
        (Parent.SECOND_PARENT, _t("Second parent", translate)),
    ):
        lines.append("")
        lines.append(heading)
        for period in report.all_periods:
            if period.parent is parent:
                chosen = "*" if period in report.plan.periods else " "
                lines.append(
                    f"  {chosen} {period.start.isoformat()}  {period.end.isoformat()}  "
                    f"{period.counted_days:>3} {_t('j', translate)}  {kind_name(period.kind).render(translate)}"
                )
    lines.append("")
    if report.invalidated_by_birth:
        lines.append(
            _t("! La date de naissance réelle remet en cause ce plan : il n'a pas été déplacé, corrigez-le.", translate)
        )
    if report.issues:
        lines.append(_t("À corriger :", translate))
        lines.extend(f"  - {render_issue(issue, translate)}" for issue in report.issues)
    else:
        lines.append(_t("Le plan respecte les règles.", translate))
    lines.append("")
    lines.append(_t("Prévenir l'employeur :", translate))
    for notice in report.notices:
        when = notice.deadline.isoformat() if notice.deadline else _t("sans délai", translate)
        lines.append(f"  {when:<10}  {notice_title(notice).render(translate)} ({notice.rule.render(translate)})")
    lines.append("")
    lines.append(_t("* période choisie par les parents ; les autres sont fixées par la loi.", translate))
    return "\n".join(lines) + "\n"
