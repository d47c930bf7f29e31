"""ΔNLL@H training windows for GistNet (seeds: "32→1", substitutability): rows from the base
model's data mixture cut into (context P tokens, one aligned span of K^ℓ tokens, H continuation).
Windows are arbitrary cuts (the span is not tree-aligned; positions treat it as a node at P).
"""
from __future__ import annotations


from ..dataset.stream import MixtureStream


def window_batch(stream: MixtureStream, B: int, P: int, span: int, H: int):
    """ctx (B, P), span (B, span), cont (B, H) int64 from B fresh mixture rows."""
    x, _, _ = stream.batch(B, P + span + H)  # (B, P+span+H)
    return x[:, :P], x[:, P:P + span], x[:, P + span:]
