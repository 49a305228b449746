"""The SQLite store on real files: every repository method, permissions, the lock, read-only folders and the
memory store of the consultation and reception modes."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from storage_samples import sample_contents, sample_family, tree_snapshot

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import (
    Appointment,
    EventState,
    Family,
    MaisonComponent,
    Place,
    PlaceKind,
    Respondent,
    SelfTestResult,
)
from parcours_app.storage import open_memory_store, open_store
from parcours_app.storage.errors import DatabaseLockedError, DiskFullError, ReadOnlyDataDirError
from parcours_app.storage.paths import DATA_DIR_ENV, default_data_dir

CLOCK = FixedClock(dt.datetime(2026, 11, 22, 10, 0))


def test_a_new_folder_has_no_family_until_one_is_saved(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        assert store.load_family() is None
        assert store.event_states() == {}
        assert store.is_empty()


def test_family_round_trips_and_survives_a_restart(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        store.save_family(sample_family())
    with open_store(data_dir, clock=CLOCK) as store:
        assert store.load_family() == sample_family()


def test_saving_the_family_replaces_it_and_keeps_event_states_and_appointments(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        store.save_family(sample_family())
        store.save_event_state(EventState("child2:child.exam.3", done_on=dt.date(2024, 10, 1)))
        store.save_appointment(Appointment(None, dt.datetime(2026, 1, 5, 9, 30), title="PMI"))
        # the first child alone, no longer linked to a pregnancy the smaller family does not hold
        smaller = Family(children=(dataclasses.replace(sample_family().children[0], pregnancy_key=None),))
        store.save_family(smaller)
        assert store.load_family() == smaller
        assert list(store.event_states()) == ["child2:child.exam.3"]
        assert len(store.appointments()) == 1


def test_event_state_is_keyed_by_event_id_and_updated_in_place(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        store.save_event_state(EventState("pregnancy.exam.1", note="premier"))
        store.save_event_state(EventState("pregnancy.exam.1", done_on=dt.date(2026, 3, 2), note="fait"))
        store.save_event_state(EventState("pregnancy2:pregnancy.exam.1", dismissed=True))
        assert store.event_states() == {
            "pregnancy.exam.1": EventState("pregnancy.exam.1", done_on=dt.date(2026, 3, 2), note="fait"),
            "pregnancy2:pregnancy.exam.1": EventState("pregnancy2:pregnancy.exam.1", dismissed=True),
        }


def test_appointments_insert_update_delete(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        first = store.save_appointment(Appointment(None, dt.datetime(2026, 2, 1, 14, 0), title="Écho", place="CHU"))
        second = store.save_appointment(Appointment(None, dt.datetime(2026, 1, 1, 9, 0), title="Sage-femme"))
        assert first.id is not None and second.id is not None and first.id != second.id
        moved = dataclasses.replace(first, starts_at=dt.datetime(2026, 2, 2, 15, 30), note="à jeun")
        assert store.save_appointment(moved) == moved
        assert store.appointments() == [second, moved]  # sorted by start
        store.delete_appointment(second.id)
        assert store.appointments() == [moved]


def test_selftest_results_are_kept_and_deleted(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        kept = store.save_selftest_result(
            SelfTestResult(None, dt.datetime(2026, 4, 1, 21, 0), Respondent.MOTHER, (0,) * 9 + (3,), 3, "high")
        )
        other = store.save_selftest_result(
            SelfTestResult(None, dt.datetime(2026, 4, 8, 21, 0), Respondent.OTHER_PARENT, (1,) * 10, 10, "moderate")
        )
        assert store.selftest_results() == [kept, other]
        assert kept.id is not None
        store.delete_selftest_result(kept.id)
        assert store.selftest_results() == [other]
        store.delete_all_selftest_results()
        assert store.selftest_results() == []


def test_places_with_maison_services(data_dir: Path) -> None:
    maison = Place(
        None,
        PlaceKind.MAISON_1000_JOURS,
        "Maison des 1000 premiers jours",
        services=((MaisonComponent.PREVENTION_HEALTH, "Pesée"), (MaisonComponent.INFORMATION_GUIDANCE, "Accueil")),
    )
    with open_store(data_dir, clock=CLOCK) as store:
        saved = store.save_place(maison)
        assert saved.id is not None and saved.services == maison.services
        changed = dataclasses.replace(saved, services=((MaisonComponent.PARENTING_SUPPORT, "Groupe de parole"),))
        store.save_place(changed)
        assert store.places() == [changed]
        store.replace_places([Place(None, PlaceKind.CAF, "CAF"), Place(None, PlaceKind.PMI, "PMI")])
        assert [place.name for place in store.places()] == ["CAF", "PMI"]
        store.delete_place(store.places()[0].id or 0)
        assert [place.name for place in store.places()] == ["PMI"]


def test_settings(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        store.set_setting("language", "ar")
        store.set_setting("language", "fr")
        store.set_setting("notifications", "off")
        assert store.settings() == {"language": "fr", "notifications": "off"}


def test_contents_round_trip_and_delete_everything(data_dir: Path) -> None:
    contents = sample_contents()
    with open_store(data_dir, clock=CLOCK) as store:
        store.replace_contents(contents)
        assert store.contents() == contents
        assert list((data_dir / "backups").iterdir())
        store.delete_everything()
        assert store.is_empty()
        assert list((data_dir / "backups").iterdir()) == []
    # secure_delete + VACUUM: a name typed earlier is nowhere in the file any more.
    assert b"Yanis" not in (data_dir / "parcours.sqlite").read_bytes()


def test_pragmas_wal_full_foreign_keys(data_dir: Path) -> None:
    # The real connection the repositories use.
    with open_store(data_dir, clock=CLOCK) as store, store._engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_folder_is_0700_and_every_file_0600(tmp_path: Path) -> None:
    data_dir = tmp_path / "nested" / "data"
    with open_store(data_dir, clock=CLOCK) as store:
        store.replace_contents(sample_contents())
        store.backup_now()
        # While the store is open the write-ahead log and shared-memory files exist: they must be private too.
        seen = {path.name: stat.S_IMODE(path.stat().st_mode) for path in data_dir.rglob("*")}
    assert "parcours.sqlite-wal" in seen and "parcours.lock" in seen
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for name, mode in seen.items():
        assert mode == (0o700 if name == "backups" else 0o600), name


def test_a_second_writer_in_this_process_is_refused(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK):
        with pytest.raises(DatabaseLockedError) as refused:
            open_store(data_dir, clock=CLOCK)
        assert str(os.getpid()) in refused.value.render()
    open_store(data_dir, clock=CLOCK).close()  # the lock is released on close


def test_a_second_writer_process_gets_a_clear_message(data_dir: Path) -> None:
    script = (
        "import sys\nfrom pathlib import Path\nfrom parcours_app.storage import open_store\n"
        "from parcours_app.storage.errors import DatabaseLockedError\n"
        "try:\n    open_store(Path(sys.argv[1]))\nexcept DatabaseLockedError as error:\n"
        "    print(error.render()); sys.exit(3)\n"
    )
    with open_store(data_dir, clock=CLOCK) as store:
        store.save_family(sample_family())
        result = subprocess.run([sys.executable, "-c", script, str(data_dir)], capture_output=True, text=True)
        assert result.returncode == 3, result.stderr
        assert "déjà ouvert" in result.stdout and str(os.getpid()) in result.stdout
        assert store.load_family() == sample_family()


def _try_open(folder: Path) -> str:
    try:
        open_store(folder, clock=CLOCK).close()
    except ReadOnlyDataDirError as error:
        return "refused: " + error.render()
    except Exception as error:  # any other exception is the crash this test guards against
        return f"crash: {error!r}"
    return "opened"


def _as_unprivileged_user(folder: Path) -> str:
    """Root ignores permission bits, so as root the attempt runs in a child that dropped to `nobody`."""
    if os.geteuid() != 0:
        return _try_open(folder)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            os.write(write_end, _try_open(folder).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        answer = pipe.read().decode()
    os.waitpid(pid, 0)
    return answer


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("case", ["empty-folder", "folder-with-data", "missing-folder-under-read-only-parent"])
def test_read_only_data_folder_gives_a_clear_error_and_changes_nothing(case: str) -> None:
    root = Path(tempfile.mkdtemp(prefix="parcours-ro-"))  # outside pytest's 0700 tree, so `nobody` can look in
    try:
        root.chmod(0o755)
        folder = root / "data"
        if case == "folder-with-data":
            with open_store(folder, clock=CLOCK) as store:
                store.save_family(sample_family())
        elif case == "empty-folder":
            folder.mkdir()
        else:
            folder = root / "missing" / "data"
        if os.geteuid() != 0:
            for path in [root, *root.rglob("*")]:
                path.chmod(0o500 if path.is_dir() else 0o400)
        else:
            for path in [root, *root.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)
        before = tree_snapshot(root)
        answer = _as_unprivileged_user(folder)
        assert answer.startswith("refused: Impossible d'écrire dans le dossier de données"), answer
        assert str(folder) in answer
        assert tree_snapshot(root) == before
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(0o700)
        subprocess.run(["rm", "-rf", str(root)], check=True)


def _open_files() -> set[str]:
    """What this process has open, on Linux (elsewhere: nothing known, the folder checks below still apply)."""
    targets: set[str] = set()
    folder = Path("/proc/self/fd")
    for entry in list(folder.iterdir()) if folder.is_dir() else []:
        with contextlib.suppress(OSError):  # the descriptor that listed the folder is already closed
            targets.add(str(entry.readlink()))
    return targets


def test_memory_store_writes_nothing_to_disk(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    before = _open_files()
    store = open_memory_store()
    store.replace_contents(sample_contents())
    store.save_event_state(EventState("x", note="visiteur"))
    assert store.load_family() == sample_family()
    assert store.backup_if_due() is None
    opened = _open_files() - before
    assert not [name for name in opened if name.startswith("/")], opened
    store.close()
    assert not data_dir.exists()  # PARCOURS_DATA_DIR points here: not even created
    assert list(workdir.iterdir()) == []
    assert os.environ[DATA_DIR_ENV] == str(data_dir)


def test_default_data_dir_per_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    home = {"HOME": "/home/ana"}
    assert default_data_dir({**home, DATA_DIR_ENV: "/srv/x"}, "linux") == Path("/srv/x")
    assert default_data_dir(home, "linux") == Path("/home/ana/.local/share/parcours-1000-jours")
    assert default_data_dir({**home, "XDG_DATA_HOME": "/data"}, "linux") == Path("/data/parcours-1000-jours")
    assert default_data_dir({**home, "XDG_DATA_HOME": "relative"}, "linux") == Path(
        "/home/ana/.local/share/parcours-1000-jours"
    )
    assert default_data_dir(home, "darwin") == Path("/home/ana/Library/Application Support/Parcours 1000 jours")
    assert default_data_dir({"USERPROFILE": "C:/Users/ana", "LOCALAPPDATA": "C:/Users/ana/AppData/Local"}, "win32") == (
        Path("C:/Users/ana/AppData/Local/Parcours 1000 jours")
    )


def test_importing_storage_does_not_load_sqlmodel_qt_or_alembic() -> None:
    script = (
        "import sys\nimport parcours_app.storage, parcours_app.storage.paths, parcours_app.storage.errors\n"
        "import parcours_app.storage.store\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlmodel', 'sqlalchemy', 'alembic', 'PySide6'}))\n"
        "from parcours_app.storage import open_memory_store\nopen_memory_store().close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'PySide6'}))\n"
    )
    lines = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert lines == ["[]", "[]"]


def test_no_network_connection_is_ever_opened(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the storage layer tried to open a network socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from parcours_app.storage.commands import run_data_command

    with open_store(data_dir, clock=CLOCK) as store:
        store.replace_contents(sample_contents())
    assert run_data_command(["export", str(tmp_path / "out.json"), "--data-dir", str(data_dir)]) == 0
    assert run_data_command(["import", str(tmp_path / "out.json"), "--data-dir", str(tmp_path / "other")]) == 0
    assert run_data_command(["backup", "--data-dir", str(data_dir)]) == 0
    assert run_data_command(["check", "--data-dir", str(data_dir)]) == 0


def test_a_full_disk_fails_the_write_cleanly_and_keeps_what_was_saved(data_dir: Path) -> None:
    with open_store(data_dir, clock=CLOCK) as store:
        store.replace_contents(sample_contents(event_states=20))
        saved = store.contents()
        with store._engine.connect() as connection:
            # SQLite's own page limit stands in for a full disk: the same SQLITE_FULL error, on any machine.
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
            connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
            connection.commit()
        with pytest.raises(DiskFullError) as refused:
            store.replace_contents(sample_contents(event_states=3000))
        assert "disque est plein" in refused.value.render()
        assert store.contents() == saved
    with open_store(data_dir, clock=CLOCK) as store:
        assert store.contents() == saved


def test_an_unreadable_database_is_reported_not_moved_aside() -> None:
    """A permission problem is not damage: the file must stay where it is."""
    root = Path(tempfile.mkdtemp(prefix="parcours-unreadable-"))
    try:
        root.chmod(0o755)
        folder = root / "data"
        with open_store(folder, clock=CLOCK) as store:
            store.save_family(sample_family())
        folder.chmod(0o777)  # the folder is writable by anyone, only the database is not readable
        (folder / "parcours.lock").chmod(0o666)
        (folder / "parcours.sqlite").chmod(0o000)
        answer = _as_unprivileged_user(folder)
        assert answer.startswith("refused: Impossible d'écrire dans le dossier de données"), answer
        assert (folder / "parcours.sqlite").exists() and not (folder / "damaged").exists()
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(0o700)
        subprocess.run(["rm", "-rf", str(root)], check=True)
