"""The "Nos congés" page: both parents' leave on one timeline, the periods they choose checked as they are typed,
the notice deadlines, and a letter to the employer for each chosen period.

Every rule lives in core.leave_plan (check_plan); this page lays out its report. The plan is saved in the store at
each change, keyed by the pregnancy; it is never moved by the app (a real birth date that breaks it is shown as a
banner until the parents change it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.formatting import format_date
from parcours_app.core.leave_plan import (
    LeavePlan,
    Parent,
    PeriodKind,
    PlannedPeriod,
    PlanReport,
    check_plan,
    kind_name,
    notice_title,
    render_issue,
    situation_for,
    suggested_plan,
)
from parcours_app.ui import kiosk
from parcours_app.ui.i18n import RetranslateMixin, qt_translate
from parcours_app.ui.widgets.button_row import ButtonRow
from parcours_app.ui.widgets.date_field import DateField
from parcours_app.ui.widgets.form_row import add_form_row, set_control_text, set_row_text
from parcours_app.ui.widgets.plain_text import plain_message
from parcours_app.ui.widgets.text_label import text_label
from parcours_app.ui.widgets.vertical_scroll import scroll_whole_page

if TYPE_CHECKING:  # types only, not imported at run time
    from parcours_app.core.leave_plan import PlanSituation
    from parcours_app.core.model import Journey
    from parcours_app.export.leave_letter import LetterPeople
    from parcours_app.ui.family_controller import FamilyController

# The official pages for what this page does not compute (labels in LeavePage.retranslate_ui, same order).
OTHER_STATUS_LINKS = (
    "https://www.service-public.fr/particuliers/vosdroits/F583",
    "https://www.service-public.fr/particuliers/vosdroits/F39685",
    "https://www.ameli.fr",
)


class LeaveDialogs:
    """The dialogs of the page, as class methods that tests patch."""

    @classmethod
    def ask_pdf_path(cls, parent: QWidget | None, suggested: str) -> Path | None:
        # no history kept in the memory modes, nothing at all at the reception kiosk (ui/kiosk.py, issue 17)
        return kiosk.save_file_name(
            parent, QCoreApplication.translate("LeavePage", "Enregistrer la lettre"), Path(suggested), "PDF (*.pdf)"
        )

    @classmethod
    def show_error(cls, parent: QWidget | None, message: str) -> None:
        # the message carries a file path and the system's error text: plain text, never markup
        plain_message(
            parent, QMessageBox.Icon.Warning, QCoreApplication.translate("LeavePage", "Lettre non enregistrée"), message
        )


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month that begins between `first` and `last`."""
    month = dt.date(first.year, first.month, 1)
    starts: list[dt.date] = []
    while month <= last:
        if month >= first:
            starts.append(month)
        month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return starts


