"""Both parents' leave laid side by side and checked against the rules ("Nos congés", `parcours leave`).

A `LeavePlan` holds only what the parents choose: the periods of the paternity leave's remaining 21 days (28 for a
multiple birth) and the periods of each parent's congé supplémentaire de naissance. What the law fixes (maternity
leave, the 3-day congé de naissance, the 4 mandatory days) is computed from the dates by core.leave and shown
with them. `check_plan` returns every problem as a `PlanIssue` whose message names the rule and says what to change,
and the notice deadlines (when to tell the employer) of every period.

A plan is never moved by the app: when the real birth date is entered, the chosen periods stay where the parents
put them; if the birth makes them break a rule, the report says so (`invalidated_by_birth`) until they save the
plan again.

Rules (docs/RULES.md, "Leave planner"):
- Paternité et accueil (C. trav. L1225-35, D1225-8): 21 days (28 for a multiple birth) after the 4 mandatory days,
  in 1 or 2 periods of at least 5 days, taken by birth + 6 months - 1 (later after a hospital stay). Notice: the
  expected birth date 1 month before it; each period 1 month before it starts, except a period starting within the
  month after a birth that came before the due date ("sans délai").
- Congé supplémentaire de naissance (LFSS 2026 art. 99, C. trav. L1225-46-2 s.; service-public F39685): children
  born from 1 January 2026, or born earlier with a due date from then; 1 or 2 months per parent, at once or in two
  parts of 1 month; after the parent's own maternity or paternity leave. Born 1 January to 30 June 2026: between
  1 July 2026 and 31 March 2027; born from 1 July 2026: within the 9 months after the birth. Notice 1 month before,
  15 days when it follows the paternity leave at once and starts within the month after the birth.
The supplementary-leave window and notice come from core.leave (birth_supplement, supplement_notice, corrected for
F39685 by issue 15), applied per parent after each parent's own planned leave.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from .errors import InputError
from .leave import (
    BIRTH_LEAVE_DAYS,
    SupplementNotice,
    Window,
    birth_leave,
    birth_supplement,
    maternity_leave,
    paternity_deadline,
    paternity_mandatory,
    paternity_remaining_days,
    supplement_applies,
    supplement_notice,
)
from .model import (
    BirthLeaveStart,
    Category,
    Concern,
    Event,
    Family,
    Journey,
    MaternityOptions,
    PregnancyDates,
    Region,
    Source,
)
from .text import Text, Translate, identity_translate

MIN_PATERNITY_PERIOD_DAYS = 5  # D1225-8
MAX_PATERNITY_PERIODS = 2  # D1225-8
MAX_SUPPLEMENT_PERIODS = 2  # F39685: at once or in two parts
MAX_SUPPLEMENT_MONTHS = 2
MAX_WEEKS_MOVED_AFTER_BIRTH = 3  # L1225-17
NOTICE_MONTHS = 1

SOURCE_PATERNITY = Source(  # the source of the catalog's paternity notice (resources/rules/leave.toml)
    "Code du travail, art. D1225-8 ; service-public.fr, Congé de paternité et d'accueil de l'enfant (F3156)",
    "https://www.service-public.fr/particuliers/vosdroits/F3156",
    dt.date(2026, 12, 3),
)
SOURCE_SUPPLEMENT = Source(
    "Service-public : congé supplémentaire de naissance (F39685)",
    "https://www.service-public.fr/particuliers/vosdroits/F39685",
    dt.date(2026, 12, 3),
)


def _fr(source: str, *args: object) -> Text:
    return Text("LeavePlan", source, tuple(str(arg) for arg in args))


def _d(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


class Parent(StrEnum):
    """Who takes a period: the parent who gives birth, or the other parent (father or co-parent)."""

    BIRTH_PARENT = "birth-parent"
    SECOND_PARENT = "second-parent"


class PeriodKind(StrEnum):
    MATERNITY = "maternity"  # fixed by the dates
    BIRTH = "birth"  # fixed: the 3 jours ouvrables
    PATERNITY_MANDATORY = "paternity-mandatory"  # fixed: the 4 calendar days
    PATERNITY = "paternity"  # chosen: the remaining 21 (28) days
    SUPPLEMENT = "supplement"  # chosen: congé supplémentaire de naissance


CHOSEN_KINDS = frozenset({PeriodKind.PATERNITY, PeriodKind.SUPPLEMENT})


def kind_name(kind: PeriodKind) -> Text:
    names = {
        PeriodKind.MATERNITY: _fr("Congé de maternité"),
        PeriodKind.BIRTH: _fr("Congé de naissance (3 jours)"),
        PeriodKind.PATERNITY_MANDATORY: _fr("Congé de paternité : 4 jours obligatoires"),
        PeriodKind.PATERNITY: _fr("Congé de paternité et d'accueil de l'enfant"),
        PeriodKind.SUPPLEMENT: _fr("Congé supplémentaire de naissance"),
    }
    return names[kind]


def parent_name(parent: Parent) -> Text:
    if parent is Parent.BIRTH_PARENT:
        return _fr("Parent qui accouche")
    return _fr("Second parent")


@dataclass(frozen=True, slots=True)
class PlannedPeriod:
    parent: Parent
    kind: PeriodKind
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def counted_days(self) -> int:
        """The days the law counts: jours ouvrables for the congé de naissance, calendar days otherwise."""
        return BIRTH_LEAVE_DAYS if self.kind is PeriodKind.BIRTH else self.days

    def overlaps(self, other: PlannedPeriod) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True, slots=True)
class LeavePlan:
    """What the parents chose for one pregnancy (its key). `planned_with_birth` is the birth date known when the plan
    was last saved (None: made before the birth, on the due date)."""

    subject_key: str = ""
    periods: tuple[PlannedPeriod, ...] = ()
    weeks_moved_after_birth: int = 0
    planned_with_birth: dt.date | None = None

    def chosen(self, parent: Parent, kind: PeriodKind) -> list[PlannedPeriod]:
        return sorted((p for p in self.periods if p.parent is parent and p.kind is kind), key=lambda p: p.start)


@dataclass(frozen=True, slots=True)
class PlanSituation:
    """The dates and facts a plan is checked against."""

    due: dt.date
    birth: dt.date | None = None
    multiple: int = 1
    children_before: int = 0
    region: Region = Region.METROPOLE
    birth_leave_start: BirthLeaveStart = BirthLeaveStart.BIRTH_DAY
    maternity: MaternityOptions = field(default_factory=MaternityOptions)
    newborn_hospital_days: int = 0

    @property
    def reference_birth(self) -> dt.date:
        """The real birth, or the due date while the baby is not born (dates are then estimates)."""
        return self.birth if self.birth is not None else self.due

    @property
    def estimated(self) -> bool:
        return self.birth is None


def situation_for(family: Family, pregnancy_key: str, dates: PregnancyDates) -> PlanSituation:
    """The situation of one pregnancy of the family, from the dates the journey computed."""
    pregnancy = next(p for p in family.pregnancies if p.key == pregnancy_key)
    return PlanSituation(
        due=dates.due,
        birth=dates.birth,
        multiple=pregnancy.multiple,
        children_before=pregnancy.children_before,
        region=family.region,
        birth_leave_start=family.birth_leave_start,
        maternity=pregnancy.maternity,
        newborn_hospital_days=pregnancy.newborn_hospital_days,
    )


class IssueKind(StrEnum):
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    TOO_MANY = "too-many"
    OUTSIDE_WINDOW = "outside-window"
    OVERLAP = "overlap"
    NOTICE_PAST = "notice-past"
    WHOLE_MONTHS = "whole-months"
    WRONG_PARENT = "wrong-parent"
    NOT_ELIGIBLE = "not-eligible"
    INVALID_OPTION = "invalid-option"


@dataclass(frozen=True, slots=True)
class PlanIssue:
    kind: IssueKind
    period: PlannedPeriod | None
    message: Text


@dataclass(frozen=True, slots=True)
class Notice:
    """When to tell the employer about a period (deadline None: "sans délai", as soon as possible)."""

    parent: Parent
    period: PlannedPeriod | None  # None: the notice of the expected birth date
    deadline: dt.date | None
    rule: Text
    past: bool = False  # the deadline is before today


@dataclass(frozen=True, slots=True)
class PlanReport:
    situation: PlanSituation
    plan: LeavePlan
    fixed: tuple[PlannedPeriod, ...]  # maternity, congé de naissance, the 4 mandatory days
    paternity_window: Window
    paternity_days: int
    supplement_windows: dict[Parent, Window | None]  # None: the child is not covered
    issues: tuple[PlanIssue, ...]
    notices: tuple[Notice, ...]
    timeline: Window  # from the start of the maternity leave to the eve of the first birthday
    invalidated_by_birth: bool

    @property
    def all_periods(self) -> tuple[PlannedPeriod, ...]:
        return tuple(sorted((*self.fixed, *self.plan.periods), key=lambda p: (p.start, p.parent.value)))

    def issues_for(self, period: PlannedPeriod) -> list[PlanIssue]:
        return [issue for issue in self.issues if issue.period == period]

    @property
    def ok(self) -> bool:
        return not self.issues


def months_between(start: dt.date, end: dt.date) -> int | None:
    """k when [start, end] is exactly k calendar months (end = start + k months - 1 day), else None."""
    for months in range(1, 13):
        last = start + relativedelta(months=months) - dt.timedelta(days=1)
        if last == end:
            return months
        if last > end:
            return None
    return None


def supplement_covered(situation: PlanSituation) -> bool:
    """F39685: children born from 1 January 2026, or born before with a due date from 1 January 2026."""
    return supplement_applies(situation.birth, situation.due)


def supplement_window(situation: PlanSituation, own_leave_end: dt.date) -> Window | None:
    """The days a parent may take the congé supplémentaire de naissance in, after their own leave ends
    (core.leave.birth_supplement: never before 1 July 2026, until 31 March 2027 or birth + 9 months - 1)."""
    if not supplement_covered(situation):
        return None
    return birth_supplement(situation.reference_birth, own_leave_end + dt.timedelta(days=1))


def supplement_notice_for(
    situation: PlanSituation, period: PlannedPeriod, previous_leave_end: dt.date | None
) -> SupplementNotice:
    """1 month before; 15 days when it follows the parent's paternity leave at once and starts in the month
    after the birth (F39685, core.leave.supplement_notice)."""
    follows = previous_leave_end is not None and period.start == previous_leave_end + dt.timedelta(days=1)
    return supplement_notice(period.start, situation.reference_birth, follows_paternity=follows)


def paternity_notice_deadline(situation: PlanSituation, period: PlannedPeriod) -> dt.date | None:
    """D1225-8: 1 month before the period; None ("sans délai") when the birth came before the due date and the
    period starts within the month after it."""
    birth = situation.birth
    if birth is not None and birth < situation.due and period.start < birth + relativedelta(months=1):
        return None
    return period.start - relativedelta(months=NOTICE_MONTHS)


def fixed_periods(situation: PlanSituation, weeks_moved_after_birth: int = 0) -> tuple[PlannedPeriod, ...]:
    """Maternity leave, congé de naissance and the 4 mandatory days. Raises InputError for an impossible option."""
    options = replace(situation.maternity, weeks_moved_after_birth=weeks_moved_after_birth)
    maternity = maternity_leave(
        situation.due,
        situation.birth,
        multiple=situation.multiple,
        children_before=situation.children_before,
        options=options,
    )
    birth_window = birth_leave(situation.reference_birth, situation.region, situation.birth_leave_start)
    mandatory = paternity_mandatory(birth_window, situation.newborn_hospital_days)
    return (
        PlannedPeriod(Parent.BIRTH_PARENT, PeriodKind.MATERNITY, maternity.window.start, maternity.window.end),
        PlannedPeriod(Parent.SECOND_PARENT, PeriodKind.BIRTH, birth_window.start, birth_window.end),
        PlannedPeriod(Parent.SECOND_PARENT, PeriodKind.PATERNITY_MANDATORY, mandatory.start, mandatory.end),
    )


def suggested_plan(situation: PlanSituation, subject_key: str = "") -> LeavePlan:
    """A starting point: the remaining paternity days at once, right after the 4 mandatory days."""
    fixed = fixed_periods(situation)
    mandatory_end = fixed[2].end
    days = paternity_remaining_days(situation.multiple)
    start = mandatory_end + dt.timedelta(days=1)
    period = PlannedPeriod(Parent.SECOND_PARENT, PeriodKind.PATERNITY, start, start + dt.timedelta(days=days - 1))
    return LeavePlan(subject_key=subject_key, periods=(period,), planned_with_birth=situation.birth)


def render_issue(issue: PlanIssue, translate: Translate = identity_translate) -> str:
    """The issue with the period it is about: "Congé de paternité… du 01/03/2028 au 03/03/2028 : message"."""
    message = issue.message.render(translate)
    period = issue.period
    if period is None:
        return message
    return _fr(
        "%1 du %2 au %3 : %4", kind_name(period.kind).render(translate), _d(period.start), _d(period.end), message
    ).render(translate)


class _Checker:
    def __init__(self, plan: LeavePlan, situation: PlanSituation, today: dt.date) -> None:
        self.plan = plan
        self.situation = situation
        self.today = today
        self.issues: list[PlanIssue] = []
        self.notices: list[Notice] = []

    def add(self, kind: IssueKind, period: PlannedPeriod | None, message: Text) -> None:
        self.issues.append(PlanIssue(kind, period, message))

    def check_notice(
        self, period: PlannedPeriod, deadline: dt.date | None, rule: Text, rule_code: str, earliest: dt.date
    ) -> None:
        past = deadline is not None and deadline < self.today
        self.notices.append(Notice(period.parent, period, deadline, rule, past))
        if deadline is not None and deadline < self.today and period.start >= self.today:
            self.add(
                IssueKind.NOTICE_PAST,
                period,
                _fr(
                    "L'employeur devait être prévenu le %1 au plus tard (%2). Cette date est passée : "
                    "commencez le %3 au plus tôt, ou demandez son accord à l'employeur.",
                    _d(deadline),
                    rule_code,
                    _d(earliest),
                ),
            )

    def check_parents(self) -> None:
        """The paternity leave is the other parent's; the leave the law fixes is never chosen."""
        for period in self.plan.periods:
            if period.kind not in CHOSEN_KINDS:
                self.add(
                    IssueKind.WRONG_PARENT,
                    period,
                    _fr("Cette période est fixée par la loi à partir des dates : retirez-la du plan."),
                )
            elif period.kind is PeriodKind.PATERNITY and period.parent is Parent.BIRTH_PARENT:
                self.add(
                    IssueKind.WRONG_PARENT,
                    period,
                    _fr(
                        "Le congé de paternité et d'accueil est celui de l'autre parent (C. trav. L1225-35), pas du "
                        "parent qui accouche : attribuez cette période au second parent."
                    ),
                )

    def check_paternity(self, window: Window, days_allowed: int) -> None:
        periods = self.plan.chosen(Parent.SECOND_PARENT, PeriodKind.PATERNITY)
        if len(periods) > MAX_PATERNITY_PERIODS:
            self.add(
                IssueKind.TOO_MANY,
                periods[MAX_PATERNITY_PERIODS],
                _fr(
                    "Le congé de paternité se prend en 2 périodes au plus (C. trav. D1225-8) : vous en avez prévu %1. "
                    "Regroupez-les ou supprimez-en.",
                    len(periods),
                ),
            )
        total = sum(p.days for p in periods)
        if total > days_allowed:
            self.add(
                IssueKind.TOO_LONG,
                periods[-1],
                _fr(
                    "Les périodes du congé de paternité font %1 jours en tout, plus que les %2 jours prévus par la loi "
                    "(C. trav. L1225-35). Raccourcissez-les de %3 jours.",
                    total,
                    days_allowed,
                    total - days_allowed,
                ),
            )
        for period in periods:
            if period.days < MIN_PATERNITY_PERIOD_DAYS:
                self.add(
                    IssueKind.TOO_SHORT,
                    period,
                    _fr(
                        "%1 jours, moins que les 5 jours minimum d'une période (C. trav. D1225-8). "
                        "Finissez-la le %2 au plus tôt, ou ajoutez ces jours à l'autre période.",
                        period.days,
                        _d(period.start + dt.timedelta(days=MIN_PATERNITY_PERIOD_DAYS - 1)),
                    ),
                )
            if period.start < window.start or period.end > window.end:
                self.add(
                    IssueKind.OUTSIDE_WINDOW,
                    period,
                    _fr(
                        "Cette période doit se situer entre le %1 (après les 4 jours obligatoires) et le %2 "
                        "(6 mois après la naissance, C. trav. D1225-8). Déplacez-la entre ces deux dates.",
                        _d(window.start),
                        _d(window.end),
                    ),
                )
            deadline = paternity_notice_deadline(self.situation, period)
            rule = (
                _fr("naissance avant le terme, période dans le mois qui suit : sans délai, C. trav. D1225-8")
                if deadline is None
                else _fr("1 mois avant chaque période, C. trav. D1225-8")
            )
            self.check_notice(
                period,
                deadline,
                rule,
                "C. trav. D1225-8",
                self.today + relativedelta(months=NOTICE_MONTHS),
            )

    def check_supplement(self, parent: Parent, window: Window | None, previous_leave_end: dt.date) -> None:
        periods = self.plan.chosen(parent, PeriodKind.SUPPLEMENT)
        if not periods:
            return
        if window is None:
            for period in periods:
                self.add(
                    IssueKind.NOT_ELIGIBLE,
                    period,
                    _fr(
                        "Ce congé est réservé aux enfants nés, ou attendus, à partir du 1er janvier 2026 "
                        "(LFSS 2026, art. 99). Retirez cette période."
                    ),
                )
            return
        if len(periods) > MAX_SUPPLEMENT_PERIODS:
            self.add(
                IssueKind.TOO_MANY,
                periods[MAX_SUPPLEMENT_PERIODS],
                _fr(
                    "Le congé supplémentaire de naissance se prend en une fois ou en deux fois, pas plus "
                    "(service-public F39685). Regroupez les périodes."
                ),
            )
        months_total = 0
        for period in periods:
            months = months_between(period.start, period.end)
            one_month_end = period.start + relativedelta(months=1) - dt.timedelta(days=1)
            two_months_end = period.start + relativedelta(months=2) - dt.timedelta(days=1)
            if months is None or months > MAX_SUPPLEMENT_MONTHS:
                kind = IssueKind.TOO_SHORT if period.end < one_month_end else IssueKind.WHOLE_MONTHS
                if kind is IssueKind.TOO_SHORT:
                    message = _fr(
                        "Moins d'un mois. Ce congé dure 1 mois ou 2 mois (service-public F39685) : "
                        "finissez-le le %1 (1 mois) ou le %2 (2 mois).",
                        _d(one_month_end),
                        _d(two_months_end),
                    )
                else:
                    message = _fr(
                        "Ce congé se prend par mois entiers, 1 mois ou 2 mois (service-public F39685) : "
                        "finissez-le le %1 (1 mois) ou le %2 (2 mois).",
                        _d(one_month_end),
                        _d(two_months_end),
                    )
                self.add(kind, period, message)
                months = months if months is not None else 1
            elif len(periods) > 1 and months != 1:
                self.add(
                    IssueKind.WHOLE_MONTHS,
                    period,
                    _fr(
                        "Pris en deux fois, chaque partie dure 1 mois (service-public F39685). "
                        "Finissez celle-ci le %1.",
                        _d(one_month_end),
                    ),
                )
            months_total += months
            if period.start < window.start or period.end > window.end:
                self.add(
                    IssueKind.OUTSIDE_WINDOW,
                    period,
                    _fr(
                        "Ce congé se prend entre le %1 (après la fin de votre congé de maternité ou de paternité, "
                        "et pas avant le 1er juillet 2026) et le %2 (service-public F39685). "
                        "Déplacez-le entre ces deux dates.",
                        _d(window.start),
                        _d(window.end),
                    ),
                )
            notice = supplement_notice_for(self.situation, period, previous_leave_end)
            deadline, short = notice.deadline, notice.short
            rule = (
                _fr("15 jours avant, à la suite du congé de paternité, service-public F39685")
                if short
                else _fr("1 mois avant, service-public F39685")
            )
            self.check_notice(
                period, deadline, rule, "service-public F39685", self.today + relativedelta(months=NOTICE_MONTHS)
            )
        if months_total > MAX_SUPPLEMENT_MONTHS:
            self.add(
                IssueKind.TOO_LONG,
                periods[-1],
                _fr(
                    "%1 mois en tout, plus que les 2 mois par parent (service-public F39685). "
                    "Raccourcissez ou retirez une période.",
                    months_total,
                ),
            )

    def check_overlaps(self, periods: tuple[PlannedPeriod, ...]) -> None:
        """A parent cannot be on two leaves at once; the two parents may be on leave together."""
        for index, first in enumerate(periods):
            for second in periods[index + 1 :]:
                if first.parent is not second.parent or not first.overlaps(second):
                    continue
                if first.kind not in CHOSEN_KINDS and second.kind not in CHOSEN_KINDS:
                    continue
                chosen = second if second.kind in CHOSEN_KINDS else first
                other = first if chosen is second else second
                self.add(
                    IssueKind.OVERLAP,
                    chosen,
                    _fr(
                        "Cette période chevauche un autre congé du même parent (du %1 au %2) : un parent ne peut pas "
                        "prendre deux congés en même temps. Décalez-la après le %2.",
                        _d(other.start),
                        _d(other.end),
                    ),
                )


