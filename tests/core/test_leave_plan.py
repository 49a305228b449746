"""The both-parents leave planner, with dates worked by hand on a calendar.

Sources: C. trav. L3142-4 and service-public F2266 (congé de naissance: 3 jours ouvrables, Monday to Saturday,
Sundays and public holidays skipped, from the birth day or the next jour ouvrable); L1225-35 and D1225-8
(4 mandatory calendar days right after it, then 21 days, 28 for a multiple birth, in at most 2 periods of at least
5 days, by birth + 6 months - 1; notice 1 month before each period, "sans délai" for a period starting within the
month after a birth that came before the due date); code.travail.gouv.fr model letter (same rules, 17/10/2025);
service-public F39685 as given in the issue (congé supplémentaire de naissance: children born from 1 January
2026 or expected from then; 1 or 2 months per parent, at once or in two parts of 1 month; born 1 Jan-30 Jun 2026:
1 Jul 2026 to 31 Mar 2027; born from 1 Jul 2026: within 9 months of the birth; notice 1 month, 15 days when it
follows the paternity leave at once and starts within the month after the birth); L1225-17/18 for maternity.
"""

from __future__ import annotations

import datetime as dt

from parcours_app.core.journey import build_journey
from parcours_app.core.leave import Window
from parcours_app.core.leave_plan import (
    IssueKind,
    LeavePlan,
    Parent,
    PeriodKind,
    PlannedPeriod,
    PlanSituation,
    check_plan,
    notice_events,
    render_issue,
    suggested_plan,
    with_plan_notices,
)
from parcours_app.core.model import BirthLeaveStart, Family, Pregnancy
from parcours_app.core.rules import load_catalog

D = dt.date
SECOND = Parent.SECOND_PARENT
MOTHER = Parent.BIRTH_PARENT


def paternity(start: dt.date, end: dt.date) -> PlannedPeriod:
    return PlannedPeriod(SECOND, PeriodKind.PATERNITY, start, end)


def supplement(parent: Parent, start: dt.date, end: dt.date) -> PlannedPeriod:
    return PlannedPeriod(parent, PeriodKind.SUPPLEMENT, start, end)


def kinds(report: object) -> set[IssueKind]:
    return {issue.kind for issue in report.issues}  # type: ignore[attr-defined]


# --- A birth on Saturday 30 October 2027, the day before Sunday 31 October and Monday 1 November (Toussaint) ---
# DPA Friday 5 November 2027, first child, one baby.
SATURDAY_BIRTH = PlanSituation(due=D(2027, 11, 5), birth=D(2027, 10, 30))


def test_saturday_before_toussaint_fixed_periods() -> None:
    report = check_plan(LeavePlan(planned_with_birth=D(2027, 10, 30)), SATURDAY_BIRTH, D(2027, 10, 31))
    maternity, birth, mandatory = report.fixed
    # Maternity 6 + 10 weeks: start DPA - 42 days = Friday 24 September 2027 (5 Nov -> 5 Oct is 31 days, -11 more);
    # end max(birth, DPA) + 70 - 1 = 5 Nov + 69 days = 13 January 2028 (25 days to 30 Nov, 31 to 31 Dec, 13).
    assert (maternity.start, maternity.end) == (D(2027, 9, 24), D(2028, 1, 13))
    # Congé de naissance from the birth day: Sat 30 Oct (1), Sun 31 skipped, Mon 1 Nov holiday skipped, Tue 2 (2),
    # Wed 3 (3). Then the 4 calendar days: Thu 4 to Sun 7 November.
    assert (birth.start, birth.end) == (D(2027, 10, 30), D(2027, 11, 3))
    assert (mandatory.start, mandatory.end) == (D(2027, 11, 4), D(2027, 11, 7))
    # Remaining days: from Mon 8 Nov to 30 Oct + 6 months - 1 = 29 April 2028.
    assert report.paternity_window == Window(D(2027, 11, 8), D(2028, 4, 29))
    assert report.paternity_days == 21
    # Born from 1 July 2026: within 9 months, 30 Oct 2027 + 9 months - 1 = 29 July 2028; the mother from the day
    # after her maternity leave, the second parent from the day after the 4 mandatory days (no period chosen).
    assert report.supplement_windows[MOTHER] == Window(D(2028, 1, 14), D(2028, 7, 29))
    assert report.supplement_windows[SECOND] == Window(D(2027, 11, 8), D(2028, 7, 29))
    # Timeline: start of the maternity leave to the eve of the first birthday.
    assert report.timeline == Window(D(2027, 9, 24), D(2028, 10, 29))


