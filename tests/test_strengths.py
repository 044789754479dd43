"""Strength over time, on both engines, through HTTP and the database: curation of dated head
counts, a mission's chart-ready series, personnel on a day by the one summing rule, a
contribution's observations, `active_on` from evidence, the seed format and its builder."""

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Citation, Mission, StrengthObservation
from app.seed.bundle import TEXT_DIR, load_bundle, validate
from app.seed.loader import load_seed
from tests.curation_support import API, Curated, audit_rows, etag
from tests.helpers import assert_problem

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "research"
SOURCE = "w-strength-source"
TEXT = (
    "Coalition strength\n"
    "Britain had 45,000 troops at the invasion.\n"
    "In January 1993 Britain had 8,930 troops and Poland 2,400.\n"
    "Another count gave Britain 9,000 in January 1993.\n"
    "The coalition numbered about 160,000 in January 1993.\n"
)


def _quote(text: str) -> list[dict[str, Any]]:
    return [{"source": SOURCE, "quote": text}]


def _post(api: TestClient, curated: Curated, body: dict[str, Any]) -> dict[str, Any]:
    response = api.post(f"{API}/strengths", json=body, headers=curated.auth())
    assert response.status_code == 201, response.text
    return dict(response.json())


@pytest.fixture
def observations(api: TestClient, curated: Curated, kb_db: Session) -> None:
    """A source published in January 1993, a GBR contribution to MNF-I and five counts."""
    if kb_db.scalar(select(StrengthObservation.id).where(StrengthObservation.slug == "gbr-inv")):
        return
    made = api.post(
        f"{API}/sources",
        json={
            "slug": SOURCE,
            "title": "Coalition strength",
            "kind": "article",
            "published_date": "1993-01-20",
            "full_text": TEXT,
        },
        headers=curated.auth(),
    )
    assert made.status_code == 201, made.text
    made = api.post(
        f"{API}/missions",
        json={
            "slug": "w-mission",
            "name": "Strength test mission",
            "lead_organization": "nato",
            "kind": "stabilization",
            "theater": "IRQ",
            "start_date": "1991-01-01",
            "citations": _quote("Coalition strength"),
        },
        headers=curated.auth(),
    )
    assert made.status_code == 201, made.text
    made = api.post(
        f"{API}/contributions",
        json={
            "slug": "w-gbr-mnf-i",
            "contributor": "GBR",
            "mission": "w-mission",
            "type": "personnel-deployment",
            "start_date": "1991-03-20",
            "description": "British forces",
            "citations": _quote("Britain had 45,000 troops at the invasion."),
        },
        headers=curated.auth(),
    )
    assert made.status_code == 201, made.text
    mnf = {"mission": "w-mission"}
    _post(
        api,
        curated,
        mnf
        | {
            "slug": "gbr-inv",
            "contributor": "GBR",
            "contribution": "w-gbr-mnf-i",
            "date": "1991-03-20",
            "personnel": 45000,
            "tally": "official",
            "citations": _quote("Britain had 45,000 troops at the invasion."),
        },
    )
    _post(
        api,
        curated,
        mnf
        | {
            "slug": "gbr-1993-01-wire",
            "contributor": "gbr",  # any case names the contributor
            "contribution": "w-gbr-mnf-i",
            "date": "1993-01-01",
            "date_precision": "month",
            "personnel": 8930,
            "tally": "wire",
            "citations": _quote("In January 1993 Britain had 8,930 troops"),
        },
    )
    _post(
        api,
        curated,
        mnf
        | {
            "slug": "gbr-1993-01-press",
            "contributor": "GBR",
            "date": "1993-01-01",
            "date_precision": "month",
            "personnel": 9000,
            "tally": "press",
            "citations": _quote("Another count gave Britain 9,000 in January 1993."),
        },
    )
    _post(
        api,
        curated,
        mnf
        | {
            "slug": "pol-1993-01",
            "contributor": "POL",
            "date": "1993-01-01",
            "date_precision": "month",
            "personnel": 2400,
            "tally": "wire",
            "citations": _quote("Poland 2,400."),
        },
    )
    _post(
        api,
        curated,
        mnf
        | {
            "slug": "mnf-i-1993-01-total",
            "date": "1993-01-01",
            "date_precision": "month",
            "personnel": 160000,
            "approx": True,
            "tally": "wire",
            "citations": _quote("The coalition numbered about 160,000 in January 1993."),
        },
    )


