"""Frozen domain objects shared by every layer: what a family typed, and the journey computed from it.

Data flows one way: dates typed by a person -> `Family` -> `build_journey` (core.journey) with the rule catalog
-> `Journey` (events with stable ids) -> views, reminders, exports. What the person does with an event
(`EventState`, `Appointment`) is stored apart, keyed by the stable event id, so recomputing never loses it.

Event id scheme (docs/RULES.md, "Stable event ids"): a rule id such as `child.exam.3` is prefixed by the key of
the pregnancy or child it belongs to when that key is not empty: `child2:child.exam.3`, `pregnancy2:pregnancy.exam.1`.
The family's first pregnancy and first child have the empty key, so a family with one pregnancy and one child has
the plain ids of the contract. Keys are given once (in the order children and pregnancies are added) and stored,
never recomputed, so ids never change when a sibling arrives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from .text import Text


class Region(StrEnum):
    """Where the family lives, for the public holidays that move working-day deadlines."""

    METROPOLE = "metropole"
    ALSACE_MOSELLE = "alsace-moselle"
    GUADELOUPE = "guadeloupe"
    MARTINIQUE = "martinique"
    GUYANE = "guyane"
    REUNION = "reunion"
    MAYOTTE = "mayotte"


class DateKind(StrEnum):
    """The kinds of date a person can type about a pregnancy, most authoritative last."""

    DDR = "ddr"  # first day of the last period
    DDG = "conception"  # date de début de grossesse (conception, or fixed by the first-trimester scan)
    DPA = "due"  # date présumée d'accouchement given by a professional
    BIRTH = "birth"


class BirthLeaveStart(StrEnum):
    """When the second parent's 3-day congé de naissance starts (C. trav. L3142-4: the parent may choose)."""

    BIRTH_DAY = "birth-day"
    NEXT_WORKING_DAY = "next-working-day"


class Category(StrEnum):
    """What an event is about. The UI's filters group these (pregnancy, leave, child, démarches)."""

    PREGNANCY = "pregnancy"  # prenatal exams, ultrasounds, EPP, coverage
    ADMIN = "admin"  # démarches: déclarations, notices to the employer
    LEAVE = "leave"
    POSTNATAL = "postnatal"  # the mother's and family's care after the birth
    CHILD = "child"  # the child's mandatory exams and certificates
    VACCINE = "vaccine"
    SELFTEST = "selftest"
    MILESTONE = "milestone"  # school start, end of the 1000 days


class Concern(StrEnum):
    """Who an event is for."""

    MOTHER = "mother"
    SECOND_PARENT = "second-parent"
    PARENTS = "parents"
    CHILD = "child"


@dataclass(frozen=True, slots=True)
class MaternityOptions:
    """The choices the Code du travail leaves to a salaried mother (L1225-17 to L1225-23)."""

    weeks_moved_after_birth: int = 0  # up to 3 prenatal weeks postponed after the birth (L1225-17)
    weeks_moved_before_birth: int = 0  # +2 (3rd child, L1225-19) or +4 (twins, L1225-18) moved before
    pathological_days_before: int = 0  # up to 14 (L1225-21)
    pathological_days_after: int = 0  # up to 28 (L1225-21)
    premature_hospitalised: bool = False  # birth > 6 weeks early, newborn hospitalised (L1225-22/23)


@dataclass(frozen=True, slots=True)
class Pregnancy:
    """One pregnancy as the person typed it. Any one of ddr, conception or due is enough."""

    key: str = ""  # "" for the family's first pregnancy, then "pregnancy2", ...: prefix of its event ids
    ddr: dt.date | None = None
    cycle_length: int = 28
    conception: dt.date | None = None  # DDG, from the first-trimester scan when known
    due: dt.date | None = None  # DPA given by the midwife or doctor
    birth: dt.date | None = None  # the real birth date, once the baby is born
    multiple: int = 1  # 1, 2 (twins) or 3 (triplets or more)
    children_before: int = 0  # dependent children or viable births before this pregnancy (maternity-leave rank)
    maternity: MaternityOptions = field(default_factory=MaternityOptions)
    newborn_hospital_days: int = 0  # stay of the newborn right after birth (extends paternity leave, L1225-35)
    added_on: dt.date | None = None  # the day it was added to the app: steps ended before are a question, not late


@dataclass(frozen=True, slots=True)
class Child:
    """A child whose birth date is known: born from a tracked pregnancy or already at home."""

    key: str  # "" for the family's first child, then "child2", ...: prefix of its event ids
    birth: dt.date
    name: str = ""
    pregnancy_key: str | None = None  # the tracked pregnancy the child was born from, if any
    premature: bool = False
    added_on: dt.date | None = None  # the day it was added to the app (or its birth recorded); None: not known


