"""A mission's and a contribution's GET are built as plain JSON values and serialized once
(`RecordView.answer_data`), not through their response models: held here to the bytes those
models write, and to what the independent routes they summarize answer (the lists, a
citation's and a strength's own GET, built through the models)."""

from collections import defaultdict
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel, TypeAdapter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.contributions.schemas import ContributionDetail
from app.missions.schemas import ContributionBrief, MissionDetail
from app.models import Contribution, Mission
from tests.helpers import walk

API = "/api/v1"
BRIEF = ",".join(["type.slug", *ContributionBrief.model_fields, "url", "html_url"])
DETAIL_ONLY = {"contributions_by_type", "lessons", "citations", "strengths"}


def _model_bytes(model: type[BaseModel], body: bytes) -> bytes:
    """`body` read into `model` and written back, as FastAPI writes a response model."""
    return TypeAdapter(model).dump_json(model.model_validate_json(body))


def _record(body: dict[str, Any]) -> list[tuple[str, Any]]:
    """The record's own fields, in order (what its list item holds)."""
    return [(k, v) for k, v in body.items() if k not in DETAIL_ONLY]


@pytest.mark.parametrize("disputed", ["false", "true"])
def test_every_record_answer_is_its_models_bytes(
    client: TestClient, db: Session, disputed: str
) -> None:
    """Field order, computed links, dates and amounts as the model writes them."""
    for model, path, column in (
        (MissionDetail, "missions", Mission.slug),
        (ContributionDetail, "contributions", Contribution.slug),
    ):
        for slug in db.scalars(select(column)):
            response = client.get(f"{API}/{path}/{slug}", params={"include_disputed": disputed})
            assert response.status_code == 200, response.text
            assert response.headers["content-type"] == "application/json"
            assert response.content == _model_bytes(model, response.content), slug


def test_a_mission_answer_is_what_the_lists_answer(client: TestClient, db: Session) -> None:
    """Its own fields are its item in /missions; each type's preview is the first 20 items of
    that exact type in /contributions by slug, the count and personnel all of them."""
    for disputed in ("false", "true"):
        missions = walk(client, f"{API}/missions", include_disputed="true", limit=500)
        items = {m["slug"]: m for m in missions}
        for slug in db.scalars(select(Mission.slug)):
            body = client.get(f"{API}/missions/{slug}", params={"include_disputed": disputed})
            answer = body.json()
            assert _record(answer) == list(items[slug].items())
            listed = walk(
                client,
                f"{API}/contributions",
                mission=slug,
                include_disputed=disputed,
                sort="slug",
                fields=BRIEF,
                limit=500,
            )
            by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for item in listed:
                by_type[item.pop("type")["slug"]].append(item)
            groups = answer["contributions_by_type"]
            assert [g["type"]["slug"] for g in groups] == sorted(
                by_type, key=lambda t: (-len(by_type[t]), t)
            )
            for group in groups:
                rows = by_type[group["type"]["slug"]]
                assert group["count"] == len(rows)
                figures = [r["personnel"] for r in rows if r["personnel"] is not None]
                assert group["personnel"] == (sum(figures) if figures else None)
                assert [list(c.items()) for c in group["contributions"]] == [
                    list(r.items()) for r in rows[:20]
                ]
            for citation in answer["citations"]:
                alone = client.get(f"{API}/citations/{citation['key']}").json()
                assert list(citation.items()) == list({**alone, "subject": None}.items())


def test_a_contribution_answer_is_what_the_lists_answer(client: TestClient, db: Session) -> None:
    """Its own fields are its item in /contributions; its citations and strengths are their
    own GETs' (without the subject, and without a strength's citations)."""
    for disputed in ("false", "true"):
        items = {
            c["slug"]: c
            for c in walk(client, f"{API}/contributions", include_disputed="true", limit=500)
        }
        with_strengths = 0
        for slug in db.scalars(select(Contribution.slug)):
            answer = client.get(
                f"{API}/contributions/{slug}", params={"include_disputed": disputed}
            ).json()
            assert _record(answer) == list(items[slug].items())
            for citation in answer["citations"]:
                alone = client.get(f"{API}/citations/{citation['key']}").json()
                assert list(citation.items()) == list({**alone, "subject": None}.items())
            for strength in answer["strengths"]:
                alone = client.get(f"{API}/strengths/{strength['slug']}").json()
                del alone["citations"]
                assert list(strength.items()) == list(alone.items())
            with_strengths += bool(answer["strengths"])
        assert with_strengths, "the seed has contributions with strength observations"
