"""Synthetic knowledge base at any scale, loaded through the project's own schema.

    python -m bench.generate --url sqlite:///bench/data/bench.db            # 1M contributions
    python -m bench.generate --url postgresql+psycopg://postgres@127.0.0.1/ckb_bench
    python -m bench.generate --url ... --scale 0.02                          # 20k, for a try

The schema is built by the project's migrations (`alembic upgrade` to LOAD_REVISION, the
schema this generator writes), then every table is filled in bulk: SQLite by `executemany`
in one transaction (journal off, synchronous off), PostgreSQL by `COPY ... FROM STDIN`
(psycopg 3). Secondary indexes are dropped before the load
and re-created after it from their own definitions (the catalog's SQL), which is what
pg_restore does and what makes a bulk load fast; the schema that results is exactly the one
the migrations built. Then `alembic upgrade head` runs the project's later migrations over the
loaded rows (the search index, the covering indexes): each builds what it derives in bulk, its
own way, exactly as it would upgrading a real database.

The data obeys the service's rules: every fact-bearing row (mission, contribution, lesson,
lesson-mission link, contributor) has a citation, each citation supports exactly one subject,
corroborated and disputed citations carry a note, a disputed citation points (corrected_by)
at the corroborated citation of the next record, and the derived columns (`status`,
`disputed_claims`, `version`) are what the service's own refresh would compute. The data
version (kb_state) is bumped once at the end.

Contributors and types are drawn from Zipf-like distributions, so a few contributor+type pairs
are large (the deep-page benchmark needs 5,000+ rows in one filter), like real data.
`--scale` multiplies missions, contributions and lessons; nations, organizations and types
stay fixed. Deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pycountry
from sqlalchemy.engine import make_url

from app.models.contribution_type import CATEGORIES
from app.models.contributor import ORGANIZATION_KINDS
from app.models.lesson import LESSON_CATEGORIES, LESSON_KINDS
from app.models.mission import MISSION_KINDS
from app.models.source import SOURCE_KINDS

NOW = "2026-01-01 00:00:00.000000"
CONSTANTS = (("version", 1), ("created_at", NOW), ("updated_at", NOW))

# The vocabulary of descriptions. COMMON appears in about a quarter of them; RARE in a few
# dozen rows at the default scale: the search benchmark asks for both.
COMMON_TERM = "training"
RARE_TERM = "carabinieri"
VERBS = ["training", "deployment", "support", "advice", "delivery", "protection", "rotation"]
OBJECTS = [
    "infantry battalion",
    "military police",
    "medical team",
    "engineers",
    "staff officers",
    "helicopters",
    "armoured vehicles",
    "field hospital",
    "signals company",
    "logistics convoy",
    "border guards",
    "naval patrol",
    "demining team",
    "air transport",
    "instructors",
]
PLACES = ["the capital", "the north", "the south", "the border", "the airport", "the port"]


@dataclass
class Counts:
    nations: int = 200
    organizations: int = 50
    missions: int = 2_000
    types: int = 40
    contributions: int = 1_000_000
    lessons: int = 20_000
    sources: int = 100

    @classmethod
    def scaled(cls, scale: float) -> Counts:
        base = cls()
        return cls(
            missions=max(10, round(base.missions * scale)),
            contributions=max(100, round(base.contributions * scale)),
            lessons=max(10, round(base.lessons * scale)),
        )


@dataclass
class Table:
    name: str
    columns: Sequence[str]
    rows: Iterable[tuple[Any, ...]]
    # Columns with one value in every row: SQL literals for SQLite (fewer binds per row).
    constants: tuple[tuple[str, Any], ...] = ()
    count: int = 0


def _count(table: Table) -> Iterator[tuple[Any, ...]]:
    n = 0
    for row in table.rows:
        n += 1
        yield row
    table.count = n


@dataclass
class Plan:
    """What the benchmark asks for: keys of existing records and filters that return data."""

    counts: dict[str, int] = field(default_factory=dict)
    mission_slug: str = ""
    contribution_slug: str = ""
    contribution_id: int = 0
    contributor_code: str = ""
    contributor_id: int = 0
    type_slug: str = ""
    type_id: int = 0
    filtered_rows: int = 0
    common_term: str = COMMON_TERM
    rare_term: str = RARE_TERM


_SUBJECTS = [
    lambda i: (i, None, None, None, None),
    lambda i: (None, i, None, None, None),
    lambda i: (None, None, i, None, None),
    lambda i: (None, None, None, i, None),
    lambda i: (None, None, None, None, i),
]
_SECTIONS = [f"section {k + 1}" for k in range(12)]
_LOCATORS = [f"p. {k + 1}" for k in range(300)]


def zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return list(itertools.accumulate(1.0 / (k**s) for k in range(1, n + 1)))


def pick(rng: random.Random, cumulative: list[float]) -> int:
    return bisect.bisect(cumulative, rng.random() * cumulative[-1])


def citation_status(rng: random.Random) -> str:
    roll = rng.random()
    return "disputed" if roll < 0.02 else "corroborated" if roll < 0.20 else "asserted"


class Generator:
    def __init__(self, counts: Counts, seed: int) -> None:
        self.n = counts
        self.rng = random.Random(seed)
        self.plan = Plan()
        self.citation_id = 0
        self.citations: list[tuple[Any, ...]] = []

    # --- citations: one per fact-bearing row ----------------------------------------------
    def cite(self, subject_column: int, subject_id: int, status: str, next_ok: bool) -> int:
        """Append the citation of one record; returns its disputed count (0 or 1).

        A disputed citation is corrected by the next citation, which is made corroborated by
        the caller (next_ok) so the pair obeys the seed's rule."""
        self.citation_id += 1
        cid = self.citation_id
        subject = _SUBJECTS[subject_column](subject_id)
        if status == "asserted":
            note = corrected_by = None
        else:
            note = f"{status} by source {cid % 97 + 1}"
            corrected_by = cid + 1 if status == "disputed" and next_ok else None
        self.citations.append(
            (
                cid,
                f"k{cid}",
                cid % self.n.sources + 1,
                *subject,
                _SECTIONS[cid % 12],
                f"The source states record {subject_id} as summarized (passage {cid}).",
                _LOCATORS[cid % 300],
                status,
                note,
                corrected_by,
            )
        )
        return 1 if status == "disputed" else 0

    def statuses(self, count: int) -> Iterator[str]:
        """Citation statuses for `count` records; a disputed one is followed by a corroborated
        one (its correction)."""
        force = False
        for i in range(count):
            if force:
                force = False
                yield "corroborated"
                continue
            status = citation_status(self.rng)
            if status == "disputed" and i + 1 < count:
                force = True
            elif status == "disputed":
                status = "asserted"
            yield status

    # --- tables ------------------------------------------------------------------------------
    def sources(self) -> Table:
        rows = [
            (
                i,
                f"source-{i:03d}",
                f"Synthetic source {i}",
                f"Author {i}",
                f"Publisher {i % 17}",
                f"https://example.org/source/{i}",
                (date(2000, 1, 1) + timedelta(days=37 * i)).isoformat(),
                "2026-01-01",
                SOURCE_KINDS[i % len(SOURCE_KINDS)],
                "Synthetic: generated for the benchmark.",
                None,
                1,
                NOW,
                NOW,
            )
            for i in range(1, self.n.sources + 1)
        ]
        cols = [
            "id",
            "slug",
            "title",
            "author",
            "publisher",
            "url",
            "published_date",
            "accessed_date",
            "kind",
            "reliability",
            "full_text",
            "version",
            "created_at",
            "updated_at",
        ]
        return Table("source", cols, rows)

    def contributors(self) -> Table:
        countries = sorted(pycountry.countries, key=lambda c: c.alpha_3)[: self.n.nations]
        rows: list[tuple[Any, ...]] = []
        self.contributor_codes: list[str] = []
        self.organization_ids: list[int] = []
        for i, country in enumerate(countries, start=1):
            accession = date(1949, 4, 4) + timedelta(days=400 * i) if i <= 32 else None
            rows.append(
                (
                    i,
                    country.alpha_3,
                    "nation",
                    country.name[:300],
                    None,
                    None,
                    accession.isoformat() if accession else None,
                    "[]",
                    None,
                    1,
                    NOW,
                    NOW,
                )
            )
            self.contributor_codes.append(country.alpha_3)
        for k in range(1, self.n.organizations + 1):
            i = len(rows) + 1
            rows.append(
                (
                    i,
                    f"org-{k:03d}",
                    "organization",
                    f"Organization {k}",
                    f"O{k}",
                    ORGANIZATION_KINDS[k % len(ORGANIZATION_KINDS)],
                    None,
                    "[]",
                    f"A synthetic organization ({k}).",
                    1,
                    NOW,
                    NOW,
                )
            )
            self.contributor_codes.append(f"org-{k:03d}")
            self.organization_ids.append(i)
        cols = [
            "id",
            "code",
            "kind",
            "name",
            "acronym",
            "organization_kind",
            "nato_accession_date",
            "partnership_frameworks",
            "description",
            "version",
            "created_at",
            "updated_at",
        ]
        return Table("contributor", cols, rows)

    def types(self) -> Table:
        """A two-level tree: roots (one per category, in order) with leaves under them."""
        roots = min(10, self.n.types)
        per_root = (self.n.types - roots) // roots
        rows: list[tuple[Any, ...]] = []
        self.type_slugs: list[str] = []
        for r in range(roots):
            category = CATEGORIES[r]
            rows.append((len(rows) + 1, category, category.title(), category, None, None))
            self.type_slugs.append(category)
        for r in range(roots):
            category = CATEGORIES[r]
            for k in range(per_root):
                slug = f"{category}-{k + 1}"
                rows.append((len(rows) + 1, slug, slug.title(), category, r + 1, None))
                self.type_slugs.append(slug)
        while len(rows) < self.n.types:
            slug = f"other-{len(rows) + 1}"
            rows.append((len(rows) + 1, slug, slug.title(), "other", None, None))
            self.type_slugs.append(slug)
        rows = [(*r, 1, NOW, NOW) for r in rows]
        cols = "id slug name category parent_id description version created_at updated_at"
        return Table("contribution_type", cols.split(), rows)

    def missions(self) -> Table:
        rows: list[tuple[Any, ...]] = []
        self.mission_slugs: list[str] = []
        self.mission_periods: list[tuple[date, date | None]] = []
        statuses = self.statuses(self.n.missions)
        for i in range(1, self.n.missions + 1):
            start = date(1990, 1, 1) + timedelta(days=self.rng.randrange(12_000))
            end = start + timedelta(days=self.rng.randrange(200, 5000))
            end_value = None if end > date(2025, 12, 31) or self.rng.random() < 0.1 else end
            slug = f"mission-{i:05d}"
            status = next(statuses)
            disputed = self.cite(0, i, status, True)
            rows.append(
                (
                    i,
                    slug,
                    f"M{i}",
                    f"Synthetic mission {i}",
                    self.organization_ids[i % len(self.organization_ids)],
                    MISSION_KINDS[i % len(MISSION_KINDS)],
                    self.contributor_codes[i % self.n.nations],
                    start.isoformat(),
                    end_value.isoformat() if end_value else None,
                    "day",
                    f"Mandate {i}",
                    f"Mission {i}: {self.description()}",
                    status,
                    disputed,
                    1,
                    NOW,
                    NOW,
                )
            )
            self.mission_slugs.append(slug)
            self.mission_periods.append((start, end_value))
        cols = [
            "id",
            "slug",
            "acronym",
            "name",
            "lead_organization_id",
            "kind",
            "theater",
            "start_date",
            "end_date",
            "date_precision",
            "mandate",
            "summary",
            "status",
            "disputed_claims",
            "version",
            "created_at",
            "updated_at",
        ]
        return Table("mission", cols, rows)

    def description(self) -> str:
        rng = self.rng
        return f"{rng.choice(VERBS).capitalize()} of {rng.choice(OBJECTS)} in {rng.choice(PLACES)}"

    def contributions(self) -> Table:
        """Streamed: rows are made while the loader consumes them (COPY overlaps the server's
        work with this loop); the plan is filled in when the last row has been made."""
        cols = [
            "id",
            "slug",
            "contributor_id",
            "mission_id",
            "type_id",
            "start_date",
            "end_date",
            "personnel",
            "amount",
            "unit",
            "description",
            "status",
            "disputed_claims",
        ]
        constants = (("date_precision", "day"), *CONSTANTS)
        return Table("contribution", cols, self._contribution_rows(), constants)

    def _contribution_rows(self) -> Iterator[tuple[Any, ...]]:
        n = self.n
        rng = self.rng
        contributor_w = zipf_weights(len(self.contributor_codes))
        # Shuffle which contributors are big, deterministically, so the biggest is a nation
        # somewhere in the list rather than the alphabetically first.
        order = list(range(len(self.contributor_codes)))
        rng.shuffle(order)
        type_w = zipf_weights(len(self.type_slugs), 0.8)
        type_order = list(range(len(self.type_slugs)))
        rng.shuffle(type_order)
        lower_codes = [c.lower() for c in self.contributor_codes]
        statuses = self.statuses(n.contributions)
        pair_counts: dict[tuple[int, int], int] = {}
        first_citation = self.citation_id + 1
        # Drawn in bulk (random.choices) and dates as ordinals with their ISO strings cached:
        # the per-row work is what decides whether 1M rows load in under a minute.
        total = n.contributions
        whos = [
            order[k] for k in rng.choices(range(len(order)), cum_weights=contributor_w, k=total)
        ]
        whats = [
            type_order[k] for k in rng.choices(range(len(type_order)), cum_weights=type_w, k=total)
        ]
        ms = rng.choices(range(n.missions), k=total)
        iso: dict[int, str] = {}

        def day(ordinal: int) -> str:
            text = iso.get(ordinal)
            if text is None:
                text = iso[ordinal] = date.fromordinal(ordinal).isoformat()
            return text

        periods = [
            (s.toordinal(), None if e is None else e.toordinal()) for s, e in self.mission_periods
        ]
        descriptions = [
            f"{v.capitalize()} of {o} in {p}" for v in VERBS for o in OBJECTS for p in PLACES
        ]
        rare = [f"Italian {RARE_TERM.capitalize()} {d.lower()}" for d in descriptions]
        randrange, random_ = rng.randrange, rng.random
        cite = self.cite
        type_slugs, mission_slugs = self.type_slugs, self.mission_slugs
        for i in range(1, total + 1):
            who, what, m = whos[i - 1], whats[i - 1], ms[i - 1]
            start, end = periods[m]
            c_start = start + randrange(365)
            c_end = None if end is None else day(max(c_start, end - randrange(365)))
            roll = random_()
            personnel = randrange(1, 3000) if roll < 0.7 else None
            amount = randrange(1000, 10_000_000) if roll > 0.9 else None
            text = (rare if random_() < 0.0005 else descriptions)[randrange(len(descriptions))]
            status = next(statuses)
            disputed = cite(1, i, status, True)
            slug = f"{lower_codes[who]}-{mission_slugs[m]}-{type_slugs[what]}-{i}"
            if i == total // 2 + 1:
                self.plan.contribution_id, self.plan.contribution_slug = i, slug
            yield (
                i,
                slug,
                who + 1,
                m + 1,
                what + 1,
                day(c_start),
                c_end,
                personnel,
                amount,
                "EUR" if amount is not None else None,
                text,
                status,
                disputed,
            )
            key = (who + 1, what + 1)
            pair_counts[key] = pair_counts.get(key, 0) + 1
        assert self.citation_id - first_citation + 1 == n.contributions
        # The benchmark's filter: the biggest contributor with its biggest *leaf* type (a
        # type with no sub-types, so `type=` means exactly that type_id).
        leaves = {k + 1 for k, s in enumerate(self.type_slugs) if "-" in s}
        (cid, tid), size = max(
            ((k, v) for k, v in pair_counts.items() if k[1] in leaves), key=lambda kv: kv[1]
        )
        self.plan.contributor_id, self.plan.type_id = cid, tid
        self.plan.contributor_code = self.contributor_codes[cid - 1]
        self.plan.type_slug = self.type_slugs[tid - 1]
        self.plan.filtered_rows = size

    def lessons(self) -> tuple[Table, Table]:
        rng = self.rng
        lessons: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        lesson_statuses = self.statuses(self.n.lessons)
        pending_links: list[tuple[int, int]] = []
        for i in range(1, self.n.lessons + 1):
            status = next(lesson_statuses)
            disputed = self.cite(2, i, status, True)
            lessons.append(
                (
                    i,
                    f"lesson-{i:06d}",
                    f"Lesson {i}: {self.description().lower()}",
                    f"What {self.description().lower()} taught (lesson {i}).",
                    LESSON_KINDS[i % len(LESSON_KINDS)],
                    LESSON_CATEGORIES[i % len(LESSON_CATEGORIES)],
                    status,
                    disputed,
                    1,
                    NOW,
                    NOW,
                )
            )
            for m in sorted(rng.sample(range(1, self.n.missions + 1), rng.randint(1, 3))):
                pending_links.append((i, m))
        link_statuses = self.statuses(len(pending_links))
        for link_id, (lesson_id, mission_id) in enumerate(pending_links, start=1):
            status = next(link_statuses)
            disputed = self.cite(3, link_id, status, True)
            links.append((link_id, lesson_id, mission_id, status, disputed, 1, NOW, NOW))
        cols = "id slug title summary kind category status disputed_claims version"
        lesson_cols = [*cols.split(), "created_at", "updated_at"]
        link_cols = [
            "id",
            "lesson_id",
            "mission_id",
            "status",
            "disputed_claims",
            "version",
            "created_at",
            "updated_at",
        ]
        return Table("lesson", lesson_cols, lessons), Table("lesson_mission", link_cols, links)

    def contributor_citations(self) -> None:
        statuses = self.statuses(len(self.contributor_codes))
        for i in range(1, len(self.contributor_codes) + 1):
            self.cite(4, i, next(statuses), True)

    def citation_table(self) -> Table:
        cols = [
            "id",
            "key",
            "source_id",
            "mission_id",
            "contribution_id",
            "lesson_id",
            "lesson_mission_id",
            "contributor_id",
            "section",
            "quote",
            "locator",
            "status",
            "note",
            "corrected_by_id",
        ]
        return Table("citation", cols, self.citations, CONSTANTS)

    def tables(self) -> list[Table]:
        out = [self.sources(), self.contributors(), self.types(), self.missions()]
        out.append(self.contributions())
        lessons, links = self.lessons()
        out += [lessons, links]
        self.contributor_citations()
        out.append(self.citation_table())
        self.plan.mission_slug = self.mission_slugs[len(self.mission_slugs) // 2]
        return out


# --- loaders ---------------------------------------------------------------------------------
LOAD_ORDER = [
    "source",
    "contributor",
    "contribution_type",
    "mission",
    "contribution",
    "lesson",
    "lesson_mission",
    "citation",
]


def load_sqlite(path: str, tables: list[Table]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA threads=2")  # CREATE INDEX sorts with a helper thread
    names = [t.name for t in tables]
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(names))})",
        names,
    ).fetchall()
    conn.execute("BEGIN")
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    for table in tables:
        t0 = time.perf_counter()
        names = [*table.columns, *(c for c, _ in table.constants)]
        values = ["?"] * len(table.columns) + [_literal(v) for _, v in table.constants]
        conn.executemany(
            f"INSERT INTO {table.name} ({','.join(names)}) VALUES ({','.join(values)})",
            _count(table),
        )
        log(f"  {table.name}: {table.count:,} rows in {time.perf_counter() - t0:.1f}s")
    t0 = time.perf_counter()
    for _, sql in indexes:
        conn.execute(sql)
    log(f"  {len(indexes)} indexes re-created in {time.perf_counter() - t0:.1f}s")
    conn.execute("UPDATE kb_state SET data_version = data_version + 1, changed_at = ?", (NOW,))
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


