"""Hatch build hook: compile translations/*.ts into .qm before a wheel is packaged.

The .qm files are built, never committed. pyproject.toml force-includes `translations/` into the package, so
compiling them in place here puts them in the wheel. lrelease comes from PySide6 (`pyside6-lrelease`), found
beside the building Python, on PATH, or through PARCOURS_LRELEASE. An isolated build without PySide6 cannot
compile: it warns and the installed app compiles a missing .qm in memory when the language is chosen
(parcours_app.i18n_build.compile_in_memory; nothing is written to the user's folders), so no language is ever lost.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> str | None:
    explicit = os.environ.get("PARCOURS_LRELEASE")
    if explicit:
        return explicit
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-lrelease")


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        folder = Path(self.root) / "translations"
        lrelease = _lrelease()
        if lrelease is None:
            warnings.warn(
                "pyside6-lrelease not found: the wheel carries no .qm; the app compiles them at first run",
                stacklevel=1,
            )
            return
        # pip's isolated build puts its own PYTHONPATH (a sitecustomize that hides site-packages) in the
        # environment: a pyside6-lrelease script of an existing virtual environment (a re-install after a change to
        # pyproject.toml) would then not find PySide6. lrelease runs with the environment the person had.
        environment = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONNOUSERSITE")}
        for ts_file in sorted(folder.glob("parcours_*.ts")):
            qm_file = ts_file.with_suffix(".qm")
            command = [lrelease, "-silent", str(ts_file), "-qm", str(qm_file)]
            done = subprocess.run(command, env=environment, capture_output=True, text=True)
            if done.returncode != 0:
                warnings.warn(
                    f"{lrelease} could not compile {ts_file.name} ({done.stderr.strip() or done.returncode}): the app "
                    "compiles it at first run",
                    stacklevel=1,
                )
