"""full-text search index kept in step by triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 16:40:00

One row per searchable thing in `search_document` (a mission, contribution, lesson, source,
citation, or one paragraph of a source's shipped full text), written only by triggers on the
base tables, so every writer (the API, the seed loader, psql) keeps the index in step.
SQLite indexes it with an FTS5 external-content table; PostgreSQL with a generated tsvector
column and a GIN index. Both tokenize the same way: letters and digits only, lower-cased, no
stemming and no stop words (PostgreSQL's 'simple' configuration over text whose punctuation
is blanked out; FTS5's unicode61 keeping diacritics), so both engines find the same records.

These objects are not in the SQLAlchemy metadata: `app.search.schema.include_object` keeps
them out of autogenerate and of the drift test.
"""

from collections.abc import Sequence

from alembic import op


revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "kind, record_id, part, status, title, body"

# Per kind: the SELECT producing its documents, filtered by {where} (a trigger's NEW row, or
# everything for the backfill). Portable SQL: the same text runs on both engines.
DOCUMENTS = {
    "mission": (
        "SELECT 'mission', m.id, 0, m.status, coalesce(m.acronym, '') || ' ' || m.name, "
        "coalesce(m.summary, '') || ' ' || coalesce(m.mandate, '') "
        "FROM mission m WHERE {where}",
        "m",
    ),
    "contribution": (
        # The contributor's and the type's names make "Italy training" find Italy's training.
        "SELECT 'contribution', c.id, 0, c.status, "
        "p.name || ' ' || coalesce(p.acronym, '') || ' ' || t.name, "
        "c.description || ' ' || coalesce(c.unit, '') "
        "FROM contribution c JOIN contributor p ON p.id = c.contributor_id "
        "JOIN contribution_type t ON t.id = c.type_id WHERE {where}",
        "c",
    ),
    "lesson": (
        "SELECT 'lesson', l.id, 0, l.status, l.title, l.summary FROM lesson l WHERE {where}",
        "l",
    ),
    "source": (
        "SELECT 'source', s.id, 0, NULL, s.title, "
        "coalesce(s.author, '') || ' ' || coalesce(s.publisher, '') || ' ' "
        "|| coalesce(s.reliability, '') FROM source s WHERE {where}",
        "s",
    ),
    "citation": (
        "SELECT 'citation', c.id, 0, c.status, coalesce(c.section, ''), "
        "c.quote || ' ' || coalesce(c.note, '') FROM citation c WHERE {where}",
        "c",
    ),
}

# Paragraphs (split on a blank line, numbered from 1 counting empty ones, so both engines
# number alike). SQLite triggers cannot use a CTE, so the text becomes a JSON array through a
# private-use separator that json_quote leaves alone, and json_each walks it.
PASSAGES = {
    "sqlite": (
        "SELECT 'passage', s.id, CAST(j.key AS INTEGER) + 1, NULL, '', "
        "trim(j.value, ' ' || char(9, 10, 13)) "
        "FROM source s, json_each('[' || replace(json_quote(replace(replace(s.full_text, "
        "char(13), ''), char(10) || char(10), char(57344))), char(57344), '\",\"') || ']') AS j "
        "WHERE s.full_text IS NOT NULL AND {where} "
        "AND trim(j.value, ' ' || char(9, 10, 13)) <> ''"
    ),
    "postgresql": (
        "SELECT 'passage', s.id, p.n, NULL, '', btrim(p.t, E' \\t\\n\\r') "
        "FROM source s, regexp_split_to_table(replace(s.full_text, E'\\r', ''), E'\\n\\n') "
        "WITH ORDINALITY AS p(t, n) "
        "WHERE s.full_text IS NOT NULL AND {where} AND btrim(p.t, E' \\t\\n\\r') <> ''"
    ),
}

# Base table -> (kinds it owns, columns whose change re-indexes it).
TABLES = {
    "mission": (("mission",), "acronym, name, summary, mandate, status"),
    "contribution": (("contribution",), "description, unit, status, contributor_id, type_id"),
    "lesson": (("lesson",), "title, summary, status"),
    "source": (("source", "passage"), "title, author, publisher, reliability, full_text"),
    "citation": (("citation",), "section, quote, note, status"),
}
# Tables whose names are copied into contribution documents.
CASCADES = {
    "contributor": ("name, acronym", "c.contributor_id = NEW.id", "contributor_id"),
    "contribution_type": ("name", "c.type_id = NEW.id", "type_id"),
}


def _select(kind: str, dialect: str, where: str) -> str:
    if kind == "passage":
        return PASSAGES[dialect].format(where=where.replace("x.", "s."))
    sql, alias = DOCUMENTS[kind]
    return sql.format(where=where.replace("x.", f"{alias}."))


def _insert(kind: str, dialect: str, where: str) -> str:
    return f"INSERT INTO search_document ({COLUMNS}) " + _select(kind, dialect, where)


