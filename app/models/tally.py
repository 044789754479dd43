from datetime import date

from sqlalchemy import BigInteger, Date, Index, Integer, String, text
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
# (`include_disputed=true`); `amount_series` and `amount_tally` also have one per status (its
# name: among the rows of that status alone, migration 0020).
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

    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
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

    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
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


# A row of amount_start_pick that is the pick of some `to` filter (its "staircase").
START_STAIR = "beaten = 0 AND prior_start IS NULL AND undated_above = 0"


class AmountStartPick(Base):
    """Per scope (`AMOUNT_SCOPES`) and contribution giving an amount, where in its series
    the amount rule's pick under a start-date filter can be it (migration 0020): the latest
    start of a row ranked above it that starts earlier (`prior_start`), the earliest of one
    ranked above it that starts later (`next_start`), whether one ranked above it starts the
    same day (`beaten`, 1: never a pick under a start filter) or has no start
    (`undated_above`). Among the rows started in [A, B] the pick is the row started in it,
    not beaten, with `prior_start` before A and `next_start` after B; under `to=D` the row
    started by D (or undated), not beaten, with neither `prior_start` nor `undated_above`, and
    `next_start` after D. Kept exact by triggers; stats filtered by `to` or consecutive start
    years read these rows instead of ranking every contribution giving an amount."""

    __tablename__ = "amount_start_pick"
    __table_args__ = (
        Index(
            "ix_amount_start_pick_series",
            "scope",
            "contributor_id",
            "mission_id",
            "type_id",
            "unit",
        ),
        # A range of starts' picks from the index alone.
        Index(
            "ix_amount_start_pick_start",
            "scope",
            "start_date",
            "prior_start",
            "next_start",
            "year",
            "contributor_id",
            "mission_id",
            "type_id",
            "unit",
            "status",
            "cents",
            sqlite_where=text("beaten = 0"),
            postgresql_where=text("beaten = 0"),
        ),
        # The picks that stop being one within a `to`'s last year.
        Index(
            "ix_amount_start_pick_next",
            "scope",
            "next_start",
            sqlite_where=text(START_STAIR),
            postgresql_where=text(START_STAIR),
        ),
    )

    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    contribution_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contributor_id: Mapped[int] = mapped_column(Integer, nullable=False)
    mission_id: Mapped[int] = mapped_column(Integer, nullable=False)
    type_id: Mapped[int] = mapped_column(Integer, nullable=False)
    unit: Mapped[str] = mapped_column(String(100), nullable=False)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)  # 0: no start date
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    cents: Mapped[int] = mapped_column(BigInteger, nullable=False)
    prior_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    beaten: Mapped[int] = mapped_column(Integer, nullable=False)
    undated_above: Mapped[int] = mapped_column(Integer, nullable=False)


class AmountStartTally(Base):
    """The staircase rows of `AmountStartPick` (`START_STAIR`) summed per scope, dimension
    (contributor, type, mission, start year), key, unit and status, in the year they start
    being the pick (`on_year`: their start's, 0 undated; +cents, +1) and the year they stop
    (their `next_start`'s; -cents, -1): the amounts of `to` on 31 December of Y are the rows
    of `on_year` <= Y (migration 0020). Kept by triggers on amount_start_pick."""

    __tablename__ = "amount_start_tally"

    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    dim: Mapped[str] = mapped_column(String(20), primary_key=True)
    on_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    k: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit: Mapped[str] = mapped_column(String(100), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    cents: Mapped[int] = mapped_column(BigInteger, nullable=False)
    n: Mapped[int] = mapped_column(Integer, nullable=False)
