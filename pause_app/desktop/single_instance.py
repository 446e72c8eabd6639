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

This module is the listening side. The name and the second start's side (``handover``)
need no Qt: a plain start hands over before it loads PySide6 (``cli.main``).
"""

from __future__ import annotations

import json
import logging
import os
import socket
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from pause_app.core.commands import BadCommand, WindowCommand
from pause_app.desktop.handover import ACK, MAX_LINE, is_running, peer_is_us

log = logging.getLogger(__name__)


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
