"""Terms of a vocabulary, the unit of the lexical query relevance behind LensNet's `match` feature
(wc.block_relevance; TypeScript twin src/models/focus/term-map.ts, same normalisation, same term
ids). Every token id maps to a term: the id decoded alone by the tokenizer, lower-cased, with only
letters and digits kept (Unicode categories L* and N*, as \\p{L}\\p{N}); nothing left → no term
(−1). So " Alder", "Alder" and "ALDER" are one term; punctuation, whitespace, special tokens and
partial UTF-8 bytes have none. Term ids are numbered in order of first appearance over the
vocabulary.
"""
from __future__ import annotations

import functools
import unicodedata

import torch

from ..tokenizer.bpe import ByteBPETokenizer


def normalise_term(text: str) -> str:
    """Lower-cased letters and digits of `text` ('' = no term)."""
    return "".join(c for c in text.lower() if unicodedata.category(c)[0] in "LN")


def term_map_from_texts(texts: list[str]) -> tuple[torch.Tensor, list[str]]:
    """(vocab,) int64 term id of each token text (−1: none), and term id → term."""
    ids: dict[str, int] = {}
    of_id = []
    for text in texts:
        term = normalise_term(text)
        of_id.append(ids.setdefault(term, len(ids)) if term else -1)
    return torch.tensor(of_id, dtype=torch.long), list(ids)


@functools.lru_cache(maxsize=4)
def term_map(tok: ByteBPETokenizer) -> tuple[torch.Tensor, list[str]]:
    """The term map of `tok`, built once per tokenizer. Special tokens have no term (the browser's
    tokenizer drops them when decoding; this one would spell them out)."""
    return term_map_from_texts(["" if v >= tok.n_base else tok.decode([v]) for v in range(tok.vocab_size)])
