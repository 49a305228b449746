"""The printed plan: real PDFs read back with pdftotext and rendered with pdftoppm (poppler-utils).

Expected dates are the hand-worked dates of export_sample.py (sources cited there), written as babel writes them in
French ("7 déc. 2026" in tables, "18 août 2026" for key dates).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from export_sample import CHECKED, EPP_APPOINTMENT, FAMILY, TODAY, sample_journey

from parcours_app.core.helplines import load_helplines
from parcours_app.core.model import (
    Category,
    Concern,
    Event,
    EventState,
    Journey,
    Place,
    PlaceKind,
    Source,
)
from parcours_app.core.text import Text
from parcours_app.export.formats import ExportRequest, Selection
from parcours_app.export.plan import build_plan
from parcours_app.export.plan_pdf import write_plan_pdf

NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
PLACES = [
    Place(
        1,
        PlaceKind.PMI,
        "PMI de Belleville",
        "12 rue de la Fontaine, 75020 Paris",
        "01 40 00 00 00",
        "lun.–ven. 9 h–17 h",
    ),
    Place(
        2, PlaceKind.MAISON_1000_JOURS, "Maison des 1000 premiers jours du 20e", "3 place Gambetta", "01 43 00 00 00"
    ),
]


def write_plan(journey: Journey, output: Path, **request: Any) -> int:
    """The full plan as the app writes it, for an ExportRequest of these fields, established on NOW's day."""
    return write_plan_pdf(build_plan(journey, ExportRequest(**request), produced_on=NOW.date()), output)


def pdftotext(path: Path, page: int | None = None) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None, "poppler-utils (pdftotext) is needed: make test-system-deps installs it"
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    return subprocess.run([tool, *pages, str(path), "-"], check=True, capture_output=True, text=True).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def sample_pdf(qapp: object, tmp_path: Path) -> Path:
    output = tmp_path / "plan.pdf"
    states = {"pregnancy.exam.1": EventState("pregnancy.exam.1", done_on=dt.date(2026, 10, 20))}
    write_plan(sample_journey(), output, states=states, appointments=[EPP_APPOINTMENT], places=PLACES)
    return output


def test_the_plan_is_readable_by_its_owner_only(qapp: object, tmp_path: Path) -> None:
    """Issue 13: the plan holds health data. An existing file of mode 0644 is replaced by an owner-only one too."""
    assert qapp is not None
    output = tmp_path / "plan.pdf"
    output.write_bytes(b"old")
    output.chmod(0o644)
    write_plan(sample_journey(), output)
    assert output.read_bytes().startswith(b"%PDF")
    assert output.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["plan.pdf"]


def test_the_plan_has_every_key_date_in_french(sample_pdf: Path) -> None:
    assert sample_pdf.read_bytes().startswith(b"%PDF")
    text = one_line(pdftotext(sample_pdf))
    assert "Mon plan des 1000 premiers jours" in text
    assert "Pour Camille et Sacha" in text
    # key dates (design.md §4: DDR = DDG - 14 days, DPA = DDG + 9 months), Léa's birth
    for expected in ("18 août 2026", "1er septembre 2026", "1er juin 2027", "10 mars 2026"):
        assert expected in text
    # steps: déclaration by 7 December 2026, EPP from 1 December, maternity leave 20 April .. 9 August 2027 (112 days)
    assert "Déclaration de grossesse" in text and "au 7 déc. 2026" in text
    assert "Entretien prénatal précoce" in text and "du 1er déc. 2026" in text
    assert "du 20 avr. 2027" in text and "au 9 août 2027" in text and "112 jours" in text
    assert "Examen du 9e mois et certificat de santé" in text  # plain "fi", no ligature glyph
    assert "Vaccins des 12 mois (ROR, méningocoques)" in text and "au 9 avr. 2027" in text
    assert "☑ fait le 20 oct. 2026" in text
    assert "Rendez-vous pris : 14 janv. 2027 à 10:30" in text
    # produced date, rules version, contacts, helplines
    assert "Établi le 22 novembre 2026 · version des règles : 2026-11-22" in text
    assert "PMI de Belleville" in text and "01 40 00 00 00" in text
    assert "3114" in text and "Numéros utiles" in text
    total = page_count(sample_pdf)
    assert f"Page 1 sur {total}" in text and f"Page {total} sur {total}" in text


