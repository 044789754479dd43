"""Full-text search on both engines, checked against the database read independently."""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session, undefer

from app.core.state import bump
from app.models import (
    Citation,
    Contribution,
    ContributionType,
    Contributor,
    Lesson,
    Mission,
    Source,
)
from tests.helpers import assert_problem, hidden, walk
from tests.scratch import scratch_client, scratch_db, scratch_url  # noqa: F401

API = "/api/v1"
SEED_TERMS = ["logistics", "training", "Carabinieri"]
CLAIMED = {"mission", "contribution", "lesson"}
WORD = re.compile(r"[^\W_]+")

Doc = tuple[str, int, int, str | None, str, str]


def expected_documents(db: Session) -> set[Doc]:
    """What the index must hold, built from the base tables in Python."""
    docs: set[Doc] = set()
    for m in db.scalars(select(Mission)):
        docs.add(
            (
                "mission",
                m.id,
                0,
                m.status,
                f"{m.acronym or ''} {m.name}",
                f"{m.summary or ''} {m.mandate or ''}",
            )
        )
    for c, who, acronym, what in db.execute(
        select(Contribution, Contributor.name, Contributor.acronym, ContributionType.name)
        .join(Contributor, Contribution.contributor_id == Contributor.id)
        .join(ContributionType, Contribution.type_id == ContributionType.id)
    ):
        docs.add(
            (
                "contribution",
                c.id,
                0,
                c.status,
                f"{who} {acronym or ''} {what}",
                f"{c.description} {c.unit or ''}",
            )
        )
    for lesson in db.scalars(select(Lesson)):
        docs.add(("lesson", lesson.id, 0, lesson.status, lesson.title, lesson.summary))
    for s in db.scalars(select(Source).options(undefer(Source.full_text))):
        body = f"{s.author or ''} {s.publisher or ''} {s.reliability or ''}"
        docs.add(("source", s.id, 0, None, s.title, body))
        for n, paragraph in enumerate((s.full_text or "").replace("\r", "").split("\n\n"), 1):
            if paragraph.strip(" \t\n\r") and s.full_text is not None:
                docs.add(("passage", s.id, n, None, "", paragraph.strip(" \t\n\r")))
    for c in db.scalars(select(Citation)):
        docs.add(("citation", c.id, 0, c.status, c.section or "", f"{c.quote} {c.note or ''}"))
    return docs


def indexed_documents(db: Session) -> set[Doc]:
    rows = db.execute(
        text("SELECT kind, record_id, part, status, title, body FROM search_document")
    ).all()
    return {tuple(r) for r in rows}  # type: ignore[misc]


def hit_keys(db: Session) -> dict[tuple[str, int], str]:
    keys: dict[tuple[str, int], str] = {}
    for model, kind, column in (
        (Mission, "mission", Mission.slug),
        (Contribution, "contribution", Contribution.slug),
        (Lesson, "lesson", Lesson.slug),
        (Source, "source", Source.slug),
        (Source, "passage", Source.slug),
        (Citation, "citation", Citation.key),
    ):
        for i, key in db.execute(select(model.id, column)):
            keys[kind, i] = key
    return keys


def words(*texts: str) -> set[str]:
    return {w.lower() for t in texts for w in WORD.findall(t)}


def oracle(db: Session, term: str, *, include_disputed: bool = False) -> set[tuple[Any, ...]]:
    keys = hit_keys(db)
    found = set()
    for kind, record_id, part, status, title, body in expected_documents(db):
        if kind in CLAIMED and hidden(kind, status) and not include_disputed:
            continue
        if term.lower() in words(title, body):
            found.add((kind, keys[kind, record_id], part if kind == "passage" else None))
    return found


