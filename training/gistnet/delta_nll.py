"""ΔNLL@H (seeds: "substitutability"; EVALUATION.md "Quality of gists"): for a span S (one aligned
node: K tokens at LOD1, K² at LOD2) after P context tokens and before H continuation tokens,

    NLL_x = mean NLL of the H continuation tokens when the base model sees context + x + continuation
    x ∈ {tokens: S itself, gist: one gist row, drop: nothing}
    ΔNLL@H(gist) = NLL_gist − NLL_tokens,   ΔNLL@H(drop) = NLL_drop − NLL_tokens

Rows are base-model input embeddings; positions follow the runtime's position policy
(positions.py). The base model is frozen; gradients flow into the gist only.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F

from ..model.llama import build_additive_mask, rope_cos_sin
from .positions import span_gist_positions


def last_logits(base, rows: torch.Tensor, positions: torch.Tensor, attention_mask: torch.Tensor,
                n: int) -> torch.Tensor:
    """LlamaLM forward (rows (B, L, d), positions (B, L), attention_mask (B, L)) returning the
    logits of rows L−n−1 … L−2 only (B, n, V): the predictions of the last n rows' tokens.
    Same computation as LlamaLM.forward, minus the unembedding of rows nobody scores."""
    cos, sin = rope_cos_sin(positions, base.c.head_dim, base.c.rope_theta)
    mask = build_additive_mask(attention_mask, rows.shape[1])
    x = rows
    for blk in base.blocks:
        x, _, _ = blk(x, cos, sin, mask)
    L = rows.shape[1]
    return base.logits(x[:, L - n - 1:L - 1])  # (B, n, V)


def continuation_nll(base, rows: torch.Tensor, positions: torch.Tensor, cont_ids: torch.Tensor,
                     return_logits: bool = False, per_token: bool = False):
    """rows (B, L, d) ending with the H continuation rows, positions (B, L) or (L,), cont_ids (B, H)
    → mean NLL per sequence (B,), or per token (B, H) with per_token (and the continuation's logits
    (B, H, V) with return_logits). Token t of the continuation is predicted by row L−H−1+t."""
    B, L, _ = rows.shape
    H = cont_ids.shape[1]
    if positions.dim() == 1:
        positions = positions.unsqueeze(0).expand(B, L)
    mask = torch.ones(B, L, dtype=torch.long, device=rows.device)
    pred = last_logits(base, rows, positions, mask, H)  # (B, H, V)
    nll = F.cross_entropy(pred.reshape(-1, pred.shape[-1]), cont_ids.reshape(-1), reduction="none").view(B, H)
    nll = nll if per_token else nll.mean(1)
    return (nll, pred) if return_logits else nll


def distill_kl(student_logits: torch.Tensor, teacher_logits: torch.Tensor) -> torch.Tensor:
    """KL(teacher ‖ student) per sequence (B,), averaged over the H continuation positions; both
    (B, H, V). The teacher is the base model reading the span's tokens: its whole next-token
    distribution is a denser, lower-variance target than the one sampled continuation token."""
    t = F.log_softmax(teacher_logits.float(), -1)
    s = F.log_softmax(student_logits.float(), -1)
    return (t.exp() * (t - s)).sum(-1).mean(1)


def tokens_logits(base, ctx_ids: torch.Tensor, span_ids: torch.Tensor, cont_ids: torch.Tensor,
                  policy: str = "compacted", K: int = 32, max_gap: int = 64) -> torch.Tensor:
    """The teacher: continuation logits (B, H, V) with the span's tokens in place (no gradient)."""
    P, S, H = ctx_ids.shape[1], span_ids.shape[1], cont_ids.shape[1]
    pos = span_gist_positions(P, S, H, policy, K, max_gap)["tokens"]
    E = base.embed
    with torch.no_grad():
        rows = torch.cat([E(ctx_ids), E(span_ids), E(cont_ids)], 1)  # (B, P+S+H, d)
        return continuation_nll(base, rows, torch.tensor(pos, dtype=torch.long, device=ctx_ids.device), cont_ids,
                                return_logits=True)[1]


