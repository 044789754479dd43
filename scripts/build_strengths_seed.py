"""Build app/seed/data/strengths.yaml from the research notes (research/*/facts.yaml).

The notes' format is research/FORMAT.md; the output is seed data (app/seed/README.md):

* `sources` new to the seed (the notes' `tally` is kept on the observations, not the source);
* `nations` new to the seed, each cited by the quote that names it;
* `missions` new to the seed (e.g. Poland's division, `mnd-cs`), dated as precisely as their
  `start`/`end` and cited by their `citations`;
* `contributions` of type `personnel-deployment`, one per `deployment` fact, dated exactly as
  precisely as the fact (`start`/`end` as YYYY, YYYY-MM or YYYY-MM-DD; a contribution has one
  `date_precision`, so the coarser of the two);
* `strengths`, one per `strength` fact, linked to the deployment of the same contributor and
  mission whose period holds its date (when exactly one does);
* `contributions` carrying a structured amount, one per `amount` fact: a number, a unit from
  the closed list (app/contributions/units.py; the notes' "T-72 tanks" is `tanks`, the rest
  of it goes to the description) and `amount_approx`; dated on the fact's day (start = end, as
  precise as the fact: a figure stated on that day); of type `funding` (money not said to be
  equipment's worth), `equipment-donation` or `training` by its unit;
* every record cited with the fact's quote(s), `corroborated`, the note naming the source.

Facts it cannot express (`event`, `correction`, an `amount` with no date; facts naming a
mission the seed does not hold) are skipped and listed on stderr. Nothing is invented: every
value comes from a fact. Run the seed check afterwards (`python -m app.seed.check`), which
tests every quote against its shipped excerpt.

    .venv/bin/python scripts/build_strengths_seed.py [--research DIR] [--out FILE]
"""

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from app.contributions.units import CURRENCIES, legacy_unit

ROOT = Path(__file__).resolve().parents[1]
RESEARCH = ROOT / "research"
SEED_DATA = ROOT / "app" / "seed" / "data"
OUT = SEED_DATA / "strengths.yaml"
DEPLOYMENT_TYPE = "personnel-deployment"
TALLIES = ("official", "wire", "press", "reference")
SOURCE_FIELDS = (
    "slug",
    "title",
    "author",
    "publisher",
    "url",
    "published_date",
    "accessed_date",
    "kind",
    "reliability",
    "text_file",
)
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


class FactError(ValueError):
    pass


def parse_when(value: Any, where: str) -> tuple[date, str]:
    """YYYY, YYYY-MM or YYYY-MM-DD (as YAML reads them: int, str or date) -> (day, precision);
    a month is dated its 1st and a year 1 January, with the precision saying so."""
    if isinstance(value, date):
        return value, "day"
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1), "year"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = text.split("-")
        return date(int(year), int(month), 1), "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text), "day"
    raise FactError(f"{where}: a date is YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")


def period_end(day: date, precision: str) -> date:
    """The last day a date of this precision may stand for."""
    if precision == "year":
        return date(day.year, 12, 31)
    if precision == "month":
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return day


def slugify(*parts: Any) -> str:
    text = "-".join(str(p) for p in parts if p is not None and str(p) != "")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:100].rstrip("-")


@dataclass(frozen=True)
class Held:
    """A deployment a strength observation may measure: its period (the last day its end may
    stand for) and what its citations quote, as (source, quote) with spacing normalised."""

    slug: str
    start: date | None
    last: date | None
    quotes: frozenset[tuple[str, str]]

    @classmethod
    def of_record(cls, record: dict[str, Any]) -> "Held":
        end, precision = record.get("end_date"), record.get("date_precision") or "day"
        return cls(
            record["slug"],
            record.get("start_date"),
            None if end is None else period_end(end, precision),
            quoted_as(record.get("citations") or []),
        )

    @property
    def sources(self) -> set[str]:
        return {source for source, _ in self.quotes}

    def shares_a_quote(self, quotes: frozenset[tuple[str, str]]) -> bool:
        """Whether one of its quotes is, holds or is held in one of `quotes` (same source)."""
        return any(
            source == other_source and (quote in other or other in quote)
            for source, quote in self.quotes
            for other_source, other in quotes
        )

    def within(self, first: date, last: date) -> bool:
        """Whether the period holds all the days first..last."""
        return (self.start is not None and self.start <= first) and (
            self.last is None or last <= self.last
        )

    def covers(self, first: date, last: date) -> bool:
        """Whether the period overlaps the days first..last."""
        return (self.start is None or self.start <= last) and (
            self.last is None or first <= self.last
        )


