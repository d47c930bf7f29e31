"""Gist stand-ins for base-model training (seed concept: the working context mixes raw blocks and
gists). At run time most of a long memory reaches the model as one gist row per 32-token block,
at compacted positions, and the shipped GistNet's gist is the block's last token embedding plus a
small learned residual (training/gistnet, "last-row skip"). So a recall episode can show the base
model what it will read: haystack blocks replaced by their last token, with the facts and the
question kept as tokens. The model learns to read a fact among such rows, and no language-model
loss is put on the stand-ins themselves.
"""
from __future__ import annotations

import random

K = 32


def compress_blocks(ids: list[int], keep: list[tuple[int, int]], rng: random.Random,
                    protect_tail: int = 32, frac: float | None = None) -> tuple[list[int], list[bool]]:
    """Replace a share `frac` (default: uniform 0.3–1.0) of the K-aligned blocks of `ids` that
    overlap no `keep` span (token index ranges) and end before the last `protect_tail` tokens by
    their last token. Returns the new ids and a flag per new id: True where it is a stand-in."""
    frac = rng.uniform(0.3, 1.0) if frac is None else frac
    limit = len(ids) - protect_tail
    blocked = [False] * len(ids)
    for s, e in keep:
        for i in range(max(0, s), min(e, len(ids))):
            blocked[i] = True
    out, standin = [], []
    b = 0
    while b < len(ids):
        e = min(b + K, len(ids))
        if e - b == K and e <= limit and not any(blocked[b:e]) and rng.random() < frac:
            out.append(ids[e - 1])
            standin.append(True)
        else:
            out += ids[b:e]
            standin += [False] * (e - b)
        b = e
    return out, standin
