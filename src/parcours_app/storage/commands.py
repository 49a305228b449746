"""`parcours data ...`: export, import, backup, restore and check the family's data from the command line.

    parcours data export FILE [--data-dir DIR] [--lang LANG]
    parcours data import FILE [--replace] [--data-dir DIR] [--lang LANG]
    parcours data backup [--list] [--data-dir DIR] [--lang LANG]
    parcours data restore BACKUP [--data-dir DIR] [--lang LANG]
    parcours data check [--data-dir DIR] [--lang LANG]

Exit status: 0 done, 1 the data or the folder has a problem (damaged, locked, read-only ...), 2 bad input (unknown
option, malformed import file, unknown backup). Messages go to stderr, results to stdout. Also runnable as
`python -m parcours_app.storage.commands ...`. Heavy imports (SQLModel) happen only in the commands that open the
store, after the arguments and the import file have been checked.
"""

from __future__ import annotations

import argparse
import errno
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from parcours_app.argparse_i18n import requested_language, translate_parser
from parcours_app.core.clock import SystemClock
from parcours_app.core.errors import ParcoursError
from parcours_app.core.text import Text, Translate, identity_translate, plural_text
from parcours_app.storage import backups
from parcours_app.storage.errors import (
    BackupError,
    BackupWriteError,
    BadRowsError,
    DataNotEmptyError,
    ImportFileError,
    NoDatabaseError,
)
from parcours_app.storage.paths import backups_dir, database_path, default_data_dir

CONTEXT = "storage"  # translation context, a literal here so tools/update_translations.py resolves it
_Say = Callable[..., None]


def _count(what: str, count: int) -> Text:
    """A count of stored things in the plural form of the language ("1 rendez-vous", "2 grossesses")."""
    texts = {
        "pregnancy": plural_text(CONTEXT, "%n grossesse(s)", count),
        "child": plural_text(CONTEXT, "%n enfant(s)", count),
        "states": plural_text(CONTEXT, "%n suivi(s) d'étapes", count),
        "event_state": plural_text(CONTEXT, "%n suivi(s) d'étapes", count),
        "appointments": plural_text(CONTEXT, "%n rendez-vous", count),
        "appointment": plural_text(CONTEXT, "%n rendez-vous", count),
        "selftest_result": plural_text(CONTEXT, "%n résultat(s) d'auto-test", count),
        "places": plural_text(CONTEXT, "%n lieu(x)", count),
        "place": plural_text(CONTEXT, "%n lieu(x)", count),
    }
    return texts[what]


EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def _parser(translate: Translate = identity_translate) -> argparse.ArgumentParser:
    def tr(source: str) -> str:
        return Text(CONTEXT, source).render(translate)

    common = _Parser(add_help=False)
    common.add_argument("--lang", default=argparse.SUPPRESS, help=tr("langue des messages (fr, en, ar ...)"))
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar=tr("DOSSIER"),
        help=tr("dossier des données (par défaut : PARCOURS_DATA_DIR ou le dossier de l'application)"),
    )
    parser = _Parser(
        prog="parcours data",
        description=tr("Exporter, importer, sauvegarder, restaurer et vérifier les données de la famille."),
        parents=[common],
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, title=tr("commandes"))
    export = commands.add_parser("export", parents=[common], help=tr("tout exporter dans un fichier JSON"))
    export.add_argument("file", type=Path, metavar=tr("FICHIER"))
    load = commands.add_parser("import", parents=[common], help=tr("importer un fichier exporté"))
    load.add_argument("file", type=Path, metavar=tr("FICHIER"))
    load.add_argument("--replace", action="store_true", help=tr("remplacer les données existantes (après sauvegarde)"))
    backup = commands.add_parser("backup", parents=[common], help=tr("faire une sauvegarde maintenant"))
    backup.add_argument("--list", action="store_true", help=tr("énumérer les sauvegardes existantes"))
    restore = commands.add_parser("restore", parents=[common], help=tr("restaurer une sauvegarde"))
    restore.add_argument(
        "backup", metavar=tr("SAUVEGARDE"), help=tr("chemin ou nom de la sauvegarde (voir backup --list)")
    )
    commands.add_parser("check", parents=[common], help=tr("vérifier l'intégrité des données"))
    return translate_parser(parser, translate)  # argparse's own words ("usage:", "options:") too


