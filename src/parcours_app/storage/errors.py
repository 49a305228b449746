"""What can go wrong with the family's data on disk, each with a translated message that says what to do.

Light on purpose (no SQL import): the GUI can catch these types before the storage engine is loaded.
"""

from __future__ import annotations

from pathlib import Path

from parcours_app.core.errors import ParcoursError
from parcours_app.core.text import Text

CONTEXT = "storage"


class StorageError(ParcoursError):
    """Base of every storage problem. Nothing already saved was changed when one is raised."""


class ReadOnlyDataDirError(StorageError):
    """The data folder cannot be created or written (permissions, read-only disk)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            Text(
                CONTEXT,
                "Impossible d'écrire dans le dossier de données %1. Vérifiez qu'il vous appartient et qu'il n'est pas "
                "en lecture seule, ou choisissez un autre dossier avec --data-dir.",
                (str(path),),
            )
        )
        self.path = path


class DatabaseLockedError(StorageError):
    """Another Parcours process already writes to this data folder."""

    def __init__(self, data_dir: Path, owner: str = "") -> None:
        super().__init__(
            Text(
                CONTEXT,
                "Parcours 1000 jours est déjà ouvert sur le dossier %1 (processus %2). Fermez l'autre fenêtre ou "
                "l'autre commande, puis réessayez : deux programmes qui écrivent en même temps pourraient abîmer vos "
                "données.",
                (str(data_dir), owner or "?"),
            )
        )
        self.data_dir = data_dir
        self.owner = owner


class NewerSchemaError(StorageError):
    """The database was written by a newer version of the app; it is left untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            Text(
                CONTEXT,
                "Le fichier %1 a été enregistré par une version plus récente de Parcours 1000 jours (schéma %2). "
                "Installez cette version plus récente pour l'ouvrir. Le fichier n'a pas été modifié.",
                (str(path), revision),
            )
        )
        self.path = path
        self.revision = revision


class ForeignDatabaseError(StorageError):
    """The file holds tables but is not a Parcours database; it is left untouched."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            Text(
                CONTEXT,
                "Le fichier %1 n'est pas une base de données de Parcours 1000 jours. Il n'a pas été modifié ; "
                "choisissez un autre dossier de données avec --data-dir.",
                (str(path),),
            )
        )
        self.path = path


class DamagedDatabaseError(StorageError):
    """The database failed its check on start. It was moved aside (never overwritten); backups can be offered."""

    def __init__(self, moved_to: Path | None, backups: tuple[Path, ...], detail: str = "") -> None:
        if moved_to is not None and backups:
            message = Text(
                CONTEXT,
                "Le fichier de données était abîmé (%1). Il a été mis de côté dans %2 sans être effacé. "
                "La dernière sauvegarde en bon état date du %3 : vous pouvez la restaurer.",
                (detail or "?", str(moved_to), backups[0].stem.removeprefix("parcours-")),
            )
        elif moved_to is not None:
            message = Text(
                CONTEXT,
                "Le fichier de données était abîmé (%1). Il a été mis de côté dans %2 sans être effacé. "
                "Aucune sauvegarde en bon état n'a été trouvée : Parcours repart d'un dossier vide.",
                (detail or "?", str(moved_to)),
            )
        else:
            message = Text(
                CONTEXT,
                "Le fichier de données est abîmé (%1). Fermez Parcours 1000 jours et rouvrez-le : le fichier sera "
                "mis de côté et une sauvegarde vous sera proposée.",
                (detail or "?",),
            )
        super().__init__(message)
        self.moved_to = moved_to
        self.backups = backups  # newest first, each passed `PRAGMA quick_check`
        self.detail = detail


class DiskFullError(StorageError):
    def __init__(self, path: Path | None) -> None:
        super().__init__(
            Text(
                CONTEXT,
                "Le disque est plein : la modification n'a pas été enregistrée (%1). Libérez de la place puis "
                "réessayez ; les données déjà enregistrées sont intactes.",
                (str(path) if path else "",),
            )
        )
        self.path = path


class OpenFailedError(StorageError):
    """The data could not be opened for a reason of the disk (full, failing): nothing was being saved, and
    nothing was changed (issue 14: the start no longer says "La modification n'a pas pu être enregistrée")."""

    def __init__(self, data_dir: Path, detail: str, disk_full: bool) -> None:
        if disk_full:
            message = Text(
                CONTEXT,
                "Le disque est plein : Parcours 1000 jours ne peut pas ouvrir vos données (dossier %1). Rien n'a "
                "été modifié. Libérez de la place sur le disque, puis relancez Parcours.",
                (str(data_dir),),
            )
        else:
            message = Text(
                CONTEXT,
                "Vos données n'ont pas pu être ouvertes (dossier %1 : %2). Rien n'a été modifié. Vérifiez le disque, "
                "puis relancez Parcours.",
                (str(data_dir), detail),
            )
        super().__init__(message)
        self.data_dir = data_dir
        self.disk_full = disk_full


class StorageWriteError(StorageError):
    """Any other failure of the database; the transaction was rolled back."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            Text(
                CONTEXT,
                "La modification n'a pas pu être enregistrée (%1). Les données déjà enregistrées sont intactes.",
                (detail,),
            )
        )
        self.detail = detail


