"""A Python client generated from the live OpenAPI description works, unmodified.

openapi-python-client (a dev dependency) generates a package from `/openapi.json` of the
running service into a temporary directory; the test imports that package by path and uses
it as a user would: list missions, fetch NTM-I, page through contributions with the cursor,
and read problem+json errors as typed `Problem` objects.
"""

import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import LiveServer, require_tool

pytestmark = pytest.mark.e2e

PACKAGE = "coalition_kb_generated_client"


@pytest.fixture(scope="module")
def generated(live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Generate the client from the live spec; yield the directory holding the package."""
    bin_dir = Path(sys.executable).parent
    generator = shutil.which(
        "openapi-python-client", path=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    )
    require_tool(generator is not None, "openapi-python-client", "pip install -e '.[dev]'")
    assert generator is not None
    out = tmp_path_factory.mktemp("client")
    spec = out / "openapi.json"
    spec.write_bytes(httpx.get(f"{live_server.base_url}/openapi.json").raise_for_status().content)
    result = subprocess.run(
        [
            generator,
            "generate",
            "--path",
            str(spec),
            "--meta",
            "none",
            "--output-path",
            str(out / PACKAGE),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        # The generator formats its output with ruff, from the same virtualenv.
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Warnings mean parts of the description could not be turned into code.
    assert "Warning" not in output, output
    sys.path.insert(0, str(out))
    try:
        yield out
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def module(name: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{name}")


@pytest.fixture
def client(generated: Path, live_server: LiveServer) -> Any:
    package = importlib.import_module(PACKAGE)
    return package.Client(base_url=live_server.base_url, raise_on_unexpected_status=True)


def test_every_operation_has_a_module(generated: Path, live_server: LiveServer) -> None:
    spec = httpx.get(f"{live_server.base_url}/openapi.json").json()
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            tag = operation["tags"][0].replace(" ", "_")
            assert (generated / PACKAGE / "api" / tag / f"{operation['operationId']}.py").is_file()


def test_list_missions_and_fetch_ntm_i(client: Any) -> None:
    page = module("api.missions.list_missions").sync(client=client)
    assert type(page).__name__ == "MissionReadPage"
    assert "NTM-I" in [m.acronym for m in page.items]
    assert page.total == len(page.items)

    mission = module("api.missions.get_mission").sync(client=client, slug="ntm-i")
    assert type(mission).__name__ == "MissionDetail"
    assert mission.acronym == "NTM-I"
    assert mission.name == "NATO Training Mission-Iraq"
    assert mission.lead_organization.code == "nato"
    assert mission.contributions_by_type
    assert mission.citations
    # One enum type for the status every record carries, whatever the model.
    status = module("models.status").Status
    assert isinstance(mission.status, status)
    assert all(isinstance(c.status, status) for c in mission.citations)


def test_page_through_contributions(client: Any, live_server: LiveServer) -> None:
    list_contributions = module("api.contributions.list_contributions")
    seen: list[str] = []
    pages = 0
    cursor: Any = module("types").UNSET
    while True:
        page = list_contributions.sync(client=client, limit=7, cursor=cursor)
        pages += 1
        seen += [c.slug for c in page.items]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    everything = httpx.get(f"{live_server.base_url}/api/v1/contributions?limit=500").json()
    assert pages > 2
    assert seen == [c["slug"] for c in everything["items"]]
    assert len(seen) == page.total == everything["total"]


def test_read_problem_details(client: Any) -> None:
    missing = module("api.missions.get_mission").sync_detailed(
        client=client, slug="no-such-mission"
    )
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    problem = missing.parsed
    assert type(problem).__name__ == "Problem"
    assert problem.status == 404
    assert problem.type_.endswith("/not-found")
    assert problem.title == "Not found"
    assert "no-such-mission" in problem.detail
    assert problem.instance == "/api/v1/missions/no-such-mission"

    bad = module("api.contributions.list_contributions").sync(client=client, cursor="not-a-cursor")
    assert type(bad).__name__ == "Problem"
    assert bad.status == 400
    assert [e.field for e in bad.errors] == ["query.cursor"]