def quoted_as(citations: Iterable[dict[str, Any]]) -> frozenset[tuple[str, str]]:
    return frozenset((c["source"], " ".join(str(c["quote"]).split())) for c in citations)


def measured(
    held: list[Held], day: date, precision: str, quotes: frozenset[tuple[str, str]]
) -> tuple[str | None, int]:
    """The deployment an observation dated `day` (to the `precision`: all of a month or year
    when known only to the month or year) and citing `quotes` measures, and how many
    deployments overlap its date. Of the deployments overlapping its date it is the only one
    sharing a quote with it (the sentence that gives the figure describes that deployment),
    else the only one whose period holds all of its date, else the only one overlapping it,
    else the only one citing one of its sources (the same report, e.g. a tally naming the
    nations and their numbers); none when that is still ambiguous."""
    first, last = day, period_end(day, precision)
    covering = [h for h in held if h.covers(first, last)]
    sources = {source for source, _ in quotes}
    for candidates in (
        [h for h in covering if h.shares_a_quote(quotes)],
        [h for h in covering if h.within(first, last)],
        covering,
        [h for h in covering if h.sources & sources],
    ):
        if len(candidates) == 1:
            return candidates[0].slug, len(covering)
    return None, len(covering)


@dataclass
class Seed:
    """What the seed files hold already (strengths.yaml itself left out)."""

    sources: set[str] = field(default_factory=set)
    source_info: dict[str, dict[str, Any]] = field(default_factory=dict)
    nations: set[str] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)
    missions: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    # (contributor, mission) -> the seed's own deployments (public.yaml, reviews.yaml...)
    deployments: dict[tuple[str, str], list["Held"]] = field(default_factory=dict)

    @classmethod
    def read(cls, data_dir: Path, out: Path) -> "Seed":
        seed = cls()
        for path in sorted(data_dir.glob("*.yaml")):
            if path.resolve() == out.resolve():
                continue
            content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            seed.sources |= {s["slug"] for s in content.get("sources") or []}
            seed.source_info |= {s["slug"]: s for s in content.get("sources") or []}
            seed.nations |= {n["iso3"] for n in content.get("nations") or []}
            seed.organizations |= {o["slug"] for o in content.get("organizations") or []}
            seed.missions |= {m["slug"] for m in content.get("missions") or []}
            seed.types |= {t["slug"] for t in content.get("contribution_types") or []}
            for kind in ("contributions", "strengths", "lessons"):
                seed.keys |= {r["slug"] for r in content.get(kind) or []}
            for c in content.get("contributions") or []:
                if c.get("type") == DEPLOYMENT_TYPE:
                    seed.deployments.setdefault((c["contributor"], c["mission"]), []).append(
                        Held.of_record(c)
                    )
        return seed


@dataclass
class Output:
    sources: list[dict[str, Any]] = field(default_factory=list)
    nations: list[dict[str, Any]] = field(default_factory=list)
    missions: list[dict[str, Any]] = field(default_factory=list)
    contributions: list[dict[str, Any]] = field(default_factory=list)
    strengths: list[dict[str, Any]] = field(default_factory=list)
    # citations of the seed's own deployments: sightings folded into them
    citations: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # a contributor's strength slug -> how many deployments cover its date, when it measures
    # none of them (0: no deployment covers the day; 2 or more: ambiguous)
    unlinked: dict[str, int] = field(default_factory=dict)

    def document(self) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "nations": self.nations,
            "missions": self.missions,
            "contributions": self.contributions,
            "strengths": self.strengths,
            "citations": self.citations,
        }


