"""A step of the journey as a card: a title, when, the status in words with a shape, and one primary action.

The home page builds its sections from these cards; a later restyling changes this one widget (object names and
the `tone` / `selected` properties are what the style sheet targets). Every text is plain text: a child's name or
an appointment typed by a person is never read as markup.

A card is also the visible target of the page's actions: a click, or focus from the keyboard, selects it (the
`selected` property draws it with a thicker border, and its accessible name says "choisie").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from parcours_app.ui.widgets.form_row import set_control_text

TONES = ("normal", "urgent", "catch-up", "calm", "done")


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class StepCard(QFrame):
    """One step: icon (a shape that differs by status, never colour alone), title, when, status, one action."""

    activated = Signal(str)  # the key (event id) of the card: Enter, double-click
    action_triggered = Signal(str)  # the primary action was pressed
    selected_changed = Signal(str)  # the card took the selection

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("step-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("tone", "normal")
        self.setProperty("selected", False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.icon = _plain_label(self, "step-card-icon")
        self.icon.setWordWrap(False)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.title = _plain_label(self, "step-card-title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.when = _plain_label(self, "step-card-when")
        self.status = _plain_label(self, "step-card-status")
        self.action = QPushButton(self)
        self.action.setObjectName("step-card-action")
        self.action.setVisible(False)
        self.action.clicked.connect(lambda: self.action_triggered.emit(self.key))
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.icon, 0, 0, 3, 1)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.when, 1, 1)
        grid.addWidget(self.status, 2, 1)
        grid.addWidget(self.action, 0, 2, 3, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        self._selected = False

    def set_content(self, icon: str, title: str, when: str, status: str, tone: str = "normal") -> None:
        self.icon.setText(icon)
        self.title.setText(title)
        self.when.setText(when)
        self.when.setVisible(bool(when))
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.setProperty("tone", tone if tone in TONES else "normal")
        # a mandatory deadline within the week stands out in shape too (a thicker frame), never by colour alone
        urgent = tone == "urgent"
        self.setFrameShape(QFrame.Shape.Box if urgent else QFrame.Shape.StyledPanel)
        self.setLineWidth(3 if urgent else 1)
        self._update_accessible()
        self._repolish()

    def set_action(self, text: str, description: str = "") -> None:
        """The one primary action ('' hides it)."""
        set_control_text(self.action, text, text.replace("&", ""))
        self.action.setAccessibleDescription(description)
        self.action.setVisible(bool(text))

    @property
    def is_selected(self) -> bool:
        return self._selected

    def set_selected(self, selected: bool) -> None:
        if selected == self._selected:
            return
        self._selected = selected
        self.setProperty("selected", selected)
        self._update_accessible()
        self._repolish()
        if selected:
            self.selected_changed.emit(self.key)

    def text_lines(self) -> list[str]:
        return [text for text in (self.title.text(), self.when.text(), self.status.text()) if text]

    def _update_accessible(self) -> None:
        self.setAccessibleName(", ".join(self.text_lines()))

    def _repolish(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    # --- input -------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.set_selected(True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.key)
        super().mouseDoubleClickEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.set_selected(True)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.key)
            return
        if event.key() == Qt.Key.Key_Space:
            self.set_selected(True)
            return
        super().keyPressEvent(event)
