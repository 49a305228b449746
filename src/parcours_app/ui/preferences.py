"""The display preferences (language, text size, theme, reminder lead times, tray, data folder).

Kept in a small INI file in the user's configuration folder, or only in memory in the consultation and reception
modes, which write nothing to disk. The family's data never goes there. The shell reads them before its first
paint, so this module imports nothing but QtCore (the settings dialog, ui/settings_dialog.py, and the domain
reminders module are loaded later, docs/PERFORMANCE.md).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths

DEFAULTS: dict[str, Any] = {
    "language": "",  # "" = the system's language when the app has it, else French
    "text_scale": 100,
    "theme": "light",
    "lead_minutes": None,  # core.reminders.DEFAULT_LEAD_MINUTES, read when first asked for (_default)
    "stay_in_tray": True,
    "data_dir": "",
}


def _default(key: str) -> Any:
    if key == "lead_minutes":
        from parcours_app.core.reminders import DEFAULT_LEAD_MINUTES

        return ",".join(str(minutes) for minutes in DEFAULT_LEAD_MINUTES)
    return DEFAULTS[key]


def preferences_file() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "parcours-1000-jours" / "preferences.ini"


class Preferences:
    """Display choices; `path=None` keeps them in memory only."""

    def __init__(self, path: Path | None) -> None:
        self._memory: dict[str, Any] = {}
        self._path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat) if path is not None else None

    def _tighten(self) -> None:
        """Owner-only, like the data folder (issue 14): the folder 0700, the file 0600 after every write."""
        if self._path is None or os.name != "posix":
            return
        with contextlib.suppress(OSError):
            self._path.parent.chmod(0o700)
            if self._path.exists():
                self._path.chmod(0o600)

    @property
    def persistent(self) -> bool:
        return self._settings is not None

    def _raw(self, key: str) -> Any:
        if self._settings is None:
            return self._memory.get(key, _default(key))
        return self._settings.value(key, _default(key))

    def set(self, key: str, value: Any) -> None:
        if self._settings is None:
            self._memory[key] = value
        else:
            if self._path is not None and not self._path.parent.exists():
                with contextlib.suppress(OSError):
                    self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._settings.setValue(key, value)
            self._settings.sync()
            self._tighten()

    @property
    def language(self) -> str:
        return str(self._raw("language") or "")

    @property
    def text_scale(self) -> int:
        try:
            return min(200, max(100, int(self._raw("text_scale"))))
        except (TypeError, ValueError):
            return 100

    @property
    def theme(self) -> str:
        value = str(self._raw("theme"))
        return value if value in ("light", "dark", "high-contrast") else "light"

    @property
    def lead_minutes(self) -> tuple[int, ...]:
        from parcours_app.core.reminders import LEAD_CHOICES

        raw = str(self._raw("lead_minutes") or "")
        values: list[int] = []
        for part in raw.split(","):
            if part.strip().isdigit() and int(part) in LEAD_CHOICES:
                values.append(int(part))
        return tuple(values)

    @property
    def stay_in_tray(self) -> bool:
        value = self._raw("stay_in_tray")
        return value in (True, "true", "1", 1)

    @property
    def data_dir(self) -> str:
        return str(self._raw("data_dir") or "")
