"""Exponential moving average of model weights (Polyak averaging) for the demo base model.

A small model trained at a low, constant learning rate wanders: successive checkpoints differ by
several points of passkey accuracy. The average of the recent trajectory is a steadier model; it
is what gets evaluated and exported (`<ckpt-dir>/ema.pt`, a plain checkpoint of the averaged
weights), while the raw weights keep training (both are in latest.pt, so a resume continues both).

    ema ← decay · ema + (1 − decay) · weights      after every optimizer step
"""
from __future__ import annotations

import torch


class EmaWeights:
    def __init__(self, model: torch.nn.Module, decay: float, state: dict | None = None):
        if not 0.0 < decay < 1.0:
            raise ValueError(f"EMA decay must be in (0, 1), got {decay}")
        self.decay = decay
        src = state["weights"] if state is not None else model.state_dict()
        self.weights = {k: v.detach().to(torch.float32).clone() for k, v in src.items()}
        self.updates = int(state["updates"]) if state is not None else 0

    @torch.no_grad()
    def update(self, model: torch.nn.Module) -> None:
        for k, v in model.state_dict().items():
            if v.dtype.is_floating_point:
                self.weights[k].mul_(self.decay).add_(v.detach().to(torch.float32), alpha=1.0 - self.decay)
        self.updates += 1

    def state(self) -> dict:
        return {"decay": self.decay, "updates": self.updates, "weights": self.weights}

    def state_dict(self) -> dict:  # what save_checkpoint stores as "model"
        return self.weights


def write_ema_checkpoint(latest: str, out: str) -> dict:
    """The plain checkpoint of the averaged weights (what the trainer writes as ema.pt) from a
    resumable checkpoint that carries an EMA — so only latest.pt needs committing."""
    from .checkpoint import load_checkpoint, save_state
    ck = load_checkpoint(latest)
    if not ck.get("ema"):
        raise SystemExit(f"{latest} carries no EMA of the weights (train with --ema)")
    e = ck["ema"]
    state = {**{k: v for k, v in ck.items() if k not in ("ema", "optimizer", "model", "rng")},
             "model": e["weights"], "optimizer": None, "rng": None, "data_state": {},
             "weights": f"EMA decay {e['decay']} over {e['updates']} updates"}
    save_state(state, out)
    return state


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description="Write the EMA weights of a resumable checkpoint as a plain checkpoint.")
    ap.add_argument("--ckpt", required=True, help="resumable checkpoint (latest.pt) trained with --ema")
    ap.add_argument("--out", required=True, help="e.g. training/checkpoints/demo/ema.pt")
    args = ap.parse_args()
    s = write_ema_checkpoint(args.ckpt, args.out)
    print(f"[ema] {args.out}: step {s['step']}, {s['weights']}")
