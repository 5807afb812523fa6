# Qiao — everything a fresh machine with Python >= 3.11 and make needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
HOST   ?= 127.0.0.1
PORT   ?= 8000
# Extra pytest arguments, e.g. `make unit PYTEST_ARGS='-m "not browser"'`.
PYTEST_ARGS ?=

.PHONY: demo test lint unit browser bench catalogs messages serve clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-* && touch $@

## Compile the zh-Hans and de catalogues (pure Python: no gettext tools needed).
catalogs: $(STAMP)
	for dir in $$(find src/qiao -type d -name locale); do $(BIN)/pybabel compile --statistics -D django -d $$dir || exit 1; done

## Extract new UI strings into the catalogues (needs GNU gettext, developers only).
messages: $(STAMP)
	cd src/qiao && ../../$(BIN)/qiao makemessages --no-obsolete -l zh_Hans -l de --ignore "engines/*" \
		--ignore "demo/summit20*.py" --ignore "demo/synthetic*"
	DJANGO_SETTINGS_MODULE=qiao.settings $(BIN)/qiao catalogues missing

## Install, migrate, load the demo summit, start the task worker and serve on :8000.
demo: catalogs
	mkdir -p var
	DEBUG=1 $(BIN)/qiao migrate --noinput
	DEBUG=1 $(BIN)/qiao loaddemo
	@echo "Qiao runs on http://$(HOST):$(PORT)/ (Ctrl-C stops the server and the worker)"
	DEBUG=1 $(BIN)/python -m qiao.serve --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

## The whole pytest suite; the browser journeys in it skip where there is no chromium.
unit: catalogs
	$(BIN)/pytest $(PYTEST_ARGS)

## Only the browser journeys (headless /usr/bin/chromium; axe-core from npm, installed if missing).
browser: catalogs
	@test -f tests/browser/node_modules/axe-core/axe.min.js || ! command -v npm >/dev/null \
		|| npm ci --prefix tests/browser --no-audit --no-fund
	$(BIN)/pytest tests/browser $(PYTEST_ARGS)

## Lint, type-check and run the whole suite (SQLite unless DATABASE_URL says otherwise).
test: lint unit

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) var
