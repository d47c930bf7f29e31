"""Writes the Python↔TypeScript working-context legality parity fixture (seeds: "contiguity
invariant", "L0 can't expand further, L2 can't collapse higher", W_max): LensNet's labels are made
on WCs that training/lensnet/wc.py builds and edits, and the app runs src/core/legality.ts and
src/core/invariants.ts — the shipped rule. The fixture is what the Python side says; the TS side
must say the same (tests/unit/core/wc-legality-parity.test.ts), and
training/tests/test_lensnet_wc_parity.py checks the committed file is what wc.py makes now.

    /usr/bin/python3 -m training.lensnet.legality_parity --out tests/fixtures/wc-legality-parity.json

Per tree (K, maxLevel, T tokens, R protected tokens) the fixture lists WCs, each either broken
(`problem`: wc.wc_problem's 'existence' | 'contiguity' | 'protected') or legal with, for every
position p in [−1, len] (so both out-of-range neighbours too), the Python verdict on expanding and
collapsing p: `legal`, the collapse `unit` [first, members], the resulting layout as a splice of
the WC (`at`, `remove`, `insert`), its cost (wc.wc_rows) and, for expands, whether it `fits`
W_max (`wMax` per WC: cost + K − 1, so every expand just fits, or one less, so none does).
No pins and no cooldowns: the Python label maker has neither.
"""
from __future__ import annotations

import argparse
import json
import os
import random

import torch

from .wc import (Tree, all_lod0, build_tree, collapse, collapse_unit, expand, mean_pool_gists, sample_wc, wc_problem,
                 wc_rows)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "fixtures", "wc-legality-parity.json"))

# (name, K, max_level, T, R): short and exact tails, R = 0 and R > T, a tree without LOD2 gists,
# a 3-level tree, K = 2, and the app's K = 32 / R = 256.
TREES = [
    ("K4-L2-T70-R6", 4, 2, 70, 6),
    ("K4-L2-T64-R0", 4, 2, 64, 0),
    ("K4-L3-T150-R9", 4, 3, 150, 9),
    ("K2-L3-T23-R3", 2, 3, 23, 3),
    ("K4-L2-T3-R0", 4, 2, 3, 0),
    ("K4-L2-T12-R0", 4, 2, 12, 0),
    ("K4-L2-T40-R100", 4, 2, 40, 100),
    ("K32-L2-T2100-R256", 32, 2, 2100, 256),
]


def make_tree(K: int, max_level: int, T: int) -> Tree:
    """Legality reads only T, K and which gists exist, so the embeddings are zeros (T, 1)."""
    return build_tree(torch.arange(T) % 7, lambda ids: torch.zeros(ids.shape[0], 1), mean_pool_gists, K, max_level)


def expanded_walk(tree: Tree, wc: list, rng: random.Random, steps: int) -> list:
    """Open `steps` random gists one level each (leaves partial sibling groups behind)."""
    for _ in range(steps):
        gists = [i for i, e in enumerate(wc) if e[0] >= 1]
        if not gists:
            break
        wc = expand(wc, rng.choice(gists), tree.K)
    return wc


def legal_wcs(tree: Tree, R: int) -> list[tuple[str, list]]:
    out = [("all-lod0", all_lod0(tree))]
    for seed in range(3):
        out.append((f"sample-{seed}", sample_wc(tree, random.Random(seed), R)))
    coarsest = sample_wc(tree, random.Random(0), R, p_lod2=1.0, p_lod1=1.0)
    out.append(("coarsest", coarsest))
    out.append(("coarsest-opened", expanded_walk(tree, coarsest, random.Random(1), 4)))
    seen, unique = set(), []
    for name, wc in out:  # tiny trees give the same WC several ways
        if tuple(wc) not in seen:
            seen.add(tuple(wc))
            unique.append((name, wc))
    return unique


