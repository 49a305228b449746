"""Maternity, birth, paternity and supplementary birth leave of salaried parents (docs/RULES.md section 4).

Every function takes the dates and options and returns plain date windows; core.journey turns them into events.
The conventions and their sources are in docs/RULES.md ("Leave"); the figures are the Code du travail's:
- Maternity (C. trav. L1225-17 to L1225-23): start = DPA - 7 x prenatal weeks; last day = max(birth, DPA)
  + 7 x postnatal weeks - 1. An early birth does not move the end (CSS L331-3: the leave is not reduced).
- Congé de naissance (L3142-1, L3142-4): 3 jours ouvrables from the birth day or the next jour ouvrable.
- Congé de paternité et d'accueil (L1225-35, D1225-8, D1225-8-1): 4 calendar days right after the congé de
  naissance (+ the newborn's hospital stay, up to 30 days), then 21 days (28 for a multiple birth) to take by
  birth + 6 months - 1 day (or 6 months after the newborn leaves hospital).
- Congé supplémentaire de naissance (C. trav. L1225-46-2 to L1225-46-7, created by LFSS 2026 art. 99;
  service-public F39685, checked 2026-12-03): children born from 2026-01-01, or born earlier but due from then;
  1 or 2 months per parent, after the maternity / paternity leave. Born 1 Jan - 30 Jun 2026 (or born early as
  above): from 1 Jul 2026 to 31 Mar 2027. Born from 1 Jul 2026: within 9 months of the birth, read as birth
  + 9 months - 1 day (docs/RULES.md section 4, "Congé supplémentaire de naissance"). Notice to the employer:
  1 month; 15 days when the leave follows the paternity (or adoption) leave immediately and starts in the month
  after the birth.

Public API of the supplementary leave (used by the journey and by the leave planner):
`supplement_applies`, `supplement_period`, `birth_supplement`, `supplement_notice`, `SupplementNotice`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from .errors import InputError
from .model import BirthLeaveStart, MaternityOptions, Region
from .text import Text, plural_text
from .workdays import add_jours_ouvrables, next_jour_ouvrable

MAX_WEEKS_MOVED_AFTER_BIRTH = 3  # L1225-17 al. 2
MAX_WEEKS_MOVED_BEFORE_THIRD_CHILD = 2  # L1225-19
MAX_WEEKS_MOVED_BEFORE_TWINS = 4  # L1225-18
MAX_PATHOLOGICAL_DAYS_BEFORE = 14  # L1225-21: 2 weeks
MAX_PATHOLOGICAL_DAYS_AFTER = 28  # L1225-21: 4 weeks
PREMATURE_THRESHOLD_DAYS = 42  # L1225-23: more than 6 weeks before the DPA
BIRTH_LEAVE_DAYS = 3  # jours ouvrables, L3142-4
PATERNITY_MANDATORY_DAYS = 4  # calendar days, L1225-35
PATERNITY_HOSPITAL_MAX_DAYS = 30  # D1225-8-1
PATERNITY_REMAINING_DAYS_SINGLE = 21
PATERNITY_REMAINING_DAYS_MULTIPLE = 28
PATERNITY_WINDOW_MONTHS = 6  # D1225-8
MAX_NEWBORN_HOSPITAL_DAYS = 366
# Congé supplémentaire de naissance: service-public F39685 (modified 2026-06-01), checked 2026-12-03.
SUPPLEMENT_FIRST_BIRTH = dt.date(2026, 1, 1)  # born (or due) from this day
SUPPLEMENT_EARLIEST_START = dt.date(2026, 7, 1)  # nobody takes it before this day
SUPPLEMENT_WINDOW_MONTHS = 9  # born from 1 Jul 2026: within 9 months of the birth
SUPPLEMENT_TRANSITION_LAST_BIRTH = dt.date(2026, 6, 30)  # born 1 Jan - 30 Jun 2026 (or born early, due in 2026)
SUPPLEMENT_TRANSITION_DEADLINE = dt.date(2027, 3, 31)  # ... take it from 1 Jul 2026 to 31 Mar 2027
SUPPLEMENT_NOTICE_MONTHS = 1  # tell the employer at least 1 month before the leave starts
SUPPLEMENT_SHORT_NOTICE_DAYS = 15  # ... 15 days when it follows the paternity leave, in the month after the birth


def _fr(source: str, *args: object) -> Text:
    return Text("Leave", source, tuple(str(arg) for arg in args))


@dataclass(frozen=True, slots=True)
class Window:
    """A closed date window [start, end]."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class MaternityLeave:
    """The computed maternity leave, with the weeks that produced it."""

    window: Window
    prenatal_weeks: int
    postnatal_weeks: int
    base_prenatal_weeks: int
    base_postnatal_weeks: int
    premature_extension_days: int
    pathological_before: Window | None
    pathological_after: Window | None
    estimated: bool  # the end depends on a birth that has not happened yet