def test_a_missions_series_is_one_row_per_contributor_per_date(
    api: TestClient, observations: None
) -> None:
    body = api.get(f"{API}/missions/w-mission/strength").json()
    rows = [
        (r["date_label"], r["series"], r["contributor"], r["personnel"], r["tally"])
        for r in body["items"]
    ]
    assert rows == [
        ("1991-03-20", "contributor", "GBR", 45000, "official"),
        ("1993-01", "total", None, 160000, "wire"),
        # Two counts of Britain in January 1993: the wire tally is shown before the press one.
        ("1993-01", "contributor", "GBR", 8930, "wire"),
        ("1993-01", "contributor", "POL", 2400, "wire"),
    ]
    assert all(isinstance(r["personnel"], int) for r in body["items"])
    assert body["items"][1]["approx"] is True and body["items"][1]["date"] == "1993-01-01"
    assert body["mission"]["slug"] == "w-mission" and "official" in body["rule"]

    # Filters: contributor any-of (any case), tally, from/to.
    only = api.get(f"{API}/missions/w-mission/strength", params={"contributor": "gbr,POL"}).json()
    assert {r["contributor"] for r in only["items"]} == {"GBR", "POL"}
    press = api.get(
        f"{API}/missions/w-mission/strength", params={"contributor": "GBR", "tally": "press"}
    ).json()
    assert [(r["personnel"], r["observation"]) for r in press["items"]] == [
        (9000, "gbr-1993-01-press")
    ]
    late = api.get(f"{API}/missions/w-mission/strength", params={"from": "1992-01-01"}).json()
    assert {r["date"] for r in late["items"]} == {"1993-01-01"}
    early = api.get(f"{API}/missions/w-mission/strength", params={"to": "1992-01-01"}).json()
    assert [r["personnel"] for r in early["items"]] == [45000]

    # CSV and NDJSON: the same rows, numbers as numbers.
    text = api.get(f"{API}/missions/w-mission/strength", params={"format": "csv"}).text
    table = list(csv.DictReader(io.StringIO(text)))
    assert [row["personnel"] for row in table] == ["45000", "160000", "8930", "2400"]
    assert table[0]["contributor_name"] and table[1]["contributor"] == ""
    lines = api.get(
        f"{API}/missions/w-mission/strength", headers={"Accept": "application/x-ndjson"}
    ).text.splitlines()
    assert [json.loads(line)["personnel"] for line in lines] == [45000, 160000, 8930, 2400]


def test_series_refuses_bad_filters_with_the_field_named(
    api: TestClient, observations: None
) -> None:
    assert_problem(api.get(f"{API}/missions/nowhere/strength"), 404)
    body = assert_problem(
        api.get(f"{API}/missions/w-mission/strength", params={"contributor": "XYZ"}),
        422,
        "query.contributor",
    )
    assert body["type"].endswith("rule-violation")
    assert_problem(
        api.get(f"{API}/missions/w-mission/strength", params={"tally": "rumour"}),
        422,
        "query.tally",
    )
    assert_problem(
        api.get(f"{API}/missions/w-mission/strength", params={"from": "1994-01-01", "to": "1993"}),
        422,
    )
    assert_problem(
        api.get(
            f"{API}/missions/w-mission/strength", params={"from": "1994-01-01", "to": "1993-01-01"}
        ),
        422,
        "query.to",
    )


