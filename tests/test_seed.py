"""The seed is data: every quote verbatim, every fact cited, loading idempotent."""

from fastapi.testclient import TestClient
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.core.db import pairs
from app.models import (
    Citation,
    Contribution,
    ContributionType,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
    Source,
)
from app.seed.bundle import load_bundle, validate
from app.seed.loader import load_seed


def test_seed_files_are_valid() -> None:
    bundle = load_bundle()
    assert validate(bundle) == []


def test_every_quote_is_verbatim_in_its_shipped_text(db: Session) -> None:
    texts = pairs(db.execute(select(Source.id, Source.full_text)))
    checked = 0
    for source_id, quote, section in db.execute(
        select(Citation.source_id, Citation.quote, Citation.section)
    ):
        text = texts[source_id]
        if text is None:
            continue
        assert quote in text, f"not verbatim: {quote[:80]!r}"
        if section is not None:
            assert section in {line.strip() for line in text.splitlines()}
        checked += 1
    assert checked > 100


def test_document_is_shipped_with_its_origin(db: Session) -> None:
    doc = db.scalars(select(Source).where(Source.slug == "role-of-nato-and-partners-in-iraq")).one()
    assert doc.full_text is not None and "generated with the support of AI" in doc.full_text
    assert doc.reliability is not None and "AI" in doc.reliability


def test_every_fact_bearing_row_has_a_citation(db: Session) -> None:
    for model, column in (
        (Mission, Citation.mission_id),
        (Contribution, Citation.contribution_id),
        (Lesson, Citation.lesson_id),
        (LessonMission, Citation.lesson_mission_id),
        (Contributor, Citation.contributor_id),
    ):
        uncited = db.scalars(select(model.id).where(~exists().where(column == model.id))).all()
        assert uncited == [], f"{model.__name__} rows without a citation: {uncited}"


def test_seed_covers_the_document(db: Session) -> None:
    counts = {
        m.__name__: db.scalar(select(func.count()).select_from(m))
        for m in (Mission, Contribution, ContributionType, Lesson, Contributor)
    }
    assert counts["Contribution"] >= 50
    assert counts["Lesson"] >= 20
    kinds = set(db.scalars(select(Lesson.kind).distinct()))
    assert kinds == {"lesson", "challenge", "achievement"}


def test_loading_twice_changes_nothing(db: Session) -> None:
    def snapshot() -> dict[str, list[tuple[object, ...]]]:
        return {
            m.__name__: sorted(db.execute(select(m.id, m.version)).all())
            for m in (
                Source,
                Contributor,
                ContributionType,
                Mission,
                Contribution,
                Lesson,
                LessonMission,
                Citation,
            )
        }

    before = snapshot()
    stats = load_seed(db)
    db.commit()
    assert stats["created"] == 0 and stats["updated"] == 0
    assert snapshot() == before


def test_polands_division_is_a_mission_with_its_contributors(client: TestClient) -> None:
    mission = client.get("/api/v1/missions/mnd-cs").json()
    assert (mission["start_date"], mission["end_date"]) == ("2003-09-03", "2008-10-04")
    listed = client.get("/api/v1/contributions", params={"mission": "mnd-cs", "limit": 200}).json()[
        "items"
    ]
    nations = {c["contributor"]["code"] for c in listed}
    # Poland, and the nations NATO's release of 3 September 2003 names.
    assert {"POL", "ESP", "UKR", "BGR", "DNK", "HUN", "LVA", "LTU", "KAZ", "NLD", "NOR"} <= nations
    series = client.get("/api/v1/missions/mnd-cs/strength").json()
    assert ("POL", 2224) in {(row["contributor"], row["personnel"]) for row in series["items"]}


def test_issue_12_corrections_are_in_the_records(client: TestClient) -> None:
    def get(path: str) -> dict:
        answer = client.get(f"/api/v1/{path}")
        assert answer.status_code == 200, answer.text
        return answer.json()

    assert get("missions/d-isis-coalition")["start_date"] == "2014-10-17"
    assert get("missions/isaf")["start_date"] == "2003-08-11"
    assert get("contributions/nld-nmi-command")["end_date"] == "2025-05-22"
    france = get("contributions/fra-nmi-command")
    assert (france["start_date"], france["date_precision"]) == ("2025-05-22", "day")
    assert "Partnership for Peace" in get("partner-nations/AUT")["partnership_frameworks"]
    assert "16 February 2003" in get("missions/display-deterrence")["mandate"]
    australia = get("contributions/aus-nmi-personnel")
    assert (australia["start_date"], australia["date_precision"]) == ("2019-01-01", "year")
    austria = get("contributions/aut-nmi-personnel")
    assert (austria["start_date"], austria["date_precision"]) == ("2024-11-01", "month")
    assert "Joint Force Command Naples" in get("missions/nmi")["summary"]
    assert "2,000 Iraqis" in get("contributions/nato-ntm-i-out-of-country-courses")["description"]
