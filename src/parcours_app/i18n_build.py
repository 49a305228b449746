"""Compile translations/*.ts into .qm files (the .qm files are built, never committed).

Three moments, one function (`build_translations`):
- `make translations` / `make setup` (`python -m parcours_app.i18n_build`): .qm beside the .ts in the checkout.
- `pip wheel .` / `pip install .`: the hatch build hook (hatch_build.py at the top of the repository) calls this
  before packaging, so the wheel ships the .qm files beside the .ts files.
- At run time, `runtime_qm_dir()` checks that a .qm exists and is not older than its .ts; when one is missing (a
  wheel built where lrelease was not found, an edited .ts) it compiles them into the user's cache folder with the
  lrelease that ships inside PySide6, which is always installed with the app.

Imports no Qt: lrelease is run as a program.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path

from .resources import translations_dir

TS_GLOB = "parcours_*.ts"
CACHE_APP_NAME = "parcours-1000-jours"


def find_lrelease() -> str | None:
    """pyside6-lrelease beside this Python, on PATH, or the lrelease binary inside the PySide6 package."""
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return str(beside_python)
    on_path = shutil.which("pyside6-lrelease")
    if on_path:
        return on_path
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
            candidate = Path(folder) / name
            if candidate.exists():
                return str(candidate)
    return None


def _stale(ts_file: Path, qm_file: Path) -> bool:
    return not qm_file.exists() or qm_file.stat().st_mtime < ts_file.stat().st_mtime


def build_translations(folder: Path | None = None, output: Path | None = None, force: bool = False) -> list[Path]:
    """Compile every stale .ts of `folder` into `output` (default: beside the .ts). Returns the .qm written."""
    folder = folder or translations_dir()
    output = output or folder
    lrelease = find_lrelease()
    if lrelease is None:
        raise FileNotFoundError("pyside6-lrelease was not found: install PySide6-Essentials in this environment")
    output.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    for ts_file in sorted(folder.glob(TS_GLOB)):
        qm_file = output / ts_file.with_suffix(".qm").name
        if not force and not _stale(ts_file, qm_file):
            continue
        import subprocess  # only to build: the GUI imports this module before its first paint

        subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
        built.append(qm_file)
    return built


def user_cache_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Parcours 1000 jours" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / CACHE_APP_NAME
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / CACHE_APP_NAME


def runtime_qm_dir(folder: Path | None = None) -> Path:
    """A folder holding an up-to-date .qm for every .ts: the translations folder itself when it is complete,
    otherwise the user's cache folder, compiled there now. Raises FileNotFoundError when that is impossible."""
    folder = folder or translations_dir()
    ts_files = sorted(folder.glob(TS_GLOB))
    if all(not _stale(ts_file, ts_file.with_suffix(".qm")) for ts_file in ts_files):
        return folder
    cache = user_cache_dir() / "translations"
    build_translations(folder, cache)
    return cache


def pseudo_qm_dir(folder: Path | None = None) -> Path:
    """A cache folder holding parcours_pseudo.qm, regenerated from the .ts files whenever one of them changed."""
    from .ts_translator import PSEUDO_LANGUAGE, write_pseudo_ts

    folder = folder or translations_dir()
    cache = user_cache_dir() / "translations-pseudo"
    ts_file = cache / f"parcours_{PSEUDO_LANGUAGE}.ts"
    # the pseudo text changes with the .ts files and with the pseudo-localisation itself (ts_translator.py)
    sources = [*folder.glob(TS_GLOB), Path(__file__).with_name("ts_translator.py")]
    newest = max((path.stat().st_mtime for path in sources if path.exists()), default=0.0)
    if not ts_file.exists() or ts_file.stat().st_mtime < newest:
        write_pseudo_ts(ts_file, folder)
    build_translations(cache, cache)
    return cache


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        built = build_translations(force="--force" in args)
    except FileNotFoundError as error:
        print(f"translations: {error}", file=sys.stderr)
        return 1
    print(f"translations: {len(built)} compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
