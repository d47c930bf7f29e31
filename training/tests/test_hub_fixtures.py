"""Hub fixture repositories (training/export/hub_fixtures.py): every decoder file, in every
exporter's layout, runs on onnxruntime-node (contrib ops on CPU) and computes the tiny Llama of
hub_fixtures_ref.py — the numpy reference on the weights the file stores (quantised, fp16) — on
a prefill and on a step that reads the KV cache it returned."""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess

import numpy as np
import pytest

from training.export.hub_fixtures import TIED_REPOS, write_repositories
from training.export.hub_fixtures_quant import (dequantize_int4_rows, dequantize_int8, dequantize_q4,
                                                quantize_int4_rows, quantize_int8, quantize_q4)
from training.export.hub_fixtures_ref import TinyLlama, Weights, random_weights, reference_forward

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
HAVE_ORT = shutil.which("node") and os.path.isdir(os.path.join(ROOT, "node_modules", "onnxruntime-node"))

# Runs one model on onnxruntime-node: float32 / float16 / int64 tensors in and out (base64).
RUNNER = r"""
const ort = require('onnxruntime-node');
const fs = require('fs');
const [req, res] = process.argv.slice(1);
(async () => {
  const r = JSON.parse(fs.readFileSync(req, 'utf8'));
  const s = await ort.InferenceSession.create(r.model);
  const feeds = {};
  for (const [name, t] of Object.entries(r.inputs)) {
    const b = Buffer.from(t.b64, 'base64');
    const ab = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    const data = t.dtype === 'int64' ? new BigInt64Array(ab) : t.dtype === 'float16' ? new Uint16Array(ab)
      : t.dtype === 'bool' ? new Uint8Array(ab) : new Float32Array(ab);
    feeds[name] = new ort.Tensor(t.dtype, data, t.dims);
  }
  const out = await s.run(feeds);
  const o = {};
  for (const [name, t] of Object.entries(out)) {
    o[name] = { dtype: t.type, dims: t.dims,
                b64: Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength).toString('base64') };
  }
  fs.writeFileSync(res, JSON.stringify(o));
})().catch((e) => { console.error(e); process.exit(1); });
"""
NP = {"int64": "<i8", "float32": "<f4", "float16": "<f2", "bool": "|b1"}