def test_list_and_detail_of_observations(
    api: TestClient, observations: None, kb_db: Session
) -> None:
    listed = api.get(f"{API}/strengths", params={"mission": "w-mission", "limit": 500}).json()
    stored = kb_db.scalars(
        select(StrengthObservation.slug)
        .join(Mission, StrengthObservation.mission_id == Mission.id)
        .where(StrengthObservation.status != "disputed", Mission.slug == "w-mission")
    ).all()
    assert {i["slug"] for i in listed["items"]} == set(stored)
    assert listed["total"] == len(stored) == 5
    dates = [i["date"] for i in listed["items"]]
    assert dates == sorted(dates)
    by_contributor = api.get(
        f"{API}/strengths", params={"contributor": "POL", "mission": "w-mission"}
    ).json()
    assert [i["slug"] for i in by_contributor["items"]] == ["pol-1993-01"]
    wire = api.get(
        f"{API}/strengths", params={"tally": "wire", "sort": "-personnel", "mission": "w-mission"}
    ).json()
    assert [i["personnel"] for i in wire["items"]] == [160000, 8930, 2400]

    detail = api.get(f"{API}/strengths/gbr-1993-01-wire")
    assert detail.status_code == 200 and detail.headers["ETag"]
    item = detail.json()
    # Known to the month: the placeholder day is labelled as a month, never shown as exact.
    assert (item["date"], item["date_precision"], item["date_label"]) == (
        "1993-01-01",
        "month",
        "1993-01",
    )
    assert item["contributor"]["code"] == "GBR" and item["contribution"]["slug"] == "w-gbr-mnf-i"
    assert [c["quote"] for c in item["citations"]] == ["In January 1993 Britain had 8,930 troops"]
    assert item["citations"][0]["key"].startswith("strength-observation-gbr-1993-01-wire")
    total = api.get(f"{API}/strengths/mnf-i-1993-01-total").json()
    assert total["contributor"] is None and total["approx"] is True
    assert_problem(api.get(f"{API}/strengths/nothing-here"), 404)

    # A citation can name an observation as its subject, and lists say so.
    cit = kb_db.scalars(
        select(Citation).where(Citation.strength_id.is_not(None)).order_by(Citation.key)
    ).first()
    assert cit is not None
    got = api.get(f"{API}/citations/{cit.key}").json()
    assert got["subject"]["type"] == "strength"


def test_a_contributions_record_carries_its_observations(
    api: TestClient, observations: None
) -> None:
    body = api.get(f"{API}/contributions/w-gbr-mnf-i").json()
    assert [(s["slug"], s["personnel"]) for s in body["strengths"]] == [
        ("gbr-inv", 45000),
        ("gbr-1993-01-wire", 8930),
    ]


def test_personnel_is_summed_by_the_one_rule(
    api: TestClient, observations: None, kb_db: Session
) -> None:
    def personnel(**params: str) -> dict[str, Any]:
        response = api.get(f"{API}/stats/overview", params=params)
        assert response.status_code == 200, response.text
        return dict(response.json()["personnel"])

    # Before 2005 only the invasion count exists.
    assert personnel(as_of="1992-06-01")["total"] == 45000
    # In January 1993: Britain's latest (the wire count preferred over the press one on the
    # same date) plus Poland's; the mission-wide total is not added, nor the 2003 figure.
    jan = personnel(as_of="1993-01-15")
    assert (jan["total"], jan["contributors"], jan["oldest_observation"]) == (
        8930 + 2400,
        2,
        "1993-01-01",
    )
    assert "latest" in jan["rule"]
    # By default, the day of the latest observation (the seed's own reach later).
    latest = kb_db.scalar(select(func.max(StrengthObservation.observed_on)))
    assert latest is not None and personnel()["as_of"] == latest.isoformat()
    assert personnel(as_of="1990-01-01")["total"] is None
    assert_problem(api.get(f"{API}/stats/overview", params={"as_of": "1993-13-01"}), 422)


