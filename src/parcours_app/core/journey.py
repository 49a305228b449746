"""build_journey(family, catalog, today): every dated step of a family's journey (docs/RULES.md).

For each pregnancy: the pregnancy rules (scope "pregnancy") from its DDR/DDG/DPA, and the birth rules (scope
"birth": leave, déclaration de naissance, postnatal care, self-test) from the real birth or, before it, from the
DPA (then `Event.estimated` is True). For each child: the child rules (exams, vaccines, school, 1000 days). A
pregnancy whose baby is not recorded as a `Child` yet also gets the child rules, estimated from the DPA.

Event ids (docs/RULES.md, "Stable event ids"): `<prefix>:<rule id>`, or the plain rule id when the prefix is "".
- pregnancy and birth rules take the pregnancy's key;
- child rules take the child's key; for a baby not yet recorded as a child, the pregnancy's key;
- a child recorded without a tracked pregnancy gets the birth rules under its own key.
When two subjects would give the same prefix to the same rule (a child at home keyed "" and a first pregnancy
keyed ""), the pregnancy's birth and baby events fall back to `<key or "pregnancy1">` so ids stay unique; storage
avoids it by keying children born from a tracked pregnancy with that pregnancy's key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta

from .dating import (
    add_months,
    check_birth,
    check_date_range,
    date_pregnancy,
    dating_bounds_error,
    ddr_from_ddg,
    french_date,
)
from .errors import InputError
from .leave import (
    Window,
    birth_leave,
    birth_supplement,
    check_maternity_options,
    maternity_leave,
    paternity_mandatory,
    paternity_notice,
    paternity_remaining,
    paternity_remaining_days,
    supplement_applies,
    supplement_deadline,
    supplement_notice,
)
from .model import Child, DateKind, Event, Family, Journey, Pregnancy, PregnancyDates, Region
from .rules import Anchor, Catalog, Offset, Rule, Scope
from .text import Text
from .workdays import next_jour_ouvre

BIRTH_DECLARATION_DAYS = 5  # Code civil art. 55: 5 days, the birth day not counted
SCHOOL_MONTH = 9  # la rentrée de septembre
SCHOOL_AGE = 3
MAX_CHILD_AGE_YEARS = 18
BIRTH_STEPS_YEARS = 1  # birth steps end within the first year, except the congé supplémentaire (supplement_deadline)
MAX_NEWBORN_HOSPITAL_DAYS = 366
MAX_PREGNANCIES = 20
MAX_CHILDREN = 30


def _fr(source: str, *args: object) -> Text:
    return Text("Journey", source, tuple(str(arg) for arg in args))


def _shift(day: dt.date, years: int, months: int, days: int) -> dt.date:
    """day + years + months (clamped to the month end, as relativedelta does) + days."""
    if years or months:
        day = add_months(day, years * 12 + months)
    return day + dt.timedelta(days=days) if days else day


@dataclass(frozen=True, slots=True)
class _Anchors:
    """The dates one subject's offsets count from, and whether the birth is a real one."""

    dates: dict[str, dt.date]
    birth_is_real: bool

    def resolve(self, offset: Offset) -> dt.date:
        return _shift(self.dates[offset.anchor], offset.years, offset.months, offset.weeks * 7 + offset.days)


_ANCHOR_KIND = {
    Anchor.DDR: DateKind.DDR,
    Anchor.CONCEPTION: DateKind.DDG,
    Anchor.DUE: DateKind.DPA,
    Anchor.BIRTH: DateKind.BIRTH,
}


