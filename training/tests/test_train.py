"""MegaContext training loop: loss goes down; resume reproduces an uninterrupted run."""
import os

import pytest
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


def test_context_extension_on_resume(tmp_path, tiny_tokenizer, tiny_corpus):
    """--native-context raises the checkpoint's native context (what the export and runtime read);
    a sequence longer than the native context, or a lower native context, is refused."""
    _, tok_path = tiny_tokenizer
    train.main(_args(tmp_path, tok_path, tiny_corpus, 2, "c", "c"))
    assert torch.load(tmp_path / "c" / "latest.pt")["config"]["native_context"] == 128
    with pytest.raises(SystemExit, match="exceeds the model's native context 128"):
        train.main(_args(tmp_path, tok_path, tiny_corpus, 3, "c", "c", ("--seq-len", "256")))
    with pytest.raises(SystemExit, match="below the model's 128"):
        train.main(_args(tmp_path, tok_path, tiny_corpus, 3, "c", "c", ("--native-context", "64")))
    train.main(_args(tmp_path, tok_path, tiny_corpus, 3, "c", "c", ("--native-context", "256", "--seq-len", "256")))
    ck = torch.load(tmp_path / "c" / "latest.pt")
    assert ck["step"] == 3 and ck["config"]["native_context"] == 256


def test_ema_weights_follow_the_average_and_resume(tmp_path, tiny_tokenizer, tiny_corpus):
    from training.ema import EmaWeights
    lin = torch.nn.Linear(2, 1, bias=False)
    with torch.no_grad():
        lin.weight.fill_(1.0)
    ema = EmaWeights(lin, 0.5)
    with torch.no_grad():
        lin.weight.fill_(3.0)
    ema.update(lin)
    assert torch.allclose(ema.weights["weight"], torch.full((1, 2), 2.0)) and ema.updates == 1
    with pytest.raises(ValueError):
        EmaWeights(lin, 1.0)

    _, tok_path = tiny_tokenizer
    train.main(_args(tmp_path, tok_path, tiny_corpus, 2, "e", "e", ("--ema", "0.9")))
    ck, avg = torch.load(tmp_path / "e" / "latest.pt"), torch.load(tmp_path / "e" / "ema.pt")
    assert ck["ema"]["updates"] == 2 and avg["step"] == 2 and avg["optimizer"] is None
    assert any(not torch.allclose(avg["model"][k], ck["model"][k]) for k in ck["model"])  # averaged ≠ raw
    train.main(_args(tmp_path, tok_path, tiny_corpus, 3, "e", "e", ("--ema", "0.9")))
    assert torch.load(tmp_path / "e" / "latest.pt")["ema"]["updates"] == 3


def test_ema_checkpoint_rebuilt_from_latest(tmp_path, tiny_tokenizer, tiny_corpus):
    from training.ema import write_ema_checkpoint
    _, tok_path = tiny_tokenizer
    train.main(_args(tmp_path, tok_path, tiny_corpus, 2, "f", "f", ("--ema", "0.9")))
    rebuilt = write_ema_checkpoint(str(tmp_path / "f" / "latest.pt"), str(tmp_path / "again.pt"))
    written = torch.load(tmp_path / "f" / "ema.pt")
    assert rebuilt["step"] == written["step"] == 2 and rebuilt["config"] == written["config"]
    for k in written["model"]:
        assert torch.equal(torch.load(tmp_path / "again.pt")["model"][k], written["model"][k]), k
    train.main(_args(tmp_path, tok_path, tiny_corpus, 2, "g", "g"))
    with pytest.raises(SystemExit, match="carries no EMA"):
        write_ema_checkpoint(str(tmp_path / "g" / "latest.pt"), str(tmp_path / "x.pt"))
