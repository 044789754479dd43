"""Apply the fact-check of the AI-generated article (research/claims/review.yaml, issue 13) to
the seed, then validate it:

* every article citation in app/seed/data/document.yaml gets its verdict (`status`), `note`
  and `corrected_by`; split quotes replace the citation's quote (each part stays verbatim in
  the article) and new parts become new citations; `move_to` moves a citation to the record
  it is true of;
* the article source gets its `reviewed_date`; public sources get theirs (their claims were
  given a verdict, corroborated, when they were read: `reviewed_date` = `accessed_date`);
* the new public sources and citations of the review go to app/seed/data/reviews.yaml;
* duplicates: an article record restating a fact already recorded from a reliable source is
  merged into that record (its citations, the article's and the public ones, move there as
  supporting claims; the article record goes), so nothing is counted twice.

Run from the repository root: `.venv/bin/python scripts/apply_claim_review.py`. It reads the
seed as it is, so run it once on the unreviewed seed (it refuses to run twice).
"""

import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "app/seed/data"
ARTICLE = "role-of-nato-and-partners-in-iraq"
REVIEWED_ON = date(2026, 12, 1)
SOURCE_FIELDS = (
    "slug",
    "title",
    "author",
    "publisher",
    "url",
    "published_date",
    "accessed_date",
    "reviewed_date",
    "kind",
    "reliability",
    "text_file",
)
# review.yaml's duplicates acted on here: article record -> the public record it restates.
# Left out (said in docs/data.md): iraq-war-operations ~ mnf-i (a partial overlap: the
# article's umbrella mission is the US-led coalition's war, but also holds its NATO claims).
MERGES: dict[tuple[str, str], tuple[str, str]] = {
    ("organization", "coalition-forces"): ("organization", "us-led-coalition"),
    ("contribution", "nato-iwo-training-iraqi-security-forces"): (
        "contribution",
        "nato-ntm-i-military-trained",
    ),
    ("contribution", "nato-iwo-capacity-building"): ("mission", "ntm-i"),
    ("contribution", "nato-ntm-i-security-sector-reform"): ("mission", "ntm-i"),
    ("contribution", "nato-iwo-logistics-support"): ("contribution", "nato-mnd-cs-logistics"),
    ("contribution", "nato-iwo-intelligence-sharing"): (
        "contribution",
        "nato-mnd-cs-intelligence",
    ),
    ("contribution", "nato-iwo-communication-networks"): (
        "contribution",
        "nato-mnd-cs-communications",
    ),
    ("contribution", "nato-iwo-leadership-courses"): (
        "contribution",
        "ita-ntm-i-carabinieri-police-training",
    ),
    ("contribution", "international-partners-iwo-training-modules"): (
        "contribution",
        "nato-ntm-i-out-of-country-courses",
    ),
    # The partners' only confirmed medical support is the Czech field hospital (NEW_RECORDS).
    ("contribution", "international-partners-iwo-medical-support"): (
        "contribution",
        "cze-field-hospital-basra",
    ),
}
# Records the review proposes (review.yaml duplicates: proposed_public_record), in reviews.yaml;
# each is cited by the citations merged into it.
NEW_RECORDS = {
    "contributions": [
        {
            "slug": "cze-field-hospital-basra",
            "contributor": "CZE",
            "mission": "iraq-war-operations",
            "type": "medical",
            "start_date": None,
            "end_date": None,
            "date_precision": "day",
            "personnel": None,
            "amount": None,
            "unit": None,
            "description": "The Czech Army's field hospital in Basra: a nine-month mission "
            "whose doctors performed almost 250 operations and treated nearly 10,000 Iraqi "
            "civilians and 1,300 soldiers (Radio Prague). The page gives no year or exact "
            "dates (its context places the return in late 2003), so none are recorded. The "
            "article's 'many countries provided ... medical support' is cited here as "
            "supporting claim.",
        }
    ]
}
PLURAL = {
    "organization": "organizations",
    "mission": "missions",
    "contribution": "contributions",
    "lesson": "lessons",
}
CITATION_ORDER = (
    "subject",
    "key",
    "source",
    "section",
    "quote",
    "locator",
    "status",
    "note",
    "corrected_by",
)

