from typing import Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import SQLAlchemyError

from app.core.db import get_engine
from app.core.migrations import current_revision, head_revision

router = APIRouter(tags=["health"])


class Liveness(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    """What /readyz answers, ready or not (a probe's status, not a problem document)."""

    model_config = ConfigDict(populate_by_name=True)

    status: Literal["ok", "unavailable"]
    database: Literal["ok", "unreachable", "schema not at head"]
    schema_revision: str | None = Field(
        default=None, alias="schema", description="The database's migration revision."
    )
    head: str | None = Field(
        default=None, description="The latest migration, when the database is behind it."
    )


@router.get(
    "/healthz",
    summary="Liveness",
    description="200 while the process runs; says nothing about the database.",
    operation_id="healthz",
)
async def healthz() -> Liveness:
    # On the event loop: no I/O, so no trip to a thread (a liveness probe must be cheap).
    return Liveness(status="ok")


@router.get(
    "/readyz",
    summary="Readiness",
    description="200 when the database answers and its schema is at the latest migration; "
    "503 otherwise (a load balancer should stop sending traffic).",
    operation_id="readyz",
    responses={
        200: {"model": Readiness, "description": "Ready."},
        503: {
            "model": Readiness,
            "description": "Not ready: the database is unreachable or behind the migrations.",
            "content": {
                "application/json": {
                    "example": {
                        "status": "unavailable",
                        "database": "schema not at head",
                        "schema": "0001",
                        "head": "0002",
                    }
                }
            },
        },
    },
)
def readyz() -> JSONResponse:
    head = head_revision()
    try:
        with get_engine().connect() as conn:
            current = current_revision(conn)
    except SQLAlchemyError:
        return JSONResponse(
            {"status": "unavailable", "database": "unreachable"}, 503, headers={"Retry-After": "2"}
        )
    if current != head:
        return JSONResponse(
            {
                "status": "unavailable",
                "database": "schema not at head",
                "schema": current,
                "head": head,
            },
            503,
            headers={"Retry-After": "5"},
        )
    return JSONResponse({"status": "ok", "database": "ok", "schema": current})
