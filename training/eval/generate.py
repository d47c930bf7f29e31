"""Greedy decoding with a KV cache for evaluating the MegaContext demo base model."""
from __future__ import annotations

import torch

from ..model.llama import LlamaLM


@torch.no_grad()
def greedy(model: LlamaLM, ids: list[int], max_new: int, stop_ids: tuple[int, ...] = ()) -> list[int]:
    """Prefill `ids`, then append argmax tokens one at a time (≤ max_new, stops at stop_ids)."""
    model.eval()
    x = torch.tensor([ids], dtype=torch.long)  # (1, T)
    T = x.shape[1]
    emb = model.embed(x)  # (1, T, d)
    mask = torch.ones(1, T, dtype=torch.long)
    pos = torch.arange(T).unsqueeze(0)
    logits, past = model(inputs_embeds=emb, position_ids=pos, attention_mask=mask, past=None)
    out: list[int] = []
    nxt = int(logits[0, -1].argmax())
    while True:
        out.append(nxt)
        if nxt in stop_ids or len(out) >= max_new:
            break
        n = T + len(out)
        emb = model.embed(torch.tensor([[nxt]]))  # (1, 1, d)
        logits, past = model(inputs_embeds=emb, position_ids=torch.tensor([[n - 1]]),
                             attention_mask=torch.ones(1, n, dtype=torch.long), past=past)
        nxt = int(logits[0, -1].argmax())
    return out
