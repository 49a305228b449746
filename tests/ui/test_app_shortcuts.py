"""Every keyboard shortcut of the real window is unique: Qt silently drops two shortcuts with the same keys
("Ambiguous shortcut overload") when both are active, so a shortcut documented for keyboard users would do nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from pytestqt.qtbot import QtBot
from shell_support import running_shell

from parcours_app.core.model import Family, Pregnancy

NOW = dt.datetime(2026, 11, 22, 9, 0)


def test_no_two_shortcuts_share_keys_once_every_page_is_built(qtbot: QtBot, tmp_path: Path) -> None:
    with running_shell(qtbot, tmp_path, NOW) as shell:
        shell.controller.set_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 1)),)))
        window = shell.window
        for key in ("home", "journey", "resources", "directory", "selftest"):
            window.show_page(key)  # pages are built when first shown
        window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
        keys: list[str] = []  # active wherever the focus is in the window: must be unique
        local: list[str] = []  # active only in their own field (a date field's Alt+Down): must not shadow those
        for action in window.findChildren(QAction):
            target = keys if action.shortcutContext() in window_wide else local
            target += [sequence.toString() for sequence in action.shortcuts() if not sequence.isEmpty()]
        for shortcut in window.findChildren(QShortcut):
            if not shortcut.key().isEmpty():
                (keys if shortcut.context() in window_wide else local).append(shortcut.key().toString())
        assert QKeySequence("Ctrl+D").toString() in keys  # the Parcours page's "mark done" is among them
        assert [key for key, count in Counter(keys).items() if count > 1] == []
        assert sorted(set(keys) & set(local)) == []
