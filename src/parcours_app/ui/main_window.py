"""The main window: a navigation sidebar, the pages, the always-visible "Urgences et écoute" button, menus.

The window is built before the storage layer is even imported (app.py paints it first, then calls `attach`).
Pages other than Aujourd'hui are imported only when first shown, so a page that is slow to import never
delays the first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parcours_app.ui.i18n import RetranslateMixin
from parcours_app.ui.widgets.form_row import plain_label, set_control_text
from parcours_app.ui.widgets.plain_text import escape
from parcours_app.ui.widgets.question import ask_yes_no

if TYPE_CHECKING:  # types only: importing these at run time would slow the first paint
    from parcours_app.core.content import ContentCatalog
    from parcours_app.core.model import Event, Family
    from parcours_app.storage.errors import StorageError
    from parcours_app.ui.family_controller import FamilyController
    from parcours_app.ui.past_steps_dialog import PastStepsDialog
    from parcours_app.ui.preferences import Preferences
    from parcours_app.ui.workstation import Workstation

_LOG = logging.getLogger(__name__)
_translate = QCoreApplication.translate
Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class PageHost(Protocol):
    """What a page's builder may take from the window: the seam between MainWindow and its pages."""

    @property
    def stack(self) -> QStackedWidget: ...  # the pages' parent

    @property
    def family_controller(self) -> FamilyController: ...  # pages are built once `attach` gave one

    @property
    def language(self) -> Callable[[], str]: ...

    @property
    def keep_allowed(self) -> bool: ...  # answers are kept (not in consultation or reception mode)

    @property
    def reception(self) -> bool: ...  # the kiosk: nothing a visitor reaches edits, saves or opens a file

    def content_catalog(self) -> ContentCatalog: ...

    def current_stages(self) -> tuple[str, ...]: ...

    def show_event_resources(self, event: Event) -> None: ...


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    build: Callable[[PageHost], QWidget]  # imports its module on first use: not needed for the first paint


def _home_page(host: PageHost) -> QWidget:
    from parcours_app.ui.home_page import HomePage

    return HomePage(host.family_controller, host.language, host.stack)


def _journey_page(host: PageHost) -> QWidget:
    from parcours_app.ui.journey.page import JourneyPage

    page = JourneyPage(host.family_controller, host.stack)
    page.detail_panel.resources_requested.connect(host.show_event_resources)  # a step links to its resources
    return page


def _resources_page(host: PageHost) -> QWidget:
    from parcours_app.ui.resources_page import ResourcesPage

    return ResourcesPage(host.content_catalog(), host.current_stages, host.stack)


def _directory_page(host: PageHost) -> QWidget:
    from parcours_app.ui.directory_page import DirectoryPage

    return DirectoryPage(host.family_controller.store, host.stack, editable=not host.reception)


def _selftest_page(host: PageHost) -> QWidget:
    from parcours_app.ui.selftest import SelfTestPage

    # The controller tells whether the family is expecting: the antenatal wording of the questionnaire (issue 17).
    controller = host.family_controller
    return SelfTestPage(controller.store, controller.clock, host.keep_allowed, host.stack, controller=controller)


def _leave_page(host: PageHost) -> QWidget:
    from parcours_app.ui.leave_page import LeavePage

    return LeavePage(host.family_controller, host.language, host.stack)


def _page_specs() -> list[PageSpec]:
    return [
        PageSpec("home", lambda: _translate("MainWindow", "Aujourd'hui"), _home_page),
        PageSpec("journey", lambda: _translate("MainWindow", "Parcours"), _journey_page),
        PageSpec("resources", lambda: _translate("MainWindow", "Ressources"), _resources_page),
        PageSpec("directory", lambda: _translate("MainWindow", "Annuaire"), _directory_page),
        PageSpec("selftest", lambda: _translate("MainWindow", "Auto-test"), _selftest_page),
        PageSpec("leave", lambda: _translate("MainWindow", "Nos congés"), _leave_page),
    ]


