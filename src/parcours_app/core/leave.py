"""Maternity, birth, paternity and supplementary birth leave of salaried parents (design.md section 4).

Every function takes the dates and options and returns plain date windows; core.journey turns them into events.
The conventions and their sources are in docs/RULES.md ("Leave"); the figures are the Code du travail's:
- Maternity (C. trav. L1225-17 to L1225-23): start = DPA - 7 x prenatal weeks; last day = max(birth, DPA)
  + 7 x postnatal weeks - 1. An early birth does not move the end (CSS L331-3: the leave is not reduced).
- Congé de naissance (L3142-1, L3142-4): 3 jours ouvrables from the birth day or the next jour ouvrable.
- Congé de paternité et d'accueil (L1225-35, D1225-8, D1225-8-1): 4 calendar days right after the congé de
  naissance (+ the newborn's hospital stay, up to 30 days), then 21 days (28 for a multiple birth) to take by
  birth + 6 months - 1 day (or 6 months after the newborn leaves hospital).
- Congé supplémentaire de naissance (LFSS 2026, loi n° 2025-1403 art. 99): children born (or due) from
  2026-01-01; not before 2026-07-01; 1 or 2 months per parent; deadline announced as the child's 9 months.
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
SUPPLEMENT_FIRST_BIRTH = dt.date(2026, 1, 1)
SUPPLEMENT_EARLIEST_START = dt.date(2026, 7, 1)
SUPPLEMENT_WINDOW_MONTHS = 9  # announced by the impact study; the decree was not published when checked
SUPPLEMENT_TRANSITION_LAST_BIRTH = dt.date(2026, 5, 31)  # ministry press release of 26/12/2025
SUPPLEMENT_TRANSITION_DEADLINE = dt.date(2026, 12, 31)


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
    """LFSS 2026 art. 99: children born, or whose birth was expected, from 1 January 2026."""
    return (birth is not None and birth >= SUPPLEMENT_FIRST_BIRTH) or due >= SUPPLEMENT_FIRST_BIRTH


def birth_supplement(birth: dt.date, earliest_after_leave: dt.date) -> Window:
    """Window of the congé supplémentaire de naissance for a child born on `birth`.

    It starts once a parent has used up the maternity or paternity leave (`earliest_after_leave`), never before
    1 July 2026, and ends at the child's 9 months (announced figure), or on 31 December 2026 for births from
    1 January to 31 May 2026 (transitional rule). When a long leave ends after that deadline (triplets, extended
    leave), the window is the day after the leave: the parent can still ask, and the event says to check.
    """
    start = max(earliest_after_leave, SUPPLEMENT_EARLIEST_START)
    end = birth + relativedelta(months=SUPPLEMENT_WINDOW_MONTHS) - dt.timedelta(days=1)
    if SUPPLEMENT_FIRST_BIRTH <= birth <= SUPPLEMENT_TRANSITION_LAST_BIRTH:
        end = max(end, SUPPLEMENT_TRANSITION_DEADLINE)
    return Window(start, max(start, end))
