#!/usr/bin/env bash
# Answer rank's features (issue 16; src/core/answer-rank.ts, training/recall/answer_rank.py): the
# readers' votes on every one-value request of writers FIRST…LAST's short guard sets (the fit's
# writers; later writers stay held out), written by the eval itself into build/rank/, two sets at a
# time. The guard sets come from `python3 -m training.recall.guard --out build/recall-eval`.
#   bash scripts/answer-rank-features.sh 1 62
set -euo pipefail
first=${1:?first writer}
last=${2:?last writer}
mkdir -p build/rank
run() {
  local n=$1 set
  set=guard-other$([ "$n" = 1 ] || echo "$n")-short
  npx tsx scripts/eval.ts --cases "build/recall-eval/$set.jsonl" --max-new 128 --focus similarity \
    --out "build/rank/$set.eval.json" --rank-features "build/rank/$set.jsonl" > "build/rank/$set.log" 2>&1 ||
    { echo "[answer-rank] $set failed: build/rank/$set.log" >&2; return 1; }
  echo "[answer-rank] $set done"
}
export -f run
seq "$first" "$last" | xargs -P 2 -I{} bash -c 'run {}'
