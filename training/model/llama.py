"""The MegaContext demo base model: a small Llama-style decoder (RMSNorm, RoPE, SwiGLU,
grouped-query attention, tied embeddings).

One forward serves training (no cache) and the exported decoder (inputs_embeds + explicit
position_ids + attention_mask over past and new tokens + KV cache). Causality follows the
order of entries in the KV cache, not position_ids, so MegaContext can feed non-contiguous
positions (gists) without changing what each row may attend to.
Attention is written out (matmul → mask → softmax) so torch 1.13 and ONNX export work; torch
2.x's fused kernel is used only for plain causal training when it exists.
"""
from __future__ import annotations

import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from .config import ModelConfig

_HAS_SDPA = hasattr(F, "scaled_dot_product_attention")


class RMSNorm(nn.Module):
    def __init__(self, d: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (B, T, d)
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rope_cos_sin(position_ids: torch.Tensor, head_dim: int, theta: float) -> tuple[torch.Tensor, torch.Tensor]:
    """position_ids (B, T) int64 → cos, sin (B, 1, T, head_dim) float32 (HF Llama layout)."""
    inv_freq = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.float32,
                                             device=position_ids.device) / head_dim))  # (hd/2,)
    freqs = position_ids.to(torch.float32).unsqueeze(-1) * inv_freq  # (B, T, hd/2)
    emb = torch.cat([freqs, freqs], dim=-1).unsqueeze(1)  # (B, 1, T, hd)
    return emb.cos(), emb.sin()


