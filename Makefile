# Two entry points: `make run` (web chat on the bundled announcements) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test lint venv browser postgres bench

venv: $(VENV)/.installed

# CPU torch first, so no dependency pulls a CUDA build.
$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e ".[test,postgres]"
	touch $@

run: venv
	$(BIN)/grantbot ingest --sample
	$(BIN)/grantbot serve

# The browser tests drive Debian's chromium (never a downloaded build) and inject axe-core from npm.
browser: node_modules/axe-core/axe.min.js
	@test -x /usr/bin/chromium || { apt-get update && apt-get install -y chromium; }

# The PostgreSQL tests start their own throwaway server from Debian's postgresql package.
postgres:
	@ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || { apt-get update && apt-get install -y postgresql; }

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# ruff, then the architecture: the import contracts in pyproject.toml ([tool.importlinter]).
lint: venv
	$(BIN)/ruff check .
	PYTHONPATH=. $(BIN)/lint-imports

# Reports its own time and the slowest tests, so a slower suite is seen when it happens. Two workers
# (pytest-xdist) take whole files, so a file's module fixtures are built once, in the order collected
# (xdist's default order, most tests first, leaves slow one-test files for last); the sample is embedded
# once for both (tests/homes.py). `pytest` alone runs in one process.
test: venv lint browser postgres
	@start=$$(date +%s); $(BIN)/python -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder --durations=10; \
	status=$$?; \
	echo "make test: pytest took $$(( $$(date +%s) - start )) s"; exit $$status

bench: venv
	$(BIN)/python benchmarks/bench_answer.py