def test_saturday_before_toussaint_next_working_day_choice() -> None:
    situation = PlanSituation(
        due=D(2027, 11, 5), birth=D(2027, 10, 30), birth_leave_start=BirthLeaveStart.NEXT_WORKING_DAY
    )
    report = check_plan(LeavePlan(), situation, D(2027, 10, 31))
    # Next jour ouvrable after Saturday: Sunday no, Monday 1 Nov holiday no, Tuesday 2 Nov: 2, 3, 4 Nov; then the
    # 4 days Fri 5 to Mon 8 Nov; the remaining days from Tue 9 Nov.
    _maternity, birth, mandatory = report.fixed
    assert (birth.start, birth.end) == (D(2027, 11, 2), D(2027, 11, 4))
    assert (mandatory.start, mandatory.end) == (D(2027, 11, 5), D(2027, 11, 8))
    assert report.paternity_window.start == D(2027, 11, 9)


def test_saturday_before_toussaint_couple_plan_is_valid_with_its_notices() -> None:
    p1 = paternity(D(2027, 11, 8), D(2027, 11, 21))  # 14 days
    p2 = paternity(D(2028, 3, 1), D(2028, 3, 7))  # 7 days: 21 in all
    s2 = supplement(SECOND, D(2028, 3, 8), D(2028, 4, 7))  # 8 Mar + 1 month - 1 = 7 Apr: 1 month
    s1 = supplement(MOTHER, D(2028, 1, 14), D(2028, 3, 13))  # 14 Jan + 2 months - 1 = 13 Mar: 2 months
    plan = LeavePlan(periods=(p1, p2, s2, s1), planned_with_birth=D(2027, 10, 30))
    report = check_plan(plan, SATURDAY_BIRTH, D(2027, 10, 31))
    # The two parents on leave at the same time (mother's supplement and second parent's 1-7 March) is allowed.
    assert report.issues == ()
    assert not report.invalidated_by_birth
    deadlines = {(n.parent, n.period): n.deadline for n in report.notices}
    # Expected birth date: DPA - 1 month = 5 October 2027.
    assert deadlines[(SECOND, None)] == D(2027, 10, 5)
    # Born 6 days early and p1 starts within the month after the birth (before 30 Nov): "sans délai".
    assert deadlines[(SECOND, p1)] is None
    assert deadlines[(SECOND, p2)] == D(2028, 2, 1)
    # s2 follows p2 at once but starts in March, not within the month after the birth: 1 month before.
    assert deadlines[(SECOND, s2)] == D(2028, 2, 8)
    assert deadlines[(MOTHER, s1)] == D(2027, 12, 14)
    events = notice_events(report)
    # The DPA notice is the catalog's own step (leave.paternity.notice); p1 "sans délai" has no date.
    assert {event.id: event.end for event in events} == {
        "leaveplan.notice.paternity.2028-03-01": D(2028, 2, 1),
        "leaveplan.notice.supplement.2028-03-08": D(2028, 2, 8),
        "leaveplan.notice.supplement.2028-01-14": D(2027, 12, 14),
    }
    assert all(event.mandatory and not event.estimated for event in events)


