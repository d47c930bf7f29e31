#!/usr/bin/env bash
# One device command (seed concept: training that stops and continues where it stopped, under a
# hard lease): probe → unpack the carry → train a base model on the recall mix by the clock →
# EMA weights → quick_eval + perplexity → ONNX package → everything into $OUT.
#   bash training/device/run.sh --minutes 8                      # on the device (carry build/device-carry)
#   OUT=/tmp/devout bash training/device/run.sh --minutes 1 --preset tiny --device cpu   # CPU dry run
# Training stops by the clock (--max-minutes); --total-steps is the cosine schedule's length, after
# which the rate stays at its floor. Flags (defaults): --minutes 8 (total, probe to last copy)
#   --preset base --device auto --batch 32 --seq-len 1024 --total-steps 6000 --lr 0.0015
#   --synthetic-frac 0.6 --qe-n 100 --finish-minutes 2.5 (cuda) / 0.6 (cpu)
#   --startup-seconds 30 (cuda) / 10 (cpu) --ckpt-minutes 2 --threads 8
#   --eval-every 250 --eval-rows 8 --ppl-rows 64 --init-from CKPT (weights to start from; default:
#   scratch) --carry build/device-carry/data.tar.xz --work /tmp/devrun --seed 2030
#   --recall-shapes JSON (recall episode shapes, e.g. '{"single": 0.3, "found": 0.25, ...}'; default
#   training.recall.episodes.TRAIN_SHAPE_WEIGHTS)
# $OUT at the end (≤ 8 files, each ≤ 16 MiB: the device tool's limits): results.json,
# report.tar.gz (probe.txt, run.log, ppl.json, quick_eval.json, runs/, package config/manifest),
# ema.pt.partNN (the EMA weights-only checkpoint; rewritten at every periodic checkpoint),
# decoder.onnx.partNN (only where it fits: not for base). Join parts: python3 -m training.device.budget join OUT/ema.pt ema.pt
set -u
T0=$(date +%s)
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
OUT=${OUT:?set OUT (the device tool sets it)}
mkdir -p "$OUT"
MINUTES=8 PRESET=base DEVICE=auto BATCH=32 SEQ=1024 TOTAL_STEPS=6000 LR=0.0015 SYN=0.6 QE_N=100
FINISH= STARTUP= CKPT_MIN=2 THREADS=8 EVAL_EVERY=250 CARRY=build/device-carry/data.tar.xz
WORK=/tmp/devrun SEED=2030 EVAL_ROWS=8 PPL_ROWS=64 INIT_FROM= NATIVE= WORKERS=0 COMPOSED=0 QUOTE=0 SHAPES=
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES=$2 ;; --preset) PRESET=$2 ;; --device) DEVICE=$2 ;; --batch) BATCH=$2 ;;
    --seq-len) SEQ=$2 ;; --total-steps) TOTAL_STEPS=$2 ;; --lr) LR=$2 ;; --synthetic-frac) SYN=$2 ;;
    --qe-n) QE_N=$2 ;; --finish-minutes) FINISH=$2 ;; --startup-seconds) STARTUP=$2 ;;
    --ckpt-minutes) CKPT_MIN=$2 ;; --threads) THREADS=$2 ;; --eval-every) EVAL_EVERY=$2 ;;
    --eval-rows) EVAL_ROWS=$2 ;; --ppl-rows) PPL_ROWS=$2 ;; --init-from) INIT_FROM=$2 ;;
    --carry) CARRY=$2 ;; --work) WORK=$2 ;; --seed) SEED=$2 ;; --native-context) NATIVE=$2 ;;
    --data-workers) WORKERS=$2 ;; --recall-composed) COMPOSED=$2 ;; --recall-quote) QUOTE=$2 ;;
    --recall-shapes) SHAPES=$2 ;;
    *) echo "unknown flag $1" >&2; exit 2 ;;
  esac
  shift 2
done

# Python with torch: the device's python3, or Debian's /usr/bin/python3 here.
PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for p in python3 /usr/bin/python3; do
    if "$p" -c "import torch" 2>/dev/null; then PY=$p; break; fi
  done
fi
export PYTHONUNBUFFERED=1