def run_data_command(
    argv: list[str],
    *,
    translate: Translate = identity_translate,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:

    stdout = out or sys.stdout
    stderr = err or sys.stderr

    def say(text: Text, stream: TextIO = stdout) -> None:
        print(text.render(translate), file=stream)

    if translate is identity_translate:  # help and usage errors already in the --lang language
        from parcours_app.ts_translator import translator_for

        translate = translator_for(requested_language(argv))
    try:
        arguments = _parser(translate).parse_args(argv)
    except _UsageError as error:
        print(f"parcours data: {error}", file=stderr)
        return EXIT_BAD_INPUT
    except SystemExit as exit_request:  # --help
        return int(exit_request.code or 0)
    language = getattr(arguments, "lang", None)
    if language and translate is identity_translate:
        from parcours_app.ts_translator import translator_for

        translate = translator_for(language)
    data_dir: Path = getattr(arguments, "data_dir", None) or default_data_dir()
    try:
        if arguments.command == "export":
            return _export(data_dir, arguments.file, say)
        if arguments.command == "import":
            return _import(data_dir, arguments.file, arguments.replace, say)
        if arguments.command == "backup":
            return _backup(data_dir, arguments.list, say)
        if arguments.command == "restore":
            return _restore(data_dir, arguments.backup, say)
        return _check(data_dir, say)
    except ImportFileError as error:
        if error.located:  # the form's own message: say where in the file it applies
            print(f"{error.where} : {error.message.render(translate)}", file=stderr)
        else:
            say(error.message, stderr)
        return EXIT_BAD_INPUT
    except BackupWriteError as error:  # the folder or the disk refused the copy: a problem, not bad input
        say(error.message, stderr)
        return EXIT_PROBLEM
    except (BackupError, DataNotEmptyError) as error:
        say(error.message, stderr)
        return EXIT_BAD_INPUT
    except ParcoursError as error:
        say(error.message, stderr)
        return EXIT_PROBLEM


def _export(data_dir: Path, file: Path, say: _Say) -> int:
    if not database_path(data_dir).exists():
        raise NoDatabaseError(database_path(data_dir))
    from parcours_app.storage.sqlite_store import open_store
    from parcours_app.storage.transfer import write_export

    with open_store(data_dir) as store:
        contents = store.contents()
    write_export(file, contents, SystemClock().now())
    say(
        Text(
            CONTEXT,
            "Données exportées dans %1 (%2, %3). Ce fichier contient des données de santé : gardez-le en lieu sûr.",
            (
                str(file),
                _count("states", len(contents.event_states)),
                _count("appointments", len(contents.appointments)),
            ),
        )
    )
    return EXIT_OK


def _import(data_dir: Path, file: Path, replace: bool, say: _Say) -> int:
    from parcours_app.storage.transfer import read_import, started_on_import

    contents = read_import(file)  # fully validated (core.validation) before the store is even opened
    # unless the file says otherwise, the family started using the app today (its past is a question, not late)
    contents = started_on_import(contents, SystemClock().today())
    from parcours_app.storage.sqlite_store import open_store

    with open_store(data_dir) as store:
        if not store.is_empty():
            if not replace:
                raise DataNotEmptyError(data_dir)
            saved = store.backup_now("before-import")
            say(Text(CONTEXT, "Sauvegarde des données remplacées : %1", (str(saved),)))
        store.replace_contents(contents)
    say(
        Text(
            CONTEXT,
            "Import terminé depuis %1 : %2, %3, %4.",
            (
                str(file),
                _count("states", len(contents.event_states)),
                _count("appointments", len(contents.appointments)),
                _count("places", len(contents.places)),
            ),
        )
    )
    return EXIT_OK


def _backup(data_dir: Path, only_list: bool, say: _Say) -> int:
    if only_list:
        found = backups.list_backups(data_dir)
        if not found:
            say(Text(CONTEXT, "Aucune sauvegarde dans %1.", (str(backups_dir(data_dir)),)))
        for info in found:
            problem = backups.backup_problem(info.path)
            state = Text(CONTEXT, "en bon état") if not problem else Text(CONTEXT, "inutilisable : %1", (problem,))
            say(Text(CONTEXT, "%1  %2", (info.path.name, state.render())))
        return EXIT_OK
    path = backups.create_backup(data_dir, SystemClock().now(), "manual")
    say(Text(CONTEXT, "Sauvegarde faite : %1", (str(path),)))
    return EXIT_OK


def _restore(data_dir: Path, name: str, say: _Say) -> int:
    backup = backups.resolve_backup(data_dir, name)
    previous = backups.restore_backup(data_dir, backup)
    say(Text(CONTEXT, "Sauvegarde restaurée : %1", (str(backup),)))
    if previous is not None:
        say(Text(CONTEXT, "Les données d'avant la restauration sont gardées dans %1", (str(previous),)))
    return EXIT_OK


def _open_for_check(database: Path, read_only: bool) -> sqlite3.Connection:
    """A connection that cannot change the file. On a read-only folder SQLite cannot create its shared-memory
    file: the file is then opened as immutable (nothing can be writing to it there)."""
    from parcours_app.storage.schema import open_readonly

    if read_only:
        return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    return open_readonly(database)


def _not_damage(error: BaseException, database: Path, read_only: bool) -> Text | None:
    """The message for a file that could not be read because of its folder or its disk, not because of damage."""
    name = str(getattr(error, "sqlite_errorname", "") or "")
    text = str(error).lower()
    try:
        # SQLite says "disk I/O error" when it cannot grow its shared-memory file on a full disk
        full = shutil.disk_usage(database.parent).free < 256 * 1024
    except OSError:
        full = False
    if full or name == "SQLITE_FULL" or "disk is full" in text or getattr(error, "errno", None) == errno.ENOSPC:
        return Text(
            CONTEXT,
            "Le disque est plein : le fichier %1 n'a pas pu être vérifié. Cela ne veut pas dire qu'il est abîmé. "
            "Libérez de la place, puis relancez la vérification.",
            (str(database),),
        )
    if read_only or name in ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM"):
        return Text(
            CONTEXT,
            "Le fichier %1 n'a pas pu être lu (%2). Son dossier est en lecture seule ou inaccessible : cela ne veut "
            "pas dire qu'il est abîmé. Vérifiez le dossier (disque, droits), puis relancez la vérification.",
            (str(database), str(error)),
        )
    return None


def _bad_rows(database: Path, read_only: bool = False) -> list[tuple[str, int, str, str]]:
    from parcours_app.storage.sqlite_store import find_bad_rows

    connection = _open_for_check(database, read_only)
    try:
        return find_bad_rows(connection)
    finally:
        connection.close()


def _check(data_dir: Path, say: _Say) -> int:
    from parcours_app.storage.schema import HEAD, SCHEMA_REVISIONS, health_problem, inspect_database

    database = database_path(data_dir)
    if not database.exists():
        raise NoDatabaseError(database)
    healthy = True
    unreadable: Text | None = None  # the file could not be read for a reason that is not damage
    read_only = not os.access(database.parent, os.W_OK)
    try:
        connection = _open_for_check(database, read_only)
        try:
            problem = health_problem(connection, full=True)
            foreign_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
            state = inspect_database(connection)
            counts = {
                table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                for table in ("pregnancy", "child", "event_state", "appointment", "selftest_result", "place")
                if not problem and state.kind == "parcours"
            }
        finally:
            connection.close()
    except Exception as error:  # sqlite3.DatabaseError: not a database at all
        problem, foreign_keys, state, counts = str(error), [], None, {}
        unreadable = _not_damage(error, database, read_only)
    bad_rows = _bad_rows(database, read_only) if not problem and state is not None and state.revision == HEAD else []
    if unreadable is not None:
        # a read-only mount or a full disk is not damage: no "abîmé", no advice to restore (issue 14)
        say(unreadable)
        return EXIT_PROBLEM
    if problem or foreign_keys:
        healthy = False
        say(Text(CONTEXT, "Le fichier %1 est abîmé : %2", (str(database), problem or str(foreign_keys[:5]))))
    elif bad_rows:
        healthy = False
        say(BadRowsError(bad_rows).message)
    else:
        say(Text(CONTEXT, "Le fichier %1 est en bon état (integrity_check : ok).", (str(database),)))
        if read_only:
            say(
                Text(
                    CONTEXT,
                    "Le dossier %1 est en lecture seule : il a été vérifié sans être modifié.",
                    (str(database.parent),),
                )
            )
    if state is not None:
        say(
            Text(
                CONTEXT, "Version du schéma : %1 (celle de cette version de Parcours : %2)", (str(state.revision), HEAD)
            )
        )
        if state.kind == "parcours" and state.revision not in SCHEMA_REVISIONS:
            # Sound, but this version cannot read it: a script relying on the exit status must not carry on.
            healthy = False
            say(
                Text(
                    CONTEXT,
                    "Ce fichier a été écrit par une version plus récente de Parcours 1000 jours : ouvrez-le avec "
                    "cette version ou une plus récente. Il n'a pas été modifié.",
                )
            )
    if counts:
        say(
            Text(
                CONTEXT,
                "Contenu : %1, %2, %3, %4, %5, %6.",
                tuple(_count(name, count) for name, count in counts.items()),
            )
        )
    good = backups.good_backups(data_dir)
    say(Text(CONTEXT, "Sauvegardes en bon état : %1 (dans %2)", (str(len(good)), str(backups_dir(data_dir)))))
    if not healthy and good:
        say(Text(CONTEXT, "Pour restaurer la plus récente : parcours data restore %1", (good[0].name,)))
    return EXIT_OK if healthy else EXIT_PROBLEM


def main() -> int:
    return run_data_command(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
