"""Refresh translations/*.ts from every translatable string of the app, keeping existing translations.

    .venv/bin/python tools/update_translations.py            # update translations/parcours_{en,ar}.ts
    .venv/bin/python tools/update_translations.py --check    # exit 1 if a .ts misses a string (CI, tests)
    .venv/bin/python tools/update_translations.py --add de   # start a new language

Three kinds of strings, one `.ts` file per language:
1. Qt code: `self.tr("…")` and `QCoreApplication.translate("Context", "…")`, found by pyside6-lupdate itself.
2. Core code: `Text("context", "literal")`, `tr_noop("context", "literal")` and plural `plural_text(...)` /
   `translate_count(...)` calls, found here with `ast`
   (lupdate cannot see them: `Text` takes a third argument it does not understand), and calls through an alias
   of QCoreApplication.translate (`_translate = QCoreApplication.translate`), which lupdate cannot follow.
3. Data files `resources/**/*.toml`: the string values of the translatable keys, with the context given by the
   folder under resources/ (`resources/content/*.toml` -> "content", with the exceptions of DATA_FOLDER_CONTEXTS),
   or by a top-level `i18n_context = "…"` in the file. It must be the context the core loader gives its Text.
   Which keys: a top-level `i18n_keys = ["name", "purpose"]` in the file, else `DATA_FILE_KEYS` below, else
   `TRANSLATABLE_KEYS`. A value may be a string, a list of strings, or an agreement table
   `{ feminine = "…", masculine = "…" }` (both forms are extracted). Never extracted: keys starting with `source`
   and tables named in `FRENCH_ONLY_TABLES` (official titles stay in French), https URLs, and whole files that
   declare `language = "xx"` (a validated instrument such as the EPDS ships one file per language instead).

(2) and (3) are written as `QT_TRANSLATE_NOOP("context", "…")` lines into a temporary Python file that lupdate
reads with the sources, so lupdate does the merge: existing translations are kept, changed strings keep their old
translation as a hint, removed strings are marked vanished (drop them with --drop-obsolete). Afterwards each
message from (2) or (3) gets an `<extracomment>` saying where it comes from, which Qt Linguist shows translators.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src" / "parcours_app"
RESOURCES = REPO / "resources"
TRANSLATIONS = REPO / "translations"
LANGUAGES = ("en", "ar")
SOURCE_LANGUAGE = "fr"
TS_PREFIX = "parcours_"
GENERATED_NAME = "parcours_extracted_strings.py"

TRANSLATABLE_KEYS = frozenset(
    {
        "title",
        "short_title",
        "label",
        "short_label",
        "summary",
        "explanation",
        "description",
        "message",
        "why",
        "who",
        "what",
        "how",
        "advice",
        "hint",
        "help",
        "text",
        "question",
        "answer",
        "answers",
        "body",
        "note",
        "notes",
        "details",
        "warning",
        "result",
        "action",
        "caption",
        "window_text",
        "audience",
        "hours",
        "whom",
        "to_bring",
    }
)
"""Keys whose string values (or lists of strings) in resources/**/*.toml are user-facing French text."""

DATA_FOLDER_CONTEXTS = {"rules": "Rules"}
"""Folders whose context is not their own name: the context the core loader gives its Text (core.rules.TEXT_CONTEXT).
tests/i18n/test_pipeline.py checks these against the core's constants."""

DATA_FILE_KEYS: dict[str, frozenset[str]] = {
    # `why` there is a note for reviewers (in English), `site` is what a person reads before a link opens.
    "content/official_domains.toml": frozenset({"site"}),
    "content/helplines.toml": frozenset({"name", "purpose", "availability"}),
}
"""Per data file (path under resources/), the keys to extract when the file does not say it with `i18n_keys`."""

AGREEMENT_KEYS = frozenset({"feminine", "masculine", "neutral"})

FRENCH_ONLY_TABLES = frozenset({"source", "sources", "legal", "reference", "references"})
"""Tables whose text is an official French title (a law, a decree, an official page): shown as is, in French."""

TEXT_FUNCTIONS = frozenset({"Text", "tr_noop", "plural_text", "translate_count"})
PLURAL_FUNCTIONS = frozenset({"plural_text", "translate_count"})
"""Plural messages: `plural_text` (core) and `translate_count` (ui/i18n.py), written for lupdate as a translate
call with a count so that their .ts entries have one form per plural form (numerus="yes")."""
NON_LITERAL: list[str] = []
"""Text calls whose source is not a literal, found by the last extraction (shown by --check --verbose)."""


