"""Messages that do not mislead on a read-only mount or a full disk (issue 14, point 7).

A real read-only file system and a real full one: a small tmpfs, remounted read-only or filled. Mounting needs
root; elsewhere the tests are skipped (the lead's machine and CI run them as root in a container).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from parcours_app.core.clock import FixedClock
from parcours_app.core.model import Family, Pregnancy
from parcours_app.storage import open_store
from parcours_app.storage.commands import run_data_command

CLOCK = FixedClock(dt.datetime(2026, 11, 22, 9, 0))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        data_dir = mount_point / "data"
        with open_store(data_dir, clock=CLOCK) as store:
            store.save_family(Family(pregnancies=(Pregnancy(ddr=dt.date(2026, 6, 1)),)))
        yield data_dir
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _remount_read_only(data_dir: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(data_dir.parent)], check=True)


def _fill(data_dir: Path) -> None:
    with (data_dir.parent / "filler").open("wb") as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
                filler.flush()
        except OSError:
            pass


def test_check_on_a_read_only_mount_checks_without_calling_it_damaged(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _remount_read_only(small_disk)
    capsys.readouterr()
    code = run_data_command(["check", "--data-dir", str(small_disk)])
    out = capsys.readouterr().out
    assert "abîmé" not in out and "restaurer" not in out.lower(), out
    assert code == 0 and "en bon état" in out and "lecture seule" in out


def test_backup_on_a_read_only_folder_exits_1(small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _remount_read_only(small_disk)
    assert run_data_command(["backup", "--data-dir", str(small_disk)]) == 1  # README: 1 = the folder's problem
    assert "n'a pas pu être écrite" in capsys.readouterr().err


def test_check_on_a_full_disk_does_not_call_the_file_damaged(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(small_disk)
    capsys.readouterr()
    code = run_data_command(["check", "--data-dir", str(small_disk)])
    out = capsys.readouterr().out
    assert "abîmé" not in out.replace("ne veut pas dire qu'il est abîmé", "") and "restore" not in out, out
    assert code in (0, 1)


def test_opening_on_a_full_disk_says_the_disk_is_full_not_that_a_change_was_lost(small_disk: Path) -> None:
    from parcours_app.storage.errors import OpenFailedError

    _fill(small_disk)
    try:
        store = open_store(small_disk, clock=CLOCK)
    except OpenFailedError as error:
        assert error.disk_full
        message = error.render()
        assert "Le disque est plein" in message and "modification" not in message
    else:  # the file could be opened without writing: nothing to say at start
        store.close()
