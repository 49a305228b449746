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
