"""The self-test screens, driven like a person would: keyboard only, help on every screen, privacy of the data folder.

Expected totals are worked by hand from the published scoring (Cox, Holden & Sagovsky 1987; French version
Guedeney & Fermanian 1998): items 1, 2 and 4 are printed from 0 to 3 points, items 3 and 5-10 from 3 down to 0.
So "the first printed answer everywhere" is 0+0+3+0+3+3+3+3+3+3 = 21 and "the last printed answer everywhere"
is 3+3+0+3+0+0+0+0+0+0 = 9. Bands: design.md section 4.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from parcours_app.core import epds
from parcours_app.core.clock import FixedClock
from parcours_app.core.model import Respondent, SelfTestResult
from parcours_app.storage import open_store
from parcours_app.ui.crisis_panel import CrisisHelpDialog, CrisisHelpPanel
from parcours_app.ui.selftest import HistoryPage, SelfTestPage
from parcours_app.ui.selftest.common import SelfTestDialogs
from parcours_app.ui.selftest.result_page import ResultPage

NOW = dt.datetime(2026, 11, 22, 10, 30)
REPO = Path(__file__).resolve().parents[2]


class MemoryStore:
    """Only the self-test part of FamilyStore, in memory, counting the writes."""

    def __init__(self) -> None:
        self.kept: list[SelfTestResult] = []
        self.writes = 0
        self._next_id = 1

    def selftest_results(self) -> list[SelfTestResult]:
        return list(self.kept)

    def save_selftest_result(self, result: SelfTestResult) -> SelfTestResult:
        self.writes += 1
        saved = dataclasses.replace(result, id=self._next_id)
        self._next_id += 1
        self.kept.append(saved)
        return saved

    def delete_selftest_result(self, result_id: int) -> None:
        self.writes += 1
        self.kept = [kept for kept in self.kept if kept.id != result_id]

    def delete_all_selftest_results(self) -> None:
        self.writes += 1
        self.kept = []


@pytest.fixture
def help_calls(monkeypatch: pytest.MonkeyPatch) -> list[QWidget | None]:
    calls: list[QWidget | None] = []
    monkeypatch.setattr(CrisisHelpDialog, "show_for", classmethod(lambda cls, parent, message="": calls.append(parent)))
    return calls


@pytest.fixture
def answers_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def confirm(cls: type, parent: QWidget, title: str, question: str) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(SelfTestDialogs, "confirm", classmethod(confirm))
    return asked


def make_page(qtbot: QtBot, store: object | None, keep_allowed: bool = True) -> SelfTestPage:
    page = SelfTestPage(store, FixedClock(NOW), keep_allowed)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(900, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    return page


def key(qtbot: QtBot, key_code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has the keyboard focus, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key_code, modifier)


def answer_all_by_keys(qtbot: QtBot, page: SelfTestPage, digit: Qt.Key) -> None:
    key(qtbot, Qt.Key.Key_Return)  # start
    assert page.questionnaire_page is not None
    for _ in range(10):
        key(qtbot, digit)
        key(qtbot, Qt.Key.Key_Return)


def test_completing_the_test_by_keyboard_only(qtbot: QtBot, help_calls: list[QWidget | None]) -> None:
    page = make_page(qtbot, MemoryStore())
    key(qtbot, Qt.Key.Key_Return)  # Enter on the start screen starts, mother's form in French by default
    questionnaire = page.questionnaire_page
    assert questionnaire is not None
    assert questionnaire.progress_label.text() == "Question 1 sur 10"
    assert questionnaire.question_label.text() == "J'ai pu rire et prendre les choses du bon côté"
    focused = QApplication.focusWidget()
    assert focused is questionnaire.answer_buttons[0]
    assert "Question 1 sur 10 : J'ai pu rire" in focused.accessibleDescription()  # heard with the answer

    key(qtbot, Qt.Key.Key_Return)  # no answer yet: stays, and says why
    assert questionnaire.index == 0 and questionnaire.status_label.text()
    key(qtbot, Qt.Key.Key_Down)  # arrows choose: first printed answer ...
    key(qtbot, Qt.Key.Key_Down)  # ... then the second, "Pas tout à fait autant" = 1 point
    key(qtbot, Qt.Key.Key_Return)
    assert questionnaire.progress_label.text() == "Question 2 sur 10"
    key(qtbot, Qt.Key.Key_4)  # item 2 "Pratiquement pas" = 3
    key(qtbot, Qt.Key.Key_Backspace)  # back to item 1, its answer kept
    assert questionnaire.index == 0 and questionnaire.choices[0] == 1
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Alt+Right goes on
    assert questionnaire.index == 1 and questionnaire.choices[1] == 3
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Alt+Left goes back
    assert questionnaire.index == 0
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)  # item 2 already answered
    # items 3-10: last printed answer, key 4 -> 0 points each (reversed items), except item 4 -> 3 points
    for number in range(3, 11):
        assert questionnaire.progress_label.text() == f"Question {number} sur 10"
        key(qtbot, Qt.Key.Key_4)
        key(qtbot, Qt.Key.Key_Return)
    result_page = page.result_page
    assert result_page is not None and page.stack.currentWidget() is result_page
    # 1 (item 1) + 3 (item 2) + 0 + 3 (item 4) + 0 * 6 = 7 -> low band, item 10 at 0
    assert result_page.result.answers == (1, 3, 0, 3, 0, 0, 0, 0, 0, 0)
    assert result_page.result.total == 7
    assert result_page.result.band == "low"
    assert result_page.crisis_panel is None
    assert "7 sur 30" in result_page.explanation_label.text()


def test_first_printed_answer_everywhere_gives_21_and_crisis_help_first(qtbot: QtBot) -> None:
    page = make_page(qtbot, MemoryStore())
    answer_all_by_keys(qtbot, page, Qt.Key.Key_1)
    result_page = page.result_page
    assert result_page is not None
    assert (result_page.result.total, result_page.result.band) == (21, "high")
    assert result_page.crisis_panel is not None


def test_last_printed_answer_everywhere_gives_9(qtbot: QtBot) -> None:
    page = make_page(qtbot, MemoryStore())
    answer_all_by_keys(qtbot, page, Qt.Key.Key_4)
    assert page.result_page is not None
    assert (page.result_page.result.total, page.result_page.result.band) == (9, "moderate")


@pytest.mark.parametrize(("item10_key", "points"), [(Qt.Key.Key_3, 1), (Qt.Key.Key_2, 2), (Qt.Key.Key_1, 3)])
def test_crisis_panel_comes_first_when_item_10_is_above_zero(qtbot: QtBot, item10_key: Qt.Key, points: int) -> None:
    page = make_page(qtbot, MemoryStore())
    key(qtbot, Qt.Key.Key_Return)
    questionnaire = page.questionnaire_page
    assert questionnaire is not None
    # items 1-9 at 0 points: key 1 on items 1, 2, 4 (printed 0 first), key 4 on the reversed ones
    for number in range(1, 10):
        key(qtbot, Qt.Key.Key_1 if number in (1, 2, 4) else Qt.Key.Key_4)
        key(qtbot, Qt.Key.Key_Return)
    key(qtbot, item10_key)  # item 10: "Presque jamais" 1, "Parfois" 2, "Oui, très souvent" 3
    key(qtbot, Qt.Key.Key_Return)
    result_page = page.result_page
    assert result_page is not None
    assert result_page.result.total == points
    panel = result_page.crisis_panel
    assert panel is not None and panel.isVisible()
    assert panel.message_label.isVisible() and "3114" in panel.message_label.text()
    # first on the page: above the result in words, and it holds 3114, 15 and 112
    top_of = {
        widget: widget.mapTo(result_page, widget.rect().topLeft()).y() for widget in (panel, result_page.summary_frame)
    }
    assert top_of[panel] < top_of[result_page.summary_frame]
    assert [card.line.number for card in panel.cards] == ["3114", "15", "112"]
    assert QApplication.focusWidget() is panel.message_label  # the keyboard starts there too
    assert result_page.result.band == ("high" if points == 3 else "low")


def test_help_button_on_every_screen(qtbot: QtBot, help_calls: list[QWidget | None], answers_yes: list[str]) -> None:
    store = MemoryStore()
    page = make_page(qtbot, store)
    screens = 0

    def press_help() -> None:
        nonlocal screens
        assert page.help_button.isVisible()
        qtbot.mouseClick(page.help_button, Qt.MouseButton.LeftButton)
        screens += 1
        assert len(help_calls) == screens

    press_help()  # start
    page.start_page.start_button.click()
    press_help()  # questionnaire
    assert page.questionnaire_page is not None
    for _ in range(10):
        page.questionnaire_page.select_answer(3)
        page.questionnaire_page.go_next()
    press_help()  # result
    page.show_history()
    press_help()  # history


def test_abandon_asks_first_and_discards(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    replies = [False, True]
    monkeypatch.setattr(SelfTestDialogs, "confirm", classmethod(lambda cls, parent, title, question: replies.pop(0)))
    store = MemoryStore()
    page = make_page(qtbot, store)
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_2)
    key(qtbot, Qt.Key.Key_Escape)  # "no": still on the question, answer still there
    assert page.questionnaire_page is not None and page.questionnaire_page.choices[0] == 1
    key(qtbot, Qt.Key.Key_Escape)  # "yes"
    assert page.stack.currentWidget() is page.start_page
    assert page.questionnaire_page is None and page.result_page is None
    assert store.writes == 0


def _folder_state(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def real_store_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    store = open_store(folder, clock=FixedClock(NOW))  # creates the database, the daily backup
    store.close()
    yield folder


def test_nothing_written_to_disk_unless_ticked(qtbot: QtBot, real_store_dir: Path) -> None:
    before = _folder_state(real_store_dir)
    assert before, "the store should have created its database"
    store = open_store(real_store_dir, clock=FixedClock(NOW))
    try:
        page = make_page(qtbot, store)
        answer_all_by_keys(qtbot, page, Qt.Key.Key_2)
        result_page = page.result_page
        assert result_page is not None and result_page.keep_box is not None
        assert not result_page.keep_box.isChecked()  # unticked by default
        page.show_start()  # leave the result without ticking
        assert store.selftest_results() == []
        page.close()
    finally:
        store.close()
    assert _folder_state(real_store_dir) == before

    store = open_store(real_store_dir, clock=FixedClock(NOW))
    try:
        page = make_page(qtbot, store)
        answer_all_by_keys(qtbot, page, Qt.Key.Key_2)
        result_page = page.result_page
        assert result_page is not None and result_page.keep_box is not None
        result_page.keep_box.setFocus()
        key(qtbot, Qt.Key.Key_Space)  # tick by keyboard
        kept = store.selftest_results()
        # second printed answer everywhere: 1+1+2+1+2+2+2+2+2+2 = 17 (items 1, 2, 4 forward; others reversed)
        assert [(k.total, k.band, k.respondent, k.taken_on) for k in kept] == [(17, "high", Respondent.MOTHER, NOW)]
    finally:
        store.close()
    assert _folder_state(real_store_dir) != before

    store = open_store(real_store_dir, clock=FixedClock(NOW))
    try:
        assert [k.answers for k in store.selftest_results()] == [(1, 1, 2, 1, 2, 2, 2, 2, 2, 2)]
    finally:
        store.close()


def test_unticking_removes_the_kept_result(qtbot: QtBot) -> None:
    store = MemoryStore()
    page = make_page(qtbot, store)
    answer_all_by_keys(qtbot, page, Qt.Key.Key_4)
    result_page = page.result_page
    assert result_page is not None and result_page.keep_box is not None
    result_page.keep_box.setChecked(True)
    assert len(store.kept) == 1 and "gardé" in result_page.keep_status.text()
    result_page.keep_box.setChecked(False)
    assert store.kept == []


def test_consultation_mode_offers_no_keeping_and_writes_nothing(qtbot: QtBot, data_dir: Path) -> None:
    store = MemoryStore()
    page = make_page(qtbot, store, keep_allowed=False)
    assert not page.start_page.history_button.isVisible()
    answer_all_by_keys(qtbot, page, Qt.Key.Key_1)
    result_page = page.result_page
    assert result_page is not None
    assert result_page.keep_box is None
    assert result_page.findChildren(QCheckBox) == []
    assert "aucun résultat n'est gardé" in result_page.keep_status.text()
    assert store.writes == 0
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_history_lists_and_deletes_with_confirmation(qtbot: QtBot, answers_yes: list[str]) -> None:
    store = MemoryStore()
    for day, answers in ((1, (0,) * 10), (8, (1,) * 10), (15, (2,) * 9 + (0,))):
        store.save_selftest_result(
            SelfTestResult(
                None, dt.datetime(2026, 11, day, 9, 0), Respondent.OTHER_PARENT, answers, sum(answers), "low"
            )
        )
    history = HistoryPage(store)  # type: ignore[arg-type]
    qtbot.addWidget(history)
    history.show()
    assert history.list.count() == 3
    assert history.list.item(0).text().startswith("15 novembre 2026")  # most recent first
    assert "18 sur 30" in history.list.item(0).text() and "l'autre parent" in history.list.item(0).text()
    assert "question 10" not in history.list.item(0).text() and "question 10 : 1 sur 3" in history.list.item(1).text()
    history.list.setCurrentRow(0)
    history.delete_selected()
    assert [k.total for k in store.kept] == [0, 10]
    assert history.list.count() == 2
    history.delete_all()
    assert store.kept == [] and history.list.count() == 0
    assert answers_yes == ["Effacer ce résultat", "Effacer tous les résultats"]
    assert not history.delete_all_button.isEnabled()


def test_every_control_has_an_accessible_name_and_takes_the_focus(qtbot: QtBot) -> None:
    store = MemoryStore()
    page = make_page(qtbot, store)

    def check(screen: QWidget) -> None:
        for button in screen.findChildren(QAbstractButton):
            if button.isVisibleTo(page):
                assert button.accessibleName(), button.objectName() or button.text()
                group = button.group()
                if isinstance(button, QRadioButton) and group is not None:
                    # Qt gives Tab to the checked choice of an exclusive group (or the first), arrows move inside
                    assert any(member.focusPolicy() & Qt.FocusPolicy.TabFocus for member in group.buttons())
                else:
                    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.accessibleName()

    check(page)
    page.start_page.start_button.click()
    assert page.questionnaire_page is not None
    check(page.questionnaire_page)
    for _ in range(10):
        page.questionnaire_page.select_answer(0)
        page.questionnaire_page.go_next()
    assert page.result_page is not None
    check(page.result_page)


def test_other_parent_gets_the_agreed_wording_and_english_is_offered(qtbot: QtBot) -> None:
    page = make_page(qtbot, MemoryStore())
    page.start_page.who_buttons[1].setChecked(True)  # other parent, masculine agreement
    page.start_page.start_button.click()
    questionnaire = page.questionnaire_page
    assert questionnaire is not None
    questionnaire.select_answer(0)
    questionnaire.go_next()
    assert questionnaire.question_label.text() == "Je me suis senti confiant et joyeux en pensant à l'avenir"
    page.show_start()
    page.start_page.language_buttons["en"].setChecked(True)
    page.start_page.start_button.click()
    assert page.questionnaire_page is not None
    assert page.questionnaire_page.question_label.text() == "I have been able to laugh and see the funny side of things"


_ENGLISH = {
    ("SelfTestPage", "Besoin d'aide maintenant ?"): "Need help now?",
    ("QuestionnairePage", "Question %1 sur %2"): "Question %1 of %2",
    ("QuestionnairePage", "Abandonner"): "Stop",
    ("StartPage", "Commencer le questionnaire"): "Start the questionnaire",
}


def _compiled_translation(folder: Path) -> Path:
    """A real .qm built by lrelease from a small .ts, independent of the app's own (still moving) catalogue."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in _ENGLISH.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{html.escape(source)}</source><translation>{html.escape(translation)}</translation>"
            "</message>"
        )
    body = "".join(f"<context><name>{name}</name>{''.join(items)}</context>" for name, items in contexts.items())
    ts_file = folder / "selftest_en.ts"
    ts_file.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">{body}</TS>',
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts_file), "-qm", str(folder / "selftest_en.qm")], check=True)
    return folder / "selftest_en.qm"