class NotificationBanner(RetranslateMixin, QFrame):
    """The in-app notice used when the desktop has no system tray, and for the summary on opening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName("notification-text")
        self.label.setTextFormat(Qt.TextFormat.RichText)  # its own markup around escaped texts (_render)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("notification-close")
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.messages: list[tuple[str, str]] = []
        # for each message, how to write it again in a new language (None: a notification, kept as it came)
        self._writers: list[Callable[[], tuple[str, str]] | None] = []
        self.setVisible(False)
        self.retranslate_ui()

    def show_message(self, title: str, body: str, rewrite: Callable[[], tuple[str, str]] | None = None) -> None:
        """Show a message; `rewrite` gives it again in the new language when the language changes (issue 16)."""
        self.messages.append((title, body))
        self._writers.append(rewrite)
        self._render()
        self.setVisible(True)

    def _render(self) -> None:
        lines = [f"<b>{_escape(title)}</b> — {_escape(body)}" for title, body in self.messages[-5:]]
        set_control_text(
            self.label, "<br>".join(lines), " ".join(f"{title}. {body}" for title, body in self.messages[-5:])
        )

    def dismiss(self) -> None:
        self.messages.clear()
        self._writers.clear()
        self.setVisible(False)

    def retranslate_ui(self) -> None:
        if self.messages:
            for index, rewrite in enumerate(self._writers):
                if rewrite is not None:
                    self.messages[index] = rewrite()
            self._render()
        self.close_button.setText(_translate("MainWindow", "&Compris"))
        self.close_button.setAccessibleName(plain_label(self.close_button.text()))  # WCAG 2.5.3 label in name
        self.close_button.setAccessibleDescription(_translate("MainWindow", "Fermer le message"))


def _escape(text: str) -> str:
    return escape(text)  # step titles and children's names inside the banner's own markup


DEFAULT_WINDOW_SIZE = QSize(1100, 760)


def default_window_size(window: QWidget) -> QSize:
    """1100 x 760, or less on a smaller screen: the window and its title bar fit the screen's free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_WINDOW_SIZE
    available = screen.availableGeometry()
    # the window manager's frame is not known before the first show: leave room for a title bar and borders
    return DEFAULT_WINDOW_SIZE.boundedTo(QSize(available.width() - 16, available.height() - 48))


