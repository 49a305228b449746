"""The self-test from Aujourd'hui, for either parent (issue 5: "at any time from the home screen, for either
parent"), and the journey's "Faire le point sur votre moral" steps opening the test itself.

The real shell on a real SQLite folder, driven with the keyboard.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shell_support import running_shell

from parcours_app.core.model import Child, Family, Respondent
from parcours_app.ui.app import AppShell
from parcours_app.ui.home_page import HomePage, StepSection
from parcours_app.ui.selftest import SelfTestPage
from parcours_app.ui.selftest.common import SelfTestDialogs

NOW = dt.datetime(2026, 11, 22, 9, 0)
# Born on 20 October 2026. resources/rules/birth.toml, selftest.epds.1: "the start of the 5th week after the
# birth" (issue 5; 1000 premiers jours, Santé publique France), days 28 to 34 after the birth: 17 to 23 November
# 2026 by hand (20 Oct + 11 days = 31 Oct, + 17 days = 17 Nov; + 6 days = 23 Nov). 22 November is inside it.
FAMILY = Family(children=(Child(key="", birth=dt.date(2026, 10, 20), name="Léa"),))


@pytest.fixture(autouse=True)
def no_selftest_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The self-test's message boxes, recorded instead of shown: a modal box would wait forever offscreen.

    (Its history refreshes on the language change that running_shell's teardown makes, after the store is
    closed: that one message is expected and ignored.)
    """
    shown: list[str] = []
    monkeypatch.setattr(SelfTestDialogs, "error", classmethod(lambda cls, parent, title, text: shown.append(text)))
    yield shown


@contextmanager
def _shell(qtbot: QtBot, tmp_path: Path) -> Iterator[AppShell]:
    """running_shell, and the pages built on its store deleted before the store closes: a self-test history
    left alive would refresh from a closed store at the next test's language change."""
    with running_shell(qtbot, tmp_path, NOW) as shell:
        try:
            yield shell
        finally:
            shell.window.reset_pages()
            qtbot.wait(20)  # the deleteLater of the pages


def _press(qtbot: QtBot, button: object) -> None:
    button.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(button, Qt.Key.Key_Space)  # type: ignore[arg-type]


def test_either_parent_opens_the_test_from_home_with_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    with _shell(qtbot, tmp_path) as shell:
        shell.controller.set_family(FAMILY)
        window = shell.window
        window.show()
        qtbot.waitExposed(window)
        home = window.pages["home"]
        assert isinstance(home, HomePage)
        for button in (home.mother_test_button, home.other_parent_test_button):
            assert button.isVisible() and button.accessibleName() == button.text().replace("&", "")  # WCAG 2.5.3
            assert button.accessibleDescription().startswith("Faire le point sur son moral")
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert home.care_title.text() == "Prendre soin de soi"
        button = home.other_parent_test_button

        def scrolled_into_view() -> bool:
            # The window fits the test screen (800 x 800 offscreen), so it is smaller than 1100 x 760 and the
            # wrapped texts above the button settle over a few event-loop turns: scroll again until they have.
            home.scroll_area.ensureWidgetVisible(button)
            return button.visibleRegion().boundingRect().size() == button.size()

        qtbot.waitUntil(scrolled_into_view, timeout=2000)
        if os.environ.get("PARCOURS_SAVE_SCREENSHOTS"):
            window.grab().save(str(Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "home-selftest.png"))

        _press(qtbot, home.other_parent_test_button)
        page = window.stack.currentWidget()
        assert isinstance(page, SelfTestPage) and page is window.pages["selftest"]
        assert page.stack.currentWidget() is page.start_page
        assert page.start_page.chosen_form()[0] is Respondent.OTHER_PARENT
        assert page.start_page.who_buttons[1].isChecked()
        assert window.navigation.currentRow() == 4  # the sidebar says where we are: Auto-test

        # the other parent prefers the feminine wording: coming back from home keeps it
        page.start_page.who_buttons[2].setChecked(True)
        window.show_page("home")
        _press(qtbot, home.other_parent_test_button)
        assert page.start_page.who_buttons[2].isChecked()

        window.show_page("home")
        _press(qtbot, home.mother_test_button)
        assert window.stack.currentWidget() is page
        assert page.start_page.chosen_form()[0] is Respondent.MOTHER and page.start_page.who_buttons[0].isChecked()
        assert page.start_page.who_buttons[0].hasFocus()

        # from the start screen the questionnaire begins with Enter, worded for the person chosen
        qtbot.keyClick(page.start_page, Qt.Key.Key_Return)
        assert page.questionnaire_page is not None and page.stack.currentWidget() is page.questionnaire_page


def test_a_started_questionnaire_is_left_when_the_test_is_opened_again_from_home(qtbot: QtBot, tmp_path: Path) -> None:
    with _shell(qtbot, tmp_path) as shell:
        shell.controller.set_family(FAMILY)
        window = shell.window
        home = window.pages["home"]
        home.mother_test_button.click()
        page = window.pages["selftest"]
        page.start_page.start_button.click()
        assert page.questionnaire_page is not None
        window.show_page("home")
        home.other_parent_test_button.click()
        # nothing of an unfinished questionnaire is kept (issue 5: "can be abandoned at any time")
        assert page.questionnaire_page is None and page.stack.currentWidget() is page.start_page
        assert page.start_page.chosen_form()[0] is Respondent.OTHER_PARENT


def _item_for(home: HomePage, event_id: str) -> tuple[StepSection, int] | None:
    for section in (home.under_way, home.week, home.next_steps):
        for row, card in enumerate(section.cards()):
            if card.key == event_id:
                return section, row
    return None


def test_the_moral_step_on_home_opens_the_test(qtbot: QtBot, tmp_path: Path) -> None:
    with _shell(qtbot, tmp_path) as shell:
        shell.controller.set_family(FAMILY)
        window = shell.window
        window.show()
        qtbot.waitExposed(window)
        home = window.pages["home"]
        found = _item_for(home, "selftest.epds.1")
        assert found is not None, "the 5th-week self-test is due on 22 November"
        section, row = found
        assert section is home.under_way
        card = section.cards()[row]
        assert "Faire le point sur votre moral" in card.title.text()
        qtbot.keyClick(card, Qt.Key.Key_Return)
        page = window.stack.currentWidget()
        assert isinstance(page, SelfTestPage) and page.stack.currentWidget() is page.start_page

        # any other step still opens its card in the journey
        window.show_page("home")
        other = next(card for card in home.next_steps.cards() if card.key.startswith("child."))
        qtbot.keyClick(other, Qt.Key.Key_Return)
        assert window.stack.currentWidget() is window.pages["journey"]
