"""argparse's own words ("usage:", "options:", "show this help message and exit"…) in the chosen language.

argparse writes them in English through gettext, which the app does not use. `translate_parser` replaces them in
a parser and its sub-commands by the French source and its translation (context "Cli"), so that `parcours
--help`, `parcours calendar --help` and every `parcours data … --help` read in one language. No Qt here: the
command line never imports it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from .core.formatting import SUPPORTED_LANGUAGES
from .core.text import Text, Translate, tr_noop

CONTEXT = "Cli"
USAGE = tr_noop("Cli", "utilisation : ")
OPTIONS = tr_noop("Cli", "options")
POSITIONALS = tr_noop("Cli", "arguments")
HELP = tr_noop("Cli", "afficher cette aide et quitter")
COMMANDS = tr_noop("Cli", "commandes")


def requested_language(args: Sequence[str], default: str = "fr") -> str:
    """The --lang value, read before parsing so that help and parsing errors are already in that language."""
    for index, arg in enumerate(args):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        if value in SUPPORTED_LANGUAGES:
            return value
    return default


def formatter_for(
    translate: Translate, base: type[argparse.HelpFormatter] = argparse.HelpFormatter
) -> type[argparse.HelpFormatter]:
    """A help formatter whose "usage:" prefix is translated, otherwise laid out like `base` (a parser that keeps
    its epilog's line breaks with RawDescriptionHelpFormatter keeps them)."""

    class TranslatedHelpFormatter(base):  # type: ignore[valid-type,misc]
        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
            super().add_usage(
                usage, actions, groups, Text(CONTEXT, USAGE).render(translate) if prefix is None else prefix
            )

    return TranslatedHelpFormatter


def translate_parser(parser: argparse.ArgumentParser, translate: Translate) -> argparse.ArgumentParser:
    """Translate argparse's own words in `parser` and, recursively, in its sub-command parsers."""
    parser.formatter_class = formatter_for(translate, parser.formatter_class)
    for group in parser._action_groups:
        if group.title == "options":
            group.title = Text(CONTEXT, OPTIONS).render(translate)
        elif group.title == "positional arguments":
            group.title = Text(CONTEXT, POSITIONALS).render(translate)
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = Text(CONTEXT, HELP).render(translate)
        if isinstance(action, argparse._SubParsersAction):
            action.metavar = action.metavar or "{" + ",".join(action.choices) + "}"
            for sub in action.choices.values():
                translate_parser(sub, translate)
    return parser
