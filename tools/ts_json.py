"""Move translations between translations/*.ts and plain JSON, for batch work outside Qt Linguist.

    .venv/bin/python tools/ts_json.py export en > todo-en.json          # the strings still to translate
    .venv/bin/python tools/ts_json.py export en --all > all-en.json     # every string with its translation
    .venv/bin/python tools/ts_json.py import en done-en.json            # write them back (finished)

JSON: a list of {"context", "source", "translation", "note"}; `note` is where the string comes from (read only).
A plural message (`%n`, numerus="yes") has a list as its translation: one form per plural form of the language,
in Qt's order (English: one, other; Arabic: zero... see Qt Linguist's "Translation" panel), e.g.
`["%n minute before", "%n minutes before"]`; a form may spell the number out ("one minute") and drop `%n`.
Import refuses a translation whose placeholders (%1, %2 ...) differ from the source's, and reports strings that
are no longer in the .ts (run tools/update_translations.py first). Qt Linguist remains the tool for people.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "translations"
PLACEHOLDER = re.compile(r"%L?\d+|%n")


def placeholders(text: str) -> list[str]:
    return sorted(match.replace("%L", "%") for match in PLACEHOLDER.findall(text))


def _numerus_forms(node: ET.Element | None) -> list[str]:
    return [] if node is None else [form.text or "" for form in node.findall("numerusform")]


def _is_unfinished(node: ET.Element | None, numerus: bool) -> bool:
    if node is None or node.get("type") == "unfinished":
        return True
    return not all(_numerus_forms(node)) if numerus else not node.text


def export(language: str, everything: bool, folder: Path = TRANSLATIONS) -> list[dict[str, object]]:
    root = ET.parse(folder / f"parcours_{language}.ts").getroot()
    rows: list[dict[str, object]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            status = "" if node is None else node.get("type", "")
            if status in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if not everything and not _is_unfinished(node, numerus):
                continue
            translation: object = _numerus_forms(node) if numerus else ("" if node is None else (node.text or ""))
            rows.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "translation": translation,
                    "note": message.findtext("extracomment") or "",
                }
            )
    return rows


def _numerus_problem(source: str, forms: list[str], wanted: int) -> str:
    if len(forms) != wanted or not all(forms):
        return f"expects {wanted} plural forms, got {forms!r}"
    others = [p for p in placeholders(source) if p != "%n"]
    if any([p for p in placeholders(form) if p != "%n"] != others for form in forms):
        return f"placeholders differ in {forms!r}"
    return ""


def import_rows(language: str, rows: list[dict[str, object]], folder: Path = TRANSLATIONS) -> tuple[int, list[str]]:
    """Write finished translations; returns (how many written, problems)."""
    ts_file = folder / f"parcours_{language}.ts"
    tree = ET.parse(ts_file)
    wanted = {(str(row["context"]), str(row["source"])): row["translation"] for row in rows if row.get("translation")}
    problems: list[str] = []
    written = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = wanted.pop((name, source), None)
            if translation is None:
                continue
            node = message.find("translation")
            if message.get("numerus") == "yes":
                forms = [str(form) for form in translation] if isinstance(translation, list) else [str(translation)]
                wanted_forms = len(_numerus_forms(node)) or 2
                problem = _numerus_problem(source, forms, wanted_forms)
                if problem:
                    problems.append(f"[{name}] {source!r}: {problem}")
                    continue
                if node is None:
                    node = ET.SubElement(message, "translation")
                for old in list(node):
                    node.remove(old)
                node.text = None
                for form in forms:
                    ET.SubElement(node, "numerusform").text = form
                node.attrib.pop("type", None)
                written += 1
                continue
            if not isinstance(translation, str):
                problems.append(f"[{name}] {source!r}: not a plural message, expects one text")
                continue
            if placeholders(translation) != placeholders(source):
                problems.append(f"[{name}] {source!r}: placeholders differ in {translation!r}")
                continue
            if node is None:
                node = ET.SubElement(message, "translation")
            node.text = translation
            node.attrib.pop("type", None)
            written += 1
    problems += [f"[{context}] {source!r}: not in {ts_file.name}" for context, source in wanted]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return written, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    exporting = commands.add_parser("export")
    exporting.add_argument("language")
    exporting.add_argument("--all", action="store_true")
    importing = commands.add_parser("import")
    importing.add_argument("language")
    importing.add_argument("json_file", type=Path)
    options = parser.parse_args(argv)
    if options.command == "export":
        json.dump(export(options.language, options.all), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    written, problems = import_rows(options.language, json.loads(options.json_file.read_text(encoding="utf-8")))
    for problem in problems:
        print(f"not imported: {problem}", file=sys.stderr)
    print(f"{written} translations written to parcours_{options.language}.ts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