def test_live_language_switch_retranslates_every_screen_but_not_the_validated_items(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """Installing a translator sends LanguageChange: every screen follows, the EPDS wording never does."""
    translator = QTranslator()
    assert translator.load(str(_compiled_translation(tmp_path)))
    page = make_page(qtbot, MemoryStore())
    page.start_page.start_button.click()
    questionnaire = page.questionnaire_page
    assert questionnaire is not None
    questionnaire.select_answer(2)
    qapp.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert page.help_button.text() == "Need help now?"
        assert questionnaire.progress_label.text() == "Question 1 of 10"
        assert questionnaire.abandon_button.text() == "Stop"
        assert page.start_page.start_button.text() == "Start the questionnaire"  # the hidden screen too
        # the validated wording is never translated, and the answer survives the switch
        assert questionnaire.question_label.text() == "J'ai pu rire et prendre les choses du bon côté"
        assert questionnaire.choices[0] == 2
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        first, second = questionnaire.answer_buttons[0], questionnaire.answer_buttons[1]
        # navigation mirrors once the layouts have run: "Suivant" on the left, "Précédent" to its right
        qtbot.waitUntil(lambda: questionnaire.back_button.x() > questionnaire.next_button.x(), timeout=2000)
        assert first.x() == second.x()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        qapp.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert page.help_button.text() == "Besoin d'aide maintenant ?"
    assert questionnaire.progress_label.text() == "Question 1 sur 10"


def test_crisis_dialog_opens_the_panel(qtbot: QtBot) -> None:
    dialog = CrisisHelpDialog.show_for(None, "message")
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.panel.message_label.text() == "message"
    numbers = [card.line.number for card in dialog.panel.cards]
    for expected in ("3114", "15", "112", "114", "119", "3919", "0 800 00 34 56"):
        assert expected in numbers
    second = CrisisHelpDialog.show_for(None)
    qtbot.addWidget(second)
    assert second is not dialog  # no parent: a new window
    holder = QWidget()
    qtbot.addWidget(holder)
    first = CrisisHelpDialog.show_for(holder)
    assert CrisisHelpDialog.show_for(holder, "again") is first  # same parent: the open window comes forward
    assert first.panel.message_label.text() == "again"
    # no hard-coded hours (rules-fr.md §8): no "h" times in any line
    for card in dialog.panel.cards:
        assert not re.search(r"\b\d{1,2}\s*h(\d{2})?\b", card.availability_label.text()), card.line.id


def test_screenshots(qtbot: QtBot, tmp_path: Path) -> None:
    """Grab the screens offscreen (item 10 above 0 on the result); PARCOURS_UPDATE_SCREENSHOTS=1 refreshes docs/."""
    folder = REPO / "docs" / "screenshots" if os.environ.get("PARCOURS_UPDATE_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    store = MemoryStore()
    for day, answers in ((20, (1, 1, 2, 1, 1, 2, 1, 1, 1, 0)), (30, (0, 1, 1, 1, 1, 1, 0, 1, 0, 0))):
        taken = dt.datetime(2026, 10, day, 20, 15)
        band = epds.score(answers).band.value
        store.save_selftest_result(SelfTestResult(None, taken, Respondent.MOTHER, answers, sum(answers), band))
    page = make_page(qtbot, store)
    assert page.grab().save(str(folder / "selftest-start.png"))
    page.start_page.start_button.click()
    questionnaire = page.questionnaire_page
    assert questionnaire is not None
    questionnaire.select_answer(0)
    questionnaire.go_next()
    questionnaire.select_answer(1)
    assert page.grab().save(str(folder / "selftest-questionnaire.png"))
    questionnaire.go_next()
    for _ in range(8):
        questionnaire.select_answer(2)
        questionnaire.go_next()
    assert page.result_page is not None
    assert page.grab().save(str(folder / "selftest-result.png"))
    assert page.result_page.keep_box is not None
    page.result_page.keep_box.setChecked(True)
    page.show_history()
    assert page.history_page is not None and page.history_page.list.count() == 3
    assert page.grab().save(str(folder / "selftest-history.png"))
    for name in ("questionnaire", "result"):
        assert (folder / f"selftest-{name}.png").stat().st_size > 10_000


def test_result_page_standalone_without_store(qtbot: QtBot) -> None:
    questionnaire = epds.load_questionnaire("fr")
    result = epds.score([0] * 10, questionnaire)
    page = ResultPage(result, questionnaire, Respondent.MOTHER, NOW, None, True)
    qtbot.addWidget(page)
    assert page.keep_box is None
    assert isinstance(page.helplines_panel, CrisisHelpPanel)
    assert page.crisis_panel is None


def test_pdf_and_print_buttons_write_the_summary(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The person chooses a file (patched dialog): the PDF is written there; printing goes to a PDF printer here."""
    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "résumé.pdf"
    printed = tmp_path / "printed.pdf"
    notices: list[str] = []
    monkeypatch.setattr(SelfTestDialogs, "pdf_path", classmethod(lambda cls, parent, suggested: target))
    monkeypatch.setattr(SelfTestDialogs, "info", classmethod(lambda cls, parent, title, message: notices.append(title)))

    def pdf_printer(cls: type, parent: QWidget) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(SelfTestDialogs, "printer", classmethod(pdf_printer))
    page = make_page(qtbot, MemoryStore(), keep_allowed=False)
    answer_all_by_keys(qtbot, page, Qt.Key.Key_4)
    assert page.result_page is not None
    qtbot.mouseClick(page.result_page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.result_page.print_button, Qt.MouseButton.LeftButton)
    assert notices == ["PDF enregistré"]
    for path in (target, printed):
        text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
        assert "Total : 9 sur 30" in " ".join(text.split())


def test_history_survives_a_language_change_after_its_store_is_closed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page kept alive after the consultation's "Terminer" closed its in-memory store must not read it again."""
    from parcours_app.storage import open_memory_store
    from parcours_app.ui.selftest.history_page import HistoryPage
    from parcours_app.ui.selftest.selftest_page import SelfTestDialogs

    errors: list[str] = []
    monkeypatch.setattr(SelfTestDialogs, "error", classmethod(lambda cls, parent, title, text: errors.append(title)))
    store = open_memory_store()
    kept = SelfTestResult(None, dt.datetime(2026, 11, 20, 10, 0), Respondent.MOTHER, (0,) * 10, 0, "low")
    store.save_selftest_result(kept)
    page = HistoryPage(store)
    qtbot.addWidget(page)
    assert page.list.count() == 1
    store.close()
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert errors == []
    assert page.list.count() == 1
