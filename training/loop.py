"""The one training loop of the MegaContext trainers (base model `train.py`, `gistnet/train.py`,
`lensnet/train.py`; seeds: "frozen base model provides teacher signals", "alternating
GistNet/LensNet optimization" — both need runs that stop and continue where they stopped).

A trainer builds its model, optimizer and data, then hands them to `TrainLoop`, which owns:
  - resume from <ckpt-dir>/latest.pt: weights, optimizer (when the checkpoint has it), step, tokens,
    RNG, the trainer's data position (`data_state` / `load_data_state`) and the EMA of the weights;
    a checkpoint without optimizer state (a weights-only copy) resumes with a fresh optimizer;
  - the CSV logs under runs/<run>/ (rows past the resumed step are dropped, so a resumed log equals
    an uninterrupted one) and args_step<step>.json;
  - warmup + cosine learning rate set on every parameter group before each step;
  - an evaluation every `eval_every` steps (its values go to their own log or into the step's row);
  - the optional EMA of the weights (run_control --ema: in latest.pt, and <ckpt-dir>/ema.pt);
  - checkpoints every --ckpt-minutes, at the end, and when SIGTERM/SIGINT arrives (the current step
    finishes, the checkpoint is written, the loop returns; the previous handlers are restored);
  - the budget: --max-steps (default --total-steps) and --max-minutes.

The step callback does one optimizer step and returns the values of its log row; the loop counts
the step, fills `step`, `lr`, `train_seconds` when the log has such columns, and writes the row.
"""
from __future__ import annotations

import csv
import json
import os
import signal
import time
from typing import Callable

import torch

from .checkpoint import load_checkpoint, restore_rng, save_checkpoint
from .ema import EmaWeights
from .run_control import cosine_lr


class CsvLog:
    """A per-step CSV log whose rows past `step` are dropped on open (a resume rewinds it)."""

    def __init__(self, path: str, header: list[str]):
        self.path, self.header = path, header

    def open_at(self, step: int) -> None:
        rows = []
        if os.path.exists(self.path):
            with open(self.path) as f:
                rows = [r for r in list(csv.reader(f))[1:] if r and int(r[0]) <= step]
        with open(self.path, "w", newline="") as f:
            csv.writer(f).writerows([self.header, *rows])

    def write(self, values: dict) -> None:
        with open(self.path, "a", newline="") as f:
            csv.writer(f).writerow([values.get(k, "") for k in self.header])


