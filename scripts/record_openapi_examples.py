"""Record real response examples for the OpenAPI description from the seed.

Loads the seed into a temporary SQLite database, calls every GET operation of the API with
the example values of its path parameters (lists with `limit=2`), trims every array to two
entries and every text over 400 characters, and writes app/openapi/examples.json,
which `app.openapi.description` puts in the description. Run it after changing the seed or a
response model:

    .venv/bin/python scripts/record_openapi_examples.py    (or: make openapi-examples)

tests/test_openapi.py checks that every recorded example still fits its response model.
"""

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "app" / "openapi" / "examples.json"
MAX_ITEMS = 2
MAX_TEXT = 400
BASE_URL = "http://127.0.0.1:8000"


def trim(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return value[:MAX_TEXT].rsplit(" ", 1)[0] + " [...]"
    if isinstance(value, list):
        return [trim(v) for v in value[:MAX_ITEMS]]
    if isinstance(value, dict):
        return {k: trim(v) for k, v in value.items()}
    return value


def collection_is_empty(client: Any, path: str) -> bool:
    """A keyed read (`/things/{key}`) of a collection that holds no record yet."""
    parent, _, last = path.rpartition("/")
    if not last.startswith("{"):
        return False
    listed = client.get(parent, params={"limit": 1})
    return bool(listed.status_code == 200 and listed.json().get("total") == 0)


def record(client: Any, spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each public GET operation's answer to its example request, trimmed."""
    examples: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        op = item.get("get")
        if op is None or op.get("security"):
            continue  # reads behind a key (audit, keys) keep schema-built examples
        url = path
        for param in op.get("parameters", []):
            if param["in"] == "path":
                url = url.replace("{" + param["name"] + "}", str(param["example"]))
        names = {p["name"] for p in op.get("parameters", [])}
        params: dict[str, Any] = {"limit": MAX_ITEMS} if "limit" in names else {}
        for param in op.get("parameters", []):
            if param["in"] == "query" and param.get("required"):
                params[param["name"]] = param.get("example", param["schema"]["examples"][0])
        response = client.get(url, params=params)
        if response.status_code == 404 and collection_is_empty(client, path):
            # e.g. /strengths/{slug} before research notes bring the first observation:
            # the schema-built example stays, and the next run records a real one.
            print(f"{op['operationId']}: no record to show yet, skipped", file=sys.stderr)
            continue
        if response.status_code != 200:
            raise SystemExit(f"{op['operationId']}: GET {url} answered {response.status_code}")
        examples[op["operationId"]] = {"200": trim(response.json())}
    return dict(sorted(examples.items()))  # answers keep their fields in model order


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'examples.db'}"
        sys.path.insert(0, str(ROOT))
        import logging

        from fastapi.testclient import TestClient

        from app.core.db import get_engine, get_sessionmaker
        from app.core.migrations import upgrade
        from app.main import create_app
        from app.seed.loader import load_seed

        logging.getLogger("httpx").setLevel(logging.WARNING)
        upgrade()
        with get_sessionmaker()() as session:
            load_seed(session)
            session.commit()
        app = create_app()
        with TestClient(app, base_url=BASE_URL) as client:
            examples = record(client, app.openapi())
        get_engine().dispose()
    OUT.write_text(json.dumps(examples, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(examples)} operations' examples written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