def _delete(kind: str, record: str) -> str:
    return f"DELETE FROM search_document WHERE kind = '{kind}' AND record_id = {record}"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _upgrade_sqlite()
    elif dialect == "postgresql":
        _upgrade_postgresql()
    else:
        raise NotImplementedError(f"no search index for {dialect}")
    for table, (kinds, _) in TABLES.items():
        for kind in kinds:
            op.execute(_insert(kind, dialect, "1 = 1"))


def _upgrade_sqlite() -> None:
    op.execute(
        "CREATE TABLE search_document ("
        "id INTEGER PRIMARY KEY, kind VARCHAR(20) NOT NULL, record_id INTEGER NOT NULL, "
        "part INTEGER NOT NULL, status VARCHAR(20), title TEXT NOT NULL, body TEXT NOT NULL, "
        "CONSTRAINT uq_search_document UNIQUE (kind, record_id, part))"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_document', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
    )
    delete_fts = (
        "INSERT INTO search_fts (search_fts, rowid, title, body) "
        "VALUES ('delete', OLD.id, OLD.title, OLD.body)"
    )
    insert_fts = "INSERT INTO search_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body)"
    op.execute(
        f"CREATE TRIGGER search_document_insert AFTER INSERT ON search_document "
        f"BEGIN {insert_fts}; END"
    )
    op.execute(
        f"CREATE TRIGGER search_document_delete AFTER DELETE ON search_document "
        f"BEGIN {delete_fts}; END"
    )
    op.execute(
        f"CREATE TRIGGER search_document_update AFTER UPDATE ON search_document "
        f"BEGIN {delete_fts}; {insert_fts}; END"
    )
    for table, (kinds, columns) in TABLES.items():
        inserts = "".join(f"{_insert(k, 'sqlite', 'x.id = NEW.id')}; " for k in kinds)
        deletes = "".join(f"{_delete(k, 'OLD.id')}; " for k in kinds)
        op.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {inserts}END")
        op.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {deletes}{inserts}END"
        )
        op.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {deletes}END")
    for table, (columns, where, fk) in CASCADES.items():
        op.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {columns} ON {table} BEGIN "
            "DELETE FROM search_document WHERE kind = 'contribution' AND record_id IN "
            f"(SELECT id FROM contribution WHERE {fk} = NEW.id); "
            f"{_insert('contribution', 'sqlite', where)}; END"
        )


def _words(column: str) -> str:
    # Punctuation blanked out first, so the parser sees only words and numbers, as FTS5
    # does (it would otherwise keep 'www.nato.int' or 'ntm-i' whole).
    return f"to_tsvector('simple'::regconfig, regexp_replace({column}, '[^[:alnum:]]+', ' ', 'g'))"


def _upgrade_postgresql() -> None:
    op.execute(
        "CREATE TABLE search_document ("
        "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, kind VARCHAR(20) NOT NULL, "
        "record_id INTEGER NOT NULL, part INTEGER NOT NULL, status VARCHAR(20), "
        "title TEXT NOT NULL, body TEXT NOT NULL, "
        # '_' (a word no query can hold) keeps the title's last word and the body's first
        # apart, so a phrase cannot span the two, as it cannot span FTS5's columns.
        f"tsv TSVECTOR GENERATED ALWAYS AS (setweight({_words('title')}, 'A') "
        f"|| '_:1'::tsvector || setweight({_words('body')}, 'B')) STORED, "
        "CONSTRAINT uq_search_document UNIQUE (kind, record_id, part))"
    )
    op.execute("CREATE INDEX ix_search_document_tsv ON search_document USING gin (tsv)")
    for table, (kinds, columns) in TABLES.items():
        inserts = "".join(f"{_insert(k, 'postgresql', 'x.id = NEW.id')}; " for k in kinds)
        deletes = "".join(f"{_delete(k, 'OLD.id')}; " for k in kinds)
        op.execute(
            f"CREATE FUNCTION search_sync_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF TG_OP <> 'INSERT' THEN {deletes}END IF; "
            f"IF TG_OP <> 'DELETE' THEN {inserts}END IF; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER search_sync AFTER INSERT OR DELETE OR UPDATE OF {columns} "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION search_sync_{table}()"
        )
    for table, (columns, where, fk) in CASCADES.items():
        op.execute(
            f"CREATE FUNCTION search_sync_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN DELETE FROM search_document WHERE kind = 'contribution' AND record_id IN "
            f"(SELECT id FROM contribution WHERE {fk} = NEW.id); "
            f"{_insert('contribution', 'postgresql', where)}; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER search_sync AFTER UPDATE OF {columns} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search_sync_{table}()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in [*TABLES, "document"]:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
        for table in CASCADES:
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_update")
        op.execute("DROP TABLE IF EXISTS search_fts")
    else:
        for table in [*TABLES, *CASCADES]:
            op.execute(f"DROP TRIGGER IF EXISTS search_sync ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS search_sync_{table}()")
    op.execute("DROP TABLE IF EXISTS search_document")