class Builder:
    def __init__(self, seed: Seed) -> None:
        self.seed = seed
        self.out = Output()
        self.taken: set[str] = set(seed.keys)
        self.cite_keys: set[str] = set()
        self.tally: dict[str, str] = {}
        self.notes: dict[str, str] = {}
        # (contributor, mission) -> the deployments a strength may measure: the seed's own
        # and those built from the notes
        self.sightings: set[str] = set()  # deployments built from sightings not folded
        self.deployments: dict[tuple[str, str], list[Held]] = {
            key: list(held) for key, held in seed.deployments.items()
        }

    def unique(self, stem: str) -> str:
        slug, n = stem, 1
        while slug in self.taken:
            n += 1
            slug = f"{stem[:95]}-{n}"
        self.taken.add(slug)
        return slug

    def known_source(self, source: Any, where: str) -> None:
        """A source the notes cite but do not declare must be in the seed: its tally is read
        off its kind (official -> official, dataset -> reference, else press)."""
        if source in self.tally:
            return
        info = self.seed.source_info.get(source)
        if info is None:
            raise FactError(
                f"{where}: source {source!r} is declared neither in the notes nor the seed"
            )
        kind = info.get("kind")
        self.tally[source] = {"official": "official", "dataset": "reference"}.get(kind, "press")
        publisher = info.get("publisher") or "the source"
        self.notes[source] = (
            f"Research notes ({where.split()[0]}); {self.tally[source]} figure from {publisher}."
        )
        tally = self.tally[source]
        self.out.skipped.append(f"{where}: note: seed source {source!r} ({kind}) read as {tally}")

    @staticmethod
    def quoted(fact: dict[str, Any]) -> list[tuple[Any, Any]]:
        """(source, quote) pairs: `source` with `quote` (one or a list), or `citations:
        [{source, quote}]` when the quotes come from several sources."""
        if fact.get("citations"):
            return [(c.get("source"), c.get("quote")) for c in fact["citations"]]
        quotes = fact.get("quote")
        quotes = quotes if isinstance(quotes, list) else [quotes]
        return [(fact.get("source"), q) for q in quotes]

    def fact_quotes(self, fact: dict[str, Any]) -> frozenset[tuple[str, str]]:
        return quoted_as({"source": s, "quote": q} for s, q in self.quoted(fact))

    def first_source(self, fact: dict[str, Any], where: str) -> Any:
        source = self.quoted(fact)[0][0]
        self.known_source(source, where)
        return source

    def citations(self, fact: dict[str, Any], label: str, where: str) -> list[dict[str, Any]]:
        pairs = self.quoted(fact)
        if not pairs or not all(isinstance(q, str) and q.strip() for _, q in pairs):
            raise FactError(f"{where}: a fact needs its quote")
        out = []
        for n, (source, quote) in enumerate(pairs, 1):
            self.known_source(source, where)
            key = f"res-{label}"[:95] + ("" if n == 1 else f"-{n}")
            while key in self.cite_keys:
                key = f"{key[:95]}-x"
            self.cite_keys.add(key)
            out.append(
                {
                    "key": key,
                    "source": source,
                    "section": None,
                    "quote": quote,
                    "locator": None,
                    "status": "corroborated",
                    "note": self.notes[source],
                    "corrected_by": None,
                }
            )
        return out

    def add_sources(self, sources: Iterable[dict[str, Any]], where: str) -> None:
        for s in sources:
            tally = s.get("tally")
            if tally not in TALLIES:
                raise FactError(f"{where}: source {s.get('slug')}: tally must be one of {TALLIES}")
            self.tally[s["slug"]] = tally
            publisher = s.get("publisher") or "the source"
            self.notes[s["slug"]] = f"Research notes ({where}); {tally} figure from {publisher}."
            if s["slug"] in self.seed.sources or any(
                o["slug"] == s["slug"] for o in self.out.sources
            ):
                continue
            record = {k: s.get(k) for k in SOURCE_FIELDS}
            for name in ("published_date", "accessed_date"):
                if isinstance(record[name], str):  # quoted in the notes: '2003-09-24'
                    record[name] = date.fromisoformat(record[name])
            self.out.sources.append(record)

    def add_nations(self, nations: Iterable[dict[str, Any]], where: str) -> None:
        for n in nations:
            iso3 = n["iso3"]
            if iso3 in self.seed.nations or any(o["iso3"] == iso3 for o in self.out.nations):
                self.out.skipped.append(f"{where}: nation {iso3} is in the seed already")
                continue
            self.out.nations.append(
                {
                    "iso3": iso3,
                    "name": n["name"],
                    "nato_accession_date": n.get("nato_accession_date"),
                    "partnership_frameworks": list(n.get("partnership_frameworks") or []),
                    "citations": self.citations(n, slugify("nation", iso3), f"{where} {iso3}"),
                }
            )
            self.seed.nations.add(iso3)

    def add_missions(self, missions: Iterable[dict[str, Any]], where: str) -> None:
        for m in missions:
            slug = m["slug"]
            if slug in self.seed.missions:
                self.out.skipped.append(f"{where}: mission {slug} is in the seed already")
                continue
            start, start_p = parse_when(m["start"], f"{where} {slug}")
            end, end_p = (None, start_p)
            if m.get("end") is not None:
                end, end_p = parse_when(m["end"], f"{where} {slug}")
            if start_p != end_p:
                raise FactError(f"{where} {slug}: start and end must be equally precise")
            self.out.missions.append(
                {
                    "slug": slug,
                    "acronym": m.get("acronym"),
                    "name": m["name"],
                    "lead_organization": m.get("lead_organization"),
                    "kind": m["kind"],
                    "theater": m["theater"],
                    "start_date": start,
                    "end_date": end,
                    "date_precision": start_p,
                    "mandate": m.get("mandate"),
                    "summary": m.get("summary"),
                    "citations": self.citations(m, slugify("mission", slug), f"{where} {slug}"),
                }
            )
            self.seed.missions.add(slug)

    def known_contributor(self, code: Any) -> bool:
        return code in self.seed.nations or code in self.seed.organizations

    def already_held(
        self, contributor: str, mission: str, fact: dict[str, Any], where: str
    ) -> str | None:
        """The seed's own deployment (public.yaml...) of this contributor to this mission that
        records the same fact, if any: one citing exactly the fact's quotes, or one sharing a
        quote with it whose period holds the fact's. The fact's other quotes become citations
        of that deployment (top-level `citations:`)."""
        quotes = self.fact_quotes(fact)
        first = None if fact.get("start") is None else parse_when(fact["start"], where)[0]
        last = None if fact.get("end") is None else self.last_day(fact["end"], where)
        for held in self.seed.deployments.get((contributor, mission), []):
            holds = (
                first is not None
                and held.start is not None
                and held.start <= first
                and (held.last is None or (last is not None and last <= held.last))
            )
            if held.quotes == quotes or (held.shares_a_quote(quotes) and holds):
                extra = [
                    (s, q)
                    for s, q in self.quoted(fact)
                    if not held.shares_a_quote(quoted_as([{"source": s, "quote": q}]))
                ]
                if extra:
                    cited = self.citations(
                        {"citations": [{"source": s, "quote": q} for s, q in extra]},
                        slugify(held.slug, "notes"),
                        where,
                    )
                    self.out.citations.extend(
                        {"subject": {"contribution": held.slug}, **c} for c in cited
                    )
                return held.slug
        return None

    def deployment(self, fact: dict[str, Any], where: str) -> None:
        mission, contributor = fact.get("mission"), fact.get("contributor")
        if mission not in self.seed.missions:
            self.out.skipped.append(f"{where}: deployment to mission {mission!r}: not in the seed")
            return
        if not self.known_contributor(contributor):
            self.out.skipped.append(f"{where}: deployment of unknown contributor {contributor!r}")
            return
        same = self.already_held(contributor, mission, fact, where)
        if same is not None:
            self.out.skipped.append(f"{where}: deployment already in the seed as {same!r}")
            return
        start, start_p = (None, "day")
        if fact.get("start") is not None:
            start, start_p = parse_when(fact["start"], where)
        end, end_p = (None, "day")
        if fact.get("end") is not None:
            end, end_p = parse_when(fact["end"], where)
        precision = max(start_p, end_p, key=PRECISION_RANK.__getitem__)
        if start is not None and precision != start_p:
            start = date(start.year, 1 if precision == "year" else start.month, 1)
        if end is not None and precision != end_p:
            end = date(end.year, 1 if precision == "year" else end.month, 1)
        slug = self.unique(slugify(contributor, mission, "deployment"))
        role = fact.get("role")
        description = f"{contributor} personnel in {mission}" + (f": {role}" if role else "")
        if fact.get("note"):
            description += f". {fact['note']}"
        for other in fact.get("conflicting") or []:
            description += f" Another source ({other.get('source')}) says: {other.get('says')}."
        record = {
            "slug": slug,
            "contributor": contributor,
            "mission": mission,
            "type": DEPLOYMENT_TYPE,
            "start_date": start,
            "end_date": end,
            "date_precision": precision,
            "personnel": fact.get("personnel"),
            "description": description
            + (" (no end date stated by the source)" if end is None else ""),
            "citations": self.citations(fact, slug, where),
        }
        self.out.contributions.append(record)
        last = None if end is None else period_end(end, precision)
        self.deployments.setdefault((contributor, mission), []).append(
            Held(slug, start, last, quoted_as(record["citations"]))
        )

    def strength(self, fact: dict[str, Any], where: str) -> None:
        mission, contributor = fact.get("mission"), fact.get("contributor")
        if mission not in self.seed.missions:
            self.out.skipped.append(f"{where}: strength in mission {mission!r}: not in the seed")
            return
        if contributor in (None, "mission"):
            contributor = None
        elif not self.known_contributor(contributor):
            self.out.skipped.append(f"{where}: strength of unknown contributor {contributor!r}")
            return
        day, precision = parse_when(fact.get("date"), where)
        personnel = fact.get("personnel")
        if not isinstance(personnel, int) or isinstance(personnel, bool) or personnel < 0:
            raise FactError(f"{where}: personnel must be a whole number >= 0, not {personnel!r}")
        tally = self.tally[self.first_source(fact, where)]
        label = day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
        slug = self.unique(slugify(contributor or "total", mission, label, tally))
        held = self.deployments.get((contributor or "", mission), [])
        measures, covering = measured(held, day, precision, self.fact_quotes(fact))
        if contributor is not None and measures is None:
            self.out.unlinked[slug] = covering
        self.out.strengths.append(
            {
                "slug": slug,
                "mission": mission,
                "contributor": contributor,
                "contribution": measures,
                "date": day,
                "date_precision": precision,
                "personnel": personnel,
                "approx": bool(fact.get("approx", False)),
                "tally": tally,
                "note": " ".join(
                    part
                    for part in (
                        f"Scope: {fact['scope']}." if fact.get("scope") else "",
                        str(fact.get("note") or ""),
                    )
                    if part
                )
                or None,
                "citations": self.citations(fact, slug, where),
            }
        )

    def amount(self, fact: dict[str, Any], where: str) -> None:
        mission, contributor = fact.get("mission"), fact.get("contributor")
        if mission not in self.seed.missions:
            self.out.skipped.append(f"{where}: amount in mission {mission!r}: not in the seed")
            return
        if not self.known_contributor(contributor):
            self.out.skipped.append(f"{where}: amount of unknown contributor {contributor!r}")
            return
        if fact.get("date") is None:
            self.out.skipped.append(f"{where}: amount with no date ({fact.get('what') or ''})")
            return
        day, precision = parse_when(fact["date"], where)
        stated = str(fact.get("unit") or "")
        read = legacy_unit(stated)
        if read is None:
            raise FactError(f"{where}: unit {stated!r} is not one the closed list can read")
        unit = read[0]
        number = fact.get("amount")
        if not isinstance(number, (int, float)) or isinstance(number, bool) or number < 0:
            raise FactError(f"{where}: amount must be a number >= 0, not {number!r}")
        quotes = " ".join(str(q) for _, q in self.quoted(fact)).lower()
        what = str(fact.get("what") or "")
        if fact.get("type"):
            kind = str(fact["type"])
        elif unit in CURRENCIES:
            equipment = "equipment" in what.lower() or (
                not what and "equipment" in quotes and "trust fund" not in quotes
            )
            kind = "equipment-donation" if equipment else "funding"
        elif unit in ("trainees", "courses", "battalions"):
            kind = "training"
        else:
            kind = "equipment-donation"
        if kind not in self.seed.types:
            raise FactError(f"{where}: no contribution type {kind!r} in the seed")
        label = day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
        slug = self.unique(slugify(contributor, mission, unit, label, "amount"))
        shown = f"{number:,}" if isinstance(number, int) else f"{number:,.2f}"
        description = (
            f"{contributor} in {mission}: {'approx. ' if fact.get('approx') else ''}{shown} "
            f"{stated}{': ' + what if what else ''}, as stated for {label}"
            f" ({self.tally[self.first_source(fact, where)]} figure)."
        )
        self.out.contributions.append(
            {
                "slug": slug,
                "contributor": contributor,
                "mission": mission,
                "type": kind,
                "start_date": day,
                "end_date": day,
                "date_precision": precision,
                "personnel": None,
                "amount": number,
                "unit": unit,
                "amount_approx": bool(fact.get("approx", False)),
                "description": description,
                "citations": self.citations(fact, slug, where),
            }
        )

    @staticmethod
    def is_sighting(fact: dict[str, Any]) -> bool:
        """A deployment fact saying only that the contributor was there on one day or in one
        month (start = end, no personnel): e.g. a nation named in a list of the contributors,
        with the list's wording as its role."""
        return (
            fact.get("kind") == "deployment"
            and fact.get("start") is not None
            and str(fact.get("start")) == str(fact.get("end"))
            and fact.get("personnel") is None
        )

    def fold(self, fact: dict[str, Any], where: str) -> bool:
        """A sighting whose date lies wholly within the period of another deployment of that
        contributor to that mission (or, failing one, before the end of one whose start is not
        known) is evidence of that deployment, not a contribution of its own: its quotes become
        citations of that deployment (top-level `citations:` when the deployment is the seed's
        own). Of several, the earliest-starting (then by slug): the one /stats gives a figure
        naming no contribution. False when it is not folded."""
        key = (str(fact.get("contributor")), str(fact.get("mission")))
        day, precision = parse_when(fact["start"], where)
        first, last = day, period_end(day, precision)
        others = [h for h in self.deployments.get(key, []) if h.slug not in self.sightings]
        holders = [h for h in others if h.within(first, last)] or [
            h for h in others if h.start is None and h.covers(first, last)
        ]
        if not holders:
            return False
        target = min(holders, key=lambda h: (h.start or date.min, h.slug))
        label = slugify(target.slug, "seen", day.isoformat()[: 7 if precision == "month" else 10])
        cited = self.citations(fact, label, where)
        record = next((c for c in self.out.contributions if c["slug"] == target.slug), None)
        if record is not None:
            record["citations"].extend(cited)
        else:
            self.out.citations.extend(
                {"subject": {"contribution": target.slug}, **c} for c in cited
            )
        held = self.deployments[key]
        held[held.index(target)] = replace(target, quotes=target.quotes | quoted_as(cited))
        self.out.skipped.append(f"{where}: sighting folded into deployment {target.slug!r}")
        return True

    def last_day(self, value: Any, where: str) -> date:
        return period_end(*parse_when(value, where))

    def join_ends(self, deployments: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, Any]]:
        """A deployment fact giving only an end (a withdrawal) and exactly one other deployment
        of that contributor to that mission starting on or before that end, with no end or the
        same one (not sightings), are the two ends of one deployment: one fact, with the
        other's end when it has none and the citations of both."""
        facts = dict(deployments)
        for at, fact in deployments:
            if fact.get("start") is not None or fact.get("end") is None:
                continue
            end = self.last_day(fact["end"], at)
            starts = [
                (other_at, other)
                for other_at, other in facts.items()
                if other is not fact
                and (other.get("contributor"), other.get("mission"))
                == (fact.get("contributor"), fact.get("mission"))
                and other.get("start") is not None
                and not self.is_sighting(other)
                and parse_when(other["start"], other_at)[0] <= end
                and (other.get("end") is None or self.last_day(other["end"], other_at) == end)
            ]
            if len(starts) != 1:
                continue
            other_at, other = starts[0]
            pairs = self.quoted(other) + self.quoted(fact)
            facts[other_at] = {
                **{k: v for k, v in other.items() if k not in ("source", "quote")},
                "end": other.get("end") or fact["end"],
                "personnel": other.get("personnel") or fact.get("personnel"),
                "citations": [{"source": s, "quote": q} for s, q in pairs],
            }
            del facts[at]
            self.out.skipped.append(f"{at}: the end of the deployment at {other_at}: joined")
        return list(facts.items())

    def add_facts(self, facts: list[tuple[str, dict[str, Any]]]) -> None:
        """Deployments first (sightings after the others, so they can be folded into them),
        then the rest, so strengths can name the deployment they measure."""
        deployments = self.join_ends([(at, f) for at, f in facts if f.get("kind") == "deployment"])
        for at, fact in [d for d in deployments if not self.is_sighting(d[1])]:
            self.deployment(fact, at)
        for at, fact in [d for d in deployments if self.is_sighting(d[1])]:
            key = (fact.get("contributor"), fact.get("mission"))
            twice = any(
                h.quotes == self.fact_quotes(fact) for h in self.seed.deployments.get(key, [])
            )  # type: ignore[arg-type]
            if twice or not self.fold(fact, at):
                built = len(self.out.contributions)
                self.deployment(fact, at)  # or lists it as in the seed already
                self.sightings |= {c["slug"] for c in self.out.contributions[built:]}
        for at, fact in [(at, f) for at, f in facts if f.get("kind") != "deployment"]:
            kind = fact.get("kind")
            if kind == "strength":
                self.strength(fact, at)
            elif kind == "amount":
                self.amount(fact, at)
            else:
                what = fact.get("what") or fact.get("where") or fact.get("unit") or ""
                self.out.skipped.append(f"{at}: kind {kind!r} cannot be expressed yet ({what})")


