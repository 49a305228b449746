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
"""(context, French source text) -> text in the current language.

A translator may also have a `plural(context, source, count)` method answering plural messages (`%n`) with the
form the language's plural rules choose (the GUI's from Qt, the command line's from babel, ts_translator.py);
without it a plural text takes the French forms of its source (`french_plural`)."""

_PLACEHOLDER = re.compile(r"%(\d)")
_FRENCH_PLURAL_MARK = re.compile(r"\((s|x)\)")


def identity_translate(context: str, source: str) -> str:
    """The French source itself: the default when no translation is installed."""
    del context
    return source


def tr_noop(context: str, source: str) -> str:
    """Mark a constant for extraction into translations/ (like QT_TRANSLATE_NOOP) and return it unchanged."""
    del context
    return source


def french_plural(template: str, count: int) -> str:
    """The French form of a plural source for `count`: "(s)" and "(x)" dropped for 0 and 1 (CLDR French: "one"
    is i = 0 or 1), written out above; `%n` replaced by the count. "%n étape(s)" -> "1 étape", "2 étapes"."""
    text = _FRENCH_PLURAL_MARK.sub("" if abs(count) < 2 else r"\1", template)
    return text.replace("%n", str(count))


def plural_text(context: str, source: str, count: int, *args: str | Text) -> Text:
    """A counted text: `source` holds `%n` and the French plural marks, "%n étape(s) en retard"; each language
    gives one text per plural form (Qt's numerus messages, extracted with `numerus="yes"`)."""
    return Text(context, source, args, count)


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
    args: tuple[str | Text, ...] = ()
    count: int | None = None  # a plural text (`plural_text`): the number that chooses the form, written for %n

    def render(self, translate: Translate = identity_translate) -> str:
        """The text in the translator's language; an argument that is itself a Text (a count) is rendered too."""
        args = tuple(arg.render(translate) if isinstance(arg, Text) else arg for arg in self.args)
        if self.count is None:
            return fill_placeholders(translate(self.context, self.source), args)
        plural = getattr(translate, "plural", None)
        if plural is not None:
            template = str(plural(self.context, self.source, self.count))
        else:
            template = french_plural(translate(self.context, self.source), self.count)
        return fill_placeholders(template, args)

    def __str__(self) -> str:
        return self.render()
