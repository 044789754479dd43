"""One search over every kind of record, on FTS5 (SQLite) or tsvector (PostgreSQL).

Both engines read the same `search_document` rows, tokenized alike (see migration 0004), and
get the same parsed query, so they find the same records. Ranking is each engine's own
(bm25 on SQLite, ts_rank on PostgreSQL) with a title weighing four times the body, ties
broken by kind and record id; the order of hits of close relevance can differ between the two.
Hits come in tiers (`_tier`): records and sources whose title matches, records, sources,
citations, passages. One frequent word's hits are kept in that order (app/search/topk.py).
"""

import html
import re
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from app.contributions.service import read_rows
from app.core.config import get_settings
from app.core.pagination import TotalRelation
from app.core.refs import API
from app.models import (
    Citation,
    Contribution,
    Lesson,
    Mission,
    Source,
)
from app.models.base import HIDDEN_STATUSES, WEAK_STATUSES
from app.search.query import Query, to_fts5, to_tsquery
from app.search.schemas import SearchHit
from app.search.topk import LAST_TIER, tier

MARK_OPEN = "\ue001"  # private-use characters: no text holds them, so no escaping mix-ups
MARK_CLOSE = "\ue002"
ELLIPSIS = "…"
ZERO_WIDTH_SPACE = "\u200b"
SNIPPET_WORDS = 24
CLAIMED = ("mission", "contribution", "lesson")
EVERY = 2**62  # a LIMIT both engines read as "no limit"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Found:
    total: int
    relation: TotalRelation
    hits: list[SearchHit]
    more: bool


@dataclass(frozen=True)
class Match:
    doc_id: int
    kind: str
    record_id: int
    part: int
    status: str | None


_ALL = "d.kind IN :kinds"
# Records hidden by default (app.core.filters.hidden_statuses), as the lists hide them.
_VISIBLE = (
    _ALL + " AND NOT (d.kind IN ('mission', 'contribution') "
    f"AND d.status IN {HIDDEN_STATUSES!r}) "
    f"AND NOT (d.kind = 'lesson' AND d.status IN {WEAK_STATUSES!r})"
)


# Tiers, then relevance within a tier: records and sources whose title matches; records whose
# body matches; sources; citations; passages. Citations and passages carry their source's
# title, so by relevance alone they buried the records: a search for "Carabinieri" listed the
# Carabinieri contribution 16th of 18, below passages and citations mentioning the word.
# The kept lists store the same tier (app/search/topk.py).
def _tier(title_match: str) -> str:
    return tier("d.kind", title_match)


def _bind(sql: str, include_disputed: bool) -> Any:
    """The statement with its FILTERS placeholder replaced by one of two constants."""
    filters = _ALL if include_disputed else _VISIBLE
    return text(sql.replace("FILTERS", filters)).bindparams(bindparam("kinds", expanding=True))


# Ranking every match of a word in a third of two million documents took a second. One
# frequent word is read from its kept list, in rank order (`_kept`, app/search/topk.py). Any
# other query ranks the first COUNT_LIMIT matches in index order (with the list's filters
# applied) and no more: exact when the matches are no more than that, which
# `total_relation: eq` says; above it (`gte`), those, most relevant first: the pages end after
# them. Index order is the order documents were indexed: records first (missions,
# contributions, lessons), then sources, citations and passages.
def _candidates(limit: int, offset: int) -> int:
    """How many matches a page ranks: the count limit for every page of a query (so the pages
    walk one ranked list, each hit once), all of them for a full export."""
    return EVERY if limit >= EVERY else get_settings().count_limit


def _bounded(
    session: Session, sql: str, params: dict[str, Any], disputed: bool
) -> tuple[int, TotalRelation]:
    """Matches of `sql` (a SELECT of matching rows), counted exactly up to the count limit."""
    bound = get_settings().count_limit
    counted = f"SELECT count(*) FROM ({sql} LIMIT :bound) AS m"  # noqa: S608 - constants only
    found = int(session.scalar(_bind(counted, disputed), {**params, "bound": bound + 1}) or 0)
    return (found, "eq") if found <= bound else (bound, "gte")


