"""GistNet losses (seeds: "minimise ΔNLL@H"; "optional contrastive loss to avoid gist collapse").

- substitution loss: mean NLL of the H continuation tokens with the span replaced by its gist
  (NLL_tokens does not depend on GistNet, so this minimises ΔNLL@H);
- contrastive term: InfoNCE over the batch between each gist and the mean embedding of its own
  span, so distinct spans keep distinct gists.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F


def contrastive_loss(gists: torch.Tensor, span_embeds: torch.Tensor, temperature: float = 0.1) -> torch.Tensor:
    """gists (B, d), span_embeds (B, S, d) → scalar; 0 for B < 2."""
    B = gists.shape[0]
    if B < 2:
        return gists.new_zeros(())
    g = F.normalize(gists, dim=-1)
    m = F.normalize(span_embeds.mean(1), dim=-1)  # (B, d)
    logits = g @ m.t() / temperature  # (B, B)
    return F.cross_entropy(logits, torch.arange(B, device=gists.device))
