"""GET /export and POST /import: the whole knowledge base as one JSON document."""

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.audit.writer import WriterDep
from app.core.errors import problem_responses
from app.core.etags import collection_etag
from app.core.params import SessionDep
from app.core.state import current
from app.transfer import service
from app.transfer.schemas import ExportDocument, ImportReport

router = APIRouter(tags=["import and export"])


@router.get(
    "/export",
    summary="Export the knowledge base",
    description="Every record and citation as one JSON document in a stable format "
    "(docs/export-format.md): sorted keys, records sorted by natural key. Exporting, "
    "importing into an empty database and exporting again gives the same bytes.",
    # Documents the body; the route returns the serialized bytes itself.
    response_model=ExportDocument,
    # Public like every read (a key is needed only when REQUIRE_KEY_FOR_READS is set).
    responses=problem_responses(400),
)
def export(session: SessionDep) -> Response:
    # The version first: the document holds at least it (a write committing meanwhile is in
    # the change feed after this version), which `/changes?since=` relies on.
    version = current(session)
    body = service.dumps(service.document(session))
    return Response(
        content=body.encode("utf-8"),
        media_type="application/json",
        headers={
            "ETag": collection_etag(version),
            "Content-Disposition": 'attachment; filename="coalition-kb-export.json"',
        },
    )


@router.post(
    "/import",
    response_model=ImportReport,
    summary="Import records",
    description="Takes a document in the export format (editor key) and upserts every record "
    "and citation by natural key, all or nothing: the records it holds, laid over the stored "
    "ones, are validated as a whole before anything is written (every reference, quote and "
    "citation rule), and one problem means nothing is written. Nothing is deleted. "
    "`dry_run=true` reports what would be created and changed, and writes nothing.",
    responses=problem_responses(400, 401, 403, 413, 415, 422),
)
def import_records(
    body: ExportDocument,
    w: WriterDep,
    dry_run: Annotated[bool, Query(description="Validate and report; write nothing.")] = False,
) -> ImportReport:
    return service.run_import(w, body.records(), dry_run=dry_run)
