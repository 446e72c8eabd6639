"""One Pause per user and data folder.

The first instance listens on a local socket. A second one connects, sends the
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

On Unix the socket is Python's own, watched by a QSocketNotifier: QtNetwork (and what it
links) is loaded only on Windows, for its named pipes. A Pause in the tray is lighter so.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import socket
import struct
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QObject, QSocketNotifier, Signal

from pause_app.core.commands import BadCommand, WindowCommand
from pause_app.storage import paths

log = logging.getLogger(__name__)

TIMEOUT_MS = 2000
ACK = b"ok\n"
MAX_LINE = 64 * 1024  # a command is a few dozen bytes; more is not one of ours


def server_name(data_dir: Path, environ: Mapping[str, str] = os.environ) -> str | None:
    """Where this user's Pause for ``data_dir`` listens; None when no private folder is safe.

    On Unix a full socket path in a private folder; on Windows a pipe name.
    """
    digest = _digest(f"{getpass.getuser()}\0{data_dir}".encode())
    if os.name == "nt":
        return f"pause-app-{digest}"
    folder = paths.private_runtime_dir(environ, Path(QDir.tempPath()))
    if folder is None:
        log.warning("no private folder for the instance socket: a second Pause is not noticed")
        return None
    return str(folder / f"instance-{digest}")


def _digest(key: bytes) -> str:
    """16 hex digits that tell folders apart: CRC-32 of the key and of it reversed. Not a
    secret (the folder is private); hashlib would load OpenSSL, 2 MiB, for a name."""
    return f"{zlib.crc32(key):08x}{zlib.crc32(key[::-1]):08x}"


def send(name: str | None, command: WindowCommand) -> bool:
    """Hand ``command`` to a running instance; False when none of ours answers."""
    return _exchange(name, command.to_message())


def is_running(name: str | None) -> bool:
    """Whether a live instance of ours answers on ``name`` (it is not told anything)."""
    return _exchange(name, {"ping": True})


def _own_uid() -> int:
    return os.getuid()


def peer_is_us(connection: socket.socket) -> bool:
    """Whether the process at the other end runs as this user (Linux: ``SO_PEERCRED``).

    True where the platform cannot tell; there the private folder is the guard.
    """
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return True
    size = struct.calcsize("3i")
    try:
        _pid, uid, _gid = struct.unpack(
            "3i", connection.getsockopt(socket.SOL_SOCKET, option, size)
        )
    except OSError:
        return False
    return bool(uid == _own_uid())


def _exchange(name: str | None, message: dict[str, object]) -> bool:
    if name is None:
        return False
    if os.name == "nt":
        return _exchange_on_a_pipe(name, message)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(TIMEOUT_MS / 1000)
        try:
            connection.connect(name)
        except OSError:
            return False
        if not peer_is_us(connection):  # before a word is said: not even the command goes out
            log.warning("the instance socket %s belongs to another user; it is not used", name)
            return False
        answer = b""
        try:
            connection.sendall(json.dumps(message).encode() + b"\n")
            while b"\n" not in answer and len(answer) < len(ACK):
                chunk = connection.recv(len(ACK))
                if not chunk:
                    break
                answer += chunk
        except OSError:  # the timeout too
            return False
        return answer == ACK


def _exchange_on_a_pipe(name: str, message: dict[str, object]) -> bool:
    """Windows: a named pipe, open to this user only (see the module's words)."""
    from PySide6.QtNetwork import QLocalSocket

    local = QLocalSocket()
    local.connectToServer(name)
    if not local.waitForConnected(TIMEOUT_MS):
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
        self._listening: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}
        self._error = ""
        self._pipes: Any = None  # Windows: a QLocalServer

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
        self._remove(self._name)
        listening = self._listen(self._name)
        if listening:
            log.info("listening for other instances as %s (stale socket removed)", self._name)
        else:
            log.warning("cannot listen as %s: %s", self._name, self._error)
        return listening

    def _listen(self, name: str) -> bool:
        """The socket is made owner-only (0700), whatever the umask. A name in use (a live
        instance, or one that did not exit cleanly) is never taken over here."""
        if os.name == "nt":
            return self._listen_on_a_pipe(name)
        listening = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        umask = os.umask(0o077)
        try:
            listening.bind(name)
            listening.listen(8)
        except OSError as error:
            self._error = error.strerror or str(error)
            listening.close()
            return False
        finally:
            os.umask(umask)
        listening.setblocking(False)
        self._listening = listening
        self._notifier = QSocketNotifier(listening.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_new_connection)
        return True

    def _listen_on_a_pipe(self, name: str) -> bool:
        from PySide6.QtNetwork import QLocalServer

        if self._pipes is None:
            self._pipes = QLocalServer(self)
            self._pipes.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._pipes.newConnection.connect(self._on_new_pipe)
        listening = bool(self._pipes.listen(name))
        self._error = "" if listening else str(self._pipes.errorString())
        return listening

    @staticmethod
    def _remove(name: str) -> None:
        if os.name == "nt":
            from PySide6.QtNetwork import QLocalServer

            QLocalServer.removeServer(name)
            return
        try:
            os.unlink(name)
        except FileNotFoundError:
            pass
        except OSError as error:
            log.warning("cannot remove the stale socket %s: %s", name, error.strerror)

    def close(self) -> None:
        for key in list(self._clients):
            self._drop(key)
        if self._pipes is not None:
            self._pipes.close()
        if self._listening is None:
            return
        assert self._notifier is not None and self._name is not None
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self._listening.close()
        self._listening = self._notifier = None
        self._remove(self._name)  # as QLocalServer did: the next start finds no leftover

    def _on_new_connection(self, *_args: object) -> None:
        while self._listening is not None:
            try:
                connection, _address = self._listening.accept()
            except OSError:  # nobody more waiting (or gone already)
                return
            if not peer_is_us(connection):
                log.warning("refused a connection from another user")
                connection.close()
                continue
            connection.setblocking(False)
            key = connection.fileno()
            notifier = QSocketNotifier(key, QSocketNotifier.Type.Read, self)
            self._clients[key] = (connection, notifier, bytearray())
            notifier.activated.connect(lambda *_args, key=key: self._on_ready_read(key))

    def _on_ready_read(self, key: int) -> None:
        if key not in self._clients:
            return
        connection, _notifier, buffer = self._clients[key]
        try:
            chunk = connection.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        buffer += chunk
        if not chunk or len(buffer) > MAX_LINE:
            if chunk:
                log.warning("ignored a malformed message from another instance")
            self._drop(key)
            return
        while b"\n" in buffer and key in self._clients:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            answer = self._answer(line)
            if answer is None:
                self._drop(key)
                return
            try:
                connection.sendall(ACK)
            except OSError:
                self._drop(key)
                return
            if isinstance(answer, WindowCommand):
                log.info("another instance asks: %s", answer)
                self.command_received.emit(answer)

    @staticmethod
    def _answer(line: bytes) -> WindowCommand | bool | None:
        """The command in a line; True for a ping; None for anything else (refused)."""
        try:
            message = json.loads(line)
            if message.get("ping") is True:
                return True
            return WindowCommand.from_message(message)
        except (ValueError, AttributeError, BadCommand):
            log.warning("ignored a malformed message from another instance")
            return None

    def _drop(self, key: int) -> None:
        connection, notifier, _buffer = self._clients.pop(key)
        notifier.setEnabled(False)
        notifier.deleteLater()
        connection.close()

    def _on_new_pipe(self) -> None:
        while self._pipes.hasPendingConnections():
            local = self._pipes.nextPendingConnection()
            local.disconnected.connect(local.deleteLater)
            local.readyRead.connect(lambda s=local: self._on_pipe_line(s))

    def _on_pipe_line(self, local: Any) -> None:
        if not local.canReadLine():
            return
        answer = self._answer(bytes(local.readLine().data()))
        if answer is None:
            local.disconnectFromServer()
            return
        local.write(ACK)
        local.flush()
        if isinstance(answer, WindowCommand):
            log.info("another instance asks: %s", answer)
            self.command_received.emit(answer)