class CurrentPageStack(QStackedWidget):
    """A stack whose size hints are those of the page shown, not the largest page ever built: the journey at
    200 % text needs a wide window, Aujourd'hui does not, and the page area scrolls only for the page that needs it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())


class MainWindow(QMainWindow):
    """Built empty and painted first; `attach()` fills it once the family is loaded."""

    data_painted = Signal()  # the home page was painted with the family's data (for --quit-after-startup)
    first_painted = Signal()  # the window is on screen: the shell loads the family only then
    settings_requested = Signal()
    consultation_toggled = Signal(bool)
    quit_requested = Signal()
    workstation_requested = Signal()

    def __init__(self, consultation: bool = False, reception: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.consultation = consultation
        self.reception = reception
        self.controller: FamilyController | None = None
        self.language: Callable[[], str] = lambda: "fr"
        self.pages: dict[str, QWidget] = {}
        self.reception_locked = False  # reception mode: only the staff action closes the window
        self.preferences: Preferences | None = None  # read by the export dialogs (reminder lead times)
        self.workstation: Workstation | None = None  # the PMI's own place on the consultation plan
        self.stay_in_tray = False
        self.family_line = ""
        self._waiting_for_data_paint = False
        self._painted_once = False

        central = QWidget(self)
        central.setObjectName("central")
        self.banner = NotificationBanner(central)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        # wide enough for "Urgences et écoute" and the page names at 200 % text, no wider
        self.navigation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.crisis_button = QPushButton(central)
        self.crisis_button.setObjectName("crisis-button")
        self.crisis_button.setMinimumHeight(40)
        self.consultation_bar = QFrame(central)
        self.consultation_bar.setObjectName("consultation-bar")
        self.consultation_label = QLabel(self.consultation_bar)
        self.consultation_label.setWordWrap(True)
        self.consultation_label.setProperty("role", "h2")  # said in words and in bold, never by colour alone
        self.finish_button = QPushButton(self.consultation_bar)
        self.finish_button.setObjectName("finish-consultation")
        bar_layout = QHBoxLayout(self.consultation_bar)
        bar_layout.addWidget(self.consultation_label, 1)
        bar_layout.addWidget(self.finish_button)
        self.consultation_bar.setVisible(consultation)
        self._memory_only = consultation or reception

        self.sidebar = QWidget(central)
        self.sidebar.setObjectName("sidebar")
        sidebar = QVBoxLayout(self.sidebar)
        sidebar.setContentsMargins(0, 0, 0, 0)
        sidebar.addWidget(self.navigation, 1)
        sidebar.addWidget(self.crisis_button)
        self.stack = CurrentPageStack(central)
        self.stack.setObjectName("pages")
        self.loading = QLabel(self.stack)
        self.loading.setObjectName("loading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.first_run: QWidget | None = None
        self._discarded = QWidget()  # never shown: the pages of the last patient wait here for their deletion
        self.past_dialog: PastStepsDialog | None = None  # the question about the past steps, while it is open

        self.body = QWidget(central)
        self.body.setObjectName("body")
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.sidebar, 0)
        # A page wider or taller than the window (200 % text, a long translation) scrolls here: the window never
        # grows past the screen (docs/IDENTITY.md, "Fits the screen").
        # Built by hand, not with widgets.vertical_scroll (every page and section scroll area is): it is the one
        # scroll area of the first paint, and that module would be one import more before it (0.35 ms measured).
        # It scrolls sideways too: a page that cannot narrow further is never cut.
        self.page_area = QScrollArea(self.body)
        self.page_area.setObjectName("page-area")
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pages take the focus, not their frame
        self.page_area.setWidget(self.stack)
        body.addWidget(self.page_area, 1)
        self.outer = QVBoxLayout(central)
        self.outer.addWidget(self.consultation_bar)
        self.outer.addWidget(self.banner)
        self.outer.addWidget(self.body, 1)
        self.setCentralWidget(central)

        self._specs = _page_specs()
        for spec in self._specs:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.navigation.addItem(item)
        self.navigation.setEnabled(False)  # until the family is loaded
        self.navigation.currentRowChanged.connect(self._on_navigation)
        self.crisis_button.clicked.connect(self.show_crisis_help)
        self.finish_button.clicked.connect(self.finish_consultation)
        self._create_actions()
        self._shortcut_keeper = ShortcutKeeper(self)
        self.retranslate_ui()
        self.resize(default_window_size(self))

    # --- actions and menus ----------------------------------------------------------------------------

    def _action(self, name: str, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.calendar_action = self._action("action-calendar", self.export_calendar, "Ctrl+E")
        self.print_action = self._action("action-print", self.print_plan, QKeySequence.StandardKey.Print)
        self.consultation_action = self._action("action-consultation", self.toggle_consultation, "Ctrl+Shift+C")
        self.settings_action = self._action("action-settings", self.settings_requested.emit, "Ctrl+,")
        self.workstation_action = self._action("action-workstation", self.workstation_requested.emit)
        self.quit_action = self._action("action-quit", self.quit_requested.emit, QKeySequence.StandardKey.Quit)
        # Ctrl+D and Ctrl+N belong to the Parcours page (mark the step done, write a note): the same keys here
        # made Qt drop both as ambiguous (tests/ui/test_app_shortcuts.py)
        self.edit_dates_action = self._action("action-edit-dates", self.edit_pregnancy_dates, "Ctrl+Shift+D")
        self.birth_action = self._action("action-birth", self.enter_birth, "Ctrl+Shift+N")
        self.add_child_action = self._action("action-add-child", self.add_child)
        self.new_pregnancy_action = self._action("action-new-pregnancy", self.new_pregnancy)
        self.crisis_action = self._action("action-crisis", self.show_crisis_help, "Ctrl+U")
        self.about_action = self._action("action-about", self.show_about, QKeySequence.StandardKey.HelpContents)
        self.page_actions = [
            self._action(f"action-page-{spec.key}", partial(self.show_page_index, index), f"Ctrl+{index + 1}")
            for index, spec in enumerate(self._specs)
        ]
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.calendar_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.consultation_action, self.workstation_action, self.settings_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.family_menu = self.menuBar().addMenu("")
        self.family_menu.addActions(
            [self.edit_dates_action, self.birth_action, self.add_child_action, self.new_pregnancy_action]
        )
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addActions(self.page_actions)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addActions([self.crisis_action, self.about_action])
        self._family_actions = [
            self.calendar_action,
            self.print_action,
            self.edit_dates_action,
            self.birth_action,
            self.add_child_action,
            self.new_pregnancy_action,
        ]
        for action in self._family_actions:
            action.setEnabled(False)
        self.workstation_action.setEnabled(not self._memory_only)

    # --- attaching the family ---------------------------------------------------------------------------

    def attach(self, controller: FamilyController, language: Callable[[], str]) -> None:
        """Fill the window once storage is loaded: the first run when there is no family, else Aujourd'hui."""
        from parcours_app.ui.home_page import preview_line

        self.controller = controller
        self.language = language
        self._build_home()

        def preview(family: Family) -> str:
            from parcours_app.ui.family_controller import _build_journey

            journey = _build_journey(family, controller.catalog, controller.clock.today())
            return preview_line(journey, controller.clock.today(), language())

        self.preview = preview
        controller.save_failed.connect(self.show_save_failure)
        # journey_changed follows every family change (and a day change): once per change, not twice
        controller.journey_changed.connect(self._on_journey_changed)
        self._on_family_changed(controller.family)

    def _on_journey_changed(self, _journey: object) -> None:
        self._on_family_changed(self.family_controller.family)

    def _build_home(self) -> None:
        from parcours_app.ui.home_page import HomePage

        home = HomePage(self.family_controller, self.language, self.stack)
        home.event_activated.connect(self.show_event)
        home.selftest_requested.connect(self.show_selftest)
        home.past_steps_requested.connect(self.ask_about_past)
        self.pages["home"] = home
        self.stack.addWidget(home)

    def show_save_failure(self, subject: str, error: StorageError) -> None:
        """A change that was not saved (issue 14): said in the window, with what to do, never only on stderr."""
        message = error.render(QCoreApplication.translate)
        title = _translate("MainWindow", "Non enregistré")
        if subject:
            title = _translate("MainWindow", "Non enregistré : %1").replace("%1", subject)
        self.banner.show_message(title, message)
        self.banner.label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_family_changed(self, family: Family | None) -> None:
        # a saved family whose dates give no calendar today (the core refuses them) goes back to the form,
        # with the core's message and nothing erased
        controller = self.family_controller
        has_family = family is not None and controller.journey is not None
        problem = controller.load_error if family is not None and not has_family else None
        if not has_family or self.first_run is not None:
            self._first_run_page().show_saved_problem(problem)  # type: ignore[attr-defined]
        # without a family the staff can still set up the directory first (issue 17); "Aujourd'hui" is the form
        without_family = () if self.reception or self.consultation else ("home", "directory")
        self.navigation.setEnabled(has_family or bool(without_family))
        for index, spec in enumerate(self._specs):
            usable = has_family or spec.key in without_family
            item = self.navigation.item(index)
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(item.flags() | enabled if usable else item.flags() & ~enabled)
            self.page_actions[index].setEnabled(usable)
        for action in self._family_actions:
            # reception: a visitor saves, prints and edits nothing (issue 17); the sample family is only shown
            action.setEnabled(has_family and not self.reception)
        if has_family:
            if self.stack.currentWidget() in (self.first_run, self.loading):
                self.show_page("home")
            # Aujourd'hui refreshes itself on journey_changed: refreshing it here too made a date change cost
            # three refreshes instead of one (docs/PERFORMANCE.md)
        else:
            self.stack.setCurrentWidget(self._first_run_page())
            self.navigation.clearSelection()
        self._update_title()

    def _first_run_page(self) -> QWidget:
        """The first-run form, built the first time it is needed: a family's start never pays for it."""
        if self.first_run is None:
            from parcours_app.ui.first_run import FirstRunPage

            self.first_run = FirstRunPage(self.family_controller, self.preview, self.stack)
            self.first_run.set_consultation(self.consultation)
            # the first run is done: ask once, calmly, about the steps already past (after the page switched)
            self.first_run.completed.connect(lambda: QTimer.singleShot(0, self.ask_about_past))
            self.stack.addWidget(self.first_run)
        return self.first_run

    def expect_data_paint(self) -> None:
        """Emit `data_painted` after the next paint of the page that shows the family's data.

        The page itself may be entirely covered by opaque children (a scroll area): any of them painting
        counts, so the filter watches the page and everything inside it.
        """
        self._waiting_for_data_paint = True
        current = self.stack.currentWidget()
        if current is None:
            return
        for widget in (current, *current.findChildren(QWidget)):
            widget.installEventFilter(self)
            widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._waiting_for_data_paint and event.type() == QEvent.Type.Paint:
            current = self.stack.currentWidget()
            if (
                current is not None
                and current is not self.loading
                and isinstance(watched, QWidget)
                and (watched is current or current.isAncestorOf(watched))
            ):
                self._waiting_for_data_paint = False
                QTimer.singleShot(0, self.data_painted.emit)  # after this paint has reached the screen
        return super().eventFilter(watched, event)

    # --- navigation --------------------------------------------------------------------------------------

    def show_page_index(self, index: int) -> None:
        if self.navigation.isEnabled():
            self.navigation.setCurrentRow(index)

    def show_page(self, key: str) -> QWidget | None:
        keys = [spec.key for spec in self._specs]
        row = keys.index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        else:
            self._on_navigation(row)
        return self.pages.get(key)

    def _on_navigation(self, row: int) -> None:
        if row < 0 or self.controller is None:
            return
        spec = self._specs[row]
        if self.controller.journey is None and spec.key == "home":  # no family yet: Aujourd'hui is the form
            self.stack.setCurrentWidget(self._first_run_page())
            return
        page = self._page(spec)
        self.stack.setCurrentWidget(page)
        _LOG.info("page shown: %s", spec.key)

    def _page(self, spec: PageSpec) -> QWidget:
        if spec.key in self.pages:
            return self.pages[spec.key]
        page = spec.build(self)
        self.stack.addWidget(page)
        self.pages[spec.key] = page
        return page

    def show_event_resources(self, event: Event) -> None:
        """The Ressources page on the topics of one step of the journey."""
        from parcours_app.ui.resources_page import ResourcesPage

        page = self.show_page("resources")
        if isinstance(page, ResourcesPage):
            page.show_for_event(event)

    @property
    def family_controller(self) -> FamilyController:
        """The controller, for what exists only once `attach` gave one: the pages and the family's dialogs."""
        if self.controller is None:
            raise RuntimeError("the window has no family controller yet (attach() comes first)")
        return self.controller

    @property
    def keep_allowed(self) -> bool:
        return not (self.consultation or self.reception)

    def content_catalog(self) -> ContentCatalog:
        from parcours_app.ui.home_page import content_catalog

        catalog: ContentCatalog = content_catalog()
        return catalog

    def current_stages(self) -> tuple[str, ...]:
        from parcours_app.core.stages import current_stages

        controller = self.controller
        if controller is None or controller.journey is None:
            return ()
        return tuple(current_stages(controller.journey, controller.clock.today()))

    def reset_pages(self) -> None:
        """Forget everything on screen: see `reset_everything` (kept for the callers of the first version)."""
        self.reset_everything()

    def reset_everything(self) -> None:
        """The end of a consultation or of a visit: every dialog closed, every page and form rebuilt empty.

        Pages are destroyed rather than cleared field by field: a new widget has no previous value, no undo
        history, no selection, no scroll position to recover (issue 17: "Terminer" left the last patient's dates
        in the form, and Ctrl+Entrée brought her calendar back).
        """
        close_transient_windows(self)
        self.stack.setCurrentWidget(self.loading)
        old_pages = [self.pages.pop(key) for key in list(self.pages)]
        if self.first_run is not None:
            old_pages.append(self.first_run)
            self.first_run = None
        for page in old_pages:
            self.stack.removeWidget(page)
            # out of the window at once (nothing left to find or read), deleted when the event loop is back
            page.setParent(self._discarded)
            page.deleteLater()
        with QSignalBlocker(self.navigation):  # no page is "chosen" while the old ones are taken away
            self.navigation.setCurrentRow(-1)
            self.navigation.clearSelection()
        self.banner.dismiss()
        if self.controller is not None:
            self._build_home()
            self._on_family_changed(self.controller.family)

    def show_event(self, event_id: str) -> None:
        from parcours_app.ui.journey.page import JourneyPage

        page = self.show_page("journey")
        if isinstance(page, JourneyPage):
            page.show_event(event_id)

    def show_selftest(self, respondent: str = "") -> None:
        """The Auto-test page from Aujourd'hui: its start screen, with who answers chosen when given."""
        from parcours_app.core.model import Respondent
        from parcours_app.ui.selftest import SelfTestPage

        page = self.show_page("selftest")
        if isinstance(page, SelfTestPage):
            page.start_for(Respondent(respondent) if respondent else None)

    # --- family dialogs ---------------------------------------------------------------------------------

    def edit_pregnancy_dates(self) -> None:
        from parcours_app.ui.first_run import PregnancyDatesDialog

        PregnancyDatesDialog.ask(self, self.family_controller, self.preview)

    def new_pregnancy(self) -> None:
        from parcours_app.ui.first_run import PregnancyDatesDialog

        PregnancyDatesDialog.ask(self, self.family_controller, self.preview, new=True)

    def enter_birth(self) -> None:
        from parcours_app.core.family_edit import current_pregnancy
        from parcours_app.ui.first_run import ChildDialog

        controller = self.family_controller
        family = controller.family
        expecting = family is not None and current_pregnancy(family) is not None
        if ChildDialog.ask(self, controller, self.preview, birth=expecting):
            self.ask_about_past()

    def add_child(self) -> None:
        from parcours_app.ui.first_run import ChildDialog

        if ChildDialog.ask(self, self.family_controller, self.preview, birth=False):
            self.ask_about_past()

    def ask_about_past(self) -> PastStepsDialog | None:
        """ "Ces étapes sont passées : les avez-vous faites ?" for the past steps still waiting for an answer.

        Opened window-modal without a nested event loop (`QDialog.open`): the window stays responsive to the
        clock and tests drive the dialog as `window.past_dialog`. Returns the dialog, or None when nothing waits."""
        from parcours_app.core.reminders import summarize_day
        from parcours_app.ui.past_steps_dialog import PastStepsDialog

        controller = self.controller
        if controller is None or controller.journey is None:
            return None
        journey, today = controller.journey, controller.clock.today()
        summary = summarize_day(journey, controller.states, controller.appointments, today)
        if not summary.past_to_confirm:
            return None
        if self.past_dialog is not None and self.past_dialog.isVisible():
            return self.past_dialog
        self.past_dialog = PastStepsDialog(controller, summary.past_to_confirm, self.language(), self)
        self.past_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.past_dialog.destroyed.connect(self._forget_past_dialog)
        self.past_dialog.open()
        return self.past_dialog

    def _forget_past_dialog(self) -> None:
        self.past_dialog = None

    # --- other helpers' dialogs ------------------------------------------------------------------------------

    def show_crisis_help(self) -> None:
        from parcours_app.ui.crisis_panel import CrisisHelpDialog

        # over a modal dialog when one is open: a window of the main window would sit blocked behind it
        modal = QApplication.activeModalWidget()
        CrisisHelpDialog.show_for(modal if modal is not None and modal is not self else self)

    def export_calendar(self) -> None:
        if self.reception:
            return
        from parcours_app.ui.export_dialogs import ask_calendar

        ask_calendar(self, self.controller)

    def print_plan(self) -> None:
        if self.reception:
            return
        from parcours_app.ui.export_dialogs import ask_print

        ask_print(self, self.controller)

    def show_about(self) -> None:
        from parcours_app.ui.about_dialog import AboutDialog

        catalog = self.controller.catalog if self.controller is not None else None
        version = catalog.version if catalog is not None else ""
        checked = catalog.checked.isoformat() if catalog is not None else ""
        AboutDialog.show_for(self, version, checked, self.language())

    # --- modes -------------------------------------------------------------------------------------------

    def toggle_consultation(self) -> None:
        self.consultation_toggled.emit(not self.consultation)

    def set_consultation(self, on: bool) -> None:
        self.consultation = on
        self.consultation_bar.setVisible(on)
        # the workstation's settings are read in consultation, never written (issue 17)
        self.workstation_action.setEnabled(not on and not self.reception and not self._memory_only)
        self.retranslate_ui()

    def finish_consultation(self) -> None:
        """Terminer: everything typed during the consultation is forgotten."""
        self.consultation_toggled.emit(False)

    # --- window ------------------------------------------------------------------------------------------

    def _update_title(self, *_: object) -> None:
        controller = self.controller
        line = ""
        if controller is not None and controller.journey is not None:
            from parcours_app.ui.home_page import describe_family

            lines = describe_family(controller.journey, controller.clock.today(), self.language())
            line = lines[0] if lines else ""
        self.family_line = line
        title = _translate("MainWindow", "Parcours 1000 jours")
        if line:
            title = f"{title} — {line}"
        if self.consultation:
            title += _translate("MainWindow", " — Mode consultation : rien n'est enregistré")
        elif self.reception:
            title += _translate("MainWindow", " — Accueil : rien n'est enregistré")
        self.setWindowTitle(title)

    def enter_reception(self, screen: QWidget) -> None:
        """Reception mode: the reception screen fills the window; the pages live inside it; no menus."""
        self.reception_locked = True
        self.menuBar().setVisible(False)
        for action in (
            self.consultation_action,
            self.settings_action,
            self.workstation_action,
            self.quit_action,
            *self._family_actions,
        ):
            action.setEnabled(False)
        self.outer.removeWidget(self.body)
        self.outer.addWidget(screen, 1)
        self.reception_screen = screen

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reception_locked:
            event.ignore()  # a visitor cannot close the shared screen; the staff leave with their own action
            return
        if self.stay_in_tray and not self.consultation and not self.reception:
            event.ignore()
            self.hide()
            return
        self.quit_requested.emit()
        super().closeEvent(event)

    def confirm(self, title: str, text: str) -> bool:
        return ConfirmDialog.ask(self, title, text)

    def retranslate_ui(self) -> None:
        for index, spec in enumerate(self._specs):
            self.navigation.item(index).setText(spec.title())
            self.page_actions[index].setText(spec.title())
        self.navigation.setAccessibleName(_translate("MainWindow", "Pages"))
        set_control_text(
            self.crisis_button,
            _translate("MainWindow", "Urgences et écoute"),
            _translate("MainWindow", "Urgences et écoute : numéros d'aide"),
        )
        self.crisis_button.setToolTip(_translate("MainWindow", "3114, 15, 112 et lignes d'écoute (Ctrl+U)"))
        self.loading.setText(_translate("MainWindow", "Chargement…"))
        self._fit_sidebar()
        self.consultation_label.setText(
            _translate("MainWindow", "Mode consultation : rien n'est enregistré. « Terminer » efface tout.")
        )
        self.finish_button.setText(_translate("MainWindow", "Terminer"))  # no mnemonic: Ctrl+Maj+C (menu)
        self.finish_button.setToolTip(
            _translate("MainWindow", "Tout effacer et commencer une nouvelle consultation (Ctrl+Maj+C)")
        )
        self.finish_button.setAccessibleName(_translate("MainWindow", "Terminer la consultation et tout effacer"))
        # mnemonics chosen not to collide with the pages' own (tests/ui/test_professional_modes.py checks each
        # window state): Alt+D is the date field, Alt+F "Fait aujourd'hui", Alt+A "salarié", Alt+T "Tout afficher"
        self.file_menu.setTitle(_translate("MainWindow", "Fic&hier"))
        self.family_menu.setTitle(_translate("MainWindow", "Fami&lle"))
        self.view_menu.setTitle(_translate("MainWindow", "P&ages"))
        self.help_menu.setTitle(_translate("MainWindow", "A&ide"))
        self.calendar_action.setText(_translate("MainWindow", "Ajouter à mon &agenda…"))
        self.print_action.setText(_translate("MainWindow", "&Imprimer le plan…"))
        self.consultation_action.setText(
            _translate("MainWindow", "&Terminer la consultation")
            if self.consultation
            else _translate("MainWindow", "Mode &consultation (rien n'est enregistré)")
        )
        self.settings_action.setText(_translate("MainWindow", "&Paramètres…"))
        self.workstation_action.setText(_translate("MainWindow", "P&oste professionnel (PMI, Maison)…"))
        self.quit_action.setText(_translate("MainWindow", "&Quitter"))
        self.edit_dates_action.setText(_translate("MainWindow", "Corriger les &dates de la grossesse…"))
        self.birth_action.setText(_translate("MainWindow", "Notre enfant est &né…"))
        self.add_child_action.setText(_translate("MainWindow", "Ajouter un &enfant déjà né…"))
        self.new_pregnancy_action.setText(_translate("MainWindow", "Une nouvelle &grossesse…"))
        self.crisis_action.setText(_translate("MainWindow", "&Urgences et écoute"))
        self.about_action.setText(_translate("MainWindow", "À &propos"))
        self._update_title()

    def _fit_sidebar(self) -> None:
        """The sidebar takes the width of its longest entry (it changes with the language and the text size)."""
        if not hasattr(self, "sidebar"):  # a font change can arrive while the window is being built
            return
        metrics = self.navigation.fontMetrics()
        texts = [spec.title() for spec in self._specs]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        button = self.crisis_button.sizeHint().width()
        self.sidebar.setFixedWidth(max(widest + 48, button + 8, 150))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_sidebar()
        super().changeEvent(event)


