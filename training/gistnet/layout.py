"""GistNet ↔ the WGSL flat f32 weight layout (src/gpu/gistnet-weights.ts, layout version 1; the
optional config flag `lastSkip` adds the block's last input row to the gist and has no tensors).

Python mirror of `gistNetTensorSpecs` / `gistNetLayout`: tensors in contract order, each starting
at a multiple of 64 floats, zero gaps. PyTorch parameter names are the layout names, so no
renaming is needed. A shared multi-level net folds its per-level bias into `in_proj.bias`
(in_proj(x) + b + level_bias[ℓ]), giving one self-contained flat file per level.
"""
from __future__ import annotations

import json

import numpy as np
import torch

from .model import GistNet, GistNetConfig, GistNetStack

FORMAT = "megacontext-gistnet-f32"
LAYOUT_VERSION = 1
ALIGN_FLOATS = 64
CROSS_STAGES = ("pool", "expand", "refine")


def tensor_specs(c: GistNetConfig) -> list[tuple[str, list[int]]]:
    d, h, m, S, K = c.d_model, c.width, c.mlp_hidden, c.slots, c.block_size

    def linear(name, out, inp):
        return [(f"{name}.weight", [out, inp]), (f"{name}.bias", [out])]
    specs = [*linear("in_proj", h, d), ("pos_emb", [K, h]), ("self_attn.norm.gain", [h])]
    for p in "qkvo":
        specs += linear(f"self_attn.{p}", h, h)
    specs += [("mlp.norm.gain", [h]), *linear("mlp.fc1", m, h), *linear("mlp.fc2", h, m), ("slots", [S, h])]
    for st in CROSS_STAGES:
        specs += [(f"{st}.q_norm.gain", [h]), (f"{st}.kv_norm.gain", [h])]
        for p in "qkvo":
            specs += linear(f"{st}.{p}", h, h)
    specs += [("out.norm.gain", [h]), *linear("out_proj", d, h)]
    return specs


def layout_manifest(c: GistNetConfig) -> dict:
    off, tensors = 0, []
    for name, shape in tensor_specs(c):
        size = int(np.prod(shape))
        tensors.append({"name": name, "shape": shape, "offset": off, "size": size})
        off = -(-(off + size) // ALIGN_FLOATS) * ALIGN_FLOATS
    return {"format": FORMAT, "version": LAYOUT_VERSION, "alignFloats": ALIGN_FLOATS,
            "config": c.layout_config(), "tensors": tensors, "totalFloats": off}


def _state_for_level(stack: GistNetStack, level: int) -> dict[str, torch.Tensor]:
    sd = {k: v.detach().to("cpu", torch.float32) for k, v in stack.net_for(level).state_dict().items()}
    if stack.c.shared:
        sd["in_proj.bias"] = sd["in_proj.bias"] + stack.level_bias[min(level, stack.c.levels) - 1].detach().cpu()
    return sd


def flat_weights(stack: GistNetStack, level: int) -> tuple[np.ndarray, dict]:
    """(totalFloats,) f32 array and its manifest for one level."""
    man = layout_manifest(stack.c)
    sd = _state_for_level(stack, level)
    flat = np.zeros(man["totalFloats"], dtype="<f4")
    for t in man["tensors"]:
        v = sd[t["name"]].numpy()
        assert list(v.shape) == t["shape"], (t["name"], v.shape, t["shape"])
        flat[t["offset"]:t["offset"] + t["size"]] = v.reshape(-1)
    return flat, man


def write_flat(stack: GistNetStack, level: int, bin_path: str, json_path: str) -> dict:
    flat, man = flat_weights(stack, level)
    flat.tofile(bin_path)
    with open(json_path, "w") as f:
        json.dump(man, f, indent=1)
    return man


def gistnet_from_flat(flat: np.ndarray, man: dict) -> GistNet:
    """A single-level GistNet holding the weights of a flat file (inverse of flat_weights)."""
    lc = man["config"]
    c = GistNetConfig(d_model=lc["dModel"], width=lc["width"], heads=lc["heads"],
                      mlp_hidden=lc["mlpHidden"], slots=lc["slots"], block_size=lc["blockSize"],
                      norm_eps=lc["normEps"], levels=1, shared=False, last_skip=bool(lc.get("lastSkip", False)))
    if man["tensors"] != layout_manifest(c)["tensors"]:
        raise ValueError("GistNet flat manifest does not match the layout of its own config")
    net = GistNet(c)
    sd = {t["name"]: torch.from_numpy(np.asarray(flat[t["offset"]:t["offset"] + t["size"]], dtype=np.float32)
                                      .reshape(t["shape"]).copy()) for t in man["tensors"]}
    net.load_state_dict(sd)
    return net
