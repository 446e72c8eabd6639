"""A second start hands its command to the Pause that runs, without Qt.

Where the running Pause listens (``server_name``), and the second start's side of the
exchange (``send``, ``is_running``): plain Python on Unix, so a second ``pause-app`` (the
launcher, clicked while Pause sits in the tray) hands over before it loads PySide6, and the
running Pause's window shows about a tenth of a second sooner. Windows' named pipe needs
QtNetwork, so there a start hands over once Qt runs (``app.prepare``). The listening side,
which needs Qt's event loop, is ``single_instance.InstanceServer``; the rules of both are
described there.
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

from pause_app.core.commands import WindowCommand
from pause_app.storage import paths

log = logging.getLogger(__name__)

TIMEOUT_MS = 2000
ACK = b"ok\n"
MAX_LINE = 64 * 1024  # a command is a few dozen bytes; more is not one of ours


def temp_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The temporary folder as Qt 6 names it on Unix (``QDir.tempPath``): ``$TMPDIR``, else
    /tmp, made absolute and clean, its links left as they are. A start without Qt and a
    Pause of an earlier version, which asked Qt, find the same socket."""
    return Path(os.path.abspath(environ.get("TMPDIR") or "/tmp"))


def server_name(data_dir: Path, environ: Mapping[str, str] = os.environ) -> str | None:
    """Where this user's Pause for ``data_dir`` listens; None when no private folder is safe.

    On Unix a full socket path in a private folder; on Windows a pipe name.
    """
    digest = _digest(f"{getpass.getuser()}\0{data_dir}".encode())
    if os.name == "nt":
        return f"pause-app-{digest}"
    folder = paths.private_runtime_dir(environ, temp_dir(environ))
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
    """Windows: a named pipe, open to this user only (see single_instance)."""
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
