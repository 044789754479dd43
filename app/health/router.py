from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from app.core.db import get_engine
from app.core.migrations import current_revision, head_revision

router = APIRouter(tags=["health"])


@router.get(
    "/healthz",
    summary="Liveness",
    description="200 while the process runs; says nothing about the database.",
    operation_id="healthz",
)
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="Readiness",
    description="200 when the database answers and its schema is at the latest migration; "
    "503 otherwise (a load balancer should stop sending traffic).",
    operation_id="readyz",
    responses={503: {"description": "Not ready", "content": {"application/json": {}}}},
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
