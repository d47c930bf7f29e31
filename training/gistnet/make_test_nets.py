"""Test fixture for the TypeScript net runtimes (src/models/gistnet, src/models/lensnet): a tiny
*random* GistNet and LensNet for the tiny test package's embedding table (d = 32), exported with
the real exporters, plus reference.json with inputs and PyTorch outputs:

    /usr/bin/python3 -m training.gistnet.make_test_nets --package-dir build/fixtures/tiny-package \
        --out build/fixtures/tiny-nets

The nets are added to a copy of the package's manifest (out/manifest.json, `gistnet` / `lensnet`
entries written by package_nets.py) so the TS loader can load "package + nets" end to end.

reference.json: gist_lod1 {token_ids (B·32), expected (B, d)}, gist_lod2 {child_gists, expected},
lens_case {token_ids (prose with a fact, then a question, tokenized by the package's tokenizer;
gists by the app's training-free gister, training_free.py), wc entries, query_ids,
entries/levels/ages/match as LensNet sees them, relevance (the match feature's block relevances),
expected scores} — the TS side must rebuild the same LensNet inputs from a tree + WC —, and
terms: the term id of every vocabulary id (lensnet/terms.py), which the TS term map must equal.
"""
from __future__ import annotations

import argparse
import json
import os

import numpy as np
import torch

from ..lensnet.model import LensNet, LensNetConfig
from ..lensnet.terms import term_map
from ..lensnet.wc import block_relevance, build_tree, entry_features, entry_match
from ..tokenizer.bpe import ByteBPETokenizer
from .training_free import tree_gist_fn
from .package_nets import add_gistnet, add_lensnet
from .positions import position_ids
from .model import GistNetConfig, GistNetStack


LENS_CASE_PROSE = ("The old house stood at the edge of the village, and in winter the wind came down from the hills."
                   " Every morning the baker walked past the gate, counted the geese and went on to the market"
                   " square. The access code of the north cellar is 58213, and only the keeper knew it. In spring"
                   " the river rose over the meadows and the children watched the boats drift past the old mill, while"
                   " their parents mended nets by the water.")
LENS_CASE_QUESTION = " What is the north cellar's access code?"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--package-dir", required=True, help="a model package (its manifest and embeddings)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    torch.manual_seed(a.seed)
    man = json.load(open(os.path.join(a.package_dir, "manifest.json")))
    vocab, dim = man["embeddings"]["shape"]
    a.dim, a.vocab = dim, vocab
    table = torch.from_numpy(np.fromfile(os.path.join(a.package_dir, man["embeddings"]["file"]), dtype="<f4")
                             .reshape(vocab, dim).copy())
    embed = torch.nn.Embedding.from_pretrained(table)
    stack = GistNetStack(GistNetConfig(d_model=a.dim, width=16, heads=2, mlp_hidden=32, slots=2, levels=2,
                                       last_skip=True)).eval()
    stack.init_output_like(table)
    with torch.no_grad():
        stack.level_bias.normal_(0, 0.5)
        # the last-row skip starts the residual at zero; a random one makes the test see out_proj
        stack.nets[0].out_proj.weight.normal_(0, 0.1)
        stack.nets[0].out_proj.bias.normal_(0, 0.05)
    lens = LensNet(LensNetConfig(d_model=a.dim, width=16, heads=2, layers=2, mlp_hidden=32)).eval()
    add_gistnet(a.out, man, stack, "gistnet-tiny-random@step0", "compacted")
    add_lensnet(a.out, man, lens, "lensnet-tiny-random@step0", "compacted", tail_tokens=32)
    with open(os.path.join(a.out, "manifest.json"), "w") as f:
        json.dump(man, f, indent=2)
    g_info = {"file": man["gistnet"]["file"], "flat": man["gistnet"]["flat_layout"]}

    g = torch.Generator().manual_seed(a.seed)
    ids1 = torch.randint(0, a.vocab, (3, 32), generator=g)
    child = torch.randn(2, 32, a.dim, generator=g) * 0.05
    # LensNet case: 3 full blocks of prose with a fact + a 7-token tail ending a question about
    # it; WC = gist, gist, tokens, tail tokens. Token ids from the package's tokenizer, so the
    # match feature's lexical relevance has something to find.
    tok = ByteBPETokenizer.load(os.path.join(a.package_dir, "tokenizer.json"))
    terms, _ = term_map(tok)  # (vocab,)
    prose = tok.encode(LENS_CASE_PROSE)
    if len(prose) < 3 * 32:
        raise SystemExit(f"the lens case prose is {len(prose)} tokens, needs 96")
    ids = torch.tensor(prose[:3 * 32] + tok.encode(LENS_CASE_QUESTION)[-7:])
    tree = build_tree(ids, embed, tree_gist_fn(), K=32, max_level=2)  # the app's training-free gists
    wc = [(1, 0), (1, 1), (0, 2), (0, 3)]
    vec, lv, age = entry_features(tree, wc)
    query = ids[-5:]
    tail = embed(query)
    match = entry_match(tree, wc, 5, terms)  # (N,): the query is the tree's last 5 tokens
    with torch.no_grad():
        gl1 = stack(embed(ids1), torch.ones(3, dtype=torch.long))
        gl2 = stack(child, torch.full((2,), 2, dtype=torch.long))
        scores = lens(vec[None], lv[None], age[None], torch.ones(1, len(wc)), tail[None], torch.ones(1, 5), match[None])
    # Position parity with src/core/position-policy.ts: a WC with LOD2, LOD1, LOD0 and a tail.
    pos_wc = [(2, 0), (1, 32), (1, 33), (0, 34), (0, 35), (0, 36)]
    pos_total = 36 * 32 + 9
    positions = {f"{p}:{g}": position_ids(pos_wc, p, 32, pos_total, g)
                 for p in ("absolute", "compacted", "bounded-gaps")
                 for g in ((3, 64) if p == "bounded-gaps" else (64,))}
    ref = {
        "positions": {"wc": pos_wc, "total": pos_total, "cases": positions},
        "dim": a.dim, "gistnet": {"file": g_info["file"], "flat": g_info["flat"]},
        "gist_lod1": {"token_ids": ids1.reshape(-1).tolist(), "expected": gl1.reshape(-1).tolist()},
        "gist_lod2": {"child_gists": child.reshape(-1).tolist(), "expected": gl2.reshape(-1).tolist()},
        "lens_case": {"token_ids": ids.tolist(), "wc": wc, "query_ids": query.tolist(),
                      "entries": vec.reshape(-1).tolist(), "levels": lv.tolist(), "ages": age.tolist(),
                      "match": match.tolist(), "relevance": block_relevance(tree, 5, terms).tolist(),
                      "expected": scores.reshape(-1).tolist()},
        "terms": terms.tolist(),
    }
    with open(os.path.join(a.out, "reference.json"), "w") as f:
        json.dump(ref, f)
    print(f"[tiny-nets] wrote {a.out}")


if __name__ == "__main__":
    main()
