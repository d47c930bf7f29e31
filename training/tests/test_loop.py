"""The shared training loop (training/loop.py) on a toy regression: a run interrupted and resumed
equals an uninterrupted one (weights, EMA, logs), also after a crash left the log ahead of the
checkpoint; SIGTERM/SIGINT stop it with a checkpoint; a weights-only checkpoint resumes with a fresh
optimizer at the same data position."""
import csv
import os
import random
import shutil
import signal
import types

import pytest
import torch
import torch.nn.functional as F

from training.checkpoint import write_weights_only
from training.loop import TrainLoop
from training.run_control import cosine_lr


def _toy(tmp, name, max_steps, *, ema=0.0, signal_at=None, sig=signal.SIGTERM):
    torch.manual_seed(0)
    model = torch.nn.Linear(4, 1)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
    data = {"rng": random.Random(5)}  # the trainer's own data position (like a MixtureStream)
    a = types.SimpleNamespace(lr=2e-2, warmup=2, total_steps=6, max_steps=max_steps, max_minutes=1e9,
                              ckpt_minutes=1e9, no_resume=False, ema=ema)
    loop = TrainLoop("toy", a, model=model, optimizer=opt, ckpt_path=str(tmp / name / "latest.pt"),
                     run_dir=str(tmp / "runs" / name), config={"in": 4},
                     log_header=["step", "tokens", "loss", "shift", "lr", "train_seconds"],
                     eval_header=["step", "w_norm", "train_seconds"],
                     data_state=lambda: {"rng": data["rng"].getstate()},
                     load_data_state=lambda d: data["rng"].setstate(d["rng"]))
    loop.resume()
    loop.start_ema(ema)

    def step_fn(step, lr):
        x = torch.randn(8, 4)  # (8, 4) from the global RNG, which the checkpoint restores
        shift = data["rng"].random()
        loss = F.mse_loss(model(x), x.sum(1, keepdim=True) + shift)
        opt.zero_grad()
        loss.backward()
        opt.step()
        loop.tokens_seen += 8
        if signal_at is not None and step + 1 == signal_at:
            os.kill(os.getpid(), sig)
        return {"loss": f"{float(loss):.6f}", "shift": f"{shift:.6f}"}

    loop.run(step_fn, lambda s: {"w_norm": f"{float(model.weight.norm()):.6f}"}, eval_every=2)
    return loop


def _rows(tmp, name, log="loss.csv"):
    rows = list(csv.DictReader(open(tmp / "runs" / name / log)))
    return [{k: v for k, v in r.items() if k != "train_seconds"} for r in rows]


def _same_weights(tmp, x, y, key="model"):
    a, b = torch.load(tmp / x / "latest.pt"), torch.load(tmp / y / "latest.pt")
    assert a["step"] == b["step"] and a["tokens_seen"] == b["tokens_seen"]
    wa = a[key] if key == "model" else a[key]["weights"]
    wb = b[key] if key == "model" else b[key]["weights"]
    for k in wa:
        assert torch.equal(wa[k], wb[k]), k


def test_resume_equals_uninterrupted_weights_ema_and_logs(tmp_path):
    _toy(tmp_path, "a", 6, ema=0.9)
    _toy(tmp_path, "b", 3, ema=0.9)
    assert torch.load(tmp_path / "b" / "latest.pt")["step"] == 3
    loop = _toy(tmp_path, "b", 6, ema=0.9)
    assert loop.step == 6 and loop.ema.updates == 6 and not loop.stopped
    _same_weights(tmp_path, "a", "b")
    _same_weights(tmp_path, "a", "b", key="ema")
    assert torch.equal(torch.load(tmp_path / "b" / "ema.pt")["model"]["weight"],
                       torch.load(tmp_path / "b" / "latest.pt")["ema"]["weights"]["weight"])
    rows = _rows(tmp_path, "b")
    assert rows == _rows(tmp_path, "a") and [int(r["step"]) for r in rows] == [1, 2, 3, 4, 5, 6]
    assert [float(r["lr"]) for r in rows] == pytest.approx([cosine_lr(s, 2e-2, 2, 6) for s in range(6)], rel=1e-5)
    assert [r["tokens"] for r in rows] == [str(8 * s) for s in range(1, 7)]
    ev = _rows(tmp_path, "b", "eval.csv")
    assert ev == _rows(tmp_path, "a", "eval.csv") and [r["step"] for r in ev] == ["2", "4", "6"]


def test_a_log_ahead_of_its_checkpoint_is_rewound(tmp_path):
    """A crash after step 4 with the last checkpoint at step 2: the resume drops log rows 3–4 and
    the run ends as the uninterrupted one."""
    _toy(tmp_path, "a", 6)
    _toy(tmp_path, "c", 2)
    shutil.copyfile(tmp_path / "c" / "latest.pt", tmp_path / "step2.pt")
    _toy(tmp_path, "c", 4)
    shutil.copyfile(tmp_path / "step2.pt", tmp_path / "c" / "latest.pt")
    _toy(tmp_path, "c", 6)
    _same_weights(tmp_path, "a", "c")
    assert _rows(tmp_path, "c") == _rows(tmp_path, "a") and _rows(tmp_path, "c", "eval.csv") == _rows(
        tmp_path, "a", "eval.csv")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_run_with_a_checkpoint(tmp_path, capsys, sig):
    before = signal.getsignal(sig)
    loop = _toy(tmp_path, "s", 6, signal_at=2, sig=sig)
    assert loop.stopped and loop.step == 2
    assert torch.load(tmp_path / "s" / "latest.pt")["step"] == 2
    assert "checkpoint (stop signal) step 2" in capsys.readouterr().out
    assert signal.getsignal(sig) is before  # the loop's handler is gone again
    _toy(tmp_path, "s", 6)
    _toy(tmp_path, "a", 6)
    _same_weights(tmp_path, "a", "s")


def test_weights_only_checkpoint_resumes_with_a_fresh_optimizer(tmp_path, capsys):
    _toy(tmp_path, "a", 6)
    _toy(tmp_path, "w", 3)
    full = os.path.getsize(tmp_path / "w" / "latest.pt")
    write_weights_only(str(tmp_path / "w" / "latest.pt"), str(tmp_path / "w" / "latest.pt"))
    assert torch.load(tmp_path / "w" / "latest.pt")["optimizer"] is None
    assert os.path.getsize(tmp_path / "w" / "latest.pt") < full
    loop = _toy(tmp_path, "w", 6)
    assert "optimizer starts afresh" in capsys.readouterr().out and loop.step == 6
    a, w = _rows(tmp_path, "a"), _rows(tmp_path, "w")
    assert [r["shift"] for r in w] == [r["shift"] for r in a]  # same data position
    assert w[:3] == a[:3] and [r["loss"] for r in w[3:]] != [r["loss"] for r in a[3:]]  # other Adam moments


def test_time_budget_and_max_steps(tmp_path):
    loop = _toy(tmp_path, "t", None)  # --max-steps default: --total-steps (6)
    assert loop.step == 6
    loop.a.max_minutes = -1.0
    loop.run(lambda s, lr: pytest.fail("no step past the time budget"))
    assert loop.step == 6 and torch.load(tmp_path / "t" / "latest.pt")["step"] == 6
