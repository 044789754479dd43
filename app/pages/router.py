"""The readable side of the knowledge base: server-rendered HTML pages (issue 15).

Every page reads through the same services the JSON API uses (never the HTTP API), links to
its JSON twin, and is rendered by Jinja2 with autoescaping on. Pages load nothing but this
service's stylesheet: their Content-Security-Policy allows no script at all.
"""

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

import anyio.to_thread
import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from app.citations.service import citations_for
from app.contributions import router as contributions_router
from app.contributions import service as contributions_service
from app.contributions.facets import CONTRIBUTION_FACETS
from app.contributors import router as contributors_router
from app.contributors import service as contributors_service
from app.contributors.facets import NATION_FACETS
from app.core.config import get_settings
from app.core.db import pairs
from app.core.errors import BadRequest, NotFound
from app.core.etags import parse_tags
from app.core.filters import hidden_statuses, shown
from app.core.params import SessionDep
from app.core.refs import API
from app.core.state import DataVersion, current
from app.http.caching import NotModified
from app.lessons import router as lessons_router
from app.lessons.facets import LESSON_FACETS
from app.missions import router as missions_router
from app.missions import service as missions_service
from app.missions.facets import MISSION_FACETS
from app.models import Citation, Contribution, Lesson, LessonMission, Mission, Tally
from app.pages import fragments, html, service
from app.pages.lists import ListPage, list_endpoint
from app.pages.problems import PageProblems
from app.search import service as search_service
from app.search.query import MAX_QUERY_LENGTH, parse
from app.search.schemas import HIT_TYPES
from app.sources import router as sources_router
from app.sources import service as sources_service
from app.sources.facets import SOURCE_FACETS
from app.stats import service as stats_service
from app.strengths import service as strengths_service

HERE = Path(__file__).parent
STATIC_URL = "/static/pages"
# Nothing runs, nothing is framed, nothing leaves: the stylesheet (and the favicon) only.
PAGES_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SEARCH_PAGE_SIZE = 20
SEARCH_MAX_PAGE = 500  # the API's 10,000-deep cap, in pages of 20

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every template, whatever its name; user data is never marked safe
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
    # Templates ship with the code: no stat() of every template (and of each one it imports)
    # on every render to see whether it changed.
    auto_reload=False,
)
templates = Jinja2Templates(env=_env)
_MARK_ONLY = re.compile(r"</?mark>")
_PART = re.compile(r"<!--part:(\w+)-->")


def _headers_version(session: Session) -> DataVersion:
    return current(session, for_headers=True)


async def page_validators(request: Request, session: SessionDep) -> None:
    """Dependency of every page: an ETag, from the data version and the day (the
    home timeline runs to today), and a 304 without rendering when the client's copy is
    current, as for the API (app/http/caching.py)."""
    if request.method not in ("GET", "HEAD"):
        return
    day = datetime.now(UTC).date().isoformat()
    version = (await anyio.to_thread.run_sync(_headers_version, session)).version
    etag = f'W/"d{version}-html-{day}"'
    headers = {"ETag": etag, "Cache-Control": get_settings().cache_control}
    header = request.headers.get("if-none-match")
    if header is not None:
        tags = parse_tags(header)
        if tags is None or etag.removeprefix("W/").strip('"') in tags:
            raise NotModified({**headers, "Content-Security-Policy": PAGES_CSP})
    request.state.page_headers = headers
    request.state.data_version = version  # what the page's kept fragments are filed under


# Collects the pages; install_pages adds them to the app itself, like the docs pages, so they
# are in the app's own route list (which tests/test_http.py walks for HEAD).
router = APIRouter()


