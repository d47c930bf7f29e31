"""Dense copy episodes for the MegaContext demo model: a segment (digits, random words or a
prose sentence run) appears once and is then repeated, so every token of the repeat is an
induction target. Passkey episodes give ~5 answer tokens per haystack; these give dozens, which
is what makes copy-from-context (induction heads) form within a CPU-sized token budget.
"""
from __future__ import annotations

import random

from .filler import FillerSource
from .multikey import ADJ, NOUN
from .passkey import Episode

INTROS = ["Read the following and repeat it exactly.", "Memorize this sequence.",
          "Here is a record to copy.", "Remember the following."]


def _segment(rng: random.Random, filler: FillerSource) -> str:
    kind = rng.choice(["digits", "words", "prose"])
    if kind == "digits":
        return " ".join(str(rng.randint(0, 99999)) for _ in range(rng.randint(3, 16)))
    if kind == "words":
        return " ".join(rng.choice(ADJ + NOUN) for _ in range(rng.randint(4, 24)))
    return " ".join(filler.sentences(rng, rng.randint(60, 300), "prose"))


def copy_episode(rng: random.Random, filler: FillerSource, n_chars: int) -> Episode:
    seg = _segment(rng, filler)
    gap = filler.sentences(rng, rng.randint(0, max(0, n_chars - 2 * len(seg) - 120)))
    prompt = f"{rng.choice(INTROS)}\n{seg}\n{' '.join(gap)}\nRepeat it exactly:"
    return Episode(prompt, f" {seg}", seg)
