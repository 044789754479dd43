"""The search box's language, parsed in Python and written out for each engine.

Users' text never reaches FTS5's or PostgreSQL's query parser: both have operators and
syntax errors of their own, and a stray quote must not become a 500. What is understood:

* words: all must occur (`logistics training`); `AND` between words changes nothing;
* `"an exact phrase"` (an unclosed quote runs to the end);
* `word*`: any word starting so (`train*` finds training, trained, trainers);
* `a OR b`: either;
* `-word` or `NOT word`: must not occur (with at least one word that must).

A word is a run of letters and digits, lower-cased; anything else separates words, so
`NTM-I` is the phrase "ntm i", as the index stores it. Everything else (parentheses, `:`,
`^`, `NEAR`) is ordinary text.
"""

import re
from dataclasses import dataclass, field

from app.core.errors import BadRequest, FieldProblem

MAX_QUERY_LENGTH = 500
MAX_TERMS = 32

_PIECE = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False


@dataclass
class Clause:
    """Alternatives joined by OR; a negated clause must not match."""

    terms: list[Term] = field(default_factory=list)
    negated: bool = False


@dataclass
class Query:
    clauses: list[Clause]

    @property
    def wanted(self) -> list[Clause]:
        return [c for c in self.clauses if not c.negated]

    @property
    def unwanted(self) -> list[Clause]:
        return [c for c in self.clauses if c.negated]


def _problem(detail: str, reason: str) -> BadRequest:
    return BadRequest(detail, errors=[FieldProblem(field="query.q", reason=reason)])


def parse(text: str) -> Query:
    if len(text) > MAX_QUERY_LENGTH:
        raise _problem(
            f"The search query is {len(text)} characters long; at most {MAX_QUERY_LENGTH}.",
            f"at most {MAX_QUERY_LENGTH} characters",
        )
    clauses: list[Clause] = []
    join_next = False
    negate_next = False
    count = 0
    for match in _PIECE.finditer(text):
        phrase, bare = match.group(1), match.group(2)
        negated, prefix = negate_next, False
        if bare is not None:
            if bare == "OR":
                join_next = bool(clauses) and not clauses[-1].negated
                continue
            if bare == "AND":
                continue
            if bare == "NOT":
                negate_next = True
                continue
            if bare.startswith("-") and len(bare) > 1:
                negated, bare = True, bare[1:]
            prefix = bare.endswith("*")
            source = bare
        else:
            source = phrase
        words = tuple(w.lower() for w in _WORD.findall(source))
        negate_next = False
        if not words:
            continue
        count += 1
        if count > MAX_TERMS:
            raise _problem(
                f"The search query has more than {MAX_TERMS} terms.", f"at most {MAX_TERMS} terms"
            )
        term = Term(words, prefix)
        if join_next and not negated:
            clauses[-1].terms.append(term)
        else:
            clauses.append(Clause([term], negated))
        join_next = False
    query = Query(clauses)
    if not query.wanted:
        raise _problem(
            "The search query has no word to look for (letters or digits, not only excluded).",
            "needs at least one word that must occur",
        )
    return query


def _fts5_term(term: Term) -> str:
    # Words are letters and digits only, so wrapping them in quotes is always safe.
    return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")


def _fts5_clause(clause: Clause) -> str:
    return "(" + " OR ".join(_fts5_term(t) for t in clause.terms) + ")"


def to_fts5(query: Query) -> str:
    text = " AND ".join(_fts5_clause(c) for c in query.wanted)
    if query.unwanted:
        text = f"({text}) NOT (" + " OR ".join(_fts5_clause(c) for c in query.unwanted) + ")"
    return text


def _ts_term(term: Term) -> str:
    words = [f"'{w}'" for w in term.words]
    if term.prefix:
        words[-1] += ":*"
    return "(" + " <-> ".join(words) + ")"


def _ts_clause(clause: Clause) -> str:
    return "(" + " | ".join(_ts_term(t) for t in clause.terms) + ")"


def to_tsquery(query: Query) -> str:
    """Text for `to_tsquery('simple', ...)`."""
    parts = [_ts_clause(c) for c in query.wanted]
    parts += ["!" + _ts_clause(c) for c in query.unwanted]
    return " & ".join(parts)
