"""Generates LensNet label shards (counterfactual ΔNLL@H labels from the frozen base model, on WCs
whose gists come from the current GistNet — rerun after retraining GistNet: alternating
optimisation). Resumable: existing shards are kept; shard i is deterministic given --seed.

    /usr/bin/python3 -m training.lensnet.make_labels --out training/data/lens-labels/demo \
        --base-ckpt training/checkpoints/demo/ema.pt --gistnet-ckpt training/checkpoints/gist-skip/latest.pt \
        --shards 50 --per-shard 32
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import time

import torch

from ..fast_malloc import reexec_with_jemalloc
from ..checkpoint import load_checkpoint
from ..gistnet.common import TRAINING, add_data_args, file_sha256, load_base, make_stream, pick_device
from ..gistnet.model import GistNetConfig, GistNetStack
from ..synthetic.filler import FillerSource
from ..dataset.stream import load_prose_docs
from ..tokenizer.bpe import ByteBPETokenizer
from ..recall.episodes import RecallGenerator
from .examples import corpus_history, make_example, passkey_history, recall_history
from .terms import term_map
from .wc import mean_pool_gists

MATCH_FEATURE = "lexical-idf"  # wc.entry_match: z-scored best block relevance (wc.block_relevance)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(TRAINING, "data", "lens-labels", "demo"))
    add_data_args(ap)
    ap.add_argument("--gistnet-ckpt", default=None, help="GistNet checkpoint (default: mean-pooled gists)")
    ap.add_argument("--shards", type=int, default=10)
    ap.add_argument("--per-shard", type=int, default=32)
    ap.add_argument("--passkey-frac", type=float, default=0.7)
    ap.add_argument("--recall-frac", type=float, default=0.0,
                    help="share of WCs from recall episodes (training/recall; training families only); "
                         "then --passkey-frac of the rest are passkey histories, the others corpus rows")
    ap.add_argument("--min-chars", type=int, default=1500)
    ap.add_argument("--max-chars", type=int, default=6000)
    ap.add_argument("--log-chars", action="store_true",
                    help="draw passkey history lengths log-uniformly (as many 8k as 64k histories)")
    ap.add_argument("--corpus-tokens", type=int, default=1024)
    ap.add_argument("--horizon", type=int, default=64, help="H for corpus histories")
    ap.add_argument("--protected", type=int, default=64)
    ap.add_argument("--tail-tokens", type=int, default=32)
    ap.add_argument("--max-level", type=int, default=2)
    ap.add_argument("--max-labels", type=int, default=64)
    ap.add_argument("--lookahead", action="store_true",
                    help="LOD≥2 gists are also labelled by the path expand to their best query-matching block")
    ap.add_argument("--top-match", type=int, default=0,
                    help="of the --max-labels entries, this many are the best query matches (the rest random)")
    ap.add_argument("--price", type=float, default=2e-3,
                    help="λ: nats per token of WC budget "
                         "(a free collapse of 31 tokens scores tanh(−31λ/scale) ≈ −0.55 < −τ)")
    ap.add_argument("--scale", type=float, default=0.1, help="target = tanh(y / scale)")
    ap.add_argument("--max-rows", type=int, default=None,
                    help="WC rows + expansion + H ≤ this (default: base native_context)")
    ap.add_argument("--max-minutes", type=float, default=1e9)
    return ap.parse_args(argv)


def gist_fn_from(ckpt: str | None, device):
    if not ckpt:
        return mean_pool_gists, {"kind": "mean-pool"}
    ck = load_checkpoint(ckpt, map_location=str(device))
    stack = GistNetStack(GistNetConfig.from_dict(ck["config"])).to(device).eval()
    stack.load_state_dict(ck["model"])
    return (lambda level, x: stack.forward_level(x, level)), {
        "kind": "gistnet", "path": os.path.abspath(ckpt), "step": ck["step"], "sha256": file_sha256(ckpt)}


def main(argv=None) -> None:
    if argv is None:
        reexec_with_jemalloc()
    a = parse_args(argv)
    torch.set_num_threads(a.threads)
    device = pick_device(a.device)
    os.makedirs(a.out, exist_ok=True)
    base, base_info = load_base(a.base_ckpt, device, a.tokenizer)
    gist_fn, gist_info = gist_fn_from(a.gistnet_ckpt, device)
    # The match feature's definition: shards made with another one (the cosine of mean embeddings
    # before it) must not mix with these.
    meta = {"base": base_info, "gists": gist_info, "policy": a.policy, "max_gap": a.max_gap, "match": MATCH_FEATURE,
            "args": vars(a)}
    meta_path = os.path.join(a.out, "meta.json")
    if os.path.exists(meta_path):
        old = json.load(open(meta_path))
        if old["base"]["sha256"] != base_info["sha256"] or old["gists"] != gist_info or old["policy"] != a.policy \
                or old.get("match") != MATCH_FEATURE:
            raise SystemExit(f"{a.out} holds labels for another base model / GistNet / policy / match feature; "
                             "use a new --out")
    with open(meta_path, "w") as f:
        json.dump(meta, f, indent=2, default=str)
    tok = ByteBPETokenizer.load(a.tokenizer)
    terms, _ = term_map(tok)  # (vocab,): the match feature's term per token id
    filler = FillerSource(load_prose_docs(a.corpus_jsonl))
    recall = RecallGenerator.for_training(a.corpus_jsonl, a.recall_nouns) if a.recall_frac > 0 else None
    t0 = time.time()
    for i in range(a.shards):
        path = os.path.join(a.out, f"shard_{i:05d}.pt")
        if os.path.exists(path):
            continue
        if (time.time() - t0) / 60 > a.max_minutes:
            break
        rng = random.Random(a.seed * 1_000_003 + i)
        stream = make_stream(a, seed_offset=1000 + i)
        ex, ts = [], time.time()
        for _ in range(a.per_shard):
            n_chars = int(math.exp(rng.uniform(math.log(a.min_chars), math.log(a.max_chars)))) if a.log_chars \
                else rng.randint(a.min_chars, a.max_chars)
            if recall is not None and rng.random() < a.recall_frac:
                hist, cont, query = recall_history(tok, recall, rng, n_chars)
            elif rng.random() < a.passkey_frac:
                hist, cont, query = passkey_history(tok, filler, rng, n_chars)
            else:
                (hist, cont), query = corpus_history(stream, a.corpus_tokens, a.horizon), None
            ex.append(make_example(base, gist_fn, hist, cont, rng, terms=terms, max_level=a.max_level,
                                   protected_tokens=a.protected, tail_tokens=a.tail_tokens, policy=a.policy,
                                   max_gap=a.max_gap, price=a.price, scale=a.scale, max_labels=a.max_labels,
                                   max_rows=a.max_rows or base.c.native_context, top_match=a.top_match,
                                   lookahead=a.lookahead, query_tokens=query))
        torch.save(ex, path + ".tmp")
        os.replace(path + ".tmp", path)
        n_lab = sum(int(e["label_mask"].sum()) for e in ex)
        print(f"[lens-labels] shard {i}: {len(ex)} WCs, {n_lab} labels, {time.time()-ts:.1f}s", flush=True)


if __name__ == "__main__":
    main()
