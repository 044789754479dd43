"""Assembles the application: routers, error handlers, docs, caching, CORS."""

from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute
from starlette._utils import get_route_path
from starlette.routing import Match
from starlette.types import Scope

from app.audit.router import router as audit_router
from app.auth.deps import read_access
from app.changes.router import router as changes_router
from app.citations.router import router as citations_router
from app.citations.writes import router as citation_writes_router
from app.contribution_types.router import router as contribution_types_router
from app.contribution_types.writes import router as contribution_type_writes_router
from app.contributions.router import router as contributions_router
from app.contributions.writes import router as contribution_writes_router
from app.contributors.router import router as contributors_router
from app.contributors.writes import router as contributor_writes_router
from app.core.config import get_settings
from app.core.errors import install_error_handlers
from app.core.params import reject_unknown_query_params
from app.core.runtime import lifespan
from app.core.shapes import document_shapes
from app.health.router import router as health_router
from app.http.cache import ResponseCacheMiddleware
from app.http.caching import conditional_get, install_caching
from app.http.cors import install_cors
from app.http.logs import configure_logging
from app.http.middleware import install_middleware
from app.keys.router import router as keys_router
from app.lessons.router import router as lessons_router
from app.lessons.writes import router as lesson_writes_router
from app.missions.router import router as missions_router
from app.missions.writes import router as mission_writes_router
from app.openapi.description import install_openapi
from app.openapi.docs import install_docs
from app.pages.router import install_pages
from app.search.router import router as search_router
from app.sources.router import router as sources_router
from app.sources.writes import router as source_writes_router
from app.stats.router import router as stats_router
from app.stats.strength_router import router as stats_strength_router
from app.strengths.router import router as strengths_router
from app.strengths.writes import router as strength_writes_router
from app.timeline.router import router as timeline_router
from app.transfer.router import router as transfer_router

TAGS = [
    {
        "name": "missions",
        "description": "Multinational missions: who led them, where, when, under which mandate.",
    },
    {"name": "contributions", "description": "Who contributed what (type) to which mission."},
    {
        "name": "contributors",
        "description": "Partner nations (ISO 3166-1 alpha-3) and "
        "organizations; both can be a contribution's contributor.",
    },
    {
        "name": "strength",
        "description": "Dated, cited head counts per contributor and mission, and a mission's "
        "strength over time as a chart-ready series.",
    },
    {"name": "contribution types", "description": "The kinds of contribution, as a tree."},
    {"name": "lessons", "description": "Lessons learned, challenges and achievements."},
    {
        "name": "sources",
        "description": "The documents behind every fact, their claims and how "
        "those claims fared: a verdict per claim (corroborated, disputed, misleading, "
        "unverifiable, opinion; asserted while unreviewed), also as schema.org ClaimReview.",
    },
    {
        "name": "search",
        "description": "Full-text search across every kind of record and the sources' texts.",
    },
    {
        "name": "stats",
        "description": "Aggregates for dashboards: counts and sums per group, headline numbers, "
        "strength per interval.",
    },
    {"name": "timeline", "description": "Missions and dated events in time order."},
    {
        "name": "import and export",
        "description": "The whole knowledge base as one JSON document (docs/export-format.md).",
    },
    {
        "name": "changes",
        "description": "What was created, changed and deleted since a data version: a public "
        "feed for mirrors and dashboards that poll.",
    },
    {
        "name": "audit",
        "description": "Who changed what, when: the audit log (admin) and each record's history.",
    },
    {"name": "keys", "description": "API keys (admin). Writes need an editor key."},
    {"name": "health", "description": "Liveness and readiness probes."},
]

DESCRIPTION = """A curated knowledge base of contributions to multinational military missions,
with lessons learned. Every fact is traceable to a verbatim passage of its source, and every
reviewed claim carries a verdict: claims that a reliable source contradicts are marked
**disputed** (or **misleading**) and linked to the corrected fact, and records standing only on
such claims are hidden from default answers (`include_disputed=true` shows them).

Lists are paginated by cursor (`next` in the body and a `Link` header; total in
`X-Total-Count`). Errors are RFC 9457 `application/problem+json`."""