def test_active_on_answers_from_evidence(api: TestClient, observations: None) -> None:
    def active(day: str) -> set[str]:
        body = api.get(
            f"{API}/contributions", params={"active_on": day, "mission": "w-mission", "limit": 500}
        ).json()
        return {c["slug"] for c in body["items"]}

    # No end date: running up to its last evidence, the January 1993 count (month precision:
    # the whole month) and its source, published on 20 January 1993.
    assert "w-gbr-mnf-i" in active("1992-06-01")
    assert "w-gbr-mnf-i" in active("1993-01-31")
    assert "w-gbr-mnf-i" not in active("1993-02-01")
    assert "w-gbr-mnf-i" not in active("1996-06-30")
    later = api.get(
        f"{API}/contributions", params={"from": "1994-01-01", "contributor": "GBR", "limit": 500}
    ).json()
    assert "w-gbr-mnf-i" not in {c["slug"] for c in later["items"]}
    described = api.get("/openapi.json").json()["paths"]["/api/v1/contributions"]["get"]
    assert "last dated evidence" in described["description"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date": "1993-01-15", "date_precision": "month"}, "body.date"),
        ({"date": "1993-03-01", "date_precision": "year"}, "body.date"),
        ({"personnel": -1}, "body.personnel"),
        ({"personnel": "12"}, "body.personnel"),
        ({"contributor": "XYZ"}, "body.contributor"),
        ({"mission": "no-such-mission"}, "body.mission"),
        ({"tally": "rumour"}, "body.tally"),
        ({"contribution": "w-gbr-mnf-i", "contributor": "POL"}, "body.contribution"),
        ({"citations": []}, "body.citations"),
        ({"citations": [{"source": SOURCE, "quote": "Britain had 99 troops."}]}, None),
    ],
)
def test_bad_observations_are_422_naming_the_field(
    api: TestClient,
    curated: Curated,
    kb_db: Session,
    observations: None,
    change: dict[str, Any],
    field: str | None,
) -> None:
    body = {
        "slug": "w-bad",
        "mission": "w-mission",
        "contributor": "GBR",
        "date": "1993-01-01",
        "personnel": 1,
        "tally": "official",
        "citations": _quote("Britain had 45,000 troops at the invasion."),
    } | change
    response = api.post(f"{API}/strengths", json=body, headers=curated.auth())
    problem = assert_problem(response, 422, field or "body.citations[0].quote")
    assert problem["errors"]
    kb_db.expire_all()
    assert (
        kb_db.scalar(select(StrengthObservation.id).where(StrengthObservation.slug == "w-bad"))
        is None
    )


