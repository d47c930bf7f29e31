"""GistNet (seeds: "32→1→32→1" refinement network): K = 32 rows (token embeddings at LOD1, child
gists at LOD ≥ 2) → one gist in the base model's embedding space.

Parameter names equal the tensor names of the WGSL flat layout (src/gpu/gistnet-weights.ts), so
`state_dict()[name]` is the layout tensor `name` (see layout.py). The forward is the layout's:

    t0 = in_proj(x) + pos_emb [+ level_bias[ℓ]]                          (B, K, h)
    t1 = t0 + self_attn.o(Attn(rms(t0)))                                 self-attention
    t2 = t1 + mlp.fc2(gelu_tanh(mlp.fc1(rms(t1))))                       MLP
    g1 = slots + CA_pool(q: slots, kv: t2)                               (B, S, h)  32 → 1
    t3 = t2 + CA_expand(q: t2, kv: g1)                                   (B, K, h)  1 → 32
    g2 = g1 + CA_refine(q: g1, kv: t3)                                   (B, S, h)  32 → 1
    gist = out_proj(rms(mean_S(g2))) [+ x[:, K−1]]                       (B, d)

The last-row skip (config `last_skip`): the gist is the block's last input row plus a learned
residual that starts at zero. For the demo base model most of ΔNLL@H is the first continuation
token (64 % of a dropped span's ΔNLL@64 on the report's windows), and the span's last token
predicts it best: the last token alone has a third of mean pooling's ΔNLL@64, where the net
without the skip stalled at 0.8.

`GistNetStack` holds the per-level nets: one shared net (+ a learned per-level bias, which the
WGSL export folds into in_proj.bias) or one net per level.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class GistNetConfig:
    d_model: int = 256      # base model embedding width (input rows and output gist)
    width: int = 128        # h: internal width
    heads: int = 2
    mlp_hidden: int = 256
    slots: int = 2
    block_size: int = 32
    norm_eps: float = 1e-5
    levels: int = 2         # LOD1 … LOD<levels>; higher levels reuse the top net
    shared: bool = True     # one net for every level (+ level bias) or one net per level
    last_skip: bool = False  # gist = x[K−1] + out_proj(…): the block's last row plus a learned residual

    def validate(self) -> None:
        if self.width % self.heads:
            raise ValueError("GistNet width must be divisible by heads")
        if self.levels < 1:
            raise ValueError("GistNet needs at least one level")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "GistNetConfig":
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})

    def layout_config(self) -> dict:
        """The config object of the TS layout (camelCase)."""
        return {"dModel": self.d_model, "width": self.width, "heads": self.heads,
                "mlpHidden": self.mlp_hidden, "slots": self.slots, "blockSize": self.block_size,
                "normEps": self.norm_eps, **({"lastSkip": True} if self.last_skip else {})}


class Gain(nn.Module):
    """RMSNorm with a gain named `gain` (layout: `<name>.gain`)."""

    def __init__(self, h: int, eps: float):
        super().__init__()
        self.eps = eps
        self.gain = nn.Parameter(torch.ones(h))

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (..., h)
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.gain


def attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, heads: int, dh: int) -> torch.Tensor:
    """q (B, Lq, h = heads·dh), k/v (B, Lk, h) → (B, Lq, h); heads split h contiguously; no mask."""
    B, Lq, h = q.shape
    Lk = k.shape[1]
    qh = q.view(B, Lq, heads, dh).transpose(1, 2)  # (B, H, Lq, dh)
    kh = k.view(B, Lk, heads, dh).transpose(1, 2)  # (B, H, Lk, dh)
    vh = v.view(B, Lk, heads, dh).transpose(1, 2)
    att = torch.softmax(torch.matmul(qh, kh.transpose(-1, -2)) * (1.0 / math.sqrt(dh)), dim=-1)  # (B, H, Lq, Lk)
    return torch.matmul(att, vh).transpose(1, 2).reshape(B, Lq, h)


class SelfAttn(nn.Module):
    def __init__(self, c: GistNetConfig):
        super().__init__()
        h = c.width
        self.heads, self.dh = c.heads, c.width // c.heads
        self.norm = Gain(h, c.norm_eps)
        self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (B, K, h) → residual added
        a = self.norm(x)
        return x + self.o(attention(self.q(a), self.k(a), self.v(a), self.heads, self.dh))


class Mlp(nn.Module):
    def __init__(self, c: GistNetConfig):
        super().__init__()
        self.norm = Gain(c.width, c.norm_eps)
        self.fc1 = nn.Linear(c.width, c.mlp_hidden)
        self.fc2 = nn.Linear(c.mlp_hidden, c.width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (B, K, h)
        return x + self.fc2(F.gelu(self.fc1(self.norm(x)), approximate="tanh"))


class CrossAttn(nn.Module):
    """a + o(Attn(q(rms(a)), k(rms(c)), v(rms(c)))): queries from a, keys/values from c."""

    def __init__(self, c: GistNetConfig):
        super().__init__()
        h = c.width
        self.heads, self.dh = c.heads, c.width // c.heads
        self.q_norm, self.kv_norm = Gain(h, c.norm_eps), Gain(h, c.norm_eps)
        self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))

    def forward(self, a: torch.Tensor, ctx: torch.Tensor) -> torch.Tensor:  # a (B, La, h), ctx (B, Lc, h)
        cn = self.kv_norm(ctx)
        return a + self.o(attention(self.q(self.q_norm(a)), self.k(cn), self.v(cn), self.heads, self.dh))


class GistNet(nn.Module):
    """One level's net: x (B, K, d) → gists (B, d); `extra_bias` (B, h) is added to t0."""

    def __init__(self, c: GistNetConfig):
        super().__init__()
        c.validate()
        self.c = c
        h, K = c.width, c.block_size
        self.in_proj = nn.Linear(c.d_model, h)
        self.pos_emb = nn.Parameter(torch.randn(K, h) * 0.02)
        self.self_attn = SelfAttn(c)
        self.mlp = Mlp(c)
        self.slots = nn.Parameter(torch.randn(c.slots, h) * 0.5)
        self.pool, self.expand, self.refine = CrossAttn(c), CrossAttn(c), CrossAttn(c)
        self.out = nn.Module()
        self.out.norm = Gain(h, c.norm_eps)
        self.out_proj = nn.Linear(h, c.d_model)

    def forward(self, x: torch.Tensor, extra_bias: torch.Tensor | None = None) -> torch.Tensor:
        B = x.shape[0]
        t0 = self.in_proj(x) + self.pos_emb  # (B, K, h)
        if extra_bias is not None:
            t0 = t0 + extra_bias.unsqueeze(1)
        t2 = self.mlp(self.self_attn(t0))  # (B, K, h)
        slots = self.slots.unsqueeze(0).expand(B, -1, -1)  # (B, S, h)
        g1 = self.pool(slots, t2)  # (B, S, h)
        t3 = self.expand(t2, g1)  # (B, K, h)
        g2 = self.refine(g1, t3)  # (B, S, h)
        g = self.out_proj(self.out.norm(g2.mean(dim=1)))  # (B, d)
        return g + x[:, -1] if self.c.last_skip else g

    @torch.no_grad()
    def init_output_like(self, emb: torch.Tensor) -> None:
        """Start gists in the embedding cloud: bias = mean row, weights scaled to its spread. With
        the last-row skip the residual starts at zero instead: the first gist is the last row."""
        if self.c.last_skip:
            nn.init.zeros_(self.out_proj.weight)
            nn.init.zeros_(self.out_proj.bias)
            return
        mu = emb.mean(0)  # (d,)
        std = float((emb - mu).std())
        self.out_proj.bias.copy_(mu)
        nn.init.normal_(self.out_proj.weight, std=std / math.sqrt(self.c.width))


