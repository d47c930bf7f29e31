"""Answer rank's fit (training/recall/answer_rank.py → src/core/answer-rank.json): openings labelled
by the answer they hold, a conditional logit fitted by Newton's method, folds by writer."""
import json
import os

import numpy as np
import pytest

from training.recall import answer_rank as R

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def test_an_opening_holds_the_answer_that_begins_close_after_it_with_no_punctuation_between():
    src = "Vet: Mrs Lindqvist at 11:40, not Dr. Osei."
    assert R.holds(src, src.index("Mrs"), "Lindqvist")
    assert R.holds(src, src.index("Lindqvist"), "lindqvist")
    assert not R.holds(src, src.index("11:40"), "Osei")  # a comma between
    assert not R.holds(src, src.index("not"), "Osei")  # the dot of "Dr."
    assert not R.holds(src, 0, "Lindqvist")  # the colon of "Vet:"


def test_a_case_id_names_its_writer():
    assert R.writer_of("other13-short-15-chat-2") == "other13"
    assert R.writer_of("other-memory-3-completion-0") == "other"


def _requests(rng, n, writers=5):
    """Requests of 4 openings: feature 0 marks the answer 80 % of the time, feature 1 is noise."""
    out = []
    for i in range(n):
        y = np.zeros(4)
        y[rng.integers(4)] = 1
        X = np.zeros((4, 2))
        X[:, 0] = y if rng.random() < 0.8 else np.roll(y, 1)
        X[:, 1] = rng.integers(0, 2, 4)
        out.append({"X": X, "y": y, "writer": f"other{i % writers}"})
    return out


def test_the_fit_trusts_the_feature_that_marks_the_answer_and_not_the_noise():
    rng = np.random.default_rng(0)
    reqs = _requests(rng, 400)
    w = R.fit(reqs, l2=1e-3)
    assert w[0] > 2 and abs(w[1]) < 0.5
    held = _requests(rng, 200)
    assert R.hit_rate(held, lambda r: r["X"] @ w) > 0.75
    assert R.hit_rate(held, lambda r: r["X"][:, 1]) < 0.45


def test_the_fit_lowers_the_loss_where_a_full_newton_step_overshoots():
    # Reduced from writers 1–17's votes (2026-12-06): one feature marks 12 of a request's 136 openings,
    # one of its two answers among them, and only the answer of a second request of 17; a full Newton
    # step from 0 overshot to a loss of 222 (57 times the loss at w = 0) and the folds' weights chose
    # worse than chance.
    x_a = np.zeros((136, 1))
    x_a[[3, 9, 20, 31, 45, 50, 61, 77, 90, 101, 118, 130], 0] = 1
    y_a = np.zeros(136)
    y_a[[44, 45]] = 1
    x_b = np.zeros((17, 1))
    x_b[4, 0] = 1
    y_b = np.zeros(17)
    y_b[4] = 1
    reqs = [{"X": x_a, "y": y_a}, {"X": x_b, "y": y_b}]
    w = R.fit(reqs, l2=1e-3)
    assert np.isfinite(w).all() and w[0] > 0
    assert R.loss(reqs, w, 1e-3) < R.loss(reqs, np.zeros(1), 1e-3)


def test_load_labels_the_openings_and_leaves_out_requests_that_teach_nothing(tmp_path):
    names = ["all/clause", "all/chain"]
    feats = tmp_path / "f.jsonl"
    cases = tmp_path / "c.jsonl"
    src = "Rent 7B: £1,140; 7A: £980."
    rows = [
        {"id": "other9-short-0-chat-0", "mode": "m", "source": src,
         "starts": [src.index("£1"), src.index("£9")], "features": [[1, 0], [0, 1]]},
        # (the same case again in the same mode: read once)
        {"id": "other9-short-0-chat-0", "mode": "m", "source": src, "starts": [0, 1], "features": [[0, 0], [0, 0]]},
        # (no opening holds the answer)
        {"id": "other9-short-1-chat-0", "mode": "m", "source": src, "starts": [0, 1], "features": [[0, 0], [0, 0]]},
    ]
    feats.write_text("\n".join(json.dumps(r) for r in [{"features": names}] + rows) + "\n")
    cases.write_text(
        json.dumps({"id": "other9-short-0-chat-0", "answers": ["£1,140", "1,140"]}) + "\n"
        + json.dumps({"id": "other9-short-1-chat-0", "answers": ["Flat 3"]}) + "\n"
    )
    got_names, reqs = R.load([str(feats)], [str(cases)])
    assert got_names == names
    assert len(reqs) == 1 and reqs[0]["y"].tolist() == [1.0, 0.0] and reqs[0]["writer"] == "other9"


def test_the_shipped_weights_name_their_features_and_their_fit():
    with open(os.path.join(ROOT, "src", "core", "answer-rank.json"), encoding="utf-8") as f:
        shipped = json.load(f)
    assert len(shipped["weights"]) == len(shipped["features"]) == 176
    assert shipped["fit"]["writers"] == 146  # writers 1–146 (147 and later are held out)
    cv = shipped["fit"]["out_of_fold_hit_rate"]
    assert cv["learned"] > cv["chain"]


def test_load_refuses_feature_files_of_other_features_and_no_file(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"features": ["all/clause", "all/chain"]}) + "\n")
    b.write_text(json.dumps({"features": ["all/chain"]}) + "\n")
    cases = tmp_path / "c.jsonl"
    cases.write_text("")
    with pytest.raises(SystemExit, match="its features differ"):
        R.load([str(a), str(b)], [str(cases)])
    with pytest.raises(SystemExit, match="no feature file given"):
        R.load([], [str(cases)])
