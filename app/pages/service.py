"""What the HTML pages show that the JSON answers do not spell out: the corrections beside
disputed claims, a source's text cut into highlighted passages, and the geometry of the
charts. No FastAPI imports; the records themselves come from the API's own services."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from app.citations.service import subject_keys, subject_of
from app.core.db import pairs
from app.core.filters import shown
from app.core.refs import API
from app.models import Citation, Contribution, ContributionType, Contributor, Mission

# Worst first: a passage several claims share is shown with its weakest verdict.
STATUS_SEVERITY = ("disputed", "misleading", "unverifiable", "asserted", "opinion", "corroborated")
STATUS_LABEL = {
    "corroborated": "corroborated",
    "asserted": "asserted (not reviewed)",
    "disputed": "disputed",
    "misleading": "misleading",
    "unverifiable": "unverifiable",
    "opinion": "opinion",
}
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
    rows = session.scalars(
        select(Citation).options(joinedload(Citation.source)).where(Citation.key.in_(wanted))
    )
    return {c.key: Correction(c.key, c.quote, c.source.slug, c.source.title) for c in rows.unique()}


def page_url(api_url: str) -> str | None:
    """The page of a record the API serves at `api_url`, when there is one."""
    for api_prefix, page_prefix in (
        (f"{API}/missions/", "/kb/missions/"),
        (f"{API}/sources/", "/kb/sources/"),
        (f"{API}/partner-nations/", "/kb/nations/"),
    ):
        if api_url.startswith(api_prefix):
            return page_prefix + api_url[len(api_prefix) :]
    return None


# --- The source's text with its claims highlighted ---------------------------------------


@dataclass
class Claim:
    key: str
    quote: str
    status: str
    note: str | None
    corrected_by: str | None
    subject_type: str
    subject_key: str
    subject_href: str | None


@dataclass
class Mark:
    """One claimed passage: a distinct quote, found in the text, and every claim on it."""

    number: int
    quote: str
    claims: list[Claim]

    @property
    def status(self) -> str:
        found = {c.status for c in self.claims}
        return next(s for s in STATUS_SEVERITY if s in found)

    @property
    def label(self) -> str:
        parts = []
        for c in self.claims:
            text = f"{STATUS_LABEL.get(c.status, c.status)} ({c.subject_type} {c.subject_key})"
            if c.note:
                text += f": {c.note}"
            parts.append(text)
        return "Claim " + str(self.number) + ": " + "; ".join(parts)


@dataclass
class Piece:
    """Text, or a mark holding pieces (a quote inside another quote nests)."""

    text: str = ""
    mark: Mark | None = None
    children: list["Piece"] = field(default_factory=list)


def source_claims(session: Session, source_id: int) -> list[Claim]:
    """Every claim citing a source, in key order (what `/sources/{slug}/claims` pages
    through), with the record it supports."""
    citations = list(
        session.scalars(
            select(Citation).where(Citation.source_id == source_id).order_by(Citation.key)
        )
    )
    keys = subject_keys(session, citations)
    corrected = pairs(
        session.execute(
            select(Citation.id, Citation.key).where(
                Citation.id.in_([c.corrected_by_id for c in citations if c.corrected_by_id])
            )
        )
    )
    claims = []
    for c in citations:
        subject = subject_of(c, keys)
        claims.append(
            Claim(
                key=c.key,
                quote=c.quote,
                status=c.status,
                note=c.note,
                corrected_by=corrected.get(c.corrected_by_id) if c.corrected_by_id else None,
                subject_type=subject.type,
                subject_key=subject.key,
                subject_href=(page_url(subject.url) or subject.url) if subject.url else None,
            )
        )
    return claims


def by_quote(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for c in claims:
        out.setdefault(c.quote, []).append(c)
    return out


def highlight(text: str, quotes: dict[str, list[Claim]]) -> tuple[list[Piece], list[Mark]]:
    """The text as pieces, each distinct quote found in it marked once, at its first
    occurrence. A quote inside another nests in it; one that starts inside another and runs
    past its end is marked up to that end (marks cannot cross), so every quote found in the
    text has exactly one mark."""
    spans = []
    for quote, claims in quotes.items():
        start = text.find(quote) if quote else -1
        if start >= 0:
            spans.append((start, start + len(quote), quote, claims))
    spans.sort(key=lambda s: (s[0], -s[1]))
    marks: list[Mark] = []
    root = Piece()
    stack: list[tuple[int, Piece]] = [(len(text), root)]  # open marks, innermost last
    pos = 0

    def add_text(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            stack[-1][1].children.append(Piece(text=text[pos:upto]))
            pos = upto

    for start, end, quote, claims in spans:
        while len(stack) > 1 and stack[-1][0] <= start:
            add_text(stack[-1][0])
            stack.pop()
        add_text(start)
        mark = Mark(number=len(marks) + 1, quote=quote, claims=claims)
        marks.append(mark)
        piece = Piece(mark=mark)
        stack[-1][1].children.append(piece)
        stack.append((min(end, stack[-1][0]), piece))
    while len(stack) > 1:
        add_text(stack[-1][0])
        stack.pop()
    add_text(len(text))
    return root.children, marks


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


def _year_fraction(day: date) -> float:
    start = date(day.year, 1, 1)
    return day.year + (day - start).days / 366


def timeline(missions: Sequence[Mission], today: date) -> Timeline | None:
    """Missions with a start date as horizontal bars on a shared year axis; an ongoing one
    runs to today."""
    dated = [m for m in missions if m.start_date is not None]
    if not dated:
        return None
    first = min(m.start_date for m in dated if m.start_date)
    last = max(m.end_date or today for m in dated)
    lo, hi = first.year, max(last.year + 1, first.year + 1)
    left, top, row, plot = 230, 30, 22, 640
    span = hi - lo

    def x(day: date) -> float:
        return round(left + (_year_fraction(day) - lo) / span * plot, 1)

    bars = []
    for i, m in enumerate(sorted(dated, key=lambda m: (m.start_date, m.slug))):
        assert m.start_date is not None
        end = m.end_date or today
        x0 = x(m.start_date)
        bars.append(
            Bar(
                label=f"{m.acronym or m.name}",
                href=f"/kb/missions/{m.slug}",
                x=x0,
                y=top + i * row,
                width=max(round(x(end) - x0, 1), 2.0),
                start=m.start_date,
                end=m.end_date,
                ongoing=m.end_date is None,
                status=m.status,
            )
        )
    step = 1 if span <= 12 else 2 if span <= 24 else 5
    ticks = [Tick(x=x(date(y, 1, 1)), label=str(y)) for y in range(lo, hi + 1, step)]
    height = top + len(bars) * row + 56
    return Timeline(
        width=left + plot + 30,
        height=height,
        left=left,
        top=top,
        row=row,
        bars=bars,
        ticks=ticks,
        first=first,
        last=last,
    )


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
    mission first; at most NATION_CONTRIBUTIONS rows, and how many there are."""
    count = session.scalar(
        select(func.count())
        .select_from(Contribution)
        .where(Contribution.contributor_id == contributor_id)
    )
    rows = session.execute(
        select(
            Contribution.slug,
            Contribution.start_date,
            Contribution.end_date,
            Contribution.personnel,
            Contribution.amount,
            Contribution.unit,
            Contribution.description,
            Contribution.status,
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
