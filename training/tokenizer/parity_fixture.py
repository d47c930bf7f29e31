"""Writes the Python↔TypeScript tokenizer parity fixture for the MegaContext demo tokenizer:
a JSON list of {text, ids, decoded} produced by the Python encoder, which
tests/unit/tokenizer-parity.test.ts replays through transformers.js.

    /usr/bin/python3 -m training.tokenizer.parity_fixture \
        --tokenizer public/models/demo/tokenizer.json --out training/tests/fixtures/tokenizer_parity.json
"""
from __future__ import annotations

import argparse
import json
import os

from .bpe import ByteBPETokenizer
from .hf_export import render_chat
from .pretokenize import js_utf8

HERE = os.path.dirname(__file__)

CASES = [
    "Hello, world!",
    "The pass key is 34817. Remember it. 34817 is the pass key.",
    "What is the pass key? The pass key is",
    "Call me Ishmael. Some years ago—never mind how long precisely—having little or no money.",
    "Emoji: 🌍🚀 👩‍👩‍👧 ✔️ and flags 🇯🇵🇫🇷",
    "CJK: 你好，世界。日本語のテキスト。한국어 문장.",
    "Mixed scripts: Ελληνικά, русский, العربية, עברית, हिन्दी.",
    "   leading spaces and trailing   ",
    "tabs\tand\t\tnew\nlines\n\n\nand   runs      of spaces  \n  ",
    "\u00a0non-breaking\u00a0space and \u2028 line separator \ufeff BOM \u3000 ideographic",
    "def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
    "for (let i = 0; i < 10; ++i) { console.log(`x=${i}`); } // done",
    "numbers 1234567890 3.14159 -42 1e-9 0xFF 1,000,000",
    "contractions: I'm you're he's we've they'll she'd it's don't",
    "lone surrogate \ud800 here and \udfff there",
    "replacement char \ufffd and invalid sequence",
    "\u0085 next line, \u001f unit sep, \u000b vtab, \u000c ff",
    "Accents: café naïve résumé Ångström Straße",
    render_chat([{"role": "system", "content": "Be brief."},
                 {"role": "user", "content": "What is the pass key?"}]),
    "<|user|>special tokens<|end|> inside <|assistant|>text<|eos|>",
    "",
    " ",
    "a",
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokenizer", default=os.path.join(HERE, "..", "..", "public", "models", "demo",
                                                        "tokenizer.json"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "tests", "fixtures", "tokenizer_parity.json"))
    a = ap.parse_args()
    tok = ByteBPETokenizer.load(a.tokenizer)
    rows = []
    for text in CASES:
        ids = tok.encode(text)
        # What JS TextDecoder gives back: lone surrogates were encoded as U+FFFD.
        expected = js_utf8(text).decode("utf-8")
        decoded = tok.decode(ids)
        assert decoded == expected, (text, decoded)
        rows.append({"text": text, "ids": ids, "decoded": decoded})
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=True, indent=1)
    print(f"wrote {len(rows)} cases to {a.out}")


if __name__ == "__main__":
    main()
