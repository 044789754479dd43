"""Reading and validating the seed files (no database needed): `python -m app.seed.check`."""

import os
import re
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pycountry
import yaml

from app.core.types import ISO3_PATTERN, SLUG_PATTERN
from app.models.base import CORRECTED_STATUSES, NOTE_STATUSES, STATUS_VALUES
from app.models.contribution_type import CATEGORIES
from app.models.contributor import ORGANIZATION_KINDS
from app.models.lesson import LESSON_CATEGORIES, LESSON_KINDS
from app.models.mission import DATE_PRECISIONS, MISSION_KINDS
from app.models.source import SOURCE_KINDS
from app.models.strength import TALLIES
from app.models.units import UNITS

SEED_DIR = Path(__file__).parent
# SEED_DATA_DIR loads another dataset (e.g. a private curation) in the same format.
DATA_DIR = Path(os.environ.get("SEED_DATA_DIR", SEED_DIR / "data"))
TEXT_DIR = SEED_DIR / "sources"
SLUG_RE = re.compile(SLUG_PATTERN)
KINDS = (
    "sources",
    "organizations",
    "nations",
    "contribution_types",
    "missions",
    "contributions",
    "strengths",
    "lessons",
    "citations",
)

# libyaml's safe loader when PyYAML has it (its wheels do): the same documents, parsed about
# 7 times faster (1.28 s -> 0.19 s of CPU for the seed's 880 KB, measured at load average 12):
# every seed load pays it (an empty database at `serve`, each test template).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def is_iso3(code: str) -> bool:
    return (
        bool(re.fullmatch(ISO3_PATTERN, code)) and pycountry.countries.get(alpha_3=code) is not None
    )


@dataclass
class Bundle:
    """All seed files merged. `attached` lists (subject, citation) for every citation."""

    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    attached: list[tuple[tuple[str, Any], dict[str, Any]]] = field(default_factory=list)

    def of(self, kind: str) -> list[dict[str, Any]]:
        return self.records.get(kind, [])


