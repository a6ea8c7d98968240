#!/usr/bin/env bash
# Synthetic corpora for the bench, at S (10k entities / 50k relations),
# M (100k / 1M) or L (1M / 10M): the peers' CSVs and query set from
# ../shared/peers/graph (gen_graph.py seed 42, make_queries.py seed 7), then the
# same facts as kg article JSONL (csv_to_jsonl.py). Existing files are kept.
#
# Usage: bench/gen_corpus.sh S|M|L|small|medium|large
# Env:   KG_DATA (default /tmp/kgdata): writes $KG_DATA/<size>/{entities.csv,
#        relations.csv,queries.json,articles.jsonl}; PEERS (default
#        /work/shared/peers/graph).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PEERS="${PEERS:-/work/shared/peers/graph}"
KG_DATA="${KG_DATA:-/tmp/kgdata}"
case "${1:?usage: gen_corpus.sh S|M|L}" in
  S|s|small) SIZE=small ;; M|m|medium) SIZE=medium ;; L|l|large) SIZE=large ;;
  *) echo "unknown size $1 (S, M or L)" >&2; exit 2 ;;
esac
DATA="$KG_DATA/$SIZE"
PY="${PY:-python3}"
[ -f "$DATA/relations.csv" ] || "$PY" "$PEERS/gen_graph.py" --out "$DATA" --size "$SIZE"
[ -f "$DATA/queries.json" ] || "$PY" "$PEERS/make_queries.py" "$DATA"
[ -f "$DATA/articles.jsonl" ] || "$PY" "$HERE/csv_to_jsonl.py" "$DATA"
echo "$DATA"