def _literal(value: Any) -> str:
    return str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"


def load_postgresql(url: str, tables: list[Table]) -> None:
    import psycopg

    parsed = make_url(url)
    conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=False) as conn:
        cur = conn.cursor()
        # Foreign keys are checked by triggers; this load is correct by construction, and the
        # CHECK constraints still apply. (Needs a superuser, as the bench database's owner.)
        cur.execute("SET session_replication_role = replica")
        cur.execute("SET maintenance_work_mem = '256MB'")
        names = [t.name for t in tables]
        cur.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i "
            "WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
            (names,),
        )
        indexes = cur.fetchall()
        for name, _ in indexes:
            cur.execute(f'DROP INDEX "{name}"')
        for table in tables:
            t0 = time.perf_counter()
            cols = ",".join([*table.columns, *(c for c, _ in table.constants)])
            extra = tuple(v for _, v in table.constants)
            with cur.copy(f"COPY {table.name} ({cols}) FROM STDIN") as copy:
                write_row = copy.write_row
                if extra:
                    for row in _count(table):
                        write_row(row + extra)
                else:
                    for row in _count(table):
                        write_row(row)
            log(f"  {table.name}: {table.count:,} rows in {time.perf_counter() - t0:.1f}s")
        t0 = time.perf_counter()
        for _, sql in indexes:
            cur.execute(sql)
        log(f"  {len(indexes)} indexes re-created in {time.perf_counter() - t0:.1f}s")
        for table in tables:  # ids were given explicitly: move the sequences past them
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT max(id) FROM {table.name}))"
            )
        cur.execute("UPDATE kb_state SET data_version = data_version + 1, changed_at = now()")
        cur.execute("SET session_replication_role = origin")
        conn.commit()


