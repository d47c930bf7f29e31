"""The in-budget probe's two splits (training/recall/quick_eval.py `--split`): evaluation episodes
hold evaluation words and haystacks; training episodes are what the trainer draws (its templates,
its words, its corpus), so their accuracy says how well the model fits its own data."""
from __future__ import annotations

import json
import random

from training.recall.quick_eval import TRAIN_JSONL, probe_generator
from training.recall.lexicon import split_of

PROSE = "The river ran past the mill. Nobody was there at noon, and the wheel turned slowly.\n" * 80


def haystacks(tmp_path) -> str:
    p = tmp_path / "hay.jsonl"
    p.write_text(json.dumps({"source": "prose", "text": PROSE}) + "\n", encoding="utf-8")
    return str(p)


def test_train_split_draws_the_trainers_templates_and_words(tmp_path):
    gen = probe_generator("train", haystacks(tmp_path), None)
    rng = random.Random(3)
    for _ in range(40):
        ep = gen.make(rng, n_chars=2000)
        assert ep.meta["seen"], ep.meta
    assert gen.lex.split == "train" and all(split_of(w) == "train" for w in gen.lex.nouns[:50])


def test_eval_split_holds_out_words_and_some_templates(tmp_path):
    gen = probe_generator("eval", haystacks(tmp_path), None)
    rng = random.Random(3)
    seen = [gen.make(rng, n_chars=2000).meta["seen"] for _ in range(60)]
    assert gen.lex.split == "eval" and not all(seen)


def test_train_split_defaults_to_the_trainers_corpus():
    from training.train import parse_args
    assert TRAIN_JSONL == parse_args(["--run", "x"]).corpus_jsonl
