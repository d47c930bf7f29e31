"""LensNet training examples (seeds: counterfactual labeling, "tail gists", alternating
optimisation): a history (passkey episode — the skill focus must serve — or a corpus row), its
tree built by the current GistNet (or mean-pool), a random legal WC, LensNet's input features,
and counterfactual labels from the frozen base model on the continuation (the passkey's answer,
or the next H corpus tokens).
"""
from __future__ import annotations

import random

import torch

from ..dataset.stream import MixtureStream
from ..synthetic.filler import FillerSource
from ..synthetic.passkey import QUESTION, passkey_episode
from ..tokenizer.bpe import ByteBPETokenizer
from .labels import counterfactual_labels
from .wc import block_relevance, build_tree, entry_features, entry_match, sample_wc, span, wc_rows


def passkey_history(tok: ByteBPETokenizer, filler: FillerSource, rng: random.Random, n_chars: int):
    """(history ids (T,), continuation ids (H,), query tokens): the episode prompt, its answer and
    the length of the question that ends the prompt (the query LensNet's match feature reads)."""
    ep = passkey_episode(rng, filler, n_chars)
    bos = tok.special_ids["<|bos|>"]
    return (torch.tensor([bos] + tok.encode(ep.prompt)), torch.tensor(tok.encode(ep.answer)),
            len(tok.encode(QUESTION)))


def recall_history(tok: ByteBPETokenizer, gen, rng: random.Random, n_chars: int):
    """(history ids (T,), continuation ids (H,), query tokens) of a recall episode (training/recall):
    memory with facts of the training families, then the question (chat as the app frames it, or a
    completion stem); the continuation is the reply the model should give (absent: "not in memory")."""
    ep = gen.make(rng, n_chars)
    bos = tok.special_ids["<|bos|>"]
    ctx = tok.encode(ep.context)
    ask = tok.encode(ep.prompt()[len(ep.context):])
    return torch.tensor([bos] + ctx + ask), torch.tensor(tok.encode(ep.target())), len(ask)


def corpus_history(stream: MixtureStream, T: int, H: int):
    x, _, _ = stream.batch(1, T + H)
    return x[0, :T], x[0, T:]


@torch.no_grad()
def make_example(base, gist_fn, hist: torch.Tensor, cont: torch.Tensor, rng: random.Random, *,
                 terms: torch.Tensor, K: int = 32, max_level: int = 2, protected_tokens: int = 64,
                 tail_tokens: int = 32,
                 policy: str = "compacted", max_gap: int = 64, price: float = 2e-3, scale: float = 0.1,
                 max_labels: int = 64, p_lod2: float | None = None, p_lod1: float | None = None,
                 max_rows: int = 1024, top_match: int = 0, lookahead: bool = False,
                 query_tokens: int | None = None) -> dict:
    """One labelled WC. Of its entries, `max_labels` get labels: the `top_match` best query
    matches outside the protected tail (the entries a focus is likeliest to act on, the needle
    among them in a passkey history), the rest drawn at random. `lookahead`: LOD≥2 gists are also
    labelled by the path expand towards their best query-matching block (labels.py). The query
    is the newest `query_tokens` tokens (default: the tail); `terms` (vocab,) is the tokenizer's
    term map (terms.term_map), what the match feature compares the query with the history by."""
    dev = next(base.parameters()).device
    hist, cont = hist.to(dev), cont.to(dev)
    tree = build_tree(hist, base.embed, gist_fn, K=K, max_level=max_level)
    p2 = rng.random() if p_lod2 is None else p_lod2
    p1 = rng.uniform(0.3, 1.0) if p_lod1 is None else p_lod1
    wc = sample_wc(tree, rng, protected_tokens, p_lod2=p2, p_lod1=p1)
    # Keep every variant (an expand adds ≤ 31 rows) and the continuation inside the base model's
    # trained context: coarsen the sample until it fits (the protected tail always stays LOD0).
    extra = K * (max_level if lookahead else 1)  # rows a variant adds: one expand, or a path to LOD0
    while wc_rows(tree, wc) + extra + cont.shape[0] > max_rows and (p1 < 1.0 or p2 < 1.0):
        p1, p2 = min(1.0, p1 + 0.2), min(1.0, p2 + 0.2)
        wc = sample_wc(tree, rng, protected_tokens, p_lod2=p2, p_lod1=p1)
    qn = query_tokens or tail_tokens
    match = entry_match(tree, wc, qn, terms)  # (N,)
    only = list(range(len(wc)))
    if len(only) > max_labels:
        free = [i for i in only if span(tree, wc[i])[1] <= tree.T - protected_tokens]
        top = sorted(free, key=lambda i: -float(match[i]))[:min(top_match, max_labels)]
        rest = sorted(set(only) - set(top))
        only = sorted(top + rng.sample(rest, max_labels - len(top)))
    lab = counterfactual_labels(base, tree, wc, cont, protected_tokens, policy, max_gap, price, scale, only,
                                chunk=max(1, (16 * 1024 ** 2) // (wc_rows(tree, wc) + extra + cont.shape[0]) ** 2),
                                block_scores=block_relevance(tree, qn, terms) if lookahead else None)
    vec, lv, age = entry_features(tree, wc)
    tail = tree.embeds[-tail_tokens:]  # (Q, d): the newest tokens (the query)
    cost = torch.tensor([min(K, tree.T - ix * K) if level == 0 else 1 for level, ix in wc])
    return {"entries": vec.cpu(), "levels": lv, "ages": age, "tail": tail.cpu(), "match": match.cpu(),
            "query_tokens": qn, "target": lab.target,
            "label_mask": lab.mask, "can_expand": lab.can_expand, "can_collapse": lab.can_collapse,
            "cost": cost, "y": lab.y, "nll": lab.nll, "wc": wc, "T": tree.T}


def collate(examples: list[dict]) -> dict[str, torch.Tensor]:
    """Pads to the longest WC / tail in the batch; masks mark real rows."""
    B = len(examples)
    N = max(e["entries"].shape[0] for e in examples)
    Q = max(e["tail"].shape[0] for e in examples)
    d = examples[0]["entries"].shape[1]
    out = {"entries": torch.zeros(B, N, d), "levels": torch.zeros(B, N, dtype=torch.long),
           "ages": torch.zeros(B, N), "entry_mask": torch.zeros(B, N), "tail": torch.zeros(B, Q, d),
           "tail_mask": torch.zeros(B, Q), "target": torch.zeros(B, N), "label_mask": torch.zeros(B, N),
           "can_expand": torch.zeros(B, N, dtype=torch.bool), "can_collapse": torch.zeros(B, N, dtype=torch.bool),
           "cost": torch.zeros(B, N), "match": torch.zeros(B, N)}
    for b, e in enumerate(examples):
        if "match" not in e:
            raise ValueError("a label shard made before LensNet's query-match feature (no 'match'): regenerate it "
                             "with training.lensnet.make_labels")
        n, q = e["entries"].shape[0], e["tail"].shape[0]
        for k in ("entries", "levels", "ages", "match", "target", "label_mask", "can_expand", "can_collapse", "cost"):
            out[k][b, :n] = e[k]
        out["entry_mask"][b, :n] = 1
        out["tail"][b, :q] = e["tail"]
        out["tail_mask"][b, :q] = 1
    return out