# 1. Probe first, so something comes back whatever fails later.
{
  echo "date $(date -u +%FT%TZ)  host $(hostname)  nproc $(nproc)"
  timeout 30 nvidia-smi 2>&1 || echo "nvidia-smi: none"
  echo "python $PY"
  timeout 60 "$PY" -c "import torch, sys; print('python', sys.version.split()[0], 'torch', torch.__version__, 'cuda', torch.version.cuda, 'available', torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else '')" 2>&1
  free -g 2>&1 | head -2; df -h /tmp 2>&1 | tail -1
  echo "args minutes=$MINUTES preset=$PRESET device=$DEVICE batch=$BATCH seq=$SEQ total_steps=$TOTAL_STEPS lr=$LR syn=$SYN qe_n=$QE_N"
} > "$OUT/probe.txt" 2>&1
exec 3>&1 4>&2
exec > >(tee -a "$OUT/run.log") 2>&1
TEE_PID=$!
cat "$OUT/probe.txt"
[ -n "$PY" ] || { echo "[run] no python with torch"; exit 1; }
if [ "$DEVICE" = auto ]; then
  DEVICE=$("$PY" -c "import torch; print('cuda' if torch.cuda.is_available() else 'cpu')")
fi
if [ "$DEVICE" = cuda ]; then FINISH=${FINISH:-2.5} STARTUP=${STARTUP:-30} AMP=bf16
else FINISH=${FINISH:-0.6} STARTUP=${STARTUP:-10} AMP=off; fi
say() { echo "[run $(( $(date +%s) - T0 ))s] $*"; }

# 2. Unpack the carry into $WORK/data (the repository layout of training/data and the tokenizer).
DATA=$WORK/data CKPT=$WORK/ckpt RUNS=$WORK/runs
rm -rf "$WORK"; mkdir -p "$DATA" "$CKPT" "$RUNS"
say "unpack $CARRY"
timeout 300 "$PY" - "$CARRY" "$DATA" <<'PYEOF' || { say "unpack failed"; exit 1; }
import sys, tarfile
with tarfile.open(sys.argv[1]) as tf:
    kw = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
    tf.extractall(sys.argv[2], **kw)
PYEOF
D=$DATA/training
TOKENIZER=$D/artifacts/tokenizer/tokenizer.json
VOCAB=$("$PY" -c "import sys; from training.tokenizer.bpe import ByteBPETokenizer as B; print(B.load(sys.argv[1]).vocab_size)" "$TOKENIZER")
say "tokenizer vocab ${VOCAB:-?}"

# 3. Train by the clock, the EMA copied to $OUT at every periodic checkpoint.
NOW=$(date +%s)
TRAIN_S=$("$PY" -m training.device.budget train-seconds --minutes "$MINUTES" --elapsed $((NOW - T0 + STARTUP)) --finish-minutes "$FINISH")
MAX_MIN=$("$PY" -c "print(round($TRAIN_S / 60, 3))")
say "device $DEVICE: train $TRAIN_S s (max-minutes $MAX_MIN; startup allowance $STARTUP s, finish reserve $FINISH min)"
(
  last=""
  while sleep 5; do
    f=$CKPT/ema.pt
    [ -f "$f" ] || continue
    m=$(stat -c %Y "$f")
    [ "$m" = "$last" ] && continue
    "$PY" -m training.device.budget split "$f" "$OUT/ema.pt" >/dev/null 2>&1 && last=$m
  done
) &
WATCH_PID=$!
MODEL_JSON=${VOCAB:+"{\"vocab_size\": $VOCAB}"}
timeout -k 30 $((TRAIN_S + STARTUP + 120)) "$PY" -m training.train --recipe recall-3 --run "device-$PRESET" \
  --preset "$PRESET" ${MODEL_JSON:+--model-json "$MODEL_JSON"} --no-resume --seed "$SEED" ${INIT_FROM:+--init-from "$INIT_FROM"} \
  ${NATIVE:+--native-context "$NATIVE"} --data-workers "$WORKERS" --recall-composed "$COMPOSED" --recall-quote "$QUOTE" \
  ${SHAPES:+--recall-shapes "$SHAPES"} \
  --tokenizer "$TOKENIZER" --tokens-dir "$D/data/tokens" --corpus-jsonl "$D/data/corpus/train.jsonl" \
  --recall-nouns "$D/data/recall/nouns.json" --runs-dir "$RUNS" --ckpt-dir "$CKPT" \
  --batch "$BATCH" --seq-len "$SEQ" --long-seq-len "$SEQ" --total-steps "$TOTAL_STEPS" --max-steps 100000000 --lr "$LR" \
  --synthetic-frac "$SYN" --max-minutes "$MAX_MIN" --ckpt-minutes "$CKPT_MIN" --eval-every "$EVAL_EVERY" --eval-rows "$EVAL_ROWS" \
  --threads "$THREADS" --device "$DEVICE" --amp "$AMP"