# A promoted word's hits in page order, from its kept list (app/search/topk.py).
_KEPT = "SELECT 1 FROM search_topk d WHERE d.term = :term AND FILTERS"
_KEPT_PAGE = (
    "SELECT d.doc_id, d.kind, d.record_id, d.part, d.status FROM search_topk d "
    "WHERE d.term = :term AND FILTERS "
    "ORDER BY d.tier, d.rank, d.kind, d.record_id, d.part LIMIT :limit OFFSET :offset"
)


@dataclass(frozen=True)
class Kept:
    term: str
    # Every hit of the asked kinds is in the list: it has no cut, or it is cut in a tier
    # after the last one these kinds can be in.
    complete: bool


def _kept(session: Session, query: Query, kinds: Sequence[str]) -> Kept | None:
    """The kept list that ranks `query`, if it is one promoted word (not a prefix)."""
    if len(query.clauses) != 1 or query.clauses[0].negated or len(query.clauses[0].terms) != 1:
        return None
    term = query.clauses[0].terms[0]
    if term.prefix or len(term.words) != 1:
        return None
    row = session.execute(
        text("SELECT cut_tier FROM search_term WHERE term = :t"), {"t": term.words[0]}
    ).first()
    if row is None:
        return None
    cut = row[0]
    return Kept(term.words[0], cut is None or max(LAST_TIER[k] for k in kinds) < cut)


class _Engine(ABC):
    """What the two engines share: counting and paging the matches of their own SQL (with a
    FILTERS placeholder, `_bind`), the query written in their own syntax (`to_query`)."""

    # SELECT 1 per matching document, for `total`.
    MATCHING: str

    # The parsed query in the engine's syntax.
    to_query: Callable[[Query], str]

    @abstractmethod
    def ranked(self, query: Query) -> tuple[str, dict[str, Any]]:
        """The page's SQL (:cap candidates, then :limit from :offset) and its own parameters."""

    def total(
        self, session: Session, query: Query, kinds: Sequence[str], disputed: bool
    ) -> tuple[int, TotalRelation]:
        kept = _kept(session, query, kinds)
        if kept is not None:
            found, relation = _bounded(
                session, _KEPT, {"term": kept.term, "kinds": list(kinds)}, disputed
            )
            if relation == "gte" or kept.complete:
                return found, relation
        params = {"q": self.to_query(query), "kinds": list(kinds)}
        return _bounded(session, self.MATCHING, params, disputed)

    def matches(
        self,
        session: Session,
        query: Query,
        kinds: Sequence[str],
        disputed: bool,
        limit: int,
        offset: int,
    ) -> list[Match]:
        kept = _kept(session, query, kinds) if limit < EVERY else None
        if kept is not None:
            params = {"term": kept.term, "kinds": list(kinds), "limit": limit, "offset": offset}
            page = [Match(*row) for row in session.execute(_bind(_KEPT_PAGE, disputed), params)]
            if len(page) == limit or kept.complete:
                return page
            # The list ran out before the page did (a filter left too few of its hits):
            # this page is ranked as before, from the first matches in index order.
        sql, params = self.ranked(query)
        params.update(kinds=list(kinds), cap=_candidates(limit, offset), limit=limit, offset=offset)
        return [Match(*row) for row in session.execute(_bind(sql, disputed), params)]


