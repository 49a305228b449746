"""A painted band of the stages: the months of pregnancy, the birth, the ages of the child, the 1000 days, today.

Each stage gets the same share of the width (a time-true scale would squeeze the pregnancy months into slivers);
inside a stage, positions are proportional to days. Stages come from `core.journey_filters.build_timeline`.
Clicking a stage emits `date_activated` with its first day; the arrows move a keyboard cursor between stages.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from parcours_app.core.journey_filters import Stage, StageKind, Timeline
from parcours_app.ui.widgets.plain_text import plain_tooltip

from . import texts

_CHILD_STAGE_WEIGHT = 1.6  # child stages carry longer labels ("6–12 mois") than "5e mois"


class StageTimeline(QWidget):
    date_activated = Signal(object)  # datetime.date: the first day of the stage clicked or chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._today = dt.date.min  # no day until the journey (built on the one clock's today) is set
        self._cursor = -1  # stage under the keyboard cursor
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    # --- content ------------------------------------------------------------------------------------

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    def set_timeline(self, timeline: Timeline | None, today: dt.date) -> None:
        self._timeline = timeline
        self._today = today
        if timeline is not None:
            current = timeline.stage_on(today)
            self._cursor = timeline.stages.index(current) if current is not None else 0
        else:
            self._cursor = -1
        self.retranslate_ui()
        self.updateGeometry()
        self.update()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("StageTimeline", "Frise des étapes"))
        self.setAccessibleDescription(self.description())
        self.setToolTip(plain_tooltip(self.description()))  # may name a child

    def description(self) -> str:
        """The whole band in words, for screen readers: where today falls, the birth and the 1000 days."""
        timeline = self._timeline
        language = texts.current_language()
        if timeline is None:
            return QCoreApplication.translate("StageTimeline", "Aucune grossesse ni aucun enfant pour l'instant.")
        parts: list[str] = []
        current = timeline.stage_on(self._today)
        if current is not None:
            parts.append(
                QCoreApplication.translate("StageTimeline", "Aujourd'hui : %1.").replace(
                    "%1", texts.render(current.description)
                )
            )
        elif self._today < timeline.conception:
            parts.append(QCoreApplication.translate("StageTimeline", "Aujourd'hui : avant la grossesse."))
        else:
            parts.append(QCoreApplication.translate("StageTimeline", "Aujourd'hui : après les 3 ans de l'enfant."))
        birth = texts.long_date(timeline.birth, language)
        if timeline.birth_is_estimated:
            parts.append(QCoreApplication.translate("StageTimeline", "Naissance prévue le %1.").replace("%1", birth))
        else:
            parts.append(QCoreApplication.translate("StageTimeline", "Naissance le %1.").replace("%1", birth))
        parts.append(
            QCoreApplication.translate("StageTimeline", "Les 1000 premiers jours vont du %1 au %2.")
            .replace("%1", texts.long_date(timeline.thousand_days_start, language))
            .replace("%2", texts.long_date(timeline.thousand_days_end, language))
        )
        if 0 <= self._cursor < len(timeline.stages):
            stage = timeline.stages[self._cursor]
            parts.append(
                QCoreApplication.translate("StageTimeline", "Étape choisie : %1, du %2 au %3.")
                .replace("%1", texts.render(stage.description))
                .replace("%2", texts.long_date(stage.start, language))
                .replace("%3", texts.long_date(stage.end, language))
            )
        return " ".join(parts)

    # --- geometry -----------------------------------------------------------------------------------

    def _weights(self) -> list[float]:
        assert self._timeline is not None
        return [_CHILD_STAGE_WEIGHT if stage.kind is StageKind.CHILD_AGE else 1.0 for stage in self._timeline.stages]

    def _stage_rects(self) -> list[QRectF]:
        return self._layout()[0]

    def _layout(self) -> tuple[list[QRectF], list[str]]:
        """Each stage's cell and text. Cells are first as wide as their text ("6–12 months" gets more room than
        "3"), the rest of the width shared by weight. When the months' names do not fit that way, the pregnancy
        months show their number under "Grossesse (mois)": a number reads, "1er m…" or "الشه…" did not."""
        if self._timeline is None:
            return [], []
        metrics = QFontMetrics(self.font())
        margin = metrics.horizontalAdvance("M")
        band_top = metrics.height() * 1.5
        band_height = metrics.height() * 2.0
        weights = self._weights()
        available = self.width() - 2 * margin
        padding = metrics.horizontalAdvance("  ") + 6
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)  # the stage of today is in bold
        stages = self._timeline.stages
        names = [texts.render(stage.label) for stage in stages]
        numbers = list(names)
        months = [index for index, stage in enumerate(stages) if stage.kind is StageKind.PREGNANCY_MONTH]
        for number, index in enumerate(months, start=1):
            numbers[index] = str(number)
        widths: list[float] = []
        labels = names
        for candidate in (names, numbers):
            needed = [float(bold_metrics.horizontalAdvance(label) + padding) for label in candidate]
            if sum(needed) <= available:
                extra = (available - sum(needed)) / sum(weights)
                labels = candidate
                widths = [need + extra * weight for need, weight in zip(needed, weights, strict=True)]
                break
        else:
            unit = available / sum(weights)
            labels, widths = numbers, [unit * weight for weight in weights]
        rects: list[QRectF] = []
        x = float(margin)
        for width in widths:
            rects.append(QRectF(x, band_top, width, band_height))
            x += width
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            rects = [QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height()) for rect in rects]
        return rects, labels

    def _x_of(self, day: dt.date, rects: list[QRectF]) -> float | None:
        assert self._timeline is not None
        for stage, rect in zip(self._timeline.stages, rects, strict=True):
            if stage.start <= day <= stage.end:
                share = ((day - stage.start).days + 0.5) / ((stage.end - stage.start).days + 1)
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    return rect.right() - share * rect.width()
                return rect.left() + share * rect.width()
        return None

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance("M") * 60, int(metrics.height() * 7.2))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        count = len(self._timeline.stages) if self._timeline else 14
        return QSize(metrics.horizontalAdvance("8e mois") * count // 2, int(metrics.height() * 7.2))

    def _stage_labels(self) -> list[str]:
        return self._layout()[1]

    # --- painting -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        timeline = self._timeline
        if timeline is None:
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.description())
            return
        rects, labels = self._layout()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        pregnancy_fill = palette.color(QPalette.ColorRole.AlternateBase)
        child_fill = palette.color(QPalette.ColorRole.Base)
        border = QPen(palette.color(QPalette.ColorRole.Mid))
        # Group titles above the band: "Grossesse" over the months, "Enfant" over the ages.
        pregnancy_rects = [
            rect for stage, rect in zip(timeline.stages, rects, strict=True) if stage.kind is not StageKind.CHILD_AGE
        ]
        child_rects = [
            rect for stage, rect in zip(timeline.stages, rects, strict=True) if stage.kind is StageKind.CHILD_AGE
        ]
        painter.setPen(text_color)
        title_height = metrics.height() * 1.4
        # The birth names itself at the start of the child's stages; "Âge de l'enfant" sits at their far end.
        if timeline.birth_is_estimated:
            birth_title = QCoreApplication.translate("StageTimeline", "● Naissance prévue le %1")
        else:
            birth_title = QCoreApplication.translate("StageTimeline", "● Naissance le %1")
        birth_title = birth_title.replace("%1", texts.long_date(timeline.birth, texts.current_language()))
        for group_rects, title, alignment in (
            (
                pregnancy_rects,
                QCoreApplication.translate("StageTimeline", "Grossesse (mois)"),
                Qt.AlignmentFlag.AlignCenter,
            ),
            (child_rects, birth_title, Qt.AlignmentFlag.AlignLeading),
            (
                child_rects,
                QCoreApplication.translate("StageTimeline", "Âge de l'enfant"),
                Qt.AlignmentFlag.AlignTrailing,
            ),
        ):
            if group_rects:
                left = min(rect.left() for rect in group_rects)
                right = max(rect.right() for rect in group_rects)
                area = QRectF(left + 4, 0, right - left - 8, title_height)
                painter.drawText(
                    area,
                    int(alignment | Qt.AlignmentFlag.AlignVCenter),
                    metrics.elidedText(
                        title,
                        Qt.TextElideMode.ElideRight,
                        int(
                            area.width()
                            * (
                                0.7
                                if title is birth_title
                                else 0.3
                                if alignment == Qt.AlignmentFlag.AlignTrailing
                                else 1.0
                            )
                        ),
                    ),
                )
        # The stages. When a month's name ("1er mois", "الشهر الأول") does not fit its cell, every pregnancy month
        # shows its number instead, under the group title "Grossesse (mois)": a number reads, "1er m…" did not.
        for index, (stage, rect) in enumerate(zip(timeline.stages, rects, strict=True)):
            painter.setPen(border)
            painter.setBrush(child_fill if stage.kind is StageKind.CHILD_AGE else pregnancy_fill)
            painter.drawRect(rect)
            painter.setPen(text_color)
            label = metrics.elidedText(labels[index], Qt.TextElideMode.ElideRight, int(rect.width() - 4))
            font = painter.font()
            font.setBold(stage is timeline.stage_on(self._today))
            painter.setFont(font)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
            font.setBold(False)
            painter.setFont(font)
            if index == self._cursor and self.hasFocus():
                focus_pen = QPen(palette.color(QPalette.ColorRole.Highlight))
                focus_pen.setWidth(3)
                painter.setPen(focus_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(2, 2, -2, -2))
        band_bottom = rects[0].bottom()
        # The birth: a strong line between the pregnancy and the child, with its date below.
        birth_x = self._x_of(timeline.birth, rects)
        if birth_x is not None:
            # the first day of life starts the first child stage: put the line on its edge
            birth_x = (
                child_rects[0].left()
                if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
                else child_rects[0].right()
            )
            pen = QPen(text_color)
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawLine(QPointF(birth_x, rects[0].top() - 4), QPointF(birth_x, band_bottom + 4))
        # The 1000 days: a bracket under the band.
        start_x = self._x_of(timeline.thousand_days_start, rects)
        end_x = self._x_of(timeline.thousand_days_end, rects)
        bracket_y = band_bottom + metrics.height() * 2.0  # below the "today" label
        if start_x is not None and end_x is not None:
            left, right = min(start_x, end_x), max(start_x, end_x)
            pen = QPen(text_color)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawLine(QPointF(left, bracket_y), QPointF(right, bracket_y))
            painter.drawLine(QPointF(left, bracket_y - 5), QPointF(left, bracket_y + 5))
            painter.drawLine(QPointF(right, bracket_y - 5), QPointF(right, bracket_y + 5))
            label = QCoreApplication.translate("StageTimeline", "Les 1000 premiers jours")
            label_rect = QRectF(left, bracket_y + 4, right - left, metrics.height() * 1.3)
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignCenter), label)
        # Today: a marker above and a dashed line through the band, labelled in words.
        today_x = self._x_of(self._today, rects)
        if today_x is not None:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(3)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(today_x, rects[0].top()), QPointF(today_x, band_bottom))
            painter.setPen(text_color)
            label = "▲ " + QCoreApplication.translate("StageTimeline", "Aujourd'hui")
            width = metrics.horizontalAdvance(label) + 4
            left = min(max(0.0, today_x - 2 - metrics.horizontalAdvance("▲ ") / 2), self.width() - width)
            area = QRectF(left, band_bottom + 2, width, metrics.height() * 1.2)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), label)

    # --- interaction --------------------------------------------------------------------------------

    def _stage_at(self, point: QPointF) -> int:
        for index, rect in enumerate(self._stage_rects()):
            if rect.left() <= point.x() <= rect.right():
                return index
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._stage_at(event.position())
        if index >= 0:
            self._choose(index)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._timeline is None:
            super().keyPressEvent(event)
            return
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()), 0)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            step = -step
        if step:
            self._cursor = max(0, min(len(self._timeline.stages) - 1, self._cursor + step))
            self.retranslate_ui()
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(self._cursor)
        else:
            super().keyPressEvent(event)

    def _choose(self, index: int) -> None:
        assert self._timeline is not None
        self._cursor = index
        stage: Stage = self._timeline.stages[index]
        self.retranslate_ui()
        self.update()
        self.date_activated.emit(stage.start)