def validate_family(family: Family, today: dt.date) -> dict[str, PregnancyDates]:
    """Check everything a person typed about a family on `today`; return each pregnancy's dates by key.

    Raises InputError with a message saying what to fix. The GUI and the command line both call it before
    saving or printing anything, and build_journey calls it too, so an invalid family never yields a calendar.
    """
    check_date_range(today)
    if not isinstance(family.region, Region):
        raise InputError(_fr("Région inconnue."))
    if len(family.pregnancies) > MAX_PREGNANCIES or len(family.children) > MAX_CHILDREN:
        raise InputError(_fr("Trop de grossesses ou d'enfants pour une seule famille : vérifiez la saisie."))
    pregnancy_keys = [p.key for p in family.pregnancies]
    if len(set(pregnancy_keys)) != len(pregnancy_keys):
        raise InputError(_fr("Deux grossesses portent la même clé : chaque grossesse doit avoir la sienne."))
    child_keys = [c.key for c in family.children]
    if len(set(child_keys)) != len(child_keys):
        raise InputError(_fr("Deux enfants portent la même clé : chaque enfant doit avoir la sienne."))
    for key in (*pregnancy_keys, *child_keys):
        if ":" in key or key.strip() != key:
            raise InputError(_fr("La clé « %1 » ne doit contenir ni deux-points ni espaces au bord.", key))
    all_dates: dict[str, PregnancyDates] = {}
    for pregnancy in family.pregnancies:
        birth = pregnancy.birth if pregnancy.birth is not None else _linked_birth(family, pregnancy.key)
        dates = date_pregnancy(pregnancy if birth == pregnancy.birth else _with_birth(pregnancy, birth))
        problem = dating_bounds_error(dates, today)
        if problem is not None:
            raise InputError(problem)
        check_maternity_options(pregnancy.maternity, pregnancy.multiple, pregnancy.children_before)
        if not 0 <= pregnancy.newborn_hospital_days <= MAX_NEWBORN_HOSPITAL_DAYS:
            raise InputError(_fr("La durée d'hospitalisation du bébé doit être comprise entre 0 et 366 jours."))
        all_dates[pregnancy.key] = dates
    known = set(pregnancy_keys)
    for child in family.children:
        check_date_range(child.birth)
        if child.birth > today:
            raise InputError(
                _fr(
                    "La date de naissance de l'enfant (%1) est après aujourd'hui (%2) : pour une naissance à venir, "
                    "indiquez le terme prévu de la grossesse.",
                    french_date(child.birth),
                    french_date(today),
                )
            )
        if child.birth < today - relativedelta(years=MAX_CHILD_AGE_YEARS):
            raise InputError(
                _fr(
                    "La date de naissance de l'enfant (%1) a plus de 18 ans : vérifiez l'année.",
                    french_date(child.birth),
                )
            )
        if child.pregnancy_key is not None:
            if child.pregnancy_key not in known:
                raise InputError(
                    _fr("L'enfant est rattaché à une grossesse qui n'existe pas : enregistrez-la d'abord.")
                )
            # Each baby of the pregnancy (twins may be born on different days) must fit its dates.
            linked = all_dates[child.pregnancy_key]
            check_birth(child.birth, linked.ddr, linked.conception, linked.due)
    return all_dates


def _linked_birth(family: Family, pregnancy_key: str) -> dt.date | None:
    births = [c.birth for c in family.children if c.pregnancy_key == pregnancy_key]
    return min(births) if births else None


def _with_birth(pregnancy: Pregnancy, birth: dt.date | None) -> Pregnancy:
    return replace(pregnancy, birth=birth)


def build_journey(family: Family, catalog: Catalog, today: dt.date) -> Journey:
    """Every event of the family's journey, sorted by (start, end, id). Raises InputError on invalid input."""
    all_dates = validate_family(family, today)
    builder = _Builder(family, catalog, today)
    for pregnancy in family.pregnancies:
        builder.add_pregnancy(pregnancy, all_dates[pregnancy.key])
    for child in family.children:
        builder.add_child(child, all_dates.get(child.pregnancy_key) if child.pregnancy_key is not None else None)
    events = sorted(builder.events, key=lambda e: (e.start, e.end, e.id))
    return Journey(family=family, today=today, dates=all_dates, events=tuple(events), rules_version=catalog.label())