@dataclass(frozen=True, slots=True)
class Extracted:
    context: str
    source: str
    origin: str  # "src/parcours_app/core/epds.py:42" or "resources/rules/pregnancy.toml: rule[3].title"
    numerus: bool = False  # a plural text (`plural_text(context, "%n jour(s)", count)`): one form per plural form


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _literals(node: ast.expr) -> list[str]:
    """The literal strings an expression can be: "a", or both branches of `"a" if cond else "b"`."""
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    value = _literal(node)
    return [] if value is None else [value]


def _text_factories(tree: ast.Module, constants: dict[str, str]) -> dict[str, list[str]]:
    """Module functions that only wrap Text: `def _fr(source, *args): return Text("Dating", source, …)`.

    Maps the function name to its contexts, so `_fr("Date invalide")` is extracted like a Text call.
    """
    factories: dict[str, list[str]] = {}
    for statement in ast.walk(tree):  # nested helpers too: `def tr(source): return Text("Cli", source)`
        if not isinstance(statement, ast.FunctionDef) or not statement.args.args:
            continue
        first = statement.args.args[0].arg
        for node in ast.walk(statement):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in TEXT_FUNCTIONS
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Name)
                and node.args[1].id == first
            ):
                contexts = _contexts(node.args[0], constants)
                if contexts:
                    factories[statement.name] = contexts
    return factories


def _contexts(node: ast.expr, constants: dict[str, str]) -> list[str]:
    """The contexts a Text call can use: a literal or module constant, or both branches of `a if cond else b`
    (a text addressed to a respondent exists in a masculine and a feminine context, core/epds.py)."""
    if isinstance(node, ast.IfExp):
        return _contexts(node.body, constants) + _contexts(node.orelse, constants)
    value = constants.get(node.id) if isinstance(node, ast.Name) else _literal(node)
    return [] if value is None else [value]


def _constant_context_call(function: ast.expr, node: ast.Call) -> bool:
    """`QCoreApplication.translate(_CONTEXT, "…")`: lupdate reads a literal context only, so a call whose context
    is a module constant would never reach the .ts files (the directory page's kinds and Maison components did
    not). These are collected here, with the constant resolved."""
    return (
        isinstance(function, ast.Attribute)
        and function.attr == "translate"
        and isinstance(function.value, ast.Name)
        and function.value.id in ("QCoreApplication", "QApplication", "QGuiApplication")
        and bool(node.args)
        and isinstance(node.args[0], ast.Name)
    )


