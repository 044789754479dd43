"""Record the API's full answers to a fixed set of requests, to prove a refactor changed none.

Loads the seed into a temporary SQLite database (with one API key of each role, made from a
fixed secret so that runs compare), sends every request of `requests()` in order through one
app (reads, then writes, since the writes change the data the reads would see) and writes one
JSON line per request: method, URL, status, headers (less those listed in VOLATILE) and the
body, to the file given (default artifacts/answers.jsonl). Record before a change, record
after it, then compare:

    .venv/bin/python scripts/record_answers.py /tmp/before.jsonl
    ... refactor ...
    .venv/bin/python scripts/record_answers.py /tmp/after.jsonl
    .venv/bin/python scripts/record_answers.py --compare /tmp/before.jsonl /tmp/after.jsonl

The writes' answers carry times (created_at, the audit's `at`) and ETags derived from them;
`--compare` masks only the values that differ between two recordings of the same code
(`VOLATILE_KEYS`, times with microseconds), so everything else must be byte-identical.
"""

import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
BASE_URL = "http://127.0.0.1:8000"
API = "/api/v1"
# Headers that change from one run of the same code to the next (Last-Modified is the time
# the seed was loaded).
VOLATILE = {"date", "last-modified", "x-request-id", "server-timing", "x-response-time"}
# JSON keys holding times (of a write, of the seed load) and request ids: the same code answers
# other values on each run.
VOLATILE_KEYS = {"at", "created_at", "updated_at", "last_used_at", "changed_at", "request_id"}

LISTS: dict[str, dict[str, Any]] = {
    "missions": {"filters": [{"kind": "training"}, {"organization": "nato"}]},
    "contributions": {
        "filters": [
            {"contributor": "ITA"},
            {"contributor": "ita"},
            {"mission": "ntm-i"},
            {"type": "training"},
            {"status": "disputed"},
            {"include_disputed": "true"},
            {"from": "2005-01-01", "to": "2006-12-31"},
            {"from": "2007-01-01", "to": "2005-01-01"},
        ],
        "facets": "contributor,contributor_kind,type,category,mission,year,status",
    },
    "partner-nations": {"filters": [{"nato_member": "true"}, {"framework": "true"}]},
    "organizations": {"filters": [{"kind": "alliance"}]},
    "contributors": {"filters": [{"kind": "nation"}, {"kind": "organization"}]},
    "contribution-types": {"filters": [{"category": "training"}, {"parent": "logistics"}]},
    "lessons": {
        "filters": [{"kind": "lesson"}, {"mission": "ntm-i"}, {"include_disputed": "true"}],
        "facets": "kind,category,mission,status",
    },
    "sources": {
        "filters": [{"kind": "official"}, {"year": "2008"}],
        "facets": "kind,publisher,year",
    },
    "citations": {
        "filters": [{"status": "disputed"}, {"subject_type": "contribution"}],
        "facets": "source,status,subject_type",
    },
    "strengths": {"filters": [{"mission": "mnf-i"}, {"contributor": "GBR"}, {"tally": "wire"}]},
}
SORTS = {
    "missions": ["name", "-start_date", "end_date"],
    "contributions": ["-slug", "start_date", "-personnel"],
    "partner-nations": ["-name", "nato_accession_date"],
    "organizations": ["-code", "name"],
    "contributors": ["name"],
    "contribution-types": ["-name"],
    "lessons": ["-title"],
    "sources": ["-published_date", "title"],
    "strengths": ["-personnel", "slug"],
}
RECORDS = {
    "missions": ["ntm-i", "mnf-i", "no-such-mission"],
    "contributions": ["hun-ntm-i-t72-tanks", "no-such-contribution"],
    "partner-nations": ["ITA", "ita", "GBR", "ZZZ", "IT"],
    "organizations": ["nato", "NATO", "nobody"],
    "contributors": ["nato", "ITA", "ita", "nobody"],
    "contribution-types": ["logistics", "training", "nothing"],
    "lessons": ["coordination-complexities", "nothing"],
    "sources": ["role-of-nato-and-partners-in-iraq", "nato-mission-iraq-topic", "nothing"],
    "citations": ["doc-isaf-in-iraq", "nothing"],
    "strengths": ["gbr-mnf-i-2005-01-17-wire", "nothing"],
}


def url(path: str, params: dict[str, Any] | None = None) -> str:
    return path + ("?" + urlencode(params, doseq=True) if params else "")