class _Builder:
    def __init__(self, family: Family, catalog: Catalog, today: dt.date) -> None:
        self.family = family
        self.today = today
        self.catalog = catalog
        self.events: list[Event] = []
        self._by_scope: dict[str, list[Rule]] = {scope: [] for scope in Scope.ALL}
        for rule in catalog.rules:
            self._by_scope[rule.scope].append(rule)
        unlinked_child_keys = {c.key for c in family.children if c.pregnancy_key is None}
        self._unlinked_child_keys = unlinked_child_keys

    # --- subjects ---------------------------------------------------------------------------------------

    def add_pregnancy(self, pregnancy: Pregnancy, dates: PregnancyDates) -> None:
        birth = dates.birth
        anchors = _Anchors(
            dates={
                Anchor.DDR: ddr_from_ddg(dates.conception),
                Anchor.CONCEPTION: dates.conception,
                Anchor.DUE: dates.due,
                Anchor.BIRTH: birth if birth is not None else dates.due,
            },
            birth_is_real=birth is not None,
        )
        for rule in self._by_scope[Scope.PREGNANCY]:
            event = self._offset_event(rule, anchors, pregnancy.key, "")
            # After a real (early) birth, prenatal steps end on the birth day at the latest, and those that
            # would only start after it will not happen: leave them out.
            if birth is not None and rule.end is not None and rule.end.anchor != Anchor.BIRTH:
                if event.start > birth:
                    continue
                if event.end > birth:
                    event = replace(event, end=birth)
            self.events.append(event)
        baby_prefix = pregnancy.key
        if pregnancy.key in self._unlinked_child_keys:
            baby_prefix = pregnancy.key or "pregnancy1"
        self._add_birth_rules(baby_prefix, anchors, dates, pregnancy)
        linked = [c for c in self.family.children if c.pregnancy_key == pregnancy.key]
        if not linked:
            self._add_child_rules(baby_prefix, "", anchors, dates.conception)

    @staticmethod
    def _birth_steps_last_day(birth: dt.date) -> dt.date:
        last = _shift(birth, BIRTH_STEPS_YEARS, 0, -1)
        if supplement_applies(birth, birth):
            last = max(last, supplement_deadline(birth))
        return last

    def add_child(self, child: Child, dates: PregnancyDates | None) -> None:
        conception = dates.conception if dates is not None else _shift(child.birth, 0, -9, 0)
        anchors = _Anchors(dates={Anchor.BIRTH: child.birth}, birth_is_real=True)
        if dates is None and self.today <= self._birth_steps_last_day(child.birth):
            # A child recorded without its pregnancy: the birth steps (déclaration, leave, postnatal care) still
            # apply while they can matter, in its first year (or until the congé supplémentaire's deadline, which
            # is 31 Mar 2027 for a child born early in 2026); for an older sibling they would only be noise.
            due = child.birth
            full = _Anchors(
                dates={
                    Anchor.DDR: ddr_from_ddg(conception),
                    Anchor.CONCEPTION: conception,
                    Anchor.DUE: due,
                    Anchor.BIRTH: child.birth,
                },
                birth_is_real=True,
            )
            pseudo = PregnancyDates(
                ddr=full.dates[Anchor.DDR], conception=conception, due=due, birth=child.birth, due_given=False
            )
            # Without its pregnancy the rank and the number of babies come from the children recorded: those
            # born before it, and those born the same day (twins recorded as two children share one set of
            # birth steps, given to the first of them).
            unlinked_twins = [c for c in self.family.children if c.pregnancy_key is None and c.birth == child.birth]
            if unlinked_twins[0] is child:
                pregnancy = Pregnancy(
                    key=child.key,
                    due=due,
                    birth=child.birth,
                    multiple=min(len(unlinked_twins), 3),
                    children_before=sum(1 for c in self.family.children if c.birth < child.birth),
                )
                self._add_birth_rules(child.key, full, pseudo, pregnancy, due_known=False)
        self._add_child_rules(child.key, child.name, anchors, conception)

    # --- rule families ----------------------------------------------------------------------------------

    def _add_birth_rules(
        self, prefix: str, anchors: _Anchors, dates: PregnancyDates, pregnancy: Pregnancy, *, due_known: bool = True
    ) -> None:
        computed = _BirthComputations(self.family, pregnancy, dates, due_known=due_known)
        for rule in self._by_scope[Scope.BIRTH]:
            if rule.compute is None:
                self.events.append(self._offset_event(rule, anchors, prefix, ""))
                continue
            for start, end, args in computed.run(rule.compute):
                self.events.append(
                    self._event(
                        rule,
                        prefix,
                        "",
                        start,
                        end,
                        estimated=dates.birth is None and rule.compute not in _FIXED_BY_THE_DPA,
                        args=args,
                        anchor=Anchor.BIRTH,
                        anchor_date=anchors.dates[Anchor.BIRTH],
                    )
                )

    def _add_child_rules(self, prefix: str, name: str, anchors: _Anchors, conception: dt.date) -> None:
        birth = anchors.dates[Anchor.BIRTH]
        for rule in self._by_scope[Scope.CHILD]:
            if rule.compute is None:
                self.events.append(self._offset_event(rule, anchors, prefix, name))
                continue
            if rule.compute == "school_start":
                start = dt.date(birth.year + SCHOOL_AGE, SCHOOL_MONTH, 1)
                end = start
            else:  # thousand_days: from the 4th month of pregnancy to the 2nd birthday
                start = _shift(conception, 0, 3, 0)
                end = _shift(birth, 2, 0, 0)
            self.events.append(
                self._event(
                    rule,
                    prefix,
                    name,
                    start,
                    end,
                    estimated=not anchors.birth_is_real,
                    args=(),
                    anchor=Anchor.BIRTH,
                    anchor_date=birth,
                )
            )

    # --- event makers -----------------------------------------------------------------------------------

    def _offset_event(self, rule: Rule, anchors: _Anchors, prefix: str, name: str) -> Event:
        assert rule.start is not None and rule.end is not None  # rules.py guarantees it without "compute"
        start = anchors.resolve(rule.start)
        end = anchors.resolve(rule.end)
        if end < start:
            # A window cut short by an early birth (e.g. the EPP ends the day before a DPA that came early) keeps
            # one day so the step is still shown; it cannot happen with the default catalog on valid input.
            end = start
        uses_birth = Anchor.BIRTH in (rule.start.anchor, rule.end.anchor)
        target = anchors.resolve(rule.target) if rule.target is not None else None
        return self._event(
            rule,
            prefix,
            name,
            start,
            end,
            estimated=uses_birth and not anchors.birth_is_real,
            args=(),
            anchor=rule.anchor,
            anchor_date=anchors.dates[rule.anchor],
            target=target,
        )

    def _event(
        self,
        rule: Rule,
        prefix: str,
        name: str,
        start: dt.date,
        end: dt.date,
        *,
        estimated: bool,
        args: tuple[str, ...],
        anchor: str,
        anchor_date: dt.date,
        target: dt.date | None = None,
    ) -> Event:
        return Event(
            id=f"{prefix}:{rule.id}" if prefix else rule.id,
            rule_id=rule.id,
            category=rule.category,
            start=start,
            end=end,
            title=rule.title_text,
            explanation=rule.explanation_text(*args),
            mandatory=rule.mandatory,
            estimated=estimated,
            source=rule.source,
            concerns=rule.concerns,
            subject_key=prefix,
            subject_name=name,
            anchor=_ANCHOR_KIND[anchor],
            anchor_date=anchor_date,
            target=target,
            whom=rule.whom_text,
            to_bring=rule.to_bring_text,
            advice=rule.advice_text,
            topics=rule.topics,
            catch_up=rule.catch_up,
        )


