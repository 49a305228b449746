"""Every --help of the command line in the chosen language: `parcours --help`, `parcours calendar --help`,
`parcours leave --help`,
`parcours data --help` and each `parcours data <command> --help`, argparse's own words ("usage:", "options:",
"show this help message and exit") included. Run in-process (the parsers exit through SystemExit)."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from parcours_app.argparse_i18n import requested_language
from parcours_app.cli import run_cli
from parcours_app.ts_translator import read_ts, ts_path
from parcours_app.ui.app import parse_options

DATA_COMMANDS = ("export", "import", "backup", "restore", "check")
ARGPARSE_ENGLISH = ("usage:", "options:", "positional arguments", "show this help message")
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _help(args: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        if args and args[0] in ("calendar", "data", "leave"):
            run_cli(args)
        else:
            parse_options(args)
    return out.getvalue()


def _all_helps(language: str) -> dict[str, str]:
    lang = ["--lang", language]
    helps = {
        "parcours --help": _help([*lang, "--help"]),
        "calendar --help": _help(["calendar", *lang, "--help"]),
        "leave --help": _help(["leave", *lang, "--help"]),
        "data --help": _help(["data", *lang, "--help"]),
    }
    helps.update({f"data {command} --help": _help(["data", command, *lang, "--help"]) for command in DATA_COMMANDS})
    return helps


def _french_help_sources(language: str = "en") -> set[str]:
    """The French help texts: every Cli/storage source that a help screen shows, taken from the .ts, except
    those whose translation is the same word ("options" in English, the region codes typed as they are)."""
    shown = "\n".join(_all_helps("fr").values())
    return {
        message.source.strip()
        for message in read_ts(ts_path(language))
        if message.context in ("Cli", "storage")
        and len(message.source.strip()) > 6
        and "%" not in message.source
        and message.source.strip() in shown
        and message.source.strip() not in message.translation
    }


def test_french_help_is_all_french() -> None:
    for where, text in _all_helps("fr").items():
        assert text.startswith("utilisation : parcours"), where
        assert "options :" in text or "options:" in text, where
        assert not any(word in text for word in ("usage:", "show this help message")), where
    assert len(_french_help_sources()) >= 20


@pytest.mark.parametrize("language", ["en", "ar"])
def test_help_has_no_french_and_no_argparse_english(language: str) -> None:
    french = _french_help_sources(language)
    for where, text in _all_helps(language).items():
        assert text, where
        left = [source for source in french if source in text]
        assert left == [], f"{where} ({language}) still in French: {left}"
        for word in ("AAAA-MM-JJ", "FICHIER", "DOSSIER", "SAUVEGARDE", "DÉBUT", "utilisation"):
            assert word not in text, (where, word)
        if language == "ar":
            assert text.startswith("الاستخدام: parcours"), where
            assert not any(word in text for word in ARGPARSE_ENGLISH), where
            assert ARABIC.search(text.split("\n", 2)[-1]), where
        else:
            assert text.startswith("usage: parcours"), where


def test_the_language_is_read_before_parsing() -> None:
    assert requested_language(["data", "--lang", "ar", "--help"]) == "ar"
    assert requested_language(["--lang=en"]) == "en"
    assert requested_language(["--lang", "xx"]) == "fr"
