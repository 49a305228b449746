"""Every maternity-leave case and the second parent's leave, worked by hand with a calendar.

Sources: C. trav. L1225-17 (6 + 10 weeks, up to 3 weeks moved after the birth), L1225-18 (twins 12 + 22 with
up to 4 weeks moved before; triplets 24 + 22), L1225-19 (3rd child 8 + 18, up to 2 weeks moved before),
L1225-21 (pathological: 2 weeks before, 4 after), L1225-23 (birth > 6 weeks early with the newborn hospitalised:
extended by the days from the birth to the planned start), CSS L331-3 and CPAM 44 (an early birth does not move
the end; a late birth keeps the whole postnatal period); docs/RULES.md sections 1 and 4 for the date arithmetic:
start = DPA - 7 x prenatal weeks, last day = max(birth, DPA) + 7 x postnatal weeks - 1.
C. trav. L3142-4 and service-public F2266 (congé de naissance: 3 jours ouvrables from the birth day or the next
jour ouvrable), L1225-35, D1225-8, D1225-8-1 (paternity: 4 days, 21 or 28 days, 6 months, hospitalisation),
service-public F39685 "Congé supplémentaire de naissance d'un salarié du secteur privé" (C. trav. L1225-46-2 to
L1225-46-7, checked 2026-12-03; docs/RULES.md section 4).
DPA used below: Wednesday 16 December 2026. Useful counts: DPA + 15 = 31 Dec, + 46 = 31 Jan 2027,
+ 74 = 28 Feb, + 105 = 31 Mar, + 135 = 30 Apr.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parcours_app.core.errors import InputError
from parcours_app.core.leave import (
    birth_leave,
    birth_supplement,
    maternity_leave,
    paternity_deadline,
    paternity_mandatory,
    paternity_notice,
    paternity_remaining,
    supplement_applies,
    supplement_deadline,
    supplement_notice,
    supplement_period,
)
from parcours_app.core.model import BirthLeaveStart, MaternityOptions, Region

D = dt.date
DPA = D(2026, 12, 16)


@pytest.mark.parametrize(
    ("multiple", "children_before", "options", "start", "end", "weeks"),
    [
        # 1st or 2nd child: DPA - 42 = 4 Nov; DPA + 69 = 23 Feb 2027 (112 days in all).
        (1, 0, MaternityOptions(), D(2026, 11, 4), D(2027, 2, 23), (6, 10)),
        (1, 1, MaternityOptions(), D(2026, 11, 4), D(2027, 2, 23), (6, 10)),
        # 3rd child: DPA - 56 = 21 Oct; DPA + 125 = 20 Apr 2027.
        (1, 2, MaternityOptions(), D(2026, 10, 21), D(2027, 4, 20), (8, 18)),
        # 3rd child with 2 weeks moved before: 10 + 16 -> DPA - 70 = 7 Oct; DPA + 111 = 6 Apr 2027.
        (1, 2, MaternityOptions(weeks_moved_before_birth=2), D(2026, 10, 7), D(2027, 4, 6), (10, 16)),
        # Twins: DPA - 84 = 23 Sep; DPA + 153 = 18 May 2027.
        (2, 0, MaternityOptions(), D(2026, 9, 23), D(2027, 5, 18), (12, 22)),
        # Twins with 4 weeks moved before: 16 + 18 -> DPA - 112 = 26 Aug; DPA + 125 = 20 Apr 2027.
        (2, 0, MaternityOptions(weeks_moved_before_birth=4), D(2026, 8, 26), D(2027, 4, 20), (16, 18)),
        # Triplets or more: DPA - 168 = 1 Jul; DPA + 153 = 18 May 2027 (rank does not matter).
        (3, 0, MaternityOptions(), D(2026, 7, 1), D(2027, 5, 18), (24, 22)),
        (3, 4, MaternityOptions(), D(2026, 7, 1), D(2027, 5, 18), (24, 22)),
        # 3 weeks moved after the birth: 3 + 13 -> DPA - 21 = 25 Nov; DPA + 90 = 16 Mar 2027.
        (1, 0, MaternityOptions(weeks_moved_after_birth=3), D(2026, 11, 25), D(2027, 3, 16), (3, 13)),
        # Twins may move 3 weeks after too (RULES.md §4 FLAG): 9 + 25 -> DPA - 63 = 14 Oct; DPA + 174 = 8 Jun 2027.
        (2, 0, MaternityOptions(weeks_moved_after_birth=3), D(2026, 10, 14), D(2027, 6, 8), (9, 25)),
    ],
)
def test_maternity_leave_before_the_birth(
    multiple: int, children_before: int, options: MaternityOptions, start: dt.date, end: dt.date, weeks: tuple[int, int]
) -> None:
    leave = maternity_leave(DPA, None, multiple=multiple, children_before=children_before, options=options)
    assert (leave.window.start, leave.window.end) == (start, end)
    assert (leave.prenatal_weeks, leave.postnatal_weeks) == weeks
    assert leave.estimated


def test_sixteen_weeks_are_112_days() -> None:
    assert maternity_leave(DPA, DPA).window.days == 112


def test_birth_on_time_early_and_late() -> None:
    on_time = maternity_leave(DPA, DPA)
    assert (on_time.window.start, on_time.window.end, on_time.estimated) == (D(2026, 11, 4), D(2027, 2, 23), False)
    early = maternity_leave(DPA, D(2026, 12, 1))  # CSS L331-3: the end does not move
    assert (early.window.start, early.window.end) == (D(2026, 11, 4), D(2027, 2, 23))
    late = maternity_leave(DPA, D(2026, 12, 20))  # CPAM: the 10 weeks run from the real birth: 20 Dec + 69
    assert (late.window.start, late.window.end) == (D(2026, 11, 4), D(2027, 2, 27))


def test_pathological_leave_before_and_after() -> None:
    leave = maternity_leave(
        DPA, None, options=MaternityOptions(pathological_days_before=14, pathological_days_after=28)
    )
    assert leave.pathological_before is not None and leave.pathological_after is not None
    assert (leave.pathological_before.start, leave.pathological_before.end) == (D(2026, 10, 21), D(2026, 11, 3))
    assert (leave.pathological_after.start, leave.pathological_after.end) == (D(2027, 2, 24), D(2027, 3, 23))
    assert (leave.window.start, leave.window.end) == (D(2026, 11, 4), D(2027, 2, 23))  # the leave itself is unchanged


def test_very_premature_birth_with_the_newborn_hospitalised() -> None:
    # Birth 1 Oct 2026, 76 days before the DPA (> 42): the leave runs from the birth, and L1225-23 extends it by the
    # 34 days from 1 Oct to the planned start 4 Nov: 23 Feb 2027 + 34 = 29 Mar 2027.
    options = MaternityOptions(premature_hospitalised=True)
    leave = maternity_leave(DPA, D(2026, 10, 1), options=options)
    assert (leave.window.start, leave.window.end, leave.premature_extension_days) == (
        D(2026, 10, 1),
        D(2027, 3, 29),
        34,
    )
    # The same birth without hospitalisation: no extension, the end stays 23 Feb.
    plain = maternity_leave(DPA, D(2026, 10, 1))
    assert (plain.window.start, plain.window.end) == (D(2026, 10, 1), D(2027, 2, 23))
    # Only 5 weeks early (11 Nov): L1225-23 does not apply even when the baby is hospitalised.
    five_weeks = maternity_leave(DPA, D(2026, 11, 11), options=options)
    assert (five_weeks.window.end, five_weeks.premature_extension_days) == (D(2027, 2, 23), 0)


@pytest.mark.parametrize(
    ("multiple", "children_before", "options"),
    [
        (1, 0, MaternityOptions(weeks_moved_before_birth=2)),  # only from the 3rd child or for twins
        (1, 2, MaternityOptions(weeks_moved_before_birth=3)),  # at most 2 for the 3rd child
        (2, 0, MaternityOptions(weeks_moved_before_birth=5)),  # at most 4 for twins
        (3, 0, MaternityOptions(weeks_moved_before_birth=1)),
        (1, 0, MaternityOptions(weeks_moved_after_birth=4)),  # at most 3 after
        (1, 2, MaternityOptions(weeks_moved_after_birth=1, weeks_moved_before_birth=1)),
        (1, 0, MaternityOptions(pathological_days_before=15)),
        (1, 0, MaternityOptions(pathological_days_after=29)),
        (1, 0, MaternityOptions(pathological_days_after=-1)),
    ],
)
def test_options_outside_the_law_are_refused(multiple: int, children_before: int, options: MaternityOptions) -> None:
    with pytest.raises(InputError):
        maternity_leave(DPA, None, multiple=multiple, children_before=children_before, options=options)


@pytest.mark.parametrize(
    ("birth", "region", "choice", "start", "end"),
    [
        # Saturday 21 Nov 2026 is a jour ouvrable: Sat 21, (Sun 22), Mon 23, Tue 24.
        (D(2026, 11, 21), Region.METROPOLE, BirthLeaveStart.BIRTH_DAY, D(2026, 11, 21), D(2026, 11, 24)),
        # Same birth, start on the next jour ouvrable: Mon 23 to Wed 25 (agriemploi26 example).
        (D(2026, 11, 21), Region.METROPOLE, BirthLeaveStart.NEXT_WORKING_DAY, D(2026, 11, 23), D(2026, 11, 25)),
        # Sunday 22 Nov 2026: not ouvrable, so it starts Monday 23: 23, 24, 25.
        (D(2026, 11, 22), Region.METROPOLE, BirthLeaveStart.BIRTH_DAY, D(2026, 11, 23), D(2026, 11, 25)),
        # Tuesday 10 Nov 2026, the day before 11 November: Tue 10, (Wed 11), Thu 12, Fri 13.
        (D(2026, 11, 10), Region.METROPOLE, BirthLeaveStart.BIRTH_DAY, D(2026, 11, 10), D(2026, 11, 13)),
        (D(2026, 11, 10), Region.METROPOLE, BirthLeaveStart.NEXT_WORKING_DAY, D(2026, 11, 12), D(2026, 11, 14)),
        # Thursday 2 Apr 2026, the day before Good Friday: metropole Thu 2, Fri 3, Sat 4;
        # Alsace-Moselle Thu 2, (Fri 3 Good Friday), Sat 4, (Sun 5), (Mon 6 Easter Monday), Tue 7.
        (D(2026, 4, 2), Region.METROPOLE, BirthLeaveStart.BIRTH_DAY, D(2026, 4, 2), D(2026, 4, 4)),
        (D(2026, 4, 2), Region.ALSACE_MOSELLE, BirthLeaveStart.BIRTH_DAY, D(2026, 4, 2), D(2026, 4, 7)),
        # Thursday 24 Dec 2026: metropole 24, (25), Sat 26, (Sun 27), Mon 28;
        # Alsace-Moselle 24, (25), (26 Saint-Étienne), (Sun 27), Mon 28, Tue 29.
        (D(2026, 12, 24), Region.METROPOLE, BirthLeaveStart.BIRTH_DAY, D(2026, 12, 24), D(2026, 12, 28)),
        (D(2026, 12, 24), Region.ALSACE_MOSELLE, BirthLeaveStart.BIRTH_DAY, D(2026, 12, 24), D(2026, 12, 29)),
        # Saturday 26 Dec 2026 in Alsace-Moselle (a holiday): starts Mon 28: 28, 29, 30.
        (D(2026, 12, 26), Region.ALSACE_MOSELLE, BirthLeaveStart.BIRTH_DAY, D(2026, 12, 28), D(2026, 12, 30)),
    ],
)
def test_conge_de_naissance(
    birth: dt.date, region: Region, choice: BirthLeaveStart, start: dt.date, end: dt.date
) -> None:
    window = birth_leave(birth, region, choice)
    assert (window.start, window.end) == (start, end)


def test_paternity_leave_after_the_conge_de_naissance() -> None:
    # Birth Wed 16 Dec 2026: congé de naissance 16-18 Dec, then 4 calendar days 19-22 Dec (weekend included),
    # then the 21 days to take by birth + 6 months - 1 = 15 Jun 2027.
    births = birth_leave(DPA, Region.METROPOLE, BirthLeaveStart.BIRTH_DAY)
    assert (births.start, births.end) == (D(2026, 12, 16), D(2026, 12, 18))
    mandatory = paternity_mandatory(births)
    assert (mandatory.start, mandatory.end) == (D(2026, 12, 19), D(2026, 12, 22))
    remaining = paternity_remaining(DPA, mandatory)
    assert (remaining.start, remaining.end) == (D(2026, 12, 23), D(2027, 6, 15))
    assert paternity_notice(DPA) == D(2026, 11, 16)  # D1225-8: at least 1 month before the DPA


def test_paternity_with_the_newborn_hospitalised() -> None:
    births = birth_leave(DPA, Region.METROPOLE, BirthLeaveStart.BIRTH_DAY)
    # 10 days in neonatology: the 4 days are extended by 10 (D1225-8-1): 19 Dec to 1 Jan 2027.
    ten = paternity_mandatory(births, 10)
    assert (ten.start, ten.end) == (D(2026, 12, 19), D(2027, 1, 1))
    # Leaving hospital on 26 Dec: the deadline becomes 6 months after, 25 Jun 2027.
    assert paternity_deadline(DPA, 10) == D(2027, 6, 25)
    # 40 days: the extension is capped at 30 (D1225-8-1): 22 Dec + 30 = 21 Jan 2027.
    assert paternity_mandatory(births, 40).end == D(2027, 1, 21)


def test_conge_supplementaire_de_naissance_eligibility() -> None:
    # F39685: children born from 1 Jan 2026, and children born earlier but expected (DPA) from 1 Jan 2026.
    assert not supplement_applies(D(2025, 11, 1), D(2025, 11, 10))
    assert not supplement_applies(D(2025, 12, 31), D(2025, 12, 31))
    assert supplement_applies(D(2025, 12, 20), D(2026, 1, 10))  # born in 2025 but due in 2026
    assert supplement_applies(D(2026, 1, 1), D(2025, 12, 28))  # due in 2025, born late on 1 Jan 2026
    assert supplement_applies(None, DPA)


@pytest.mark.parametrize(
    ("birth", "deadline"),
    [
        # Born 1 Jan - 30 Jun 2026 (or born early, due in 2026): take it from 1 Jul 2026 to 31 Mar 2027.
        (D(2025, 12, 20), D(2027, 3, 31)),
        (D(2026, 1, 1), D(2027, 3, 31)),
        (D(2026, 2, 10), D(2027, 3, 31)),
        (D(2026, 6, 30), D(2027, 3, 31)),
        # Born from 1 Jul 2026: within 9 months of the birth = birth + 9 months - 1 day.
        (D(2026, 7, 1), D(2027, 3, 31)),  # 1 Jul + 9 months = 1 Apr 2027; - 1 day = 31 Mar 2027
        (D(2026, 7, 31), D(2027, 4, 29)),  # 31 Jul + 9 months = 30 Apr 2027 (no 31 Apr); - 1 day = 29 Apr
        (DPA, D(2027, 9, 15)),  # 16 Dec 2026 + 9 months = 16 Sep 2027; - 1 day = 15 Sep 2027
        (D(2027, 5, 31), D(2028, 2, 28)),  # 31 May + 9 months = 29 Feb 2028 (leap year); - 1 day = 28 Feb
    ],
)
def test_conge_supplementaire_deadline(birth: dt.date, deadline: dt.date) -> None:
    assert supplement_deadline(birth) == deadline
    assert supplement_period(birth) == type(supplement_period(birth))(max(birth, D(2026, 7, 1)), deadline)


def test_conge_supplementaire_window_of_the_issue_cases() -> None:
    # Born Tuesday 30 June 2026 (DPA the same day). Congé de naissance Tue 30 Jun, Wed 1, Thu 2 Jul; 4 days 3-6 Jul;
    # the 21 days 7-27 Jul; so the second parent is done on 28 Jul. The mother's 6 + 10 weeks end on 30 Jun + 69 =
    # 7 Sep. The earliest parent: 28 Jul (after 1 Jul). Transitional deadline: 31 Mar 2027.
    june = birth_supplement(D(2026, 6, 30), D(2026, 7, 28))
    assert (june.start, june.end) == (D(2026, 7, 28), D(2027, 3, 31))
    # Born Wednesday 1 July 2026: naissance 1-3 Jul, 4 days 4-7 Jul, 21 days 8-28 Jul -> from 29 Jul; 9 months:
    # 1 Jul 2026 + 9 months - 1 = 31 Mar 2027.
    july = birth_supplement(D(2026, 7, 1), D(2026, 7, 29))
    assert (july.start, july.end) == (D(2026, 7, 29), D(2027, 3, 31))
    # Born 20 Dec 2025, due 10 Jan 2026: eligible (DPA in 2026). The paternity leave ends on 17 Jan 2026, the
    # maternity leave on 10 Jan + 69 = 20 Mar 2026, both before 1 Jul 2026: window 1 Jul 2026 - 31 Mar 2027 (the old
    # "9 months from the birth" gave 19 Sep 2026).
    early = birth_supplement(D(2025, 12, 20), D(2026, 1, 18))
    assert (early.start, early.end) == (D(2026, 7, 1), D(2027, 3, 31))
    # Born 10 Feb 2026, leave done on 1 May: from 1 Jul 2026 (never before) to 31 Mar 2027 (not 31 Dec 2026).
    february = birth_supplement(D(2026, 2, 10), D(2026, 5, 1))
    assert (february.start, february.end) == (D(2026, 7, 1), D(2027, 3, 31))
    # A leave ending after the deadline keeps a one-day window on the day after the leave (the text says to check).
    late = birth_supplement(DPA, D(2027, 10, 1))
    assert (late.start, late.end) == (D(2027, 10, 1), D(2027, 10, 1))


def test_conge_supplementaire_notice() -> None:
    # 15 days when the leave follows the paternity leave immediately and starts in the month after the birth:
    # born 1 Jul 2026, leave from 29 Jul (month 1 of life = 1-31 Jul): 29 Jul - 15 days = 14 Jul 2026.
    short = supplement_notice(D(2026, 7, 29), D(2026, 7, 1), follows_paternity=True)
    assert (short.deadline, short.short) == (D(2026, 7, 14), True)
    # Born 30 Jun 2026, leave from 28 Jul (month 1 of life = 30 Jun - 29 Jul): 28 Jul - 15 = 13 Jul 2026.
    assert supplement_notice(D(2026, 7, 28), D(2026, 6, 30), follows_paternity=True).deadline == D(2026, 7, 13)
    # Same start but not right after the paternity leave (e.g. after the mother's leave): 1 month -> 29 Jun 2026.
    after_mother = supplement_notice(D(2026, 7, 29), D(2026, 7, 1), follows_paternity=False)
    assert (after_mother.deadline, after_mother.short) == (D(2026, 6, 29), False)
    # Right after the paternity leave but outside the month after the birth (born 1 Jul, starting 1 Aug): 1 month.
    assert supplement_notice(D(2026, 8, 1), D(2026, 7, 1), follows_paternity=True) == type(short)(
        D(2026, 8, 1), D(2026, 7, 1), False
    )
    # Born 20 Dec 2025 (due 10 Jan 2026), leave from 1 Jul 2026: 1 month before = 1 Jun 2026.
    assert supplement_notice(D(2026, 7, 1), D(2025, 12, 20), follows_paternity=False).deadline == D(2026, 6, 1)
    # Month steps clamp: a leave from 31 Mar 2027 needs notice by 28 Feb 2027.
    assert supplement_notice(D(2027, 3, 31), D(2026, 9, 1), follows_paternity=False).deadline == D(2027, 2, 28)


@pytest.mark.parametrize(
    ("today", "shown"),
    [(D(2027, 2, 1), True), (D(2027, 3, 31), True), (D(2027, 4, 1), False)],
)
def test_a_child_recorded_without_its_pregnancy_keeps_the_supplement_until_its_deadline(
    today: dt.date, shown: bool
) -> None:
    # Born 15 Jan 2026, recorded without its pregnancy (DPA taken as the birth): its birth steps are kept during
    # its first year, and beyond it until the congé supplémentaire's deadline, 31 Mar 2027 (F39685).
    from parcours_app.core.journey import build_journey
    from parcours_app.core.model import Child, Family
    from parcours_app.core.rules import load_catalog

    journey = build_journey(Family(children=(Child(key="", birth=D(2026, 1, 15)),)), load_catalog(), today)
    events = journey.by_id()
    assert ("leave.birth_supplement" in events) is shown
    if shown:
        assert (events["leave.birth_supplement"].start, events["leave.birth_supplement"].end) == (
            D(2026, 7, 1),
            D(2027, 3, 31),
        )
