"""Resumable checkpoints for MegaContext training: model + optimizer + step + RNG + data
position in one file, written atomically (tmp file, fsync, rename) so a crash never leaves a
half-written checkpoint.

    /usr/bin/python3 -m training.checkpoint --ckpt CKPT --out OUT    # a copy without the optimizer state
"""
from __future__ import annotations

import os
import random

import torch


def save_checkpoint(path: str, *, model, optimizer, step: int, tokens_seen: int, data_state: dict,
                    config: dict, args: dict, extra: dict | None = None) -> None:
    state = {
        "model": {k: v.detach().to("cpu", torch.float32) for k, v in model.state_dict().items()},
        "optimizer": optimizer.state_dict() if optimizer is not None else None,
        "step": step,
        "tokens_seen": tokens_seen,
        "data_state": data_state,
        "rng": {"torch": torch.get_rng_state(), "python": random.getstate(),
                "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None},
        "config": config,
        "args": args,
        **(extra or {}),
    }
    save_state(state, path)


def save_state(state: dict, path: str) -> None:
    """Writes a checkpoint dict atomically: tmp file, fsync, rename (a crash leaves the old file)."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        torch.save(state, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def load_checkpoint(path: str, map_location: str = "cpu") -> dict:
    """torch.load; a missing file that the repository keeps in its history raises an error naming
    the command that restores it (training/restore_checkpoints.py)."""
    if not os.path.exists(path):
        from .restore_checkpoints import missing_checkpoint_error
        raise missing_checkpoint_error(path)
    return torch.load(path, map_location=map_location)


def restore_rng(ck: dict) -> None:
    torch.set_rng_state(ck["rng"]["torch"])
    random.setstate(ck["rng"]["python"])
    if ck["rng"].get("cuda") is not None and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(ck["rng"]["cuda"])


def write_weights_only(src: str, out: str, note: str | None = None) -> dict:
    """The checkpoint without its optimizer state (AdamW's moments are 2× the weights): what the
    repository keeps. training/loop.py resumes such a file with a fresh optimizer (a new warm-up);
    everything else a resume reads (step, RNG, data position, EMA, config) stays."""
    ck = load_checkpoint(src)
    ck = {**ck, "optimizer": None,
          "note": note or "weights only (optimizer state dropped for the repository; resume with a fresh optimizer)"}
    save_state(ck, out)
    return ck


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description="Write a checkpoint without its optimizer state.")
    ap.add_argument("--ckpt", required=True, help="e.g. training/checkpoints/gist-r040/latest.pt")
    ap.add_argument("--out", required=True, help="e.g. training/checkpoints/gist-r040/weights.pt")
    a = ap.parse_args()
    ck = write_weights_only(a.ckpt, a.out)
    print(f"[checkpoint] {a.out}: step {ck['step']}, {os.path.getsize(a.out) / 1e6:.1f} MB")
