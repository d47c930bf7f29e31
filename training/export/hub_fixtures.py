"""Hub fixture repositories (issue 17 item 5): the tiny random decoder of hub_fixtures_ref.py
written out as complete hub repositories in the transformers.js layout, one per way real models
are published, so the app's hub loader (src/models/hub-package.ts, src/models/onnx/) is tested
on every layout without a download.

    /usr/bin/python3 -m training.export.hub_fixtures --out build/fixtures/hub

Seconds on CPU (numpy + onnx.helper, no torch). Each repository holds config.json,
generation_config.json, tokenizer.json + tokenizer_config.json (the demo tokenizer, as the tiny
test package uses), and onnx/model*.onnx; index.json lists every repository and variant.

Layouts and where the knowledge of each came from
--------------------------------------------------
File names, dtype suffixes and external-data chunk names: transformers.js 4.3.1 as installed here
(node_modules/@huggingface/transformers: DEFAULT_DTYPE_SUFFIX_MAPPING — fp32 "", fp16 "_fp16",
int8 "_int8", uint8 "_uint8", q8 "_quantized", q4 "_q4", q4f16 "_q4f16", bnb4 "_bnb4";
getExternalDataChunkNames — `<file>.onnx_data`, `<file>.onnx_data_1`, …, counted by
config["transformers.js_config"].use_external_data_format; kv_cache_dtype in the same block).

- optimum/ — a Hugging Face Llama exported by Optimum (torch.onnx: standard ONNX ops, inputs
  input_ids / attention_mask / position_ids / past_key_values.N.key|value, outputs logits /
  present.N.key|value, the mask built from Shape(input_ids) and attention_mask, embedding
  Gather on model.embed_tokens.weight), then converted by transformers.js's scripts/quantize.py
  (read from huggingface/transformers.js): model_fp16 = float16.convert_float_to_float16 with
  keep_io_types=True (fp16 weights, Cast nodes at the float graph inputs and outputs);
  model_q4 / model_q4f16 = MatMul4BitsQuantizer (block 32, symmetric → MatMulNBits, the
  embedding Gather stays float); model_int8 / model_uint8 = ONNXQuantizer IntegerOps (Gather on
  an 8-bit table + DequantizeLinear; DynamicQuantizeLinear + MatMulInteger). This is the set of
  files the transformers.js conversion script writes into onnx/ of repositories such as
  HuggingFaceTB/SmolLM2-135M-Instruct or onnx-community/Qwen2.5-0.5B-Instruct (from memory of
  those repositories; no hub access here to re-check them).
- builder/ — onnxruntime-genai's model builder (src/python/py/models/builders/base.py of
  microsoft/onnxruntime-genai, read at a0c04eb): io dtype = model dtype (fp16 KV cache and
  logits in q4f16), attention mask → ReduceSum−1 → seqlens_k and Shape → total_seq_len for
  GroupQueryAttention, SimplifiedLayerNormalization then SkipSimplifiedLayerNormalization
  (residual sum as output 3), MatMulNBits q4 weights named *.MatMul.weight_Q4 / _scales,
  RotaryEmbedding on q and k with position_ids (the layout of builds without fused RoPE).
- builder-fused-rope/ — the builder's current default: GQA applies RoPE itself (do_rotary=1,
  packed QKV MatMul), so the graph has no position_ids input ("GQA + Rot.Emb. does not require
  position_ids as input", base.py make_attention_init).
- external-data/ — the Optimum fp32 graph with its weights in two external data files,
  model.onnx_data and model.onnx_data_1 (the embedding table at an offset inside the second), as
  transformers.js names chunks of graphs over 2 GB.
- logits-to-keep/ — the Optimum graph with transformers' `logits_to_keep` as an int64 scalar input
  (logits of the last n positions; 0 keeps all), the argument recent transformers forwards take.
- tied/ — builder shared embeddings without quantisation: the embedding is
  Gather(Transpose(lm_head.MatMul.weight)) (base.py make_embedding, tied_unquantized_embeddings).
- merged/ — Optimum's merged decoder (onnx/decoder_model_merged.onnx, as in older transformers.js
  repositories such as the Xenova/* conversions): an If on the bool input use_cache_branch whose
  then-branch is the with-past decoder and else-branch the no-past one, each reading the shared
  top-level initializers (and its own embedding Gather) from the outer scope.
- quantized-embedding/ — builder shared embeddings with a 4-bit LM head: GatherBlockQuantized
  on Reshape(lm_head.MatMul.weight_Q4, [V, d/2]) with lm_head.MatMul.weight_scales (uint8 data,
  default zero point 8; operator semantics from onnxruntime docs/ContribOperators.md).
- int4-embedding/ — an untied embedding quantised on its own: GatherBlockQuantized on an ONNX INT4
  [vocab, d] table (zero point 0), the form onnxruntime's 4-bit quantiser gives a Gather.
Every graph is checked against the numpy reference of the same weights
(training/tests/test_hub_fixtures.py) on onnxruntime-node, which runs the contrib ops on CPU.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil

import onnx
from onnx.external_data_helper import set_external_data

from .hub_fixtures_graphs import builder_decoder, merged_decoder, optimum_decoder
from .hub_fixtures_ref import TinyLlama, random_weights

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "..", "public", "models", "demo")
SPECIAL = {"bos": 8185, "eos": 8186, "pad": 8187}


def _variants(tied: bool):
    """repository → {file: (builder of the ModelProto, description)}."""
    return {
        "optimum": {
            "model.onnx": (lambda w: optimum_decoder(w, "fp32"), "Optimum fp32"),
            "model_fp16.onnx": (lambda w: optimum_decoder(w, "fp16"), "Optimum fp16 (keep_io_types)"),
            "model_q4.onnx": (lambda w: optimum_decoder(w, "q4"), "Optimum + MatMulNBits q4"),
            "model_q4f16.onnx": (lambda w: optimum_decoder(w, "q4f16"), "Optimum + MatMulNBits q4, fp16"),
            "model_int8.onnx": (lambda w: optimum_decoder(w, "int8"), "Optimum + dynamic int8"),
            "model_uint8.onnx": (lambda w: optimum_decoder(w, "uint8"), "Optimum + dynamic uint8"),
        },
        "builder": {
            "model_q4.onnx": (lambda w: builder_decoder(w, "fp32"), "builder q4, fp32 io"),
            "model_q4f16.onnx": (lambda w: builder_decoder(w, "fp16"), "builder q4, fp16 io"),
        },
        "builder-fused-rope": {
            "model_q4.onnx": (lambda w: builder_decoder(w, "fp32", fused_rope=True),
                              "builder q4, RoPE in GQA, no position_ids"),
            "model_q4f16.onnx": (lambda w: builder_decoder(w, "fp16", fused_rope=True),
                                 "builder q4f16, RoPE in GQA, no position_ids"),
        },
        "external-data": {
            "model.onnx": (lambda w: optimum_decoder(w, "fp32"),
                           "Optimum fp32, weights in model.onnx_data + model.onnx_data_1"),
        },
        "logits-to-keep": {
            "model.onnx": (lambda w: optimum_decoder(w, "fp32", logits_to_keep=True),
                           "Optimum fp32 with a logits_to_keep input"),
        },
        "tied": {
            "model.onnx": (lambda w: builder_decoder(w, "fp32", quant=False, tied="fp"),
                           "builder fp32, Gather(Transpose(LM head))"),
            "model_fp16.onnx": (lambda w: builder_decoder(w, "fp16", quant=False, tied="fp"),
                                "builder fp16, Gather(Transpose(LM head))"),
        },
        "merged": {
            "decoder_model_merged.onnx": (lambda w: merged_decoder(w),
                                          "Optimum merged decoder: If(use_cache_branch) over the with-past and no-past "
                                          "graphs"),
        },
        "quantized-embedding": {
            "model_q4.onnx": (lambda w: builder_decoder(w, "fp32", tied="q4"),
                              "builder q4, GatherBlockQuantized on the LM head weight"),
            "model_q4f16.onnx": (lambda w: builder_decoder(w, "fp16", tied="q4"),
                                 "builder q4f16, GatherBlockQuantized on the LM head weight"),
        },
        "int4-embedding": {
            "model_q4.onnx": (lambda w: builder_decoder(w, "fp32", tied="int4"),
                              "builder q4, the embedding's own INT4 table read by GatherBlockQuantized"),
        },
    }


TIED_REPOS = {"tied", "quantized-embedding"}
EXTERNAL_CHUNKS = {"external-data": 2}


def save_external(model: onnx.ModelProto, path: str, chunks: int, first_offset_tensor: str | None = None) -> list[str]:
    """Writes the model with every initializer over 1 KiB in `chunks` external files
    (<name>_data, <name>_data_1, …), filled in order; `first_offset_tensor` goes last into the
    final chunk so its offset there is not 0. Returns the data file names."""
    base = os.path.basename(path)
    names = [f"{base}_data" + ("" if i == 0 else f"_{i}") for i in range(chunks)]
    big = [t for t in model.graph.initializer if len(t.raw_data) > 1024]
    if first_offset_tensor:
        big.sort(key=lambda t: t.name == first_offset_tensor)
    # The final chunk holds the last two tensors; the others share the rest evenly.
    starts = [len(big) - 2 if i == chunks - 1 else (len(big) - 2) * i // (chunks - 1) for i in range(chunks)]
    files = [open(os.path.join(os.path.dirname(path), n), "wb") for n in names]
    try:
        for j, t in enumerate(big):
            chunk = max(i for i in range(chunks) if starts[i] <= j)
            f = files[chunk]
            offset = f.tell()
            f.write(t.raw_data)
            set_external_data(t, names[chunk], offset, len(t.raw_data))
            t.data_location = onnx.TensorProto.EXTERNAL
            t.ClearField("raw_data")
    finally:
        for f in files:
            f.close()
    with open(path, "wb") as f:
        f.write(model.SerializeToString())
    return names


def hf_config(cfg: TinyLlama, tied: bool, repo: str) -> dict:
    js = {}
    if repo.startswith("builder") or repo == "quantized-embedding":
        js["kv_cache_dtype"] = {"q4f16": "float16", "fp16": "float16"}
    if repo in EXTERNAL_CHUNKS:
        js["use_external_data_format"] = {"model.onnx": EXTERNAL_CHUNKS[repo]}
    return {
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": cfg.vocab, "hidden_size": cfg.d,
        "intermediate_size": cfg.ffn, "num_hidden_layers": cfg.layers, "num_attention_heads": cfg.heads,
        "num_key_value_heads": cfg.kv_heads, "head_dim": cfg.head_dim, "max_position_embeddings": 2048,
        "rope_theta": cfg.theta, "rms_norm_eps": cfg.eps, "hidden_act": "silu", "tie_word_embeddings": tied,
        "bos_token_id": SPECIAL["bos"], "eos_token_id": SPECIAL["eos"], "pad_token_id": SPECIAL["pad"],
        "torch_dtype": "float32", "transformers_version": "4.46.0", "transformers.js_config": js,
    }


def write_repositories(out: str, seed: int = 17, tokenizer_dir: str = DEMO) -> dict:
    cfg = TinyLlama()
    weights = {False: random_weights(cfg, seed, tied=False), True: random_weights(cfg, seed, tied=True)}
    index = {"seed": seed, "config": cfg.__dict__, "repos": {}}
    if os.path.isdir(out):
        shutil.rmtree(out)
    for repo, files in _variants(False).items():
        tied = repo in TIED_REPOS
        d = os.path.join(out, repo)
        os.makedirs(os.path.join(d, "onnx"))
        for f in ("tokenizer.json", "tokenizer_config.json"):
            shutil.copyfile(os.path.join(tokenizer_dir, f), os.path.join(d, f))
        with open(os.path.join(d, "config.json"), "w") as fh:
            json.dump(hf_config(cfg, tied, repo), fh, indent=2)
        with open(os.path.join(d, "generation_config.json"), "w") as fh:
            json.dump({"bos_token_id": SPECIAL["bos"], "eos_token_id": SPECIAL["eos"], "do_sample": False}, fh,
                      indent=2)
        entries = {}
        for name, (build, desc) in files.items():
            model = build(weights[tied])
            path = os.path.join(d, "onnx", name)
            data = []
            if repo in EXTERNAL_CHUNKS:
                data = save_external(model, path, EXTERNAL_CHUNKS[repo],
                                     first_offset_tensor="model.embed_tokens.weight")
            else:
                onnx.save(model, path)
            ops = sorted({(n.domain or "ai.onnx") + "." + n.op_type for n in model.graph.node})
            entries[name] = {"description": desc, "external_data": [f"onnx/{x}" for x in data], "ops": ops,
                             "inputs": [i.name for i in model.graph.input],
                             "outputs": [o.name for o in model.graph.output]}
        index["repos"][repo] = {"tied": tied, "files": entries}
    with open(os.path.join(out, "index.json"), "w") as fh:
        json.dump(index, fh, indent=2)
    return index


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()
    index = write_repositories(a.out, a.seed)
    n = sum(len(r["files"]) for r in index["repos"].values())
    print(f"[hub-fixtures] wrote {len(index['repos'])} repositories, {n} decoder files to {a.out}")


if __name__ == "__main__":
    main()
