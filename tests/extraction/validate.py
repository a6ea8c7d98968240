#!/usr/bin/env python3
"""Check the extraction test set's gold files.

  python3 tests/extraction/validate.py [--seeds DIR] [GOLD_DIR ...]

For every gold/<stem>.json: JSON parses; "article" names an article file beside gold/
(or in --seeds DIR); entity types and relation names come from ../shared/design.md;
every relation's subject and object name an entity of the file and fit the
subject -> object types of the vocabulary; no two entities share a normalised name or
alias (score.py would map them to one); every alias occurs in the article body
(case-insensitive, after HTML tags and entities are removed). Exit 1 on any error.
"""
import glob
import html
import json
import os
import re
import sys
import unicodedata

TYPES = {"Ministry", "Agency", "Company", "Project", "Mineral", "Person", "Country",
         "Region", "Organization"}
ORG = {"Ministry", "Agency", "Company", "Organization"}
ANY = ORG | {"Country"}
PLACE = {"Country", "Region"}
VOCAB = {
    "head_of": (ORG | {"Person"} - {"Person"}, None),
    "minister_of": ({"Person"}, {"Ministry", "Country"}),
    "works_for": ({"Person"}, ORG),
    "subsidiary_of": ({"Company"}, {"Company"}),
    "owns_stake_in": ({"Company", "Country", "Person"}, {"Company", "Project"}),
    "acquires": ({"Company"}, {"Company", "Project"}),
    "sells": ({"Company"}, {"Company", "Project"}),
    "invests_in": ({"Company", "Country", "Agency"}, {"Project", "Company", "Country"}),
    "partners_with": (ANY, ANY),
    "supplies": ({"Company", "Country"}, {"Company", "Country"}),
    "won_bid_for": ({"Company"}, {"Project"}),
    "withdrew_from": ({"Company"}, {"Project"}),
    "operates": ({"Company"}, {"Project"}),
    "develops": ({"Company"}, {"Project"}),
    "active_in": (ORG, PLACE),
    "located_in": ({"Project", "Region"}, PLACE),
    "based_in": (ORG | {"Person"}, PLACE),
    "part_of": (ORG | {"Region"}, ORG | PLACE),
    "produces": ({"Company", "Project", "Country", "Region"}, {"Mineral"}),
    "has_reserves_of": ({"Project", "Country", "Region"}, {"Mineral"}),
    "exports": ({"Country", "Company"}, {"Mineral"}),
    "imports": ({"Country", "Company"}, {"Mineral"}),
    "includes": ({"Mineral"}, {"Mineral"}),
    "derived_from": ({"Mineral"}, {"Mineral"}),
    "targets_production_of": ({"Country", "Ministry", "Company"}, {"Mineral"}),
    "restricts_exports_of": ({"Country", "Ministry", "Agency"}, {"Mineral"}),
    "supports": ({"Agency", "Ministry", "Country"}, {"Project", "Company"}),
    "approves": ({"Agency", "Ministry", "Person", "Country"}, {"Company", "Project"}),
    "blocks": ({"Agency", "Ministry", "Person", "Country"}, {"Company", "Project"}),
    "estimated": ({"Agency", "Organization"}, {"Country", "Region", "Project"}),
    "sanctions": ({"Country", "Agency"}, {"Country", "Company", "Person"}),
    "lobbied": (ANY | {"Person"}, ORG | {"Person"}),
    "visited": ({"Person"}, PLACE),
}
VOCAB["head_of"] = ({"Person"}, ANY)


def norm(name):  # same as ../shared/peers/ner/score.py
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = s.casefold().strip()
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[.'`]", "", s)
    s = re.sub(r"[^\w]+", " ", s, flags=re.UNICODE)
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return s


def body_text(path):
    with open(path, encoding="utf-8") as f:
        t = f.read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.replace("\u2019", "'").replace("\u2018", "'")
    t = t.replace("\u201c", '"').replace("\u201d", '"')
    t = re.sub(r"'s\b", "", t)
    return " " + norm(t.replace("-", " ")) + " "


def check(gold_path, seeds):
    errs, warns = [], []
    try:
        with open(gold_path, encoding="utf-8") as f:
            g = json.load(f)
    except ValueError as e:
        return [f"{gold_path}: JSON: {e}"], []
    art = g.get("article", "")
    cands = [os.path.join(os.path.dirname(os.path.dirname(gold_path)), art)]
    if seeds:
        cands.append(os.path.join(seeds, art))
    src = next((c for c in cands if os.path.isfile(c)), None)
    if not src:
        errs.append(f"{gold_path}: article {art!r} not found")
        text = None
    else:
        text = body_text(src)
    keys = {}
    types = {}
    for e in g.get("entities", []):
        n, t = e.get("name", ""), e.get("type", "")
        if t not in TYPES:
            errs.append(f"{gold_path}: {n}: bad type {t}")
        for i, a in enumerate([n] + list(e.get("aliases", []))):
            k = norm(a)
            if not k:
                errs.append(f"{gold_path}: {n}: empty alias")
                continue
            if k in keys and keys[k] != n:
                errs.append(f"{gold_path}: {a!r} of {n} collides with {keys[k]}")
            keys[k] = n
            types[k] = t
            if text is not None and f" {norm(a.replace('-', ' '))} " not in text:
                (warns if i == 0 else errs).append(
                    f"{gold_path}: {'name' if i == 0 else 'alias'} {a!r} ({n}) not in text")
    seen = set()
    for r in g.get("relations", []):
        s, rel, o = r.get("subject", ""), r.get("relation", ""), r.get("object", "")
        if rel not in VOCAB:
            errs.append(f"{gold_path}: unknown relation {rel}")
            continue
        for side, x, allowed in (("subject", s, VOCAB[rel][0]), ("object", o, VOCAB[rel][1])):
            k = norm(x)
            if k not in keys:
                errs.append(f"{gold_path}: {rel}: {side} {x!r} is no entity")
            elif types[k] not in allowed:
                errs.append(f"{gold_path}: {s} {rel} {o}: {side} type {types[k]}")
        key = (keys.get(norm(s)), rel, keys.get(norm(o)))
        if key in seen:
            errs.append(f"{gold_path}: duplicate relation {key}")
        seen.add(key)
    return errs, warns


def main(argv):
    seeds = None
    if "--seeds" in argv:
        i = argv.index("--seeds")
        seeds = argv[i + 1]
        del argv[i:i + 2]
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = argv or [os.path.join(here, "dev", "gold"), os.path.join(here, "holdout", "gold"),
                    os.path.join(here, "dev3", "gold"), os.path.join(here, "holdout3", "gold")]
    if seeds is None:
        seeds = os.path.join(here, "..", "..", "..", "shared", "seeds")
    n, bad = 0, 0
    for d in dirs:
        for p in sorted(glob.glob(os.path.join(d, "*.json"))):
            n += 1
            errs, warns = check(p, seeds)
            for w in warns:
                print("warning:", w)
            for e in errs:
                print("error:", e)
            bad += bool(errs)
    print(f"{n} gold file(s), {bad} with errors")
    return 1 if bad or not n else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
