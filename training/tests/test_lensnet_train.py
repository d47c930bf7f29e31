"""LensNet pipeline (make_labels.py → train.py) on the tiny corpus and a tiny base model: shards
with labels are written deterministically, training resumes to the same weights."""
import csv
import json
import shutil

import pytest
import torch

from training.checkpoint import save_checkpoint
from training.lensnet import make_labels, train as ltrain
from training.model.config import PRESETS
from training.model.llama import LlamaLM


def _base(tmp_path):
    torch.manual_seed(0)
    m = LlamaLM(PRESETS["tiny"]).eval()
    p = tmp_path / "base.pt"
    save_checkpoint(str(p), model=m, optimizer=None, step=0, tokens_seen=0, data_state={}, config=m.c.to_dict(),
                    args={})
    return p


def test_labels_then_training_resumes(tmp_path, tiny_tokenizer, tiny_corpus):
    _, tok_path = tiny_tokenizer
    base = _base(tmp_path)
    common = ["--base-ckpt", str(base), "--tokenizer", tok_path, "--tokens-dir", str(tiny_corpus / "tokens"),
              "--corpus-jsonl", str(tiny_corpus / "train.jsonl")]
    lab = ["--shards", "3", "--per-shard", "3", "--min-chars", "600", "--max-chars", "1200",
           "--corpus-tokens", "256", "--horizon", "16", "--protected", "32", "--max-labels", "8"]
    make_labels.main(["--out", str(tmp_path / "lab"), *common, *lab])
    make_labels.main(["--out", str(tmp_path / "lab2"), *common, *lab, "--shards", "1"])
    a, b = torch.load(tmp_path / "lab" / "shard_00000.pt"), torch.load(tmp_path / "lab2" / "shard_00000.pt")
    assert [e["wc"] for e in a] == [e["wc"] for e in b]  # deterministic
    assert all(torch.equal(x["target"], y["target"]) for x, y in zip(a, b))
    assert sum(int(e["label_mask"].sum()) for e in a) > 0
    assert json.load(open(tmp_path / "lab" / "meta.json"))["gists"]["kind"] == "mean-pool"
    tr = ["--labels-dir", str(tmp_path / "lab"), "--runs-dir", str(tmp_path / "runs"), "--batch", "2",
          "--width", "16", "--heads", "2", "--mlp-hidden", "32", "--total-steps", "4", "--warmup", "1",
          "--eval-every", "2"]
    ltrain.main([*tr, "--run", "x", "--ckpt-dir", str(tmp_path / "x"), "--max-steps", "4"])
    ltrain.main([*tr, "--run", "y", "--ckpt-dir", str(tmp_path / "y"), "--max-steps", "2"])
    last = ltrain.main([*tr, "--run", "y", "--ckpt-dir", str(tmp_path / "y"), "--max-steps", "4"])
    x, y = torch.load(tmp_path / "x" / "latest.pt"), torch.load(tmp_path / "y" / "latest.pt")
    assert x["step"] == y["step"] == 4 and x["kind"] == "lensnet"
    for k in x["model"]:
        assert torch.allclose(x["model"][k], y["model"][k], atol=1e-6), k
    assert 0 <= last["sign_agreement"] <= 1
    ltrain.main([*tr, "--run", "z", "--ckpt-dir", str(tmp_path / "z"), "--max-steps", "4", "--keep-best"])
    # several label folders: shards in the order given; folders for another policy are refused
    ltrain.main([*tr, "--labels-dir", str(tmp_path / "lab"), str(tmp_path / "lab2"), "--run", "w",
                 "--ckpt-dir", str(tmp_path / "w"), "--max-steps", "2"])
    shutil.copytree(tmp_path / "lab2", tmp_path / "lab3")
    m3 = json.load(open(tmp_path / "lab3" / "meta.json"))
    json.dump({**m3, "policy": "absolute"}, open(tmp_path / "lab3" / "meta.json", "w"))
    with pytest.raises(SystemExit, match="different"):
        ltrain.main([*tr, "--labels-dir", str(tmp_path / "lab"), str(tmp_path / "lab3"), "--run", "v",
                     "--ckpt-dir", str(tmp_path / "v"), "--max-steps", "2"])
    fits = [float(r["val_fit"]) for r in csv.DictReader(open(tmp_path / "runs" / "z" / "loss.csv")) if r["val_fit"]]
    best = torch.load(tmp_path / "z" / "best.pt")
    assert len(fits) == 2 and abs(best["val_fit"] - min(fits)) < 1e-4 and best["step"] in (2, 4)


