"""The printed personal plan: an A4 document drawn with QPainter, the same for a PDF file, a print and a preview.

Two steps, so the content can be tested without Qt and the drawing is the same on every device:
- `build_plan(journey, ...)` gathers what the sheet says (pure Python): the key dates, the steps to do soon, the
  pregnancy and démarches steps, the leave, each child's exams and vaccines, local contacts, helplines.
- `paint_plan(device, plan)` lays it out on any QPagedPaintDevice (QPdfWriter or QPrinter): every table row is
  measured first and moved whole to the next page when it does not fit (a row is never cut), the table header
  is repeated on the new page, and every page has a footer "page n sur N".

Readable in black and white: nothing is said by colour, status is written out ("Obligatoire", "☐ à faire",
"☑ fait le …"), header rows are a light grey that prints as grey.

With consultation_plan.py, one_page.py, selftest_pdf.py and leave_letter.py, one of the export modules that import
Qt (QPainter, QPdfWriter);
nothing outside ui/ imports a widget module (docs/ARCHITECTURE.md, "Layers and the direction of dependencies";
tests/core/test_core_purity.py).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from parcours_app import __version__
from parcours_app.core.directory import place_kind_label
from parcours_app.core.helplines import TRANSLATION_CONTEXT as HELPLINES_CONTEXT
from parcours_app.core.helplines import Helpline, load_helplines
from parcours_app.core.journey_filters import Status, SubjectKind, event_status, event_subject_kind
from parcours_app.core.model import (
    Appointment,
    Category,
    Event,
    EventState,
    Family,
    Journey,
    Place,
)
from parcours_app.core.text import Text, Translate, fill_placeholders, identity_translate, plural_text
from parcours_app.export.files import private_part_file
from parcours_app.export.formats import (
    Selection,
    advice_line,
    child_subjects,
    find_child,
    format_date,
    is_fixed_leave,
    select_appointments,
    select_events,
    subject_suffix,
)
from parcours_app.export.one_page import a4_portrait

SOON_DAYS = 60
"""The "À faire bientôt" table lists what is open now or opens within this many days."""

PAGE_MARGIN_MM = 15.0
RESOLUTION_DPI = 300
FONT_FAMILY = "DejaVu Sans"  # fonts-dejavu-core: every French accent and Arabic; Qt falls back when missing
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
class _Texts:
    translate: Translate
    language: str

    def day(self, day: dt.date) -> str:
        return format_date(day, self.language)

    def short(self, day: dt.date) -> str:
        return format_date(day, self.language, "medium")


def _tr(source: str, t: _Texts, *args: str) -> str:
    """A literal French string of the plan in the chosen language (tools/update_translations.py extracts the
    literals of these calls: this function only wraps Text)."""
    return Text(_CONTEXT, source, tuple(args)).render(t.translate)


# --- content (no drawing) ---------------------------------------------------------------------------------


def build_plan(
    journey: Journey,
    *,
    selection: Selection = Selection(),  # noqa: B008 - frozen dataclass, safe as a default
    language: str = "fr",
    translate: Translate = identity_translate,
    states: Mapping[str, EventState] | None = None,
    appointments: Sequence[Appointment] = (),
    places: Sequence[Place] = (),
    helplines: Sequence[Helpline] | None = None,
    produced_on: dt.date | None = None,
) -> PlanDocument:
    """What the printed plan says. Raises InputError for an unknown child key; never touches Qt."""
    t = _Texts(translate, language)
    states = states or {}
    produced = produced_on or journey.today
    events = select_events(journey, selection)
    booked = select_appointments(appointments, events, selection)
    if helplines is None:
        helplines = load_helplines()

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
    tables.append(_places(places, t))
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
        right_to_left=language == "ar",
        document_title=_tr("Mon plan des 1000 premiers jours", t),
        continued=_tr("(suite)", t),
    )


def _key_dates(journey: Journey, selection: Selection, t: _Texts) -> Table:
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
    return Table(
        heading=_tr("Dates clés", t),
        headers=(_tr("Date de référence", t), _tr("Date", t), _tr("Remarque", t)),
        widths=(0.45, 0.25, 0.30),
        rows=tuple(rows),
        empty_note=_tr("Aucune date indiquée.", t),
    )


def _key_row(label: str, day: str, note: str) -> tuple[Cell, ...]:
    return ((Run(label, Style.STRONG),), (Run(day),), (Run(note, Style.SMALL),))


def _when(event: Event, t: _Texts) -> Cell:
    if event.start == event.end:
        runs = [Run(_tr("le %1", t, t.short(event.start)))]
    else:
        runs = [Run(_tr("du %1", t, t.short(event.start))), Run(_tr("au %1", t, t.short(event.end)), Style.STRONG)]
    if event.target is not None and event.start < event.target < event.end:
        runs.append(Run(_tr("idéalement vers le %1", t, t.short(event.target)), Style.SMALL))
    if event.estimated:
        runs.append(Run(_tr("(date estimée)", t), Style.SMALL))
    return tuple(runs)


def _what(event: Event, journey: Journey, t: _Texts, *, with_explanation: bool = True) -> Cell:
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


def _status(event: Event, state: EventState | None, today: dt.date, t: _Texts, family: Family | None = None) -> Cell:
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
    t: _Texts,
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
    return Table(
        heading=_tr("À faire bientôt (d’ici le %1)", t, t.day(horizon)),
        headers=(_tr("Quand", t), _tr("Étape", t), _tr("Statut", t)),
        widths=(0.24, 0.54, 0.22),
        rows=tuple(rows),
        empty_note=_tr("Rien à faire dans les %1 prochains jours.", t, str(SOON_DAYS)),
    )


def _steps(
    heading: str,
    events: Sequence[Event],
    journey: Journey,
    states: Mapping[str, EventState],
    t: _Texts,
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
    return Table(
        heading=heading,
        headers=(_tr("Quand", t), _tr("Étape", t), _tr("Statut", t)),
        widths=(0.24, 0.54, 0.22),
        rows=rows,
        empty_note=empty,
    )


def _leave(journey: Journey, events: Sequence[Event], t: _Texts) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for event in events:
        days = (event.end - event.start).days + 1
        when: Cell = (
            Run(_tr("du %1", t, t.short(event.start))),
            Run(_tr("au %1", t, t.short(event.end)), Style.STRONG),
        )
        if event.estimated:
            when += (Run(_tr("(date estimée)", t), Style.SMALL),)
        if is_fixed_leave(event):
            length: Cell = (Run(plural_text(_CONTEXT, "%n jour(s)", days).render(t.translate)),)
        else:  # a window to take the leave in, not days away
            length = (Run(_tr("à prendre dans cette période", t), Style.SMALL),)
        rows.append((when, _what(event, journey, t), length))
    return Table(
        heading=_tr("Congés", t),
        headers=(_tr("Dates", t), _tr("Congé", t), _tr("Durée", t)),
        widths=(0.24, 0.58, 0.18),
        rows=tuple(rows),
        empty_note=_tr("Aucun congé dans ce plan.", t),
    )


def _places(places: Sequence[Place], t: _Texts) -> Table:
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


def _helpline_text(french: str, t: _Texts) -> str:
    """A French string of helplines.toml in the chosen language (the data file's own translation context)."""
    return Text(HELPLINES_CONTEXT, french).render(t.translate)


def _helplines(helplines: Sequence[Helpline], t: _Texts) -> Table:
    rows = tuple(
        (
            (Run(line.number.replace(" ", "\u00a0") or "—", Style.STRONG),),  # a number never breaks
            (
                Run(_helpline_text(line.name, t), Style.STRONG),
                Run(_helpline_text(line.purpose, t), Style.SMALL),
            ),
            (Run(_helpline_text(line.availability, t), Style.SMALL), Run(line.source_url, Style.SMALL)),
        )
        for line in helplines
    )
    return Table(
        heading=_tr("Numéros utiles", t),
        headers=(_tr("Numéro", t), _tr("Pour quoi", t), _tr("Quand, où", t)),
        widths=(0.2, 0.48, 0.32),
        rows=rows,
    )


# --- drawing ---------------------------------------------------------------------------------------------


def write_pdf(
    journey: Journey,
    output: Path,
    *,
    selection: Selection = Selection(),  # noqa: B008 - frozen dataclass, safe as a default
    language: str = "fr",
    translate: Translate = identity_translate,
    states: Mapping[str, EventState] | None = None,
    appointments: Sequence[Appointment] = (),
    places: Sequence[Place] = (),
    helplines: Sequence[Helpline] | None = None,
    now: dt.datetime,
) -> int:
    """Write the A4 plan as a PDF; returns the number of pages. OSError when the file cannot be written."""
    plan = build_plan(
        journey,
        selection=selection,
        language=language,
        translate=translate,
        states=states,
        appointments=appointments,
        places=places,
        helplines=helplines,
        produced_on=now.date(),
    )
    return write_plan_pdf(plan, output)


def write_plan_pdf(plan: PlanDocument, output: Path) -> int:
    """Paint a built plan (the full plan or the one-page consultation sheet) into `output`, owner-only, through a
    part file renamed over it; returns the number of pages. OSError when the file cannot be written."""
    ensure_gui_application()
    temporary = private_part_file(output)
    try:
        writer = QPdfWriter(str(temporary))
        configure_page(writer)
        writer.setTitle(plan.document_title)
        writer.setCreator(f"Parcours 1000 jours {__version__}")
        pages = paint_plan(writer, plan)
        del writer  # closes the file
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise OSError(f"cannot write {output}")
        temporary.replace(output)
    finally:
        temporary.unlink(missing_ok=True)
    return pages


def ensure_gui_application() -> None:
    """Fonts need an application object. The command line has none: create one, offscreen when Linux has no screen.

    A QApplication (not only a QGuiApplication), so that a process that later opens windows (tests, the GUI
    calling the command-line code) still can.
    """
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _APPLICATIONS.append(QApplication([sys.argv[0] if sys.argv else "parcours"]))


_APPLICATIONS: list[QGuiApplication] = []  # keeps the application alive for the rest of the process


def configure_page(device: QPagedPaintDevice) -> None:
    """A4 portrait, 15 mm margins (printers' unprintable border is at most about 5 mm)."""
    device.setPageLayout(a4_portrait(PAGE_MARGIN_MM))
    if isinstance(device, QPdfWriter):
        device.setResolution(RESOLUTION_DPI)


@dataclass(slots=True)
class _Op:
    """One thing to draw on a page, found by the layout pass and drawn by the paint pass."""

    kind: str  # "text", "line", "fill"
    rect: QRectF
    text: str = ""
    style: Style = Style.BODY
    flags: int = 0


class _Layout:
    def __init__(self, painter: QPainter, dpi: int, width: float, height: float, right_to_left: bool) -> None:
        self.painter = painter
        self.width = width
        self.rtl = right_to_left
        self.mm = dpi / 25.4
        self.fonts = {style: self._font(style) for style in Style}
        footer_height = self.text_height("Pg", Style.FOOTER, width) + 3 * self.mm
        self.bottom = height - footer_height
        self.footer_top = height - footer_height + 2 * self.mm
        self.pages: list[list[_Op]] = [[]]
        self.y = 0.0
        self.align = (
            Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        ) | Qt.AlignmentFlag.AlignTop
        self.wrap = int(self.align) | int(Qt.TextFlag.TextWordWrap)

    def _font(self, style: Style) -> QFont:
        size, bold = style.value
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        # Without "fi"/"fl" ligatures the PDF's text is the plain letters: search, copy and screen readers find
        # "certificat" (Arabic's required ligatures are "rlig", not affected).
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def text_height(self, text: str, style: Style, width: float) -> float:
        self.painter.setFont(self.fonts[style])
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text or " ").height()

    def cell_height(self, cell: Cell, width: float) -> float:
        return (
            sum(self.text_height(run.text, run.style, width) for run in cell if run.text)
            + max(0, len([run for run in cell if run.text]) - 1) * 0.6 * self.mm
        )

    @property
    def ops(self) -> list[_Op]:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def room(self) -> float:
        return self.bottom - self.y

    def x_span(self, left: float, width: float) -> QRectF:
        """A horizontal span measured from the leading edge, mirrored for right-to-left languages."""
        x = self.width - left - width if self.rtl else left
        return QRectF(x, self.y, width, 0)

    def paragraph(self, text: str, style: Style, space_after: float) -> None:
        height = self.text_height(text, style, self.width)
        if height > self.room():
            self.new_page()
        self.ops.append(_Op("text", QRectF(0, self.y, self.width, height), text, style, self.wrap))
        self.y += height + space_after

    def draw_cell(self, cell: Cell, left: float, width: float, top: float) -> None:
        y = top
        for run in cell:
            if not run.text:
                continue
            height = self.text_height(run.text, run.style, width)
            span = self.x_span(left, width)
            self.ops.append(_Op("text", QRectF(span.x(), y, width, height), run.text, run.style, self.wrap))
            y += height + 0.6 * self.mm

    def table(self, table: Table, continued: str) -> None:
        pad = 1.4 * self.mm
        widths = [fraction * self.width for fraction in table.widths]
        lefts = [sum(widths[:index]) for index in range(len(widths))]
        heading_height = self.text_height(table.heading, Style.HEADING, self.width) + 2.5 * self.mm
        header_cells: tuple[Cell, ...] = tuple((Run(header, Style.HEADER),) for header in table.headers)

        def row_height(cells: tuple[Cell, ...]) -> float:
            return max(self.cell_height(cell, widths[i] - 2 * pad) for i, cell in enumerate(cells)) + 2 * pad

        header_height = row_height(header_cells)
        first_row = (
            row_height(table.rows[0]) if table.rows else self.text_height(table.empty_note, Style.BODY, self.width)
        )
        # keep the heading with the column headers and the first row: never a heading alone at the bottom of a page
        if heading_height + header_height + first_row > self.room():
            self.new_page()

        def heading(again: bool) -> None:
            text = table.heading + (" " + continued if again else "")
            self.ops.append(_Op("text", QRectF(0, self.y, self.width, heading_height), text, Style.HEADING, self.wrap))
            self.y += heading_height - 1.5 * self.mm
            self.ops.append(_Op("line", QRectF(0, self.y, self.width, 0), style=Style.HEADING))
            self.y += 1.5 * self.mm

        def row(cells: tuple[Cell, ...], height: float, shaded: bool) -> None:
            if shaded:
                self.ops.append(_Op("fill", QRectF(0, self.y, self.width, height)))
            for index, cell in enumerate(cells):
                self.draw_cell(cell, lefts[index] + pad, widths[index] - 2 * pad, self.y + pad)
            self.y += height
            self.ops.append(_Op("line", QRectF(0, self.y, self.width, 0)))

        heading(False)
        if not table.rows:
            self.paragraph(table.empty_note, Style.BODY, 5 * self.mm)
            return
        row(header_cells, header_height, True)
        for cells in table.rows:
            height = row_height(cells)
            if height > self.room():
                self.new_page()
                heading(True)
                row(header_cells, header_height, True)
            row(cells, height, False)
        self.y += 5 * self.mm


