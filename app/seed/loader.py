"""Load the seed bundle into the database: an upsert by natural key, so loading twice
gives the same rows (and the same versions: unchanged rows are not written)."""

from collections import Counter
from collections.abc import Callable
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
    row: Any = None,
) -> Any:
    """Create or update the row `where` names; `row` is that row when the caller has already
    read it (`_existing`), None when it does not exist."""
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


# Keys per IN (...) list: under SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 500


def _existing(session: Session, model: type[Any], column: str, keys: list[Any]) -> dict[Any, Any]:
    """The stored rows of `model` whose `column` is one of `keys`, by that value: one query per
    500 keys. Reading a row per record made a load one SELECT (and one autoflush) per record:
    0.9 s of CPU for an import that changes nothing at seed size (docs/testing.md)."""
    found: dict[Any, Any] = {}
    attribute = getattr(model, column)
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        for row in session.scalars(select(model).where(attribute.in_(chunk))):
            found[getattr(row, column)] = row
    return found


def is_empty(session: Session) -> bool:
    return (session.scalar(select(func.count()).select_from(Source)) or 0) == 0


# What a citation's subject kind points at: its foreign key column, and the rows it names.
SUBJECTS = {
    "mission": ("mission_id", "missions"),
    "contribution": ("contribution_id", "contributions"),
    "strength": ("strength_id", "strengths"),
    "lesson": ("lesson_id", "lessons"),
    "lesson_mission": ("lesson_mission_id", "lesson_mission"),
    "organization": ("contributor_id", "contributors"),
    "nation": ("contributor_id", "contributors"),
}


