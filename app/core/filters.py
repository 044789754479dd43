"""List filters that take several values: "any of", the same way on every list and stats endpoint.

`?mission=ntm-i,nmi` and `?mission=ntm-i&mission=nmi` both mean "NTM-I or NMI" (PostgREST's
`in.(a,b)`, Datasette's `__in`). A filter never drops or misreads a value:

* a value the schema refuses is a 422 `validation` naming the parameter: an empty value
  (`?mission=`, `?mission=a,,b`), a name outside a closed vocabulary (`category`, `kind`,
  `status`), a theater that is not three letters, a year that is not four digits;
* a key naming a record that does not exist (`?contributor=XYZ`) is a 422 `rule-violation`,
  the type a body naming a missing record gets: the request is well formed, a rule refuses it;
* a parameter that takes one value (`limit`, `sort`, `from`) given twice is a 400
  (`app.core.params.reject_unknown_query_params`).
"""

import csv
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any

from fastapi import Query
from pydantic import StringConstraints
from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from app.core.errors import FieldProblem, RuleViolation, Unprocessable
from app.core.params import choices_schema, split_choices
from app.models.base import HIDDEN_STATUSES, STATUS_VALUES, WEAK_STATUSES

MAX_VALUES = 100
ANY_OF = (
    "Several values mean any of them: comma-separated (`a,b`) or the parameter repeated; a "
    'value holding a comma is double-quoted (`"a, b",c`).'
)


# The grammar of an "any of" value, stated in the schema and enforced by it (so the schema and
# the service cannot disagree): comma-separated values, spaces around them ignored, none
# empty; a value holding a comma, a double quote or a space at its ends is double-quoted, as
# in CSV (a double quote inside doubled: `"say ""hi"""`), with nothing but a comma after its
# closing quote. No NUL, CR or LF.
_PLAIN = r'[^",\x00\r\n ](?:[^",\x00\r\n]*[^",\x00\r\n ])? *'
_QUOTED = r'"(?:[^"\x00\r\n]|"")*(?:[^"\x00\r\n ]|"")(?:[^"\x00\r\n]|"")*"'
_ITEM = f"(?:{_QUOTED}|{_PLAIN})"
VALUES_PATTERN = f"^ *{_ITEM}(?:, *{_ITEM})*$"

# A closed-vocabulary filter: `Annotated[Choices, choices(NAMES, description, example)]`.
Choices = list[str] | None
# The types of "any of" filters: `Annotated[KeyList, keys(...)]` for record keys or free values;
# codes and years state their form in the schema too.
KeyList = list[Annotated[str, StringConstraints(max_length=1000, pattern=VALUES_PATTERN)]] | None
CodeList = (
    list[
        Annotated[
            str,
            StringConstraints(max_length=1000, pattern=r"^ *[A-Za-z]{3} *(, *[A-Za-z]{3} *)*$"),
        ]
    ]
    | None
)
_YEAR = r"(?:[1-9][0-9]{3}|0(?:[1-9][0-9]{2}|0(?:[1-9][0-9]|0[1-9])))"  # 0001-9999
YEARS_PATTERN = f"^ *{_YEAR} *(?:, *{_YEAR} *)*$"
YearList = list[Annotated[str, StringConstraints(max_length=1000, pattern=YEARS_PATTERN)]] | None


def keys(description: str, example: str) -> Any:
    """The Query of an "any of" filter on record keys or free values."""
    return Query(description=f"{description} {ANY_OF}", examples=[example])


def choices(names: Sequence[str], description: str, example: str) -> Any:
    """The Query of an "any of" filter on a closed vocabulary:
    `Annotated[Choices, choices(...)]`."""
    return _names_query(names, f"{description} One of: {', '.join(names)}. {ANY_OF}", example)


def kinds(names: Sequence[str], description: str, example: str) -> Any:
    """The Query of a filter on the kinds of result (`Annotated[Choices, kinds(...)]`): none
    given, every kind (`kinds_of`)."""
    return _names_query(
        names, f"{description} (comma-separated or repeated): {', '.join(names)}.", example
    )


def _names_query(names: Sequence[str], description: str, example: str) -> Any:
    """A Query whose items' schema states the names (`choices_schema`), put where the optional
    list's schema holds them."""
    item: dict[str, Any] = dict(choices_schema(names, allow_empty=False).json_schema or {})

    def state_names(schema: dict[str, Any]) -> None:
        for option in schema.get("anyOf", [schema]):
            if option.get("type") == "array":
                option["items"] = dict(item)

    return Query(description=description, examples=[example], json_schema_extra=state_names)


