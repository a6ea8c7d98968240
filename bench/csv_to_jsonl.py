#!/usr/bin/env python3
"""Turn a generated graph (gen_graph.py's entities.csv + relations.csv) into kg
article JSONL, so `kg ingest` and `kg import` load the same facts.

Usage: csv_to_jsonl.py DATA_DIR [--per-article 1000]  -> DATA_DIR/articles.jsonl

Each article holds --per-article consecutive relations of relations.csv with the
entities they name (entities no relation names go into the first articles), so
entity resolution across articles is exercised: "Company 12" is one node however
many articles name it. Types and relations map to kg's vocabulary exactly as
`kg import` maps them (ingest/graph_csv.cc): Facility is a Project; OWNS is
owns_stake_in, EMPLOYS is works_for from the other end, and so on. Python stdlib only.
"""
import argparse
import json
import os
import sys

KG_TYPES = {"Person", "Company", "Project", "Organization", "Agency", "Region",
            "Mineral", "Ministry", "Country"}
TYPE_MAP = {"Facility": "Project"}

# peer relation -> (kg relation, reversed); the same table as kPeerRelations.
REL_MAP = {
    "OWNS": ("owns_stake_in", False), "LOCATED_IN": ("located_in", False),
    "EMPLOYS": ("works_for", True), "FUNDS": ("invests_in", False),
    "PARTNERS_WITH": ("partners_with", False), "SUPPLIES": ("supplies", False),
    "REGULATES": ("approves", False), "SUBSIDIARY_OF": ("subsidiary_of", False),
    "INVESTS_IN": ("invests_in", False), "OPERATES": ("operates", False),
    "EXTRACTS": ("produces", False), "PRODUCES": ("produces", False),
    "CONTRACTS_WITH": ("partners_with", False), "MEMBER_OF": ("part_of", False),
    "MANAGES": ("operates", False), "SUPERVISES": ("part_of", True),
    "EXPORTS_TO": ("supplies", False), "IMPORTS_FROM": ("supplies", True),
    "LICENSES": ("approves", False), "SANCTIONS": ("sanctions", False),
}


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data")
    ap.add_argument("--per-article", type=int, default=1000)
    a = ap.parse_args()
    names, types = [], []
    with open(os.path.join(a.data, "entities.csv")) as f:
        next(f)
        for line in f:
            i, name, t = line.rstrip("\n").split(",")
            assert int(i) == len(names)
            names.append(name)
            types.append(TYPE_MAP.get(t, t) if TYPE_MAP.get(t, t) in KG_TYPES else "Organization")
    mentioned = bytearray(len(names))
    out_path = os.path.join(a.data, "articles.jsonl")
    n_articles = 0

    def write(f, rels, extra):
        nonlocal n_articles
        local = {}
        ents = []
        def ref(i):
            if i not in local:
                local[i] = f"e{len(ents)}"
                ents.append({"id": local[i], "name": names[i], "type": types[i]})
                mentioned[i] = 1
            return local[i]
        out_rels = []
        for s, d, r, line in rels:
            kr, rev = REL_MAP[r]
            subj, obj = (d, s) if rev else (s, d)
            out_rels.append({"subject": ref(subj), "relation": kr, "object": ref(obj),
                             "evidence": f"{names[s]} {r} {names[d]} (relations.csv line {line})."})
        for i in extra:
            ref(i)
        n_articles += 1
        doc = {"id": f"bench-{n_articles:07d}", "title": f"Synthetic article {n_articles}",
               "source": "bench", "published": f"2025-{1 + n_articles % 12:02d}-01",
               "entities": ents, "relations": out_rels}
        f.write(json.dumps(doc, separators=(",", ":")) + "\n")

    with open(os.path.join(a.data, "relations.csv")) as f, open(out_path + ".tmp", "w") as out:
        next(f)
        batch = []
        for lineno, line in enumerate(f, start=2):
            s, d, r = line.rstrip("\n").split(",")
            batch.append((int(s), int(d), r, lineno))
            if len(batch) == a.per_article:
                write(out, batch, ())
                batch = []
        if batch:
            write(out, batch, ())
        lonely = [i for i in range(len(names)) if not mentioned[i]]
        for k in range(0, len(lonely), a.per_article):
            write(out, [], lonely[k:k + a.per_article])
    os.replace(out_path + ".tmp", out_path)
    print(f"wrote {n_articles} articles to {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
