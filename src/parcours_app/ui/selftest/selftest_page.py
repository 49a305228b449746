"""The self-test as one embeddable widget: start (who answers, which language), questionnaire, result, history.

A "Besoin d'aide maintenant ?" button sits above every screen and opens the "Urgences et écoute" panel.
With `keep_allowed=False` (consultation and reception modes) there is no history and nothing is ever kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core import epds
from parcours_app.core.clock import Clock
from parcours_app.core.epds import Agreement
from parcours_app.core.errors import ParcoursError
from parcours_app.core.model import Respondent
from parcours_app.storage.store import FamilyStore
from parcours_app.ui.crisis_panel import CrisisHelpDialog
from parcours_app.ui.i18n import RetranslateMixin, current_language
from parcours_app.ui.widgets.emphasis import set_emphasis
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.text_label import text_label
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea
from parcours_app.ui.widgets.wrap_radio import WrappingRadioButton

from .common import SelfTestDialogs, render
from .history_page import HistoryPage
from .questionnaire_page import QuestionnairePage
from .result_page import ResultPage

if TYPE_CHECKING:
    from parcours_app.ui.family_controller import FamilyController

# who answers -> (respondent stored with a kept result, French agreement of the wording)
_FORMS: tuple[tuple[Respondent, Agreement], ...] = (
    (Respondent.MOTHER, Agreement.FEMININE),
    (Respondent.OTHER_PARENT, Agreement.MASCULINE),
    (Respondent.OTHER_PARENT, Agreement.FEMININE),
)


class StartPage(RetranslateMixin, QWidget):
    """What the test is, who answers, in which language; then start or see the kept results."""

    def __init__(self, show_history: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selftest-start")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # scrolls rather than squeezes: large fonts (2x) and long translations must never clip a text
        content = QWidget(self)
        self.scroll_area = VerticalScrollArea(content, self)  # the choices wrap: never sideways
        outer.addWidget(self.scroll_area, 1)
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        self.title_label = text_label(parent=self, scale=1.4, bold=True)
        layout.addWidget(self.title_label)
        self.intro_label = text_label(parent=self, selectable=True)
        layout.addWidget(self.intro_label)
        self.privacy_label = text_label(parent=self, selectable=True)
        layout.addWidget(self.privacy_label)
        self.diagnosis_label = text_label(parent=self, selectable=True)
        set_emphasis(self.diagnosis_label)  # italic, but never for Arabic (ui/widgets/emphasis.py)
        layout.addWidget(self.diagnosis_label)

        self.who_box = QGroupBox(self)
        who_layout = QVBoxLayout(self.who_box)
        self.who_group = QButtonGroup(self)
        self.who_buttons: list[QRadioButton] = []
        for index in range(len(_FORMS)):
            button = WrappingRadioButton(self.who_box)
            button.setObjectName(f"selftest-who-{index}")
            button.setMinimumHeight(32)
            self.who_group.addButton(button, index)
            self.who_buttons.append(button)
            who_layout.addWidget(button)
        self.who_buttons[0].setChecked(True)
        layout.addWidget(self.who_box)

        self.language_box = QGroupBox(self)
        language_layout = QVBoxLayout(self.language_box)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for index, language in enumerate(epds.QUESTIONNAIRE_LANGUAGES):
            button = WrappingRadioButton(self.language_box)
            button.setObjectName(f"selftest-language-{language}")
            self.language_group.addButton(button, index)
            self.language_buttons[language] = button
            language_layout.addWidget(button)
        self.language_note = text_label(parent=self.language_box, selectable=True)
        language_layout.addWidget(self.language_note)
        layout.addWidget(self.language_box)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("selftest-start-button")
        self.start_button.setAutoDefault(True)
        self.start_button.setMinimumHeight(44)
        self.history_button = QPushButton(self)
        self.history_button.setAutoDefault(True)
        self.history_button.setMinimumHeight(44)
        self.history_button.setVisible(show_history)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate_ui()
        self.select_language_for_app()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter anywhere on the start screen starts (a focused button still takes Enter for itself first)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start_button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.who_buttons[max(0, self.who_group.checkedId())].setFocus(Qt.FocusReason.OtherFocusReason)

    def select_language_for_app(self) -> None:
        language, _reason = epds.questionnaire_language_for(current_language())
        self.language_buttons[language].setChecked(True)

    def choose_respondent(self, respondent: Respondent) -> None:
        """Check the first form for that person, or keep the current one when it is already theirs (the other
        parent's feminine or masculine wording stays as it was chosen)."""
        if _FORMS[max(0, self.who_group.checkedId())][0] is respondent:
            return
        index = next(i for i, (form_respondent, _agreement) in enumerate(_FORMS) if form_respondent is respondent)
        self.who_buttons[index].setChecked(True)

    def chosen_form(self) -> tuple[Respondent, Agreement, str]:
        respondent, agreement = _FORMS[max(0, self.who_group.checkedId())]
        language = next(code for code, button in self.language_buttons.items() if button.isChecked())
        return respondent, agreement, language

    antenatal = False

    def set_antenatal(self, on: bool) -> None:
        """During a pregnancy: the same validated questionnaire, the pregnancy's wording (epds.ANTENATAL_SOURCE)."""
        if on != self.antenatal:
            self.antenatal = on
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.scroll_area.setAccessibleName(self.tr("Présentation du questionnaire"))
        if self.antenatal:
            self.title_label.setText(self.tr("Questionnaire : comment vous sentez-vous pendant la grossesse ?"))
            self.intro_label.setText(
                self.tr(
                    "Ce questionnaire de 10 questions (l'échelle d'Édimbourg, EPDS) aide aussi à repérer une "
                    "dépression pendant la grossesse : il a été validé auprès de femmes enceintes, avec les mêmes "
                    "seuils qu'après la naissance. Il porte sur les 7 derniers jours et prend quelques minutes. "
                    "Vous pouvez l'arrêter à tout moment."
                )
            )
        else:
            self.title_label.setText(self.tr("Questionnaire : comment vous sentez-vous depuis la naissance ?"))
            self.intro_label.setText(
                self.tr(
                    "Ce questionnaire de 10 questions (l'échelle d'Édimbourg, EPDS) aide à repérer une dépression "
                    "après la naissance, qui touche une mère sur six environ et près d'un père sur dix. Il porte "
                    "sur les 7 derniers jours et prend quelques minutes. Vous pouvez l'arrêter à tout moment."
                )
            )
        self.privacy_label.setText(render(epds.PRIVACY_NOTE))
        self.diagnosis_label.setText(render(epds.NOT_A_DIAGNOSIS))
        self.who_box.setTitle(self.tr("Qui répond ?"))
        self.who_box.setAccessibleName(self.tr("Qui répond ?"))
        who_texts = (
            self.tr("La future mère (la personne enceinte)")
            if self.antenatal
            else self.tr("La mère (la personne qui a accouché)"),
            self.tr("L'autre parent, questions au masculin (« je me suis senti »)"),
            self.tr("L'autre parent, questions au féminin (« je me suis sentie »)"),
        )
        for button, text in zip(self.who_buttons, who_texts, strict=True):
            button.setText(text)
            button.setAccessibleName(text)
        self.language_box.setTitle(self.tr("Langue du questionnaire"))
        self.language_box.setAccessibleName(self.tr("Langue du questionnaire"))
        self.language_buttons["fr"].setText(self.tr("Français (version validée, Guedeney et Fermanian, 1998)"))
        self.language_buttons["en"].setText(self.tr("English (original version, Cox, Holden and Sagovsky, 1987)"))
        for button in self.language_buttons.values():
            button.setAccessibleName(button.text())
        _language, reason = epds.questionnaire_language_for(current_language())
        self.language_note.setText(
            render(reason)
            if reason
            else self.tr(
                "Le questionnaire n'existe ici qu'en français et en anglais, les deux versions validées par "
                "des études publiées : une traduction non validée changerait le sens des scores."
            )
        )
        set_control_text(self.start_button, self.tr("Commencer le questionnaire"))
        set_control_text(self.history_button, self.tr("Mes résultats gardés"))


class SelfTestPage(RetranslateMixin, QWidget):
    """The self-test screens in one widget, for the main window to embed."""

    def __init__(
        self,
        store: FamilyStore | None,
        clock: Clock,
        keep_allowed: bool,
        parent: QWidget | None = None,
        controller: FamilyController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selftest-page")
        self._controller = controller  # to know whether the family is expecting (antenatal wording, issue 17)
        self.store = store if keep_allowed else None
        self.clock = clock
        self.keep_allowed = keep_allowed and store is not None
        self.questionnaire_page: QuestionnairePage | None = None
        self.result_page: ResultPage | None = None
        self._respondent = Respondent.MOTHER

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addStretch(1)
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("selftest-help-now")
        self.help_button.setAutoDefault(True)
        self.help_button.setMinimumHeight(40)
        self.help_button.setStyleSheet(
            "QPushButton { background: #a4161a; color: #ffffff; font-weight: bold; padding: 6px 16px;"
            " border: 3px solid #a4161a; border-radius: 6px; }"
            " QPushButton:focus { border: 3px solid #111827; }"
        )
        self.help_button.clicked.connect(self.open_help)
        header.addWidget(self.help_button)
        layout.addLayout(header)

        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.start_page = StartPage(self.keep_allowed, self.stack)
        self.start_page.start_button.clicked.connect(self.start)
        self.start_page.history_button.clicked.connect(self.show_history)
        self.stack.addWidget(self.start_page)
        self.history_page: HistoryPage | None = None
        if self.keep_allowed and self.store is not None:
            self.history_page = HistoryPage(self.store, self.stack)
            self.history_page.closed.connect(self.show_start)
            self.stack.addWidget(self.history_page)
        self.retranslate_ui()

    def open_help(self) -> None:
        message = ""
        if self.result_page is not None and self.stack.currentWidget() is self.result_page:
            message = render(self.result_page.result.crisis_message(self.result_page.questionnaire.agreement))
        CrisisHelpDialog.show_for(self, message)

    def is_pregnant(self) -> bool:
        family = self._controller.family if self._controller is not None else None
        if family is None:
            return False
        from parcours_app.core.family_edit import current_pregnancy

        return current_pregnancy(family) is not None

    def showEvent(self, event: QShowEvent) -> None:
        self.start_page.set_antenatal(self.is_pregnant())
        super().showEvent(event)

    def start(self) -> None:
        respondent, agreement, language = self.start_page.chosen_form()
        try:
            questionnaire = epds.load_questionnaire(language, respondent, agreement)
        except ParcoursError as error:
            SelfTestDialogs.error(self, self.tr("Questionnaire indisponible"), render(error.message))
            return
        self._respondent = respondent
        self._drop(self.questionnaire_page)
        self.questionnaire_page = QuestionnairePage(questionnaire, self.stack)
        self.questionnaire_page.completed.connect(self._completed)
        self.questionnaire_page.abandoned.connect(self.show_start)
        self.stack.addWidget(self.questionnaire_page)
        self.stack.setCurrentWidget(self.questionnaire_page)

    def _completed(self, result: epds.EpdsResult) -> None:
        assert self.questionnaire_page is not None
        if self.start_page.antenatal:
            result = epds.for_pregnancy(result)
        self._drop(self.result_page)
        self.result_page = ResultPage(
            result,
            self.questionnaire_page.questionnaire,
            self._respondent,
            self.clock.now(),
            self.store,
            self.keep_allowed,
            self.stack,
        )
        self.result_page.finished.connect(self.show_start)
        self.stack.addWidget(self.result_page)
        self.stack.setCurrentWidget(self.result_page)
        self._drop(self.questionnaire_page)
        self.questionnaire_page = None

    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_page)
        # answers and an unkept result leave memory as soon as the person leaves them
        for page in (self.questionnaire_page, self.result_page):
            self._drop(page)
        self.questionnaire_page = None
        self.result_page = None
        self.start_page.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_for(self, respondent: Respondent | None = None) -> None:
        """The start screen with who answers already chosen (from Aujourd'hui); None keeps the current choice.

        Answers in progress are dropped like any left questionnaire: nothing is kept unless asked.
        """
        self.show_start()
        if respondent is not None:
            self.start_page.choose_respondent(respondent)
        checked = self.start_page.who_buttons[max(0, self.start_page.who_group.checkedId())]
        checked.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_history(self) -> None:
        if self.history_page is None:
            return
        self.history_page.refresh()
        self.stack.setCurrentWidget(self.history_page)
        self.history_page.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop(self, page: QWidget | None) -> None:
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()

    def retranslate_ui(self) -> None:
        self.help_button.setText(self.tr("Besoin d'aide maintenant ?"))
        self.help_button.setAccessibleName(
            self.tr("Besoin d'aide maintenant ? Ouvrir les numéros d'urgence et d'écoute")
        )
        self.help_button.setToolTip(self.tr("Numéros d'urgence et d'écoute : 3114, 15, 112 et d'autres"))