def _operation_id(route: APIRoute) -> str:
    # Readable and unique: the Python function name (list_missions, get_mission, ...).
    return route.name


# Every router under /api/v1, reads first.
API_ROUTERS = (
    missions_router,
    contributions_router,
    contributors_router,
    contribution_types_router,
    lessons_router,
    sources_router,
    citations_router,
    search_router,
    strengths_router,
    stats_router,
    stats_strength_router,
    changes_router,
    timeline_router,
    mission_writes_router,
    contribution_writes_router,
    contributor_writes_router,
    contribution_type_writes_router,
    lesson_writes_router,
    source_writes_router,
    strength_writes_router,
    citation_writes_router,
    transfer_router,
    audit_router,
    keys_router,
)


API_PREFIX = "/api/v1"


class _Prefixed(APIRouter):
    """Routes included under API_PREFIX: a path outside it is no match, answered at once
    rather than after trying every API route (0.27 ms of CPU to match /healthz past them)."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if not get_route_path(scope).startswith(API_PREFIX + "/"):
            return Match.NONE, {}
        return super().matches(scope)


def _api() -> APIRouter:
    """The routes of every router of API_ROUTERS, in one flat router, to be included under
    /api/v1 (`API_PREFIX`, with `API_DEPENDENCIES`). Each router's own prefix and tags are in
    its routes already; including the routers one by one instead nests them, and FastAPI then
    walks every router before the matching one on each request (about 8 us each, 24 of them:
    0.3 ms to match /healthz, docs/performance.md)."""
    api = _Prefixed()
    for router in API_ROUTERS:
        api.routes.extend(router.routes)
    return api


# Access first: a 304 must not answer a caller who may not read.
API_DEPENDENCIES = [
    Depends(reject_unknown_query_params),
    Depends(read_access),
    Depends(conditional_get),
]


def create_app() -> FastAPI:
    settings = get_settings()
    configure_logging(settings)
    app = FastAPI(
        title="coalition-kb",
        version="0.1.0",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        license_info={"name": "MIT", "identifier": "MIT"},
        contact={
            "name": "coalition-kb maintainers",
            "url": "https://github.com/coalition-kb/coalition-kb",
        },
        # /docs and /redoc are served by install_docs, from local assets.
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=_operation_id,
        lifespan=lifespan,
    )
    app.include_router(_api(), prefix=API_PREFIX, dependencies=API_DEPENDENCIES)
    app.include_router(health_router)
    install_docs(app)
    install_pages(app)
    install_error_handlers(app)
    # Middleware added last runs first. The hardening layer (request id, security headers,
    # logs, input guards, rate limits, and the body guard: an oversized or non-JSON body is
    # refused before anything reads it) wraps the app; CORS is outermost so that every
    # answer, refusals and errors included, carries its headers.
    install_caching(app)
    if settings.response_cache_mb:
        # Inside CORS (installed outermost) and any middleware that adds per-request headers,
        # so those apply to cached answers too (app/http/cache.py).
        app.add_middleware(ResponseCacheMiddleware, max_bytes=settings.response_cache_mb << 20)
    install_middleware(app)
    install_cors(app, read_origins=settings.cors_origins, write_origins=settings.cors_write_origins)
    install_openapi(app)
    # After the completion (paging headers and examples found by the envelope's $ref): a
    # list's 200 becomes the envelope or, with shape=array, the bare array of its items.
    document_shapes(app)
    _build_route_table(app)
    return app


def _build_route_table(app: FastAPI) -> None:
    """FastAPI builds an included router's table of routes when it first matches a path in it
    (0.4-0.5 s of CPU here): build it now, not in the first API request's time."""
    scope = {"type": "http", "method": "GET", "path": API_PREFIX + "/", "root_path": ""}
    for route in app.router.routes:
        route.matches(scope)


app = create_app()