class MigrationError(StorageError):
    """Upgrading the file to the schema of this version failed; the upgrade was rolled back."""

    def __init__(self, path: Path, target: str, detail: str, backup: Path | None) -> None:
        super().__init__(
            Text(
                CONTEXT,
                "La mise à jour du fichier %1 vers le schéma %2 a échoué (%3). Le fichier n'a pas été modifié et une "
                "copie en avait été faite avant : %4. Signalez ce problème ; en attendant, l'ancienne version de "
                "Parcours 1000 jours peut toujours l'ouvrir.",
                (str(path), target, detail, str(backup) if backup else "?"),
            )
        )
        self.path = path
        self.target = target
        self.backup = backup


class BackupError(StorageError):
    """A backup cannot be made or cannot be restored."""


class BackupWriteError(BackupError):
    """The copy could not be written (read-only folder, full disk): `data backup` exits 1, as the README says."""


class ImportFileError(StorageError):
    """A file given to `data import` is malformed or hostile. Nothing was written."""

    def __init__(self, message: Text, where: str = "", *, located: bool = False) -> None:
        super().__init__(message)
        self.where = where  # JSON path of the problem ("family.pregnancies[0].due"), when there is one
        # True when `message` is the form's own message (core.validation), which does not name `where` itself
        self.located = located


class BadRowsError(StorageError):
    """Rows of a sound database hold values that cannot be read (a date "2026-02-32"): issue 14, point 6.

    `rows` are `(table, row id, column, value)`; the message names the first few, so `data check`, `data export`
    and the window say which."""

    def __init__(self, rows: list[tuple[str, int, str, str]]) -> None:
        shown = "; ".join(f"{table} n°{row_id} : {column} = {value[:40]}" for table, row_id, column, value in rows[:5])
        if len(rows) > 5:
            shown += " …"
        super().__init__(
            Text(
                CONTEXT,
                "%1 ligne(s) des données contiennent une valeur impossible (%2). Le reste des données est intact : "
                "restaurez une sauvegarde, ou mettez ces lignes de côté depuis la fenêtre de Parcours.",
                (str(len(rows)), shown),
            )
        )
        self.rows = rows


class InvalidDataError(StorageError):
    """A value the app's own forms would refuse reached the store (core.validation): nothing was written."""

    def __init__(self, message: Text, where: str = "", *, located: bool = True) -> None:
        super().__init__(message)
        self.where = where
        self.located = located


class DataNotEmptyError(StorageError):
    """An import would replace data that is already there, and the person did not ask for it."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(
            Text(
                CONTEXT,
                "Le dossier %1 contient déjà des données. Pour les remplacer par celles du fichier, relancez avec "
                "--replace (une sauvegarde est faite avant).",
                (str(data_dir),),
            )
        )
        self.data_dir = data_dir


class NoDatabaseError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(Text(CONTEXT, "Aucune donnée enregistrée ici : %1 n'existe pas.", (str(path),)))
        self.path = path