def reads(client: Any) -> Iterator[tuple[str, str, dict[str, str], Any]]:
    """(method, url, headers, json body) of every read, in order."""
    g: dict[str, str] = {}
    for name, spec in LISTS.items():
        base = f"{API}/{name}"
        yield "GET", base, g, None
        yield "GET", url(base, {"limit": 3}), g, None
        for fmt in ("csv", "ndjson"):
            yield "GET", url(base, {"format": fmt}), g, None
            yield "GET", url(base, {"format": fmt, "limit": 2}), g, None
        yield "GET", base, {"Accept": "text/csv"}, None
        for f in spec["filters"]:
            yield "GET", url(base, {**f, "limit": 5}), g, None
        for s in SORTS.get(name, []):
            yield "GET", url(base, {"sort": s, "limit": 4}), g, None
        if "facets" in spec:
            yield "GET", url(base, {"facets": spec["facets"], "limit": 1}), g, None
            yield "GET", url(base, {"facets": spec["facets"], "facet_size": 2, "limit": 1}), g, None
            yield "GET", url(base, {"facets": "nonsense"}), g, None
        # a cursor walk: first page, then the next two
        page = client.get(url(base, {"limit": 2}))
        cursor = page.json().get("next_cursor") if page.status_code == 200 else None
        for _ in range(2):
            if not cursor:
                break
            yield "GET", url(base, {"limit": 2, "cursor": cursor}), g, None
            nxt = client.get(url(base, {"limit": 2, "cursor": cursor}))
            cursor = nxt.json().get("next_cursor")
        yield "GET", url(base, {"cursor": "not-a-cursor"}), g, None
        yield "GET", url(base, {"limit": 0}), g, None
        yield "GET", url(base, {"limit": 100000}), g, None
        yield "GET", url(base, {"sort": "nonsense"}), g, None
        yield "GET", url(base, {"bogus": "1"}), g, None
        yield "GET", url(base, {"format": "xml"}), g, None
    for name, keys in RECORDS.items():
        for key in keys:
            yield "GET", f"{API}/{name}/{key}", g, None
        yield "GET", url(f"{API}/{name}/{keys[0]}", {"include_disputed": "true"}), g, None
    yield from other_reads()


