"""The recall task generator: held-out families and words never reach training draws, facts are in
the memory and answered from it, absent questions have no fact, episodes are deterministic, and
gist stand-ins keep the facts."""
from __future__ import annotations

import random

import pytest

from training.dataset.gist_standins import K, compress_blocks
from training.recall.check import contains_value, is_correct, says_absent
from training.recall.entities import HELDOUT_VALUE_KINDS
from training.recall.episodes import USER_TURN, RecallGenerator
from training.recall.haystack import HaystackPool, insert_many, make_haystack
from training.recall.lexicon import FIRST, LAST, OBJECTS, Lexicon, split_of
from training.recall.templates import (ABSENT_REPLY, HELDOUT_FACT_FAMILIES, HELDOUT_QUESTION_FAMILIES,
                                       QUESTION_TEMPLATES, fact_templates)

PROSE = ("The ship sailed at dawn. The crew was tired but the sea was calm. Nobody spoke of the storm. "
         "A gull followed the mast for an hour. Then the wind rose again and the sails filled.\n") * 60


def pool() -> HaystackPool:
    return HaystackPool([("prose", PROSE), ("list", "\n".join(f"item {i}: a line of a list" for i in range(800)))])


def test_word_pools_are_split_and_disjoint():
    tr, ev = Lexicon("train"), Lexicon("eval")
    assert set(tr.first).isdisjoint(ev.first) and set(tr.last).isdisjoint(ev.last)
    assert set(tr.objects).isdisjoint(ev.objects)
    assert set(tr.first) | set(ev.first) == set(FIRST) and set(tr.last) | set(ev.last) == set(LAST)
    assert 0.1 < len(ev.objects) / len(OBJECTS) < 0.35
    rng = random.Random(0)
    assert all(split_of(tr.invented(rng)) == "train" for _ in range(200))


def test_training_draws_never_use_heldout_templates_words_or_value_kinds():
    g = RecallGenerator("train", pool())
    train_templates = {t.name for t in fact_templates("train")}
    assert not any(t.family in HELDOUT_FACT_FAMILIES for t in fact_templates("train"))
    eval_questions = {q for fam, d in QUESTION_TEMPLATES.items() for sp, qs in d.items() for q in qs
                      if sp == "eval" or fam in HELDOUT_QUESTION_FAMILIES}
    rng = random.Random(1)
    for _ in range(400):
        ep = g.make(rng, 800)
        assert ep.meta["seen"] is True
        assert ep.meta["fact_template"] in train_templates | {"none"}
        assert ep.meta["value_kind"] not in HELDOUT_VALUE_KINDS
        assert ep.meta["question_family"] not in HELDOUT_QUESTION_FAMILIES
        for q in eval_questions:  # no held-out question template text (its fixed words) appears verbatim
            fixed = q.split("{")[0].strip()
            if len(fixed) > 12:
                assert fixed not in ep.question


def test_eval_draws_cover_heldout_families():
    g = RecallGenerator("eval", pool())
    rng = random.Random(2)
    eps = [g.make(rng, 800) for _ in range(600)]
    fams = {e.meta["fact_family"] for e in eps}
    assert set(HELDOUT_FACT_FAMILIES) <= fams
    assert any(not e.meta["seen"] for e in eps) and any(e.meta["seen"] for e in eps)
    assert {e.meta["question_family"] for e in eps} >= set(HELDOUT_QUESTION_FAMILIES)


@pytest.mark.parametrize("shape", ["single", "multi", "together", "followup"])
def test_present_facts_are_in_memory_and_the_reply_answers(shape):
    g = RecallGenerator("eval", pool())
    rng = random.Random(3)
    for _ in range(60):
        ep = g.make(rng, 1200, shape=shape)
        assert ep.answers and all(a in ep.context for a in ep.answers)
        assert is_correct(ep.reply, ep.answers)
        for s, e in ep.fact_spans:
            assert 0 <= s < e <= len(ep.context)
        if ep.framing == "chat":
            assert ep.prompt().endswith(USER_TURN.format(q=ep.question))
            assert ep.target().endswith("<|end|>\n")


def test_absent_questions_have_no_fact_and_the_reply_says_so():
    g = RecallGenerator("eval", pool())
    rng = random.Random(4)
    for _ in range(80):
        ep = g.make(rng, 1000, shape="absent")
        assert ep.answers == [] and ep.reply == ABSENT_REPLY and ep.framing == "chat"
        assert says_absent(ep.reply) and is_correct(ep.reply, [])
        assert not is_correct("42", [])


def test_episodes_are_deterministic():
    a = RecallGenerator("train", pool()).make(random.Random(7), 900)
    b = RecallGenerator("train", pool()).make(random.Random(7), 900)
    assert (a.context, a.question, a.reply) == (b.context, b.question, b.reply)


def test_insert_many_returns_the_spans_of_every_piece():
    h = make_haystack(PROSE[:2000], "prose")
    text, spans = insert_many(h, [(0.9, "FACT ONE.", False), (0.1, "FACT TWO.", False), (0.5, "A: 1\nB: 2", True)],
                              random.Random(0))
    assert [text[s:e] for s, e in spans] == ["FACT ONE.", "FACT TWO.", "A: 1\nB: 2"]
    assert spans[1][0] < spans[2][0] < spans[0][0]


def test_answer_rule():
    assert contains_value("It is 58213.", "58213") and not contains_value("It is 582131.", "58213")
    assert contains_value("the  Blue  Falcon", "blue falcon")
    assert not is_correct("I don't know. It is not in my memory.", ["58213"])


def test_gist_standins_keep_facts_and_replace_blocks_by_their_last_token():
    ids = list(range(10 * K))
    keep = [(3 * K + 5, 3 * K + 9)]
    out, standin = compress_blocks(ids, keep, random.Random(0), protect_tail=K, frac=1.0)
    assert len(out) == len(standin)
    assert ids[3 * K:4 * K] == out[out.index(3 * K):out.index(3 * K) + K]  # the fact's block stays whole
    assert ids[-K:] == out[-K:]  # the protected tail stays whole
    assert out[0] == K - 1 and standin[0] and not standin[-1]
    assert sum(standin) == 8  # blocks 0–2 and 4–8 become stand-ins
