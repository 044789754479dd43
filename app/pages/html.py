"""The small pieces of HTML every page repeats per row (a status badge, a period, a figure),
as Python functions the templates call like macros (each marked `@template_helper`): a Jinja2
macro call costs a new context
and a Markup join each time, which on a page of a few hundred rows was most of its render
time. Every value is escaped."""

from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from markupsafe import Markup, escape

try:
    from markupsafe._speedups import _escape_inner
except ImportError:  # pragma: no cover - where markupsafe runs without its C extension
    from markupsafe._native import _escape_inner

from app.core.refs import API

# escape()'s own characters, as a str: no Markup object per call (the article page escapes
# thousands of values).
esc: Callable[[str], str] = _escape_inner

F = TypeVar("F", bound=Callable[..., Any])
# What every template may call by name (pages/router.py puts them in the Jinja environment).
TEMPLATE_HELPERS: dict[str, Callable[..., Any]] = {}


def template_helper(function: F) -> F:
    """Lets every template call `function` by its name."""
    TEMPLATE_HELPERS[function.__name__] = function
    return function


STATUS_LABEL = {
    "corroborated": "corroborated",
    "asserted": "asserted (not reviewed)",
    "disputed": "disputed",
    "misleading": "misleading",
    "unverifiable": "unverifiable",
    "opinion": "opinion",
}


def number(value: Any) -> str:
    """A figure with thousands separators; a decimal without its zero cents."""
    if value is None:
        return ""
    if isinstance(value, float | Decimal):
        text = f"{value:,.2f}"
        return text[:-3] if text.endswith(".00") else text
    return f"{value:,}"


@template_helper
@lru_cache(maxsize=64)  # a few statuses, one badge each, on every row
def status_badge(status: str) -> Markup:
    label = STATUS_LABEL.get(status, status)
    return Markup(f'<span class="badge status-{escape(status)}">{escape(label)}</span>')  # noqa: S704


def _day(day: date | None, missing: str) -> str:
    if not day:
        return esc(missing)
    text = day.isoformat()
    return f'<time datetime="{text}">{text}</time>'


def _dates(start: date | None, end: date | None, ongoing_word: str) -> str:
    return f"{_day(start, '?')} \u2013 {_day(end, ongoing_word)}"  # an en dash


@template_helper
def dates(start: date | None, end: date | None, ongoing_word: str = "ongoing") -> Markup:
    """A period: its start and end as <time>, `ongoing_word` for an end not stated."""
    return Markup(_dates(start, end, ongoing_word))  # noqa: S704


def _numbers(personnel: int | None, amount: Any, unit: str | None) -> str:
    text = ""
    if personnel is not None:
        text = f"{number(personnel)} personnel"
    if amount is not None:
        text += f"{'; ' if personnel is not None else ''}{number(amount)} {esc(unit or '')}"
    return text


@template_helper
def numbers(personnel: int | None, amount: Any, unit: str | None) -> Markup:
    """A contribution's personnel and amount, as many of them as it states."""
    return Markup(_numbers(personnel, amount, unit))  # noqa: S704


@template_helper
def number_cells(values: Sequence[Any]) -> Markup:
    """A table row's figures, one right-aligned cell each (a chart's table has hundreds)."""
    return Markup("".join(f'<td class="num">{number(v)}</td>' for v in values))  # noqa: S704


@template_helper
def contributor_link(code: str, name: str, kind: str) -> Markup:
    """A link to a contributor's page: nations by ISO code, organizations by their code."""
    where = "nations" if kind == "nation" else "organizations"
    return Markup(f'<a href="/kb/{where}/{esc(code)}">{esc(name)}</a>')  # noqa: S704


