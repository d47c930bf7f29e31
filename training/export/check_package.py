"""Checks an exported MegaContext model package against the PyTorch checkpoint it came from:
manifest sizes/sha256, embeddings file, and ONNX logits (onnxruntime-node) vs PyTorch for a
real prompt — prefill with empty past, then a decode call with a non-empty KV cache and
non-contiguous position_ids, with num_logits_to_keep = 1.

    /usr/bin/python3 -m training.export.check_package --ckpt training/checkpoints/demo/ema.pt \
        --package public/models/demo
"""
from __future__ import annotations

import argparse
import json
import os

import numpy as np
import torch

from ..tokenizer.bpe import ByteBPETokenizer
from ..run_control import sha256_file
from .onnx_export import load_model
from .ort_bridge import run_onnx


def _feeds(emb, mask, pos, past, keep):
    f = {"inputs_embeds": emb, "attention_mask": mask, "position_ids": pos,
         "num_logits_to_keep": np.array(keep, dtype=np.int64)}
    for i, (k, v) in enumerate(past):
        f[f"past_key_values.{i}.key"], f[f"past_key_values.{i}.value"] = k, v
    return f


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--package", required=True)
    a = ap.parse_args()
    torch.set_num_threads(2)
    man = json.load(open(os.path.join(a.package, "manifest.json")))
    for name, info in man["files"].items():
        p = os.path.join(a.package, name)
        assert os.path.getsize(p) == info["bytes"] and sha256_file(p) == info["sha256"], name
    model, _ = load_model(a.ckpt)
    c = model.c
    table = np.fromfile(os.path.join(a.package, "embeddings.f32.bin"), dtype="<f4").reshape(c.vocab_size, c.d_model)
    assert np.array_equal(table, model.embed.weight.detach().numpy())
    tok = ByteBPETokenizer.load(os.path.join(a.package, "tokenizer.json"))
    ids = [tok.special_ids["<|bos|>"]] + tok.encode("The pass key is 4711. Remember it. The grass is green. "
                                                    "What is the pass key? The pass key is")
    T = len(ids)
    emb = table[ids][None]  # (1, T, d)
    pos = np.arange(T, dtype=np.int64)[None]
    mask = np.ones((1, T), dtype=np.int64)
    empty = [(np.zeros((1, c.n_kv_heads, 0, c.head_dim), np.float32),) * 2 for _ in range(c.n_layers)]
    out = run_onnx(os.path.join(a.package, "decoder.onnx"), _feeds(emb, mask, pos, empty, 0))
    with torch.no_grad():
        ref, pres = model(inputs_embeds=torch.from_numpy(emb), position_ids=torch.from_numpy(pos),
                          attention_mask=torch.from_numpy(mask), past=None)
    d1 = float(np.abs(out["logits"] - ref.numpy()).max())
    nxt = int(ref[0, -1].argmax())
    emb2 = table[[nxt, nxt]][None]
    pos2 = np.array([[T + 5, T + 40]], dtype=np.int64)  # non-contiguous (gist-like gaps)
    mask2 = np.ones((1, T + 2), dtype=np.int64)
    past = [(out[f"present.{i}.key"], out[f"present.{i}.value"]) for i in range(c.n_layers)]
    out2 = run_onnx(os.path.join(a.package, "decoder.onnx"), _feeds(emb2, mask2, pos2, past, 1))
    with torch.no_grad():
        ref2, _ = model(inputs_embeds=torch.from_numpy(emb2), position_ids=torch.from_numpy(pos2),
                        attention_mask=torch.from_numpy(mask2), past=pres)
    d2 = float(np.abs(out2["logits"][:, -1] - ref2[:, -1].numpy()).max())
    res = {"prefill_max_abs_diff": d1, "cached_decode_max_abs_diff": d2,
           "argmax_equal": int(out["logits"][0, -1].argmax()) == nxt, "ok": d1 < 1e-3 and d2 < 1e-3}
    print(json.dumps(res))
    if not res["ok"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