_Span = tuple[dt.date, dt.date, tuple[str, ...]]
# Computations whose dates the DPA fixes by law: they do not move when the real birth comes, so they are never
# "estimated" (the notice to the employer is due one month before the DPA, whatever the birth date).
_FIXED_BY_THE_DPA = frozenset({"paternity_notice"})


class _BirthComputations:
    """The leave and déclaration windows of one birth, computed once and shared by the rules that show them."""

    def __init__(self, family: Family, pregnancy: Pregnancy, dates: PregnancyDates, *, due_known: bool) -> None:
        self.due_known = due_known  # False for a child recorded without its pregnancy: the DPA is the birth
        self.family = family
        self.pregnancy = pregnancy
        self.dates = dates
        self.birth = dates.birth if dates.birth is not None else dates.due
        self._maternity = maternity_leave(
            dates.due,
            dates.birth,
            multiple=pregnancy.multiple,
            children_before=pregnancy.children_before,
            options=pregnancy.maternity,
        )
        self._birth_leave = birth_leave(self.birth, family.region, family.birth_leave_start)
        self._mandatory = paternity_mandatory(self._birth_leave, pregnancy.newborn_hospital_days)
        self._methods: dict[str, Callable[[], Iterable[_Span]]] = {
            "maternity_leave": self.maternity,
            "maternity_pathological_before": self.pathological_before,
            "maternity_pathological_after": self.pathological_after,
            "paternity_notice": self.notice,
            "birth_leave": self.birth_leave,
            "paternity_mandatory": self.mandatory,
            "paternity_remaining": self.remaining,
            "birth_supplement": self.supplement,
            "birth_supplement_notice": self.supplement_notice,
            "birth_declaration": self.declaration,
        }

    def run(self, name: str) -> Iterable[_Span]:
        method = self._methods.get(name)
        return () if method is None else method()

    def maternity(self) -> Iterable[_Span]:
        leave = self._maternity
        yield leave.window.start, leave.window.end, (str(leave.prenatal_weeks), str(leave.postnatal_weeks))

    def pathological_before(self) -> Iterable[_Span]:
        window = self._maternity.pathological_before
        if window is not None:
            yield window.start, window.end, (str(window.days),)

    def pathological_after(self) -> Iterable[_Span]:
        window = self._maternity.pathological_after
        if window is not None:
            yield window.start, window.end, (str(window.days),)

    def notice(self) -> Iterable[_Span]:
        if not self.due_known:
            return  # a notice before an unknown due date of a child already born means nothing
        deadline = paternity_notice(self.dates.due)
        # Shown from the first day of the 4th month (once the pregnancy is declared) to the deadline.
        start = min(_shift(self.dates.conception, 0, 3, 0), deadline)
        yield start, deadline, ()

    def birth_leave(self) -> Iterable[_Span]:
        yield self._birth_leave.start, self._birth_leave.end, ()

    def mandatory(self) -> Iterable[_Span]:
        yield self._mandatory.start, self._mandatory.end, (str(self._mandatory.days),)

    def remaining(self) -> Iterable[_Span]:
        window: Window = paternity_remaining(self.birth, self._mandatory, self.pregnancy.newborn_hospital_days)
        yield window.start, window.end, (str(paternity_remaining_days(self.pregnancy.multiple)),)

    def _supplement_window(self) -> tuple[Window, bool] | None:
        """The supplementary leave's window, and whether its first day follows the paternity leave right away."""
        if not supplement_applies(self.dates.birth, self.dates.due):
            return None
        # The earliest a parent has used up the leave: the mother after her maternity leave, the second parent
        # after the congé de paternité taken in one go (4 days, then 21 or 28).
        second_parent_done = self._mandatory.end + dt.timedelta(
            days=paternity_remaining_days(self.pregnancy.multiple) + 1
        )
        earliest = min(self._maternity.window.end + dt.timedelta(days=1), second_parent_done)
        window = birth_supplement(self.birth, earliest)
        return window, window.start == second_parent_done

    def supplement(self) -> Iterable[_Span]:
        found = self._supplement_window()
        if found is not None:
            yield found[0].start, found[0].end, ()

    def supplement_notice(self) -> Iterable[_Span]:
        # The notice for a leave starting on the window's first day: shown from one month before the deadline
        # (never before the birth) to the deadline itself.
        found = self._supplement_window()
        if found is None:
            return
        window, follows_paternity = found
        notice = supplement_notice(window.start, self.birth, follows_paternity=follows_paternity)
        start = min(max(self.birth, _shift(notice.deadline, 0, -1, 0)), notice.deadline)
        yield start, notice.deadline, ()

    def declaration(self) -> Iterable[_Span]:
        last = self.birth + dt.timedelta(days=BIRTH_DECLARATION_DAYS)
        yield self.birth, next_jour_ouvre(last, self.family.region), ()