_env.filters["number"] = html.number
_env.globals.update(
    API=API, STATIC_URL=STATIC_URL, STATUS_LABEL=html.STATUS_LABEL, **html.TEMPLATE_HELPERS
)


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    status_code: int = 200,
    parts: dict[str, bytes] | None = None,
) -> HTMLResponse:
    """The page, from its template. `parts`: context values given as HTML already encoded
    (a kept fragment, app/pages/fragments.py), spliced into the page's bytes where the
    template shows them instead of passing through the template: on the article page they
    are 400 KB, which Jinja2 copies and the response encodes again on every request."""
    headers = {"Content-Security-Policy": PAGES_CSP}
    if status_code == 200:  # errors are not cached (no-store, from the edge middleware)
        headers.update(getattr(request.state, "page_headers", {}))
    if not parts:
        return templates.TemplateResponse(
            request, name, context, status_code=status_code, headers=headers
        )
    # A placeholder no escaped value can contain (a "<" in data is "&lt;").
    marked = {key: Markup(f"<!--part:{key}-->") for key in parts}  # noqa: S704
    page = _env.get_template(name).render({"request": request, **context, **marked})
    pieces = _PART.split(page)  # text, a part's name, text, ...
    body = b"".join(
        parts[piece] if i % 2 else piece.encode("utf-8") for i, piece in enumerate(pieces)
    )
    return HTMLResponse(body, status_code=status_code, headers=headers)


def kept(request: Request, session: Session, key: tuple[Any, ...], part: Any) -> Any:
    """`part()`'s value (it returns the value and its size), kept for the data version the
    page's validators read (app/pages/fragments.py); rendered each time without one."""
    version = getattr(request.state, "data_version", None)
    if version is None:
        return part()[0]
    return fragments.kept(session.get_bind(), (*key, version), part)


def not_found(request: Request, error: NotFound) -> HTMLResponse:
    return render(
        request,
        "error.html",
        {"title": "Not found", "detail": error.detail, "json": None, "status": 404, "errors": []},
        status_code=404,
    )


def render_problem(problem: dict[str, Any]) -> str:
    """The HTML error page of a problem (app/pages/problems.py)."""
    errors = problem.get("errors")
    return _env.get_template("error.html").render(
        title=str(problem.get("title") or "Error"),
        detail=str(problem.get("detail") or ""),
        status=problem.get("status"),
        errors=errors if isinstance(errors, list) else [],
        json=None,
    )


def install_pages(app: Any) -> None:
    app.add_middleware(PageProblems, render=render_problem, csp=PAGES_CSP)
    app.mount(STATIC_URL, StaticFiles(directory=HERE / "static"), name="pages-assets")
    for route in router.routes:
        assert isinstance(route, APIRoute)
        app.add_api_route(
            route.path,
            route.endpoint,
            methods=["GET"],
            name=route.name,
            include_in_schema=False,
            dependencies=[Depends(page_validators)],
        )


# --- Home ---------------------------------------------------------------------------------


@router.get("/")
def home(request: Request, session: SessionDep) -> HTMLResponse:
    overview = stats_service.overview(session, include_disputed=False)
    missions = _missions(session, include_disputed=False)
    today = datetime.now(UTC).date()
    # The longest missions get their own bars when there are more than a chart can show.
    chart = service.timeline(sorted(missions, key=lambda m: -service.days_run(m, today)), today)
    marks = service.accession_marks(session, chart) if chart else []
    return render(
        request,
        "home.html",
        {
            "title": "coalition-kb",
            "overview": overview,
            "chart": chart,
            "marks": marks,
            "json": f"{API}/stats/overview",
        },
    )


def _missions(session: Session, *, include_disputed: bool) -> list[Mission]:
    stmt = missions_service.list_stmt(session, include_disputed=include_disputed)
    return list(session.scalars(stmt.order_by(Mission.start_date, Mission.slug)).unique())


# --- Missions -----------------------------------------------------------------------------


