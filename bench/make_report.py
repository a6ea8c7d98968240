#!/usr/bin/env python3
"""Tables of medians and kg/peer ratios from bench/run.sh results.

Usage: make_report.py [--readme bench/README.md] [--command CMD] results-*.jsonl

Each results-<size>.jsonl holds one run: kg's lines (peer "kg") and the peers'
(run_all.sh's format). Prints Markdown, or with --readme replaces the part of
README.md between the GENERATED markers. Exit 1 when kg's answers differ from a
peer's that finished the whole query set (or from Boost BFS, kg_bench --verify).
"""
import argparse
import json
import os
import statistics
import sys
from collections import defaultdict

PEERS = ["sqlite", "sqlite (app BFS)", "networkx", "igraph", "kuzu", "kuzu-namepk"]
SIZES = ["small", "medium", "large"]
SHORT = {"small": "S (10k / 50k)", "medium": "M (100k / 1M)", "large": "L (1M / 10M)"}
BEGIN, END = "<!-- BEGIN GENERATED (bench/make_report.py) -->", "<!-- END GENERATED -->"

# measure -> (label, unit, how to read kg, how to read a peer); values in ms or s or MB
TARGETS = {  # size -> measure -> (op, value)
    "medium": {"load": ("<", 1.8), "hop1": ("<=", 0.01), "sp": ("<=", 0.2), "khop3": ("<=", 5.0),
               "cold": ("<", 0.020), "rss": ("<", 50.0), "dot": ("<", 0.1)},
    "large": {"load": ("<", 17.5), "cold": ("<", 0.050), "khop3": ("<=", 50.0), "stats": ("<", 10.0),
              "rss": ("<", 1200.0), "dot": ("<", 0.1)},
}
ROWS = [  # key, label, unit
    ("load", "bulk load (whole process for kg)", "s"),
    ("hop1", "1-hop by name with relation filter, in process (median)", "ms"),
    ("sp", "shortest path between two names, in process (median)", "ms"),
    ("sp_p95", "shortest path, p95", "ms"),
    ("khop3", "3-hop neighbourhood size (median)", "ms"),
    ("khop3_p95", "3-hop neighbourhood size, p95", "ms"),
    ("cold", "cold process: open store + one shortest path", "s"),
    ("rss", "peak memory (peers: whole run; kg: one cold `kg path`)", "MB"),
    ("dot", "DOT of a ~500-node focus subgraph, in process (kg export: whole process)", "s"),
    ("stats", "`kg stats`: degree, PageRank, components, whole process", "s"),
    ("ingest", "`kg ingest` of the same facts as article JSONL", "s"),
]


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def load(path):
    by = defaultdict(list)
    size = None
    for line in open(path):
        line = line.strip()
        if not line.startswith("{"):
            continue
        r = json.loads(line)
        size = size or r.get("size")
        peer, m = r["peer"], r["measure"]
        if peer == "sqlite" and (m == "sp_bfs" or (m == "cold" and r.get("method") == "bfs")):
            peer, m = "sqlite (app BFS)", ("sp" if m == "sp_bfs" else m)
        by[(peer, m)].append(r)
    return size, by


def values(by, peer):
    g = lambda m, k: med([r.get(k) for r in by.get((peer, m), [])])  # noqa: E731
    v = {}
    if peer == "kg":
        v["load"] = g("load", "s")
        v["cold"] = g("cold", "wall_s")
        v["rss"] = g("cold", "peak_rss_mb")
        d = g("dot500", "median_ms")
        v["dot"] = None if d is None else d / 1000
        v["dot_cold"] = g("dot_cold", "s")
        v["stats"] = g("stats", "s")
        v["ingest"] = g("ingest", "s")
    else:
        v["load"] = g("load", "s")
        v["cold"] = g("cold", "wall_s")
        v["rss"] = g("rss", "peak_rss_mb")
    v["hop1"] = g("hop1", "median_ms")
    v["sp"] = g("sp", "median_ms")
    v["sp_p95"] = g("sp", "p95_ms")
    v["khop3"] = g("khop3", "median_ms")
    v["khop3_p95"] = g("khop3", "p95_ms")
    return v


def fmt(x, unit=""):
    if x is None:
        return "–"
    if x >= 100:
        s = f"{x:,.0f}"
    elif x >= 10:
        s = f"{x:.1f}"
    elif x >= 1:
        s = f"{x:.2f}"
    elif x >= 0.01:
        s = f"{x:.3f}"
    else:
        s = f"{x:.4f}"
    return s + (f" {unit}" if unit else "")


def checks(by, size):
    """kg's SP found/sum_hops and 3-hop sum_size against every peer that ran the whole set."""
    out, ok = [], True
    kg_sp = (by.get(("kg", "sp")) or [{}])[-1]
    kg_kh = (by.get(("kg", "khop3")) or [{}])[-1]
    for p in PEERS:
        parts = []
        for m, keys, mine in (("sp", ("found", "sum_hops"), kg_sp), ("khop3", ("sum_size",), kg_kh)):
            for r in by.get((p, m), []):
                if r.get("n") != 100 or r.get("timeouts") or r.get("skipped_budget"):
                    parts.append(f"{m}: incomplete ({r.get('n')}/100), not compared")
                    continue
                for k in keys:
                    same = r.get(k) == mine.get(k)
                    ok &= same
                    parts.append(f"{m}.{k} {'=' if same else '≠'} {r.get(k)}")
        if parts:
            out.append(f"- {p}: " + ", ".join(parts))
    for r in by.get(("kg", "verify"), []):
        ok &= bool(r.get("ok"))
        out.append(f"- Boost BFS over the whole graph in memory, query by query: "
                   f"{'all ' + str(r.get('checked')) + ' answers equal' if r.get('ok') else str(r.get('mismatches')) + ' MISMATCHES'}")
    verdict = ("**All compared answers agree.**" if ok else "**MISMATCH — see below.**")
    if not out:
        verdict = "Nothing compared in this run (no peer, no `kg_bench --verify`)."
    head = (f"kg: {kg_sp.get('found')} of 100 paths found, sum of hops {kg_sp.get('sum_hops')}; "
            f"3-hop sizes sum {kg_kh.get('sum_size')}. " + verdict)
    return [head, ""] + out, ok


