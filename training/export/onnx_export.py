"""Exports the MegaContext demo base model as a browser model package:

    /usr/bin/python3 -m training.export.onnx_export --ckpt training/checkpoints/demo/ema.pt \
        --out public/models/demo [--run-id demo]

Writes decoder.onnx (opset 17, inputs_embeds/attention_mask/position_ids/past → logits/present),
embeddings.f32.bin (vocab × d, raw little-endian f32), config.json, tokenizer files and
manifest.json (files with sizes and sha256, dims, context, position policy, provenance).
"""
from __future__ import annotations

import argparse
import inspect
import json
import os
import shutil
import time

import torch

from ..checkpoint import load_checkpoint
from ..model.config import ModelConfig
from ..model.llama import LlamaLM
from ..run_control import sha256_file
from .decoder_wrapper import DecoderForExport, input_names, output_names
from ..corpus.paths import SOURCES_JSON
from ..recall.templates import ABSENT_REPLY
from ..recall.episodes import ANSWER_FRAMES

HERE = os.path.dirname(os.path.abspath(__file__))
SPECIALS = ["<|bos|>", "<|eos|>", "<|pad|>", "<|system|>", "<|user|>", "<|assistant|>", "<|end|>"]


def dummy_inputs(c: ModelConfig, B: int = 1, T: int = 3, P: int = 2):
    past = []
    for _ in range(c.n_layers):
        past += [torch.randn(B, c.n_kv_heads, P, c.head_dim), torch.randn(B, c.n_kv_heads, P, c.head_dim)]
    return (torch.randn(B, T, c.d_model), torch.ones(B, P + T, dtype=torch.int64),
            torch.arange(P, P + T).unsqueeze(0).expand(B, T).contiguous(), *past,
            torch.tensor(0, dtype=torch.int64))


def dynamic_axes(n_layers: int, first_input: str = "inputs_embeds") -> dict:
    """Dynamic axes of the decoder export (names from ENVIRONMENT.md); `first_input` is
    inputs_embeds (the project's layout) or input_ids (the hub layout)."""
    axes = {first_input: {0: "batch_size", 1: "sequence_length"},
            "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
            "position_ids": {0: "batch_size", 1: "sequence_length"},
            "logits": {0: "batch_size", 1: "logits_length"}}
    for i in range(n_layers):
        for kv in ("key", "value"):
            axes[f"past_key_values.{i}.{kv}"] = {0: "batch_size", 2: "past_sequence_length"}
            axes[f"present.{i}.{kv}"] = {0: "batch_size", 2: "total_sequence_length"}
    return axes


def _legacy_exporter() -> dict:
    """torch ≥ 2.9 exports with dynamo by default (needs onnxscript, other graph); this exporter's
    graph and dynamic axes are the TorchScript one's, so ask for it where the flag exists."""
    return {"dynamo": False} if "dynamo" in inspect.signature(torch.onnx.export).parameters else {}


def export_onnx(model: LlamaLM, path: str, opset: int = 17) -> None:
    c = model.c
    model.eval()
    ins, outs = input_names(c.n_layers), output_names(c.n_layers)
    axes = dynamic_axes(c.n_layers)
    tmp = path + ".tmp"
    with torch.no_grad():
        torch.onnx.export(DecoderForExport(model), dummy_inputs(c), tmp, input_names=ins,
                          output_names=outs, dynamic_axes=axes, opset_version=opset,
                          do_constant_folding=True, **_legacy_exporter())
    os.replace(tmp, path)


def model_config_json(c: ModelConfig, special_ids: dict) -> dict:
    return {"model_type": "megacontext-llama", "architecture": "llama (RMSNorm, RoPE, SwiGLU, GQA)",
            "vocab_size": c.vocab_size, "hidden_size": c.d_model, "num_hidden_layers": c.n_layers,
            "num_attention_heads": c.n_heads, "num_key_value_heads": c.n_kv_heads,
            "head_dim": c.head_dim, "intermediate_size": c.ffn_hidden, "rope_theta": c.rope_theta,
            "rms_norm_eps": c.norm_eps, "max_position_embeddings": c.native_context,
            "native_context": c.native_context, "tie_word_embeddings": c.tie_embeddings,
            "torch_dtype": "float32",
            "bos_token_id": special_ids["<|bos|>"], "eos_token_id": special_ids["<|eos|>"],
            "pad_token_id": special_ids["<|pad|>"], "end_of_turn_token_id": special_ids["<|end|>"],
            "special_token_ids": special_ids}


