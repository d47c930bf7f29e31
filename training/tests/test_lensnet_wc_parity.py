"""Working-context legality parity (training/lensnet/wc.py ↔ src/core/legality.ts, invariants.ts):
the committed fixture that tests/unit/core/wc-legality-parity.test.ts replays through the TS rule
is what the Python rule makes now, plus the cases where the two once disagreed (positions outside
the WC wrapped around in Python) and wc_problem's verdicts by hand."""
import json
import os
import random

import pytest

from training.lensnet import legality_parity as lp
from training.lensnet.wc import all_lod0, collapse, collapse_unit, expand, sample_wc, wc_problem, wc_rows

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, "tests", "fixtures", "wc-legality-parity.json")


def test_committed_fixture_is_what_the_python_rule_makes():
    with open(FIXTURE) as f:
        committed = json.load(f)
    assert committed == lp.make_fixture()  # regenerate: /usr/bin/python3 -m training.lensnet.legality_parity


def test_fixture_covers_legal_and_illegal_actions_and_broken_layouts():
    fx = lp.make_fixture()
    wcs = [w for t in fx["trees"] for w in t["wcs"]]
    acts = [a for w in wcs for a in w.get("actions", [])]
    assert {w["problem"] for w in wcs} == {None, "existence", "contiguity", "protected"}
    for kind in ("expand", "collapse"):
        assert any(a["kind"] == kind and a["legal"] for a in acts)
        assert any(a["kind"] == kind and not a["legal"] for a in acts)
    assert {a["unit"][1] for a in acts if a.get("unit")} == {1, 2, 4}  # a block, K = 2 and K = 4 sibling groups
    assert {a["fits"] for a in acts if "fits" in a} == {True, False}
    for w in wcs:  # each splice rebuilds the layout the Python action made, and costs move by K − 1
        for a in w.get("actions", []):
            if a["legal"]:
                after = w["entries"][:a["at"]] + a["insert"] + w["entries"][a["at"] + a["remove"]:]
                assert len(after) == len(w["entries"]) - a["remove"] + len(a["insert"])
                assert abs(a["cost"] - w["cost"]) == next(t["K"] for t in fx["trees"] if w in t["wcs"]) - 1


def test_positions_outside_the_wc_are_illegal_not_wrapped():
    # T = 64, K = 4, R = 0: the newest entry is a complete block, so wc[-1] could collapse — the TS
    # rule says 'position-out-of-range' for −1 and len(wc), and so must Python.
    tree = lp.make_tree(4, 2, 64)
    wc = all_lod0(tree)
    assert collapse_unit(tree, wc, len(wc) - 1, 0) == (15, 1)
    for p in (-1, -16, len(wc), len(wc) + 3):
        assert collapse_unit(tree, wc, p, 0) is None
        with pytest.raises(ValueError, match="can't collapse"):
            collapse(tree, wc, p, 0)
    coarse = sample_wc(tree, random.Random(0), 0, p_lod2=1.0, p_lod1=1.0)
    assert coarse == [(2, 0), (2, 1), (2, 2), (2, 3)]
    assert expand(coarse, 3, 4)[-4:] == [(1, 12), (1, 13), (1, 14), (1, 15)]
    for p in (-1, 4):
        with pytest.raises(ValueError, match="outside the WC"):
            expand(coarse, p, 4)


def test_wc_problem_names_the_broken_invariant():
    tree = lp.make_tree(4, 2, 70)  # 17 complete blocks + a 2-token tail; R = 6 → protected from token 64
    base = all_lod0(tree)
    assert wc_problem(tree, base, 6) is None
    assert wc_problem(tree, [(2, 0), (2, 1), (2, 2), (2, 3)] + base[16:], 6) is None
    assert wc_problem(tree, base[:3] + base[4:], 6) == "contiguity"  # a gap
    assert wc_problem(tree, base[:-1], 6) == "contiguity"  # ends before T
    assert wc_problem(tree, [(1, 0)] + base, 6) == "contiguity"  # overlap
    assert wc_problem(tree, base[:-1] + [(1, 17)], 6) == "existence"  # the tail has no gist
    assert wc_problem(tree, [(3, 0)] + base[16:], 6) == "existence"  # above the top level
    assert wc_problem(tree, base[:16] + [(1, 16), base[17]], 6) == "protected"  # [64, 68) touches the newest 6
    assert wc_problem(tree, base[:16] + [(1, 16), base[17]], 0) is None
    assert wc_rows(tree, [(2, 0), (2, 1), (2, 2), (2, 3)] + base[16:]) == 4 + 4 + 2