def met(size, key, x):
    t = TARGETS.get(size, {}).get(key)
    if t is None or x is None:
        return ""
    op, val = t
    good = x < val if op == "<" else x <= val
    unit = {"load": " s", "cold": " s", "stats": " s", "dot": " s", "rss": " MB"}.get(key, " ms")
    return f"{op} {fmt(val)}{unit}: {'**met**' if good else 'not met'}"


def size_section(path):
    size, by = load(path)
    env = (by.get(("_machine", "env")) or [{}])[-1]
    peers = [p for p in PEERS if any(k[0] == p for k in by)]
    kg = values(by, "kg")
    pv = {p: values(by, p) for p in peers}
    L = [f"### {SHORT.get(size, size)}", ""]
    run = (by.get(("kg", "load")) or [{}])[-1].get("run", "?")
    L.append(f"Run {run}. " + (f"Machine: {env.get('nproc')} cores, {env.get('mem_gib')} GiB, "
             f"{env.get('cpu', '').strip()}, Debian {env.get('debian')}, kernel {env.get('kernel')}; "
             f"load average at the start of the peers' run "
             f"{', '.join(f'{x:.1f}' for x in env.get('loadavg', []))}." if env else "Peers not run."))
    L.append("")
    hdr = "| " + " | ".join(["measure", "kg"] + peers + ["target"]) + " |"
    L += [hdr, "|" + "---|" * (len(peers) + 3)]
    for key, label, unit in ROWS:
        kv = kg.get(key)
        if kv is None and all(pv[p].get(key) is None for p in peers):
            continue
        u = unit
        cells = [fmt(kv, u)]
        if key == "dot" and kg.get("dot_cold") is not None:
            cells[0] += f" (kg export: {fmt(kg['dot_cold'], 's')})"
        for p in peers:
            x = pv[p].get(key)
            if p == "sqlite (app BFS)" and key in ("load", "hop1", "khop3", "khop3_p95", "rss"):
                cells.append("=")
            else:
                cells.append(fmt(x, u))
        L.append(f"| {label} | " + " | ".join(cells) + f" | {met(size, key, kv)} |")
    L.append("")
    if peers:
        L.append("kg / peer (below 1: kg is faster or smaller):")
        L.append("")
        L += ["| measure | " + " | ".join(peers) + " |", "|" + "---|" * (len(peers) + 1)]
    for key, label, unit in ROWS if peers else ():
        if key in ("dot", "stats", "ingest", "sp_p95", "khop3_p95"):
            continue
        cells = []
        for p in peers:
            x, y = kg.get(key), pv[p].get(key)
            if p == "sqlite (app BFS)" and key in ("load", "hop1", "khop3", "rss"):
                cells.append("=")
            elif x is None or not y:
                cells.append("–")
            else:
                cells.append(f"{x / y:.3g}")
        L.append(f"| {label.split(' (')[0]} | " + " | ".join(cells) + " |")
    if peers:
        L.append("")
    lines, ok = checks(by, size)
    L.append("Correctness: " + lines[0])
    L += lines[1:]
    notes = []
    for p in peers:
        for r in by.get((p, "exit"), []):
            if r.get("rc"):
                notes.append(f"- {p} exited rc={r['rc']} (timed out: {r.get('timed_out')})")
    if notes:
        L += ["", "Peer failures:"] + notes
    return size, L, ok, kg


def growth(kgs):
    L = ["### Growth of kg's costs, S → M → L", "",
         "| measure | " + " | ".join(SHORT[s] for s in SIZES if s in kgs) + " |",
         "|" + "---|" * (1 + sum(s in kgs for s in SIZES))]
    for key, label, unit in ROWS:
        if all(kgs[s].get(key) is None for s in kgs):
            continue
        L.append(f"| {label.split(' (')[0]} | " + " | ".join(fmt(kgs[s].get(key), unit) for s in SIZES if s in kgs) + " |")
    return L


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results", nargs="+")
    ap.add_argument("--readme")
    ap.add_argument("--command", default="bench/run.sh M")
    a = ap.parse_args()
    sections, kgs, all_ok = {}, {}, True
    for path in a.results:
        if not os.path.exists(path):
            continue
        size, lines, ok, kg = size_section(path)
        sections[size], kgs[size] = lines, kg
        all_ok &= ok
    out = [BEGIN, "", f"Last command: `{a.command}` (each size's section comes from its own latest run).", ""]
    for s in SIZES:
        if s in sections:
            out += sections[s] + [""]
    out += growth(kgs) + ["", END]
    text = "\n".join(out)
    if a.readme:
        old = open(a.readme).read() if os.path.exists(a.readme) else f"# kg bench\n\n{BEGIN}\n{END}\n"
        if BEGIN in old and END in old:
            pre, rest = old.split(BEGIN, 1)
            post = rest.split(END, 1)[1]
            new = pre + text + post
        else:
            new = old.rstrip() + "\n\n" + text + "\n"
        with open(a.readme, "w") as f:
            f.write(new)
    else:
        print(text)
    sys.exit(0 if all_ok else 1)


if __name__ == "__main__":
    main()
