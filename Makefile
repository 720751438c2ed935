# Two entry points for a fresh Debian/Ubuntu machine: `make run` and `make test`. Everything else is a helper.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := python3-venv make fonts-noto-cjk libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 \
	libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 xvfb xauth poppler-utils appstream

.PHONY: run test lint system-deps venv screenshot package clean

system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

run: system-deps venv
	$(BIN)/reader-app resources/wechat-registration.txt

lint: venv
	$(BIN)/ruff check reader_app tests benchmarks packaging
	$(BIN)/mypy
	$(BIN)/lint-imports --no-logo

# Every test, with CTranslate2's portable back-end (no MKL, no SIMD); then the tests that translate (marked
# `translates` by tests/tiny_model.py) again with Intel MKL, so no test depends on the CPU or GEMM back-end.
test: system-deps venv lint
	QT_QPA_PLATFORM=offscreen CT2_USE_MKL=0 CT2_FORCE_CPU_ISA=GENERIC $(BIN)/pytest -q
	QT_QPA_PLATFORM=offscreen CT2_USE_MKL=1 $(BIN)/pytest -q -m translates

screenshot: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/reader-app --screenshot docs/screenshot.png resources/wechat-registration.txt

package: venv
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/reader-app.spec
	@du -sh dist/reader-app
	QT_QPA_PLATFORM=offscreen dist/reader-app/reader-app --screenshot build/bundle-screenshot.png resources/wechat-registration.txt
	@echo "bundle: dist/reader-app (run dist/reader-app/reader-app); screenshot: build/bundle-screenshot.png"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
