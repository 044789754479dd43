"""Schemathesis hooks, loaded by tests/test_schemathesis.py through SCHEMATHESIS_HOOKS.

Only what OpenAPI cannot say about a valid request is taught here; the schema is not relaxed.

* A cursor is opaque: the schema can say it is a string of at most 1000 characters, not that
  it must be one this service issued. A made-up cursor in a *positive* (schema-valid) case
  would be refused with 400 by design (docs/architecture.md, keyset pagination), which
  schemathesis would read as a valid request rejected. So positive cases keep a cursor only
  if it has the shape of one we issue (a stateful step following `next_cursor`); negative
  cases keep whatever they made up, and get their 400.
* `from` after `to` is refused with 400 (an inter-parameter rule OpenAPI cannot express):
  positive cases put them in order.
"""

import base64
import json
from typing import Any

import schemathesis
from schemathesis import GenerationMode


def _looks_issued(cursor: Any) -> bool:
    if not isinstance(cursor, str):
        return False
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except ValueError:
        return False
    return isinstance(data, list) and len(data) == 4


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    meta = case.meta
    if meta is None or meta.generation.mode != GenerationMode.POSITIVE:
        return case
    query = case.query
    if not isinstance(query, dict):
        return case
    query = dict(query)
    if "cursor" in query and not _looks_issued(query["cursor"]):
        del query["cursor"]
    low, high = query.get("from"), query.get("to")
    if isinstance(low, str) and isinstance(high, str) and high < low:
        query["from"], query["to"] = high, low
    case.query = query
    return case
