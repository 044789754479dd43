"""Structured amounts, on both engines, through HTTP and the database: a number plus a unit
from a closed list (ISO 4217 codes, tanks, trainees...), `amount_approx`, curation with If-Match
and audit, export/import, the seed check, and stats that add like with like only."""

import shutil
from pathlib import Path
from typing import Any

import yaml
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.contributions.units import CURRENCIES, UNITS, legacy_unit
from app.models import Contribution
from app.seed.bundle import TEXT_DIR, load_bundle, validate
from tests.curation_support import API, Curated, audit_rows, etag
from tests.helpers import assert_problem

ROOT = Path(__file__).resolve().parents[1]
QUOTE = [
    {
        "source": "nato-assistance-to-iraq-2004-2011",
        "quote": "over 115 million euro\u2019s worth of military equipment",
    }
]


def test_seed_amounts_are_numbers_in_closed_units(client: TestClient) -> None:
    tanks = client.get(f"{API}/contributions/hun-ntm-i-tanks-2005-11-11-amount").json()
    assert (tanks["amount"], tanks["unit"], tanks["amount_approx"]) == (77, "tanks", False)
    assert "T-72" in tanks["description"]
    # NATO's own figures disagree: both are recorded, each dated and cited.
    first = client.get(f"{API}/contributions/nato-ntm-i-trust-fund").json()
    second = client.get(f"{API}/contributions/nato-ntm-i-eur-2011-12-12-amount").json()
    assert (first["amount"], first["unit"], first["amount_approx"]) == (17500000, "EUR", True)
    assert (second["amount"], second["unit"], second["end_date"]) == (17700000, "EUR", "2011-12-12")
    assert first["citations"] and second["citations"]
    hungary = client.get(
        f"{API}/contributions", params={"contributor": "HUN", "mission": "ntm-i", "limit": 100}
    ).json()["items"]
    units = {c["unit"] for c in hungary if c["amount"] is not None}
    assert {"tanks", "armoured-vehicles", "vehicles"} <= units <= set(UNITS)


def test_stats_add_amounts_within_one_unit_only(client: TestClient) -> None:
    body = client.get(
        f"{API}/stats/contributions", params={"group_by": "contributor", "mission": "ntm-i"}
    ).json()
    assert "within one unit" in body["amount_rule"]
    by_key = {g["key"]: {a["unit"]: a for a in g["amounts"]} for g in body["groups"]}
    for amounts in by_key.values():
        assert set(amounts) <= set(UNITS)
    # Hungary's tanks: 70 (Feb 2005), 77 (Nov 2005, two sources), 77 (2005): one counts, the
    # latest; 36 armoured vehicles in their own unit.
    assert (by_key["HUN"]["tanks"]["amount"], by_key["HUN"]["tanks"]["count"]) == (77, 1)
    assert by_key["HUN"]["armoured-vehicles"]["amount"] == 36
    # Two sources' figures for NATO's 2005 trust-fund pledges (USD 4.5 M, 4.55 M) are not added.
    assert by_key["nato"]["USD"]["amount"] == 4550000


def test_an_amount_is_curated_with_if_match_and_audit(
    api: TestClient, curated: Curated, kb_db: Session
) -> None:
    body: dict[str, Any] = {
        "slug": "w-amount-equipment",
        "contributor": "HUN",
        "mission": "ntm-i",
        "type": "equipment-donation",
        "amount": 36,
        "unit": "armoured-vehicles",
        "description": "Armoured personnel carriers",
        "citations": QUOTE,
    }
    refused = api.post(
        f"{API}/contributions",
        json=dict(body, unit="armoured personnel carriers"),
        headers=curated.auth(),
    )
    assert_problem(refused, 422, "body.unit")
    assert_problem(
        api.post(
            f"{API}/contributions",
            json=dict(body, amount=None, unit=None, amount_approx=True),
            headers=curated.auth(),
        ),
        422,
        "body.amount_approx",
    )
    made = api.post(f"{API}/contributions", json=body, headers=curated.auth())
    assert made.status_code == 201, made.text
    assert (made.json()["amount"], made.json()["amount_approx"]) == (36, False)
    url = f"{API}/contributions/w-amount-equipment"
    assert_problem(api.patch(url, json={"amount": 40}, headers=curated.auth()), 428)
    patched = api.patch(
        url,
        json={"amount": 40, "amount_approx": True},
        headers=curated.auth() | {"If-Match": etag(api, url)},
    )
    assert patched.status_code == 200, patched.text
    assert (patched.json()["amount"], patched.json()["amount_approx"]) == (40, True)
    entry = audit_rows(kb_db, resource="contributions", record_key="w-amount-equipment")[-1]
    assert (entry.before["amount"], entry.after["amount"]) == (36, 40)
    assert (entry.before["amount_approx"], entry.after["amount_approx"]) == (False, True)
    kb_db.expire_all()
    stored = kb_db.scalars(
        select(Contribution).where(Contribution.slug == "w-amount-equipment")
    ).one()
    assert (stored.amount, stored.unit, stored.amount_approx) == (40, "armoured-vehicles", True)
    gone = api.delete(url, headers=curated.auth() | {"If-Match": etag(api, url)})
    assert gone.status_code == 204, gone.text
    assert (
        audit_rows(kb_db, resource="contributions", record_key="w-amount-equipment")[-1].action
        == "delete"
    )


