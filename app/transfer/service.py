"""Export the knowledge base as one JSON document; import one, all or nothing.

An import is validated as a whole before anything is written: the incoming records are laid
over the stored ones (by natural key) and the result must pass the same validator as the seed.
Then the seed loader upserts it in the request's transaction, and the export before and after
tells what was created and changed. A dry run does all of that and rolls back, so its report
is exactly what the import would do.
"""

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.audit import snapshots
from app.audit.writer import Writer
from app.core.errors import FieldProblem, RuleViolation
from app.seed import bundle as seed_bundle
from app.seed.loader import load_seed
from app.transfer.schemas import FORMAT, ImportReport, KindReport

_DATES = {
    "sources": ("published_date", "accessed_date", "reviewed_date"),
    "nations": ("nato_accession_date",),
    "missions": ("start_date", "end_date"),
    "contributions": ("start_date", "end_date"),
    "strengths": ("date",),
}
# Export section -> resource name in URLs and in the audit log.
RESOURCES = {
    "sources": "sources",
    "organizations": "organizations",
    "nations": "partner-nations",
    "contribution_types": "contribution-types",
    "missions": "missions",
    "contributions": "contributions",
    "strengths": "strengths",
    "lessons": "lessons",
    "citations": "citations",
}


def document(session: Session) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT}
    for kind, (snapshot, _) in snapshots.KINDS.items():
        doc[kind] = snapshot(session, None)
    return doc


def dumps(doc: dict[str, Any]) -> str:
    """The one serialization: sorted keys, two-space indent, UTF-8 text, final newline."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def _key(kind: str, record: dict[str, Any]) -> str:
    return str(record[snapshots.KINDS[kind][1]])


def _bundle(merged: dict[str, list[dict[str, Any]]]) -> seed_bundle.Bundle:
    records: dict[str, list[dict[str, Any]]] = {}
    for kind, rows in merged.items():
        copies = []
        for row in rows:
            copy = dict(row)
            for name in _DATES.get(kind, ()):
                if copy.get(name) is not None:
                    copy[name] = date.fromisoformat(copy[name])
            copies.append(copy)
        records[kind] = copies
    bundle = seed_bundle.Bundle(records=records)
    bundle.texts = {s["slug"]: s["full_text"] for s in records["sources"] if s.get("full_text")}
    seed_bundle.collect_citations(bundle)
    return bundle


def _merged(
    before: dict[str, list[dict[str, Any]]], incoming: dict[str, list[dict[str, Any]]]
) -> dict[str, list[dict[str, Any]]]:
    """The records as they will be: those stored, replaced or joined by those imported."""
    merged: dict[str, list[dict[str, Any]]] = {}
    for kind in snapshots.KINDS:
        by_key = {_key(kind, r): r for r in before[kind]}
        for record in incoming.get(kind, []):
            key = _key(kind, record)
            if kind == "lessons" and key in by_key:
                # An import never deletes: a lesson keeps the links it has.
                kept = {link["mission"] for link in by_key[key]["missions"]}
                given = {link["mission"] for link in record["missions"]}
                record = dict(record)
                record["missions"] = record["missions"] + [
                    {"mission": m} for m in sorted(kept - given)
                ]
            by_key[key] = record
        merged[kind] = [by_key[k] for k in sorted(by_key)]
    return merged


def _report(
    kind: str, old: dict[str, Any], new: dict[str, Any], incoming: list[dict[str, Any]]
) -> KindReport:
    report = KindReport(created=[], changed=[], unchanged=0)
    for record in incoming:
        key = _key(kind, record)
        if key not in old:
            report.created.append(key)
        elif old[key] != new[key]:
            report.changed.append(key)
        else:
            report.unchanged += 1
    # Side effects on records not in the file (a lesson's links) are changes too.
    for key in sorted(set(new) & set(old)):
        if old[key] != new[key] and key not in report.changed:
            report.changed.append(key)
    return report


def run_import(
    w: Writer, incoming: dict[str, list[dict[str, Any]]], *, dry_run: bool
) -> ImportReport:
    before = document(w.session)
    bundle = _bundle(_merged(before, incoming))
    errors = seed_bundle.validate(bundle)
    if errors:
        raise RuleViolation(
            f"The import is invalid ({len(errors)} problem(s)); nothing was written.",
            errors=[FieldProblem(field="body", reason=e) for e in errors[:200]],
        )
    load_seed(w.session, bundle)
    w.session.flush()
    after = document(w.session)
    kinds: dict[str, KindReport] = {}
    for kind in snapshots.KINDS:
        old = {_key(kind, r): r for r in before[kind]}
        new = {_key(kind, r): r for r in after[kind]}
        report = kinds[kind] = _report(kind, old, new, incoming.get(kind, []))
        for key in report.created:
            w.changed("import", RESOURCES[kind], key, None, new[key])
        for key in report.changed:
            w.changed("import", RESOURCES[kind], key, old[key], new[key])
    result = ImportReport(
        dry_run=dry_run,
        kinds=kinds,
        created=sum(len(k.created) for k in kinds.values()),
        changed=sum(len(k.changed) for k in kinds.values()),
        unchanged=sum(k.unchanged for k in kinds.values()),
    )
    if dry_run:
        w.session.rollback()
    else:
        w.commit()
    return result
