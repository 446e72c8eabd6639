from __future__ import annotations

import getpass
import hashlib
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pause_app.core.commands import WindowCommand
from pause_app.desktop import handover, single_instance
from tests.helpers.short_tmp import short_tmp_path

unix_only = pytest.mark.skipif(os.name != "posix", reason="a Unix socket in a private folder")

# The sockets these tests make must fit in sun_path: a short tmp_path (tests/helpers/short_tmp.py).
tmp_path = pytest.fixture(short_tmp_path, name="tmp_path")

# A process that listens as Pause does and prints each command it is handed.
LISTENER = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from pause_app.desktop.single_instance import InstanceServer\n"
    "app = QCoreApplication([])\n"
    "server = InstanceServer(sys.argv[1])\n"
    "server.command_received.connect(lambda c: print(c, flush=True))\n"
    "print(server.listen(), flush=True)\n"
    "app.exec()\n"
)


@pytest.fixture(autouse=True)
def runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private runtime folder of the test's own, as a desktop session gives one."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """A Pause listening in another process: (its name, the process)."""
    name = handover.server_name(tmp_path / "data")
    assert name is not None
    process = subprocess.Popen(
        [sys.executable, "-c", LISTENER, name], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "True"
        yield name, process
    finally:
        _printed(process)


def _printed(process: subprocess.Popen[str]) -> list[str]:
    """What a killed listener printed: one line per command it took."""
    process.kill()
    out, _ = process.communicate()
    return out.splitlines()


def test_server_names_differ_per_data_folder(tmp_path: Path, runtime_dir: Path) -> None:
    a = handover.server_name(tmp_path / "a")
    assert a is not None
    assert a == handover.server_name(tmp_path / "a")
    assert a != handover.server_name(tmp_path / "b")
    if os.name == "posix":
        assert Path(a).parent == runtime_dir / "pause-app"
        assert len(a.encode()) < 104  # sun_path: 108 bytes on Linux, 104 on macOS


def test_nobody_answers_when_no_instance_runs(tmp_path: Path) -> None:
    assert handover.send(handover.server_name(tmp_path), WindowCommand()) is False


def test_a_second_start_hands_its_parsed_command_over(qtbot, tmp_path: Path) -> None:
    name = handover.server_name(tmp_path)
    server = single_instance.InstanceServer(name)
    assert server.listen()
    # The second instance is a real second process, blocking on its socket.
    code = (
        "import sys; from pause_app.desktop.handover import send; "
        "from pause_app.core.commands import WindowCommand; "
        f"sys.exit(0 if send({name!r}, WindowCommand('breathe', 'calm', 2)) else 3)"
    )
    with qtbot.waitSignal(server.command_received, timeout=10000) as received:
        second = subprocess.Popen([sys.executable, "-c", code])
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert received.args == [WindowCommand("breathe", "calm", 2)]
    assert second.returncode == 0
    server.close()


# A second `pause-app`, which says whether PySide6 had loaded when it handed its command over.
SECOND_START = (
    "import sys\n"
    "from pause_app.desktop import handover\n"
    "sent = handover.send\n"
    "def send(name, command):\n"
    "    print('Qt before the handover:', 'PySide6' in sys.modules, flush=True)\n"
    "    return sent(name, command)\n"
    "handover.send = send\n"
    "from pause_app.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


ENGLISH = "Pause is already running; its window is brought to the front."
DUTCH = "Pause draait al; het venster wordt naar voren gehaald."


@unix_only
def test_a_plain_start_hands_over_before_qt_loads(
    listener: tuple[str, subprocess.Popen[str]], tmp_path: Path
) -> None:
    """The launcher, clicked while Pause sits in the tray: the second start hands "open"
    over before it loads PySide6, then says so in the user's language and ends. It needs
    no display of its own (over ssh, say): the window opens where Pause runs."""
    _name, process = listener
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"version": 1, "ui": {"language": "nl"}}')
    no_display = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    folder = ["--data-dir", str(data)]
    starts = [
        (folder, dict(os.environ), DUTCH),  # the settings' language
        ([*folder, "--minimized", "-v"], dict(os.environ), DUTCH),
        ([*folder, "--lang", "en"], dict(os.environ), ENGLISH),  # --lang wins
        (folder, no_display, DUTCH),
    ]
    for argv, env, said in starts:
        second = subprocess.run(
            [sys.executable, "-c", SECOND_START, *argv],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert second.returncode == 0, second.stderr
        assert second.stdout.splitlines() == ["Qt before the handover: False", said]
        assert second.stderr == ""
    assert process.stdout is not None
    heard = [process.stdout.readline().strip() for _ in starts]
    assert heard == ["WindowCommand(action='open', pattern=None, minutes=None)"] * len(starts)
    assert sorted(p.name for p in data.iterdir()) == ["settings.json"]  # nothing made here


@unix_only
@pytest.mark.parametrize("tmpdir", [None, "", "{tmp}/real/", "{tmp}/link", "rel", "{tmp}/none"])
def test_the_temporary_folder_is_the_one_qt_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmpdir: str | None
) -> None:
    """Without Qt, a start works out the temporary folder as Qt does (where a Pause of an
    earlier version, which asked Qt, listens): absolute and clean, its links kept."""
    from PySide6.QtCore import QDir

    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    monkeypatch.chdir(tmp_path)
    if tmpdir is None:
        monkeypatch.delenv("TMPDIR", raising=False)
    else:
        monkeypatch.setenv("TMPDIR", tmpdir.format(tmp=tmp_path))
    assert handover.temp_dir() == Path(QDir.tempPath())


@unix_only
def test_a_stale_socket_is_taken_over(tmp_path: Path) -> None:
    name = handover.server_name(tmp_path)
    assert name is not None
    # What a crashed instance leaves: the socket file, with nobody listening on it.
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(name)
    leftover.close()
    assert Path(name).exists()
    server = single_instance.InstanceServer(name)
    assert server.listen()
    server.close()


def test_a_live_instance_is_never_displaced(listener: tuple[str, subprocess.Popen[str]]) -> None:
    name, _process = listener
    second = single_instance.InstanceServer(name)
    assert second.listen() is False
    assert handover.is_running(name)


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

    name = handover.server_name(tmp_path)
    assert name is not None
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


# --- nobody else can answer or listen in Pause's place ---------------------------------------


def _old_name(data_dir: Path) -> str:
    """Where Pause used to listen: a name in /tmp that anyone could work out."""
    from PySide6.QtCore import QDir

    digest = hashlib.sha256(f"{getpass.getuser()}\0{data_dir}".encode()).hexdigest()[:16]
    return str(Path(QDir.tempPath()) / f"pause-app-{digest}")


@unix_only
def test_a_squatter_on_the_old_name_neither_stops_pause_nor_hears_it(tmp_path: Path) -> None:
    """Someone listening first where Pause used to listen, answering "ok" to everything."""
    data_dir = tmp_path / "data"
    squatter = subprocess.Popen(
        [sys.executable, "-c", LISTENER, _old_name(data_dir)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert squatter.stdout is not None and squatter.stdout.readline().strip() == "True"
        name = handover.server_name(data_dir)
        assert handover.send(name, WindowCommand("breathe", "calm", 60)) is False
        server = single_instance.InstanceServer(name)
        assert server.listen()  # the real Pause starts
        server.close()
    finally:
        heard = _printed(squatter)
    assert heard == []  # not one command line reached it


def _socket_modes(tmp_path: Path, env: dict[str, str]) -> tuple[int, int]:
    """Listen in a process whose umask is 000; the modes of the socket's folder and socket."""
    code = (
        "import os, sys\n"
        "os.umask(0)\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from pathlib import Path\n"
        "from pause_app.desktop.handover import server_name\n"
        "from pause_app.desktop.single_instance import InstanceServer\n"
        "app = QCoreApplication([])\n"
        "name = server_name(Path(sys.argv[1]))\n"
        "server = InstanceServer(name)\n"
        "assert server.listen()\n"
        "from PySide6.QtCore import QDir\n"
        "print(Path(QDir.tempPath()) / name, flush=True)  # Qt's place for a plain name\n"
        "sys.stdin.readline()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        name = Path(process.stdout.readline().strip())
        return name.parent.lstat().st_mode, name.lstat().st_mode
    finally:
        process.communicate("\n", timeout=20)


@unix_only
@pytest.mark.parametrize("where", ["runtime", "temp"])
def test_the_socket_and_its_folder_are_owner_only_under_umask_000(
    tmp_path: Path, runtime_dir: Path, where: str
) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path / "t")}
    (tmp_path / "t").mkdir(mode=0o700)
    if where == "temp":
        del env["XDG_RUNTIME_DIR"]  # no desktop session: a folder of Pause's own in TMPDIR
    folder_mode, socket_mode = _socket_modes(tmp_path, env)
    assert stat.S_ISDIR(folder_mode) and stat.S_IMODE(folder_mode) == 0o700
    assert stat.S_ISSOCK(socket_mode) and stat.S_IMODE(socket_mode) & 0o077 == 0


@unix_only
def test_a_socket_folder_someone_else_can_enter_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """No desktop session, and the temp folder's pause-app-<uid> was made open by someone."""
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path / "t"))
    (tmp_path / "t").mkdir()
    planted = tmp_path / "t" / f"pause-app-{os.getuid()}"
    planted.mkdir()
    planted.chmod(0o777)
    name = handover.server_name(tmp_path / "data")
    assert name is None  # not used, and said in the log
    assert "not a private folder" in caplog.text
    assert handover.send(name, WindowCommand()) is False
    assert single_instance.InstanceServer(name).listen() is False  # Pause starts unguarded
    assert list(planted.iterdir()) == []


