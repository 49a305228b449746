"""One EPDS item at a time, with large answers, fully usable from the keyboard.

Keys: arrows or 1-4 choose an answer, Enter goes on, Backspace or Alt+Left goes back, Alt+Right goes on,
Escape abandons (with a confirmation). The answers are indexes into the printed options; the points come from
the questionnaire data through `core.epds.score_choices`.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core import epds
from parcours_app.core.errors import InputError
from parcours_app.core.text import fill_placeholders
from parcours_app.ui.i18n import RetranslateMixin
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.text_label import text_label
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea
from parcours_app.ui.widgets.wrap_radio import WrappingRadioButton

from .common import SelfTestDialogs, render

_ANSWER_STYLE = """
QRadioButton {
    padding: 12px 14px; border: 1px solid #6b7280; border-radius: 8px; background: #ffffff; color: #111827;
    spacing: 12px;
}
QRadioButton:hover { background: #eef2ff; }
QRadioButton:checked { border: 3px solid #1d4ed8; background: #e0e7ff; }
QRadioButton:focus { border: 3px solid #111827; }
QRadioButton:checked:focus { border: 3px solid #1d4ed8; outline: 2px solid #111827; }
QRadioButton::indicator { width: 22px; height: 22px; }
"""


_PAGE_KEYS = frozenset(
    {
        Qt.Key.Key_1,
        Qt.Key.Key_2,
        Qt.Key.Key_3,
        Qt.Key.Key_4,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
    }
)


class QuestionnairePage(RetranslateMixin, QWidget):
    """Shows `questionnaire` item by item. Emits `completed(EpdsResult)` or `abandoned()`."""

    completed = Signal(object)
    abandoned = Signal()

    def __init__(self, questionnaire: epds.Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selftest-questionnaire")
        self.questionnaire = questionnaire
        self.choices: list[int | None] = [None] * len(questionnaire.items)
        self.index = 0

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # scrolls rather than squeezes: large fonts (2x) and long translations must never clip a text
        content = QWidget(self)
        self.scroll_area = VerticalScrollArea(content, self)  # the answers wrap: never sideways
        outer.addWidget(self.scroll_area, 1)
        self.scroll_area.installEventFilter(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.progress_label = text_label(parent=self, bold=True, name="selftest-progress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, len(questionnaire.items))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(220)
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.progress_bar)
        layout.addLayout(top)

        self.period_label = text_label(parent=self, name="selftest-period")
        layout.addWidget(self.period_label)
        self.question_label = text_label(parent=self, scale=1.35, bold=True, name="selftest-question")
        layout.addWidget(self.question_label)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.answer_buttons: list[QRadioButton] = []
        answers = QVBoxLayout()
        answers.setSpacing(8)
        answer_font = QFont(self.font())
        answer_font.setPointSizeF(answer_font.pointSizeF() * 1.2)
        for position in range(4):
            button = WrappingRadioButton(self)
            button.setObjectName(f"selftest-answer-{position + 1}")
            button.setFont(answer_font)
            button.setMinimumHeight(52)
            button.setStyleSheet(_ANSWER_STYLE)
            button.installEventFilter(self)
            self.group.addButton(button, position)
            self.answer_buttons.append(button)
            answers.addWidget(button)
        self.group.idClicked.connect(self._choose)
        layout.addLayout(answers)

        self.status_label = text_label(parent=self, name="selftest-status")
        self.status_label.setStyleSheet("color: #7a0c0f;")
        layout.addWidget(self.status_label)
        self.keys_label = text_label(parent=self, scale=0.9, name="selftest-keys")
        self.keys_label.setStyleSheet("color: #374151;")
        layout.addWidget(self.keys_label)
        layout.addStretch(1)

        nav = QHBoxLayout()
        self.abandon_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        for nav_button in (self.abandon_button, self.back_button, self.next_button):
            nav_button.setAutoDefault(True)  # Enter on a focused button presses that button
            nav_button.setMinimumHeight(40)
        self.abandon_button.clicked.connect(self.ask_abandon)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        nav.addWidget(self.abandon_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)

        self.setTabOrder(self.answer_buttons[-1], self.back_button)
        self.setTabOrder(self.back_button, self.next_button)
        self.setTabOrder(self.next_button, self.abandon_button)
        self.retranslate_ui()

    # --- navigation -------------------------------------------------------------------------------------------

    def _choose(self, position: int) -> None:
        self.choices[self.index] = position
        self.status_label.clear()
        self.next_button.setEnabled(True)

    def select_answer(self, position: int) -> None:
        if 0 <= position < len(self.answer_buttons):
            button = self.answer_buttons[position]
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            self._choose(position)

    def go_next(self) -> None:
        if self.choices[self.index] is None:
            self.status_label.setText(self.tr("Choisissez une réponse pour continuer."))
            return
        if self.index + 1 < len(self.choices):
            self.index += 1
            self._show_item()
            return
        try:
            result = epds.score_choices(self.questionnaire, [choice for choice in self.choices if choice is not None])
        except InputError as error:  # cannot happen with every item answered, but never swallow it
            self.status_label.setText(render(error.message))
            return
        self.completed.emit(result)

    def go_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_item()

    def ask_abandon(self) -> None:
        if SelfTestDialogs.confirm(
            self,
            self.tr("Abandonner le questionnaire"),
            self.tr("Abandonner le questionnaire ? Vos réponses seront effacées et rien ne sera gardé."),
        ):
            self.choices = [None] * len(self.choices)
            self.abandoned.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Qt's radio buttons move the focus with the arrows but check nothing while none is checked:
        # here the arrows always choose, so a keyboard user sees and hears the answer change
        if watched in self.answer_buttons and event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            if key_event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Right) and not (
                key_event.modifiers() & Qt.KeyboardModifier.AltModifier
            ):
                self._move_choice(+1 if key_event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1)
                return True
        if watched is self.scroll_area and event.type() == QEvent.Type.KeyPress:
            # keys bubbling up from the page would be eaten by the scroll area (it scrolls on arrows): ours first
            key_event = cast(QKeyEvent, event)
            if key_event.key() in _PAGE_KEYS:
                self.keyPressEvent(key_event)
                return key_event.isAccepted()
        return super().eventFilter(watched, event)

    def _move_choice(self, step: int) -> None:
        current = self.choices[self.index]
        if current is None:
            self.select_answer(0 if step > 0 else len(self.answer_buttons) - 1)
        else:
            self.select_answer(max(0, min(len(self.answer_buttons) - 1, current + step)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4 and not alt:
            self.select_answer(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (alt and key == Qt.Key.Key_Right):
            self.go_next()
        elif key == Qt.Key.Key_Backspace or (alt and key == Qt.Key.Key_Left):
            self.go_back()
        elif key == Qt.Key.Key_Escape:
            self.ask_abandon()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):  # the focus is elsewhere (a navigation button)
            self._move_choice(+1 if key == Qt.Key.Key_Down else -1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- display ----------------------------------------------------------------------------------------------

    def _show_item(self) -> None:
        item = self.questionnaire.items[self.index]
        total = len(self.questionnaire.items)
        self.progress_label.setText(fill_placeholders(self.tr("Question %1 sur %2"), (str(self.index + 1), str(total))))
        self.progress_bar.setValue(self.index + 1)
        self.progress_bar.setAccessibleName(self.progress_label.text())
        set_control_text(self.question_label, item.text, item.text)
        self.group.setExclusive(False)  # lets every button be unchecked before showing the saved answer
        for position, (button, option) in enumerate(zip(self.answer_buttons, item.options, strict=True)):
            button.setChecked(False)
            button.setText(f"{position + 1}   {option.label}")
            button.setAccessibleName(option.label)
            # the focus lands on an answer, so its description carries the question for screen-reader users
            button.setAccessibleDescription(
                fill_placeholders(
                    self.tr("%1 : %2. Réponse %3 sur 4, touche %3."),
                    (self.progress_label.text(), item.text, str(position + 1)),
                )
            )
        self.group.setExclusive(True)
        chosen = self.choices[self.index]
        if chosen is not None:
            self.answer_buttons[chosen].setChecked(True)
        self.answer_buttons[chosen or 0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.status_label.clear()
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(chosen is not None)
        last = self.index + 1 == total
        set_control_text(self.next_button, self.tr("Voir le résultat") if last else self.tr("Suivant"))

    def retranslate_ui(self) -> None:
        self.period_label.setText(self.tr("Au cours des 7 derniers jours :"))
        self.keys_label.setText(
            self.tr(
                "Clavier : flèches ou touches 1 à 4 pour choisir, Entrée pour continuer, Retour arrière pour "
                "revenir, Échap pour abandonner."
            )
        )
        set_control_text(self.abandon_button, self.tr("Abandonner"), self.tr("Abandonner le questionnaire"))
        set_control_text(self.back_button, self.tr("Précédent"), self.tr("Question précédente"))
        self._show_item()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        chosen = self.choices[self.index]
        self.answer_buttons[chosen or 0].setFocus(Qt.FocusReason.OtherFocusReason)
