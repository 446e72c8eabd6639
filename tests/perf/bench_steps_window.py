"""File ▸ Import steps… on a big Apple Health export: does the window stay responsive?

    make bench        (or: .venv/bin/python tests/perf/bench_steps_window.py [RECORDS])

A generated export.xml (300,000 half-hourly step records by default) read the way the window
reads it: StepsImport's worker thread, the 50 ms collecting timer, the preview, the write.
Meanwhile a 10 ms timer runs in the window's thread; the longest gap between two of its
ticks is how long the window could not repaint or answer a key. Also: the time to the
preview, how soon Cancel stops a read, and the write (one transaction, in the window's
thread). Aims: the longest gap under 200 ms; Cancel within half a second.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

RECORDS = 300_000
AIM_GAP_MS = 200.0
AIM_CANCEL_S = 0.5


def main(records: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from pause_app.core.model import Moment, NewActivity
    from pause_app.storage.store import Store
    from pause_app.ui.data.steps_dialog import StepsInto, StepsPreviewDialog
    from pause_app.ui.data.steps_import import StepsImport
    from tests.storage.steps.make_fixtures import ZONE, apple_health_big

    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="pause-bench-") as name:
        folder = Path(name)
        export = folder / "export.xml"
        apple_health_big(export, records)
        now = datetime(2026, 3, 15, 12, tzinfo=ZONE)
        store = Store.open(folder / "pause.sqlite3", now)
        walk = store.activities.add(
            NewActivity("Walking", "steps", 2000, started_on=date(2010, 1, 1)),
            Moment.from_aware(now),
        )
        window = QWidget()
        flow = StepsImport(store, lambda: Moment.from_aware(now), window, zone=ZONE)
        ticks: list[float] = []
        ticker = QTimer()
        ticker.setInterval(10)
        ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
        ticker.start()
        seen: dict[str, float] = {}
        write = [False]

        def ask(cls, plan, into, file_name, parent):  # type: ignore[no-untyped-def]
            seen["preview"] = time.perf_counter()
            return write[0]

        StepsPreviewDialog.ask = classmethod(ask)  # type: ignore[method-assign,assignment]

        def run(cancel_after_ms: int | None = None) -> tuple[float, float]:
            ticks.clear()
            loop = QEventLoop()
            flow.read_done.connect(loop.quit)
            began = time.perf_counter()
            flow.read(str(export), StepsInto(walk))
            if cancel_after_ms is not None:

                def cancel() -> None:
                    seen["cancel"] = time.perf_counter()
                    flow.cancel()

                QTimer.singleShot(cancel_after_ms, cancel)
            loop.exec()
            flow.read_done.disconnect(loop.quit)
            gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
            return began, max(gaps, default=0.0) * 1000

        began, gap = run()
        preview = seen["preview"] - began
        _began, cancel_gap = run(cancel_after_ms=1000)
        cancelled = time.perf_counter() - seen["cancel"]
        write[0] = True
        run()
        written = time.perf_counter() - seen["preview"]
        days = len(store.attempts.for_activity(walk.id))
        store.close()
        window.deleteLater()
        del app
    print(f"Import steps in the window, {records:,} Apple Health records:")
    print(f"  to the preview:                 {preview:6.1f} s")
    print(f"  longest the window waited:      {gap:6.0f} ms  (aim: under {AIM_GAP_MS:.0f} ms)")
    print(f"  Cancel stopped the read after:  {cancelled:6.2f} s   (aim: {AIM_CANCEL_S} s)")
    print(f"  the write, one transaction:     {written:6.2f} s   ({days} days)")
    print(f"  longest wait while cancelling:  {cancel_gap:6.0f} ms")
    return 0 if gap < AIM_GAP_MS and cancelled < AIM_CANCEL_S else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else RECORDS))
