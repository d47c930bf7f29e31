"""Corpus hygiene for the MegaContext demo base model: normalisation, quality filters,
deduplication and the deterministic train / held-out split.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize(text: str) -> str:
    """NFC, unix newlines, no control chars, no trailing spaces, ≤ 2 consecutive blank lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CTRL.sub("", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def keep_document(text: str, min_chars: int = 200) -> bool:
    """Quality filter: long enough, mostly letters, not mostly non-Latin or symbols."""
    if len(text) < min_chars:
        return False
    letters = sum(c.isalpha() for c in text)
    if letters / len(text) < 0.45:
        return False
    ascii_share = sum(c < "\x80" for c in text) / len(text)
    return ascii_share >= 0.9


def split_long(text: str, max_chars: int = 12000) -> list[str]:
    """Split a long text at paragraph boundaries into pieces of at most ~max_chars."""
    if len(text) <= max_chars:
        return [text]
    out, cur, size = [], [], 0
    for para in text.split("\n\n"):
        if size + len(para) > max_chars and cur:
            out.append("\n\n".join(cur))
            cur, size = [], 0
        cur.append(para)
        size += len(para) + 2
    if cur:
        out.append("\n\n".join(cur))
    return out


def fingerprint(text: str) -> str:
    key = re.sub(r"\W+", " ", text.lower()).strip()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


class Deduper:
    """Exact dedup of documents and of long paragraphs (licence boilerplate, repeated notices)."""

    def __init__(self, min_para_chars: int = 160) -> None:
        self.docs: set[str] = set()
        self.paras: set[str] = set()
        self.min_para_chars = min_para_chars
        self.dropped_docs = 0
        self.dropped_paras = 0

    def __call__(self, text: str) -> str | None:
        fp = fingerprint(text)
        if fp in self.docs:
            self.dropped_docs += 1
            return None
        self.docs.add(fp)
        kept = []
        for para in text.split("\n\n"):
            if len(para) >= self.min_para_chars:
                pfp = fingerprint(para)
                if pfp in self.paras:
                    self.dropped_paras += 1
                    continue
                self.paras.add(pfp)
            kept.append(para)
        return "\n\n".join(kept)


def is_heldout(text: str, percent: float = 2.0) -> bool:
    """Deterministic split by content hash: ~percent % of documents are held out."""
    h = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)
    return (h % 10000) < percent * 100
