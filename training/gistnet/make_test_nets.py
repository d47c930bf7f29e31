"""Test fixture for the TypeScript net runtimes (src/models/gistnet, src/models/lensnet): a tiny
*random* GistNet and LensNet for the tiny test package's embedding table (d = 32), exported with
the real exporters, plus reference.json with inputs and PyTorch outputs:

    /usr/bin/python3 -m training.gistnet.make_test_nets --embeddings build/fixtures/tiny-package/embeddings.f32.bin \
        --vocab 8192 --dim 32 --out build/fixtures/tiny-nets

reference.json: gist_lod1 {token_ids (B·32), expected (B, d)}, gist_lod2 {child_gists, expected},
lens_case {token_ids, wc entries, query_ids, entries/levels/ages/tail as LensNet sees them,
expected scores} — the TS side must rebuild the same LensNet inputs from a tree + WC.
"""
from __future__ import annotations

import argparse
import json
import os

import numpy as np
import torch

from ..lensnet.export import export_lensnet_onnx
from ..lensnet.model import LensNet, LensNetConfig
from ..lensnet.wc import build_tree, entry_features, mean_pool_gists
from .export import export_gistnet
from .model import GistNetConfig, GistNetStack


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embeddings", required=True)
    ap.add_argument("--vocab", type=int, default=8192)
    ap.add_argument("--dim", type=int, default=32)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    torch.manual_seed(a.seed)
    table = torch.from_numpy(np.fromfile(a.embeddings, dtype="<f4").reshape(a.vocab, a.dim).copy())
    embed = torch.nn.Embedding.from_pretrained(table)
    stack = GistNetStack(GistNetConfig(d_model=a.dim, width=16, heads=2, mlp_hidden=32, slots=2, levels=2)).eval()
    with torch.no_grad():
        stack.level_bias.normal_(0, 0.5)
    stack.init_output_like(table)
    g_info = export_gistnet(stack, a.out)
    lens = LensNet(LensNetConfig(d_model=a.dim, width=16, heads=2, layers=2, mlp_hidden=32)).eval()
    export_lensnet_onnx(lens, os.path.join(a.out, "lensnet.onnx"))

    g = torch.Generator().manual_seed(a.seed)
    ids1 = torch.randint(0, a.vocab, (3, 32), generator=g)
    child = torch.randn(2, 32, a.dim, generator=g) * 0.05
    # LensNet case: 3 full blocks + a 7-token tail; WC = gist, gist, tokens, tail tokens.
    ids = torch.randint(0, a.vocab, (3 * 32 + 7,), generator=g)
    tree = build_tree(ids, embed, mean_pool_gists, K=32, max_level=2)
    wc = [(1, 0), (1, 1), (0, 2), (0, 3)]
    vec, lv, age = entry_features(tree, wc)
    query = ids[-5:]
    tail = embed(query)
    with torch.no_grad():
        gl1 = stack(embed(ids1), torch.ones(3, dtype=torch.long))
        gl2 = stack(child, torch.full((2,), 2, dtype=torch.long))
        scores = lens(vec[None], lv[None], age[None], torch.ones(1, len(wc)), tail[None], torch.ones(1, 5))
    ref = {
        "dim": a.dim, "gistnet": {"file": g_info["file"], "flat": g_info["flat"]},
        "gist_lod1": {"token_ids": ids1.reshape(-1).tolist(), "expected": gl1.reshape(-1).tolist()},
        "gist_lod2": {"child_gists": child.reshape(-1).tolist(), "expected": gl2.reshape(-1).tolist()},
        "lens_case": {"token_ids": ids.tolist(), "wc": wc, "query_ids": query.tolist(),
                      "entries": vec.reshape(-1).tolist(), "levels": lv.tolist(), "ages": age.tolist(),
                      "expected": scores.reshape(-1).tolist()},
    }
    with open(os.path.join(a.out, "reference.json"), "w") as f:
        json.dump(ref, f)
    print(f"[tiny-nets] wrote {a.out}")


if __name__ == "__main__":
    main()
