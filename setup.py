"""The one build step pyproject.toml cannot say: the translations are compiled in the build.

Everything else (metadata, packages, package data) lives in pyproject.toml. This file only
teaches setuptools' own commands to run Qt's ``lrelease`` on ``resources/translations/*.ts``:

- ``build_py`` (the wheel, ``pip install``, ``pipx install``) writes the ``.qm`` files into
  the build folder beside the other package data, so an installed Pause speaks Dutch
  without ``make``. In an editable install they go beside the ``.ts`` sources instead.
- ``sdist`` puts them into the source archive too, so a wheel built from the sdist has them
  even where no Qt tools are installed.

``lrelease`` comes from PySide6-Essentials, which ``[build-system] requires`` brings into the
isolated build environment; ``PAUSE_LRELEASE`` names another one. Without any, the build
stops with one line saying what is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist
from setuptools.errors import ExecError

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "resources" / "translations"
INSIDE_PACKAGE = Path("pause_app", "resources", "translations")


def _lrelease() -> list[str] | None:
    """The command that runs Qt's lrelease, or None when there is none."""
    named = os.environ.get("PAUSE_LRELEASE")
    if named:
        return [named]
    program = "lrelease.exe" if os.name == "nt" else "lrelease"
    try:
        import PySide6  # the build environment's, from [build-system] requires

        beside = Path(PySide6.__file__).parent / program
        if beside.exists():
            return [str(beside)]
        from PySide6.QtCore import QLibraryInfo  # a PySide6 built against a system Qt

        for kind in (QLibraryInfo.LibraryPath.BinariesPath,
                     QLibraryInfo.LibraryPath.LibraryExecutablesPath):  # fmt: skip
            tool = Path(QLibraryInfo.path(kind)) / program
            if tool.exists():
                return [str(tool)]
    except ImportError:
        pass
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease", "lrelease-qt6"):
        found = shutil.which(name, path=f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}")
        if found:
            return [found]
    return None


def compile_translations(target: Path) -> list[Path]:
    """Compile every ``.ts`` source into ``target``; the ``.qm`` files written."""
    sources = sorted(SOURCES.glob("*.ts"))
    if not sources:
        return []
    lrelease = _lrelease()
    if lrelease is None:
        shipped = [SOURCES / f"{ts.stem}.qm" for ts in sources]
        if all(qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime
               for qm, ts in zip(shipped, sources, strict=True)):  # fmt: skip
            # An sdist carries them compiled: copy, nothing to build.
            target.mkdir(parents=True, exist_ok=True)
            if target.resolve() != SOURCES.resolve():
                for qm in shipped:
                    shutil.copy2(qm, target / qm.name)
            return [target / qm.name for qm in shipped]
        raise ExecError(
            "Pause's translations cannot be compiled: Qt's lrelease was not found "
            "(install PySide6-Essentials, or set PAUSE_LRELEASE to an lrelease program)"
        )
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sources:
        qm = target / f"{ts.stem}.qm"
        try:
            done = subprocess.run(
                [*lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
            )
        except OSError as error:
            raise ExecError(f"lrelease ({lrelease[0]}) could not be started: {error}") from None
        if done.returncode != 0 or not qm.exists():
            reason = (done.stderr or done.stdout).strip().splitlines()
            raise ExecError(f"lrelease could not compile {ts.name}: {reason[-1] if reason else ''}")
        written.append(qm)
    return written


class BuildWithTranslations(build_py):
    """build_py, then the ``.qm`` files beside the package data it copied."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            compile_translations(SOURCES)  # an editable install reads the source folder
        else:
            self._compiled = compile_translations(Path(self.build_lib) / INSIDE_PACKAGE)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        compiled = [str(path) for path in getattr(self, "_compiled", [])]
        outputs = super().get_outputs(include_bytecode)
        return outputs + [path for path in compiled if path not in outputs]


class SdistWithTranslations(sdist):
    """The source archive carries the compiled translations as well as their sources."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        compile_translations(Path(base_dir) / "resources" / "translations")


setup(cmdclass={"build_py": BuildWithTranslations, "sdist": SdistWithTranslations})
