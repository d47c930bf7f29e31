"""RULER-style multi-key needles: several "One of the special magic numbers for {key} is:
{value}." facts hidden in a haystack; the query names one key, the model copies its value.
Trains associative recall (which needle, not just any needle).
"""
from __future__ import annotations

import random

from .filler import FillerSource
from .passkey import Episode

ADJ = ["amazing", "quiet", "brave", "calm", "eager", "fancy", "gentle", "happy", "jolly", "kind",
       "lively", "nice", "proud", "silly", "witty", "zealous", "ancient", "bright", "cold", "dark",
       "early", "fresh", "giant", "hollow", "icy", "loud", "modern", "narrow", "old", "plain"]
NOUN = ["fence", "river", "apple", "castle", "garden", "window", "island", "forest", "candle",
        "bridge", "engine", "letter", "mirror", "pencil", "rocket", "saddle", "tunnel", "violin",
        "wagon", "anchor", "basket", "cactus", "dragon", "falcon", "harbor", "jacket", "kettle",
        "lantern", "meadow", "puzzle"]


def magic_line(key: str, value: int) -> str:
    return f"One of the special magic numbers for {key} is: {value}."


def multikey_episode(rng: random.Random, filler: FillerSource, n_chars: int, n_keys: int = 4,
                     kind: str | None = None) -> Episode:
    keys: list[str] = []
    while len(keys) < n_keys:
        k = f"{rng.choice(ADJ)}-{rng.choice(NOUN)}"
        if k not in keys:
            keys.append(k)
    values = [rng.randint(1_000_000, 9_999_999) for _ in keys]
    sents = filler.sentences(rng, n_chars, kind)
    for k, v in zip(keys, values):
        sents.insert(rng.randint(0, len(sents)), magic_line(k, v))
    q = rng.randrange(n_keys)
    prompt = ("Some special magic numbers are hidden within the following text. Make sure to "
              "memorize it. I will quiz you about the numbers afterwards.\n"
              + " ".join(sents)
              + f"\nWhat is the special magic number for {keys[q]} mentioned in the provided text? "
              f"The special magic number for {keys[q]} mentioned in the provided text is")
    return Episode(prompt, f" {values[q]}.", str(values[q]))
