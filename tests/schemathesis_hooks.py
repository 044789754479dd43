"""Schemathesis hooks, loaded by tests/test_schemathesis.py through SCHEMATHESIS_HOOKS.

Only what OpenAPI cannot say about a valid request is taught here; the schema is not relaxed.

* A cursor is opaque: the schema can say it is a string of at most 1000 characters, not that
  it must be one this service issued for this very path and filters. A made-up or foreign
  cursor in a *positive* (schema-valid) case is refused with 400 by design
  (docs/architecture.md, keyset pagination), which schemathesis would read as a valid request
  rejected. So positive cases keep a cursor only if it was issued for the same path and
  filters (a stateful step following `next_cursor` with the same query); negative cases keep
  whatever they made up, and get their 400.
* `from` after `to` is a 422 `rule-violation` (an inter-parameter rule OpenAPI cannot
  express), allowed by the check below; positive cases put them in order all the same, so
  their cases reach the query instead of stopping at the rule.
* A search needs at least one word that must occur (`-nato` alone is a 400): positive cases
  whose `q` has none get one.
* A write may name records that do not exist, or break another rule no schema states (a quote
  missing from its source's text, an ISO code that is not assigned): the answer is a 422 of
  type `rule-violation`. schemathesis.toml lets a positive case get a 422, and the check
  `positive_422_is_a_rule_violation` below then requires that type: a schema-valid body
  refused as `validation` (the schema promising more than the service takes) still fails.
* A write with `If-Match` must carry the record's *current* ETag (412 otherwise, 428 without
  one): positive PUT/PATCH/DELETE cases of an operation that takes `If-Match` get the ETag a
  GET of the same URL returns, as a client would (the key, if any, comes from
  CKB_TEST_AUTHORIZATION, set by the test).
"""

import base64
import hashlib
import json
import os
from typing import Any

import requests
import schemathesis
from schemathesis import GenerationMode

from app.core.errors import AppError
from app.search.query import parse

_NON_FILTER_PARAMS = {"cursor", "limit", "format"}  # as in app/core/pagination.py


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fingerprint(path: str, query: dict[str, Any]) -> str:
    """The service's filter fingerprint (app.core.pagination.fingerprint) for this request."""
    items = sorted(
        (k, _wire(v))
        for k, values in query.items()
        if k not in _NON_FILTER_PARAMS
        for v in (values if isinstance(values, list) else [values])
    )
    return hashlib.sha256(json.dumps([path, items]).encode()).hexdigest()[:12]


def _issued_for(cursor: Any, path: str, query: dict[str, Any]) -> bool:
    if not isinstance(cursor, str):
        return False
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except ValueError:
        return False
    if not (isinstance(data, list) and len(data) == 4):
        return False
    return bool(data[1] == _fingerprint(path, query))


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    return _positive_query(case)


def _positive_query(case: Any) -> Any:
    meta = case.meta
    if meta is None or meta.generation.mode != GenerationMode.POSITIVE:
        return case
    query = case.query
    if not isinstance(query, dict):
        return case
    query = dict(query)
    if "cursor" in query and not _issued_for(query["cursor"], case.formatted_path, query):
        del query["cursor"]
    if isinstance(query.get("q"), str) and not _has_wanted_word(query["q"]):
        query["q"] = "nato " + query["q"]
    low, high = query.get("from"), query.get("to")
    if isinstance(low, str) and isinstance(high, str) and high < low:
        query["from"], query["to"] = high, low
    case.query = query
    return case


def _has_wanted_word(text: str) -> bool:
    try:
        parse(text)
    except AppError:
        return False
    return True


@schemathesis.check
def positive_422_is_a_rule_violation(ctx: Any, response: Any, case: Any) -> None:
    meta = case.meta
    if meta is None or meta.generation.mode != GenerationMode.POSITIVE:
        return
    if response.status_code != 422:
        return
    try:
        kind = response.json().get("type", "")
    except ValueError:
        kind = ""
    if not str(kind).endswith("/rule-violation"):
        raise AssertionError(
            f"A schema-valid request was refused as {kind or 'a non-problem'}: the schema "
            f"promises more than the service accepts.\n{response.text[:2000]}"
        )


def _takes_if_match(case: Any) -> bool:
    raw = getattr(case.operation.definition, "raw", {}) or {}
    return any(
        isinstance(p, dict) and p.get("in") == "header" and p.get("name", "").lower() == "if-match"
        for p in raw.get("parameters", [])
    )


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    # Again here: explicit examples from the spec (a recorded cursor, say) skip map_case.
    _positive_query(case)
    meta = case.meta
    if case.method.upper() not in ("PUT", "PATCH", "DELETE") or not _takes_if_match(case):
        return
    if meta is None or meta.generation.mode != GenerationMode.POSITIVE:
        return
    headers = {}
    if os.environ.get("CKB_TEST_AUTHORIZATION"):
        headers["Authorization"] = os.environ["CKB_TEST_AUTHORIZATION"]
    url = case.operation.schema.get_base_url().rstrip("/") + case.formatted_path
    try:
        current = requests.get(url, headers=headers, timeout=10)
    except requests.RequestException:
        return
    etag = current.headers.get("ETag") if current.status_code == 200 else None
    if etag:
        case.headers = {**(case.headers or {}), "If-Match": etag}
