"""The "Urgences et écoute" panel: emergency numbers, listening lines and associations, reachable from every screen.

The lines are data (`resources/content/helplines.toml`, read by `core.helplines`); this module only lays them out.
The main window opens the panel with `CrisisHelpDialog.show_for(parent)` (patchable in tests) or embeds
`CrisisHelpPanel` directly; the self-test's result page puts it first when item 10 is above 0.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.formatting import (
    format_date,
    isolate_ltr,
    rtl_paragraphs,
)
from parcours_app.core.helplines import TRANSLATION_CONTEXT, Helpline, HelplineKind, load_helplines
from parcours_app.core.text import fill_placeholders
from parcours_app.ui.i18n import RetranslateMixin, current_language
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea

_LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


def _data(text: str) -> str:
    """A French string from helplines.toml in the current language (the extractor collects the data strings)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text) if text else ""


def _label(parent: QWidget, *, word_wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(word_wrap)
    label.setAlignment(_LEADING)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        # keyboard-selectable labels are in the tab order, so a screen-reader user reaches every number
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


class HelplineCard(QFrame):
    """One line: its name, the number in large type, what it is for, when, and its source."""

    def __init__(self, line: Helpline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.setObjectName(f"helpline-{line.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("emergency", line.kind is HelplineKind.EMERGENCY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        self.name_label = _label(self)
        bold = QFont(self.name_label.font())
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.number_label = _label(self, selectable=True)
        big = QFont(self.number_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.number_label.setFont(big)
        self.purpose_label = _label(self)
        self.availability_label = _label(self)
        self.source_label = _label(self, selectable=True)
        small = QFont(self.source_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.source_label.setFont(small)
        for widget in (
            self.name_label,
            self.number_label,
            self.purpose_label,
            self.availability_label,
            self.source_label,
        ):
            layout.addWidget(widget)
        self.number_label.setVisible(bool(line.number))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        line, language = self.line, current_language()
        name, purpose, availability = _data(line.name), _data(line.purpose), _data(line.availability)
        # numbers, names and addresses keep their own order inside a right-to-left text (core.formatting)
        self.name_label.setText(rtl_paragraphs(name, language))
        self.number_label.setText(rtl_paragraphs(isolate_ltr(line.number, language), language))
        self.purpose_label.setText(rtl_paragraphs(purpose, language))
        self.availability_label.setText(rtl_paragraphs(availability, language))
        checked = format_date(line.checked, language)
        self.source_label.setText(
            rtl_paragraphs(
                fill_placeholders(
                    self.tr("Source : %1, %2 (vérifié le %3)"),
                    (isolate_ltr(_data(line.source_title), language), isolate_ltr(line.source_url, language), checked),
                ),
                language,
            )
        )
        spoken = fill_placeholders(self.tr("%1. Numéro : %2. %3 %4"), (name, line.number or "-", purpose, availability))
        self.setAccessibleName(name)
        self.setAccessibleDescription(spoken)
        self.number_label.setAccessibleName(fill_placeholders(self.tr("Numéro de %1 : %2"), (name, line.number)))
        self.source_label.setAccessibleName(fill_placeholders(self.tr("Source de %1"), (name,)))


class CrisisHelpPanel(RetranslateMixin, QWidget):
    """Every helpline grouped by use: urgent first, then listening lines, then associations.

    `crisis_message` (already translated) is shown above everything, for the self-test's item-10 case.
    `part` splits the list so a page can put the crisis lines first and the others further down:
    "all", "crisis" (3114, 15, 112: the lines marked crisis in the data) or "others" (every other line).
    """

    PARTS = ("all", "crisis", "others")

    def __init__(
        self, parent: QWidget | None = None, *, crisis_message: str = "", scrollable: bool = True, part: str = "all"
    ) -> None:
        super().__init__(parent)
        if part not in self.PARTS:
            raise ValueError(f"unknown helpline part {part!r}")
        self.setObjectName("crisis-help-panel")
        self._crisis_message = crisis_message
        self._part = part
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(8)

        self.title_label = _label(content)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleName("")
        layout.addWidget(self.title_label)

        self.message_label = _label(content, selectable=True)
        self.message_label.setObjectName("crisis-message")
        self.message_label.setVisible(bool(crisis_message))
        message_font = QFont(self.message_label.font())
        message_font.setBold(True)
        self.message_label.setFont(message_font)
        layout.addWidget(self.message_label)

        self.intro_label = _label(content)
        layout.addWidget(self.intro_label)

        self.cards: list[HelplineCard] = []
        self._section_labels: dict[HelplineKind, QLabel] = {}
        lines = [line for line in load_helplines() if part == "all" or (part == "crisis") == line.crisis]
        for kind in (HelplineKind.EMERGENCY, HelplineKind.LISTENING, HelplineKind.ASSOCIATION):
            heading = _label(content)
            heading_font = QFont(heading.font())
            heading_font.setBold(True)
            heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
            heading.setFont(heading_font)
            self._section_labels[kind] = heading
            layout.addWidget(heading)
            of_kind = [line for line in lines if line.kind is kind]
            heading.setVisible(bool(of_kind))
            for line in of_kind:
                card = HelplineCard(line, content)
                self.cards.append(card)
                layout.addWidget(card)
        layout.addStretch(1)

        if scrollable:
            outer.addWidget(VerticalScrollArea(content, self, sideways=True))
        else:
            outer.addWidget(content)
        self.setStyleSheet(
            "HelplineCard { background: #ffffff; border: 1px solid #8a8f98; border-radius: 6px; }"
            'HelplineCard[emergency="true"] { border: 2px solid #a4161a; background: #fff5f5; }'
            "#crisis-message { color: #7a0c0f; }"
        )
        self.retranslate_ui()

    def set_crisis_message(self, message: str) -> None:
        self._crisis_message = message
        self.message_label.setText(rtl_paragraphs(message, current_language()))
        self.message_label.setVisible(bool(message))

    def retranslate_ui(self) -> None:
        others = self._part == "others"
        self.title_label.setText(
            self.tr("Autres numéros utiles et associations") if others else self.tr("Urgences et écoute")
        )
        self.intro_label.setVisible(not others)
        language = current_language()
        set_control_text(self.message_label, rtl_paragraphs(self._crisis_message, language), self._crisis_message)
        self.intro_label.setText(
            rtl_paragraphs(
                self.tr(
                    "En cas de danger immédiat, appelez le 15 ou le 112. Si vous pensez à vous faire du mal, le 3114 "
                    "vous répond à toute heure. Ces appels sont gratuits."
                ),
                language,
            )
        )
        self._section_labels[HelplineKind.EMERGENCY].setText(self.tr("En cas d'urgence"))
        self._section_labels[HelplineKind.LISTENING].setText(self.tr("Pour parler à quelqu'un"))
        self._section_labels[HelplineKind.ASSOCIATION].setText(self.tr("Associations"))
        self.setAccessibleName(self.tr("Urgences et écoute"))
        for card in self.cards:
            card.retranslate_ui()


class CrisisHelpDialog(RetranslateMixin, QDialog):
    """A window holding the panel. Non-modal, so the person can keep it open beside the app."""

    def __init__(self, parent: QWidget | None = None, crisis_message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("crisis-help-dialog")
        self.resize(620, 700)
        layout = QVBoxLayout(self)
        self.panel = CrisisHelpPanel(self, crisis_message=crisis_message)
        layout.addWidget(self.panel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Urgences et écoute"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setAccessibleName(self.tr("Fermer la fenêtre Urgences et écoute"))

    @classmethod
    def show_for(cls, parent: QWidget | None, crisis_message: str = "") -> CrisisHelpDialog:
        """Open (or bring forward) the panel. Tests patch this class method."""
        if parent is not None:
            # one window per parent: pressing the button twice brings the open one forward instead of stacking
            for existing in parent.findChildren(CrisisHelpDialog):
                if existing.isVisible():
                    if crisis_message:
                        existing.panel.set_crisis_message(crisis_message)
                    existing.raise_()
                    existing.activateWindow()
                    return existing
        dialog = cls(parent, crisis_message)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
