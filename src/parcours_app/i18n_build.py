"""Compile translations/*.ts into .qm files beside them (the .qm files are built, never committed).

Run by `make setup` and by the packaging recipes. Skips a .qm that is newer than its .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .resources import translations_dir


def _lrelease() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease was not found: install PySide6-Essentials in this environment")
    return found


def build_translations(folder: Path | None = None) -> list[Path]:
    folder = folder or translations_dir()
    built: list[Path] = []
    for ts_file in sorted(folder.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            continue
        subprocess.run([_lrelease(), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
        built.append(qm_file)
    return built


def main() -> int:
    built = build_translations()
    print(f"translations: {len(built)} compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
