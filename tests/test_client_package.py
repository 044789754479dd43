"""The committed client package (clients/python/) is what `make client` makes of today's spec.

scripts/generate_client.py regenerates it from `app.openapi()` with the pinned
openapi-python-client into a temporary directory; every file must be byte for byte the one
committed, and no file may be missing or extra. When this fails, run `make client` and commit
the result (docs/client.md). No database and no server: the description alone.
"""

import filecmp
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "clients" / "python"
# What building, importing or checking the package leaves beside it (all ignored by git).
LEFTOVERS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", "build", "dist"}


def files(root: Path) -> dict[str, Path]:
    return {
        path.relative_to(root).as_posix(): path
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not LEFTOVERS.intersection(path.relative_to(root).parts)
        and not any(part.endswith(".egg-info") for part in path.relative_to(root).parts)
    }


def test_committed_client_matches_the_spec(tmp_path: Path) -> None:
    fresh = tmp_path / "python"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_client.py"), str(fresh)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    committed, generated = files(COMMITTED), files(fresh)
    missing = sorted(generated.keys() - committed.keys())
    extra = sorted(committed.keys() - generated.keys())
    changed = sorted(
        name
        for name in committed.keys() & generated.keys()
        if not filecmp.cmp(committed[name], generated[name], shallow=False)
    )
    assert not (missing or extra or changed), (
        "clients/python/ is stale against the OpenAPI description; run `make client` and "
        f"commit it.\nnot committed: {missing}\nno longer generated: {extra}\nchanged: {changed}"
    )


def test_committed_client_type_checks(tmp_path: Path) -> None:
    """It ships py.typed: a user's `mypy --strict` must find nothing in it."""
    cache = str(tmp_path / "mypy-cache")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache, "coalition_kb_client"],
        cwd=COMMITTED,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_example_uses_the_package() -> None:
    """The README's example imports what the package has (the e2e test runs it)."""
    readme = (COMMITTED / "README.md").read_text(encoding="utf-8")
    example = readme.split("```python\n", 1)[1].split("```", 1)[0]
    assert len([line for line in example.splitlines() if line.strip()]) == 5
    assert 'base_url="http://127.0.0.1:8000"' in example
    assert (COMMITTED / "coalition_kb_client" / "api" / "stats" / "strength_stats.py").is_file()


def test_service_readme_shows_the_same_example() -> None:
    """README.md's Python client section runs what the tested package README runs."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python client\n", 1)[1].split("\n## ", 1)[0]
    shown = section.split("```python\n", 1)[1].split("```", 1)[0]
    package = (COMMITTED / "README.md").read_text(encoding="utf-8")
    assert shown == package.split("```python\n", 1)[1].split("```", 1)[0]
