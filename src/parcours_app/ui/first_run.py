"""The first-run setup and the dialogs that change the family later (dates, birth, another child, new pregnancy).

The form only gathers what the person typed into core objects; the core decides whether they make a calendar
(`build_journey` raises InputError with a message saying what to fix). The result is shown at once under the
form, from the same core functions the home page uses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.dating import date_pregnancy, gestational_age
from parcours_app.core.errors import ParcoursError
from parcours_app.core.family_edit import (
    add_child,
    add_pregnancy,
    current_pregnancy,
    record_birth,
    replace_pregnancy,
)
from parcours_app.core.model import Child, DateKind, Family, Pregnancy, Region
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.i18n import RetranslateMixin
from parcours_app.ui.journey.texts import current_language
from parcours_app.ui.widgets.date_field import DateField
from parcours_app.ui.widgets.form_row import add_form_row, set_control_text, set_row_text
from parcours_app.ui.widgets.plain_text import plain_text_label
from parcours_app.ui.widgets.question import ask_yes_no
from parcours_app.ui.widgets.vertical_scroll import scroll_whole_page
from parcours_app.ui.widgets.wheel_guard import guard_wheel

Preview = Callable[[Family], str]  # the result line for a family, or raises ParcoursError


def render_error(error: ParcoursError) -> str:
    from PySide6.QtCore import QCoreApplication

    return error.render(QCoreApplication.translate)


POST_TERM_WEEKS = 43  # the DPA is at 41 SA; two weeks later a pregnancy that still runs is very unlikely


class FamilyQuestions:
    """The questions the family dialogs ask, behind class methods that tests patch."""

    @classmethod
    def baby_born(cls, parent: QWidget | None, weeks: int) -> bool | None:
        """ "À 48 SA, le bébé est-il déjà né ?" True: yes, False: no, None: cancelled."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("FamilyQuestions", "Le bébé est-il né ?"))
        box.setText(
            QCoreApplication.translate(
                "FamilyQuestions", "Ces dates donnent %1 SA aujourd'hui, bien après le terme. Le bébé est-il déjà né ?"
            ).replace("%1", str(weeks))
        )
        born = box.addButton(
            QCoreApplication.translate("FamilyQuestions", "Oui, il est né"), QMessageBox.ButtonRole.YesRole
        )
        box.addButton(QCoreApplication.translate("FamilyQuestions", "Non, pas encore"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is born:
            return True
        if box.buttonRole(clicked) == QMessageBox.ButtonRole.NoRole:
            return False
        return None

    @classmethod
    def remove_appointments(cls, parent: QWidget | None, lines: list[str]) -> bool:
        """Prenatal appointments booked after the birth date: remove them?"""
        return ask_yes_no(
            parent,
            QCoreApplication.translate("FamilyQuestions", "Rendez-vous après la naissance"),
            QCoreApplication.translate(
                "FamilyQuestions",
                "Ces rendez-vous de grossesse étaient prévus après la date de naissance :\n%1\n\nLes supprimer ?",
            ).replace("%1", "\n".join(lines)),
        )


def weeks_today(family: Family, today: dt.date) -> int | None:
    """Completed SA today of the family's ongoing pregnancy, or None."""
    pregnancy = current_pregnancy(family)
    if pregnancy is None:
        return None
    try:
        dates = date_pregnancy(pregnancy)
    except ParcoursError:
        return None
    if today < dates.ddr:
        return None
    return gestational_age(dates.ddr, today).weeks


class PregnancyFields(RetranslateMixin, QWidget):
    """Any one of the DDR, the conception / first-scan date or the due date; twins; children already at home."""

    changed = Signal()

    def __init__(self, ask_children_before: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self._original: Pregnancy | None = None
        self._loading = True  # filling the fields from a saved pregnancy is not the person changing the kind
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.kind = QComboBox(self)
        self.kind.setObjectName("date-kind")
        for kind in (DateKind.DDR, DateKind.DDG, DateKind.DPA):
            self.kind.addItem("", kind)
        self.date = DateField(self)
        self.date.setObjectName("pregnancy-date")
        self.cycle = QSpinBox(self)
        self.cycle.setObjectName("cycle-length")
        self.cycle.setRange(20, 45)  # wider than the core's bounds, so the core's message explains a wrong value
        self.cycle.setValue(28)
        self.multiple = QComboBox(self)
        self.multiple.setObjectName("multiple")
        for count in (1, 2, 3):
            self.multiple.addItem("", count)
        self.children_before = QSpinBox(self)
        self.children_before.setObjectName("children-before")
        self.children_before.setRange(0, 15)
        self.kind_label = add_form_row(layout, "", self.kind)
        self.date_label = add_form_row(layout, "", self.date)
        self.cycle_label = add_form_row(layout, "", self.cycle)
        self.multiple_label = add_form_row(layout, "", self.multiple)
        self.children_label = add_form_row(layout, "", self.children_before)
        self.children_before.setVisible(ask_children_before)
        self.children_label.setVisible(ask_children_before)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        for signal in (
            self.date.date_changed,
            self.cycle.valueChanged,
            self.multiple.currentIndexChanged,
            self.children_before.valueChanged,
        ):
            signal.connect(self.changed)
        self.retranslate_ui()
        self._on_kind_changed()
        self._loading = False
        guard_wheel(self.kind, self.cycle, self.multiple, self.children_before)

    def _on_kind_changed(self) -> None:
        is_ddr = self.kind.currentData() == DateKind.DDR
        self.cycle.setVisible(is_ddr)
        self.cycle_label.setVisible(is_ddr)
        if not self._loading and self.date.date() is not None:
            # a date typed as "dernières règles" read as "début de grossesse" would move the whole calendar by two
            # weeks without a word: the kind changed, so the date is typed again (issue 16)
            self.date.set_date(None)
            self.date.set_error(self.tr("Le type de date a changé : indiquez la date à nouveau."))
        self.retranslate_ui()
        self.changed.emit()

    def set_pregnancy(self, pregnancy: Pregnancy) -> None:
        self._key = pregnancy.key
        self._original = pregnancy
        self._loading = True
        day: dt.date | None
        if pregnancy.due is not None:
            kind, day = DateKind.DPA, pregnancy.due
        elif pregnancy.conception is not None:
            kind, day = DateKind.DDG, pregnancy.conception
        else:
            kind, day = DateKind.DDR, pregnancy.ddr
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.date.set_date(day)
        self.cycle.setValue(pregnancy.cycle_length)
        self.multiple.setCurrentIndex(self.multiple.findData(pregnancy.multiple))
        self.children_before.setValue(pregnancy.children_before)
        self._loading = False

    def pregnancy(self) -> Pregnancy | None:
        """The pregnancy as typed, or None while the date is missing. The chosen date replaces the others:
        the most reliable date the person has is the one they type (the scan after the DDR, the DPA after)."""
        day = self.date.date()
        if day is None:
            return None
        kind = self.kind.currentData()
        base = self._original or Pregnancy()
        return dataclasses.replace(
            base,
            key=self._key,
            ddr=day if kind == DateKind.DDR else None,
            cycle_length=self.cycle.value() if kind == DateKind.DDR else 28,
            conception=day if kind == DateKind.DDG else None,
            due=day if kind == DateKind.DPA else None,
            multiple=int(self.multiple.currentData()),
            children_before=self.children_before.value(),
        )

    def retranslate_ui(self) -> None:
        self.kind.setItemText(0, self.tr("Premier jour des dernières règles"))
        self.kind.setItemText(1, self.tr("Début de grossesse (conception ou 1re échographie)"))
        self.kind.setItemText(2, self.tr("Date prévue d'accouchement (donnée par la sage-femme ou le médecin)"))
        self.multiple.setItemText(0, self.tr("Un bébé"))
        self.multiple.setItemText(1, self.tr("Des jumeaux"))
        self.multiple.setItemText(2, self.tr("Des triplés ou plus"))
        set_row_text(self.kind_label, self.kind, self.tr("La &date que vous connaissez :"))
        kind = self.kind.currentData()
        date_texts = {
            DateKind.DDR: self.tr("Premier jour des dernières &règles :"),
            DateKind.DDG: self.tr("Date de &début de grossesse :"),
            DateKind.DPA: self.tr("&Terme prévu (DPA) :"),
        }
        set_row_text(self.date_label, self.date, date_texts.get(kind, self.tr("&Date :")))
        set_row_text(self.cycle_label, self.cycle, self.tr("Durée habituelle du &cycle (jours) :"))
        set_row_text(self.multiple_label, self.multiple, self.tr("Nous attendons :"))
        set_row_text(
            self.children_label,
            self.children_before,
            self.tr("Enfants dé&jà nés :"),
            self.tr("Le nombre d'enfants déjà nés change la durée du congé de maternité."),
        )


class ChildFields(RetranslateMixin, QWidget):
    """A child's birth date, first name (optional) and whether the birth was premature."""

    changed = Signal()

    def __init__(self, ask_due: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.birth = DateField(self)
        self.birth.setObjectName("birth-date")
        self.name = QLineEdit(self)
        self.name.setObjectName("child-name")
        self.name.setMaxLength(60)
        self.premature = QCheckBox(self)
        self.premature.setObjectName("premature")
        self.due = DateField(self)
        self.due.setObjectName("birth-due-date")
        self.birth_label = add_form_row(layout, "", self.birth)
        self.name_label = add_form_row(layout, "", self.name)
        self.due_label = add_form_row(layout, "", self.due)
        layout.addRow(self.premature)
        self.due.setVisible(ask_due)
        self.due_label.setVisible(ask_due)
        self.birth.date_changed.connect(self.changed)
        self.due.date_changed.connect(self.changed)
        self.name.textChanged.connect(self.changed)
        self.premature.toggled.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        set_row_text(self.birth_label, self.birth, self.tr("Date de &naissance :"))
        set_row_text(self.name_label, self.name, self.tr("&Prénom (facultatif) :"))
        set_row_text(
            self.due_label,
            self.due,
            self.tr("Terme qui était &prévu (facultatif) :"),
            self.tr("Avec le terme prévu, le calendrier calcule aussi les congés de maternité et de paternité."),
        )
        set_control_text(self.premature, self.tr("Né(e) &prématuré(e) (avant 37 SA)"))


class FamilyForm(RetranslateMixin, QWidget):
    """The first-run questions: expecting or born, region, whether each parent is salaried."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pregnant_radio = QRadioButton(self)
        self.pregnant_radio.setObjectName("situation-pregnant")
        self.born_radio = QRadioButton(self)
        self.born_radio.setObjectName("situation-born")
        self.pregnant_radio.setChecked(True)
        self._situation = QButtonGroup(self)
        self._situation.addButton(self.pregnant_radio)
        self._situation.addButton(self.born_radio)
        self.situation_box = QGroupBox(self)
        situation_layout = QVBoxLayout(self.situation_box)
        situation_layout.addWidget(self.pregnant_radio)
        situation_layout.addWidget(self.born_radio)

        self.pregnancy_fields = PregnancyFields(parent=self)
        self.child_fields = ChildFields(ask_due=True, parent=self)
        self.child_fields.setVisible(False)
        self.dates_box = QGroupBox(self)
        dates_layout = QVBoxLayout(self.dates_box)
        dates_layout.addWidget(self.pregnancy_fields)
        dates_layout.addWidget(self.child_fields)

        self.more_box = QGroupBox(self)
        more_layout = QFormLayout(self.more_box)
        more_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        more_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        more_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.region = QComboBox(self)
        self.region.setObjectName("region")
        for region in Region:
            self.region.addItem("", region)
        self.parent1_salaried = QComboBox(self)
        self.parent1_salaried.setObjectName("parent1-salaried")
        self.parent2_salaried = QComboBox(self)
        self.parent2_salaried.setObjectName("parent2-salaried")
        for combo in (self.parent1_salaried, self.parent2_salaried):
            for value in (None, True, False):
                combo.addItem("", value)
        self.region_label = add_form_row(more_layout, "", self.region)
        self.parent1_label = add_form_row(more_layout, "", self.parent1_salaried)
        self.parent2_label = add_form_row(more_layout, "", self.parent2_salaried)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.situation_box)
        layout.addWidget(self.dates_box)
        layout.addWidget(self.more_box)

        self.pregnant_radio.toggled.connect(self._on_situation)
        self.pregnancy_fields.changed.connect(self.changed)
        self.child_fields.changed.connect(self.changed)
        for combo in (self.region, self.parent1_salaried, self.parent2_salaried):
            combo.currentIndexChanged.connect(self.changed)
        guard_wheel(self.region, self.parent1_salaried, self.parent2_salaried)
        self.retranslate_ui()

    def _on_situation(self) -> None:
        pregnant = self.pregnant_radio.isChecked()
        self.pregnancy_fields.setVisible(pregnant)
        self.child_fields.setVisible(not pregnant)
        self.changed.emit()

    def family(self) -> Family | None:
        """The family as typed, or None while the one required date is missing."""
        extras = {
            "region": Region(self.region.currentData()),
            "parent1_salaried": self.parent1_salaried.currentData(),
            "parent2_salaried": self.parent2_salaried.currentData(),
        }
        if self.pregnant_radio.isChecked():
            pregnancy = self.pregnancy_fields.pregnancy()
            if pregnancy is None:
                return None
            return Family(pregnancies=(pregnancy,), **extras)
        birth = self.child_fields.birth.date()
        if birth is None:
            return None
        name = self.child_fields.name.text()
        premature = self.child_fields.premature.isChecked()
        due = self.child_fields.due.date()
        if due is not None:
            # a known term lets the core compute the leaves that run after the birth
            family = Family(pregnancies=(Pregnancy(due=due),), **extras)
            return record_birth(family, "", birth, names=(name,), premature=premature)
        return Family(children=(Child(key="", birth=birth, name=name.strip(), premature=premature),), **extras)

    def current_date_field(self) -> DateField:
        return self.pregnancy_fields.date if self.pregnant_radio.isChecked() else self.child_fields.birth

    def retranslate_ui(self) -> None:
        self.situation_box.setTitle(self.tr("Où en êtes-vous ?"))
        set_control_text(self.pregnant_radio, self.tr("Je suis enceinte / nous attendons un &enfant"))
        set_control_text(self.born_radio, self.tr("Notre enfant est &né"))
        self.dates_box.setTitle(self.tr("Les dates"))
        self.more_box.setTitle(self.tr("Pour les jours fériés et les congés"))
        region_names = {
            Region.METROPOLE: self.tr("France métropolitaine"),
            Region.ALSACE_MOSELLE: self.tr("Alsace-Moselle"),
            Region.GUADELOUPE: self.tr("Guadeloupe"),
            Region.MARTINIQUE: self.tr("Martinique"),
            Region.GUYANE: self.tr("Guyane"),
            Region.REUNION: self.tr("La Réunion"),
            Region.MAYOTTE: self.tr("Mayotte"),
        }
        for index in range(self.region.count()):
            self.region.setItemText(index, region_names[Region(self.region.itemData(index))])
        for combo in (self.parent1_salaried, self.parent2_salaried):
            combo.setItemText(0, self.tr("Je ne sais pas / ne souhaite pas dire"))
            combo.setItemText(1, self.tr("Oui, salarié(e)"))
            combo.setItemText(2, self.tr("Non (indépendant(e), sans emploi…)"))
        set_row_text(self.region_label, self.region, self.tr("Régi&on :"))
        set_row_text(self.parent1_label, self.parent1_salaried, self.tr("La mère est &salariée :"))
        set_row_text(self.parent2_label, self.parent2_salaried, self.tr("L'a&utre parent est salarié :"))
        self._align_label_columns()

    def _align_label_columns(self) -> None:
        """The three groups are separate forms: give their labels one width so the fields line up."""
        labels = [
            self.pregnancy_fields.kind_label,
            self.pregnancy_fields.date_label,
            self.pregnancy_fields.cycle_label,
            self.pregnancy_fields.multiple_label,
            self.pregnancy_fields.children_label,
            self.child_fields.birth_label,
            self.child_fields.name_label,
            self.child_fields.due_label,
            self.region_label,
            self.parent1_label,
            self.parent2_label,
        ]
        width = max(label.sizeHint().width() for label in labels)
        # side by side while the labels take under 40 % of the form; with large text or a narrow window each
        # label goes above its field, so long choices ("Premier jour des dernières règles") are never cut
        roomy = width * 5 <= self.width() * 2
        for label in labels:
            label.setMinimumWidth(width if roomy else 0)
        policy = QFormLayout.RowWrapPolicy.DontWrapRows if roomy else QFormLayout.RowWrapPolicy.WrapAllRows
        for form in (self.pregnancy_fields.layout(), self.child_fields.layout(), self.more_box.layout()):
            if isinstance(form, QFormLayout) and form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._align_label_columns()


class ResultLabel(QLabel):
    """The first-run result: as tall as its wrapped text at its current width, whatever the text size.

    A word-wrapped QLabel inside a scroll area is not given its height-for-width by the layout, and its width
    changes without the page being resized (a vertical scroll bar appears at 200 % text): so it measures itself
    on each of its own resizes and on each new text.
    """

    MINIMUM = 48

    def fit(self) -> None:
        wanted = max(self.MINIMUM, self.heightForWidth(max(self.width(), 200)))
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class FirstRunPage(RetranslateMixin, QWidget):
    """The guided setup shown in the main window while no family is saved."""

    completed = Signal()  # the family was saved from this page ("Voir notre parcours")

    def __init__(self, controller: FamilyController, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-run-page")
        self._controller = controller
        self._preview = preview
        self.title = QLabel(self)
        self.title.setObjectName("page-title")
        self.title.setProperty("role", "h1")
        self.title.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.problem = plain_text_label(QLabel(self))
        self.problem.setObjectName("first-run-problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "h2")
        self.problem.setVisible(False)
        self.form = FamilyForm(self)
        self.result = plain_text_label(ResultLabel(self))
        self.result.setObjectName("first-run-result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setFrameShape(QFrame.Shape.StyledPanel)
        self.result.setMargin(6)  # the text never touches the frame
        self.result.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.result.setMinimumHeight(ResultLabel.MINIMUM)
        self.submit = QPushButton(self)
        self.submit.setObjectName("first-run-submit")
        self.submit.setDefault(True)
        self.submit.setAutoDefault(True)
        # consultation: the nurse meets a woman at 22 SA who obviously had her first exams; nothing past is "late"
        self.past_done = QCheckBox(self)
        self.past_done.setObjectName("first-run-past-done")
        self.past_done.setVisible(False)
        self._offer_past_done = False

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addWidget(self.problem)
        column.addWidget(self.form)
        column.addWidget(self.result)
        column.addWidget(self.past_done)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        column.addLayout(buttons)
        column.addStretch(1)
        self.scroll_area = scroll_whole_page(self, content)

        self.form.changed.connect(self.update_result)
        self.submit.clicked.connect(self.accept)
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self).activated.connect(self.accept)
        self.retranslate_ui()
        self.update_result()

    def _fit_result(self) -> None:
        self.result.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_result()

    def show_saved_problem(self, error: ParcoursError | None) -> None:
        """The saved dates give no calendar today: say why, above the form; nothing saved is erased."""
        self.problem.setVisible(error is not None)
        if error is not None:
            self.problem.setText(
                self.tr(
                    "Les dates enregistrées ne permettent pas de calculer le calendrier : %1 Corrigez-les ci-dessous."
                ).replace("%1", render_error(error))
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # the one thing to type first is a date: the cursor waits there (keyboard and screen-reader users)
        self.form.current_date_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def update_result(self) -> bool:
        """Show at once what the typed dates give (or what to fix). Returns whether the family is usable."""
        family = self.form.family()
        if family is None:
            self.result.setText(self.tr("Indiquez une date : le calendrier s'affiche aussitôt ici."))
            self.submit.setEnabled(False)
            self._fit_result()
            return False
        try:
            text = self._preview(family)
        except ParcoursError as error:
            message = render_error(error)
            self.result.setText(message)
            self.form.current_date_field().set_error(message)
            self.submit.setEnabled(False)
            self._fit_result()
            return False
        self.result.setText(text)
        self.submit.setEnabled(True)
        self._fit_result()
        return True

    def set_consultation(self, on: bool) -> None:
        """In consultation the "previous steps already done" tick is offered, and on by default."""
        self._offer_past_done = on
        self.past_done.setVisible(on)
        self.past_done.setChecked(on)

    def accept(self) -> None:
        if not self.update_result():
            return
        family = self.form.family()
        assert family is not None
        if self.form.pregnant_radio.isChecked() and not self._past_term_checked(family):
            return
        try:
            self._controller.set_family(family)
        except ParcoursError as error:
            self.result.setText(render_error(error))
            return
        journey = self._controller.journey
        if self._offer_past_done and self.past_done.isChecked() and journey is not None:
            from parcours_app.core.journey_filters import past_step_ids

            today = self._controller.clock.today()
            self._controller.mark_many_done(past_step_ids(journey, today), today)
        self.completed.emit()

    def _past_term_checked(self, family: Family) -> bool:
        """Long after the term, ask whether the baby was born instead of showing "terme dépassé" (issue 16).
        Born: the form turns to "Notre enfant est né" with the due date filled in. Returns whether to save."""
        weeks = weeks_today(family, self._controller.clock.today())
        if weeks is None or weeks < POST_TERM_WEEKS:
            return True
        born = FamilyQuestions.baby_born(self, weeks)
        if born is None:
            return False
        if born:
            pregnancy = current_pregnancy(family)
            due = date_pregnancy(pregnancy).due if pregnancy is not None else None
            self.form.born_radio.setChecked(True)
            self.form.child_fields.due.set_date(due)
            self.form.child_fields.birth.setFocus()
            return False
        return True

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Bienvenue dans Parcours 1000 jours"))
        self.intro.setText(
            self.tr(
                "Une ou deux dates suffisent pour calculer votre calendrier : examens, démarches, congés et vaccins. "
                "Tout reste sur cet ordinateur."
            )
        )
        set_control_text(self.submit, self.tr("&Voir notre parcours"))
        self.submit.setToolTip(self.tr("Ctrl+Entrée"))
        set_control_text(self.past_done, self.tr("Étapes précédentes déjà &faites"))
        self.past_done.setToolTip(
            self.tr("Les étapes dont la période est passée sont cochées comme faites : rien n'apparaît en retard.")
        )
        # the result is read as it changes: a name would replace its text for screen readers
        self.result.setAccessibleDescription(self.tr("Résultat"))
        self.scroll_area.setAccessibleName(self.tr("Premier lancement : vos dates"))
        self.update_result()


class _FamilyChangeDialog(QDialog):
    """A dialog that builds a changed family, shows the result at once, and saves through the controller."""

    def __init__(self, controller: FamilyController, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._preview = preview
        self.result_label = plain_text_label(QLabel(self))  # names of the children
        self.result_label.setObjectName("dialog-result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)  # holds children's names typed by people
        self.result_label.setMinimumWidth(420)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        # the preview's room is kept from the start, so the buttons never jump under the pointer when it appears
        self.result_label.setMinimumHeight(self.result_label.fontMetrics().lineSpacing() * 6)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def finish_layout(self, fields: QWidget) -> None:
        self.body.addWidget(fields)
        self.body.addWidget(self.result_label)
        self.body.addWidget(self.buttons)

    def changed_family(self) -> Family | None:
        raise NotImplementedError

    def update_result(self) -> bool:
        family = self.changed_family()
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if family is None:
            self.result_label.setText(self.tr("Indiquez la date."))
            ok_button.setEnabled(False)
            return False
        try:
            self.result_label.setText(self._preview(family))
        except ParcoursError as error:
            self.result_label.setText(render_error(error))
            ok_button.setEnabled(False)
            return False
        ok_button.setEnabled(True)
        return True

    def accept(self) -> None:
        if not self.update_result():
            return
        family = self.changed_family()
        assert family is not None
        try:
            self._controller.set_family(family)
        except ParcoursError as error:
            self.result_label.setText(render_error(error))
            return
        super().accept()


class PregnancyDatesDialog(_FamilyChangeDialog):
    """Correct the dates of the ongoing pregnancy (the DPA after the scan), or start a new pregnancy."""

    def __init__(
        self, controller: FamilyController, preview: Preview, new: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, preview, parent)
        self.setObjectName("pregnancy-dates-dialog")
        self._new = new
        self.fields = PregnancyFields(parent=self)
        family = controller.family or Family()
        ongoing = current_pregnancy(family)
        if not new and ongoing is not None:
            self.fields.set_pregnancy(ongoing)
        elif new:
            self.fields.children_before.setValue(len(family.children))
        self.finish_layout(self.fields)
        self.fields.changed.connect(self.update_result)
        if new:
            self.setWindowTitle(self.tr("Une nouvelle grossesse"))
        else:
            self.setWindowTitle(self.tr("Corriger les dates de la grossesse"))
        self.update_result()

    def changed_family(self) -> Family | None:
        pregnancy = self.fields.pregnancy()
        if pregnancy is None:
            return None
        family = self._controller.family or Family()
        if self._new or current_pregnancy(family) is None:
            return add_pregnancy(family, pregnancy)
        return replace_pregnancy(family, pregnancy)

    def accept(self) -> None:
        family = self.changed_family()
        if family is not None and self.update_result():
            weeks = weeks_today(family, self._controller.clock.today())
            if weeks is not None and weeks >= POST_TERM_WEEKS:
                born = FamilyQuestions.baby_born(self, weeks)
                if born is None:
                    return
                if born:
                    self.result_label.setText(
                        self.tr("Indiquez la naissance avec « Notre enfant est né » dans le menu Famille.")
                    )
                    return
        super().accept()

    def update_result(self) -> bool:
        ok = super().update_result()
        if ok and not self._new:
            moved = self.what_moves()
            if moved:
                self.result_label.setText(moved + "\n" + self.result_label.text())
        return ok

    def what_moves(self) -> str:
        """ "Le terme passe du 24 mars au 10 mars 2027 : toutes les dates bougent d'autant." before saving."""
        before = current_pregnancy(self._controller.family or Family())
        after = self.fields.pregnancy()
        if before is None or after is None:
            return ""
        try:
            old_due, new_due = date_pregnancy(before).due, date_pregnancy(after).due
        except ParcoursError:
            return ""
        if old_due == new_due:
            return ""
        from parcours_app.core.formatting import format_date

        language = current_language()
        days = abs((new_due - old_due).days)
        return (
            self.tr("Le terme passe du %1 au %2 : les dates du calendrier bougent de %3 jours.")
            .replace("%1", format_date(old_due, language))
            .replace("%2", format_date(new_due, language))
            .replace("%3", str(days))
        )

    @classmethod
    def ask(cls, parent: QWidget | None, controller: FamilyController, preview: Preview, new: bool = False) -> bool:
        dialog = cls(controller, preview, new, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()  # issue 14: closed dialogs are deleted


class ChildDialog(_FamilyChangeDialog):
    """Enter the birth of the ongoing pregnancy, or add a child already at home."""

    def __init__(
        self, controller: FamilyController, preview: Preview, birth: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, preview, parent)
        self.setObjectName("child-dialog")
        family = controller.family or Family()
        self._pregnancy = current_pregnancy(family) if birth else None
        self.fields = ChildFields(parent=self)
        self.second_names: list[QLineEdit] = []
        if self._pregnancy is not None and self._pregnancy.multiple > 1:
            form = self.fields.layout()
            assert isinstance(form, QFormLayout)
            for index in range(1, self._pregnancy.multiple):
                extra = QLineEdit(self)
                extra.setObjectName(f"child-name-{index + 1}")
                add_form_row(form, self.tr("Prénom du bébé %1 :").replace("%1", str(index + 1)), extra)
                extra.textChanged.connect(self.update_result)
                self.second_names.append(extra)
        self.term_hint = QLabel(self)
        self.term_hint.setObjectName("birth-term-hint")
        self.term_hint.setWordWrap(True)
        self.term_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.term_hint)
        self._premature_touched = False
        self.fields.premature.clicked.connect(self._on_premature_clicked)
        self.finish_layout(self.fields)
        self.fields.changed.connect(self.update_result)
        self.fields.birth.date_changed.connect(self._propose_premature)
        several = self._pregnancy is not None and self._pregnancy.multiple > 1
        if several:
            self.setWindowTitle(self.tr("Nos enfants sont nés"))
            set_control_text(self.fields.premature, self.tr("Nés &prématurés (avant 37 SA)"))
            set_row_text(self.fields.name_label, self.fields.name, self.tr("&Prénom du bébé 1 (facultatif) :"))
        elif self._pregnancy is not None:
            self.setWindowTitle(self.tr("Notre enfant est né"))
        else:
            self.setWindowTitle(self.tr("Ajouter un enfant"))
        self.update_result()

    def accept(self) -> None:
        pregnancy = self._pregnancy
        super().accept()
        if pregnancy is None or self.result() != QDialog.DialogCode.Accepted:
            return
        birth = self.fields.birth.date()
        journey = self._controller.journey
        if birth is None or journey is None:
            return
        prenatal = {e.id for e in journey.events if e.rule_id.startswith("pregnancy.")}
        late = [
            a
            for a in self._controller.appointments
            if a.id is not None and a.event_id in prenatal and a.starts_at.date() > birth
        ]
        if not late:
            return
        from parcours_app.core.formatting import format_date

        language = current_language()
        lines = [
            f"{a.title or self.tr('Rendez-vous')} — {format_date(a.starts_at.date(), language)} {a.starts_at:%H:%M}"
            for a in late
        ]
        if FamilyQuestions.remove_appointments(self, lines):
            for appointment in late:
                assert appointment.id is not None
                self._controller.delete_appointment(appointment.id)

    def _on_premature_clicked(self) -> None:
        self._premature_touched = True  # the person decided: the SA no longer ticks it for them

    def _propose_premature(self, birth: dt.date | None) -> None:
        """A birth before 37 SA is premature: ticked for the person (who can untick it) with the SA said."""
        self.term_hint.setText("")
        if birth is None or self._pregnancy is None:
            return
        try:
            dates = date_pregnancy(self._pregnancy)
        except ParcoursError:
            return
        if birth < dates.ddr:
            return
        age = gestational_age(dates.ddr, birth)
        sa = self.tr("%1 SA + %2 j").replace("%1", str(age.weeks)).replace("%2", str(age.days))
        if age.weeks < 37:
            if not self._premature_touched:
                self.fields.premature.setChecked(True)
            self.term_hint.setText(
                self.tr("Naissance à %1 : avant 37 SA, c'est une naissance prématurée.").replace("%1", sa)
            )
        else:
            if not self._premature_touched:
                self.fields.premature.setChecked(False)
            self.term_hint.setText(self.tr("Naissance à %1.").replace("%1", sa))

    def changed_family(self) -> Family | None:
        birth = self.fields.birth.date()
        if birth is None:
            return None
        family = self._controller.family or Family()
        name = self.fields.name.text()
        premature = self.fields.premature.isChecked()
        if self._pregnancy is not None:
            names = (name, *(edit.text() for edit in self.second_names))
            return record_birth(family, self._pregnancy.key, birth, names=names, premature=premature)
        return add_child(family, birth, name, premature)

    @classmethod
    def ask(cls, parent: QWidget | None, controller: FamilyController, preview: Preview, birth: bool = True) -> bool:
        dialog = cls(controller, preview, birth, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
