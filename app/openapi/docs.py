"""Swagger UI and ReDoc served from the package's own files: the docs work with no internet.

Both pages also carry a Content-Security-Policy that lets them load nothing but this
service's own URLs, so a remote reference hidden in a bundle cannot leak a request.
"""

from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from app.http.middleware import docs_csp

ASSETS = Path(fastapi_offline.__file__).parent / "static"
STATIC_URL = "/static/docs"
REDOC_JS_URL = "/static/redoc/redoc.standalone.js"
# ReDoc's sidebar footer loads Redocly's logo from their CDN; the image hides itself when it
# fails, so an empty data: URL keeps the footer text without any request.
_REDOC_REMOTE_LOGO = b"https://cdn.redoc.ly/redoc/logo-mini.svg"


@lru_cache
def offline_redoc_js() -> bytes:
    return (ASSETS / "redoc.standalone.js").read_bytes().replace(_REDOC_REMOTE_LOGO, b"data:,")


def _with_csp(render: Callable[[], HTMLResponse]) -> Callable[[], HTMLResponse]:
    """A docs page's endpoint: the page `render` makes, with the pages' own policy (their
    inline scripts by hash, assets from /static/docs)."""

    def page() -> HTMLResponse:
        answer = render()
        answer.headers["Content-Security-Policy"] = docs_csp(bytes(answer.body).decode())
        return answer

    return page


def install_docs(app: FastAPI) -> None:
    app.mount(STATIC_URL, StaticFiles(directory=ASSETS), name="docs-assets")
    favicon = f"{STATIC_URL}/favicon.png"
    pages: dict[str, Callable[[], HTMLResponse]] = {
        "/docs": partial(
            get_swagger_ui_html,
            openapi_url="/openapi.json",
            title=f"{app.title} - API docs",
            oauth2_redirect_url="/docs/oauth2-redirect",
            swagger_js_url=f"{STATIC_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{STATIC_URL}/swagger-ui.css",
            swagger_favicon_url=favicon,
            swagger_ui_parameters={
                "tryItOutEnabled": False,
                "displayRequestDuration": True,
                # Default: a badge fetched from validator.swagger.io for non-local hosts.
                "validatorUrl": None,
            },
        ),
        "/docs/oauth2-redirect": get_swagger_ui_oauth2_redirect_html,
        "/redoc": partial(
            get_redoc_html,
            openapi_url="/openapi.json",
            title=f"{app.title} - ReDoc",
            redoc_js_url=REDOC_JS_URL,
            redoc_favicon_url=favicon,
            with_google_fonts=False,
        ),
    }
    for path, render in pages.items():
        app.add_api_route(path, _with_csp(render), include_in_schema=False)

    @app.get(REDOC_JS_URL, include_in_schema=False)
    def redoc_js() -> Response:
        return Response(
            offline_redoc_js(),
            media_type="text/javascript; charset=utf-8",
            headers={"Cache-Control": "public, max-age=3600"},
        )