def other_reads() -> Iterator[tuple[str, str, dict[str, str], Any]]:
    g: dict[str, str] = {}
    claims = f"{API}/sources/role-of-nato-and-partners-in-iraq/claims"
    for params in ({}, {"status": "disputed"}, {"format": "csv"}, {"limit": 2}):
        yield "GET", url(claims, params), g, None
    for group in (
        "mission",
        "contributor",
        "contributor_kind",
        "type",
        "category",
        "year",
        "status",
    ):
        yield "GET", url(f"{API}/stats/contributions", {"group_by": group}), g, None
    for params in (
        {"group_by": "mission", "format": "csv"},
        {"group_by": "contributor", "sort": "-personnel"},
        {"group_by": "contributor", "include_groups": "true"},
        {"group_by": "mission", "active_on": "2006-06-01"},
        {"group_by": "nonsense"},
        # amounts from the amount series (filters keeping whole series), then from the rows
        {"group_by": "contributor", "mission": "ntm-i"},
        {"group_by": "type", "contributor": "ITA,GBR"},
        {"group_by": "year", "status": "corroborated"},
        # two dimensions: long rows, the pivoted table (JSON, CSV), a selection of fields
        {"group_by": "contributor,year"},
        {"group_by": "mission,category", "include_disputed": "true"},
        {"group_by": "contributor_kind,status", "shape": "wide", "measure": "personnel"},
        {"group_by": "type,mission", "shape": "wide", "format": "csv"},
        {"group_by": "contributor,type", "fields": "key,key2,count", "format": "ndjson"},
    ):
        yield "GET", url(f"{API}/stats/contributions", params), g, None
    for params in (
        {},
        {"include_disputed": "true"},
        {"as_of": "2007-01-01"},
        {"format": "csv"},
        {"as_of": "not-a-date"},
    ):
        yield "GET", url(f"{API}/stats/overview", params), g, None
    for params in (
        {"q": "training"},
        {"q": "tanks", "limit": 2},
        {"q": "Italy", "type": "contribution"},
        {"q": "NATO", "format": "csv"},
        {"q": "NATO", "format": "ndjson"},
        {"q": "iraq", "include_disputed": "true", "limit": 3},
        {"q": ""},
        {"q": "x", "type": "nonsense"},
        {"q": "training", "cursor": "nonsense"},
    ):
        yield "GET", url(f"{API}/search", params), g, None
    for params in (
        {},
        {"limit": 5},
        {"organization": "nato", "limit": 5},
        {"from": "2005-01-01", "to": "2007-01-01", "limit": 5},
        {"format": "csv"},
        {"from": "2008-01-01", "to": "2005-01-01"},
        {"cursor": "nonsense"},
    ):
        yield "GET", url(f"{API}/timeline", params), g, None
    strength = f"{API}/missions/mnf-i/strength"
    for params in ({}, {"contributor": "GBR"}, {"format": "csv"}, {"tally": "official"}):
        yield "GET", url(strength, params), g, None
    for params in (
        {"mission": "mnf-i"},
        {"mission": "mnf-i", "interval": "quarter", "from": "2004-01-01", "to": "2005-12-31"},
        {"mission": "mnf-i", "group_by": "total", "format": "csv"},
        {"mission": "mnf-i", "group_by": "mission", "format": "ndjson"},
        {"mission": "mnf-i", "shape": "array"},
        {"from": "2008-01-01", "to": "2005-01-01"},
    ):
        yield "GET", url(f"{API}/stats/strength", params), g, None
    for path in ("/healthz", "/readyz", "/openapi.json", f"{API}/openapi.json", "/docs", "/redoc"):
        yield "GET", path, g, None
    yield "GET", f"{API}/nowhere", g, None
    # problems the middleware answers before any route (raw bodies: {"raw": ...})
    yield "GET", f"{API}/missions/%00", g, None
    yield "GET", f"{API}/missions?kind=%ff", g, None
    yield "POST", f"{API}/missions", {"Content-Type": "text/plain"}, {"raw": "x"}
    yield "POST", f"{API}/missions", {"Content-Type": "application/json"}, {"raw": "{bad"}
    yield "POST", f"{API}/missions", {"Content-Type": "application/json"}, {"raw": "[" * 5000}
    yield "POST", f"{API}/import", {"Content-Type": "application/json"}, {"raw": " " * 3_000_000}
    preflight = {"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "DELETE"}
    yield "OPTIONS", f"{API}/missions/ntm-i", preflight, None
    yield "OPTIONS", f"{API}/missions", {**preflight, "Access-Control-Request-Method": "GET"}, None
    yield "DELETE", f"{API}/missions/ntm-i", {"Origin": "https://elsewhere.example"}, None
    yield "GET", f"{API}/missions", {"If-None-Match": "*"}, None
    yield "DELETE", f"{API}/missions/ntm-i", g, None
    yield "POST", f"{API}/missions", g, {"slug": "x"}
    for path in ("/", "/kb/missions", "/kb/missions/ntm-i", "/kb/nations", "/kb/nations/ITA"):
        yield "GET", path, g, None
    for path in ("/kb/sources", "/kb/sources/role-of-nato-and-partners-in-iraq"):
        yield "GET", path, g, None
    yield "GET", url("/kb/search", {"q": "training"}), g, None


def writes(client: Any, keys: dict[str, str]) -> Iterator[tuple[str, str, dict[str, str], Any]]:
    g: dict[str, str] = {}
    ed = {"Authorization": f"Bearer {keys['editor']}"}
    ad = {"Authorization": f"Bearer {keys['admin']}"}
    rd = {"Authorization": f"Bearer {keys['reader']}"}
    yield "GET", f"{API}/audit", rd, None
    yield "GET", f"{API}/audit", ad, None
    yield "GET", f"{API}/keys", ad, None
    yield "POST", f"{API}/missions", rd, {"slug": "x"}
    yield "POST", f"{API}/missions", ed, {"slug": "Bad Slug"}
    yield "POST", f"{API}/missions", ed, {}
    yield "POST", f"{API}/contributions", ed, {"slug": "x", "contributor": "ZZZ"}
    yield "PATCH", f"{API}/missions/ntm-i", ed, {"name": "x"}  # no If-Match: 428
    yield "PATCH", f"{API}/missions/ntm-i", {**ed, "If-Match": '"nope"'}, {"name": "x"}
    yield "PUT", f"{API}/partner-nations/ZZZ", ed, {}
    yield "DELETE", f"{API}/contribution-types/logistics", {**ed, "If-Match": '"nope"'}, None
    yield "POST", f"{API}/citations", ed, {"key": "bad key"}
    yield "POST", f"{API}/lessons", ed, {"slug": "a-lesson", "title": "A lesson"}
    yield "DELETE", f"{API}/keys/nobody", ad, None
    yield "GET", f"{API}/missions/ntm-i/history", rd, None
    yield "GET", url(f"{API}/audit", {"resource": "missions"}), ad, None
    yield "GET", url(f"{API}/audit", {"since": "bad"}), ad, None
    # writes that succeed (reads change nothing, so the ETags read now still hold when sent)
    mission = f"{API}/missions/ntm-i"
    tag = client.get(mission).headers["ETag"]
    yield "PATCH", mission, {**ed, "If-Match": tag}, {"name": "NTM-I (edited)"}
    yield "GET", mission, g, None
    strength = f"{API}/strengths/gbr-mnf-i-2005-01-17-wire"
    tag = client.get(strength, params={"include_disputed": "true"}).headers["ETag"]
    yield "DELETE", strength, {**ed, "If-Match": tag}, None
    yield "GET", strength, g, None
    yield "GET", f"{API}/missions/ntm-i/history", rd, None
    yield "GET", f"{API}/audit", ad, None
    yield "GET", url(f"{API}/stats/contributions", {"group_by": "mission"}), g, None
    for params in (
        {},
        {"limit": 1},
        {"shape": "array"},
        {"resource": "strengths"},
        {"since": 9**9},
    ):
        yield "GET", url(f"{API}/changes", params), g, None
    yield "GET", url(f"{API}/audit", {"limit": 1}), ad, None
    yield "GET", url(f"{API}/missions/ntm-i/history", {"shape": "array"}), rd, None


def fixed_keys(session: Any) -> dict[str, str]:
    """One key of each role with a secret derived from its name, so two runs compare."""
    from app.auth import keys as keys_module

    made: dict[str, str] = {}
    urlsafe, hexed = keys_module.secrets.token_urlsafe, keys_module.secrets.token_hex
    for role in ("reader", "editor", "admin"):
        seed = hashlib.sha256(role.encode()).hexdigest()
        keys_module.secrets.token_urlsafe = lambda n=32, s=seed: s[:n]  # type: ignore[assignment]
        keys_module.secrets.token_hex = lambda n=16, s=seed: s[: 2 * n]  # type: ignore[assignment]
        try:
            _, made[role] = keys_module.create_key(session, name=f"{role}-key", role=role)
        finally:
            keys_module.secrets.token_urlsafe, keys_module.secrets.token_hex = urlsafe, hexed
    return made


def answer(client: Any, method: str, path: str, headers: dict[str, str], body: Any) -> str:
    if isinstance(body, dict) and set(body) == {"raw"}:
        response = client.request(method, path, headers=headers, content=body["raw"])
    else:
        response = client.request(method, path, headers=headers, json=body)
    kept = sorted((k, v) for k, v in response.headers.items() if k.lower() not in VOLATILE)
    text = response.content.decode("utf-8", "backslashreplace")
    line = {"request": [method, path, headers, body], "status": response.status_code}
    return json.dumps({**line, "headers": kept, "body": text}, ensure_ascii=False)


def record(out: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'answers.db'}"
        sys.path.insert(0, str(ROOT))
        import logging

        from fastapi.testclient import TestClient

        from app.core.db import get_engine, get_sessionmaker
        from app.core.migrations import upgrade
        from app.main import create_app
        from app.seed.loader import load_seed

        logging.disable(logging.CRITICAL)
        upgrade()
        with get_sessionmaker()() as session:
            load_seed(session)
            keys = fixed_keys(session)
            session.commit()
        n = 0
        with TestClient(create_app(), base_url=BASE_URL) as client, out.open("w") as f:
            for method, path, headers, body in [*reads(client), *writes(client, keys)]:
                f.write(answer(client, method, path, headers, body) + "\n")
                n += 1
        get_engine().dispose()
    print(f"{n} answers written to {out}")
    return 0


def masked(line: str) -> str:
    text = re.sub(r'W?/?"[0-9a-f]{16,}"', '"<etag>"', line)
    text = re.sub(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\.\d+(Z|[+-]\d\d:\d\d)?", "<time>", text)
    for key in VOLATILE_KEYS:
        text = re.sub(rf'(\\?"{key}\\?":\s*)(\\?"[^"\\]*\\?"|null|\d+)', r"\1<v>", text)
    return text


def compare(before: Path, after: Path) -> int:
    a = before.read_text().splitlines()
    b = after.read_text().splitlines()
    if len(a) != len(b):
        print(f"{len(a)} answers before, {len(b)} after")
        return 1
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    exact = len(a) - len(differ)
    still = [i for i in differ if masked(a[i]) != masked(b[i])]
    for i in still[:10]:
        print("DIFFERS:", json.loads(a[i])["request"][:2])
    print(
        f"{len(a)} answers: {exact} byte-identical, {len(differ) - len(still)} equal but for "
        f"write times, {len(still)} differ"
    )
    return 1 if still else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compare"]:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "artifacts" / "answers.jsonl"
    target.parent.mkdir(parents=True, exist_ok=True)
    sys.exit(record(target))
