# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make run    install, migrate, seed and serve on http://127.0.0.1:8000 (SQLite)
#   make test   install and run the whole test suite (SQLite and PostgreSQL), including the
#               end-to-end tests: Swagger UI and ReDoc in Debian's chromium, Spectral and a
#               generated client (apt-get install -y chromium chromium-driver nodejs npm)
#   make client regenerate the Python client package clients/python/ from the OpenAPI spec
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes: each gets databases of its own (tests/conftest.py), so they run side by side.
# --dist loadgroup hands out one test at a time in collection order, so the two schemathesis
# runs (sorted first in tests/conftest.py) start at once, one per process (docs/testing.md).
PYTEST_WORKERS ?= 2

SPECTRAL := tools/spectral/node_modules/.bin/spectral
AXE := tools/axe/node_modules/axe-core/axe.min.js

.PHONY: run test install lint typecheck check clean lint-openapi openapi-examples client

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
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory $(SPECTRAL) $(AXE); \
	else echo "npm not found: the Spectral and axe tests will skip (fail under CI=true)"; fi
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

# Spectral, pinned in tools/spectral (needs node and npm).
$(SPECTRAL): tools/spectral/package.json tools/spectral/package-lock.json
	cd tools/spectral && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# axe-core, pinned in tools/axe, for the pages' browser test (tests/e2e).
$(AXE): tools/axe/package.json tools/axe/package-lock.json
	cd tools/axe && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# Lint the OpenAPI description with Spectral (ruleset .spectral.yaml); docs/openapi.md.
lint-openapi: install $(SPECTRAL)
	mkdir -p artifacts
	$(BIN)/python -c 'import json; from app.main import app; print(json.dumps(app.openapi()))' > artifacts/openapi.json
	$(SPECTRAL) lint --ruleset .spectral.yaml --fail-severity error artifacts/openapi.json

# Rerecord the response examples of the OpenAPI description from the seed.
openapi-examples: install
	$(BIN)/python scripts/record_openapi_examples.py

# Regenerate the Python client package clients/python/ from app.openapi() (docs/client.md).
client: install
	$(BIN)/python scripts/generate_client.py

check: lint typecheck test

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
