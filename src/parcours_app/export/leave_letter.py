"""A letter telling the employer about one planned period of leave, in French, printed or saved as PDF.

Built on the structure of the official model letters (docs/RULES.md, "Leave planner"): code.travail.gouv.fr,
"Modèle de lettre - Prise de congé de paternité et d'accueil de l'enfant" (updated 17/10/2025), and the
service-public model documents for the paternity leave ("Demande de congé de paternité et d'accueil de l'enfant",
F3156/F583; "… en cas d'hospitalisation immédiate de l'enfant", F35002): sender, employer, place and date, subject,
the expected (or real) birth date, the dates and length of each period, the rule, the documents enclosed.

The letter is always in French whatever the app's language: it is for a French employer. The parent types their
name and the employer's; nothing leaves the computer, the file is written only where the person asks.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from parcours_app.core.leave_plan import Parent, PeriodKind, PlannedPeriod, PlanReport, months_between
from parcours_app.export.one_page import draw_html_on_one_page, one_page_pdf_writer

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def french_long_date(day: dt.date) -> str:
    """ "1er mars 2028", "14 novembre 2027": the way a French letter writes dates (no locale needed)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True, slots=True)
class LetterPeople:
    """What the parent typed: plain text, shown as such (never markup)."""

    sender_name: str
    sender_address: str = ""
    employer_name: str = ""
    employer_address: str = ""
    place: str = ""


@dataclass(frozen=True, slots=True)
class LeaveLetter:
    people: LetterPeople
    written_on: dt.date
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str


def _days(period: PlannedPeriod) -> str:
    return f"{period.days} jour{'s' if period.days > 1 else ''} calendaire{'s' if period.days > 1 else ''}"


def _span(period: PlannedPeriod) -> str:
    return f"du {french_long_date(period.start)} au {french_long_date(period.end)} inclus"


def build_letter(period: PlannedPeriod, report: PlanReport, people: LetterPeople, written_on: dt.date) -> LeaveLetter:
    """The letter for one chosen period (paternity or congé supplémentaire de naissance) of the report's plan."""
    situation = report.situation
    plural = situation.multiple > 1
    child = "mes enfants" if plural else "mon enfant"
    if situation.birth is None:
        birth_sentence = f"La naissance de {child} est prévue le {french_long_date(situation.due)}."
    else:
        born = "sont nés" if plural else "est né(e)"
        birth_sentence = f"{child[0].upper()}{child[1:]} {born} le {french_long_date(situation.birth)}."
    same = report.plan.chosen(period.parent, period.kind)
    paragraphs: list[str] = [birth_sentence]
    if period.kind is PeriodKind.PATERNITY:
        subject = "Congé de paternité et d'accueil de l'enfant"
        if len(same) > 1:
            periods = " et ".join(f"{_span(p)} ({_days(p)})" for p in same)
            paragraphs.append(
                "Je vous informe que je prendrai mon congé de paternité et d'accueil de l'enfant "
                "(articles L1225-35 et D1225-8 du Code du travail), après le congé de naissance et les 4 jours "
                f"obligatoires qui le suivent, en deux périodes : {periods}."
            )
        else:
            paragraphs.append(
                "Je vous informe que je prendrai mon congé de paternité et d'accueil de l'enfant "
                "(articles L1225-35 et D1225-8 du Code du travail), après le congé de naissance et les 4 jours "
                f"obligatoires qui le suivent, {_span(period)} ({_days(period)})."
            )
        paragraphs.append(
            "Ce courrier vous parvient au moins un mois avant le début de chaque période, comme le prévoit "
            "l'article D1225-8 du Code du travail."
        )
        enclosed = (
            "copie du certificat médical attestant la date prévue de l'accouchement"
            if situation.birth is None
            else "copie de l'acte de naissance"
        )
        paragraphs.append(f"Vous trouverez ci-joint : {enclosed}.")
    else:
        subject = "Congé supplémentaire de naissance"
        previous = "de maternité" if period.parent is Parent.BIRTH_PARENT else "de paternité et d'accueil de l'enfant"
        if len(same) > 1:
            parts = " et ".join(_span(p) for p in same)
            taken = f"en deux périodes d'un mois : {parts}"
        else:
            months = "2 mois" if months_between(period.start, period.end) == 2 else "1 mois"
            taken = f"{_span(period)} ({months})"
        paragraphs.append(
            "Je vous informe que je prendrai le congé supplémentaire de naissance (article L1225-46-2 du Code du "
            f"travail, créé par la loi n° 2025-1403 du 30 décembre 2025, art. 99) {taken}, après mon congé {previous}."
        )
        paragraphs.append("Ce courrier respecte le délai de prévenance applicable à ce congé.")
    paragraphs.append("Je vous remercie de bien vouloir prendre note de ces dates.")
    return LeaveLetter(
        people=people,
        written_on=written_on,
        subject=subject,
        salutation="Madame, Monsieur,",
        paragraphs=tuple(paragraphs),
        closing="Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    )


def _lines(text: str) -> str:
    return "<br/>".join(html.escape(line) for line in text.splitlines() if line.strip())


def letter_html(letter: LeaveLetter) -> str:
    """The letter as HTML (QTextDocument's subset); every typed text escaped."""
    people = letter.people
    place = f"{html.escape(people.place)}, le " if people.place.strip() else "Le "
    return f"""
<p>{html.escape(people.sender_name)}<br/>{_lines(people.sender_address)}</p>
<p align="right">{html.escape(people.employer_name)}<br/>{_lines(people.employer_address)}</p>
<p align="right">{place}{french_long_date(letter.written_on)}</p>
<p>Lettre recommandée avec avis de réception ou remise en main propre contre décharge</p>
<p><b>Objet : {html.escape(letter.subject)}</b></p>
<p>{html.escape(letter.salutation)}</p>
{"".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in letter.paragraphs)}
<p>{html.escape(letter.closing)}</p>
<p><br/>{html.escape(people.sender_name)}<br/>Signature</p>
"""


def write_letter_pdf(path: Path, letter: LeaveLetter) -> Path:
    """Write the letter on one A4 page to `path` (owner-only: it names the parent and the employer) and return it."""
    writer = one_page_pdf_writer(path, letter.subject, 20)
    draw_letter(writer, letter)
    return path


def draw_letter(device: QPagedPaintDevice, letter: LeaveLetter) -> None:
    """Draw the letter on one page of `device` (the PDF writer, or a printer the person chose)."""
    draw_html_on_one_page(device, letter_html(letter), largest=11.0, smallest=7)
