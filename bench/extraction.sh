#!/usr/bin/env bash
# bench/extraction.sh: kg's extraction quality and speed beside the peer NER
# libraries, on the hand-annotated sets of tests/extraction/.
#
#   bench/extraction.sh [KG_BINARY]        (default: build/kg, or $KG)
#
# For each of tests/extraction/{dev,dev2..dev34,holdout,holdout3} (KG_BENCH_SETS):
#   - quality: `kg eval --gold <set>/gold <articles>` (the seed page of dev is
#     read from ../shared/seeds), and the same scorer (score.py) on the peers;
#   - speed: `kg extract` over every article of the set, repeated until at
#     least $KG_BENCH_MB MB (default 20) went through one process; reported as
#     MB/s of article bytes per CPU second (user+sys of the kg process, so the
#     figure is per core and does not depend on other load), and wall MB/s.
# Peers (../shared/peers/ner: compromise, wink-nlp) run on the .txt articles
# only, from a writable copy in a temporary folder (npm install there once);
# set KG_BENCH_PEERS=0 to skip them, KG_BENCH_SETS="dev dev2" to choose sets.
# Read the holdout line, never its files.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KG="${1:-${KG:-$ROOT/build/kg}}"
PEERS_SRC="${PEERS_SRC:-$ROOT/../shared/peers/ner}"
[ -d "$PEERS_SRC" ] || PEERS_SRC=/work/shared/peers/ner
SEEDS="$ROOT/../shared/seeds"
[ -d "$SEEDS" ] || SEEDS=/work/shared/seeds
MB="${KG_BENCH_MB:-20}"
WORK="$(mktemp -d /tmp/kg-bench-extraction.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
if [ ! -x "$KG" ]; then echo "no kg binary at $KG" >&2; exit 2; fi

peers_ready=0
if [ "${KG_BENCH_PEERS:-1}" != 0 ] && command -v node >/dev/null && [ -d "$PEERS_SRC" ]; then
  cache="${KG_BENCH_PEERS_DIR:-/tmp/kg-bench-peers}"
  if [ ! -d "$cache/node_modules" ]; then
    rm -rf "$cache"; cp -r "$PEERS_SRC" "$cache"
    (cd "$cache" && npm install --no-audit --no-fund >/dev/null 2>&1) || true
  fi
  [ -d "$cache/node_modules" ] && peers_ready=1
fi

