"""The top of each frequent word's hits, kept in rank order by the triggers (migration 0016).

A search for one word ranks its hits by tier, then relevance (`app.search.service._tier`).
For a word in a million documents, ranking every match took seconds, and ranking the first
`COUNT_LIMIT` matches in index order (what the service did before) missed the best hits that
came later. For one word, both engines' relevance is a number per document and word:

* PostgreSQL: `ts_rank` of the document's tsvector against the word (no corpus statistics);
* SQLite: FTS5's bm25 is `idf(word) x impact(document)`, and `idf` is the same for every
  document, so `impact` orders them: `f (k1 + 1) / (f + k1 (1 - b + b D / avgdl))` with f the
  word's occurrences weighted 4 in the title and 1 in the body, D the document's length in
  tokens (FTS5's own count, `search_fts_docsize`), k1 = 1.2 and b = 0.75 as in FTS5, and
  avgdl the average length when the word was promoted (stored with the word).

`search_term` names the words kept ("promoted"). For each, `search_topk` holds every document
whose (tier, rank, kind, record_id, part), the page order, is at or before the word's cut:
the first `DEPTH` hits when promoted, then whatever the triggers add before the cut (a new
document that ranks there) and minus what they delete. A word whose hits all fit has no cut
(`cut_tier` NULL): its list is complete. So a page of a promoted word is an index range read
in order, cut at the page, and every hit not in the list ranks after every hit in it.
"""

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Pages go at most 10,000 deep (app.core.listing.MAX_OFFSET) and 1,000 long (MAX_PAGE_SIZE's
# default), plus the one row that says whether more follow.
DEPTH = 11_001
# Words in more documents than this are promoted by migration 0016 (and `promote_frequent`).
FREQUENT = 5_000
K1, B = 1.2, 0.75
TITLE_WEIGHT = 4.0
MARK = "char(57345)"  # a private-use character: counting it counts the word's occurrences
KEY = "tier, rank, kind, record_id, part"
RECORDS = "('mission', 'contribution', 'lesson')"


def tier(kind: str, in_title: str) -> str:
    """The tier of `app.search.service._tier`, with the title match given."""
    return (
        f"CASE WHEN {kind} IN ('mission', 'contribution', 'lesson', 'source') AND {in_title} "
        f"THEN 0 WHEN {kind} IN {RECORDS} THEN 1 WHEN {kind} = 'source' THEN 2 "
        f"WHEN {kind} = 'citation' THEN 3 ELSE 4 END"
    )


# Highest tier of each kind: a list cut in a later tier holds every hit of these kinds.
LAST_TIER = {"mission": 1, "contribution": 1, "lesson": 1, "source": 2, "citation": 3, "passage": 4}


# --- SQLite -----------------------------------------------------------------------------------
def _occurrences(column: int) -> str:
    """How often the matched word occurs in a column of the current FTS5 row."""
    marked = f"highlight(search_fts, {column}, {MARK}, '')"
    return f"(length({marked}) - length(replace({marked}, {MARK}, '')))"


def _byte(hexed: str, i: int) -> str:
    digits = "'0123456789ABCDEF'"
    return (
        f"(instr({digits}, substr({hexed}, {2 * i + 1}, 1)) * 16 "
        f"+ instr({digits}, substr({hexed}, {2 * i + 2}, 1)) - 17)"
    )


def _varint(hexed: str, at: int) -> str:
    """The varint (1-3 bytes: below 2,097,152) starting at byte `at`."""
    b0, b1, b2 = (_byte(hexed, at + i) for i in range(3))
    return (
        f"CASE WHEN {b0} < 128 THEN {b0} WHEN {b1} < 128 THEN ({b0} - 128) * 128 + {b1} "
        f"ELSE (({b0} - 128) * 128 + {b1} - 128) * 128 + {b2} END"
    )


def length_in_tokens(hexed: str) -> str:
    """D: title and body token counts, FTS5's `docsize` record (two varints), in hex."""
    b0, b1 = _byte(hexed, 0), _byte(hexed, 1)
    second = (
        f"CASE WHEN {b0} < 128 THEN {_varint(hexed, 1)} WHEN {b1} < 128 THEN {_varint(hexed, 2)} "
        f"ELSE {_varint(hexed, 3)} END"
    )
    return f"({_varint(hexed, 0)} + {second})"


def impact(in_title: str, in_body: str, length: str, avgdl: str) -> str:
    """Minus bm25's per-document factor (lower ranks first, as bm25 itself)."""
    f = f"({TITLE_WEIGHT} * {in_title} + {in_body})"
    return f"(-({f} * {K1 + 1.0}) / ({f} + {K1} * ({1 - B} + {B} * {length} / {avgdl})))"


def _sqlite_postings(best: int | None = None) -> str:
    """(tier, rank, kind, record_id, part, id, status) of every document holding the word
    (`:match`), or of its `best` first by FTS5's own bm25 (one pass in C, no text read): the
    same order as the rank's, whose idf is one factor for all of them, so only those are read
    again to count the word (a margin is taken for rounding)."""
    among = ""
    if best is not None:
        among = (
            "AND +rowid IN (SELECT b.id FROM (SELECT search_fts.rowid AS id, "  # noqa: S608
            f"{tier('d.kind', 'bm25(search_fts, 1.0, 0.0) < 0')} AS tier, "
            f"bm25(search_fts, {TITLE_WEIGHT}, 1.0) AS score, d.kind, d.record_id, d.part "
            "FROM search_fts JOIN search_document d ON d.id = search_fts.rowid "
            "WHERE search_fts MATCH :match) AS b "
            f"ORDER BY b.tier, b.score, b.kind, b.record_id, b.part LIMIT {int(best)})"
        )
    return (
        f"SELECT {tier('d.kind', 'h.in_title > 0')} AS tier, "  # noqa: S608 - constants only
        f"{impact('h.in_title', 'h.in_body', length_in_tokens('hex(z.sz)'), ':avgdl')} AS rank, "
        "d.kind, d.record_id, d.part, d.id, d.status "
        f"FROM (SELECT rowid AS id, {_occurrences(0)} AS in_title, {_occurrences(1)} AS in_body "
        f"FROM search_fts WHERE search_fts MATCH :match {among}) AS h "
        "JOIN search_document d ON d.id = h.id JOIN search_fts_docsize z ON z.id = h.id"
    )


SPLIT = 4294967296  # the title's and the body's occurrences, counted in one FTS5 query


# Run by the search_document triggers after the FTS5 row is written: the new document's
# postings of every kept word it holds, where they rank before the word's cut. The candidate
# words are found in the lower-cased text (kept words are lower-case ASCII, and a word of the
# tokenizer has no ASCII letter or digit on either side: a superset, but for the few
# non-ASCII capitals that Unicode folds to an ASCII letter, such as the Kelvin sign, which
# lower() leaves alone and the tokenizer folds); FTS5 then confirms and
# counts each in one query on the new row. `LIMIT -1` keeps SQLite from flattening the
# subquery and so running that query once per use of its result.
SQLITE_ADD = (
    f"INSERT INTO search_topk (term, {KEY}, doc_id, status) "  # noqa: S608
    "SELECT p.term, p.tier, p.rank, NEW.kind, NEW.record_id, NEW.part, NEW.id, NEW.status FROM ("
    f"SELECT c.*, {tier('NEW.kind', f'c.hits >= {SPLIT}')} AS tier, "
    + impact(f"(c.hits / {SPLIT})", f"(c.hits % {SPLIT})", length_in_tokens("z.h"), "c.avgdl")
    + " AS rank FROM (SELECT t.*, coalesce((SELECT "  # noqa: S608
    f"{_occurrences(0)} * {SPLIT} + {_occurrences(1)} FROM search_fts "
    "WHERE search_fts MATCH '\"' || t.term || '\"' AND rowid = NEW.id), 0) AS hits "
    "FROM (SELECT ' ' || lower(NEW.title || ' ' || NEW.body) || ' ' AS x) AS w, search_term t "
    "WHERE instr(w.x, t.term) > 0 AND w.x GLOB ('*[^a-z0-9]' || t.term || '[^a-z0-9]*') "
    "LIMIT -1) AS c, (SELECT hex(sz) AS h FROM search_fts_docsize WHERE id = NEW.id) AS z "
    "WHERE c.hits > 0) AS p "
    "WHERE p.cut_tier IS NULL OR (p.tier, p.rank, NEW.kind, NEW.record_id, NEW.part) "
    "<= (p.cut_tier, p.cut_rank, p.cut_kind, p.cut_record_id, p.cut_part)"
)
SQLITE_REMOVE = "DELETE FROM search_topk WHERE doc_id = OLD.id"


def _sqlite_avgdl(conn: Connection) -> float:
    """FTS5's average document length in tokens: its averages record (row count, then each
    column's token total, as varints)."""
    blob = conn.execute(text("SELECT block FROM search_fts_data WHERE id = 1")).scalar()
    values, value = [], 0
    for byte in bytes(blob or b""):
        value = value << 7 | byte & 0x7F
        if byte < 0x80:
            values.append(value)
            value = 0
    rows, tokens = (values[0], sum(values[1:])) if values else (0, 0)
    return tokens / rows if rows else 1.0


# --- PostgreSQL -------------------------------------------------------------------------------
_PG_TITLE = "ts_filter({tsv}, '{{a}}') @@ q.q"


def _pg_rank(tsv: str, query: str) -> str:
    return f"(-ts_rank('{{0.1, 0.1, 0.25, 1.0}}', {tsv}, {query}))"


def _pg_postings() -> str:
    return (
        f"SELECT {tier('d.kind', _PG_TITLE.format(tsv='d.tsv'))} AS tier, "  # noqa: S608
        f"{_pg_rank('d.tsv', 'q.q')} AS rank, d.kind, d.record_id, d.part, d.id, d.status "
        "FROM search_document d, (SELECT to_tsquery('simple', :match) AS q) AS q "
        "WHERE d.tsv @@ q.q"
    )


# The body of the search_document trigger's function: a document's postings for the promoted
# words among its lexemes, where they rank before the word's cut.
PG_ADD = (
    f"INSERT INTO search_topk (term, {KEY}, doc_id, status) "  # noqa: S608
    "SELECT p.term, p.tier, p.rank, NEW.kind, NEW.record_id, NEW.part, NEW.id, NEW.status FROM ("
    f"SELECT t.*, {tier('NEW.kind', _PG_TITLE.format(tsv='NEW.tsv'))} AS tier, "
    f"{_pg_rank('NEW.tsv', 'q.q')} AS rank "
    "FROM unnest(tsvector_to_array(NEW.tsv)) AS w(lexeme) "
    "JOIN search_term t ON t.term = w.lexeme "
    "CROSS JOIN LATERAL (SELECT to_tsquery('simple', quote_literal(t.term)) AS q) AS q) AS p "
    "WHERE p.cut_tier IS NULL OR (p.tier, p.rank, NEW.kind, NEW.record_id, NEW.part) "
    "<= (p.cut_tier, p.cut_rank, p.cut_kind, p.cut_record_id, p.cut_part)"
)
PG_REMOVE = "DELETE FROM search_topk WHERE doc_id = OLD.id"


# --- promotion --------------------------------------------------------------------------------
def promote(conn: Connection, term: str, depth: int = DEPTH) -> int:
    """Keep `term`'s first `depth` hits in rank order (again, if it was kept): returns how
    many. `term` is one word as the index stores it (letters and digits, lower-case)."""
    if not (term.isascii() and term.isalnum() and term == term.lower()):
        raise ValueError(f"not a word of the index (lower-case ASCII letters and digits): {term!r}")
    dialect = conn.dialect.name
    if dialect == "postgresql":
        # Writers' triggers wait until the list and its cut are committed (and this waits for
        # theirs), so no document is ranked against a cut it was not read with.
        conn.execute(text("LOCK TABLE search_topk IN SHARE ROW EXCLUSIVE MODE"))
    conn.execute(text("DELETE FROM search_topk WHERE term = :t"), {"t": term})
    conn.execute(text("DELETE FROM search_term WHERE term = :t"), {"t": term})
    params: dict[str, Any] = {"t": term, "depth": depth + 1}
    if dialect == "sqlite":
        params |= {"match": f'"{term}"', "avgdl": _sqlite_avgdl(conn)}
        postings = _sqlite_postings(best=depth + depth // 10 + 100)
    else:
        params |= {"match": f"'{term}'", "avgdl": None}
        postings = _pg_postings()
    conn.execute(
        text(
            f"INSERT INTO search_topk (term, {KEY}, doc_id, status) "  # noqa: S608
            f"SELECT :t, {KEY}, id, status FROM ({postings}) AS p ORDER BY {KEY} LIMIT :depth"
        ),
        params,
    )
    conn.execute(
        text("INSERT INTO search_term (term, avgdl) VALUES (:t, :avgdl)"),
        {"t": term, "avgdl": params["avgdl"]},
    )
    # More than `depth` hits: the list ends at the depth-th, its cut. Values are copied in SQL,
    # never through Python (a float4 rank would not come back the same).
    kept = f"SELECT {KEY} FROM search_topk WHERE term = :t ORDER BY {KEY}"  # noqa: S608
    if conn.execute(text(f"{kept} LIMIT 1 OFFSET :depth"), {"t": term, "depth": depth}).first():
        conn.execute(
            text(
                "UPDATE search_term SET (cut_tier, cut_rank, cut_kind, cut_record_id, cut_part) "  # noqa: S608
                f"= ({kept} LIMIT 1 OFFSET :last) WHERE term = :t"
            ),
            {"t": term, "last": depth - 1},
        )
        conn.execute(
            text(
                f"DELETE FROM search_topk WHERE term = :t AND ({KEY}) > (SELECT cut_tier, "  # noqa: S608
                "cut_rank, cut_kind, cut_record_id, cut_part FROM search_term WHERE term = :t)"
            ),
            {"t": term},
        )
    return int(conn.scalar(text("SELECT count(*) FROM search_topk WHERE term = :t"), {"t": term}))


def ranked_postings(conn: Connection, term: str, avgdl: float | None) -> list[tuple[Any, ...]]:
    """(tier, rank, kind, record_id, part) of every document holding `term`, in page order,
    computed afresh (with `avgdl` on SQLite): what a promotion keeps the start of."""
    if conn.dialect.name == "sqlite":
        postings, params = _sqlite_postings(), {"match": f'"{term}"', "avgdl": avgdl}
    else:
        postings, params = _pg_postings(), {"match": f"'{term}'"}
    sql = f"SELECT {KEY} FROM ({postings}) AS p ORDER BY {KEY}"  # noqa: S608
    return [tuple(row) for row in conn.execute(text(sql), params)]


def frequent_terms(conn: Connection, more_than: int = FREQUENT) -> list[str]:
    """The index's words in more than `more_than` documents (letters and digits only)."""
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab "
                "USING fts5vocab(main, search_fts, row)"
            )
        )
        sql = "SELECT term FROM temp.search_vocab WHERE doc > :n ORDER BY term"
    else:
        sql = (
            "SELECT word AS term FROM ts_stat('SELECT tsv FROM search_document') "
            "WHERE ndoc > :n AND word <> '_' ORDER BY word"
        )
    # ASCII only: SQLite's trigger finds a document's candidate words with lower(), which
    # folds ASCII letters only.
    return [t for t in conn.scalars(text(sql), {"n": more_than}) if t.isascii() and t.isalnum()]


def promote_frequent(conn: Connection, more_than: int = FREQUENT) -> list[str]:
    """Promote every word in more than `more_than` documents; returns them."""
    terms = frequent_terms(conn, more_than)
    for term in terms:
        promote(conn, term)
    return terms
