"""Response validators of one record: the ETag every GET, PUT and PATCH of a record carries."""

from fastapi import Response
from sqlalchemy.orm import Session

from app.core.etags import record_etag
from app.core.state import current


def set_record_etag(response: Response, session: Session, version: int) -> None:
    response.headers["ETag"] = record_etag(version, current(session, for_headers=True))
