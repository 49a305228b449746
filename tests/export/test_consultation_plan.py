"""Issue 17: the one-page "plan de consultation", the saved-file notice and dated names, and a file dialog that
leaves no trace (QtProject.conf) in the memory modes, in French."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import Place, PlaceKind
from parcours_app.ui import export_dialogs
from parcours_app.ui.app import AppShell, parse_options
from parcours_app.ui.export_dialogs import PrintPlanDialog
from parcours_app.ui.first_run import FirstRunPage
from parcours_app.ui.settings_dialog import Preferences
from parcours_app.ui.workstation import Workstation

NOW = dt.datetime(2026, 11, 22, 9, 0)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_consultation_prints_one_page_with_the_pmi_contact(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    place_file = tmp_path / "workstation.ini"
    Workstation(place_file, writable=True).set_place(
        Place(
            id=None,
            kind=PlaceKind.PMI,
            name="Centre de PMI de Lorient",
            address="2 rue de la Paix, 56100 Lorient",
            phone="02 97 11 22 33",
            opening_hours="Lundi-vendredi 9 h - 17 h",
        )
    )
    before = place_file.read_bytes()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(
        app,
        parse_options(["--data-dir", str(tmp_path / "data"), "--consultation"]),
        preferences=Preferences(tmp_path / "preferences.ini"),
        clock=FixedClock(NOW),
        workstation=Workstation(place_file, writable=False),
    )
    qtbot.addWidget(shell.window)
    shell.start()
    qtbot.waitUntil(lambda: shell.controller is not None, timeout=10_000)
    saved: list[Path] = []
    suggested: list[Path] = []
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(export_dialogs.SavedNotice, "show", classmethod(lambda cls, p, title, path: saved.append(path)))

    def choose(cls: type, parent: object, title: str, proposed: Path, file_filter: str) -> Path:
        suggested.append(proposed)
        return target

    monkeypatch.setattr(PrintPlanDialog, "choose_path", classmethod(choose))

    def drive(cls: type, dialog: PrintPlanDialog) -> int:
        assert dialog.one_page.isChecked()  # the one-page sheet is the default in consultation
        assert not dialog.selection_box.isEnabled()
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(PrintPlanDialog, "run", classmethod(drive))
    try:
        page = shell.window.stack.currentWidget()
        assert isinstance(page, FirstRunPage)
        page.form.pregnancy_fields.kind.setCurrentIndex(2)  # the DPA
        page.form.pregnancy_fields.date.edit.setFocus()
        qtbot.keyClicks(page.form.pregnancy_fields.date.edit, "15/04/2027")
        qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
        assert shell.controller.family is not None
        shell.window.print_action.trigger()
    finally:
        shell.close()
        shell.language_manager.uninstall()
    assert saved == [target] and target.exists()
    assert suggested[0].name == "plan-consultation-2026-11-22.pdf"  # dated: the next patient's never collides
    assert _pages(target) == 1
    text = _pdf_text(target)
    assert "Plan de consultation" in text
    assert "20 SA + 4 j" in text  # where she is (DDR 01/07/2026, 144 days before 22/11/2026)
    assert "Centre de PMI de Lorient" in text and "02 97 11 22 33" in text  # the PMI's own contact
    assert "3114" in text
    assert "en retard" not in text and "date passée" not in text  # the past steps were ticked as done
    # the 22 SA scan: 20 SA + 0 to 24 SA + 6 -> DDR + 140 to DDR + 174 days = 18/11/2026 to 22/12/2026
    assert "22 déc. 2026" in text
    assert place_file.read_bytes() == before  # the consultation read the place and wrote nothing
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(target), str(tmp_path / "plan")], check=True)
    if os.environ.get("PARCOURS_SCREENSHOT_DIR"):
        shutil.copy(tmp_path / "plan.png", Path(os.environ["PARCOURS_SCREENSHOT_DIR"]) / "consultation-plan.png")


_DIALOG_RUN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
    from parcours_app.ui import kiosk
    from parcours_app.ui.i18n import LanguageManager

    app = QApplication([])
    LanguageManager(app).set_language("fr")
    if sys.argv[1] == "memory":
        kiosk.forbid_qt_settings()
    target = Path(sys.argv[2])
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.selectFile(str(target))
        dialog.accept()

    QTimer.singleShot(0, answer)
    chosen = kiosk.save_file_name(None, "Enregistrer", target.parent / "plan.pdf", "Document PDF (*.pdf)")
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the dialog is destroyed: Qt saves then
    print("CHOSEN", chosen)
    print("LABELS", "|".join(seen))
    """
)


@pytest.mark.parametrize("mode", ["memory", "home"])
def test_the_file_dialog_leaves_no_trace_in_memory_modes_and_speaks_french(tmp_path: Path, mode: str) -> None:
    home = tmp_path / "home"
    config = home / ".config"
    config.mkdir(parents=True)
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(config), QT_QPA_PLATFORM="offscreen")
    target = tmp_path / "out" / "plan-consultation-2026-11-22.pdf"
    target.parent.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _DIALOG_RUN, mode, str(target)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert f"CHOSEN {target}" in result.stdout
    assert "&Voir dans :" in result.stdout and "&Type de fichier :" in result.stdout  # not "Look in:" in French
    assert "Look in" not in result.stdout and "Files of" not in result.stdout
    written = sorted(str(path.relative_to(home)) for path in home.rglob("*") if path.is_file())
    if mode == "memory":
        assert written == []  # nothing written outside the chosen file
    else:  # the control: Qt does keep its history in the ordinary mode, so the test above can see a trace
        assert any(name.endswith("QtProject.conf") for name in written)