def test_pages_render_to_png(sample_pdf: Path, tmp_path: Path) -> None:
    tool = shutil.which("pdftoppm")
    assert tool is not None
    subprocess.run([tool, "-r", "40", "-png", str(sample_pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == page_count(sample_pdf)
    # an A4 page at 40 dpi is 331 x 468 pixels; a blank page compresses to a few hundred bytes
    assert all(page.stat().st_size > 3000 for page in pages)


def long_journey(steps: int = 120) -> Journey:
    """A plan long enough for several pages, with rows of very different heights."""
    source = Source("ameli", "https://www.ameli.fr/assure/sante/devenir-parent", CHECKED)
    events = []
    for number in range(steps):
        start = TODAY + dt.timedelta(days=number * 3)
        words = " ".join(["explication"] * (3 + (number * 7) % 40))
        events.append(
            Event(
                id=f"test.step.{number}",
                rule_id="test.step",
                category=Category.PREGNANCY if number % 2 else Category.ADMIN,
                start=start,
                end=start + dt.timedelta(days=20),
                title=Text("Rules", f"Étape numéro {number}"),
                explanation=Text("Rules", f"Début-{number} {words} fin-{number}"),
                mandatory=number % 3 == 0,
                estimated=False,
                source=source,
                concerns=Concern.PARENTS,
            )
        )
    return Journey(family=FAMILY, today=TODAY, dates=sample_journey().dates, events=tuple(events), rules_version="test")


def test_a_long_plan_never_cuts_a_row_across_pages(qapp: object, tmp_path: Path) -> None:
    output = tmp_path / "long.pdf"
    write_plan(long_journey(), output, places=PLACES)
    total = page_count(output)
    assert total >= 5
    pages = [one_line(pdftotext(output, page)) for page in range(1, total + 1)]
    for number in range(120):
        # the whole row: its title, the first and last words of its explanation, all on one page
        holders = [index for index, page in enumerate(pages) if f"Début-{number} " in page]
        # each step is listed once in "Grossesse, naissance et démarches"; the soon table may list it again
        assert holders, number
        for index in holders:
            assert f"fin-{number}" in pages[index], f"row {number} cut at the bottom of page {index + 1}"
            assert f"Étape numéro {number}" in pages[index]
    for index, page in enumerate(pages[1:], start=2):
        assert f"Page {index} sur {total}" in page
    continued = [page for page in pages if "Grossesse, naissance et démarches (suite)" in page]
    assert continued, "a table going on to the next page repeats its heading"
    assert all("Quand Étape Statut" in page for page in continued)  # and its column headers


def test_content_follows_the_selection() -> None:
    helplines = load_helplines()
    mandatory = build_plan(
        sample_journey(), ExportRequest(selection=Selection(mandatory_only=True), helplines=helplines)
    )
    titles = {run.text for table in mandatory.tables for row in table.rows for cell in row for run in cell if run.text}
    assert "2e échographie" not in titles and "Prise en charge à 100 %" not in titles
    assert "Déclaration de grossesse" in titles
    assert "Les étapes obligatoires seulement" in mandatory.subtitle
    lea = build_plan(sample_journey(), ExportRequest(selection=Selection(child_key=""), helplines=helplines))
    headings = [table.heading for table in lea.tables]
    assert "Examens, vaccins et étapes de Léa" in headings
    lea_titles = {run.text for table in lea.tables for row in table.rows for cell in row for run in cell}
    assert "Déclaration de grossesse" not in lea_titles and "Rentrée à l’école" in lea_titles
    # Léa was not born from the tracked pregnancy: its dates are not hers
    key_dates = next(table for table in lea.tables if table.heading == "Dates clés")
    assert [row[0][0].text for row in key_dates.rows] == ["Naissance de Léa"]


def test_empty_directory_says_what_to_do() -> None:
    plan = build_plan(sample_journey(), ExportRequest(helplines=load_helplines()))
    contacts = next(table for table in plan.tables if table.heading == "Contacts près de chez vous")
    assert not contacts.rows and "annuaire" in contacts.empty_note


def test_mandatory_only_pdf_and_arabic_layout(qapp: object, tmp_path: Path) -> None:
    output = tmp_path / "mandatory.pdf"
    write_plan(sample_journey(), output, selection=Selection(mandatory_only=True))
    assert "Les étapes obligatoires seulement" in pdftotext(output)
    arabic = tmp_path / "ar.pdf"
    write_plan(sample_journey(), arabic, language="ar")
    assert page_count(arabic) >= 1
    assert [path.name for path in tmp_path.iterdir() if path.suffix == ".part"] == []


def test_unwritable_destination_raises_oserror(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_plan(sample_journey(), tmp_path / "missing-folder" / "plan.pdf")


def test_the_expected_babys_exams_have_their_own_table() -> None:
    # before the birth no Child is registered, but the journey already dates the baby's exams and vaccines
    journey = sample_journey()
    nameless = tuple(dataclasses.replace(event, subject_name="") for event in journey.events)
    unborn = dataclasses.replace(journey, family=dataclasses.replace(journey.family, children=()), events=nameless)
    plan = build_plan(unborn, ExportRequest(helplines=load_helplines()))
    baby = next(table for table in plan.tables if table.heading == "Examens, vaccins et étapes du bébé")
    assert [row[1][0].text for row in baby.rows] == [
        "Examen du 9e mois et certificat de santé",
        "Vaccins de rappel des 11 mois",
        "Vaccins des 12 mois (ROR, méningocoques)",
        "Rentrée à l’école",
    ]
    # the baby of the pregnancy with key "": its steps and the pregnancy's, with the pregnancy's key dates
    only_baby = build_plan(unborn, ExportRequest(selection=Selection(child_key=""), helplines=load_helplines()))
    assert "Les étapes du bébé seulement" in only_baby.subtitle
    key_dates = next(table for table in only_baby.tables if table.heading == "Dates clés")
    assert [row[1][0].text for row in key_dates.rows] == ["18 août 2026", "1er septembre 2026", "1er juin 2027"]


def test_a_derived_last_period_date_is_marked_as_the_sa_reference(qapp: object, tmp_path: Path) -> None:
    """With only the due date, DDR = DDG - 14 = (DPA - 9 months) - 14 days (design.md section 4): for a DPA of
    15 March 2027 that is 15 June 2026 - 14 days = 1 June 2026, a date the family never typed."""
    from parcours_app.core.journey import build_journey
    from parcours_app.core.model import Family, Pregnancy
    from parcours_app.core.rules import load_catalog

    note = "repère des SA : début de grossesse − 14 jours"
    due_only = build_journey(Family(pregnancies=(Pregnancy(due=dt.date(2027, 3, 15)),)), load_catalog(), TODAY)
    write_plan(due_only, tmp_path / "due.pdf")
    text = one_line(pdftotext(tmp_path / "due.pdf"))
    assert "1er juin 2026" in text
    assert note in text

    typed = build_journey(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 1)),)), load_catalog(), TODAY)
    write_plan(typed, tmp_path / "typed.pdf")
    assert note not in one_line(pdftotext(tmp_path / "typed.pdf"))