class Fts5Search(_Engine):
    MATCHING = (
        "SELECT 1 FROM search_fts JOIN search_document d ON d.id = search_fts.rowid "
        "WHERE search_fts MATCH :q AND FILTERS"
    )

    to_query = staticmethod(to_fts5)

    def ranked(self, query: Query) -> tuple[str, dict[str, Any]]:
        # The candidates: the first `cap` matches in index order, each with its bm25 (computed
        # for those only); then the page of them by tier and relevance. Exact whenever no more
        # than `cap` documents match (`total_relation` eq): see `_candidates`.
        #
        # Whether the title matches: for one clause (words OR'd, no exclusion), the query
        # matches the title exactly when one of its phrases occurs there, which is when the
        # candidate's bm25 with the body weighted 0 is below 0 (bm25 is negative, each
        # phrase's idf at least 1e-6), read in the same pass. Otherwise the title-only
        # query's matches: that reads the whole posting list of each word, for `states`
        # at 1M a million entries (half of the statement's CPU time).
        single = len(query.clauses) == 1
        sql = (
            "WITH d AS (SELECT d.id, d.kind, d.record_id, d.part, d.status, "  # noqa: S608
            "bm25(search_fts, 4.0, 1.0) AS score, bm25(search_fts, 1.0, 0.0) AS in_title "
            "FROM search_fts JOIN search_document d ON d.id = search_fts.rowid "
            "WHERE search_fts MATCH :q AND FILTERS LIMIT :cap) "
            "SELECT d.id, d.kind, d.record_id, d.part, d.status FROM d ORDER BY "
            + _tier(
                "d.in_title < 0"
                if single
                else "d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :title_q)"
            )
            + ", d.score, d.kind, d.record_id, d.part LIMIT :limit OFFSET :offset"
        )
        fts = to_fts5(query)
        return sql, {"q": fts, "title_q": f"title : ({fts})"}

    def snippets(self, session: Session, query: Query, doc_ids: list[int]) -> dict[int, str]:
        sql = text(
            "SELECT rowid, snippet(search_fts, -1, :open, :close, :ellipsis, :words) "
            "FROM search_fts WHERE search_fts MATCH :q AND rowid IN :ids"
        ).bindparams(bindparam("ids", expanding=True))
        params = {
            "q": self.to_query(query),
            "ids": doc_ids,
            "open": MARK_OPEN,
            "close": MARK_CLOSE,
            "ellipsis": ELLIPSIS,
            "words": SNIPPET_WORDS,
        }
        return {row[0]: row[1] for row in session.execute(sql, params)}


class PostgresSearch(_Engine):
    MATCHING = "SELECT 1 FROM search_document d WHERE d.tsv @@ to_tsquery('simple', :q) AND FILTERS"

    to_query = staticmethod(to_tsquery)

    def ranked(self, query: Query) -> tuple[str, dict[str, Any]]:
        # Weights are {D, C, B, A}: titles are A, bodies B. Candidates as on SQLite.
        sql = (
            "WITH q AS (SELECT to_tsquery('simple', :q) AS q), "  # noqa: S608
            "d AS (SELECT d.id, d.kind, d.record_id, d.part, d.status, d.tsv "
            "FROM search_document d, q WHERE d.tsv @@ q.q AND FILTERS LIMIT :cap) "
            "SELECT d.id, d.kind, d.record_id, d.part, d.status FROM d, q ORDER BY "
            + _tier("ts_filter(d.tsv, '{a}') @@ q.q")
            + ", ts_rank('{0.1, 0.1, 0.25, 1.0}', d.tsv, q.q) DESC, "
            "d.kind, d.record_id, d.part LIMIT :limit OFFSET :offset"
        )
        return sql, {"q": to_tsquery(query)}

    def snippets(self, session: Session, query: Query, doc_ids: list[int]) -> dict[int, str]:
        # The body's fragment if the body matches alone, else the title's, else both (the
        # words are spread over the two): ts_headline marks only text matching the query.
        # It parses the raw text, where 'nato-training-mission.html' is one token: a
        # zero-width space after each punctuation mark splits it as the index did, and
        # render_snippet removes them again.
        sql = text(
            "WITH q AS (SELECT to_tsquery('simple', :q) AS q) "
            "SELECT d.id, ts_headline('simple', regexp_replace("
            "CASE WHEN ts_filter(d.tsv, '{b}') @@ q.q THEN d.body "
            "WHEN ts_filter(d.tsv, '{a}') @@ q.q THEN d.title "
            "ELSE d.title || ' … ' || d.body END, "
            "'([^[:alnum:][:space:]])', '\\1' || chr(8203), 'g'), q.q, :options) "
            "FROM search_document d, q WHERE d.id IN :ids"
        ).bindparams(bindparam("ids", expanding=True))
        options = (
            f'StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}", MaxWords={SNIPPET_WORDS}, '
            f'MinWords={SNIPPET_WORDS // 2}, MaxFragments=2, FragmentDelimiter=" {ELLIPSIS} "'
        )
        params = {"q": self.to_query(query), "ids": doc_ids, "options": options}
        return {row[0]: row[1] for row in session.execute(sql, params)}


