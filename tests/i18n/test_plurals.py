"""Counts go through plural forms in the three languages, and the form chosen is CLDR's.

0, 1, 2, 3, 11 and 100 of every counted message (every `numerus="yes"` entry of the .ts files) are formatted
three ways and checked against CLDR's plural categories as babel gives them:
- the GUI: Qt's translator with the compiled .qm (`QCoreApplication.translate(context, source, None, n)`);
- the command line and the core: `ts_translator.TsTranslate.plural`, which picks the form by babel's rules;
- French, the source language: `core.text.french_plural` (the "(s)" marks of the source).
Counted units (days, weeks, months) are also compared with CLDR's own unit names for each count.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from translation_status import TRANSLATED_LANGUAGES

from parcours_app.core.formatting import PLURAL_FORMS, format_count, plural_category, plural_index
from parcours_app.core.text import Text, french_plural, plural_text
from parcours_app.ts_translator import TsTranslate, ts_path
from parcours_app.ui.i18n import LanguageManager, qt_translate

COUNTS = (0, 1, 2, 3, 11, 100)
# CLDR plural categories (unicode.org/cldr, plurals.xml), written out by hand for the counts above:
# French: one = i 0 or 1; English: one = 1; Arabic: zero 0, one 1, two 2, few n%100 3..10, many n%100 11..99.
CLDR = {
    "fr": ("one", "one", "other", "other", "other", "other"),
    "en": ("other", "one", "other", "other", "other", "other"),
    "ar": ("zero", "one", "two", "few", "many", "other"),
}
UNITS = {  # counted units whose every form must be CLDR's unit name (babel's unit patterns)
    ("Dating", "%n j"): "day",
    ("Dating", "%n SA"): "week",
    ("Dating", "%n mois"): "month",
    ("PlanPdf", "%n jour(s)"): "day",
}


def plural_messages(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the numerus forms of every finished plural message of the language's .ts."""
    import xml.etree.ElementTree as ET

    forms: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            if (
                message.get("numerus") == "yes"
                and node is not None
                and node.get("type") not in ("vanished", "obsolete")
            ):
                key = (context.findtext("name") or "", message.findtext("source") or "")
                forms[key] = [form.text or "" for form in node.iter("numerusform")]
    return forms


def test_babel_gives_the_cldr_categories() -> None:
    for language, categories in CLDR.items():
        assert tuple(plural_category(count, language) for count in COUNTS) == categories
        assert tuple(PLURAL_FORMS[language][plural_index(count, language)] for count in COUNTS) == categories


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_plural_message_has_one_text_per_form(language: str) -> None:
    messages = plural_messages(language)
    assert len(messages) >= 20, "the counted messages of the app"
    wrong = {
        key: forms for key, forms in messages.items() if len(forms) != len(PLURAL_FORMS[language]) or not all(forms)
    }
    assert wrong == {}
    # the French plural marks belong to the source only
    assert [key for key, forms in messages.items() if any("(s)" in form or "(x)" in form for form in forms)] == []


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_command_line_picks_the_cldr_form(language: str) -> None:
    translate = TsTranslate(language)
    for (context, source), forms in plural_messages(language).items():
        for count, category in zip(COUNTS, CLDR[language], strict=True):
            expected = forms[PLURAL_FORMS[language].index(category)].replace("%n", str(count))
            assert translate.plural(context, source, count) == expected, (context, source, count)


@pytest.fixture
def manager(qapp: QApplication) -> Iterator[LanguageManager]:
    languages = LanguageManager(qapp)
    yield languages
    languages.uninstall()


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_gui_picks_the_cldr_form(manager: LanguageManager, language: str) -> None:
    """Qt's own plural rules for the language choose the same form as CLDR for every count."""
    manager.set_language(language)
    problems = []
    for (context, source), forms in plural_messages(language).items():
        for count, category in zip(COUNTS, CLDR[language], strict=True):
            expected = forms[PLURAL_FORMS[language].index(category)].replace("%n", str(count))
            shown = QCoreApplication.translate(context, source, None, count)
            if shown != expected:
                problems.append(f"[{context}] {source!r} n={count}: {shown!r}, CLDR {category}: {expected!r}")
            assert qt_translate.plural(context, source, count) == expected
    assert problems == []


def test_french_forms_follow_cldr() -> None:
    """French is the source: "(s)"/"(x)" give the singular for CLDR "one" (0 and 1), the plural otherwise."""
    sources = {source for _context, source in plural_messages("en")}
    assert any("(s)" in source for source in sources)
    for source in sources:
        for count, category in zip(COUNTS, CLDR["fr"], strict=True):
            text = french_plural(source, count)
            assert "%n" not in text and "(s)" not in text and "(x)" not in text
            if "(s)" in source:
                singular = source.replace("(s)", "").replace("(x)", "").replace("%n", str(count))
                assert (text == singular) is (category == "one"), (source, count, text)
    assert french_plural("%n lieu(x)", 2) == "2 lieux"
    assert french_plural("%n rendez-vous", 1) == "1 rendez-vous"


@pytest.mark.parametrize("language", ["fr", *TRANSLATED_LANGUAGES])
def test_counted_units_are_cldr_unit_names(language: str) -> None:
    translate = TsTranslate(language)
    for (context, source), unit in UNITS.items():
        if language == "fr" and source.endswith(("j", "SA")):
            continue  # French abbreviations ("34 SA + 1 j"), the notation of the carnet de santé
        for count in COUNTS:
            expected = format_count(count, unit, language).replace("\u00a0", " ")
            assert plural_text(context, source, count).render(translate) == expected, (context, source, count)


def test_core_texts_render_each_count_in_its_form() -> None:
    """The data check's summary line, in the three languages (the "1 grossesses" of the review)."""
    counts = {"pregnancy": 1, "child": 2, "event_state": 0, "appointment": 11, "selftest_result": 3, "place": 100}
    from parcours_app.storage.commands import _count

    line = Text("storage", "Contenu : %1, %2, %3, %4, %5, %6.", tuple(_count(k, v) for k, v in counts.items()))
    assert line.render() == (
        "Contenu : 1 grossesse, 2 enfants, 0 suivi d'étapes, 11 rendez-vous, 3 résultats d'auto-test, 100 lieux."
    )
    assert line.render(TsTranslate("en")) == (
        "Contents: 1 pregnancy, 2 children, 0 step records, 11 appointments, 3 self-test results, 100 places."
    )
    assert line.render(TsTranslate("ar")) == (
        "المحتوى: حالة حمل واحدة، طفلان، 0 متابعة للمراحل، 11 موعدًا، 3 نتائج للاختبار الذاتي، 100 مكان."
    )


def test_gestational_age_reads_in_each_language() -> None:
    from parcours_app.core.dating import GestationalAge

    assert GestationalAge(34, 1).text().render() == "34 SA + 1 j"
    assert GestationalAge(34, 1).text().render(TsTranslate("en")) == "34 weeks + 1 day"
    # 34 weeks: "many" (11-99) takes the singular accusative; 1 day: "one", the noun alone (CLDR)
    assert GestationalAge(34, 1).text().render(TsTranslate("ar")) == "34 أسبوعًا + يوم"
    assert GestationalAge(18, 4).text().render(TsTranslate("ar")) == "18 أسبوعًا + 4 أيام"