def broken_wcs(tree: Tree, R: int) -> list[tuple[str, list]]:
    """Layouts that break one invariant each (only for trees with ≥ 2 complete blocks)."""
    K, T = tree.K, tree.T
    base = all_lod0(tree)
    if T // K < 2:
        return []
    n = len(base)
    out = [
        ("gap", base[:1] + base[2:]),
        ("overlap", base[:1] + [(1, 1)] + base[1:]),
        ("out-of-order", [base[1], base[0]] + base[2:]),
        ("short", base[:-1]),
        ("empty", []),
        ("negative-index", [(0, -1)] + base),
        ("tail-gist", base[:-1] + [(1, n - 1)]),
        ("above-max-level", [(tree.max_level + 1, 0)] + base[K ** tree.max_level:]),
    ]
    last_full = T // K - 1  # the newest complete block: protected unless R = 0
    out.append(("newest-full-block-as-gist", base[:last_full] + [(1, last_full)] + base[last_full + 1:]))
    return out


def splice(before: list, after: list) -> dict:
    """after = before[:at] + insert + before[at + remove:]."""
    at = 0
    while at < min(len(before), len(after)) and before[at] == after[at]:
        at += 1
    tail = 0
    while tail < min(len(before), len(after)) - at and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    return {"at": at, "remove": len(before) - at - tail, "insert": [list(e) for e in after[at:len(after) - tail]]}


def actions(tree: Tree, wc: list, R: int, w_max: int) -> list[dict]:
    out = []
    for p in range(-1, len(wc) + 1):
        try:
            after = expand(wc, p, tree.K)
        except ValueError:
            out.append({"kind": "expand", "position": p, "legal": False})
        else:
            cost = wc_rows(tree, after)
            out.append({"kind": "expand", "position": p, "legal": True, **splice(wc, after), "cost": cost,
                        "fits": cost <= w_max})
        unit = collapse_unit(tree, wc, p, R)
        if unit is None:
            out.append({"kind": "collapse", "position": p, "legal": False})
        else:
            after = collapse(tree, wc, p, R)
            out.append({"kind": "collapse", "position": p, "legal": True, "unit": list(unit), **splice(wc, after),
                        "cost": wc_rows(tree, after)})
    return out


def legal_case(tree: Tree, name: str, wc: list, R: int, j: int) -> dict:
    cost = wc_rows(tree, wc)
    w_max = cost + tree.K - 1 - (j % 2)  # every expand just fits W_max, or none does
    return {"name": name, "entries": [list(e) for e in wc], "problem": None, "cost": cost, "wMax": w_max,
            "actions": actions(tree, wc, R, w_max)}


def make_fixture() -> dict:
    trees = []
    for name, K, L, T, R in TREES:
        tree = make_tree(K, L, T)
        wcs = []
        for wname, wc in legal_wcs(tree, R):
            problem = wc_problem(tree, wc, R)
            assert problem is None, (name, wname, problem)  # the Python side only makes legal WCs
            wcs.append(legal_case(tree, wname, wc, R, len(wcs)))
        for wname, wc in broken_wcs(tree, R):
            problem = wc_problem(tree, wc, R)
            if problem is None:  # a gist of the newest block is legal when T is a multiple of K and R = 0
                wcs.append(legal_case(tree, wname, wc, R, len(wcs)))
            else:
                wcs.append({"name": wname, "entries": [list(e) for e in wc], "problem": problem})
        trees.append({"name": name, "K": K, "maxLevel": L, "T": T, "protectedTokens": R, "wcs": wcs})
    return {"trees": trees}


def write_fixture(path: str) -> dict:
    fx = make_fixture()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        json.dump(fx, f, separators=(",", ":"))
        f.write("\n")
    return fx


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    fx = write_fixture(a.out)
    n_wc = sum(len(t["wcs"]) for t in fx["trees"])
    n_act = sum(len(w.get("actions", [])) for t in fx["trees"] for w in t["wcs"])
    print(f"wrote {len(fx['trees'])} trees, {n_wc} WCs, {n_act} actions to {a.out}")


if __name__ == "__main__":
    main()
