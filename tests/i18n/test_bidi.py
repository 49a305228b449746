"""Numbers read right in Arabic: every helpline, place and key message is laid out by Qt's text engine and the
digits, read left to right on the screen, must come in the order of the French source.

Without isolation, "01 99 00 10 00" shows as "00 10 00 99 01" and "39 89" as "89 39" in a right-to-left
paragraph (each group of digits is its own run; the spaces between them take the paragraph's direction). The
code that formats these texts isolates them (core.formatting.rtl_paragraphs / isolate_ltr), not each translator.

Each label text is laid out twice, as Qt draws labels: with the interface's direction (a plain label painted by
QPainter) and with the direction found from the text (a selectable label's QTextDocument, which takes the first
strong letter).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from parcours_app.core.content import load_content
from parcours_app.core.directory import localized_place, read_directory_file
from parcours_app.core.formatting import isolate_ltr, isolate_ltr_runs, rtl_paragraphs
from parcours_app.core.helplines import load_helplines
from parcours_app.ui.crisis_panel import HelplineCard
from parcours_app.ui.directory_page import PlaceCard
from parcours_app.ui.i18n import LanguageManager, qt_translate
from parcours_app.ui.reception import example_directory_path
from parcours_app.ui.resources_page import ResourceCard

DIRECTIONS = (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LayoutDirectionAuto)
DIGIT_GROUP = re.compile(r"\d+(?:[ \u00a0./:]\d+)*")
ARABIC = re.compile(r"[\u0600-\u06ff]")


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[LanguageManager]:
    languages = LanguageManager(qapp)
    languages.set_language("ar")
    yield languages
    languages.uninstall()


def laid_out(text: str, direction: Qt.LayoutDirection) -> list[tuple[float, str]]:
    """(x, character) of every glyph of a one-line layout of `text`, left to right on the screen."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag
    glyphs: list[tuple[float, str]] = []
    for run in layout.glyphRuns(0, len(text), flags.RetrieveStringIndexes | flags.RetrieveGlyphPositions):
        glyphs.extend(
            (position.x(), text[index]) for position, index in zip(run.positions(), run.stringIndexes(), strict=True)
        )
    return sorted(glyphs)


def screen_digits(text: str, direction: Qt.LayoutDirection) -> list[str]:
    """The digits of each paragraph as they appear on the screen, read left to right."""
    return ["".join(char for _x, char in laid_out(line, direction) if char.isdigit()) for line in text.split("\n")]


def digit_order_problems(where: str, shown: str, numbers: list[str]) -> list[str]:
    """Each number (as in the French source) must read in its own order somewhere on the screen."""
    problems = []
    for direction in DIRECTIONS:
        screen = screen_digits(shown, direction)
        for number in numbers:
            digits = re.sub(r"\D", "", number)
            if not any(digits in line for line in screen):
                problems.append(f"{where}: {number!r} reads {screen} ({direction.name}) in {shown!r}")
    return problems


def starts_right(text: str, direction: Qt.LayoutDirection) -> bool:
    """Whether the paragraph is laid out right to left: its first letter is right of its Arabic letters."""
    glyphs = laid_out(text, direction)
    first = next(char for char in text if char.isalnum())
    first_x = max(x for x, char in glyphs if char == first)
    return all(first_x >= x for x, char in glyphs if ARABIC.match(char))


def label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def numbers_in(text: str) -> list[str]:
    return [group for group in DIGIT_GROUP.findall(text) if len(re.sub(r"\D", "", group)) > 1]


def test_unisolated_numbers_read_reversed_which_is_what_the_isolation_fixes(qapp: QApplication) -> None:
    """The test's own check sees the bug of the review: without isolation the digits come out reversed."""
    raw = "الهاتف: 01 99 00 10 00"
    assert screen_digits(raw, Qt.LayoutDirection.RightToLeft) == ["0010009901"]
    assert screen_digits(rtl_paragraphs(raw, "ar"), Qt.LayoutDirection.RightToLeft) == ["0199001000"]


def test_left_to_right_languages_are_unchanged() -> None:
    for language in ("fr", "en"):
        text = "Allô Parents Bébé : 0 800 00 34 56"
        assert rtl_paragraphs(text, language) == isolate_ltr(text, language) == text
        assert isolate_ltr_runs(text, language) == text


def test_isolation_keeps_brackets_and_existing_isolates() -> None:
    assert rtl_paragraphs("((Aîné C (exemple)):", "ar") == "\u200f((\u2066Aîné C (exemple)\u2069):"
    already = "\u2068Léa\u2069 العمر"
    assert isolate_ltr_runs(already, "ar") == already
    assert rtl_paragraphs("سطر\n15 : SAMU", "ar") == "\u200fسطر\n\u200f\u206615 : SAMU\u2069"


