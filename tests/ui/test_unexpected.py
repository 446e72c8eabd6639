"""An error nobody caught in the window becomes one calm notice, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pause_app.storage.database import DatabaseReadOnly
from pause_app.ui import unexpected


def _raise(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


@pytest.fixture
def said(caplog: pytest.LogCaptureFixture):
    notices: list[str] = []
    previous = unexpected.install(notices.append)
    yield notices
    sys.excepthook = previous


def test_an_uncaught_error_is_one_notice_and_a_log_entry(said, caplog, capsys) -> None:
    _raise(ZeroDivisionError("division by zero"))
    _raise(ZeroDivisionError("division by zero"))  # the same again: said once
    assert len(said) == 1 and "What was saved before is safe" in said[0]
    assert "Traceback" not in capsys.readouterr().err
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_a_full_disk_says_why(said) -> None:
    _raise(OSError(28, "No space left on device"))
    assert said == [
        "Pause could not finish that: No space left on device. What was saved before is safe."
    ]


def test_the_database_speaks_in_its_own_words(said, tmp_path: Path) -> None:
    _raise(DatabaseReadOnly(tmp_path / "pause.sqlite3", "read-only"))
    assert len(said) == 1 and "read-only" in said[0]