SETS="${KG_BENCH_SETS:-dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev18 dev19 dev20 dev21 dev22 dev23 dev24 dev25 dev26 dev27 dev28 dev29 dev30 dev31 dev32 dev33 dev34 holdout holdout3}"
for set in $SETS; do
  dir="$ROOT/tests/extraction/$set"
  [ -d "$dir/gold" ] || continue
  files=()
  for g in "$dir"/gold/*.json; do
    a="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["article"])' "$g")"
    if [ -f "$dir/$a" ]; then files+=("$dir/$a"); elif [ -f "$SEEDS/$a" ]; then files+=("$SEEDS/$a"); fi
  done
  "$KG" eval --gold "$dir/gold" --format json "${files[@]}" > "$WORK/kg_$set.json"
  python3 - "$KG" "$MB" "$WORK/kg_$set.json" "$set" "${files[@]}" > "$WORK/kg_$set.txt" <<'PY'
import json, os, resource, subprocess, sys, time
kg, mb, report, name, files = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]
size = sum(os.path.getsize(f) for f in files)
reps = max(1, int(mb * 1e6 / max(size, 1)))
before = resource.getrusage(resource.RUSAGE_CHILDREN)
t0 = time.monotonic()
subprocess.run([kg, "extract"] + files * reps, stdout=subprocess.DEVNULL, check=True)
wall = time.monotonic() - t0
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
r = json.load(open(report))
def g(d, *path):
    for p in path:
        d = d.get(p, {}) if isinstance(d, dict) else {}
    return d if isinstance(d, (int, float)) else 0.0
print(json.dumps({"set": name, "articles": len(files), "bytes": size * reps,
                  "mb_s_cpu": size * reps / max(cpu, 1e-9) / 1e6,
                  "mb_s_wall": size * reps / max(wall, 1e-9) / 1e6, "report": r}))
PY
  if [ "$peers_ready" = 1 ]; then
    mkdir -p "$WORK/art_$set"
    for f in "${files[@]}"; do case "$f" in *.txt) cp "$f" "$WORK/art_$set/";; esac; done
    bash "$cache/run_all.sh" "$WORK/art_$set" "$WORK/peers_$set" > "$WORK/peers_$set.log" 2>&1 || true
  fi
done

ROOT="$ROOT" SETS="$SETS" python3 - "$WORK" "$peers_ready" "${cache:-}" <<'PY'
import glob, json, os, subprocess, sys
work, peers_ready, cache = sys.argv[1], sys.argv[2] == "1", sys.argv[3]
def find(d, keys):
    """First dict under d that has all keys (the report layout may nest)."""
    if isinstance(d, dict):
        if all(k in d for k in keys): return d
        for v in d.values():
            r = find(v, keys)
            if r: return r
    if isinstance(d, list):
        for v in d:
            r = find(v, keys)
            if r: return r
    return None
def prf(d):
    if not d: return "    -     -     -"
    p = d.get("precision", d.get("p", 0)); r = d.get("recall", d.get("r", 0)); f = d.get("f1", 0)
    return f"{p:5.3f} {r:5.3f} {f:5.3f}"
hdr = f"{'set':8} {'extractor':12} {'ent typed P R F1':>18} {'ent untyped P R F1':>18} {'rel labelled P R F1':>20} {'rel unlab. P R F1':>18} {'MB/s/core':>9} {'MB/s wall':>9}"
print(hdr); print("-" * len(hdr))
for set in os.environ["SETS"].split():
    path = os.path.join(work, f"kg_{set}.txt")
    if not os.path.exists(path): continue
    k = json.loads(open(path).read())
    rep = k["report"]
    ent = rep.get("entities", {})
    rel = rep.get("relations", {})
    et = find(ent.get("typed", ent), ["precision", "recall"]) if isinstance(ent, dict) else None
    eu = find(ent.get("untyped", {}), ["precision", "recall"]) if isinstance(ent, dict) else None
    rl = find(rel.get("labeled", rel.get("labelled", {})), ["precision", "recall"]) if isinstance(rel, dict) else None
    ru = find(rel.get("unlabeled", rel.get("unlabelled", {})), ["precision", "recall"]) if isinstance(rel, dict) else None
    print(f"{set:8} {'kg':12} {prf(et):>18} {prf(eu):>18} {prf(rl):>20} {prf(ru):>18} {k['mb_s_cpu']:9.2f} {k['mb_s_wall']:9.2f}")
    if not peers_ready: continue
    timing = {}
    tfile = os.path.join(work, f"peers_{set}", "timing.tsv")
    size = sum(os.path.getsize(f) for f in glob.glob(os.path.join(work, f"art_{set}", "*.txt")))
    if os.path.exists(tfile):
        for line in open(tfile).read().splitlines()[1:]:
            c = line.split("\t")
            timing[c[0]] = c
    for peer_dir in sorted(glob.glob(os.path.join(work, f"peers_{set}", "*/"))):
        peer = os.path.basename(peer_dir.rstrip("/"))
        out = subprocess.run(["python3", os.path.join(cache, "score.py"), "--dir",
                              os.path.join(os.environ["ROOT"], "tests", "extraction", set, "gold"),
                              peer_dir, "--json"], capture_output=True, text=True).stdout
        try: s = json.loads(out)
        except Exception: continue
        e = s.get("entities", {})
        t = timing.get(peer)
        proc = float(t[5]) if t and t[5] not in ("-", "") else (float(t[2]) if t else 0)
        speed = size / proc / 1e6 if proc else 0
        print(f"{set:8} {peer:12} {prf(e.get('typed', {}).get('overall')):>18} {prf(e.get('untyped', {}).get('overall')):>18} {'-':>20} {'-':>18} {speed:9.3f} {'':>9}")
print("\nMB/s/core: article bytes per CPU second of the kg process (peers: per second of"
      " in-process processing time, .txt articles only; articles the peers do not read score as misses).")
PY
