"""One instance per data folder: a second launch asks the first to come to the front, then exits.

A QLocalServer listens under a name derived from the data folder (two folders, two independent apps, as the
tests and the reception mode need). The second process connects, sends "raise", and stops. A stale socket left
by a crash is removed when nobody answers on it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE_MESSAGE = b"raise\n"
TIMEOUT_MS = 500


def server_name(data_dir: Path) -> str:
    """The socket's name: a hash of the user and the data folder, never the user's name in clear (issue 14).

    In the user's runtime folder when there is one (XDG_RUNTIME_DIR: owner-only, emptied at logout), else under
    the name alone (Qt puts it in the temporary folder on Unix, a named pipe on Windows)."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    key = f"{user}\0{data_dir.resolve()}".encode("utf-8", "surrogateescape")
    name = f"parcours-1000-jours-{hashlib.sha256(key).hexdigest()[:24]}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.name == "posix" and runtime and Path(runtime).is_absolute() and Path(runtime).is_dir():
        path = str(Path(runtime) / name)
        if len(path.encode("utf-8", "surrogateescape")) < 100:  # a Unix socket path holds at most 107 bytes
            return path
    return name


def notify_running_instance(data_dir: Path) -> bool:
    """True when another instance answered (and was asked to come to the front)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(RAISE_MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches; `raise_requested` tells the shell to show its window."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        name = server_name(data_dir)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # a socket file left by a crashed instance
            self._server.listen(name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # the message is one short line written right after connecting: read it here, then let the
            # socket go with the server (a pending deleteLater on a child of a closed server can crash)
            if not socket.bytesAvailable():
                socket.waitForReadyRead(TIMEOUT_MS)
            data = bytes(socket.readAll().data())
            socket.abort()
            if RAISE_MESSAGE.strip() in data:
                self.raise_requested.emit()

    def close(self) -> None:
        self._server.close()
