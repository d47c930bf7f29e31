"""The recall answer rule (training/recall/check.py) on the fixture that the TS mirror
(src/eval/answer-check.ts, tests/unit/eval/answer-check.test.ts) checks too."""
from __future__ import annotations

import json
import os

import pytest

from training.recall.check import is_correct

FIXTURE = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "answer-check.json")
with open(FIXTURE, encoding="utf-8") as f:
    CASES = json.load(f)["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_answer_rule_matches_fixture(case):
    assert is_correct(case["reply"], case["answers"]) is case["expected"]


def test_fixture_covers_both_outcomes_and_absent():
    assert len(CASES) >= 40
    assert {c["expected"] for c in CASES} == {True, False}
    assert any(not c["answers"] and c["expected"] for c in CASES)
    assert any(not c["answers"] and not c["expected"] for c in CASES)
