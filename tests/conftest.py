"""Test configuration shared by every suite.

Qt runs offscreen unless a test brings its own X server (tests/e2e). Every user folder is redirected to a
temporary one for the whole session, so no test can touch the real data of the machine it runs on.
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if sys.version_info < (3, 12):
    # PySide6 6.12 on CPython 3.11 takes a reference from None on every Qt call that returns None and aborts
    # the whole run after enough of them ("none_dealloc"); 3.12 makes None immortal. See docs/notes/i18n.md.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="parcours-test-home-"))
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = str(_SESSION_HOME / _variable.lower())
os.environ["PARCOURS_DATA_DIR"] = str(_SESSION_HOME / "default-data")
os.environ.setdefault("LANG", "fr_FR.UTF-8")

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty data folder used by the app for this test only."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(folder))
    yield folder
