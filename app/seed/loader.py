"""Load the seed bundle into the database: an upsert by natural key, so loading twice
gives the same rows (and the same versions: unchanged rows are not written)."""

from collections import Counter
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.citations.service import refresh_statuses
from app.core.state import bump
from app.models import (
    Citation,
    Contribution,
    ContributionType,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
    Source,
    StrengthObservation,
)
from app.seed.bundle import Bundle, load_bundle, validate


class SeedError(Exception):
    pass


def _upsert(
    session: Session,
    model: type[Any],
    where: dict[str, Any],
    values: dict[str, Any],
    stats: Counter[str],
) -> Any:
    row = session.scalars(select(model).filter_by(**where)).first()
    if row is None:
        row = model(**where, **values)
        session.add(row)
        stats["created"] += 1
    else:
        changed = False
        for name, value in values.items():
            current = getattr(row, name)
            if isinstance(current, Decimal) and value is not None:
                value = Decimal(str(value))
            if current != value:
                setattr(row, name, value)
                changed = True
        stats["updated" if changed else "unchanged"] += 1
    return row


def is_empty(session: Session) -> bool:
    return (session.scalar(select(func.count()).select_from(Source)) or 0) == 0


def load_seed(session: Session, bundle: Bundle | None = None) -> Counter[str]:
    """Validate everything first, then write; the caller commits (all or nothing)."""
    bundle = bundle or load_bundle()
    errors = validate(bundle)
    if errors:
        raise SeedError("seed data is invalid:\n" + "\n".join(errors))
    stats: Counter[str] = Counter()
    sources = {
        s["slug"]: _upsert(
            session,
            Source,
            {"slug": s["slug"]},
            {
                "title": s["title"],
                "author": s.get("author"),
                "publisher": s.get("publisher"),
                "url": s.get("url"),
                "published_date": s.get("published_date"),
                "accessed_date": s.get("accessed_date"),
                "reviewed_date": s.get("reviewed_date"),
                "kind": s["kind"],
                "reliability": s.get("reliability"),
                "full_text": bundle.texts.get(s["slug"]),
            },
            stats,
        )
        for s in bundle.of("sources")
    }
    contributors: dict[str, Contributor] = {}
    for o in bundle.of("organizations"):
        contributors[o["slug"]] = _upsert(
            session,
            Contributor,
            {"code": o["slug"]},
            {
                "kind": "organization",
                "name": o["name"],
                "acronym": o.get("acronym"),
                "organization_kind": o["kind"],
                "description": o.get("description"),
                "nato_accession_date": None,
                "partnership_frameworks": [],
            },
            stats,
        )
    for n in bundle.of("nations"):
        contributors[n["iso3"]] = _upsert(
            session,
            Contributor,
            {"code": n["iso3"]},
            {
                "kind": "nation",
                "name": n["name"],
                "acronym": None,
                "organization_kind": None,
                "nato_accession_date": n.get("nato_accession_date"),
                "partnership_frameworks": list(n.get("partnership_frameworks") or []),
                "description": n.get("description"),
            },
            stats,
        )
    session.flush()
    types: dict[str, ContributionType] = {}
    for t in bundle.of("contribution_types"):
        types[t["slug"]] = _upsert(
            session,
            ContributionType,
            {"slug": t["slug"]},
            {
                "name": t["name"],
                "category": t["category"],
                "description": t.get("description"),
            },
            stats,
        )
    session.flush()
    for t in bundle.of("contribution_types"):
        parent = types[t["parent"]].id if t.get("parent") else None
        if types[t["slug"]].parent_id != parent:
            types[t["slug"]].parent_id = parent
    missions: dict[str, Mission] = {}
    for m in bundle.of("missions"):
        lead = m.get("lead_organization")
        missions[m["slug"]] = _upsert(
            session,
            Mission,
            {"slug": m["slug"]},
            {
                "acronym": m.get("acronym"),
                "name": m["name"],
                "lead_organization_id": contributors[lead].id if lead else None,
                "kind": m["kind"],
                "theater": m["theater"],
                "start_date": m.get("start_date"),
                "end_date": m.get("end_date"),
                "date_precision": m.get("date_precision", "day"),
                "mandate": m.get("mandate"),
                "summary": m.get("summary"),
            },
            stats,
        )
    session.flush()
    contributions: dict[str, Contribution] = {}
    for c in bundle.of("contributions"):
        contributions[c["slug"]] = _upsert(
            session,
            Contribution,
            {"slug": c["slug"]},
            {
                "contributor_id": contributors[c["contributor"]].id,
                "mission_id": missions[c["mission"]].id,
                "type_id": types[c["type"]].id,
                "start_date": c.get("start_date"),
                "end_date": c.get("end_date"),
                "date_precision": c.get("date_precision", "day"),
                "personnel": c.get("personnel"),
                "amount": None if c.get("amount") is None else Decimal(str(c["amount"])),
                "unit": c.get("unit"),
                "amount_approx": bool(c.get("amount_approx", False)),
                "description": c["description"],
            },
            stats,
        )
    session.flush()
    strengths: dict[str, StrengthObservation] = {}
    for o in bundle.of("strengths"):
        contributor = o.get("contributor")
        contribution = o.get("contribution")
        strengths[o["slug"]] = _upsert(
            session,
            StrengthObservation,
            {"slug": o["slug"]},
            {
                "mission_id": missions[o["mission"]].id,
                "contributor_id": contributors[contributor].id if contributor else None,
                "contribution_id": contributions[contribution].id if contribution else None,
                "observed_on": o["date"],
                "date_precision": o.get("date_precision", "day"),
                "personnel": o["personnel"],
                "approx": bool(o.get("approx", False)),
                "tally": o["tally"],
                "note": o.get("note"),
            },
            stats,
        )
    lessons: dict[str, Lesson] = {}
    for ls in bundle.of("lessons"):
        lessons[ls["slug"]] = _upsert(
            session,
            Lesson,
            {"slug": ls["slug"]},
            {
                "title": ls["title"],
                "summary": ls["summary"],
                "kind": ls["kind"],
                "category": ls["category"],
            },
            stats,
        )
    session.flush()
    links: dict[tuple[str, str], LessonMission] = {}
    for ls in bundle.of("lessons"):
        for link in ls.get("missions") or []:
            mission = link if isinstance(link, str) else link["mission"]
            links[(ls["slug"], mission)] = _upsert(
                session,
                LessonMission,
                {
                    "lesson_id": lessons[ls["slug"]].id,
                    "mission_id": missions[mission].id,
                },
                {},
                stats,
            )
    session.flush()
    subjects: dict[str, Any] = {
        "mission": ("mission_id", missions),
        "contribution": ("contribution_id", contributions),
        "strength": ("strength_id", strengths),
        "lesson": ("lesson_id", lessons),
        "lesson_mission": ("lesson_mission_id", links),
        "organization": ("contributor_id", contributors),
        "nation": ("contributor_id", contributors),
    }
    citations: dict[str, Citation] = {}
    for (kind, value), c in bundle.attached:
        column, pool = subjects[kind]
        values: dict[str, Any] = dict.fromkeys(
            (
                "mission_id",
                "contribution_id",
                "lesson_id",
                "lesson_mission_id",
                "contributor_id",
                "strength_id",
            )
        )
        values[column] = pool[value].id
        values.update(
            {
                "source_id": sources[c["source"]].id,
                "section": c.get("section"),
                "quote": c["quote"],
                "locator": c.get("locator"),
                "status": c.get("status", "asserted"),
                "note": c.get("note"),
            }
        )
        citations[c["key"]] = _upsert(session, Citation, {"key": c["key"]}, values, stats)
    session.flush()
    for (_, _), c in bundle.attached:
        target = citations[c["corrected_by"]].id if c.get("corrected_by") else None
        if citations[c["key"]].corrected_by_id != target:
            citations[c["key"]].corrected_by_id = target
    session.flush()
    refresh_statuses(session)
    if stats["created"] or stats["updated"]:
        bump(session)
    return stats


def seed_if_empty(session: Session) -> Counter[str] | None:
    if not is_empty(session):
        return None
    stats = load_seed(session)
    session.commit()
    return stats
