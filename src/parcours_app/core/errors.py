"""The engine's own error types. Every invalid input raises one of these, never a bare exception."""

from __future__ import annotations

from .text import Text, Translate, identity_translate


class ParcoursError(Exception):
    """Base of every error the core raises on purpose. Carries a translatable message saying what to fix."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.render())
        self.message = message

    def render(self, translate: Translate = identity_translate) -> str:
        return self.message.render(translate)


class InputError(ParcoursError):
    """The dates or options a person typed cannot give a calendar (impossible, contradictory, out of range)."""


class CatalogError(ParcoursError):
    """A rule or content data file is malformed. The message names the file and the entry."""
