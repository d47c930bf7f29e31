"""ONNX-facing view of the MegaContext base model: the decoder that the browser runtime feeds
with assembled `inputs_embeds` (token rows and gists), explicit `position_ids`, an
`attention_mask` over past+new entries and the KV cache; `num_logits_to_keep` (0 = all)
limits the logits to the last N positions so decode steps do not pay for the full V×T head.
"""
from __future__ import annotations

import torch
import torch.nn as nn

from ..model.llama import LlamaLM


def input_names(n_layers: int) -> list[str]:
    names = ["inputs_embeds", "attention_mask", "position_ids"]
    for i in range(n_layers):
        names += [f"past_key_values.{i}.key", f"past_key_values.{i}.value"]
    return names + ["num_logits_to_keep"]


def output_names(n_layers: int) -> list[str]:
    names = ["logits"]
    for i in range(n_layers):
        names += [f"present.{i}.key", f"present.{i}.value"]
    return names


class DecoderForExport(nn.Module):
    def __init__(self, model: LlamaLM):
        super().__init__()
        self.model = model

    def forward(self, inputs_embeds, attention_mask, position_ids, *rest):
        """inputs_embeds (B, T, d) f32; attention_mask (B, P+T) i64; position_ids (B, T) i64;
        rest = past k0, v0, k1, v1, ... (B, kvh, P, hd) then num_logits_to_keep () i64."""
        n_layers = self.model.c.n_layers
        flat, keep = rest[: 2 * n_layers], rest[2 * n_layers]
        past = [(flat[2 * i], flat[2 * i + 1]) for i in range(n_layers)]
        m = self.model
        x = inputs_embeds
        T = x.shape[1]
        from ..model.llama import build_additive_mask, rope_cos_sin
        cos, sin = rope_cos_sin(position_ids, m.c.head_dim, m.c.rope_theta)
        mask = build_additive_mask(attention_mask, T)
        presents = []
        for i, blk in enumerate(m.blocks):
            x, k, v = blk(x, cos, sin, mask, past[i][0], past[i][1])
            presents += [k, v]
        # Keep the last `keep` positions (all when keep == 0 or keep > T).
        t_len = torch.tensor(T, dtype=torch.int64) if not torch.is_tensor(T) else T
        keep = keep.to(torch.int64)
        start = torch.where((keep > 0) & (keep < t_len), t_len - keep, torch.zeros_like(keep))
        # arange(0, N) + start rather than arange(start, T): onnxruntime fuses Range→Gather into
        # a Slice with 0-d starts, which it then rejects at run time.
        idx = torch.arange(0, t_len - start, dtype=torch.int64, device=x.device) + start  # (N,)
        x = torch.index_select(x, 1, idx)  # (B, N, d)
        return (m.logits(x), *presents)
