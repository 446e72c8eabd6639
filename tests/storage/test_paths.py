import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pause_app.storage import atomic, paths
from tests.helpers.short_tmp import short_tmp_path


def test_data_dir_option_wins_over_the_environment(tmp_path: Path) -> None:
    resolved = paths.resolve(tmp_path / "option", {paths.HOME_ENV: str(tmp_path / "env")})
    assert resolved.data_dir == resolved.config_dir == tmp_path / "option"
    assert resolved.log_dir == tmp_path / "option" / "logs"
    assert resolved.database == tmp_path / "option" / "pause.sqlite3"
    assert resolved.settings == tmp_path / "option" / "settings.json"


def test_environment_puts_everything_in_one_folder(tmp_path: Path) -> None:
    resolved = paths.resolve(None, {paths.HOME_ENV: str(tmp_path / "env")})
    assert resolved.data_dir == resolved.config_dir == tmp_path / "env"


def test_platform_dirs_otherwise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    resolved = paths.resolve(None, {})
    assert resolved.data_dir == tmp_path / "data" / "pause-app"
    assert resolved.config_dir == tmp_path / "config" / "pause-app"
    assert resolved.log_dir.is_relative_to(tmp_path / "state")


def test_folders_are_created_private(tmp_path: Path) -> None:
    app_paths = paths.AppPaths.single(tmp_path / "new")
    app_paths.create()
    for folder in (app_paths.data_dir, app_paths.log_dir):
        assert folder.stat().st_mode & 0o777 == 0o700


# --- owner-only whatever the umask ------------------------------------------------------------

unix_only = pytest.mark.skipif(os.name != "posix", reason="Unix modes")

# The sockets these tests make must fit in sun_path: a short tmp_path (tests/helpers/short_tmp.py).
tmp_path = pytest.fixture(short_tmp_path, name="tmp_path")


@pytest.fixture
def umask_000() -> Iterator[None]:
    """The most open umask there is, put back after the test."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _open_to_others(top: Path) -> list[str]:
    """Every file and folder under ``top`` (itself included) that group or others may use."""
    found = [top, *top.rglob("*")]
    return [f"{p} {oct(_mode(p))}" for p in found if _mode(p) & 0o077]


@unix_only
@pytest.mark.usefixtures("umask_000")
def test_every_missing_parent_is_made_owner_only(tmp_path: Path) -> None:
    app_paths = paths.AppPaths.single(tmp_path / "a" / "b" / "new")
    app_paths.create()
    assert _open_to_others(tmp_path / "a") == []


@unix_only
def test_folders_that_already_exist_are_left_as_they_are(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    paths.create_private(shared / "pause")
    assert _mode(shared) == 0o755
    assert _mode(shared / "pause") == 0o700


def test_a_file_in_the_way_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(OSError):
        paths.create_private(tmp_path / "file" / "pause")


@unix_only
@pytest.mark.usefixtures("umask_000")
def test_an_atomic_write_makes_its_folders_and_file_owner_only(tmp_path: Path) -> None:
    """An export to a new folder the user names: the folders on the way and the file."""
    atomic.write_text(tmp_path / "exports" / "2026" / "pause.json", "{}")
    assert _open_to_others(tmp_path / "exports") == []


# --- the folder for the single-instance socket -------------------------------------------------


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    return folder


@unix_only
def test_the_socket_folder_is_in_the_private_runtime_folder(tmp_path: Path, runtime: Path) -> None:
    folder = paths.private_runtime_dir({paths.RUNTIME_ENV: str(runtime)}, tmp_path)
    assert folder == runtime / "pause-app"
    assert _mode(folder) == 0o700


@unix_only
@pytest.mark.parametrize("problem", ["unset", "relative", "open to others", "a link", "missing"])
def test_without_a_private_runtime_folder_one_of_our_own_is_made(
    tmp_path: Path, runtime: Path, problem: str
) -> None:
    environ = {paths.RUNTIME_ENV: str(runtime)}
    if problem == "unset":
        environ = {}
    elif problem == "relative":
        environ = {paths.RUNTIME_ENV: "run"}
    elif problem == "open to others":
        runtime.chmod(0o777)
    elif problem == "a link":
        (tmp_path / "link").symlink_to(runtime)
        environ = {paths.RUNTIME_ENV: str(tmp_path / "link")}
    elif problem == "missing":
        environ = {paths.RUNTIME_ENV: str(tmp_path / "gone")}
    temp = tmp_path / "tmp"
    temp.mkdir()
    temp.chmod(0o1777)
    folder = paths.private_runtime_dir(environ, temp)
    assert folder == temp / f"pause-app-{os.getuid()}"
    assert _mode(folder) == 0o700
    assert not (runtime / "pause-app").exists()


@unix_only
@pytest.mark.usefixtures("umask_000")
def test_the_socket_folder_is_owner_only_under_umask_000(tmp_path: Path) -> None:
    folder = paths.private_runtime_dir({}, tmp_path)
    assert folder is not None and _mode(folder) == 0o700


def _plant(tmp_path: Path, how: str) -> Path:
    """What someone else leaves where Pause would make its socket folder."""
    planted = tmp_path / f"pause-app-{os.getuid()}"
    if how == "open to others":
        planted.mkdir()
        planted.chmod(0o777)
    elif how == "a link":
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir(mode=0o700)
        planted.symlink_to(elsewhere)
    elif how == "a file":
        planted.write_text("")
    elif how == "someone else's":
        planted.mkdir(mode=0o700)
        os.chown(planted, 65534, 65534)
    return planted


@unix_only
@pytest.mark.parametrize(
    "how",
    [
        "open to others",
        "a link",
        "a file",
        pytest.param(
            "someone else's",
            marks=pytest.mark.skipif(os.name == "posix" and os.geteuid() != 0, reason="chown"),
        ),
    ],
)
def test_a_planted_socket_folder_is_refused(
    tmp_path: Path, how: str, caplog: pytest.LogCaptureFixture
) -> None:
    planted = _plant(tmp_path, how)
    before = planted.lstat()
    assert paths.private_runtime_dir({}, tmp_path) is None
    assert "not a private folder" in caplog.text
    after = planted.lstat()
    assert (after.st_mode, after.st_uid) == (before.st_mode, before.st_uid)  # left alone


@unix_only
def test_someone_elses_folder_is_refused_by_owner(tmp_path: Path) -> None:
    """The owner check, without root: a private folder that is not the given user's."""
    folder = tmp_path / "private"
    folder.mkdir(mode=0o700)
    assert paths.is_private(folder, os.getuid())
    assert not paths.is_private(folder, os.getuid() + 1)


