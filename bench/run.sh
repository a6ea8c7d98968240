#!/usr/bin/env bash
# One command: kg and the peers (../shared/peers/graph) on the same generated
# data and query set; appends everything to bench/results/results-<size>.jsonl
# (this run only) and rewrites the tables of bench/README.md.
#
# Usage: bench/run.sh S|M|L [peer ...]      (peers: sqlite networkx igraph kuzu
#                                            kuzu-namepk; default all; "none" = kg only)
# Env:   KG_DATA (/tmp/kgdata)   generated data, <size>/ as the peers expect
#        KG_WORK (/tmp/kgwork)   stores; kg's under <size>/kg/
#        KG_BUILD (<repo>/build-bench)  a Release build dir; configured and built
#                                 here (kg, kg_bench) when kg_bench is missing
#        COLD_REPS (5)           fresh `kg path` processes timed (median)
#        VERIFY (1 for S and M)  check kg's answers against Boost BFS in memory
#        INGEST (0)              also time `kg ingest` of the article JSONL
#        PEERS_DIR (/work/shared/peers/graph)
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
case "${1:?usage: run.sh S|M|L [peer ...]}" in
  S|s|small) SIZE=small; SHORT=S ;; M|m|medium) SIZE=medium; SHORT=M ;;
  L|l|large) SIZE=large; SHORT=L ;; *) echo "unknown size $1" >&2; exit 2 ;;
esac
shift
PEERS=("$@")
PEERS_DIR="${PEERS_DIR:-/work/shared/peers/graph}"
export KG_DATA="${KG_DATA:-/tmp/kgdata}" KG_WORK="${KG_WORK:-/tmp/kgwork}"
KG_BUILD="${KG_BUILD:-$REPO/build-bench}"
COLD_REPS="${COLD_REPS:-5}"
# INGEST is off by default: the generator draws entity types independently of
# relations, so most synthetic articles break kg's relation signatures and
# `kg ingest` rightly rejects them; `kg import` takes the tables as given.
if [ "$SIZE" = large ]; then VERIFY="${VERIFY:-0}"; else VERIFY="${VERIFY:-1}"; fi
INGEST="${INGEST:-0}"
DATA="$KG_DATA/$SIZE"; WORK="$KG_WORK/$SIZE/kg"
mkdir -p "$WORK" "$HERE/results"
RUN_OUT="$(mktemp -d)"; OUT="$RUN_OUT/results-$SIZE.jsonl"
log() { echo "== $(date -u +%T) $*" >&2; }

"$HERE/gen_corpus.sh" "$SIZE" >/dev/null || exit 1
if [ ! -x "$KG_BUILD/kg_bench" ] || [ ! -x "$KG_BUILD/kg" ]; then
  log "building kg and kg_bench in $KG_BUILD"
  cmake -S "$REPO" -B "$KG_BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null &&
    nice -n 10 cmake --build "$KG_BUILD" --target kg kg_bench -j2 >/dev/null || exit 1
fi
KG="$KG_BUILD/kg"; BENCH="$KG_BUILD/kg_bench"
run_id="$(date -u +%Y%m%dT%H%M%SZ)"

# emit KEY=VALUE... as one JSON line for peer kg
emit() {
  python3 - "$SIZE" "$run_id" "$@" >>"$OUT" <<'PYEOF'
import json, sys
size, run, measure, *kv = sys.argv[1:]
rec = {"peer": "kg", "size": size, "measure": measure, "run": run}
for item in kv:
    k, v = item.split("=", 1)
    try: rec[k] = json.loads(v)
    except ValueError: rec[k] = v
print(json.dumps(rec))
PYEOF
}
# timed CMD...: runs CMD under /usr/bin/time -v; sets WALL (s), RSS (MB), RC
timed() {
  local tf t0 t1; tf="$(mktemp)"
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$tf" "$@" >"$RUN_OUT/last.out" 2>"$RUN_OUT/last.err"; RC=$?
  t1=$(date +%s%N)
  WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", (b - a) / 1e9}')
  RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$tf")
  rm -f "$tf"
}

