"""Compile translations/*.ts into .qm files (the .qm files are built, never committed).

Three moments, one function (`build_translations`):
- `make translations` / `make setup` (`python -m parcours_app.i18n_build`): .qm beside the .ts in the checkout.
- `pip wheel .` / `pip install .`: the hatch build hook (hatch_build.py at the top of the repository) calls this
  before packaging, so the wheel ships the .qm files beside the .ts files.
- At run time, `up_to_date_qm()` checks that a .qm exists and is not older than its .ts; when one is missing (a
  wheel built where lrelease was not found, an edited .ts) `compile_in_memory()` compiles it with the lrelease
  that ships inside PySide6 straight into memory: nothing is written to the user's folders (PRIVACY.md; issue 14).

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
    """Kept for tools; the app itself writes nothing here any more (issue 14: translations compile in memory)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Parcours 1000 jours" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / CACHE_APP_NAME
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / CACHE_APP_NAME


def up_to_date_qm(language: str, folder: Path | None = None) -> Path | None:
    """The compiled parcours_<language>.qm beside its .ts when it exists and is not older; else None."""
    folder = folder or translations_dir()
    ts_file = folder / f"parcours_{language}.ts"
    qm_file = ts_file.with_suffix(".qm")
    if ts_file.exists() and not _stale(ts_file, qm_file):
        return qm_file
    return None


def compile_in_memory(ts_file: Path) -> bytes:
    """The .qm bytes of `ts_file`, compiled without writing a file of the user's (issue 14, point 9).

    On Linux and macOS lrelease writes to its standard output (/dev/stdout); elsewhere into a private temporary
    folder that is deleted at once. Raises FileNotFoundError when lrelease is missing."""
    import subprocess  # only when a .qm is missing or stale

    lrelease = find_lrelease()
    if lrelease is None:
        raise FileNotFoundError("pyside6-lrelease was not found: install PySide6-Essentials in this environment")
    if os.name == "posix" and Path("/dev/stdout").exists():
        done = subprocess.run(
            [lrelease, "-silent", str(ts_file), "-qm", "/dev/stdout"], check=True, capture_output=True
        )
        return done.stdout
    import tempfile

    with tempfile.TemporaryDirectory(prefix="parcours-qm-") as temporary:
        target = Path(temporary) / ts_file.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(target)], check=True, capture_output=True)
        return target.read_bytes()


def pseudo_qm_bytes(folder: Path | None = None) -> bytes:
    """The pseudo-language compiled in memory: its .ts is written only inside a private temporary folder that is
    deleted at once (the pseudo-language is a developer's tool; nothing goes to the user's cache)."""
    import tempfile

    from .ts_translator import PSEUDO_LANGUAGE, write_pseudo_ts

    with tempfile.TemporaryDirectory(prefix="parcours-pseudo-") as temporary:
        ts_file = Path(temporary) / f"parcours_{PSEUDO_LANGUAGE}.ts"
        write_pseudo_ts(ts_file, folder or translations_dir())
        return compile_in_memory(ts_file)


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