def check_plan(plan: LeavePlan, situation: PlanSituation, today: dt.date) -> PlanReport:
    """Every period of both parents, the problems found (rule and what to change) and the notice deadlines."""
    checker = _Checker(plan, situation, today)
    weeks = plan.weeks_moved_after_birth
    try:
        fixed = fixed_periods(situation, weeks)
    except InputError as error:
        checker.add(IssueKind.INVALID_OPTION, None, error.message)
        fixed = fixed_periods(situation, 0)
    maternity, _birth, mandatory = fixed
    birth = situation.reference_birth
    window = Window(mandatory.end + dt.timedelta(days=1), paternity_deadline(birth, situation.newborn_hospital_days))
    days_allowed = paternity_remaining_days(situation.multiple)
    # The notice of the expected birth date (D1225-8), whatever periods are chosen.
    due_notice = situation.due - relativedelta(months=NOTICE_MONTHS)
    checker.notices.append(
        Notice(
            Parent.SECOND_PARENT,
            None,
            due_notice,
            _fr("date prévue de l'accouchement, 1 mois avant, C. trav. D1225-8"),
            due_notice < today,
        )
    )
    checker.check_parents()
    checker.check_paternity(window, days_allowed)
    paternity = plan.chosen(Parent.SECOND_PARENT, PeriodKind.PATERNITY)
    second_leave_end = max([mandatory.end, *(p.end for p in paternity)])
    windows: dict[Parent, Window | None] = {
        Parent.BIRTH_PARENT: supplement_window(situation, maternity.end),
        Parent.SECOND_PARENT: supplement_window(situation, second_leave_end),
    }
    checker.check_supplement(Parent.BIRTH_PARENT, windows[Parent.BIRTH_PARENT], maternity.end)
    checker.check_supplement(Parent.SECOND_PARENT, windows[Parent.SECOND_PARENT], second_leave_end)
    everything = tuple(sorted((*fixed, *plan.periods), key=lambda p: (p.start, p.end, p.kind.value)))
    checker.check_overlaps(everything)
    timeline = Window(min(maternity.start, birth), birth + relativedelta(years=1) - dt.timedelta(days=1))
    invalidated = (
        situation.birth is not None
        and plan.planned_with_birth != situation.birth
        and any(issue.kind is not IssueKind.NOTICE_PAST for issue in checker.issues)
        and bool(plan.periods)
    )
    # A "sans délai" notice sorts at its period's start: that is when the employer hears of it at the latest.
    notices = sorted(
        checker.notices,
        key=lambda n: (n.deadline or (n.period.start if n.period else situation.due), n.parent.value),
    )
    return PlanReport(
        situation=situation,
        plan=plan,
        fixed=fixed,
        paternity_window=window,
        paternity_days=days_allowed,
        supplement_windows=windows,
        issues=tuple(checker.issues),
        notices=tuple(notices),
        timeline=timeline,
        invalidated_by_birth=invalidated,
    )