def finish(url: str) -> None:
    """Planner statistics (and, on PostgreSQL, the visibility map index-only scans need)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        conn = sqlite3.connect(parsed.database or "")
        conn.execute("ANALYZE")
        conn.close()
        return
    import psycopg

    conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# The tables are loaded at this revision (the schema this generator writes); the project's
# later migrations then run over the loaded rows, as an upgrade of a real database would, and
# build what they derive from them (the search index, new indexes) in bulk, their own way.
LOAD_REVISION = "0002"


def reset(url: str) -> None:
    """An empty database at LOAD_REVISION."""
    from sqlalchemy import create_engine, text

    from app.core.migrations import upgrade

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    else:
        admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
        admin.dispose()
    upgrade(url, LOAD_REVISION)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True, help="SQLAlchemy URL of the target database")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 1M contributions")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--plan", help="write the benchmark plan (JSON) here")
    args = parser.parse_args(argv)

    t_all = time.perf_counter()
    from app.core.migrations import upgrade

    reset(args.url)
    log(f"schema at {LOAD_REVISION} in {time.perf_counter() - t_all:.1f}s")
    t0 = time.perf_counter()
    gen = Generator(Counts.scaled(args.scale), args.seed)
    tables = gen.tables()
    by_name = {t.name: t for t in tables}
    tables = [by_name[n] for n in LOAD_ORDER]
    log(f"generated (all but the streamed contributions) in {time.perf_counter() - t0:.1f}s")
    t0 = time.perf_counter()
    if make_url(args.url).get_backend_name() == "sqlite":
        load_sqlite(make_url(args.url).database or "", tables)
    else:
        load_postgresql(args.url, tables)
    t_load = time.perf_counter() - t0
    gen.plan.counts = {t.name: t.count for t in tables}
    log(f"tables loaded in {t_load:.1f}s: {gen.plan.counts}")
    t0 = time.perf_counter()
    upgrade(args.url)
    t_head = time.perf_counter() - t0
    log(f"later migrations to head over the loaded rows in {t_head:.1f}s")
    t0 = time.perf_counter()
    finish(args.url)
    t_finish = time.perf_counter() - t0
    log(f"ANALYZE in {t_finish:.1f}s")
    total = time.perf_counter() - t_all
    log(f"{total:.1f}s in all")
    plan = {
        **gen.plan.__dict__,
        "load_seconds": round(t_load, 1),
        "migrations_to_head_seconds": round(t_head, 1),
        "analyze_seconds": round(t_finish, 1),
        "total_seconds": round(total, 1),
    }
    if args.plan:
        Path(args.plan).parent.mkdir(parents=True, exist_ok=True)
        Path(args.plan).write_text(json.dumps(plan, indent=2))
    print(json.dumps(plan))
    return 0


if __name__ == "__main__":
    sys.exit(main())