def load_bundle(data_dir: Path = DATA_DIR, text_dir: Path = TEXT_DIR) -> Bundle:
    bundle = Bundle(records={k: [] for k in KINDS})
    for path in sorted(data_dir.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        content = yaml.load(text, Loader=_SAFE_LOADER) or {}  # noqa: S506 - a safe loader
        unknown = set(content) - set(KINDS)
        if unknown:
            raise ValueError(f"{path.name}: unknown top-level keys {sorted(unknown)}")
        for kind in KINDS:
            bundle.records[kind].extend(content.get(kind) or [])
    for source in bundle.of("sources"):
        if source.get("text_file"):
            bundle.texts[source["slug"]] = (text_dir / source["text_file"]).read_text(
                encoding="utf-8"
            )
    collect_citations(bundle)
    return bundle


def collect_citations(bundle: Bundle) -> None:
    for kind, subject_kind, key in (
        ("organizations", "organization", "slug"),
        ("nations", "nation", "iso3"),
        ("missions", "mission", "slug"),
        ("contributions", "contribution", "slug"),
        ("strengths", "strength", "slug"),
        ("lessons", "lesson", "slug"),
    ):
        for record in bundle.of(kind):
            for citation in record.get("citations") or []:
                bundle.attached.append(((subject_kind, record[key]), citation))
    for lesson in bundle.of("lessons"):
        for link in lesson.get("missions") or []:
            if isinstance(link, str):
                # A plain slug: the lesson's own quotes support the link too.
                for n, citation in enumerate(lesson.get("citations") or []):
                    derived = dict(citation)
                    base = citation.get("key") or f"{lesson['slug']}-{n}"
                    derived["key"] = f"{base}-on-{link}"[:100]
                    derived["corrected_by"] = (
                        None
                        if citation.get("status") not in CORRECTED_STATUSES
                        else citation.get("corrected_by")
                    )
                    bundle.attached.append((("lesson_mission", (lesson["slug"], link)), derived))
            else:
                for citation in link.get("citations") or []:
                    bundle.attached.append(
                        (("lesson_mission", (lesson["slug"], link["mission"])), citation)
                    )
    for citation in bundle.of("citations"):
        subject = citation.get("subject") or {}
        if len(subject) != 1:
            bundle.attached.append((("invalid", subject), citation))
            continue
        ((kind, value),) = subject.items()
        if kind == "lesson_mission":
            value = tuple(value)
        bundle.attached.append(((kind, value), citation))
    # Give every citation a stable key: the loader upserts by it.
    counters: dict[str, int] = {}
    for (kind, value), citation in bundle.attached:
        if not citation.get("key"):
            stem = f"{kind}-{value if isinstance(value, str) else '-'.join(value)}".lower()
            counters[stem] = counters.get(stem, 0) + 1
            citation["key"] = f"{stem}-{counters[stem]}"[:100]


def _check_date(errors: list[str], where: str, value: Any) -> None:
    if value is not None and not isinstance(value, date):
        errors.append(f"{where}: not a YYYY-MM-DD date: {value!r}")


# Each kind of record and the field that names it.
NATURAL_KEYS = (
    ("sources", "slug"),
    ("organizations", "slug"),
    ("missions", "slug"),
    ("contribution_types", "slug"),
    ("contributions", "slug"),
    ("strengths", "slug"),
    ("lessons", "slug"),
    ("nations", "iso3"),
)


def validate(bundle: Bundle) -> list[str]:
    errors: list[str] = []
    slugs = {kind: _natural_keys(bundle, kind, key, errors) for kind, key in NATURAL_KEYS}
    contributors = slugs["organizations"] | slugs["nations"]
    clash = slugs["organizations"] & {s.lower() for s in slugs["nations"]}
    if clash:
        errors.append(f"organization slugs equal to nation codes: {sorted(clash)}")
    _check_vocabularies(bundle, slugs, errors)
    for m in bundle.of("missions"):
        errors.extend(_check_mission(m, slugs))
    for c in bundle.of("contributions"):
        errors.extend(_check_contribution(c, slugs, contributors))
    contributions = {c.get("slug"): c for c in bundle.of("contributions")}
    for o in bundle.of("strengths"):
        errors.extend(_check_strength(o, slugs, contributors, contributions))
    for ls in bundle.of("lessons"):
        errors.extend(_check_lesson(ls, slugs))
    errors.extend(_validate_citations(bundle, slugs, contributors))
    return errors


def _natural_keys(bundle: Bundle, kind: str, key: str, errors: list[str]) -> set[str]:
    """The keys of `kind`'s records, each a well-formed slug (or ISO code) named once."""
    seen: set[str] = set()
    for record in bundle.of(kind):
        value = record.get(key)
        if not isinstance(value, str):
            errors.append(f"{kind}: record without {key}: {record!r:.80}")
            continue
        if value in seen:
            errors.append(f"{kind}: duplicate {key} {value!r}")
        seen.add(value)
        if key == "slug" and (not SLUG_RE.match(value) or len(value) > 100):
            errors.append(f"{kind}: malformed slug {value!r}")
        if key == "iso3" and not is_iso3(value):
            errors.append(f"nations: {value!r} is not an ISO 3166-1 alpha-3 code")
    return seen


def _unknown(where: str, kind: str, value: Any, pool: set[str]) -> list[str]:
    return [] if value in pool else [f"{where}: unknown {kind} {value!r}"]


def _check_vocabularies(bundle: Bundle, slugs: dict[str, set[str]], errors: list[str]) -> None:
    """Sources, organizations, nations and contribution types: closed lists and dates."""
    for s in bundle.of("sources"):
        if s.get("kind") not in SOURCE_KINDS:
            errors.append(f"source {s.get('slug')}: kind must be one of {SOURCE_KINDS}")
        _check_date(errors, f"source {s.get('slug')}", s.get("published_date"))
        _check_date(errors, f"source {s.get('slug')}", s.get("reviewed_date"))
    for o in bundle.of("organizations"):
        if o.get("kind") not in ORGANIZATION_KINDS:
            errors.append(f"organization {o.get('slug')}: kind must be one of {ORGANIZATION_KINDS}")
    for n in bundle.of("nations"):
        _check_date(errors, f"nation {n.get('iso3')}", n.get("nato_accession_date"))
    for t in bundle.of("contribution_types"):
        if t.get("category") not in CATEGORIES:
            errors.append(f"type {t.get('slug')}: category must be one of {CATEGORIES}")
        if t.get("parent") is not None:
            where = f"type {t['slug']}"
            errors.extend(_unknown(where, "parent type", t["parent"], slugs["contribution_types"]))


def _check_mission(m: dict[str, Any], slugs: dict[str, set[str]]) -> list[str]:
    errors: list[str] = []
    where = f"mission {m.get('slug')}"
    if m.get("kind") not in MISSION_KINDS:
        errors.append(f"{where}: kind must be one of {MISSION_KINDS}")
    if not is_iso3(str(m.get("theater"))):
        errors.append(f"{where}: theater {m.get('theater')!r} is not ISO 3166-1 alpha-3")
    if m.get("lead_organization") is not None:
        errors.extend(
            _unknown(where, "organization", m["lead_organization"], slugs["organizations"])
        )
    _check_period(errors, where, m)
    return errors


def _check_contribution(
    c: dict[str, Any], slugs: dict[str, set[str]], contributors: set[str]
) -> list[str]:
    where = f"contribution {c.get('slug')}"
    errors = [
        *_unknown(where, "contributor", c.get("contributor"), contributors),
        *_unknown(where, "mission", c.get("mission"), slugs["missions"]),
        *_unknown(where, "type", c.get("type"), slugs["contribution_types"]),
    ]
    if not c.get("description"):
        errors.append(f"{where}: description required")
    if c.get("amount") is not None and not c.get("unit"):
        errors.append(f"{where}: amount without unit")
    if c.get("unit") is not None and c["unit"] not in UNITS:
        errors.append(
            f"{where}: unit {c['unit']!r} is not in the closed list "
            "(app/models/units.py: ISO 4217 codes, tanks, trainees...)"
        )
    if not isinstance(c.get("amount_approx", False), bool):
        errors.append(f"{where}: amount_approx must be true or false")
    if c.get("amount_approx") and c.get("amount") is None:
        errors.append(f"{where}: amount_approx without an amount")
    _check_period(errors, where, c)
    return errors


def _check_lesson(ls: dict[str, Any], slugs: dict[str, set[str]]) -> list[str]:
    errors: list[str] = []
    where = f"lesson {ls.get('slug')}"
    if ls.get("kind") not in LESSON_KINDS:
        errors.append(f"{where}: kind must be one of {LESSON_KINDS}")
    if ls.get("category") not in LESSON_CATEGORIES:
        errors.append(f"{where}: category must be one of {LESSON_CATEGORIES}")
    for link in ls.get("missions") or []:
        mission = link if isinstance(link, str) else link.get("mission")
        errors.extend(_unknown(where, "mission", mission, slugs["missions"]))
    return errors


def _check_period(errors: list[str], where: str, record: dict[str, Any]) -> None:
    start, end = record.get("start_date"), record.get("end_date")
    _check_date(errors, where, start)
    _check_date(errors, where, end)
    if isinstance(start, date) and isinstance(end, date) and end < start:
        errors.append(f"{where}: end_date before start_date")
    if record.get("date_precision", "day") not in DATE_PRECISIONS:
        errors.append(f"{where}: date_precision must be one of {DATE_PRECISIONS}")


def precision_problem(day: date, precision: str) -> str | None:
    """A date known to the month is stored as its 1st, to the year as 1 January: anything else
    would claim a precision the record does not have."""
    if precision == "month" and day.day != 1:
        return f"date_precision month needs the 1st of the month (YYYY-MM-01), not {day}"
    if precision == "year" and (day.month, day.day) != (1, 1):
        return f"date_precision year needs 1 January (YYYY-01-01), not {day}"
    return None


def _check_strength(
    o: dict[str, Any],
    slugs: dict[str, set[str]],
    contributors: set[str],
    contributions: dict[Any, dict[str, Any]],
) -> list[str]:
    errors: list[str] = []
    where = f"strength {o.get('slug')}"
    if o.get("mission") not in slugs["missions"]:
        errors.append(f"{where}: unknown mission {o.get('mission')!r}")
    contributor = o.get("contributor")
    if contributor is not None and contributor not in contributors:
        errors.append(f"{where}: unknown contributor {contributor!r}")
    if o.get("contribution") is not None:
        owner = contributions.get(o["contribution"])
        if owner is None:
            errors.append(f"{where}: unknown contribution {o['contribution']!r}")
        elif (owner.get("contributor"), owner.get("mission")) != (contributor, o.get("mission")):
            errors.append(
                f"{where}: contribution {o['contribution']!r} is {owner.get('contributor')} in "
                f"{owner.get('mission')}, not {contributor} in {o.get('mission')}"
            )
    day = o.get("date")
    precision = o.get("date_precision", "day")
    if precision not in DATE_PRECISIONS:
        errors.append(f"{where}: date_precision must be one of {DATE_PRECISIONS}")
    if not isinstance(day, date):
        errors.append(f"{where}: date must be a YYYY-MM-DD date: {day!r}")
    elif precision in DATE_PRECISIONS:
        problem = precision_problem(day, precision)
        if problem:
            errors.append(f"{where}: {problem}")
    personnel = o.get("personnel")
    if not isinstance(personnel, int) or isinstance(personnel, bool) or personnel < 0:
        errors.append(f"{where}: personnel must be a whole number >= 0: {personnel!r}")
    if not isinstance(o.get("approx", False), bool):
        errors.append(f"{where}: approx must be true or false")
    if o.get("tally") not in TALLIES:
        errors.append(f"{where}: tally must be one of {TALLIES}")
    return errors


def _validate_citations(
    bundle: Bundle, slugs: dict[str, set[str]], contributors: set[str]
) -> list[str]:
    errors: list[str] = []
    keys: dict[str, dict[str, Any]] = {}
    for (kind, value), c in bundle.attached:
        where = f"citation {c.get('key')}"
        errors.extend(_check_subject(where, kind, value, slugs))
        if c["key"] in keys:
            errors.append(f"{where}: duplicate key")
        keys[c["key"]] = c
        errors.extend(_check_citation(where, c, bundle, slugs))
    for (_, _), c in bundle.attached:
        target = c.get("corrected_by")
        if c.get("status") in CORRECTED_STATUSES and not target:
            errors.append(f"citation {c['key']}: {c['status']} without corrected_by")
        if target:
            if target not in keys:
                errors.append(f"citation {c['key']}: corrected_by unknown key {target!r}")
            elif keys[target].get("status") != "corroborated":
                errors.append(f"citation {c['key']}: corrected_by {target!r} is not corroborated")
    return errors + _uncited(bundle)


# The kinds a citation can be about, with the records they name.
_SUBJECT_POOLS = {
    "organization": "organizations",
    "nation": "nations",
    "mission": "missions",
    "contribution": "contributions",
    "strength": "strengths",
    "lesson": "lessons",
}


def _check_subject(where: str, kind: str, value: Any, slugs: dict[str, set[str]]) -> list[str]:
    if kind == "invalid":
        return [f"{where}: subject must name exactly one record: {value!r}"]
    if kind == "lesson_mission":
        if value[0] not in slugs["lessons"] or value[1] not in slugs["missions"]:
            return [f"{where}: unknown lesson/mission {value!r}"]
        return []
    if kind not in _SUBJECT_POOLS:
        return [f"{where}: unknown subject kind {kind!r}"]
    return _unknown(where, kind, value, slugs[_SUBJECT_POOLS[kind]])


def _check_citation(
    where: str, c: dict[str, Any], bundle: Bundle, slugs: dict[str, set[str]]
) -> list[str]:
    """Its key, source, verbatim quote and section, and a verdict with its reasons."""
    errors: list[str] = []
    if not SLUG_RE.match(c["key"]) or len(c["key"]) > 100:
        errors.append(f"{where}: malformed key")
    if c.get("source") not in slugs["sources"]:
        errors.append(f"{where}: unknown source {c.get('source')!r}")
    quote = c.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        return [*errors, f"{where}: quote required"]
    text = bundle.texts.get(c.get("source", ""))
    if text is not None:
        if quote not in text:
            errors.append(f"{where}: quote is not verbatim in {c['source']}: {quote[:60]!r}")
        section = c.get("section")
        lines = {line.strip() for line in text.splitlines()}
        if section is not None and section.strip() not in lines:
            errors.append(f"{where}: section {section!r} is not a line of {c['source']}")
    status = c.get("status", "asserted")
    if status not in STATUS_VALUES:
        errors.append(f"{where}: status must be one of {STATUS_VALUES}")
    if status in NOTE_STATUSES and not c.get("note"):
        errors.append(f"{where}: a {status} citation needs a note")
    if c.get("corrected_by") and status not in CORRECTED_STATUSES:
        errors.append(f"{where}: corrected_by only on disputed or misleading citations")
    return errors


def _uncited(bundle: Bundle) -> list[str]:
    """Every record and every lesson-mission link needs at least one citation."""
    errors: list[str] = []
    cited = {(kind, value) for (kind, value), _ in bundle.attached}
    for kind, records in _SUBJECT_POOLS.items():
        key = dict(NATURAL_KEYS)[records]
        for r in bundle.of(records):
            if (kind, r.get(key)) not in cited:
                errors.append(f"{kind} {r.get(key)}: no citation")
    for ls in bundle.of("lessons"):
        for link in ls.get("missions") or []:
            mission = link if isinstance(link, str) else link.get("mission")
            if ("lesson_mission", (ls["slug"], mission)) not in cited:
                errors.append(f"lesson {ls['slug']} -> mission {mission}: link has no citation")
    return errors


# Two quotes overlap when one holds the other or they share this many characters in a row.
OVERLAP_CHARS = 40


def overlap(a: str, b: str) -> bool:
    if a in b or b in a:
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= OVERLAP_CHARS


def one_verdict_per_sentence(bundle: Bundle) -> list[str]:
    """One sentence, one verdict: two citations of one source about one record whose quotes
    overlap must have the same status, unless a note says why they differ, by naming the
    other citation's key. (Split the quote instead when the sentence is true of one part
    and false of another: docs/data.md.) Checked on the shipped seed by `check-seed` and the
    tests; not on imports, whose citations curators judge one by one."""
    groups: dict[tuple[Any, Any, Any], list[dict[str, Any]]] = {}
    for (kind, value), c in bundle.attached:
        if isinstance(c.get("quote"), str):
            groups.setdefault((c.get("source"), kind, value), []).append(c)
    errors = []
    for (source, kind, value), cits in groups.items():
        for i, a in enumerate(cits):
            for b in cits[i + 1 :]:
                if a.get("status", "asserted") == b.get("status", "asserted"):
                    continue
                if not overlap(a["quote"], b["quote"]):
                    continue
                if b["key"] in (a.get("note") or "") or a["key"] in (b.get("note") or ""):
                    continue
                errors.append(
                    f"citations {a['key']} ({a.get('status', 'asserted')}) and {b['key']} "
                    f"({b.get('status', 'asserted')}) quote the same sentence of {source} about "
                    f"{kind} {value} with different verdicts, and no note says why"
                )
    return errors
