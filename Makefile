# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make run    install, migrate, seed and serve on http://127.0.0.1:8000 (SQLite)
#   make test   install and run the whole test suite (SQLite and PostgreSQL)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint typecheck check clean

$(BIN)/coalition-kb: pyproject.toml requirements-dev.lock
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements-dev.lock -e '.[dev]'
	touch $@

install: $(BIN)/coalition-kb

run: install
	$(BIN)/coalition-kb serve --host $(HOST) --port $(PORT)

test: install
	./scripts/ensure-postgres
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

check: lint typecheck test

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
