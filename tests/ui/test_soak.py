"""Long use keeps memory flat (issue 14, point 4): 1,000 mixed actions in the real shell (offscreen), and the
live Qt objects stay bounded. Before: each opening of Settings kept its dialog (43 widgets), each language switch
kept its translators (165 more per 100 switches); RSS went from 129 to 345 MB over 20 minutes.

The figures (RSS before and after, live widgets and objects) are printed; run with `-s` to read them.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_support import running_shell

from parcours_app.core.model import Child, Family, Pregnancy
from parcours_app.ui.crisis_panel import CrisisHelpDialog
from parcours_app.ui.settings_dialog import SettingsDialog

NOW = dt.datetime(2026, 3, 10, 9, 0)
FAMILY = Family(
    pregnancies=(Pregnancy(ddr=dt.date(2025, 12, 1)),),
    children=(Child(key="child2", birth=dt.date(2024, 5, 2), name="Léa"),),
)
ACTIONS = 1_000


def rss_mib() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576


def live_objects(shell: Any) -> tuple[int, int]:
    """(widgets, QObjects under the application and the window)."""
    app = QApplication.instance()
    assert app is not None
    objects = len(app.findChildren(QObject)) + len(shell.window.findChildren(QObject))
    return len(QApplication.allWidgets()), objects


def settle() -> None:
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_thousand_mixed_actions_keep_live_objects_bounded(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Settings is opened and closed by the person: here it is shown, then rejected (its own close path).
    monkeypatch.setattr(SettingsDialog, "run", classmethod(lambda cls, dialog: (dialog.show(), dialog.reject())))
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(FAMILY)
        window = shell.window
        pages = [spec.key for spec in window._specs]
        events = [event.id for event in shell.controller.journey.events[:20]]

        def action(index: int) -> None:
            kind = index % 10
            if kind == 0:
                shell.open_settings()
            elif kind == 1 and index % 50 == 1:  # a language switch retranslates every widget: 20 of them
                shell.apply_language("en" if index % 100 == 1 else "fr")
            elif kind == 2:
                window.show_page(pages[index % len(pages)])
            elif kind == 3:
                shell.controller.mark_done(events[index % len(events)], NOW.date())
            elif kind == 4:
                shell.controller.clear_done(events[index % len(events)])
            elif kind == 5:
                window.show_event(events[index % len(events)])
            elif kind == 6:
                CrisisHelpDialog.show_for(window).close()
            elif kind == 7:
                window.banner.show_message("Rappel", f"Message {index}")
                window.banner.dismiss()
            elif kind == 8 and index % 100 == 8:  # a theme restyles every widget: 10 of them
                shell.apply_appearance("dark" if index % 200 == 8 else "light", 100)
            elif kind == 9:
                shell.controller.snooze(events[index % len(events)], NOW.date() + dt.timedelta(days=3))
            else:
                window.show_page(pages[(index // 10) % len(pages)])
            settle()

        for index in range(100):  # warm-up: every page and dialog built once, caches filled
            action(index)
        gc.collect()
        settle()
        rss_start, (widgets_start, objects_start) = rss_mib(), live_objects(shell)
        for index in range(100, ACTIONS):
            action(index)
        gc.collect()
        settle()
        rss_end, (widgets_end, objects_end) = rss_mib(), live_objects(shell)
        print(
            f"\nsoak: {ACTIONS} actions; RSS {rss_start:.1f} -> {rss_end:.1f} MiB; "
            f"widgets {widgets_start} -> {widgets_end}; objects {objects_start} -> {objects_end}; "
            f"translators {shell.language_manager.translator_count()}"
        )
        # 90 more Settings openings alone would add 90 x 43 widgets if closed dialogs were kept
        assert widgets_end - widgets_start <= 40
        assert objects_end - objects_start <= 80
        assert shell.language_manager.translator_count() <= 2
