# polgraph — two entry points:
#   make run    set up, build the knowledge graph from data/ into the embedded store, serve it
#   make test   set up, run the whole test suite (what CI runs)

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo $$p && break; done)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= var/store
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run build test setup browser bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "polgraph needs Python 3.11 or newer on PATH" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

build: $(STAMP)
	$(BIN)/polgraph --store $(STORE) build

run: build
	$(BIN)/polgraph --store $(STORE) serve --host $(HOST) --port $(PORT)

# The browser tests drive Debian's Chromium; the script installs it where it may (root with
# apt-get) and otherwise says why those tests will be skipped.
browser:
	@bash scripts/ensure-browser.sh

test: $(STAMP) browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/store_load.py

clean:
	rm -rf $(VENV) var .pytest_cache .hypothesis
