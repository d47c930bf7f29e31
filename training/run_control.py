"""Shared run control for the MegaContext trainers (base model, GistNet, LensNet): the schedule and
stopping flags every resumable run takes (read by training/loop.py), the warmup + cosine learning
rate, and file hashing used to tie checkpoints, packages and nets to the exact files they came from.
"""
from __future__ import annotations

import argparse
import hashlib
import math


def add_run_args(ap: argparse.ArgumentParser, *, lr: float, total_steps: int, warmup: int = 50) -> None:
    """--lr --warmup --total-steps --max-steps --max-minutes --ckpt-minutes --no-resume --ema (what
    training/loop.py reads)."""
    ap.add_argument("--lr", type=float, default=lr)
    ap.add_argument("--warmup", type=int, default=warmup)
    ap.add_argument("--total-steps", type=int, default=total_steps, help="cosine schedule length")
    ap.add_argument("--max-steps", type=int, default=None, help="stop here (default total-steps)")
    ap.add_argument("--max-minutes", type=float, default=1e9, help="stop (and save) after this")
    ap.add_argument("--ckpt-minutes", type=float, default=10.0)
    ap.add_argument("--no-resume", action="store_true")
    ap.add_argument("--ema", type=float, default=0.0,
                    help="also keep an exponential moving average of the weights with this decay (0 = off); "
                         "saved in latest.pt and as <ckpt-dir>/ema.pt, the checkpoint to evaluate and export")


def cosine_lr(step: int, lr: float, warmup: int, total_steps: int, min_frac: float = 0.1) -> float:
    """Linear warmup over `warmup` steps, then cosine from lr down to min_frac·lr at total_steps."""
    if step < warmup:
        return lr * (step + 1) / warmup
    p = min(1.0, (step - warmup) / max(1, total_steps - warmup))
    return lr * (min_frac + (1 - min_frac) * 0.5 * (1 + math.cos(math.pi * p)))


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