def close_transient_windows(window: QWidget) -> None:
    """Close every dialog, message box, file dialog, print preview and popup still open (innermost first)."""
    application = QApplication.instance()
    if not isinstance(application, QApplication):
        return
    popup = application.activePopupWidget()
    while popup is not None:
        popup.close()
        next_popup = application.activePopupWidget()
        if next_popup is popup:
            break
        popup = next_popup
    open_windows = [
        widget
        for widget in application.topLevelWidgets()
        if widget is not window
        and widget.isVisible()
        and (isinstance(widget, QDialog) or window.isAncestorOf(widget) or widget.parentWidget() is not None)
    ]
    modal = application.activeModalWidget()
    if modal is not None and modal in open_windows:  # the innermost modal first, so each exec() can return
        open_windows.remove(modal)
        open_windows.insert(0, modal)
    for widget in open_windows:
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()


class ShortcutKeeper(QObject):
    """Ctrl+U ("Urgences et écoute") works from everywhere, Ctrl+E from every field of the window (issue 14).

    A text field claims Ctrl+U (erase the line) and Ctrl+E (end of line) before the window's shortcuts: Ctrl+U
    erased a typed date instead of opening the helplines, and inside a dialog the window's shortcuts do not run
    at all. The keeper watches the focused widget only (installed as focus moves, so no filter sees every event
    of the application) and runs the action itself.
    """

    CRISIS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_U)
    CALENDAR = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            new.installEventFilter(self)

    def _action_for(self, watched: QObject, event: QEvent) -> Callable[[], None] | None:
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return None
        combination = event.keyCombination()
        if combination == self.CRISIS:
            return self._window.show_crisis_help
        if (
            combination == self.CALENDAR
            and watched.window() is self._window
            and self._window.calendar_action.isEnabled()
        ):
            return self._window.calendar_action.trigger
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        action = self._action_for(watched, event)
        if action is None:
            return False
        event.accept()
        if event.type() == QEvent.Type.KeyPress:
            action()
        return True  # the field never sees the key: the typed date stays


class ConfirmDialog:
    """Yes/no questions, behind a class method that tests patch."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        return ask_yes_no(parent, title, text)
