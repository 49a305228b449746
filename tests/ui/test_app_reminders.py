"""Reminders while the app runs, on a fake clock (FixedClock moved by hand; nothing sleeps).

Offscreen there is no system tray (platform-notes.md), so the in-app banner is the channel; a second test
pretends a tray exists and checks that the desktop notification goes there instead.
Lead times are the defaults of issue 4: a week before and the day before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot
from shell_support import running_shell

from parcours_app.core.model import Appointment, Family, Pregnancy
from parcours_app.ui.reminders import ReminderService, TrayIcon

NOW = dt.datetime(2026, 11, 22, 9, 0)  # Sunday
DDR_FAMILY = Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 1)),))


def test_opening_summary_and_tray_less_banner_for_an_appointment(qtbot: QtBot, tmp_path: Path) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the fallback is what is tested here
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
        banner = shell.window.banner
        banner.dismiss()
        shell.controller.save_appointment(
            Appointment(None, dt.datetime(2026, 11, 24, 10, 0), "Échographie", place="Maternité")
        )
        # 24 November 10:00 minus 7 days is in the past, minus 1 day (23 November 10:00) is not yet:
        # the week-before reminder fires at once, the day-before one waits
        assert banner.isVisibleTo(shell.window)
        assert banner.messages == [("Rendez-vous bientôt", "Échographie le 24 novembre 2026 à 10:00, Maternité")]
        shell.clock.set(dt.datetime(2026, 11, 23, 9, 59))
        assert shell.reminders.check_now() == []
        shell.clock.set(dt.datetime(2026, 11, 23, 10, 0))
        fired = shell.reminders.check_now()
        assert [n.lead_minutes for n in fired] == [24 * 60]
        assert len(banner.messages) == 2
        assert shell.reminders.check_now() == []  # never twice
        qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
        assert not banner.isVisibleTo(shell.window)


def test_sent_reminders_are_remembered_across_restarts(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
        shell.controller.save_appointment(Appointment(None, dt.datetime(2026, 11, 24, 10, 0), "Échographie"))
        assert len(shell.window.banner.messages) >= 1
    with running_shell(qtbot, tmp_path, NOW) as again:
        titles = [title for title, _body in again.window.banner.messages]
        assert "Rendez-vous bientôt" not in titles
        assert titles == ["Aujourd'hui"]  # only the opening summary


def test_opening_summary_leads_with_what_is_under_way(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
    with running_shell(qtbot, tmp_path, NOW) as again:
        [(_title, body)] = [m for m in again.window.banner.messages if m[0] == "Aujourd'hui"]
        home = again.window.pages["home"]
        under_way = len(home.summary.under_way)
        assert under_way > 1
        # the same order as the page: under way first, then the one thing this week; never "en retard"
        assert body.startswith(f"{under_way} étapes en cours, cette semaine : ")
        assert "en retard" not in body


def test_an_event_opening_fires_on_its_first_day_and_the_day_change_recomputes(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
        upcoming = min((e for e in shell.controller.journey.events if e.start > NOW.date()), key=lambda e: e.start)
        shell.window.banner.dismiss()
        shell.clock.set(dt.datetime.combine(upcoming.start, dt.time(8, 0)))
        shell.reminders.check_now()  # the day changed: the journey is recomputed for the new today first
        assert shell.controller.journey.today == upcoming.start
        opened = [body for title, body in shell.window.banner.messages if title == "C'est le moment"]
        assert any(body.startswith(upcoming.title.render()) for body in opened)


def test_with_a_tray_the_notification_goes_to_the_desktop(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(DDR_FAMILY)
        tray = TrayIcon(QIcon(), shell)
        shown: list[tuple[str, str]] = []
        monkeypatch.setattr(tray, "notify", lambda title, body: shown.append((title, body)))
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
        shell.reminders.paused = True  # the shell's own service has no tray; only the one under test runs
        service = ReminderService(shell.controller, shell.window.banner, tray, parent=shell)
        shell.window.banner.dismiss()
        shell.controller.save_appointment(Appointment(None, dt.datetime(2026, 11, 25, 14, 0), "PMI"))
        service.check_now()
        assert ("Rendez-vous bientôt", "PMI le 25 novembre 2026 à 14:00") in shown
        assert shell.window.banner.messages == []  # the desktop had it: no banner as well
