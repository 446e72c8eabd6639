"""One Pause per user and data folder.

The first instance listens on a QLocalServer. A second one connects, sends the
command it parsed (a ``WindowCommand``, as one JSON line), waits for the answer,
and exits; the first checks the message as untrusted input and hands the command
on. Nobody parses a command line twice.

Nobody else may answer or listen in our place. On Linux and other Unix systems the socket
lives in a folder only this user can enter (``$XDG_RUNTIME_DIR/pause-app``, else a checked
``pause-app-<uid>`` folder in the temporary folder), is made owner-only whatever the umask,
and on Linux each side checks that the other end is the same user (``SO_PEERCRED``) before
it says or believes anything. On Windows the name is a named pipe, open to this user only
(``UserAccessOption``), and nothing checks who listens: another user who takes the name
first can keep Pause from starting and would hear the small command of a second start
(an action, a pattern, minutes; never a command line or a folder).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import socket
import struct
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from pause_app.core.commands import BadCommand, WindowCommand
from pause_app.storage import paths

log = logging.getLogger(__name__)

TIMEOUT_MS = 2000
ACK = b"ok\n"


def server_name(data_dir: Path, environ: Mapping[str, str] = os.environ) -> str | None:
    """Where this user's Pause for ``data_dir`` listens; None when no private folder is safe.

    On Unix a full socket path in a private folder; on Windows a pipe name.
    """
    digest = hashlib.sha256(f"{getpass.getuser()}\0{data_dir}".encode()).hexdigest()[:16]
    if os.name == "nt":
        return f"pause-app-{digest}"
    folder = paths.private_runtime_dir(environ, Path(QDir.tempPath()))
    if folder is None:
        log.warning("no private folder for the instance socket: a second Pause is not noticed")
        return None
    return str(folder / f"instance-{digest}")


def send(name: str | None, command: WindowCommand) -> bool:
    """Hand ``command`` to a running instance; False when none of ours answers."""
    return _exchange(name, command.to_message())


def is_running(name: str | None) -> bool:
    """Whether a live instance of ours answers on ``name`` (it is not told anything)."""
    return _exchange(name, {"ping": True})


def _own_uid() -> int:
    return os.getuid()


def peer_is_us(local: QLocalSocket) -> bool:
    """Whether the process at the other end runs as this user (Linux: ``SO_PEERCRED``).

    True where the platform cannot tell; there the private folder is the guard.
    """
    option = getattr(socket, "SO_PEERCRED", None)
    descriptor = int(local.socketDescriptor())
    if option is None or descriptor < 0:
        return option is None
    size = struct.calcsize("3i")
    try:
        with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as view:
            _pid, uid, _gid = struct.unpack("3i", view.getsockopt(socket.SOL_SOCKET, option, size))
    except OSError:
        return False
    return bool(uid == _own_uid())


def _exchange(name: str | None, message: dict[str, object]) -> bool:
    if name is None:
        return False
    local = QLocalSocket()
    local.connectToServer(name)
    if not local.waitForConnected(TIMEOUT_MS):
        return False
    if not peer_is_us(local):  # before a word is said: not even the command goes out
        log.warning("the instance socket %s belongs to another user; it is not used", name)
        local.abort()
        return False
    local.write(json.dumps(message).encode() + b"\n")
    local.flush()
    answered = False
    while local.waitForReadyRead(TIMEOUT_MS):
        if local.canReadLine():
            answered = bytes(local.readLine().data()) == ACK
            break
    local.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later instances; emits the command each one sends."""

    command_received = Signal(WindowCommand)

    def __init__(self, name: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instance_server")
        self._name = name
        self._server = QLocalServer(self)
        if os.name == "nt":
            # A named pipe open to this user only. On Unix the option is left out: there Qt
            # renames its socket into place and silently replaces a live instance's socket;
            # without it listen() fails, and we ask who is there. The private folder and the
            # umask around listen() keep the socket the user's own instead.
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Listen, or return False when another live instance already does (or, with no
        private folder to listen in, when we cannot)."""
        if self._name is None:
            return False
        if self._listen(self._name):
            log.info("listening for other instances as %s", self._name)
            return True
        if is_running(self._name):
            return False
        # A socket left behind by an instance that did not exit cleanly: nobody answers it.
        QLocalServer.removeServer(self._name)
        listening = self._listen(self._name)
        if listening:
            log.info("listening for other instances as %s (stale socket removed)", self._name)
        else:
            log.warning("cannot listen as %s: %s", self._name, self._server.errorString())
        return listening

    def _listen(self, name: str) -> bool:
        """The socket is made owner-only (0700), whatever the umask."""
        if os.name != "posix":
            return self._server.listen(name)
        umask = os.umask(0o077)
        try:
            return self._server.listen(name)
        finally:
            os.umask(umask)

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            local = self._server.nextPendingConnection()
            local.disconnected.connect(local.deleteLater)
            if not peer_is_us(local):
                log.warning("refused a connection from another user")
                local.abort()
                continue
            local.readyRead.connect(lambda s=local: self._on_ready_read(s))

    def _on_ready_read(self, local: QLocalSocket) -> None:
        if not local.canReadLine():
            return
        line = bytes(local.readLine().data())
        try:
            message = json.loads(line)
            if message.get("ping") is True:
                local.write(ACK)
                local.flush()
                return
            command = WindowCommand.from_message(message)
        except (ValueError, AttributeError, BadCommand):
            log.warning("ignored a malformed message from another instance")
            local.disconnectFromServer()
            return
        local.write(ACK)
        local.flush()
        log.info("another instance asks: %s", command)
        self.command_received.emit(command)
