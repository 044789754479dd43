from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

# What a tally row counts rows by (`dim`), and what its `k` is: the contribution's contributor,
# type or mission id, its start year (0: no start date), or 0 for citations.
TALLY_DIMS = ("contributor", "type", "mission", "year", "citation")


class Tally(Base):
    """Counts kept exact by triggers in the writing transaction (migration 0012): how many
    contributions (citations) of each status there are per contributor, type, mission and
    start year, and how many of those give `personnel`. Stats and facets without a filter read
    these few thousand rows instead of counting a million (docs/performance.md). Rows whose
    count fell to 0 stay (readers skip them)."""

    __tablename__ = "tally"

    dim: Mapped[str] = mapped_column(String(20), primary_key=True)
    k: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, nullable=False)
    reported: Mapped[int] = mapped_column(Integer, nullable=False)
