"""Found facts (training/recall/found.py): a sentence the haystack already holds, asked through its own
content words — the value is in that sentence and nowhere else in the memory, every asked word is in
it, no other sentence holds them all, and the episode is laid out like every recall episode."""
from __future__ import annotations

import random

import pytest

from training.recall.episodes import RecallGenerator
from training.recall.found import STOP, find_fact, found_question
from training.recall.haystack import HaystackPool

TEXT = ("The mill by the river was rebuilt in 1847 after the flood. Nobody in the village remembered "
        "the old miller. The harbour master, a quiet man called Ambrose Tellwick, kept the keys. "
        "Every winter the ferry carried 312 passengers across the bay. The roads were mended by hand. "
        "Children played near the church while the bells rang for the evening service.\n") * 1


def test_found_facts_are_answerable_from_their_sentence_alone():
    rng = random.Random(3)
    got = 0
    for _ in range(200):
        f = find_fact(rng, TEXT)
        if f is None:
            continue
        got += 1
        s, e, value, kind, words = f
        sentence = TEXT[s:e]
        assert value in sentence and TEXT.count(value) == 1
        assert 2 <= len(words) <= 4 and all(w.lower() not in STOP for w in words)
        assert all(w.lower() in sentence.lower() for w in words)
        others = [x for x in TEXT.replace("\n", " ").split(". ") if x.strip() and x.strip() not in sentence]
        assert not any(all(w.lower() in o.lower() for w in words) for o in others)
        assert kind in ("number", "code", "name")
    assert got >= 100
    assert {find_fact(random.Random(i), TEXT)[2] for i in range(60)} >= {"1847", "312"}


def test_found_questions_name_the_words_and_the_kind():
    rng = random.Random(0)
    for _ in range(50):
        q = found_question(rng, ["ferry", "winter"], "number")
        assert "ferry" in q and "winter" in q
        assert any(k in q for k in ("number", "figure", "value"))


def test_the_generator_makes_found_episodes_in_training_only():
    pool = HaystackPool([("prose", TEXT * 3)])
    gen = RecallGenerator("train", pool, shape_weights={"found": 1.0})
    rng = random.Random(1)
    eps = [gen.make(rng, 600) for _ in range(40)]
    found = [ep for ep in eps if ep.shape == "found"]
    assert len(found) >= 5  # the rest fall back to written facts (values repeat in TEXT * 3)
    for ep in found:
        (s, e), = ep.fact_spans
        assert ep.answers[0] in ep.context[s:e]
        assert ep.answers[0] in ep.target()
        assert ep.question in ep.prompt()
    with pytest.raises(ValueError):
        RecallGenerator("eval", pool, shape_weights={"found": 1.0}).make(rng, 600)
