"""Desktop integration files validate with the freedesktop tools, and the real one-folder bundle starts.

The bundle test builds with PyInstaller (about a minute on the 2-core machine), then runs the frozen
executable in a clean environment, without the development virtual environment, offscreen, with a temporary
data folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "fr.parcours1000jours.Parcours"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _require(tool: str) -> str:
    found = shutil.which(tool)
    assert found, f"{tool} is missing: `make test` installs it (TEST_SYSTEM_PACKAGES in the Makefile)"
    return found


def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        [_require("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no warnings either


def test_appstream_metainfo_validates() -> None:
    result = subprocess.run(
        [_require("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_release_matches_the_package_version() -> None:
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{VERSION}"' in metainfo


def test_icons_render_in_every_hicolor_size(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)], check=True)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        assert (width, height) == (size, size)
    assert (tmp_path / "parcours.ico").stat().st_size > 0


@pytest.mark.slow
def test_linux_bundle_builds_and_starts_without_the_venv(tmp_path: Path) -> None:
    build = subprocess.run(
        ["sh", str(LINUX / "build-bundle.sh"), sys.executable], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    executable = ROOT / "dist" / "parcours" / "parcours"
    assert executable.exists()
    print(build.stdout.strip().splitlines()[-1])  # the bundle and tarball sizes, for the record

    # A clean environment: no virtual environment, no PYTHONPATH, only what a desktop session would have.
    clean_env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": "fr_FR.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PARCOURS_DATA_DIR": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    (tmp_path / "runtime").mkdir(mode=0o700)
    version = subprocess.run(
        [str(executable), "--version"], env=clean_env, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert version.returncode == 0, version.stderr
    assert VERSION in version.stdout

    started = subprocess.run(
        [str(executable), "--quit-after-startup", "--data-dir", str(tmp_path / "data")],
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert started.returncode == 0, started.stdout[-2000:] + started.stderr[-2000:]

    journey = subprocess.run(
        [str(executable), "calendar", "--due", "2027-03-15", "--today", "2026-11-22", "--format", "json"],
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert journey.returncode == 0, journey.stderr
    assert '"leave.maternity"' in journey.stdout
    assert os.environ.get("VIRTUAL_ENV", "") not in clean_env.values()