@dataclass(frozen=True, slots=True)
class Family:
    """Everything the engine needs: the pregnancies and children of one household and where it lives."""

    pregnancies: tuple[Pregnancy, ...] = ()
    children: tuple[Child, ...] = ()
    region: Region = Region.METROPOLE
    birth_leave_start: BirthLeaveStart = BirthLeaveStart.BIRTH_DAY
    parent1_name: str = ""
    parent2_name: str = ""
    parent1_salaried: bool | None = None  # None: not said
    parent2_salaried: bool | None = None
    # the day the family started using the app: steps whose window ended before are asked about, never "en retard";
    # None: not known yet (a file from before schema 0002), read as "today" until the app records it
    started_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where a rule or a link comes from, and when we last checked it."""

    title: str
    url: str
    checked: dt.date


@dataclass(frozen=True, slots=True)
class PregnancyDates:
    """The four reference dates of a pregnancy after dating (core.dating)."""

    ddr: dt.date
    conception: dt.date
    due: dt.date
    birth: dt.date | None
    due_given: bool  # the DPA came from a professional rather than from DDG + 9 months


@dataclass(frozen=True, slots=True)
class Event:
    """One dated step of the journey, with a window [start, end] (start == end for a single day)."""

    id: str  # stable id: rule id with the subject's prefix (see module docstring)
    rule_id: str  # id of the rule in resources/rules, without prefix
    category: Category
    start: dt.date
    end: dt.date
    title: Text
    explanation: Text  # what it is and why it matters, in plain language
    mandatory: bool
    estimated: bool  # computed from the due date, not from a real birth
    source: Source
    concerns: Concern = Concern.PARENTS
    subject_key: str = ""  # key of the pregnancy or child the event belongs to
    subject_name: str = ""  # the child's first name, when known
    anchor: DateKind | None = None  # the date it is computed from
    anchor_date: dt.date | None = None
    target: dt.date | None = None  # the ideal day inside the window, when a rule names one ("around 22 SA")
    whom: Text | None = None  # whom to see
    to_bring: Text | None = None  # what to bring or prepare
    advice: Text | None = None  # advice beyond the legal window ("avant la fin du 3e mois")
    topics: tuple[str, ...] = ()  # content topics (core.content) that explain it further
    catch_up: str = "no"  # core.rules.CatchUp: whether a late step can still be done (resources/rules/catch-up.toml)

    def is_open_on(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class Journey:
    """The computed calendar of one family on a given day."""

    family: Family
    today: dt.date
    dates: dict[str, PregnancyDates]  # pregnancy key -> its reference dates
    events: tuple[Event, ...]  # sorted by (start, end, id)
    rules_version: str = ""

    def by_id(self) -> dict[str, Event]:
        return {event.id: event for event in self.events}


# --- What a person does with the journey: stored apart, keyed by the stable event id -----------------


@dataclass(frozen=True, slots=True)
class EventState:
    """The person's own marks on one event. Survives any recomputation because it is keyed by event id."""

    event_id: str
    done_on: dt.date | None = None
    snoozed_until: dt.date | None = None
    dismissed: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class Appointment:
    """An appointment the person booked themselves (time in Europe/Paris local time)."""

    id: int | None
    starts_at: dt.datetime  # naive local time, Europe/Paris
    title: str = ""
    event_id: str | None = None  # the journey event it fulfils, if any
    place: str = ""
    note: str = ""
    duration_minutes: int = 60


class Respondent(StrEnum):
    """Who takes the self-test: the wording agrees with the person, the items and scoring do not change."""

    MOTHER = "mother"
    OTHER_PARENT = "other-parent"


@dataclass(frozen=True, slots=True)
class SelfTestResult:
    """A kept EPDS result (kept only when the person ticks the box; never in consultation or reception mode)."""

    id: int | None
    taken_on: dt.datetime
    respondent: Respondent
    answers: tuple[int, ...]  # points of each of the 10 answers, in item order
    total: int
    band: str  # "low", "moderate" or "high" (core.epds)


# --- The local directory (issue: resources and the Maison directory) -----------------------------------


class PlaceKind(StrEnum):
    MAISON_1000_JOURS = "maison-1000-jours"
    PMI = "pmi"
    MATERNITY = "maternity"
    CAF = "caf"
    CPAM = "cpam"
    RELAIS_PETITE_ENFANCE = "relais-petite-enfance"
    LAEP = "laep"
    MIDWIFE = "midwife"
    PAEDIATRICIAN = "paediatrician"
    OTHER = "other"


class MaisonComponent(StrEnum):
    """The five components of the national "Maisons des 1000 premiers jours" framework."""

    PREVENTION_HEALTH = "prevention-health"  # prevention and health, with the PMI
    PARENTING_SUPPORT = "parenting-support"
    INFORMATION_GUIDANCE = "information-guidance"
    SOCIALISATION_CULTURE = "socialisation-culture"  # socialisation and cultural awakening
    PROFESSIONALS_RESOURCE = "professionals-resource"  # resource place for professionals


@dataclass(frozen=True, slots=True)
class PlaceTranslation:
    """A place's own texts in a language other than French, as the Maison's staff wrote them in its directory file
    (issue 17; core/directory.py). An empty text means the French one is shown."""

    language: str  # "en" or "ar" (core.directory.DIRECTORY_LANGUAGES)
    name: str = ""
    opening_hours: str = ""
    note: str = ""
    services: tuple[tuple[str, str], ...] = ()  # (the service's French text, its text in this language)


@dataclass(frozen=True, slots=True)
class Place:
    """A place near the family, typed by the family or by the staff of a Maison. Kept only on this computer."""

    id: int | None
    kind: PlaceKind
    name: str
    address: str = ""
    phone: str = ""
    opening_hours: str = ""
    email: str = ""
    website: str = ""
    note: str = ""
    services: tuple[tuple[MaisonComponent, str], ...] = ()  # for a Maison: (component, service offered)
    translations: tuple[PlaceTranslation, ...] = ()  # optional English and Arabic texts; French is the reference
