"""The synthetic part of the MegaContext demo training mixture: draws one episode of a task
chosen by weight, sized to fit a character budget (≈ 4 characters per token).
"""
from __future__ import annotations

import random

from .copy_task import copy_episode
from .chat_qa import passkey_chat_episode, quote_episode, records_episode
from .filler import FillerSource
from .memory_chat import memory_chat_episode
from .multikey import multikey_episode
from .passkey import Episode, passkey_episode

# "copy" and "memory_chat" last with weight 0 by default: appending a zero-weight task leaves the draws of the
# other tasks (and so earlier runs) unchanged.
TASK_WEIGHTS = {"passkey": 0.4, "multikey": 0.2, "records": 0.15, "quote": 0.15, "passkey_chat": 0.1,
                "copy": 0.0, "memory_chat": 0.0}


def draw_episode(rng: random.Random, filler: FillerSource, max_chars: int,
                 weights: dict[str, float] = TASK_WEIGHTS) -> tuple[str, Episode]:
    task = rng.choices(list(weights), list(weights.values()))[0]
    n = rng.randint(max(200, max_chars // 8), max(300, max_chars - 400))
    if task == "passkey":
        return task, passkey_episode(rng, filler, n)
    if task == "multikey":
        return task, multikey_episode(rng, filler, n, n_keys=rng.randint(2, 6))
    if task == "records":
        return task, records_episode(rng)
    if task == "copy":
        return task, copy_episode(rng, filler, n)
    if task == "memory_chat":
        return task, memory_chat_episode(rng, filler, n)
    if task == "quote":
        return task, quote_episode(rng, filler, min(n, 2500))
    return task, passkey_chat_episode(rng, filler, n)


def synthetic_sample_texts(n: int, seed: int = 0, docs: list[str] | None = None) -> list[str]:
    """Plain texts of n episodes (used for the tokenizer training sample)."""
    rng = random.Random(seed)
    filler = FillerSource(docs)
    out = []
    for _ in range(n):
        _, ep = draw_episode(rng, filler, 2000)
        out.append(ep.prompt + ep.answer)
    return out
