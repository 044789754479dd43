"""The Python client generated from the OpenAPI description works, unmodified.

The committed package clients/python/ (coalition_kb_client, made by `make client` with the
pinned openapi-python-client; tests/test_client_package.py fails when it is stale against
the spec) is imported by path and used as a user would against the running service: every
operation of the served `/openapi.json` has its module, list missions, fetch NTM-I, page
through contributions with the cursor, and read problem+json errors as typed `Problem`
objects. tests/e2e/test_client_wheel.py installs it as a wheel into a clean virtualenv.
"""

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import LiveServer

pytestmark = pytest.mark.e2e

PACKAGE = "coalition_kb_client"
CLIENT_DIR = Path(__file__).resolve().parents[2] / "clients" / "python"


@pytest.fixture(scope="module")
def generated() -> Iterator[Path]:
    """The committed package's directory on sys.path (its freshness: test_client_package.py)."""
    sys.path.insert(0, str(CLIENT_DIR))
    try:
        yield CLIENT_DIR
    finally:
        sys.path.remove(str(CLIENT_DIR))
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
