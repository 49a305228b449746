"""The kept self-test results over time: a list, a small chart, delete one or delete all (each confirmed)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from parcours_app.core import epds
from parcours_app.core.formatting import format_date
from parcours_app.core.model import SelfTestResult
from parcours_app.core.text import fill_placeholders
from parcours_app.storage.store import FamilyStore
from parcours_app.ui.i18n import RetranslateMixin, current_language, tr_count
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.text_label import text_label

from .common import SelfTestDialogs, render


class ScoreChart(QWidget):
    """Totals over time on the 0-30 scale, with the 9 and 13 cut-offs drawn as labelled lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: list[SelfTestResult] = []
        self.setMinimumHeight(160)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list says the same thing in words

    def set_results(self, results: list[SelfTestResult]) -> None:
        self.results = sorted(results, key=lambda kept: kept.taken_on)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(40, 10, -36, -22)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#6b7280"), 1))
        painter.drawRect(area)

        def y_of(score: int) -> float:
            return area.bottom() - area.height() * score / 30

        rules = epds.load_scoring_rules()
        for cut, colour in ((rules.low_below, "#b45309"), (rules.high_from, "#b91c1c")):
            painter.setPen(QPen(QColor(colour), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y_of(cut)), QPointF(area.right(), y_of(cut)))
            painter.drawText(QRectF(0, y_of(cut) - 8, 32, 16), Qt.AlignmentFlag.AlignRight, str(cut))
        painter.setPen(QColor("#374151"))
        painter.drawText(QRectF(0, area.bottom() - 8, 32, 16), Qt.AlignmentFlag.AlignRight, "0")
        painter.drawText(QRectF(0, area.top() - 4, 32, 16), Qt.AlignmentFlag.AlignRight, "30")
        if not self.results:
            return
        count = len(self.results)
        step = area.width() / max(1, count - 1) if count > 1 else 0.0
        points = [
            QPointF(area.left() + (step * index if count > 1 else area.width() / 2), y_of(kept.total))
            for index, kept in enumerate(self.results)
        ]
        painter.setPen(QPen(QColor("#1d4ed8"), 2))
        for start, end in itertools.pairwise(points):
            painter.drawLine(start, end)
        painter.setBrush(QColor("#1d4ed8"))
        for point in points:
            painter.drawEllipse(point, 4, 4)
        if count <= 12:  # day/month under each point while they still fit
            painter.setPen(QColor("#374151"))
            for point, kept in zip(points, self.results, strict=True):
                label_box = QRectF(point.x() - 30, area.bottom() + 2, 60, 16)
                painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter, f"{kept.taken_on:%d/%m}")
        painter.end()


class HistoryPage(RetranslateMixin, QWidget):
    """Lists what `store` keeps. Emits `closed()` when the person goes back."""

    closed = Signal()

    def __init__(self, store: FamilyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selftest-history")
        self.store = store
        layout = QVBoxLayout(self)
        self.title_label = text_label(parent=self, scale=1.3, bold=True)
        layout.addWidget(self.title_label)
        self.intro_label = text_label(parent=self)
        layout.addWidget(self.intro_label)
        self.chart = ScoreChart(self)
        layout.addWidget(self.chart)
        self.list = QListWidget(self)
        self.list.setObjectName("selftest-history-list")
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.setMaximumHeight(220)
        layout.addWidget(self.list)
        self.empty_label = text_label(parent=self)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_all_button = QPushButton(self)
        self.delete_all_button.clicked.connect(self.delete_all)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.closed.emit)
        for button in (self.delete_button, self.delete_all_button, self.back_button):
            button.setAutoDefault(True)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.results: list[SelfTestResult] = []
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        try:
            self.results = sorted(self.store.selftest_results(), key=lambda kept: kept.taken_on, reverse=True)
        except Exception as error:
            self.results = []
            SelfTestDialogs.error(
                self,
                self.tr("Historique illisible"),
                fill_placeholders(self.tr("Les résultats gardés n'ont pas pu être lus : %1"), (str(error),)),
            )
        self._show_results()

    def _show_results(self) -> None:
        """Draw the results already read: a language change redraws them without going back to the store,
        which may be closed by then (a page kept alive after "Terminer" in consultation mode)."""
        self.list.clear()
        language = current_language()
        for kept in self.results:
            text = fill_placeholders(
                self.tr("%1 à %2 : %3 sur 30, %4 (%5)"),
                (
                    format_date(kept.taken_on.date(), language),
                    f"{kept.taken_on:%H:%M}",
                    str(kept.total),
                    render(epds.band_label(kept.band)),
                    render(epds.respondent_label(kept.respondent)),
                ),
            )
            self_harm = kept.answers[-1] if kept.answers else 0
            if self_harm > 0:  # kept visible over time: it is the answer a professional will ask about first
                text += fill_placeholders(self.tr(" ; question 10 : %1 sur 3"), (str(self_harm),))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, kept.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        self.chart.set_results(self.results)
        self.chart.setAccessibleName(
            tr_count(self.tr("Courbe des scores : %n résultat(s) gardé(s)", "", len(self.results)), len(self.results))
        )
        self.empty_label.setVisible(not self.results)
        if self.results:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.list.currentRow() >= 0 and bool(self.results))
        self.delete_all_button.setEnabled(bool(self.results))

    def delete_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 or row >= len(self.results):
            return
        kept_id = self.results[row].id
        if kept_id is None or not SelfTestDialogs.confirm(
            self, self.tr("Effacer ce résultat"), self.tr("Effacer ce résultat de cet ordinateur ? Ce sera définitif.")
        ):
            return
        self._run(lambda: self.store.delete_selftest_result(kept_id))

    def delete_all(self) -> None:
        if not self.results or not SelfTestDialogs.confirm(
            self,
            self.tr("Effacer tous les résultats"),
            self.tr("Effacer tous les résultats gardés sur cet ordinateur ? Ce sera définitif."),
        ):
            return
        self._run(self.store.delete_all_selftest_results)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as error:
            SelfTestDialogs.error(
                self,
                self.tr("Effacement impossible"),
                fill_placeholders(self.tr("Rien n'a été effacé : %1"), (str(error),)),
            )
        self.refresh()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Mes résultats gardés"))
        self.intro_label.setText(
            self.tr(
                "Les résultats que vous avez choisi de garder, du plus récent au plus ancien. Les lignes "
                "pointillées marquent 9 et 13 points. Ils restent sur cet ordinateur et vous pouvez les effacer."
            )
        )
        self.empty_label.setText(self.tr("Aucun résultat gardé."))
        self.list.setAccessibleName(self.tr("Résultats gardés"))
        set_control_text(self.delete_button, self.tr("Effacer ce résultat"), self.tr("Effacer le résultat sélectionné"))
        set_control_text(self.delete_all_button, self.tr("Tout effacer"), self.tr("Effacer tous les résultats gardés"))
        set_control_text(self.back_button, self.tr("Retour"), self.tr("Retour à l'accueil du questionnaire"))
        self._show_results()