def _disputed_contributions(session: Session, mission_id: int) -> list[Contribution]:
    """A mission's contributions its default answer leaves out (the page strikes them
    through), at most NATION_CONTRIBUTIONS."""
    return list(
        session.scalars(
            select(Contribution)
            .options(joinedload(Contribution.contributor), joinedload(Contribution.type))
            .where(
                Contribution.mission_id == mission_id,
                Contribution.status.in_(hidden_statuses(Contribution.status)),
            )
            # `slug || ''`: sorted after filtering. On the bare column SQLite walks the whole
            # slug index to skip the sort (1M rows for a mission's 200 disputed ones).
            .order_by(Contribution.slug.concat(""))
            .limit(service.NATION_CONTRIBUTIONS)
        )
    )


def _strength_charts(session: Session, mission: Mission) -> dict[str, Any]:
    """The strength over time, stacked by contributor, and each contributor's largest figure:
    from the rows of `/missions/{slug}/strength`."""
    rows = strengths_service.series(session, mission)
    stack = None
    if rows:
        last_day = mission.end_date or max(r["date"] for r in rows)
        stack = service.strength_stack(
            rows, service.contribution_ends(session, mission.id), last_day
        )
    bars, bar_total = service.contributor_bars(rows)
    return {"stack": stack, "bars": bars, "bar_total": bar_total}


def _strength_part(request: Request, session: Session, mission: Mission) -> bytes:
    """The mission's strength chart and contributor bars with their tables, as UTF-8: the
    same for every request of one data version (app/pages/fragments.py)."""

    def part() -> tuple[bytes, int]:
        html = _env.get_template("_strength.html").render(
            mission=mission,
            strength_json=f"{API}/missions/{quote(mission.slug)}/strength",
            **_strength_charts(session, mission),
        )
        body = html.encode("utf-8")
        return body, len(body)

    found: bytes = kept(request, session, ("mission-strength", mission.id), part)
    return found


@router.get("/kb/missions/{slug}")
def mission_page(request: Request, slug: str, session: SessionDep) -> HTMLResponse:
    try:
        mission = missions_service.get_by_slug(session, slug=slug)
    except NotFound as error:
        return not_found(request, error)
    citations = citations_for(session, Citation.mission_id, [mission.id]).get(mission.id, [])
    disputed = _disputed_contributions(session, mission.id)
    disputed_citations = citations_for(session, Citation.contribution_id, [c.id for c in disputed])
    every = [*citations, *(c for cs in disputed_citations.values() for c in cs)]
    return render(
        request,
        "mission.html",
        {
            "title": mission.name,
            "mission": mission,
            "groups": missions_service.contribution_groups(
                session, mission_id=mission.id, include_disputed=False
            ),
            "lessons": missions_service.lessons_of(
                session, mission_id=mission.id, include_disputed=False
            ),
            "citations": citations,
            "disputed": disputed,
            "disputed_citations": disputed_citations,
            "corrections": service.corrections(session, (c.corrected_by for c in every)),
            "json": f"{API}/missions/{quote(mission.slug)}",
        },
        parts={"strength": _strength_part(request, session, mission)},
    )


# --- Nations ------------------------------------------------------------------------------


@router.get("/kb/nations/{iso3}")
def nation_page(request: Request, iso3: str, session: SessionDep) -> HTMLResponse:
    return _contributor_page(request, session, iso3.upper(), "nation")


@router.get("/kb/organizations/{code}")
def organization_page(request: Request, code: str, session: SessionDep) -> HTMLResponse:
    return _contributor_page(request, session, code, "organization")


