"""The finish of a device run (training/device/run.sh): held-out perplexity of the EMA weights
and one results.json that gathers the run (seed concept: "frozen base model provides teacher
signals" — the numbers that decide whether this base model replaces the shipped one).

    python3 -m training.device.finish ppl --ckpt EMA.pt --tokens-dir DIR --rows 64 --seq-len 512 --out ppl.json
    python3 -m training.device.finish results --work WORK --out results.json
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import math
import os
import time

import torch

from ..checkpoint import load_checkpoint
from ..dataset.stream import CorpusTokens
from ..model.config import ModelConfig
from ..model.llama import LlamaLM
from ..run_control import sha256_file
from ..train import heldout_loss


def perplexity(ckpt: str, tokens_dir: str, rows: int, seq_len: int, device: str) -> dict:
    """Held-out next-token loss and perplexity of a checkpoint over `rows` windows of `seq_len`."""
    ck = load_checkpoint(ckpt)
    cfg = ModelConfig.from_dict(ck["config"])
    model = LlamaLM(cfg)
    model.load_state_dict(ck["model"])
    model.to(device)
    T = min(seq_len, cfg.native_context)
    t0 = time.time()
    loss = heldout_loss(model, CorpusTokens(tokens_dir, "heldout"), rows, T, torch.device(device))
    return {"ckpt": os.path.basename(ckpt), "step": ck["step"], "tokens_seen": ck.get("tokens_seen", 0),
            "heldout_loss": round(loss, 4), "perplexity": round(math.exp(loss), 2), "rows": rows, "seq_len": T,
            "params": model.num_params(), "seconds": round(time.time() - t0, 1)}


def _json(path: str):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def _csv_rows(paths: list[str]) -> list[dict]:
    rows: list[dict] = []
    for p in sorted(paths):
        with open(p) as f:
            rows += list(csv.DictReader(f))
    return rows


def results(work: str) -> dict:
    """Everything the run measured, from the files under `work` (missing pieces are null)."""
    qe = _json(os.path.join(work, "quick_eval.json"))
    manifest = _json(os.path.join(work, "package", "manifest.json"))
    onnx = os.path.join(work, "package", "decoder.onnx")
    ema = os.path.join(work, "ckpt", "ema.pt")
    ck = load_checkpoint(ema) if os.path.exists(ema) else None
    return {
        "config": ck["config"] if ck else None,
        "step": ck["step"] if ck else None,
        "tokens_seen": ck.get("tokens_seen") if ck else None,
        "train_seconds": round(ck.get("train_seconds", 0.0), 1) if ck else None,
        "ema_sha256": sha256_file(ema) if ck else None,
        "perplexity": _json(os.path.join(work, "ppl.json")),
        "quick_eval": {"args": qe["args"], "summary": qe["summary"]} if qe else None,
        "onnx": {"bytes": os.path.getsize(onnx), "sha256": sha256_file(onnx)} if os.path.exists(onnx) else None,
        "package_files": manifest["files"] if manifest else None,
        "heldout_evals": _csv_rows(glob.glob(os.path.join(work, "runs", "*", "eval.csv"))),
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("ppl")
    p.add_argument("--ckpt", required=True)
    p.add_argument("--tokens-dir", required=True)
    p.add_argument("--rows", type=int, default=64)
    p.add_argument("--seq-len", type=int, default=512)
    p.add_argument("--device", default="cpu")
    p.add_argument("--out", required=True)
    r = sub.add_parser("results")
    r.add_argument("--work", required=True)
    r.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    out = (perplexity(a.ckpt, a.tokens_dir, a.rows, a.seq_len, a.device) if a.cmd == "ppl" else results(a.work))
    with open(a.out, "w") as f:
        json.dump(out, f, indent=1)
    print(f"[finish] {a.cmd} -> {a.out}: " + json.dumps(out)[:600], flush=True)


if __name__ == "__main__":
    main()
