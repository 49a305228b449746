"""The measures of a button's text that wraps, shared by `WrappingButton` and `WrappingRadioButton`.

A button of this kind prefers its text on one line (`size_hint`), needs only its longest word (`minimum_size_hint`),
and tells layouts its height for a width (`height_for_width`), like a word-wrapped label. `chrome` is what the
style adds around one line of text (bevel, indicator, padding, border), measured by each kind of button.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
SLACK = 2  # a pixel or so of rounding between the measured and the drawn text


def text_size(button: QAbstractButton, width: int) -> QSize:
    """The text's size wrapped at `width` pixels."""
    metrics = QFontMetrics(button.font())
    return metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), int(FLAGS), button.text()).size()


def size_hint(button: QAbstractButton, chrome: QSize) -> QSize:
    one_line = text_size(button, 100_000)
    return QSize(
        one_line.width() + chrome.width() + SLACK, max(button.minimumHeight(), one_line.height() + chrome.height())
    )


def minimum_size_hint(button: QAbstractButton, chrome: QSize) -> QSize:
    metrics = QFontMetrics(button.font())
    longest = max((metrics.horizontalAdvance(word) for word in button.text().replace("&", "").split()), default=0)
    return QSize(longest + chrome.width() + SLACK, max(button.minimumHeight(), metrics.height() + chrome.height()))


def height_for_width(button: QAbstractButton, chrome: QSize, width: int) -> int:
    return max(button.minimumHeight(), text_size(button, width - chrome.width() - SLACK).height() + chrome.height())


class WrappedTextMixin:
    """The size methods of a button whose text wraps; the button class gives `_chrome()` (put the mixin first:
    `class WrappingButton(WrappedTextMixin, QPushButton)`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[call-arg]  # the Qt button after this mixin in the class's bases
        # Preferred both ways: a radio button's own policy (Minimum, Fixed) would hold it to its one-line width
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self._button().setSizePolicy(policy)

    def _chrome(self) -> QSize:
        raise NotImplementedError

    def _button(self) -> QAbstractButton:
        assert isinstance(self, QAbstractButton)
        return self

    def sizeHint(self) -> QSize:
        return size_hint(self._button(), self._chrome())

    def minimumSizeHint(self) -> QSize:
        return minimum_size_hint(self._button(), self._chrome())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return height_for_width(self._button(), self._chrome(), width)