def test_every_helpline_reads_its_numbers_in_order_in_arabic(arabic: LanguageManager, qtbot: object) -> None:
    problems: list[str] = []
    checked = 0
    for line in load_helplines():
        card = HelplineCard(line)
        qtbot.addWidget(card)  # type: ignore[attr-defined]
        assert card.number_label.text() == "" or re.sub(r"\D", "", card.number_label.text()) == re.sub(
            r"\D", "", line.number
        )
        if line.number:
            problems += digit_order_problems(line.id, card.number_label.text(), [line.number])
            checked += 1
        for shown in label_texts(card):
            problems += digit_order_problems(line.id, shown, numbers_in(shown))
            for direction in DIRECTIONS:
                if ARABIC.search(shown) and not starts_right(shown, direction):
                    problems.append(f"{line.id}: laid out left to right ({direction.name}): {shown!r}")
        # the French name's numbers are in the Arabic name, in the same order
        problems += digit_order_problems(line.id, card.name_label.text(), numbers_in(line.name))
    assert checked >= 8
    assert problems == []


def test_every_sample_place_reads_its_numbers_in_order_in_arabic(arabic: LanguageManager, qtbot: object) -> None:
    places = read_directory_file(example_directory_path())
    problems: list[str] = []
    phones = 0
    for place in places:
        card = PlaceCard(place)
        qtbot.addWidget(card)  # type: ignore[attr-defined]
        shown = label_texts(card)
        arabic_texts = localized_place(place, "ar")  # the directory's own Arabic texts are what the card shows
        for value in (place.phone, place.address, arabic_texts.opening_hours, arabic_texts.name):
            digits = re.sub(r"\D", "", value)
            if not digits:
                continue
            if ARABIC.search(value):
                # written in Arabic ("من الاثنين إلى الجمعة، 9:00 – 17:00"): its numbers follow one another right
                # to left, as the sentence does; each number must still read in its own order
                row = next(text for text in shown if re.sub(r"\D", "", value) in re.sub(r"\D", "", text))
                problems += digit_order_problems(place.name, row, numbers_in(value))
                continue
            # the row showing this value has the source's digits, in the source's order, on the screen
            rows = [text for text in shown if digits in re.sub(r"\D", "", text)]
            assert rows, (place.name, value)
            for direction in DIRECTIONS:
                if not any(digits in "".join(screen_digits(row, direction)) for row in rows):
                    problems.append(f"{place.name}: {value!r} reads {[screen_digits(r, direction) for r in rows]}")
        phones += bool(place.phone)
        for text in shown:
            for direction in DIRECTIONS:
                if ARABIC.search(text) and not starts_right(text, direction):
                    problems.append(f"{place.name}: laid out left to right ({direction.name}): {text!r}")
    assert phones >= 2
    assert problems == []


def test_key_messages_read_their_numbers_in_order_in_arabic(arabic: LanguageManager, qtbot: object) -> None:
    catalog = load_content()
    problems: list[str] = []
    with_numbers = 0
    for item in catalog.items:
        numbers = [group for group in numbers_in(item.message.source) if " " in group or "/" in group]
        if not numbers:
            continue
        with_numbers += 1
        card = ResourceCard(item, catalog, qt_translate)
        qtbot.addWidget(card)  # type: ignore[attr-defined]
        problems += digit_order_problems(item.id, card.message_label.text(), numbers)
    assert with_numbers >= 1  # "39 89 (Tabac Info Service)"
    assert problems == []


def test_message_labels_take_the_interface_direction(arabic: LanguageManager, qtbot: object) -> None:
    """Every page's message label (ui/widgets/text_label.py): in Arabic a paragraph starting with a Latin word
    still reads right to left, with its numbers in order."""
    from parcours_app.ui.widgets.text_label import text_label

    label = text_label("Allô Parents Bébé : 0 800 00 34 56، خط استماع\n15 : SAMU (الإسعاف)", selectable=True)
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    for line in label.text().split("\n"):
        assert line.startswith("\u200f")
        for direction in DIRECTIONS:
            assert starts_right(line, direction)
    assert digit_order_problems("label", label.text(), ["0 800 00 34 56", "15"]) == []


def test_message_labels_are_unchanged_left_to_right(qtbot: object) -> None:
    from parcours_app.ui.widgets.text_label import text_label

    label = text_label("Allô Parents Bébé : 0 800 00 34 56")
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    assert label.text() == "Allô Parents Bébé : 0 800 00 34 56"
