"""`shape=array`: a list or stats answer as a bare JSON array, for dashboards (Superset's JSON
adapter, Grafana Infinity) that want rows and nothing around them.

The envelope's other fields are not lost: paging goes in the `Link` header (`rel="next"`,
the URL of the next page, `shape=array` kept) and the total in `X-Total-Count`, as on every
list. In CSV and NDJSON the rows are already bare, so `shape` changes nothing there.
"""

from collections.abc import Iterable
from typing import Annotated, Any, Literal

from fastapi import Query, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

Shape = Literal["object", "array"]
SHAPE_NOTE = (
    "`object` (default): the answer with its envelope (`items`, `total`, `next_cursor`...). "
    "`array`: the items alone as a bare JSON array, the next page's URL in the `Link` header "
    '(`rel="next"`) and the total in `X-Total-Count` (for Superset, Grafana Infinity). '
    "No effect on CSV and NDJSON, whose rows are bare already."
)
ShapeParam = Annotated[Shape, Query(description=SHAPE_NOTE, examples=["array"])]


def bare_array(items: Iterable[Any], response: Response) -> JSONResponse:
    """The items as a JSON array, carrying the headers set so far (Link, count, validators)."""
    headers = {
        k: v
        for k, v in response.headers.items()
        if k.lower() not in ("content-length", "content-type")
    }
    return JSONResponse(jsonable_encoder(list(items)), headers=headers)
