"""MegaContext decoder export: ONNX (run by onnxruntime-node) equals PyTorch, including a
non-empty KV cache, non-contiguous position_ids, a masked entry and num_logits_to_keep."""
import dataclasses
import json
import os
import shutil

import numpy as np
import pytest
import torch

from training.export.onnx_export import MIN_W_MAX, export_package
from training.recall.templates import ABSENT_REPLY
from training.recall.episodes import ANSWER_FRAMES
from training.export.ort_bridge import run_onnx
from training.model.config import PRESETS
from training.model.llama import LlamaLM

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
HAVE_ORT = shutil.which("node") and os.path.isdir(os.path.join(ROOT, "node_modules", "onnxruntime-node"))


def _feeds(c, emb, mask, pos, past, keep):
    f = {"inputs_embeds": emb.numpy(), "attention_mask": mask.numpy(), "position_ids": pos.numpy(),
         "num_logits_to_keep": np.array(keep, dtype=np.int64)}
    for i, (k, v) in enumerate(past):
        f[f"past_key_values.{i}.key"], f[f"past_key_values.{i}.value"] = k.numpy(), v.numpy()
    return f


def test_the_manifest_records_a_measured_default_w_max_within_the_native_context(tmp_path, tiny_tokenizer):
    _, tok_path = tiny_tokenizer
    torch.manual_seed(0)
    m = LlamaLM(dataclasses.replace(PRESETS["tiny"], native_context=512)).eval()
    man = export_package(m, str(tmp_path / "ok"), os.path.dirname(tok_path), "test", "0.0.0", {}, w_max_default=384,
                         memory_check=True, memory_quote=True, answer_copy=True)
    assert man["w_max_default"] == 384 == json.load(open(tmp_path / "ok" / "manifest.json"))["w_max_default"]
    assert json.load(open(tmp_path / "ok" / "manifest.json"))["memory_check"] is True
    assert json.load(open(tmp_path / "ok" / "manifest.json"))["absent_reply"] == ABSENT_REPLY
    assert json.load(open(tmp_path / "ok" / "manifest.json"))["memory_quote"] is True
    assert json.load(open(tmp_path / "ok" / "manifest.json"))["answer_frames"] == list(ANSWER_FRAMES)
    for bad in (513, MIN_W_MAX - 1):
        with pytest.raises(ValueError, match="w_max_default"):
            export_package(m, str(tmp_path / "bad"), os.path.dirname(tok_path), "test", "0.0.0", {}, w_max_default=bad)
    assert not os.path.exists(tmp_path / "bad")


def test_the_smallest_default_w_max_is_the_apps():
    ts = open(os.path.join(ROOT, "src", "models", "model-manifest.ts")).read()
    assert f"export const MIN_W_MAX = {MIN_W_MAX};" in ts


@pytest.mark.skipif(not HAVE_ORT, reason="node + onnxruntime-node needed")
def test_onnx_matches_torch_with_cache(tmp_path, tiny_tokenizer):
    _, tok_path = tiny_tokenizer
    torch.manual_seed(0)
    m = LlamaLM(PRESETS["tiny"]).eval()
    c = m.c
    man = export_package(m, str(tmp_path), os.path.dirname(tok_path), "test", "0.0.0", {})
    assert "w_max_default" not in man
    assert "memory_check" not in man and "memory_quote" not in man and "absent_reply" not in man
    assert "answer_frames" not in man
    for name, info in man["files"].items():
        assert os.path.getsize(tmp_path / name) == info["bytes"]
    emb_file = np.fromfile(tmp_path / "embeddings.f32.bin", dtype="<f4").reshape(c.vocab_size, c.d_model)
    assert np.array_equal(emb_file, m.embed.weight.detach().numpy())
    cfg = json.load(open(tmp_path / "config.json"))
    assert cfg["num_key_value_heads"] == c.n_kv_heads and cfg["head_dim"] == c.head_dim

    onnx_path = str(tmp_path / "decoder.onnx")
    B, T = 2, 5
    emb = torch.randn(B, T, c.d_model)
    pos = torch.arange(T)[None].repeat(B, 1)
    mask = torch.ones(B, T, dtype=torch.long)
    empty = [(torch.zeros(B, c.n_kv_heads, 0, c.head_dim),) * 2 for _ in range(c.n_layers)]
    out = run_onnx(onnx_path, _feeds(c, emb, mask, pos, empty, 0))
    with torch.no_grad():
        ref, pres = m(inputs_embeds=emb, position_ids=pos, attention_mask=mask, past=empty)
    np.testing.assert_allclose(out["logits"], ref.numpy(), atol=1e-4)

    # Second call: non-empty cache, gist-like jump in positions, one masked past entry, keep 1.
    emb2 = torch.randn(B, 3, c.d_model)
    pos2 = torch.tensor([[40, 41, 90], [7, 8, 9]])
    mask2 = torch.ones(B, T + 3, dtype=torch.long)
    mask2[0, 2] = 0
    past = [(torch.from_numpy(out[f"present.{i}.key"].copy()), torch.from_numpy(out[f"present.{i}.value"].copy()))
            for i in range(c.n_layers)]
    out2 = run_onnx(onnx_path, _feeds(c, emb2, mask2, pos2, past, 1))
    with torch.no_grad():
        ref2, pres2 = m(inputs_embeds=emb2, position_ids=pos2, attention_mask=mask2, past=pres)
    assert out2["logits"].shape == (B, 1, c.vocab_size)
    np.testing.assert_allclose(out2["logits"][:, 0], ref2[:, -1].numpy(), atol=1e-4)
    np.testing.assert_allclose(out2["present.1.value"], pres2[1][1].numpy(), atol=1e-5)
    assert out2["present.0.key"].shape == (B, c.n_kv_heads, T + 3, c.head_dim)


def test_evaluation_summary_is_tied_to_the_checkpoint_step(tmp_path):
    from training.export.onnx_export import evaluation_summary
    e = {"date": "d", "checkpoint": {"step": 700}, "heldout": {"perplexity": 232.9071},
         "passkey": {"1000": {"accuracy": 0.95, "n": 40, "mean_prompt_tokens": 998.67, "samples": []}},
         "multikey_1000": {"accuracy": 0.5, "n": 20, "keys": 4},
         "chat_qa": {"records": {"exact_match": 0.15, "n": 20, "samples": []}}}
    p = tmp_path / "eval.json"
    p.write_text(json.dumps(e))
    s = evaluation_summary(str(p), 700)
    assert s["passkey"]["1000"] == {"accuracy": 0.95, "n": 40, "mean_prompt_tokens": 998.7}
    assert s["heldout_perplexity"] == 232.91 and s["multikey_1000"]["keys"] == 4
    assert s["chat_qa"] == {"records": {"exact_match": 0.15, "n": 20}}
    with pytest.raises(ValueError, match="evaluates step 700"):
        evaluation_summary(str(p), 701)