def test_supplement_right_after_paternity_in_the_first_month_needs_15_days_notice() -> None:
    p = paternity(D(2027, 11, 8), D(2027, 11, 28))  # 21 days at once
    s = supplement(SECOND, D(2027, 11, 29), D(2027, 12, 28))  # 29 Nov + 1 month - 1
    report = check_plan(LeavePlan(periods=(p, s)), SATURDAY_BIRTH, D(2027, 10, 31))
    assert report.issues == ()
    # Starts on 29 Nov, before 30 Nov (birth + 1 month), right after the paternity leave: 29 Nov - 15 = 14 Nov.
    assert next(n.deadline for n in report.notices if n.period == s) == D(2027, 11, 14)


def test_too_short_overlap_and_notice_past_say_the_rule_and_what_to_change() -> None:
    early = paternity(D(2027, 11, 6), D(2027, 11, 15))  # starts inside the 4 mandatory days
    short = paternity(D(2028, 3, 1), D(2028, 3, 4))  # 4 days
    report = check_plan(LeavePlan(periods=(early, short)), SATURDAY_BIRTH, D(2028, 2, 10))
    by_kind = {(issue.kind, issue.period) for issue in report.issues}
    assert (IssueKind.TOO_SHORT, short) in by_kind
    assert (IssueKind.OUTSIDE_WINDOW, early) in by_kind
    assert (IssueKind.OVERLAP, early) in by_kind
    # Today 10 Feb 2028: the notice for 1 March was due on 1 Feb; earliest new start 10 March 2028.
    assert (IssueKind.NOTICE_PAST, short) in by_kind
    texts = [render_issue(issue) for issue in report.issues]
    too_short = next(t for t in texts if "5 jours minimum" in t)
    # 1 Mar + 4 days = 5 March: the earliest end of a 5-day period.
    assert "D1225-8" in too_short and "05/03/2028" in too_short and too_short.startswith("Congé de paternité")
    overlap = next(t for t in texts if "chevauche" in t)
    assert "07/11/2027" in overlap  # move it after the end of the mandatory days
    notice = next(t for t in texts if "prévenu" in t)
    assert "01/02/2028" in notice and "10/03/2028" in notice


# --- Twins: 28 days instead of 21 --------------------------------------------------------------------------
# Born Saturday 27 March 2027 (Easter Monday 29 March 2027), DPA Friday 2 April 2027.
TWINS = PlanSituation(due=D(2027, 4, 2), birth=D(2027, 3, 27), multiple=2)


def test_twins_28_days_and_their_windows() -> None:
    at_once = paternity(D(2027, 4, 5), D(2027, 5, 2))  # 5 Apr + 27 days = 2 May: 28 days
    report = check_plan(LeavePlan(periods=(at_once,), planned_with_birth=D(2027, 3, 27)), TWINS, D(2027, 3, 28))
    assert report.issues == ()
    maternity, birth, mandatory = report.fixed
    # Twins 12 + 22 weeks: DPA - 84 days = 8 January 2027; DPA + 154 - 1 = 2 September 2027.
    assert (maternity.start, maternity.end) == (D(2027, 1, 8), D(2027, 9, 2))
    # Sat 27 (1), Sun 28 and Easter Monday 29 skipped, Tue 30 (2), Wed 31 (3); then 1 to 4 April.
    assert (birth.start, birth.end) == (D(2027, 3, 27), D(2027, 3, 31))
    assert (mandatory.start, mandatory.end) == (D(2027, 4, 1), D(2027, 4, 4))
    assert report.paternity_days == 28
    assert report.paternity_window == Window(D(2027, 4, 5), D(2027, 9, 26))
    # Mother's supplement: from 3 Sep 2027 to 27 Mar + 9 months - 1 = 26 December 2027.
    assert report.supplement_windows[MOTHER] == Window(D(2027, 9, 3), D(2027, 12, 26))
    split = (paternity(D(2027, 4, 5), D(2027, 4, 24)), paternity(D(2027, 6, 1), D(2027, 6, 8)))  # 20 + 8
    assert check_plan(LeavePlan(periods=split), TWINS, D(2027, 3, 28)).issues == ()