# --- everything Pause makes, from a process whose umask is 000 --------------------------------

_START_THE_APP = """
import sys
from pause_app import app
built = app.build(app.StartOptions(data_dir=sys.argv[1]))
assert not isinstance(built, int), built
print(built.instance_server._name, flush=True)
sys.stdin.readline()
built.shutdown()
"""


@unix_only
def test_the_command_line_makes_everything_owner_only_under_umask_000(tmp_path: Path) -> None:
    home = tmp_path / "home" / "deep" / "pause"
    commands = [
        ["activity", "add", "Walk", "--unit", "minutes", "--target", "5"],
        ["log", "Walk", "5", "--felt", "ok"],
        ["config", "set", "ui.theme", "dark"],
        ["export", "-o", str(tmp_path / "out" / "2026" / "pause.json")],
    ]
    for argv in commands:
        done = subprocess.run(
            [sys.executable, "-m", "pause_app", "--data-dir", str(home), *argv],
            capture_output=True,
            text=True,
            umask=0,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
    assert _open_to_others(tmp_path / "home") == []
    assert _open_to_others(tmp_path / "out") == []
    assert (home / "logs" / "pause.log").exists() and (home / "settings.json").exists()


@unix_only
def test_the_app_makes_everything_owner_only_under_umask_000(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    home = tmp_path / "home" / "deep" / "pause"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    started = subprocess.Popen(
        [sys.executable, "-c", _START_THE_APP, str(home)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        umask=0,
    )
    try:
        assert started.stdout is not None
        socket_path = Path(started.stdout.readline().strip())
        assert (home / "logs" / "pause.log").exists() and (home / "pause.sqlite3").exists()
        assert _open_to_others(tmp_path / "home") == []
        assert socket_path.parent == runtime / "pause-app"
        assert stat.S_ISSOCK(socket_path.lstat().st_mode)
        assert _open_to_others(runtime) == []
    finally:
        started.communicate("\n", timeout=60)
    assert started.returncode == 0
