"""Counterfactual focus labels for LensNet (seeds: "counterfactual labeling: compute ΔNLL@H for
hypothetical expands / collapses"; positive = expand helps).

For a WC and the H continuation tokens that follow the history, with NLL(·) the mean NLL of the
continuation when the base model sees the WC's rows then the continuation:
    gain_up(e)   = NLL(WC) − NLL(WC with e expanded)        (e a gist; nats)
    loss_down(e) = NLL(WC with e's unit collapsed) − NLL(WC) (e collapsible)
and with λ the budget price in nats per token of WC cost (an expand or collapse moves 31):
    gist, not top level:  y = gain_up − 31λ if that is > 0, else min(0, loss_down − 31λ)
    gist, top level:      y = max(0, gain_up − 31λ)
    LOD0 block:           y = min(0, loss_down − 31λ)  (can only get coarser)
Entries whose only legal action was not evaluated are left unlabelled (mask 0).

Lookahead (`block_scores` given): a needle under an LOD≥2 gist stays hidden after one expand (its
children are gists too), so a one-step gain is ≈ 0 there although the allocator's next iterations
would open the path. For such a gist the label also weighs the *path* expand: the gist opened
level by level down to one raw block, at each level the child holding the block with the best
score (the query match), priced 31λ per level:
    gist at level ℓ ≥ 2:  up = max(gain_up − 31λ, gain_path − 31ℓλ)
The regression target is tanh(y / scale) ∈ (−1, 1), the allocator's score range.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from ..gistnet.delta_nll import last_logits
from .wc import Tree, assemble, can_expand, collapse, collapse_unit, expand, span


def batched_continuation_nll(base, variants: list[tuple[torch.Tensor, torch.Tensor]],
                             cont_ids: torch.Tensor) -> torch.Tensor:
    """variants: [(rows (L_i, d), positions (L_i + H,) incl. the continuation's)]; cont_ids (H,)
    → (n_variants,) mean continuation NLL. One left-padded batch; padding is masked out."""
    dev = cont_ids.device
    E = base.embed(cont_ids)  # (H, d)
    H = cont_ids.shape[0]
    L = max(r.shape[0] for r, _ in variants) + H
    B, d = len(variants), E.shape[1]
    rows = E.new_zeros(B, L, d)
    pos = torch.zeros(B, L, dtype=torch.long, device=dev)
    mask = torch.zeros(B, L, dtype=torch.long, device=dev)
    for b, (r, p) in enumerate(variants):
        n = r.shape[0] + H
        rows[b, L - n:] = torch.cat([r, E], 0)
        pos[b, L - n:], mask[b, L - n:] = p.to(dev), 1
    pred = last_logits(base, rows, pos, mask, H)  # (B, H, V)
    nll = F.cross_entropy(pred.reshape(-1, pred.shape[-1]), cont_ids.repeat(B), reduction="none")
    return nll.view(B, H).mean(1)


def wc_with_continuation(tree: Tree, wc: list, H: int, policy: str, max_gap: int = 64):
    """rows (L, d) of the WC and positions (L + H,) of the WC followed by H continuation tokens
    (the continuation is the LOD0 tokens T, T+1, … placed by the same policy)."""
    rows, pos = assemble(tree, wc, policy, max_gap)
    K = tree.K
    lv, ix = wc[-1]
    last_abs = min((ix + 1) * K, tree.T) - 1 if lv == 0 else ix * K ** lv + K ** lv // 2
    last = int(pos[-1])
    if policy == "absolute":
        first = tree.T
    elif policy == "compacted":
        first = last + 1
    else:
        first = last + min(tree.T - last_abs, max_gap)
    return rows, torch.cat([pos, torch.arange(first, first + H)])


def path_expand(tree: Tree, wc: list, i: int, block_scores: torch.Tensor) -> list:
    """wc with entry i (a gist) expanded level by level down to one LOD0 block: at each level
    the child whose span holds the best-scoring block (block_scores (n_blocks,)) opens next."""
    K = tree.K
    j = i
    while wc[j][0] >= 1:
        level, index = wc[j]
        wc = expand(wc, j, K)
        if level == 1:
            break
        n = len(wc)
        kids = [j + c for c in range(K) if j + c < n and wc[j + c][0] == level - 1 and wc[j + c][1] // K == index]

        def best(k: int) -> float:  # the best block score under child k
            s, e = span(tree, wc[k])
            return float(block_scores[s // K:-(-e // K)].max())

        j = max(kids, key=best)
    return wc


@dataclass
class FocusLabels:
    y: torch.Tensor          # (N,) signed utility in nats (0 where unlabelled)
    target: torch.Tensor     # (N,) tanh(y / scale)
    mask: torch.Tensor       # (N,) 1 = labelled
    gain_up: torch.Tensor    # (N,) NaN where not evaluated
    loss_down: torch.Tensor  # (N,) NaN where not evaluated
    can_expand: torch.Tensor    # (N,) bool
    can_collapse: torch.Tensor  # (N,) bool
    nll: float               # NLL(WC)


@torch.no_grad()
def counterfactual_labels(base, tree: Tree, wc: list, cont_ids: torch.Tensor, protected_tokens: int,
                          policy: str = "compacted", max_gap: int = 64, price: float = 2e-3,
                          scale: float = 0.1, only: list[int] | None = None,
                          chunk: int = 16, block_scores: torch.Tensor | None = None) -> FocusLabels:
    """Labels for the WC entries in `only` (default all), batched `chunk` variants per forward;
    with `block_scores` (n_blocks,), LOD≥2 gists also get the path-expand lookahead."""
    N, K = len(wc), tree.K
    H = cont_ids.shape[0]
    cand = list(range(N)) if only is None else sorted(set(only))
    exp_ok = torch.tensor([can_expand(e) for e in wc])
    units = [collapse_unit(tree, wc, i, protected_tokens) for i in range(N)]
    col_ok = torch.tensor([u is not None for u in units])
    jobs: list[tuple[str, int, list]] = [("base", -1, wc)]
    seen_units = {}
    for i in cand:
        if exp_ok[i]:
            jobs.append(("up", i, expand(wc, i, K)))
            if block_scores is not None and wc[i][0] >= 2:
                jobs.append(("path", i, path_expand(tree, wc, i, block_scores)))
        if col_ok[i] and units[i][0] not in seen_units:
            seen_units[units[i][0]] = len(jobs)
            jobs.append(("down", i, collapse(tree, wc, i, protected_tokens)))
    nlls = []
    for s in range(0, len(jobs), chunk):
        nlls.append(batched_continuation_nll(
            base, [wc_with_continuation(tree, w, H, policy, max_gap) for _, _, w in jobs[s:s + chunk]], cont_ids))
    nll = torch.cat(nlls)  # (jobs,)
    base_nll = float(nll[0])
    gain_up = torch.full((N,), float("nan"))
    gain_path = torch.full((N,), float("nan"))
    loss_down = torch.full((N,), float("nan"))
    for j, (kind, i, _) in enumerate(jobs[1:], start=1):
        if kind == "up":
            gain_up[i] = base_nll - float(nll[j])
        elif kind == "path":
            gain_path[i] = base_nll - float(nll[j])
    for i in cand:
        if col_ok[i]:
            loss_down[i] = float(nll[seen_units[units[i][0]]]) - base_nll
    top = torch.tensor([e[0] >= tree.max_level for e in wc])
    c = 31 * price
    y = torch.zeros(N)
    mask = torch.zeros(N)
    for i in cand:
        lv = wc[i][0]
        up = float(gain_up[i]) - c if exp_ok[i] else None
        if up is not None and not torch.isnan(gain_path[i]):
            up = max(up, float(gain_path[i]) - c * lv)
        down = float(loss_down[i]) - c if col_ok[i] else None
        if lv == 0:
            if down is None:
                continue
            y[i] = min(0.0, down)
        elif top[i] or down is None:
            y[i] = max(0.0, up)
        else:
            y[i] = up if up > 0 else min(0.0, down)
        mask[i] = 1
    return FocusLabels(y, torch.tanh(y / scale) * mask, mask, gain_up, loss_down, exp_ok, col_ok, base_nll)