def delta_nll(base, ctx_ids: torch.Tensor, span_ids: torch.Tensor, cont_ids: torch.Tensor,
              gist: torch.Tensor | None, policy: str = "compacted", K: int = 32,
              max_gap: int = 64, per_token: bool = False) -> dict[str, torch.Tensor]:
    """ctx_ids (B, P), span_ids (B, K^ℓ), cont_ids (B, H), gist (B, d) or None.

    Returns NLL per sequence (B,) — per token (B, H) with per_token — for 'tokens', 'drop' and (if
    given) 'gist', plus 'delta_gist' and 'delta_drop' (ΔNLL@H)."""
    P, S, H = ctx_ids.shape[1], span_ids.shape[1], cont_ids.shape[1]
    pos = span_gist_positions(P, S, H, policy, K, max_gap)
    dev = ctx_ids.device
    E = base.embed
    ctx, span, cont = E(ctx_ids), E(span_ids), E(cont_ids)  # (B, P|S|H, d)
    t = lambda p: torch.tensor(p, dtype=torch.long, device=dev)  # noqa: E731
    out = {"tokens": continuation_nll(base, torch.cat([ctx, span, cont], 1), t(pos["tokens"]), cont_ids,
                                      per_token=per_token),
           "drop": continuation_nll(base, torch.cat([ctx, cont], 1), t(pos["drop"]), cont_ids, per_token=per_token)}
    if gist is not None:
        out["gist"] = continuation_nll(base, torch.cat([ctx, gist.unsqueeze(1), cont], 1), t(pos["gist"]), cont_ids,
                                       per_token=per_token)
        out["delta_gist"] = out["gist"] - out["tokens"]
    out["delta_drop"] = out["drop"] - out["tokens"]
    return out


def gist_nll(base, ctx_ids: torch.Tensor, gist: torch.Tensor, cont_ids: torch.Tensor, span_len: int,
             policy: str = "compacted", K: int = 32, max_gap: int = 64, return_logits: bool = False,
             per_token: bool = False):
    """Training loss path: NLL_gist only (B,) or (B, H) with per_token (+ logits (B, H, V)),
    differentiable in `gist` (B, d)."""
    P, H = ctx_ids.shape[1], cont_ids.shape[1]
    pos = span_gist_positions(P, span_len, H, policy, K, max_gap)["gist"]
    E = base.embed
    rows = torch.cat([E(ctx_ids), gist.unsqueeze(1), E(cont_ids)], 1)  # (B, P+1+H, d)
    return continuation_nll(base, rows, torch.tensor(pos, dtype=torch.long, device=ctx_ids.device), cont_ids,
                            return_logits, per_token)


def mixed_context_nll(base, ctx_ids: torch.Tensor, ctx_gists: torch.Tensor, ctx_as_gist: list[bool],
                      gist: torch.Tensor, cont_ids: torch.Tensor, span_len: int, policy: str = "compacted",
                      K: int = 32, max_gap: int = 64, return_logits: bool = False):
    """NLL_gist (B,) (+ logits (B, H, V) with return_logits) with a runtime-like context: context
    block j (K tokens of ctx_ids (B, nb·K)) is its gist ctx_gists[:, j] (B, nb, d) where
    ctx_as_gist[j], else its tokens; then the span's gist (B, d), then the continuation (B, H).
    Differentiable in every gist."""
    from .positions import policy_positions, segments_abs_positions
    B, P = ctx_ids.shape
    nb, H = len(ctx_as_gist), cont_ids.shape[1]
    if P != nb * K:
        raise ValueError(f"context of {P} tokens is not {nb} blocks of {K}")
    E = base.embed
    parts, segs = [], []
    for j, as_gist in enumerate(ctx_as_gist):
        parts.append(ctx_gists[:, j:j + 1] if as_gist else E(ctx_ids[:, j * K:(j + 1) * K]))
        segs.append((j * K, K, as_gist))
    parts += [gist.unsqueeze(1), E(cont_ids)]
    segs += [(P, span_len, True), (P + span_len, H, False)]
    pos = policy_positions(segments_abs_positions(segs), policy, max_gap)
    return continuation_nll(base, torch.cat(parts, 1), torch.tensor(pos, dtype=torch.long, device=ctx_ids.device),
                            cont_ids,
                            return_logits)