say "train exit $?"
kill "$WATCH_PID" 2>/dev/null; wait "$WATCH_PID" 2>/dev/null
[ -f "$CKPT/ema.pt" ] || { say "no EMA checkpoint"; exit 1; }
"$PY" -m training.device.budget split "$CKPT/ema.pt" "$OUT/ema.pt"

# 4. Finish: quick_eval, perplexity, ONNX package (each under its own guard).
guard() { "$PY" -c "print(max($2, int($FINISH * 60 * $1)))"; }  # share of the reserve, floor (s)
G=$(guard 0.5 20)
say "quick_eval n=$QE_N (guard $G s)"
[ "$QE_N" = 0 ] || timeout -k 10 "$G" "$PY" -m training.recall.quick_eval --ckpt "$CKPT/ema.pt" --tokenizer "$TOKENIZER" \
  --haystacks "$D/data/recall/eval_haystacks.jsonl" --nouns "$D/data/recall/nouns.json" --n "$QE_N" \
  --min-tokens 200 --max-tokens 1700 --seed 11 --threads "$THREADS" --show 6 --out "$WORK/quick_eval.json"
say "quick_eval exit $?"
timeout -k 10 "$(guard 0.15 40)" "$PY" -m training.device.finish ppl --ckpt "$CKPT/ema.pt" --tokens-dir "$D/data/tokens" \
  --rows "$PPL_ROWS" --seq-len 512 --device "$DEVICE" --out "$WORK/ppl.json"
say "ppl exit $?"
timeout -k 10 "$(guard 0.3 60)" "$PY" -m training.export.onnx_export --ckpt "$CKPT/ema.pt" --out "$WORK/package" \
  --tokenizer-dir "$D/artifacts/tokenizer" --sources-json "$D/data/corpus/sources.json" \
  --run-id "device-$PRESET" --version 0.0.0-device
say "export exit $?"
# The ONNX comes back only where it fits beside the EMA parts (tool: ≤ 64 MiB together); for
# `base` it does not (41 + 41 MiB): results.json keeps its size and sha256, and the CPU rebuilds it
# from the f32 EMA weights with training.export.onnx_export.
if [ -f "$WORK/package/decoder.onnx" ]; then
  if "$PY" -m training.device.budget fits "$OUT" "$WORK/package/decoder.onnx"; then
    "$PY" -m training.device.budget split "$WORK/package/decoder.onnx" "$OUT/decoder.onnx"
  else
    say "decoder.onnx ($(stat -c %s "$WORK/package/decoder.onnx") bytes) does not fit the return limits: not copied"
  fi
fi
"$PY" -m training.device.finish results --work "$WORK" --out "$OUT/results.json"
say "done; $("$PY" -c "print(round($T0 + $MINUTES * 60 - $(date +%s)))") s of the --minutes budget left"

# 5. The small files in one archive (the device tool returns at most 8 files).
exec 1>&3 2>&4
wait "$TEE_PID" 2>/dev/null
mkdir -p "$WORK/report"
cp "$OUT/probe.txt" "$OUT/run.log" "$WORK/report/"
cp "$WORK"/ppl.json "$WORK"/quick_eval.json "$WORK/report/" 2>/dev/null
cp "$WORK"/package/config.json "$WORK"/package/manifest.json "$WORK/report/" 2>/dev/null
cp -r "$RUNS" "$WORK/report/runs"
tar -czf "$OUT/report.tar.gz" -C "$WORK" report && rm -f "$OUT/probe.txt" "$OUT/run.log"
ls -la "$OUT"
