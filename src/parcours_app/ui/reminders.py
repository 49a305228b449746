"""Reminders while the app runs: a desktop notification through the system tray, or an in-app banner.

`core.reminders.due_notifications` decides what fires; this service asks it once a minute (and at once when
the family or its marks change), shows what is new, and remembers what it showed in the store's settings so a
notification never fires twice, even across restarts. Time comes from the injected clock: tests move a
`FixedClock` and call `check_now()`; nothing sleeps.

`QSystemTrayIcon.isSystemTrayAvailable()` is the only reliable test for a tray (`show()` and
`supportsMessages()` answer True even on a desktop with none), so it decides between the tray and the banner.
"""

from __future__ import annotations

import html
import json
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from parcours_app.core.errors import InputError, ParcoursError
from parcours_app.core.formatting import format_date
from parcours_app.core.reminders import DEFAULT_LEAD_MINUTES, Notification, due_notifications, summarize_day
from parcours_app.core.validation import MAX_SENT_REMINDERS, SENT_REMINDERS_SETTING, parse_sent_reminders
from parcours_app.ui.i18n import translate_count

if TYPE_CHECKING:  # types only, not imported at run time
    from parcours_app.ui.family_controller import FamilyController

_LOG = logging.getLogger(__name__)
_translate = QCoreApplication.translate
SENT_SETTING = SENT_REMINDERS_SETTING  # its shape is checked by core.validation (store, import)
CHECK_INTERVAL_MS = 60_000
MAX_REMEMBERED = MAX_SENT_REMINDERS  # 500: old keys are dropped first; they belong to past days and cannot fire again


class Banner(Protocol):
    def show_message(self, title: str, body: str) -> None: ...


class TrayIcon(QObject):
    """The tray icon with its menu (open, quit); only created when a tray exists."""

    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.open_action = QAction(self.menu)
        self.quit_action = QAction(self.menu)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self.open_requested)
        self.retranslate_ui()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def notify(self, title: str, body: str) -> None:
        self.icon.showMessage(
            title,
            notification_body(body, markup=sys.platform.startswith("linux")),
            QSystemTrayIcon.MessageIcon.Information,
            15_000,
        )

    def retranslate_ui(self) -> None:
        self.icon.setToolTip(_translate("Reminders", "Parcours 1000 jours"))
        self.open_action.setText(_translate("Reminders", "Ouvrir Parcours 1000 jours"))
        self.quit_action.setText(_translate("Reminders", "Quitter"))


def notification_body(body: str, *, markup: bool) -> str:
    """The body of a desktop notification. Freedesktop notification servers (Linux) read the body as markup, so a
    step title or a child's name holding `<img …>` would be rendered: there it is escaped (issue 14)."""
    return html.escape(body, quote=False) if markup else body


class ReminderService(QObject):
    """Checks the clock once a minute; fires each due notification once; recomputes when the day changes."""

    notified = Signal(str, str)  # title, body (after it was shown)

    def __init__(
        self,
        controller: FamilyController,
        banner: Banner,
        tray: TrayIcon | None,
        lead_minutes: Callable[[], tuple[int, ...]] = lambda: DEFAULT_LEAD_MINUTES,
        language: Callable[[], str] = lambda: "fr",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._banner = banner
        self._tray = tray
        self._lead_minutes = lead_minutes
        self._language = language
        self._day = controller.clock.today()
        self._sent: list[str] = self._load_sent()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)
        controller.states_changed.connect(self.check_now)
        controller.journey_changed.connect(self.check_now)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_tray(self, tray: TrayIcon | None) -> None:
        self._tray = tray

    def _load_sent(self) -> list[str]:
        raw = self._controller.store.settings().get(SENT_SETTING, "[]")
        try:
            return parse_sent_reminders(raw)  # the store's own check: a flat list, never a 5,000-deep one
        except InputError:
            _LOG.warning("the list of reminders already shown was unreadable; starting a new one")
            return []

    def reload(self) -> None:
        """After the store changed (consultation mode, deleted data)."""
        self._sent = self._load_sent()
        self._day = self._controller.clock.today()

    def check_now(self) -> list[Notification]:
        if self.paused:
            return []
        today = self._controller.clock.today()
        if today != self._day:
            self._day = today
            self._controller.recompute()  # emits journey_changed, which calls check_now again
            return []
        fired = due_notifications(
            self._controller.journey,
            self._controller.states,
            self._controller.appointments,
            self._controller.clock.now(),
            self._lead_minutes(),
            set(self._sent),
        )
        for notification in fired:
            title, body = notification.texts(_translate, self._language())
            self.show(title, body)
            self._sent.append(notification.key)
        if fired:
            self._sent = self._sent[-MAX_REMEMBERED:]
            try:
                self._controller.store.set_setting(SENT_SETTING, json.dumps(self._sent))
            except ParcoursError as error:  # a full disk: the reminders were shown; this run remembers them
                _LOG.warning("the reminders shown could not be remembered on disk: %s", error)
        return fired

    def show(self, title: str, body: str) -> None:
        if self._tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray.notify(title, body)
        else:
            self._banner.show_message(title, body)
        self.notified.emit(title, body)

    def opening_summary(self) -> str:
        """What Aujourd'hui shows, in the same order: what is under way (the nearest deadline named), the one
        thing this week, what is to catch up, the appointments, then the past steps waiting for an answer."""
        journey = self._controller.journey
        if journey is None:
            return ""
        today = self._controller.clock.today()
        summary = summarize_day(journey, self._controller.states, self._controller.appointments, today)
        parts: list[str] = []
        if summary.under_way:
            parts.append(translate_count("Reminders", "%n étape(s) en cours", len(summary.under_way)))
        if summary.this_week:
            event = summary.this_week[0]
            if event.end < today:
                parts.append(
                    _translate("Reminders", "cette semaine : %1 (à rattraper)").replace(
                        "%1", event.title.render(_translate)
                    )
                )
            else:
                parts.append(
                    _translate("Reminders", "cette semaine : %1 (jusqu'au %2)")
                    .replace("%1", event.title.render(_translate))
                    .replace("%2", format_date(event.end, self._language()))
                )
        if summary.catch_up:
            parts.append(translate_count("Reminders", "%n étape(s) à rattraper", len(summary.catch_up)))
        if summary.appointments_soon:
            parts.append(translate_count("Reminders", "%n rendez-vous dans 7 jours", len(summary.appointments_soon)))
        if summary.past_to_confirm:
            parts.append(
                translate_count("Reminders", "%n étape(s) passée(s) à confirmer", len(summary.past_to_confirm))
            )
        if not parts:
            return _translate("Reminders", "Rien à faire cette semaine.")
        # ", " in French and English, "، " in Arabic (the separator every screen-reader line uses)
        return QCoreApplication.translate("JourneyTexts", ", ").join(parts) + "."