def _contributor_page(request: Request, session: Session, code: str, kind: str) -> HTMLResponse:
    try:
        nation = contributors_service.get_by_code(session, code=code, kind=kind)
    except NotFound as error:
        return not_found(request, error)
    by_mission = contributors_service.contributions_by_mission(session, contributor_id=nation.id)
    hidden = set(hidden_statuses(Contribution.status))

    def contributions() -> tuple[tuple[int, int, bytes], int]:
        """Its contributions table's rows, as UTF-8, how many, and of how many: the same for
        every request of one data version (app/pages/fragments.py)."""
        total, rows = service.contributions_of(session, nation.id)
        body = html.contributor_contribution_rows(rows, hidden).encode("utf-8")
        return (total, len(rows), body), len(body)

    key = ("contributions", nation.id)
    total, shown_rows, rows_html = kept(request, session, key, contributions)
    citations = citations_for(session, Citation.contributor_id, [nation.id]).get(nation.id, [])
    # Most contributions first: those get their own bars when a chart cannot show them all.
    chart = service.timeline([m for m, _ in by_mission], datetime.now(UTC).date())
    # Its own NATO accession, if it has one (a query only then).
    marks = (
        service.accession_marks(session, chart, only=[nation.id])
        if chart and nation.nato_accession_date
        else []
    )
    twin = "partner-nations" if kind == "nation" else "organizations"
    # The missions an organization leads, which need not be any it has a contribution to.
    led = (
        session.execute(
            select(Mission.slug, Mission.acronym, Mission.name)
            .where(Mission.lead_organization_id == nation.id, shown(Mission.status))
            .order_by(Mission.start_date.is_(None), Mission.start_date, Mission.slug)
            .limit(service.NATION_MISSIONS)
        ).all()
        if kind == "organization"
        else []
    )
    return render(
        request,
        "nation.html",
        {
            "title": nation.name,
            "nation": nation,
            "chart": chart,
            "marks": marks,
            "led": led,
            "by_mission": by_mission[: service.NATION_MISSIONS],
            "missions_total": len(by_mission),
            "total": total,
            "shown": shown_rows,
            "citations": citations,
            "corrections": service.corrections(session, (c.corrected_by for c in citations)),
            "json": f"{API}/{twin}/{quote(nation.code)}",
        },
        parts={"contribution_rows": rows_html},
    )


# --- Sources ------------------------------------------------------------------------------


@router.get("/kb/sources/{slug}")
def source_page(request: Request, slug: str, session: SessionDep) -> HTMLResponse:
    try:
        source = sources_service.get_by_slug(session, slug, with_text=True)
    except NotFound as error:
        return not_found(request, error)
    card = sources_service.report_card(session, source)
    counts = {status: getattr(card, status) for status in service.CARD_ORDER}

    def claims() -> tuple[tuple[dict[str, bytes], bool, bool], int]:
        """The text with its claims marked and the claims, as UTF-8: the same for every
        request of one data version (app/pages/fragments.py)."""
        claims = service.source_claims(session, source.id)
        corrections = service.corrections(session, (c.corrected_by for c in claims))
        text = Markup("")
        marks: list[service.Mark] = []
        if source.full_text:
            quotes = service.by_quote(claims)
            text, marks = service.highlight(source.full_text, quotes, corrections)
        found = {m.quote for m in marks}
        unplaced = [c for c in claims if c.quote not in found]
        marked_html, unplaced_html = service.claims_html(marks, unplaced, corrections)
        parts = {
            "text": text.encode("utf-8"),
            "marked_claims": marked_html.encode("utf-8"),
            "unplaced_claims": unplaced_html.encode("utf-8"),
        }
        return (parts, bool(marks), bool(unplaced)), sum(map(len, parts.values()))

    parts, marks, unplaced = kept(request, session, ("source-claims", source.id), claims)
    return render(
        request,
        "source.html",
        {
            "title": source.title,
            "source": source,
            "card": card,
            "bars": service.report_card_bars(counts),
            "marks": marks,
            "unplaced": unplaced,
            "json": f"{API}/sources/{quote(source.slug)}",
            "claims_json": f"{API}/sources/{quote(source.slug)}/claims",
        },
        parts=parts,
    )


# --- Search -------------------------------------------------------------------------------


def _snippet(html: str) -> Markup:
    """The search service's snippet is escaped text with <mark> tags only (render_snippet);
    anything else in it is escaped again rather than trusted."""
    if "<" in _MARK_ONLY.sub("", html):
        return Markup.escape(html)
    return Markup(html)  # noqa: S704 - escaped by app.search.service.render_snippet


