"""Every key filter of every list and stats endpoint, one table: one value, two values
(comma-separated), the parameter repeated, and a value that names nothing.

Two values mean "any of": the answer is exactly the union of the two one-value answers, and a
repeated parameter means the same as a comma. A value that names no record is a 422 naming
the parameter (never 200 with nothing, never the last value silently kept); a value outside a
closed vocabulary or the schema's form is a 422 too; a free value (a theater code, a
publisher) that matches nothing is an empty answer. Found by a user: `?mission=ntm-i&mission=nmi`
answered with the last value only, and `?contributor=ITA,HUN` with 0 rows.
"""

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.config import get_settings
from tests.helpers import assert_problem, walk

API = "/api/v1"
EMPTY = "empty"

# (path, extra params, filter, value a, value b, a value naming nothing, what that gives)
CASES: list[tuple[str, dict[str, str], str, str, str, str, int | str]] = [
    ("/missions", {}, "organization", "nato", "us-led-coalition", "nowhere", 422),
    ("/missions", {}, "kind", "combat", "advisory", "cooking", 422),
    ("/missions", {}, "theater", "IRQ", "afg", "ZZZ", EMPTY),
    ("/missions", {}, "status", "corroborated", "disputed", "true", 422),
    ("/missions", {}, "year", "2003", "2004", "1900", EMPTY),
    ("/contributions", {}, "mission", "ntm-i", "nmi", "nowhere", 422),
    ("/contributions", {}, "contributor", "ITA", "hun", "XYZ", 422),
    ("/contributions", {}, "contributor_kind", "nation", "organization", "planet", 422),
    ("/contributions", {}, "type", "training", "equipment-donation", "cooking", 422),
    ("/contributions", {}, "category", "training", "logistics", "cooking", 422),
    ("/contributions", {}, "status", "corroborated", "misleading", "true", 422),
    ("/contributions", {}, "year", "2004", "2005", "1900", EMPTY),
    ("/lessons", {}, "kind", "lesson", "challenge", "moral", 422),
    ("/lessons", {}, "category", "coordination", "security", "cooking", 422),
    ("/lessons", {}, "mission", "iraq-war-operations", "ntm-i", "nowhere", 422),
    ("/lessons", {}, "status", "opinion", "disputed", "true", 422),
    ("/sources", {}, "kind", "article", "official", "rumour", 422),
    ("/sources", {}, "publisher", "NATO", "Wikipedia", "Nobody at all", EMPTY),
    ("/sources", {}, "year", "2003", "2004", "1900", EMPTY),
    (
        "/citations",
        {},
        "source",
        "role-of-nato-and-partners-in-iraq",
        "nato-mission-iraq-topic",
        "nope",
        422,
    ),
    ("/citations", {}, "status", "misleading", "disputed", "true", 422),
    ("/citations", {}, "subject_type", "mission", "contribution", "planet", 422),
    (
        "/sources/role-of-nato-and-partners-in-iraq/claims",
        {},
        "status",
        "unverifiable",
        "disputed",
        "true",
        422,
    ),
    (
        "/partner-nations",
        {},
        "framework",
        "Partnership for Peace",
        "NATO-Iraq structured cooperation framework",
        "Nothing",
        EMPTY,
    ),
    ("/organizations", {}, "kind", "alliance", "coalition", "club", 422),
    ("/contributors", {}, "kind", "nation", "organization", "planet", 422),
    ("/contribution-types", {}, "category", "training", "logistics", "cooking", 422),
    ("/contribution-types", {}, "parent", "logistics", "training", "nope", 422),
    ("/timeline", {}, "organization", "nato", "us-led-coalition", "nowhere", 422),
    ("/timeline", {}, "theater", "IRQ", "AFG", "ZZZ", EMPTY),
    ("/timeline", {}, "kind", "mission", "accession", "war", 422),
    ("/search", {"q": "training"}, "type", "mission", "contribution", "planet", 422),
]
# The stats endpoint takes the contribution list's filters: its total is the list's.
STATS = [c for c in CASES if c[0] == "/contributions"]


def _ids(items: list[dict[str, Any]]) -> set[str]:
    return {json.dumps(item, sort_keys=True) for item in items}


