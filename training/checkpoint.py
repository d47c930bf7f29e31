"""Resumable checkpoints for MegaContext training: model + optimizer + step + RNG + data
position in one file, written atomically (tmp file, fsync, rename) so a crash never leaves a
half-written checkpoint.
"""
from __future__ import annotations

import os
import random

import torch


def save_checkpoint(path: str, *, model, optimizer, step: int, tokens_seen: int, data_state: dict,
                    config: dict, args: dict, extra: dict | None = None) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
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
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        torch.save(state, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def load_checkpoint(path: str, map_location: str = "cpu") -> dict:
    return torch.load(path, map_location=map_location)


def restore_rng(ck: dict) -> None:
    torch.set_rng_state(ck["rng"]["torch"])
    random.setstate(ck["rng"]["python"])
    if ck["rng"].get("cuda") is not None and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(ck["rng"]["cuda"])
