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

from app.core.refs import API

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
        return str(escape(missing))
    text = day.isoformat()
    return f'<time datetime="{text}">{text}</time>'


@template_helper
def dates(start: date | None, end: date | None, ongoing_word: str = "ongoing") -> Markup:
    """A period: its start and end as <time>, `ongoing_word` for an end not stated."""
    return Markup(f"{_day(start, '?')} \u2013 {_day(end, ongoing_word)}")  # noqa: S704 (an en dash)


@template_helper
def numbers(personnel: int | None, amount: Any, unit: str | None) -> Markup:
    """A contribution's personnel and amount, as many of them as it states."""
    text = ""
    if personnel is not None:
        text = f"{number(personnel)} personnel"
    if amount is not None:
        text += f"{'; ' if personnel is not None else ''}{number(amount)} {escape(unit or '')}"
    return Markup(text)  # noqa: S704


@template_helper
def number_cells(values: Sequence[Any]) -> Markup:
    """A table row's figures, one right-aligned cell each (a chart's table has hundreds)."""
    return Markup("".join(f'<td class="num">{number(v)}</td>' for v in values))  # noqa: S704


@template_helper
def contributor_link(code: str, name: str, kind: str) -> Markup:
    """A link to a contributor's page: nations by ISO code, organizations by their code."""
    where = "nations" if kind == "nation" else "organizations"
    return Markup(f'<a href="/kb/{where}/{escape(code)}">{escape(name)}</a>')  # noqa: S704


@template_helper
def citation(c: Any, corrections: Mapping[str, Any]) -> Markup:
    """One citation as a list item: its quote (a disputed one struck through) and source, its
    status, note, and the correction beside a disputed one (`corrections`: by citation key)."""
    if c.status == "disputed":
        quote = (
            '  <p class="claim"><strong class="flag">Disputed claim:</strong>\n'
            f"    <del>\u201c{escape(c.quote)}\u201d</del></p>\n"
        )
    else:
        quote = f"  <blockquote><p>\u201c{escape(c.quote)}\u201d</p></blockquote>\n"
    cite = f'<a href="/kb/sources/{escape(c.source.slug)}">{escape(c.source.title)}</a>'
    if c.section:
        cite += f", under \u201c{escape(c.section)}\u201d"
    cite += f"    \u00b7 {status_badge(c.status)}"
    if c.locator:
        cite += f' \u00b7 <span class="locator">{escape(c.locator)}</span>'
    out = (
        f'<li class="citation status-{escape(c.status)}" id="citation-{escape(c.key)}">\n'
        f'{quote}  <p class="cite">\u2014 {cite}</p>\n'
    )
    if c.note:
        out += f'<p class="note">Note: {escape(c.note)}</p>'
    fix = corrections.get(c.corrected_by) if c.corrected_by else None
    if fix:
        key = escape(fix.key)
        out += (
            '    <div class="correction"><p><strong>Correction:</strong> '
            f"\u201c{escape(fix.quote)}\u201d</p>\n"
            f'      <p class="cite">\u2014 <a href="/kb/sources/{escape(fix.source_slug)}">'
            f"{escape(fix.source_title)}</a>\n"
            f'      (<a href="{API}/citations/{key}">citation {key}</a>)</p></div>\n'
        )
    return Markup(out + "</li>")  # noqa: S704 - every value is escaped


def _record_link(slug: str, extra: str = "") -> str:
    slug = escape(slug)
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
            f"</th>\n    <td>{dates(c['start_date'], c['end_date'], 'end not stated')}</td>\n"
            f'    <td class="num">{numbers(c["personnel"], c["amount"], c["unit"])}</td>\n'
            f"    <td>{escape(c['description'])} {_record_link(c['slug'])}</td>\n"
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
            f'<a href="/kb/missions/{escape(c.mission_slug)}">'
            f"{escape(c.mission_acronym or c.mission_name)}</a>"
        )
        figures = numbers(c.personnel, c.amount, c.unit)
        if struck:
            what = (
                f'    <td class="num"><del>{figures}</del></td>\n'
                f"    <td><del>{escape(c.description)}</del> "
                f"{_record_link(c.slug, ', with the correction')}</td>\n"
            )
        else:
            what = (
                f'    <td class="num">{figures}</td>\n'
                f"    <td>{escape(c.description)} {_record_link(c.slug)}</td>\n"
            )
        rows.append(
            f"  <tr{STRUCK if struck else ''}>\n"
            f'    <th scope="row">{mission}</th>\n    <td>{escape(c.type_name)}</td>\n'
            f"    <td>{dates(c.start_date, c.end_date, 'end not stated')}</td>\n"
            f"{what}    <td>{status_badge(c.status)}</td>\n  </tr>\n"
        )
    return Markup("".join(rows))  # noqa: S704 - every value is escaped
