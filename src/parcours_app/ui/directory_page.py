"""The local directory: the family's places (read view) and the staff edit view with JSON export and import.

Validation and the file format are core (`core.directory`); storage goes through the `FamilyStore` methods
`places / save_place / delete_place / replace_places`. Importing a file validates all of it first: a bad file
shows what is wrong and the old directory stays exactly as it was.

API for the main window and the reception mode:
    page = DirectoryPage(store)                  # read view, with a button to the staff edit view
    page = DirectoryPage(store, editable=False)  # read only (reception mode visitors)
    page.reload()                                # after the store changed elsewhere
    PlaceCard(place, scale=1.6)                  # one place, large text (the reception mode's Maison page)
Dialogs go through `DirectoryDialogs` class methods, which tests patch.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.directory import (
    FILE_SUFFIX,
    PlaceRepository,
    localized_place,
    read_directory_file,
    services_by_component,
    sorted_places,
    validate_place,
    write_directory_file,
)
from parcours_app.core.directory import place_kind_label as core_place_kind_label
from parcours_app.core.errors import ParcoursError
from parcours_app.core.formatting import bidi_isolate, rtl_paragraphs
from parcours_app.core.model import MaisonComponent, Place, PlaceKind, PlaceTranslation
from parcours_app.core.text import fill_placeholders
from parcours_app.ui import kiosk
from parcours_app.ui.i18n import RetranslateMixin, current_language, qt_translate
from parcours_app.ui.widgets.button_row import ButtonRow
from parcours_app.ui.widgets.form_row import set_control_text
from parcours_app.ui.widgets.plain_text import plain_message
from parcours_app.ui.widgets.question import ask_yes_no
from parcours_app.ui.widgets.text_label import text_label
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea

_CONTEXT = "DirectoryPage"


def place_kind_label(kind: PlaceKind) -> str:
    """The kind's name (declared once, in core.directory) in the current language."""
    return core_place_kind_label(kind).render(qt_translate)


def component_label(component: MaisonComponent) -> str:
    """The five components of the national framework of the Maisons des 1000 premiers jours."""
    labels = {
        MaisonComponent.PREVENTION_HEALTH: QCoreApplication.translate(_CONTEXT, "Prévention et santé, avec la PMI"),
        MaisonComponent.PARENTING_SUPPORT: QCoreApplication.translate(_CONTEXT, "Soutien à la parentalité"),
        MaisonComponent.INFORMATION_GUIDANCE: QCoreApplication.translate(_CONTEXT, "Information et orientation"),
        MaisonComponent.SOCIALISATION_CULTURE: QCoreApplication.translate(_CONTEXT, "Socialisation et éveil culturel"),
        MaisonComponent.PROFESSIONALS_RESOURCE: QCoreApplication.translate(
            _CONTEXT, "Lieu ressource pour les professionnels"
        ),
    }
    return labels[component]


# Directory texts (addresses, phones, hours) are selectable by default: people copy them.
_label = partial(text_label, selectable=True)


class DirectoryDialogs:
    """Every question the directory asks. Tests patch these class methods."""

    @classmethod
    def ask_import_path(cls, parent: QWidget | None) -> Path | None:
        return kiosk.open_file_name(
            parent,
            QCoreApplication.translate(_CONTEXT, "Importer un annuaire"),
            "",
            QCoreApplication.translate(_CONTEXT, "Annuaire Parcours (*.json)"),
        )

    @classmethod
    def ask_export_path(cls, parent: QWidget | None) -> Path | None:
        path = kiosk.save_file_name(
            parent,
            QCoreApplication.translate(_CONTEXT, "Exporter l'annuaire"),
            Path(QCoreApplication.translate(_CONTEXT, "annuaire") + FILE_SUFFIX),
            QCoreApplication.translate(_CONTEXT, "Annuaire Parcours (*.json)"),
        )
        if path is None:
            return None
        return path if path.suffix else path.with_suffix(FILE_SUFFIX)

    @classmethod
    def confirm_delete(cls, parent: QWidget | None, name: str) -> bool:
        return ask_yes_no(  # the place's name is shown as typed, never as markup (issue 14)
            parent,
            QCoreApplication.translate(_CONTEXT, "Supprimer un lieu"),
            QCoreApplication.translate(_CONTEXT, "Supprimer « %1 » de l'annuaire ?").replace("%1", name),
        )

    @classmethod
    def confirm_replace(cls, parent: QWidget | None, old_count: int, new_count: int) -> bool:
        text = QCoreApplication.translate(
            _CONTEXT, "Remplacer les %1 lieux de l'annuaire par les %2 lieux du fichier ?"
        )
        return ask_yes_no(
            parent,
            QCoreApplication.translate(_CONTEXT, "Importer un annuaire"),
            text.replace("%1", str(old_count)).replace("%2", str(new_count)),
        )

    @classmethod
    def show_error(cls, parent: QWidget | None, message: str) -> None:
        plain_message(parent, QMessageBox.Icon.Warning, QCoreApplication.translate(_CONTEXT, "Annuaire"), message)

    @classmethod
    def show_info(cls, parent: QWidget | None, message: str) -> None:
        plain_message(parent, QMessageBox.Icon.Information, QCoreApplication.translate(_CONTEXT, "Annuaire"), message)