def engine_for(session: Session) -> Fts5Search | PostgresSearch:
    if session.get_bind().dialect.name == "postgresql":
        return PostgresSearch()
    return Fts5Search()


def render_snippet(raw: str | None) -> str:
    if not raw:
        return ""
    flat = _SPACE.sub(" ", raw.replace(ZERO_WIDTH_SPACE, "")).strip()
    escaped = html.escape(flat, quote=False)
    return escaped.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def search(
    session: Session,
    query: Query,
    *,
    kinds: Sequence[str],
    include_disputed: bool,
    limit: int,
    offset: int,
) -> Found:
    """One page of hits at `offset`, the bounded total, and whether more hits follow."""
    engine = engine_for(session)
    total, relation = engine.total(session, query, kinds, include_disputed)
    found = engine.matches(session, query, kinds, include_disputed, limit + 1, offset)
    more = len(found) > limit
    return Found(total, relation, hydrate(session, query, found[:limit]), more)


def every_hit(
    session: Session, query: Query, *, kinds: Sequence[str], include_disputed: bool, batch: int
) -> Iterator[SearchHit]:
    """All hits in rank order: ranked once (ids only), then described a batch at a time."""
    engine = engine_for(session)
    found = engine.matches(session, query, kinds, include_disputed, EVERY, 0)
    for start in range(0, len(found), batch):
        yield from hydrate(session, query, found[start : start + batch])


def hydrate(session: Session, query: Query, found: list[Match]) -> list[SearchHit]:
    """Matches as hits: snippets and record keys, titles and links, a few queries per page."""
    if not found:
        return []
    snippets = engine_for(session).snippets(session, query, [m.doc_id for m in found])
    described = describe(session, found)
    hits = []
    for match in found:
        about = described.get((match.kind, match.record_id))
        if about is None:  # deleted since the index was read
            continue
        key, title, url = about
        hits.append(
            SearchHit(
                type=match.kind,
                key=key,
                passage=match.part if match.kind == "passage" else None,
                title=title,
                url=url,
                snippet=render_snippet(snippets.get(match.doc_id)),
                status=match.status,
            )
        )
    return hits


def describe(
    session: Session, found: Iterable[Match]
) -> dict[tuple[str, int], tuple[str, str, str]]:
    """(key, title, url) of each matched record: one query per kind on the page."""
    ids: dict[str, set[int]] = defaultdict(set)
    for m in found:
        ids[m.kind].add(m.record_id)
    out: dict[tuple[str, int], tuple[str, str, str]] = {}
    if ids["mission"]:
        for i, slug, acronym, name in session.execute(
            select(Mission.id, Mission.slug, Mission.acronym, Mission.name).where(
                Mission.id.in_(ids["mission"])
            )
        ):
            title = f"{name} ({acronym})" if acronym else name
            out["mission", i] = (slug, title, f"{API}/missions/{slug}")
    if ids["contribution"]:
        # The contribution's list row names its contributor, mission and type.
        contributions = select(Contribution).where(Contribution.id.in_(ids["contribution"]))
        for c in session.execute(read_rows(contributions)):
            title = f"{c.contributor_name}: {c.type_name}, {c.mission_acronym or c.mission_name}"
            out["contribution", c.id] = (c.slug, title, f"{API}/contributions/{c.slug}")
    if ids["lesson"]:
        for i, slug, title in session.execute(
            select(Lesson.id, Lesson.slug, Lesson.title).where(Lesson.id.in_(ids["lesson"]))
        ):
            out["lesson", i] = (slug, title, f"{API}/lessons/{slug}")
    source_ids = ids["source"] | ids["passage"]
    if source_ids:
        for i, slug, title in session.execute(
            select(Source.id, Source.slug, Source.title).where(Source.id.in_(source_ids))
        ):
            out["source", i] = (slug, title, f"{API}/sources/{slug}")
            out["passage", i] = out["source", i]
    if ids["citation"]:
        for i, key, section, source in session.execute(
            select(Citation.id, Citation.key, Citation.section, Source.title)
            .join(Source, Citation.source_id == Source.id)
            .where(Citation.id.in_(ids["citation"]))
        ):
            title = f"{source}: {section}" if section else source
            out["citation", i] = (key, title, f"{API}/citations/{key}")
    return out
