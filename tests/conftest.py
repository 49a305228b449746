"""Test configuration shared by every suite.

Qt runs offscreen unless a test brings its own X server (tests/e2e). Every user folder is redirected to a
temporary one for the whole session, so no test can touch the real data of the machine it runs on.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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


STAFF_SESSION_CODE = "2580"
"""The code the staff "choose" in tests that start the reception mode with no staff code stored on the computer."""


@pytest.fixture
def session_pin(monkeypatch: pytest.MonkeyPatch) -> str:
    """Starting the reception mode with no staff code stored asks the staff to choose one for the session, in a modal
    dialog (ui/reception.py `SessionPinDialog.ask`), before the welcome screen can be used. A test that starts the
    reception that way asks for this fixture by name (it is never autouse): the staff answer `STAFF_SESSION_CODE`,
    which the returned value is, and which then opens the staff actions. Tests of the dialog itself drive it instead.
    `tests/ui/shell_support.py` refuses to start such a reception without it, rather than wait forever."""
    from parcours_app.ui.reception import SessionPinDialog

    monkeypatch.setattr(SessionPinDialog, "ask", classmethod(lambda cls, parent: STAFF_SESSION_CODE))
    return STAFF_SESSION_CODE
