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
