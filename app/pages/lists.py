"""The list pages (issue 15): each one *is* its API list, rendered.

A list page is built from the API route it twins: the page route takes exactly the API route's
parameters (its filters, `sort`, `limit`, `cursor`, whatever they become), calls the API
function itself with a `Listing` that counts every facet, and renders the page it returns. So
the rows, their order, the totals, the cursors and the facet counts are the API's by
construction, and a filter added to the API shows up on its page without a change here.
"""

import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from fastapi import Request, Response
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from app.core.filters import filter_value
from app.core.listing import Facet, FacetDim, Listing
from app.core.params import SessionDep
from app.core.refs import API

LIST_FACET_SIZE = 10
# Query parameters that shape the API's answer, not the rows: a page never passes them on.
_API_ONLY = ("format", "facets", "facet_size", "shape", "fields")
_PAGING = ("cursor",)
# A facet's heading, where its parameter's name does not read as one.
FACET_HEADINGS = {"nato_member": "NATO membership", "framework": "Partnership framework"}

RowContext = Callable[[Session, Sequence[Any]], dict[str, Any]]


@dataclass(frozen=True)
class ListPage:
    """One list page: where it lives, the API route it twins, what it shows."""

    path: str
    api_path: str
    endpoint: Callable[..., Any]
    template: str
    title: str
    # (sort value, label) offered as links; the API's own `sort` values.
    sorts: Sequence[tuple[str, str]]
    # Counted over the rows the API route filters (Listing.paginate), whether or not the API
    # offers them in `?facets=` (`api_facets`: it does, and the JSON twin asks for them).
    facets: Sequence[FacetDim] = ()
    api_facets: bool = True
    # More context for the page's rows (counts, report cards), in a query or two.
    row_context: RowContext | None = None
    include_disputed: bool = field(default=False)


def url_with(request: Request, drop: Sequence[str] = (), **changes: str | None) -> str:
    """This page's URL with some query parameters dropped, changed or added (None: removed)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in drop]
    for key, value in changes.items():
        params = [(k, v) for k, v in params if k != key]
        if value is not None:
            params.append((key, value))
    query = "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in params)
    return request.url.path + (f"?{query}" if query else "")


def api_url(request: Request, api_path: str, **extra: str) -> str:
    """The API list under this page's filters (paging left out), with `extra` parameters."""
    params = [
        (k, v)
        for k, v in request.query_params.multi_items()
        if k not in _PAGING and k not in _API_ONLY
    ]
    params += list(extra.items())
    query = "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in params)
    return f"{API}{api_path}" + (f"?{query}" if query else "")


def facet_links(request: Request, facets: dict[str, Facet]) -> list[dict[str, Any]]:
    """Each facet's values as links that set that filter (and go back to the first page),
    with the filters chosen so far, each with a link that removes it."""
    out = []
    for name, facet in facets.items():
        selected = request.query_params.getlist(name)
        values = []
        for v in facet.values:
            value = None if v.value is None else filter_value(str(v.value))
            values.append(
                {
                    "value": value,
                    "label": v.label or (str(v.value) if v.value is not None else "not stated"),
                    "count": v.count,
                    "href": None
                    if value is None
                    else url_with(request, drop=("cursor", name), **{name: value}),
                    "selected": value in selected,
                }
            )
        labels = {v["value"]: v["label"] for v in values if v["value"] is not None}
        out.append(
            {
                "name": name,
                "heading": FACET_HEADINGS.get(name, name.replace("_", " ").capitalize()),
                "values": values,
                "truncated": facet.truncated,
                "selected": [
                    (labels.get(s, s), url_with(request, drop=("cursor", name))) for s in selected
                ],
            }
        )
    return out


def list_context(spec: ListPage, request: Request, found: dict[str, Any]) -> dict[str, Any]:
    params = request.query_params
    sort = params.get("sort") or spec.sorts[0][0]
    chosen = {k for k in params if k not in (*_PAGING, *_API_ONLY, "sort", "limit")}
    names = ",".join(d.name for d in spec.facets) if spec.api_facets else ""
    return {
        "title": spec.title,
        "items": found["items"],
        "total": found["total"],
        "at_least": found.get("total_relation") == "gte",
        "next": url_with(request, cursor=found["next_cursor"]) if found["next_cursor"] else None,
        "first": url_with(request, drop=("cursor",)) if params.get("cursor") else None,
        "facets": facet_links(request, found.get("facets") or {}),
        "sort": sort,
        "sorts": [
            (k, label, url_with(request, drop=("cursor",), sort=k)) for k, label in spec.sorts
        ],
        "filtered": bool(chosen),
        "clear": request.url.path,
        "include_disputed": params.get("include_disputed") == "true",
        "with_disputed": url_with(request, drop=("cursor",), include_disputed="true")
        if spec.include_disputed
        else None,
        "csv": api_url(request, spec.api_path, format="csv"),
        "ndjson": api_url(request, spec.api_path, format="ndjson"),
        # The twin holds what the page shows: the same rows and the same facets.
        "json": api_url(request, spec.api_path, **({"facets": names} if names else {})),
    }


def list_endpoint(
    spec: ListPage, render: Callable[[Request, str, dict[str, Any]], HTMLResponse]
) -> Callable[..., HTMLResponse]:
    """The page route of `spec`: the API route's own parameters (its `listing` replaced by one
    that counts every facet), rendered by `render`."""
    api = inspect.signature(spec.endpoint).parameters
    params = [
        p.replace(kind=inspect.Parameter.KEYWORD_ONLY)
        for name, p in api.items()
        if name != "listing" and name not in _API_ONLY
    ]
    own = [
        inspect.Parameter(
            "page_listing", inspect.Parameter.KEYWORD_ONLY, annotation=api["listing"].annotation
        ),
        inspect.Parameter("page_request", inspect.Parameter.KEYWORD_ONLY, annotation=Request),
        inspect.Parameter(
            "page_session",
            inspect.Parameter.KEYWORD_ONLY,
            annotation=SessionDep,
        ),
    ]

    def endpoint(**kwargs: Any) -> HTMLResponse:
        request: Request = kwargs.pop("page_request")
        session: Session = kwargs.pop("page_session")
        # The API's own list contract (sort, limit, cursor checked as the API checks them),
        # as JSON with every facet counted and every field.
        listing: Listing = kwargs.pop("page_listing")
        listing.response, listing.format, listing.shape, listing.fields = (
            Response(),
            "json",
            "object",
            None,
        )
        listing.facets, listing.facet_size = list(spec.facets), LIST_FACET_SIZE
        found = spec.endpoint(listing=listing, **kwargs)
        assert isinstance(found, dict)
        context = list_context(spec, request, found)
        if spec.row_context is not None:
            context.update(spec.row_context(session, found["items"]))
        return render(request, spec.template, context)

    endpoint.__signature__ = inspect.Signature([*own, *params])  # type: ignore[attr-defined]
    endpoint.__name__ = f"page_{spec.endpoint.__name__}"
    return endpoint
