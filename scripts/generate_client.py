"""Generate the Python client package in clients/python/ from the service's OpenAPI description.

The description comes from `app.openapi()` (no server needed); the generator is the pinned
openapi-python-client of requirements-dev.lock, run with clients/generator/config.yaml and
the templates in clients/generator/templates/ (the package's README). It formats its output
with the pinned ruff of the same virtualenv, so the result depends only on the description
and the pins. The package is written to a temporary directory first and then replaces the
target whole, so no file of an operation or model that no longer exists stays behind.

    .venv/bin/python scripts/generate_client.py            (or: make client)
    .venv/bin/python scripts/generate_client.py OUT_DIR    (tests/test_client_package.py)

docs/client.md tells why the package is committed and how it is checked.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "clients" / "python"
GENERATOR = ROOT / "clients" / "generator"
BIN = Path(sys.executable).parent


def openapi_document() -> str:
    sys.path.insert(0, str(ROOT))
    from app.main import app

    return json.dumps(app.openapi(), indent=2, sort_keys=True)


def generate(target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "openapi.json"
        spec.write_text(openapi_document(), encoding="utf-8")
        out = Path(tmp) / "out"
        result = subprocess.run(  # noqa: S603 - the pinned generator of this virtualenv
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--meta",
                "setup",
                "--config",
                str(GENERATOR / "config.yaml"),
                "--custom-template-path",
                str(GENERATOR / "templates"),
                "--output-path",
                str(out),
                "--fail-on-warning",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            # The post hooks call `ruff`: the pinned one, from this virtualenv.
            env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"},
            cwd=tmp,
            check=False,
        )
        output = result.stdout + result.stderr
        if result.returncode != 0 or "Warning" in output:
            sys.exit(f"openapi-python-client failed:\n{output}")
        # The post hooks' ruff leaves its cache; it is no part of the package.
        shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(out, target)


def main() -> None:
    target = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else TARGET
    generate(target)
    print(f"generated {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")


if __name__ == "__main__":
    main()