@router.get("/kb/search")
def search_page(
    request: Request,
    session: SessionDep,
    q: Annotated[str, Query(max_length=MAX_QUERY_LENGTH * 2)] = "",
    page: Annotated[int, Query(ge=1, le=SEARCH_MAX_PAGE)] = 1,
) -> HTMLResponse:
    context: dict[str, Any] = {
        "title": f"Search: {q}" if q.strip() else "Search",
        "q": q,
        "page": page,
        "hits": [],
        "total": 0,
        "error": None,
        "json": f"{API}/search?q={quote(q)}" if q.strip() else f"{API}/search?q=NATO",
    }
    status = 200
    if q.strip():
        try:
            query = parse(q)
            found = search_service.search(
                session,
                query,
                kinds=list(HIT_TYPES),
                include_disputed=True,
                limit=SEARCH_PAGE_SIZE,
                offset=(page - 1) * SEARCH_PAGE_SIZE,
            )
        except BadRequest as error:
            context["error"] = error.detail
            status = 400
        else:
            context["total"] = found.total
            context["at_least"] = found.relation == "gte"
            context["hits"] = [
                {"hit": h, "page": service.page_url(h.url), "snippet": _snippet(h.snippet)}
                for h in found.hits
            ]
            context["more"] = found.more and page < SEARCH_MAX_PAGE
            context["query_url"] = quote(q)
    return render(request, "search.html", context, status_code=status)


# --- Contributions and lessons: the record and its claims ---------------------------------


@router.get("/kb/contributions/{slug}")
def contribution_page(request: Request, slug: str, session: SessionDep) -> HTMLResponse:
    try:
        contribution = contributions_service.get_by_slug(session, slug=slug)
    except NotFound as error:
        return not_found(request, error)
    citations = citations_for(session, Citation.contribution_id, [contribution.id]).get(
        contribution.id, []
    )
    return render(
        request,
        "contribution.html",
        {
            "title": f"{contribution.contributor.name}: {contribution.type.name}",
            "c": contribution,
            "hidden": set(hidden_statuses(Contribution.status)),
            "observations": strengths_service.of_contribution(session, contribution.id),
            "citations": citations,
            "corrections": service.corrections(session, (c.corrected_by for c in citations)),
            "json": f"{API}/contributions/{quote(contribution.slug)}",
        },
    )


@router.get("/kb/lessons/{slug}")
def lesson_page(request: Request, slug: str, session: SessionDep) -> HTMLResponse:
    lesson = session.scalars(select(Lesson).where(Lesson.slug == slug)).first()
    if lesson is None:
        return not_found(request, NotFound(f"No lesson with slug '{slug}'."))
    links = sorted(
        session.scalars(
            select(LessonMission)
            .options(joinedload(LessonMission.mission))
            .where(LessonMission.lesson_id == lesson.id)
        ).all(),
        key=lambda ln: ln.mission.slug,
    )
    link_citations = citations_for(session, Citation.lesson_mission_id, [ln.id for ln in links])
    citations = citations_for(session, Citation.lesson_id, [lesson.id]).get(lesson.id, [])
    every = [*citations, *(c for cs in link_citations.values() for c in cs)]
    return render(
        request,
        "lesson.html",
        {
            "title": lesson.title,
            "lesson": lesson,
            "hidden": set(hidden_statuses(Lesson.status)),
            "links": links,
            "link_citations": link_citations,
            "citations": citations,
            "corrections": service.corrections(session, (c.corrected_by for c in every)),
            "json": f"{API}/lessons/{quote(lesson.slug)}",
        },
    )


# --- The list pages: the API's lists, rendered (app/pages/lists.py) ----------------------