def extract_code_texts(root: Path = SRC) -> list[Extracted]:
    """`Text("ctx", "literal")` and `tr_noop("ctx", "literal")` calls with literal arguments under `root`."""
    found: list[Extracted] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        # `_CONTEXT = "journey"` at module level, then `Text(_CONTEXT, "…")`: resolve such constants.
        constants = {
            target.id: value
            for statement in tree.body
            if isinstance(statement, ast.Assign) and (value := _literal(statement.value)) is not None
            for target in statement.targets
            if isinstance(target, ast.Name)
        }
        factories = _text_factories(tree, constants)
        # `_translate = QCoreApplication.translate` then `_translate("Ctx", "…")`: lupdate cannot follow the
        # alias (module level or inside a function), so its calls are collected here like Text calls.
        aliases = {
            target.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "translate"
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id in ("QCoreApplication", "QApplication", "QGuiApplication")
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        in_file: list[tuple[int, Extracted]] = []
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
            if name in factories and node.args:
                contexts = factories[name]
                source_node: ast.expr = node.args[0]
            elif (
                name in TEXT_FUNCTIONS
                or (isinstance(function, ast.Name) and name in aliases)
                or _constant_context_call(function, node)
            ):
                arguments: dict[str, ast.expr] = dict(zip(("context", "source"), node.args, strict=False))
                arguments.update({keyword.arg: keyword.value for keyword in node.keywords if keyword.arg})
                if "context" not in arguments or "source" not in arguments:
                    continue
                contexts = _contexts(arguments["context"], constants)
                source_node = arguments["source"]
            else:
                continue
            sources = _literals(source_node)
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            if not contexts or not sources:
                # Data rendered through Text (a rule title read from TOML) is covered by the data extractor;
                # anything else must become a literal or a tr_noop constant, so say where it is.
                NON_LITERAL.append(where)
                continue
            numerus = name in PLURAL_FUNCTIONS
            for source in sources:
                if any(character.isalpha() for character in source):
                    in_file.extend((node.lineno, Extracted(context, source, where, numerus)) for context in contexts)
        found.extend(item for _, item in sorted(in_file, key=lambda pair: pair[0]))
    return found


def data_context(path: Path, data: dict[str, object], resources: Path = RESOURCES) -> str:
    declared = data.get("i18n_context")
    if isinstance(declared, str) and declared:
        return declared
    relative = path.relative_to(resources)
    folder = relative.parts[0] if len(relative.parts) > 1 else relative.stem
    return DATA_FOLDER_CONTEXTS.get(folder, folder)


def _walk_data(value: object, where: str, key: str | None, keys: frozenset[str]) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for child_key, child in value.items():
            if child_key in FRENCH_ONLY_TABLES or child_key.startswith("source") or child_key.startswith("i18n_"):
                continue
            # An agreement table (feminine/masculine forms) is as translatable as the key that holds it.
            inherited = key if key in keys and child_key in AGREEMENT_KEYS else child_key
            yield from _walk_data(child, f"{where}.{child_key}" if where else child_key, inherited, keys)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk_data(child, f"{where}[{index}]", key, keys)
    elif isinstance(value, str) and key in keys and value.strip() and not value.startswith("https://"):
        yield where, value


def data_keys(path: Path, data: dict[str, object], resources: Path = RESOURCES) -> frozenset[str]:
    declared = data.get("i18n_keys")
    if isinstance(declared, list):
        return frozenset(str(key) for key in declared)
    return DATA_FILE_KEYS.get(path.relative_to(resources).as_posix(), TRANSLATABLE_KEYS)


def extract_data_texts(resources: Path = RESOURCES) -> list[Extracted]:
    """User-facing strings of resources/**/*.toml (see TRANSLATABLE_KEYS and FRENCH_ONLY_TABLES)."""
    found: list[Extracted] = []
    for path in sorted(resources.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if isinstance(data.get("language"), str):
            continue  # already written in one language (see the module docstring)
        context = data_context(path, data, resources)
        for where, text in _walk_data(data, "", None, data_keys(path, data, resources)):
            found.append(Extracted(context, text, f"{path.relative_to(resources.parent)}: {where}"))
    return found


def all_extracted() -> list[Extracted]:
    return extract_code_texts() + extract_data_texts()


def _lupdate() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate was not found: install PySide6-Essentials in this environment")
    return found


def write_generated(extracted: list[Extracted], folder: Path) -> Path:
    lines = ["# Generated by tools/update_translations.py for pyside6-lupdate; never imported.", ""]
    seen: set[tuple[str, str]] = set()
    for item in extracted:
        if (item.context, item.source) in seen:
            continue
        seen.add((item.context, item.source))
        context = json.dumps(item.context, ensure_ascii=False)
        source = json.dumps(item.source, ensure_ascii=False)
        if item.numerus:  # lupdate marks a translate call with a count as a plural message (numerus="yes")
            lines.append(f"QCoreApplication.translate({context}, {source}, None, 2)")
        else:
            lines.append(f"QT_TRANSLATE_NOOP({context}, {source})")
    path = folder / GENERATED_NAME
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_lupdate(ts_files: list[Path], extracted: list[Extracted], drop_obsolete: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="parcours-i18n-") as folder:
        generated = write_generated(extracted, Path(folder))
        # -extensions: a folder is scanned for C++ and QML files only unless told about Python.
        command = [_lupdate(), "-silent", "-extensions", "py", "-locations", "relative"]
        command += ["-source-language", SOURCE_LANGUAGE]
        if drop_obsolete:
            command.append("-no-obsolete")
        command += [str(SRC), str(generated), "-ts", *map(str, ts_files)]
        subprocess.run(command, check=True, cwd=REPO)


def annotate(ts_file: Path, extracted: list[Extracted]) -> None:
    """Replace the useless locations in the temporary file by an <extracomment> naming the real origin."""
    origins: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in extracted:
        origins[(item.context, item.source)].append(item.origin)
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for context in root.findall("context"):
        # lupdate files a call to a local helper named `tr(...)` under an empty context; nothing is ever looked
        # up there (the helper's own Text context is extracted above), so it would only confuse translators.
        if not (context.findtext("name") or ""):
            root.remove(context)
    current_file = ""  # "relative" locations name their file only when it changes from the previous location
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            for location in message.findall("location"):
                current_file = location.get("filename") or current_file
                if current_file.endswith(GENERATED_NAME):
                    message.remove(location)
            where = origins.get((name, message.findtext("source") or ""))
            if not where:
                continue
            for old in message.findall("extracomment"):
                message.remove(old)
            comment = ET.Element("extracomment")
            shown = where[:3] + ([f"… and {len(where) - 3} more"] if len(where) > 3 else [])
            comment.text = "From " + "; ".join(shown)
            children = list(message)
            anchor = next(
                (i for i, child in enumerate(children) if child.tag in ("translatorcomment", "translation")),
                len(children),
            )
            message.insert(anchor, comment)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def new_ts(path: Path, language: str) -> None:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">\n</TS>\n',
        encoding="utf-8",
    )


def update(languages: list[str], folder: Path = TRANSLATIONS, drop_obsolete: bool = False) -> list[Path]:
    extracted = all_extracted()
    folder.mkdir(parents=True, exist_ok=True)
    ts_files = [folder / f"{TS_PREFIX}{language}.ts" for language in languages]
    for ts_file, language in zip(ts_files, languages, strict=True):
        if not ts_file.exists():
            new_ts(ts_file, language)
    run_lupdate(ts_files, extracted, drop_obsolete)
    for ts_file in ts_files:
        annotate(ts_file, extracted)
    return ts_files


def existing_languages(folder: Path = TRANSLATIONS) -> list[str]:
    found = sorted(path.stem.removeprefix(TS_PREFIX) for path in folder.glob(f"{TS_PREFIX}*.ts"))
    return found or list(LANGUAGES)


def _message_keys(ts_file: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts_file).getroot()
    keys: set[tuple[str, str]] = set()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            keys.add((context.findtext("name") or "", message.findtext("source") or ""))
    return keys


def missing_strings(languages: list[str], folder: Path = TRANSLATIONS) -> dict[str, set[tuple[str, str]]]:
    """Per language, the (context, source) pairs of the current sources that its committed .ts lacks."""
    with tempfile.TemporaryDirectory(prefix="parcours-i18n-check-") as scratch:
        copies = []
        for language in languages:
            copy = Path(scratch) / f"{TS_PREFIX}{language}.ts"
            new_ts(copy, language)
            copies.append(copy)
        extracted = all_extracted()
        run_lupdate(copies, extracted)
        for copy in copies:  # the same clean-up as update(), so that --check wants exactly what update writes
            annotate(copy, extracted)
        wanted = {language: _message_keys(copy) for language, copy in zip(languages, copies, strict=True)}
    result: dict[str, set[tuple[str, str]]] = {}
    for language in languages:
        committed = folder / f"{TS_PREFIX}{language}.ts"
        have = _message_keys(committed) if committed.exists() else set()
        result[language] = wanted[language] - have
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report strings missing from the .ts files")
    parser.add_argument("--add", metavar="LANG", help="create translations/parcours_LANG.ts for a new language")
    parser.add_argument("--verbose", action="store_true", help="list Text calls whose source is not a literal")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove strings no longer in the sources")
    options = parser.parse_args(argv)
    languages = existing_languages()
    if options.add:
        languages = sorted({*languages, options.add})
    if options.verbose:
        extract_code_texts()
        for where in NON_LITERAL:
            print(f"note: Text call without a literal source (fine for data, else use tr_noop): {where}")
    if options.check:
        missing = missing_strings(languages)
        for language, keys in missing.items():
            for context, source in sorted(keys):
                print(f"{language}: missing [{context}] {source!r}")
        return 1 if any(missing.values()) else 0
    for ts_file in update(languages, drop_obsolete=options.drop_obsolete):
        messages = _message_keys(ts_file)
        print(f"{ts_file.relative_to(REPO)}: {len(messages)} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
