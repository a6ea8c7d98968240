#!/usr/bin/env bash
# bench/ingest_10k.sh: `kg ingest` of a 10 000-article raw-text corpus into a
# fresh store (issue 3: "a 10 000-article corpus ingested in under a minute
# on this 2-core machine"; issue 6: extraction on all cores, one writer).
#
#   bench/ingest_10k.sh [KG_BINARY]        (default: build/kg, or $KG)
#
# The corpus is generated into a temporary folder (never committed): the
# articles of tests/extraction/dev and dev2, the seed page and the texts of
# data/articles, each copy lightly varied so that no two articles are the
# same: a few capitalised names swapped for made-up ones (consistently within
# the article, so the extractor still finds and links them), numbers nudged.
# .html and .md articles stay HTML and Markdown, so cleaning is exercised.
# Each setting runs $KG_BENCH_RUNS times (default 3), each into a new store;
# reported: median wall time, median CPU time (user+sys of kg), median peak
# RSS, for the default (--jobs = hardware threads) and for --jobs 1.
# KG_BENCH_JOBS="0 1" chooses the settings (0 = kg's default);
# KG_BENCH_ARTICLES the corpus size.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KG="${1:-${KG:-$ROOT/build/kg}}"
SEEDS="$ROOT/../shared/seeds"
[ -d "$SEEDS" ] || SEEDS=/work/shared/seeds
if [ ! -x "$KG" ]; then echo "no kg binary at $KG" >&2; exit 2; fi
WORK="$(mktemp -d /tmp/kg-bench-ingest.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$ROOT" "$SEEDS" "$WORK/corpus" "${KG_BENCH_ARTICLES:-10000}" <<'PY'
import glob, json, os, random, re, sys
root, seeds, out, total = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
bases = []  # (extension, text)
for s in ("dev", "dev2"):
    for f in sorted(glob.glob(os.path.join(root, "tests", "extraction", s, "*"))):
        if os.path.isfile(f) and f.rsplit(".", 1)[-1] in ("txt", "html", "md") \
                and not f.endswith("README.md"):
            bases.append((f.rsplit(".", 1)[-1], open(f, encoding="utf-8").read()))
for f in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
    bases.append(("txt", open(f, encoding="utf-8").read()))
for f in sorted(glob.glob(os.path.join(root, "data", "articles", "*.json"))):
    d = json.load(open(f, encoding="utf-8"))
    if d.get("text"):
        bases.append(("txt", (d.get("title", "") + "\n\n" + d["text"]).strip() + "\n"))
onsets = ["b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "gr", "st", "tr", "br", "kh"]
vowels = ["a", "e", "i", "o", "u", "ay", "io"]
codas = ["", "n", "r", "s", "x", "l", "k", "m"]
def made_up(rng):
    n = rng.randint(2, 3)
    w = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(n)) + rng.choice(codas)
    return w.capitalize()
word = re.compile(r"\b[A-Z][a-z]{3,}\b")
number = re.compile(r"\b\d{2,3}\b")
skip = {"The", "This", "That", "These", "There", "They", "When", "While", "With",
        "From", "After", "According", "China", "Russia", "United", "States"}
os.makedirs(out, exist_ok=True)
size = 0
for i in range(total):
    ext, text = bases[i % len(bases)]
    rng = random.Random(i)
    names = sorted({m.group(0) for m in word.finditer(text)} - skip)
    swap = {n: made_up(rng) for n in rng.sample(names, min(len(names), rng.randint(3, 8)))}
    if swap:
        text = re.sub(r"\b(" + "|".join(map(re.escape, swap)) + r")\b",
                      lambda m: swap[m.group(0)], text)
    text = number.sub(lambda m: str(int(m.group(0)) + rng.randint(0, 9))
                      if rng.random() < 0.3 else m.group(0), text)
    sub = os.path.join(out, f"{i // 1000:02d}")
    os.makedirs(sub, exist_ok=True)
    path = os.path.join(sub, f"{i:05d}.{ext}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    size += len(text.encode("utf-8"))
print(f"corpus: {total} articles from {len(bases)} originals, {size / 1e6:.1f} MB, in {out}")
PY

python3 - "$KG" "$WORK" "${KG_BENCH_RUNS:-3}" ${KG_BENCH_JOBS:-0 1} <<'PY'
import os, statistics, subprocess, sys, time
kg, work, runs, settings = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
corpus = os.path.join(work, "corpus")
print(f"{'jobs':>8} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12} {'articles/s':>11}  (median of {runs})", flush=True)
for jobs in settings:
    walls, cpus, rss = [], [], []
    for r in range(runs):
        db = os.path.join(work, f"kg_{jobs}_{r}.db")
        args = [kg, "--db", db, "ingest", "-q", corpus] + (["--jobs", jobs] if jobs != "0" else [])
        t0 = time.monotonic()
        p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        out = p.stdout.read().decode(); err = p.stderr.read().decode()
        if os.waitstatus_to_exitcode(status) != 0 or " 0 rejected" not in out:
            sys.exit(f"kg ingest failed ({status}):\n{out}{err}")
        walls.append(wall); cpus.append(ru.ru_utime + ru.ru_stime); rss.append(ru.ru_maxrss / 1024)
        for suffix in ("", "-wal", "-shm", ".csr"):
            if os.path.exists(db + suffix): os.remove(db + suffix)
    n = int(out.split(" new,")[0].split()[-1])
    label = "default" if jobs == "0" else jobs
    print(f"{label:>8} {statistics.median(walls):8.2f} {statistics.median(cpus):8.2f} "
          f"{statistics.median(rss):12.1f} {n / statistics.median(walls):11.0f}", flush=True)
print(f"machine: {os.cpu_count()} hardware threads, load {os.getloadavg()[0]:.1f}; "
      f"store summary of the last run: {out.strip().splitlines()[-1]}")
PY
