"""The calm question about the past: "Ces étapes sont passées : les avez-vous faites ?" (issue 16, design.md 5).

Asked once at the first run and when a child or a birth is added, and reachable from Aujourd'hui ("Répondre")
while some past steps wait for an answer. Which steps are past is the core's answer (`summarize_day`
`past_to_confirm`); this dialog only records what the person says:
- "Oui, toutes": every step is marked done;
- one by one: the ticked steps are done, the others are put out of the way;
- "Je ne sais pas": every step is put out of the way (dismissed): never "en retard", still in the journey, where
  it can be marked done later.
A step said done gets the last day of its window as its day: the person knows it was done, not when, and it
cannot have been later.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.formatting import bidi_isolate, format_date
from parcours_app.core.journey_filters import child_label
from parcours_app.core.model import Event, Family
from parcours_app.core.text import fill_placeholders
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea

_translate = QCoreApplication.translate


class PastStepsDialog(QDialog):
    def __init__(
        self,
        controller: FamilyController,
        events: Sequence[Event],
        language: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("past-steps-dialog")
        self._controller = controller
        self.events = tuple(events)
        self.setWindowTitle(self.tr("Des étapes déjà passées"))
        self.question = QLabel(self.tr("Ces étapes sont passées : les avez-vous faites ?"), self)
        self.question.setObjectName("past-steps-question")
        self.question.setProperty("role", "h2")
        self.question.setWordWrap(True)
        self.explanation = QLabel(
            self.tr(
                "Elles se terminaient avant que vous utilisiez l'application : elles ne sont pas en retard. Cochez "
                "celles qui ont été faites. Celles que vous laissez restent de côté, retrouvables dans le parcours."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        family = controller.family or Family()
        self.boxes: list[QCheckBox] = []
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for event in self.events:
            box = QCheckBox(self._line(event, family, language), inner)  # QCheckBox text is always plain text
            box.setObjectName("past-step")
            box.setProperty("event_id", event.id)
            column.addWidget(box)
            self.boxes.append(box)
        column.addStretch(1)
        # A check box never wraps its text: at 200 % in Arabic a long step line scrolls sideways rather than being
        # clipped (seen in a real window: the year of the first line was cut off).
        scroll = VerticalScrollArea(inner, self, sideways=True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)  # the list of steps keeps its frame in the dialog
        scroll.setMinimumHeight(min(60 + 28 * len(self.boxes), 320))

        self.buttons = QDialogButtonBox(self)
        self.all_done_button = QPushButton(self.tr("&Oui, toutes"), self)
        self.all_done_button.setObjectName("past-all-done")
        self.save_button = QPushButton(self.tr("&Enregistrer mes réponses"), self)
        self.save_button.setObjectName("past-save")
        self.unknown_button = QPushButton(self.tr("&Je ne sais pas"), self)
        self.unknown_button.setObjectName("past-unknown")
        self.later_button = QPushButton(self.tr("&Plus tard"), self)
        self.later_button.setObjectName("past-later")
        self.buttons.addButton(self.all_done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.buttons.addButton(self.unknown_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.all_done_button.clicked.connect(self.answer_all_done)
        self.save_button.clicked.connect(self.answer_one_by_one)
        self.unknown_button.clicked.connect(self.answer_unknown)
        self.later_button.clicked.connect(self.reject)
        self.save_button.setEnabled(False)
        for box in self.boxes:
            box.toggled.connect(self._update_save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.explanation)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.all_done_button.setDefault(True)

    @staticmethod
    def _line(event: Event, family: Family, language: str) -> str:
        title = event.title.render(_translate)
        who = child_label(event, family)
        if who is not None:
            title = fill_placeholders(
                _translate("PastStepsDialog", "%1 — %2"), (title, bidi_isolate(who.render(_translate), language))
            )
        return fill_placeholders(
            _translate("PastStepsDialog", "%1 (jusqu'au %2)"), (title, format_date(event.end, language))
        )

    def _update_save(self) -> None:
        self.save_button.setEnabled(any(box.isChecked() for box in self.boxes))

    def _save(self, done: set[str]) -> None:
        states = []
        for event in self.events:
            state = self._controller.state_of(event.id)
            if event.id in done:
                states.append(dataclasses.replace(state, done_on=event.end, dismissed=False, snoozed_until=None))
            else:
                states.append(dataclasses.replace(state, dismissed=True))
        self._controller.set_states(states)
        self.accept()

    def answer_all_done(self) -> None:
        self._save({event.id for event in self.events})

    def answer_one_by_one(self) -> None:
        self._save({str(box.property("event_id")) for box in self.boxes if box.isChecked()})

    def answer_unknown(self) -> None:
        self._save(set())

    @classmethod
    def ask(
        cls, parent: QWidget | None, controller: FamilyController, events: Sequence[Event], language: str = "fr"
    ) -> bool:
        return cls(controller, events, language, parent).exec() == QDialog.DialogCode.Accepted