DOCUMENT_HEADER = """\
# What the AI-generated article `sources/role-of-nato-and-partners-in-iraq.txt` CLAIMS,
# extracted paragraph by paragraph (see app/seed/README.md for the format).
#
# Every citation here has been reviewed (issue 13; research/claims/review.yaml, applied by
# scripts/apply_claim_review.py): its `status` is a verdict (corroborated, disputed,
# misleading, unverifiable, opinion; docs/data.md), with a `note` saying why and, for disputed
# and misleading claims, `corrected_by`: the key of the corroborated public citation that
# states the corrected fact. Where one sentence is true of one record and false of another,
# each citation quotes only its part. Article records that restated a fact recorded from a
# reliable source were merged into that record (their citations moved there). `locator` is
# the line of the text file. The article names no individual nation.
#
# Records referenced but defined in another seed file: organizations nato,
# us-led-coalition, united-nations; missions ntm-i, isaf, mnf-i, display-deterrence,
# nato-support-mnd-cs, nmi, d-isis-coalition.
"""
PUBLIC_HEADER = """\
# Public sources and the facts they corroborate (see app/seed/README.md and docs/data.md).
# Every quote is verbatim from the excerpt file named in the source's text_file (app/seed/sources/).
# Citations here are all `corroborated`; the document's own claims live in document.yaml.
"""
REVIEWS_HEADER = """\
# Public evidence found by the claims review of the AI-generated article (issue 13;
# research/claims/review.yaml, NOTES.md): the new sources (excerpts in app/seed/sources/) and
# the corroborated citations that confirm or correct the article's claims. Written by
# scripts/apply_claim_review.py.
"""


class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


Dumper.add_representer(str, _str)


def dump(header: str, content: dict[str, Any]) -> str:
    body = yaml.dump(content, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=10**9)
    return header + body


def load(name: str) -> dict[str, Any]:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def record_key(kind: str, record: dict[str, Any]) -> str:
    return str(record["iso3"] if kind == "nation" else record["slug"])


def every_citation(
    doc: dict[str, Any],
) -> list[tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]]:
    """(subject, the list holding it, citation) for every citation of a seed file."""
    found = []
    for kind, plural in (*PLURAL.items(), ("nation", "nations")):
        for record in doc.get(plural) or []:
            holder = record.get("citations") or []
            for c in holder:
                found.append(({kind: record_key(kind, record)}, holder, c))
            if kind == "lesson":
                for link in record.get("missions") or []:
                    if isinstance(link, dict):
                        for c in link.get("citations") or []:
                            subject = {"lesson_mission": [record["slug"], link["mission"]]}
                            found.append((subject, link["citations"], c))
    top = doc.setdefault("citations", [])
    for c in top:
        found.append((c["subject"], top, c))
    return found


def on(subject: dict[str, Any], citation: dict[str, Any]) -> dict[str, Any]:
    """The citation as a top-level entry about `subject`."""
    return {"subject": subject, **{k: v for k, v in citation.items() if k != "subject"}}


def ordered(citation: dict[str, Any]) -> dict[str, Any]:
    out = {k: citation[k] for k in CITATION_ORDER if k in citation}
    out.update({k: v for k, v in citation.items() if k not in out})
    return out