def _rotate_half(x: torch.Tensor, half: int) -> torch.Tensor:
    # Static python-int indices: exports as Gather with constants (no shape-derived Slice).
    idx1 = torch.arange(0, half, device=x.device)
    idx2 = torch.arange(half, 2 * half, device=x.device)
    return torch.cat([-x.index_select(-1, idx2), x.index_select(-1, idx1)], dim=-1)


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, head_dim: int) -> torch.Tensor:
    return x * cos + _rotate_half(x, head_dim // 2) * sin  # (B, H, T, hd)


class Attention(nn.Module):
    def __init__(self, c: ModelConfig):
        super().__init__()
        self.c = c
        hd = c.head_dim
        self.wq = nn.Linear(c.d_model, c.n_heads * hd, bias=False)
        self.wk = nn.Linear(c.d_model, c.n_kv_heads * hd, bias=False)
        self.wv = nn.Linear(c.d_model, c.n_kv_heads * hd, bias=False)
        self.wo = nn.Linear(c.n_heads * hd, c.d_model, bias=False)

    def forward(self, x, cos, sin, mask, past_k=None, past_v=None):
        """x (B, T, d); mask additive (B, 1, 1, T, S) or None for plain causal training;
        past_k/v (B, kvh, P, hd). Returns y (B, T, d), k, v (B, kvh, P+T, hd)."""
        c = self.c
        B, T, _ = x.shape
        hd, kvh, rep = c.head_dim, c.n_kv_heads, c.n_heads // c.n_kv_heads
        q = self.wq(x).view(B, T, c.n_heads, hd).transpose(1, 2)  # (B, H, T, hd)
        k = self.wk(x).view(B, T, kvh, hd).transpose(1, 2)  # (B, kvh, T, hd)
        v = self.wv(x).view(B, T, kvh, hd).transpose(1, 2)
        q, k = apply_rope(q, cos, sin, hd), apply_rope(k, cos, sin, hd)
        if past_k is not None:
            k = torch.cat([past_k, k], dim=2)  # (B, kvh, S, hd)
            v = torch.cat([past_v, v], dim=2)
        if mask is None and _HAS_SDPA and x.is_cuda:
            ke = k[:, :, None].expand(B, kvh, rep, k.shape[2], hd).reshape(B, c.n_heads, -1, hd)
            ve = v[:, :, None].expand(B, kvh, rep, v.shape[2], hd).reshape(B, c.n_heads, -1, hd)
            y = F.scaled_dot_product_attention(q, ke, ve, is_causal=True)  # (B, H, T, hd)
        else:
            qg = q.view(B, kvh, rep, T, hd)  # (B, kvh, rep, T, hd): GQA without copying K/V
            att = torch.matmul(qg, k.unsqueeze(2).transpose(-1, -2)) / math.sqrt(hd)  # (B, kvh, rep, T, S)
            if mask is None:
                S = k.shape[2]
                causal = torch.ones(T, S, dtype=torch.bool, device=x.device).tril(S - T)
                att = att.masked_fill(~causal, float("-inf"))
            else:
                att = att + mask
            att = torch.softmax(att, dim=-1)
            y = torch.matmul(att, v.unsqueeze(2))  # (B, kvh, rep, T, hd)
            y = y.reshape(B, c.n_heads, T, hd)
        y = y.transpose(1, 2).reshape(B, T, c.n_heads * hd)  # (B, T, d)
        return self.wo(y), k, v


class SwiGLU(nn.Module):
    def __init__(self, c: ModelConfig):
        super().__init__()
        self.w1 = nn.Linear(c.d_model, c.ffn_hidden, bias=False)
        self.w3 = nn.Linear(c.d_model, c.ffn_hidden, bias=False)
        self.w2 = nn.Linear(c.ffn_hidden, c.d_model, bias=False)

    def forward(self, x):  # (B, T, d)
        return self.w2(F.silu(self.w1(x)) * self.w3(x))


class Block(nn.Module):
    def __init__(self, c: ModelConfig):
        super().__init__()
        self.attn_norm = RMSNorm(c.d_model, c.norm_eps)
        self.attn = Attention(c)
        self.ffn_norm = RMSNorm(c.d_model, c.norm_eps)
        self.ffn = SwiGLU(c)

    def forward(self, x, cos, sin, mask, past_k=None, past_v=None):
        h, k, v = self.attn(self.attn_norm(x), cos, sin, mask, past_k, past_v)
        x = x + h
        return x + self.ffn(self.ffn_norm(x)), k, v


def build_additive_mask(attention_mask: torch.Tensor, q_len: int) -> torch.Tensor:
    """attention_mask (B, S) int64 over past+new entries → additive (B, 1, 1, T, S) float32.

    Row t (cache index S-T+t) sees entries j ≤ S-T+t whose attention_mask is 1."""
    S = attention_mask.shape[1]
    j = torch.arange(S, device=attention_mask.device)  # (S,)
    qi = torch.arange(q_len, device=attention_mask.device) + (S - q_len)  # (T,)
    causal = j.unsqueeze(0) <= qi.unsqueeze(1)  # (T, S)
    allowed = causal.unsqueeze(0) & (attention_mask.unsqueeze(1) > 0)  # (B, T, S)
    neg = torch.tensor(-1e9, dtype=torch.float32, device=attention_mask.device)
    zero = torch.tensor(0.0, dtype=torch.float32, device=attention_mask.device)
    return torch.where(allowed, zero, neg)[:, None, None]  # (B, 1, 1, T, S)


class LlamaLM(nn.Module):
    def __init__(self, c: ModelConfig):
        super().__init__()
        c.validate()
        self.c = c
        self.embed = nn.Embedding(c.vocab_size, c.d_model)
        self.blocks = nn.ModuleList([Block(c) for _ in range(c.n_layers)])
        self.norm = RMSNorm(c.d_model, c.norm_eps)
        self.lm_head = None if c.tie_embeddings else nn.Linear(c.d_model, c.vocab_size, bias=False)
        self.apply(self._init)
        for b in self.blocks:  # scaled residual projections (GPT-2)
            nn.init.normal_(b.attn.wo.weight, std=0.02 / math.sqrt(2 * c.n_layers))
            nn.init.normal_(b.ffn.w2.weight, std=0.02 / math.sqrt(2 * c.n_layers))

    @staticmethod
    def _init(m: nn.Module) -> None:
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)

    def logits(self, h: torch.Tensor) -> torch.Tensor:  # (B, T, d) → (B, T, V)
        h = self.norm(h)
        w = self.embed.weight if self.lm_head is None else self.lm_head.weight
        return F.linear(h, w)

    def forward(self, input_ids: torch.Tensor | None = None, *, inputs_embeds=None,
                position_ids=None, attention_mask=None, past=None):
        """Training: forward(input_ids (B, T)) → logits (B, T, V).

        Decoding: pass inputs_embeds (B, T, d), position_ids (B, T), attention_mask (B, P+T)
        and past = [(k, v)] * n_layers with k, v (B, kvh, P, hd); returns (logits, presents)."""
        x = self.embed(input_ids) if inputs_embeds is None else inputs_embeds  # (B, T, d)
        B, T, _ = x.shape
        if position_ids is None:
            position_ids = torch.arange(T, device=x.device).unsqueeze(0).expand(B, T)
        cos, sin = rope_cos_sin(position_ids, self.c.head_dim, self.c.rope_theta)
        mask = None if attention_mask is None else build_additive_mask(attention_mask, T)
        presents = []
        for i, blk in enumerate(self.blocks):
            pk, pv = (past[i] if past is not None else (None, None))
            x, k, v = blk(x, cos, sin, mask, pk, pv)
            presents.append((k, v))
        logits = self.logits(x)
        if past is None and attention_mask is None:
            return logits
        return logits, presents

    def num_params(self) -> int:
        return sum(p.numel() for p in self.parameters())