def as_set(items: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {(i["type"], i["key"], i["passage"]) for i in items}


def test_the_index_holds_every_record_and_paragraph(client: TestClient, db: Session) -> None:
    expected = expected_documents(db)
    assert indexed_documents(db) == expected
    kinds = {d[0] for d in expected}
    assert kinds == {"mission", "contribution", "lesson", "source", "passage", "citation"}


@pytest.mark.parametrize("term", SEED_TERMS)
def test_seed_terms_find_what_the_database_holds(
    client: TestClient, db: Session, term: str
) -> None:
    items = walk(client, f"{API}/search", q=term, limit=500)
    expected = oracle(db, term)
    assert expected, term
    assert as_set(items) == expected
    assert len(items) == len(expected), "a hit was listed twice"
    for item in items:
        marked = re.findall(r"<mark>(.*?)</mark>", item["snippet"])
        assert marked, item
        assert {m.lower() for m in marked} == {term.lower()}, item
        assert item["url"].startswith(API + "/")
        assert item["title"]
    # Ranked: the best hit has the term in its title, which weighs most.
    top = items[0]
    keys = hit_keys(db)
    docs = {
        (d[0], keys[d[0], d[1]], d[2] if d[0] == "passage" else None): d
        for d in expected_documents(db)
    }
    assert term.lower() in words(docs[top["type"], top["key"], top["passage"]][4])


def test_carabinieri_is_found_in_records_and_in_shipped_texts(client: TestClient) -> None:
    items = walk(client, f"{API}/search", q="Carabinieri", limit=500)
    kinds = {i["type"] for i in items}
    assert {"contribution", "source", "passage", "citation"} <= kinds
    passage = next(
        i
        for i in items
        if i["type"] == "passage" and i["key"] == "globaldefence-carabinieri-federal-police"
    )
    assert passage["passage"] >= 1
    assert passage["url"] == f"{API}/sources/globaldefence-carabinieri-federal-police"
    assert client.get(passage["url"]).status_code == 200
    for item in items:
        assert client.get(item["url"]).status_code == 200, item["url"]


def test_disputed_records_are_hidden_unless_asked_for(client: TestClient, db: Session) -> None:
    for term in SEED_TERMS:
        everything = as_set(
            walk(client, f"{API}/search", q=term, limit=500, include_disputed="true")
        )
        assert everything == oracle(db, term, include_disputed=True)
    disputed = db.scalars(select(Contribution).where(Contribution.status == "disputed")).first()
    assert disputed is not None
    word = max(WORD.findall(disputed.description), key=len)
    shown = as_set(walk(client, f"{API}/search", q=word, limit=500))
    assert ("contribution", disputed.slug, None) not in shown
    everything = as_set(walk(client, f"{API}/search", q=word, limit=500, include_disputed="true"))
    assert ("contribution", disputed.slug, None) in everything


def test_type_filter_and_pages(client: TestClient, db: Session) -> None:
    everything = walk(client, f"{API}/search", q="training", limit=500)
    paged = walk(client, f"{API}/search", q="training", limit=7)
    assert [(i["type"], i["key"], i["passage"]) for i in paged] == [
        (i["type"], i["key"], i["passage"]) for i in everything
    ]
    for types in (["passage"], ["mission", "lesson"]):
        got = walk(client, f"{API}/search", q="training", type=",".join(types), limit=500)
        assert as_set(got) == {h for h in as_set(everything) if h[0] in types}
    repeated = client.get(
        f"{API}/search", params=[("q", "training"), ("type", "mission"), ("type", "lesson")]
    ).json()
    assert {i["type"] for i in repeated["items"]} <= {"mission", "lesson"}
    assert_problem(
        client.get(f"{API}/search", params={"q": "x", "type": "planet"}), 422, "query.type"
    )


def test_query_language(client: TestClient, db: Session) -> None:
    def found(q: str) -> set[tuple[Any, ...]]:
        return as_set(walk(client, f"{API}/search", q=q, limit=500))

    logistics, training = found("logistics"), found("training")
    assert found("logistics training") == logistics & training
    assert found("logistics AND training") == logistics & training
    assert found("logistics OR training") == logistics | training
    assert found("logistics -training") == logistics - training
    assert found("logistics NOT training") == logistics - training
    assert found("LOGISTICS") == logistics
    assert training <= found("train*")
    assert found('"training mission"') <= found("training mission")
    assert found('"training mission"')


NASTY = [
    '"unbalanced',
    'unbalanced"',
    '""',
    '"',
    "*",
    "-",
    "NEAR(training logistics, 2)",
    "training AND OR NOT",
    "OR training",
    "title:training",
    "training^2",
    "(((training",
    "training)))",
    "'; DROP TABLE mission; --",
    "{training}",
    "tr*ining",
    "\\",
    "a:b|c&d!e<->f",
    "Zürich ✈ 北大西洋",
    "NTM-I",
    "https://www.nato.int/cps/en/natohq/topics_51978.htm",
    "-training",
    "NOT training",
    "!!!",
    "x" * 10_000,
    "training " * 200,
    " ".join(f"w{i}" for i in range(40)),
]


@pytest.mark.parametrize("q", NASTY, ids=range(len(NASTY)))
def test_bad_queries_give_results_or_a_clear_400(client: TestClient, q: str) -> None:
    response = client.get(f"{API}/search", params={"q": q})
    assert response.status_code in (200, 400), response.text
    if response.status_code == 400:
        body = assert_problem(response, 400, "query.q")
        assert "query" in body["detail"]
    else:
        assert isinstance(response.json()["items"], list)


def test_an_empty_query_is_a_400_and_a_missing_one_a_422(client: TestClient) -> None:
    assert_problem(client.get(f"{API}/search", params={"q": ""}), 400, "query.q")
    assert_problem(client.get(f"{API}/search"), 422, "query.q")


def test_the_index_follows_every_write(
    scratch_client: TestClient,  # noqa: F811
    scratch_db: Session,  # noqa: F811
) -> None:
    db, client = scratch_db, scratch_client

    def found(q: str, **params: Any) -> set[tuple[Any, ...]]:
        return as_set(walk(client, f"{API}/search", q=q, limit=500, **params))

    lesson = db.scalars(
        select(Lesson).where(Lesson.status.not_in(("disputed", "misleading", "unverifiable")))
    ).first()
    assert lesson is not None
    lesson.summary += " Quokkaphrase appears here."
    db.commit()
    assert found("quokkaphrase") == {("lesson", lesson.slug, None)}

    # A contributor's new name reaches its contributions' documents.
    contribution = db.scalars(
        select(Contribution).where(Contribution.status == "corroborated")
    ).first()
    assert contribution is not None
    who = db.get(Contributor, contribution.contributor_id)
    assert who is not None
    who.name = "Wombatland"
    db.commit()
    assert ("contribution", contribution.slug, None) in found("wombatland")

    source = db.scalars(
        select(Source).options(undefer(Source.full_text)).where(Source.full_text.is_not(None))
    ).first()
    assert source is not None and source.full_text is not None
    paragraphs = source.full_text.replace("\r", "").split("\n\n")
    source.full_text += "\n\nA closing paragraph about numbats."
    db.commit()
    assert found("numbats") == {("passage", source.slug, len(paragraphs) + 1)}

    citation = db.scalars(select(Citation).where(Citation.quote.contains("Carabinieri"))).first()
    assert citation is not None
    key = citation.key
    assert ("citation", key, None) in found("Carabinieri")
    db.delete(citation)
    db.commit()
    assert ("citation", key, None) not in found("Carabinieri")

    mission = Mission(
        slug="op-bilby",
        name="Operation Bilby",
        kind="training",
        theater="AUS",
        summary="Trains bilbies.",
        status="asserted",
    )
    db.add(mission)
    db.commit()
    assert found("bilby") == {("mission", "op-bilby", None)}
    db.delete(mission)
    bump(db)
    db.commit()
    assert found("bilby") == set()
    assert indexed_documents(db) == expected_documents(db)


CROSS_ENGINE_QUERIES = [
    *SEED_TERMS,
    "NATO",
    "Iraq",
    "train*",
    "log*",
    '"training mission"',
    '"NATO Training Mission-Iraq"',
    "NTM-I",
    "security forces",
    "logistics OR medical",
    "training -NATO",
    "NOT Iraq Afghanistan",
    "2004",
    "8,296",
    "NATO\u2019s",
    "www.nato.int",
    "T-72 tanks",
    "Carabinieri police",
]


@pytest.fixture(scope="module")
def both_engines(databases: Any) -> dict[str, str]:
    from tests.conftest import BACKENDS

    if not {"sqlite", "postgresql"} <= set(BACKENDS):
        pytest.skip("needs both engines (TEST_BACKENDS)")
    return {backend: databases.copy(backend) for backend in ("sqlite", "postgresql")}


def test_both_engines_return_the_same_hits(both_engines: dict[str, str]) -> None:
    from tests.conftest import shared_app, use_database

    answers: dict[str, dict[str, tuple[int, set[tuple[Any, ...]]]]] = {}
    for backend, url in both_engines.items():
        use_database(url)
        with TestClient(shared_app()) as client:
            answers[backend] = {}
            for q in CROSS_ENGINE_QUERIES:
                items = walk(client, f"{API}/search", q=q, limit=500, include_disputed="true")
                assert all("<mark>" in i["snippet"] for i in items), (backend, q)
                answers[backend][q] = (len(items), as_set(items))
    for q in CROSS_ENGINE_QUERIES:
        assert answers["sqlite"][q] == answers["postgresql"][q], q
    assert all(answers["sqlite"][q][0] for q in SEED_TERMS)


def test_records_rank_above_the_passages_that_mention_them(client: TestClient) -> None:
    """Searching `Carabinieri` put the Carabinieri contribution 16th of 18 hits, below
    passages and citations that mention the word."""
    hits = client.get(f"{API}/search", params={"q": "Carabinieri", "limit": 50}).json()["items"]
    kinds = [h["type"] for h in hits]
    contribution = [h["key"] for h in hits].index("ita-ntm-i-carabinieri-police-training")
    # Only the sources titled with the word, and records, come before it.
    assert set(kinds[:contribution]) <= {"source", "contribution", "mission", "lesson"}, kinds
    first_evidence = min(i for i, k in enumerate(kinds) if k in ("citation", "passage"))
    assert contribution < first_evidence
    assert kinds[first_evidence:] == sorted(kinds[first_evidence:]), kinds


@pytest.mark.parametrize("q", ["Carabinieri", "training", "nato OR italy", '"training mission"'])
def test_a_title_match_ranks_alike_by_either_reading(
    client: TestClient, db: Session, q: str
) -> None:
    """One clause (its words OR'd) tells a title match from the candidate's own bm25 on
    SQLite; a query of several clauses asks the title-only query. A clause excluding a word no
    document holds changes no hit: on SQLite the same hits come in the same order either way
    (bm25 adds nothing for a phrase a document lacks). PostgreSQL's ts_rank weighs every
    operand of the query, so there the hits are the same, not their order."""

    def ranked(query: str) -> list[tuple[str, str, int | None]]:
        items = walk(client, f"{API}/search", q=query, limit=100, include_disputed="true")
        return [(h["type"], h["key"], h["passage"]) for h in items]

    alone, excluding = ranked(q), ranked(f"{q} -qqqxyzzyqqq")
    assert alone
    if db.get_bind().dialect.name == "sqlite":
        assert excluding == alone
    else:
        assert sorted(excluding) == sorted(alone)


# --- One frequent word: its hits kept in rank order (app/search/topk.py, migration 0016) -------

TITLE_TIER = (
    "CASE WHEN d.kind IN ('mission', 'contribution', 'lesson', 'source') AND {in_title} "
    "THEN 0 WHEN d.kind IN ('mission', 'contribution', 'lesson') THEN 1 "
    "WHEN d.kind = 'source' THEN 2 WHEN d.kind = 'citation' THEN 3 ELSE 4 END"
)


def full_ranking(db: Session, term: str) -> list[tuple[str, int, int]]:
    """Every document holding `term`, in the documented order (tier, then the engine's
    relevance, then kind, record id, part), ranked over all of them: each engine's own
    scoring asked directly, not the kept list."""
    if db.get_bind().dialect.name == "sqlite":
        sql = (
            "SELECT d.kind, d.record_id, d.part, "
            + TITLE_TIER.format(in_title="bm25(search_fts, 1.0, 0.0) < 0")
            + " AS tier, bm25(search_fts, 4.0, 1.0) AS score FROM search_fts "
            "JOIN search_document d ON d.id = search_fts.rowid WHERE search_fts MATCH :q "
            "ORDER BY tier, score, d.kind, d.record_id, d.part"
        )
        q = f'"{term}"'
    else:
        sql = (
            "WITH q AS (SELECT to_tsquery('simple', :q) AS q) SELECT d.kind, d.record_id, "
            "d.part, "
            + TITLE_TIER.format(in_title="ts_filter(d.tsv, '{a}') @@ q.q")
            + " AS tier, ts_rank('{0.1, 0.1, 0.25, 1.0}', d.tsv, q.q) AS score "
            "FROM search_document d, q WHERE d.tsv @@ q.q "
            "ORDER BY tier, score DESC, d.kind, d.record_id, d.part"
        )
        q = f"'{term}'"
    return [(k, r, p) for k, r, p, *_ in db.execute(text(sql), {"q": q})]


def first_in_index_order(db: Session, term: str, n: int) -> list[tuple[str, int, int]]:
    """The first `n` documents holding `term` by document id: what ranking the first
    COUNT_LIMIT matches in index order ranked."""
    rows = db.execute(text("SELECT id, kind, record_id, part FROM search_document")).all()
    holding = {(k, r, p) for k, r, p in full_ranking(db, term)}
    return [(k, r, p) for _, k, r, p in sorted(rows) if (k, r, p) in holding][:n]


def promote(db: Session, term: str, depth: int) -> None:
    from app.search.topk import promote as keep

    keep(db.connection(), term, depth)
    bump(db)
    db.commit()


def kept(db: Session, term: str) -> list[tuple[str, int, int]]:
    rows = db.execute(
        text(
            "SELECT kind, record_id, part FROM search_topk WHERE term = :t "
            "ORDER BY tier, rank, kind, record_id, part"
        ),
        {"t": term},
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]


def as_docs(db: Session, items: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    ids = {(kind, key): i for (kind, i), key in hit_keys(db).items()}
    return [(h["type"], ids[h["type"], h["key"]], h["passage"] or 0) for h in items]


COUNTED = 100  # COUNT_LIMIT below: fewer than the seed's matches of "training"


@pytest.fixture
def counted(
    scratch_url: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[TestClient, Session]]:
    """A scratch database served with COUNT_LIMIT=100 and no response cache."""
    from app.core.config import get_settings
    from app.core.db import get_sessionmaker
    from tests.conftest import shared_app, use_database

    monkeypatch.setenv("RESPONSE_CACHE_MB", "0")
    monkeypatch.setenv("COUNT_LIMIT", str(COUNTED))
    use_database(scratch_url)
    try:
        with (
            TestClient(shared_app(), raise_server_exceptions=False) as client,
            get_sessionmaker()() as db,
        ):
            yield client, db
    finally:
        monkeypatch.delenv("RESPONSE_CACHE_MB")
        monkeypatch.delenv("COUNT_LIMIT")
        get_settings.cache_clear()


def test_a_frequent_word_ranks_its_true_best_hits_first(
    counted: tuple[TestClient, Session],
) -> None:
    """Above COUNT_LIMIT matches, the service ranked the first COUNT_LIMIT in index order:
    the best hit of "training" (past the 400th of 472 by document id in the seed) was not among them.
    Promoted, the word's pages are its true first hits, in order."""
    client, db = counted
    ranking = full_ranking(db, "training")
    assert len(ranking) > COUNTED
    assert ranking[0] not in first_in_index_order(db, "training", COUNTED)  # the old cut missed it
    promote(db, "training", depth=21)
    assert kept(db, "training") == ranking[:21]
    first = client.get(
        f"{API}/search", params={"q": "training", "limit": 10, "include_disputed": "true"}
    )
    body = first.json()
    assert (body["total"], body["total_relation"]) == (COUNTED, "gte")
    second = client.get(body["next"]).json()
    assert as_docs(db, body["items"] + second["items"]) == ranking[:20]
    # Hidden records are left out by default, the rest keep their order.
    shown = client.get(f"{API}/search", params={"q": "Training", "limit": 10}).json()["items"]
    assert as_docs(db, shown) == [d for d in ranking if not is_hidden(db, d)][:10]


def is_hidden(db: Session, doc: tuple[str, int, int]) -> bool:
    status = db.execute(
        text("SELECT status FROM search_document WHERE kind = :k AND record_id = :r AND part = :p"),
        {"k": doc[0], "r": doc[1], "p": doc[2]},
    ).scalar()
    return doc[0] in CLAIMED and hidden(doc[0], status)


def test_the_kept_list_follows_every_write(counted: tuple[TestClient, Session]) -> None:
    """The triggers keep each promoted word's list equal to a fresh ranking cut where the
    promotion cut it: a new document that ranks before the cut enters it, a changed one moves
    or leaves, a deleted one leaves."""
    from app.search.topk import ranked_postings

    client, db = counted
    promote(db, "training", depth=8)
    cut = db.execute(
        text(
            "SELECT cut_tier, cut_rank, cut_kind, cut_record_id, cut_part, avgdl "
            "FROM search_term WHERE term = 'training'"
        )
    ).one()
    assert cut[0] is not None

    def check() -> list[tuple[str, int, int]]:
        fresh = ranked_postings(db.connection(), "training", cut[5])
        expected = [(k, r, p) for t, s, k, r, p in fresh if (t, s, k, r, p) <= tuple(cut[:5])]
        assert kept(db, "training") == expected
        top = client.get(
            f"{API}/search", params={"q": "training", "limit": 5, "include_disputed": "true"}
        ).json()["items"]
        assert as_docs(db, top) == expected[:5]
        return expected

    before = check()
    mission = Mission(
        slug="op-training",
        name="TRAINING",
        kind="training",
        theater="AUS",
        summary="Training, training, training.",
        status="asserted",
    )
    db.add(mission)
    bump(db)
    db.commit()
    new = ("mission", mission.id, 0)
    assert new in (now := check())  # a short title of the word: before the cut
    assert [d for d in now if d != new] == before  # one more: what ranks before the cut
    mission.name = "Operation Numbat"  # no longer in the title: a later tier, past the cut
    bump(db)
    db.commit()
    assert check() == before
    mission.name = "Training"
    bump(db)
    db.commit()
    assert new in check()
    db.delete(mission)
    bump(db)
    db.commit()
    assert check() == before


def test_kept_words_walk_every_hit_in_order_on_both_engines(both_engines: dict[str, str]) -> None:
    """Kept (the seed's words fit whole in their lists), every page of a word comes from its
    list: all its hits, in each engine's full ranking, and the same hits on both engines."""
    from app.core.db import get_sessionmaker
    from app.search.topk import promote as keep
    from tests.conftest import shared_app, use_database

    terms = ("training", "nato", "iraq", "the")
    answers: dict[str, dict[str, set[tuple[Any, ...]]]] = {}
    for backend, url in both_engines.items():
        use_database(url)
        with TestClient(shared_app()) as client, get_sessionmaker()() as db:
            for term in terms:
                assert keep(db.connection(), term) == len(full_ranking(db, term))
            bump(db)
            db.commit()
            answers[backend] = {}
            for term in terms:
                items = walk(client, f"{API}/search", q=term, limit=500, include_disputed="true")
                assert as_docs(db, items) == full_ranking(db, term), (backend, term)
                answers[backend][term] = as_set(items)
    assert answers["sqlite"] == answers["postgresql"]


def test_the_cli_keeps_words(scratch_url: str, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    """`coalition-kb search-terms`: the words named, or every word in more than N documents;
    what is not one word of the index is refused, and nothing is kept."""
    from app.cli import main
    from app.core.db import get_sessionmaker

    def kept_words() -> set[str]:
        with get_sessionmaker()() as db:
            return set(db.scalars(text("SELECT term FROM search_term")))

    assert main(["search-terms", "Training", "NATO"]) == 0
    assert kept_words() == {"training", "nato"}
    assert main(["search-terms", "it's"]) == 2
    assert "not a word of the index" in capsys.readouterr().err
    assert kept_words() == {"training", "nato"}
    assert main(["search-terms", "--more-than", "1000"]) == 0
    added = kept_words() - {"training", "nato"}
    assert "the" in added
    with get_sessionmaker()() as db:
        assert all(len(full_ranking(db, word)) > 1000 for word in added | {"nato"})
        assert len(full_ranking(db, "training")) <= 1000  # kept by name, not by count
