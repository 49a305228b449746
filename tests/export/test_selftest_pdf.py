"""The one-page summary of a self-test result, read back with pdftotext (poppler), not with our own code.

Hand-worked case (published scoring, Cox et al. 1987 / Guedeney & Fermanian 1998): choosing the first printed
answer of every item gives 0 on items 1, 2, 4 and 3 on the 7 reversed items, total 21 of 30, high band, and
item 10 "Oui, très souvent" = 3 points.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from parcours_app.core import epds
from parcours_app.core.epds import Agreement
from parcours_app.core.model import Respondent
from parcours_app.export.selftest_pdf import SelftestSummary, write_selftest_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is required")

TAKEN = dt.datetime(2026, 11, 22, 10, 5)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_french_summary_holds_answers_total_date_and_the_non_diagnosis_statement(qtbot: QtBot, tmp_path: Path) -> None:
    del qtbot  # a QApplication is needed for fonts
    questionnaire = epds.load_questionnaire("fr", Respondent.MOTHER)
    result = epds.score_choices(questionnaire, [0] * 10)
    path = write_selftest_pdf(tmp_path / "résumé.pdf", SelftestSummary(result, questionnaire, Respondent.MOTHER, TAKEN))
    assert pdf_pages(path) == 1
    assert path.stat().st_mode & 0o777 == 0o600  # health data: owner-only (issue 13)
    text = " ".join(pdf_text(path).split())
    assert "Total : 21 sur 30" in text
    assert "22 novembre 2026" in text and "10:05" in text
    assert "la mère" in text
    assert "pas un diagnostic" in text
    assert "Guedeney" in text and "Cox" in text
    assert "3114" in text and "Points de la question 10 (idées de se faire du mal) : 3 sur 3" in text
    for label in ("Aussi souvent que d'habitude", "Autant que d'habitude", "Oui, très souvent"):
        assert label in text


def test_english_other_parent_summary_fits_one_page(qtbot: QtBot, tmp_path: Path) -> None:
    del qtbot
    questionnaire = epds.load_questionnaire("en", Respondent.OTHER_PARENT, Agreement.MASCULINE)
    # last printed answer everywhere: 3 + 3 + 0 + 3 + 0 * 6 = 9, moderate, item 10 "Never"
    result = epds.score_choices(questionnaire, [3] * 10)
    path = write_selftest_pdf(
        tmp_path / "summary.pdf", SelftestSummary(result, questionnaire, Respondent.OTHER_PARENT, TAKEN)
    )
    assert pdf_pages(path) == 1
    text = " ".join(pdf_text(path).split())
    assert "Total : 9 sur 30" in text and "l'autre parent" in text
    assert "Hardly at all" in text and "Never" in text
    assert "Points de la question 10 (idées de se faire du mal) : 0 sur 3" in text
    assert "l'idée de vous faire du mal" not in text  # no crisis paragraph when item 10 is 0


def test_arabic_summary_quotes_the_answer_as_shown_on_one_page(qtbot: QtBot, tmp_path: Path) -> None:
    """In the Arabic app the mother answered the French questionnaire: the summary quotes her French answer
    ("Oui, très souvent") in a right-to-left paragraph (isolated, so it keeps its order), on one page."""
    del qtbot
    from parcours_app.ts_translator import translator_for

    questionnaire = epds.load_questionnaire("fr", Respondent.MOTHER)
    result = epds.score(answers=[0] * 9 + [3], questionnaire=questionnaire)  # 3, high through question 10 only
    summary = SelftestSummary(result, questionnaire, Respondent.MOTHER, TAKEN, translator_for("ar"), "ar")
    path = write_selftest_pdf(tmp_path / "ar.pdf", summary)
    assert pdf_pages(path) == 1
    text = " ".join(pdf_text(path).split())
    assert "Oui, très souvent" in text and "3114" in text
