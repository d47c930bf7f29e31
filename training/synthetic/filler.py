"""Haystack filler for MegaContext retrieval episodes (passkey, multi-key needles).

Three kinds, so the model does not learn to find needles only in one repeated sentence:
* `grass`: the exact filler of the passkey benchmark (EVALUATION.md);
* `repeat`: another short set of bland sentences repeated;
* `prose`: consecutive sentences taken from corpus documents.
"""
from __future__ import annotations

import random
import re

GRASS = "The grass is green. The sky is blue. The sun is yellow. Here we go. There and back again."

REPEATS = [
    "The river runs to the sea. The hills are quiet. A bird sings in the morning. The day goes on.",
    "The office is open today. People come and go. The clock on the wall ticks. Nothing happens.",
    "Rain falls on the roof. The road is wet. A car drives by slowly. The town is calm.",
    "The train leaves at noon. The station is busy. Bags are heavy. Everyone waits in line.",
    "Water boils at one hundred degrees. Ice melts in the sun. Wind moves the clouds. Time passes.",
    "The cat sleeps by the fire. The dog waits at the door. The house is warm. Night comes slowly.",
]

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


class FillerSource:
    """Produces filler sentences; `docs` is a list of prose documents (may be empty)."""

    def __init__(self, docs: list[str] | None = None):
        self.docs = [d for d in (docs or []) if len(d) > 400]

    def sentences(self, rng: random.Random, n_chars: int, kind: str | None = None) -> list[str]:
        if kind is None:
            kind = rng.choices(["grass", "repeat", "prose"], [0.35, 0.2, 0.45])[0]
        if kind == "prose" and not self.docs:
            kind = "repeat"
        if kind == "grass":
            base = _SENT.split(GRASS)
            return _cycle(base, n_chars)
        if kind == "repeat":
            return _cycle(_SENT.split(rng.choice(REPEATS)), n_chars)
        out: list[str] = []
        total = 0
        while total < n_chars:
            doc = rng.choice(self.docs)
            sents = [s.replace("\n", " ").strip() for s in _SENT.split(doc)]
            sents = [s for s in sents if 10 < len(s) < 400]
            if not sents:
                continue
            start = rng.randrange(len(sents))
            for s in sents[start:]:
                out.append(s)
                total += len(s) + 1
                if total >= n_chars:
                    break
        return out


def _cycle(base: list[str], n_chars: int) -> list[str]:
    out, total, i = [], 0, 0
    while total < n_chars:
        s = base[i % len(base)]
        out.append(s)
        total += len(s) + 1
        i += 1
    return out


def insert_at_depth(sentences: list[str], needles: list[str], rng: random.Random) -> tuple[str, str]:
    """Split the haystack at a uniformly random sentence boundary; returns (prefix, suffix)."""
    cut = rng.randint(0, len(sentences))
    return " ".join(sentences[:cut]), " ".join(sentences[cut:])
