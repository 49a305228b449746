"""Walk real widgets: the screens of the app, their visible texts, clipped texts, untranslated texts.

Shared by tests/i18n (languages, pseudo-language, clipping) and tests/ui/test_accessibility.py (which loads this
file by path). `main_screens` builds the real main window over an in-memory store holding one of the app's
own sample families (resources/samples/families.toml), then visits every page of its navigation; every test
that walks "every screen" goes through it, so a new page is covered as soon as the main window lists it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QToolButton,
    QWidget,
)

from parcours_app.ts_translator import PSEUDO_CLOSE, PSEUDO_OPEN, PSEUDO_PAD

TODAY = dt.date(2026, 11, 22)
SAMPLE_FAMILY_INDEX = 2  # "grossesse de 8 mois, un aîné de 2 ans et demi": pregnancy and child pages both filled


@dataclass(frozen=True, slots=True)
class ShownText:
    where: str  # a readable path to the widget: MainWindow/central/pages/JourneyPage/QPushButton[2]
    kind: str  # "text", "title", "placeholder", "item", "tab", "accessible-name", "tooltip", "window-title"
    text: str


def widget_path(widget: QWidget, root: QWidget | None = None) -> str:
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName() or type(current).__name__
        # parentWidget() of a window returns None, which PySide6 6.12 miscounts: never ask a window.
        parent = None if current.isWindow() else current.parentWidget()
        if parent is not None and not current.objectName():
            siblings = [child for child in parent.findChildren(type(current)) if child.parentWidget() is parent]
            if len(siblings) > 1:
                name += f"[{siblings.index(current)}]"
        parts.append(name)
        if current is root or current.isWindow():
            break
        current = parent
    return "/".join(reversed(parts))


def visible_widgets(root: QWidget) -> list[QWidget]:
    """root and its descendants that are shown on screen now (a hidden page of a stack is skipped)."""
    return [root] + [widget for widget in root.findChildren(QWidget) if widget.isVisibleTo(root) and widget.isVisible()]


_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def plain(text: str) -> str:
    """What a person reads: rich text as plain text, without the & of keyboard mnemonics."""
    if _TAG.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


def visible_texts(root: QWidget, max_rows: int = 40) -> list[ShownText]:
    """Every text a person can read or hear in the visible part of `root`, in a stable order."""
    found: list[ShownText] = []

    def add(widget: QWidget, kind: str, text: str) -> None:
        text = plain(text)
        if text:
            found.append(ShownText(widget_path(widget, root), kind, text))

    for widget in visible_widgets(root):
        if isinstance(widget, QMainWindow) or widget.isWindow():
            add(widget, "window-title", widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, "tab", widget.tabText(index))
        elif isinstance(widget, QComboBox):
            for index in range(min(widget.count(), max_rows)):
                add(widget, "item", widget.itemText(index))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models (QListWidget's) keep columnCount private: one column
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), max_rows)):
                for column in range(columns):
                    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        add(widget, "item", value)
        add(widget, "accessible-name", widget.accessibleName())
        add(widget, "tooltip", widget.toolTip())
    return found


# --- clipping -----------------------------------------------------------------------------------------------------


def _one_button_wider_than(content: QWidget, width: int) -> bool:
    """A single button whose text alone is wider than the view (pseudo-language at 200 % in a 1100 px window):
    buttons never wrap their text, so only a shorter text would help; the button itself is checked below."""
    return any(
        button.isVisible() and button.sizeHint().width() > width * 0.8
        for button in content.findChildren(QAbstractButton)
    )


def clipped_texts(root: QWidget) -> list[str]:
    """Texts that do not fit their widget: a label or a button narrower or lower than what its text needs.

    A single-line QLabel needs minimumSizeHint() (its text's width plus margins); a word-wrapped label needs
    heightForWidth(width); a button, a check box or a radio button needs sizeHint() (text, icon, padding).
    A label that elides on purpose should set the property `elided` to True: it is skipped.
    """
    problems: list[str] = []
    for widget in visible_widgets(root):
        if b"elided" in widget.dynamicPropertyNames() and widget.property("elided"):
            continue
        if (
            isinstance(widget, QScrollArea)
            and widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and widget.widget() is not None
            and widget.widget().width() > widget.viewport().width() + 1
            and not _one_button_wider_than(widget.widget(), widget.viewport().width())
        ):
            # no horizontal scroll bar: whatever is wider than the viewport is cut off at its trailing edge
            problems.append(
                f"{widget_path(widget, root)}: content {widget.widget().width()}px wide in a "
                f"{widget.viewport().width()}px view without horizontal scroll bar"
            )
        if widget.objectName().startswith("qt_"):
            # Qt's own private parts (the calendar's navigation bar): Qt sizes them itself and their size hint
            # counts our style sheet's padding, not the text, which fits.
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed_height = widget.heightForWidth(widget.contentsRect().width())
                if needed_height > widget.height() + 1:
                    problems.append(f"{widget_path(widget, root)}: needs {needed_height}px high, has {widget.height()}")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                problems.append(
                    f"{widget_path(widget, root)} {plain(widget.text())[:40]!r}: needs "
                    f"{widget.minimumSizeHint().width()}px wide, has {widget.width()}"
                )
        elif isinstance(widget, QPushButton | QRadioButton) and widget.text() and widget.hasHeightForWidth():
            # a button or radio button whose text wraps (ui/widgets/wrap_button.py, wrap_radio.py) is checked like a
            # word-wrapped label: its longest word must fit, and its height for its width
            needed = QSize(widget.minimumSizeHint().width(), widget.heightForWidth(widget.width()))
            if needed.width() > widget.width() + 1 or needed.height() > widget.height() + 1:
                problems.append(
                    f"{widget_path(widget, root)} {plain(widget.text())[:40]!r}: needs {needed.width()}x"
                    f"{needed.height()}px, has {widget.width()}x{widget.height()}"
                )
        elif isinstance(widget, QPushButton | QToolButton | QCheckBox | QRadioButton) and widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                problems.append(
                    f"{widget_path(widget, root)} {plain(widget.text())[:40]!r}: needs {hint.width()}x{hint.height()}"
                    f"px, has {widget.width()}x{widget.height()}"
                )
    return problems


# --- untranslated text in the pseudo-language ------------------------------------------------------------------------

# An innermost pseudo segment: "[", no bracket, the padding, "]". Removed repeatedly, nested ones go too.
_PSEUDO_SEGMENT = re.compile(
    re.escape(PSEUDO_OPEN) + "[^" + re.escape(PSEUDO_OPEN + PSEUDO_CLOSE) + "]*" + re.escape(PSEUDO_PAD + PSEUDO_CLOSE)
)
_WORD = re.compile(r"[^\W\d_]{2,}")  # letters of any script


def untranslated_words(text: str, allowed: set[str]) -> list[str]:
    """Words of `text` outside every pseudo-language segment: text that did not go through a translator.

    `allowed` holds words that are data, not interface text (the sample family's names, French month names
    of dates that babel formats, the app's name).
    """
    rest, previous = text, ""
    while rest != previous:  # innermost first: a pseudo text can hold another one in a placeholder
        previous, rest = rest, _PSEUDO_SEGMENT.sub(" ", rest)
    return [word for word in _WORD.findall(rest) if word.lower() not in allowed]


# --- the screens ----------------------------------------------------------------------------------------------------


def _sample_controller() -> object:
    """A FamilyController over an in-memory store holding one of the app's own sample families."""
    from parcours_app.core.clock import FixedClock
    from parcours_app.core.samples import load_sample_families
    from parcours_app.storage.sqlite_store import open_memory_store
    from parcours_app.ui.family_controller import FamilyController

    store = open_memory_store()
    store.save_family(load_sample_families(TODAY)[SAMPLE_FAMILY_INDEX].family)
    return FamilyController(store, FixedClock(TODAY))


def main_window_available() -> bool:
    try:
        importlib.import_module("parcours_app.ui.main_window")
    except ImportError:
        return False
    return True


WINDOW_SIZES = ((1100, 760), (1366, 768), (1920, 1080))
"""The default window, the most common small laptop screen and a full HD screen (issue 18)."""


def main_screens(
    qtbot: object, language: object = lambda: "fr", size: tuple[int, int] = WINDOW_SIZES[0]
) -> Iterator[tuple[str, QWidget]]:
    """Show the main window with a sample family at `size`, then each page of its navigation in turn.

    Yields (page key, main window) after each page is shown and laid out. The window is deleted (not only
    closed) at the end, even when the caller stops early: every language or theme change later in the session
    would otherwise reach every window ever built and make each test slower than the last.
    """
    from PySide6.QtCore import QEvent

    from parcours_app.ui.main_window import MainWindow

    del qtbot  # kept in the signature so callers show they run inside pytest-qt's application
    window = MainWindow()
    try:
        controller = _sample_controller()
        controller.setParent(window)  # type: ignore[attr-defined]
        window.attach(controller, language)
        window.resize(*size)
        window.show()
        QApplication.processEvents()
        for spec in window._specs:
            window.show_page(spec.key)
            # a few turns: the page area, then the page's own scroll area, then rows that re-flow (ButtonRow,
            # FlowLayout) each lay out on the next turn after their parent's resize
            for _ in range(3):
                QApplication.processEvents()
            yield spec.key, window
    finally:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def data_words() -> set[str]:
    """Words shown on the screens that are data, not interface text: the sample family's names and the French
    month and day names of dates (the pseudo-language formats dates like French)."""
    from babel.dates import get_day_names, get_month_names

    from parcours_app.core.samples import load_sample_families

    words: set[str] = set()
    for names in (get_month_names("wide", locale="fr_FR"), get_month_names("abbreviated", locale="fr_FR")):
        words.update(name.lower().rstrip(".") for name in names.values())
    for names in (get_day_names("wide", locale="fr_FR"), get_day_names("abbreviated", locale="fr_FR")):
        words.update(name.lower().rstrip(".") for name in names.values())
    family = load_sample_families(TODAY)[SAMPLE_FAMILY_INDEX].family
    for text in [getattr(family, "parent1_name", ""), getattr(family, "parent2_name", "")] + [
        child.name for child in getattr(family, "children", ())
    ]:
        words.update(word.lower() for word in _WORD.findall(text or ""))
    return words