def values_of(raw: Sequence[str] | None, name: str) -> list[str] | None:
    """The values given to filter `name` (each once, in order), or None when it is absent."""
    if raw is None:
        return None
    values: list[str] = []
    for item in raw:
        for value in _split(item, name):
            if not value:
                raise Unprocessable(
                    f"`{name}` has an empty value.",
                    errors=[FieldProblem(field=f"query.{name}", reason="empty value")],
                )
            if value not in values:
                values.append(value)
    if len(values) > MAX_VALUES:
        # A bound on the whole filter (commas and repeats together), which no schema can
        # state: the rule-violation type, like a key naming no record.
        raise RuleViolation(
            f"`{name}` has more than {MAX_VALUES} values.",
            errors=[FieldProblem(field=f"query.{name}", reason=f"at most {MAX_VALUES} values")],
        )
    return values


def _split(item: str, name: str) -> list[str]:
    """Comma-separated values; a value holding a comma is double-quoted, as in CSV
    (`?publisher="Government of Canada, Department of National Defence"`)."""
    if '"' not in item:
        return [v.strip(" ") for v in item.split(",")]
    try:
        rows = list(csv.reader([item], skipinitialspace=True, strict=True))
    except csv.Error:
        rows = []
    if len(rows) != 1:
        raise Unprocessable(
            f"`{name}` has an unbalanced double quote.",
            errors=[FieldProblem(field=f"query.{name}", reason="unbalanced double quote")],
        )
    return [v.strip(" ") for v in rows[0]]


def filter_value(value: str) -> str:
    """`value` as one item of an "any of" filter: double-quoted when it holds a comma or a
    double quote or starts or ends with a space (the inverse of `_split`, for the links a facet
    value makes)."""
    if "," in value or '"' in value or value != value.strip(" "):
        return '"' + value.replace('"', '""') + '"'
    return value


def choices_of(raw: Sequence[str] | None, names: Sequence[str], name: str) -> list[str] | None:
    """The names chosen in a closed-vocabulary filter, or None when it is absent."""
    if raw is None:
        return None
    values_of(raw, name)  # empty values and the count, as every filter
    return split_choices(raw, names, f"query.{name}", name)


def kinds_of(raw: Sequence[str] | None, names: Sequence[str], name: str) -> list[str]:
    """The kinds chosen in a `kinds` filter; none given: all of them."""
    return choices_of(raw, names, name) or list(names)


def years_of(raw: Sequence[str] | None, name: str) -> list[int] | None:
    values = values_of(raw, name)
    if values is None:
        return None
    years = []
    for value in values:
        if not (value.isascii() and value.isdigit() and len(value) == 4 and value != "0000"):
            raise Unprocessable(
                f"`{name}` takes years, such as 2004: not {value!r}.",
                errors=[FieldProblem(field=f"query.{name}", reason="a year, YYYY")],
            )
        years.append(int(value))
    return years


def codes_of(raw: Sequence[str] | None, name: str) -> list[str] | None:
    """ISO 3166-1 alpha-3 codes (any case given, upper case returned)."""
    values = values_of(raw, name)
    if values is None:
        return None
    for value in values:
        if not (len(value) == 3 and value.isascii() and value.isalpha()):
            raise Unprocessable(
                f"`{name}` takes ISO 3166-1 alpha-3 codes, such as IRQ: not {value!r}.",
                errors=[FieldProblem(field=f"query.{name}", reason="three letters, e.g. IRQ")],
            )
    return list(dict.fromkeys(v.upper() for v in values))


def key_cases(key: str) -> set[str]:
    """The spellings a contributor key may be stored under: nations' ISO codes are upper
    case, organizations' slugs lower case, and a key is given in any case."""
    return {key, key.upper(), key.lower()}


def contributor_key(key: str, kind: str | None) -> str:
    """A contributor key as stored, when its kind is known: a nation's ISO code upper case."""
    return key.upper() if kind == "nation" else key


