"""Test fixture for the TypeScript runtime tests: a tiny *random* base model exported as a full
model package (same exporter as the demo model, same tokenizer), plus the same model exported in
the hub layout that takes only `input_ids` (for graph-surgery tests on a real decoder).

    /usr/bin/python3 -m training.export.make_test_package --out build/fixtures/tiny-package

Seconds on CPU. The weights are random: the package tests mechanics (KV reuse, gists in the
working context, graph surgery), never language quality.
"""
from __future__ import annotations

import argparse
import os

import torch
import torch.nn as nn

from ..model.config import ModelConfig
from ..model.llama import LlamaLM
from .decoder_wrapper import DecoderForExport, input_names, output_names
from .onnx_export import dummy_inputs, dynamic_axes, export_package

HERE = os.path.dirname(os.path.abspath(__file__))

# Demo tokenizer vocabulary, minimal width: ≈ 1 MB of f32 weights.
TINY = dict(vocab_size=8192, d_model=32, n_layers=2, n_heads=4, n_kv_heads=2, ffn_hidden=64,
            native_context=4096)


class InputIdsDecoder(nn.Module):
    """The hub layout: input_ids → (embedding Gather inside the graph) → decoder."""

    def __init__(self, model: LlamaLM):
        super().__init__()
        self.model = model
        self.inner = DecoderForExport(model)

    def forward(self, input_ids, attention_mask, position_ids, *rest):
        return self.inner(self.model.embed(input_ids), attention_mask, position_ids, *rest)


def export_input_ids_variant(model: LlamaLM, path: str, opset: int = 17) -> None:
    c = model.c
    emb, mask, pos, *rest = dummy_inputs(c)
    ids = torch.randint(0, c.vocab_size, emb.shape[:2])
    ins = ["input_ids", *input_names(c.n_layers)[1:]]
    axes = dynamic_axes(c.n_layers, "input_ids")
    with torch.no_grad():
        torch.onnx.export(InputIdsDecoder(model).eval(), (ids, mask, pos, *rest), path, input_names=ins,
                          output_names=output_names(c.n_layers), dynamic_axes=axes,
                          opset_version=opset, do_constant_folding=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--tokenizer-dir", default=os.path.join(HERE, "..", "..", "public", "models", "demo"))
    a = ap.parse_args()
    torch.manual_seed(a.seed)
    model = LlamaLM(ModelConfig(**TINY)).eval()
    export_package(model, a.out, a.tokenizer_dir, run_id="tiny-random", version="0.0.0-test",
                   provenance={"note": "random weights, test fixture"})
    export_input_ids_variant(model, os.path.join(a.out, "decoder.input_ids.onnx"))
    print(f"[tiny-package] wrote {a.out}")


if __name__ == "__main__":
    main()