class PlaceCard(RetranslateMixin, QFrame):
    """One place: its kind, name, address, phone, hours and, for a Maison, its services by component."""

    def __init__(self, place: Place, parent: QWidget | None = None, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.place = place
        self._scale = scale
        self.setObjectName("place-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QVBoxLayout(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        while self._layout.count():
            taken = self._layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        scale, language = self._scale, current_language()
        place = localized_place(self.place, language)  # the directory's own English or Arabic texts, else French
        self.setAccessibleName(place.name)
        self._layout.addWidget(_label(place_kind_label(place.kind), scale=scale * 0.95))
        # phone numbers, postcodes and Latin names keep their own order in Arabic (core.formatting)
        self._layout.addWidget(_label(rtl_paragraphs(place.name, language), bold=True, scale=scale * 1.2))
        rows = (
            (self.tr("Adresse : %1"), place.address),
            (self.tr("Téléphone : %1"), place.phone),
            (self.tr("Horaires : %1"), place.opening_hours),
            (self.tr("E-mail : %1"), place.email),
            (self.tr("Site : %1"), place.website),
            (self.tr("À savoir : %1"), place.note),
        )
        for template, value in rows:
            if value:
                self._layout.addWidget(_label(rtl_paragraphs(template.replace("%1", value), language), scale=scale))
        if place.kind is PlaceKind.MAISON_1000_JOURS and place.services:
            self._layout.addWidget(_label(self.tr("Services proposés"), bold=True, scale=scale * 1.1))
            for component, services in services_by_component(place).items():
                if not services:
                    continue
                self._layout.addWidget(_label(component_label(component), bold=True, scale=scale))
                for service in services:
                    line = rtl_paragraphs(self.tr("• %1").replace("%1", service), language)
                    self._layout.addWidget(_label(line, scale=scale))


class DirectoryEditor(QWidget):
    """The staff view: add, edit and delete places, a Maison's services by component, export and import."""

    directory_changed = Signal()
    done = Signal()  # back to the read view

    def __init__(self, store: PlaceRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory-editor")
        self._store = store
        self._places: list[Place] = []
        self._editing_id: int | None = None

        outer = QVBoxLayout(self)
        self.heading = _label(bold=True, scale=1.3, selectable=False)
        outer.addWidget(self.heading)
        self.hint = _label(selectable=False)
        outer.addWidget(self.hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        self.list_label = QLabel(left)
        self.place_list = QListWidget(left)
        self.list_label.setBuddy(self.place_list)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.place_list, 1)
        self.new_button = QPushButton(left)
        left_layout.addWidget(self.new_button)

        form_box = QWidget(splitter)
        form_column = QVBoxLayout(form_box)
        form = QFormLayout()
        form_column.addLayout(form)
        form_column.addStretch(1)  # rows keep their natural height instead of spreading over the panel
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self.kind_box = QComboBox(form_box)
        for kind in PlaceKind:
            self.kind_box.addItem("", kind.value)
        self.name_edit = QLineEdit(form_box)
        self.address_edit = QPlainTextEdit(form_box)
        self.phone_edit = QLineEdit(form_box)
        self.hours_edit = QPlainTextEdit(form_box)
        self.email_edit = QLineEdit(form_box)
        self.website_edit = QLineEdit(form_box)
        self.note_edit = QPlainTextEdit(form_box)
        for edit in (self.address_edit, self.hours_edit, self.note_edit):
            edit.setTabChangesFocus(True)  # Tab moves on, so the form stays keyboard-navigable
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        self.form_labels: dict[str, QLabel] = {}
        for key, widget in (
            ("kind", self.kind_box),
            ("name", self.name_edit),
            ("address", self.address_edit),
            ("phone", self.phone_edit),
            ("hours", self.hours_edit),
            ("email", self.email_edit),
            ("website", self.website_edit),
            ("note", self.note_edit),
        ):
            label = QLabel(form_box)
            label.setBuddy(widget)
            self.form_labels[key] = label
            form.addRow(label, widget)
        self.services_box = QGroupBox(form_box)
        services_layout = QFormLayout(self.services_box)
        self.service_edits: dict[MaisonComponent, QPlainTextEdit] = {}
        self.service_labels: dict[MaisonComponent, QLabel] = {}
        for component in MaisonComponent:
            edit = QPlainTextEdit(self.services_box)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            label = QLabel(self.services_box)
            label.setWordWrap(True)
            label.setBuddy(edit)
            services_layout.addRow(label, edit)
            self.service_edits[component] = edit
            self.service_labels[component] = label
        form.addRow(self.services_box)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(form_box)
        self.delete_button = QPushButton(form_box)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        # the form scrolls sideways too when the splitter narrows its pane; the pane keeps its frame, beside the list
        form_scroll = VerticalScrollArea(form_box, splitter, sideways=True)
        form_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        splitter.addWidget(left)
        splitter.addWidget(form_scroll)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 660])
        outer.addWidget(splitter, 1)

        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.back_button = QPushButton(self)
        # side by side when they fit, stacked at 200 % text: a plain row made the staff view wider than the page
        # (839 px for three buttons) and its intro scrolled sideways, seen in a real window
        outer.addWidget(ButtonRow((self.import_button, self.export_button, self.back_button), self))

        self.place_list.currentRowChanged.connect(self._show_row)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.new_button.clicked.connect(self.new_place)
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.back_button.clicked.connect(self.done)
        self.retranslate_ui()
        self.reload()

    # --- data ------------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        try:
            self._places = sorted_places(self._store.places())
        except ParcoursError as error:
            self._places = []
            DirectoryDialogs.show_error(self, error.render(qt_translate))
        with QSignalBlocker(self.place_list):
            self.place_list.clear()
            for place in self._places:
                text, spoken = self._place_line(place)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                self.place_list.addItem(item)
        row = next((index for index, place in enumerate(self._places) if place.id == select_id), 0)
        if self._places:
            self.place_list.setCurrentRow(row)
            self._show_row(row)
        else:
            self.new_place()

    def _relabel_list(self) -> None:
        for row, place in enumerate(self._places):
            item = self.place_list.item(row)
            if item is not None:
                text, spoken = self._place_line(place)
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def _place_line(self, place: Place) -> tuple[str, str]:
        """The list line and what a screen reader says; the name isolated so an Arabic line reads right to left."""
        name, kind = bidi_isolate(place.name, current_language()), place_kind_label(place.kind)
        return (
            fill_placeholders(self.tr("%1 — %2"), (name, kind)),
            fill_placeholders(self.tr("%1, %2"), (name, kind)),
        )

    def form_place(self) -> Place:
        kind = PlaceKind(self.kind_box.currentData())
        services = tuple(
            (component, line)
            for component, edit in self.service_edits.items()
            for line in edit.toPlainText().splitlines()
            if line.strip()
        )
        return Place(
            id=self._editing_id,
            kind=kind,
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            phone=self.phone_edit.text(),
            opening_hours=self.hours_edit.toPlainText(),
            email=self.email_edit.text(),
            website=self.website_edit.text(),
            note=self.note_edit.toPlainText(),
            services=services if kind is PlaceKind.MAISON_1000_JOURS else (),
            # the form edits the French texts; the English and Arabic ones of the file are kept (a service whose
            # French text changed loses its own: validate_place drops them)
            translations=self._editing_translations(),
        )

    def _editing_translations(self) -> tuple[PlaceTranslation, ...]:
        editing = next((place for place in self._places if place.id == self._editing_id), None)
        return editing.translations if editing is not None and self._editing_id is not None else ()

    def new_place(self) -> None:
        self._editing_id = None
        with QSignalBlocker(self.place_list):
            self.place_list.clearSelection()
            self.place_list.setCurrentRow(-1)
        self._fill_form(Place(id=None, kind=PlaceKind.MAISON_1000_JOURS, name=""))
        self.name_edit.setFocus()

    def save_current(self) -> bool:
        try:
            place = validate_place(self.form_place())
            saved = self._store.save_place(place)
        except ParcoursError as error:
            DirectoryDialogs.show_error(self, error.render(qt_translate))
            return False
        self.reload(select_id=saved.id)
        self.directory_changed.emit()
        return True

    def delete_current(self) -> None:
        if self._editing_id is None:
            return
        name = self.name_edit.text()
        if not DirectoryDialogs.confirm_delete(self, name):
            return
        try:
            self._store.delete_place(self._editing_id)
        except ParcoursError as error:
            DirectoryDialogs.show_error(self, error.render(qt_translate))
            return
        self.reload()
        self.directory_changed.emit()

    def import_file(self) -> bool:
        path = DirectoryDialogs.ask_import_path(self)
        if path is None:
            return False
        try:
            places = read_directory_file(path)  # all of it validated before anything changes
        except ParcoursError as error:
            DirectoryDialogs.show_error(
                self,
                self.tr("Le fichier n'a pas été importé et l'annuaire n'a pas changé.\n\n%1").replace(
                    "%1", error.render(qt_translate)
                ),
            )
            return False
        if not DirectoryDialogs.confirm_replace(self, len(self._places), len(places)):
            return False
        try:
            self._store.replace_places(places)
        except ParcoursError as error:
            DirectoryDialogs.show_error(self, error.render(qt_translate))
            return False
        self.reload()
        self.directory_changed.emit()
        DirectoryDialogs.show_info(self, self.tr("Lieux importés : %1.").replace("%1", str(len(places))))
        return True

    def export_file(self) -> bool:
        path = DirectoryDialogs.ask_export_path(self)
        if path is None:
            return False
        try:
            write_directory_file(self._store.places(), path)
        except ParcoursError as error:
            DirectoryDialogs.show_error(self, error.render(qt_translate))
            return False
        DirectoryDialogs.show_info(
            self,
            self.tr("Annuaire exporté dans %1. Importez ce fichier sur l'autre ordinateur.").replace("%1", str(path)),
        )
        return True

    # --- form ------------------------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._places):
            place = self._places[row]
            self._editing_id = place.id
            self._fill_form(place)

    def _fill_form(self, place: Place) -> None:
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(place.kind.value), 0))
        self.name_edit.setText(place.name)
        self.address_edit.setPlainText(place.address)
        self.phone_edit.setText(place.phone)
        self.hours_edit.setPlainText(place.opening_hours)
        self.email_edit.setText(place.email)
        self.website_edit.setText(place.website)
        self.note_edit.setPlainText(place.note)
        grouped = services_by_component(place)
        for component, edit in self.service_edits.items():
            edit.setPlainText("\n".join(grouped[component]))
        self.delete_button.setEnabled(place.id is not None)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.services_box.setVisible(self.kind_box.currentData() == PlaceKind.MAISON_1000_JOURS.value)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Annuaire : vue du personnel"))
        self.hint.setText(
            self.tr(
                "Saisissez les lieux proches des familles. Tout reste sur cet ordinateur. Exportez l'annuaire "
                "pour l'importer sur un autre poste : un fichier incorrect ne change rien."
            )
        )
        self.list_label.setText(self.tr("&Lieux :"))
        self.place_list.setAccessibleName(self.tr("Lieux de l'annuaire"))
        set_control_text(self.new_button, self.tr("&Nouveau lieu"), self.tr("Ajouter un nouveau lieu"))
        for index, kind in enumerate(PlaceKind):
            self.kind_box.setItemText(index, place_kind_label(kind))
        texts = {
            "kind": (self.tr("&Type :"), self.tr("Type de lieu")),
            "name": (self.tr("N&om :"), self.tr("Nom du lieu")),
            "address": (self.tr("&Adresse :"), self.tr("Adresse")),
            "phone": (self.tr("&Téléphone :"), self.tr("Téléphone")),
            "hours": (self.tr("&Horaires :"), self.tr("Horaires d'ouverture")),
            "email": (self.tr("&E-mail :"), self.tr("Adresse e-mail")),
            "website": (self.tr("S&ite web :"), self.tr("Site web")),
            "note": (self.tr("À sa&voir :"), self.tr("Note")),
        }
        widgets = {
            "kind": self.kind_box,
            "name": self.name_edit,
            "address": self.address_edit,
            "phone": self.phone_edit,
            "hours": self.hours_edit,
            "email": self.email_edit,
            "website": self.website_edit,
            "note": self.note_edit,
        }
        for key, (label, accessible) in texts.items():
            self.form_labels[key].setText(label)
            widgets[key].setAccessibleName(accessible)
        self.website_edit.setPlaceholderText("https://…")
        self.services_box.setTitle(self.tr("Services de la Maison, par composante (un service par ligne)"))
        for component in MaisonComponent:
            self.service_labels[component].setText(component_label(component))
            self.service_edits[component].setAccessibleName(
                self.tr("Services : %1").replace("%1", component_label(component))
            )
        set_control_text(self.save_button, self.tr("&Enregistrer"), self.tr("Enregistrer ce lieu"))
        set_control_text(self.delete_button, self.tr("&Supprimer"), self.tr("Supprimer ce lieu"))
        set_control_text(
            self.import_button, self.tr("&Importer un annuaire…"), self.tr("Importer un annuaire depuis un fichier")
        )
        set_control_text(
            self.export_button, self.tr("E&xporter l'annuaire…"), self.tr("Exporter l'annuaire dans un fichier")
        )
        set_control_text(self.back_button, self.tr("&Retour à l'annuaire"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._relabel_list()
        super().changeEvent(event)


class DirectoryPage(QWidget):
    """The family's places, and (when `editable`) a button to the staff edit view."""

    directory_changed = Signal()

    def __init__(self, store: PlaceRepository, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("directory-page")
        self._store = store
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.read_view = QWidget()
        read_layout = QVBoxLayout(self.read_view)
        header = QHBoxLayout()
        self.heading = _label(bold=True, scale=1.4, selectable=False)
        header.addWidget(self.heading, 1)
        self.edit_button = QPushButton(self.read_view)
        self.edit_button.setVisible(editable)
        self.edit_button.clicked.connect(self.show_editor)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTrailing)
        read_layout.addLayout(header)
        self.intro = _label(selectable=False)
        read_layout.addWidget(self.intro)
        self.cards_host = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_host)
        self.cards_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll_area = VerticalScrollArea(self.cards_host, self.read_view)
        read_layout.addWidget(self.scroll_area, 1)
        self.stack.addWidget(self.read_view)

        self.editor: DirectoryEditor | None = None
        self._editable = editable
        self.cards: list[PlaceCard] = []
        self.retranslate_ui()
        self.reload()

    def reload(self) -> None:
        while self.cards_layout.count():
            taken = self.cards_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        try:
            places = sorted_places(self._store.places())
        except ParcoursError as error:  # shown in place of the list: the page never crashes on a store problem
            self.cards = []
            self.cards_layout.addWidget(_label(error.render(qt_translate)))
            return
        self.cards = [PlaceCard(place, self.cards_host) for place in places]
        for card in self.cards:
            self.cards_layout.addWidget(card)
        if not places:
            self.cards_layout.addWidget(
                _label(
                    self.tr(
                        "Aucun lieu pour l'instant. Ajoutez votre Maison des 1000 premiers jours, votre centre de PMI, "
                        "votre maternité… avec « Modifier l'annuaire »."
                    )
                    if self._editable
                    else self.tr("Aucun lieu pour l'instant.")
                )
            )

    def show_editor(self) -> None:
        if not self._editable:
            return
        if self.editor is None:
            self.editor = DirectoryEditor(self._store)
            self.editor.done.connect(self.show_read_view)
            self.editor.directory_changed.connect(self._changed)
            self.stack.addWidget(self.editor)
        else:
            self.editor.reload()
        self.stack.setCurrentWidget(self.editor)

    def show_read_view(self) -> None:
        self.reload()
        self.stack.setCurrentWidget(self.read_view)
        self.edit_button.setFocus()

    def _changed(self) -> None:
        self.directory_changed.emit()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Annuaire"))
        self.intro.setText(self.tr("Les lieux près de chez vous, saisis et gardés sur cet ordinateur seulement."))
        set_control_text(
            self.edit_button,
            self.tr("&Modifier l'annuaire (personnel)"),
            self.tr("Modifier l'annuaire : vue du personnel"),
        )
        self.scroll_area.setAccessibleName(self.tr("Lieux de l'annuaire"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if not self.cards:  # the place cards retranslate themselves; only the empty message is ours
                self.reload()
        super().changeEvent(event)
