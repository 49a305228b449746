"""The settings: language, text size, theme, reminder lead times, tray, start at login, data folder, delete all.

`Preferences` keeps the display choices in a small INI file in the user's configuration folder (read before the
first paint, without the storage layer), or only in memory in the consultation and reception modes, which
write nothing to disk. The family's data never goes there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from parcours_app.core.reminders import LEAD_CHOICES
from parcours_app.ui.i18n import RetranslateMixin
from parcours_app.ui.preferences import DEFAULTS, Preferences, preferences_file
from parcours_app.ui.widgets.form_row import add_form_row, set_control_text, set_row_text
from parcours_app.ui.widgets.vertical_scroll import VerticalScrollArea

__all__ = ["DEFAULTS", "Preferences", "SettingsDialog", "preferences_file"]  # the preferences live in preferences.py


class SettingsDialog(RetranslateMixin, QDialog):
    """Changes apply at once (language, size, theme); `delete_all_requested` and the folder go through the shell."""

    language_chosen = Signal(str)
    appearance_chosen = Signal(str, int)  # theme, text scale in %
    delete_all_requested = Signal()

    def __init__(
        self,
        preferences: Preferences,
        languages: list[tuple[str, str]],
        data_dir: Path | None,
        autostart_supported: bool,
        autostart_enabled: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.preferences = preferences
        self.language = QComboBox(self)
        self.language.setObjectName("settings-language")
        for code, native_name in languages:
            self.language.addItem(native_name, code)
        index = self.language.findData(preferences.language or "fr")
        self.language.setCurrentIndex(max(index, 0))
        self.text_scale = QSlider(Qt.Orientation.Horizontal, self)
        self.text_scale.setObjectName("settings-text-scale")
        self.text_scale.setRange(100, 200)
        self.text_scale.setSingleStep(10)
        self.text_scale.setPageStep(25)
        self.text_scale.setTickInterval(25)
        self.text_scale.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.text_scale.setValue(preferences.text_scale)
        self.text_scale_value = QLabel(self)
        scale_row = QWidget(self)
        scale_layout = QHBoxLayout(scale_row)
        scale_layout.setContentsMargins(0, 0, 0, 0)
        scale_layout.addWidget(self.text_scale, 1)
        scale_layout.addWidget(self.text_scale_value)
        scale_row.setFocusProxy(self.text_scale)
        self.theme = QComboBox(self)
        self.theme.setObjectName("settings-theme")
        for name in ("light", "dark", "high-contrast"):
            self.theme.addItem("", name)
        self.theme.setCurrentIndex(max(self.theme.findData(preferences.theme), 0))

        self.lead_boxes: dict[int, QCheckBox] = {}
        self.reminders_box = QGroupBox(self)
        reminders_layout = QVBoxLayout(self.reminders_box)
        for minutes in LEAD_CHOICES:
            box = QCheckBox(self.reminders_box)
            box.setObjectName(f"settings-lead-{minutes}")
            box.setChecked(minutes in preferences.lead_minutes)
            self.lead_boxes[minutes] = box
            reminders_layout.addWidget(box)
        self.stay_in_tray = QCheckBox(self.reminders_box)
        self.stay_in_tray.setObjectName("settings-stay-in-tray")
        self.stay_in_tray.setChecked(preferences.stay_in_tray)
        reminders_layout.addWidget(self.stay_in_tray)
        self.autostart = QCheckBox(self.reminders_box)
        self.autostart.setObjectName("settings-autostart")
        self.autostart.setChecked(autostart_enabled)
        self.autostart.setEnabled(autostart_supported)
        reminders_layout.addWidget(self.autostart)

        self.data_box = QGroupBox(self)
        data_layout = QFormLayout(self.data_box)
        self.data_dir = QLineEdit(str(data_dir) if data_dir else "", self.data_box)
        self.data_dir.setObjectName("settings-data-dir")
        self.data_dir.setReadOnly(data_dir is None)
        self.browse = QPushButton(self.data_box)
        self.browse.setObjectName("settings-browse")
        folder_row = QWidget(self.data_box)
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.data_dir, 1)
        folder_layout.addWidget(self.browse)
        folder_row.setFocusProxy(self.data_dir)
        self.data_note = QLabel(self.data_box)
        self.data_note.setWordWrap(True)
        self.data_note.setProperty("role", "hint")
        self.delete_all = QPushButton(self.data_box)
        self.delete_all.setObjectName("settings-delete-all")
        self.folder_label = add_form_row(data_layout, "", folder_row)
        data_layout.addRow(self.data_note)
        data_layout.addRow(self.delete_all)
        self.browse.setEnabled(data_dir is not None)

        self.display_box = QGroupBox(self)
        display_layout = QFormLayout(self.display_box)
        display_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language_label = add_form_row(display_layout, "", self.language)
        self.scale_label = add_form_row(display_layout, "", scale_row)
        self.theme_label = add_form_row(display_layout, "", self.theme)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        # The settings scroll and "Fermer" stays below them: at 200 % text the dialog is taller than a 768 px
        # screen, and its button was out of reach.
        settings = QWidget(self)
        settings_layout = QVBoxLayout(settings)
        settings_layout.setContentsMargins(0, 0, 0, 0)
        settings_layout.addWidget(self.display_box)
        settings_layout.addWidget(self.reminders_box)
        settings_layout.addWidget(self.data_box)
        settings_layout.addStretch(1)
        self.settings_area = VerticalScrollArea(settings, self, keyboard_scroll=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings_area, 1)
        layout.addWidget(self.buttons)

        self.language.currentIndexChanged.connect(self._on_language)
        self.text_scale.valueChanged.connect(self._on_appearance)
        self.theme.currentIndexChanged.connect(self._on_appearance)
        for box in self.lead_boxes.values():
            box.toggled.connect(self._on_leads)
        self.stay_in_tray.toggled.connect(lambda on: self.preferences.set("stay_in_tray", on))
        self.browse.clicked.connect(self._browse)
        self.delete_all.clicked.connect(self.delete_all_requested)
        self.retranslate_ui()

    def sizeHint(self) -> QSize:
        """All the settings without scrolling when the screen allows it, else as much as fits the screen."""
        content = self.settings_area.widget()
        layout = self.layout()
        if content is None or layout is None:
            return super().sizeHint()
        margins = layout.contentsMargins()
        wanted = QSize(
            self.settings_area.minimumSizeHint().width() + margins.left() + margins.right(),
            content.sizeHint().height()
            + self.buttons.sizeHint().height()
            + layout.spacing()
            + margins.top()
            + margins.bottom(),
        ).expandedTo(super().sizeHint())
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return wanted
        available = screen.availableGeometry()
        return wanted.boundedTo(QSize(available.width() - 32, available.height() - 64))

    @classmethod
    def run(cls, dialog: SettingsDialog) -> None:
        """Show the dialog until it is closed (patched in tests, which drive the dialog themselves)."""
        dialog.exec()

    def _on_language(self) -> None:
        code = str(self.language.currentData())
        self.preferences.set("language", code)
        self.language_chosen.emit(code)

    def _on_appearance(self) -> None:
        # the slider moves by 10 %; snap to those steps so the size stays one of a few tested values
        scale = int(round(self.text_scale.value() / 10) * 10)
        self.text_scale_value.setText(f"{scale} %")
        self.preferences.set("text_scale", scale)
        self.preferences.set("theme", str(self.theme.currentData()))
        self.appearance_chosen.emit(str(self.theme.currentData()), scale)

    def _on_leads(self) -> None:
        chosen = [str(minutes) for minutes, box in self.lead_boxes.items() if box.isChecked()]
        self.preferences.set("lead_minutes", ",".join(chosen))

    def _browse(self) -> None:
        folder = FolderDialog.ask(self, self.data_dir.text())
        if folder:
            self.data_dir.setText(folder)
            self.preferences.set("data_dir", folder)
            self.data_note.setText(
                self.tr(
                    "Le nouveau dossier sera utilisé au prochain démarrage. Vos données actuelles restent dans "
                    "l'ancien dossier : copiez le fichier parcours.sqlite si vous voulez les emporter."
                )
            )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Paramètres"))
        self.display_box.setTitle(self.tr("Affichage"))
        self.reminders_box.setTitle(self.tr("Rappels"))
        self.data_box.setTitle(self.tr("Données"))
        set_row_text(self.language_label, self.language, self.tr("&Langue :"))
        set_row_text(self.scale_label, self.text_scale, self.tr("&Taille du texte :"))
        set_row_text(self.theme_label, self.theme, self.tr("T&hème :"))
        self.text_scale_value.setText(f"{self.text_scale.value()} %")
        self.theme.setItemText(0, self.tr("Clair"))
        self.theme.setItemText(1, self.tr("Sombre"))
        self.theme.setItemText(2, self.tr("Contraste élevé"))
        lead_texts = {
            60: self.tr("Une &heure avant un rendez-vous"),
            24 * 60: self.tr("La &veille (rendez-vous et dates limites)"),
            7 * 24 * 60: self.tr("Une se&maine avant (rendez-vous et dates limites)"),
        }
        for minutes, box in self.lead_boxes.items():
            set_control_text(box, lead_texts.get(minutes, str(minutes)))
        set_control_text(
            self.stay_in_tray, self.tr("Garder l'application dans la zone de &notification quand je la ferme")
        )
        set_control_text(self.autostart, self.tr("&Démarrer à l'ouverture de session"))
        if not self.autostart.isEnabled():
            self.autostart.setToolTip(
                self.tr("Sur macOS : Réglages système > Général > Ouverture, ajoutez Parcours 1000 jours.")
            )
        set_row_text(self.folder_label, self.data_dir, self.tr("&Dossier des données :"))
        set_control_text(self.browse, self.tr("&Choisir…"), self.tr("Choisir le dossier des données"))
        if not self.data_note.text():
            self.data_note.setText(self.tr("Vos données restent sur cet ordinateur, lisibles par vous seul."))
        set_control_text(
            self.delete_all,
            self.tr("&Supprimer toutes les données…"),
            self.tr("Supprimer toutes les données de la famille"),
        )


class FolderDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, start: str) -> str:
        return QFileDialog.getExistingDirectory(parent, parent.tr("Dossier des données") if parent else "", start)
