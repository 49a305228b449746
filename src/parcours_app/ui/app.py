"""The GUI's composition root: options, one instance per data folder, paint first, then load the family.

Startup order (issue 10, "paint first"): parse the options, create the QApplication, read the display
preferences (a small INI file), apply language and theme, show the empty main window, and only then, from
`QTimer.singleShot(0, ...)`, import the storage layer (plain `sqlite3`: SQLModel and Alembic load only when an
older file must be migrated, storage/sqlite_store.py), open the store, compute the journey and fill the window.
`--quit-after-startup` waits for the window to be painted with the family's data and exits 0 (benchmarks and
packaging smoke tests).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSystemTrayIcon, QWidget

from parcours_app.core.clock import Clock, FixedClock, SystemClock
from parcours_app.core.text import Text
from parcours_app.ui import kiosk
from parcours_app.ui.main_window import MainWindow
from parcours_app.ui.preferences import Preferences, preferences_file
from parcours_app.ui.workstation import Workstation, workstation_file

if TYPE_CHECKING:  # types only: each of these is imported where it is first used, after the first paint
    from parcours_app.core.model import Family, Journey
    from parcours_app.storage.sqlite_store import SqliteStore
    from parcours_app.storage.store import FamilyStore
    from parcours_app.ui.family_controller import FamilyController
    from parcours_app.ui.i18n import LanguageManager
    from parcours_app.ui.reception import ReceptionScreen
    from parcours_app.ui.reminders import ReminderService, TrayIcon
    from parcours_app.ui.single_instance import InstanceServer

_LOG = logging.getLogger("parcours_app.ui.app")
APP_ID = "fr.parcours1000jours.Parcours"


# Qt's own command-line options that take a value (QGuiApplication and QApplication): their value is not a command.
_QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry", "-qwindowicon",
        "-qwindowtitle", "-style", "-stylesheet", "-display", "-geometry", "-title", "-session", "-name",
        "-qmljsdebugger", "-graphicssystem",
    }
)  # fmt: skip
_QT_FLAGS = frozenset({"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"})


def parse_options(args: list[str]) -> argparse.Namespace:
    from parcours_app.argparse_i18n import requested_language, translate_parser
    from parcours_app.ts_translator import translator_for

    translate = translator_for(requested_language(args))  # `parcours --lang en --help` reads in English

    def tr(source: str) -> str:
        return Text("Cli", source).render(translate)

    parser = argparse.ArgumentParser(
        prog="parcours",
        description="Parcours 1000 jours",
        epilog=tr(
            "commandes (sans fenêtre) :\n"
            "  parcours calendar …   calculer le calendrier d'une famille (tableau, JSON, .ics, PDF)\n"
            "  parcours data …       exporter, importer, sauvegarder, restaurer, vérifier les données\n"
            "  parcours leave …      planifier les congés des deux parents\n"
            "  parcours today …      ce qui est en cours pour la famille enregistrée (texte ou JSON)\n"
            "« parcours COMMANDE --help » décrit chacune ; sans commande, la fenêtre s'ouvre."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, metavar=tr("DOSSIER"), help=tr("dossier des données de la famille")
    )
    parser.add_argument(
        "--today", type=dt.date.fromisoformat, default=None, metavar="D", help=tr("date fixe AAAA-MM-JJ (démos)")
    )
    parser.add_argument("--quit-after-startup", action="store_true", help=tr("quitter une fois la fenêtre affichée"))
    parser.add_argument("--consultation", action="store_true", help=tr("mode consultation : rien n'est enregistré"))
    parser.add_argument(
        "--reception", action="store_true", help=tr("mode accueil : plein écran, rien n'est enregistré")
    )
    parser.add_argument(
        "--directory",
        type=Path,
        default=None,
        metavar=tr("FICHIER"),
        help=tr("mode accueil : annuaire de la Maison (fichier exporté)"),
    )
    parser.add_argument("--lang", default=None, help=tr("langue de l'interface (fr, en, ar)"))
    parser.add_argument("--minimized", action="store_true", help=tr("démarrer dans la zone de notification"))
    parser.add_argument("--version", action="store_true", help=tr("afficher la version et quitter"))
    translate_parser(parser, translate)
    options, unknown = parser.parse_known_args(args)  # Qt's own options (-platform...) pass through
    stray = _stray_argument(unknown)
    if stray is not None:  # "parcours foo": a mistyped command must not open the window and ignore it (issue 14)
        parser.error(
            tr("commande ou option inconnue : %1 (commandes : calendar, data, leave, today)").replace("%1", stray)
        )
    return options


def _stray_argument(unknown: list[str]) -> str | None:
    """The first argument that is neither one of Qt's own options nor the value of one."""
    skip_value = False
    for token in unknown:
        if skip_value:
            skip_value = False
            continue
        if token.startswith("-psn_"):  # the process serial number older macOS launchers add
            continue
        name = token.split("=", 1)[0]
        if name.startswith("--"):  # Qt reads --platform as -platform
            name = name[1:]
        if name in _QT_OPTIONS_WITH_VALUE and "=" not in token and name not in _QT_FLAGS:
            skip_value = True
            continue
        if name in _QT_OPTIONS_WITH_VALUE or name in _QT_FLAGS:
            continue
        return token
    return None


