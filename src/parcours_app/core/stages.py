"""The stage of the journey a family is at: the stage ids shared by the content catalog, and the arithmetic that
dates them.

Stages follow docs/RULES.md section 1: "month k of pregnancy" is [DDG + (k-1) months, DDG + k months - 1 day] and
"month k of life" is [birth + (k-1) months, birth + k months - 1 day], with dateutil's end-of-month clamping.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from .model import Child, Family, Journey, PregnancyDates

STAGE_IDS: tuple[str, ...] = (
    "grossesse-1-3",
    "grossesse-4-6",
    "grossesse-7-9",
    "naissance",
    "bebe-0-3-mois",
    "bebe-4-12-mois",
    "enfant-1-2-ans",
    "enfant-2-3-ans",
)
"""Every stage, in the order of the journey. `catalog.toml` must define exactly these."""

NEWBORN_DAYS = 14
"""The "naissance" stage covers the birth day and the 13 days after it: the maternity stay, the déclaration de
naissance (5 days), the congé de naissance and the first two child exams (within 8 days, 2nd week)."""


def child_stage_on(birth: dt.date, today: dt.date) -> str | None:
    """The stage of a child born on `birth`, or None before the birth and from the 3rd birthday."""
    if today < birth:
        return None
    if today < birth + dt.timedelta(days=NEWBORN_DAYS):
        return "naissance"
    if today < birth + relativedelta(months=3):  # months 1 to 3 of life
        return "bebe-0-3-mois"
    if today < birth + relativedelta(months=12):  # months 4 to 12 of life
        return "bebe-4-12-mois"
    if today < birth + relativedelta(months=24):  # 2nd year of life
        return "enfant-1-2-ans"
    if today < birth + relativedelta(months=36):  # 3rd year of life
        return "enfant-2-3-ans"
    return None


def pregnancy_stage_on(dates: PregnancyDates, today: dt.date) -> str | None:
    """The stage of a pregnancy on `today` (months counted from the DDG), or the child's once born."""
    if dates.birth is not None:
        return child_stage_on(dates.birth, today)
    if today < dates.ddr:
        return None
    ddg = dates.conception
    if today < ddg + relativedelta(months=3):  # months 1 to 3 (and the two weeks between DDR and DDG)
        return "grossesse-1-3"
    if today < ddg + relativedelta(months=6):  # months 4 to 6
        return "grossesse-4-6"
    if today < max(ddg + relativedelta(months=9), dates.due):  # months 7 to 9, up to the due date
        return "grossesse-7-9"
    # The due date has come and no birth is recorded yet: the birth is what matters now.
    return "naissance"


def stage_on(today: dt.date, *, dates: PregnancyDates | None = None, birth: dt.date | None = None) -> str | None:
    """The current stage from a pregnancy's dates or a child's birth date (a known birth wins)."""
    if birth is not None:
        return child_stage_on(birth, today)
    if dates is not None:
        return pregnancy_stage_on(dates, today)
    return None


def current_stages(journey: Journey, today: dt.date | None = None) -> tuple[str, ...]:
    """The stages of a family now: pregnancies under way first, then children from the youngest; no repeats.

    A child born from a tracked pregnancy is counted once (as the child). Subjects past their 3rd birthday
    have no stage.
    """
    today = today or journey.today
    children: list[Child] = sorted(journey.family.children, key=lambda child: child.birth, reverse=True)
    from_children = {child.pregnancy_key for child in children if child.pregnancy_key is not None}
    pregnancies: list[str | None] = []
    births: list[dt.date] = [child.birth for child in children]
    for key, dates in journey.dates.items():
        if dates.birth is None:
            pregnancies.append(pregnancy_stage_on(dates, today))
        elif key not in from_children and dates.birth not in births:
            births.append(dates.birth)
    births.sort(reverse=True)
    found = pregnancies + [child_stage_on(birth, today) for birth in births]
    return tuple(dict.fromkeys(stage for stage in found if stage is not None))


def family_stages(family: Family, today: dt.date) -> tuple[str, ...]:
    """Like current_stages for a family not dated by the engine: only what is typed directly is used.

    Pregnancies give a stage when their DDG is typed (conception) or their birth is known; the engine's
    `current_stages(journey)` is the precise form and should be preferred when a journey exists.
    """
    stages: list[str | None] = []
    for pregnancy in family.pregnancies:
        if pregnancy.birth is not None:
            stages.append(child_stage_on(pregnancy.birth, today))
        elif pregnancy.conception is not None:
            ddr = pregnancy.conception - dt.timedelta(days=14)
            due = pregnancy.due or pregnancy.conception + relativedelta(months=9)
            dates = PregnancyDates(ddr=ddr, conception=pregnancy.conception, due=due, birth=None, due_given=False)
            stages.append(pregnancy_stage_on(dates, today))
    stages += [child_stage_on(child.birth, today) for child in sorted(family.children, key=lambda c: c.birth)[::-1]]
    return tuple(dict.fromkeys(stage for stage in stages if stage is not None))
