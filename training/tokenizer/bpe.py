"""Byte-level BPE for the MegaContext demo base model: training (incremental pair counts over
a word-frequency dictionary) and encoding/decoding that match Hugging Face `tokenizers` /
transformers.js (merge the lowest-rank pair, leftmost first, until none applies).

Vocabulary layout: ids 0..255 are the 256 byte symbols (in `bytes_to_unicode` order of byte
value), then one id per merge, then the special tokens at the end.
"""
from __future__ import annotations

import collections
import heapq
import json
import re
from typing import Iterable

from .pretokenize import bytes_to_unicode, js_utf8, split_words, to_byte_symbols

SPECIAL_TOKENS = ["<|bos|>", "<|eos|>", "<|pad|>", "<|system|>", "<|user|>", "<|assistant|>",
                  "<|end|>"]


def count_words(texts: Iterable[str]) -> collections.Counter:
    c: collections.Counter = collections.Counter()
    for t in texts:
        c.update(split_words(t))
    return c


def train_bpe(word_counts: dict[str, int], vocab_size: int, n_special: int,
              log_every: int = 1000) -> list[tuple[int, int]]:
    """Return merges (pairs of ids) learned greedily by pair frequency.

    Ties are broken by the smaller pair (id order), so training is deterministic.
    """
    n_merges = vocab_size - 256 - n_special
    words: list[list[int]] = []
    freqs: list[int] = []
    agg: dict[bytes, int] = collections.Counter()
    for w, c in word_counts.items():
        agg[js_utf8(w)] += c
    for b, c in agg.items():
        if len(b) >= 2:
            words.append(list(b))
            freqs.append(c)
    pair_count: dict[tuple[int, int], int] = collections.defaultdict(int)
    where: dict[tuple[int, int], set[int]] = collections.defaultdict(set)
    for i, (w, f) in enumerate(zip(words, freqs)):
        for p in zip(w, w[1:]):
            pair_count[p] += f
            where[p].add(i)
    heap = [(-c, p) for p, c in pair_count.items()]
    heapq.heapify(heap)
    merges: list[tuple[int, int]] = []
    tok_bytes: list[bytes] = [bytes([i]) for i in range(256)]
    seen: set[bytes] = set(tok_bytes)
    banned: set[tuple[int, int]] = set()  # pairs whose merge would duplicate an existing token
    while len(merges) < n_merges and heap:
        negc, pair = heapq.heappop(heap)
        cur = pair_count.get(pair, 0)
        if cur <= 0:
            continue
        if -negc != cur:  # stale entry: re-push with the current count
            heapq.heappush(heap, (-cur, pair))
            continue
        a, b = pair
        merged = tok_bytes[a] + tok_bytes[b]
        if merged in seen:
            banned.add(pair)
            del pair_count[pair]
            continue
        seen.add(merged)
        tok_bytes.append(merged)
        new_id = 256 + len(merges)
        merges.append(pair)
        changed: set[tuple[int, int]] = set()
        for i in list(where[pair]):
            w, f = words[i], freqs[i]
            for p in zip(w, w[1:]):
                if p in banned:
                    continue
                pair_count[p] -= f
                changed.add(p)
            out, j = [], 0
            while j < len(w):
                if j + 1 < len(w) and w[j] == a and w[j + 1] == b:
                    out.append(new_id)
                    j += 2
                else:
                    out.append(w[j])
                    j += 1
            words[i] = out
            for p in zip(out, out[1:]):
                if p in banned:
                    continue
                pair_count[p] += f
                where[p].add(i)
                changed.add(p)
        del pair_count[pair]
        where.pop(pair, None)
        for p in changed:
            c = pair_count.get(p, 0)
            if c > 0:
                heapq.heappush(heap, (-c, p))
        if log_every and len(merges) % log_every == 0:
            print(f"[bpe] {len(merges)}/{n_merges} merges", flush=True)
    return merges


class ByteBPETokenizer:
    """Encoder/decoder for a trained merge list; mirrors tokenizer.json semantics."""

    def __init__(self, merges: list[tuple[int, int]], special_tokens: list[str] = SPECIAL_TOKENS):
        table = bytes_to_unicode()
        self.id_to_token: list[str] = [table[b] for b in range(256)]
        for a, b in merges:
            self.id_to_token.append(self.id_to_token[a] + self.id_to_token[b])
        self.merges = list(merges)
        self.ranks = {(self.id_to_token[a], self.id_to_token[b]): r for r, (a, b) in enumerate(merges)}
        self.special_tokens = list(special_tokens)
        self.n_base = len(self.id_to_token)
        self.special_ids = {t: self.n_base + i for i, t in enumerate(special_tokens)}
        self.id_to_token += special_tokens
        self.token_to_id = {t: i for i, t in enumerate(self.id_to_token)}
        self._byte_decoder = {c: b for b, c in table.items()}
        self._special_re = re.compile("(" + "|".join(re.escape(t) for t in special_tokens) + ")")
        self._cache: dict[str, list[int]] = {}

    @property
    def vocab_size(self) -> int:
        return len(self.id_to_token)

    def _bpe(self, word: str) -> list[int]:
        ids = self._cache.get(word)
        if ids is not None:
            return ids
        syms = list(to_byte_symbols(word))
        ranks = self.ranks
        while len(syms) > 1:
            best, best_i = None, -1
            for i in range(len(syms) - 1):
                r = ranks.get((syms[i], syms[i + 1]))
                if r is not None and (best is None or r < best):
                    best, best_i = r, i
            if best is None:
                break
            syms[best_i:best_i + 2] = [syms[best_i] + syms[best_i + 1]]
        ids = [self.token_to_id[s] for s in syms]
        if len(self._cache) < 500_000:
            self._cache[word] = ids
        return ids

    def encode(self, text: str, allow_special: bool = True) -> list[int]:
        out: list[int] = []
        parts = self._special_re.split(text) if allow_special else [text]
        for part in parts:
            if not part:
                continue
            if allow_special and part in self.special_ids:
                out.append(self.special_ids[part])
                continue
            for w in split_words(part):
                out.extend(self._bpe(w))
        return out

    def decode(self, ids: Iterable[int]) -> str:
        out: list[str] = []
        buf = bytearray()
        for i in ids:
            tok = self.id_to_token[int(i)]
            if int(i) >= self.n_base:
                if buf:
                    out.append(buf.decode("utf-8", errors="replace"))
                    buf = bytearray()
                out.append(tok)
            else:
                buf.extend(self._byte_decoder[c] for c in tok)
        if buf:
            out.append(buf.decode("utf-8", errors="replace"))
        return "".join(out)

    def save_merges(self, path: str) -> None:
        with open(path, "w") as f:
            json.dump({"merges": self.merges, "special_tokens": self.special_tokens}, f)

    @classmethod
    def load(cls, path: str) -> "ByteBPETokenizer":
        """Load from our merges.json or from a Hugging Face tokenizer.json."""
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        if "model" in d:  # tokenizer.json
            vocab = d["model"]["vocab"]
            merges = [tuple(m) if isinstance(m, list) else tuple(m.split(" ", 1)) for m in d["model"]["merges"]]
            specials = [t["content"] for t in sorted(d["added_tokens"], key=lambda t: t["id"])]
            return cls([(vocab[a], vocab[b]) for a, b in merges], specials)
        return cls([tuple(m) for m in d["merges"]], d["special_tokens"])
