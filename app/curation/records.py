"""Create, replace, update and delete of one kind of record, the same way for every kind.

A `RecordKind` says what differs: its table, natural key, body schemas, how a body becomes
column values (with every bad field named), what references it, and how to render it. The
routes (`add_routes`) and the transaction around them are shared, so every resource answers
the same statuses for the same mistakes.

Bodies use the export format (`docs/export-format.md`): references by natural key
(`"lead_organization": "nato"`), dates as YYYY-MM-DD. PATCH merges the body into the stored
record and validates the result as a PUT body, so both obey the same rules.
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query, Response
from pydantic import BaseModel, ValidationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.audit import snapshots
from app.audit.writer import Writer, WriterDep
from app.citations import curation as citations
from app.citations.service import refresh_statuses
from app.core.errors import Conflict, FieldProblem, problem_responses
from app.core.writes import IfMatch, Problems, check_if_match
from app.curation.kind import Dependent, RecordKind
from app.models import Contribution, StrengthObservation

API = "/api/v1"


def referencing(
    session: Session, model: Any, resource: str, where: Any, *, cascades: bool = True
) -> list[Dependent]:
    """The records of `model` (by slug) that match `where`: deleted along with the record on
    ?cascade=true when they `cascade`, else in the way of its deletion."""
    if not cascades:
        slugs = session.scalars(select(model.slug).where(where).order_by(model.slug))
        return [Dependent(resource, slug, cascades=False) for slug in slugs]
    rows = session.scalars(select(model).where(where).order_by(model.slug))
    return [Dependent(resource, r.slug, cascades=True, model=r, id=r.id) for r in rows]


def strength_dependents(session: Session, where: Any) -> list[Dependent]:
    """Strength observations that reference a record (deleted with it on ?cascade=true)."""
    return referencing(session, StrengthObservation, "strengths", where)


def contribution_dependents(session: Session, where: Any) -> list[Dependent]:
    """Contributions that reference a record (deleted with it on ?cascade=true)."""
    return referencing(session, Contribution, "contributions", where)


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    """Resolved values minus the working data (`_`-prefixed) a kind passes on to its sync."""
    return {k: v for k, v in values.items() if not k.startswith("_")}


def _apply(row: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def create(w: Writer, kind: RecordKind, body: BaseModel) -> str:
    data = body.model_dump()
    key = kind.naming.normalize(data.pop(kind.naming.body_field))
    given_citations = data.pop("citations", None)
    # The key column may be shared (nations and organizations are both contributors).
    if w.session.scalar(
        select(kind.naming.model.id).where(getattr(kind.naming.model, kind.naming.column) == key)
    ):
        raise Conflict(
            f"A {kind.naming.noun} with key '{key}' exists.",
            errors=[FieldProblem(field=f"body.{kind.naming.body_field}", reason="already exists")],
        )
    problems = Problems()
    kind.bodies.check_key(w.session, key, problems)
    data["_key"] = key
    values = kind.bodies.resolve(w.session, data, None, problems)
    planned: list[citations.Planned] = []
    if given_citations is not None:
        items = getattr(body, "citations")  # noqa: B009 (schemas vary by kind)
        planned = citations.plan(
            w.session,
            items,
            "body.citations",
            kind.label(key),
            problems,
            reserved=problems.reserved_keys,
        )
    problems.raise_if_any()
    row = kind.naming.model(**{kind.naming.column: key}, **_columns(values), **kind.naming.fixed)
    w.session.add(row)
    w.session.flush()
    if kind.bodies.sync is not None:
        kind.bodies.sync(w, row, values, True)
    if kind.refs.citation_column is not None:
        citations.create(w, planned, kind.refs.citation_column, row.id)
    refresh_statuses(w.session)
    w.changed("create", kind.naming.resource, key, None, kind.snapshot(w.session, row))
    w.commit()
    return key


def replace(
    w: Writer, kind: RecordKind, key: str, data: dict[str, Any], if_match: str | None, action: str
) -> None:
    row = kind.get(w.session, key)
    check_if_match(if_match, row.version, f"{kind.naming.noun} '{key}'")
    before = kind.snapshot(w.session, row)
    problems = Problems()
    values = kind.bodies.resolve(w.session, data, row, problems)
    problems.raise_if_any()
    _apply(row, _columns(values))
    w.session.flush()  # the versioned UPDATE: a concurrent write makes it fail (412)
    if kind.bodies.sync is not None and kind.bodies.sync(w, row, values, False):
        refresh_statuses(w.session)
    w.changed(
        action, kind.naming.resource, row_key(kind, row), before, kind.snapshot(w.session, row)
    )
    w.commit()


def row_key(kind: RecordKind, row: Any) -> str:
    return str(getattr(row, kind.naming.column))


def merged_patch(
    w: Writer, kind: RecordKind, key: str, body: BaseModel, if_match: str | None
) -> dict[str, Any]:
    """The stored record with the PATCH applied, validated as a PUT body would be."""
    row = kind.get(w.session, key)
    check_if_match(if_match, row.version, f"{kind.naming.noun} '{row_key(kind, row)}'")
    current = kind.snapshot(w.session, row) or {}
    current.pop(kind.naming.body_field, None)
    current.update(body.model_dump(exclude_unset=True))
    try:
        return kind.bodies.replace.model_validate(current).model_dump()
    except ValidationError as exc:
        problems = Problems()
        problems.extend_from(exc)
        problems.raise_if_any()
        raise  # unreachable: a ValidationError always has errors


def _referenced(noun: str, key: str, blocking: list[Dependent]) -> Conflict:
    """The 409 of a delete that records in the way refuse, naming them."""
    can_cascade = all(d.cascades for d in blocking)
    hint = (
        " Pass ?cascade=true to delete them with it."
        if can_cascade
        else " Change or delete them first."
    )
    names = ", ".join(f"{d.resource}/{d.key}" for d in blocking[:10])
    more = f" and {len(blocking) - 10} more" if len(blocking) > 10 else ""
    return Conflict(
        f"{noun.capitalize()} '{key}' is referenced by {len(blocking)} record(s): "
        f"{names}{more}.{hint}",
        errors=[
            FieldProblem(field=f"{d.resource}/{d.key}", reason=f"references this {noun}")
            for d in blocking[:100]
        ],
    )


def remove(w: Writer, kind: RecordKind, key: str, if_match: str | None, cascade: bool) -> None:
    row = kind.get(w.session, key)
    key = row_key(kind, row)
    check_if_match(if_match, row.version, f"{kind.naming.noun} '{key}'")
    deps = kind.refs.dependents(w.session, row)
    blocking = [d for d in deps if not (cascade and d.cascades)]
    if blocking:
        raise _referenced(kind.naming.noun, key, blocking)
    before = kind.snapshot(w.session, row)
    # Its own citations, and those of everything deleted with it.
    doomed_cits = kind.owned_citations(w.session, row)
    for d in deps:
        column = {
            "contributions": "contribution_id",
            "lesson-links": "lesson_mission_id",
            "strengths": "strength_id",
        }
        doomed_cits += citations.of_subjects(w.session, column[d.resource], [d.id])
    # Lessons losing a link to a deleted mission are audited as updated.
    lesson_befores = {}
    for d in deps:
        if d.resource == "lesson-links" and d.model.lesson_id not in lesson_befores:
            lesson_befores[d.model.lesson_id] = snapshots.one(
                w.session, "lessons", d.model.lesson_id
            )
    citations.remove(w, doomed_cits, what=f"{kind.naming.noun} '{key}'")
    for d in deps:
        if d.resource in ("contributions", "strengths"):
            w.changed("delete", d.resource, d.key, snapshots.one(w.session, d.resource, d.id), None)
        w.session.execute(delete(type(d.model)).where(type(d.model).id == d.id))
    w.delete_versioned(kind.naming.model, row.id, row.version, f"{kind.naming.noun} '{key}'")
    w.session.expunge(row)
    for lesson_id, lesson_before in lesson_befores.items():
        assert lesson_before is not None
        w.changed(
            "update",
            "lessons",
            lesson_before["slug"],
            lesson_before,
            snapshots.one(w.session, "lessons", lesson_id),
        )
    refresh_statuses(w.session)
    w.changed("delete", kind.naming.resource, key, before, None)
    w.commit()


def _handlers(kind: RecordKind) -> tuple[Callable[..., Any], ...]:
    """The create, replace, update and delete route functions of one kind, bodies typed
    with its schemas."""
    KeyPath = Annotated[
        str, Path(alias=kind.naming.path_param, max_length=100, examples=list(kind.naming.examples))
    ]
    location = f"{API}/{kind.naming.resource}/{{key}}"

    def create_route(body: Any, w: WriterDep, response: Response) -> BaseModel:
        key = create(w, kind, body)
        response.status_code = 201
        response.headers["Location"] = location.format(key=key)
        return kind.answer.render(w.session, key, response)

    def replace_route(
        key: KeyPath, body: Any, w: WriterDep, response: Response, if_match: IfMatch = None
    ) -> BaseModel:
        data = body.model_dump()
        replace(w, kind, key, data, if_match, "replace")
        return kind.answer.render(w.session, kind.naming.normalize(key), response)

    def update_route(
        key: KeyPath, body: Any, w: WriterDep, response: Response, if_match: IfMatch = None
    ) -> BaseModel:
        data = merged_patch(w, kind, key, body, if_match)
        replace(w, kind, key, data, if_match, "update")
        return kind.answer.render(w.session, kind.naming.normalize(key), response)

    def delete_route(
        key: KeyPath,
        w: WriterDep,
        if_match: IfMatch = None,
        cascade: Annotated[
            bool, Query(description="Also delete what depends on it: " + kind.refs.cascade_doc)
        ] = False,
    ) -> Response:
        remove(w, kind, key, if_match, cascade)
        return Response(status_code=204)

    create_route.__annotations__["body"] = Annotated[kind.bodies.create, Body()]
    replace_route.__annotations__["body"] = Annotated[kind.bodies.replace, Body()]
    update_route.__annotations__["body"] = Annotated[kind.bodies.update, Body()]
    return create_route, replace_route, update_route, delete_route


def add_routes(router: APIRouter, kind: RecordKind) -> None:
    """POST, PUT, PATCH and DELETE for one kind, documented like the read routes."""
    create_route, replace_route, update_route, delete_route = _handlers(kind)
    name = kind.naming.noun.replace(" ", "_")
    noun = kind.naming.noun
    path = f"/{kind.naming.resource}"
    item = f"{path}/{{{kind.naming.path_param}}}"
    article = "an" if noun[:1] in "aeiou" else "a"
    router.post(
        path,
        name=f"create_{name}",
        status_code=201,
        response_model=kind.answer.model,
        summary=f"Create {article} {noun}",
        description=f"Creates {article} {noun} (editor key). Returns it with `201`, `Location` and "
        "`ETag`."
        + (" It must come with at least one citation." if kind.refs.citation_column else ""),
        responses=problem_responses(400, 401, 403, 409, 413, 415, 422),
    )(create_route)
    # PUT and PATCH: the same answer and problems, each its own verb and wording.
    edits = (
        (
            "PUT",
            "replace",
            replace_route,
            f"Replaces every field of the {noun} (editor key; `If-Match` required). Its key "
            "cannot change; citations are changed through `/citations`.",
        ),
        (
            "PATCH",
            "update",
            update_route,
            "Changes the fields given (editor key; `If-Match` required); `null` clears an "
            "optional field.",
        ),
    )
    for method, verb, endpoint, description in edits:
        router.add_api_route(
            item,
            endpoint,
            methods=[method],
            name=f"{verb}_{name}",
            response_model=kind.answer.model,
            summary=f"{verb.capitalize()} {article} {noun}",
            description=description,
            responses=problem_responses(400, 401, 403, 404, 412, 413, 415, 422, 428),
        )
    router.delete(
        item,
        name=f"delete_{name}",
        status_code=204,
        summary=f"Delete {article} {noun}",
        description=f"Deletes the {noun} and its citations (editor key; `If-Match` required). "
        "409 names the records that reference it. " + kind.refs.cascade_doc,
        responses=problem_responses(400, 401, 403, 404, 409, 412, 428),
        response_class=Response,
    )(delete_route)