def build(research: Path, seed_dir: Path, out: Path) -> Output:
    builder = Builder(Seed.read(seed_dir, out))
    paths = sorted(research.glob("*/facts.yaml"))
    notes = [
        (path.parent.name + "/facts.yaml", yaml.safe_load(path.read_text(encoding="utf-8")) or {})
        for path in paths
    ]
    # Sources first: a note may cite a source another area's notes declare; then missions
    # and nations, which a fact in one area may name from another area's notes.
    for where, content in notes:
        builder.add_sources(content.get("sources") or [], where)
    for where, content in notes:
        builder.add_missions(content.get("missions") or [], where)
    for where, content in notes:
        builder.add_nations(content.get("nations") or [], where)
    builder.add_facts(
        [
            (f"{where} facts[{n}]", fact)
            for where, content in notes
            for n, fact in enumerate(content.get("facts") or [])
        ]
    )
    return builder.out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--research", type=Path, default=RESEARCH)
    parser.add_argument("--seed-dir", type=Path, default=SEED_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        result = build(args.research, args.seed_dir, args.out)
    except FactError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for line in result.skipped:
        print(f"skipped: {line}", file=sys.stderr)
    for slug, covering in sorted(result.unlinked.items()):
        print(f"unlinked: {slug}: {covering} deployments cover its date", file=sys.stderr)
    header = (
        "# Generated by scripts/build_strengths_seed.py from research/*/facts.yaml: "
        "edit the notes, not this file.\n"
    )
    body = yaml.safe_dump(result.document(), allow_unicode=True, sort_keys=False, width=100)
    args.out.write_text(header + body, encoding="utf-8")
    print(
        f"wrote {args.out}: {len(result.sources)} sources, {len(result.nations)} nations, "
        f"{len(result.missions)} missions, "
        f"{len(result.contributions)} contributions (deployments, amounts), "
        f"{len(result.strengths)} strength observations "
        f"({sum(1 for s in result.strengths if s['contribution'])} measuring a deployment; "
        f"of a contributor's, {sum(1 for n in result.unlinked.values() if n == 0)} outside every "
        f"deployment, {sum(1 for n in result.unlinked.values() if n > 1)} ambiguous); "
        f"{len(result.skipped)} skipped",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
