"""Translations without Qt: read translations/*.ts for the headless command line, and pseudo-localise.

The GUI loads compiled `.qm` files through QTranslator (ui/i18n.py); the command line must not import Qt, so it
reads the `.ts` XML sources directly. Both give the same answers: a finished translation when there is one, the
French source otherwise (unfinished, vanished and obsolete entries are ignored, as lrelease ignores them).

The pseudo-language ("pseudo") needs no file: every source string is transformed on the fly into a longer,
accented one ("Fermer" -> "[Ƒéŕɱéŕ ~~]"), so screens shown in it reveal clipped layouts and any text that does
not go through the translation system (it stays plain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .core.text import Translate
from .resources import translations_dir

SOURCE_LANGUAGE = "fr"
PSEUDO_LANGUAGE = "pseudo"
TS_PREFIX = "parcours_"

_SKIPPED_TYPES = frozenset({"unfinished", "vanished", "obsolete"})


@dataclass(frozen=True, slots=True)
class TsMessage:
    """One `<message>` of a .ts file, as translators and tests need to see it."""

    context: str
    source: str
    translation: str
    status: str  # "" when finished, else the `type` attribute: unfinished, vanished, obsolete
    numerus: bool
    extra_comment: str = ""

    @property
    def finished(self) -> bool:
        return self.status == "" and self.translation != ""


def read_ts(path: Path) -> list[TsMessage]:
    """Every message of a .ts file, in file order. Numerus forms are joined with newlines (the first form is used)."""
    import xml.etree.ElementTree as ET  # not at import: the GUI imports this module before its first paint

    root = ET.parse(path).getroot()
    messages: list[TsMessage] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation_node = message.find("translation")
            status = "" if translation_node is None else translation_node.get("type", "")
            forms = (
                [] if translation_node is None else [form.text or "" for form in translation_node.iter("numerusform")]
            )
            translation = forms[0] if forms else ("" if translation_node is None else (translation_node.text or ""))
            messages.append(
                TsMessage(
                    context=name,
                    source=source,
                    translation=translation,
                    status=status,
                    numerus=message.get("numerus") == "yes",
                    extra_comment=message.findtext("extracomment") or "",
                )
            )
    return messages


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{TS_PREFIX}{language}.ts"


def ts_languages(folder: Path | None = None) -> list[str]:
    """The languages with a .ts file, besides French (the source, which needs none)."""
    folder = folder or translations_dir()
    return sorted(path.stem.removeprefix(TS_PREFIX) for path in folder.glob(f"{TS_PREFIX}*.ts"))


@cache
def _catalog(path: Path, mtime_ns: int) -> dict[tuple[str, str], str]:
    # mtime_ns is part of the cache key so an edited .ts is re-read, and an unchanged one is parsed once.
    del mtime_ns
    return {
        (message.context, message.source): message.translation
        for message in read_ts(path)
        if message.status not in _SKIPPED_TYPES and message.translation
    }


def catalog_for(language: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """(context, French source) -> finished translation. Empty for French and for a language without a file."""
    path = ts_path(language, folder)
    if language == SOURCE_LANGUAGE or not path.exists():
        return {}
    return _catalog(path, path.stat().st_mtime_ns)


@cache
def _plural_catalog(path: Path, mtime_ns: int) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) -> every numerus form of a finished plural message, in the .ts order."""
    import xml.etree.ElementTree as ET

    del mtime_ns
    forms: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if message.get("numerus") != "yes" or node is None or node.get("type") in (*_SKIPPED_TYPES, "unfinished"):
                continue
            texts = tuple(form.text or "" for form in node.iter("numerusform"))
            if texts and all(texts):
                forms[(name, message.findtext("source") or "")] = texts
    return forms


