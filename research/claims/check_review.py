"""Checks research/claims/review.yaml against the seed (run from anywhere):

* every citation of the article in app/seed/data/document.yaml has exactly one review;
* identical or overlapping quotes on the same subject have the same verdict;
  the same sentence on different subjects with different verdicts has notes on both;
* every new citation's quote occurs verbatim (grep -F) in its excerpt, new excerpts
  start with the FORMAT.md header block, keys are new and unique;
* corrected_by / corroborated_by name existing or new public citations;
* split quotes are substrings of the article text.
Prints counts per verdict; exits 1 on any error.
"""
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
ART = "role-of-nato-and-partners-in-iraq"
VERDICTS = {"corroborated", "disputed", "misleading", "unverifiable", "opinion"}
HEADER = ["Title: ", "URL: ", "Publisher: ", "Published: ", "Accessed: "]


def citations(d):
    for kind, plural, idf in [("organization", "organizations", "slug"), ("nation", "nations", "iso3"),
                              ("mission", "missions", "slug"), ("contribution", "contributions", "slug"),
                              ("lesson", "lessons", "slug")]:
        for r in d.get(plural) or []:
            for c in r.get("citations") or []:
                yield {kind: r[idf]}, c
            if kind == "lesson":
                for m in r.get("missions") or []:
                    if isinstance(m, dict):
                        for c in m.get("citations") or []:
                            yield {"lesson_mission": [r["slug"], m["mission"]]}, c
    for c in d.get("citations") or []:
        yield c["subject"], c


def article_citations(d):
    return [(s, c) for s, c in citations(d) if c["source"] == ART]


