"""Health, docs and the home page."""

import re

import pytest
from fastapi.testclient import TestClient

from app.core.migrations import upgrade


def test_healthz_and_readyz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["database"] == "ok"


def test_readyz_is_503_when_the_schema_is_behind(empty_url: str) -> None:
    from app.main import create_app
    from tests.conftest import use_database

    use_database(empty_url)
    with TestClient(create_app()) as c:
        response = c.get("/readyz")
        assert response.status_code == 503
        assert response.headers["Retry-After"]
        upgrade(empty_url)
        assert c.get("/readyz").status_code == 200


def test_readyz_is_503_when_the_database_is_unreachable() -> None:
    from app.main import create_app
    from tests.conftest import use_database

    use_database("postgresql+psycopg://postgres@127.0.0.1:1/nowhere")
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        assert c.get("/healthz").status_code == 200
        assert c.get("/readyz").status_code == 503
        response = c.get("/api/v1/missions")
        assert response.status_code == 503
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.headers["Retry-After"]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_every_asset_from_the_service(client: TestClient, page: str) -> None:
    html = client.get(page).text
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
    urls += re.findall(r"""url:\s*['"]([^'"]+)['"]""", html)
    assert urls
    for url in urls:
        assert url.startswith("/"), f"{page} loads {url} from elsewhere"
        assert client.get(url).status_code == 200, url
    assert "fonts.googleapis" not in html and "cdn" not in html.lower()


def test_home_page_points_to_docs_and_sources(client: TestClient) -> None:
    html = client.get("/").text
    for link in ("/docs", "/redoc", "/openapi.json", "/api/v1/sources"):
        assert f'href="{link}"' in html


def test_openapi_documents_every_operation(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    ids = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            ids.append(op["operationId"])
            assert op.get("tags") and op.get("summary") and op.get("description"), (path, method)
            for status, response in op["responses"].items():
                # The readiness probe's 503 is its status object (docs/openapi.md).
                if op["operationId"] == "readyz" and status == "503":
                    continue
                if status.startswith(("4", "5")) and "content" in response:
                    assert "application/problem+json" in response["content"], (path, status)
    assert len(ids) == len(set(ids))
