import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from pause_app.core.settings import SettingError, Spec
from pause_app.storage import atomic
from pause_app.storage.settings_file import SettingsFile


@pytest.fixture
def settings_file(tmp_path: Path) -> SettingsFile:
    return SettingsFile(tmp_path / "config" / "settings.json")


def test_a_missing_file_means_defaults_and_is_not_written(settings_file: SettingsFile) -> None:
    loaded = settings_file.load()
    assert loaded.settings["ui.language"] == "system"
    assert loaded.problems == [] and loaded.corrupt_backup is None
    assert not settings_file.path.exists()


def test_set_writes_a_private_versioned_grouped_file(settings_file: SettingsFile) -> None:
    settings_file.set("ui.theme", "dark")
    settings_file.set("sound.volume", "70")
    tree = json.loads(settings_file.path.read_text())
    assert tree["version"] == 1
    assert tree["ui"]["theme"] == "dark"
    assert tree["sound"]["volume"] == 70
    assert stat.S_IMODE(settings_file.path.stat().st_mode) == 0o600
    assert settings_file.load().settings["ui.theme"] == "dark"


def test_a_wrong_value_changes_nothing(settings_file: SettingsFile) -> None:
    settings_file.set("sound.volume", "70")
    before = settings_file.path.read_bytes()
    with pytest.raises(SettingError):
        settings_file.set("sound.volume", "loud")
    with pytest.raises(SettingError):
        settings_file.set("no.such.key", "1")
    assert settings_file.path.read_bytes() == before


def test_a_wrong_value_in_the_file_is_reported_and_replaced_for_that_key_only(
    settings_file: SettingsFile,
) -> None:
    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_text(
        json.dumps({"version": 1, "ui": {"theme": "neon", "language": "nl"}, "extra": {"kept": 1}})
    )
    loaded = settings_file.load()
    assert [p.key for p in loaded.problems] == ["ui.theme"]
    assert loaded.settings["ui.theme"] == "system"
    assert loaded.settings["ui.language"] == "nl"
    settings_file.set("sound.enabled", "true")
    tree = json.loads(settings_file.path.read_text())
    assert tree["extra"] == {"kept": 1}
    assert tree["ui"]["language"] == "nl"


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe", b""])
def test_a_corrupt_file_is_kept_as_bak(settings_file: SettingsFile, content: bytes) -> None:
    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_bytes(content)
    loaded = settings_file.load()
    assert loaded.corrupt_backup == settings_file.path.with_name("settings.json.bak")
    assert loaded.corrupt_backup.read_bytes() == content
    assert loaded.settings["ui.theme"] == "system"


