"""Start the app when the person logs in (an option in the settings, off by default).

- Linux and other freedesktop systems: an XDG autostart entry `~/.config/autostart/<app id>.desktop`
  ($XDG_CONFIG_HOME is honoured), with `--minimized` so the app starts in the tray.
- Windows: the per-user `Run` key of the registry (HKCU, no administrator rights), written through QSettings.
- macOS: not done by the app. A login item is added by the person in Réglages système > Général > Ouverture
  (documented in the README); a LaunchAgent would need the bundle's path, which only the installer knows.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

APP_ID = "fr.parcours1000jours.Parcours"
RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Parcours 1000 jours"


def launch_command() -> list[str]:
    """How to start this very installation again: the frozen executable, or this Python with the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--minimized"]
    return [sys.executable, "-m", "parcours_app", "--minimized"]


def autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


def supported(platform: str | None = None) -> bool:
    return (platform or sys.platform) != "darwin"


def is_enabled(platform: str | None = None) -> bool:
    system = platform or sys.platform
    if system == "win32":
        from PySide6.QtCore import QSettings

        return bool(QSettings(RUN_KEY, QSettings.Format.NativeFormat).value(RUN_VALUE, ""))
    if system == "darwin":
        return False
    return autostart_file().is_file()


def set_enabled(enabled: bool, platform: str | None = None) -> None:
    system = platform or sys.platform
    if system == "win32":
        from PySide6.QtCore import QSettings

        settings = QSettings(RUN_KEY, QSettings.Format.NativeFormat)
        if enabled:
            settings.setValue(RUN_VALUE, subprocess_line(launch_command()))
        else:
            settings.remove(RUN_VALUE)
        settings.sync()
        return
    if system == "darwin":
        return
    path = autostart_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(desktop_entry(launch_command()), encoding="utf-8")


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Parcours 1000 jours\n"
        "Comment=Rappels du calendrier des 1000 premiers jours\n"
        f"Exec={shlex.join(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def subprocess_line(command: list[str]) -> str:
    """A Windows command line (each part quoted when it has spaces)."""
    return " ".join(f'"{part}"' if " " in part else part for part in command)