def _all(client: TestClient, path: str, params: Any) -> set[str]:
    items = walk(client, f"{API}{path}", **dict(params)) if isinstance(params, dict) else None
    if items is None:  # a list of pairs: a repeated parameter
        response = client.get(f"{API}{path}", params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["next"] is None, "keep the repeated-parameter answers on one page"
        items = body["items"]
    return _ids(items)


@pytest.mark.parametrize(
    ("path", "extra", "name", "a", "b", "unknown", "outcome"),
    CASES,
    ids=[f"{c[0]}?{c[2]}" for c in CASES],
)
def test_a_filter_takes_any_of_several_values_or_refuses(
    client: TestClient,
    path: str,
    extra: dict[str, str],
    name: str,
    a: str,
    b: str,
    unknown: str,
    outcome: int | str,
) -> None:
    # The largest page, so that a repeated parameter's answer fits on one (the seed grows).
    limit = {"limit": str(get_settings().max_page_size)}
    only_a = _all(client, path, {**extra, **limit, name: a})
    only_b = _all(client, path, {**extra, **limit, name: b})
    # Each value alone matches something, so the union means something (the seed links
    # lessons to one mission only: NTM-I has none, and must add nothing).
    assert only_a and (only_b or (path, name) == ("/lessons", "mission"))
    both = _all(client, path, {**extra, **limit, name: f"{a},{b}"})
    assert both == only_a | only_b
    assert both != only_b and (both != only_a or not only_b)
    repeated = _all(client, path, [*extra.items(), *limit.items(), (name, a), (name, b)])
    assert repeated == both
    spaced = _all(client, path, {**extra, **limit, name: f" {a} , {b} "})
    assert spaced == both

    answer = client.get(f"{API}{path}", params={**extra, name: unknown})
    if outcome == EMPTY:
        assert answer.status_code == 200, answer.text
        assert answer.json()["items"] == []
    else:
        assert_problem(answer, 422, f"query.{name}")
        mixed = client.get(f"{API}{path}", params={**extra, name: f"{a},{unknown}"})
        assert_problem(mixed, 422, f"query.{name}")
    assert_problem(client.get(f"{API}{path}", params={**extra, name: ""}), 422, f"query.{name}")
    assert_problem(
        client.get(f"{API}{path}", params={**extra, name: f"{a},,{b}"}), 422, f"query.{name}"
    )


@pytest.mark.parametrize(
    ("path", "extra", "name", "a", "b", "unknown", "outcome"),
    STATS,
    ids=[c[2] for c in STATS],
)
def test_stats_take_the_same_filters_as_the_list(
    client: TestClient,
    path: str,
    extra: dict[str, str],
    name: str,
    a: str,
    b: str,
    unknown: str,
    outcome: int | str,
) -> None:
    for params in ({name: a}, {name: f"{a},{b}"}, [(name, a), (name, b)]):
        listed = client.get(f"{API}/contributions", params=params)
        # (with the unnamed groups, which stats rank apart by default: docs/data.md)
        stats = client.get(
            f"{API}/stats/contributions",
            params=[
                *(params.items() if isinstance(params, dict) else params),
                ("include_groups", "true"),
            ],
        )
        assert stats.status_code == 200, stats.text
        assert stats.json()["total"] == listed.json()["total"], params
    answer = client.get(f"{API}/stats/contributions", params={name: unknown})
    if outcome == EMPTY:
        assert answer.json()["total"] == 0
    else:
        assert_problem(answer, 422, f"query.{name}")


@pytest.mark.parametrize(
    "url",
    [
        f"{API}/contributions?limit=1&limit=2",
        f"{API}/contributions?sort=slug&sort=-slug",
        f"{API}/missions?active_on=2005-01-01&active_on=2010-01-01",
        f"{API}/stats/contributions?group_by=type&group_by=mission",
        f"{API}/timeline?from=2004-01-01&from=2005-01-01",
        f"{API}/search?q=nato&q=training",
    ],
)
def test_a_parameter_that_takes_one_value_refuses_two(client: TestClient, url: str) -> None:
    name = url.split("?")[1].split("=")[0]
    body = assert_problem(client.get(url), 400, f"query.{name}")
    assert "more than once" in body["detail"]


def test_facet_values_are_filter_values(client: TestClient) -> None:
    """Every value a facet offers, sent back as that filter, lists exactly its count."""
    for path, facets in (
        ("/contributions", "contributor,contributor_kind,type,category,mission,year,status"),
        ("/missions", "organization,kind,theater,year,status"),
        ("/lessons", "kind,category,mission,status"),
        ("/sources", "kind,publisher,year"),
        ("/citations", "source,status,subject_type"),
    ):
        body = client.get(f"{API}{path}", params={"facets": facets, "facet_size": 100}).json()
        for name, facet in body["facets"].items():
            values = facet["values"] if isinstance(facet, dict) else facet
            for entry in values:
                if entry["value"] is None:  # records with no value: no filter names them
                    continue
                value = str(entry["value"])
                if "," in value or '"' in value:  # double-quoted, as in CSV
                    value = '"' + value.replace('"', '""') + '"'
                params = {name: value, "limit": 1}
                if name == "type":  # the type filter includes sub-types; the facet does not
                    continue
                got = client.get(f"{API}{path}", params=params)
                assert got.status_code == 200, (path, name, entry, got.text)
                assert got.json()["total"] == entry["count"], (path, name, entry)


def test_a_filter_takes_at_most_100_values_commas_and_repeats_together(
    client: TestClient,
) -> None:
    """A bound no schema can state (the values of every repeat, counted together): a 422 of
    the rule-violation type naming the parameter, never a validation one (schemathesis)."""
    names = [f"m{i}" for i in range(101)]
    for params in (
        {"mission": ",".join(names)},
        [("mission", ",".join(names[:60])), ("mission", ",".join(names[60:]))],
    ):
        response = client.get(f"{API}/stats/contributions", params=params)
        body = assert_problem(response, 422, "query.mission")
        assert body["type"].endswith("/rule-violation"), body
    # 100 is fine (each is then looked up: unknown missions are the same rule's 422)
    response = client.get(f"{API}/contributions", params={"mission": ",".join(names[:100])})
    assert "at most" not in response.text