def test_an_interrupted_write_keeps_the_old_file(
    settings_file: SettingsFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file.set("ui.theme", "dark")
    before = settings_file.path.read_bytes()

    def power_cut(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError, match="disk full"):
        settings_file.set("ui.theme", "light")
    assert settings_file.path.read_bytes() == before
    assert sorted(p.name for p in settings_file.path.parent.iterdir()) == [
        "settings.json",
        "settings.json.lock",
    ]


def test_atomic_write_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    atomic.write_text(target, "one")
    atomic.write_text(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt"]


def test_backups_never_overwrite_each_other(settings_file: SettingsFile) -> None:
    settings_file.path.parent.mkdir(parents=True)
    for content in (b"{first", b"{second"):
        settings_file.path.write_bytes(content)
        settings_file.load()
    folder = settings_file.path.parent
    assert (folder / "settings.json.bak").read_bytes() == b"{first"
    assert (folder / "settings.json.bak.2").read_bytes() == b"{second"


def test_a_look_without_repair_moves_nothing(settings_file: SettingsFile) -> None:
    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_bytes(b"{half written")
    loaded = settings_file.load(repair=False)
    assert loaded.unreadable and loaded.corrupt_backup is None
    assert settings_file.path.read_bytes() == b"{half written"


def test_files_that_cannot_be_read_do_not_crash(settings_file: SettingsFile) -> None:
    settings_file.path.mkdir(parents=True)  # a folder where the file should be
    assert settings_file.load().unreadable
    settings_file.path.rmdir()
    settings_file.path.write_text("[" * 100_000)  # nested beyond Python's recursion limit
    assert settings_file.load().corrupt_backup is not None


# --- files from outside are hostile (issue 12: holes 6, 8, 10, 11) -----------------------


def deny_reading(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The operating system refuses to open ``path``: what ``chmod 000`` does to anyone but
    root (the tests may run as root, who reads everything)."""
    import builtins
    import errno
    import io

    def guard(real):  # type: ignore[no-untyped-def]
        def opener(file, *args, **kwargs):  # type: ignore[no-untyped-def]
            if isinstance(file, str | os.PathLike) and os.path.abspath(file) == str(path):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(file, *args, **kwargs)

        return opener

    monkeypatch.setattr(io, "open", guard(io.open))
    monkeypatch.setattr(builtins, "open", guard(builtins.open))
    monkeypatch.setattr(os, "open", guard(os.open))


def test_a_file_that_cannot_be_read_is_never_written_over(
    settings_file: SettingsFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pause_app.storage.settings_file import FileProblem, SettingsUnusable

    settings_file.set("sound.volume", "70")
    settings_file.set("ui.theme", "dark")
    before = settings_file.path.read_bytes()
    deny_reading(monkeypatch, settings_file.path)
    loaded = settings_file.load()  # a repairing load leaves it too
    assert loaded.unreadable is FileProblem.NO_PERMISSION
    assert loaded.settings["sound.volume"] == 40  # the defaults, in memory
    with pytest.raises(SettingsUnusable) as refused:
        settings_file.set("ui.language", "nl")
    assert refused.value.problem is FileProblem.NO_PERMISSION
    monkeypatch.undo()
    assert settings_file.path.read_bytes() == before
    assert sorted(p.name for p in settings_file.path.parent.iterdir()) == [
        "settings.json",
        "settings.json.lock",
    ]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads mode 000 too")
def test_a_file_with_mode_000_is_never_written_over(settings_file: SettingsFile) -> None:
    from pause_app.storage.settings_file import SettingsUnusable

    settings_file.set("sound.volume", "70")
    settings_file.path.chmod(0)
    with pytest.raises(SettingsUnusable):
        settings_file.set("ui.language", "nl")
    settings_file.path.chmod(0o600)
    assert settings_file.load().settings["sound.volume"] == 70


def test_a_link_to_a_device_is_left_alone(settings_file: SettingsFile) -> None:
    from pause_app.storage.settings_file import FileProblem, SettingsUnusable

    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.symlink_to(os.devnull)
    loaded = settings_file.load()
    assert loaded.unreadable is FileProblem.NOT_A_FILE and loaded.corrupt_backup is None
    with pytest.raises(SettingsUnusable):
        settings_file.set("ui.theme", "dark")
    assert settings_file.path.is_symlink()
    assert not settings_file.path.with_name("settings.json.bak").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_never_opened(settings_file: SettingsFile) -> None:
    """Opening a pipe for reading waits for a writer: forever. A bounded subprocess."""
    import subprocess
    import sys

    settings_file.path.parent.mkdir(parents=True)
    os.mkfifo(settings_file.path)
    code = (
        "import sys; from pathlib import Path\n"
        "from pause_app.storage.settings_file import SettingsFile\n"
        "print(SettingsFile(Path(sys.argv[1])).load().unreadable)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(settings_file.path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert (result.returncode, result.stdout) == (0, "not_a_file\n"), result.stderr
    assert stat.S_ISFIFO(settings_file.path.lstat().st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_an_endless_file_is_not_read(settings_file: SettingsFile) -> None:
    """settings.json -> /dev/zero: before, reading it ate memory until MemoryError. Run with
    a memory limit, so a regression fails quickly instead of slowing the computer."""
    import resource
    import subprocess
    import sys

    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.symlink_to("/dev/zero")
    code = (
        "import sys; from pathlib import Path\n"
        "from pause_app.storage.settings_file import SettingsFile\n"
        "print(SettingsFile(Path(sys.argv[1])).load().unreadable)\n"
    )

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    result = subprocess.run(
        [sys.executable, "-c", code, str(settings_file.path)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit_memory,
    )
    assert (result.returncode, result.stdout) == (0, "not_a_file\n"), result.stderr[-300:]


def test_a_huge_regular_file_is_read_no_further_than_the_limit(
    settings_file: SettingsFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pause_app.storage import settings_file as module

    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_bytes(b'{"ui": {"theme": "dark"}, "pad": "' + b"x" * 300 + b'"}')
    monkeypatch.setattr(module, "MAX_BYTES", 200)
    assert settings_file.load(repair=False).unreadable is module.FileProblem.NOT_SETTINGS
    loaded = settings_file.load()
    assert loaded.corrupt_backup is not None and loaded.corrupt_backup.stat().st_size > 300


def test_a_corrupt_file_in_a_folder_that_cannot_be_changed_is_left_and_said(
    settings_file: SettingsFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only folder (simulated: root may write anywhere): no PermissionError."""
    import errno

    from pause_app.storage.settings_file import FileProblem, SettingsUnusable

    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_bytes(b"{oops")

    def read_only(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    monkeypatch.setattr(os, "rename", read_only)
    loaded = settings_file.load()
    assert loaded.unreadable is FileProblem.CANNOT_KEEP and loaded.corrupt_backup is None
    with pytest.raises(SettingsUnusable):
        settings_file.set("ui.theme", "dark")
    monkeypatch.undo()
    assert settings_file.path.read_bytes() == b"{oops"
    assert sorted(p.name for p in settings_file.path.parent.iterdir()) == [
        "settings.json",
        "settings.json.lock",
    ]


def test_a_byte_order_mark_is_accepted(settings_file: SettingsFile) -> None:
    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_bytes(b'\xef\xbb\xbf{"sound": {"volume": 33}}')
    loaded = settings_file.load()
    assert loaded.settings["sound.volume"] == 33
    assert (loaded.problems, loaded.corrupt_backup, loaded.unreadable) == ([], None, None)
    assert settings_file.path.exists()


def test_a_broken_group_is_replaced_by_the_value_set(settings_file: SettingsFile) -> None:
    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_text('{"ui": 5, "sound": {"volume": 70}}')
    settings_file.set("ui.theme", "dark")
    assert settings_file.load().settings["ui.theme"] == "dark"
    tree = json.loads(settings_file.path.read_text())
    assert tree["ui"]["theme"] == "dark" and tree["sound"]["volume"] == 70


def test_the_lock_file_is_private_whatever_the_umask(settings_file: SettingsFile) -> None:
    old = os.umask(0)
    try:
        settings_file.set("ui.theme", "dark")
    finally:
        os.umask(old)
    lock = settings_file.path.with_name("settings.json.lock")
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    assert stat.S_IMODE(settings_file.path.stat().st_mode) == 0o600


def _wide(spec: Spec) -> bool:
    """A number setting with room for five values in a row."""
    low, high = spec.limits()
    return high - low >= 4


_WRITER = """
import sys
from pathlib import Path
from pause_app.core.settings import SPECS
from pause_app.storage.settings_file import SettingsFile
path, key, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
low = SPECS[key].limits()[0]
sys.stdin.read()  # every writer waits here until all have started: then all at once
for value in range(low, low + rounds):
    SettingsFile(path).set(key, str(value))
"""


def run_at_once(
    commands: list[list[str]], folder: Path, meanwhile: Callable[[], None] = lambda: None
) -> None:
    """Start every command, then let them all go at once (each waits for its stdin to
    close), do ``meanwhile``; each command exits 0 within two minutes."""
    import subprocess

    started = []
    for number, command in enumerate(commands):
        errors = (folder / f"stderr-{number}.txt").open("wb")
        started.append(
            (
                subprocess.Popen(
                    command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors
                ),
                errors,
            )
        )
    for process, _ in started:
        assert process.stdin is not None
        process.stdin.close()
    meanwhile()
    for number, (process, errors) in enumerate(started):
        code = process.wait(timeout=120)
        errors.close()
        assert code == 0, (folder / f"stderr-{number}.txt").read_text()


def test_concurrent_writers_lose_no_change(settings_file: SettingsFile) -> None:
    """Twelve processes at once, each setting its own key five times: every last value is
    kept, and the value of a key nobody touched too (before: 16 of 60 lost)."""
    import sys

    from pause_app.core.settings import SPECS, Kind

    rounds = 5
    keys = [key for key, spec in SPECS.items() if spec.kind is Kind.INT and _wide(spec)][:12]
    assert len(keys) == 12
    settings_file.set("ui.theme", "dark")
    run_at_once(
        [
            [sys.executable, "-c", _WRITER, str(settings_file.path), key, str(rounds)]
            for key in keys
        ],
        settings_file.path.parent.parent,
    )
    loaded = settings_file.load(repair=False)
    assert loaded.unreadable is None
    wanted = {key: SPECS[key].limits()[0] + rounds - 1 for key in keys}
    assert {key: loaded.settings[key] for key in keys} == wanted
    assert loaded.settings["ui.theme"] == "dark"
