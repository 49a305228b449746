"""The rule catalog: every dated step of the journey as data (resources/rules/*.toml), validated on load.

File format (docs/RULES.md, "Catalog file format"): one `catalog.toml` with the `[catalog]` table (version,
date, review_by), and any number of files with `[[rule]]` entries, each file optionally with a `[defaults]`
table of values its rules share. A rule either gives its window as offsets from anchor dates (`start`, `end`,
optional `target`), or names a computation done in code (`compute`, e.g. the maternity leave or the déclaration
de naissance moved by holidays); either way its texts, source and check date are data.

`load_catalog` checks every entry and raises `CatalogError` naming the file and the entry id, so a broken
catalog is never half-loaded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from . import toml_parser as tomllib
from .errors import CatalogError
from .model import Category, Concern, Source
from .text import Text

TEXT_CONTEXT = "Rules"  # translation context of every title and text read from the catalog


class Scope:
    """Which subject a rule produces events for (a plain namespace of the accepted `scope` values)."""

    PREGNANCY = "pregnancy"  # once per pregnancy, from its dates (exams, ultrasounds, déclaration)
    BIRTH = "birth"  # once per birth: parents' leave, postnatal care, déclaration de naissance
    CHILD = "child"  # once per child: exams, vaccines, school

    ALL = frozenset({PREGNANCY, BIRTH, CHILD})


class Anchor:
    """The dates an offset can count from."""

    DDR = "ddr"  # the SA clock: DDG - 14 days ("x SA + y j" = ddr + 7x + y)
    CONCEPTION = "conception"  # DDG
    DUE = "due"  # DPA
    BIRTH = "birth"  # the real birth, or the DPA while the baby is not born (then the event is estimated)

    ALL = frozenset({DDR, CONCEPTION, DUE, BIRTH})


class CatchUp:
    """Whether a step can still be done once its window closed (resources/rules/catch-up.toml, issue 16)."""

    YES = "yes"  # "à rattraper": a vaccine, a child's exam, the déclaration de naissance
    UNTIL_BIRTH = "until-birth"  # while the pregnancy runs only: a prenatal exam
    NO = "no"  # tied to its window: an ultrasound at a given SA, a leave period
    INFORMATION = "information"  # a period to know about, never a to-do: never late, never an alarm

    ALL = frozenset({YES, UNTIL_BIRTH, NO, INFORMATION})


# Computations done in code (core.journey); the catalog still gives their texts and sources.
COMPUTED = frozenset(
    {
        "maternity_leave",
        "maternity_pathological_before",
        "maternity_pathological_after",
        "paternity_notice",
        "birth_leave",
        "paternity_mandatory",
        "paternity_remaining",
        "birth_supplement",
        "birth_supplement_notice",
        "birth_declaration",
        "school_start",
        "thousand_days",
    }
)
# Official sites only (CONTRIBUTING.md: every rule with its official source).
OFFICIAL_HOSTS = (
    "legifrance.gouv.fr",
    "ameli.fr",
    "service-public.fr",
    "service-public.gouv.fr",
    "sante.gouv.fr",
    "solidarites-sante.gouv.fr",
    "travail-emploi.gouv.fr",
    "code.travail.gouv.fr",
    "vaccination-info-service.fr",
    "1000-premiers-jours.fr",
    "santepubliquefrance.fr",
    "has-sante.fr",
    "education.gouv.fr",
    "caf.fr",
)
RULE_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
TOPIC_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_OFFSET_KEYS = frozenset({"anchor", "years", "months", "weeks", "days"})
_RULE_KEYS = frozenset(
    {
        "id",
        "category",
        "scope",
        "anchor",
        "start",
        "end",
        "target",
        "compute",
        "mandatory",
        "concerns",
        "title",
        "explanation",
        "whom",
        "to_bring",
        "advice",
        "topics",
        "source",
    }
)
_SOURCE_KEYS = frozenset({"title", "url", "checked"})
# What a file's [defaults] table may give to all its rules (an entry's own value wins): the shared facts of a
# family of rules, such as the source of the 20 child exams, written once so that a change is made once.
_DEFAULT_KEYS = frozenset(
    {"category", "scope", "concerns", "mandatory", "anchor", "whom", "to_bring", "advice", "topics", "source"}
)
CATALOG_FILE = "catalog.toml"
# Freshness (docs/RULES.md section 10): a catalog must be reviewed at most this long after its release date, and
# no rule of a released catalog may rest on a check older than this (tests/core/test_rules.py).
MAX_REVIEW_DAYS = 366
MAX_CHECK_AGE_DAYS = 365
_E = TypeVar("_E", Category, Concern)


@dataclass(frozen=True, slots=True)
class Offset:
    """anchor + years + months (clamped to the month end) + weeks + days."""

    anchor: str
    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0


@dataclass(frozen=True, slots=True)
class Rule:
    """One entry of the catalog."""

    id: str
    category: Category
    scope: str
    anchor: str
    mandatory: bool
    concerns: Concern
    title: str
    explanation: str
    source: Source
    file: str
    start: Offset | None = None
    end: Offset | None = None
    target: Offset | None = None
    compute: str | None = None
    whom: str | None = None
    to_bring: str | None = None
    advice: str | None = None
    topics: tuple[str, ...] = ()
    catch_up: str = CatchUp.NO  # from the [catch_up] table (catch-up.toml), by rule id

    # The Text values every event of this rule shares, built once at load time (build_journey makes thousands
    # of events per second, and each Text is immutable, so sharing them is safe).
    title_text: Text = field(init=False, repr=False, compare=False)
    whom_text: Text | None = field(init=False, repr=False, compare=False)
    to_bring_text: Text | None = field(init=False, repr=False, compare=False)
    advice_text: Text | None = field(init=False, repr=False, compare=False)
    _explanation_text: Text = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        def optional(value: str | None) -> Text | None:
            return None if value is None else Text(TEXT_CONTEXT, value)

        object.__setattr__(self, "title_text", Text(TEXT_CONTEXT, self.title))
        object.__setattr__(self, "whom_text", optional(self.whom))
        object.__setattr__(self, "to_bring_text", optional(self.to_bring))
        object.__setattr__(self, "advice_text", optional(self.advice))
        object.__setattr__(self, "_explanation_text", Text(TEXT_CONTEXT, self.explanation))

    def explanation_text(self, *args: str) -> Text:
        return Text(TEXT_CONTEXT, self.explanation, args) if args else self._explanation_text


@dataclass(frozen=True, slots=True)
class Catalog:
    """The loaded rules, in file order, with the catalog's version and date."""

    version: str
    date: dt.date  # the release date of the catalog: every rule was checked on or before it
    rules: tuple[Rule, ...]
    by_id: Mapping[str, Rule]
    review_by: dt.date | None = None  # re-check every rule against its source by this day (law changes yearly)

    def __getitem__(self, rule_id: str) -> Rule:
        return self.by_id[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self.by_id

    @property
    def checked(self) -> dt.date:
        """The day the whole catalog was last checked: its release date (the About dialog shows it)."""
        return self.date

    def label(self) -> str:
        """ "2026.11 (2026-11-22)": the same in every language (it is copied into the journey, the PDF and the
        About box without translation, so it holds no word; the ISO date reads the same everywhere)."""
        return f"{self.version} ({self.date.isoformat()})"


def default_rules_dir() -> Path:
    # Imported here so that importing the core never needs the packaging helper; it is plain pathlib code.
    from parcours_app.resources import resource_path

    return resource_path("rules")


def load_catalog(path: Path | None = None) -> Catalog:
    """Load and validate the catalog from a folder of .toml files (default resources/rules) or from one file.

    Raises CatalogError naming the file and the entry for any malformed, incomplete or duplicated entry.
    """
    folder_or_file = default_rules_dir() if path is None else path
    if folder_or_file.is_dir():
        files = sorted(folder_or_file.glob("*.toml"))
    elif folder_or_file.is_file():
        files = [folder_or_file]
    else:
        raise CatalogError(Text("Catalog", "Le catalogue de règles est introuvable : %1.", (str(folder_or_file),)))
    if not files:
        raise CatalogError(Text("Catalog", "Aucun fichier de règles dans %1.", (str(folder_or_file),)))
    header: tuple[str, dt.date, dt.date | None] | None = None
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    catch_up: dict[str, str] = {}
    catch_up_file = ""
    for file in files:
        data = _read_toml(file)
        unknown = set(data) - {"catalog", "defaults", "rule", "catch_up"}
        if unknown:
            raise _error(file.name, "", f"clé inconnue au premier niveau : {', '.join(sorted(unknown))}")
        defaults = data.get("defaults", {})
        if not isinstance(defaults, dict):
            raise _error(file.name, "", "[defaults] doit être une table")
        not_shareable = set(defaults) - _DEFAULT_KEYS
        if not_shareable:
            raise _error(
                file.name,
                "",
                f"[defaults] ne peut pas donner : {', '.join(sorted(not_shareable))} (propre à chaque règle)",
            )
        if "catch_up" in data:
            if catch_up_file:
                raise _error(file.name, "", f"la table [catch_up] est déjà donnée dans {catch_up_file}")
            catch_up, catch_up_file = _parse_catch_up(file.name, data["catch_up"]), file.name
        if "catalog" in data:
            if header is not None:
                raise _error(file.name, "", "la table [catalog] apparaît dans plusieurs fichiers")
            header = _parse_header(file.name, data["catalog"])
        entries = data.get("rule", [])
        if not isinstance(entries, list):
            raise _error(file.name, "", "« rule » doit être une liste d'entrées [[rule]]")
        for index, entry in enumerate(entries, start=1):
            rule = _parse_rule(file.name, index, {**defaults, **entry} if isinstance(entry, dict) else entry)
            if rule.id in seen:
                raise _error(file.name, rule.id, f"identifiant déjà défini dans {seen[rule.id]}")
            seen[rule.id] = file.name
            rules.append(rule)
    if header is None:
        raise _error(files[0].name, "", "la table [catalog] (version, date) est absente")
    if catch_up_file:
        # when given, the table covers the whole catalog: a new rule cannot forget to say whether it can be caught up
        unknown_ids = sorted(set(catch_up) - set(seen))
        if unknown_ids:
            raise _error(catch_up_file, unknown_ids[0], "[catch_up] nomme une règle absente du catalogue")
        missing = [rule.id for rule in rules if rule.id not in catch_up]
        if missing:
            raise _error(catch_up_file, missing[0], "règle absente de [catch_up] (yes, until-birth, no ou information)")
        rules = [dataclasses.replace(rule, catch_up=catch_up[rule.id]) for rule in rules]
    return Catalog(
        version=header[0],
        date=header[1],
        rules=tuple(rules),
        by_id=MappingProxyType({r.id: r for r in rules}),
        review_by=header[2],
    )


def stale_rules(catalog: Catalog, max_age_days: int = MAX_CHECK_AGE_DAYS) -> list[Rule]:
    """The rules whose source was checked more than `max_age_days` before the catalog's release date."""
    oldest = catalog.date - dt.timedelta(days=max_age_days)
    return [rule for rule in catalog.rules if rule.source.checked < oldest]


def _parse_catch_up(file: str, table: object) -> dict[str, str]:
    if not isinstance(table, dict):
        raise _error(file, "", "[catch_up] doit être une table (identifiant de règle = valeur)")
    for rule_id, value in table.items():
        if value not in CatchUp.ALL:
            raise _error(file, str(rule_id), f"[catch_up] doit valoir l'un de {', '.join(sorted(CatchUp.ALL))}")
    return {str(key): str(value) for key, value in table.items()}


def _read_toml(file: Path) -> dict[str, Any]:
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise _error(file.name, "", f"TOML invalide ({error})") from error
    except OSError as error:
        raise _error(file.name, "", f"lecture impossible ({error.strerror})") from error


def _error(file: str, rule_id: str, problem: str) -> CatalogError:
    if rule_id:
        return CatalogError(Text("Catalog", "Fichier de règles %1, entrée %2 : %3.", (file, rule_id, problem)))
    return CatalogError(Text("Catalog", "Fichier de règles %1 : %2.", (file, problem)))


def _parse_header(file: str, table: object) -> tuple[str, dt.date, dt.date | None]:
    if not isinstance(table, dict):
        raise _error(file, "", "[catalog] doit être une table")
    unknown = set(table) - {"version", "date", "review_by"}
    if unknown:
        raise _error(file, "", f"[catalog] : clé inconnue {', '.join(sorted(unknown))}")
    version = table.get("version")
    date = table.get("date")
    review_by = table.get("review_by")
    if not isinstance(version, str) or not version.strip():
        raise _error(file, "", "[catalog] : « version » doit être un texte non vide")
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        raise _error(file, "", "[catalog] : « date » doit être une date (AAAA-MM-JJ)")
    if review_by is not None:
        if not isinstance(review_by, dt.date) or isinstance(review_by, dt.datetime):
            raise _error(file, "", "[catalog] : « review_by » doit être une date (AAAA-MM-JJ)")
        if not date < review_by <= date + dt.timedelta(days=MAX_REVIEW_DAYS):
            raise _error(file, "", f"[catalog] : « review_by » doit suivre « date » de {MAX_REVIEW_DAYS} jours au plus")
    return version, date, review_by


def _parse_rule(file: str, index: int, entry: object) -> Rule:
    if not isinstance(entry, dict):
        raise _error(file, f"n° {index}", "une entrée [[rule]] doit être une table")
    raw_id = entry.get("id")
    if not isinstance(raw_id, str) or not RULE_ID.match(raw_id):
        raise _error(file, f"n° {index}", "« id » manquant ou invalide (minuscules et points, ex. child.exam.1)")
    rule_id = raw_id

    def fail(problem: str) -> CatalogError:
        return _error(file, rule_id, problem)

    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise fail(f"clé inconnue : {', '.join(sorted(unknown))}")

    def text(key: str, *, required: bool) -> str | None:
        value = entry.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise fail(f"« {key} » doit être un texte non vide")
        return value

    category = _enum(entry.get("category"), Category, "category", fail)
    concerns = _enum(entry.get("concerns", Concern.PARENTS.value), Concern, "concerns", fail)
    scope = entry.get("scope")
    if scope not in Scope.ALL:
        raise fail(f"« scope » doit être l'un de {', '.join(sorted(Scope.ALL))}")
    anchor = entry.get("anchor", Anchor.BIRTH if scope != Scope.PREGNANCY else Anchor.CONCEPTION)
    if anchor not in Anchor.ALL:
        raise fail(f"« anchor » doit être l'un de {', '.join(sorted(Anchor.ALL))}")
    if scope != Scope.PREGNANCY and anchor != Anchor.BIRTH:
        raise fail('une règle de naissance ou d\'enfant compte depuis la naissance (anchor = "birth")')
    mandatory = entry.get("mandatory")
    if not isinstance(mandatory, bool):
        raise fail("« mandatory » doit valoir true ou false")
    compute = entry.get("compute")
    start = end = target = None
    if compute is not None:
        if compute not in COMPUTED:
            raise fail(f"« compute » inconnu : {compute!r} (connus : {', '.join(sorted(COMPUTED))})")
        if any(key in entry for key in ("start", "end", "target")):
            raise fail("une règle calculée (« compute ») ne donne ni « start », ni « end », ni « target »")
    else:
        if "start" not in entry or "end" not in entry:
            raise fail("« start » et « end » sont obligatoires sans « compute »")
        start = _offset(entry["start"], anchor, "start", fail)
        end = _offset(entry["end"], anchor, "end", fail)
        target = _offset(entry["target"], anchor, "target", fail) if "target" in entry else None
        if scope != Scope.PREGNANCY and any(o.anchor != Anchor.BIRTH for o in (start, end) if o is not None):
            raise fail("les dates d'une règle de naissance ou d'enfant comptent depuis la naissance")
    topics = entry.get("topics", [])
    if not isinstance(topics, list) or not all(isinstance(t, str) and TOPIC_ID.match(t) for t in topics):
        raise fail('« topics » doit être une liste d\'identifiants (ex. ["sante", "conges"])')
    title = text("title", required=True)
    explanation = text("explanation", required=True)
    assert title is not None and explanation is not None  # required=True never returns None
    return Rule(
        id=rule_id,
        category=category,
        scope=scope,
        anchor=anchor,
        mandatory=mandatory,
        concerns=concerns,
        title=title,
        explanation=explanation,
        source=_source(entry.get("source"), fail),
        file=file,
        start=start,
        end=end,
        target=target,
        compute=compute,
        whom=text("whom", required=False),
        to_bring=text("to_bring", required=False),
        advice=text("advice", required=False),
        topics=tuple(topics),
    )


def _enum(value: object, kind: type[_E], key: str, fail: Any) -> _E:
    try:
        return kind(str(value)) if isinstance(value, str) else kind("\0")
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise fail(f"« {key} » doit être l'un de {allowed} (trouvé {value!r})") from None


def _offset(value: object, default_anchor: str, key: str, fail: Any) -> Offset:
    if not isinstance(value, dict):
        raise fail(f"« {key} » doit être une table, ex. {{ months = 3, days = -1 }}")
    unknown = set(value) - _OFFSET_KEYS
    if unknown:
        raise fail(
            f"« {key} » : clé inconnue {', '.join(sorted(unknown))} (permis : anchor, years, months, weeks, days)"
        )
    anchor = value.get("anchor", default_anchor)
    if anchor not in Anchor.ALL:
        raise fail(f"« {key}.anchor » doit être l'un de {', '.join(sorted(Anchor.ALL))}")
    numbers: dict[str, int] = {}
    for part in ("years", "months", "weeks", "days"):
        number = value.get(part, 0)
        if not isinstance(number, int) or isinstance(number, bool) or abs(number) > 10_000:
            raise fail(f"« {key}.{part} » doit être un nombre entier")
        numbers[part] = number
    return Offset(anchor=anchor, **numbers)


def _source(value: object, fail: Any) -> Source:
    if not isinstance(value, dict):
        raise fail("« source » (title, url, checked) est obligatoire")
    unknown = set(value) - _SOURCE_KEYS
    if unknown:
        raise fail(f"« source » : clé inconnue {', '.join(sorted(unknown))}")
    title, url, checked = value.get("title"), value.get("url"), value.get("checked")
    if not isinstance(title, str) or not title.strip():
        raise fail("« source.title » doit être un texte non vide")
    if not isinstance(url, str) or not _is_official(url):
        raise fail(f"« source.url » doit être une adresse https d'un site officiel ({', '.join(OFFICIAL_HOSTS)})")
    if not isinstance(checked, dt.date) or isinstance(checked, dt.datetime):
        raise fail("« source.checked » doit être une date (AAAA-MM-JJ)")
    return Source(title=title, url=url, checked=checked)


def _is_official(url: str) -> bool:
    # The one list of official domains, shared by every link of the app (resources/content/official_domains.toml);
    # OFFICIAL_HOSTS above is a subset of it, kept for the error message.
    from .official_domains import load_official_domains

    return load_official_domains().is_official(url)