def maternity_base_weeks(multiple: int, children_before: int) -> tuple[int, int]:
    """(prenatal, postnatal) weeks: 6+10, 8+18 from the 3rd child, 12+22 for twins, 24+22 for triplets or more."""
    if multiple >= 3:
        return 24, 22  # L1225-18
    if multiple == 2:
        return 12, 22  # L1225-18
    if children_before >= 2:
        return 8, 18  # L1225-19
    return 6, 10  # L1225-17


def check_maternity_options(options: MaternityOptions, multiple: int, children_before: int) -> None:
    """Raise InputError when an option is outside what the Code du travail allows for this pregnancy."""
    if not 0 <= options.weeks_moved_after_birth <= MAX_WEEKS_MOVED_AFTER_BIRTH:
        raise InputError(_fr("Vous pouvez reporter au plus 3 semaines du congé prénatal après la naissance."))
    if multiple >= 3:
        allowed_before = 0
    elif multiple == 2:
        allowed_before = MAX_WEEKS_MOVED_BEFORE_TWINS
    elif children_before >= 2:
        allowed_before = MAX_WEEKS_MOVED_BEFORE_THIRD_CHILD
    else:
        allowed_before = 0
    if not 0 <= options.weeks_moved_before_birth <= allowed_before:
        if allowed_before == 0:
            raise InputError(
                _fr(
                    "Avancer des semaines avant la naissance n'est possible que pour des jumeaux (4 semaines) ou à "
                    "partir du 3e enfant (2 semaines)."
                )
            )
        raise InputError(
            plural_text("Leave", "Vous pouvez avancer au plus %n semaine(s) avant la naissance.", allowed_before)
        )
    if options.weeks_moved_after_birth and options.weeks_moved_before_birth:
        raise InputError(
            _fr("Choisissez soit de reporter des semaines après la naissance, soit d'en avancer avant, pas les deux.")
        )
    if not 0 <= options.pathological_days_before <= MAX_PATHOLOGICAL_DAYS_BEFORE:
        raise InputError(_fr("Le congé pathologique avant la naissance dure au plus 14 jours."))
    if not 0 <= options.pathological_days_after <= MAX_PATHOLOGICAL_DAYS_AFTER:
        raise InputError(_fr("Le congé pathologique après la naissance dure au plus 28 jours."))


def maternity_leave(
    due: dt.date,
    birth: dt.date | None,
    *,
    multiple: int = 1,
    children_before: int = 0,
    options: MaternityOptions | None = None,
) -> MaternityLeave:
    """The maternity leave of a salaried mother; before the birth the end is estimated from the DPA."""
    options = options or MaternityOptions()
    check_maternity_options(options, multiple, children_before)
    base_pre, base_post = maternity_base_weeks(multiple, children_before)
    moved = options.weeks_moved_before_birth - options.weeks_moved_after_birth
    pre, post = base_pre + moved, base_post - moved
    planned_start = due - dt.timedelta(weeks=pre)
    reference = due if birth is None else max(birth, due)
    end = reference + dt.timedelta(weeks=post) - dt.timedelta(days=1)
    start = planned_start if birth is None else min(planned_start, birth)
    extension = 0
    if (
        options.premature_hospitalised
        and birth is not None
        and (due - birth).days > PREMATURE_THRESHOLD_DAYS
        and birth < planned_start
    ):
        # L1225-23: extended by the days from the birth to the planned start of the leave.
        extension = (planned_start - birth).days
        end += dt.timedelta(days=extension)
    before = None
    if options.pathological_days_before:
        before = Window(start - dt.timedelta(days=options.pathological_days_before), start - dt.timedelta(days=1))
    after = None
    if options.pathological_days_after:
        after = Window(end + dt.timedelta(days=1), end + dt.timedelta(days=options.pathological_days_after))
    return MaternityLeave(
        window=Window(start, end),
        prenatal_weeks=pre,
        postnatal_weeks=post,
        base_prenatal_weeks=base_pre,
        base_postnatal_weeks=base_post,
        premature_extension_days=extension,
        pathological_before=before,
        pathological_after=after,
        estimated=birth is None,
    )


def birth_leave(birth: dt.date, region: Region, start_choice: BirthLeaveStart) -> Window:
    """Congé de naissance: 3 jours ouvrables from the birth day (if ouvrable) or from the next jour ouvrable."""
    first = next_jour_ouvrable(birth, region, include_start=start_choice is BirthLeaveStart.BIRTH_DAY)
    return Window(first, add_jours_ouvrables(first, BIRTH_LEAVE_DAYS, region))


def newborn_hospital_days_counted(newborn_hospital_days: int) -> int:
    return min(max(newborn_hospital_days, 0), PATERNITY_HOSPITAL_MAX_DAYS)


def paternity_mandatory(birth_leave_window: Window, newborn_hospital_days: int = 0) -> Window:
    """The 4 calendar days right after the congé de naissance, extended by the newborn's stay (up to 30 days)."""
    first = birth_leave_window.end + dt.timedelta(days=1)
    length = PATERNITY_MANDATORY_DAYS + newborn_hospital_days_counted(newborn_hospital_days)
    return Window(first, first + dt.timedelta(days=length - 1))


