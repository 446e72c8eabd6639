from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from pause_app.desktop import single_instance


def test_server_names_differ_per_data_folder(tmp_path: Path) -> None:
    a = single_instance.server_name(tmp_path / "a")
    assert a == single_instance.server_name(tmp_path / "a")
    assert a != single_instance.server_name(tmp_path / "b")
    assert len(a) < 40


def test_nobody_answers_when_no_instance_runs(tmp_path: Path) -> None:
    assert single_instance.send(single_instance.server_name(tmp_path), [], "/") is False


def test_a_second_start_hands_its_command_line_over(qtbot, tmp_path: Path) -> None:
    name = single_instance.server_name(tmp_path)
    server = single_instance.InstanceServer(name)
    assert server.listen()
    # The second instance is a real second process, blocking on its socket.
    code = (
        "import sys; from pause_app.desktop.single_instance import send; "
        f"sys.exit(0 if send({name!r}, ['--lang', 'nl'], '/somewhere') else 3)"
    )
    with qtbot.waitSignal(server.message_received, timeout=10000) as received:
        second = subprocess.Popen([sys.executable, "-c", code])
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert received.args == [["--lang", "nl"], "/somewhere"]
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
