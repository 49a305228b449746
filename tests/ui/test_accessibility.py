"""Accessibility of every screen (WCAG 2.2 AA, RGAA): names, tab order, buddies, accessible text of item models.

Generic walkers over real widgets: each test runs over the main window with a sample family, page by page
(tests/i18n/widget_walk.py builds them), so a new page is covered as soon as the navigation lists it. The
walkers themselves are checked first on small hand-built forms with known defects, so a walker that finds
nothing is known to be able to find something.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QWidget,
)


def _walk_module() -> ModuleType:
    # tests/i18n/widget_walk.py is shared by both suites; tests/ has no packages, so load it by path.
    path = Path(__file__).resolve().parents[1] / "i18n" / "widget_walk.py"
    if "widget_walk" not in sys.modules:
        spec = importlib.util.spec_from_file_location("widget_walk", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["widget_walk"] = module
        spec.loader.exec_module(module)
    return sys.modules["widget_walk"]


WALK = _walk_module()


# --- the walkers ---------------------------------------------------------------------------------------------------


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """Visible, enabled widgets that take keyboard focus (Tab or click): what a keyboard user must reach."""
    return [
        widget
        for widget in WALK.visible_widgets(root)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() and widget is not root
    ]


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says: accessibleName, else the text Qt derives it from (button text)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton | QLabel):  # Qt's accessible interface names them by their text
        return WALK.plain(widget.text())
    return ""


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{WALK.widget_path(widget, root)} ({type(widget).__name__})"
        for widget in focusable_widgets(root)
        if not spoken_name(widget)
        # Qt's private parts (a spin box's line edit, the calendar's grid) are named through their owner.
        and not widget.objectName().startswith("qt_")
    ]


def tab_cycle(root: QWidget) -> list[QWidget]:
    """Press Tab from the first focusable widget until focus comes back: the widgets reached, in order."""
    window = root.window()
    window.activateWindow()
    candidates = focusable_widgets(root)
    if not candidates:
        return []
    candidates[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: list[QWidget] = []
    start = QApplication.focusWidget()
    current = start
    for _ in range(4 * len(candidates) + 10):
        if current is not None and current not in reached:
            reached.append(current)
        window.focusNextChild()
        QApplication.processEvents()
        current = QApplication.focusWidget()
        if current is start:
            break
    return reached


def unreachable(root: QWidget) -> list[str]:
    reached = set(tab_cycle(root))
    return [
        f"{WALK.widget_path(widget, root)} ({type(widget).__name__})"
        for widget in focusable_widgets(root)
        # A widget inside a reached item view or a private Qt part is reached through its owner.
        if widget not in reached and not widget.objectName().startswith("qt_") and widget.focusProxy() not in reached
    ]


def labels_without_buddy(root: QWidget) -> list[str]:
    """Labels of a form (a QFormLayout label, or a label ending with ':') that do not name their field."""
    problems: list[str] = []
    for widget in WALK.visible_widgets(root):
        if not isinstance(widget, QLabel) or widget.buddy() is not None:
            continue
        text = WALK.plain(widget.text())
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        in_form = False
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is widget:
                    in_form = True
        if in_form or text.endswith(":") or text.endswith(" :"):
            problems.append(f"{WALK.widget_path(widget, root)} {text[:40]!r}")
    return problems


def views_without_accessible_text(root: QWidget, max_rows: int = 20) -> list[str]:
    """Item views whose rows have a visible text but no AccessibleTextRole (a screen reader reads that role)."""
    problems: list[str] = []
    for widget in WALK.visible_widgets(root):
        if not isinstance(widget, QAbstractItemView) or widget.model() is None:
            continue
        model = widget.model()
        # The app's own models must answer AccessibleTextRole (CONTRIBUTING.md): their rows carry icons, colours
        # and dates a screen reader must hear as words. Qt's item widgets (QListWidget of plain text) fall back
        # to the display text, which is then the whole information.
        if not type(model).__module__.startswith("parcours_app"):
            continue
        for row in range(min(model.rowCount(QModelIndex()), max_rows)):
            index = model.index(row, 0)
            shown = model.data(index, Qt.ItemDataRole.DisplayRole)
            spoken = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
            if isinstance(shown, str) and shown.strip() and not (isinstance(spoken, str) and spoken.strip()):
                problems.append(f"{WALK.widget_path(widget, root)} row {row}: {shown[:40]!r}")
                break
    return problems


# --- the walkers find what they look for ----------------------------------------------------------------------------


def _sample_form(qtbot: object) -> tuple[QWidget, dict[str, QWidget]]:
    form = QWidget()
    layout = QFormLayout(form)
    named = QLineEdit()
    named.setAccessibleName("Date de naissance")
    anonymous = QLineEdit()
    labelled = QLabel("Prénom :")
    layout.addRow(labelled, anonymous)
    buddy_label = QLabel("Naissance :")
    buddy_label.setBuddy(named)
    layout.addRow(buddy_label, named)
    button = QPushButton("Enregistrer")
    unreachable_box = QCheckBox("Garder")
    unreachable_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a mouse-only control: a keyboard user is stuck
    layout.addRow(button)
    layout.addRow(unreachable_box)
    listing = QListWidget()
    listing.addItems(["Examen prénatal"])
    layout.addRow(listing)
    qtbot.addWidget(form)  # type: ignore[attr-defined]
    form.show()
    qtbot.waitExposed(form)  # type: ignore[attr-defined]
    return form, {"anonymous": anonymous, "labelled": labelled, "box": unreachable_box, "list": listing}


def test_walkers_find_known_defects(qtbot: object) -> None:
    form, parts = _sample_form(qtbot)
    assert [problem.split(" ")[-1] for problem in unnamed(form)] == ["(QLineEdit)", "(QListWidget)"]
    assert len(labels_without_buddy(form)) == 1 and "Prénom" in labels_without_buddy(form)[0]
    assert views_without_accessible_text(form) == []  # plain-text QListWidget: Qt reads the display text
    assert views_without_accessible_text_of(_SilentModel(), qtbot) != []
    reached = tab_cycle(form)
    assert parts["anonymous"] in reached
    assert parts["box"] not in reached


class _SilentModel(QStringListModel):
    """An app-style model that shows text but gives screen readers nothing of its own."""


_SilentModel.__module__ = "parcours_app.ui.example"


def views_without_accessible_text_of(model: QStringListModel, qtbot: object) -> list[str]:
    model.setStringList(["Vaccins des 2 mois"])
    view = QListView()
    view.setModel(model)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.show()
    return views_without_accessible_text(view)


def test_walkers_accept_a_correct_form(qtbot: object) -> None:
    form, parts = _sample_form(qtbot)
    parts["anonymous"].setAccessibleName("Prénom")
    parts["list"].setAccessibleName("Étapes")
    parts["labelled"].setBuddy(parts["anonymous"])
    parts["box"].setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    item = parts["list"].item(0)  # type: ignore[attr-defined]
    item.setData(Qt.ItemDataRole.AccessibleTextRole, "Examen prénatal, obligatoire")
    assert unnamed(form) == []
    assert labels_without_buddy(form) == []
    assert views_without_accessible_text(form) == []
    assert unreachable(form) == []


# --- every screen of the app ---------------------------------------------------------------------------------------


@pytest.fixture
def screens(qtbot: object) -> list[tuple[str, QWidget]]:
    # Each check runs while its page is shown; the generator shows the next page when asked.
    return WALK.main_screens(qtbot)  # type: ignore[no-any-return]


def test_every_focusable_control_has_an_accessible_name(screens: object) -> None:
    problems = [f"{page}: {problem}" for page, window in screens for problem in unnamed(window)]  # type: ignore[attr-defined]
    assert problems == []


def test_tab_reaches_every_control_of_each_page(screens: object) -> None:
    problems = [f"{page}: {problem}" for page, window in screens for problem in unreachable(window)]  # type: ignore[attr-defined]
    assert problems == []


def test_form_labels_are_buddies_of_their_fields(screens: object) -> None:
    problems = [f"{page}: {problem}" for page, window in screens for problem in labels_without_buddy(window)]  # type: ignore[attr-defined]
    assert problems == []


def test_item_views_give_screen_readers_their_text(screens: object) -> None:
    problems = [
        f"{page}: {problem}"
        for page, window in screens  # type: ignore[attr-defined]
        for problem in views_without_accessible_text(window)
    ]
    assert problems == []
