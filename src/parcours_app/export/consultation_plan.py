"""The one-page A4 "plan de consultation" a PMI nurse or midwife hands over (issue 17).

Where the family is, the next steps with their dates (the next months), the leave dates, the child's next exams,
the PMI's own contact (the workstation's place) and the helplines: one page, always. The full plan
(export/pdf.py, several pages) stays available as an option. This module only chooses the content; it reuses the
sheet's tables, styles and painter from export/pdf.py, and checks the page count by laying the sheet out: rows are
dropped from the end of the longest lists until everything fits on one page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from parcours_app import __version__
from parcours_app.core.helplines import Helpline, load_helplines
from parcours_app.core.journey_filters import SubjectKind, event_subject_kind
from parcours_app.core.model import Category, Event, EventState, Journey, Place
from parcours_app.core.text import Text, Translate, identity_translate, plural_text
from parcours_app.export.formats import is_fixed_leave
from parcours_app.export.pdf import (
    Cell,
    PlanDocument,
    Run,
    Style,
    Table,
    _helpline_text,
    _places,
    _Texts,
    configure_page,
    ensure_gui_application,
    paint_plan,
    write_plan_pdf,
)

_CONTEXT = "PlanPdf"  # the sheet's words are the full plan's where they are the same


def _tr(source: str, t: _Texts, *args: str) -> str:
    """A literal French string of the sheet in the chosen language (extracted by tools/update_translations.py)."""
    return Text(_CONTEXT, source, tuple(args)).render(t.translate)


HORIZON_DAYS = 183
"""The next steps listed: those that are open or open within about six months."""

MAX_STEPS = 10
MAX_CHILD_STEPS = 6
MAX_LEAVE = 4
HELPLINE_COUNT = 3


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
    *,
    situation: Sequence[str] = (),
    workstation_place: Place | None = None,
    language: str = "fr",
    translate: Translate = identity_translate,
    states: Mapping[str, EventState] | None = None,
    helplines: Sequence[Helpline] | None = None,
    produced_on: dt.date | None = None,
    max_steps: int = MAX_STEPS,
    max_child_steps: int = MAX_CHILD_STEPS,
    compact: bool = False,
) -> PlanDocument:
    """The content of the one-page sheet. `situation`: the lines saying where the family is (the window's)."""
    t = _Texts(translate, language)
    states = states or {}
    today = journey.today
    produced = produced_on or today
    lines = helplines if helplines is not None else load_helplines()
    upcoming = _upcoming(journey.events, states, today)
    steps = [e for e in upcoming if e.category is not Category.LEAVE and event_subject_kind(e) is not SubjectKind.CHILD]
    child_steps = [
        e for e in upcoming if e.category is not Category.LEAVE and event_subject_kind(e) is SubjectKind.CHILD
    ]
    leave = [e for e in journey.events if e.category is Category.LEAVE and e.end >= today][:MAX_LEAVE]
    horizon = today + dt.timedelta(days=HORIZON_DAYS)

    def what(event: Event) -> Cell:  # the title and whom to see: the detail is in the full plan
        runs = [Run(event.title.render(t.translate), Style.STRONG)]
        if event.whom is not None and not compact:
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
            rows=rows(steps[:max_steps]),
            empty_note=_tr("Aucune étape dans les prochains mois.", t),
        ),
    ]
    if child_steps:
        tables.append(
            Table(
                heading=_tr("Prochains examens et vaccins de l’enfant", t),
                headers=(_tr("Quand", t), _tr("Étape", t), ""),
                widths=(0.33, 0.50, 0.17),
                rows=rows(child_steps[:max_child_steps]),
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
                        (
                            (Run(plural_text(_CONTEXT, "%n jour(s)", (e.end - e.start).days + 1).render(t.translate)),)
                            if is_fixed_leave(e)
                            else (Run(_tr("à prendre dans cette période", t), Style.SMALL),)
                        ),
                    )
                    for e in leave
                ),
            )
        )
    contact = _places([workstation_place] if workstation_place is not None else [], t)
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
                    (Run(line.number.replace(" ", "\u00a0") or "—", Style.STRONG),),  # a number never breaks
                    (Run(_helpline_text(line.name, t), Style.BODY),),
                )
                for line in lines[:HELPLINE_COUNT]
            ),
        )
    )
    subtitle = [*situation, _tr("Établi le %1 · Parcours 1000 jours %2", t, t.day(produced), __version__)]
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
        right_to_left=language == "ar",
        document_title=_tr("Plan de consultation — 1000 premiers jours", t),
        continued=_tr("(suite)", t),
    )


def one_page_plan(
    journey: Journey,
    *,
    situation: Sequence[str] = (),
    workstation_place: Place | None = None,
    language: str = "fr",
    translate: Translate = identity_translate,
    states: Mapping[str, EventState] | None = None,
    helplines: Sequence[Helpline] | None = None,
    produced_on: dt.date | None = None,
) -> PlanDocument:
    """`build_consultation_plan`, with fewer rows until the sheet lays out on one A4 page."""
    ensure_gui_application()
    plan: PlanDocument | None = None
    # the most complete sheet that fits: whom to see first, then fewer steps, then fewer child steps
    for compact in (False, True):
        for steps in range(MAX_STEPS, 3, -1):
            for child_steps in (MAX_CHILD_STEPS, 4, 2):
                plan = build_consultation_plan(
                    journey,
                    situation=situation,
                    workstation_place=workstation_place,
                    language=language,
                    translate=translate,
                    states=states,
                    helplines=helplines,
                    produced_on=produced_on,
                    max_steps=steps,
                    max_child_steps=child_steps,
                    compact=compact,
                )
                if count_pages(plan) <= 1:
                    return plan
    assert plan is not None
    return plan  # the smallest sheet: a very long name or address may still take a second page


def count_pages(plan: PlanDocument) -> int:
    """Lay the sheet out on an A4 PDF in memory (nothing written to disk) and count its pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    configure_page(writer)
    pages = paint_plan(writer, plan)
    del writer
    buffer.close()
    return pages


def write_consultation_pdf(journey: Journey, output: Path, plan: PlanDocument | None = None) -> int:
    """Write the one-page plan (built with `one_page_plan`); returns the page count. OSError when the file
    cannot be written."""
    return write_plan_pdf(plan if plan is not None else one_page_plan(journey), output)
