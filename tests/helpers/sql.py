"""The SQL a store runs while a test looks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pause_app.storage.store import Store


@contextmanager
def sql_run(store: Store) -> Iterator[list[str]]:
    """Each statement the store's connection runs inside the block, in order."""
    seen: list[str] = []
    store._connection.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        store._connection.set_trace_callback(None)
