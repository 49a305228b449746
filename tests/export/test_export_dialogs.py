"""The "Ajouter à mon agenda" and "Imprimer le plan" dialogs, driven with pytest-qt; files written for real.

The dialogs get the app's own objects: a FamilyController over an in-memory store holding export_sample's family
(Léa and the pregnancy of 1 September 2026), with the clock on 22 November 2026, and the real MainWindow as the
window that opens them. Expected dates and lead times: export_sample.py (hand-worked, sources cited there) and
docs/EXPORT.md (all-day reminders ring at 9:00, n days before).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vobject
from export_sample import EPP_APPOINTMENT, FAMILY, TODAY
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import EventState, Place, PlaceKind
from parcours_app.export.formats import CALENDAR_ID_SETTING
from parcours_app.storage import open_memory_store
from parcours_app.ui import export_dialogs
from parcours_app.ui.export_dialogs import CalendarExportDialog, PrintPlanDialog
from parcours_app.ui.family_controller import FamilyController
from parcours_app.ui.main_window import MainWindow
from parcours_app.ui.preferences import Preferences
from parcours_app.ui.workstation import Workstation

NOW = dt.datetime(2026, 11, 22, 9, 0)  # export_sample.TODAY, at 9:00


@pytest.fixture(autouse=True)
def saved_notices(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The "file saved" notice (issue 17) is recorded instead of shown."""
    shown: list[Path] = []
    monkeypatch.setattr(
        export_dialogs.SavedNotice, "show", classmethod(lambda cls, parent, title, path: shown.append(path))
    )
    return shown


_CONTROLLERS: list[FamilyController] = []


@pytest.fixture(autouse=True)
def close_stores() -> Iterator[None]:
    yield
    while _CONTROLLERS:
        _CONTROLLERS.pop().store.close()


def make_controller(*, with_family: bool = True) -> FamilyController:
    """The app's controller over an in-memory store: the family, a step done, the EPP appointment, a PMI."""
    store = open_memory_store()
    if with_family:
        store.save_family(FAMILY)
        store.save_event_state(EventState("pregnancy.exam.1", done_on=dt.date(2026, 10, 20)))
        store.save_appointment(EPP_APPOINTMENT)
        store.save_place(Place(None, PlaceKind.PMI, "PMI de Belleville", "12 rue de la Fontaine", "01 40 00 00 00"))
    controller = FamilyController(store, FixedClock(NOW))
    _CONTROLLERS.append(controller)
    return controller


def interactive_widgets(dialog: QWidget) -> list[QWidget]:
    return [
        w for w in dialog.findChildren(QWidget) if isinstance(w, QAbstractButton | QComboBox) and w.isVisibleTo(dialog)
    ]


def test_calendar_dialog_is_accessible_and_keyboard_reachable(qtbot: Any) -> None:
    dialog = CalendarExportDialog(make_controller(), "fr", (24 * 60, 7 * 24 * 60))
    qtbot.addWidget(dialog)
    dialog.show()
    widgets = interactive_widgets(dialog)
    assert len(widgets) >= 8
    for widget in widgets:
        assert widget.accessibleName() or widget.text(), widget.objectName()  # type: ignore[attr-defined]
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    assert dialog.windowTitle() == "Ajouter à mon agenda"
    # the settings' lead times are pre-checked: a day and a week before, not one hour
    assert dialog.alarm_checks[24 * 60].isChecked() and dialog.alarm_checks[7 * 24 * 60].isChecked()
    assert not dialog.alarm_checks[60].isChecked()
    # the child list opens only with its choice
    assert not dialog.selection_box.child.isEnabled()
    dialog.selection_box.one_child.setChecked(True)
    assert dialog.selection_box.child.isEnabled()
    assert dialog.selection_box.child.currentText() == "Léa"


