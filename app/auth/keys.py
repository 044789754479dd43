"""API keys: made here, shown once, stored as a SHA-256 hash.

A key is `ckb_<prefix>_<secret>`: the prefix (public, unique) finds the row, the hash of the
whole key is compared in constant time. The secret has 256 bits of entropy, so a fast hash is
enough: there is nothing to brute-force that a slow hash would protect.
"""

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import Conflict, FieldProblem, NotFound, Unprocessable
from app.models import ApiKey
from app.models.api_key import KEY_ROLES

KEY_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$"
# The audit log's actor for changes made with the CLI (database credentials, no key).
CLI_ACTOR = "cli"
# last_used_at is a hint, not a log: writing it on every request would make reads write.
LAST_USED_RESOLUTION = timedelta(minutes=1)


@dataclass(frozen=True)
class Actor:
    """Who is making the request: the key's name and role (never the key itself)."""

    name: str
    role: str

    def may(self, role: str) -> bool:
        return KEY_ROLES.index(self.role) >= KEY_ROLES.index(role)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(session: Session, *, name: str, role: str) -> tuple[ApiKey, str]:
    """A new key; the caller shows the returned secret once and commits."""
    if not re.fullmatch(KEY_NAME_PATTERN, name) or name == CLI_ACTOR:
        raise Unprocessable(
            f"'{name}' cannot name a key.",
            errors=[
                FieldProblem(
                    field="body.name",
                    reason=f"letters, digits and . _ @ -, at most 100, not '{CLI_ACTOR}'",
                )
            ],
        )
    if role not in KEY_ROLES:
        raise Unprocessable(
            f"Unknown role '{role}'.",
            errors=[FieldProblem(field="body.role", reason=f"one of {', '.join(KEY_ROLES)}")],
        )
    if session.scalar(select(ApiKey.id).where(ApiKey.name == name)) is not None:
        raise Conflict(
            f"A key named '{name}' exists.",
            errors=[FieldProblem(field="body.name", reason="already taken")],
        )
    prefix = secrets.token_hex(6)
    key = f"ckb_{prefix}_{secrets.token_urlsafe(32)}"
    row = ApiKey(name=name, role=role, prefix=prefix, key_hash=hash_key(key))
    session.add(row)
    session.flush()
    return row, key


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.name)))


def get_key(session: Session, name: str) -> ApiKey:
    row = session.scalars(select(ApiKey).where(ApiKey.name == name)).first()
    if row is None:
        raise NotFound(f"No API key named '{name}'.")
    return row


def revoke_key(session: Session, name: str) -> ApiKey:
    row = get_key(session, name)
    if row.revoked_at is None:
        row.revoked_at = datetime.now(UTC)
        session.flush()
    return row


def verify(session: Session, presented: str) -> ApiKey | None:
    """The live key matching `presented`, or None. Unknown prefixes still cost a hash compare,
    so timing says nothing about which part of a guessed key was wrong."""
    parts = presented.split("_", 2)  # the secret itself may contain "_"
    prefix = parts[1] if len(parts) == 3 and parts[0] == "ckb" else ""
    row = session.scalars(select(ApiKey).where(ApiKey.prefix == prefix)).first() if prefix else None
    expected = row.key_hash if row is not None else hash_key(secrets.token_hex(16))
    if not hmac.compare_digest(hash_key(presented), expected):
        return None
    if row is None or row.revoked_at is not None:
        return None
    return row


def is_stale(last_used_at: datetime | None, now: datetime) -> bool:
    if last_used_at is None:
        return True
    if last_used_at.tzinfo is None:
        last_used_at = last_used_at.replace(tzinfo=UTC)
    return now - last_used_at > LAST_USED_RESOLUTION
