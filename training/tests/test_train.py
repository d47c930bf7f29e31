"""MegaContext training loop: loss goes down; resume reproduces an uninterrupted run."""
import os

import torch
import torch.nn.functional as F

from training import train
from training.model.config import PRESETS
from training.model.llama import LlamaLM


def test_few_steps_reduce_loss():
    torch.manual_seed(0)
    m = LlamaLM(PRESETS["tiny"])
    opt = torch.optim.AdamW(m.parameters(), lr=3e-3)
    x = torch.randint(0, 320, (4, 33))
    losses = []
    for _ in range(25):
        logits = m(x[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, 320), x[:, 1:].reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss))
    assert losses[-1] < losses[0] - 1.0


def _args(tmp, tok_path, corpus, steps, ckpt, run, extra=()):
    return ["--run", run, "--preset", "tiny", "--tokenizer", tok_path,
            "--tokens-dir", str(corpus / "tokens"), "--corpus-jsonl", str(corpus / "train.jsonl"),
            "--runs-dir", str(tmp / "runs"), "--ckpt-dir", str(tmp / ckpt), "--batch", "2",
            "--seq-len", "32", "--long-from-step", "3", "--long-seq-len", "64", "--long-batch", "1",
            "--total-steps", "4", "--max-steps", str(steps), "--warmup", "1", "--eval-every", "2",
            "--eval-rows", "1", "--synthetic-frac", "0.5", *extra]


def test_resume_matches_uninterrupted(tmp_path, tiny_tokenizer, tiny_corpus):
    _, tok_path = tiny_tokenizer
    train.main(_args(tmp_path, tok_path, tiny_corpus, 4, "a", "a"))
    train.main(_args(tmp_path, tok_path, tiny_corpus, 2, "b", "b"))
    train.main(_args(tmp_path, tok_path, tiny_corpus, 4, "b", "b"))
    a = torch.load(tmp_path / "a" / "latest.pt")
    b = torch.load(tmp_path / "b" / "latest.pt")
    assert a["step"] == b["step"] == 4 and a["tokens_seen"] == b["tokens_seen"]
    for k in a["model"]:
        assert torch.allclose(a["model"][k], b["model"][k], atol=1e-6), k
    rows = open(tmp_path / "runs" / "b" / "loss.csv").read().strip().split("\n")
    assert len(rows) == 5  # header + 4 steps, no duplicates after resume
    assert os.path.exists(tmp_path / "runs" / "b" / "eval.csv")
