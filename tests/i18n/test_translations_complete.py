"""The .ts files: well formed, placeholders and markup kept, French kept only on purpose, and (once a language
is declared complete in translation_status.py) nothing unfinished or missing."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest
from translation_status import COMPLETE_LANGUAGES, TRANSLATED_LANGUAGES

from parcours_app.ts_translator import TsMessage, read_ts, ts_path

REPO = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%L?\d+|%n")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
MNEMONIC = re.compile(r"&(?!&|[a-zA-Z]+;|#\d+;)")
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def _messages(language: str) -> list[TsMessage]:
    return [message for message in read_ts(ts_path(language)) if message.status not in ("vanished", "obsolete")]


def stays_french() -> dict[tuple[str, str], set[str]]:
    data = tomllib.loads((REPO / "translations" / "stays_french.toml").read_text(encoding="utf-8"))
    return {(entry["context"], entry["source"]): set(entry["languages"]) for entry in data.get("entry", [])}


def _require_complete(language: str) -> None:
    if language not in COMPLETE_LANGUAGES:
        pytest.skip(f"'{language}' is not declared complete yet: add it to tests/i18n/translation_status.py")


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_ts_file_declares_its_languages(language: str) -> None:
    text = ts_path(language).read_text(encoding="utf-8")
    assert f'language="{language}"' in text
    assert 'sourcelanguage="fr"' in text
    assert _messages(language), "lupdate found the app's strings"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translations_keep_placeholders_markup_and_mnemonics(language: str) -> None:
    problems = []
    for message in _messages(language):
        if not message.translation:
            continue
        source, translation = message.source, message.translation
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append(f"placeholders: [{message.context}] {source!r} -> {translation!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
            problems.append(f"markup: [{message.context}] {source!r} -> {translation!r}")
        if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(translation)):
            problems.append(f"keyboard mnemonic (&): [{message.context}] {source!r} -> {translation!r}")
    assert problems == []


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_french_is_kept_only_where_listed(language: str) -> None:
    allowed = {key for key, languages in stays_french().items() if language in languages}
    kept = {
        (message.context, message.source)
        for message in _messages(language)
        if message.translation == message.source and re.search(r"[^\W\d_]", message.source)
    }
    assert kept - allowed == set(), "translated as the French text itself: translate, or list in stays_french.toml"


def test_stays_french_list_names_real_strings() -> None:
    for language in TRANSLATED_LANGUAGES:
        present = {(message.context, message.source) for message in _messages(language)}
        listed = {key for key, languages in stays_french().items() if language in languages}
        assert listed <= present, f"stays_french.toml lists strings no longer in parcours_{language}.ts"


def test_arabic_translations_are_written_in_arabic() -> None:
    allowed = {key for key, languages in stays_french().items() if "ar" in languages}
    not_arabic = [
        (message.context, message.source, message.translation)
        for message in _messages("ar")
        if message.translation
        and (message.context, message.source) not in allowed
        and re.search(r"[^\W\d_]", message.source)
        and not ARABIC_LETTER.search(message.translation)
    ]
    # Phone lines whose whole text is a French name and a number stay in Latin script (stays_french.toml explains).
    assert [row for row in not_arabic if not re.search(r"\d", row[1])] == []


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_no_unfinished_or_empty_entry(language: str) -> None:
    _require_complete(language)
    unfinished = [(m.context, m.source) for m in _messages(language) if not m.finished]
    assert unfinished == []


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_no_string_of_the_sources_is_missing(language: str) -> None:
    _require_complete(language)
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = tool
    spec.loader.exec_module(tool)
    missing = tool.missing_strings([language])[language]
    assert missing == set(), "run: .venv/bin/python tools/update_translations.py, then translate the new strings"
