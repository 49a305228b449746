"""Dating a pregnancy from whichever date a family knows, and counting ages (docs/RULES.md sections 1 and 2).

Conventions (docs/RULES.md, "Dating"):
- DDG (date de début de grossesse) = DDR + cycle length - 14 days (cycle 28 by default, so DDR + 14).
- DPA (date présumée d'accouchement, the French "terme") = DDG + 9 calendar months, about 41 SA, never 40 SA.
- Only a DPA given: DDG = DPA - 9 months, DDR = DDG - 14 days.
- Several dates given: the most authoritative wins (given DPA > DDG from the scan > DDR); the others must agree
  within `AGREEMENT_TOLERANCE_DAYS`, otherwise the person is asked to correct them.
- The DDR returned is the origin of the SA clock, DDG - 14 days ("DDR corrigée"): the typed DDR for a 28-day
  cycle.
- Month arithmetic is dateutil's `relativedelta`, which clamps to the end of the month (31 May + 9 months = 28 or
  29 February). "x SA + y j" counts whole weeks and days from the DDR; day 0 is the DDR itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from .errors import InputError
from .model import Pregnancy, PregnancyDates
from .text import Text, plural_text

PREGNANCY_MONTHS = 9
DDR_TO_DDG_DAYS = 14  # the first half of a 28-day cycle
MIN_CYCLE_LENGTH = 20
MAX_CYCLE_LENGTH = 45
# Two typed dates of one pregnancy may differ by this much before we call them contradictory. A first-trimester
# scan corrects the DDR by up to about a week (docs/RULES.md section 2, "FLAG — when the scan overrides the DDR":
# 5 to 7 days), and the two DPA conventions (DDG + 9 months, DDR + 287 days) differ by up to 3 days, so 14 days
# accepts every ordinary correction and still catches a typo in the month or the year.
AGREEMENT_TOLERANCE_DAYS = 14
# The earliest birth we accept, counted from the DDR: 22 SA, the viability threshold (WHO) under which a birth
# certificate is not drawn up. An earlier "birth" is almost certainly a typing error.
MIN_BIRTH_SA_DAYS = 22 * 7
# The latest birth we accept after the DPA: the DPA is 41 SA and a pregnancy is induced before 42 SA + 6 j
# (CNGOF 2011), so four weeks later is surely a typing error.
MAX_BIRTH_AFTER_DUE_DAYS = 28
MAX_MONTHS_DUE_AFTER_TODAY = 10
MAX_MULTIPLE = 3
# Dates outside these bounds are typing errors (and would overflow the calendar of a child's 16 years).
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)


def _fr(source: str, *args: object) -> Text:
    return Text("Dating", source, tuple(str(arg) for arg in args))


def french_date(day: dt.date) -> str:
    """The numeric French date used inside error messages (no locale needed)."""
    return day.strftime("%d/%m/%Y")


def ddg_from_ddr(ddr: dt.date, cycle_length: int = 28) -> dt.date:
    """DDG = DDR + cycle length - 14 days (ovulation 14 days before the next period)."""
    return ddr + dt.timedelta(days=cycle_length - DDR_TO_DDG_DAYS)


def ddr_from_ddg(ddg: dt.date) -> dt.date:
    """DDR = DDG - 14 days: the "SA" clock always assumes a 14-day first half of the cycle."""
    return ddg - dt.timedelta(days=DDR_TO_DDG_DAYS)


def due_from_ddg(ddg: dt.date) -> dt.date:
    """DPA = DDG + 9 calendar months (clamped to the end of the month)."""
    return ddg + relativedelta(months=PREGNANCY_MONTHS)


def ddg_from_due(due: dt.date) -> dt.date:
    """DDG = DPA - 9 calendar months (clamped to the end of the month)."""
    return due - relativedelta(months=PREGNANCY_MONTHS)


@dataclass(frozen=True, slots=True)
class GestationalAge:
    """Age of a pregnancy on one day, counted from the DDR: `weeks` SA + `days` j."""

    weeks: int
    days: int

    @property
    def total_days(self) -> int:
        return self.weeks * 7 + self.days

    def text(self) -> Text:
        """ "34 SA + 1 j": each count in the plural form its language needs ("34 أسبوعًا + يوم")."""
        return Text(
            "Dating",
            "%1 + %2",
            (plural_text("Dating", "%n SA", self.weeks), plural_text("Dating", "%n j", self.days)),
        )


def gestational_age(ddr: dt.date, day: dt.date) -> GestationalAge:
    """ "x SA + y j" on `day` (negative weeks before the DDR are floored, which callers should not ask for)."""
    weeks, days = divmod((day - ddr).days, 7)
    return GestationalAge(weeks, days)


def pregnancy_month(ddg: dt.date, day: dt.date) -> int:
    """The month of pregnancy `day` falls in: k when DDG + (k-1) months <= day < DDG + k months; 0 before the DDG."""
    if day < ddg:
        return 0
    months = (day.year - ddg.year) * 12 + day.month - ddg.month
    # The estimate can be one too high (day of month not reached yet, or month-end clamping); step back.
    while months > 0 and ddg + relativedelta(months=months) > day:
        months -= 1
    return months + 1


@dataclass(frozen=True, slots=True)
class ChildAge:
    """Completed months and the days after them, as relativedelta counts them."""

    months: int
    days: int

    def text(self) -> Text:
        if self.months == 0:
            return plural_text("Dating", "%n j", self.days)
        return Text(
            "Dating",
            "%1 + %2",
            (plural_text("Dating", "%n mois", self.months), plural_text("Dating", "%n j", self.days)),
        )


def child_age(birth: dt.date, day: dt.date) -> ChildAge:
    """Age on `day` in completed months and remaining days; raises InputError before the birth."""
    if day < birth:
        raise InputError(_fr("La date %1 est avant la naissance (%2).", french_date(day), french_date(birth)))
    delta = relativedelta(day, birth)
    return ChildAge(delta.years * 12 + delta.months, delta.days)


def add_months(day: dt.date, months: int) -> dt.date:
    """day + months, clamped to the end of the month: the same result as dateutil's relativedelta(months=...),
    without its cost (the journey adds months a few hundred times per family)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, _month_length(year, month)))