def notice_title(notice: Notice) -> Text:
    period = notice.period
    if period is None:
        return _fr("Prévenir l'employeur de la date prévue de l'accouchement")
    if period.kind is PeriodKind.SUPPLEMENT:
        return _fr(
            "Prévenir l'employeur du congé supplémentaire de naissance (du %1 au %2)",
            _d(period.start),
            _d(period.end),
        )
    return _fr("Prévenir l'employeur du congé de paternité (du %1 au %2)", _d(period.start), _d(period.end))


def notice_events(report: PlanReport, subject_key: str = "") -> tuple[Event, ...]:
    """The notice deadline of each chosen period as a journey step (category ADMIN, mandatory), for the step lists,
    the reminders, the .ics and the printed plan. Ids name the period, so a mark stays with it: the paternity
    period starting on 1 March 2028 of the first pregnancy is `leaveplan.notice.paternity.2028-03-01`. The notice of
    the expected birth date is already a step of the catalog (leave.paternity.notice); a "sans délai" notice (early
    birth) has no date and stays on the page."""
    events: list[Event] = []
    prefix = f"{subject_key}:" if subject_key else ""
    for notice in report.notices:
        period = notice.period
        if period is None or notice.deadline is None:
            continue
        supplement = period.kind is PeriodKind.SUPPLEMENT
        events.append(
            Event(
                id=f"{prefix}leaveplan.notice.{period.kind.value}.{period.start.isoformat()}",
                rule_id="leaveplan.notice",
                category=Category.ADMIN,
                start=notice.deadline - relativedelta(months=NOTICE_MONTHS),
                end=notice.deadline,
                title=notice_title(notice),
                explanation=_fr(
                    "Dernier jour pour prévenir l'employeur, par lettre recommandée ou remise en main propre. "
                    "Une lettre prête à imprimer est sur la page « Nos congés »."
                ),
                mandatory=True,
                estimated=False,
                source=SOURCE_SUPPLEMENT if supplement else SOURCE_PATERNITY,
                concerns=Concern.MOTHER if notice.parent is Parent.BIRTH_PARENT else Concern.SECOND_PARENT,
                subject_key=subject_key,
                topics=("conges",),
            )
        )
    return tuple(events)


def with_plan_notices(journey: Journey, plans: Mapping[str, LeavePlan]) -> Journey:
    """The journey with the notice steps of the saved plans added (the plans are checked on the journey's dates)."""
    added: list[Event] = []
    for key, dates in journey.dates.items():
        plan = plans.get(key)
        if plan is None or not plan.periods or not any(p.key == key for p in journey.family.pregnancies):
            continue
        report = check_plan(plan, situation_for(journey.family, key, dates), journey.today)
        added.extend(notice_events(report, key))
    if not added:
        return journey
    events = sorted((*journey.events, *added), key=lambda e: (e.start, e.end, e.id))
    return replace(journey, events=tuple(events))