def test_twins_29_days_too_long_and_one_baby_28_days_too_long() -> None:
    too_long = paternity(D(2027, 4, 5), D(2027, 5, 3))  # 29 days
    report = check_plan(LeavePlan(periods=(too_long,)), TWINS, D(2027, 3, 28))
    assert kinds(report) == {IssueKind.TOO_LONG}
    assert "29 jours" in render_issue(report.issues[0]) and "28 jours" in render_issue(report.issues[0])
    single = PlanSituation(due=D(2027, 4, 2), birth=D(2027, 3, 27))
    twins_plan = LeavePlan(periods=(paternity(D(2027, 4, 5), D(2027, 5, 2)),))
    report = check_plan(twins_plan, single, D(2027, 3, 28))
    assert kinds(report) == {IssueKind.TOO_LONG}
    assert "21 jours" in render_issue(report.issues[0]) and "7 jours" in render_issue(report.issues[0])


def test_three_paternity_periods_refused() -> None:
    periods = tuple(paternity(D(2027, m, 1), D(2027, m, 7)) for m in (5, 6, 7))
    report = check_plan(LeavePlan(periods=periods), TWINS, D(2027, 3, 28))
    assert IssueKind.TOO_MANY in kinds(report)


# --- A plan made before the birth that the real birth date invalidates ----------------------------------------
# DPA Thursday 10 June 2027; congé de naissance chosen from the birth day.
BEFORE = PlanSituation(due=D(2027, 6, 10))
PLANNED = paternity(D(2027, 6, 17), D(2027, 7, 7))  # 17 Jun + 20 days = 7 Jul: 21 days


def test_plan_made_on_the_due_date_is_valid_before_the_birth() -> None:
    report = check_plan(LeavePlan(periods=(PLANNED,)), BEFORE, D(2027, 4, 1))
    # On the DPA: Thu 10, Fri 11, Sat 12 June; 4 days 13-16 June; the plan starts on 17 June.
    assert (report.fixed[1].start, report.fixed[1].end) == (D(2027, 6, 10), D(2027, 6, 12))
    assert (report.fixed[2].start, report.fixed[2].end) == (D(2027, 6, 13), D(2027, 6, 16))
    assert report.issues == ()
    assert not report.invalidated_by_birth
    # Notice 1 month before the period: 17 May 2027.
    assert next(n.deadline for n in report.notices if n.period == PLANNED) == D(2027, 5, 17)


def test_late_birth_on_a_sunday_invalidates_the_plan_without_moving_it() -> None:
    plan = LeavePlan(periods=(PLANNED,), planned_with_birth=None)
    born = PlanSituation(due=D(2027, 6, 10), birth=D(2027, 6, 20))
    report = check_plan(plan, born, D(2027, 6, 21))
    # Born Sunday 20 June: not a jour ouvrable, so Mon 21, Tue 22, Wed 23; the 4 days 24-27 June; the remaining
    # days from 28 June to 20 Jun + 6 months - 1 = 19 December 2027. The plan's 17 June start is now inside the
    # congé de naissance.
    assert (report.fixed[1].start, report.fixed[1].end) == (D(2027, 6, 21), D(2027, 6, 23))
    assert report.paternity_window == Window(D(2027, 6, 28), D(2027, 12, 19))
    assert report.invalidated_by_birth
    assert {IssueKind.OUTSIDE_WINDOW, IssueKind.OVERLAP} <= kinds(report)
    assert report.plan.periods == (PLANNED,)  # flagged, never moved
    # Once the parents move it and save it with the real birth date, the flag goes.
    moved = LeavePlan(periods=(paternity(D(2027, 6, 28), D(2027, 7, 18)),), planned_with_birth=D(2027, 6, 20))
    after = check_plan(moved, born, D(2027, 6, 21))
    # Only the notice remains: 28 May was the deadline for 28 June, and a late birth gives no "sans délai".
    assert kinds(after) == {IssueKind.NOTICE_PAST}
    assert not after.invalidated_by_birth