def paternity_deadline(birth: dt.date, newborn_hospital_days: int = 0) -> dt.date:
    """Last day to take the paternity leave: birth + 6 months - 1, or 6 months after leaving hospital."""
    deadline = birth + relativedelta(months=PATERNITY_WINDOW_MONTHS) - dt.timedelta(days=1)
    if newborn_hospital_days > 0:
        discharge = birth + dt.timedelta(days=newborn_hospital_days)
        deadline = max(deadline, discharge + relativedelta(months=PATERNITY_WINDOW_MONTHS) - dt.timedelta(days=1))
    return deadline


def paternity_remaining_days(multiple: int) -> int:
    return PATERNITY_REMAINING_DAYS_MULTIPLE if multiple >= 2 else PATERNITY_REMAINING_DAYS_SINGLE


def paternity_remaining(birth: dt.date, mandatory: Window, newborn_hospital_days: int = 0) -> Window:
    """The window in which the remaining 21 (or 28) days are taken, in at most 2 periods of at least 5 days."""
    return Window(mandatory.end + dt.timedelta(days=1), paternity_deadline(birth, newborn_hospital_days))


def paternity_notice(due: dt.date) -> dt.date:
    """Tell the employer the expected birth date at least 1 month before it (D1225-8)."""
    return due - relativedelta(months=1)


def supplement_applies(birth: dt.date | None, due: dt.date) -> bool:
    """Children born from 1 January 2026, or born earlier but expected (DPA) from 1 January 2026 (F39685)."""
    return (birth is not None and birth >= SUPPLEMENT_FIRST_BIRTH) or due >= SUPPLEMENT_FIRST_BIRTH


def supplement_deadline(birth: dt.date) -> dt.date:
    """Last day to take the congé supplémentaire de naissance for a child born on `birth` (eligible child).

    Born up to 30 June 2026 (1 Jan - 30 Jun 2026, or born in 2025 but due in 2026): 31 March 2027.
    Born from 1 July 2026: "within 9 months of the birth" = birth + 9 months - 1 day, months clamped to the end
    of the month (born 1 Jul 2026 -> 31 Mar 2027; born 31 Jul 2026 -> 30 Apr 2027 - 1 = 29 Apr 2027). The same
    reading as the transitional rule itself: 9 months from 1 July 2026 end on 31 March 2027.
    """
    if birth <= SUPPLEMENT_TRANSITION_LAST_BIRTH:
        return SUPPLEMENT_TRANSITION_DEADLINE
    return birth + relativedelta(months=SUPPLEMENT_WINDOW_MONTHS) - dt.timedelta(days=1)


def supplement_period(birth: dt.date) -> Window:
    """The legal period of the leave, before each parent's own leave is taken into account.

    From the birth (never before 1 July 2026) to `supplement_deadline(birth)`.
    """
    return Window(max(birth, SUPPLEMENT_EARLIEST_START), supplement_deadline(birth))


def birth_supplement(birth: dt.date, earliest_after_leave: dt.date) -> Window:
    """Window of the congé supplémentaire de naissance for a child born on `birth`.

    It starts once a parent has used up the maternity or paternity leave (`earliest_after_leave`), never before
    1 July 2026, and ends on `supplement_deadline(birth)`. When a long leave ends after that deadline (triplets,
    extended leave), the window is the day after the leave: the parent can still ask, and the text says to check.
    """
    period = supplement_period(birth)
    start = max(earliest_after_leave, period.start)
    return Window(start, max(start, period.end))


@dataclass(frozen=True, slots=True)
class SupplementNotice:
    """When to tell the employer about a congé supplémentaire de naissance starting on `leave_start`."""

    leave_start: dt.date
    deadline: dt.date  # the last day to inform the employer (registered letter or hand delivery against receipt)
    short: bool  # True: the 15-day notice applies; False: 1 month


def supplement_in_month_after_birth(day: dt.date, birth: dt.date) -> bool:
    """`day` falls in the month after the birth: [birth, birth + 1 month - 1] (month 1 of life)."""
    return birth <= day <= birth + relativedelta(months=1) - dt.timedelta(days=1)


def supplement_notice(leave_start: dt.date, birth: dt.date, *, follows_paternity: bool) -> SupplementNotice:
    """Notice to the employer for a supplementary leave starting on `leave_start` (F39685).

    At least 1 month before (leave_start - 1 month, clamped like every month step); 15 days before
    (leave_start - 15 days) only when the leave follows the paternity (or adoption) leave immediately
    (`follows_paternity`) and starts in the month after the birth.
    """
    if follows_paternity and supplement_in_month_after_birth(leave_start, birth):
        return SupplementNotice(leave_start, leave_start - dt.timedelta(days=SUPPLEMENT_SHORT_NOTICE_DAYS), True)
    return SupplementNotice(leave_start, leave_start - relativedelta(months=SUPPLEMENT_NOTICE_MONTHS), False)
