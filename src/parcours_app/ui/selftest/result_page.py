"""The result of a completed questionnaire: in words, what to do next, whom to see, the helplines.

When item 10 is above 0 the crisis help comes first, above the result (core.epds decides `crisis_first`).
Nothing is kept unless the person ticks "Garder ce résultat sur cet ordinateur"; with `keep_allowed=False`
(consultation and reception modes) the box does not exist and nothing is ever written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core import epds
from parcours_app.core.formatting import isolate_ltr, rtl_paragraphs
from parcours_app.core.model import Respondent, SelfTestResult
from parcours_app.core.text import fill_placeholders
from parcours_app.export.selftest_pdf import SelftestSummary, draw_selftest_summary, write_selftest_pdf
from parcours_app.storage.store import FamilyStore
from parcours_app.ui import kiosk
from parcours_app.ui.crisis_panel import CrisisHelpPanel, HelplineCard
from parcours_app.ui.i18n import RetranslateMixin, current_language
from parcours_app.ui.widgets.emphasis import set_emphasis
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.text_label import text_label
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea

from .common import SelfTestDialogs, render

_BAND_STYLE = {
    # dark text on light tints (WCAG AA) and never colour alone: the headline says the band in words
    epds.Band.LOW: "background: #ecfdf5; border: 2px solid #047857; color: #064e3b;",
    epds.Band.MODERATE: "background: #fffbeb; border: 2px solid #b45309; color: #78350f;",
    epds.Band.HIGH: "background: #fef2f2; border: 2px solid #b91c1c; color: #7f1d1d;",
}


class ResultPage(RetranslateMixin, QWidget):
    """Shows one result. Emits `finished()` when the person leaves it."""

    finished = Signal()
    kept_changed = Signal()

    def __init__(
        self,
        result: epds.EpdsResult,
        questionnaire: epds.Questionnaire,
        respondent: Respondent,
        taken_on: dt.datetime,
        store: FamilyStore | None,
        keep_allowed: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selftest-result")
        self.result = result
        self.questionnaire = questionnaire
        self.respondent = respondent
        self.taken_on = taken_on
        self._store = store if keep_allowed else None  # reception/consultation: no store, so nothing can be written
        self.kept: SelfTestResult | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget(self)
        outer.addWidget(VerticalScrollArea(content, self, sideways=True))
        layout = QVBoxLayout(content)
        layout.setSpacing(10)

        self.crisis_panel: CrisisHelpPanel | None = None
        if result.crisis_first:
            self.crisis_panel = CrisisHelpPanel(
                content,
                crisis_message=render(result.crisis_message(questionnaire.agreement)),
                scrollable=False,
                part="crisis",
            )
            # in a crisis the numbers only: their sources stay in the detail and the about box (issue 16)
            for card in self.crisis_panel.findChildren(HelplineCard):
                card.source_label.setVisible(False)
            layout.addWidget(self.crisis_panel)

        self.summary_frame = QFrame(content)
        self.summary_frame.setObjectName("selftest-summary")
        # item 10 above 0 is never shown in the green "low" style next to the crisis numbers (core: shown_band)
        self.summary_frame.setStyleSheet(
            f"#selftest-summary {{ {_BAND_STYLE[result.shown_band]} border-radius: 8px; }}"
        )
        summary = QVBoxLayout(self.summary_frame)
        self.headline_label = text_label(
            parent=self.summary_frame, scale=1.4, bold=True, selectable=True, name="headline"
        )
        self.explanation_label = text_label(parent=self.summary_frame, scale=1.1, selectable=True, name="explanation")
        summary.addWidget(self.headline_label)
        summary.addWidget(self.explanation_label)
        layout.addWidget(self.summary_frame)
        # a shared screen (reception mode): the score only when the person asks for it (issue 17); the help stays
        self.reveal_button: QPushButton | None = None
        if kiosk.locked():
            self.reveal_button = QPushButton(content)
            self.reveal_button.setObjectName("selftest-reveal")
            layout.insertWidget(layout.indexOf(self.summary_frame), self.reveal_button)
            self.summary_frame.setVisible(False)
            self.reveal_button.clicked.connect(self.reveal)

        self.diagnosis_label = text_label(parent=content, selectable=True, name="not-a-diagnosis")
        # italic, but never for Arabic (ui/widgets/emphasis.py); the theme's text colour, readable in every theme
        set_emphasis(self.diagnosis_label)
        layout.addWidget(self.diagnosis_label)

        self.next_title = text_label(parent=content, scale=1.2, bold=True)
        layout.addWidget(self.next_title)
        self.step_labels: list[QLabel] = []
        for _ in result.next_steps():
            label = text_label(parent=content, selectable=True)
            self.step_labels.append(label)
            layout.addWidget(label)

        self.helplines_panel = CrisisHelpPanel(
            content, scrollable=False, part="others" if result.crisis_first else "all"
        )
        # a low score does not open on the large crisis cards: the help stays one click away
        self.show_help_button: QPushButton | None = None
        if result.shown_band is epds.Band.LOW:
            self.show_help_button = QPushButton(content)
            self.show_help_button.setObjectName("show-helplines")
            self.show_help_button.clicked.connect(self.show_helplines)
            self.helplines_panel.setVisible(False)
            layout.addWidget(self.show_help_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.helplines_panel)

        self.keep_box: QCheckBox | None = None
        self.keep_status = text_label(parent=content, name="keep-status")
        if self._store is not None:
            self.keep_box = QCheckBox(content)
            self.keep_box.setObjectName("keep-result")
            self.keep_box.setChecked(False)  # unticked by default: nothing is kept unless asked
            self.keep_box.toggled.connect(self._keep_toggled)
            layout.addWidget(self.keep_box)
        layout.addWidget(self.keep_status)

        self.source_label = text_label(parent=content, scale=0.9, selectable=True, name="source")
        self.source_label.setStyleSheet("color: #374151;")
        layout.addWidget(self.source_label)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_summary)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.finished.emit)
        for button in (self.pdf_button, self.print_button, self.done_button):
            button.setAutoDefault(True)
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.retranslate_ui()

    def show_helplines(self) -> None:
        self.helplines_panel.setVisible(True)
        if self.show_help_button is not None:
            self.show_help_button.setVisible(False)
        self.helplines_panel.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keeping ----------------------------------------------------------------------------------------------

    def _keep_toggled(self, keep: bool) -> None:
        assert self._store is not None and self.keep_box is not None
        try:
            if keep and self.kept is None:
                self.kept = self._store.save_selftest_result(
                    epds.kept_result(self.result, self.taken_on, self.respondent)
                )
            elif not keep and self.kept is not None and self.kept.id is not None:
                self._store.delete_selftest_result(self.kept.id)
                self.kept = None
        except Exception as error:  # a storage failure is shown, and the box says what is really kept
            with QSignalBlocker(self.keep_box):
                self.keep_box.setChecked(self.kept is not None)
            SelfTestDialogs.error(
                self,
                self.tr("Résultat non enregistré"),
                fill_placeholders(self.tr("Le résultat n'a pas pu être gardé ou effacé : %1"), (str(error),)),
            )
        self._update_keep_status()
        self.kept_changed.emit()

    def _update_keep_status(self) -> None:
        if self._store is None:
            self.keep_status.setText(
                self.tr("Dans ce mode, aucun résultat n'est gardé : tout s'efface quand vous fermez le questionnaire.")
            )
        elif self.kept is not None:
            self.keep_status.setText(
                self.tr("Ce résultat est gardé sur cet ordinateur. Décochez la case pour l'effacer.")
            )
        else:
            self.keep_status.setText(
                self.tr("Ce résultat n'est pas gardé : il s'effacera quand vous quitterez cette page.")
            )

    # --- PDF --------------------------------------------------------------------------------------------------

    def _summary(self) -> SelftestSummary:
        return SelftestSummary(
            self.result,
            self.questionnaire,
            self.respondent,
            self.taken_on,
            QCoreApplication.translate,
            current_language(),
        )

    def save_pdf(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / f"questionnaire-epds-{self.taken_on:%Y-%m-%d}.pdf"
        path = SelfTestDialogs.pdf_path(self, suggested)
        if path is None:
            return
        try:
            write_selftest_pdf(path, self._summary())
        except OSError as error:
            SelfTestDialogs.error(
                self,
                self.tr("PDF non enregistré"),
                fill_placeholders(self.tr("Le fichier %1 n'a pas pu être écrit : %2"), (str(path), str(error))),
            )
            return
        SelfTestDialogs.info(
            self,
            self.tr("PDF enregistré"),
            fill_placeholders(self.tr("Le résumé est enregistré dans %1. Vous pouvez l'imprimer."), (str(path),)),
        )

    def print_summary(self) -> None:
        printer = SelfTestDialogs.printer(self)
        if printer is None:
            return
        try:
            draw_selftest_summary(printer, self._summary())
        except (OSError, RuntimeError) as error:
            SelfTestDialogs.error(
                self,
                self.tr("Impression impossible"),
                fill_placeholders(self.tr("Le résumé n'a pas pu être imprimé : %1"), (str(error),)),
            )

    # --- text -------------------------------------------------------------------------------------------------

    def reveal(self) -> None:
        self.summary_frame.setVisible(True)
        if self.reveal_button is not None:
            self.reveal_button.setVisible(False)
        self.headline_label.setFocus()

    def retranslate_ui(self) -> None:
        if self.reveal_button is not None:
            set_control_text(
                self.reveal_button, self.tr("Afficher mon résultat"), self.tr("Afficher mon résultat (écran partagé)")
            )
        result, form, language = self.result, self.questionnaire.agreement, current_language()
        if self.crisis_panel is not None:
            self.crisis_panel.set_crisis_message(render(result.crisis_message(form)))
        # addressed to the respondent in her or his form; the quoted answer and numbers keep their order in Arabic
        self.headline_label.setText(rtl_paragraphs(render(result.headline(form)), language))
        self.explanation_label.setText(rtl_paragraphs(render(result.explanation(form, self.questionnaire)), language))
        self.summary_frame.setAccessibleName(render(result.headline(form)))
        self.diagnosis_label.setText(rtl_paragraphs(render(epds.NOT_A_DIAGNOSIS), language))
        self.next_title.setText(self.tr("Que faire maintenant, et qui voir ?"))
        if self.show_help_button is not None:
            set_control_text(self.show_help_button, self.tr("Voir les numéros d'aide et d'écoute"))
        for label, step in zip(self.step_labels, result.next_steps(form), strict=True):
            label.setText(rtl_paragraphs("•  " + render(step), language))
            label.setAccessibleName(render(step))
        if self.keep_box is not None:
            set_control_text(self.keep_box, self.tr("Garder ce résultat sur cet ordinateur"))
            self.keep_box.setAccessibleDescription(
                self.tr("Case non cochée : rien n'est gardé. Cochée : le résultat est ajouté à votre historique.")
            )
        self._update_keep_status()
        # the citations (Latin, with brackets and years) are isolated whole inside an Arabic line
        citation, original = (
            isolate_ltr(text, language) for text in (self.questionnaire.citation, self.questionnaire.original_citation)
        )
        self.source_label.setText(
            rtl_paragraphs(
                fill_placeholders(self.tr("Questionnaire : %1 Échelle originale : %2"), (citation, original))
                if self.questionnaire.citation != self.questionnaire.original_citation
                else fill_placeholders(self.tr("Questionnaire : %1"), (citation,)),
                language,
            )
        )
        set_control_text(self.pdf_button, self.tr("Enregistrer le résumé en PDF (à imprimer)"))
        set_control_text(self.print_button, self.tr("Imprimer…"), self.tr("Imprimer le résumé d'une page"))
        set_control_text(
            self.done_button, self.tr("Terminer"), self.tr("Terminer et revenir à l'accueil du questionnaire")
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # the first thing a keyboard or screen-reader user meets is the crisis message when there is one
        first = self.crisis_panel.message_label if self.crisis_panel is not None else self.headline_label
        first.setFocus(Qt.FocusReason.OtherFocusReason)