@pytest.mark.skipif(not hasattr(socket, "SO_PEERCRED"), reason="SO_PEERCRED is Linux's")
def test_the_server_refuses_a_client_of_another_user(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    name = handover.server_name(tmp_path)
    server = single_instance.InstanceServer(name)
    assert server.listen()
    received: list[WindowCommand] = []
    server.command_received.connect(received.append)
    # The client runs as us; the server is made to believe it runs as someone else.
    monkeypatch.setattr(handover, "_own_uid", lambda: os.getuid() + 1)
    code = (
        "import sys; from pause_app.desktop.handover import send; "
        "from pause_app.core.commands import WindowCommand; "
        f"sys.exit(0 if send({name!r}, WindowCommand('pause')) else 3)"
    )
    client = subprocess.Popen([sys.executable, "-c", code])
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=10000)
    assert client.returncode == 3
    assert received == []
    assert "refused a connection from another user" in caplog.text
    server.close()


@pytest.mark.skipif(not hasattr(socket, "SO_PEERCRED"), reason="SO_PEERCRED is Linux's")
def test_the_client_tells_nothing_to_a_server_of_another_user(
    listener: tuple[str, subprocess.Popen[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    name, process = listener
    with monkeypatch.context() as patched:
        patched.setattr(handover, "_own_uid", lambda: os.getuid() + 1)
        assert handover.send(name, WindowCommand("breathe", "calm", 60)) is False
        assert handover.is_running(name) is False
    assert handover.send(name, WindowCommand("pause"))  # as ourselves: heard
    assert process.stdout is not None
    first_heard = process.stdout.readline().strip()
    assert first_heard == "WindowCommand(action='pause', pattern=None, minutes=None)"


@pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0, reason="needs root, to be another user"
)
def test_another_user_cannot_reach_pause_even_under_umask_000(qtbot, tmp_path: Path) -> None:
    """The issue's attack: with umask 000, user nobody started a session in someone's app."""
    from PySide6.QtCore import QDir

    name = handover.server_name(tmp_path)
    assert name is not None
    umask = os.umask(0)
    try:
        server = single_instance.InstanceServer(name)
        assert server.listen()
    finally:
        os.umask(umask)
    received: list[WindowCommand] = []
    server.command_received.connect(received.append)
    # Plain Python as user nobody, who can read neither the project nor the test's folders.
    attack = (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        "try:\n"
        "    s.connect(sys.argv[1])\n"
        "except OSError:\n"
        "    sys.exit(3)\n"
        's.sendall(b\'{"command": "breathe", "pattern": "calm", "minutes": 60}\\n\')\n'
        "sys.exit(0 if s.recv(3) == b'ok\\n' else 4)\n"
    )
    target = name if os.path.isabs(name) else str(Path(QDir.tempPath()) / name)  # Qt's way
    client = subprocess.Popen(
        ["/usr/bin/python3", "-I", "-c", attack, target], user=65534, group=65534, cwd="/"
    )
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=10000)
    assert client.returncode == 3
    assert received == []
    server.close()