def main() -> int:
    review = yaml.safe_load((ROOT / "research/claims/review.yaml").read_text(encoding="utf-8"))
    doc, pub = load("document.yaml"), load("public.yaml")
    article = next(s for s in doc["sources"] if s["slug"] == ARTICLE)
    if article.get("reviewed_date"):
        print("the article is already reviewed: nothing to do", file=sys.stderr)
        return 1
    text = (ROOT / "app/seed/sources" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    verdicts = {r["key"]: r for r in review["reviews"]}

    # 1. Verdicts, splits, moves.
    split_quotes = {
        part["key"]: part["quote"]
        for r in review["reviews"]
        for part in r.get("split") or []
        if not part["key"].endswith("(new)")
    }
    moved: list[dict[str, Any]] = []
    added: list[dict[str, Any]] = []
    for subject, holder, c in every_citation(doc):
        if c["source"] != ARTICLE:
            continue
        r = verdicts.pop(c["key"])
        c["status"] = r["verdict"]
        c["note"] = r.get("note")
        if r["verdict"] in ("disputed", "misleading"):
            c["corrected_by"] = r["corrected_by"]
        else:
            c.pop("corrected_by", None)
        for part in r.get("split") or []:
            assert part["quote"] in text, f"split of {c['key']} not verbatim: {part['quote']}"
            if part["key"] == c["key"]:
                assert part["subject"] == subject, (c["key"], part["subject"], subject)
                assert part["verdict"] == r["verdict"], c["key"]
                c["quote"] = part["quote"]
            elif part["key"].endswith("(new)"):
                new = {
                    "subject": part["subject"],
                    "key": part["key"].removesuffix("(new)").strip(),
                    "source": ARTICLE,
                    "section": c.get("section"),
                    "quote": part["quote"],
                    "locator": c.get("locator"),
                    "status": part["verdict"],
                    "note": r.get("note"),
                }
                if part["verdict"] in ("disputed", "misleading"):
                    new["corrected_by"] = part.get("corrected_by") or r["corrected_by"]
                added.append(new)
            # a part naming another existing key is applied when that key's review is
        if r.get("move_to"):
            holder.remove(c)
            moved.append(on(r["move_to"], c))
    assert not verdicts, f"reviews for citations not in document.yaml: {sorted(verdicts)}"
    final = {c["key"]: c["quote"] for _, _, c in every_citation(doc)}
    for key, quote in split_quotes.items():
        assert final[key] == quote, f"{key}: its split part is not applied"
    doc["citations"].extend(moved + added)
    article["reviewed_date"] = REVIEWED_ON

    # 2. New public sources and citations: reviews.yaml.
    sources = []
    for s in review["new_sources"]:
        source = {k: s.get(k) for k in SOURCE_FIELDS}
        source["reviewed_date"] = s["accessed_date"]
        sources.append(source)
    citations = [
        {
            "subject": c["subject"],
            "key": c["key"],
            "source": c["source"],
            "section": None,
            "quote": c["quote"],
            "locator": None,
            "status": "corroborated",
            "note": c["note"],
        }
        for c in review["new_citations"]
    ]
    reviews = {"sources": sources, **NEW_RECORDS, "citations": citations}
    for s in pub["sources"]:
        s["reviewed_date"] = s.get("accessed_date")
        pub["sources"][pub["sources"].index(s)] = {k: s.get(k) for k in SOURCE_FIELDS}

    # 3. Duplicates: move every citation of the article record to the public one, then drop it.
    files = (doc, pub, reviews)
    for (kind, slug), (to_kind, to_slug) in MERGES.items():
        for f in files:
            for subject, holder, c in every_citation(f):
                if subject == {kind: slug}:
                    holder.remove(c)
                    f["citations"].append(on({to_kind: to_slug}, c))
        plural = PLURAL[kind]
        doc[plural] = [r for r in doc[plural] if r["slug"] != slug]
        for m in doc["missions"]:
            if kind == "organization" and m.get("lead_organization") == slug:
                m["lead_organization"] = to_slug
    for f in files:
        f["citations"] = [ordered(c) for c in f.get("citations") or []]
        for plural in (*PLURAL.values(), "nations"):
            for record in f.get(plural) or []:
                if "citations" in record:
                    record["citations"] = [ordered(c) for c in record["citations"]]

    (DATA / "document.yaml").write_text(dump(DOCUMENT_HEADER, doc), encoding="utf-8")
    (DATA / "public.yaml").write_text(dump(PUBLIC_HEADER, pub), encoding="utf-8")
    (DATA / "reviews.yaml").write_text(dump(REVIEWS_HEADER, reviews), encoding="utf-8")

    sys.path.insert(0, str(ROOT))
    from app.seed.bundle import load_bundle, validate

    errors = validate(load_bundle())
    for e in errors:
        print(e, file=sys.stderr)
    print(
        f"applied {len(review['reviews'])} verdicts, {len(added)} new split citations, "
        f"{len(moved)} moved, {len(MERGES)} merges; {len(errors)} problem(s)"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
