"""A printable one-page summary of one self-test result, that the person may choose to bring to a professional.

Drawn with QPdfWriter (the one Qt use outside ui/): the answers as printed in the questionnaire, the points of each,
the total, the date, the band in words, the item-10 note and the statement that it is not a diagnosis.
Nothing is written unless the person asks for the file.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from parcours_app.core import epds
from parcours_app.core.formatting import format_date, is_right_to_left, isolate_ltr_runs
from parcours_app.core.model import Respondent
from parcours_app.core.text import Text, Translate, identity_translate
from parcours_app.export.one_page import draw_html_on_one_page, one_page_pdf_writer

_CONTEXT = "selftest_pdf"


def _t(source: str, translate: Translate, *args: str) -> str:
    """A literal French label of the summary, translated and escaped (the extractor finds `_t("…")` calls)."""
    return html.escape(Text(_CONTEXT, source, args).render(translate))


def _emphasis(escaped: str, language: str) -> str:
    """Italic only left to right: the fonts have no Arabic italic and Qt would draw empty boxes."""
    return escaped if is_right_to_left(language) else f"<i>{escaped}</i>"  # italic: left-to-right only


@dataclass(frozen=True, slots=True)
class SelftestSummary:
    """One kept (or just taken) result, what the summary says about it and the language it says it in."""

    result: epds.EpdsResult
    questionnaire: epds.Questionnaire
    respondent: Respondent
    taken_on: dt.datetime
    translate: Translate = identity_translate
    language: str = "fr"


def summary_html(summary: SelftestSummary) -> str:
    """The summary as HTML (QTextDocument's subset), in the app's language; items in the questionnaire's."""
    result, questionnaire, respondent, taken_on = (
        summary.result,
        summary.questionnaire,
        summary.respondent,
        summary.taken_on,
    )
    translate, language = summary.translate, summary.language
    when = f"{format_date(taken_on.date(), language)}, {taken_on:%H:%M}"
    rows = []
    for item, points in zip(questionnaire.items, result.answers, strict=True):
        option = item.option_for_points(points)
        rows.append(
            "<tr>"
            f"<td>{item.number}</td><td>{html.escape(item.text)}</td>"
            f"<td>{html.escape(option.label)}</td><td align='center'>{points}</td>"
            "</tr>"
        )
    band = html.escape(epds.band_label(result.shown_band).render(translate))
    crisis = result.crisis_message(questionnaire.agreement)
    # the quoted answer (French or English, as shown) keeps its order in an Arabic paragraph
    explanation = result.explanation(questionnaire.agreement, questionnaire).render(translate)
    crisis_html = f"<p><b>{html.escape(crisis.render(translate))}</b></p>" if crisis else ""
    return f"""
<h2>{_t("Questionnaire d'Édimbourg (EPDS) : résumé", translate)}</h2>
<p>{_t("Rempli le %1 par %2.", translate, when, epds.respondent_label(respondent).render(translate))}
{_t("Questions sur les 7 derniers jours.", translate)}</p>
<table border='1' cellspacing='0' cellpadding='3' width='100%'>
<tr><th>{_t("N°", translate)}</th><th>{_t("Question", translate)}</th>
<th>{_t("Réponse choisie", translate)}</th><th>{_t("Points", translate)}</th></tr>
{"".join(rows)}
</table>
<p><b>{_t("Total : %1 sur 30", translate, str(result.total))}</b> ({band}).
{_t("Points de la question 10 (idées de se faire du mal) : %1 sur 3.", translate, str(result.self_harm_points))}</p>
{crisis_html}
<p>{html.escape(isolate_ltr_runs(explanation, language))}</p>
<p>{_emphasis(html.escape(epds.NOT_A_DIAGNOSIS.render(translate)), language)}</p>
<p>{_t("En cas de danger immédiat : 15 ou 112. Prévention du suicide : 3114, à toute heure, gratuit.", translate)}</p>
<p><small>{_t("Source : %1", translate, questionnaire.citation)}<br/>
{_t("Échelle originale : %1", translate, questionnaire.original_citation)}<br/>
{_t("Résumé créé par Parcours 1000 jours, sur cet ordinateur : rien n'a été envoyé.", translate)}</small></p>
"""


def write_selftest_pdf(path: Path, summary: SelftestSummary) -> Path:
    """Write the one-page summary to `path` (A4), owner-only, and return it. Shrinks the type until it fits one page.

    OSError when the file cannot be created."""
    title = Text(_CONTEXT, "Résumé du questionnaire EPDS").render(summary.translate)
    draw_selftest_summary(one_page_pdf_writer(path, title, 15), summary)
    return path


def draw_selftest_summary(device: QPagedPaintDevice, summary: SelftestSummary) -> None:
    """Draw the summary on one page of `device`: the PDF writer above, or a printer chosen by the person."""
    draw_html_on_one_page(
        device,
        summary_html(summary),
        largest=10.5,
        smallest=6,
        right_to_left=is_right_to_left(summary.language),
    )
