"""Working contexts over a MegaContext tree, in Python (seeds: "contiguity invariant", expand /
collapse, legality; mirrors src/core/legality.ts and src/core/position-policy.ts) — what LensNet's
counterfactual labels are computed on.

A tree here is the token ids of a history plus its gists per level (GistNet or mean-pool); a WC
is a list of entries (level, index) tiling [0, T) in order.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import torch

from ..gistnet.positions import position_ids

Entry = tuple[int, int]


@dataclass
class Tree:
    ids: torch.Tensor                    # (T,) int64 token ids
    embeds: torch.Tensor                 # (T, d) base-model token embeddings
    K: int = 32
    gists: dict[int, torch.Tensor] = field(default_factory=dict)  # level → (n_level, d)

    @property
    def T(self) -> int:
        return int(self.ids.shape[0])

    @property
    def max_level(self) -> int:
        return max(self.gists) if self.gists else 0


def build_tree(ids: torch.Tensor, embed, gist_fn, K: int = 32, max_level: int = 2) -> Tree:
    """gist_fn(level, x (n, K, d)) → (n, d). Only complete nodes get gists (no padding)."""
    with torch.no_grad():
        emb = embed(ids)  # (T, d)
        tree = Tree(ids, emb, K)
        below = emb
        for level in range(1, max_level + 1):
            n = below.shape[0] // K
            if n == 0:
                break
            tree.gists[level] = gist_fn(level, below[:n * K].reshape(n, K, -1))  # (n, d)
            below = tree.gists[level]
    return tree


def mean_pool_gists(level: int, x: torch.Tensor) -> torch.Tensor:  # training-free fallback
    return x.mean(1)


def span(tree: Tree, e: Entry) -> tuple[int, int]:
    level, index = e
    n = tree.K ** max(1, level)  # an LOD0 entry is a block of K tokens
    return index * n, min((index + 1) * n, tree.T)


def all_lod0(tree: Tree) -> list[Entry]:
    return [(0, b) for b in range(-(-tree.T // tree.K))]


def protected_start(tree: Tree, protected_tokens: int) -> int:
    """First token of the protected region, rounded down to a block boundary (stays LOD0)."""
    return max(0, (tree.T - protected_tokens) // tree.K * tree.K)


def can_expand(e: Entry) -> bool:
    return e[0] >= 1


def collapse_unit(tree: Tree, wc: list[Entry], i: int, protected_tokens: int) -> tuple[int, int] | None:
    """(first, members) of the collapse containing entry i, or None if it can't collapse (also
    for a position outside [0, len(wc)): no Python wrap-around, as in src/core/legality.ts)."""
    if not 0 <= i < len(wc):
        return None
    level, index = wc[i]
    K = tree.K
    if level >= tree.max_level or (level + 1) not in tree.gists:
        return None
    if level == 0:
        s, e = span(tree, wc[i])
        if e - s < K or e > protected_start(tree, protected_tokens):
            return None
        return i, 1
    first, base = i - index % K, index - index % K
    if first < 0 or first + K > len(wc):
        return None
    if any(wc[first + j] != (level, base + j) for j in range(K)):
        return None
    if base // K >= tree.gists[level + 1].shape[0]:
        return None
    return first, K


def expand(wc: list[Entry], i: int, K: int) -> list[Entry]:
    if not 0 <= i < len(wc):
        raise ValueError(f"position {i} is outside the WC [0, {len(wc)})")
    level, index = wc[i]
    if level == 0:
        raise ValueError("LOD0 can't expand")
    if level == 1:
        children = [(0, index)]  # the LOD1 node's 32 tokens are one LOD0 block entry
    else:
        children = [(level - 1, index * K + j) for j in range(K)]
    return wc[:i] + children + wc[i + 1:]


def collapse(tree: Tree, wc: list[Entry], i: int, protected_tokens: int) -> list[Entry]:
    unit = collapse_unit(tree, wc, i, protected_tokens)
    if unit is None:
        raise ValueError(f"entry {i} {wc[i] if 0 <= i < len(wc) else '(out of range)'} can't collapse")
    first, members = unit
    level, index = wc[i]
    parent = (level + 1, index // tree.K if level >= 1 else index)
    return wc[:first] + [parent] + wc[first + members:]


def sample_wc(tree: Tree, rng: random.Random, protected_tokens: int, p_lod2: float = 0.5,
              p_lod1: float = 0.6) -> list[Entry]:
    """A random legal WC: each complete LOD2 node outside the protected region becomes its gist
    with p_lod2; every other collapsible block becomes its LOD1 gist with p_lod1."""
    wc = all_lod0(tree)
    i = 0
    while i < len(wc):
        if wc[i][0] == 0 and collapse_unit(tree, wc, i, protected_tokens) and rng.random() < p_lod1:
            wc = collapse(tree, wc, i, protected_tokens)
        i += 1
    i = 0
    while i < len(wc):
        u = collapse_unit(tree, wc, i, protected_tokens) if wc[i][0] == 1 else None
        if u and u[0] == i and rng.random() < p_lod2:
            wc = collapse(tree, wc, i, protected_tokens)
        i += 1
    return wc


def wc_problem(tree: Tree, wc: list[Entry], protected_tokens: int) -> str | None:
    """The invariant a WC breaks, or None if it holds them all; the checks and their order are
    src/core/invariants.ts's: per entry 'existence' (a block of [0, T), or a gist of a complete
    span: never of the tail, never above the top level), 'contiguity' (it starts where the one
    before ended, the first at 0), 'protected' (no gist ends after protected_start); then
    'contiguity' again unless the entries end at T."""
    K, T = tree.K, tree.T
    ps = protected_start(tree, protected_tokens)
    cursor = 0
    for level, index in wc:
        count = -(-T // K) if level == 0 else int(tree.gists[level].shape[0]) if level in tree.gists else 0
        if not 0 <= index < count:
            return "existence"
        s, e = span(tree, (level, index))
        if s != cursor:
            return "contiguity"
        cursor = e
        if level >= 1 and e > ps:
            return "protected"
    return None if cursor == T else "contiguity"


def wc_rows(tree: Tree, wc: list[Entry]) -> int:
    """Rows the WC feeds the base model (its cost): block token counts + one per gist."""
    return sum(span(tree, e)[1] - span(tree, e)[0] if e[0] == 0 else 1 for e in wc)


def assemble(tree: Tree, wc: list[Entry], policy: str = "compacted", max_gap: int = 64):
    """rows (L, d) of the WC (token embeddings for LOD0, gists above) and positions (L,)."""
    parts = []
    for level, index in wc:
        if level == 0:
            s, e = span(tree, (0, index))
            parts.append(tree.embeds[s:e])
        else:
            parts.append(tree.gists[level][index:index + 1])
    pos = position_ids(wc, policy, tree.K, tree.T, max_gap)
    return torch.cat(parts, 0), torch.tensor(pos, dtype=torch.long)


def entry_features(tree: Tree, wc: list[Entry]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """LensNet inputs per entry: vec (N, d) (mean token embedding of an LOD0 block, the gist
    above), level (N,) int64, age (N,) = log1p(tokens after the entry's end)."""
    vecs, levels, ages = [], [], []
    for e in wc:
        s, end = span(tree, e)
        vecs.append(tree.embeds[s:end].mean(0) if e[0] == 0 else tree.gists[e[0]][e[1]])
        levels.append(e[0])
        ages.append(float(tree.T - end))
    return torch.stack(vecs), torch.tensor(levels, dtype=torch.long), torch.log1p(torch.tensor(ages))


def block_relevance(tree: Tree, query_tokens: int, terms: torch.Tensor) -> torch.Tensor:
    """(ceil(T / K),) float64 lexical relevance of every K-token block to the query, the newest
    `query_tokens` tokens (mirrors src/models/focus/block-relevance.ts, the signal of similarity
    focus). `terms` (vocab,): term id per token id (terms.term_map). Query terms Q = the distinct
    terms of the query; over the n blocks (the last may be short) df(t) = blocks containing t,
    idf(t) = ln(1 + (n − df + 0.5) / (df + 0.5)); block b is read through a window reaching K/2
    tokens into each neighbour, [K·b − K/2, K·b + K + K/2) clipped, and scores
    Σ_{t ∈ Q in the window} idf(t) / Σ_{t ∈ Q} idf(t) ∈ [0, 1] (all 0 if Q is empty).
    Lexical because wording-robust recall needs the rare words a question shares with the fact,
    which IDF finds whatever the sentence shape (a cosine of mean embeddings was dominated by
    filler)."""
    T, K = tree.T, tree.K
    n = -(-T // K)
    ids = tree.ids.cpu()
    tid = torch.where(ids < terms.shape[0], terms[ids.clamp(max=terms.shape[0] - 1)], torch.full_like(ids, -1))  # (T,)
    q = torch.unique(tid[T - min(query_tokens, T):])
    q = q[q >= 0]  # (Q,)
    if n == 0 or q.numel() == 0:
        return torch.zeros(n, dtype=torch.float64)
    # (T + 1, Q)
    cs = torch.cat([torch.zeros(1, q.numel(), dtype=torch.long), (tid[:, None] == q[None]).long().cumsum(0)])
    starts = torch.arange(n) * K

    def present(lo: torch.Tensor, hi: torch.Tensor) -> torch.Tensor:  # (n, Q): term in tokens [lo, hi)
        return cs[hi.clamp(0, T)] - cs[lo.clamp(0, T)] > 0

    df = present(starts, starts + K).sum(0).double()  # (Q,)
    idf = torch.log1p((n - df + 0.5) / (df + 0.5))
    window = present(starts - K // 2, starts + K + K // 2).double()  # (n, Q)
    return (window * idf).sum(1) / idf.sum()


def entry_match(tree: Tree, wc: list[Entry], query_tokens: int, terms: torch.Tensor) -> torch.Tensor:
    """LensNet's query-match feature per entry (N,) (mirrors src/models/lensnet/lensnet-inputs.ts;
    the signal of similarity focus, ARCHITECTURE §2): the best lexical relevance (block_relevance)
    to the query (the newest `query_tokens` tokens: the question when it is known, else the tail)
    of any K-token block under the entry, as a z-score over the entries that end before the query
    (0 everywhere if fewer than 2 or no spread)."""
    K = tree.K
    rel = block_relevance(tree, query_tokens, terms)  # (n_blocks,)
    best, ends = [], []
    for e in wc:
        s, end = span(tree, e)
        best.append(float(rel[s // K:-(-end // K)].max()))
        ends.append(end)
    best_t = torch.tensor(best, dtype=torch.float64)
    ref = best_t[torch.tensor(ends) <= tree.T - min(query_tokens, tree.T)]
    if ref.numel() < 2 or float(ref.std(unbiased=False)) < 1e-9:
        return torch.zeros(len(wc))
    return ((best_t - ref.mean()) / ref.std(unbiased=False)).float()
