"""The printed personal plan's content: what the A4 sheet says, as plain data (no Qt, no drawing).

`build_plan(journey, request)` gathers the key dates, the steps to do soon, the pregnancy and démarches steps, the
leave, each child's exams and vaccines, local contacts and helplines into a `PlanDocument`: titled tables of rows,
each cell a few styled runs of text. `plan_pdf.paint_plan` lays it out and draws it (a PDF file, a print, a
preview); `consultation_plan` builds the one-page sheet from the same types. Tests read the content here without
a paint device (tests/export/test_plan_purity.py checks that importing this module loads no Qt).

Readable in black and white: nothing is said by colour, status is written out ("Obligatoire", "☐ à faire",
"☑ fait le …").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from parcours_app import __version__
from parcours_app.core.directory import place_kind_label
from parcours_app.core.helplines import TRANSLATION_CONTEXT as HELPLINES_CONTEXT
from parcours_app.core.helplines import Helpline, load_helplines
from parcours_app.core.journey_filters import Status, SubjectKind, event_status, event_subject_kind
from parcours_app.core.model import Appointment, Category, Event, EventState, Family, Journey, Place
from parcours_app.core.text import Text, Translate, plural_text
from parcours_app.export.formats import (
    ExportRequest,
    Selection,
    advice_line,
    child_subjects,
    find_child,
    format_date,
    is_fixed_leave,
    selected,
    subject_suffix,
)

SOON_DAYS = 60
"""The "À faire bientôt" table lists what is open now or opens within this many days."""

_CONTEXT = "PlanPdf"


class Style(Enum):
    """Text styles of the sheet (point sizes; bold where the reader's eye should land first)."""

    TITLE = (17.0, True)
    SUBTITLE = (9.5, False)
    HEADING = (12.5, True)
    HEADER = (8.5, True)
    STRONG = (9.5, True)
    BODY = (9.0, False)
    SMALL = (7.8, False)
    FOOTER = (7.5, False)


@dataclass(frozen=True, slots=True)
class Run:
    """One paragraph inside a cell."""

    text: str
    style: Style = Style.BODY


Cell = tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A section of the sheet: a heading, column headers with relative widths, rows of cells."""

    heading: str
    headers: tuple[str, ...]
    widths: tuple[float, ...]
    rows: tuple[tuple[Cell, ...], ...]
    empty_note: str = ""  # said instead of the table when there is no row


@dataclass(frozen=True, slots=True)
class PlanDocument:
    title: str
    subtitle: tuple[str, ...]
    tables: tuple[Table, ...]
    closing: tuple[str, ...]  # paragraphs after the tables
    footer: str  # left part of every page footer; "page n sur N" is added on the right
    page_label: str  # "Page %1 sur %2" in the chosen language
    continued: str = "(suite)"  # after a heading repeated on the next page
    right_to_left: bool = False
    document_title: str = ""  # PDF metadata


@dataclass(frozen=True, slots=True)
class PlanTexts:
    """The chosen language of a sheet: its translator and its date formats."""

    translate: Translate
    language: str

    def day(self, day: dt.date) -> str:
        return format_date(day, self.language)

    def short(self, day: dt.date) -> str:
        return format_date(day, self.language, "medium")


def _tr(source: str, t: PlanTexts, *args: str) -> str:
    """A literal French string of the plan in the chosen language (tools/update_translations.py extracts the
    literals of these calls: this function only wraps Text)."""
    return Text(_CONTEXT, source, tuple(args)).render(t.translate)


def build_plan(
    journey: Journey,
    request: ExportRequest = ExportRequest(),  # noqa: B008 - frozen dataclass, safe as a default
    *,
    produced_on: dt.date | None = None,
) -> PlanDocument:
    """What the printed plan says: the request's selection, marks, appointments, places and helplines, in its
    language; "établi le" `produced_on` (the journey's today when not given). Raises InputError for an unknown
    child key."""
    t = PlanTexts(request.translate, request.language)
    selection, states = request.selection, request.states
    produced = produced_on or journey.today
    events, booked = selected(journey, request)
    helplines = request.helplines if request.helplines is not None else load_helplines()

    subtitle: list[str] = []
    names = [name for name in (journey.family.parent1_name, journey.family.parent2_name) if name]
    if names:
        subtitle.append(
            _tr("Pour %1", t, _tr(" et ", t).join(names)) if len(names) == 2 else _tr("Pour %1", t, names[0])
        )
    if selection.child_key is not None:
        child = find_child(journey, selection.child_key)
        subtitle.append(
            _tr("Les étapes de %1 seulement", t, child.name) if child.name else _tr("Les étapes du bébé seulement", t)
        )
    if selection.mandatory_only:
        subtitle.append(_tr("Les étapes obligatoires seulement", t))
    rules = journey.rules_version or _tr("non précisée", t)
    subtitle.append(
        _tr("Établi le %1 · version des règles : %2 · Parcours 1000 jours %3", t, t.day(produced), rules, __version__)
    )

    tables = [
        _key_dates(journey, selection, t),
        _soon(journey, events, states, booked, t),
        _steps(
            _tr("Grossesse, naissance et démarches", t),
            [e for e in events if event_subject_kind(e) is SubjectKind.PREGNANCY and e.category is not Category.LEAVE],
            journey,
            states,
            t,
            _tr("Aucune étape de grossesse dans ce plan.", t),
        ),
        _leave(journey, [e for e in events if e.category is Category.LEAVE], t),
    ]
    for child in child_subjects(journey):
        if selection.child_key is not None and child.key != selection.child_key:
            continue
        own = [e for e in events if event_subject_kind(e) is SubjectKind.CHILD and e.subject_key == child.key]
        heading = (
            _tr("Examens, vaccins et étapes de %1", t, child.name)
            if child.name
            else _tr("Examens, vaccins et étapes du bébé", t)
        )
        tables.append(_steps(heading, own, journey, states, t, _tr("Aucune étape dans ce plan.", t)))
    tables.append(places_table(request.places, t))
    tables.append(_helplines(helplines, t))

    closing = (
        _tr("Ce plan est calculé à partir des dates que vous avez indiquées et des règles officielles vérifiées.", t),
        _tr(
            "Il ne remplace pas l’avis d’une sage-femme, d’un médecin ou de la PMI : demandez-leur en cas de doute.", t
        ),
        _tr(
            "Les dates marquées « estimée » sont calculées à partir du terme prévu et changeront après la naissance.", t
        ),
        _tr("En cas d’urgence, appelez le 15 ou le 112. Si vous pensez au suicide : 3114, à toute heure.", t),
    )
    return PlanDocument(
        title=_tr("Mon plan des 1000 premiers jours", t),
        subtitle=tuple(subtitle),
        tables=tuple(tables),
        closing=closing,
        footer=_tr("Parcours 1000 jours · établi le %1 · règles : %2", t, t.day(produced), rules),
        page_label=_tr("Page %1 sur %2", t),
        right_to_left=request.language == "ar",
        document_title=_tr("Mon plan des 1000 premiers jours", t),
        continued=_tr("(suite)", t),
    )


def _key_dates(journey: Journey, selection: Selection, t: PlanTexts) -> Table:
    rows: list[tuple[Cell, ...]] = []
    several = len(journey.dates) > 1
    child_filter = find_child(journey, selection.child_key) if selection.child_key is not None else None
    for number, (key, dates) in enumerate(sorted(journey.dates.items()), start=1):
        if child_filter is not None and child_filter.pregnancy_key != key:
            continue
        prefix = _tr("Grossesse %1 : ", t, str(number)) if several else ""
        due_note = (
            _tr("donné par un professionnel", t) if dates.due_given else _tr("calculé : début de grossesse + 9 mois", t)
        )
        # The engine counts SA from DDG - 14 days; say so when that is not the date the family typed (another
        # cycle length, a scan date or a due date only), so nobody reads it as their own last period.
        typed_ddr = next((p.ddr for p in journey.family.pregnancies if p.key == key), None)
        ddr_note = "" if typed_ddr == dates.ddr else _tr("repère des SA : début de grossesse − 14 jours", t)
        rows.append(_key_row(prefix + _tr("Premier jour des dernières règles (DDR)", t), t.day(dates.ddr), ddr_note))
        rows.append(_key_row(prefix + _tr("Début de grossesse (DDG)", t), t.day(dates.conception), ""))
        rows.append(_key_row(prefix + _tr("Terme prévu (DPA)", t), t.day(dates.due), due_note))
        if dates.birth is not None:
            rows.append(_key_row(prefix + _tr("Naissance", t), t.day(dates.birth), ""))
    for child in journey.family.children:
        if child_filter is not None and (child.key != child_filter.key or not child_filter.registered):
            continue
        label = _tr("Naissance de %1", t, child.name) if child.name else _tr("Naissance de l’enfant", t)
        rows.append(_key_row(label, t.day(child.birth), _tr("prématuré", t) if child.premature else ""))
    headers = (_tr("Date de référence", t), _tr("Date", t), _tr("Remarque", t))
    empty = _tr("Aucune date indiquée.", t)
    return Table(
        heading=_tr("Dates clés", t), headers=headers, widths=(0.45, 0.25, 0.30), rows=tuple(rows), empty_note=empty
    )


def _key_row(label: str, day: str, note: str) -> tuple[Cell, ...]:
    return ((Run(label, Style.STRONG),), (Run(day),), (Run(note, Style.SMALL),))


def _when(event: Event, t: PlanTexts) -> Cell:
    if event.start == event.end:
        runs = [Run(_tr("le %1", t, t.short(event.start)))]
    else:
        runs = [Run(_tr("du %1", t, t.short(event.start))), Run(_tr("au %1", t, t.short(event.end)), Style.STRONG)]
    if event.target is not None and event.start < event.target < event.end:
        runs.append(Run(_tr("idéalement vers le %1", t, t.short(event.target)), Style.SMALL))
    if event.estimated:
        runs.append(Run(_tr("(date estimée)", t), Style.SMALL))
    return tuple(runs)


def _what(event: Event, journey: Journey, t: PlanTexts, *, with_explanation: bool = True) -> Cell:
    title = event.title.render(t.translate) + subject_suffix(event, journey, t.translate)
    runs = [Run(title, Style.STRONG)]
    if with_explanation:
        runs.append(Run(event.explanation.render(t.translate), Style.SMALL))
    if event.whom is not None:
        runs.append(Run(_tr("Qui voir : %1", t, event.whom.render(t.translate)), Style.SMALL))
    if event.to_bring is not None:
        runs.append(Run(_tr("À prévoir : %1", t, event.to_bring.render(t.translate)), Style.SMALL))
    if event.advice is not None:
        runs.append(Run(advice_line(event.advice.render(t.translate), t.translate), Style.SMALL))
    return tuple(runs)


def _status(event: Event, state: EventState | None, today: dt.date, t: PlanTexts, family: Family | None = None) -> Cell:
    kind = Run(
        _tr("Obligatoire", t) if event.mandatory else _tr("Recommandée", t),
        Style.STRONG if event.mandatory else Style.BODY,
    )
    if state is not None and state.dismissed:
        return (kind, Run(_tr("— mise de côté", t)))
    if state is not None and state.done_on is not None:
        return (kind, Run(_tr("☑ fait le %1", t, t.short(state.done_on))))
    if event.end < today:
        # a box to tick only for what is still to do ("à rattraper"); the rest of the past is not a to-do (issue 16)
        if event_status(event, state, today, family) is Status.CATCH_UP:
            return (kind, Run(_tr("☐ à rattraper : voir avec un professionnel", t)))
        return (kind, Run(_tr("— date passée", t)))
    return (kind, Run(_tr("☐ à faire", t)))


def _soon(
    journey: Journey,
    events: Sequence[Event],
    states: Mapping[str, EventState],
    booked: Sequence[Appointment],
    t: PlanTexts,
) -> Table:
    today = journey.today
    horizon = today + dt.timedelta(days=SOON_DAYS)
    appointment_of = {a.event_id: a for a in booked if a.event_id}
    rows: list[tuple[Cell, ...]] = []
    for event in events:
        state = states.get(event.id)
        if state is not None and (state.done_on is not None or state.dismissed):
            continue
        if event.category is Category.LEAVE:
            continue
        late = event.end < today and event_status(event, state, today, journey.family) is Status.CATCH_UP
        if not (late or (event.end >= today and event.start <= horizon)):
            continue
        what = list(_what(event, journey, t, with_explanation=False))
        appointment = appointment_of.get(event.id)
        if appointment is not None:
            when = format_date(appointment.starts_at.date(), t.language, "medium")
            what.append(
                Run(_tr("Rendez-vous pris : %1 à %2", t, when, appointment.starts_at.strftime("%H:%M")), Style.BODY)
            )
            if appointment.place:
                what.append(Run(appointment.place, Style.SMALL))
        rows.append((_when(event, t), tuple(what), _status(event, state, today, t, journey.family)))
    heading = _tr("À faire bientôt (d’ici le %1)", t, t.day(horizon))
    return _step_table(heading, rows, _tr("Rien à faire dans les %1 prochains jours.", t, str(SOON_DAYS)), t)


def _steps(
    heading: str,
    events: Sequence[Event],
    journey: Journey,
    states: Mapping[str, EventState],
    t: PlanTexts,
    empty: str,
) -> Table:
    rows = tuple(
        (
            _when(event, t),
            _what(event, journey, t),
            _status(event, states.get(event.id), journey.today, t, journey.family),
        )
        for event in events
    )
    return _step_table(heading, rows, empty, t)


def _step_table(heading: str, rows: Sequence[tuple[Cell, ...]], empty: str, t: PlanTexts) -> Table:
    """Steps with their window, what to do and their status: the columns of "À faire bientôt" and of each
    subject's table."""
    headers = (_tr("Quand", t), _tr("Étape", t), _tr("Statut", t))
    return Table(heading=heading, headers=headers, widths=(0.24, 0.54, 0.22), rows=tuple(rows), empty_note=empty)


def _leave(journey: Journey, events: Sequence[Event], t: PlanTexts) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for event in events:
        when: Cell = (
            Run(_tr("du %1", t, t.short(event.start))),
            Run(_tr("au %1", t, t.short(event.end)), Style.STRONG),
        )
        if event.estimated:
            when += (Run(_tr("(date estimée)", t), Style.SMALL),)
        rows.append((when, _what(event, journey, t), leave_length(event, t)))
    headers = (_tr("Dates", t), _tr("Congé", t), _tr("Durée", t))
    empty = _tr("Aucun congé dans ce plan.", t)
    return Table(
        heading=_tr("Congés", t), headers=headers, widths=(0.24, 0.58, 0.18), rows=tuple(rows), empty_note=empty
    )


def leave_length(event: Event, t: PlanTexts) -> Cell:
    """ "14 jours" for a leave the law dates; a leave the parent may take within a window is not days away."""
    if is_fixed_leave(event):
        days = (event.end - event.start).days + 1
        return (Run(plural_text(_CONTEXT, "%n jour(s)", days).render(t.translate)),)
    return (Run(_tr("à prendre dans cette période", t), Style.SMALL),)


def places_table(places: Sequence[Place], t: PlanTexts) -> Table:
    """The directory's contacts: name, kind and address; phone, e-mail, website, hours and note (also the
    consultation sheet's "Votre contact")."""
    rows: list[tuple[Cell, ...]] = []
    for place in places:
        who: list[Run] = [
            Run(place.name, Style.STRONG),
            Run(place_kind_label(place.kind).render(t.translate), Style.SMALL),
        ]
        if place.address:
            who.append(Run(place.address, Style.SMALL))
        reach: list[Run] = []
        if place.phone:
            reach.append(Run(place.phone, Style.STRONG))
        if place.email:
            reach.append(Run(place.email, Style.SMALL))
        if place.website:
            reach.append(Run(place.website, Style.SMALL))
        if place.opening_hours:
            reach.append(Run(place.opening_hours, Style.SMALL))
        if place.note:
            reach.append(Run(place.note, Style.SMALL))
        rows.append((tuple(who), tuple(reach) or (Run(""),)))
    return Table(
        heading=_tr("Contacts près de chez vous", t),
        headers=(_tr("Lieu", t), _tr("Téléphone, horaires", t)),
        widths=(0.5, 0.5),
        rows=tuple(rows),
        empty_note=_tr("Aucun contact enregistré : ajoutez votre PMI ou votre maternité dans l’annuaire.", t),
    )


def helpline_number(line: Helpline) -> Cell:
    """The number in bold, on one line: a number never breaks."""
    return (Run(line.number.replace(" ", "\u00a0") or "—", Style.STRONG),)


def helpline_text(french: str, t: PlanTexts) -> str:
    """A French string of helplines.toml in the chosen language (the data file's own translation context)."""
    return Text(HELPLINES_CONTEXT, french).render(t.translate)


def _helplines(helplines: Sequence[Helpline], t: PlanTexts) -> Table:
    rows = tuple(
        (
            helpline_number(line),
            (
                Run(helpline_text(line.name, t), Style.STRONG),
                Run(helpline_text(line.purpose, t), Style.SMALL),
            ),
            (Run(helpline_text(line.availability, t), Style.SMALL), Run(line.source_url, Style.SMALL)),
        )
        for line in helplines
    )
    return Table(
        heading=_tr("Numéros utiles", t),
        headers=(_tr("Numéro", t), _tr("Pour quoi", t), _tr("Quand, où", t)),
        widths=(0.2, 0.48, 0.32),
        rows=rows,
    )
