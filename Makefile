# One entry point for people and CI. `make run` sets everything up and starts the app; `make test` sets
# everything up and runs every check. Both work on a fresh Debian/Ubuntu machine (system libraries are
# installed with apt-get when running as root, or the exact command is printed otherwise).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Qt's runtime needs (platform-notes.md): offscreen libraries, then what a real X window and the tests use.
SYSTEM_PACKAGES := libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libx11-6 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 \
	libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core
# binutils and libpython3.X: PyInstaller's objdump and the shared Python library it bundles (the bundle test; on a
# fresh Debian 12 neither comes with python3); faketime: the suite runs again at another date; openbox: the
# end-to-end run has a window manager, as a person's desktop does.
PYTHON_VERSION = $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])')
TEST_SYSTEM_PACKAGES = xvfb xauth xdotool poppler-utils desktop-file-utils appstream imagemagick at-spi2-core \
	dbus python3-pyatspi binutils libpython$(PYTHON_VERSION) faketime openbox

.PHONY: run test setup system-deps test-system-deps translations lint typecheck pytest pytest-another-day bench bundle clean

run: setup
	$(BIN)/parcours $(ARGS)

test: setup test-system-deps lint typecheck pytest pytest-another-day

setup: system-deps $(STAMP) translations

system-deps:
	@sh packaging/linux/ensure-system-packages.sh $(SYSTEM_PACKAGES)

test-system-deps:
	@sh packaging/linux/ensure-system-packages.sh $(TEST_SYSTEM_PACKAGES)

$(STAMP): pyproject.toml
	@sh packaging/linux/ensure-venv.sh $(PYTHON)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python -m parcours_app.i18n_build

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# A cheap guard against a test that reads the real clock (issue 13): the fast tests once more on a leap day more
# than a year ahead of any date this was written on. The whole suite was run this way too (docs/CONTRIBUTING.md).
ANOTHER_DAY ?= 2028-02-29 12:00:00
pytest-another-day: $(STAMP)
	QT_QPA_PLATFORM=offscreen faketime '$(ANOTHER_DAY)' $(BIN)/python -m pytest -q -p no:cacheprovider \
		-m "not slow and not xvfb" tests/core tests/export tests/cli tests/test_one_clock.py

bench: setup
	$(BIN)/python benchmarks/run.py

# The Linux one-folder bundle (PyInstaller) and a tarball with a per-user install script, in dist/.
bundle: setup
	sh packaging/linux/build-bundle.sh $(BIN)/python

clean:
	rm -rf $(VENV) build dist