def resolve_data_dir(options: argparse.Namespace, preferences: Preferences) -> Path:
    if options.data_dir is not None:
        return Path(options.data_dir).expanduser()
    import os

    from parcours_app.storage.paths import DATA_DIR_ENV, default_data_dir

    if not os.environ.get(DATA_DIR_ENV) and preferences.data_dir:
        return Path(preferences.data_dir)
    return default_data_dir()


class AppShell(QObject):
    """Owns the window, the store, the controller, the tray and the reminders for one run of the app."""

    def __init__(
        self,
        app: QApplication,
        options: argparse.Namespace,
        preferences: Preferences | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
        *,
        workstation: Workstation | None = None,
        idle_clock: Clock | None = None,
        idle_check_ms: int = 5000,
    ) -> None:
        super().__init__(parent)
        self.app = app
        # no date, number or combo field changes under the wheel unless it has the focus (issue 16)
        from parcours_app.ui.widgets.wheel_guard import install_wheel_guard

        install_wheel_guard(app)
        self.options = options
        self.memory_only = bool(options.consultation or options.reception)
        if self.memory_only:
            kiosk.forbid_qt_settings()  # Qt's file dialog keeps no history on disk (issue 17)
        kiosk.set_locked(bool(options.reception))
        self.preferences = preferences or Preferences(None if self.memory_only else preferences_file())
        # the PMI or Maison running this computer, and the staff code: read in every mode, written only at home
        self.workstation = workstation or Workstation(workstation_file(), writable=not self.memory_only)
        self.idle_clock = idle_clock  # None: real elapsed time (the reception's inactivity reset)
        self.idle_check_ms = idle_check_ms
        self.clock: Clock = clock or (FixedClock(options.today) if options.today else SystemClock())
        self.data_dir = resolve_data_dir(options, self.preferences)
        self.exit_code = 0
        self.store: SqliteStore | None = None
        self.home_store: FamilyStore | None = None  # the family's own store, kept aside during a consultation
        self.controller: FamilyController | None = None
        self.reminders: ReminderService | None = None
        self.tray: TrayIcon | None = None
        self.instance_server: InstanceServer | None = None
        self.language_manager: LanguageManager | None = None
        self.reception_view: ReceptionScreen | None = None
        self.staff_check: Callable[[str], bool] | None = None  # the reception's staff code (stored or session)
        self._load_started = False
        # language and theme before the first widget exists, so every widget is born with the right font
        self.apply_language(self.options.lang or self.preferences.language)
        self.apply_appearance(self.preferences.theme, self.preferences.text_scale)
        self.window = MainWindow(consultation=bool(options.consultation), reception=bool(options.reception))
        self.window.settings_requested.connect(self.open_settings)
        self.window.consultation_toggled.connect(self.set_consultation)
        self.window.quit_requested.connect(self.quit)
        self.window.stay_in_tray = self.preferences.stay_in_tray
        self.window.preferences = self.preferences
        self.window.workstation = self.workstation
        self.window.workstation_requested.connect(self.open_workstation)

    # --- language and appearance (the i18n helper's modules) --------------------------------------------

    def language(self) -> str:
        return self.language_manager.language if self.language_manager is not None else "fr"

    def apply_language(self, code: str | None) -> None:
        from parcours_app.ui.i18n import LANGUAGES, LanguageManager, language_from_locale

        if self.language_manager is None:
            self.language_manager = LanguageManager(self.app)
        if not code:
            from PySide6.QtCore import QLocale

            code = language_from_locale(QLocale.system().uiLanguages())
        if code not in LANGUAGES:
            _LOG.warning("unknown language %r: French is used", code)
            code = "fr"
        self.language_manager.set_language(code)

    def apply_appearance(self, theme: str, scale_percent: int) -> None:
        from parcours_app.ui.theme import apply_theme

        scale = 1.5 if self.options.reception and scale_percent < 150 else scale_percent / 100
        try:
            apply_theme(self.app, theme, scale)
        except (OSError, KeyError, ValueError) as error:
            # a broken style file must not stop a parent from seeing their calendar: Qt's default look is used
            _LOG.error("theme %s could not be applied: %r", theme, error)

    # --- startup --------------------------------------------------------------------------------------

    def start(self) -> None:
        """Paint first: the empty window now; the family on the next turn of the event loop."""
        # The SVG icon engine takes 5-9 ms to load: the icon comes with the first paint, not before it.
        self.window.first_painted.connect(lambda: self.window.setWindowIcon(_app_icon()))
        if self.options.reception:
            self.window.showFullScreen()
        elif self.options.minimized and QSystemTrayIcon.isSystemTrayAvailable():
            self.window.setWindowIcon(_app_icon())
            QTimer.singleShot(0, self.load)  # started at login: no window to paint, only the tray icon
            return
        else:
            self.window.show()
        # the family (SQLModel, the journey) is loaded once the empty window is on screen; the timer covers a
        # platform that never sends a paint to a window it does not show
        self.window.first_painted.connect(lambda: QTimer.singleShot(0, self.load))
        if self.options.quit_after_startup:
            # benchmarks/run.py times the first paint by this line, against a bare window's
            self.window.first_painted.connect(lambda: print("parcours: first paint", file=sys.stderr, flush=True))
        QTimer.singleShot(1000, self.load)

    def open_store(self) -> SqliteStore | None:
        if self.memory_only:
            from parcours_app.storage import open_memory_store

            return open_memory_store()
        if self.options.quit_after_startup:  # nobody to ask: a damaged file is reported, and asked about next time
            from parcours_app.storage import open_store

            return open_store(self.data_dir, clock=self.clock)
        from parcours_app.ui.recovery import open_store_or_recover

        # a damaged file was moved aside by the storage layer: the person chooses (restore, empty, quit); None = quit
        return open_store_or_recover(self.data_dir, self.clock, self.window, self.language())

    def _controller_or_recover(
        self, controller_class: type[FamilyController], store: SqliteStore
    ) -> FamilyController | None:
        """The controller over the store; when rows cannot be read (issue 14), the person chooses what to keep."""
        from parcours_app.storage.errors import BadRowsError

        try:
            return controller_class(store, self.clock, parent=self)
        except BadRowsError as error:
            if self.options.quit_after_startup or store.data_dir is None:
                raise
            from parcours_app.ui.recovery import recover_bad_rows

            print(f"parcours: {error.render(self.app.translate)}", file=sys.stderr)
            self.store = recover_bad_rows(store, error, self.clock, self.window, self.language())
            if self.store is None:
                return None
            return controller_class(self.store, self.clock, parent=self)

    def load(self) -> bool:
        """Open the store, compute the journey, fill the window. Returns False (and shows why) on failure."""
        from parcours_app.core.errors import ParcoursError
        from parcours_app.ui.family_controller import FamilyController

        if self.controller is not None:
            return True
        if self._load_started:  # the fallback timer fired inside a dialog of the first attempt
            return False
        self._load_started = True
        if self.options.reception and not self._choose_staff_check():
            return False
        try:
            store = self.store = self.open_store()
            if store is None:  # "Quitter" after damage: nothing was written, the next start asks again
                print("parcours: damaged data set aside; the person chose to quit", file=sys.stderr)
                self.exit_code = 1
                QTimer.singleShot(0, lambda: self.app.exit(1))
                return False
            controller = self.controller = self._controller_or_recover(FamilyController, store)
            if controller is None:  # "Quitter" in front of rows that cannot be read: nothing was written
                self.exit_code = 1
                QTimer.singleShot(0, lambda: self.app.exit(1))
                return False
        except ParcoursError as error:
            from parcours_app.ui.recovery import problem_title

            message = error.render(self.app.translate)
            _LOG.error("cannot open the data: %s", message)
            print(f"parcours: {message}", file=sys.stderr)
            self.exit_code = 1
            if self.options.quit_after_startup:
                QTimer.singleShot(0, lambda: self.app.exit(1))
            else:
                ErrorDialog.show_error(self.window, problem_title(error), message)
                QTimer.singleShot(0, lambda: self.app.exit(1))
            return False
        self.window.attach(controller, self.language)
        controller.journey_changed.connect(self._log_journey)
        self._log_journey(controller.journey)
        self._start_reminders(controller)
        if self.options.reception:
            self._start_reception(controller)
        if self.options.quit_after_startup:
            self.window.data_painted.connect(self._quit_after_paint)
            self.window.expect_data_paint()
        return True

    def _log_journey(self, journey: Journey | None) -> None:
        if journey is None:
            print("parcours: no family yet, first-run setup shown", file=sys.stderr, flush=True)
            return
        print(
            f"parcours: journey computed: {len(journey.events)} events; {self.window.family_line}",
            file=sys.stderr,
            flush=True,
        )

    def _quit_after_paint(self) -> None:
        has_family = self.controller is not None and self.controller.family is not None
        print(
            "parcours: main window painted " + ("with the family's data" if has_family else "(first-run setup)"),
            file=sys.stderr,
            flush=True,
        )
        QTimer.singleShot(0, lambda: self.app.exit(0))

    def _start_reminders(self, controller: FamilyController) -> None:
        from parcours_app.ui.reminders import ReminderService, TrayIcon

        if QSystemTrayIcon.isSystemTrayAvailable() and not self.memory_only:
            self.tray = TrayIcon(_app_icon(), self)
            self.tray.open_requested.connect(self.bring_to_front)
            self.tray.quit_requested.connect(self.quit)
            self.tray.show()
        else:
            self.window.stay_in_tray = False  # no tray: closing the window quits, or the app would be lost
        reminders = self.reminders = ReminderService(
            controller,
            self.window.banner,
            self.tray,
            lambda: self.preferences.lead_minutes,
            self.language,
            self,
        )
        if controller.family is not None:

            def opening() -> tuple[str, str]:  # written again when the language changes
                return self.app.translate("App", "Aujourd'hui"), reminders.opening_summary()

            self.window.banner.show_message(*opening(), rewrite=opening)
        reminders.check_now()
        if not self.options.quit_after_startup:
            reminders.start()

    def _choose_staff_check(self) -> bool:
        """The reception's staff code: the one stored on this computer, else one the staff choose now for this
        session (hashed, in memory only), before any visitor can use the screen. False: they cancelled, and the
        reception mode quits (nothing was shown, nothing written)."""
        if self.workstation.has_pin:
            self.staff_check = self.workstation.check_pin
            return True
        from parcours_app.core.staff_pin import session_pin_check
        from parcours_app.ui.reception import SessionPinDialog

        self.window.menuBar().setVisible(False)  # the reception shows no menus, even behind this dialog
        pin = SessionPinDialog.ask(self.window)
        if pin is None:
            print("parcours: no staff code chosen; the reception mode was not started", file=sys.stderr, flush=True)
            self.exit_code = 0
            QTimer.singleShot(0, lambda: self.app.exit(0))
            return False
        self.staff_check = session_pin_check(pin)
        return True

    def _start_reception(self, controller: FamilyController) -> None:
        """The reception screen of the content helper, over the in-memory store; the pages open inside it."""
        from parcours_app.ui.reception import ReceptionScreen

        assert self.staff_check is not None  # load() asked for it before anything was shown
        screen = ReceptionScreen(
            controller.store,
            self.clock,
            parent=self.window,
            idle_clock=self.idle_clock,
            check_pin=self.staff_check,
            check_interval_ms=self.idle_check_ms,
        )
        self.reception_view = screen
        self._load_reception_directory(screen)
        self.reception_language = self.language()
        screen.show_language(self.reception_language)
        self.window.enter_reception(screen)
        screen.add_page(self.window.body)

        def show_family(family: Family) -> None:
            from parcours_app.core.journey_filters import past_step_ids

            controller.set_family(family)
            journey = controller.journey
            if journey is not None:  # a sample family has done what is behind it: nothing shows "en retard"
                today = self.clock.today()
                controller.mark_many_done(past_step_ids(journey, today), today)
            screen.show_page(self.window.body)
            self.window.show_page("home")

        def show_resources() -> None:
            screen.show_page(self.window.body)
            self.window.navigation.setEnabled(True)
            self.window.show_page("resources")

        screen.family_chosen.connect(show_family)
        screen.resources_requested.connect(show_resources)
        screen.reset_requested.connect(self.forget_visitor)
        screen.leave_requested.connect(self.leave_reception)
        screen.language_requested.connect(self.apply_language)
        screen.start_watching()

    def _load_reception_directory(self, screen: ReceptionScreen) -> None:
        """--directory FILE, else the directory saved on this computer (read only), else the fictional example."""
        from parcours_app.storage.installed import read_installed_places

        directory = self.options.directory
        if directory is not None and screen.load_directory_file(Path(directory).expanduser(), confirm=False):
            return
        installed = read_installed_places(self.data_dir)
        if installed:
            screen.use_places(installed, self.app.translate("App", "cet ordinateur"))
            return
        screen.seed_example_directory()  # an empty in-memory directory shows the fictional example Maison

    def forget_visitor(self) -> None:
        """Back at the reception's start: a fresh in-memory store, with the Maison's directory carried over; every
        dialog closed and every page rebuilt; the language the kiosk started with."""
        from parcours_app.storage import open_memory_store

        if self.controller is None:  # the reset timer cannot fire before the reception has a family store
            return
        old = self.controller.store
        fresh = open_memory_store()
        fresh.replace_places(old.places())
        self.controller.set_store(fresh)
        if self.reception_view is not None:
            self.reception_view.set_store(fresh)  # its Maison page reads the directory from the live store
        self.window.reset_everything()
        old.close()
        if self.reception_view is not None and self.language() != self.reception_language:
            self.apply_language(self.reception_language)
            self.reception_view.show_language(self.reception_language)

    def end_on_signal(self) -> None:
        """SIGTERM or SIGINT: the session ends (logout, shutdown) or the staff stop the app from a terminal. A visitor
        cannot send a signal, so the reception lock, which keeps visitors from closing the window, does not hold."""
        self.window.reception_locked = False
        self.quit()

    def leave_reception(self) -> None:
        """The staff confirmed: the reception mode ends, and with it the app (nothing to save)."""
        self.window.reception_locked = False
        self.quit()

    def listen_for_other_instances(self) -> None:
        from parcours_app.ui.single_instance import InstanceServer

        self.instance_server = InstanceServer(self.data_dir, self)
        self.instance_server.raise_requested.connect(self.bring_to_front)

    # --- actions --------------------------------------------------------------------------------------------

    def bring_to_front(self) -> None:
        self.window.show()
        self.window.setWindowState(self.window.windowState() & ~self.window.windowState().WindowMinimized)
        self.window.raise_()
        self.window.activateWindow()

    def set_consultation(self, on: bool) -> None:
        """Consultation from the menu: the family's store is set aside for an in-memory one; Terminer forgets it."""
        from parcours_app.storage import open_memory_store

        if self.controller is None:
            return
        if on:
            kiosk.forbid_qt_settings()  # the file dialog's history would keep the patient's file names
            if self.home_store is None and not self.memory_only:
                self.home_store = self.controller.store
            memory = open_memory_store()
            self.controller.set_store(memory)
        else:
            old = self.controller.store
            if self.home_store is not None:
                self.controller.set_store(self.home_store)
                self.home_store = None
            else:  # started with --consultation: Terminer starts a new, empty consultation
                self.controller.set_store(open_memory_store())
                on = True
            if old is not self.controller.store:
                old.close()
        if self.reminders is not None:
            self.reminders.paused = on
            self.reminders.reload()
        self.window.banner.dismiss()
        self.window.set_consultation(on)
        self.window.reset_pages()
        if self.controller.family is not None:
            self.window.show_page("home")

    def open_settings(self) -> None:
        from parcours_app.ui import autostart
        from parcours_app.ui.i18n import LANGUAGES, available_languages
        from parcours_app.ui.settings_dialog import SettingsDialog

        languages = [(code, LANGUAGES[code].native_name) for code in available_languages()]
        dialog = SettingsDialog(
            self.preferences,
            languages,
            None if self.memory_only or self.window.consultation else self.data_dir,
            autostart.supported() and not self.memory_only,
            autostart.is_enabled() if autostart.supported() else False,
            self.window,
        )
        dialog.language_chosen.connect(self.apply_language)
        dialog.appearance_chosen.connect(self.apply_appearance)
        dialog.delete_all_requested.connect(lambda: self.delete_all_data(dialog))
        dialog.stay_in_tray.toggled.connect(
            lambda on: setattr(self.window, "stay_in_tray", on and self.tray is not None)
        )
        dialog.autostart.toggled.connect(lambda on: autostart.set_enabled(on))
        try:
            SettingsDialog.run(dialog)
        finally:
            # deleted once closed: each opening kept its 43 widgets (about 1.6 MB) until the app ended (issue 14)
            dialog.deleteLater()

    def delete_all_data(self, parent: QWidget | None = None) -> bool:
        from parcours_app.ui.main_window import ConfirmDialog

        translate = self.app.translate
        if self.window.consultation:
            # in consultation only the consultation is in memory: say so, and do exactly that (issue 17)
            confirmed = ConfirmDialog.ask(
                parent or self.window,
                translate("App", "Effacer la consultation"),
                translate(
                    "App",
                    "Les dates et tout ce qui a été saisi pendant cette consultation seront effacés, comme avec "
                    "« Terminer ». Les données enregistrées sur cet ordinateur ne sont pas touchées. Continuer ?",
                ),
            )
            if confirmed:
                self.window.finish_consultation()
            return confirmed
        if self.controller is None:  # settings opened before the family was loaded: nothing is open to erase
            return False
        confirmed = ConfirmDialog.ask(
            parent or self.window,
            translate("App", "Supprimer toutes les données"),
            translate(
                "App",
                "Toutes les dates, les étapes cochées, les notes, les rendez-vous et les résultats d'auto-test de "
                "cet ordinateur seront effacés. Cette action est définitive. Continuer ?",
            ),
        )
        if not confirmed:
            return False
        self.controller.store.delete_everything()
        self.controller.reload()
        if self.reminders is not None:
            self.reminders.reload()
        return True

    def open_workstation(self) -> None:
        """Fichier → Poste professionnel…: the PMI or Maison of this computer and the staff code (home mode only)."""
        from parcours_app.ui.workstation_dialog import WorkstationDialog

        if not self.workstation.writable or self.window.consultation:
            return
        WorkstationDialog.edit(self.window, self.workstation)

    def quit(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        close_modal_dialogs()
        self.app.quit()

    def close(self) -> None:
        """Release the store and the instance server (after the event loop, or at the end of a test)."""
        kiosk.set_locked(False)
        if self.reception_view is not None:
            self.reception_view.stop_watching()
        if self.reminders is not None:
            self.reminders.stop()
        if self.instance_server is not None:
            self.instance_server.close()
        for store in (self.store, self.home_store, self.controller.store if self.controller else None):
            if store is not None:
                try:
                    store.close()
                except Exception:  # closing twice is harmless; anything else is logged, not hidden
                    _LOG.exception("closing the store failed")
        self.window.hide()


class ErrorDialog:
    @classmethod
    def show_error(cls, parent: QWidget | None, title: str, message: str) -> None:
        from parcours_app.ui.widgets.plain_text import plain_message

        plain_message(parent, QMessageBox.Icon.Critical, title, message)  # paths and SQLite's words: never markup


def _app_icon() -> QIcon:
    from parcours_app.resources import resource_path

    try:
        return QIcon(str(resource_path("icons", "parcours.svg")))
    except FileNotFoundError:
        return QIcon()


def run_gui(args: list[str]) -> int:
    options = parse_options(args)
    logging.basicConfig(level=logging.INFO, format="parcours: %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    assert isinstance(app, QApplication)
    app.setApplicationName("Parcours 1000 jours")
    app.setOrganizationName("Parcours 1000 jours")
    QGuiApplication.setDesktopFileName(APP_ID)
    shell = AppShell(app, options)
    if not shell.memory_only and not options.quit_after_startup:
        from parcours_app.ui.single_instance import notify_running_instance

        if notify_running_instance(shell.data_dir):
            print("parcours: already running; its window was brought to the front", file=sys.stderr)
            return 0
        shell.listen_for_other_instances()
    quit_on_signals(app, shell.end_on_signal)
    shell.start()
    code = app.exec()
    shell.close()
    return code or shell.exit_code


def close_modal_dialogs() -> int:
    """Cancel the dialogs open one inside the other (the print dialog, then its "saved" notice), innermost first.

    Qt's quit asks every window to close and gives up when one refuses: a message box without a cancel button
    refuses, and a session's logout (SIGTERM) would leave the app running behind it. Cancelling changes nothing:
    each dialog returns as if Escape had been pressed. Returns how many were closed."""
    closed = 0
    for _ in range(20):  # dialogs open inside dialogs: a handful at most
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog) or not modal.isVisible():
            break
        modal.reject()
        closed += 1
    return closed


def quit_on_signals(app: QApplication, quit_app: Callable[[], None]) -> None:
    """SIGTERM and SIGINT end the app as "Quitter" does: the store is closed (no WAL or SHM left), the lock and the
    instance socket are released (issue 14). Python handlers only run when the interpreter has control, and Qt's
    event loop runs in C++: the signal number is written to a socket that a QSocketNotifier watches."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    try:
        signal.set_wakeup_fd(sender.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread (an embedding test): leave the signals alone
        receiver.close()
        sender.close()
        return
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)

    def on_signal() -> None:
        with contextlib.suppress(OSError):
            receiver.recv(64)
        print("parcours: quitting on a termination signal", file=sys.stderr, flush=True)
        quit_app()

    notifier.activated.connect(on_signal)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)  # the wake-up byte does the work, inside the event loop
    _SIGNAL_SOCKETS.extend((receiver, sender, notifier))


_SIGNAL_SOCKETS: list[object] = []  # kept alive for the life of the process
