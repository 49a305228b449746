"""Guard against a Qt binding that corrupts None's reference count (found in PySide6 6.12.0 with Python 3.11).

There every call of a method returning nothing (QLabel.setText, QPainter.setPen ...) dropped one reference to
None, and the interpreter aborted with "none_dealloc" after about ten thousand calls: a parent's app would crash
after minutes of use. pyproject.toml pins PySide6 below 6.12; this test fails if a version with the bug returns.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 2000  # well under the ~10,000 that abort, enough to see a steady loss


def test_void_widget_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("Parcours")
    assert sys.getrefcount(None) >= before - 10


def test_void_painter_calls_keep_none_alive(qtbot: QtBot) -> None:
    del qtbot  # a QApplication must exist for QPainter on an image
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        painter.setPen(QColor("black"))
        painter.fillRect(0, 0, 1, 1, QColor("white"))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 10


def test_signal_emits_and_none_returns_keep_singletons_alive(qtbot: QtBot) -> None:
    """The two other shapes of the same 6.12 bug: emit() lost a bool, parentWidget() of a window lost a None."""
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QWidget

    class Emitter(QObject):
        changed = Signal(object)

    emitter = Emitter()
    emitter.changed.connect(lambda _value: None)
    window = QWidget()
    qtbot.addWidget(window)
    before = {name: sys.getrefcount(value) for name, value in (("True", True), ("False", False), ("None", None))}
    for _ in range(CALLS):
        emitter.changed.emit(1)
        window.parentWidget()
        window.property("parcours-unset-property")
    after = {name: sys.getrefcount(value) for name, value in (("True", True), ("False", False), ("None", None))}
    assert all(after[name] >= before[name] - 10 for name in before), (before, after)
