"""The main window's seams: every page is built by its explicit spec (no reflection on constructors), a family
change reaches the window once, and the links between pages (a step to its resources, home to a step, home to the
self-test) land on the page they name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shell_support import running_shell

from parcours_app.core.model import Family, Pregnancy, Respondent
from parcours_app.ui.directory_page import DirectoryPage
from parcours_app.ui.home_page import HomePage
from parcours_app.ui.journey.page import JourneyPage
from parcours_app.ui.leave_page import LeavePage
from parcours_app.ui.main_window import MainWindow
from parcours_app.ui.resources_page import ResourcesPage
from parcours_app.ui.selftest import SelfTestPage

NOW = dt.datetime(2026, 11, 22, 9, 0)
FAMILY = Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 1)),))


def test_every_page_is_built_by_its_spec(qtbot: QtBot, tmp_path: Path) -> None:
    expected = {
        "home": HomePage,
        "journey": JourneyPage,
        "resources": ResourcesPage,
        "directory": DirectoryPage,
        "selftest": SelfTestPage,
        "leave": LeavePage,
    }
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(FAMILY)
        window = shell.window
        for key, page_class in expected.items():
            page = window.show_page(key)
            assert type(page) is page_class, key
            assert window.stack.currentWidget() is page
            assert window.show_page(key) is page  # built once, then kept


def test_a_family_change_runs_the_window_update_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    original = MainWindow._on_family_changed

    def counting(self: MainWindow, family: object) -> None:
        calls.append(family)
        original(self, family)

    monkeypatch.setattr(MainWindow, "_on_family_changed", counting)  # before attach connects the signals
    with running_shell(qtbot, tmp_path, NOW) as shell:
        calls.clear()
        shell.controller.set_family(FAMILY)
        assert len(calls) == 1
        later = Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 8)),))
        shell.controller.set_family(later)
        assert len(calls) == 2 and calls[-1] == shell.controller.family  # the family as saved (dated by the app)


def test_links_between_pages_land_on_the_named_page(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(FAMILY)
        window = shell.window
        window.show_event("pregnancy.declaration")
        journey = window.pages["journey"]
        assert isinstance(journey, JourneyPage) and window.stack.currentWidget() is journey
        shown = journey.detail_panel.shown_event
        assert shown is not None and shown.id == "pregnancy.declaration"

        journey.detail_panel.resources_requested.emit(shown)
        resources = window.pages["resources"]
        assert isinstance(resources, ResourcesPage) and window.stack.currentWidget() is resources

        window.show_selftest(Respondent.OTHER_PARENT.value)
        assert isinstance(window.pages["selftest"], SelfTestPage)
        assert window.stack.currentWidget() is window.pages["selftest"]
