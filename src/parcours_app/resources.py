"""Where the packaged data lives: `resources/` and `translations/`.

In an installed wheel they sit inside the package (pyproject copies them there); in a source checkout or an
editable install they sit at the top of the repository. The PyInstaller bundle keeps the wheel layout.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _top(name: str) -> Path:
    packaged = _PACKAGE_DIR / name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Parcours data folder '{name}' is missing: looked in {packaged} and {checkout}")


def resources_dir() -> Path:
    return _top("resources")


def translations_dir() -> Path:
    return _top("translations")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
