"""What the HTML pages show that the JSON answers do not spell out: the corrections beside
disputed claims, a source's text cut into highlighted passages, and the geometry of the
charts. No FastAPI imports; the records themselves come from the API's own services."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from markupsafe import Markup
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.citations.service import CITED_BY_SLUG, SLUG_SUBJECTS
from app.core.filters import shown
from app.core.refs import API, KB, contributor_url
from app.missions.service import BRIEF_COLUMNS
from app.models import (
    Citation,
    Contribution,
    ContributionType,
    Contributor,
    Lesson,
    LessonMission,
    Mission,
    Source,
)
from app.pages.html import STATUS_LABEL, esc, status_badge

# Worst first: a passage several claims share is shown with its weakest verdict.
STATUS_SEVERITY = ("disputed", "misleading", "unverifiable", "asserted", "opinion", "corroborated")
# The report card's bars, best to worst.
CARD_ORDER = ("corroborated", "opinion", "asserted", "unverifiable", "misleading", "disputed")


@dataclass(frozen=True)
class Correction:
    key: str
    quote: str
    source_slug: str
    source_title: str


def corrections(session: Session, keys: Iterable[str | None]) -> dict[str, Correction]:
    """The correcting citations of these keys (disputed citations' `corrected_by`): one query."""
    wanted = {k for k in keys if k}
    if not wanted:
        return {}
    rows = session.execute(
        select(Citation.key, Citation.quote, Source.slug, Source.title)
        .join(Source, Source.id == Citation.source_id)
        .where(Citation.key.in_(wanted))
    )
    return {key: Correction(key, quote, slug, title) for key, quote, slug, title in rows}


def page_url(api_url: str) -> str | None:
    """The page of a record the API serves at `api_url`, when there is one."""
    for api_prefix, page_prefix in (
        (f"{API}/missions/", f"{KB}/missions/"),
        (f"{API}/sources/", f"{KB}/sources/"),
        (f"{API}/partner-nations/", f"{KB}/nations/"),
        (f"{API}/organizations/", f"{KB}/organizations/"),
        (f"{API}/contributions/", f"{KB}/contributions/"),
        (f"{API}/lessons/", f"{KB}/lessons/"),
    ):
        if api_url.startswith(api_prefix):
            return page_prefix + api_url[len(api_prefix) :]
    return None


# --- The source's text with its claims highlighted ---------------------------------------
#
# The article page renders a few hundred claims and a passage mark for each distinct quote:
# every value is escaped once, as `str` (markupsafe's own escaping function, without a Markup
# object per call), and the HTML is built as a list of strings joined once.


@dataclass(slots=True)
class Claim:
    key: str
    quote: str
    status: str
    note: str | None
    corrected_by: str | None
    subject_type: str
    subject_key: str
    subject_href: str | None


@dataclass(slots=True)
class Mark:
    """One claimed passage: a distinct quote, found in the text, and every claim on it (its
    status: the weakest verdict among them)."""

    number: int
    quote: str
    claims: list[Claim]
    status: str = ""

    def __post_init__(self) -> None:
        found = {c.status for c in self.claims}
        self.status = next(s for s in STATUS_SEVERITY if s in found)

    @property
    def label(self) -> str:
        parts = []
        for c in self.claims:
            text = f"{STATUS_LABEL.get(c.status, c.status)} ({c.subject_type} {c.subject_key})"
            if c.note:
                text += f": {c.note}"
            parts.append(text)
        return "Claim " + str(self.number) + ": " + "; ".join(parts)


# The record each claim supports, joined to the claim: each kind named by slug (aliased: a
# lesson-mission link joins Lesson and Mission again), the link's lesson and mission, the
# contributor. Where a kind's page is (the API's URL where it has none, as for strengths).
_LinkLesson, _LinkMission = aliased(Lesson), aliased(Mission)
_Corrector = aliased(Citation)
_BY_SLUG = {kind: aliased(model) for kind, model in SLUG_SUBJECTS.items()}
_HREF = {
    kind: page_url(f"{API}/{resource}/") or f"{API}/{resource}/"
    for _, kind, resource in CITED_BY_SLUG
}


def _claims_stmt(source_id: int) -> Any:
    """A source's claims with their subject's natural key and their correction's key: one
    query (the API's claims list reads the same in three)."""
    stmt = select(
        Citation.key,
        Citation.quote,
        Citation.status,
        Citation.note,
        _Corrector.key,
        *(table.slug for table in _BY_SLUG.values()),
        _LinkLesson.slug,
        _LinkMission.slug,
        Contributor.code,
        Contributor.kind,
    ).outerjoin(_Corrector, _Corrector.id == Citation.corrected_by_id)
    for kind, table in _BY_SLUG.items():
        stmt = stmt.outerjoin(table, table.id == getattr(Citation, f"{kind}_id"))
    return (
        stmt.outerjoin(Contributor, Contributor.id == Citation.contributor_id)
        .outerjoin(LessonMission, LessonMission.id == Citation.lesson_mission_id)
        .outerjoin(_LinkLesson, _LinkLesson.id == LessonMission.lesson_id)
        .outerjoin(_LinkMission, _LinkMission.id == LessonMission.mission_id)
        .where(Citation.source_id == source_id)
        .order_by(Citation.key)
    )


def source_claims(session: Session, source_id: int) -> list[Claim]:
    """Every claim citing a source, in key order (what `/sources/{slug}/claims` pages
    through), with the record it supports (its type, key and page, as `subject_of` names
    them: a citation has exactly one subject)."""
    kinds = list(_BY_SLUG)
    n = len(kinds)
    claims = []
    # Columns, not records, read by position: an article has hundreds of claims.
    for row in session.execute(_claims_stmt(source_id)):
        key, quote, status, note, fix = row[:5]
        slugs = row[5 : 5 + n]
        link_lesson, link_mission, code, kind = row[5 + n :]
        for subject_type, slug in zip(kinds, slugs, strict=True):
            if slug is not None:
                subject_key, href = slug, _HREF[subject_type] + slug
                break
        else:
            if link_lesson is not None:
                subject_type, subject_key = "lesson_mission", f"{link_lesson}/{link_mission}"
                href = f"{KB}/lessons/{link_lesson}"
            else:
                subject_type, subject_key = kind, code
                href = page_url(contributor_url(kind, code))
        claims.append(Claim(key, quote, status, note, fix, subject_type, subject_key, href))
    return claims


def by_quote(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for c in claims:
        out.setdefault(c.quote, []).append(c)
    return out


# Each status's label, escaped once.
_LABEL = {status: esc(label) for status, label in STATUS_LABEL.items()}


def _label(status: str) -> str:
    return _LABEL.get(status) or esc(status)


def _mark_close(mark: Mark, corrections: dict[str, Correction]) -> str:
    """The end of a passage's mark: its number, linking to its claims, and what hovering or
    focusing it shows (CSS only): each claim's verdict, its note, and a link to the
    correcting citation."""
    parts = [
        f'</mark><a class="claim-ref" href="#claim-{mark.number}">[{mark.number}'
        f'<span class="visually-hidden">: {_label(mark.status)} claim</span>]</a>'
        f'<span class="claim-pop" id="pop-{mark.number}" role="note">'
    ]
    for c in mark.claims:
        parts.append(
            f"<b>{_label(c.status)}</b> "
            f"({esc(c.subject_type.replace('_', ' '))} {esc(c.subject_key)})"
        )
        if c.note:
            parts.append(f": {esc(c.note)}")
        fix = corrections.get(c.corrected_by) if c.corrected_by else None
        if fix:
            parts.append(
                f' <a href="/kb/sources/{esc(fix.source_slug)}">Correction in '
                f"{esc(fix.source_title)}</a>"
            )
        parts.append("<br>")
    parts.append("</span></span>")
    return "".join(parts)


def _mark_open(mark: Mark) -> str:
    return (
        f'<span class="claim-wrap"><mark class="claim status-{esc(mark.status)}" '
        f'id="mark-{mark.number}" title="{esc(mark.label)}">'
    )


def highlight(
    text: str, quotes: dict[str, list[Claim]], corrections: dict[str, Correction]
) -> tuple[Markup, list[Mark]]:
    """The text as HTML with each distinct quote found in it marked once, at its first
    occurrence, and the marks. A quote inside another nests in it; one that starts inside
    another and runs past its end is marked up to that end (marks cannot cross), so every
    quote found in the text has exactly one mark. Every piece of text and every value is
    escaped. Built in one pass over the quotes in text order (a recursive template macro per
    passage, and later a tree of pieces, cost the article page most of its time)."""
    spans = []
    for quote, claims in quotes.items():
        start = text.find(quote) if quote else -1
        if start >= 0:
            spans.append((start, start + len(quote), quote, claims))
    spans.sort(key=lambda s: (s[0], -s[1]))
    marks: list[Mark] = []
    out: list[str] = []
    # Open marks, innermost last: where each ends, and its closing HTML.
    ends: list[int] = [len(text)]
    closes: list[str] = []
    pos = 0
    for start, end, quote, claims in spans:
        while len(ends) > 1 and ends[-1] <= start:
            upto = ends.pop()
            if upto > pos:
                out.append(esc(text[pos:upto]))
                pos = upto
            out.append(closes.pop())
        if start > pos:
            out.append(esc(text[pos:start]))
            pos = start
        mark = Mark(number=len(marks) + 1, quote=quote, claims=claims)
        marks.append(mark)
        out.append(_mark_open(mark))
        ends.append(min(end, ends[-1]))
        closes.append(_mark_close(mark, corrections))
    while len(ends) > 1:
        upto = ends.pop()
        if upto > pos:
            out.append(esc(text[pos:upto]))
            pos = upto
        out.append(closes.pop())
    if len(text) > pos:
        out.append(esc(text[pos:]))
    return Markup("".join(out)), marks  # noqa: S704 - every value above is escaped


def _claim_row(c: Claim, corrections: dict[str, Correction]) -> str:
    """One claim on a passage: its verdict, the record it supports, its citation, its note and
    its correction."""
    subject = f"{esc(c.subject_type.replace('_', ' '))} {esc(c.subject_key)}"
    if c.subject_href:
        subject = f'<a href="{esc(c.subject_href)}">{subject}</a>'
    key = esc(c.key)
    row = (
        f'<li class="status-{esc(c.status)}">{status_badge(c.status)} supports\n{subject}  '
        f'(<a href="{API}/citations/{key}">citation {key}</a>)'
    )
    if c.note:
        row += f": {esc(c.note)}"
    fix = corrections.get(c.corrected_by) if c.corrected_by else None
    if fix:
        source = f'<a href="/kb/sources/{esc(fix.source_slug)}">{esc(fix.source_title)}</a>'
        row += (
            f'  <div class="correction"><p><strong>Correction:</strong> \u201c{esc(fix.quote)}'
            f'\u201d</p>\n    <p class="cite">\u2014 {source}</p></div>\n'
        )
    return row + "</li>\n"


def _claimed_quote(status: str, quote: str) -> str:
    if status == "disputed":
        return (
            f'<p><strong class="flag">Disputed:</strong> <del>\u201c{esc(quote)}\u201d</del></p>\n'
        )
    return f"<blockquote><p>\u201c{esc(quote)}\u201d</p></blockquote>"


def claims_html(
    marks: Sequence[Mark], unplaced: Sequence[Claim], corrections: dict[str, Correction]
) -> tuple[Markup, Markup]:
    """The source page's claims: those on a passage of its text (a list item per passage,
    linking back to it), and those whose quote is not found in the text. In Python for the
    same reason as `highlight`: a macro call per claim was most of the article page's render
    time. Every value is escaped."""
    out = ['<ol class="claims">\n']
    for m in marks:
        rows = "".join([_claim_row(c, corrections) for c in m.claims])
        out.append(
            f'<li id="claim-{m.number}" class="status-{esc(m.status)}">\n'
            f"{_claimed_quote(m.status, m.quote)}  <ul>{rows}</ul>\n"
            f'  <p><a href="#mark-{m.number}">Back to the passage</a></p>\n</li>\n'
        )
    out.append("</ol>")
    rest = ['<ul class="claims">\n']
    for c in unplaced:
        rest.append(
            f'<li class="status-{esc(c.status)}">\n{_claimed_quote(c.status, c.quote)}'
            f"  <ul>{_claim_row(c, corrections)}</ul>\n</li>\n"
        )
    rest.append("</ul>")
    return Markup("".join(out)), Markup("".join(rest))  # noqa: S704 - every value is escaped


# --- Charts -------------------------------------------------------------------------------


@dataclass
class Bar:
    label: str
    href: str | None
    x: float
    y: float
    width: float
    start: date | None
    end: date | None
    ongoing: bool
    status: str


@dataclass
class Tick:
    x: float
    label: str


@dataclass
class Timeline:
    width: int
    height: int
    left: int
    top: int
    row: int
    bars: list[Bar]
    ticks: list[Tick]
    first: date
    last: date
    lo: int
    hi: int

    def x(self, day: date) -> float:
        span = self.hi - self.lo
        return round(self.left + (_year_fraction(day) - self.lo) / span * PLOT, 1)


PLOT = 640


def contributor_page(code: str) -> str:
    """A contributor's page: nations are keyed by their ISO 3166 alpha-3 code."""
    if len(code) == 3 and code.isalpha() and code.isupper():
        return f"/kb/nations/{code}"
    return f"/kb/organizations/{code}"


def _year_fraction(day: date) -> float:
    start = date(day.year, 1, 1)
    return day.year + (day - start).days / 366


TIMELINE_BARS = 40  # bars on a timeline at most: beyond, the rest are one "others" bar
NATION_MISSIONS = 100  # rows of a contributor's missions table at most


def days_run(mission: Mission, today: date) -> int:
    """How long a mission ran (an ongoing one: to today); 0 without a start date."""
    if mission.start_date is None:
        return 0
    return ((mission.end_date or today) - mission.start_date).days


def _bar(
    label: str, href: str, y: float, period: tuple[date, date | None, date], status: str, x: Any
) -> Bar:
    """A bar from `start` to `end` (an ongoing one to `today`: `period` is all three)."""
    start, end, today = period
    x0 = x(start)
    return Bar(
        label=label,
        href=href,
        x=x0,
        y=y,
        width=max(round(x(end or today) - x0, 1), 2.0),
        start=start,
        end=end,
        ongoing=end is None,
        status=status,
    )


def _others_bar(rest: Sequence[Mission], y: float, today: date, x: Any) -> Bar:
    """One bar for the missions a chart has no room for: from the first start among them to
    the last end (ongoing if one of them is)."""
    start = min(m.start_date for m in rest if m.start_date)
    ongoing = any(m.end_date is None for m in rest)
    last_end = max(m.end_date or today for m in rest)
    period = (start, None if ongoing else last_end, last_end)
    return _bar(f"{len(rest):,} other missions", "/kb/missions", y, period, "others", x)


def timeline(
    missions: Sequence[Mission], today: date, *, limit: int = TIMELINE_BARS
) -> Timeline | None:
    """Missions with a start date as horizontal bars on a shared year axis; an ongoing one
    runs to today. `missions` come most important first: past `limit`, the first `limit - 1`
    get their own bar and the others one bar together, from the first start among them to the
    last end."""
    dated = [m for m in missions if m.start_date is not None]
    if not dated:
        return None
    rest = dated[limit - 1 :] if len(dated) > limit else []
    dated = dated[: len(dated) - len(rest)]
    first = min(m.start_date for m in [*dated, *rest] if m.start_date)
    last = max(m.end_date or today for m in [*dated, *rest])
    lo, hi = first.year, max(last.year + 1, first.year + 1)
    left, top, row = 230, 30, 22
    chart = Timeline(
        width=left + PLOT + 30,
        height=0,
        left=left,
        top=top,
        row=row,
        bars=[],
        ticks=[],
        first=first,
        last=last,
        lo=lo,
        hi=hi,
    )
    for i, m in enumerate(sorted(dated, key=lambda m: (m.start_date, m.slug))):
        assert m.start_date is not None
        period = (m.start_date, m.end_date, today)
        bar = _bar(
            m.acronym or m.name, f"/kb/missions/{m.slug}", top + i * row, period, m.status, chart.x
        )
        chart.bars.append(bar)
    if rest:
        chart.bars.append(_others_bar(rest, top + len(chart.bars) * row, today, chart.x))
    step = 1 if hi - lo <= 12 else 2 if hi - lo <= 24 else 5
    chart.ticks = [Tick(x=chart.x(date(y, 1, 1)), label=str(y)) for y in range(lo, hi + 1, step)]
    chart.height = top + len(chart.bars) * row + 56
    return chart


@dataclass
class CardBar:
    status: str
    count: int
    width: float
    y: int


def report_card_bars(counts: dict[str, int], plot: int = 360) -> list[CardBar]:
    top = max(counts.values(), default=0) or 1
    return [
        CardBar(
            status=s, count=counts.get(s, 0), width=round(counts.get(s, 0) / top * plot, 1), y=i
        )
        for i, s in enumerate(CARD_ORDER)
    ]


# --- A nation's contributions -------------------------------------------------------------

NATION_CONTRIBUTIONS = 200


def contributions_of(session: Session, contributor_id: int) -> tuple[int, list[Any]]:
    """A contributor's contributions, disputed ones included (the page flags them), newest
    mission first; at most NATION_CONTRIBUTIONS rows, and how many there are (counted only
    when there are more)."""
    rows = session.execute(
        select(
            *BRIEF_COLUMNS,
            Mission.slug.label("mission_slug"),
            Mission.acronym.label("mission_acronym"),
            Mission.name.label("mission_name"),
            ContributionType.name.label("type_name"),
        )
        .join(Mission, Mission.id == Contribution.mission_id)
        .join(ContributionType, ContributionType.id == Contribution.type_id)
        .where(Contribution.contributor_id == contributor_id)
        .order_by(Mission.start_date.desc(), Contribution.start_date, Contribution.slug)
        .limit(NATION_CONTRIBUTIONS)
    ).all()
    if len(rows) < NATION_CONTRIBUTIONS:
        return len(rows), list(rows)
    count = session.scalar(
        select(func.count())
        .select_from(Contribution)
        .where(Contribution.contributor_id == contributor_id)
    )
    return int(count or 0), list(rows)


def nations_with_counts(session: Session) -> list[Any]:
    return list(
        session.execute(
            select(
                Contributor.code,
                Contributor.name,
                Contributor.nato_accession_date,
                func.count(Contribution.id).label("contributions"),
                func.sum(Contribution.personnel).label("personnel"),
            )
            .outerjoin(
                Contribution,
                (Contribution.contributor_id == Contributor.id) & shown(Contribution.status),
            )
            .where(Contributor.kind == "nation")
            .group_by(Contributor.id, Contributor.code, Contributor.name)
            .order_by(Contributor.name)
        ).all()
    )


# --- Marks on the timeline: NATO accessions ------------------------------------------------


@dataclass
class TimeMark:
    x: float
    day: date
    label: str


def accession_marks(
    session: Session, chart: Timeline, only: Sequence[int] | None = None
) -> list[TimeMark]:
    """The NATO accessions inside a timeline's span, one mark per date naming every nation
    that joined on it (`only`: these contributors' accessions)."""
    stmt = select(Contributor.nato_accession_date, Contributor.name).where(
        Contributor.nato_accession_date.is_not(None),
        Contributor.nato_accession_date >= date(chart.lo, 1, 1),
        Contributor.nato_accession_date <= date(chart.hi, 1, 1),
    )
    if only is not None:
        stmt = stmt.where(Contributor.id.in_(only))
    names: dict[date, list[str]] = {}
    ordered = stmt.order_by(Contributor.nato_accession_date, Contributor.name)
    for day, name in session.execute(ordered):
        if day is not None:
            names.setdefault(day, []).append(name)
    return [
        TimeMark(x=chart.x(day), day=day, label=f"NATO accession: {', '.join(who)}")
        for day, who in names.items()
    ]


# --- A mission's strength over time, stacked by contributor --------------------------------

STACK_SERIES = 9  # contributors drawn as their own band; the others are summed in one
TABLE_DATES = 400  # rows of the chart's table (the text alternative) at most
CHART_W, CHART_LEFT, CHART_PLOT, CHART_TOP, CHART_H = 760, 64, 640, 16, 260


@dataclass
class Band:
    key: str
    name: str
    index: int
    points: str  # the polygon's points
    legend_y: int


@dataclass
class Stack:
    width: int
    height: int
    left: int
    top: int
    plot_h: int
    bands: list[Band]
    totals: list[tuple[float, float, Any]]  # x, y, the row a source states
    xticks: list[Tick]
    yticks: list[tuple[float, str]]
    dates: list[date]
    columns: list[tuple[str, str]]  # key, name of each band, in stack order
    # date, its label as precise as the sources state it ("2003" for a year), each band's
    # figure, their sum
    table: list[tuple[date, str, list[int | None], int]]
    total_rows: list[Any]
    contributors: int
    truncated: bool


def _nice_step(top: float) -> int:
    raw = max(top / 5, 1)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return max(int(m * magnitude), 1)
    return int(10 * magnitude)


@dataclass
class _Series:
    """The stack's bands: each contributor's own, or the one of "others"."""

    columns: list[tuple[str, str]]  # key, name of each band, in stack order
    slot: dict[str, int]  # contributor code: the band it is drawn in
    contributors: int


def _stack_series(contributor_rows: Sequence[dict[str, Any]]) -> _Series:
    """The largest STACK_SERIES contributors (by their highest figure) get their own band, the
    others one band together (unless only one is left over)."""
    peak: dict[str, int] = {}
    names: dict[str, str] = {}
    for r in contributor_rows:
        peak[r["contributor"]] = max(peak.get(r["contributor"], 0), r["personnel"])
        names[r["contributor"]] = r["contributor_name"]
    ranked = sorted(peak, key=lambda k: (-peak[k], k))
    own = ranked if len(ranked) <= STACK_SERIES + 1 else ranked[:STACK_SERIES]
    columns = [(k, names[k]) for k in own]
    slot = {k: i for i, k in enumerate(own)}
    if len(own) < len(ranked):
        slot.update(dict.fromkeys(ranked[STACK_SERIES:], len(columns)))
        columns.append(("others", f"{len(ranked) - len(own)} others"))
    return _Series(columns=columns, slot=slot, contributors=len(peak))


def _stack_table(
    contributor_rows: Sequence[dict[str, Any]], series: _Series, ends: dict[str, date | None]
) -> list[tuple[date, str, list[int | None], int]]:
    """Per stated date: its label, each band's figure (each contributor's latest figure holds
    until its next one, and ends with its contributions), their sum."""
    by_day: dict[date, dict[str, int]] = {}
    labels: dict[date, str] = {}
    for r in contributor_rows:
        by_day.setdefault(r["date"], {})[r["contributor"]] = r["personnel"]
        # A year- or month-precise figure is stored on the period's first day: label the date
        # as the sources state it, unless a figure on that day is day-precise.
        if r.get("date_precision", "day") == "day" or r["date"] not in labels:
            labels[r["date"]] = r.get("date_label") or r["date"].isoformat()
    latest: dict[str, tuple[int, date | None, int]] = {}  # code: band, end, figure
    table: list[tuple[date, str, list[int | None], int]] = []
    width = len(series.columns)
    for day in sorted(by_day):
        for key, n in by_day[day].items():
            latest[key] = (series.slot[key], ends.get(key), n)
        values: list[int | None] = [None] * width
        for i, end, n in latest.values():
            if end is None or end >= day:
                values[i] = (values[i] or 0) + n
        table.append((day, labels[day], values, sum(v or 0 for v in values)))
    return table


@dataclass
class _Axes:
    first: date
    last: date
    y_max: int
    step: int

    def x(self, day: date) -> float:
        span_days = max((self.last - self.first).days, 1)
        return round(CHART_LEFT + (day - self.first).days / span_days * CHART_PLOT, 1)

    def y(self, value: float) -> float:
        return round(CHART_TOP + CHART_H - value / self.y_max * CHART_H, 1)


def _stack_bands(
    table: list[tuple[date, str, list[int | None], int]],
    columns: list[tuple[str, str]],
    axes: _Axes,
) -> list[Band]:
    """Each band as a polygon: its top edge left to right, its bottom edge back, a step per
    date."""
    # Coordinates as text once each (a band's polygon repeats every one of them twice).
    edges = [str(axes.x(day)) for day, _, _, _ in table] + [str(axes.x(axes.last))]
    # Each date's stacked heights, band by band (levels[j][i]: the bottom of band i).
    levels = []
    for _, _, values, _ in table:
        running, level = 0, [str(axes.y(0))]
        for v in values:
            running += v or 0
            level.append(str(axes.y(running)))
        levels.append(level)
    steps = list(pairwise(edges))
    bands = []
    for i, (key, name) in enumerate(columns):
        upper = " ".join(
            f"{x0},{level[i + 1]} {x1},{level[i + 1]}"
            for (x0, x1), level in zip(steps, levels, strict=True)
        )
        lower = " ".join(
            f"{x1},{level[i]} {x0},{level[i]}"
            for (x0, x1), level in zip(steps[::-1], levels[::-1], strict=True)
        )
        bands.append(
            Band(
                key=key, name=name, index=i, points=f"{upper} {lower}", legend_y=CHART_TOP + i * 20
            )
        )
    return bands


def strength_stack(
    rows: Sequence[dict[str, Any]], ends: dict[str, date | None], last_day: date
) -> Stack | None:
    """The rows of `/missions/{slug}/strength` as a step chart stacked by contributor: each
    contributor's latest stated figure holds until its next one, and ends with its
    contributions (`ends`: the last day of a contributor's contributions to the mission, None
    for open ended). The largest STACK_SERIES contributors (by their highest figure) get their
    own band, the others one band together. Totals a source states are drawn as dots."""
    contributor_rows = [r for r in rows if r["series"] == "contributor"]
    total_rows = [r for r in rows if r["series"] == "total"]
    if not contributor_rows:
        return None
    series = _stack_series(contributor_rows)
    table = _stack_table(contributor_rows, series, ends)
    dates = [day for day, _, _, _ in table]
    top = max([t for _, _, _, t in table] + [r["personnel"] for r in total_rows], default=1) or 1
    step = _nice_step(top)
    axes = _Axes(
        first=min([dates[0], *(r["date"] for r in total_rows)]),
        last=max([dates[-1], last_day, *(r["date"] for r in total_rows)]),
        y_max=((int(top) // step) + 1) * step,
        step=step,
    )
    years = range(
        axes.first.year + (axes.first.month > 1 or axes.first.day > 1), axes.last.year + 1
    )
    every = max(1, len(years) // 8 + (len(years) % 8 > 0))
    return Stack(
        width=CHART_W + 200,
        height=CHART_TOP + CHART_H + 50,
        left=CHART_LEFT,
        top=CHART_TOP,
        plot_h=CHART_H,
        bands=_stack_bands(table, series.columns, axes),
        totals=[(axes.x(r["date"]), axes.y(r["personnel"]), r) for r in total_rows],
        xticks=[Tick(x=axes.x(date(yr, 1, 1)), label=str(yr)) for yr in years[::every]],
        yticks=[(axes.y(v), f"{v:,}") for v in range(0, axes.y_max + 1, step)],
        dates=dates,
        columns=series.columns,
        table=table[:TABLE_DATES],
        total_rows=total_rows,
        contributors=series.contributors,
        truncated=len(table) > TABLE_DATES,
    )


@dataclass
class HBar:
    label: str
    href: str | None
    value: int
    y: int
    width: float


def contributor_bars(rows: Sequence[dict[str, Any]], limit: int = 20) -> tuple[list[HBar], int]:
    """Each contributor's highest stated strength, largest first: the first `limit` as bars,
    and how many contributors there are."""
    peak: dict[str, tuple[int, str]] = {}
    for r in rows:
        if r["series"] == "contributor":
            was = peak.get(r["contributor"], (0, ""))[0]
            peak[r["contributor"]] = (max(was, r["personnel"]), r["contributor_name"])
    ranked = sorted(peak.items(), key=lambda kv: (-kv[1][0], kv[0]))
    top = ranked[0][1][0] if ranked else 1
    bars = [
        HBar(
            label=name,
            href=None,
            value=n,
            y=CHART_TOP + i * 22,
            width=round(n / (top or 1) * 460, 1),
        )
        for i, (code, (n, name)) in enumerate(ranked[:limit])
    ]
    for bar, (code, _) in zip(bars, ranked, strict=False):
        bar.href = contributor_page(code)
    return bars, len(ranked)


def contribution_ends(session: Session, mission_id: int) -> dict[str, date | None]:
    """Per contributor code: the last day its shown contributions to a mission run to (None
    when one of them is open ended or states no end)."""
    from app.strengths.service import period_end

    ends: dict[str, date | None] = {}
    # One row per contributor and date precision, whatever the mission's size (a mission of
    # 1M contributions has a few hundred contributors): the latest end, and whether any is open.
    rows = session.execute(
        select(
            Contributor.code,
            Contribution.date_precision,
            func.max(Contribution.end_date),
            func.count() - func.count(Contribution.end_date),
        )
        .join(Contributor, Contributor.id == Contribution.contributor_id)
        .where(Contribution.mission_id == mission_id, shown(Contribution.status))
        .group_by(Contributor.code, Contribution.date_precision)
    )
    for code, precision, end, open_ended in rows:
        day = None if open_ended or end is None else period_end(end, precision)
        if code in ends and (ends[code] is None or day is None):
            ends[code] = None
        else:
            ends[code] = day if code not in ends else max(ends[code] or day, day)  # type: ignore[type-var]
    return ends
