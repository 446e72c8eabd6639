from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pause_app.ui import single_instance


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
        "import sys; from pause_app.ui.single_instance import send; "
        f"sys.exit(0 if send({name!r}, ['--lang', 'nl'], '/somewhere') else 3)"
    )
    with qtbot.waitSignal(server.message_received, timeout=10000) as received:
        second = subprocess.Popen([sys.executable, "-c", code])
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert received.args == [["--lang", "nl"], "/somewhere"]
    assert second.returncode == 0
    server.close()


def test_a_stale_socket_is_taken_over(tmp_path: Path) -> None:
    name = single_instance.server_name(tmp_path)
    first = single_instance.InstanceServer(name)
    assert first.listen()
    # Simulate a crash: the socket file stays, nobody accepts.
    second = single_instance.InstanceServer(name)
    assert second.listen()
    first.close()
    second.close()
