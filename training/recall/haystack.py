"""Haystacks for recall episodes: real text from a pool of documents (prose, technical text with
code, reference lists, dialogue), cut to a length, with the places where a fact can be inserted
(sentence ends inside paragraphs, line ends between lines). Training draws from the training
corpus; evaluation from sources never used in training (`eval_sources.py`), so no evaluation
haystack text is ever trained on.
"""
from __future__ import annotations

import bisect
import json
import random
import re
from dataclasses import dataclass

_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]?(?= +[A-Z\"'(])")


@dataclass
class Haystack:
    text: str
    line_cuts: list[int]       # offsets of line starts (insert "block\n" there)
    sentence_cuts: list[int]   # offsets right after a sentence end inside a line (insert " fact")
    source: str


# Characters of each corpus source a training pool reads (the first ones, in file order).
MAX_CHARS_PER_SOURCE = 6_000_000


class HaystackPool:
    """Documents grouped by source; `draw(rng, n_chars)` returns a contiguous excerpt."""

    def __init__(self, docs: list[tuple[str, str]], min_doc_chars: int = 400):
        self.by_source: dict[str, list[str]] = {}
        for source, text in docs:
            if len(text) >= min_doc_chars:
                self.by_source.setdefault(source, []).append(text)
        if not self.by_source:
            raise ValueError("haystack pool is empty")
        self.sources = sorted(self.by_source)

    @classmethod
    def from_jsonl(cls, path: str, sources: tuple[str, ...] | None = None,
                   max_bytes_per_source: int = MAX_CHARS_PER_SOURCE) -> "HaystackPool":
        """Documents of a corpus jsonl ({"source", "text"} per line), at most
        `max_bytes_per_source` of each source (so every source is in the pool)."""
        docs, n = [], {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                src = d["source"]
                if (sources is not None and src not in sources) or n.get(src, 0) >= max_bytes_per_source:
                    continue
                docs.append((src, d["text"]))
                n[src] = n.get(src, 0) + len(d["text"])
        return cls(docs)

    def draw(self, rng: random.Random, n_chars: int, source: str | None = None) -> Haystack:
        """≈ n_chars of text: consecutive documents of one source from a random start (whole
        lines), so long haystacks stay coherent."""
        source = source or rng.choice(self.sources)
        docs = self.by_source[source]
        i = rng.randrange(len(docs))
        text = docs[i]
        start = 0
        if len(text) > n_chars:
            start = _boundary_after(text, rng.randrange(0, len(text) - n_chars))
        parts, total = [], 0
        while total < n_chars:
            piece = text[start:start + (n_chars - total)]
            if piece:
                parts.append(piece)
                total += len(piece) + 1
            i = (i + 1) % len(docs)
            text, start = docs[i], 0
            if len(parts) > 10_000:
                break
        body = "\n".join(parts)
        # end on a line or sentence boundary
        cut = max(body.rfind("\n"), body.rfind(". ") + 1)
        if cut > len(body) * 0.8:
            body = body[:cut]
        return make_haystack(body.strip("\n"), source)


def _boundary_after(text: str, at: int) -> int:
    """The first line start or sentence start at or after `at` (else the next word)."""
    nl = text.find("\n", at)
    if 0 <= nl < at + 300:
        return nl + 1
    m = _SENT_END.search(text, at)
    if m and m.end() < at + 400:
        return m.end() + 1
    sp = text.find(" ", at)
    return sp + 1 if sp >= 0 else at


def make_haystack(text: str, source: str) -> Haystack:
    line_cuts = [0] + [m.end() for m in re.finditer("\n", text)]
    sentence_cuts = [m.end() for m in _SENT_END.finditer(text)]
    return Haystack(text, line_cuts, sentence_cuts, source)


def insert_many(h: Haystack, pieces: list[tuple[float, str, bool]],
                rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Insert each (depth ∈ [0, 1], piece, is_block) near its depth: a block as its own lines at a
    line start, a sentence after a sentence end (or at a line start when none is near). Returns
    the new text and each piece's (start, end) character span in it, in the order given."""
    all_cuts = sorted(set(h.line_cuts + h.sentence_cuts))
    line_set = set(h.line_cuts)
    placed = []  # (offset, order, lead + piece + tail, len(lead), len(piece), k)
    for k, (depth, piece, block) in enumerate(pieces):
        cuts = h.line_cuts if block or not h.sentence_cuts else all_cuts
        target = int(min(max(depth, 0.0), 1.0) * len(h.text))
        j = min(bisect.bisect_left(cuts, target), len(cuts) - 1)
        at = cuts[j]
        if at in line_set:
            lead, tail = ("", "\n") if at < len(h.text) else ("\n", "")
            if block and tail and rng.random() < 0.5:
                tail = "\n\n"
        else:
            lead, tail = " ", ""
        placed.append((at, k, lead + piece + tail, len(lead), len(piece), k))
    placed.sort()
    out, spans, prev, shift = [], [None] * len(pieces), 0, 0
    for at, _, chunk, nlead, npiece, k in placed:
        out.append(h.text[prev:at])
        start = at + shift + nlead
        spans[k] = (start, start + npiece)
        out.append(chunk)
        shift += len(chunk)
        prev = at
    out.append(h.text[prev:])
    return "".join(out), spans
