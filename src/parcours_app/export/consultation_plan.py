"""The one-page A4 "plan de consultation" a PMI nurse or midwife hands over (issue 17).

Where the family is, the next steps with their dates (the next months), the leave dates, the child's next exams,
the PMI's own contact (the workstation's place) and the helplines: one page, always. The full plan
(export/plan.py, several pages) stays available as an option. This module only chooses the content; it reuses the
plan's tables and styles (plan.py) and its painter (plan_pdf.py), and checks the page count by laying the sheet out:
rows are dropped from the end of the longest lists until everything fits on one page. The sheet is written like the
full plan: `plan_pdf.write_plan_pdf(one_page_plan(journey, request, sheet), path)`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from parcours_app import __version__
from parcours_app.core.helplines import load_helplines
from parcours_app.core.journey_filters import SubjectKind, event_subject_kind
from parcours_app.core.model import Category, Event, EventState, Journey, Place
from parcours_app.core.text import Text
from parcours_app.export.formats import ExportRequest
from parcours_app.export.plan import (
    Cell,
    PlanDocument,
    PlanTexts,
    Run,
    Style,
    Table,
    helpline_number,
    helpline_text,
    leave_length,
    places_table,
)
from parcours_app.export.plan_pdf import count_pages, ensure_gui_application

_CONTEXT = "PlanPdf"  # the sheet's words are the full plan's where they are the same


def _tr(source: str, t: PlanTexts, *args: str) -> str:
    """A literal French string of the sheet in the chosen language (extracted by tools/update_translations.py)."""
    return Text(_CONTEXT, source, tuple(args)).render(t.translate)


HORIZON_DAYS = 183
"""The next steps listed: those that are open or open within about six months."""

MAX_STEPS = 10
MAX_CHILD_STEPS = 6
MAX_LEAVE = 4
HELPLINE_COUNT = 3


@dataclass(frozen=True, slots=True)
class ConsultationSheet:
    """What the sheet adds to the export request: where the family is, the consultation's place, and how many rows
    it may list (`one_page_plan` lowers them until the sheet fits one page)."""

    situation: Sequence[str] = ()  # the lines saying where the family is (the window's)
    workstation_place: Place | None = None  # the PMI's own contact, printed as "Votre contact"
    max_steps: int = MAX_STEPS
    max_child_steps: int = MAX_CHILD_STEPS
    compact: bool = False  # without "Qui voir" under each step
    produced_on: dt.date | None = None  # "établi le": the journey's today when not given


def _upcoming(events: Sequence[Event], states: Mapping[str, EventState], today: dt.date) -> list[Event]:
    horizon = today + dt.timedelta(days=HORIZON_DAYS)
    chosen = []
    for event in events:
        state = states.get(event.id)
        if state is not None and (state.done_on is not None or state.dismissed):
            continue
        if event.end < today or event.start > horizon:  # the past is never printed as late on this sheet
            continue
        chosen.append(event)
    return sorted(chosen, key=lambda event: (event.end, event.start))  # the nearest deadline first


def build_consultation_plan(
    journey: Journey,
    request: ExportRequest = ExportRequest(),  # noqa: B008 - frozen dataclass, safe as a default
    sheet: ConsultationSheet = ConsultationSheet(),
) -> PlanDocument:
    """The content of the one-page sheet, in the request's language with its marks and helplines (the sheet is the
    whole family's: the request's selection, appointments and places are the full plan's)."""
    t = PlanTexts(request.translate, request.language)
    states = request.states
    today = journey.today
    produced = sheet.produced_on or today
    lines = request.helplines if request.helplines is not None else load_helplines()
    upcoming = _upcoming(journey.events, states, today)
    steps = [e for e in upcoming if e.category is not Category.LEAVE and event_subject_kind(e) is not SubjectKind.CHILD]
    child_steps = [
        e for e in upcoming if e.category is not Category.LEAVE and event_subject_kind(e) is SubjectKind.CHILD
    ]
    leave = [e for e in journey.events if e.category is Category.LEAVE and e.end >= today][:MAX_LEAVE]
    horizon = today + dt.timedelta(days=HORIZON_DAYS)

    def what(event: Event) -> Cell:  # the title and whom to see: the detail is in the full plan
        runs = [Run(event.title.render(t.translate), Style.STRONG)]
        if event.whom is not None and not sheet.compact:
            runs.append(Run(_tr("Qui voir : %1", t, event.whom.render(t.translate)), Style.SMALL))
        return tuple(runs)

    def when(event: Event) -> Cell:  # one line: "15 nov. 2026 – 14 déc. 2026", "(estimée)" when it is
        span = t.short(event.start) if event.start == event.end else f"{t.short(event.start)} – {t.short(event.end)}"
        return (Run(span + (" " + _tr("(date estimée)", t) if event.estimated else ""), Style.BODY),)

    def kind(event: Event) -> Cell:
        if event.mandatory:
            return (Run(_tr("Obligatoire", t), Style.STRONG),)
        return (Run(_tr("Recommandée", t), Style.BODY),)

    def rows(events: Sequence[Event]) -> tuple[tuple[Cell, ...], ...]:
        return tuple((when(e), what(e), kind(e)) for e in events)

    tables = [
        Table(
            heading=_tr("Prochaines étapes (d’ici le %1)", t, t.day(horizon)),
            headers=(_tr("Quand", t), _tr("Étape", t), ""),
            widths=(0.33, 0.50, 0.17),
            rows=rows(steps[: sheet.max_steps]),
            empty_note=_tr("Aucune étape dans les prochains mois.", t),
        ),
    ]
    if child_steps:
        tables.append(
            Table(
                heading=_tr("Prochains examens et vaccins de l’enfant", t),
                headers=(_tr("Quand", t), _tr("Étape", t), ""),
                widths=(0.33, 0.50, 0.17),
                rows=rows(child_steps[: sheet.max_child_steps]),
            )
        )
    if leave:
        tables.append(
            Table(
                heading=_tr("Congés", t),
                headers=(_tr("Dates", t), _tr("Congé", t), _tr("Durée", t)),
                widths=(0.33, 0.50, 0.17),
                rows=tuple(
                    (
                        when(e),
                        (Run(e.title.render(t.translate), Style.STRONG),),
                        leave_length(e, t),
                    )
                    for e in leave
                ),
            )
        )
    contact = places_table([sheet.workstation_place] if sheet.workstation_place is not None else [], t)
    tables.append(
        Table(
            heading=_tr("Votre contact", t),
            headers=contact.headers,
            widths=contact.widths,
            rows=contact.rows,
            empty_note=_tr("Le lieu de la consultation n’est pas renseigné (Fichier → Poste professionnel).", t),
        )
    )
    tables.append(
        Table(
            heading=_tr("Numéros utiles", t),
            headers=(_tr("Numéro", t), _tr("Pour quoi", t)),
            widths=(0.2, 0.8),
            rows=tuple(
                (
                    helpline_number(line),
                    (Run(helpline_text(line.name, t), Style.BODY),),
                )
                for line in lines[:HELPLINE_COUNT]
            ),
        )
    )
    subtitle = [*sheet.situation, _tr("Établi le %1 · Parcours 1000 jours %2", t, t.day(produced), __version__)]
    rules = journey.rules_version or _tr("non précisée", t)
    return PlanDocument(
        title=_tr("Plan de consultation — 1000 premiers jours", t),
        subtitle=tuple(subtitle),
        tables=tuple(tables),
        closing=(
            _tr(
                "Calculé à partir des dates données en consultation. Il ne remplace pas l’avis d’une sage-femme, "
                "d’un médecin ou de la PMI. En cas d’urgence : 15 ou 112 ; idées suicidaires : 3114, à toute heure.",
                t,
            ),
        ),
        footer=_tr("Parcours 1000 jours · établi le %1 · règles : %2", t, t.day(produced), rules),
        page_label=_tr("Page %1 sur %2", t),
        right_to_left=request.language == "ar",
        document_title=_tr("Plan de consultation — 1000 premiers jours", t),
        continued=_tr("(suite)", t),
    )


def one_page_plan(
    journey: Journey,
    request: ExportRequest = ExportRequest(),  # noqa: B008 - frozen dataclass, safe as a default
    sheet: ConsultationSheet = ConsultationSheet(),
) -> PlanDocument:
    """`build_consultation_plan`, with fewer rows until the sheet lays out on one A4 page."""
    ensure_gui_application()
    plan: PlanDocument | None = None
    # the most complete sheet that fits: whom to see first, then fewer steps, then fewer child steps
    for compact in (False, True):
        for steps in range(MAX_STEPS, 3, -1):
            for child_steps in (MAX_CHILD_STEPS, 4, 2):
                smaller = dataclasses.replace(sheet, max_steps=steps, max_child_steps=child_steps, compact=compact)
                plan = build_consultation_plan(journey, request, smaller)
                if count_pages(plan) <= 1:
                    return plan
    assert plan is not None
    return plan  # the smallest sheet: a very long name or address may still take a second page