def test_saving_a_calendar_with_the_chosen_filter_and_alarms(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = make_controller()
    target = tmp_path / "agenda"  # no extension typed: .ics is added
    monkeypatch.setattr(CalendarExportDialog, "choose_path", classmethod(lambda cls, *args: target))
    dialog = CalendarExportDialog(controller, "fr", (24 * 60, 7 * 24 * 60))
    qtbot.addWidget(dialog)
    dialog.selection_box.mandatory.setChecked(True)
    dialog.alarm_checks[24 * 60].setChecked(False)  # only "a week before"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "agenda.ics"
    assert dialog.saved_path == saved and dialog.result() == dialog.DialogCode.Accepted
    calendar = vobject.readOne(saved.read_text(encoding="utf-8"))
    summaries = {event.summary.value for event in calendar.vevent_list}
    assert not any("2e échographie" in summary for summary in summaries)  # recommended, not mandatory
    assert "Dernier jour : Déclarer la grossesse" in summaries
    declaration = next(e for e in calendar.vevent_list if e.summary.value == "Dernier jour : Déclarer la grossesse")
    # 7 December 2026: a week before at 9:00 = -6 days 15 hours from the start of the day
    assert [alarm.trigger.value for alarm in declaration.valarm_list] == [-dt.timedelta(days=6, hours=15)]
    # the random calendar id is stored once and used in every UID
    calendar_id = controller.store.settings()[CALENDAR_ID_SETTING]
    assert all(event.uid.value.startswith(calendar_id + ".") for event in calendar.vevent_list)
    second = CalendarExportDialog(controller, "fr", ())
    qtbot.addWidget(second)
    assert second.calendar_id() == calendar_id


def test_a_failed_save_says_what_to_do_and_keeps_the_dialog_open(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        CalendarExportDialog, "choose_path", classmethod(lambda cls, *args: tmp_path / "missing" / "plan.ics")
    )
    monkeypatch.setattr(
        CalendarExportDialog,
        "show_error",
        classmethod(lambda cls, parent, title, message: errors.append((title, message))),
    )
    dialog = CalendarExportDialog(make_controller(), "fr", ())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert errors and "n’a pas pu être enregistré" in errors[0][1] and "Choisissez un autre dossier" in errors[0][1]
    assert dialog.isVisible() and dialog.saved_path is None


def test_no_journey_yet_gives_a_message_not_a_dialog(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(export_dialogs._ExportDialog, "show_error", classmethod(lambda cls, p, t, m: errors.append(m)))
    controller = make_controller(with_family=False)  # before the first-run setup: no journey
    assert controller.journey is None
    assert export_dialogs.ask_calendar(None, controller) is None
    assert export_dialogs.ask_print(None, controller) is None
    assert len(errors) == 2 and "date" in errors[0]


def test_the_window_gives_lead_times_language_consultation_and_its_own_place(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `ask` reads from the real MainWindow (the ExportWindow seam): the settings' lead times, the window's
    language, the consultation default, the family line and the workstation's place on the one-page sheet."""
    window = MainWindow(consultation=True)
    qtbot.addWidget(window)
    controller = make_controller()
    window.attach(controller, lambda: "en")
    window.preferences = Preferences(None)
    window.preferences.set("lead_minutes", "60")  # only "the same day, and an hour before an appointment"
    window.workstation = Workstation(tmp_path / "workstation.ini", writable=True)
    window.workstation.set_place(
        Place(None, PlaceKind.PMI, "Centre de PMI de Lorient", "2 rue de la Paix, 56100 Lorient", "02 97 11 22 33")
    )
    seen: list[QWidget] = []

    def drive_calendar(cls: type, dialog: CalendarExportDialog) -> bool:
        seen.append(dialog)
        assert dialog.parent() is window and dialog.language == "en"
        assert dialog.chosen_lead_minutes() == (60,)
        return False

    def drive_print(cls: type, dialog: PrintPlanDialog) -> int:
        seen.append(dialog)
        assert dialog.one_page.isChecked() and not dialog.selection_box.isEnabled()
        assert dialog.family_line == window.family_line != ""
        place = dialog.workstation_place()
        assert place is not None and place.name == "Centre de PMI de Lorient" and place.phone == "02 97 11 22 33"
        return 0

    monkeypatch.setattr(CalendarExportDialog, "run", classmethod(drive_calendar))
    monkeypatch.setattr(PrintPlanDialog, "run", classmethod(drive_print))
    assert export_dialogs.ask_calendar(window, controller) is None
    assert export_dialogs.ask_print(window, controller) is None
    assert len(seen) == 2


def pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None
    return " ".join(subprocess.run([tool, str(path), "-"], check=True, capture_output=True, text=True).stdout.split())


def test_print_preview_draws_the_same_plan(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = PrintPlanDialog(make_controller(), "fr")
    qtbot.addWidget(dialog)
    output = tmp_path / "preview.pdf"

    def run_preview(cls: type, preview: Any) -> int:
        # what the preview does on exec(): ask for a drawing on its printer; here the printer writes a PDF
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        preview.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(PrintPlanDialog, "run_preview", classmethod(run_preview))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    text = pdftotext(output)
    assert "Mon plan des 1000 premiers jours" in text and "PMI de Belleville" in text
    assert "Établi le 22 novembre 2026" in text  # the controller's clock, not the machine's


def test_print_and_save_pdf(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = PrintPlanDialog(make_controller(), "fr")
    qtbot.addWidget(dialog)
    printed = tmp_path / "printed.pdf"

    def run_print_dialog(cls: type, print_dialog: Any) -> bool:
        print_dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        print_dialog.printer().setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(PrintPlanDialog, "run_print_dialog", classmethod(run_print_dialog))
    dialog.print_plan()
    assert "Déclarer la grossesse" in pdftotext(printed)

    monkeypatch.setattr(PrintPlanDialog, "choose_path", classmethod(lambda cls, *args: tmp_path / "plan.pdf"))
    dialog.selection_box.one_child.setChecked(True)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    text = pdftotext(tmp_path / "plan.pdf")
    assert "Les étapes de Léa seulement" in text and "Examens, vaccins et étapes de Léa" in text
    assert "Déclarer la grossesse" not in text
    assert dialog.saved_path == tmp_path / "plan.pdf"


def test_language_change_retranslates(qtbot: Any) -> None:
    for dialog in (CalendarExportDialog(make_controller(), "fr", ()), PrintPlanDialog(make_controller(), "fr")):
        qtbot.addWidget(dialog)
        title = dialog.windowTitle()
        dialog.setWindowTitle("")
        dialog.selection_box.everything.setText("")
        QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
        QCoreApplication.sendEvent(dialog.selection_box, QEvent(QEvent.Type.LanguageChange))
        assert dialog.windowTitle() == title
        assert dialog.selection_box.everything.text() == "&Tout le parcours"


def test_screenshots(qtbot: Any, tmp_path: Path) -> None:
    """Grabs both dialogs (offscreen) so a person can look at them: tests/export/… writes them under tmp_path."""
    for name, dialog in (
        ("calendar", CalendarExportDialog(make_controller(), "fr", (24 * 60,))),
        ("print", PrintPlanDialog(make_controller(), "fr")),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.grab()
        assert image.width() > 300 and image.height() > 150
        image.save(str(tmp_path / f"{name}.png"))
        assert (tmp_path / f"{name}.png").stat().st_size > 2000
    assert TODAY.year == 2026
