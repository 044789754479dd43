"""Key management for admins: list, create, revoke. The key itself is shown once, on creation."""

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Response
from pydantic import BaseModel, ConfigDict, Field

from app.audit.writer import AdminWriterDep
from app.auth import keys
from app.auth.deps import Admin
from app.auth.keys import KEY_NAME_PATTERN
from app.core.errors import problem_responses
from app.core.params import SessionDep
from app.core.refs import Stored
from app.core.types import UtcDatetime
from app.http.routes import read_route
from app.models import ApiKey

router = APIRouter(prefix="/keys", tags=["keys"])


class KeyRead(Stored):
    name: str
    role: str
    prefix: str = Field(description="Identifies the key (`ckb_<prefix>_...`); not a secret.")
    created_at: UtcDatetime
    revoked_at: UtcDatetime | None
    last_used_at: UtcDatetime | None = Field(description="To the minute.")


class KeyCreated(KeyRead):
    key: str = Field(description="The API key. Shown this once: only its hash is stored.")


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=KEY_NAME_PATTERN, examples=["alice"])
    role: Literal["reader", "editor", "admin"]


def _audited(key: ApiKey) -> dict[str, object]:
    return {"name": key.name, "role": key.role, "prefix": key.prefix}


@read_route(router, "", list[KeyRead], (401, 403))
def list_keys(session: SessionDep, _admin: Admin) -> list[KeyRead]:
    """List API keys

    Every key, revoked ones included (admin key)."""
    return [KeyRead.model_validate(k) for k in keys.list_keys(session)]


@router.post(
    "",
    status_code=201,
    response_model=KeyCreated,
    summary="Create an API key",
    description="Makes a key (admin key). The response holds the key, which is not stored "
    "and cannot be shown again.",
    responses=problem_responses(401, 403, 409, 413, 415, 422),
)
def create_key(body: KeyCreate, w: AdminWriterDep, response: Response) -> KeyCreated:
    row, secret = keys.create_key(w.session, name=body.name, role=body.role)
    w.changed("create", "keys", row.name, None, _audited(row))
    w.commit()
    response.headers["Location"] = f"/api/v1/keys/{row.name}"
    return KeyCreated(**KeyRead.model_validate(row).model_dump(), key=secret)


@router.delete(
    "/{name}",
    status_code=204,
    response_class=Response,
    summary="Revoke an API key",
    description="The key stops working at once; it stays listed, with `revoked_at` (admin key).",
    responses=problem_responses(401, 403, 404),
)
def revoke_key(name: Annotated[str, Path(max_length=100)], w: AdminWriterDep) -> Response:
    row = keys.get_key(w.session, name)
    if row.revoked_at is None:
        keys.revoke_key(w.session, name)
        w.changed(
            "revoke",
            "keys",
            row.name,
            _audited(row) | {"revoked": False},
            _audited(row) | {"revoked": True},
        )
        w.commit()
    return Response(status_code=204)