def run_ort(path: str, feeds: dict[str, np.ndarray], tmp) -> dict[str, np.ndarray]:
    req = {"model": os.path.abspath(path), "inputs": {}}
    for name, a in feeds.items():
        dtype = {np.dtype(np.int64): "int64", np.dtype(np.float32): "float32", np.dtype(np.float16): "float16",
                 np.dtype(np.bool_): "bool"}[a.dtype]
        req["inputs"][name] = {"dtype": dtype, "dims": list(a.shape),
                               "b64": base64.b64encode(np.ascontiguousarray(a).astype(NP[dtype]).tobytes()).decode()}
    rq, rs = tmp / "req.json", tmp / "res.json"
    rq.write_text(json.dumps(req))
    p = subprocess.run(["node", "-e", RUNNER, str(rq), str(rs)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert p.returncode == 0, p.stderr[-3000:]
    out = json.loads(rs.read_text())
    return {k: np.frombuffer(base64.b64decode(v["b64"]), dtype=NP[v["dtype"]]).reshape(v["dims"])
            for k, v in out.items()}


def stored_weights(w: Weights, repo: str, file: str) -> Weights:
    """The weights the file really holds: quantised linears / tables, fp16-rounded floats."""
    f16 = "fp16" in file or "q4f16" in file
    rnd = (lambda a: a.astype(np.float16).astype(np.float32)) if f16 else (lambda a: a)
    q4 = "_q4" in file
    i8 = "int8" in file or "uint8" in file

    def lin(a: np.ndarray) -> np.ndarray:
        if q4:
            q, s = quantize_q4(a)
            return dequantize_q4(q, rnd(s))
        if i8:
            signed = "uint8" not in file
            return dequantize_int8(*quantize_int8(a, signed=signed, reduce_range=signed))
        return rnd(a)

    layers = [{k: (lin(v) if k.startswith("w") else rnd(v)) for k, v in L.items()} for L in w.layers]
    lm = lin(w.lm_head)
    if repo == "quantized-embedding":
        embed = lm.T.copy()  # GatherBlockQuantized reads the LM head's 4-bit weight
    elif repo == "int4-embedding":
        embed = dequantize_int4_rows(*quantize_int4_rows(w.embed))
    elif i8:
        embed = dequantize_int8(*quantize_int8(w.embed, signed="uint8" not in file))
    else:
        embed = rnd(w.embed)
    return Weights(w.cfg, embed, layers, rnd(w.norm), lm)


# max |Δ| against the reference, relative to the reference logits' spread (std ≈ 1). A wrong
# packing, nibble order, scale or rotary layout gives Δ of the order of the logits themselves.
# Measured on the fixtures (seed 17): fp32 / q4 1.6e-6, fp16 ≤ 3.6e-3, q4f16 3.0e-3, int8 8.9e-2
# (activations quantised per call by DynamicQuantizeLinear; with 7-bit int8 weights, 8.8e-2 / 8.2e-2
# for int8 / uint8 on an AVX2-only EPYC, where full-range int8 weights saturated: 0.30).
TOL = {"fp32": 1e-4, "fp16": 1e-2, "q4": 1e-4, "q4f16": 1e-2, "int8": 0.15}
# The builder's MatMulNBits carry accuracy_level 4 (activations quantised to int8 inside the op,
# as the builder sets for CPU int4): measured 6e-2 on builder/model_q4.onnx, 2e-6 with level 0.
ACCURACY_LEVEL_4 = 0.12


def dtype_of(file: str) -> str:
    for k in ("q4f16", "fp16", "q4", "int8"):
        if f"_{k}" in file or (k == "int8" and "uint8" in file):
            return k
    return "fp32"


@pytest.fixture(scope="module")
def repos(tmp_path_factory):
    out = tmp_path_factory.mktemp("hub")
    return out, write_repositories(str(out))


def test_index_lists_every_layout(repos):
    out, index = repos
    assert set(index["repos"]) == {"optimum", "builder", "builder-fused-rope", "external-data", "logits-to-keep",
                                   "tied", "merged", "quantized-embedding", "int4-embedding"}
    for repo, r in index["repos"].items():
        for f in ("config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json"):
            assert (out / repo / f).is_file()
        cfg = json.loads((out / repo / "config.json").read_text())
        assert cfg["tie_word_embeddings"] == (repo in TIED_REPOS)
        for name, e in r["files"].items():
            assert (out / repo / "onnx" / name).is_file()
            assert e["inputs"][0] == "input_ids" and e["outputs"][0] == "logits"
            assert ("use_cache_branch" in e["inputs"]) == (repo == "merged")
            assert ("position_ids" in e["inputs"]) == (repo != "builder-fused-rope")
    ext = index["repos"]["external-data"]["files"]["model.onnx"]["external_data"]
    assert ext == ["onnx/model.onnx_data", "onnx/model.onnx_data_1"]
    assert os.path.getsize(out / "external-data" / "onnx" / "model.onnx") < 64 * 1024  # weights live outside
    assert ("com.microsoft.GatherBlockQuantized"
            in index["repos"]["quantized-embedding"]["files"]["model_q4.onnx"]["ops"])


CASES = [(r, f) for r, fs in {
    "optimum": ["model.onnx", "model_fp16.onnx", "model_q4.onnx", "model_q4f16.onnx", "model_int8.onnx",
                "model_uint8.onnx"],
    "builder": ["model_q4.onnx", "model_q4f16.onnx"],
    "builder-fused-rope": ["model_q4.onnx", "model_q4f16.onnx"],
    "external-data": ["model.onnx"],
    "tied": ["model.onnx", "model_fp16.onnx"],
    "merged": ["decoder_model_merged.onnx"],
    "logits-to-keep": ["model.onnx"],
    "quantized-embedding": ["model_q4.onnx", "model_q4f16.onnx"],
    "int4-embedding": ["model_q4.onnx"],
}.items() for f in fs]


@pytest.mark.skipif(not HAVE_ORT, reason="node + onnxruntime-node needed")
@pytest.mark.parametrize("repo,file", CASES)
def test_fixture_computes_the_reference_model(repos, repo, file, tmp_path):
    out, index = repos
    entry = index["repos"][repo]["files"][file]
    w = stored_weights(random_weights(TinyLlama(**index["config"]), index["seed"], tied=repo in TIED_REPOS), repo, file)
    c = w.cfg
    io16 = repo != "optimum" and repo != "external-data" and "16" in file  # builder layouts keep fp16 I/O
    io = np.float16 if io16 else np.float32
    path = str(out / repo / "onnx" / file)

    ids = np.array([[5, 812, 77, 4093, 8191]], dtype=np.int64)
    feeds = {"input_ids": ids, "attention_mask": np.ones((1, 5), np.int64)}
    if "use_cache_branch" in entry["inputs"]:
        feeds["use_cache_branch"] = np.array([False])  # the no-past branch (the past is ignored)
    if "logits_to_keep" in entry["inputs"]:
        feeds["logits_to_keep"] = np.array(0, dtype=np.int64)  # all positions
    if "position_ids" in entry["inputs"]:
        feeds["position_ids"] = np.arange(5, dtype=np.int64)[None]
    for i in range(c.layers):
        for kv in ("key", "value"):
            feeds[f"past_key_values.{i}.{kv}"] = np.zeros((1, c.kv_heads, 0, c.head_dim), io)
    got = run_ort(path, feeds, tmp_path)
    ref, present = reference_forward(w, ids, np.arange(5)[None])
    tol = ACCURACY_LEVEL_4 if repo != "optimum" and "_q4" in file else TOL[dtype_of(file)]
    spread = ref.std()
    assert got["logits"].shape == (1, 5, c.vocab) and got["logits"].dtype == io
    err = np.abs(got["logits"].astype(np.float64) - ref).max() / spread
    assert err < tol, f"prefill: max|Δ|/std {err:.2e} ≥ {tol}"
    assert np.abs(got["present.1.value"].astype(np.float64) - present[1][1]).max() < tol * 10

    # A step of two tokens over the returned cache.
    ids2 = np.array([[19, 2048]], dtype=np.int64)
    step = {"input_ids": ids2, "attention_mask": np.ones((1, 7), np.int64)}
    if "use_cache_branch" in entry["inputs"]:
        step["use_cache_branch"] = np.array([True])
    if "logits_to_keep" in entry["inputs"]:
        step["logits_to_keep"] = np.array(1, dtype=np.int64)  # the last position only
    if "position_ids" in entry["inputs"]:
        step["position_ids"] = np.array([[5, 6]], dtype=np.int64)
    for i in range(c.layers):
        for kv in ("key", "value"):
            step[f"past_key_values.{i}.{kv}"] = got[f"present.{i}.{kv}"]
    got2 = run_ort(path, step, tmp_path)
    ref2, _ = reference_forward(w, ids2, np.array([[5, 6]]), past=present)
    if "logits_to_keep" in entry["inputs"]:
        assert got2["logits"].shape == (1, 1, c.vocab)
        ref2 = ref2[:, -1:]
    err2 = np.abs(got2["logits"].astype(np.float64) - ref2).max() / spread
    assert err2 < tol, f"step: max|Δ|/std {err2:.2e} ≥ {tol}"
    assert got2["present.0.key"].shape == (1, c.kv_heads, 7, c.head_dim)
