"""One Pause per user and data folder.

The first instance listens on a QLocalServer. A second one connects, sends the
command it parsed (a ``WindowCommand``, as one JSON line), waits for the answer,
and exits; the first checks the message as untrusted input and hands the command
on. Nobody parses a command line twice.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from pause_app.core.commands import BadCommand, WindowCommand

log = logging.getLogger(__name__)

TIMEOUT_MS = 2000
ACK = b"ok\n"


def server_name(data_dir: Path) -> str:
    """A name unique to this user and data folder, short enough for a Unix socket path."""
    digest = hashlib.sha256(f"{getpass.getuser()}\0{data_dir}".encode()).hexdigest()[:16]
    return f"pause-app-{digest}"


def send(name: str, command: WindowCommand) -> bool:
    """Hand ``command`` to a running instance; False when none answers."""
    return _exchange(name, command.to_message())


def is_running(name: str) -> bool:
    """Whether a live instance answers on ``name`` (it is not told anything)."""
    return _exchange(name, {"ping": True})


def _exchange(name: str, message: dict[str, object]) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(json.dumps(message).encode() + b"\n")
    socket.flush()
    answered = False
    while socket.waitForReadyRead(TIMEOUT_MS):
        if socket.canReadLine():
            answered = bytes(socket.readLine().data()) == ACK
            break
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later instances; emits the command each one sends."""

    command_received = Signal(WindowCommand)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instance_server")
        self._name = name
        # No UserAccessOption: with it Qt renames its socket into place and silently replaces
        # a live instance's socket; without it listen() fails, and we ask who is there.
        # (The socket is the user's, writable by nobody else with the usual umask.)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Listen, or return False when another live instance already does."""
        if self._server.listen(self._name):
            log.info("listening for other instances as %s", self._name)
            return True
        if is_running(self._name):
            return False
        # A socket left behind by an instance that did not exit cleanly: nobody answers it.
        QLocalServer.removeServer(self._name)
        listening = self._server.listen(self._name)
        if listening:
            log.info("listening for other instances as %s (stale socket removed)", self._name)
        else:
            log.warning("cannot listen as %s: %s", self._name, self._server.errorString())
        return listening

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            message = json.loads(line)
            if message.get("ping") is True:
                socket.write(ACK)
                socket.flush()
                return
            command = WindowCommand.from_message(message)
        except (ValueError, AttributeError, BadCommand):
            log.warning("ignored a malformed message from another instance")
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        log.info("another instance asks: %s", command)
        self.command_received.emit(command)
