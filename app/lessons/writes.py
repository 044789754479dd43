"""Writes of lessons and their links to missions: POST /lessons, PUT/PATCH/DELETE /{slug}.

A lesson's `missions` lists the missions it is drawn from. Each link is a fact of its own, so a
new link comes with its citations; a link left out of a PUT (or a PATCH of `missions`) is
deleted with its citations.
"""

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit.writer import Writer
from app.citations import curation as citations
from app.citations.curation import CitationIn
from app.core.writes import Problems
from app.curation.fields import STRICT, LongText, Name, Slug, created
from app.curation.kind import Answer, Bodies, Naming, RecordKind, Refs
from app.curation.records import add_routes
from app.lessons import service
from app.lessons.schemas import LessonDetail
from app.models import Lesson, LessonMission, Mission
from app.models.lesson import LESSON_CATEGORIES, LESSON_KINDS

router = APIRouter(tags=["lessons"])


class MissionLink(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"mission": "ntm-i"}]}
    )

    mission: Slug
    citations: list[CitationIn] | None = Field(
        default=None,
        max_length=100,
        description="Required (at least one) for a new link; not accepted for an existing "
        "one (add citations to it through /citations).",
    )


class LessonFields(BaseModel):
    model_config = STRICT

    title: Name
    summary: LongText = Field(min_length=1)
    kind: Literal[LESSON_KINDS]  # type: ignore[valid-type]
    category: Literal[LESSON_CATEGORIES]  # type: ignore[valid-type]
    missions: list[MissionLink] = Field(default_factory=list, max_length=200)


LessonCreate = created(LessonFields)


_LINKS = "_links"


def _resolve(
    session: Session, data: dict[str, Any], row: Lesson | None, problems: Problems
) -> dict[str, Any]:
    existing: set[int] = set()
    if row is not None:
        existing = set(
            session.scalars(
                select(LessonMission.mission_id).where(LessonMission.lesson_id == row.id)
            )
        )
    links: list[tuple[int, list[citations.Planned] | None]] = []
    seen: set[str] = set()
    for n, link in enumerate(data.get("missions") or []):
        where = f"body.missions[{n}]"
        slug = link["mission"]
        if slug in seen:
            problems.add(f"{where}.mission", f"{slug!r} is listed twice")
            continue
        seen.add(slug)
        mission_id = session.scalar(select(Mission.id).where(Mission.slug == slug))
        if mission_id is None:
            problems.add(f"{where}.mission", f"no mission {slug!r}")
            continue
        given = link.get("citations")
        if mission_id in existing:
            if given:
                problems.add(
                    f"{where}.citations",
                    "the link exists; add citations to it through POST /api/v1/citations",
                )
            links.append((mission_id, None))
        elif not given:
            problems.add(f"{where}.citations", "a new link needs at least one citation")
        else:
            label = f"link-{row.slug if row else data.get('_key', 'lesson')}-{slug}"
            planned = citations.plan(
                session,
                [CitationIn.model_validate(c) for c in given],
                f"{where}.citations",
                label,
                problems,
                reserved=problems.reserved_keys,
            )
            links.append((mission_id, planned))
    return {
        "title": data["title"],
        "summary": data["summary"],
        "kind": data["kind"],
        "category": data["category"],
        _LINKS: links,
    }


def _sync(w: Writer, lesson: Lesson, values: dict[str, Any], _new: bool) -> bool:
    """Make the lesson's links the ones asked for; True if any changed."""
    wanted: list[tuple[int, list[citations.Planned] | None]] = values[_LINKS]
    current = {
        link.mission_id: link
        for link in w.session.scalars(
            select(LessonMission).where(LessonMission.lesson_id == lesson.id)
        )
    }
    keep = {mission_id for mission_id, _ in wanted}
    gone = [link for mission_id, link in current.items() if mission_id not in keep]
    for link in gone:
        cits = citations.of_subjects(w.session, "lesson_mission_id", [link.id])
        citations.remove(w, cits, what=f"the link of lesson '{lesson.slug}' to a mission")
        w.session.delete(link)
    for mission_id, planned in wanted:
        if mission_id in current or planned is None:
            continue
        link = LessonMission(lesson_id=lesson.id, mission_id=mission_id)
        w.session.add(link)
        w.session.flush()
        citations.create(w, planned, "lesson_mission_id", link.id)
    w.session.flush()
    return bool(gone) or any(m not in current for m, _ in wanted)


KIND = RecordKind(
    Naming("lessons", "lesson", Lesson, examples=("coordination-among-partners",)),
    Bodies(LessonCreate, LessonFields, _resolve, sync=_sync),
    Answer(LessonDetail, service.get_by_slug, service.detail, disputed=True),
    Refs("lesson_id", cascade_doc="Its links to missions and all their citations go with it."),
)
add_routes(router, KIND)
