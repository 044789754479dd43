"""What the read routes share: a GET documented by its endpoint's docstring, and the view every
record's GET answers through (its session, its response and `fields`).

`@read_route(router, "/{slug}", MissionDetail, RECORD_ERRORS)` on an endpoint whose docstring
is "Get a mission" then a blank line and the description is FastAPI's own `@router.get` with
`summary` (the first line) and `description` (the paragraphs after it; a paragraph's lines are
joined by one space, so prose wraps in the source and stays one line in the spec), as
Python's PEP 257 lays out a docstring.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from inspect import cleandoc
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel
from pydantic_core import to_json
from sqlalchemy.orm import Session

from app.core.errors import problem_responses
from app.core.fields import Fields, fields_param, selected
from app.core.params import SessionDep
from app.core.shapes import carried_headers, json_response
from app.http.validators import set_record_etag

E = TypeVar("E", bound=Callable[..., Any])
D = TypeVar("D", bound=BaseModel)

# The problems a list can answer, and a record's (which can also be missing).
LIST_ERRORS = (400, 422)
RECORD_ERRORS = (400, 404, 422)


def docstring_doc(endpoint: Callable[..., Any]) -> tuple[str, str]:
    """The summary (the docstring's first line) and the description (its paragraphs after it,
    each on one line)."""
    summary, _, rest = cleandoc(endpoint.__doc__ or "").partition("\n\n")
    return summary, "\n\n".join(" ".join(p.split("\n")) for p in rest.split("\n\n"))


def read_route(
    router: APIRouter,
    path: str,
    model: Any,
    errors: Sequence[int] = LIST_ERRORS,
    *,
    description: str | None = None,
) -> Callable[[E], E]:
    """`@router.get(path, ...)`, documented by the endpoint's docstring (`description` given
    when the text is built from constants, as a rule stated once)."""

    def register(endpoint: E) -> E:
        summary, doc = docstring_doc(endpoint)
        router.add_api_route(
            path,
            endpoint,
            methods=["GET"],
            response_model=model,
            summary=summary,
            description=doc if description is None else description,
            responses=problem_responses(*errors),
        )
        return endpoint

    return register


@dataclass(frozen=True)
class RecordView:
    """What a record's GET answers with: its session, its response and the `fields` asked."""

    session: Session
    response: Response
    fields: Fields | None

    def answer(self, record: Any, detail: Callable[..., D], **options: Any) -> D | Response:
        """The record's answer: its ETag, then `detail(session, record, **options)`, or only
        the fields asked for."""
        set_record_etag(self.response, self.session, record.version)
        return selected(detail(self.session, record, **options), self.fields, self.response)

    def wants(self, name: str) -> bool:
        """Whether the answer keeps its top-level field `name` (every field without `fields`)."""
        return self.fields is None or name in self.fields.tree

    def answer_data(
        self, record: Any, data: Callable[..., dict[str, Any]], **options: Any
    ) -> Response:
        """As `answer`, for a record whose answer `data(session, record, **options)` builds as
        plain JSON values in its response model's shape (field order, computed fields last):
        serialized once, by the serializer FastAPI's response model would use, with no model
        built per nested object. The bytes are the model's (tests/test_record_answers.py).
        `data` gets `wants`, and reads a part of the answer only when it is wanted: a
        selection without a record's lists (`fields=slug,name`) costs one row's query."""
        set_record_etag(self.response, self.session, record.version)
        body = data(self.session, record, wants=self.wants, **options)
        if self.fields is not None:
            return json_response(self.fields.project(body), self.response)
        return Response(
            to_json(body), media_type="application/json", headers=carried_headers(self.response)
        )


def record_view(model: type[BaseModel]) -> Any:
    """The dependency of a record's GET answered as `model`:
    `Annotated[RecordView, record_view(MissionDetail)]` (its `fields` lists `model`'s). A
    coroutine, as `fields_param`: it only gathers, no worker thread round trip."""
    read_fields = fields_param(model)

    async def view(
        session: SessionDep,
        response: Response,
        fields: Annotated[Fields | None, Depends(read_fields)],
    ) -> RecordView:
        return RecordView(session, response, fields)

    return Depends(view)
