"""LensNet export to ONNX (opset 17) for onnxruntime-web (seeds: LensNet scores every WC entry).

Inputs: entries (batch_size, num_entries, d) f32, levels (batch_size, num_entries) int64,
ages (batch_size, num_entries) f32 = log1p(tokens after the entry), entry_mask (batch_size,
num_entries) f32, tail (batch_size, tail_length, d) f32, tail_mask (batch_size, tail_length) f32,
and for nets with the query-match feature match (batch_size, num_entries) f32 (wc.entry_match).
Output: scores (batch_size, num_entries) in (−1, 1).
"""
from __future__ import annotations

import os

import torch

from .model import LensNet

INPUTS = ["entries", "levels", "ages", "entry_mask", "tail", "tail_mask"]
MATCH_INPUT = "match"
OUTPUTS = ["scores"]


def input_names(net: LensNet) -> list[str]:
    return INPUTS + ([MATCH_INPUT] if net.c.match else [])


def dummy_inputs(d: int, B: int = 2, N: int = 5, Q: int = 3, match: bool = True):
    base = (torch.randn(B, N, d), torch.randint(0, 3, (B, N)), torch.rand(B, N) * 5, torch.ones(B, N),
            torch.randn(B, Q, d), torch.ones(B, Q))
    return base + ((torch.randn(B, N),) if match else ())


def export_lensnet_onnx(net: LensNet, path: str, opset: int = 17) -> None:
    net = net.eval().cpu()
    axes = {"entries": {0: "batch_size", 1: "num_entries"}, "levels": {0: "batch_size", 1: "num_entries"},
            "ages": {0: "batch_size", 1: "num_entries"}, "entry_mask": {0: "batch_size", 1: "num_entries"},
            "tail": {0: "batch_size", 1: "tail_length"}, "tail_mask": {0: "batch_size", 1: "tail_length"},
            "match": {0: "batch_size", 1: "num_entries"}, "scores": {0: "batch_size", 1: "num_entries"}}
    names = input_names(net)
    axes = {k: v for k, v in axes.items() if k in names or k in OUTPUTS}
    tmp = path + ".tmp"
    with torch.no_grad():
        torch.onnx.export(net, dummy_inputs(net.c.d_model, match=net.c.match), tmp, input_names=names,
                          output_names=OUTPUTS,
                          dynamic_axes=axes, opset_version=opset, do_constant_folding=True)
    os.replace(tmp, path)
