"""One writer per data folder: an OS advisory lock on `parcours.lock`.

The lock belongs to the open file, so the operating system drops it when the process dies, even on SIGKILL or a
power cut: a stale lock file never blocks the next start. The file itself is never deleted (deleting a lock file
that another process is about to lock is a classic race); it only holds the owner's process id for the message.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from parcours_app.storage.errors import DatabaseLockedError, ReadOnlyDataDirError
from parcours_app.storage.paths import LOCK_NAME, PRIVATE_FILE_MODE, tighten_file

# On Windows a locked byte range cannot be read by others, so the lock sits far past the process id.
_WINDOWS_LOCK_OFFSET = 1 << 20


class DataDirLock:
    """Held for as long as a store (or a data command) may write to the folder."""

    def __init__(self, path: Path, descriptor: int) -> None:
        self.path = path
        self._descriptor: int | None = descriptor

    @classmethod
    def acquire(cls, data_dir: Path) -> DataDirLock:
        path = data_dir / LOCK_NAME
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):
                raise ReadOnlyDataDirError(data_dir) from error
            raise
        try:
            _lock(descriptor)
        except OSError as error:
            owner = _read_owner(descriptor)
            os.close(descriptor)
            raise DatabaseLockedError(data_dir, owner) from error
        tighten_file(path)
        try:
            # Fixed width, so no truncation (a metadata write) is needed when a shorter id replaces a longer one.
            os.lseek(descriptor, 0, os.SEEK_SET)
            os.write(descriptor, f"{os.getpid():<20}".encode("ascii"))
        except OSError:
            pass  # the process id is only a courtesy for the message; the lock itself is held
        return cls(path, descriptor)

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def release(self) -> None:
        if self._descriptor is None:
            return
        descriptor, self._descriptor = self._descriptor, None
        try:
            _unlock(descriptor)
        finally:
            os.close(descriptor)

    def __enter__(self) -> DataDirLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _read_owner(descriptor: int) -> str:
    try:
        os.lseek(descriptor, 0, os.SEEK_SET)
        return os.read(descriptor, 32).decode("ascii", "replace").strip()
    except OSError:
        return ""


if sys.platform == "win32":
    import msvcrt

    def _lock(descriptor: int) -> None:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int) -> None:
        # flock (not fcntl/lockf): its lock belongs to the open file description, so a second open in the same
        # process is refused too, and it survives no process.
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