@template_helper
def citation(c: Any, corrections: Mapping[str, Any]) -> Markup:
    """One citation as a list item: its quote (a disputed one struck through) and source, its
    status, note, and the correction beside a disputed one (`corrections`: by citation key)."""
    if c.status == "disputed":
        quote = (
            '  <p class="claim"><strong class="flag">Disputed claim:</strong>\n'
            f"    <del>\u201c{esc(c.quote)}\u201d</del></p>\n"
        )
    else:
        quote = f"  <blockquote><p>\u201c{esc(c.quote)}\u201d</p></blockquote>\n"
    cite = f'<a href="/kb/sources/{esc(c.source.slug)}">{esc(c.source.title)}</a>'
    if c.section:
        cite += f", under \u201c{esc(c.section)}\u201d"
    cite += f"    \u00b7 {status_badge(c.status)}"
    if c.locator:
        cite += f' \u00b7 <span class="locator">{esc(c.locator)}</span>'
    out = (
        f'<li class="citation status-{esc(c.status)}" id="citation-{esc(c.key)}">\n'
        f'{quote}  <p class="cite">\u2014 {cite}</p>\n'
    )
    if c.note:
        out += f'<p class="note">Note: {esc(c.note)}</p>'
    fix = corrections.get(c.corrected_by) if c.corrected_by else None
    if fix:
        key = esc(fix.key)
        out += (
            '    <div class="correction"><p><strong>Correction:</strong> '
            f"\u201c{esc(fix.quote)}\u201d</p>\n"
            f'      <p class="cite">\u2014 <a href="/kb/sources/{esc(fix.source_slug)}">'
            f"{esc(fix.source_title)}</a>\n"
            f'      (<a href="{API}/citations/{key}">citation {key}</a>)</p></div>\n'
        )
    return Markup(out + "</li>")  # noqa: S704 - every value is escaped


def _record_link(slug: str, extra: str = "") -> str:
    slug = esc(slug)
    return (
        f'<a class="json" href="/kb/contributions/{slug}">record<span class="visually-hidden">'
        f" of contribution {slug}{extra}</span></a>"
    )


@template_helper
def mission_contribution_rows(contributions: Iterable[Mapping[str, Any]]) -> Markup:
    """A mission's contributions of one type (the API's brief dicts) as table rows:
    contributor, period, figures, description, status."""
    rows = []
    for c in contributions:
        who = c["contributor"]
        rows.append(
            f'  <tr>\n    <th scope="row">{contributor_link(who["code"], who["name"], who["kind"])}'
            f"</th>\n    <td>{_dates(c['start_date'], c['end_date'], 'end not stated')}</td>\n"
            f'    <td class="num">{_numbers(c["personnel"], c["amount"], c["unit"])}</td>\n'
            f"    <td>{esc(c['description'])} {_record_link(c['slug'])}</td>\n"
            f"    <td>{status_badge(c['status'])}</td>\n  </tr>\n"
        )
    return Markup("".join(rows))  # noqa: S704 - every value is escaped


STRUCK = ' class="disputed"'


@template_helper
def contributor_contribution_rows(contributions: Iterable[Any], hidden: Container[str]) -> Markup:
    """A contributor's contributions as table rows: mission, type, period, figures,
    description, status; those its default answer leaves out (`hidden`) struck through."""
    rows = []
    for c in contributions:
        struck = c.status in hidden
        mission = (
            f'<a href="/kb/missions/{esc(c.mission_slug)}">'
            f"{esc(c.mission_acronym or c.mission_name)}</a>"
        )
        figures = _numbers(c.personnel, c.amount, c.unit)
        if struck:
            what = (
                f'    <td class="num"><del>{figures}</del></td>\n'
                f"    <td><del>{esc(c.description)}</del> "
                f"{_record_link(c.slug, ', with the correction')}</td>\n"
            )
        else:
            what = (
                f'    <td class="num">{figures}</td>\n'
                f"    <td>{esc(c.description)} {_record_link(c.slug)}</td>\n"
            )
        rows.append(
            f"  <tr{STRUCK if struck else ''}>\n"
            f'    <th scope="row">{mission}</th>\n    <td>{esc(c.type_name)}</td>\n'
            f"    <td>{_dates(c.start_date, c.end_date, 'end not stated')}</td>\n"
            f"{what}    <td>{status_badge(c.status)}</td>\n  </tr>\n"
        )
    return Markup("".join(rows))  # noqa: S704 - every value is escaped
