"""Each trainer (base model, GistNet, LensNet) runs through the shared loop (training/loop.py) on
tiny synthetic data: SIGTERM after its second step stops it there with a checkpoint of its kind and a
two-row log; the run then resumes to its --max-steps."""
import csv
import json
import os
import random
import signal

import pytest
import torch

from training.checkpoint import save_checkpoint
from training.loop import TrainLoop
from training.model.config import PRESETS
from training.model.llama import LlamaLM


@pytest.fixture
def sigterm_after_two(monkeypatch):
    """Wraps TrainLoop.run: records each loop and sends SIGTERM to this process after step 2."""
    loops, run = [], TrainLoop.run

    def spy(self, step_fn, eval_fn=None, eval_every=0):
        def fn(step, lr):
            row = step_fn(step, lr)
            if step + 1 == 2:
                os.kill(os.getpid(), signal.SIGTERM)
            return row
        loops.append(self)
        return run(self, fn, eval_fn, eval_every)
    monkeypatch.setattr(TrainLoop, "run", spy)
    return loops


def _check(loops, tmp_path, tag, kind=None):
    assert len(loops) == 1 and loops[0].tag == tag and loops[0].stopped and loops[0].step == 2
    ck = torch.load(tmp_path / "ck" / "latest.pt")
    assert ck["step"] == 2 and ck["optimizer"] is not None and ck.get("kind") == kind
    rows = list(csv.DictReader(open(tmp_path / "runs" / "r" / "loss.csv")))
    assert [r["step"] for r in rows] == ["1", "2"] and all(float(r["train_seconds"]) >= 0 for r in rows)
    assert os.path.exists(tmp_path / "runs" / "r" / "args_step0.json")


def _tiny_base(tmp_path):
    torch.manual_seed(0)
    m = LlamaLM(PRESETS["tiny"]).eval()
    p = tmp_path / "base.pt"
    save_checkpoint(str(p), model=m, optimizer=None, step=0, tokens_seen=0, data_state={}, config=m.c.to_dict(),
                    args={})
    return p


def test_base_model_trainer(tmp_path, tiny_tokenizer, tiny_corpus, sigterm_after_two):
    from training import train
    _, tok = tiny_tokenizer
    args = ["--run", "r", "--preset", "tiny", "--tokenizer", tok, "--tokens-dir", str(tiny_corpus / "tokens"),
            "--corpus-jsonl", str(tiny_corpus / "train.jsonl"), "--runs-dir", str(tmp_path / "runs"),
            "--ckpt-dir", str(tmp_path / "ck"), "--batch", "2", "--seq-len", "32", "--total-steps", "3",
            "--warmup", "1", "--eval-every", "2", "--eval-rows", "1", "--ema", "0.9"]
    train.main(args)
    _check(sigterm_after_two, tmp_path, "train")
    assert torch.load(tmp_path / "ck" / "ema.pt")["step"] == 2
    assert [r["step"] for r in csv.DictReader(open(tmp_path / "runs" / "r" / "eval.csv"))] == ["2"]
    train.main(args)
    assert torch.load(tmp_path / "ck" / "latest.pt")["ema"]["updates"] == 3


def test_gistnet_trainer(tmp_path, tiny_tokenizer, tiny_corpus, sigterm_after_two):
    from training.gistnet import train as gtrain
    _, tok = tiny_tokenizer
    args = ["--run", "r", "--base-ckpt", str(_tiny_base(tmp_path)), "--tokenizer", tok,
            "--tokens-dir", str(tiny_corpus / "tokens"), "--corpus-jsonl", str(tiny_corpus / "train.jsonl"),
            "--runs-dir", str(tmp_path / "runs"), "--ckpt-dir", str(tmp_path / "ck"), "--batch", "2", "--ctx", "32",
            "--horizon", "16", "--width", "16", "--mlp-hidden", "32", "--lod2-frac", "0", "--total-steps", "3",
            "--warmup", "1", "--log-every", "1"]
    gtrain.main(args)
    _check(sigterm_after_two, tmp_path, "gistnet", "gistnet")
    assert torch.load(tmp_path / "ck" / "latest.pt")["base"]["step"] == 0
    assert gtrain.main(args)["step"] == 3


def _label_dir(tmp_path):
    """Two shards of counterfactual labels from the hand-built copying model of the LensNet tests."""
    from training.lensnet.examples import make_example
    from training.lensnet.wc import mean_pool_gists
    from training.tests.test_lensnet_labels import N_TOK, Q_TOK, copy_model
    m, rng, d = copy_model(), random.Random(0), tmp_path / "labels"
    d.mkdir()
    for shard in range(2):
        exs = []
        for i in range(4):
            hist = torch.randint(0, 10, (48,), generator=torch.Generator().manual_seed(10 * shard + i))
            hist[rng.randrange(48)] = N_TOK
            exs.append(make_example(m, mean_pool_gists, torch.cat([hist, torch.tensor([Q_TOK])]),
                                    torch.tensor([N_TOK]), rng, terms=torch.arange(16), K=4, max_level=2,
                                    protected_tokens=1, tail_tokens=3, max_rows=64))
        torch.save(exs, d / f"shard_{shard:05d}.pt")
    json.dump({"base": {"sha256": "0" * 64, "step": 0}, "gists": {"kind": "mean-pool"}, "policy": "compacted"},
              open(d / "meta.json", "w"))
    return d


def test_lensnet_trainer(tmp_path, sigterm_after_two):
    from training.lensnet import train as ltrain
    args = ["--run", "r", "--labels-dir", str(_label_dir(tmp_path)), "--runs-dir", str(tmp_path / "runs"),
            "--ckpt-dir", str(tmp_path / "ck"), "--batch", "2", "--width", "16", "--heads", "2", "--layers", "1",
            "--mlp-hidden", "32", "--total-steps", "3", "--warmup", "1", "--eval-every", "2", "--keep-best"]
    ltrain.main(args)
    _check(sigterm_after_two, tmp_path, "lensnet", "lensnet")
    rows = list(csv.DictReader(open(tmp_path / "runs" / "r" / "loss.csv")))
    assert rows[0]["val_fit"] == "" and float(rows[1]["val_fit"]) >= 0
    assert torch.load(tmp_path / "ck" / "best.pt")["step"] == 2
    assert ltrain.main(args)["step"] == 3