def in_years(column: Any, years: Sequence[int]) -> Any:
    """`column` falls in one of these calendar years (as ranges, so an index can serve it;
    consecutive years as one range: SQLite's planner reads an index for one range of five
    years, not for five ranges of one, docs/performance.md)."""
    spans: list[list[int]] = []
    for y in sorted(set(years)):
        if spans and spans[-1][1] == y:
            spans[-1][1] = y + 1
        else:
            spans.append([y, y + 1])
    return or_(
        *(and_(column >= date(lo, 1, 1), column < date(hi, 1, 1)) for lo, hi in spans),
    )


def resolve_keys(
    session: Session,
    key: Any,
    ident: Any,
    values: Sequence[str],
    *,
    name: str,
    noun: str,
    fold_case: bool = False,
) -> list[int]:
    """The ids of the records these keys name; a 422 naming every key that names none.
    `fold_case`: keys match whatever their case (nations' ISO codes, organizations' slugs)."""

    def norm(text: str) -> str:
        return text.casefold() if fold_case else text

    wanted = {v for value in values for v in key_cases(value)}
    if not fold_case:
        wanted = set(values)
    found = {norm(k): i for k, i in session.execute(select(key, ident).where(key.in_(wanted)))}
    missing = [v for v in values if norm(v) not in found]
    if missing:
        listed = ", ".join(repr(v) for v in missing)
        raise RuleViolation(
            f"No {noun} {listed}.",
            errors=[FieldProblem(field=f"query.{name}", reason=f"no {noun} {listed}")],
        )
    return sorted({found[norm(v)] for v in values})


STATUS_NOTE = (
    "Status of the record (derived from its citations' verdicts); naming a status lists its "
    "records even when they are hidden by default, without `include_disputed`."
)
# The `status` filter of every list of claimed records (missions, contributions, lessons, ...).
StatusParam = Annotated[Choices, choices(STATUS_VALUES, STATUS_NOTE, "corroborated")]


def hidden_statuses(column: Any) -> tuple[str, ...]:
    """The record statuses default answers leave out (docs/data.md, "What readers see"):
    records standing only on disputed, misleading or unverifiable claims; missions and
    contributions standing only on opinion too (a judgement is no evidence of a fact), while
    lessons and their mission links, judgements themselves, show when opinion-rated."""
    table = getattr(getattr(column, "class_", None), "__tablename__", None)
    return WEAK_STATUSES if table in ("lesson", "lesson_mission") else HIDDEN_STATUSES


def shown(column: Any) -> Any:
    """`column` (a record's status) is one default answers show."""
    return column.not_in(hidden_statuses(column))


def shown_value(column: Any, status: str) -> bool:
    """`status`, a value of `column`, is one default answers show (`shown` in Python)."""
    return status not in hidden_statuses(column)


def shows_hidden(column: Any, status: str, include_disputed: bool) -> bool:
    """Whether a record's detail shows its hidden (e.g. disputed) citations and links: when
    asked (`include_disputed`), or when the record, of status `status` in `column`, stands
    only on them (it would otherwise show no support at all)."""
    return include_disputed or status in hidden_statuses(column)


def check_range(date_from: date | None, date_to: date | None) -> None:
    """`to` before `from` is a well-formed request that a rule refuses: 422 rule-violation,
    as a body breaking a rule is."""
    if date_from is not None and date_to is not None and date_to < date_from:
        raise RuleViolation(
            "`to` is before `from`.",
            errors=[FieldProblem(field="query.to", reason="before `from`")],
        )


def status_clause(column: Any, statuses: Sequence[str] | None, include_disputed: bool) -> Any:
    """The records a list shows by status: those named, else all but the hidden ones
    (`hidden_statuses`) unless `include_disputed`. None when nothing is filtered."""
    if statuses:
        return any_of(column, statuses)
    return None if include_disputed else shown(column)


def any_of(column: Any, values: Sequence[Any]) -> Any:
    """`column = v` for one value (the planner can read an index in order), IN for several."""
    return column == values[0] if len(values) == 1 else column.in_(values)


def where_any(stmt: Select[Any], column: Any, values: Sequence[Any] | None) -> Select[Any]:
    """`stmt` keeping the rows whose `column` is any of `values`: a filter's values, None (all
    rows) when it is absent."""
    return stmt if values is None else stmt.where(any_of(column, values))


def ids_of(
    session: Session, key: Any, ident: Any, values: Sequence[str] | None, *, name: str, noun: str
) -> list[int] | None:
    """`resolve_keys` of a filter's values; None when the filter is absent."""
    if values is None:
        return None
    return resolve_keys(session, key, ident, values, name=name, noun=noun)
