# Two commands do all the setup on a fresh machine:
#   make demo   -> out/timeline.html (+ events.json, graph.json) from the bundled seed articles
#   make test   -> lint + the whole test suite (installs Debian chromium for the browser tests)
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup chromium demo test lint bench clean plotly-bundle

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian's Chromium drives the browser tests and static image export (never a downloaded browser).
chromium:
	@test -x /usr/bin/chromium || { \
	  echo "installing Debian chromium (needs root)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

demo: setup
	$(BIN)/timeline build examples -o out/timeline.html --events out/events.json --graph out/graph.json
	@echo "open out/timeline.html in a browser"

lint: setup
	$(BIN)/ruff check .

test: setup chromium lint
	$(BIN)/pytest

bench: setup chromium
	$(BIN)/python benchmarks/bench_tagger.py
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_render.py

# Rebuild the page's plotly.js (committed; needs Node.js and npm, see tools/plotly-bundle/README.md).
plotly-bundle:
	cd tools/plotly-bundle && npm install --no-audit --no-fund && node build.js

clean:
	rm -rf out .pytest_cache .ruff_cache .hypothesis
