"""The two ways to take the plan away: "Ajouter à mon agenda" (.ics) and "Imprimer le plan" (preview, print, PDF).

The main window calls `ask_calendar(window, controller)` and `ask_print(window, controller)`: what the dialogs read
from each is typed below (`ExportWindow`, `ExportSource`: the MainWindow and the FamilyController, which the tests use
too). Only `ask` reads the window; the dialogs themselves take plain values. Everything the dialogs write is built by
`parcours_app.export` (no rule lives here); file choice, print dialogs and error boxes go through class methods
that tests patch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.errors import ParcoursError
from parcours_app.core.model import Appointment, EventState, Journey, Place
from parcours_app.core.reminders import DEFAULT_LEAD_MINUTES, LEAD_CHOICES
from parcours_app.core.text import Translate
from parcours_app.export.formats import ExportRequest, Selection, calendar_id_from_settings, child_subjects
from parcours_app.ui import kiosk
from parcours_app.ui.i18n import RetranslateMixin, qt_translate, tr_count
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.plain_text import plain_message, plain_text_label

if TYPE_CHECKING:  # types only: the dialogs are imported on first use, and these are loaded by then
    from parcours_app.core.clock import Clock
    from parcours_app.export.plan import PlanDocument
    from parcours_app.storage.store import FamilyStore
    from parcours_app.ui.preferences import Preferences
    from parcours_app.ui.workstation import Workstation

_EVERYTHING, _MANDATORY, _ONE_CHILD = 0, 1, 2


class ExportSource(Protocol):
    """What the dialogs read from the FamilyController: the plan, what the person did with it, the clock, the store."""

    @property
    def journey(self) -> Journey | None: ...

    @property
    def states(self) -> dict[str, EventState]: ...

    @property
    def appointments(self) -> list[Appointment]: ...

    @property
    def clock(self) -> Clock: ...  # the one clock: it stamps the files and decides which alarms are past

    @property
    def store(self) -> FamilyStore: ...  # the directory's places, the calendar id setting


class ExportWindow(Protocol):
    """What the dialogs read from the window that opens them (MainWindow)."""

    @property
    def consultation(self) -> bool: ...  # the one-page consultation sheet is chosen by default

    @property
    def family_line(self) -> str: ...  # "Grossesse : 22 SA + 3 j", on the consultation sheet

    @property
    def preferences(self) -> Preferences | None: ...  # the reminder lead times (None before the shell sets them)

    @property
    def workstation(self) -> Workstation | None: ...  # the PMI's own place on the consultation sheet

    def language(self) -> str: ...

    def window(self) -> QWidget: ...  # QWidget.window(): the top-level window the dialogs belong to


class SelectionBox(RetranslateMixin, QGroupBox):
    """What to take away: the whole journey, the mandatory steps only, or one child's steps."""

    def __init__(self, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-selection")
        self.everything = QRadioButton()
        self.everything.setObjectName("export-everything")
        self.mandatory = QRadioButton()
        self.mandatory.setObjectName("export-mandatory")
        self.one_child = QRadioButton()
        self.one_child.setObjectName("export-one-child")
        self.child = QComboBox()
        self.child.setObjectName("export-child")
        self.subjects = child_subjects(journey)  # registered children, then the expected baby
        for subject in self.subjects:
            self.child.addItem("", subject.key)
        self.group = QButtonGroup(self)
        for index, button in enumerate((self.everything, self.mandatory, self.one_child)):
            self.group.addButton(button, index)
        self.everything.setChecked(True)
        has_children = self.child.count() > 0
        self.one_child.setEnabled(has_children)
        self.child.setEnabled(False)
        self.one_child.toggled.connect(self.child.setEnabled)

        child_row = QHBoxLayout()
        child_row.addWidget(self.one_child)
        child_row.addWidget(self.child, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.everything)
        layout.addWidget(self.mandatory)
        layout.addLayout(child_row)
        self.retranslate_ui()

    def selection(self) -> Selection:
        choice = self.group.checkedId()
        if choice == _MANDATORY:
            return Selection(mandatory_only=True)
        if choice == _ONE_CHILD and self.child.currentIndex() >= 0:
            return Selection(child_key=str(self.child.currentData()))
        return Selection()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Que garder ?"))
        self.everything.setText(self.tr("&Tout le parcours"))
        self.mandatory.setText(self.tr("Les étapes &obligatoires seulement"))
        self.one_child.setText(self.tr("Les étapes d’un &enfant :"))
        self.everything.setAccessibleName(self.tr("Tout le parcours"))
        self.mandatory.setAccessibleName(self.tr("Les étapes obligatoires seulement"))
        self.one_child.setAccessibleName(self.tr("Les étapes d’un enfant"))
        for index, subject in enumerate(self.subjects):
            self.child.setItemText(index, subject.name or self.tr("le bébé attendu"))
        self.child.setAccessibleName(self.tr("Enfant"))
        self.child.setAccessibleDescription(self.tr("L’enfant dont les examens, vaccins et étapes sont gardés"))


class _ExportDialog(QDialog):
    """What both dialogs share: the journey and the person's marks, the selection box, error and file choices."""

    def __init__(self, controller: ExportSource, language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        if controller.journey is None:  # ask() says "Rien à exporter" before building a dialog
            raise ValueError("an export dialog needs a journey")
        self.controller = controller
        self.language = language
        self.translate: Translate = qt_translate
        self.journey: Journey = controller.journey
        self.intro = plain_text_label(QLabel())
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.selection_box = SelectionBox(self.journey, self)
        self.saved_path: Path | None = None

    def now(self) -> dt.datetime:
        """The one clock's now (the demo clock, `--today`): it stamps the files and decides which alarms are past."""
        return self.controller.clock.now()

    def today(self) -> dt.date:
        return self.now().date()

    @classmethod
    def choose_path(cls, parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
        """The save-file dialog (patched in tests). None when the person cancels."""
        return kiosk.save_file_name(parent, title, suggested, file_filter)

    @classmethod
    def show_error(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Tell what went wrong and what to do (patched in tests)."""
        plain_message(parent, QMessageBox.Icon.Warning, title, message)

    @staticmethod
    def default_folder() -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    def _write(self, write: Callable[[Path], object], path: Path, what: str) -> bool:
        try:
            write(path)
        except ParcoursError as error:
            self.show_error(self, what, error.render(self.translate))
            return False
        except OSError as error:
            reason = error.strerror or str(error)
            self.show_error(
                self,
                what,
                self.tr("Le fichier %1 n’a pas pu être enregistré (%2). Choisissez un autre dossier.")
                .replace("%1", str(path))
                .replace("%2", reason),
            )
            return False
        self.saved_path = path
        return True


class CalendarExportDialog(RetranslateMixin, _ExportDialog):
    """ "Ajouter à mon agenda": choose what to export and the reminders, then save a .ics file."""

    def __init__(
        self,
        controller: ExportSource,
        language: str,
        lead_minutes: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, language, parent)
        self.setObjectName("calendar-export-dialog")
        self.alarms_box = QGroupBox()
        self.alarm_checks: dict[int, QCheckBox] = {}
        alarms_layout = QVBoxLayout(self.alarms_box)
        for minutes in LEAD_CHOICES:
            box = QCheckBox()
            box.setObjectName(f"export-alarm-{minutes}")
            box.setChecked(minutes in lead_minutes)
            self.alarm_checks[minutes] = box
            alarms_layout.addWidget(box)
        self.appointments_check = QCheckBox()
        self.appointments_check.setObjectName("export-appointments")
        self.appointments_check.setChecked(True)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton()
        self.save_button.setObjectName("export-save-ics")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.selection_box)
        layout.addWidget(self.alarms_box)
        layout.addWidget(self.appointments_check)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.selection_box.everything, self.selection_box.mandatory)
        self.retranslate_ui()

    @classmethod
    def ask(
        cls,
        window: ExportWindow | None,
        controller: ExportSource | None,
        *,
        language: str | None = None,
        lead_minutes: Sequence[int] | None = None,
    ) -> Path | None:
        """Show the dialog; the path of the saved calendar, or None when nothing was saved."""
        source = _with_journey(window, controller)
        if source is None:
            return None
        leads = lead_minutes if lead_minutes is not None else _lead_minutes_of(window)
        dialog = cls(source, _language_of(window, language), leads, _parent_of(window))
        try:
            return dialog.saved_path if cls.run(dialog) else None
        finally:
            dialog.deleteLater()  # issue 14: closed dialogs are deleted

    @classmethod
    def run(cls, dialog: QDialog) -> bool:
        """exec() the dialog (patched in tests, which drive it and call save() themselves)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def chosen_lead_minutes(self) -> tuple[int, ...]:
        return tuple(minutes for minutes, box in self.alarm_checks.items() if box.isChecked())

    def calendar_id(self) -> str:
        return calendar_id_from_settings(self.controller.store)

    def save(self) -> None:
        suggested = self.default_folder() / dated_name(self.tr("parcours-1000-jours"), self.today(), ".ics")
        path = self.choose_path(self, self.tr("Enregistrer le calendrier"), suggested, self.tr("Calendrier (*.ics)"))
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        from parcours_app.export.ics import build_calendar, save_calendar

        request = ExportRequest(
            selection=self.selection_box.selection(),
            language=self.language,
            translate=self.translate,
            states=self.controller.states,
            appointments=self.controller.appointments if self.appointments_check.isChecked() else [],
        )

        def write(target: Path) -> None:
            calendar = build_calendar(
                self.journey,
                request,
                now=self.now(),
                calendar_id=self.calendar_id(),
                alarm_minutes=self.chosen_lead_minutes(),
            )
            save_calendar(calendar, target)

        if self._write(write, path, self.tr("Ajouter à mon agenda")):
            SavedNotice.show(self, self.tr("Ajouter à mon agenda"), path)
            self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ajouter à mon agenda"))
        self.intro.setText(
            self.tr(
                "Enregistrez un fichier de calendrier (.ics), puis ouvrez-le avec l’agenda de votre téléphone ou de "
                "votre ordinateur. Si vous avez déjà importé un plan, le nouveau fichier met à jour les mêmes "
                "événements au lieu de les doubler."
            )
        )
        self.alarms_box.setTitle(self.tr("Rappels"))
        labels = {
            60: self.tr("Le jour même (9 h), et 1 heure avant un rendez-vous"),
            24 * 60: self.tr("La veille (9 h)"),
            7 * 24 * 60: self.tr("Une semaine avant (9 h)"),
        }
        for minutes, box in self.alarm_checks.items():
            text = labels.get(minutes, tr_count(self.tr("%n minute(s) avant", "", minutes), minutes))
            box.setText(text)
            box.setAccessibleName(self.tr("Rappel : %1").replace("%1", text))
        set_control_text(self.appointments_check, self.tr("Ajouter mes &rendez-vous"))
        set_control_text(
            self.save_button, self.tr("&Enregistrer le fichier…"), self.tr("Enregistrer le fichier de calendrier")
        )


class PrintPlanDialog(RetranslateMixin, _ExportDialog):
    """ "Imprimer le plan": print preview, print, or save the same A4 plan as a PDF."""

    def __init__(
        self,
        controller: ExportSource,
        language: str,
        parent: QWidget | None = None,
        *,
        consultation: bool = False,
        family_line: str = "",
        workstation_place: Place | None = None,
    ) -> None:
        super().__init__(controller, language, parent)
        self.setObjectName("print-plan-dialog")
        self.family_line = family_line  # the family's situation, first line of the consultation sheet
        self._workstation_place = workstation_place  # the PMI or Maison running this computer, once it has a name
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("plan-preview")
        self.print_button = QPushButton()
        self.print_button.setObjectName("plan-print")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("plan-save-pdf")
        # the one-page consultation sheet, or the full plan (several pages); one page by default in consultation
        self.kind_box = QGroupBox()
        self.one_page = QRadioButton()
        self.one_page.setObjectName("plan-one-page")
        self.full_plan = QRadioButton()
        self.full_plan.setObjectName("plan-full")
        kind_layout = QVBoxLayout(self.kind_box)
        kind_layout.addWidget(self.one_page)
        kind_layout.addWidget(self.full_plan)
        (self.one_page if consultation else self.full_plan).setChecked(True)
        self.one_page.toggled.connect(lambda on: self.selection_box.setEnabled(not on))
        self.selection_box.setEnabled(not consultation)
        self.preview_button.setDefault(True)
        self.buttons = QDialogButtonBox()
        for button in (self.preview_button, self.print_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.close_button.clicked.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_plan)
        self.pdf_button.clicked.connect(self.save_pdf)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.selection_box)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    @classmethod
    def ask(
        cls, window: ExportWindow | None, controller: ExportSource | None, *, language: str | None = None
    ) -> Path | None:
        """Show the dialog; the path of a saved PDF, if the person saved one."""
        source = _with_journey(window, controller)
        if source is None:
            return None
        workstation = window.workstation if window is not None else None
        dialog = cls(
            source,
            _language_of(window, language),
            _parent_of(window),
            consultation=window is not None and window.consultation,
            family_line=window.family_line if window is not None else "",
            workstation_place=workstation.named_place if workstation is not None else None,
        )
        try:
            cls.run(dialog)
            return dialog.saved_path
        finally:
            dialog.deleteLater()

    @classmethod
    def run(cls, dialog: QDialog) -> int:
        return dialog.exec()

    @classmethod
    def run_preview(cls, preview: QPrintPreviewDialog) -> int:
        """exec() the print preview (patched in tests)."""
        return preview.exec()

    @classmethod
    def run_print_dialog(cls, dialog: QPrintDialog) -> bool:
        """exec() the system print dialog (patched in tests)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def workstation_place(self) -> Place | None:
        return self._workstation_place

    def plan(self) -> PlanDocument:
        if self.one_page.isChecked():
            from parcours_app.export.consultation_plan import ConsultationSheet, one_page_plan

            line = self.family_line
            sheet = ConsultationSheet(
                situation=(line,) if line else (), workstation_place=self.workstation_place(), produced_on=self.today()
            )
            request = ExportRequest(language=self.language, translate=self.translate, states=self.controller.states)
            return one_page_plan(self.journey, request, sheet)
        from parcours_app.export.plan import build_plan

        places = self.controller.store.places()
        request = ExportRequest(
            selection=self.selection_box.selection(),
            language=self.language,
            translate=self.translate,
            states=self.controller.states,
            appointments=self.controller.appointments,
            places=places,
        )
        return build_plan(self.journey, request, produced_on=self.today())

    def new_printer(self) -> QPrinter:
        from parcours_app.export.plan_pdf import configure_page

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_page(printer)
        printer.setDocName(self.tr("Mon plan des 1000 premiers jours"))
        return printer

    def paint_on(self, printer: QPrinter) -> int:
        """Draw the plan on the preview's or the print dialog's printer: the same drawing as the PDF file."""
        from parcours_app.export.plan_pdf import paint_plan

        try:
            return paint_plan(printer, self.plan())
        except (ParcoursError, OSError) as error:
            message = error.render(self.translate) if isinstance(error, ParcoursError) else str(error)
            self.show_error(self, self.tr("Imprimer le plan"), message)
            return 0

    def preview(self) -> None:
        printer = self.new_printer()
        preview = QPrintPreviewDialog(printer, self)
        preview.setObjectName("plan-print-preview")
        preview.setWindowTitle(self.tr("Aperçu du plan"))
        preview.paintRequested.connect(self.paint_on)
        self.run_preview(preview)

    def print_plan(self) -> None:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimer le plan"))
        if self.run_print_dialog(dialog):
            self.paint_on(printer)

    def save_pdf(self) -> None:
        stem = self.tr("plan-consultation") if self.one_page.isChecked() else self.tr("plan-1000-jours")
        suggested = self.default_folder() / dated_name(stem, self.today(), ".pdf")
        path = self.choose_path(self, self.tr("Enregistrer le plan en PDF"), suggested, self.tr("Document PDF (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        from parcours_app.export.plan_pdf import write_plan_pdf

        def write(target: Path) -> None:
            write_plan_pdf(self.plan(), target)  # the one-page sheet or the full plan, as previewed

        if self._write(write, path, self.tr("Enregistrer le plan en PDF")):
            SavedNotice.show(self, self.tr("Enregistrer le plan en PDF"), path)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Imprimer le plan"))
        self.intro.setText(
            self.tr(
                "Un plan A4 lisible en noir et blanc : les dates clés, les prochaines étapes, les congés, les "
                "examens et vaccins des enfants, vos contacts et les numéros utiles."
            )
        )
        set_control_text(self.preview_button, self.tr("&Aperçu avant impression…"), self.tr("Aperçu avant impression"))
        set_control_text(self.print_button, self.tr("&Imprimer…"), self.tr("Imprimer"))
        self.pdf_button.setText(self.tr("Enregistrer en &PDF…"))
        self.kind_box.setTitle(self.tr("Quel plan ?"))
        set_control_text(
            self.one_page, self.tr("Plan de &consultation (une page)"), self.tr("Plan de consultation, une page")
        )
        set_control_text(
            self.full_plan,
            self.tr("Plan co&mplet (toutes les étapes, plusieurs pages)"),
            self.tr("Plan complet, plusieurs pages"),
        )
        self.pdf_button.setAccessibleName(self.tr("Enregistrer en PDF"))


class SavedNotice:
    """Where the file went, with "Ouvrir le dossier" (tests patch `show` and `open_folder`)."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, path: Path) -> None:
        box = QMessageBox(parent)
        box.setObjectName("saved-notice")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(qt_translate("ExportDialogs", "Le fichier est enregistré :\n%1").replace("%1", str(path)))
        folder = box.addButton(qt_translate("ExportDialogs", "&Ouvrir le dossier"), QMessageBox.ButtonRole.ActionRole)
        ok = box.addButton(QMessageBox.StandardButton.Ok)
        # Escape is OK: with two buttons and neither a "cancel" one, Qt would ignore Escape and any close, and the
        # notice would then block quitting the app (a logout's SIGTERM) until someone clicks it
        box.setEscapeButton(ok)
        box.setDefaultButton(ok)
        box.exec()
        if box.clickedButton() is folder:
            cls.open_folder(path.parent)

    @classmethod
    def open_folder(cls, folder: Path) -> bool:
        if kiosk.locked():
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def dated_name(stem: str, day: dt.date, suffix: str) -> str:
    """A file name that does not collide with the previous patient's: "plan-consultation-2026-11-22.pdf"."""
    return f"{stem}-{day.isoformat()}{suffix}"


def _parent_of(window: ExportWindow | None) -> QWidget | None:
    return window.window() if window is not None else None


def _language_of(window: ExportWindow | None, language: str | None) -> str:
    if language:
        return language
    return (window.language() if window is not None else "") or "fr"


def _with_journey(window: ExportWindow | None, controller: ExportSource | None) -> ExportSource | None:
    """The controller when it has a plan to export; else None, and the person is told what to enter first."""
    if controller is not None and controller.journey is not None:
        return controller
    _ExportDialog.show_error(
        _parent_of(window),
        qt_translate("ExportDialogs", "Rien à exporter"),
        qt_translate("ExportDialogs", "Indiquez d’abord une date de grossesse ou de naissance : le plan en dépend."),
    )
    return None


def _lead_minutes_of(window: ExportWindow | None) -> tuple[int, ...]:
    """The reminder lead times of the settings when the window knows them, else the default (a week and a day)."""
    preferences = window.preferences if window is not None else None
    return preferences.lead_minutes if preferences is not None else DEFAULT_LEAD_MINUTES


def ask_calendar(window: ExportWindow | None, controller: ExportSource | None) -> Path | None:
    """Entry point used by the main window's "Ajouter à mon agenda" action."""
    return CalendarExportDialog.ask(window, controller)


def ask_print(window: ExportWindow | None, controller: ExportSource | None) -> Path | None:
    """Entry point used by the main window's "Imprimer le plan" action."""
    return PrintPlanDialog.ask(window, controller)
