"""Pause against the bare PySide6 programs, on a real (virtual) display, in one run.

    make bench        (or: .venv/bin/python tests/perf/bench_targets.py)

Everything runs under Xvfb with a private D-Bus session, a notification service and a
tray host (tests/e2e/desktop_session.py), the way a person's desktop runs Pause. Each
figure is the median of RUNS runs and comes with its baseline from the same run
(tests/perf/baselines.py), the runs of the two taken in turns, so a slow or busy machine
moves both:

- start to the tray icon: ``--minimized`` against the bare tray program;
- start to the window: Pause's window against the bare program with its window shown;
  both as every start but the first, in a data folder Pause has opened before (the first
  start of all, which makes the folder and the database, has a row of its own), and the
  way a window opens most days: the launcher, clicked while Pause runs in the tray (a
  second start hands over, cli.main, and the running Pause builds and shows its window);
- memory: PSS (shared pages split fairly) after SETTLE_SECONDS in the tray;
- the breathing guide: CPU-seconds per minute of Pause and of the X server, against a bare
  QPainter circle at the same frame rate, window and screen. Pause chooses its frame rate
  as it goes (ui/breathe/exercise_view.py: at most 1000/FRAME_MS a second, fewer while the
  circle moves slowly or holds), and says how many frames it drew (``-v``); the bare circle
  runs at the rate Pause drew at in the run before it, and again at the most Pause ever
  draws (1000/FRAME_MS).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.e2e.desktop_session import Desktop, desktop_session
from tests.perf.baselines import BARE_CIRCLE, BARE_TRAY

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
SETTLE_SECONDS = 10.0  # the "PSS in the tray after 10 s"
SETTLE_LAUNCHER = 2.0  # a start in the tray builds the rest just after its icon shows
BREATHING_SECONDS = 20.0
SOAK_MINUTES = float(os.environ.get("SOAK_MINUTES", "10"))  # make bench: 10; the issue: 60
READY = ("Pause is running", "bare program is running")


def pss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no Pss line")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Started:
    process: subprocess.Popen[str]
    ms: float

    def stop(self) -> str:
        """Stop it; what it said on stderr after starting."""
        self.process.terminate()
        said = ""
        try:
            if self.process.stderr is not None:
                said = self.process.stderr.read()
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        if self.process.stderr is not None:
            self.process.stderr.close()
        return said


def start(argv: list[str], env: dict[str, str]) -> Started:
    """Start a program; it counts as started when it says so on stderr."""
    begin = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    for line in process.stderr:
        if any(word in line for word in READY):
            return Started(process, (time.perf_counter() - begin) * 1000)
    raise RuntimeError(f"{argv} ended without starting")


def pause_home(folder: Path, name: str) -> Path:
    home = folder / name
    home.mkdir()
    settings = {"version": 1, "ui": {"welcomed": True}}
    (home / "settings.json").write_text(json.dumps(settings))
    return home


def in_turns(*measures: Callable[[int], float]) -> list[float]:
    """The median of RUNS runs of each measure, taken in turns (the first run of each, then
    the second of each, ...): a machine that is slower for a while slows a program and its
    baseline alike, rather than all the runs of one of them."""
    values: list[list[float]] = [[] for _ in measures]
    for run in range(RUNS):
        for taken, measure in zip(values, measures, strict=True):
            taken.append(measure(run))
    return [statistics.median(taken) for taken in values]


def xvfb_pid(desktop: Desktop) -> int:
    return desktop.processes[0].pid  # the first process of a session is its Xvfb


def most_fps() -> float:
    """The most frames a second Pause's guide ever draws."""
    from pause_app.ui.breathe.exercise_view import ExerciseView

    return 1000 / ExerciseView.FRAME_MS


FRAMES_SAID = re.compile(r"the guide drew (\d+) frames in ([\d.]+) s")


