"""What every write shares below the domains: If-Match and the collected field problems.

The unit of work that records the actor and the audit entries is `app.audit.writer.Writer`: it
needs the auth and audit domains, which sit above this package.
"""

from typing import Annotated

from fastapi import Header
from pydantic import ValidationError

from app.core.errors import (
    FieldProblem,
    PreconditionFailed,
    PreconditionRequired,
    RuleViolation,
    Unprocessable,
)
from app.core.etags import if_match_versions

IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description='The ETag from your last GET of this record (`"3.41"`, or `"3"`): the '
        "write is refused with 412 if the record changed since. Required.",
    ),
]


def check_if_match(header: str | None, version: int, what: str) -> None:
    if header is None:
        raise PreconditionRequired(
            f"Send If-Match with the ETag of {what} as you last read it (GET it first)."
        )
    accepted = if_match_versions(header)
    if accepted is not None and version not in accepted:
        raise PreconditionFailed(
            f"{what} changed since you read it (it is at version {version}); GET it again, "
            "reapply your change and retry.",
            headers={"ETag": f'"{version}"'},
        )


class Problems:
    """Collects every bad field of a request, so one 422 names them all."""

    def __init__(self) -> None:
        self.items: list[FieldProblem] = []
        # Citation keys given or made so far in this request: each may be used once.
        self.reserved_keys: set[str] = set()
        # Whether any problem is a schema failure (extend_from) rather than a broken rule.
        self.schema_failed = False

    def add(self, field: str, reason: str) -> None:
        self.items.append(FieldProblem(field=field, reason=reason))

    def raise_if_any(self, detail: str = "The request has invalid fields.") -> None:
        if self.items:
            fields = ", ".join(dict.fromkeys(p.field for p in self.items))
            error = Unprocessable if self.schema_failed else RuleViolation
            raise error(f"{detail} ({fields})", errors=self.items)

    def extend_from(self, exc: ValidationError, prefix: str = "body") -> None:
        self.schema_failed = True
        for error in exc.errors():
            loc = ".".join(str(p) for p in error.get("loc", ()))
            self.add(f"{prefix}.{loc}" if loc else prefix, str(error.get("msg", "")))