def test_early_birth_that_keeps_the_plan_valid_is_not_flagged() -> None:
    # Born Tuesday 8 June: 8, 9, 10 June; the 4 days 11-14 June: 17 June still fits.
    report = check_plan(
        LeavePlan(periods=(PLANNED,)), PlanSituation(due=D(2027, 6, 10), birth=D(2027, 6, 8)), D(2027, 6, 9)
    )
    assert report.issues == ()
    assert not report.invalidated_by_birth


# --- Congé supplémentaire de naissance: transitional window and splitting ------------------------------------
# Born Saturday 23 May 2026, the day before Sunday 24 and Pentecost Monday 25 May 2026.
MAY_2026 = PlanSituation(due=D(2026, 5, 28), birth=D(2026, 5, 23))


def test_born_before_july_2026_window_and_two_parts() -> None:
    report = check_plan(LeavePlan(), MAY_2026, D(2026, 5, 24))
    # Sat 23 (1), Sun 24 and Pentecost Monday 25 skipped, Tue 26 (2), Wed 27 (3); the 4 days 28-31 May.
    assert (report.fixed[1].start, report.fixed[1].end) == (D(2026, 5, 23), D(2026, 5, 27))
    assert (report.fixed[2].start, report.fixed[2].end) == (D(2026, 5, 28), D(2026, 5, 31))
    # Born 1 Jan-30 Jun 2026: not before 1 July 2026, until 31 March 2027.
    assert report.supplement_windows[SECOND] == Window(D(2026, 7, 1), D(2027, 3, 31))
    parts = (supplement(SECOND, D(2026, 7, 1), D(2026, 7, 31)), supplement(SECOND, D(2027, 2, 1), D(2027, 2, 28)))
    assert check_plan(LeavePlan(periods=parts), MAY_2026, D(2026, 5, 24)).issues == ()


def test_supplement_splitting_and_window_errors() -> None:
    before_july = supplement(SECOND, D(2026, 6, 25), D(2026, 7, 24))  # notice 25 May: not past on 24 May
    report = check_plan(LeavePlan(periods=(before_july,)), MAY_2026, D(2026, 5, 24))
    assert kinds(report) == {IssueKind.OUTSIDE_WINDOW}
    assert "01/07/2026" in render_issue(report.issues[0]) and "31/03/2027" in render_issue(report.issues[0])
    # Three weeks: too short; the message offers 1 month (to 31 Oct) or 2 months (to 30 Nov).
    short = supplement(MOTHER, D(2026, 10, 1), D(2026, 10, 21))
    report = check_plan(LeavePlan(periods=(short,)), MAY_2026, D(2026, 5, 24))
    assert kinds(report) == {IssueKind.TOO_SHORT}
    assert "31/10/2026" in render_issue(report.issues[0]) and "30/11/2026" in render_issue(report.issues[0])
    # Two parts of which one is 2 months: each part is 1 month, and 3 months in all is too long.
    parts = (supplement(SECOND, D(2026, 7, 1), D(2026, 7, 31)), supplement(SECOND, D(2026, 10, 1), D(2026, 11, 30)))
    report = check_plan(LeavePlan(periods=parts), MAY_2026, D(2026, 5, 24))
    assert kinds(report) == {IssueKind.WHOLE_MONTHS, IssueKind.TOO_LONG}


def test_not_covered_before_2026_but_covered_when_due_in_2026() -> None:
    december = PlanSituation(due=D(2025, 12, 20), birth=D(2025, 12, 18))
    s = supplement(MOTHER, D(2026, 7, 1), D(2026, 7, 31))
    report = check_plan(LeavePlan(periods=(s,)), december, D(2025, 12, 19))
    assert report.supplement_windows[MOTHER] is None
    assert kinds(report) == {IssueKind.NOT_ELIGIBLE}
    # Born 28 Dec 2025 with a DPA of 5 Jan 2026: covered, in the transitional window.
    early = PlanSituation(due=D(2026, 1, 5), birth=D(2025, 12, 28))
    report = check_plan(LeavePlan(periods=(s,)), early, D(2025, 12, 29))
    assert report.supplement_windows[MOTHER] == Window(D(2026, 7, 1), D(2027, 3, 31))
    assert report.issues == ()