class _Loader:
    """One load: the rows written so far, by natural key, for the next kinds to refer to."""

    def __init__(self, session: Session, bundle: Bundle) -> None:
        self.session = session
        self.bundle = bundle
        self.stats: Counter[str] = Counter()
        self.rows: dict[str, dict[Any, Any]] = {}

    def each(
        self,
        section: str,
        model: type[Any],
        key: str,
        values: Callable[[dict[str, Any]], dict[str, Any]],
        pool: str | None = None,
        column: str | None = None,
    ) -> None:
        """Upsert every record of `section` by its natural key (`record[key]` into the column
        `column`, the same name by default), keeping the rows in `self.rows[pool]`."""
        rows = self.rows.setdefault(pool or section, {})
        records = self.bundle.of(section)
        stored = _existing(self.session, model, column or key, [r[key] for r in records])
        for record in records:
            where = {column or key: record[key]}
            row = stored[record[key]] = _upsert(
                self.session, model, where, values(record), self.stats, stored.get(record[key])
            )
            rows[record[key]] = row

    def id(self, pool: str, key: Any) -> int | None:
        return None if key is None else self.rows[pool][key].id

    def sources(self) -> None:
        def values(s: dict[str, Any]) -> dict[str, Any]:
            optional = ("author", "publisher", "url", "published_date", "accessed_date")
            return {
                "title": s["title"],
                **{name: s.get(name) for name in optional},
                "reviewed_date": s.get("reviewed_date"),
                "kind": s["kind"],
                "reliability": s.get("reliability"),
                "full_text": self.bundle.texts.get(s["slug"]),
            }

        self.each("sources", Source, "slug", values)

    def contributors(self) -> None:
        def organization(o: dict[str, Any]) -> dict[str, Any]:
            return {
                "kind": "organization",
                "name": o["name"],
                "acronym": o.get("acronym"),
                "organization_kind": o["kind"],
                "description": o.get("description"),
                "nato_accession_date": None,
                "partnership_frameworks": [],
            }

        def nation(n: dict[str, Any]) -> dict[str, Any]:
            return {
                "kind": "nation",
                "name": n["name"],
                "acronym": None,
                "organization_kind": None,
                "nato_accession_date": n.get("nato_accession_date"),
                "partnership_frameworks": list(n.get("partnership_frameworks") or []),
                "description": n.get("description"),
            }

        self.each("organizations", Contributor, "slug", organization, "contributors", "code")
        self.each("nations", Contributor, "iso3", nation, "contributors", "code")
        self.session.flush()

    def contribution_types(self) -> None:
        def values(t: dict[str, Any]) -> dict[str, Any]:
            return {
                "name": t["name"],
                "category": t["category"],
                "description": t.get("description"),
            }

        self.each("contribution_types", ContributionType, "slug", values)
        self.session.flush()
        types = self.rows["contribution_types"]
        for t in self.bundle.of("contribution_types"):
            parent = self.id("contribution_types", t.get("parent") or None)
            if types[t["slug"]].parent_id != parent:
                types[t["slug"]].parent_id = parent

    def missions(self) -> None:
        def values(m: dict[str, Any]) -> dict[str, Any]:
            return {
                "acronym": m.get("acronym"),
                "name": m["name"],
                "lead_organization_id": self.id("contributors", m.get("lead_organization")),
                "kind": m["kind"],
                "theater": m["theater"],
                **_dates(m),
                "mandate": m.get("mandate"),
                "summary": m.get("summary"),
            }

        self.each("missions", Mission, "slug", values)
        self.session.flush()

    def contributions(self) -> None:
        def values(c: dict[str, Any]) -> dict[str, Any]:
            return {
                "contributor_id": self.id("contributors", c["contributor"]),
                "mission_id": self.id("missions", c["mission"]),
                "type_id": self.id("contribution_types", c["type"]),
                **_dates(c),
                "personnel": c.get("personnel"),
                "amount": None if c.get("amount") is None else Decimal(str(c["amount"])),
                "unit": c.get("unit"),
                "amount_approx": bool(c.get("amount_approx", False)),
                "description": c["description"],
            }

        self.each("contributions", Contribution, "slug", values)
        self.session.flush()

    def strengths(self) -> None:
        def values(o: dict[str, Any]) -> dict[str, Any]:
            return {
                "mission_id": self.id("missions", o["mission"]),
                "contributor_id": self.id("contributors", o.get("contributor")),
                "contribution_id": self.id("contributions", o.get("contribution")),
                "observed_on": o["date"],
                "date_precision": o.get("date_precision", "day"),
                "personnel": o["personnel"],
                "approx": bool(o.get("approx", False)),
                "tally": o["tally"],
                "note": o.get("note"),
            }

        self.each("strengths", StrengthObservation, "slug", values)

    def lessons(self) -> None:
        def values(ls: dict[str, Any]) -> dict[str, Any]:
            return {name: ls[name] for name in ("title", "summary", "kind", "category")}

        self.each("lessons", Lesson, "slug", values)
        self.session.flush()
        links = self.rows.setdefault("lesson_mission", {})
        lessons = self.bundle.of("lessons")
        lesson_ids = [self.id("lessons", ls["slug"]) for ls in lessons]
        stored: dict[tuple[Any, Any], LessonMission] = {}
        for start in range(0, len(lesson_ids), _CHUNK):
            chunk = lesson_ids[start : start + _CHUNK]
            query = select(LessonMission).where(LessonMission.lesson_id.in_(chunk))
            for row in self.session.scalars(query):
                stored[row.lesson_id, row.mission_id] = row
        for ls in lessons:
            for link in ls.get("missions") or []:
                mission = link if isinstance(link, str) else link["mission"]
                where = {
                    "lesson_id": self.id("lessons", ls["slug"]),
                    "mission_id": self.id("missions", mission),
                }
                found = stored.get((where["lesson_id"], where["mission_id"]))
                row = _upsert(self.session, LessonMission, where, {}, self.stats, found)
                stored[where["lesson_id"], where["mission_id"]] = row
                links[(ls["slug"], mission)] = row
        self.session.flush()

    def citations(self) -> None:
        citations: dict[str, Citation] = {}
        keys = [c["key"] for _, c in self.bundle.attached]
        stored = _existing(self.session, Citation, "key", keys)
        for (kind, value), c in self.bundle.attached:
            values: dict[str, Any] = {column: None for column, _ in SUBJECTS.values()}
            column, pool = SUBJECTS[kind]
            values[column] = self.id(pool, value)
            values.update(
                {
                    "source_id": self.id("sources", c["source"]),
                    "section": c.get("section"),
                    "quote": c["quote"],
                    "locator": c.get("locator"),
                    "status": c.get("status", "asserted"),
                    "note": c.get("note"),
                }
            )
            where = {"key": c["key"]}
            row = citations.get(c["key"]) or stored.get(c["key"])
            citations[c["key"]] = _upsert(self.session, Citation, where, values, self.stats, row)
        self.session.flush()
        for (_, _), c in self.bundle.attached:
            target = citations[c["corrected_by"]].id if c.get("corrected_by") else None
            if citations[c["key"]].corrected_by_id != target:
                citations[c["key"]].corrected_by_id = target
        self.session.flush()


def _dates(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "start_date": record.get("start_date"),
        "end_date": record.get("end_date"),
        "date_precision": record.get("date_precision", "day"),
    }


def load_seed(session: Session, bundle: Bundle | None = None) -> Counter[str]:
    """Validate everything first, then write, kind by kind in the order their references
    need; the caller commits (all or nothing)."""
    bundle = bundle or load_bundle()
    errors = validate(bundle)
    if errors:
        raise SeedError("seed data is invalid:\n" + "\n".join(errors))
    load = _Loader(session, bundle)
    load.sources()
    load.contributors()
    load.contribution_types()
    load.missions()
    load.contributions()
    load.strengths()
    load.lessons()
    load.citations()
    refresh_statuses(session)
    if load.stats["created"] or load.stats["updated"]:
        bump(session)
    return load.stats


def seed_if_empty(session: Session) -> Counter[str] | None:
    if not is_empty(session):
        return None
    stats = load_seed(session)
    session.commit()
    return stats
