"""core/ and storage/ never import Qt or pyqtgraph; ui/ never runs SQL."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pause_app"
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "numpy")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", ["core", "storage"])
def test_pure_layers_import_no_qt(layer: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(_imports(path) & set(FORBIDDEN))
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_imports_no_sqlite() -> None:
    assert [p.name for p in (PACKAGE / "core").rglob("*.py") if "sqlite3" in _imports(p)] == []


def test_ui_runs_no_sql() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if "storage" not in p.parts]
    assert [p.name for p in outside if "sqlite3" in _imports(p)] == []
    sql_calls = re.compile(r"\.(execute|executemany|executescript|_query)\(|\._connection\b")
    assert [p.name for p in outside if sql_calls.search(p.read_text())] == []


def test_importing_core_and_storage_loads_no_qt() -> None:
    modules = [
        f"pause_app.{p.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}"
        for layer in ("core", "storage")
        for p in (PACKAGE / layer).rglob("*.py")
        if p.name != "__init__.py"
    ]
    code = (
        f"import sys\nfor m in {modules!r}: __import__(m)\n"
        f"print(sorted(n for n in sys.modules if n.split('.')[0] in {FORBIDDEN!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_ast_check_would_catch_an_offender(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QTimer\nimport pyqtgraph as pg\n")
    assert _imports(sample) & set(FORBIDDEN) == {"PySide6", "pyqtgraph"}
