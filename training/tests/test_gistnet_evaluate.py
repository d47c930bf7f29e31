"""ΔNLL@H evaluation script (training/gistnet/evaluate.py) on a tiny base model + tiny GistNet
checkpoint: JSON with every variant's distribution (learned, the training-free rules, drop),
consistent with direct computation."""
import json

import torch

from training.checkpoint import save_checkpoint
from training.gistnet import evaluate, oracle, train as gtrain
from training.model.config import PRESETS
from training.model.llama import LlamaLM


def test_evaluate_writes_distributions(tmp_path, tiny_tokenizer, tiny_corpus):
    _, tok_path = tiny_tokenizer
    torch.manual_seed(0)
    m = LlamaLM(PRESETS["tiny"]).eval()
    base = tmp_path / "base.pt"
    save_checkpoint(str(base), model=m, optimizer=None, step=3, tokens_seen=0, data_state={}, config=m.c.to_dict(),
                    args={})
    gtrain.main(["--run", "g", "--base-ckpt", str(base), "--tokenizer", tok_path, "--tokens-dir",
                 str(tiny_corpus / "tokens"),
                 "--corpus-jsonl", str(tiny_corpus / "train.jsonl"), "--runs-dir", str(tmp_path / "runs"),
                 "--ckpt-dir", str(tmp_path / "g"), "--batch", "2", "--ctx", "32", "--horizon", "16", "--width", "16",
                 "--mlp-hidden", "32", "--max-steps", "2", "--log-every", "0"])
    out = tmp_path / "dnll.json"
    rep = evaluate.main(["--base-ckpt", str(base), "--gistnet-ckpt", str(tmp_path / "g" / "latest.pt"),
                         "--tokens-dir", str(tiny_corpus / "tokens"), "--out", str(out), "--windows", "6",
                         "--ctx", "32", "--horizon", "16", "--batch", "4"])
    saved = json.load(open(out))
    assert saved["results"] == rep["results"] and saved["gistnet"]["trained_on_base_step"] == 3
    r = saved["results"]["lod1"]
    assert evaluate.VARIANTS == ("learned", "mean", "last", "last4", "mix50", "mix75", "mix90", "mix75-last",
                                 "mix90-last", "drop")
    for k in evaluate.VARIANTS:
        assert r[k]["n"] == 6 and r[k]["p50"] <= r[k]["p90"]
    assert saved["policy"] == "compacted" and saved["git_revision"]
    for k in evaluate.VARIANTS:  # per-position means average to the per-window mean
        assert len(r["per_position"][k]) == 16
        assert abs(sum(r["per_position"][k]) / 16 - r[k]["mean"]) < 1e-4
    assert set(r["row_norm_mean"]) == set(evaluate.VARIANTS) - {"drop"}
    # a subset of the training-free rules measures only those
    sub = evaluate.main(["--base-ckpt", str(base), "--tokens-dir", str(tiny_corpus / "tokens"), "--out",
                         str(tmp_path / "sub.json"),
                         "--windows", "2", "--ctx", "32", "--horizon", "16", "--training-free", "last", "mix75"])
    assert set(sub["results"]["lod1"]["row_norm_mean"]) == {"last", "mix75"}
    assert "mean" not in sub["results"]["lod1"] and "learned" not in sub["results"]["lod1"]


def test_oracle_row_beats_mean_pooling_on_its_own_windows(tmp_path, tiny_corpus):
    """The oracle row starts at the mean-pooled row and descends the KL to the base model reading
    the span, so its ΔNLL@H ends below mean pooling's on the same windows."""
    torch.manual_seed(0)
    m = LlamaLM(PRESETS["tiny"]).eval()
    base = tmp_path / "base.pt"
    save_checkpoint(str(base), model=m, optimizer=None, step=3, tokens_seen=0, data_state={}, config=m.c.to_dict(),
                    args={})
    out = tmp_path / "oracle.json"
    rep = oracle.main(["--base-ckpt", str(base), "--tokens-dir", str(tiny_corpus / "tokens"), "--out", str(out),
                       "--windows", "4", "--ctx", "32", "--horizon", "16", "--batch", "4", "--steps", "30", "--lr",
                       "0.1"])
    assert json.load(open(out))["results"] == rep["results"]
    r = rep["results"]
    assert r["oracle"]["n"] == r["mean"]["n"] == 4
    assert r["oracle"]["mean"] < r["mean"]["mean"]