log "kg $SIZE: import $DATA/{entities,relations}.csv"
DB="$WORK/kg.db"; rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.csr"
timed "$KG" --db "$DB" import "$DATA/entities.csv" "$DATA/relations.csv"
[ "$RC" = 0 ] || { cat "$RUN_OUT/last.err" >&2; exit 1; }
emit load s="$WALL" peak_rss_mb="$RSS" store_mb="$(du -m "$DB" | cut -f1)" \
  how="\"kg import (whole process)\""
cat "$RUN_OUT/last.out" >&2

if [ "$INGEST" = 1 ]; then
  log "kg $SIZE: ingest $DATA/articles.jsonl"
  IDB="$WORK/kg-ingest.db"; rm -f "$IDB" "$IDB-wal" "$IDB-shm"
  timed "$KG" --db "$IDB" ingest "$DATA/articles.jsonl"
  emit ingest s="$WALL" peak_rss_mb="$RSS" rc="$RC" store_mb="$(du -m "$IDB" | cut -f1)"
  tail -3 "$RUN_OUT/last.out" >&2
  rm -f "$IDB" "$IDB-wal" "$IDB-shm"
fi

log "kg $SIZE: in-process queries (kg_bench --report)"
args=(--db "$DB" --queries "$DATA/queries.json" --report --size "$SIZE")
[ "$VERIFY" = 1 ] && args+=(--verify)
"$BENCH" "${args[@]}" >>"$OUT" || log "kg_bench reported a problem (see above)"

read -r SRC DST < <(python3 -c 'import json,sys; q=json.load(open(sys.argv[1]))["cold"]; print(q["src"].replace(" ","\x01"), q["dst"].replace(" ","\x01"))' "$DATA/queries.json")
SRC="${SRC//$'\x01'/ }"; DST="${DST//$'\x01'/ }"
log "kg $SIZE: cold path \"$SRC\" → \"$DST\" x$COLD_REPS"
for i in $(seq 1 "$COLD_REPS"); do
  timed "$KG" --db "$DB" path "$SRC" "$DST" --format tsv
  hops=$(grep -c . "$RUN_OUT/last.out"); 
  emit cold wall_s="$WALL" peak_rss_mb="$RSS" rc="$RC" lines="$hops"
done

log "kg $SIZE: kg stats (PageRank, components over the whole graph)"
timed "$KG" --db "$DB" stats
emit stats s="$WALL" peak_rss_mb="$RSS" rc="$RC"

FOCUS=$(python3 -c 'import json,sys
for l in open(sys.argv[1]):
    r=json.loads(l)
    if r.get("measure")=="dot500": print(r["focus"])' "$OUT" | tail -1)
if [ -n "$FOCUS" ]; then
  log "kg $SIZE: kg export --format dot --focus \"$FOCUS\" --depth 1"
  timed "$KG" --db "$DB" export --format dot --focus "$FOCUS" --depth 1 --max-nodes 0 -o "$RUN_OUT/focus.dot"
  [ "$RC" = 0 ] || timed "$KG" --db "$DB" export --format dot --focus "$FOCUS" --depth 1 -o "$RUN_OUT/focus.dot"
  emit dot_cold s="$WALL" peak_rss_mb="$RSS" rc="$RC" bytes="$(stat -c %s "$RUN_OUT/focus.dot" 2>/dev/null || echo 0)"
fi

if [ "${PEERS[0]:-}" != none ]; then
  if ! node -e "require('/tmp/peers-node/node_modules/kuzu')" 2>/dev/null ||
     ! /usr/bin/python3 -c 'import igraph' 2>/dev/null; then
    log "peers: setup.sh (once)"; bash "$PEERS_DIR/setup.sh" >&2 || exit 1
  fi
  log "peers $SIZE: run_all.sh ${PEERS[*]:-(all)}"
  PEERS_OUT="$RUN_OUT" bash "$PEERS_DIR/run_all.sh" "$SIZE" "${PEERS[@]}"
fi

cp "$OUT" "$HERE/results/results-$SIZE.jsonl"
python3 "$HERE/make_report.py" --readme "$HERE/README.md" \
  --command "bench/run.sh $SHORT${PEERS[*]:+ ${PEERS[*]}}" "$HERE"/results/results-*.jsonl
log "results: $HERE/results/results-$SIZE.jsonl; tables in $HERE/README.md"
