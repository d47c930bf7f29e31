"""Training-free gisters (ARCHITECTURE §2 "training-free fallbacks"; seed: GistNet 32→1, hierarchical):
a pooling rule over a node's K rows — token embeddings at LOD1, child gists at LOD≥2 — applied
level by level, so an LODℓ gist is made from its K LOD(ℓ−1) gists exactly as the runtime's tree does.
Pooling rules (RULES):

    mean     — the mean of the K rows
    last     — the last row (LOD1: the span's last token; LOD2: the last child's gist)
    last4    — the mean of the last 4 rows
    mixA     — A·last + (1 − A)·mean, A ∈ {0.5, 0.75, 0.9} (mix50, mix75, mix90)

A gister (GISTERS) is one rule at every level (named like the rule), or one rule at LOD1 and
another above ("mix75-last": mix75 over the tokens, then the last child's gist).

The app's training-free gister (`src/models/training-free-gister.ts`) is APP_GISTER, the one that
measured best (`training/runs/gister-baselines/`); `write_fixture` (run this module) writes the
parity fixture its unit test reads:

    /usr/bin/python3 -m training.gistnet.training_free --fixture tests/fixtures/training-free-gister.json
"""
from __future__ import annotations

import json
import os

import numpy as np
import torch

RULES = ("mean", "last", "last4", "mix50", "mix75", "mix90")
GISTERS: dict[str, tuple[str, str]] = {r: (r, r) for r in RULES} | {"mix75-last": ("mix75", "last"),
                                                                    "mix90-last": ("mix90", "last")}
APP_GISTER = "last"


def pool(rows: torch.Tensor, rule: str) -> torch.Tensor:
    """rows (..., K, d) → (..., d) by `rule` (one of RULES)."""
    if rule == "mean":
        return rows.mean(-2)
    if rule == "last":
        return rows[..., -1, :]
    if rule == "last4":
        return rows[..., -4:, :].mean(-2)
    if rule.startswith("mix") and rule[3:].isdigit():
        a = int(rule[3:]) / 100
        return a * rows[..., -1, :] + (1 - a) * rows.mean(-2)
    raise ValueError(f"unknown training-free rule {rule!r}; known: {', '.join(RULES)}")


def training_free_gist(embed, span_ids: torch.Tensor, gister: str, K: int = 32) -> torch.Tensor:
    """span_ids (B, K^ℓ) → the span's LODℓ gist (B, d) by `gister` (a GISTERS name): its LOD1 rule
    over each aligned block of K token embeddings, then its upper rule over each K of those gists,
    … up to the span's level (the tree's order)."""
    if gister not in GISTERS:
        raise ValueError(f"unknown training-free gister {gister!r}; known: {', '.join(GISTERS)}")
    B, S = span_ids.shape
    x = embed(span_ids)  # (B, S, d)
    rule = GISTERS[gister][0]
    while True:
        n = x.shape[1] // K
        if n * K != x.shape[1]:
            raise ValueError(f"span of {x.shape[1]} rows is not a multiple of K = {K}")
        g = pool(x.view(B, n, K, x.shape[-1]), rule)  # (B, n, d)
        if n == 1:
            return g[:, 0]
        x, rule = g, GISTERS[gister][1]


def tree_gist_fn(gister: str = APP_GISTER):
    """`gister` as lensnet/wc.py build_tree's gist_fn(level, x (n, K, d)) → (n, d)."""
    lod1, upper = GISTERS[gister]
    return lambda level, x: pool(x, lod1 if level == 1 else upper)


def write_fixture(path: str, gister: str = APP_GISTER, vocab: int = 40, dim: int = 4, K: int = 32,
                  seed: int = 0) -> dict:
    """Parity fixture for the TS gister: a random table (vocab, dim), K² token ids, the K LOD1 gists
    and the LOD2 gist that `gister` makes of them (f32, computed here in float64 then rounded)."""
    g = np.random.default_rng(seed)
    table = g.standard_normal((vocab, dim)).astype(np.float32)  # (vocab, dim)
    ids = g.integers(0, vocab, K * K)  # (K²,)
    emb = torch.nn.Embedding.from_pretrained(torch.from_numpy(table.astype(np.float64)))
    lod1 = training_free_gist(emb, torch.from_numpy(ids).view(K, K), gister, K)  # (K, dim)
    lod2 = training_free_gist(emb, torch.from_numpy(ids).view(1, K * K), gister, K)[0]  # (dim,)
    fx = {"gister": gister, "K": K, "vocab": vocab, "dim": dim, "table": table.ravel().tolist(), "ids": ids.tolist(),
          "lod1": lod1.float().ravel().tolist(), "lod2": lod2.float().tolist()}
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        json.dump(fx, f)
    return fx


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fixture", required=True)
    ap.add_argument("--gister", default=APP_GISTER, choices=list(GISTERS))
    write_fixture(ap.parse_args().fixture, ap.parse_args().gister)