def test_curation_with_if_match_and_audit(
    api: TestClient, curated: Curated, kb_db: Session, observations: None
) -> None:
    url = f"{API}/strengths/pol-1993-01"
    editor = curated.auth()
    assert_problem(api.patch(url, json={"personnel": 2500}, headers=editor), 428)
    assert_problem(
        api.patch(url, json={"personnel": 2500}, headers=editor | {"If-Match": '"999"'}), 412
    )
    patched = api.patch(
        url, json={"personnel": 2500}, headers=editor | {"If-Match": etag(api, url)}
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["personnel"] == 2500
    entry = audit_rows(kb_db, resource="strengths", record_key="pol-1993-01")[-1]
    assert (entry.action, entry.before["personnel"], entry.after["personnel"]) == (
        "update",
        2400,
        2500,
    )
    kb_db.expire_all()
    stored = kb_db.scalars(
        select(StrengthObservation).where(StrengthObservation.slug == "pol-1993-01")
    ).one()
    assert stored.personnel == 2500
    history = api.get(f"{url}/history").json()["items"]
    assert [h["action"] for h in history][:2] == ["update", "create"]
    # Bad PATCH: a month date that is not the 1st is refused, nothing changes.
    assert_problem(
        api.patch(url, json={"date": "1993-01-09"}, headers=editor | {"If-Match": etag(api, url)}),
        422,
        "body.date",
    )
    deleted = api.delete(url, headers=editor | {"If-Match": etag(api, url)})
    assert deleted.status_code == 204
    assert_problem(api.get(url), 404)
    kb_db.expire_all()
    assert kb_db.scalars(select(Citation.key).where(Citation.quote == "Poland 2,400.")).all() == []
    # Put it back for the other tests of this module.
    _post(
        api,
        curated,
        {
            "slug": "pol-1993-01",
            "mission": "w-mission",
            "contributor": "POL",
            "date": "1993-01-01",
            "date_precision": "month",
            "personnel": 2400,
            "tally": "wire",
            "citations": _quote("Poland 2,400."),
        },
    )


def test_deleting_a_contribution_names_its_observations(
    api: TestClient, curated: Curated, kb_db: Session, observations: None
) -> None:
    made = api.post(
        f"{API}/contributions",
        json={
            "slug": "w-temp-gbr",
            "contributor": "GBR",
            "mission": "w-mission",
            "type": "personnel-deployment",
            "description": "Temporary",
            "citations": _quote("Britain had 45,000 troops at the invasion."),
        },
        headers=curated.auth(),
    )
    assert made.status_code == 201, made.text
    _post(
        api,
        curated,
        {
            "slug": "w-temp-count",
            "mission": "w-mission",
            "contributor": "GBR",
            "contribution": "w-temp-gbr",
            "date": "1991-03-20",
            "personnel": 45000,
            "tally": "press",
            "citations": _quote("Britain had 45,000 troops at the invasion."),
        },
    )
    url = f"{API}/contributions/w-temp-gbr"
    refused = api.delete(url, headers=curated.auth() | {"If-Match": etag(api, url)})
    assert_problem(refused, 409, "strengths/w-temp-count")
    gone = api.delete(
        url, params={"cascade": "true"}, headers=curated.auth() | {"If-Match": etag(api, url)}
    )
    assert gone.status_code == 204, gone.text
    assert_problem(api.get(f"{API}/strengths/w-temp-count"), 404)
    (entry,) = [
        e for e in audit_rows(kb_db, resource="strengths") if e.record_key == "w-temp-count"
    ][-1:]
    assert entry.action == "delete"


def test_export_and_import_carry_observations(
    api: TestClient, curated: Curated, observations: None
) -> None:
    exported = api.get(f"{API}/export", headers=curated.auth("admin"))
    assert exported.status_code == 200, exported.text
    doc = exported.json()
    (wire,) = [s for s in doc["strengths"] if s["slug"] == "gbr-1993-01-wire"]
    assert wire == {
        "slug": "gbr-1993-01-wire",
        "mission": "w-mission",
        "contributor": "GBR",
        "contribution": "w-gbr-mnf-i",
        "date": "1993-01-01",
        "date_precision": "month",
        "personnel": 8930,
        "approx": False,
        "tally": "wire",
        "note": None,
    }
    assert any(c["subject"] == {"strength": "gbr-1993-01-wire"} for c in doc["citations"])
    changed = dict(wire, personnel=8931)
    report = api.post(
        f"{API}/import",
        params={"dry_run": "true"},
        json={"format": 1, "strengths": [changed]},
        headers=curated.auth("admin"),
    )
    assert report.status_code == 200, report.text
    assert report.json()["kinds"]["strengths"]["changed"] == ["gbr-1993-01-wire"]
    bad = api.post(
        f"{API}/import",
        json={"format": 1, "strengths": [dict(wire, date="1993-01-09")]},
        headers=curated.auth("admin"),
    )
    assert_problem(bad, 422)


def test_builder_output_validates_and_loads_idempotently(
    tmp_path: Path, api: TestClient, kb_db: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    from scripts.build_strengths_seed import main

    data = tmp_path / "data"
    data.mkdir()
    for path in (ROOT / "app" / "seed" / "data").glob("*.yaml"):
        shutil.copy(path, data / path.name)
    out = data / "strengths.yaml"
    assert main(["--research", str(SAMPLE), "--seed-dir", str(data), "--out", str(out)]) == 0
    skipped = capsys.readouterr().err
    assert "kind 'event' cannot be expressed yet" in skipped
    assert "mission 'no-such-mission': not in the seed" in skipped
    assert "nation CAN is in the seed already" in skipped

    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert [n["iso3"] for n in written["nations"]] == ["KAZ"]
    (can,) = [c for c in written["contributions"] if c["contributor"] == "CAN"]
    assert (str(can["start_date"]), str(can["end_date"]), can["date_precision"]) == (
        "2004-07-30",
        "2004-12-16",
        "day",
    )
    (kaz,) = [c for c in written["contributions"] if c["contributor"] == "KAZ"]
    assert (str(kaz["start_date"]), kaz["end_date"], kaz["date_precision"]) == (
        "2003-09-01",
        None,
        "month",
    )
    assert [(s["personnel"], s["date_precision"], s["tally"]) for s in written["strengths"]] == [
        (45, "day", "official"),
        (60, "month", "official"),
    ]

    bundle = load_bundle(data, TEXT_DIR)
    assert validate(bundle) == []  # every quote verbatim in its shipped excerpt
    first = load_seed(kb_db, bundle)
    kb_db.commit()
    assert first["created"] > 0
    second = load_seed(kb_db, load_bundle(data, TEXT_DIR))
    kb_db.commit()
    assert (second["created"], second["updated"]) == (0, 0)
    sample = {s["slug"] for s in written["strengths"]}
    series = api.get(f"{API}/missions/ntm-i/strength").json()["items"]
    assert {
        (r["date_label"], r["series"], r["personnel"]) for r in series if r["observation"] in sample
    } == {("2004-08-07", "total", 45), ("2004-10", "total", 60)}


def test_builder_links_folds_and_joins_deployments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The builder's rules for one contingent recorded several times (research/FORMAT.md):
    a sighting inside a deployment is a citation of it, a withdrawal with no arrival joins the
    deployment it ends, and a figure measures the one deployment it can only mean."""
    from scripts.build_strengths_seed import main

    data = tmp_path / "data"
    data.mkdir()
    for path in (ROOT / "app" / "seed" / "data").glob("*.yaml"):
        if path.name != "strengths.yaml":
            shutil.copy(path, data / path.name)
    public = yaml.safe_load((data / "public.yaml").read_text(encoding="utf-8"))
    source = public["sources"][0]["slug"]

    def fact(kind: str, quote: str, **fields: Any) -> dict[str, Any]:
        return {"kind": kind, "mission": "mnf-i", "contributor": "ISL", "source": source,
                "quote": quote, **fields}  # fmt: skip

    notes = tmp_path / "research" / "area"
    notes.mkdir(parents=True)
    facts = [
        fact("deployment", "arrival", start="2004-01", end=None),
        fact("deployment", "named in a list", start="2004-06-01", end="2004-06-01"),
        fact("deployment", "withdrawal", start=None, end="2005-03"),
        fact("strength", "five in September", date="2004-09", personnel=5),
        fact("deployment", "second tour", start="2006-01", end="2006-12"),
        fact("deployment", "third tour, of six", start="2006-06", end="2007-06"),
        fact("strength", "seven in August", date="2006-08", personnel=7),
        fact("strength", "third tour", date="2006-09", personnel=6),
    ]
    (notes / "facts.yaml").write_text(yaml.safe_dump({"facts": facts}), encoding="utf-8")
    out = data / "strengths.yaml"
    assert main(["--research", str(notes.parent), "--seed-dir", str(data), "--out", str(out)]) == 0
    report = capsys.readouterr().err
    assert "facts[1]: sighting folded into deployment 'isl-mnf-i-deployment'" in report
    assert "facts[2]: the end of the deployment at area/facts.yaml facts[0]: joined" in report
    assert "unlinked: isl-mnf-i-2006-08-official: 2 deployments cover its date" in report

    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    deployments = {c["slug"]: c for c in written["contributions"]}
    assert set(deployments) == {
        "isl-mnf-i-deployment", "isl-mnf-i-deployment-2", "isl-mnf-i-deployment-3"
    }  # fmt: skip
    first = deployments["isl-mnf-i-deployment"]
    assert (str(first["start_date"]), str(first["end_date"]), first["date_precision"]) == (
        "2004-01-01",
        "2005-03-01",
        "month",
    )
    assert [c["quote"] for c in first["citations"]] == ["arrival", "withdrawal", "named in a list"]
    measured = {s["personnel"]: s["contribution"] for s in written["strengths"]}
    assert measured == {5: "isl-mnf-i-deployment", 7: None, 6: "isl-mnf-i-deployment-3"}


def test_the_seed_validator_names_bad_strengths(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for path in (ROOT / "app" / "seed" / "data").glob("*.yaml"):
        shutil.copy(path, data / path.name)
    quote = {
        "source": "canada-dnd-ntim-i-2004",
        "quote": "Throughout September and October these personnel were replaced",
        "status": "corroborated",
        "note": "test",
    }
    good = {
        "slug": "ok",
        "mission": "ntm-i",
        "contributor": None,
        "date": "2004-10-01",
        "date_precision": "month",
        "personnel": 60,
        "tally": "official",
        "citations": [dict(quote, key="t-ok")],
    }
    bad = [
        dict(good, slug="b1", mission="nowhere", citations=[dict(quote, key="t1")]),
        dict(good, slug="b2", contributor="XYZ", citations=[dict(quote, key="t2")]),
        dict(good, slug="b3", date="2004-10-09", citations=[dict(quote, key="t3")]),
        dict(good, slug="b4", personnel=-5, citations=[dict(quote, key="t4")]),
        dict(good, slug="b5", tally="rumour", citations=[dict(quote, key="t5")]),
        dict(good, slug="b6", citations=[]),
        dict(
            good, slug="b7", contribution="hun-ntm-i-t72-tanks", citations=[dict(quote, key="t7")]
        ),
        dict(
            good,
            slug="b8",
            citations=[dict(quote, key="t8", quote="The mission grew to 6,000 personnel.")],
        ),
    ]
    text = yaml.safe_dump({"strengths": [good, *bad]}).replace("'2004-10-01'", "2004-10-01")
    text = text.replace("'2004-10-09'", "2004-10-09")
    (data / "zz-test.yaml").write_text(text, encoding="utf-8")
    errors = validate(load_bundle(data, TEXT_DIR))
    assert not [e for e in errors if "strength ok" in e or "t-ok" in e]
    for slug, words in [
        ("b1", "unknown mission"),
        ("b2", "unknown contributor"),
        ("b3", "1st of the month"),
        ("b4", "personnel"),
        ("b5", "tally"),
        ("b6", "no citation"),
        ("b7", "is HUN in ntm-i"),
    ]:
        assert any(slug in e and words in e for e in errors), (slug, errors)
    assert any("t8" in e and "not verbatim" in e for e in errors)


def test_search_finds_an_observation_through_its_citation(
    api: TestClient, observations: None
) -> None:
    hits = api.get(f"{API}/search", params={"q": '"Britain 9,000"', "type": "citation"}).json()
    keys = [h["key"] for h in hits["items"]]
    assert keys, hits
    cited = api.get(f"{API}/citations/{keys[0]}").json()
    assert cited["subject"] == {
        "type": "strength",
        "key": "gbr-1993-01-press",
        "url": f"{API}/strengths/gbr-1993-01-press",
    }
