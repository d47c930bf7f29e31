"""Composed wordings (training.recall.composed): many distinct wordings, none of them an evaluation
template or built from an evaluation-only phrase; the generator uses them only for training, and
with composed_frac 0 its draws are the same as before (the recorded recipes replay)."""
from __future__ import annotations

import random

import pytest

from training.recall import composed
from training.recall.check import is_correct
from training.recall.episodes import RecallGenerator
from training.recall.haystack import HaystackPool
from training.recall.templates import COMPLETION_STEMS, FACT_TEMPLATES, QUESTION_TEMPLATES

PROSE = "The river ran past the mill. Nobody was there at noon, and the wheel turned slowly.\n" * 80


def pool() -> HaystackPool:
    return HaystackPool([("prose", PROSE)])


def test_parts_hold_no_evaluation_phrase():
    for part in composed.all_parts():
        for phrase in composed.EVAL_PHRASES:
            assert phrase not in part, (phrase, part)


def test_composed_wordings_are_many_and_none_is_an_evaluation_template():
    rng = random.Random(0)
    facts = {composed.fact_text(rng) for _ in range(5000)}
    questions = {composed.question_text(rng) for _ in range(5000)}
    stems = {composed.completion_stem(rng) for _ in range(2000)}
    assert len(facts) > 2500 and len(questions) > 2500 and len(stems) > 300
    eval_facts = {t.text for t in FACT_TEMPLATES if t.split == "eval"}
    eval_questions = {t for fam in QUESTION_TEMPLATES.values() for t in fam.get("eval", [])}
    assert not facts & eval_facts
    assert not questions & eval_questions
    assert not stems & set(COMPLETION_STEMS["eval"])
    for text in facts:   # every fact names the entity and the attribute and holds the value
        assert "{V}" in text and "{A}" in text and ("{E" in text)


def test_generator_uses_composed_wordings_for_training_only():
    with pytest.raises(ValueError):
        RecallGenerator("eval", pool(), composed_frac=0.5)
    g = RecallGenerator("train", pool(), composed_frac=1.0)
    rng = random.Random(3)
    seen_composed = 0
    for _ in range(60):
        ep = g.make(rng, 600, shape="single")
        seen_composed += ep.meta["fact_family"] == "composed"
        assert ep.answers[0] in ep.context              # the fact is in memory
        assert is_correct(ep.target(), ep.answers)      # and the target states its value
    assert seen_composed > 40   # block templates (table, json, …) still come up for some


def test_composed_frac_zero_keeps_the_recorded_draws():
    a = RecallGenerator("train", pool()).make(random.Random(11), 700)
    b = RecallGenerator("train", pool(), composed_frac=0.0).make(random.Random(11), 700)
    assert (a.context, a.question, a.reply) == (b.context, b.question, b.reply)