def _month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def date_pregnancy(pregnancy: Pregnancy) -> PregnancyDates:
    """The four reference dates of a pregnancy from whatever was typed, checking that typed dates agree.

    Raises InputError (with a French message saying what to fix) when no date is given, the cycle length or the
    number of babies is out of range, two typed dates disagree, or the birth is impossible for this pregnancy.
    """
    for typed in (pregnancy.ddr, pregnancy.conception, pregnancy.due, pregnancy.birth):
        check_date_range(typed)
    if not MIN_CYCLE_LENGTH <= pregnancy.cycle_length <= MAX_CYCLE_LENGTH:
        raise InputError(
            _fr(
                "La durée du cycle doit être comprise entre %1 et %2 jours (vous avez indiqué %3).",
                MIN_CYCLE_LENGTH,
                MAX_CYCLE_LENGTH,
                pregnancy.cycle_length,
            )
        )
    if not 1 <= pregnancy.multiple <= MAX_MULTIPLE:
        raise InputError(_fr("Le nombre de bébés attendus doit être 1, 2 ou 3 (3 pour trois ou plus)."))
    if pregnancy.children_before < 0:
        raise InputError(_fr("Le nombre d'enfants déjà nés ne peut pas être négatif."))

    ddg_from_typed_ddr = ddg_from_ddr(pregnancy.ddr, pregnancy.cycle_length) if pregnancy.ddr else None
    if pregnancy.due is not None:
        due = pregnancy.due
        ddg = pregnancy.conception or ddg_from_due(due)
        if pregnancy.conception is not None:
            _check_agree(
                due_from_ddg(pregnancy.conception),
                due,
                _fr(
                    "La date de début de grossesse (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.",
                    french_date(pregnancy.conception),
                    french_date(due),
                ),
            )
        if ddg_from_typed_ddr is not None and pregnancy.ddr is not None:
            _check_agree(
                due_from_ddg(ddg_from_typed_ddr),
                due,
                _fr(
                    "La date des dernières règles (%1) et le terme (%2) ne concordent pas : corrigez l'une des deux.",
                    french_date(pregnancy.ddr),
                    french_date(due),
                ),
            )
        due_given = True
    elif pregnancy.conception is not None:
        ddg = pregnancy.conception
        if ddg_from_typed_ddr is not None and pregnancy.ddr is not None:
            _check_agree(
                ddg_from_typed_ddr,
                ddg,
                _fr(
                    "La date des dernières règles (%1) et la date de début de grossesse (%2) ne concordent pas : "
                    "corrigez l'une des deux.",
                    french_date(pregnancy.ddr),
                    french_date(ddg),
                ),
            )
        due = due_from_ddg(ddg)
        due_given = False
    elif ddg_from_typed_ddr is not None:
        ddg = ddg_from_typed_ddr
        due = due_from_ddg(ddg)
        due_given = False
    else:
        raise InputError(
            _fr(
                "Indiquez au moins une date : les dernières règles, le début de grossesse, le terme prévu ou la "
                "naissance."
            )
        )
    # The DDR of the result is the origin of the SA clock: the "DDR corrigée" DDG - 14 days. It is the typed DDR
    # for a 28-day cycle; after a longer or shorter cycle, a scan DDG or a professional's DPA, SA (and the
    # ultrasound windows) count from it, so that "22 SA" means the same day everywhere.
    ddr = ddr_from_ddg(ddg)
    if pregnancy.birth is not None:
        check_birth(pregnancy.birth, ddr, ddg, due)
    return PregnancyDates(ddr=ddr, conception=ddg, due=due, birth=pregnancy.birth, due_given=due_given)


