"""Letters to the employer written as real PDFs and read back with pdftotext.

Dates worked by hand in tests/core/test_leave_plan.py: born Saturday 30 October 2027, DPA Friday 5 November 2027;
paternity periods 8-21 November 2027 (14 days) and 1-7 March 2028 (7 days); the mother's congé supplémentaire de
naissance 14 January-13 March 2028 (2 months). Letter wording: code.travail.gouv.fr model letter (paternity,
C. trav. L1225-35, D1225-8) and LFSS 2026 art. 99 (C. trav. L1225-46-2) for the supplementary leave.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

from parcours_app.core.leave_plan import LeavePlan, Parent, PeriodKind, PlannedPeriod, PlanSituation, check_plan
from parcours_app.export.leave_letter import LetterPeople, build_letter, french_long_date, letter_html, write_letter_pdf

D = dt.date
P1 = PlannedPeriod(Parent.SECOND_PARENT, PeriodKind.PATERNITY, D(2027, 11, 8), D(2027, 11, 21))
P2 = PlannedPeriod(Parent.SECOND_PARENT, PeriodKind.PATERNITY, D(2028, 3, 1), D(2028, 3, 7))
S1 = PlannedPeriod(Parent.BIRTH_PARENT, PeriodKind.SUPPLEMENT, D(2028, 1, 14), D(2028, 3, 13))


def pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None
    return " ".join(subprocess.run([tool, str(path), "-"], check=True, capture_output=True, text=True).stdout.split())


def test_french_long_dates() -> None:
    assert french_long_date(D(2028, 3, 1)) == "1er mars 2028"
    assert french_long_date(D(2027, 11, 21)) == "21 novembre 2027"


def test_paternity_letter_before_the_birth_as_pdf(tmp_path: Path, qapp: Any) -> None:
    report = check_plan(LeavePlan(periods=(P1, P2)), PlanSituation(due=D(2027, 11, 5)), D(2027, 9, 1))
    people = LetterPeople(
        sender_name="Karim Benali",
        sender_address="12 rue des Lilas\n67000 Strasbourg",
        employer_name="Atelier <Rhin> & Fils",
        employer_address="3 quai Kléber\n67000 Strasbourg",
        place="Strasbourg",
    )
    letter = build_letter(P1, report, people, D(2027, 9, 1))
    output = write_letter_pdf(tmp_path / "lettre.pdf", letter)
    if os.name == "posix":
        assert stat.S_IMODE(output.stat().st_mode) == 0o600  # names and dates: owner only
    text = pdftotext(output)
    assert "Objet : Congé de paternité et d'accueil de l'enfant" in text
    assert "Karim Benali" in text and "Atelier <Rhin> & Fils" in text  # typed text shown as it was typed
    assert "Strasbourg, le 1er septembre 2027" in text
    assert "La naissance de mon enfant est prévue le 5 novembre 2027." in text
    assert "du 8 novembre 2027 au 21 novembre 2027 inclus (14 jours calendaires)" in text
    assert "du 1er mars 2028 au 7 mars 2028 inclus (7 jours calendaires)" in text
    assert "L1225-35" in text and "D1225-8" in text
    assert "attestant la date prévue de l'accouchement" in text  # ("certificat": the PDF has an fi ligature)
    assert "&lt;" not in letter_html(letter).replace("Atelier &lt;Rhin&gt;", "")


def test_supplement_letter_after_the_birth(tmp_path: Path, qapp: Any) -> None:
    situation = PlanSituation(due=D(2027, 11, 5), birth=D(2027, 10, 30), multiple=2)
    report = check_plan(LeavePlan(periods=(S1,)), situation, D(2027, 11, 2))
    letter = build_letter(S1, report, LetterPeople("Amélie Martin", employer_name="Mairie"), D(2027, 11, 2))
    text = pdftotext(write_letter_pdf(tmp_path / "supplement.pdf", letter))
    assert "Objet : Congé supplémentaire de naissance" in text
    assert "Mes enfants sont nés le 30 octobre 2027." in text
    assert "du 14 janvier 2028 au 13 mars 2028 inclus (2 mois), après mon congé de maternité" in text
    assert "L1225-46-2" in text
