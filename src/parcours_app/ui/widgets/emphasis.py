"""Emphasis that every script can show: italic in left-to-right languages, upright in right-to-left ones.

Arabic has no italic in most fonts (DejaVu, the default on many Linux desktops, has none): Qt then draws the
Arabic letters of an italic font as empty boxes. So no widget sets italic itself (no `setItalic`, no
`font-style: italic` in a style sheet); it calls `set_emphasis(widget)`, which sets italic only while the
widget's layout is left to right and re-evaluates it when the language or the layout direction changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

# A Python attribute, not a Qt property: reading an unset Qt property returns None, which PySide6 6.12 on
# CPython 3.11 over-releases (docs/notes/i18n.md).
_MARK = "_parcours_emphasis"


def emphasis_is_italic(widget: QWidget) -> bool:
    """Whether emphasis is drawn in italic for this widget now (left-to-right layout only)."""
    return widget.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _apply(widget: QWidget) -> None:
    italic = emphasis_is_italic(widget)
    if widget.font().italic() == italic:
        return
    font = widget.font()
    font.setItalic(italic)
    widget.setFont(font)


class _EmphasisFilter(QObject):
    """One filter for every emphasised widget: follows LanguageChange and LayoutDirectionChange."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.LanguageChange) and isinstance(
            watched, QWidget
        ):
            _apply(watched)
        return False


_FILTER: _EmphasisFilter | None = None


def _filter() -> _EmphasisFilter:
    global _FILTER
    if _FILTER is None:
        _FILTER = _EmphasisFilter()  # kept by this module, not parented: it outlives any one application object
    return _FILTER


def set_emphasis(widget: QWidget) -> None:
    """Emphasise the widget's text: italic when laid out left to right, upright (never boxes) right to left."""
    if not getattr(widget, _MARK, False):
        setattr(widget, _MARK, True)
        widget.installEventFilter(_filter())
    _apply(widget)