def _hidden(column: Any) -> Any:
    """The rows a list shows struck through: those its default answer leaves out."""

    def context(session: Session, items: Sequence[Any]) -> dict[str, Any]:
        return {"hidden": set(hidden_statuses(column))}

    return context


def _mission_counts(session: Session, items: Sequence[Any]) -> dict[str, Any]:
    ids = [m.id for m in items]
    counts = pairs(
        session.execute(
            select(Contribution.mission_id, func.count())
            .where(Contribution.mission_id.in_(ids), shown(Contribution.status))
            .group_by(Contribution.mission_id)
        )
    )
    return {"counts": counts, **_hidden(Mission.status)(session, items)}


def _nation_totals(session: Session, items: Sequence[Any]) -> dict[str, Any]:
    """Per nation: its shown contributions and the sum of their `personnel` (None when none
    gives one), from the tallies (migration 0014): a row per status, not its contributions."""
    rows = session.execute(
        select(Tally.k, func.sum(Tally.n), func.sum(Tally.reported), func.sum(Tally.personnel))
        .where(
            Tally.dim == "contributor",
            Tally.k.in_([n.id for n in items]),
            Tally.n > 0,
            shown(Tally.status),
        )
        .group_by(Tally.k)
    )
    return {"totals": {k: (n, total if reported else None) for k, n, reported, total in rows}}


def _source_cards(session: Session, items: Sequence[Any]) -> dict[str, Any]:
    cards: dict[int, dict[str, int]] = {}
    for source_id, status, n in session.execute(
        select(Citation.source_id, Citation.status, func.count())
        .where(Citation.source_id.in_([s.id for s in items]))
        .group_by(Citation.source_id, Citation.status)
    ):
        cards.setdefault(source_id, {})[status] = n
    return {"cards": cards}


LIST_PAGES = [
    ListPage(
        path="/kb/missions",
        api_path="/missions",
        endpoint=missions_router.list_missions,
        template="missions.html",
        title="Missions",
        sorts=(
            ("slug", "key"),
            ("name", "name"),
            ("start_date", "start, earliest first"),
            ("-start_date", "start, latest first"),
        ),
        facets=MISSION_FACETS,
        row_context=_mission_counts,
        include_disputed=True,
    ),
    ListPage(
        path="/kb/nations",
        api_path="/partner-nations",
        endpoint=contributors_router.list_nations,
        template="nations.html",
        title="Partner nations",
        sorts=(
            ("code", "ISO code"),
            ("name", "name"),
            ("nato_accession_date", "NATO accession, earliest first"),
        ),
        facets=NATION_FACETS,
        row_context=_nation_totals,
    ),
    ListPage(
        path="/kb/contributions",
        api_path="/contributions",
        endpoint=contributions_router.list_contributions,
        template="contributions.html",
        title="Contributions",
        sorts=(
            ("slug", "key"),
            ("start_date", "start, earliest first"),
            ("-start_date", "start, latest first"),
            ("-personnel", "personnel, largest first"),
        ),
        facets=CONTRIBUTION_FACETS,
        row_context=_hidden(Contribution.status),
        include_disputed=True,
    ),
    ListPage(
        path="/kb/lessons",
        api_path="/lessons",
        endpoint=lessons_router.list_lessons,
        template="lessons.html",
        title="Lessons",
        sorts=(("slug", "key"), ("title", "title")),
        facets=LESSON_FACETS,
        row_context=_hidden(Lesson.status),
        include_disputed=True,
    ),
    ListPage(
        path="/kb/sources",
        api_path="/sources",
        endpoint=sources_router.list_sources,
        template="sources.html",
        title="Sources",
        sorts=(
            ("slug", "key"),
            ("title", "title"),
            ("-published_date", "published, latest first"),
        ),
        facets=SOURCE_FACETS,
        row_context=_source_cards,
    ),
]
for _spec in LIST_PAGES:
    router.add_api_route(_spec.path, list_endpoint(_spec, render), methods=["GET"])
