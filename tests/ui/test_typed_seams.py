"""Seams that used to be probed with getattr/hasattr, driven through the app's own objects (issue 20)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shell_support import running_shell

from parcours_app.core.model import Family, Pregnancy
from parcours_app.core.rules import load_catalog
from parcours_app.ui.about_dialog import AboutDialog

NOW = dt.datetime(2026, 11, 22, 9, 0)


def test_about_names_the_loaded_rules_version_and_their_check_date(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        AboutDialog,
        "show_for",
        classmethod(lambda cls, parent, version, checked, language="fr": shown.append((version, checked, language))),
    )
    catalog = load_catalog()  # the shipped rules: the About dialog must name this very file's version and date
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.window.about_action.trigger()
    assert shown == [(catalog.version, catalog.date.isoformat(), "fr")]
    assert catalog.version  # not an empty string standing for "unknown"


def test_the_self_test_knows_a_pregnancy_from_the_controller(qtbot: QtBot, tmp_path: Path) -> None:
    """The antenatal wording of the questionnaire (issue 17) follows the family the controller holds."""
    with running_shell(qtbot, tmp_path, NOW) as shell:
        assert shell.controller is not None
        page = shell.window.show_page("selftest")
        assert not page.is_pregnant()  # type: ignore[attr-defined]  # no family yet
        shell.controller.set_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 9, 1)),)))
        assert page.is_pregnant()  # type: ignore[attr-defined]
