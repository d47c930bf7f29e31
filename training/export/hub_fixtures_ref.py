"""The tiny Llama-style decoder behind every hub fixture repository (hub_fixtures.py): its
random weights and a numpy reference forward pass with Hugging Face Llama semantics (RMSNorm,
rotate-half RoPE, grouped-query attention, SwiGLU MLP), so each exported graph can be checked
against the model it claims to be, whatever operators the layout uses.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class TinyLlama:
    vocab: int = 8192  # the demo tokenizer's vocabulary (public/models/demo/tokenizer.json)
    d: int = 64
    heads: int = 4
    kv_heads: int = 2
    head_dim: int = 16
    ffn: int = 128
    layers: int = 2
    theta: float = 10000.0
    eps: float = 1e-5
    max_pos: int = 4096  # rows of the cos/sin caches


@dataclass
class Weights:
    cfg: TinyLlama
    embed: np.ndarray  # (V, d)
    layers: list[dict[str, np.ndarray]] = field(default_factory=list)  # wq (d, H·hd) … wd (F, d)
    norm: np.ndarray | None = None  # (d)
    lm_head: np.ndarray | None = None  # (d, V) — the embedding's transpose when tied


def random_weights(cfg: TinyLlama, seed: int = 17, tied: bool = False) -> Weights:
    rng = np.random.default_rng(seed)

    def lin(k: int, n: int) -> np.ndarray:
        return (rng.standard_normal((k, n)) / np.sqrt(k)).astype(np.float32)

    def gain() -> np.ndarray:
        return (1.0 + 0.1 * rng.standard_normal(cfg.d)).astype(np.float32)

    c = cfg
    embed = rng.standard_normal((c.vocab, c.d)).astype(np.float32)
    layers = [dict(wq=lin(c.d, c.heads * c.head_dim), wk=lin(c.d, c.kv_heads * c.head_dim),
                   wv=lin(c.d, c.kv_heads * c.head_dim),
                   wo=lin(c.heads * c.head_dim, c.d), wg=lin(c.d, c.ffn), wu=lin(c.d, c.ffn), wd=lin(c.ffn, c.d),
                   n_in=gain(), n_post=gain()) for _ in range(c.layers)]
    lm_head = embed.T.copy() if tied else lin(c.d, c.vocab)
    return Weights(c, embed, layers, gain(), lm_head)


def rope_tables(cfg: TinyLlama, dtype=np.float32) -> tuple[np.ndarray, np.ndarray]:
    """cos, sin: (max_pos, head_dim / 2) — the half tables of onnxruntime's RotaryEmbedding / GQA."""
    inv = cfg.theta ** (-np.arange(0, cfg.head_dim, 2, dtype=np.float64) / cfg.head_dim)
    ang = np.arange(cfg.max_pos, dtype=np.float64)[:, None] * inv[None, :]
    return np.cos(ang).astype(dtype), np.sin(ang).astype(dtype)


def _rms(x: np.ndarray, g: np.ndarray, eps: float) -> np.ndarray:
    return x / np.sqrt((x * x).mean(-1, keepdims=True) + eps) * g


def _rope(x: np.ndarray, pos: np.ndarray, cos: np.ndarray, sin: np.ndarray) -> np.ndarray:
    """x: (B, h, S, hd); pos: (B, S)."""
    c = np.concatenate([cos[pos], cos[pos]], -1)[:, None]  # (B, 1, S, hd)
    s = np.concatenate([sin[pos], sin[pos]], -1)[:, None]
    half = x.shape[-1] // 2
    rot = np.concatenate([-x[..., half:], x[..., :half]], -1)
    return x * c + rot * s


def reference_forward(w: Weights, ids: np.ndarray, pos: np.ndarray, past=None):
    """ids, pos: (B, S) int64; past: [(k, v)] per layer, (B, kvH, P, hd), or None.
    Returns logits (B, S, V) and present [(k, v)] — float64 math on the given weights."""
    c = w.cfg
    B, S = ids.shape
    cos, sin = rope_tables(c, np.float64)
    h = w.embed[ids].astype(np.float64)
    present = []
    P = 0 if past is None else past[0][0].shape[2]
    q_abs = P + np.arange(S)
    mask = np.arange(P + S)[None, :] > q_abs[:, None]  # (S, T) True = hidden
    rep = c.heads // c.kv_heads
    for i, L in enumerate(w.layers):
        x = _rms(h, L["n_in"], c.eps)
        q = (x @ L["wq"]).reshape(B, S, c.heads, c.head_dim).transpose(0, 2, 1, 3)
        k = (x @ L["wk"]).reshape(B, S, c.kv_heads, c.head_dim).transpose(0, 2, 1, 3)
        v = (x @ L["wv"]).reshape(B, S, c.kv_heads, c.head_dim).transpose(0, 2, 1, 3)
        q, k = _rope(q, pos, cos, sin), _rope(k, pos, cos, sin)
        if past is not None:
            k = np.concatenate([past[i][0], k], 2)
            v = np.concatenate([past[i][1], v], 2)
        present.append((k, v))
        kr, vr = np.repeat(k, rep, axis=1), np.repeat(v, rep, axis=1)
        sc = q @ kr.transpose(0, 1, 3, 2) / np.sqrt(c.head_dim)
        sc = np.where(mask[None, None], -np.inf, sc)
        p = np.exp(sc - sc.max(-1, keepdims=True))
        p /= p.sum(-1, keepdims=True)
        o = (p @ vr).transpose(0, 2, 1, 3).reshape(B, S, c.heads * c.head_dim)
        h = h + o @ L["wo"]
        x = _rms(h, L["n_post"], c.eps)
        g = x @ L["wg"]
        h = h + ((g / (1 + np.exp(-g))) * (x @ L["wu"])) @ L["wd"]
    logits = _rms(h, w.norm, c.eps) @ w.lm_head
    return logits, present
