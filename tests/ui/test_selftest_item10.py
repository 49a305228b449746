"""Issue 16, point 6: the self-test result when item 10 is above 0 with a low total, and a low total without it.

Answered by keyboard as a person would (items 1, 2 and 4 print their 0-point answer first; items 3 and 5-10 print
it last, design.md section 4): item 1 "Pas tout à fait autant" (key 2) = 1 point, items 2-9 at 0, item 10
"Presque jamais" (key 3) = 1 point: total 2, below 9, so the score alone is "low".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_selftest import MemoryStore, key, make_page

from parcours_app.ui.crisis_panel import HelplineCard

KEEP: list[object] = []  # the self-test page must outlive the helper that fills it


def _answer(qtbot: QtBot, item1: Qt.Key, item10: Qt.Key) -> object:
    page = make_page(qtbot, MemoryStore())
    KEEP.append(page)
    key(qtbot, Qt.Key.Key_Return)
    for number in range(1, 11):
        if number == 1:
            key(qtbot, item1)
        elif number == 10:
            key(qtbot, item10)
        else:
            key(qtbot, Qt.Key.Key_1 if number in (2, 4) else Qt.Key.Key_4)
        key(qtbot, Qt.Key.Key_Return)
    assert page.result_page is not None
    return page.result_page


def test_item_10_at_1_with_a_total_of_2_leads_with_help_never_low(qtbot: QtBot) -> None:
    result_page = _answer(qtbot, Qt.Key.Key_2, Qt.Key.Key_3)
    result = result_page.result
    assert (result.total, result.self_harm_points) == (2, 1)
    panel = result_page.crisis_panel
    assert panel is not None and panel.isVisible()
    # leads with help: above the result, and the keyboard starts there
    assert (
        panel.mapTo(result_page, panel.rect().topLeft()).y()
        < result_page.summary_frame.mapTo(result_page, result_page.summary_frame.rect().topLeft()).y()
    )
    headline = result_page.headline_label.text()
    assert "peu de signes" not in headline
    assert headline == "Votre réponse sur l'idée de vous faire du mal compte plus que le score"
    assert "compte plus que le score" in result_page.explanation_label.text()
    assert "dans les prochains jours" in result_page.explanation_label.text()
    # shown at least as "talk to a professional within days": never the green low style
    assert result.shown_band == "moderate"
    assert "#047857" not in result_page.summary_frame.styleSheet()
    # the crisis cards carry the numbers, not their source lines
    cards = panel.findChildren(HelplineCard)
    assert [card.line.number for card in cards] == ["3114", "15", "112"]
    assert all(not card.source_label.isVisibleTo(panel) for card in cards)
    assert result_page.show_help_button is None and result_page.helplines_panel.isVisibleTo(result_page)


def test_a_low_score_keeps_the_help_one_click_away(qtbot: QtBot) -> None:
    result_page = _answer(qtbot, Qt.Key.Key_2, Qt.Key.Key_4)  # item 10 "Jamais" = 0: total 1
    assert result_page.result.total == 1 and result_page.crisis_panel is None
    assert result_page.headline_label.text() == "Vos réponses montrent peu de signes de souffrance"
    assert not result_page.helplines_panel.isVisibleTo(result_page)  # no large red crisis cards first
    button = result_page.show_help_button
    assert button is not None and button.text() == "Voir les numéros d'aide et d'écoute"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert result_page.helplines_panel.isVisibleTo(result_page)
    assert "3114" in [card.line.number for card in result_page.helplines_panel.findChildren(HelplineCard)]
