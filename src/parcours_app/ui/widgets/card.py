"""A card: the one framed block of the design system (docs/IDENTITY.md), for a step, a message or a place.

A rounded frame in the theme's card colour with a thin stripe of the brand teal on its leading edge, a title
(type scale h3), an optional line saying when, an optional status line (icon + words, never colour alone) and
at most one primary action (`set_action`). Everything is styled by resources/styles/base.qss through the
`role` property, so the three themes and the text scale apply without code here. Subclasses (the home page's
step cards) add their own widgets to `body`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from parcours_app.ui.theme import spacing


def _label(role: str) -> QLabel:
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and dates may hold a person's words
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setVisible(False)
    return label


class Card(QFrame):
    """title / when / status labels and a `body` layout for the rest (buttons, details)."""

    def __init__(self, parent: QWidget | None = None, *, alert: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.stripe = QFrame(self)
        self.stripe.setProperty("role", "card-stripe")
        self.stripe.setFixedWidth(4)
        self.set_alert(alert)
        self.title = _label("h3")
        self.when = _label("body")
        self.status = _label("body")
        column = QVBoxLayout()
        column.setSpacing(spacing(self, "xs"))
        column.addWidget(self.title)
        column.addWidget(self.when)
        column.addWidget(self.status)
        self.action: QPushButton | None = None
        self.body = QVBoxLayout()
        self.body.setSpacing(spacing(self, "s"))
        column.addLayout(self.body)
        outer = QHBoxLayout(self)  # a QHBoxLayout mirrors right to left: the stripe stays on the leading edge
        margin = spacing(self, "m")
        outer.setContentsMargins(margin // 2, margin // 2, margin, margin // 2)
        outer.setSpacing(spacing(self, "s"))
        outer.addWidget(self.stripe)
        outer.addLayout(column, 1)

    def set_alert(self, alert: bool) -> None:
        """An alert card (a mandatory deadline within 7 days) has a stripe in the alert colour; its status says
        so in words too."""
        self.stripe.setProperty("tone", "alert" if alert else "")
        self.stripe.style().unpolish(self.stripe)
        self.stripe.style().polish(self.stripe)

    def set_action(self, button: QPushButton) -> QPushButton:
        """The card's one primary action (a button that names the step): filled in the theme's selection colours,
        at the card's leading edge. A second call replaces the first: a card has one primary action."""
        if self.action is not None:
            self.body.removeWidget(self.action)
            self.action.setParent(None)
        button.setProperty("role", "primary")
        button.setParent(self)
        self.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        self.action = button
        return button

    def set_texts(self, title: str, when: str = "", status: str = "") -> None:
        for label, text in ((self.title, title), (self.when, when), (self.status, status)):
            label.setText(text)
            label.setVisible(bool(text))
            label.setAccessibleName(text)
        self.setAccessibleName(". ".join(text for text in (title, when, status) if text))
