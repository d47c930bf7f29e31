"""make_eval: recall suites for `npm run eval` — deterministic, every case within ±10 % of its
length target, at least half of every length bucket held out, held-out families never marked seen,
all shapes and framings in a bucket, answers present in the memory. A small haystack pool stands in
for the evaluation haystacks (training/data is not in the repository); passkey cases come from the
TS generator (node_modules/.bin/tsx)."""
from __future__ import annotations

import json
import os
import random

import pytest

from training.recall.entities import HELDOUT_VALUE_KINDS
from training.recall.episodes import RecallGenerator
from training.recall.haystack import HaystackPool
from training.recall.make_eval import COMBOS, DEMO_PACKAGE, TOLERANCE, make_suite, plan_bucket, prompt_tokens
from training.recall.templates import FACT_TEMPLATES, HELDOUT_FACT_FAMILIES, HELDOUT_QUESTION_FAMILIES
from training.tokenizer.bpe import ByteBPETokenizer

BUCKETS = {"small": 300, "large": 1200}
COUNTS = {"small": 8, "large": 9}
WORDS = ("river mill harbour lantern orchard meadow engine signal ledger window garden bridge "
         "morning letter station valley market winter carriage captain").split()


def _doc(rng: random.Random, n_paragraphs: int) -> str:
    paras = []
    for _ in range(n_paragraphs):
        sents = []
        for _ in range(rng.randint(3, 6)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(6, 14))]
            sents.append(" ".join(words).capitalize() + ".")
        paras.append(" ".join(sents))
    return "\n\n".join(paras)


@pytest.fixture(scope="module")
def haystacks(tmp_path_factory) -> str:
    rng = random.Random(5)
    path = tmp_path_factory.mktemp("hay") / "haystacks.jsonl"
    with open(path, "w") as f:
        for source in ("prose-a", "prose-b", "prose-c"):
            for _ in range(4):
                f.write(json.dumps({"source": source, "text": _doc(rng, 40)}) + "\n")
    return str(path)


def _make(path, haystacks, seed=1):
    make_suite(str(path), COUNTS, seed=seed, buckets=BUCKETS, haystacks=haystacks, log=lambda *_: None)
    with open(path, encoding="utf-8") as f:
        return f.read()


@pytest.fixture(scope="module")
def suite(tmp_path_factory, haystacks) -> tuple[str, list[dict]]:
    text = _make(tmp_path_factory.mktemp("suite") / "cases.jsonl", haystacks)
    return text, [json.loads(line) for line in text.splitlines()]


@pytest.fixture(scope="module")
def tok() -> ByteBPETokenizer:
    return ByteBPETokenizer.load(os.path.join(DEMO_PACKAGE, "tokenizer.json"))


def test_deterministic_for_a_seed(suite, tmp_path, haystacks):
    text, _ = suite
    assert _make(tmp_path / "again.jsonl", haystacks) == text
    assert _make(tmp_path / "other.jsonl", haystacks, seed=2) != text


def test_every_case_within_tolerance_of_its_target(suite, tok):
    _, cases = suite
    assert [c["meta"]["length_bucket"] for c in cases] == ["small"] * 8 + ["large"] * 9
    for c in cases:
        m = c["meta"]
        assert m["target_tokens"] == BUCKETS[m["length_bucket"]]
        assert abs(m["tokens"] / m["target_tokens"] - 1) <= TOLERANCE, c["id"]
        # meta.tokens is what the runtime feeds: BOS + context + the question's turn
        assert m["tokens"] == prompt_tokens(tok, c["context"], c["question"], c["mode"])


def test_at_least_half_of_every_bucket_is_held_out(suite):
    _, cases = suite
    for bucket in BUCKETS:
        mine = [c for c in cases if c["meta"]["length_bucket"] == bucket]
        held = [c for c in mine if c["meta"]["split"] == "heldout"]
        assert 2 * len(held) >= len(mine)
        assert any(c["meta"]["split"] == "seen" and c["meta"]["fact_family"] != "passkey" for c in mine)
    for c in cases:
        assert c["meta"]["split"] == ("seen" if c["meta"]["seen"] else "heldout")


def test_held_out_families_are_never_seen_and_seen_cases_use_training_templates(suite):
    _, cases = suite
    train_names = {t.name for t in FACT_TEMPLATES if t.split == "train" and t.family not in HELDOUT_FACT_FAMILIES}
    for c in cases:
        m = c["meta"]
        if (m["fact_family"] in HELDOUT_FACT_FAMILIES or m["question_family"] in HELDOUT_QUESTION_FAMILIES
                or m["value_kind"] in HELDOUT_VALUE_KINDS):
            assert m["split"] == "heldout", c["id"]
        if m["split"] == "seen" and m["fact_family"] not in ("passkey", "none"):
            assert m["fact_template"] in train_names, c["id"]


def test_training_draws_never_use_held_out_families(haystacks):
    gen = RecallGenerator("train", HaystackPool.from_jsonl(haystacks))
    rng = random.Random(3)
    for _ in range(150):
        ep = gen.make(rng, 600)
        assert ep.meta["fact_family"] not in HELDOUT_FACT_FAMILIES
        assert ep.meta["question_family"] not in HELDOUT_QUESTION_FAMILIES
        assert ep.meta["seen"] is True


def test_shapes_framings_depths_and_answers(suite):
    _, cases = suite
    for bucket, n in COUNTS.items():
        mine = [c for c in cases if c["meta"]["length_bucket"] == bucket]
        got = {("passkey" if c["meta"]["fact_family"] == "passkey" else c["meta"]["shape"], c["mode"]) for c in mine}
        assert got == set(COMBOS)
        depths = sorted(c["meta"]["depth"] for c in mine)
        assert all(k / n - 1e-3 <= d <= (k + 1) / n + 1e-3 for k, d in enumerate(depths))  # one per stratum
    for c in cases:
        m = c["meta"]
        assert c["mode"] == m["framing"] and c["answer"] == (c["answers"][0] if c["answers"] else "")
        assert set(c) == {"id", "context", "question", "answers", "answer", "mode", "meta"}
        if m["shape"] == "absent":
            assert c["answers"] == [] and c["mode"] == "chat"
        else:
            assert c["answers"] and all(a in c["context"] for a in c["answers"]), c["id"]
        if m["shape"] == "together":
            assert len(c["answers"]) == 2 and m["n_facts"] == 2
        if m["shape"] == "multi":
            assert m["n_facts"] == 4
        if m["shape"] == "followup":  # the first turn and its answer are already in the memory
            assert "<|user|>" in c["context"] and c["context"].endswith("<|end|>")
        if m["fact_family"] == "passkey":
            assert c["question"] == "What is the pass key? The pass key is" and c["mode"] == "completion"
            assert c["context"].count(f"The pass key is {c['answer']}.") == 1


def test_plan_keeps_half_held_out_for_any_size():
    for n in range(1, 30):
        slots = plan_bucket("b", 1000, n, ["s1", "s2"], seed=4, heldout_frac=0.6)
        assert 2 * sum(s.split == "heldout" for s in slots) >= n
        assert all(s.split == "seen" for s in slots if s.shape == "passkey")
        if n >= 3:  # seen recall cases too (the seen/held-out gap is reported per bucket)
            assert any(s.split == "seen" and s.shape != "passkey" for s in slots)
