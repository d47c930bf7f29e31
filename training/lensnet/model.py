"""LensNet (seeds: "dual cross-attention network (working context ↔ tail gists), non-causal,
signed focus score per WC entry").

Inputs (batched, padded):
    entries     (B, N, d)  per WC entry: mean token embedding of an LOD0 block, the gist above
    levels      (B, N)     int64 LOD of each entry
    ages        (B, N)     log1p(tokens after the entry's end) — where it sits in time
    entry_mask  (B, N)     1 = real entry, 0 = padding
    tail        (B, Q, d)  the newest tokens' embeddings (the query) / newest gists
    tail_mask   (B, Q)
    match       (B, N)     (config `match`) query match: z-scored best lexical relevance to the
                           query of any 32-token block under the entry (wc.entry_match,
                           wc.block_relevance) — the similarity-focus signal, which the net learns
                           to weigh against the entry's level, age and content
Output: scores (B, N) in (−1, 1): + expand (more detail pays), − collapse.

Per layer: tail ← CA(tail, entries); entries ← CA(entries, tail); entries ← SA(entries) (no
causal mask); MLP. Padding keys are masked with a large negative bias.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class LensNetConfig:
    d_model: int = 256
    width: int = 128
    heads: int = 4
    layers: int = 2
    mlp_hidden: int = 256
    max_level: int = 4      # level embedding rows 0 … max_level (higher levels clamp)
    norm_eps: float = 1e-5
    match: bool = True      # reads the query-match feature (an extra `match` input)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "LensNetConfig":
        d = {"match": False, **d}  # nets saved before the feature existed have no match input
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


class RMS(nn.Module):
    def __init__(self, h: int, eps: float):
        super().__init__()
        self.eps = eps
        self.gain = nn.Parameter(torch.ones(h))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.gain


class MaskedAttn(nn.Module):
    """x + o(Attn(q(rms(x)), k/v(rms(ctx)))) with key padding mask (B, Lk) of 1/0."""

    def __init__(self, c: LensNetConfig):
        super().__init__()
        h = c.width
        self.heads, self.dh = c.heads, c.width // c.heads
        self.qn, self.kvn = RMS(h, c.norm_eps), RMS(h, c.norm_eps)
        self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))

    def forward(self, x, ctx, key_mask):
        B, Lq, h = x.shape
        Lk, H, dh = ctx.shape[1], self.heads, self.dh
        cn = self.kvn(ctx)
        q = self.q(self.qn(x)).view(B, Lq, H, dh).transpose(1, 2)  # (B, H, Lq, dh)
        k = self.k(cn).view(B, Lk, H, dh).transpose(1, 2)  # (B, H, Lk, dh)
        v = self.v(cn).view(B, Lk, H, dh).transpose(1, 2)
        att = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(dh))  # (B, H, Lq, Lk)
        att = att + (1.0 - key_mask.to(att.dtype))[:, None, None, :] * -1e9
        y = torch.matmul(torch.softmax(att, -1), v).transpose(1, 2).reshape(B, Lq, h)
        return x + self.o(y)


class Mlp(nn.Module):
    def __init__(self, c: LensNetConfig):
        super().__init__()
        self.norm = RMS(c.width, c.norm_eps)
        self.fc1, self.fc2 = nn.Linear(c.width, c.mlp_hidden), nn.Linear(c.mlp_hidden, c.width)

    def forward(self, x):
        return x + self.fc2(F.gelu(self.fc1(self.norm(x)), approximate="tanh"))


class LensLayer(nn.Module):
    def __init__(self, c: LensNetConfig):
        super().__init__()
        self.tail_reads, self.wc_reads, self.wc_self = MaskedAttn(c), MaskedAttn(c), MaskedAttn(c)
        self.tail_mlp, self.wc_mlp = Mlp(c), Mlp(c)

    def forward(self, x, t, x_mask, t_mask):
        t = self.tail_mlp(self.tail_reads(t, x, x_mask))  # (B, Q, h)
        x = self.wc_reads(x, t, t_mask)  # (B, N, h)
        x = self.wc_mlp(self.wc_self(x, x, x_mask))
        return x, t


class LensNet(nn.Module):
    def __init__(self, c: LensNetConfig):
        super().__init__()
        if c.width % c.heads:
            raise ValueError("LensNet width must be divisible by heads")
        self.c = c
        h = c.width
        self.in_norm = RMS(c.d_model, c.norm_eps)  # gists and pooled rows differ in scale
        self.in_proj = nn.Linear(c.d_model, h)
        self.tail_proj = nn.Linear(c.d_model, h)
        self.level_emb = nn.Embedding(c.max_level + 1, h)
        self.age_proj = nn.Linear(1, h)
        if c.match:
            self.match_proj = nn.Linear(2, h)  # [z, relu(z − 2)]: a standout match gets its own slope
        self.layers = nn.ModuleList([LensLayer(c) for _ in range(c.layers)])
        self.out_norm = RMS(h, c.norm_eps)
        self.head = nn.Linear(h, 1)

    def forward(self, entries, levels, ages, entry_mask, tail, tail_mask, match=None):
        lv = levels.clamp(0, self.c.max_level)
        x = self.in_proj(self.in_norm(entries)) + self.level_emb(lv) + self.age_proj(ages.unsqueeze(-1))  # (B, N, h)
        if self.c.match:
            if match is None:
                raise ValueError("this LensNet reads the query-match feature: pass `match` (B, N)")
            x = x + self.match_proj(torch.stack([match, F.relu(match - 2.0)], -1))
        t = self.tail_proj(self.in_norm(tail))  # (B, Q, h)
        xm, tm = entry_mask.to(x.dtype), tail_mask.to(x.dtype)
        for layer in self.layers:
            x, t = layer(x, t, xm, tm)
        return torch.tanh(self.head(self.out_norm(x)).squeeze(-1)) * xm  # (B, N)

    def num_params(self) -> int:
        return sum(p.numel() for p in self.parameters())
