"""Byte-level pre-tokenisation for the MegaContext demo tokenizer, identical to the Hugging Face
`ByteLevel` pre-tokenizer as run by @huggingface/transformers (JS, regex with the `u` flag):

* split with the GPT-2 pattern, where `\\s` is spelled out as JavaScript's `\\s` set (Python's
  Unicode `\\s` differs: it has U+0085 and U+001C–1F, JS has U+FEFF);
* encode each piece to UTF-8 the way `TextEncoder` does (lone surrogates → U+FFFD);
* map every byte to a printable code point (GPT-2 `bytes_to_unicode`).
"""
from __future__ import annotations

import functools
import re as _re

import regex

JS_WS = "\\t\\n\\x0b\\x0c\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
GPT2_PATTERN = (
    r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+"
    rf"| ?[^{JS_WS}\p{{L}}\p{{N}}]+|[{JS_WS}]+(?![^{JS_WS}])|[{JS_WS}]+"
)
_PAT = regex.compile(GPT2_PATTERN)
_SURROGATE = _re.compile("[\ud800-\udfff]")


@functools.lru_cache(maxsize=1)
def bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible byte → printable character table (same order as transformers.js)."""
    bs = list(range(33, 127)) + list(range(161, 173)) + list(range(174, 256))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


def js_utf8(text: str) -> bytes:
    """UTF-8 bytes as JS TextEncoder produces them: unpaired surrogates become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def split_words(text: str) -> list[str]:
    """GPT-2 regex split (on the str, before byte conversion, as transformers.js does)."""
    return _PAT.findall(text)


def to_byte_symbols(piece: str) -> str:
    table = bytes_to_unicode()
    return "".join(table[b] for b in js_utf8(piece))
