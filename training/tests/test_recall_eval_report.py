"""training/recall/report.py: issue 16's targets judged from an eval JSON (met / missed / tie /
not measured), and report.md + plots written next to it."""
from __future__ import annotations

import os

from training.recall.report import verdicts, write_report


def T(correct: int, n: int) -> dict:
    return {"n": n, "correct": correct, "accuracy": correct / n}


def mode_summary(by_length: dict[str, dict], multi8k: dict | None = None, absent=None, called=None) -> dict:
    held = {"length": by_length, "length×shape": {"8k|multi": multi8k} if multi8k else {},
            "length×depth": {f"{b}|0-20%": t for b, t in by_length.items()},
            **{d: {"x": T(1, 2)}
               for d in ("shape", "framing", "fact_family", "question_family", "value_kind", "haystack")}}
    groups = {"heldout": held, "seen": {**held, "length": {}}, "all": held}
    none = {"n": 0, "correct": 0, "accuracy": 0}
    ab = {"all": {"answeredAbsent": absent or none, "presentCalledAbsent": called or none}}
    return {"n": 10, "accuracy": 0.5, "byLength": {}, "groups": groups,
            "absent": {"heldout": ab, "seen": {}, "all": ab},
            "rowsSeen": {"mean": 2000, "median": 2000, "max": 2024, "n": 10}, "ms": {"mean": 5, "median": 5, "n": 10},
            "msByLength": {b: {"median": 1000, "n": 2} for b in by_length}}


def rep(summary: dict) -> dict:
    cases = []
    for mode in summary:
        for b, tokens in (("1.5k", 1500), ("8k", 8192), ("32k", 32768)):
            cases.append({"id": f"{b}-000", "mode": mode, "output": "42", "correct": True, "answers": ["42"],
                          "question": "What is it?",
                          "meta": {"length_bucket": b, "target_tokens": tokens, "split": "heldout"}})
    return {"command": "npm run eval -- …", "revision": "abcdef1234567", "dirty": False, "date": "2026-12-02",
            "machine": {"cpu": "cpu", "cores": 2}, "package": "demo@0", "casesFile": "x.jsonl", "wMax": 2048,
            "maxNewTokens": 24, "modes": list(summary), "seconds": 1,
            "sharedMsByLength": {"8k": {"median": 200, "n": 2}},
            "summary": summary, "cases": cases}


def test_verdicts_met_missed_and_not_measured():
    s = {"megacontext/learned": mode_summary({"1.5k": T(96, 100), "8k": T(95, 100), "32k": T(80, 100)},
                                             multi8k=T(9, 10),
                                             absent=T(9, 10), called=T(1, 50)),
         "megacontext/similarity": mode_summary({"1.5k": T(96, 100), "8k": T(50, 100), "32k": T(40, 100)}),
         "topk-retrieval": mode_summary({"1.5k": T(96, 100), "8k": T(30, 100), "32k": T(30, 100)})}
    v = {x.target.split(" ≥")[0].split(":")[0]: x.status for x in verdicts(rep(s))}
    assert v["fits in the budget (1.5k)"] == "met"
    assert v["learned focus at 8k"] == "met"
    assert v["learned focus at 32k"] == "missed"
    assert v["learned focus at 128k"] == "not measured"
    assert v["4 facts, ask one, at 8k (learned)"] == "met"
    assert v["absent answered as absent"] == "met"
    assert v["learned"] == "met"   # learned ≥ similarity ≥ top-k


def test_small_budget_names_the_in_budget_bucket_for_what_it_is_and_absent_uses_the_default_mode():
    s = {"megacontext/similarity": mode_summary({"1.5k": T(4, 10), "8k": T(3, 10)}, absent=T(9, 10), called=T(0, 50))}
    r = rep(s)
    r["wMax"] = 512
    vs = verdicts(r)
    assert vs[0].target == "1.5k (fits whole in W_max 2,048; this run's W_max 512 gists part of it): " \
        "megacontext/similarity ≥ 95 %"
    absent = next(v for v in vs if v.target.startswith("absent"))
    assert absent.target.endswith("(similarity)") and absent.status == "met"


def test_ordering_missed_and_tie():
    s = {"megacontext/learned": mode_summary({"8k": T(3, 10)}),
         "megacontext/similarity": mode_summary({"8k": T(5, 10)}),
         "topk-retrieval": mode_summary({"8k": T(1, 10)})}
    assert verdicts(rep(s))[-1].status == "missed"
    for m in s.values():
        m["groups"]["heldout"]["length"]["8k"] = T(0, 10)
    assert verdicts(rep(s))[-1].status == "tie"


def test_writes_report_and_plots(tmp_path):
    s = {"megacontext/learned": mode_summary({"1.5k": T(5, 10), "8k": T(4, 10)}, absent=T(1, 4), called=T(3, 30)),
         "megacontext/similarity": mode_summary({"1.5k": T(5, 10), "8k": T(2, 10)}),
         "topk-retrieval": mode_summary({"1.5k": T(5, 10), "8k": T(1, 10)})}
    path = write_report(rep(s), str(tmp_path))
    text = open(path, encoding="utf-8").read()
    assert "| fits in the budget (1.5k): megacontext/learned ≥ 95 % | 50% (n=10) | **missed** |" in text
    assert "memory check" not in text.split("## Issue 16")[0]   # a run that does not say
    r = rep(s)
    r["memoryCheck"] = True
    text = open(write_report(r, str(tmp_path)), encoding="utf-8").read()
    assert "memory check on (MegaContext modes: chat cases, completions that ask)" in text
    assert "no focus policy can make up for it" in text
    assert "## Raw outputs" in text and "`1.5k-000`" in text
    for png in ("accuracy_length", "depth_length", "families", "absent"):
        assert os.path.getsize(tmp_path / f"{png}.png") > 1000
        assert f"({png}.png)" in text
