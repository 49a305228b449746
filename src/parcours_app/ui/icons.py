"""The design set's icons: a few Phosphor icons (MIT licence, resources/icons/phosphor/LICENSE), drawn in a
theme's colour.

Bundled SVG files rather than an icon font: `qtawesome` would bring the same Phosphor set but costs about 90 ms
to import and 23 ms for its first icon on the reference machine (a third of the data-painted start-up), where
one SVG here costs well under a millisecond, read only when a view first asks for it and kept afterwards.
The files are Phosphor's "regular" weight, copied unchanged from phosphor-icons/core 2.1.1 (docs/IDENTITY.md).

Kinds of steps and statuses map to icon names here; what a step *is* (its category, its rule) comes from the
core, this module only chooses the picture. Every icon goes with words: an icon is never the only signal.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from parcours_app.core.journey_filters import Status
from parcours_app.core.model import Category, Event
from parcours_app.resources import resource_path

STEP_KINDS = ("exam", "ultrasound", "vaccine", "leave", "paperwork", "selfcare", "appointment", "child", "milestone")

_STEP_ICON = {
    "exam": "stethoscope",
    "ultrasound": "heartbeat",
    "vaccine": "syringe",
    "leave": "baby-carriage",
    "paperwork": "file-text",
    "selfcare": "flower-lotus",
    "appointment": "calendar-check",
    "child": "baby",
    "milestone": "flag",
}

# Status: a distinct shape for each, so it reads without colour (a tick, a half-filled circle, a clock...).
_STATUS_ICON = {
    Status.DONE: "check-circle",
    Status.DISMISSED: "minus-circle",
    Status.SNOOZED: "alarm",
    Status.CATCH_UP: "warning-circle",
    Status.PAST: "question",  # past before the family used the app: a question
    Status.MISSED: "clock",  # simply past: its time went by
    Status.OPEN: "circle-half",
    Status.UPCOMING: "circle",
}


def step_kind(event: Event) -> str:
    """The picture of a step: its category, with the ultrasounds told apart from the other prenatal exams."""
    if "ultrasound" in event.rule_id:
        return "ultrasound"
    return {
        Category.PREGNANCY: "exam",
        Category.ADMIN: "paperwork",
        Category.LEAVE: "leave",
        Category.POSTNATAL: "exam",
        Category.CHILD: "child",
        Category.VACCINE: "vaccine",
        Category.SELFTEST: "selfcare",
        Category.MILESTONE: "milestone",
    }.get(event.category, "exam")


@cache
def _svg_text(name: str) -> str:
    return resource_path("icons", "phosphor", f"{name}.svg").read_text(encoding="utf-8")


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg_text(name).replace("currentColor", color).encode("utf-8")))


def pixmap(name: str, color: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """One icon as a square pixmap of `size` logical pixels in `color` ("#rrggbb")."""
    return _pixmap(name, QColor(color).name(), int(size), float(device_pixel_ratio))


@cache
def _pixmap(name: str, color: str, size: int, ratio: float) -> QPixmap:
    physical = max(1, round(size * ratio))
    image = QImage(QSize(physical, physical), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name, color).render(painter)
    painter.end()
    result = QPixmap.fromImage(image)
    result.setDevicePixelRatio(ratio)
    return result


def icon(name: str, color: str, size: int = 24) -> QIcon:
    """A QIcon of one design-set icon in a colour (for buttons and labels)."""
    result = QIcon()
    for scale in (1.0, 2.0):
        result.addPixmap(pixmap(name, color, size, scale))
    return result


def step_icon_name(event: Event) -> str:
    return _STEP_ICON[step_kind(event)]


def kind_icon_name(kind: str) -> str:
    return _STEP_ICON[kind]


def status_icon_name(status: Status) -> str:
    return _STATUS_ICON[status]
