"""GistNet export (seeds: GistNet 32→1, hierarchical): ONNX for onnxruntime-web and the WGSL flat
f32 layout for the WebGPU kernels.

ONNX graph (opset 17): inputs `blocks` (batch_size, K, d) f32 — 32 token embeddings (LOD1) or 32
child gists (LOD ≥ 2) — and `level` (batch_size,) int64; output `gists` (batch_size, d). Levels
above the trained ones use the top level's net (clamped), as in GistNetStack.
Flat layout: one `<stem>.lod<ℓ>.f32.bin` + `.json` manifest per trained level.
"""
from __future__ import annotations

import os

import torch
import torch.nn as nn

from .layout import write_flat
from .model import GistNetStack

INPUTS = ["blocks", "level"]
OUTPUTS = ["gists"]


class _Export(nn.Module):
    def __init__(self, stack: GistNetStack):
        super().__init__()
        self.stack = stack

    def forward(self, blocks, level):  # (B, K, d), (B,) → (B, d)
        return self.stack(blocks, level)


def export_gistnet_onnx(stack: GistNetStack, path: str, opset: int = 17) -> None:
    stack = stack.eval().cpu()
    c = stack.c
    x = torch.randn(2, c.block_size, c.d_model)
    lv = torch.tensor([1, min(2, c.levels)], dtype=torch.long)
    tmp = path + ".tmp"
    with torch.no_grad():
        torch.onnx.export(_Export(stack), (x, lv), tmp, input_names=INPUTS, output_names=OUTPUTS,
                          dynamic_axes={"blocks": {0: "batch_size"}, "level": {0: "batch_size"},
                                        "gists": {0: "batch_size"}},
                          opset_version=opset, do_constant_folding=True)
    os.replace(tmp, path)


def export_gistnet(stack: GistNetStack, out_dir: str, stem: str = "gistnet", opset: int = 17) -> dict:
    """Writes <stem>.onnx and the flat layout per level; returns {file, flat: {level: {bin, json}}}."""
    os.makedirs(out_dir, exist_ok=True)
    export_gistnet_onnx(stack, os.path.join(out_dir, f"{stem}.onnx"), opset)
    flat = {}
    for level in range(1, stack.c.levels + 1):
        b, j = f"{stem}.lod{level}.f32.bin", f"{stem}.lod{level}.json"
        write_flat(stack, level, os.path.join(out_dir, b), os.path.join(out_dir, j))
        flat[str(level)] = {"bin": b, "json": j}
    return {"file": f"{stem}.onnx", "flat": flat}
