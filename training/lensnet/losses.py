"""LensNet training objective (seeds: "counterfactual labeling", "budget regularizer: encourage
zero-sum focus changes", "legality penalties: prevent impossible operations").

    L = Huber(score, target) over labelled entries
      + β · (mean score over entries, cost-weighted)²            budget: expansions ≈ collapses
      + γ · mean(relu(score) on entries that can't expand       legality: LOD0 / cooling …
                 + relu(−score) on entries that can't collapse)  top level, protected, partial group
"""
from __future__ import annotations

import torch
import torch.nn.functional as F


def lensnet_loss(scores, target, label_mask, entry_mask, can_expand, can_collapse, cost,
                 budget_weight: float = 0.1, legality_weight: float = 0.5) -> dict[str, torch.Tensor]:
    """All (B, N); masks/bools as float or bool; cost = entry cost in tokens (32 / 1)."""
    lm, em = label_mask.float(), entry_mask.float()
    fit = (F.smooth_l1_loss(scores, target, reduction="none", beta=0.5) * lm).sum() / lm.sum().clamp(min=1)
    w = cost.float() * em
    net = (scores * w).sum(1) / w.sum(1).clamp(min=1)  # (B,)
    budget = net.pow(2).mean()
    illegal = (F.relu(scores) * (~can_expand.bool()).float() + F.relu(-scores) * (~can_collapse.bool()).float()) * em
    legality = illegal.sum() / em.sum().clamp(min=1)
    total = fit + budget_weight * budget + legality_weight * legality
    return {"loss": total, "fit": fit, "budget": budget, "legality": legality}