class GistNetStack(nn.Module):
    """Per-level GistNets. forward(x (B, K, d), level (B,) int64 ≥ 1) → (B, d)."""

    def __init__(self, c: GistNetConfig):
        super().__init__()
        c.validate()
        self.c = c
        n = 1 if c.shared else c.levels
        self.nets = nn.ModuleList([GistNet(c) for _ in range(n)])
        self.level_bias = nn.Parameter(torch.zeros(c.levels, c.width)) if c.shared else None

    def net_for(self, level: int) -> GistNet:
        return self.nets[0 if self.c.shared else min(level, self.c.levels) - 1]

    def forward_level(self, x: torch.Tensor, level: int) -> torch.Tensor:  # (B, K, d) → (B, d)
        if self.c.shared:
            lb = self.level_bias[min(level, self.c.levels) - 1].expand(x.shape[0], -1)  # (B, h)
            return self.nets[0](x, lb)
        return self.net_for(level)(x)

    def forward(self, x: torch.Tensor, level: torch.Tensor) -> torch.Tensor:
        li = level.clamp(1, self.c.levels) - 1  # (B,)
        if self.c.shared:
            return self.nets[0](x, self.level_bias[li])
        out = self.nets[0](x)  # (B, d)
        for j in range(1, len(self.nets)):
            out = torch.where((li == j).unsqueeze(-1), self.nets[j](x), out)
        return out

    def init_output_like(self, emb: torch.Tensor) -> None:
        for n in self.nets:
            n.init_output_like(emb)

    def num_params(self) -> int:
        return sum(p.numel() for p in self.parameters())


def gist_tokens(stack: GistNetStack, embed: nn.Embedding, span_ids: torch.Tensor,
                detach_lower: bool = False) -> torch.Tensor:
    """The gist of each row's span (B, K^ℓ) token ids → (B, d): LOD1 over every aligned block,
    then LOD2 over each 32 LOD1 gists, … up to the span's level (the runtime's tree order)."""
    B, S = span_ids.shape
    K = stack.c.block_size
    x = embed(span_ids)  # (B, S, d)
    level = 1
    while True:
        n = x.shape[1] // K
        g = stack.forward_level(x.reshape(B * n, K, x.shape[-1]), level)  # (B·n, d)
        if n == 1:
            return g
        x = g.view(B, n, -1)  # (B, n, d)
        if detach_lower:
            x = x.detach()
        level += 1