def main():
    errors = []
    doc = yaml.safe_load(open(ROOT / "app/seed/data/document.yaml", encoding="utf-8"))
    pub = yaml.safe_load(open(ROOT / "app/seed/data/public.yaml", encoding="utf-8"))
    rv = yaml.safe_load(open(ROOT / "research/claims/review.yaml", encoding="utf-8"))
    art = article_citations(doc)
    art_text = (ROOT / "app/seed/sources" / f"{ART}.txt").read_text(encoding="utf-8")

    # 1. exactly one review per article citation
    keys = [c["key"] for _, c in art]
    rkeys = Counter(r["key"] for r in rv["reviews"])
    for k in keys:
        if rkeys[k] != 1:
            errors.append(f"{k}: {rkeys[k]} reviews")
    for k in rkeys:
        if k not in keys:
            errors.append(f"review for unknown key {k}")
    by_key = {r["key"]: r for r in rv["reviews"]}

    # public keys
    pub_keys = {c["key"]: (s, c) for s, c in citations(pub) if c.get("key")}
    doc_keys = {c["key"] for _, c in citations(doc) if c.get("key")}
    new_keys = Counter(c["key"] for c in rv["new_citations"])
    for k, n in new_keys.items():
        if n > 1 or k in pub_keys or k in doc_keys:
            errors.append(f"new citation key {k} not new/unique")
    targets = set(pub_keys) | set(new_keys)

    # sources
    src_slugs = {s["slug"]: s for s in pub["sources"] + doc["sources"]}
    for s in rv["new_sources"]:
        if s["slug"] in src_slugs:
            errors.append(f"new source {s['slug']} already exists")
        src_slugs[s["slug"]] = s
        p = ROOT / "app/seed/sources" / s["text_file"]
        if not p.exists():
            errors.append(f"missing excerpt {p}")
            continue
        lines = p.read_text(encoding="utf-8").split("\n")
        for i, h in enumerate(HEADER):
            if not lines[i].startswith(h):
                errors.append(f"{p.name}: line {i+1} should start with {h!r}")
        if lines[5] != "":
            errors.append(f"{p.name}: header must be followed by a blank line")
        if lines[1] != "URL: " + s["url"]:
            errors.append(f"{p.name}: URL line differs from the source's url")

    # 3. new citation quotes verbatim (grep -F, which reads line by line: multi-line quotes are
    #    checked per line with grep and as a whole in Python)
    for c in rv["new_citations"]:
        s = src_slugs.get(c["source"])
        if not s:
            errors.append(f"{c['key']}: unknown source {c['source']}")
            continue
        p = ROOT / "app/seed/sources" / s["text_file"]
        for line in c["quote"].split("\n"):
            if subprocess.run(["grep", "-qF", "--", line, str(p)]).returncode != 0:
                errors.append(f"{c['key']}: grep -F fails for {line[:60]!r} in {p.name}")
        if c["quote"] not in p.read_text(encoding="utf-8"):
            errors.append(f"{c['key']}: quote not a substring of {p.name}")
        kind, val = next(iter(c["subject"].items()))
        known = {"mission": "missions", "contribution": "contributions", "organization": "organizations",
                 "lesson": "lessons", "nation": "nations"}[kind]
        slugs = {r.get("slug") or r.get("iso3") for f in (pub, doc) for r in f.get(known) or []}
        if val not in slugs:
            errors.append(f"{c['key']}: subject {c['subject']} unknown")

    # 4. review fields
    for r in rv["reviews"]:
        v = r["verdict"]
        if v not in VERDICTS:
            errors.append(f"{r['key']}: bad verdict {v}")
        if v in {"disputed", "misleading", "unverifiable"} and not r.get("note"):
            errors.append(f"{r['key']}: {v} needs a note")
        if v in {"disputed", "misleading"}:
            if r.get("corrected_by") not in targets:
                errors.append(f"{r['key']}: corrected_by {r.get('corrected_by')} not a public citation")
        elif r.get("corrected_by"):
            errors.append(f"{r['key']}: corrected_by only for disputed/misleading")
        if v == "corroborated":
            cb = r.get("corroborated_by") or []
            if not cb or any(k not in targets for k in cb):
                errors.append(f"{r['key']}: corroborated_by {cb} missing or unknown")
        for part in r.get("split") or []:
            if part["quote"] not in r["quote"] or part["quote"] not in art_text:
                errors.append(f"{r['key']}: split quote {part['quote']!r} not in the quote/article")

    # 2. one sentence, one verdict
    items = [(s, c["quote"], by_key[c["key"]]) for s, c in art if c["key"] in by_key]
    cross = []
    for i, (s1, q1, r1) in enumerate(items):
        for s2, q2, r2 in items[i + 1:]:
            if not (q1 in q2 or q2 in q1):
                continue
            if r1["verdict"] == r2["verdict"]:
                continue
            same_subject = s1 == s2
            # a split resolves the overlap: the citations will quote disjoint parts
            split_ok = r1.get("split") and r1.get("split") == r2.get("split")
            if same_subject and not split_ok:
                errors.append(f"same subject {s1}, overlapping quotes, verdicts differ: {r1['key']}={r1['verdict']} {r2['key']}={r2['verdict']}")
            elif not (r1.get("note") and r2.get("note")):
                errors.append(f"overlapping quotes differ without notes: {r1['key']} {r2['key']}")
            else:
                cross.append((r1["key"], r1["verdict"], r2["key"], r2["verdict"], "split" if split_ok else "note"))

    # 2b. after the splits: each citation's new quote, same subject -> same verdict when overlapping
    eff = []
    for s_, c in art:
        r = by_key.get(c["key"])
        if not r:
            continue
        q = c["quote"]
        for part in r.get("split") or []:
            if part["key"] == c["key"]:
                if part["subject"] != s_:
                    errors.append(f"{c['key']}: split part for this key has subject {part['subject']} != {s_}")
                if part["verdict"] != r["verdict"]:
                    errors.append(f"{c['key']}: split part verdict {part['verdict']} != review verdict {r['verdict']}")
                q = part["quote"]
        eff.append((s_, q, r))
    after = 0
    for i, (s1, q1, r1) in enumerate(eff):
        for s2, q2, r2 in eff[i + 1:]:
            if (q1 in q2 or q2 in q1) and r1["verdict"] != r2["verdict"]:
                after += 1
                if s1 == s2:
                    errors.append(f"after splits: {r1['key']} and {r2['key']} overlap on {s1} with different verdicts")

    counts = Counter(r["verdict"] for r in rv["reviews"])
    was = Counter((r["was"], r["verdict"]) for r in rv["reviews"])
    distinct = len({c["quote"] for _, c in art})
    print(f"article citations: {len(keys)}; reviewed: {len(set(keys) & set(rkeys))}; distinct quotes: {distinct}")
    for v in ["corroborated", "disputed", "misleading", "unverifiable", "opinion"]:
        print(f"  {v:13} {counts[v]}")
    print("status before -> verdict:", dict(sorted(was.items())))
    print(f"overlapping quotes with different verdicts on different subjects (explained): {len(cross)}; after splits: {after}")
    if "-v" in sys.argv:
        for x in cross:
            print("   ", *x)
    print(f"new sources {len(rv['new_sources'])}, new citations {len(rv['new_citations'])}, "
          f"pseudo-contributors {len(rv['pseudo_contributors'])}, duplicates {len(rv['duplicates'])}, "
          f"worked examples {len(rv['worked_examples'])}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
