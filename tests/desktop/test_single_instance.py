from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pause_app.core.commands import WindowCommand
from pause_app.desktop import single_instance


def test_server_names_differ_per_data_folder(tmp_path: Path) -> None:
    a = single_instance.server_name(tmp_path / "a")
    assert a == single_instance.server_name(tmp_path / "a")
    assert a != single_instance.server_name(tmp_path / "b")
    assert len(a) < 40


def test_nobody_answers_when_no_instance_runs(tmp_path: Path) -> None:
    assert single_instance.send(single_instance.server_name(tmp_path), WindowCommand()) is False


def test_a_second_start_hands_its_parsed_command_over(qtbot, tmp_path: Path) -> None:
    name = single_instance.server_name(tmp_path)
    server = single_instance.InstanceServer(name)
    assert server.listen()
    # The second instance is a real second process, blocking on its socket.
    code = (
        "import sys; from pause_app.desktop.single_instance import send; "
        "from pause_app.core.commands import WindowCommand; "
        f"sys.exit(0 if send({name!r}, WindowCommand('breathe', 'calm', 2)) else 3)"
    )
    with qtbot.waitSignal(server.command_received, timeout=10000) as received:
        second = subprocess.Popen([sys.executable, "-c", code])
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert received.args == [WindowCommand("breathe", "calm", 2)]
    assert second.returncode == 0
    server.close()


def _socket_path(name: str) -> Path:
    from PySide6.QtCore import QDir

    return Path(QDir.tempPath()) / name


def test_a_stale_socket_is_taken_over(tmp_path: Path) -> None:
    name = single_instance.server_name(tmp_path)
    # What a crashed instance leaves: the socket file, with nobody listening on it.
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(str(_socket_path(name)))
    leftover.close()
    assert _socket_path(name).exists()
    server = single_instance.InstanceServer(name)
    assert server.listen()
    server.close()


def test_a_live_instance_is_never_displaced(qtbot, tmp_path: Path) -> None:
    name = single_instance.server_name(tmp_path)
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from pause_app.desktop.single_instance import InstanceServer\n"
        "app = QCoreApplication([])\n"
        f"server = InstanceServer({name!r})\n"
        "print(server.listen(), flush=True)\n"
        "app.exec()\n"
    )
    first = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "True"
        second = single_instance.InstanceServer(name)
        assert second.listen() is False
        assert single_instance.is_running(name)
    finally:
        first.kill()
        first.wait()
        first.stdout.close()


@pytest.mark.parametrize(
    "line",
    [
        b'{"argv": ["breathe"], "cwd": "/"}\n',  # the old shape: a command line to parse again
        b'{"command": "delete-everything"}\n',
        b'{"command": "breathe", "minutes": 100000}\n',
        b'{"command": "breathe", "pattern": "../../etc"}\n',
        b'{"command": "pause", "extra": 1}\n',
        b"[1, 2, 3]\n",
        b"not json at all\n",
    ],
)
def test_a_hostile_message_is_refused_and_changes_nothing(
    qtbot, tmp_path: Path, line: bytes
) -> None:
    """Another process may write anything to the socket: only a real command is taken."""
    from PySide6.QtNetwork import QLocalSocket

    name = single_instance.server_name(tmp_path)
    server = single_instance.InstanceServer(name)
    assert server.listen()
    received: list[WindowCommand] = []
    server.command_received.connect(received.append)
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(2000)
    client.write(line)
    client.flush()
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert bytes(client.readAll().data()) == b""  # no answer: the sender knows it was refused
    assert received == []
    server.close()
