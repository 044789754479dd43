"""Writes of citations: POST /citations, PUT/PATCH/DELETE /citations/{key}.

A citation's key and subject never change (delete it and cite again). Any change re-derives
the status of the record it supports.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import snapshots
from app.audit.writer import Writer, WriterDep
from app.citations import curation
from app.citations.curation import CitationCreate, CitationFields, CitationUpdate, Planned
from app.citations.schemas import CitationRead
from app.citations.service import read_one, refresh_statuses
from app.core.errors import Conflict, FieldProblem, NotFound, problem_responses
from app.core.writes import IfMatch, Problems, check_if_match
from app.http.validators import set_record_etag
from app.models import Citation
from app.models.citation import SUBJECT_COLUMNS

router = APIRouter(tags=["sources"])

KeyPath = Annotated[str, Path(max_length=100, examples=["doc-isaf-in-iraq"])]


def _get(session: Session, key: str) -> Citation:
    # Locked until the write commits: a concurrent writer waits, then sees the new version.
    row = session.scalars(select(Citation).where(Citation.key == key).with_for_update()).first()
    if row is None:
        raise NotFound(f"No citation with key '{key}'.")
    return row


def _render(session: Session, key: str, response: Response) -> CitationRead:
    citation, read = read_one(session, key=key)
    set_record_etag(response, session, citation.version)
    return read


@router.post(
    "/citations",
    status_code=201,
    response_model=CitationRead,
    summary="Cite a source for a record",
    description="Adds a citation to the record named by `subject` (editor key). For a source "
    "with full text, the quote must occur in it verbatim and `section` must be one of its "
    "lines. Returns it with `201`, `Location` and `ETag`.",
    responses=problem_responses(400, 401, 403, 409, 413, 415, 422),
)
def create_citation(body: CitationCreate, w: WriterDep, response: Response) -> CitationRead:
    problems = Problems()
    subject = curation.resolve_subject(w.session, body.subject, "body.subject", problems)
    data = body.model_dump(exclude={"subject", "key"})
    values = curation.check(w.session, data, "body", problems)
    if body.key is not None and curation.key_taken(w.session, body.key):
        raise Conflict(
            f"A citation with key '{body.key}' exists.",
            errors=[FieldProblem(field="body.key", reason="already exists")],
        )
    problems.raise_if_any()
    assert subject is not None
    key = body.key or curation.free_key(w.session, subject.label, set())
    curation.create(w, [Planned(key=key, values=values)], subject.column, subject.id)
    refresh_statuses(w.session)
    w.commit()
    response.headers["Location"] = f"/api/v1/citations/{key}"
    return _render(w.session, key, response)


def _change(w: Writer, key: str, data: dict[str, Any], if_match: str | None, action: str) -> None:
    row = _get(w.session, key)
    check_if_match(if_match, row.version, f"citation '{key}'")
    before = snapshots.one(w.session, "citations", row.id)
    problems = Problems()
    if data.get("corrected_by") == key:
        problems.add("body.corrected_by", "a citation cannot correct itself")
    values = curation.check(w.session, data, "body", problems)
    problems.raise_if_any()
    if values["status"] != "corroborated":
        pointing = curation.referrers(w.session, [row.id])
        if pointing:
            raise Conflict(
                f"Citations {', '.join(pointing[:10])} name '{key}' as their correction, which "
                "must stay corroborated. Change them first.",
                errors=[
                    FieldProblem(field=f"citations/{k}", reason="corrected_by points here")
                    for k in pointing[:50]
                ],
            )
    target = values.pop("corrected_by")
    values["corrected_by_id"] = (
        w.session.scalar(select(Citation.id).where(Citation.key == target)) if target else None
    )
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    w.session.flush()
    refresh_statuses(w.session)
    w.changed(action, "citations", key, before, snapshots.one(w.session, "citations", row.id))
    w.commit()


@router.put(
    "/citations/{key}",
    response_model=CitationRead,
    summary="Replace a citation",
    description="Replaces every field but its key and subject (editor key; `If-Match` required).",
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 415, 422, 428),
)
def replace_citation(
    key: KeyPath,
    body: CitationFields,
    w: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> CitationRead:
    _change(w, key, body.model_dump(), if_match, "replace")
    return _render(w.session, key, response)


@router.patch(
    "/citations/{key}",
    response_model=CitationRead,
    summary="Update a citation",
    description="Changes the fields given, e.g. marks a claim `disputed` with a `note` and "
    "the `corrected_by` citation (editor key; `If-Match` required).",
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 415, 422, 428),
)
def update_citation(
    key: KeyPath,
    body: CitationUpdate,
    w: WriterDep,
    response: Response,
    if_match: IfMatch = None,
) -> CitationRead:
    row = _get(w.session, key)
    check_if_match(if_match, row.version, f"citation '{key}'")
    merged = snapshots.one(w.session, "citations", row.id) or {}
    for name in ("key", "subject"):
        merged.pop(name, None)
    merged.update(body.model_dump(exclude_unset=True))
    try:
        data = CitationFields.model_validate(merged).model_dump()
    except ValidationError as exc:
        problems = Problems()
        problems.extend_from(exc)
        problems.raise_if_any()
        raise
    _change(w, key, data, if_match, "update")
    return _render(w.session, key, response)


@router.delete(
    "/citations/{key}",
    status_code=204,
    response_class=Response,
    summary="Delete a citation",
    description="Deletes a citation (editor key; `If-Match` required). 409 if it is the "
    "last citation of its record (nothing stays uncited: add another first, or delete the "
    "record) or if other citations name it as their correction.",
    responses=problem_responses(400, 401, 403, 404, 409, 412, 428),
)
def delete_citation(key: KeyPath, w: WriterDep, if_match: IfMatch = None) -> Response:
    row = _get(w.session, key)
    check_if_match(if_match, row.version, f"citation '{key}'")
    column = next(c for c in SUBJECT_COLUMNS if getattr(row, c) is not None)
    if curation.count_for(w.session, column, getattr(row, column)) <= 1:
        subject = (snapshots.one(w.session, "citations", row.id) or {}).get("subject")
        raise Conflict(
            f"'{key}' is the only citation of {subject}; nothing may stay uncited. Add "
            "another citation first, or delete the record.",
            errors=[FieldProblem(field="path.key", reason="last citation of its record")],
        )
    curation.remove(w, [row], what=f"citation '{key}'")
    refresh_statuses(w.session)
    w.commit()
    return Response(status_code=204)