class LeaveTimeline(QWidget):
    """Two lanes (parent who gives birth, second parent) from the start of the leave to the first birthday.

    Fixed periods are drawn light, chosen ones solid; a period with a problem gets a thick outline and "!"; every bar
    carries its name, so nothing is told by colour alone. The accessible description lists every period in words.
    """

    LANE_HEIGHT = 34
    HEADER = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leave-timeline")
        self.report: PlanReport | None = None
        self.today: dt.date | None = None  # drawn as a dashed line ("aujourd'hui", in the legend)
        self.language: Callable[[], str] = lambda: "fr"
        self.setMinimumHeight(self.HEADER + 2 * self.LANE_HEIGHT + 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_report(self, report: PlanReport | None) -> None:
        self.report = report
        self.update()

    def short_kind(self, kind: PeriodKind) -> str:
        names = {
            PeriodKind.MATERNITY: self.tr("Maternité"),
            PeriodKind.BIRTH: self.tr("Naissance"),
            PeriodKind.PATERNITY_MANDATORY: self.tr("4 jours"),
            PeriodKind.PATERNITY: self.tr("Paternité"),
            PeriodKind.SUPPLEMENT: self.tr("Suppl."),
        }
        return names[kind]

    def lane_label(self, parent: Parent) -> str:
        return self.tr("Parent qui accouche") if parent is Parent.BIRTH_PARENT else self.tr("Second parent")

    def axis(self, metrics: QFontMetrics) -> tuple[Callable[[dt.date], float], float, float, float]:
        """The time axis: where a day is drawn, the axis's left edge and width, and the lane labels' width
        (the labels sit at the leading side: on the left, or on the right right to left)."""
        assert self.report is not None
        label_width = max(metrics.horizontalAdvance(self.lane_label(p)) for p in Parent) + 12
        right_to_left = self.layoutDirection() is Qt.LayoutDirection.RightToLeft
        left = 4 if right_to_left else label_width
        width = max(10, self.width() - label_width - 8)
        first, last = self.report.timeline.start, self.report.timeline.end
        span = max(1, (last - first).days + 1)

        def x_of(day: dt.date) -> float:
            offset = (min(max(day, first), last + dt.timedelta(days=1)) - first).days / span * width
            return left + (width - offset if right_to_left else offset)

        return x_of, left, width, label_width

    def month_labels(self, metrics: QFontMetrics) -> list[tuple[int, str]]:
        """Where each month's short name is drawn, inside its month (right of its first day; left of it right to
        left). A name that would touch the one before it or leave the drawing is skipped: with large text or a
        narrow window every other month is named rather than all of them overlapping."""
        if self.report is None:
            return []
        x_of, left, width, _labels = self.axis(metrics)
        right_to_left = self.layoutDirection() is Qt.LayoutDirection.RightToLeft
        first, last = self.report.timeline.start, self.report.timeline.end
        gap = metrics.horizontalAdvance(" ")
        placed: list[tuple[int, str]] = []
        free_from, free_to = left, left + width  # the part of the axis no name takes yet
        for month in _month_starts(first, last):
            name = format_date(month, self.language(), "MMM")
            advance = metrics.horizontalAdvance(name)
            x = int(x_of(month))
            name_x = x - 2 - advance if right_to_left else x + 2
            if name_x < free_from or name_x + advance > free_to:
                continue
            placed.append((name_x, name))
            if right_to_left:
                free_to = name_x - gap
            else:
                free_from = name_x + advance + gap
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        report = self.report
        if report is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = painter.fontMetrics()
        x_of, _left, _width, label_width = self.axis(metrics)
        right_to_left = self.layoutDirection() is Qt.LayoutDirection.RightToLeft
        first, last = report.timeline.start, report.timeline.end

        text_color = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        on_accent = palette.color(QPalette.ColorRole.HighlightedText)
        light = QColor(accent)
        light.setAlpha(70)
        grid = QColor(text_color)
        grid.setAlpha(60)
        # months: a line at each first day, and the names that fit without touching one another
        painter.setPen(QPen(grid, 1))
        for month in _month_starts(first, last):
            month_x = int(x_of(month))
            painter.drawLine(month_x, self.HEADER - 4, month_x, self.height() - 4)
        painter.setPen(text_color)
        for name_x, name in self.month_labels(metrics):
            painter.drawText(name_x, self.HEADER - 8, name)
        today = self.today
        if today is not None and first <= today <= last:
            x = x_of(today)
            painter.setPen(QPen(text_color, 2, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), self.HEADER - 2, int(x), self.height() - 2)
        problems = {issue.period for issue in report.issues if issue.period is not None}
        for lane, parent in enumerate(Parent):
            top = self.HEADER + lane * self.LANE_HEIGHT
            painter.setPen(text_color)
            label_x = self.width() - label_width + 6 if right_to_left else 2
            painter.drawText(
                QRectF(label_x, top, label_width - 8, self.LANE_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
                self.lane_label(parent),
            )
            for period in report.all_periods:
                if period.parent is not parent:
                    continue
                x1, x2 = sorted((x_of(period.start), x_of(period.end + dt.timedelta(days=1))))
                rect = QRectF(x1, top + 5, max(3.0, x2 - x1), self.LANE_HEIGHT - 10)
                chosen = period in report.plan.periods
                painter.setBrush(QBrush(accent if chosen else light))
                wrong = period in problems
                painter.setPen(QPen(QColor("#b3261e") if wrong else accent, 3 if wrong else 1))
                painter.drawRoundedRect(rect, 4, 4)
                label = ("! " if wrong else "") + self.short_kind(period.kind)
                if metrics.horizontalAdvance(label) < rect.width() - 4:
                    painter.setPen(on_accent if chosen else text_color)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class LeaveLetterDialog(RetranslateMixin, QDialog):
    """The parent types their name and the employer's; the letter is saved as PDF where they choose."""

    def __init__(
        self, period: PlannedPeriod, report: PlanReport, today: dt.date, sender: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leave-letter-dialog")
        self.period = period
        self.report = report
        self.today = today
        self.saved_to: Path | None = None
        self.sender_name = QLineEdit(sender, self)
        self.sender_address = QPlainTextEdit(self)
        self.employer_name = QLineEdit(self)
        self.employer_address = QPlainTextEdit(self)
        self.place = QLineEdit(self)
        for edit in (self.sender_address, self.employer_address):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.intro = text_label(parent=self)
        form = QFormLayout()
        self._rows = [
            add_form_row(form, "", self.sender_name),
            add_form_row(form, "", self.sender_address),
            add_form_row(form, "", self.employer_name),
            add_form_row(form, "", self.employer_address),
            add_form_row(form, "", self.place),
        ]
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def people(self) -> LetterPeople:
        from parcours_app.export.leave_letter import LetterPeople

        return LetterPeople(
            sender_name=self.sender_name.text().strip(),
            sender_address=self.sender_address.toPlainText(),
            employer_name=self.employer_name.text().strip(),
            employer_address=self.employer_address.toPlainText(),
            place=self.place.text().strip(),
        )

    def save_pdf(self) -> Path | None:
        from parcours_app.export.leave_letter import build_letter, write_letter_pdf

        letter = build_letter(self.period, self.report, self.people(), self.today)
        suggested = f"lettre-conge-{self.period.start.isoformat()}.pdf"
        path = LeaveDialogs.ask_pdf_path(self, suggested)
        if path is None:
            return None
        try:
            write_letter_pdf(path, letter)
        except OSError as error:
            LeaveDialogs.show_error(
                self,
                self.tr("Impossible d'écrire %1 (%2).").replace("%1", str(path)).replace("%2", error.strerror or ""),
            )
            return None
        self.saved_to = path
        return path

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Lettre à l'employeur"))
        self.intro.setText(
            self.tr(
                "Une lettre en français, prête à signer, avec les dates de cette période. Tapez les noms : ils ne "
                "sont pas enregistrés, et rien ne quitte l'ordinateur."
            )
        )
        texts = (
            self.tr("Votre prénom et nom"),
            self.tr("Votre adresse"),
            self.tr("Employeur (société, service)"),
            self.tr("Adresse de l'employeur"),
            self.tr("Lieu (ville)"),
        )
        fields = (self.sender_name, self.sender_address, self.employer_name, self.employer_address, self.place)
        for label, field, text in zip(self._rows, fields, texts, strict=True):
            set_row_text(label, field, text)
        self.save_button.setText(self.tr("Enregistrer en PDF…"))
        self.close_button.setText(self.tr("Fermer"))


class LeavePage(RetranslateMixin, QWidget):
    """Both parents' leave, checked against the rules of salaried employees of the private sector."""

    def __init__(
        self,
        controller: FamilyController,
        language: Callable[[], str] = lambda: "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leave-page")
        self._controller = controller
        self._language = language
        self.plan: LeavePlan | None = None
        self.report: PlanReport | None = None
        self._subject = ""

        content = QWidget(self)
        self.page_area = scroll_whole_page(self, content)
        self.page_area.setObjectName("leave-page-scroll")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)

        self.title = text_label(parent=content, scale=1.5, bold=True, name="page-title")
        self.scope = text_label(parent=content, selectable=True)
        self.link_buttons = [QPushButton(content) for _ in OTHER_STATUS_LINKS]
        for button, url in zip(self.link_buttons, OTHER_STATUS_LINKS, strict=True):
            button.setObjectName("official-link")
            button.clicked.connect(lambda _checked=False, link=url: self.open_link(link))
        self.links = ButtonRow(self.link_buttons, content)
        self.pregnancy_combo = QComboBox(content)
        self.pregnancy_combo.currentIndexChanged.connect(self._pregnancy_chosen)
        self.empty = text_label(parent=content, selectable=True)
        self.banner = text_label(parent=content, bold=True, selectable=True, name="leave-invalidated")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.estimated = text_label(parent=content)
        self.timeline = LeaveTimeline(content)
        self.timeline.language = language
        self.legend = text_label(parent=content)

        # the chosen periods
        self.periods_title = text_label(parent=content, scale=1.2, bold=True)
        self.period_list = QListWidget(content)
        self.period_list.setObjectName("leave-periods")
        self.period_list.currentRowChanged.connect(self._selection_changed)
        self.remove_button = QPushButton(content)
        self.letter_button = QPushButton(content)
        self.suggest_button = QPushButton(content)
        self.remove_button.clicked.connect(self.remove_selected)
        self.letter_button.clicked.connect(self.open_letter)
        self.suggest_button.clicked.connect(self.suggest)
        self.period_buttons = ButtonRow([self.suggest_button, self.remove_button, self.letter_button], content)

        # adding a period
        self.add_title = text_label(parent=content, scale=1.2, bold=True)
        self.kind_combo = QComboBox(content)
        self.parent_combo = QComboBox(content)
        self.start_field = DateField(content)
        self.end_field = DateField(content)
        self.weeks_spin = QSpinBox(content)
        self.weeks_spin.setRange(0, 3)
        self.weeks_spin.setMaximumWidth(self.weeks_spin.fontMetrics().horizontalAdvance("0") * 6 + 48)
        self.weeks_spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no change under the mouse wheel
        self.weeks_spin.valueChanged.connect(self._weeks_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.add_button = QPushButton(content)
        self.add_button.clicked.connect(self.add_period)
        self.start_field.date_changed.connect(self._fields_changed)
        self.end_field.date_changed.connect(self._fields_changed)
        form = QFormLayout()
        self._form_labels = [
            add_form_row(form, "", self.kind_combo),
            add_form_row(form, "", self.parent_combo),
            add_form_row(form, "", self.start_field),
            add_form_row(form, "", self.end_field),
        ]
        self.form_message = text_label(parent=content, name="leave-form-message")
        weeks_form = QFormLayout()
        self._weeks_label = add_form_row(weeks_form, "", self.weeks_spin)
        for a_form in (form, weeks_form):  # at 200 % text, labels go above their fields and wrap
            a_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label in (*self._form_labels, self._weeks_label):
            label.setWordWrap(True)

        self.issues_title = text_label(parent=content, scale=1.2, bold=True)
        self.issues_box = QVBoxLayout()
        self.notices_title = text_label(parent=content, scale=1.2, bold=True)
        self.notices_box = QVBoxLayout()

        layout.addWidget(self.title)
        layout.addWidget(self.scope)
        layout.addWidget(self.links)
        layout.addWidget(self.pregnancy_combo)
        layout.addWidget(self.empty)
        layout.addWidget(self.banner)
        layout.addWidget(self.estimated)
        layout.addWidget(self.timeline)
        layout.addWidget(self.legend)
        layout.addLayout(weeks_form)
        layout.addWidget(self.issues_title)
        layout.addLayout(self.issues_box)
        layout.addWidget(self.periods_title)
        layout.addWidget(self.period_list)
        layout.addWidget(self.period_buttons)
        layout.addWidget(self.add_title)
        layout.addLayout(form)
        layout.addWidget(self.form_message)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.notices_title)
        layout.addLayout(self.notices_box)
        layout.addStretch(1)

        controller.journey_changed.connect(lambda _journey: self.reload())
        self.retranslate_ui()
        self.reload()

    # --- data ---------------------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self._controller.clock.today()

    def _journey(self) -> Journey:
        journey = self._controller.journey
        if journey is None:  # the page is reached only with a family: MainWindow disables it otherwise
            raise RuntimeError("the leave page was used without a journey")
        return journey

    def _pregnancy_keys(self) -> list[str]:
        journey = self._controller.journey
        family = self._controller.family
        if journey is None or family is None:
            return []
        return [p.key for p in family.pregnancies if p.key in journey.dates]

    def reload(self) -> None:
        keys = self._pregnancy_keys()
        with QSignalBlocker(self.pregnancy_combo):
            self.pregnancy_combo.clear()
            for index, key in enumerate(keys):
                self.pregnancy_combo.addItem(self._pregnancy_label(index, key), key)
            if self._subject in keys:
                self.pregnancy_combo.setCurrentIndex(keys.index(self._subject))
            elif keys:
                self._subject = keys[0]
        self.pregnancy_combo.setVisible(len(keys) > 1)
        if not keys:
            self.plan = None
            self.report = None
        else:
            saved = self._controller.leave_plans().get(self._subject)
            self.plan = saved if saved is not None else LeavePlan(subject_key=self._subject)
        self.refresh()

    def _pregnancy_label(self, index: int, key: str) -> str:
        dates = self._journey().dates[key]
        day = dates.birth or dates.due
        return (
            self.tr("Grossesse %1 (%2)").replace("%1", str(index + 1)).replace("%2", format_date(day, self._language()))
        )

    def _pregnancy_chosen(self, index: int) -> None:
        key = self.pregnancy_combo.itemData(index)
        if isinstance(key, str):
            self._subject = key
            self.reload()

    def situation(self) -> PlanSituation:
        journey = self._journey()
        return situation_for(journey.family, self._subject, journey.dates[self._subject])

    def save(self, plan: LeavePlan) -> None:
        """Save the parents' change: the plan is now made with the birth date known today."""
        situation = self.situation()
        plan = dataclasses.replace(plan, subject_key=self._subject, planned_with_birth=situation.birth)
        self._controller.save_leave_plan(plan)  # recomputes the journey: the page reloads on journey_changed
        self.plan = plan
        self.refresh()

    # --- actions ------------------------------------------------------------------------------------

    def add_period(self) -> bool:
        if self.plan is None:
            return False
        start, end = self.start_field.date(), self.end_field.date()
        if start is None or end is None or end < start:
            self.form_message.setText(self.tr("Indiquez le premier et le dernier jour de la période (jj/mm/aaaa)."))
            return False
        kind = PeriodKind(self.kind_combo.currentData())
        parent = Parent.SECOND_PARENT if kind is PeriodKind.PATERNITY else Parent(self.parent_combo.currentData())
        period = PlannedPeriod(parent, kind, start, end)
        if period in self.plan.periods:
            return False
        self.save(dataclasses.replace(self.plan, periods=(*self.plan.periods, period)))
        self.start_field.set_date(None)
        self.end_field.set_date(None)
        self.select_period(period)
        return True

    def remove_selected(self) -> None:
        period = self.selected_period()
        if self.plan is None or period is None:
            return
        self.save(dataclasses.replace(self.plan, periods=tuple(p for p in self.plan.periods if p != period)))

    def suggest(self) -> None:
        if self.plan is None or self.plan.periods:
            return
        suggestion = suggested_plan(self.situation(), self._subject)
        self.save(dataclasses.replace(self.plan, periods=suggestion.periods))

    def _weeks_changed(self, value: int) -> None:
        if self.plan is not None and value != self.plan.weeks_moved_after_birth:
            self.save(dataclasses.replace(self.plan, weeks_moved_after_birth=value))

    def selected_period(self) -> PlannedPeriod | None:
        item = self.period_list.currentItem()
        if item is None:
            return None
        period = item.data(Qt.ItemDataRole.UserRole)
        return period if isinstance(period, PlannedPeriod) else None

    def select_period(self, period: PlannedPeriod) -> None:
        for row in range(self.period_list.count()):
            if self.period_list.item(row).data(Qt.ItemDataRole.UserRole) == period:
                self.period_list.setCurrentRow(row)

    def open_letter(self) -> LeaveLetterDialog | None:
        period = self.selected_period()
        if period is None or self.report is None:
            return None
        family = self._journey().family
        sender = family.parent1_name if period.parent is Parent.BIRTH_PARENT else family.parent2_name
        dialog = LeaveLetterDialog(period, self.report, self._today(), sender, self)
        dialog.open()
        return dialog

    def open_link(self, url: str) -> None:
        from parcours_app.core.official_domains import load_official_domains
        from parcours_app.ui.resources_page import open_official_link

        open_official_link(self, url, load_official_domains())

    # --- display ------------------------------------------------------------------------------------

    def _fields_changed(self, _day: object = None) -> None:
        self.form_message.setText("")
        self._update_buttons()

    def _kind_changed(self) -> None:
        paternity = self.kind_combo.currentData() == PeriodKind.PATERNITY.value
        if paternity:
            self.parent_combo.setCurrentIndex(self.parent_combo.findData(Parent.SECOND_PARENT.value))
        self.parent_combo.setEnabled(not paternity)

    def _selection_changed(self, _row: int = -1) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_plan = self.plan is not None
        selected = self.selected_period()
        self.remove_button.setEnabled(selected is not None)
        self.letter_button.setEnabled(selected is not None)
        if selected is not None:
            name = kind_name(selected.kind).render(qt_translate)
            span = f"{selected.start:%d/%m} – {selected.end:%d/%m}"
            self.remove_button.setText(self.tr("Retirer : %1").replace("%1", span))
            letter = self.tr("Lettre à l'employeur : %1").replace("%1", span)
            set_control_text(self.letter_button, letter, f"{letter} ({name})")
        else:
            self.remove_button.setText(self.tr("Retirer la période"))
            set_control_text(self.letter_button, self.tr("Lettre à l'employeur"))  # not the last period's name
        self.suggest_button.setEnabled(has_plan and not (self.plan.periods if self.plan else ()))
        self.add_button.setEnabled(
            has_plan and self.start_field.date() is not None and self.end_field.date() is not None
        )

    def refresh(self) -> None:
        has_plan = self.plan is not None
        shown: tuple[QWidget, ...] = (
            self.timeline,
            self.legend,
            self.periods_title,
            self.period_list,
            self.period_buttons,
            self.add_title,
            self.add_button,
            self.issues_title,
            self.notices_title,
            self.weeks_spin,
        )
        for widget in shown:
            widget.setVisible(has_plan)
        self.empty.setVisible(not has_plan)
        if self.plan is None:
            self.report = None
            self.banner.setVisible(False)
            self.estimated.setVisible(False)
            self._fill_box(self.issues_box, [])
            self._fill_box(self.notices_box, [])
            self._update_buttons()
            return
        self.report = check_plan(self.plan, self.situation(), self._today())
        report = self.report
        self.timeline.today = self._today()
        self.timeline.set_report(report)
        self.timeline.setAccessibleDescription(self._timeline_description(report))
        self.banner.setVisible(report.invalidated_by_birth)
        self.estimated.setVisible(report.situation.estimated)
        with QSignalBlocker(self.weeks_spin):
            self.weeks_spin.setValue(self.plan.weeks_moved_after_birth)
        selected = self.selected_period()
        self.period_list.clear()
        for period in self.plan.periods:
            item = QListWidgetItem(self._period_line(period, report))
            item.setData(Qt.ItemDataRole.UserRole, period)
            self.period_list.addItem(item)
        if selected is not None:
            self.select_period(selected)
        rows = min(max(self.period_list.count(), 2), 6)
        row_height = max(self.period_list.sizeHintForRow(0), self.period_list.fontMetrics().height() + 6)
        self.period_list.setFixedHeight(rows * row_height + 2 * self.period_list.frameWidth() + 4)
        issues = [f"⚠ {render_issue(issue, qt_translate)}" for issue in report.issues]
        if not issues:
            issues = [self.tr("✔ Le plan respecte les règles des salariés du secteur privé.")]
        self._fill_box(self.issues_box, issues)
        notices = []
        for notice in report.notices:
            title = notice_title(notice).render(qt_translate)
            rule = notice.rule.render(qt_translate)
            if notice.deadline is None:
                when = self.tr("Sans délai")
            else:
                when = format_date(notice.deadline, self._language())
                if notice.past:
                    when = self.tr("%1 (date passée)").replace("%1", when)
            notices.append(f"{when} — {title} ({rule})")
        self._fill_box(self.notices_box, notices)
        self._update_buttons()

    def _period_line(self, period: PlannedPeriod, report: PlanReport) -> str:
        who = self.timeline.lane_label(period.parent)
        name = kind_name(period.kind).render(qt_translate)
        status = self.tr("à corriger") if report.issues_for(period) else self.tr("conforme")
        days = self.tr("%1 j").replace("%1", str(period.days))
        return f"{who} · {name} · {period.start:%d/%m/%Y} – {period.end:%d/%m/%Y} ({days}) · {status}"

    def _timeline_description(self, report: PlanReport) -> str:
        lines = []
        for period in report.all_periods:
            lines.append(
                f"{self.timeline.lane_label(period.parent)} : {kind_name(period.kind).render(qt_translate)}, "
                f"{format_date(period.start, self._language())} – {format_date(period.end, self._language())}"
            )
        return "\n".join(lines)

    def _fill_box(self, box: QVBoxLayout, lines: list[str]) -> None:
        while box.count():
            item = box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for line in lines:
            box.addWidget(text_label(line, self, selectable=True))

    def labels(self, box: QVBoxLayout) -> list[str]:
        """The texts shown in the issues or notices box (tests, accessibility dumps)."""
        texts = []
        for index in range(box.count()):
            item = box.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                texts.append(widget.text())
        return texts

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Nos congés"))
        self.page_area.setAccessibleName(self.tr("Nos congés"))
        self.scope.setText(
            self.tr(
                "Les congés des deux parents, côte à côte, du congé de maternité au premier anniversaire. Les règles "
                "appliquées sont celles des salariés du secteur privé. Fonction publique, indépendants et autres "
                "statuts : voyez les pages officielles ci-dessous."
            )
        )
        labels = (
            self.tr("Fonction publique (service-public.fr)"),
            self.tr("Congé supplémentaire (service-public.fr)"),
            self.tr("Indépendants : votre caisse (ameli.fr)"),
        )
        for button, link_label in zip(self.link_buttons, labels, strict=True):
            button.setText(link_label)
        self.empty.setText(self.tr("Indiquez une grossesse (date du terme) pour préparer les congés des deux parents."))
        self.banner.setText(
            self.tr(
                "⚠ La date de naissance réelle remet en cause ce plan. Il n'a pas été déplacé : corrigez les périodes "
                "signalées ci-dessous (chaque modification est enregistrée avec la vraie date)."
            )
        )
        self.estimated.setText(
            self.tr("Dates estimées à partir du terme : elles seront recalculées avec la date de naissance.")
        )
        self.legend.setText(
            self.tr(
                "Clair : fixé par la loi à partir des dates. Foncé : les périodes que vous choisissez. "
                "« ! » et contour épais : une règle n'est pas respectée. Pointillés : aujourd'hui."
            )
        )
        self.timeline.setAccessibleName(self.tr("Frise des congés des deux parents"))
        self.pregnancy_combo.setAccessibleName(self.tr("Grossesse"))
        self.periods_title.setText(self.tr("Les périodes choisies"))
        self.period_list.setAccessibleName(self.tr("Les périodes choisies"))
        self.suggest_button.setText(self.tr("Proposer un plan"))
        self.add_title.setText(self.tr("Ajouter une période"))
        self.add_button.setText(self.tr("Ajouter la période"))
        self.issues_title.setText(self.tr("Vérification"))
        self.notices_title.setText(self.tr("Prévenir l'employeur"))
        current_kind = self.kind_combo.currentIndex()
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Congé de paternité (jours restants)"), PeriodKind.PATERNITY.value)
        self.kind_combo.addItem(self.tr("Congé supplémentaire de naissance"), PeriodKind.SUPPLEMENT.value)
        self.kind_combo.setCurrentIndex(max(0, current_kind))
        current_parent = self.parent_combo.currentIndex()
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("Second parent"), Parent.SECOND_PARENT.value)
        self.parent_combo.addItem(self.tr("Parent qui accouche"), Parent.BIRTH_PARENT.value)
        self.parent_combo.setCurrentIndex(max(0, current_parent))
        self._kind_changed()
        texts = (self.tr("Congé"), self.tr("Parent"), self.tr("Premier jour"), self.tr("Dernier jour"))
        fields = (self.kind_combo, self.parent_combo, self.start_field, self.end_field)
        for label, field, text in zip(self._form_labels, fields, texts, strict=True):
            set_row_text(label, field, text)
        set_row_text(
            self._weeks_label,
            self.weeks_spin,
            self.tr("Semaines du congé prénatal reportées après la naissance (0 à 3)"),
        )
        if hasattr(self, "report"):  # retranslate_ui also runs from the constructor, before the plan is read
            self._update_buttons()
            if self.report is not None:
                self.refresh()