def paint_plan(device: QPagedPaintDevice, plan: PlanDocument) -> int:
    """Draw the plan on a PDF writer or a printer already set up (see `configure_page`); returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or the PDF file could not be opened for drawing")
    try:
        dpi = device.logicalDpiX()
        rect = device.pageLayout().paintRectPixels(dpi)
        layout = _Layout(painter, dpi, float(rect.width()), float(rect.height()), plan.right_to_left)
        layout.paragraph(plan.title, Style.TITLE, 1.5 * layout.mm)
        for line in plan.subtitle:
            layout.paragraph(line, Style.SUBTITLE, 0.8 * layout.mm)
        layout.y += 4 * layout.mm
        for table in plan.tables:
            layout.table(table, plan.continued)
        for paragraph in plan.closing:
            layout.paragraph(paragraph, Style.SMALL, 1.5 * layout.mm)
        total = len(layout.pages)
        for number, ops in enumerate(layout.pages, start=1):
            if number > 1:
                device.newPage()
            _paint_ops(painter, layout, ops)
            _paint_footer(painter, layout, plan, number, total)
        return total
    finally:
        painter.end()


def _paint_ops(painter: QPainter, layout: _Layout, ops: Sequence[_Op]) -> None:
    thin = QPen(QColor(90, 90, 90))
    thin.setWidthF(0.15 * layout.mm)
    thick = QPen(QColor(0, 0, 0))
    thick.setWidthF(0.35 * layout.mm)
    for op in ops:
        if op.kind == "fill":
            painter.fillRect(op.rect, QColor(230, 230, 230))  # light grey: prints as grey, black text stays readable
        elif op.kind == "line":
            painter.setPen(thick if op.style is Style.HEADING else thin)
            painter.drawLine(op.rect.topLeft(), op.rect.topRight())
        else:
            painter.setPen(QColor(0, 0, 0))
            painter.setFont(layout.fonts[op.style])
            painter.drawText(op.rect.adjusted(0, 0, 0, layout.mm), op.flags, op.text)


def _paint_footer(painter: QPainter, layout: _Layout, plan: PlanDocument, number: int, total: int) -> None:
    pen = QPen(QColor(90, 90, 90))
    pen.setWidthF(0.15 * layout.mm)
    painter.setPen(pen)
    rule = QRectF(0, layout.footer_top - layout.mm, layout.width, 0)
    painter.drawLine(rule.topLeft(), rule.topRight())
    painter.setPen(QColor(0, 0, 0))
    painter.setFont(layout.fonts[Style.FOOTER])
    box = QRectF(0, layout.footer_top, layout.width, layout.mm * 6)
    page = fill_placeholders(plan.page_label, (str(number), str(total)))
    leading = Qt.AlignmentFlag.AlignRight if plan.right_to_left else Qt.AlignmentFlag.AlignLeft
    trailing = Qt.AlignmentFlag.AlignLeft if plan.right_to_left else Qt.AlignmentFlag.AlignRight
    painter.drawText(box, int(leading | Qt.AlignmentFlag.AlignTop), plan.footer)
    painter.drawText(box, int(trailing | Qt.AlignmentFlag.AlignTop), page)
