"""MegaContext demo tokenizer: byte-level BPE round trips, specials, HF export, parity fixture."""
import json
import os

import pytest

from training.tokenizer.bpe import ByteBPETokenizer
from training.tokenizer.hf_export import render_chat
from training.tokenizer.pretokenize import js_utf8, split_words

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
CASES = ["Hello, world!", "emoji 🌍👩‍👩‍👧 and 你好世界", "tabs\t\tand   spaces \n\n x",
         "lone \ud800 surrogate", "def f(x):\n    return x**2\n", "", "ümlaut ß"]


def test_pretokenizer_matches_gpt2_pattern_on_basics():
    assert split_words("I'm here  now!") == ["I", "'m", " here", " ", " now", "!"]
    assert js_utf8("a\ud800b") == "a\ufffdb".encode()


@pytest.mark.parametrize("text", CASES)
def test_round_trip(tiny_tokenizer, text):
    tok, _ = tiny_tokenizer
    ids = tok.encode(text)
    assert all(0 <= i < tok.vocab_size for i in ids)
    assert tok.decode(ids) == js_utf8(text).decode("utf-8")


def test_special_tokens_are_atomic(tiny_tokenizer):
    tok, _ = tiny_tokenizer
    s = render_chat([{"role": "user", "content": "hi"}])
    ids = tok.encode(s)
    assert ids[0] == tok.special_ids["<|bos|>"] and ids[1] == tok.special_ids["<|user|>"]
    assert ids[-2] == tok.special_ids["<|assistant|>"]
    assert tok.decode(ids) == s
    assert tok.special_ids["<|bos|>"] not in tok.encode("<|bos|>", allow_special=False)


def test_hf_json_reload_gives_same_ids(tiny_tokenizer):
    tok, path = tiny_tokenizer
    again = ByteBPETokenizer.load(path)
    for t in CASES:
        assert again.encode(t) == tok.encode(t)
    with open(path) as f:
        j = json.load(f)
    assert len(j["model"]["vocab"]) + len(j["added_tokens"]) == tok.vocab_size == 320
    assert len(set(j["model"]["vocab"])) == len(j["model"]["vocab"])  # no duplicate strings
    cfg = json.load(open(os.path.join(os.path.dirname(path), "tokenizer_config.json")))
    assert "chat_template" in cfg and cfg["clean_up_tokenization_spaces"] is False


def test_shipped_tokenizer_matches_parity_fixture():
    tj = os.path.join(ROOT, "public", "models", "demo", "tokenizer.json")
    fx = os.path.join(ROOT, "training", "tests", "fixtures", "tokenizer_parity.json")
    if not (os.path.exists(tj) and os.path.exists(fx)):
        pytest.skip("no shipped tokenizer")
    tok = ByteBPETokenizer.load(tj)
    assert tok.vocab_size == 8192
    for row in json.load(open(fx)):
        assert tok.encode(row["text"]) == row["ids"]
        assert tok.decode(row["ids"]) == row["decoded"]