def test_alternating_rounds_resume(tmp_path, tiny_tokenizer, tiny_corpus):
    from training.lensnet import alternate
    _, tok_path = tiny_tokenizer
    base = _base(tmp_path)
    data = (f"--tokenizer {tok_path} --tokens-dir {tiny_corpus / 'tokens'} "
            f"--corpus-jsonl {tiny_corpus / 'train.jsonl'}")
    args = ["--name", "t", "--work-dir", str(tmp_path / "w"), "--base-ckpt", str(base), "--gist-steps-per-round", "2",
            "--label-shards", "2", "--label-per-shard", "2", "--lens-steps-per-round", "2", "--data-args", data,
            "--extra-gist-args", "--batch 2 --ctx 32 --horizon 16 --width 16 --mlp-hidden 32 --log-every 0",
            "--extra-label-args",
            "--min-chars 600 --max-chars 900 --corpus-tokens 256 --horizon 16 --protected 32 --max-labels 6",
            "--extra-lens-args", "--batch 2 --width 16 --heads 2 --mlp-hidden 32 --eval-every 0"]
    alternate.main([*args, "--rounds", "1"])
    alternate.main([*args, "--rounds", "2"])
    g = torch.load(tmp_path / "w" / "checkpoints" / "t-gist" / "latest.pt")
    lens = torch.load(tmp_path / "w" / "checkpoints" / "t-lens" / "latest.pt")
    assert g["step"] == 4 and lens["step"] == 4
    r1 = json.load(open(tmp_path / "w" / "data" / "lens-labels" / "t" / "round1" / "meta.json"))
    assert r1["gists"]["kind"] == "gistnet" and r1["gists"]["step"] == 4
    assert lens["labels"]["gists"]["step"] == 4  # LensNet's last round used the newest GistNet


def test_lensnet_learns_to_point_at_the_needle():
    """Counterfactual labels from the hand-built copying model on random needle positions: after
    training, LensNet's top-scoring entry on held-out WCs is the one whose expansion helps most."""
    import random
    import types

    from training.lensnet.examples import collate, make_example
    from training.lensnet.losses import lensnet_loss
    from training.lensnet.model import LensNet, LensNetConfig
    from training.lensnet.train import evaluate
    from training.lensnet.wc import mean_pool_gists
    from training.tests.test_lensnet_labels import N_TOK, Q_TOK, copy_model
    m = copy_model()
    rng = random.Random(0)
    exs = []
    for i in range(48):
        hist = torch.randint(0, 10, (48,), generator=torch.Generator().manual_seed(i))
        hist[rng.randrange(12) * 4 + rng.randrange(4)] = N_TOK
        hist = torch.cat([hist, torch.tensor([Q_TOK])])
        exs.append(make_example(m, mean_pool_gists, hist, torch.tensor([N_TOK]), rng, terms=torch.arange(16), K=4,
                                max_level=2, protected_tokens=1, tail_tokens=3, max_rows=64))
    train, val = exs[:36], exs[36:]
    torch.manual_seed(0)
    net = LensNet(LensNetConfig(d_model=8, width=16, heads=2, layers=1, mlp_hidden=32))
    opt = torch.optim.AdamW(net.parameters(), lr=3e-3)
    for s in range(150):
        b = collate(train[(s * 12) % 36:(s * 12) % 36 + 12])
        sc = net(b["entries"], b["levels"], b["ages"], b["entry_mask"], b["tail"], b["tail_mask"], b["match"])
        L = lensnet_loss(sc, b["target"], b["label_mask"], b["entry_mask"], b["can_expand"], b["can_collapse"],
                         b["cost"])
        opt.zero_grad()
        L["loss"].backward()
        opt.step()
    ev = evaluate(net, val, "cpu", types.SimpleNamespace(batch=12))
    assert ev["top1_cases"] >= 5 and ev["top1_agreement"] >= 0.7 and ev["sign_agreement"] >= 0.9, ev


def test_batches_group_similar_sizes_and_cover_each_epoch():
    """batch_at: every example once per epoch, deterministic, and batches hold WCs of similar size."""
    import random as _r
    rng = _r.Random(0)
    data = [{"entries": torch.zeros(rng.choice([50, 60, 1500, 1800]), 2), "id": i} for i in range(64)]
    epoch = [e["id"] for s in range(8) for e in ltrain.batch_at(data, s, 8, 3)]
    assert sorted(epoch) == list(range(64))
    assert [e["id"] for e in ltrain.batch_at(data, 5, 8, 3)] == [e["id"] for e in ltrain.batch_at(data, 5, 8, 3)]
    assert epoch != [e["id"] for s in range(8, 16) for e in ltrain.batch_at(data, s, 8, 3)]  # reshuffled
    spreads = [max(n) / min(n) for s in range(8)
               for n in [[e["entries"].shape[0] for e in ltrain.batch_at(data, s, 8, 3)]]]
    assert sum(r > 2 for r in spreads) <= 1  # at most the one batch that straddles the small/large boundary


def test_too_few_shards_is_a_clear_error(tmp_path):
    (tmp_path / "lab").mkdir()
    with pytest.raises(SystemExit, match="need more than --val-shards"):
        ltrain.main(["--labels-dir", str(tmp_path / "lab"), "--runs-dir", str(tmp_path / "runs"), "--run", "e"])