# The smallest W_max a package may default to: the app's MIN_W_MAX (src/models/model-manifest.ts;
# training/tests/test_export.py reads it there and fails when the two differ).
MIN_W_MAX = 256


def export_package(model: LlamaLM, out: str, tokenizer_dir: str, run_id: str, version: str,
                   provenance: dict, opset: int = 17, evaluation: dict | None = None,
                   w_max_default: int | None = None, memory_check: bool = False,
                   memory_quote: bool = False, answer_copy: bool = False) -> dict:
    """The package; `w_max_default` (the W_max this model recalls best with, measured through the
    runtime: docs/working-context-budget.md) becomes the app's default budget for it; `memory_check`
    turns the app's memory check on by default (src/core/memory-check.ts: for a model that cannot
    say a fact is absent) and records the reply the recall training taught for absent facts
    (`absent_reply`: while the check finds every name of a request, the app masks its first token);
    `memory_quote` turns the memory quote on by default (src/core/memory-quote.ts: for a model
    trained with the quote before the question, `training.train --recall-quote`); `answer_copy` records
    the frames its chat replies were trained in (`answer_frames`: the app copies each value from the
    memory quote, src/core/answer-copy.ts)."""
    if w_max_default is not None and not MIN_W_MAX <= w_max_default <= model.c.native_context:
        raise ValueError(f"w_max_default {w_max_default} must be in [{MIN_W_MAX}, native context "
                         f"{model.c.native_context}]")
    os.makedirs(out, exist_ok=True)
    c = model.c
    export_onnx(model, os.path.join(out, "decoder.onnx"), opset)
    emb = model.embed.weight.detach().to(torch.float32).cpu().numpy()  # (V, d)
    emb.astype("<f4").tofile(os.path.join(out, "embeddings.f32.bin"))
    for f in ("tokenizer.json", "tokenizer_config.json"):
        if os.path.abspath(os.path.join(tokenizer_dir, f)) != os.path.abspath(os.path.join(out, f)):
            shutil.copyfile(os.path.join(tokenizer_dir, f), os.path.join(out, f))
    with open(os.path.join(out, "tokenizer.json"), encoding="utf-8") as f:
        special_ids = {t["content"]: t["id"] for t in json.load(f)["added_tokens"]}
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(model_config_json(c, special_ids), f, indent=2)
    files = ["decoder.onnx", "embeddings.f32.bin", "config.json", "tokenizer.json", "tokenizer_config.json"]
    manifest = {
        "name": "megacontext-demo",
        "version": version,
        "description": "Small Llama-style base model trained by training/ for the offline MegaContext demo.",
        "files": {f: {"bytes": os.path.getsize(os.path.join(out, f)), "sha256": sha256_file(os.path.join(out, f))}
                  for f in files},
        "decoder": {"file": "decoder.onnx", "opset": opset, "inputs": input_names(c.n_layers),
                    "outputs": output_names(c.n_layers),
                    "num_logits_to_keep": "int64 scalar; 0 = logits for every position"},
        "embeddings": {"file": "embeddings.f32.bin", "dtype": "float32", "byte_order": "little",
                       "shape": [c.vocab_size, c.d_model]},
        "model": {"vocab_size": c.vocab_size, "hidden_size": c.d_model, "num_layers": c.n_layers,
                  "num_heads": c.n_heads, "num_kv_heads": c.n_kv_heads, "head_dim": c.head_dim,
                  "rope_theta": c.rope_theta, "parameters": model.num_params()},
        "native_context": c.native_context,
        "position_policy_default": "compacted",
        **({"w_max_default": w_max_default} if w_max_default is not None else {}),
        **({"memory_check": True, "absent_reply": ABSENT_REPLY} if memory_check else {}),
        **({"memory_quote": True} if memory_quote else {}),
        **({"answer_frames": list(ANSWER_FRAMES)} if answer_copy else {}),
        "chat_template": {"file": "tokenizer_config.json", "key": "chat_template"},
        "special_tokens": special_ids,
        "provenance": provenance,
        "training_run_id": run_id,
        **({"evaluation": evaluation} if evaluation else {}),
        "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
    return manifest


def evaluation_summary(eval_json: str, step: int) -> dict:
    """The headline numbers of `training.eval.evaluate` for the manifest (the app and the gated
    passkey e2e test read them). Refuses an evaluation of another checkpoint step."""
    with open(eval_json) as f:
        e = json.load(f)
    if e["checkpoint"]["step"] != step:
        raise ValueError(f"{eval_json} evaluates step {e['checkpoint']['step']}, the export is step {step}")
    out = {"source": os.path.basename(eval_json), "date": e.get("date"), "checkpoint_step": step,
           "heldout_perplexity": round(e["heldout"]["perplexity"], 2),
           "passkey": {k: {"accuracy": v["accuracy"], "n": v["n"],
                           "mean_prompt_tokens": round(v["mean_prompt_tokens"], 1)}
                       for k, v in e.get("passkey", {}).items()}}
    for k, v in e.items():
        if k.startswith("multikey_"):
            out[k] = {"accuracy": v["accuracy"], "n": v["n"], "keys": v.get("keys")}
    if "chat_qa" in e:
        out["chat_qa"] = {k: {"exact_match": v["exact_match"], "n": v["n"]} for k, v in e["chat_qa"].items()}
    return out


def load_model(ckpt: str) -> tuple[LlamaLM, dict]:
    ck = load_checkpoint(ckpt)
    model = LlamaLM(ModelConfig.from_dict(ck["config"]))
    model.load_state_dict(ck["model"])
    model.eval()
    return model, ck


def corpus_provenance(sources_json: str) -> dict:
    if not os.path.exists(sources_json):
        return {}
    with open(sources_json) as f:
        s = json.load(f)["sources"]
    return {name: {k: v[k] for k in ("licence", "origin", "genre", "train_bytes") if k in v}
            for name, v in s.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "..", "checkpoints", "demo", "latest.pt"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "public", "models", "demo"))
    ap.add_argument("--tokenizer-dir", default=os.path.join(HERE, "..", "artifacts", "tokenizer"))
    ap.add_argument("--sources-json", default=SOURCES_JSON)
    ap.add_argument("--run-id", default="demo")
    ap.add_argument("--version", default="0.1.0")
    ap.add_argument("--opset", type=int, default=17)
    ap.add_argument("--eval-json", default=None,
                    help="training.eval.evaluate output of the same checkpoint: recorded as manifest.evaluation")
    ap.add_argument("--w-max-default", type=int, default=None,
                    help="the app's default W_max for this model (manifest w_max_default; measured: "
                         "docs/working-context-budget.md); default: none, i.e. min(2048, native context)")
    ap.add_argument("--memory-check", action="store_true",
                    help="manifest memory_check: the app answers a request naming something absent from memory "
                         "'not in memory' itself (src/core/memory-check.ts)")
    ap.add_argument("--memory-quote", action="store_true",
                    help="manifest memory_quote: the app quotes the memory's pieces holding a request's names "
                         "before its turn (src/core/memory-quote.ts; for a model trained with --recall-quote)")
    ap.add_argument("--answer-copy", action="store_true",
                    help="manifest answer_frames: the frames the recall training wrote chat replies in; the app "
                         "copies each value from the memory quote (src/core/answer-copy.ts)")
    a = ap.parse_args()
    model, ck = load_model(a.ckpt)
    prov = {"corpus": corpus_provenance(a.sources_json),
            "synthetic": "passkey / multi-key needles / chat extractive Q&A generated by training/synthetic",
            "licence_note": "Public-domain and permissively licensed text only (see CORPUS.md).",
            "checkpoint_step": ck["step"], "tokens_seen": ck["tokens_seen"],
            "train_seconds": round(ck.get("train_seconds", 0.0), 1)}
    evaluation = evaluation_summary(a.eval_json, ck["step"]) if a.eval_json else None
    m = export_package(model, a.out, a.tokenizer_dir, f"{a.run_id}@step{ck['step']}", a.version, prov, a.opset,
                       evaluation, a.w_max_default, a.memory_check, a.memory_quote, a.answer_copy)
    total = sum(f["bytes"] for f in m["files"].values())
    print(f"[export] {a.out}: {total/1e6:.1f} MB, step {ck['step']}")


if __name__ == "__main__":
    main()
