"""The hand-written recall guard (training/recall/guard.py): every present case holds its fact once and
fits the in-budget size, absent questions name nothing the text holds, and no guard wording comes
from the recall generator's templates, composed parts or word lists."""
from __future__ import annotations

import json
import re

from training.recall import composed, templates
from training.recall.guard import (
    ABSENT, FACTS, NOVEL, OTHER8, OTHER9, OTHER10, OTHER11, TECH, TECH_ABSENT, TECH_FACTS, accepted, build,
    build_shapes, build_tech, plant, read_haystack,
)


def test_the_guard_plants_each_fact_once_and_asks_absent_names_the_text_lacks():
    text = open(NOVEL, encoding="utf-8").read()
    fit, novel, short = build(text)
    assert len(fit) == len(FACTS) * 5 + len(ABSENT) and len(novel) == 9 + 5 + 5 + 1
    assert len(short) == len(FACTS) * 3 + len(ABSENT)
    for c in fit + novel + short:
        if c["answers"]:
            fact = next(f for f, q, a in FACTS if q == c["question"])
            assert c["context"].count(fact) == 1 and c["answers"][0] in fact
        else:
            names = re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*", c["question"])
            assert any(n not in c["context"] for n in names if n not in ("What", "Who"))
    assert all(len(c["context"]) < 6000 for c in fit)          # ~1.3k tokens: fits in W_max 2,048
    assert all(len(c["context"]) < 1300 for c in short)        # ~300 tokens: fits in the demo's W_max 512
    assert all(len(c["context"]) > 100_000 for c in novel)      # the whole novel: only the memory holds it
    assert plant("a\n\nb", "F", 0.0) == "a\n\nF\n\nb"


def test_the_technical_haystack_holds_each_fact_once_and_none_of_the_absent_names():
    text = read_haystack(TECH)
    short, memory = build_tech(text)
    assert len(short) == len(memory) == len(TECH_FACTS) * 3 + len(TECH_ABSENT)
    for c in short + memory:
        if c["answers"]:
            fact = next(f for f, q, a in TECH_FACTS if q == c["question"])
            assert c["context"].count(fact) == 1 and c["answers"][0] in fact
        else:
            names = re.findall(r"\b[A-Z][a-z]+", c["question"])
            assert any(n not in c["context"] for n in names if n not in ("Who", "When", "Which"))
    for fact, _, _ in TECH_FACTS:  # nothing of a fact is in the haystack before it is planted
        assert fact not in text
    assert all(len(c["context"]) < 1300 for c in short)          # fits in the demo's W_max 512
    assert all(len(c["context"]) > 100_000 for c in memory)       # ~30k tokens: only the memory holds it


def test_no_guard_wording_comes_from_the_generator():
    generator_text = json.dumps([vars(templates)[k] for k in dir(templates) if k.isupper()], default=str)
    generator_text += json.dumps([vars(composed)[k] for k in dir(composed) if k.isupper() or k.startswith("_")
                                  and isinstance(vars(composed)[k], (list, tuple, dict))], default=str)
    for fact, question, _ in FACTS + TECH_FACTS:
        assert fact not in generator_text and question not in generator_text


def test_a_writers_alternatives_ask_the_value_every_one_of_them_says():
    assert accepted(["Dr. Okonkwo", "Okonkwo"]) == ["Okonkwo"]
    assert accepted(["7", "platform 7"]) == ["7"]
    assert accepted(["£400"]) == ["£400"]
    try:
        accepted(["Larch", "Birch"])
    except ValueError:
        pass
    else:
        raise AssertionError("alternatives that do not nest are refused")
    # every writer's case asks one value its fact holds
    text = open(NOVEL, encoding="utf-8").read()
    for facts in (OTHER8, OTHER9, OTHER10, OTHER11):
        short, _ = build_shapes(text, facts, [], "w")
        assert all(len(c["answers"]) == 1 and c["answers"][0] in c["context"] for c in short)