def main() -> int:
    python = sys.executable
    rows: list[tuple[str, float, float | None, str]] = []
    with (
        tempfile.TemporaryDirectory(prefix="pause-bench-targets-") as name,
        desktop_session(Path(name) / "desktop") as desktop,
    ):
        folder = Path(name)
        env = dict(desktop.env)
        # An installed Pause runs from compiled bytecode (pip compiles it, the bundle
        # carries it); `make` sets PYTHONDONTWRITEBYTECODE for a clean tree, which would
        # compile every changed module at every start. The bytecode goes to a folder of
        # this run's own.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        homes = iter(range(10_000))
        # Warm the file cache and the bytecode with one start of each program, unmeasured,
        # so the first program measured is not the slow one.
        for number, warm in enumerate(
            ([python, "-c", BARE_TRAY], [python, "-m", "pause_app", "-v"])
        ):
            home = str(pause_home(folder, f"warm-{number}"))
            start(warm, {**env, "PAUSE_APP_HOME": home}).stop()

        def pause_env() -> dict[str, str]:
            return {**env, "PAUSE_APP_HOME": str(pause_home(folder, f"home-{next(homes)}"))}

        # Every start but the first finds its data folder made and its database there; the
        # first start of all makes them (the tables, a few writes to disk). The starts are
        # timed as they happen every day, in a folder Pause has opened before; the first
        # start has a row of its own.
        used: dict[str, dict[str, str]] = {}

        def used_env(name: str) -> dict[str, str]:
            if name not in used:
                used[name] = {**env, "PAUSE_APP_HOME": str(pause_home(folder, name))}
                start([python, "-m", "pause_app", "-v"], used[name]).stop()
            return used[name]

        def start_ms(argv: list[str], pause: str | None) -> Callable[[int], float]:
            """``pause``: the data folder, "new" for a new one at each start."""

            def one(_run: int) -> float:
                if pause is None:
                    started = start(argv, env)
                else:
                    started = start(argv, pause_env() if pause == "new" else used_env(pause))
                started.stop()
                return started.ms

            return one

        def launcher_ms(argv: list[str]) -> Callable[[int], float]:
            """The launcher clicked while Pause sits in the tray: from the second start to
            the running Pause's window shown (the second start hands over and ends)."""

            def one(_run: int) -> float:
                home = used_env("used-launcher")
                running = start([*argv, "--minimized"], home)
                time.sleep(SETTLE_LAUNCHER)  # a benchmark: the rest of its start is done
                begin = time.perf_counter()
                second = subprocess.Popen(argv, env=home, stdout=subprocess.DEVNULL)
                assert running.process.stderr is not None
                # Should the window never show, the running Pause is stopped: no endless wait.
                watchdog = threading.Timer(30, running.process.kill)
                watchdog.start()
                shown = None
                for line in running.process.stderr:
                    if line.rstrip().endswith(READY[0]):  # not "... in the tray"
                        shown = (time.perf_counter() - begin) * 1000
                        break
                watchdog.cancel()
                second.wait(10)
                running.stop()
                if shown is None:
                    raise RuntimeError("the launcher's start showed no window")
                return shown

            return one

        pause_argv = [python, "-m", "pause_app", "-v"]
        tray, pause_tray, window, pause_window, first_window, launcher = in_turns(
            start_ms([python, "-c", BARE_TRAY], None),
            start_ms([*pause_argv, "--minimized"], "used-tray"),
            start_ms([python, "-c", BARE_TRAY, "--window"], None),
            start_ms(pause_argv, "used-window"),
            start_ms(pause_argv, "new"),
            launcher_ms(pause_argv),
        )
        rows.append(("start to the tray icon (ms)", pause_tray, tray, "≤ 1.5x"))
        rows.append(("start to the window (ms)", pause_window, window, "≤ 2x"))
        rows.append(("  the first start of all, a new data folder", first_window, window, "once"))
        rows.append(("  from the launcher, Pause in the tray", launcher, window, "≤ 2x"))

        def memory(argv: list[str], pause: bool) -> Callable[[int], float]:
            def one(_run: int) -> float:
                started = start(argv, used_env("used-tray") if pause else env)
                time.sleep(SETTLE_SECONDS)  # a benchmark: it lets the program settle
                pss = pss_mib(started.process.pid)
                started.stop()
                return pss

            return one

        bare_pss, pause_pss = in_turns(
            memory([python, "-c", BARE_TRAY], pause=False),
            memory([*pause_argv, "--minimized"], pause=True),
        )
        rows.append(("memory in the tray after 10 s, PSS (MiB)", pause_pss, bare_pss, "≤ 1.3x"))

        x_server = xvfb_pid(desktop)
        rates: list[float] = []

        def breathing(
            argv: list[str] | Callable[[], list[str]], pause: bool
        ) -> Callable[[int], float]:
            def one(_run: int) -> float:
                started = start(
                    argv if isinstance(argv, list) else argv(), pause_env() if pause else env
                )
                time.sleep(2.0)  # past the start, into the breathing
                app0, x0 = cpu_seconds(started.process.pid), cpu_seconds(x_server)
                time.sleep(BREATHING_SECONDS)  # a benchmark: it watches the guide breathe
                used = cpu_seconds(started.process.pid) - app0 + cpu_seconds(x_server) - x0
                said = FRAMES_SAID.search(started.stop())
                if pause and said is not None:
                    rates.append(int(said.group(1)) / float(said.group(2)))
                return used * 60 / BREATHING_SECONDS

            return one

        def circle_at_pauses_rate() -> list[str]:
            """The bare circle at the rate Pause drew at in the run just before it."""
            return [python, "-c", BARE_CIRCLE, f"{rates[-1] if rates else most_fps():.2f}"]

        most = most_fps()
        guide, circle, circle_most = in_turns(
            breathing([*pause_argv, "breathe", "--pattern", "calm", "--minutes", "5"], pause=True),
            breathing(circle_at_pauses_rate, pause=False),
            breathing([python, "-c", BARE_CIRCLE, f"{most:.2f}"], pause=False),
        )
        fps = statistics.median(rates) if rates else most
        rows.append((f"breathing guide ({fps:.1f} fps), CPU-s/min app + X", guide, circle, "≤ 1x"))
        rows.append((f"  the same, against a circle at {most:.0f} fps", guide, circle_most, "≤ 1x"))

    from tests.perf import bench_pages  # in this process, offscreen: no display needed

    rows += bench_pages.run()
    if SOAK_MINUTES > 0:
        from tests.perf.bench_soak import soak

        rss, objects, reminders = soak(SOAK_MINUTES, say=False)
        label = f"soak: {SOAK_MINUTES:g} min in the tray, {reminders} reminders"
        rows.append((f"{label}: RSS growth (MiB)", rss, None, "≤ 2 MiB"))
        rows.append(("  live QObjects growth", objects, None, "0"))
    print_table(rows)
    return 0


def print_table(rows: list[tuple[str, float, float | None, str]]) -> None:
    """A Markdown table, as README's performance section shows it."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "",
    )
    print(
        f"\n{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores ({cpu}), Xvfb + tray host; "
        f"medians of {RUNS} runs, each baseline from the same run\n"
    )
    print("| measure | Pause | baseline | ratio | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    for label, value, baseline, target in rows:
        base = _figure(baseline) if baseline is not None else "—"
        ratio = f"{value / baseline:.2f}x" if baseline else "—"
        print(f"| {label.strip()} | {_figure(value)} | {base} | {ratio} | {target} |")


def _figure(value: float) -> str:
    """Small figures (CPU-seconds a minute) with two decimals: with one, 1.7 beside 1.7
    read as a tie whatever the ratio said."""
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"


if __name__ == "__main__":
    sys.exit(main())
