"""A source and its report card, for the API and the pages alike."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from app.core.db import first_or_404, pairs
from app.core.refs import API
from app.models import Citation, Source
from app.models.base import STATUS_VALUES
from app.sources.schemas import ReportCard, SourceDetail, SourceRead


def get_by_slug(session: Session, slug: str, *, with_text: bool = False) -> Source:
    stmt = select(Source).where(Source.slug == slug)
    if with_text:
        stmt = stmt.options(undefer(Source.full_text))
    return first_or_404(session, stmt, f"No source with slug '{slug}'.")


def report_card(session: Session, source: Source) -> ReportCard:
    """A source's claims per verdict, and whether it has been reviewed: one GROUP BY."""
    counts = pairs(
        session.execute(
            select(Citation.status, func.count())
            .where(Citation.source_id == source.id)
            .group_by(Citation.status)
        )
    )
    return ReportCard(
        claims=sum(counts.values()),
        reviewed=source.reviewed_date is not None,
        unreviewed=counts.get("asserted", 0),
        **{status: counts.get(status, 0) for status in STATUS_VALUES},
    )


def detail(session: Session, source: Source) -> SourceDetail:
    """A source as GET /sources/{slug} shows it (also the answer to its writes)."""
    card = report_card(session, source)
    base = SourceRead.model_validate(source)
    return SourceDetail(
        **base.model_dump(exclude={"href", "html_url"}),
        report_card=card,
        has_full_text=source.full_text is not None,
        full_text=source.full_text,
        claims=f"{API}/sources/{source.slug}/claims",
    )


# Described without a `$ref`: Swagger UI and ReDoc stall on a `$ref` here (seen in the e2e
# docs tests), and a component nothing refers to is a Spectral warning; the structure is
# schema.org's, stated in the description and in docs/data.md.
