"""The committed client package, built as a wheel and installed into a clean virtualenv, runs
its README's example against a real `coalition-kb serve`.

The package (clients/python/, a copy so the build leaves nothing in the work tree) is built
with `pip wheel`; a new virtualenv (`python -m venv`, nothing of this project in it) installs
the wheel with its dependencies at the pins of requirements-dev.lock; the example, cut from
the README's python block, runs there as a script with one change only: the README's address
(`make run`'s) becomes the test server's. Its output must be the server's own figures.
tests/test_client_package.py checks that the committed package is current with the spec.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import LiveServer

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "clients" / "python"
README_ADDRESS = "http://127.0.0.1:8000"


def run(args: list[str], cwd: Path, timeout: float = 300) -> str:
    # Nothing of this project's environment: no PYTHONPATH, no virtualenv of the tests.
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    result = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def readme_example() -> str:
    readme = (PACKAGE_DIR / "README.md").read_text(encoding="utf-8")
    return readme.split("```python\n", 1)[1].split("```", 1)[0]


def test_wheel_in_a_clean_venv_runs_the_readme_example(
    live_server: LiveServer, tmp_path: Path
) -> None:
    source = tmp_path / "src"
    shutil.copytree(PACKAGE_DIR, source, ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(dist), str(source)], tmp_path)
    wheels = list(dist.glob("coalition_kb_client-*-py3-none-any.whl"))
    assert len(wheels) == 1, list(dist.iterdir())
    with zipfile.ZipFile(wheels[0]) as whl:
        names = whl.namelist()
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        # The wheel carries the README (its long description) with the example in it.
        assert readme_example() in whl.read(metadata).decode()
    assert "coalition_kb_client/py.typed" in names
    assert "coalition_kb_client/api/stats/strength_stats.py" in names

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    python = str(venv / "bin" / "python")
    lock = str(ROOT / "requirements-dev.lock")
    run([python, "-m", "pip", "install", "--quiet", "-c", lock, str(wheels[0])], tmp_path, 600)
    where = run(
        [python, "-c", "import coalition_kb_client; print(coalition_kb_client.__file__)"], tmp_path
    )
    assert Path(where.strip()).is_relative_to(venv), where
    # The clean venv has the client and its dependencies, not the service.
    assert (
        "No module named 'app'"
        in subprocess.run(
            [python, "-c", "import app"], cwd=tmp_path, capture_output=True, text=True, check=False
        ).stderr
    )

    example = readme_example()
    assert example.count(README_ADDRESS) == 1, example
    script = tmp_path / "example.py"
    script.write_text(example.replace(README_ADDRESS, live_server.base_url), encoding="utf-8")
    printed = run([python, str(script)], tmp_path, timeout=120).splitlines()

    expected = (
        httpx.get(f"{live_server.base_url}/api/v1/stats/strength", params={"mission": "mnf-i"})
        .raise_for_status()
        .json()["items"]
    )
    assert expected, "the seed has MNF-I strength figures"
    assert printed == [f"{r['period']} {r['label']} {r['personnel']}" for r in expected]
