"""Move translations between translations/*.ts and plain JSON, for batch work outside Qt Linguist.

    .venv/bin/python tools/ts_json.py export en > todo-en.json          # the strings still to translate
    .venv/bin/python tools/ts_json.py export en --all > all-en.json     # every string with its translation
    .venv/bin/python tools/ts_json.py import en done-en.json            # write them back (finished)

JSON: a list of {"context", "source", "translation", "note"}; `note` is where the string comes from (read only).
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


def export(language: str, everything: bool, folder: Path = TRANSLATIONS) -> list[dict[str, str]]:
    root = ET.parse(folder / f"parcours_{language}.ts").getroot()
    rows: list[dict[str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            status = "" if node is None else node.get("type", "")
            if status in ("vanished", "obsolete"):
                continue
            if not everything and status != "unfinished" and node is not None and node.text:
                continue
            rows.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "translation": "" if node is None else (node.text or ""),
                    "note": message.findtext("extracomment") or "",
                }
            )
    return rows


def import_rows(language: str, rows: list[dict[str, str]], folder: Path = TRANSLATIONS) -> tuple[int, list[str]]:
    """Write finished translations; returns (how many written, problems)."""
    ts_file = folder / f"parcours_{language}.ts"
    tree = ET.parse(ts_file)
    wanted = {(row["context"], row["source"]): row["translation"] for row in rows if row.get("translation")}
    problems: list[str] = []
    written = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = wanted.pop((name, source), None)
            if translation is None:
                continue
            if placeholders(translation) != placeholders(source):
                problems.append(f"[{name}] {source!r}: placeholders differ in {translation!r}")
                continue
            node = message.find("translation")
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
