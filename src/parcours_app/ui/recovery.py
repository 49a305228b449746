"""What the window does when the family's data cannot be opened as it is.

A damaged file (issue 3: "a damaged database is never overwritten: it is moved aside, the user is told what
happened and offered the latest good backup"): the storage layer has already checked it with
`PRAGMA quick_check` and moved it into `damaged/`; `RecoveryDialog` says so in plain words and offers the newest
good backup, an empty start, or to quit. Every other storage problem (another window open, a file from a newer
version, a folder that cannot be written) gets a title that names it, above the storage layer's own message.

Only the storage API touches the files here (`open_store`, `good_backups`, `restore_backup`).
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from parcours_app.core.clock import Clock
from parcours_app.core.formatting import format_date
from parcours_app.storage.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    OpenFailedError,
    ReadOnlyDataDirError,
)
from parcours_app.ui.i18n import RetranslateMixin
from parcours_app.ui.widgets.form_row import set_control_text

if TYPE_CHECKING:  # types only: the storage layer is imported after the first paint (app.py)
    from parcours_app.storage.backups import BackupSummary
    from parcours_app.storage.errors import BadRowsError
    from parcours_app.storage.sqlite_store import SqliteStore

_translate = QCoreApplication.translate


def _run_once(dialog: QDialog) -> None:
    """Show the modal dialog until the person chooses, then let Qt delete it (its choice stays readable)."""
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def _close(dialog: QDialog, *, accepted: bool) -> None:
    """Close after a choice: quitting rejects, like Escape and the close button; any other choice accepts."""
    if accepted:
        dialog.accept()
    else:
        dialog.reject()


class RecoveryChoice(enum.Enum):
    RESTORE = "restore"  # the newest good backup replaces the (already moved) damaged file
    EMPTY = "empty"  # start again from an empty file; the damaged file and the backups stay where they are
    QUIT = "quit"  # nothing more is written; the next start asks again


class RecoveryDialog(RetranslateMixin, QDialog):
    """Told once the damaged file is safe in `damaged/`. Opened through `ask`, which tests patch."""

    def __init__(
        self,
        error: DamagedDatabaseError,
        backup_taken_at: dt.datetime | None,
        language: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-dialog")
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.error = error
        self.backup_taken_at = backup_taken_at if error.backups else None
        self.language = language
        self.choice = RecoveryChoice.QUIT  # also what Escape and the close button mean: nothing is written

        self.heading = QLabel(self)
        self.heading.setProperty("role", "h1")
        self.heading.setWordWrap(True)
        font = self.heading.font()  # bold and larger even before a theme is applied (the dialog may come first)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.what_happened = QLabel(self)
        self.what_happened.setWordWrap(True)
        self.what_happened.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(self)
        self.where.setObjectName("recovery-where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offer = QLabel(self)
        self.offer.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("recovery-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setVisible(bool(error.detail))

        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("recovery-restore")
        self.restore_button.setVisible(self.backup_taken_at is not None)
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("recovery-empty")
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("recovery-quit")
        default = self.restore_button if self.backup_taken_at is not None else self.quit_button
        default.setDefault(True)
        default.setFocus(Qt.FocusReason.OtherFocusReason)
        self.restore_button.clicked.connect(lambda: self._choose(RecoveryChoice.RESTORE))
        self.empty_button.clicked.connect(lambda: self._choose(RecoveryChoice.EMPTY))
        self.quit_button.clicked.connect(lambda: self._choose(RecoveryChoice.QUIT))

        # one under the other, full width: long translations and 200 % text never cut a choice
        buttons = QVBoxLayout()
        for button in (self.restore_button, self.empty_button, self.quit_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for label in (self.heading, self.what_happened, self.where, self.offer, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name or SQLite's words are never markup
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(label)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setTabOrder(self.restore_button, self.empty_button)
        self.setTabOrder(self.empty_button, self.quit_button)
        self.retranslate_ui()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        error: DamagedDatabaseError,
        backup_taken_at: dt.datetime | None = None,
        language: str = "fr",
    ) -> RecoveryChoice:
        dialog = cls(error, backup_taken_at, language, parent)
        _run_once(dialog)
        return dialog.choice

    def _choose(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        _close(self, accepted=choice is not RecoveryChoice.QUIT)

    def backup_contents(self) -> str:
        """What the offered backup holds, in counts (issue 14, point 8): the person knows what a restore brings."""
        if self.backup_taken_at is None or not self.error.backups:
            return ""
        from parcours_app.storage.backups import BackupInfo, summarize_backup

        summary = summarize_backup(BackupInfo(self.error.backups[0], self.backup_taken_at, ""))
        if summary is None:
            return ""
        return (
            self.tr("Elle contient : %1 enfant(s), %2 grossesse(s), %3 étape(s) suivie(s), %4 rendez-vous.")
            .replace("%1", str(summary.children))
            .replace("%2", str(summary.pregnancies))
            .replace("%3", str(summary.event_states))
            .replace("%4", str(summary.appointments))
        )

    def backup_text(self) -> str:
        if self.backup_taken_at is None:
            return ""
        return (
            self.tr("%1 à %2")
            .replace("%1", format_date(self.backup_taken_at.date(), self.language))
            .replace("%2", self.backup_taken_at.strftime("%H:%M"))
        )

    def retranslate_ui(self) -> None:
        title = self.tr("Vos données ont été mises à l'abri")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.heading.setText(self.tr("Le fichier de vos données était abîmé"))
        self.what_happened.setText(
            self.tr(
                "À chaque ouverture, Parcours 1000 jours vérifie le fichier où sont enregistrées vos dates et vos "
                "étapes. Cette fois, il était abîmé : cela arrive après une coupure de courant, un disque qui "
                "fatigue ou une copie interrompue."
            )
        )
        moved_to = self.error.moved_to
        folder = str(moved_to.parent) if moved_to is not None else ""
        self.where.setText(
            self.tr("Rien n'a été effacé ni écrasé : le fichier abîmé a été mis de côté dans le dossier %1.").replace(
                "%1", folder
            )
            if moved_to is not None
            else self.tr("Rien n'a été effacé ni écrasé.")
        )
        if self.backup_taken_at is not None:
            offer = self.tr(
                "La dernière sauvegarde en bon état date du %1. En la restaurant, vous retrouvez vos données "
                "telles qu'elles étaient ce jour-là ; seul ce que vous avez saisi depuis serait à refaire."
            ).replace("%1", self.backup_text())
            contents = self.backup_contents()
            self.offer.setText(f"{offer}\n{contents}" if contents else offer)
            self.restore_button.setText(
                self.tr("&Restaurer la dernière sauvegarde du %1").replace("%1", self.backup_text())
            )
            self.restore_button.setAccessibleName(self.restore_button.text().replace("&", ""))
        else:
            self.offer.setText(
                self.tr(
                    "Aucune sauvegarde en bon état n'a été trouvée. Vous pouvez recommencer avec des données vides : "
                    "le fichier abîmé reste dans son dossier, au cas où quelqu'un pourrait le réparer."
                )
            )
        self.detail.setText(self.tr("Détail technique : %1").replace("%1", self.error.detail))
        set_control_text(self.empty_button, self.tr("&Commencer avec des données vides"))
        set_control_text(self.quit_button, self.tr("&Quitter"), self.tr("Quitter sans rien changer"))
        self.adjustSize()  # a window is given the height its wrapped labels need only when asked


def problem_title(error: Exception) -> str:
    """The title of the message shown when the data cannot be opened: it names the problem in a few words."""
    if isinstance(error, DatabaseLockedError):
        return _translate("Recovery", "Parcours 1000 jours est déjà ouvert")
    if isinstance(error, OpenFailedError):
        if error.disk_full:
            return _translate("Recovery", "Le disque est plein")
        return _translate("Recovery", "Vos données n'ont pas pu être ouvertes")
    if isinstance(error, NewerSchemaError):
        return _translate("Recovery", "Une version plus récente est nécessaire")
    if isinstance(error, ReadOnlyDataDirError):
        return _translate("Recovery", "Dossier de données en lecture seule")
    if isinstance(error, ForeignDatabaseError):
        return _translate("Recovery", "Ce fichier n'appartient pas à Parcours 1000 jours")
    if isinstance(error, MigrationError):
        return _translate("Recovery", "La mise à jour des données a échoué")
    if isinstance(error, DamagedDatabaseError):
        return _translate("Recovery", "Vos données ont été mises à l'abri")
    return _translate("Recovery", "Vos données n'ont pas pu être ouvertes")


def backup_taken_at(data_dir: Path, backup: Path) -> dt.datetime | None:
    from parcours_app.storage.backups import list_backups

    return next((info.taken_at for info in list_backups(data_dir) if info.path == backup), None)


def damage_left_unanswered(data_dir: Path) -> DamagedDatabaseError | None:
    """A damaged file moved aside at an earlier start that was quit before choosing: ask again.

    Without this, the start after "Quitter" would find no database and silently begin an empty one, and the
    offer of the backup would be lost. The question stands while there is no database, a file waits in
    `damaged/` and a good backup exists.
    """
    from parcours_app.storage.backups import good_backups
    from parcours_app.storage.paths import DAMAGED_DIR_NAME, database_path

    if database_path(data_dir).exists():
        return None
    folder = data_dir / DAMAGED_DIR_NAME
    damaged = sorted(folder.glob("parcours-*.sqlite")) if folder.is_dir() else []
    if not damaged:
        return None
    backups = good_backups(data_dir)
    if not backups:
        return None
    return DamagedDatabaseError(damaged[-1], backups, "")


def open_store_or_recover(
    data_dir: Path, clock: Clock, parent: QWidget | None, language: str = "fr"
) -> SqliteStore | None:
    """Open the family's store; after damage, do what the person chose. None when they chose to quit.

    Raises the storage errors (StorageError subclasses, each with its translated message) it cannot answer.
    """
    from parcours_app.storage import open_store
    from parcours_app.storage.backups import restore_backup

    pending = damage_left_unanswered(data_dir)
    if pending is None:
        try:
            return open_store(data_dir, clock=clock)
        except DamagedDatabaseError as error:
            pending = error
    newest = pending.backups[0] if pending.backups else None
    taken_at = backup_taken_at(data_dir, newest) if newest is not None else None
    if newest is not None and taken_at is None:
        taken_at = dt.datetime.fromtimestamp(newest.stat().st_mtime)
    choice = RecoveryDialog.ask(parent, pending, taken_at, language)
    if choice is RecoveryChoice.QUIT:
        return None
    if choice is RecoveryChoice.RESTORE and newest is not None:
        restore_backup(data_dir, newest, clock.now())
    return open_store(data_dir, clock=clock)


# --- rows that cannot be read (issue 14, point 6) ---------------------------------------------------------------


class BadRowsChoice(enum.Enum):
    RESTORE = "restore"  # the newest backup whose every row reads replaces the file (the file is backed up first)
    SET_ASIDE = "set-aside"  # keep every valid row; the bad ones go to set-aside/ (after a backup of the file)
    QUIT = "quit"  # nothing is written


class BadRowsDialog(RetranslateMixin, QDialog):
    """Some rows of a sound file hold impossible values: say which, and what each choice keeps."""

    def __init__(
        self, error: BadRowsError, backup: BackupSummary | None, language: str = "fr", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bad-rows-dialog")
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.error = error
        self.backup = backup
        self.language = language
        self.choice = BadRowsChoice.QUIT
        self.heading = QLabel(self)
        self.heading.setProperty("role", "h1")
        self.explanation = QLabel(self)
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("bad-rows-list")
        self.offer = QLabel(self)
        self.offer.setObjectName("bad-rows-backup")
        self.set_aside_button = QPushButton(self)
        self.set_aside_button.setObjectName("bad-rows-set-aside")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("bad-rows-restore")
        self.restore_button.setVisible(backup is not None)
        self.quit_button = QPushButton(self)
        self.set_aside_button.clicked.connect(lambda: self._choose(BadRowsChoice.SET_ASIDE))
        self.restore_button.clicked.connect(lambda: self._choose(BadRowsChoice.RESTORE))
        self.quit_button.clicked.connect(lambda: self._choose(BadRowsChoice.QUIT))
        self.set_aside_button.setDefault(True)
        layout = QVBoxLayout(self)
        for label in (self.heading, self.explanation, self.rows_label, self.offer):
            label.setTextFormat(Qt.TextFormat.PlainText)  # values from the file are never markup
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        for button in (self.set_aside_button, self.restore_button, self.quit_button):
            button.setMinimumHeight(36)
            layout.addWidget(button)
        self.retranslate_ui()

    @classmethod
    def ask(
        cls, parent: QWidget | None, error: BadRowsError, backup: BackupSummary | None, language: str = "fr"
    ) -> BadRowsChoice:
        dialog = cls(error, backup, language, parent)
        _run_once(dialog)
        return dialog.choice

    def _choose(self, choice: BadRowsChoice) -> None:
        self.choice = choice
        _close(self, accepted=choice is not BadRowsChoice.QUIT)

    def backup_text(self) -> str:
        backup = self.backup
        if backup is None:
            return ""
        return (
            self.tr(
                "La dernière sauvegarde lisible date du %1 à %2 : %3 enfant(s), %4 grossesse(s), %5 étape(s) "
                "suivie(s), %6 rendez-vous. Ce qui a été saisi depuis serait à refaire."
            )
            .replace("%1", format_date(backup.taken_at.date(), self.language))
            .replace("%2", backup.taken_at.strftime("%H:%M"))
            .replace("%3", str(backup.children))
            .replace("%4", str(backup.pregnancies))
            .replace("%5", str(backup.event_states))
            .replace("%6", str(backup.appointments))
        )

    def retranslate_ui(self) -> None:
        title = self.tr("Quelques données ne peuvent pas être lues")
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.explanation.setText(
            self.tr(
                "Le fichier de vos données est en bon état, mais %1 ligne(s) contiennent une valeur impossible "
                "(une date qui n'existe pas, par exemple). Tout le reste peut être gardé."
            ).replace("%1", str(len(self.error.rows)))
        )
        self.rows_label.setText(
            "\n".join(
                f"• {table} n°{row_id} : {column} = {value[:60]}"
                for table, row_id, column, value in self.error.rows[:8]
            )
        )
        self.offer.setText(self.backup_text())
        self.set_aside_button.setText(self.tr("&Garder le reste et mettre ces lignes de côté"))
        self.restore_button.setText(self.tr("&Restaurer la dernière sauvegarde lisible"))
        self.quit_button.setText(self.tr("&Quitter sans rien changer"))
        self.adjustSize()


def recover_bad_rows(
    store: SqliteStore, error: BadRowsError, clock: Clock, parent: QWidget | None, language: str = "fr"
) -> SqliteStore | None:
    """Ask what to do with the rows that cannot be read; return the store to use, or None to quit.

    Whatever is chosen, nothing is lost: setting aside backs the file up and keeps the rows in `set-aside/`;
    restoring keeps the current file as a "before-restore" backup.
    """
    from parcours_app.storage import open_store
    from parcours_app.storage.backups import newest_sound_backup, restore_backup

    data_dir = store.data_dir
    backup = newest_sound_backup(data_dir) if data_dir is not None else None
    choice = BadRowsDialog.ask(parent, error, backup, language)
    if choice is BadRowsChoice.QUIT:
        store.close()
        return None
    if choice is BadRowsChoice.SET_ASIDE or backup is None or data_dir is None:
        store.set_aside_bad_rows()
        return store
    store.close()
    restore_backup(data_dir, backup.path, clock.now())
    return open_store(data_dir, clock=clock)
