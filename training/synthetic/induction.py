"""Token-level induction episodes for the MegaContext demo model: a run of random token ids is
followed by one or more exact repeats. Nothing but copying predicts a repeat, so every repeated
token is a pure induction target (Olsson et al., "In-context learning and induction heads").
This is the skill the passkey needle needs ("The pass key is" → copy what followed it before),
and it forms far sooner when the gradient carries nothing else.
"""
from __future__ import annotations

import random


def induction_episode(rng: random.Random, room: int, vocab_lo: int, vocab_hi: int,
                      sep: int) -> tuple[list[int], int] | None:
    """ids = seg (sep seg)^k with seg random ids in [vocab_lo, vocab_hi); returns (ids, answer
    start) where the answer is everything after the first copy, or None when room is too small."""
    if room < 16:
        return None
    k = rng.randint(1, 3)
    n = rng.randint(8, max(8, min(96, (room - k) // (k + 1))))
    if (n + 1) * (k + 1) > room:
        return None
    seg = [rng.randrange(vocab_lo, vocab_hi) for _ in range(n)]
    ids = list(seg)
    for _ in range(k):
        ids += [sep] + seg
    return ids, n
