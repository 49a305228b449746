"""Translatable user-facing text that the core can produce without knowing any translation machinery.

The core writes French (the source language of the app). A display layer renders each `Text` through a
`Translate` function: the GUI passes `QCoreApplication.translate`, the command line a translator read from the
`.ts` files. Placeholders follow Qt's convention (%1, %2 ...) so the same source strings serve Qt Linguist.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str], str]
"""(context, French source text) -> text in the current language."""

_PLACEHOLDER = re.compile(r"%(\d)")


def identity_translate(context: str, source: str) -> str:
    """The French source itself: the default when no translation is installed."""
    del context
    return source


def tr_noop(context: str, source: str) -> str:
    """Mark a constant for extraction into translations/ (like QT_TRANSLATE_NOOP) and return it unchanged."""
    del context
    return source


def fill_placeholders(template: str, args: tuple[str, ...]) -> str:
    """Replace %1..%9 with args, as QString.arg would, leaving unknown placeholders visible."""

    def substitute(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(substitute, template)


@dataclass(frozen=True, slots=True)
class Text:
    """A French source string with its translation context and the values of its %n placeholders."""

    context: str
    source: str
    args: tuple[str, ...] = ()

    def render(self, translate: Translate = identity_translate) -> str:
        return fill_placeholders(translate(self.context, self.source), self.args)

    def __str__(self) -> str:
        return self.render()