class TrainLoop:
    def __init__(self, tag: str, a, *, model: torch.nn.Module, optimizer: torch.optim.Optimizer, ckpt_path: str,
                 run_dir: str, config: dict, log_header: list[str], eval_header: list[str] | None = None,
                 device="cpu", data_state: Callable[[], dict] = dict,
                 load_data_state: Callable[[dict], None] | None = None,
                 extra: Callable[[], dict] = dict, min_lr_frac: float = 0.1):
        self.tag, self.a, self.model, self.opt = tag, a, model, optimizer
        self.ckpt_path, self.run_dir, self.config = ckpt_path, run_dir, config
        self.device, self.data_state, self.load_data_state, self.extra = device, data_state, load_data_state, extra
        self.min_lr_frac = min_lr_frac
        os.makedirs(run_dir, exist_ok=True)
        self.log = CsvLog(os.path.join(run_dir, "loss.csv"), log_header)
        self.eval_log = CsvLog(os.path.join(run_dir, "eval.csv"), eval_header) if eval_header else None
        self.step, self.tokens_seen, self.prior_seconds = 0, 0, 0.0
        self.ema: EmaWeights | None = None
        self.stopped = False
        self._t_start = time.time()
        self._ema_state = None

    # -- start ---------------------------------------------------------------------------------
    def resume(self) -> dict | None:
        """Continue latest.pt when it exists (and --no-resume is not given); its dict, or None."""
        if not os.path.exists(self.ckpt_path) or self.a.no_resume:
            return None
        ck = load_checkpoint(self.ckpt_path, map_location=str(self.device))
        self.model.load_state_dict(ck["model"])
        if ck.get("optimizer") is not None:
            self.opt.load_state_dict(ck["optimizer"])
        else:
            self.say("the checkpoint has no optimizer state: the optimizer starts afresh")
        if self.load_data_state is not None and ck.get("data_state"):
            self.load_data_state(ck["data_state"])
        if ck.get("rng"):
            restore_rng(ck)
        self.step, self.tokens_seen = ck["step"], ck.get("tokens_seen", 0)
        self.prior_seconds = ck.get("train_seconds", 0.0)
        self._ema_state = ck.get("ema")
        self.say(f"resumed from {self.ckpt_path} at step {self.step} ({self.tokens_seen} tokens)")
        return ck

    def load_weights(self, path: str) -> dict:
        """A new run from another checkpoint's weights (fresh optimizer, step 0)."""
        ck = load_checkpoint(path, map_location=str(self.device))
        self.model.load_state_dict(ck["model"])
        return ck

    def start_ema(self, decay: float) -> None:
        """The EMA of the weights (decay 0 = off), continued from the resumed checkpoint's when it
        has one of the same decay. Call after resume()/load_weights()."""
        if decay <= 0:
            return
        st = self._ema_state if self._ema_state and self._ema_state["decay"] == decay else None
        self.ema = EmaWeights(self.model, decay, st)
        how = f"resumed, {self.ema.updates} updates" if self.ema.updates else "from the current weights"
        self.say(f"EMA of the weights, decay {decay} ({how})")

    def write_args(self, record: dict) -> None:
        with open(os.path.join(self.run_dir, f"args_step{self.step}.json"), "w") as f:
            json.dump({"args": vars(self.a), **record}, f, indent=2, default=str)

    # -- run -----------------------------------------------------------------------------------
    def say(self, msg: str) -> None:
        print(f"[{self.tag}] {msg}", flush=True)

    def lr_at(self, step: int) -> float:
        return cosine_lr(step, self.a.lr, self.a.warmup, self.a.total_steps, self.min_lr_frac)

    def train_seconds(self) -> float:
        return self.prior_seconds + time.time() - self._t_start

    def save(self, reason: str, path: str | None = None, extra: dict | None = None) -> None:
        t = time.time()
        path = path or self.ckpt_path
        ex = {**self.extra(), "train_seconds": self.train_seconds()}
        save_checkpoint(path, model=self.model, optimizer=self.opt, step=self.step, tokens_seen=self.tokens_seen,
                        data_state=self.data_state(), config=self.config, args=vars(self.a),
                        extra={**ex, **(extra or {}), **({"ema": self.ema.state()} if self.ema is not None else {})})
        if self.ema is not None and path == self.ckpt_path:
            save_checkpoint(os.path.join(os.path.dirname(path), "ema.pt"), model=self.ema, optimizer=None,
                            step=self.step, tokens_seen=self.tokens_seen, data_state={}, config=self.config,
                            args=vars(self.a),
                            extra={**ex, "weights": f"EMA decay {self.ema.decay} over {self.ema.updates} updates"})
        self.say(f"checkpoint ({reason}) step {self.step} -> {path} in {time.time() - t:.1f}s")

    def run(self, step_fn: Callable[[int, float], dict], eval_fn: Callable[[int], dict] | None = None,
            eval_every: int = 0) -> None:
        """step_fn(step, lr) does one optimizer step (step = steps done before it) and returns its log
        values; eval_fn(step) runs every `eval_every` steps (step = steps done) and returns its values."""
        a = self.a
        max_steps = a.max_steps if a.max_steps is not None else a.total_steps
        self.log.open_at(self.step)
        if self.eval_log is not None:
            self.eval_log.open_at(self.step)

        def on_signal(signum, frame):
            self.stopped = True
        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
        self._t_start = last_ckpt = time.time()
        try:
            while self.step < max_steps and not self.stopped and (time.time() - self._t_start) / 60 <= a.max_minutes:
                lr = self.lr_at(self.step)
                for g in self.opt.param_groups:
                    g["lr"] = lr
                row = step_fn(self.step, lr)
                if self.ema is not None:
                    self.ema.update(self.model)
                self.step += 1
                auto = {"step": self.step, "tokens": self.tokens_seen, "lr": f"{lr:.6g}",
                        "train_seconds": f"{self.train_seconds():.1f}"}
                ev = eval_fn(self.step) if eval_fn is not None and eval_every and self.step % eval_every == 0 else {}
                if ev and self.eval_log is not None:
                    self.eval_log.write({**auto, **ev})
                    ev = {}
                self.log.write({**auto, **row, **ev})
                if (time.time() - last_ckpt) / 60 >= a.ckpt_minutes:
                    self.save("periodic")
                    last_ckpt = time.time()
            self.save("stop signal" if self.stopped else "end")
        finally:
            for s, h in previous.items():
                signal.signal(s, h)
