"""Shared fixtures for the MegaContext training tests (tiny configs, seconds on CPU)."""
from __future__ import annotations

import json
import os
import random

import pytest
import torch

from training.tokenizer.bpe import SPECIAL_TOKENS, ByteBPETokenizer, count_words, train_bpe
from training.tokenizer.hf_export import save_hf

torch.set_num_threads(2)

TEXT = (
    "Call me Ishmael. Some years ago, never mind how long precisely, having little or no money in "
    "my purse, and nothing particular to interest me on shore, I thought I would sail about a little "
    "and see the watery part of the world. The grass is green. The sky is blue. The sun is yellow. "
    "Here we go. There and back again. The pass key is 12345. Remember it. 12345 is the pass key. "
)


@pytest.fixture(scope="session")
def tiny_tokenizer(tmp_path_factory) -> tuple[ByteBPETokenizer, str]:
    """vocab 320 = 256 bytes + 57 merges + 7 specials (matches the `tiny` model preset)."""
    merges = train_bpe(count_words([TEXT] * 20), 320, len(SPECIAL_TOKENS), log_every=0)
    tok = ByteBPETokenizer(merges)
    d = str(tmp_path_factory.mktemp("tok"))
    save_hf(tok, d, model_max_length=128)
    return tok, os.path.join(d, "tokenizer.json")


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory, tiny_tokenizer):
    """A corpus jsonl + token files in the layout training/train.py reads."""
    from training.dataset.tokenize_corpus import tokenize_split
    from training.run_control import sha256_file
    tok, tok_path = tiny_tokenizer
    d = tmp_path_factory.mktemp("corpus")
    rng = random.Random(0)
    words = TEXT.split()
    docs = [" ".join(rng.choice(words) for _ in range(rng.randint(80, 200))) + "." for _ in range(40)]
    for split, part in (("train", docs[:36]), ("heldout", docs[36:])):
        with open(d / f"{split}.jsonl", "w") as f:
            for i, t in enumerate(part):
                f.write(json.dumps({"source": "moby-dick" if i % 2 else "brown", "text": t}) + "\n")
    tokens = d / "tokens"
    tokens.mkdir()
    sources: list[str] = []
    for split in ("heldout", "train"):
        tokenize_split(tok, str(d / f"{split}.jsonl"), str(tokens / split), sources)
    with open(tokens / "meta.json", "w") as f:
        json.dump({"sources": sources, "tokenizer_sha256": sha256_file(tok_path)}, f)
    return d
