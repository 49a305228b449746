"""One term per concept: the glossary of docs/TRANSLATING.md checked against the .ts files, and Arabic "أبدًا"
(never) always with its negation."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from parcours_app.ts_translator import TsMessage, read_ts, ts_path

REPO = Path(__file__).resolve().parents[2]
GLOSSARY = re.compile(r"<!-- glossary:.*?-->\n(.*?)<!-- end of glossary -->", re.DOTALL)
CELL = re.compile(r"`([^`]*)`")


@dataclass(frozen=True)
class Term:
    french: str  # regex over the French source, "*" for every message
    english: str
    arabic: str
    arabic_never: str


def _cell(text: str) -> str:
    found = CELL.search(text)
    return found.group(1).replace("\\|", "|") if found else ""


def glossary() -> list[Term]:
    table = GLOSSARY.search((REPO / "docs" / "TRANSLATING.md").read_text(encoding="utf-8"))
    assert table, "the glossary table of docs/TRANSLATING.md"
    terms = []
    for row in table.group(1).splitlines():
        cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
        if len(cells) != 4 or not CELL.search(cells[0]):
            continue
        terms.append(Term(*(_cell(cell) for cell in cells)))
    return terms


def _messages(language: str) -> list[TsMessage]:
    return [m for m in read_ts(ts_path(language)) if m.status not in ("vanished", "obsolete") and m.translation]


def _applies(term: Term, message: TsMessage) -> bool:
    return term.french == "*" or re.search(term.french, message.source, re.IGNORECASE) is not None


def test_the_glossary_is_read() -> None:
    terms = glossary()
    assert len(terms) >= 8
    assert any(term.french == "*" for term in terms)
    for term in terms:
        if term.french != "*":
            re.compile(term.french)


@pytest.mark.parametrize(("language", "column"), [("en", "english"), ("ar", "arabic")])
def test_every_message_uses_the_glossary_term(language: str, column: str) -> None:
    problems = []
    messages = _messages(language)
    for term in glossary():
        wanted = getattr(term, column)
        if not wanted:
            continue
        matched = [m for m in messages if _applies(term, m)]
        assert matched, f"no message matches {term.french!r}: update the glossary"
        problems += [
            f"{term.french!r} -> {wanted!r}: [{m.context}] {m.translation[:120]!r}"
            for m in matched
            if not re.search(wanted, m.translation.replace("&", ""), re.IGNORECASE)
        ]
    assert problems == []


def test_no_arabic_message_uses_a_rejected_term() -> None:
    problems = [
        f"{term.arabic_never!r}: [{m.context}] {m.source[:60]!r} -> {m.translation[:120]!r}"
        for term in glossary()
        if term.arabic_never
        for m in _messages("ar")
        if _applies(term, m) and re.search(term.arabic_never, m.translation)
    ]
    assert problems == []


NEGATION = re.compile(r"(?:^|[\s(«])(?:و|ف)?(?:لا|ليس|ليست|لم|لن|ما|غير|دون|بلا)(?=[\s\u0600-\u06ff]|$)")


def test_arabic_never_comes_with_its_negation() -> None:
    """ "أبدًا" alone can read as "always": the clause before it must hold a negation (لا، ليس، لم، لن…)."""
    problems = []
    for message in _messages("ar"):
        for match in re.finditer("أبد[ًا]+", message.translation):
            clause = re.split(r"[،,.;:؛!?\n]", message.translation[: match.start()])[-1]
            if not NEGATION.search(clause):
                problems.append(f"[{message.context}] {message.translation[:140]!r}")
    assert problems == []


def test_the_negation_check_sees_the_reviewed_mistake() -> None:
    assert not NEGATION.search(" وأبدًا في غرفة النوم")  # "بعد 3 سنوات: قليلًا، وبمرافقة، وأبدًا في غرفة النوم"
    assert NEGATION.search("وليس في غرفة النوم ")
    assert NEGATION.search("ولا يكون ")


def test_every_name_kept_in_french_says_why_and_what_it_is() -> None:
    entries = tomllib.loads((REPO / "translations" / "stays_french.toml").read_text(encoding="utf-8"))["entry"]
    assert [entry["source"] for entry in entries if not entry.get("why") or not entry.get("gloss")] == []
    kept = {entry["source"] for entry in entries}
    # the names the review found passing the "translated" check only through a dropped space
    assert {"Allô Parents Bébé : 0 800 00 34 56", "SOS Préma : 0 800 96 60 60"} <= kept


COUNTED_NOUN = re.compile(
    r"%\d\s*(أيام|يومًا|أسابيع|أسبوعًا|أشهر|شهرًا|مراحل|مرحلة|نتيجة|نتائج|نقاط|نقطة|أسئلة|إجابات|سنوات|أماكن|طفل)"
)
# numbers that are always 11 or more (a cycle of 20 to 45 days), where the form cannot change
FIXED_FORM = {("Dating", "La durée du cycle doit être comprise entre %1 et %2 jours (vous avez indiqué %3).")}


def test_arabic_never_puts_a_variable_number_before_a_counted_noun() -> None:
    """ "%1 أسابيع" is wrong for 11 or more ("18 أسابيع"): a count goes through a plural message, or the sentence
    does not depend on it ("عدد الأيام هنا: %1")."""
    problems = [
        f"[{m.context}] {m.translation[:120]!r}"
        for m in _messages("ar")
        if not m.numerus and COUNTED_NOUN.search(m.translation) and (m.context, m.source) not in FIXED_FORM
    ]
    assert problems == []
