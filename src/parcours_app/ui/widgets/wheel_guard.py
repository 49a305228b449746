"""Date, number and combo fields never change under the mouse wheel unless they have the keyboard focus.

Scrolling a long page with the wheel used to change "Reporter au" or the number of babies when the pointer passed
over them (issue 16). The pattern novelWriter uses: such a field takes focus by click or Tab only (never by wheel),
and a wheel event that reaches it without focus is handed to its parents, so the page scrolls instead.

`guard_wheel(*fields)` guards given fields; `install_wheel_guard(app)` guards every spin box, date edit and combo
box of the application as it is polished.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

GUARDED_TYPES = (QAbstractSpinBox, QComboBox)


class _WheelGuard(QObject):
    """Drops the wheel from an unfocused field: ignored, so Qt hands it to the parents (the scroll area)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, QWidget) and _guarded(watched):
            field = _field_of(watched)
            if field is not None and not field.hasFocus():
                event.ignore()
                return True  # "handled" but not accepted: QApplication passes it on to the parent widgets
        elif kind == QEvent.Type.Polish and isinstance(watched, GUARDED_TYPES):
            _no_wheel_focus(watched)
        return False


def _field_of(widget: QWidget) -> QWidget | None:
    """The guarded field itself, for the field or its inner line edit."""
    current: QWidget | None = widget
    for _ in range(3):
        if current is None:
            return None
        if isinstance(current, GUARDED_TYPES) or current.property("wheel_guarded") is True:
            return current
        current = current.parentWidget()
    return None


def _guarded(widget: QWidget) -> bool:
    return _field_of(widget) is not None


def _no_wheel_focus(field: QWidget) -> None:
    policy = field.focusPolicy()
    if policy == policy.WheelFocus:
        field.setFocusPolicy(policy.StrongFocus)


_GUARD: _WheelGuard | None = None


def _guard() -> _WheelGuard:
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    return _GUARD


def guard_wheel(*fields: QWidget) -> None:
    """Guard these fields (and their inner line edits) against the wheel while they do not have focus."""
    guard = _guard()
    for field in fields:
        field.setProperty("wheel_guarded", True)
        _no_wheel_focus(field)
        field.installEventFilter(guard)
        for child in field.findChildren(QWidget):
            child.installEventFilter(guard)


def install_wheel_guard(app: QCoreApplication) -> None:
    """Guard every spin box, date edit and combo box of the application."""
    app.installEventFilter(_guard())
