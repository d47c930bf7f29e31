"""Paired comparison of two recall runs (training/recall/paired.py): gains and losses per fact, the exact
sign test, absent questions and present facts called absent counted apart."""
from __future__ import annotations

import json

import pytest

from training.recall.paired import compare, fact_of, main, sign_test


def _row(cid: str, correct: bool, answers=("7390",), absent=False) -> dict:
    return {"id": cid, "mode": "megacontext/similarity", "answers": list(answers), "correct": correct,
            "saidAbsent": absent}


def test_the_sign_test_is_the_exact_binomial_tail():
    assert sign_test(0, 0) == 1.0
    assert sign_test(3, 3) == 1.0
    assert abs(sign_test(6, 0) - 2 / 64) < 1e-12
    assert abs(sign_test(0, 6) - 2 / 64) < 1e-12
    assert abs(sign_test(9, 1) - 2 * 11 / 1024) < 1e-12


def test_a_fact_is_its_id_without_framing_and_depth():
    assert fact_of("other172-short-7-chat-2") == "other172-short-7"
    assert fact_of("other172-short-7-completion-0") == fact_of("other172-short-7-chat-1")
    assert fact_of("suite-128k-17") == "suite-128k"


def test_cases_of_one_fact_count_once_and_absent_counts_apart():
    ref = [_row("w-short-1-chat-0", False), _row("w-short-1-chat-1", False), _row("w-short-1-completion-0", True),
           _row("w-short-2-chat-0", True), _row("w-short-3-chat-0", False, answers=(), absent=False),
           _row("w-short-4-chat-0", False, absent=True)]
    new = [_row("w-short-1-chat-0", True), _row("w-short-1-chat-1", True), _row("w-short-1-completion-0", False),
           _row("w-short-2-chat-0", False), _row("w-short-3-chat-0", True, answers=()),
           _row("w-short-4-chat-0", False, absent=False)]
    c = compare({r["id"]: r for r in new}, {r["id"]: r for r in ref})
    assert c["cases"] == 6
    assert c["present"] == [2, 2]  # new, reference
    # fact 1 nets +1 (two gains, one loss): one gained fact; fact 2 one lost fact; fact 4 unchanged
    assert c["present_facts"] == {"gained": 1, "lost": 1, "p": 1.0}
    assert c["absent"] == [1, 0] and c["absent_facts"]["gained"] == 1
    assert c["called_absent"] == [0, 1]


def test_the_command_pairs_files_by_name(tmp_path, capsys):
    (tmp_path / "new").mkdir()
    (tmp_path / "ref").mkdir()
    ids = [f"w-short-{i}-chat-0" for i in range(8)]
    json.dump({"cases": [_row(i, True) for i in ids]}, open(tmp_path / "new" / "a.json", "w"))
    json.dump({"cases": [_row(i, False) for i in ids]}, open(tmp_path / "ref" / "a.json", "w"))
    json.dump({"cases": [_row("x-1", True)]}, open(tmp_path / "ref" / "b.json", "w"))  # no partner: left out
    main(["--new", str(tmp_path / "new"), "--ref", str(tmp_path / "ref")])
    out = capsys.readouterr().out
    assert "8 cases paired (1 files)" in out
    assert "present answered: 0 → 8; facts +8 −0, sign test p = 0.0078" in out


def test_the_command_refuses_runs_with_no_file_in_common(tmp_path):
    (tmp_path / "new").mkdir()
    (tmp_path / "ref").mkdir()
    json.dump({"cases": [_row("w-short-1-chat-0", True)]}, open(tmp_path / "new" / "a.json", "w"))
    json.dump({"cases": [_row("w-short-1-chat-0", True)]}, open(tmp_path / "ref" / "b.json", "w"))
    with pytest.raises(SystemExit, match="no file of the new run has a reference file of the same name"):
        main(["--new", str(tmp_path / "new"), "--ref", str(tmp_path / "ref")])