def test_export_and_import_carry_amounts(api: TestClient, curated: Curated) -> None:
    exported = api.get(f"{API}/export", headers=curated.auth("admin"))
    assert exported.status_code == 200, exported.text
    (tanks,) = [
        c
        for c in exported.json()["contributions"]
        if c["slug"] == "hun-ntm-i-tanks-2005-11-11-amount"
    ]
    assert (tanks["amount"], tanks["unit"], tanks["amount_approx"]) == (77, "tanks", False)
    changed = dict(tanks, amount_approx=True)
    report = api.post(
        f"{API}/import",
        params={"dry_run": "true"},
        json={"format": 1, "contributions": [changed]},
        headers=curated.auth("admin"),
    )
    assert report.status_code == 200, report.text
    assert report.json()["kinds"]["contributions"]["changed"] == [tanks["slug"]]
    bad = api.post(
        f"{API}/import",
        json={"format": 1, "contributions": [dict(tanks, unit="T-72 tanks")]},
        headers=curated.auth("admin"),
    )
    assert_problem(bad, 422)


def test_the_seed_check_refuses_a_free_text_unit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for path in (ROOT / "app" / "seed" / "data").glob("*.yaml"):
        shutil.copy(path, data / path.name)
    cite = {
        "source": "nato-assistance-to-iraq-2004-2011",
        "quote": "over 115 million euro\u2019s worth of military equipment",
        "status": "corroborated",
        "note": "test",
    }
    base = {
        "contributor": "nato",
        "mission": "ntm-i",
        "type": "equipment-donation",
        "amount": 115000000,
        "description": "test",
    }
    records = [
        dict(
            base, slug="ok-amount", unit="EUR", amount_approx=True, citations=[dict(cite, key="a1")]
        ),
        dict(base, slug="bad-unit", unit="EUR of equipment", citations=[dict(cite, key="a2")]),
        dict(
            base,
            slug="bad-approx",
            amount=None,
            unit=None,
            amount_approx=True,
            citations=[dict(cite, key="a3")],
        ),
    ]
    (data / "zz-test.yaml").write_text(yaml.safe_dump({"contributions": records}), "utf-8")
    errors = validate(load_bundle(data, TEXT_DIR))
    assert not [e for e in errors if "ok-amount" in e]
    assert any("bad-unit" in e and "closed list" in e for e in errors), errors
    assert any("bad-approx" in e and "amount_approx" in e for e in errors), errors


def test_free_text_units_of_earlier_data_are_read_into_the_closed_list() -> None:
    assert legacy_unit("EUR of military equipment (over)") == ("EUR", True)
    assert legacy_unit("T-72 tanks") == ("tanks", False)
    assert legacy_unit("tank-recovery vehicles") == ("vehicles", False)
    assert legacy_unit("armoured personnel carriers") == ("armoured-vehicles", False)
    assert legacy_unit("trainees in Allied countries (nearly)") == ("trainees", True)
    assert legacy_unit("sheep") is None
    assert "EUR" in CURRENCIES and all(len(code) == 3 for code in CURRENCIES)
