# Pause: `make run` and `make test` are all a fresh machine needs (Python 3.11+).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
TS     := resources/translations/pause_nl.ts
# English is the source language; its catalogue only holds plural forms ("1 day", "2 days").
TS_EN  := resources/translations/pause_en.ts
QM     := $(TS:.ts=.qm) $(TS_EN:.ts=.qm)
SOURCES := $(shell find pause_app -name '*.py' | sort)
SCREENSHOTS ?= screenshots

export PYTHONDONTWRITEBYTECODE = 1

# The one version, for the archive's name (pyproject.toml reads it from the same line).
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' pause_app/__init__.py)
ARCHIVE := dist/pause-app-$(VERSION)-linux-$(shell uname -m).tar.gz
PYINSTALLER ?= pyinstaller==6.22.3

.PHONY: run test e2e lint bench screenshots translations check-packaging clean
.PHONY: bundle install-desktop uninstall-desktop dist

run: $(VENV)/.installed-app $(QM)
	$(BIN)/python -m pause_app $(ARGS)

# The quick suite; the few tests that wait real minutes (a reminder interval, a bundle
# build) are marked slow and run by `make e2e`. .ci/run runs both. Two workers (pytest-xdist)
# halve the wall time on two cores; `make test JOBS=0` runs in one process, for a debugger.
JOBS ?= 2
test: $(VENV)/.installed-dev $(QM)
	$(BIN)/python -m pytest -m "not slow" -n $(JOBS) $(PYTEST_ARGS)

e2e: $(VENV)/.installed-dev $(VENV)/.installed-bundler $(QM)
	$(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check pause_app tests
	$(BIN)/ruff format --check pause_app tests
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# Frescobaldi's habit: the desktop entry and the AppStream metadata are validated, not hoped for.
check-packaging:
	desktop-file-validate packaging/org.pauseapp.Pause.desktop
	appstreamcli validate --no-net --explain packaging/org.pauseapp.Pause.metainfo.xml
	$(PYTHON) -m json.tool packaging/org.pauseapp.Pause.json > /dev/null
	sh -n packaging/install.sh
	sh -n packaging/uninstall.sh

# A one-folder bundle that runs without Python: dist/pause-app/pause-app (docs/PACKAGING.md).
bundle: $(VENV)/.installed-bundler $(QM)
	rm -rf dist/pause-app
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/pause-app.spec
	@du -sh dist/pause-app

# Into ~/.local: the program, a pause-app command, the menu entry, the icon, the metainfo.
install-desktop: bundle
	dist/pause-app/install.sh

# Removes exactly what install-desktop put there; the user's data stays.
uninstall-desktop:
	sh packaging/install.sh --uninstall

# What a person downloads: the bundle, the install script, the licence, a README for people.
dist: bundle
	rm -rf build/archive && mkdir -p build/archive
	cp -a dist/pause-app build/archive/pause-app-$(VERSION)
	cp packaging/README.txt LICENSE CHANGELOG.md build/archive/pause-app-$(VERSION)/
	tar -C build/archive --owner=0 --group=0 --sort=name -czf $(ARCHIVE) pause-app-$(VERSION)
	@ls -l $(ARCHIVE)

# Each benchmark in tests/perf/, then bench_targets.py last: the issue's table of figures,
# each with its baseline from the same run (it runs bench_pages.py and a soak of
# SOAK_MINUTES, 10 by default; the full hour: SOAK_MINUTES=60).
bench: $(VENV)/.installed-dev $(QM)
	@set -e; for bench in tests/perf/bench_*.py; do case $$bench in \
	  */bench_targets.py|*/bench_pages.py|*/bench_soak.py) ;; \
	  *) $(BIN)/python $$bench ;; esac; done
	$(BIN)/python tests/perf/bench_targets.py

screenshots: $(VENV)/.installed-app $(QM)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pause_app.ui.demo screenshots $(SCREENSHOTS)
	@echo "Screenshots are in $(SCREENSHOTS)/"

# Extract the strings from the code into the .ts source, then compile it.
translations: $(VENV)/.installed-app
	$(BIN)/pyside6-lupdate $(SOURCES) -ts $(TS) -target-language nl_NL -no-obsolete -locations none
	$(BIN)/pyside6-lupdate $(SOURCES) -ts $(TS_EN) -target-language en_GB -pluralonly -no-obsolete -locations none
	$(BIN)/pyside6-lrelease $(TS) $(TS_EN)

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed-app
	$(BIN)/pyside6-lrelease $< -qm $@

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Pause needs Python 3.11 or newer; this is " + sys.version.split()[0] + ". Set PYTHON=python3.12 (for example).")'
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project metadata changed (the install is editable).
$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-bundler: | $(VENV)/.installed-app
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "$(PYINSTALLER)"
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'
	touch $(VENV)/.installed-app $@

clean:
	rm -rf $(VENV) $(QM) $(SCREENSHOTS) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
