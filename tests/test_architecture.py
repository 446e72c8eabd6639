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


ROOT = PACKAGE.parent
FEATURES = ("breathe", "checkin", "data", "goals", "progress", "reminders", "settings", "widgets")
LONGEST_MODULE = 450


def _lint_imports(config: Path) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("importlinter", reason="import-linter comes with the dev extra")
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command as c; c()",
            "--config",
            str(config),
            "--no-cache",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_the_import_contracts_hold() -> None:
    result = _lint_imports(ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_broken_contract_is_caught(tmp_path: Path) -> None:
    """The contracts are checked for real: upside-down layers must fail."""
    config = tmp_path / "upside-down.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "pause_app"\n\n'
        '[[tool.importlinter.contracts]]\nname = "upside down"\ntype = "layers"\n'
        'layers = ["pause_app.core", "pause_app.storage"]\n'
    )
    result = _lint_imports(config)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


def test_no_module_is_too_long_to_read() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text().splitlines())) > LONGEST_MODULE
    }
    assert long == {}


@pytest.mark.parametrize("feature", FEATURES)
def test_each_room_has_a_front_door(feature: str) -> None:
    """A short ``__init__.py`` that says what the room is and names what others use."""
    door = PACKAGE / "ui" / feature / "__init__.py"
    tree = ast.parse(door.read_text())
    doc = ast.get_docstring(tree)
    assert doc and len(doc) > 40
    exported = [
        node
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    ]
    assert exported, f"ui/{feature}/__init__.py names nothing with __all__"
