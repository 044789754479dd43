from sqlalchemy import BigInteger, Index, Integer, String
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
    # The sum of those contributions' own `personnel` fields (migration 0014).
    personnel: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")


# The scopes of the amount summaries: among the statuses default answers show, or all of them
# (`include_disputed=true`).
AMOUNT_SCOPES = ("shown", "all")


class AmountSeries(Base):
    """Per scope and series (one contributor's amounts to one mission of one type in one unit),
    the contribution the stats' amount rule counts (app/stats/service.py, AMOUNT_RULE), kept
    exact by triggers (migration 0014). Filters that keep or drop whole series (mission,
    contributor, type, unit, and what they imply) read these rows instead of ranking every
    contribution giving an amount."""

    __tablename__ = "amount_series"
    __table_args__ = (
        Index("ix_amount_series_mission", "scope", "mission_id", "type_id"),
        Index("ix_amount_series_type", "scope", "type_id"),
    )

    scope: Mapped[str] = mapped_column(String(10), primary_key=True)
    contributor_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mission_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit: Mapped[str] = mapped_column(String(100), primary_key=True)
    contribution_id: Mapped[int] = mapped_column(Integer, nullable=False)
    cents: Mapped[int] = mapped_column(BigInteger, nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)  # 0: no start date
    status: Mapped[str] = mapped_column(String(20), nullable=False)


class AmountTally(Base):
    """The amounts `AmountSeries` picks, summed (in cents) per scope, dimension (contributor,
    type, mission, start year), key, unit and status: what stats without a filter read.
    Kept by triggers on amount_series (migration 0014); rows whose count fell to 0 stay."""

    __tablename__ = "amount_tally"

    scope: Mapped[str] = mapped_column(String(10), primary_key=True)
    dim: Mapped[str] = mapped_column(String(20), primary_key=True)
    k: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit: Mapped[str] = mapped_column(String(100), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    cents: Mapped[int] = mapped_column(BigInteger, nullable=False)
    n: Mapped[int] = mapped_column(Integer, nullable=False)


# The pairs `TallyPair` counts: a filter's dimension (`dim`) and a group_by's (`dim2`), each
# way round, of the contributor, type and start year (the mission's few hundred rows a filter
# keeps are counted from the rows, through its index).
PAIR_DIMS = ("contributor", "type", "year")
TALLY_PAIRS = tuple((a, b) for a in PAIR_DIMS for b in (*PAIR_DIMS, "mission") if a != b)


class TallyPair(Base):
    """Counts of contributions per pair of dimensions (`TALLY_PAIRS`: a filter's `dim` and key
    `k`, a group's `dim2` and key `k2`) and status, and how many give `personnel`: stats
    filtered by a contributor, a type (with its sub-types), a category or start years sum the
    rows of the filter's keys instead of counting the rows (migration 0019). Kept exact by
    triggers in the writing transaction, as `Tally`; rows whose count fell to 0 stay."""

    __tablename__ = "tally_pair"
    # On SQLite the rows live in the primary key's B-tree (WITHOUT ROWID): half the size (54
    # MB with a rowid at 1M), one read per key.
    __table_args__ = {"sqlite_with_rowid": False}

    dim: Mapped[str] = mapped_column(String(20), primary_key=True)
    dim2: Mapped[str] = mapped_column(String(20), primary_key=True)
    k: Mapped[int] = mapped_column(Integer, primary_key=True)
    k2: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, nullable=False)
    reported: Mapped[int] = mapped_column(Integer, nullable=False)