def check_date_range(day: dt.date | None) -> None:
    """Raise InputError for a date before 1900 or after 2100 (surely a typing error)."""
    if day is not None and not EARLIEST_DATE <= day <= LATEST_DATE:
        raise InputError(_fr("La date %1 n'est pas plausible : vérifiez l'année.", french_date(day)))


def _check_agree(expected: dt.date, typed: dt.date, message: Text) -> None:
    if abs((expected - typed).days) > AGREEMENT_TOLERANCE_DAYS:
        raise InputError(message)


def check_birth(birth: dt.date, ddr: dt.date, ddg: dt.date, due: dt.date) -> None:
    """Raise InputError when `birth` cannot be the birth of the pregnancy dated ddr/ddg/due."""
    if birth < ddg:
        raise InputError(
            _fr(
                "La date de naissance (%1) est avant le début de la grossesse (%2) : vérifiez les dates.",
                french_date(birth),
                french_date(ddg),
            )
        )
    if (birth - ddr).days < MIN_BIRTH_SA_DAYS:
        raise InputError(
            _fr(
                "La date de naissance (%1) tombe avant 22 SA de cette grossesse : vérifiez la naissance ou les "
                "dates de la grossesse.",
                french_date(birth),
            )
        )
    if (birth - due).days > MAX_BIRTH_AFTER_DUE_DAYS:
        raise InputError(
            _fr(
                "La date de naissance (%1) est plus de 4 semaines après le terme (%2) : vérifiez les dates.",
                french_date(birth),
                french_date(due),
            )
        )


def dating_bounds_error(dates: PregnancyDates, today: dt.date) -> Text | None:
    """What is wrong with these dates on `today` (a birth in the future, a due date too far ahead), or None."""
    if dates.birth is not None and dates.birth > today:
        return _fr(
            "La date de naissance (%1) est après aujourd'hui (%2) : indiquez une naissance passée ou le terme prévu.",
            french_date(dates.birth),
            french_date(today),
        )
    if dates.due > today + relativedelta(months=MAX_MONTHS_DUE_AFTER_TODAY):
        return _fr(
            "Le terme (%1) est à plus de 10 mois d'aujourd'hui (%2) : vérifiez l'année et le mois.",
            french_date(dates.due),
            french_date(today),
        )
    return None