class TsTranslate:
    """A core `Translate` read from a .ts file, with `plural`: the numerus form that babel's plural rules (CLDR)
    choose for the count, as Qt's translator does in the GUI."""

    def __init__(self, language: str, folder: Path | None = None) -> None:
        self.language = language
        self._catalog = catalog_for(language, folder)
        self._path = ts_path(language, folder)

    @property
    def _plurals(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """Read on the first plural text only (`parcours --lang ar --help` needs none)."""
        path = self._path
        if self.language in (SOURCE_LANGUAGE, PSEUDO_LANGUAGE) or not path.exists():
            return {}
        return _plural_catalog(path, path.stat().st_mtime_ns)

    def __call__(self, context: str, source: str) -> str:
        if self.language == PSEUDO_LANGUAGE:
            return pseudo_localize(source)
        return self._catalog.get((context, source), source)

    def plural(self, context: str, source: str, count: int) -> str:
        from parcours_app.core.formatting import plural_index
        from parcours_app.core.text import french_plural

        forms = self._plurals.get((context, source))
        if not forms:
            return french_plural(self(context, source), count)
        return forms[min(plural_index(count, self.language), len(forms) - 1)].replace("%n", str(count))


def translator_for(language: str, folder: Path | None = None) -> Translate:
    """A core `Translate` for `language` ("fr", "en", "ar" or "pseudo"); French source for anything missing."""
    return TsTranslate(language, folder)


# --- pseudo-language ----------------------------------------------------------------------------------------

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅßÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_ACCENT_TABLE = str.maketrans(_PLAIN, _ACCENTED)
# Pieces that must survive untouched or the text breaks: Qt placeholders (%1, %L1, %n), HTML tags and entities,
# and `&&` (a literal ampersand in a button text).
_PROTECTED = re.compile(r"%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&&")
PSEUDO_OPEN = "["
PSEUDO_CLOSE = "]"
PSEUDO_PAD = "~"
PSEUDO_GROWTH = 0.4
"""How much longer pseudo text is: 40 % covers the usual growth from French to German or Russian."""


def pseudo_localize(source: str) -> str:
    """A longer, accented, bracketed version of `source` that keeps placeholders and markup working."""
    if not source.strip():
        return source
    pieces: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(source):
        pieces.append(source[position : match.start()].translate(_ACCENT_TABLE))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(source[position:].translate(_ACCENT_TABLE))
    length = max(2, round(len(source) * PSEUDO_GROWTH))
    # in words of at most 10 like real text: one unbreakable run of 100 marks would make a wrapped label as wide
    # as the run, a false "cut off" that no language produces
    words = [PSEUDO_PAD * 10] * (length // 10) + ([PSEUDO_PAD * (length % 10)] if length % 10 else [])
    if len(words[-1]) < 2 and len(words) > 1:  # the segment must still end with at least two marks
        words[-2], words[-1] = words[-2][:-1], words[-1] + PSEUDO_PAD
    padding = " ".join(words)
    return f"{PSEUDO_OPEN}{''.join(pieces)} {padding}{PSEUDO_CLOSE}"


def write_pseudo_ts(path: Path, folder: Path | None = None) -> int:
    """Write a .ts whose every message (of every language file in `folder`) is pseudo-localised.

    Compiled by lrelease like any language, so Qt loads it with a plain QTranslator (a QTranslator subclass
    overriding translate() in Python corrupts None's reference count in PySide6 6.12 and crashes the app).
    Returns the number of messages written.
    """
    import xml.etree.ElementTree as ET

    seen: dict[tuple[str, str], bool] = {}
    for language in ts_languages(folder):
        for entry in read_ts(ts_path(language, folder)):
            if entry.status not in ("vanished", "obsolete"):
                seen.setdefault((entry.context, entry.source), entry.numerus)
    root = ET.Element("TS", {"version": "2.1", "language": "fr", "sourcelanguage": SOURCE_LANGUAGE})
    contexts: dict[str, ET.Element] = {}
    for (context, source), numerus in sorted(seen.items()):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        node = ET.SubElement(contexts[context], "message", {"numerus": "yes"} if numerus else {})
        ET.SubElement(node, "source").text = source
        translation = ET.SubElement(node, "translation")
        if numerus:
            for _ in range(2):  # French has two plural forms
                ET.SubElement(translation, "numerusform").text = pseudo_localize(source)
        else:
            translation.text = pseudo_localize(source)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return len(seen)