def test_suggested_plan_takes_the_remaining_days_at_once() -> None:
    plan = suggested_plan(SATURDAY_BIRTH)
    # 8 Nov + 20 days = 28 November 2027.
    assert plan.periods == (paternity(D(2027, 11, 8), D(2027, 11, 28)),)
    assert check_plan(plan, SATURDAY_BIRTH, D(2027, 10, 31)).issues == ()


def test_moving_prenatal_weeks_after_the_birth() -> None:
    # DPA 5 Nov 2027, 3 weeks moved: 3 + 13 weeks; start 5 Nov - 21 = 15 Oct; the birth 30 Oct is after it;
    # end 5 Nov + 91 - 1 = 3 February 2028 (25 to 30 Nov, 56 to 31 Dec, 87 to 31 Jan, 90 = 3 Feb).
    report = check_plan(LeavePlan(weeks_moved_after_birth=3), SATURDAY_BIRTH, D(2027, 10, 31))
    assert (report.fixed[0].start, report.fixed[0].end) == (D(2027, 10, 15), D(2028, 2, 3))
    report = check_plan(LeavePlan(weeks_moved_after_birth=4), SATURDAY_BIRTH, D(2027, 10, 31))
    assert kinds(report) == {IssueKind.INVALID_OPTION}


def test_saved_plans_add_their_notice_steps_to_the_journey() -> None:
    # A first child born in 2024, then the pregnancy "pregnancy2", DPA 10 June 2027, with the period 17 June-7 July:
    # notice on 17 May 2027 (1 month before), shown from 17 April; the id carries the pregnancy key and the period.
    family = Family(
        pregnancies=(
            Pregnancy(due=D(2024, 10, 20), birth=D(2024, 10, 18)),
            Pregnancy(key="pregnancy2", due=D(2027, 6, 10), children_before=1),
        )
    )
    journey = build_journey(family, load_catalog(), D(2027, 3, 1))
    plans = {"": LeavePlan(), "pregnancy2": LeavePlan(subject_key="pregnancy2", periods=(PLANNED,))}
    with_notices = with_plan_notices(journey, plans)
    added = [event for event in with_notices.events if event.rule_id == "leaveplan.notice"]
    assert [(event.id, event.start, event.end) for event in added] == [
        ("pregnancy2:leaveplan.notice.paternity.2027-06-17", D(2027, 4, 17), D(2027, 5, 17))
    ]
    assert added[0].subject_key == "pregnancy2"
    assert len(with_notices.events) == len(journey.events) + 1
    keys = [(event.start, event.end, event.id) for event in with_notices.events]
    assert keys == sorted(keys)
    assert with_plan_notices(journey, {}) is journey


def test_paternity_is_the_other_parents_and_fixed_leave_is_never_chosen() -> None:
    wrong = PlannedPeriod(MOTHER, PeriodKind.PATERNITY, D(2028, 3, 1), D(2028, 3, 7))
    fixed = PlannedPeriod(SECOND, PeriodKind.BIRTH, D(2027, 10, 30), D(2027, 11, 3))
    report = check_plan(LeavePlan(periods=(wrong, fixed)), SATURDAY_BIRTH, D(2027, 10, 31))
    assert {(issue.kind, issue.period) for issue in report.issues} >= {
        (IssueKind.WRONG_PARENT, wrong),
        (IssueKind.WRONG_PARENT, fixed),
    }
    assert "L1225-35" in render_issue(next(i for i in report.issues if i.period == wrong))


def test_notices_say_when_their_date_has_passed() -> None:
    # Today 10 October 2027: the DPA notice (5 October) has passed, the one of the 1 March period (1 Feb) has not.
    p2 = paternity(D(2028, 3, 1), D(2028, 3, 7))
    report = check_plan(LeavePlan(periods=(p2,)), PlanSituation(due=D(2027, 11, 5)), D(2027, 10, 10))
    past = {n.period: n.past for n in report.notices}
    assert past == {None: True, p2: False}
