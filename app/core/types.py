"""The key and vocabulary rules every layer checks, written once: what a slug is, what an
ISO 3166-1 alpha-3 code is, which statuses a citation or record can have."""

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator

# A record's natural key: lower-case words of letters and digits joined by single hyphens.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# An ISO 3166-1 alpha-3 code as stored (upper case); whether it is assigned is the seed's check.
ISO3_PATTERN = r"^[A-Z]{3}$"
# The same as given in a path or body, in any case (stored upper case).
ISO3_ANY_CASE_PATTERN = r"^[A-Za-z]{3}$"
# The verdicts (app.models.base.STATUS_VALUES, in the same order).
Status = Literal["asserted", "corroborated", "disputed", "misleading", "unverifiable", "opinion"]


def as_utc(value: datetime) -> datetime:
    """A stored time as UTC: SQLite hands back naive datetimes, and every stored time is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# A time read from the database, answered with its UTC offset.
UtcDatetime = Annotated[datetime, AfterValidator(as_utc)]
