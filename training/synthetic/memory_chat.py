"""Memory-then-chat episodes for the MegaContext demo model: a document is fed to memory as raw
text (exactly what the app's "Feed memory" appends after <|bos|>), and a later chat turn asks
about it. The app frames that turn as "\\n<|user|>\\n{question}<|end|>\\n<|assistant|>\\n"
(TextTokenizer.userTurn for a non-first turn), so the model learns to answer from memory that
is not inside the user message.
"""
from __future__ import annotations

import random

from .filler import FillerSource
from .passkey import INTRO, Episode, needle

QUESTIONS = ["What is the pass key?", "What is the pass key mentioned in the text?",
             "Tell me the pass key.", "What was the pass key?"]


def memory_chat_episode(rng: random.Random, filler: FillerSource, n_chars: int) -> Episode:
    key = rng.randint(1, 50000)
    sents = filler.sentences(rng, n_chars)
    cut = rng.randint(0, len(sents))
    lines = [" ".join(sents[:cut]), needle(key), " ".join(sents[cut:])]
    if rng.random() < 0.5:
        lines.insert(0, INTRO)
    doc = "\n".join(line for line in lines if line)
    q = rng.choice(QUESTIONS)
    answer = f"The pass key is {key}."
    return Episode(f"{doc}\n<|user|>\n{q}<|end|>\n<|assistant|>\n", f"{answer}<|end|>\n", str(key))
