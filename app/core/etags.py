"""Entity tags, one scheme for caching (If-None-Match) and for lost-update checks (If-Match).

A record's ETag is `"<record version>.<data version>"`: the record version identifies the
state a curator read; the data version changes whenever anything the response may embed
changes (a mission's detail embeds its contributions), so caches revalidate correctly.

* `If-None-Match` compares the whole tag (weak comparison).
* `If-Match` compares the record version only: a write elsewhere in the knowledge base must
  not make a curator's copy stale. `If-Match: "3"` is accepted too.

Responses that are not one record (lists, stats, search) carry `W/"d<data version>"`.
"""

import re

from app.core.state import DataVersion

_TAG = re.compile(r'\s*(W/)?"([^"]*)"\s*')


def record_etag(record_version: int, data: DataVersion) -> str:
    return f'"{record_version}.{data.version}"'


def collection_etag(data: DataVersion) -> str:
    return f'W/"d{data.version}"'


def parse_tags(header: str) -> list[str] | None:
    """Opaque tags of an If-Match / If-None-Match header; None means `*`."""
    if header.strip() == "*":
        return None
    tags = []
    for part in header.split(","):
        match = _TAG.fullmatch(part)
        if match:
            tags.append(match.group(2))
    return tags


def if_match_versions(header: str) -> set[int] | None:
    """Record versions an If-Match header accepts; None means any (`*`)."""
    tags = parse_tags(header)
    if tags is None:
        return None
    versions = set()
    for tag in tags:
        head = tag.split(".", 1)[0]
        if head.isdigit():
            versions.add(int(head))
    return versions
