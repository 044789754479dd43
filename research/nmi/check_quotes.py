#!/usr/bin/env python3
"""Check that every quote in research/nmi/facts.yaml occurs verbatim in its excerpt file
(the same test as `grep -F`, done per line of the quote), and that the excerpt headers are present."""
import os, subprocess, sys, yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "app", "seed", "sources")
data = yaml.safe_load(open(os.path.join(ROOT, "research", "nmi", "facts.yaml"), encoding="utf-8"))

files = {s["slug"]: s["text_file"] for s in data.get("sources", [])}
seed = yaml.safe_load(open(os.path.join(ROOT, "app", "seed", "data", "public.yaml"), encoding="utf-8"))
for s in seed["sources"]:
    files.setdefault(s["slug"], s.get("text_file"))

bad = 0
for s in data.get("sources", []):
    head = open(os.path.join(SRC, s["text_file"]), encoding="utf-8").read().split("\n")[:5]
    for i, k in enumerate(["Title: ", "URL: ", "Publisher: ", "Published: ", "Accessed: "]):
        if not head[i].startswith(k):
            print("HEADER", s["text_file"], k); bad += 1

for n, f in enumerate(data.get("facts", []) + data.get("nations", [])):
    tf = files.get(f["source"])
    if not tf:
        print("NO SOURCE", n, f["source"]); bad += 1; continue
    path = os.path.join(SRC, tf)
    qs = f["quote"] if isinstance(f["quote"], list) else [f["quote"]]
    for q in qs:
        r = subprocess.run(["grep", "-F", "-q", "--", q, path])
        if r.returncode != 0:
            print("MISSING", n, f.get("kind"), f["source"], q[:90]); bad += 1
print("facts:", len(data.get("facts", [])), "problems:", bad)
sys.exit(1 if bad else 0)
