"""the top hits of each frequent word, kept in rank order by the search index's triggers

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 17:00:00.000000

A search for a word in a million documents ranked the first COUNT_LIMIT matches in index order
(0.7-2 s cold at 1M contributions, and the best hits were missed when they came later). For one
word, each engine's relevance is a number per document (app/search/topk.py says which), so the
page order (tier, rank, kind, record id, part) can be stored: `search_term` names the promoted
words (those in more than 5,000 documents when this migration runs, or promoted later by
`coalition-kb search-terms`), `search_topk` holds each one's first 11,001 hits in that order
(the deepest page there is, plus one) and every later document that ranks before that cut.
The triggers that write `search_document` keep it: a new or changed document adds its postings
of the promoted words it holds where they rank before the cut; a deleted one removes its own.

SQLite: the triggers on `search_document` are re-created with the posting statements after the
FTS5 ones (a trigger's statements run in order; two triggers on one event fire in an order
SQLite does not document). PostgreSQL: a trigger of its own on `search_document`.
"""

from collections.abc import Sequence

from alembic import op

from app.search.topk import PG_ADD, PG_REMOVE, SQLITE_ADD, SQLITE_REMOVE, promote_frequent

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TERM = (
    "CREATE TABLE search_term (term VARCHAR(100) PRIMARY KEY, avgdl {real}, "
    "cut_tier SMALLINT, cut_rank {rank}, cut_kind VARCHAR(20), cut_record_id INTEGER, "
    "cut_part INTEGER)"
)
TOPK = (
    "CREATE TABLE search_topk (term VARCHAR(100) NOT NULL, tier SMALLINT NOT NULL, "
    "rank {rank} NOT NULL, kind VARCHAR(20) NOT NULL, record_id INTEGER NOT NULL, "
    "part INTEGER NOT NULL, doc_id {doc} NOT NULL, status VARCHAR(20), "
    "PRIMARY KEY (term, tier, rank, kind, record_id, part){include}){extra}"
)

FTS_INSERT = "INSERT INTO search_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body)"
FTS_DELETE = (
    "INSERT INTO search_fts (search_fts, rowid, title, body) "
    "VALUES ('delete', OLD.id, OLD.title, OLD.body)"
)


def _sqlite_triggers(with_topk: bool) -> None:
    add = f" {SQLITE_ADD};" if with_topk else ""
    remove = f" {SQLITE_REMOVE};" if with_topk else ""
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS search_document_{event}")
    op.execute(
        "CREATE TRIGGER search_document_insert AFTER INSERT ON search_document "
        f"BEGIN {FTS_INSERT};{add} END"
    )
    op.execute(
        "CREATE TRIGGER search_document_delete AFTER DELETE ON search_document "
        f"BEGIN {FTS_DELETE};{remove} END"
    )
    op.execute(
        "CREATE TRIGGER search_document_update AFTER UPDATE ON search_document "
        f"BEGIN {FTS_DELETE};{remove} {FTS_INSERT};{add} END"
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(TERM.format(real="REAL", rank="REAL"))
        # One B-tree in page order holding every column: a page and a count read only it.
        op.execute(TOPK.format(rank="REAL", doc="INTEGER", include="", extra=" WITHOUT ROWID"))
        _sqlite_triggers(with_topk=True)
    else:
        op.execute(TERM.format(real="DOUBLE PRECISION", rank="REAL"))
        # The key's index carries the rest, for index-only scans once vacuumed.
        op.execute(
            TOPK.format(rank="REAL", doc="BIGINT", include=" INCLUDE (doc_id, status)", extra="")
        )
        op.execute(
            "CREATE FUNCTION search_topk_sync() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF TG_OP <> 'INSERT' THEN {PG_REMOVE}; END IF; "
            f"IF TG_OP <> 'DELETE' THEN {PG_ADD}; END IF; RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER search_topk_sync AFTER INSERT OR DELETE OR UPDATE "
            "ON search_document FOR EACH ROW EXECUTE FUNCTION search_topk_sync()"
        )
    op.execute("CREATE INDEX ix_search_topk_doc_id ON search_topk (doc_id)")
    promote_frequent(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_triggers(with_topk=False)
    else:
        op.execute("DROP TRIGGER IF EXISTS search_topk_sync ON search_document")
        op.execute("DROP FUNCTION IF EXISTS search_topk_sync()")
    op.execute("DROP TABLE IF EXISTS search_topk")
    op.execute("DROP TABLE IF EXISTS search_term")
