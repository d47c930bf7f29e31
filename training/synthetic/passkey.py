"""Passkey retrieval episodes (Landmark Attention / LongLoRA template from EVALUATION.md):
the skill MegaContext's working context must preserve — copy a needle from far back.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from .filler import FillerSource

INTRO = ("There is an important info hidden inside a lot of irrelevant text. Find it and memorize "
         "them. I will quiz you about the important information there.")
QUESTION = "What is the pass key? The pass key is"


@dataclass
class Episode:
    prompt: str     # everything the model reads
    answer: str     # the continuation it must produce (starts with a space)
    key: str


def needle(key: int | str) -> str:
    return f"The pass key is {key}. Remember it. {key} is the pass key."


def passkey_prompt(prefix: str, suffix: str, key: int | str) -> str:
    """Exact benchmark template: lines joined by "\\n"."""
    return "\n".join([INTRO, prefix, needle(key), suffix, QUESTION])


def passkey_episode(rng: random.Random, filler: FillerSource, n_chars: int,
                    kind: str | None = None, depth: float | None = None) -> Episode:
    key = rng.randint(1, 50000)
    sents = filler.sentences(rng, n_chars, kind)
    cut = round(depth * len(sents)) if depth is not None else rng.randint(0, len(sents))
    prompt = passkey_prompt(" ".join(sents[:cut]), " ".join(sents[cut:]), key)
    return Episode(prompt, f" {key}.", str(key))
