"""Answer rank's fit (issue 16; src/core/answer-rank.ts): the weights that combine answer copy's
readers' votes on a request's value openings into one choice.

Input: the features `npm run eval -- --rank-features FILE.jsonl` writes (a header line naming the
features, then one line per one-value request: case id, mode, quote, openings, each opening's
features) and the eval's case files (their answers). An opening is labelled as holding the answer
where an accepted answer begins within 24 characters after it, no punctuation between (the
opening "Mrs Okonkwo" holds "Okonkwo"). Requests whose openings hold no answer teach nothing and
are left out. The model is a conditional logit: the probability that opening i holds the answer is
softmax(w · x_i) over the request's openings; w is fitted by Newton's method with an L2 penalty
(convex: one optimum, no seed), a step that would raise the loss halved until it lowers it (a full
step from 0 overshot on writers 1–17's votes: training/tests/test_answer_rank.py). Before the final
fit, five folds by writer (a writer's cases are all in one fold) report how often the chosen
openings hold the answer (ties shared) for the readers' chain and for the learned weights, out of
fold.

    npm run eval -- --cases build/recall-eval/guard-other5-short.jsonl --max-new 128 --focus similarity \\
        --rank-features build/rank/other5.jsonl   # … for each set fitted on
    python3 -m training.recall.answer_rank --features build/rank/*.jsonl \\
        --cases build/recall-eval/guard-other*-short.jsonl --out src/core/answer-rank.json

No library is needed for a 176-weight convex fit; numpy only.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict

import numpy as np

LABEL_REACH = 24
# the punctuation no answer is copied past from its opening
BETWEEN = re.compile(r"[,.;:|\n]")


def holds(source: str, q: int, answer: str) -> bool:
    """Does the opening at `q` hold `answer` (it begins within LABEL_REACH characters, no punctuation between)?"""
    p = source.lower().find(answer.lower(), q)
    return p >= 0 and p - q <= LABEL_REACH and not BETWEEN.search(source[q:p])


def writer_of(case_id: str) -> str:
    """The writer's set a case id belongs to ("other13-short-15-chat-2" → "other13")."""
    return re.split(r"-(?:short|memory|fit)\b", case_id)[0]


def load(feature_files: list[str], case_files: list[str]) -> tuple[list[str], list[dict]]:
    """The feature names and the labelled requests (X: openings × features, y: holds the answer, 0/1)."""
    answers: dict[str, list[str]] = {}
    for path in case_files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    c = json.loads(line)
                    answers[c["id"]] = c.get("answers") or []
    names: list[str] | None = None
    requests, seen = [], set()
    for path in feature_files:
        with open(path, encoding="utf-8") as f:
            header = json.loads(f.readline())
            if names is not None and header["features"] != names:
                raise SystemExit(f"{path}: its features differ from the other files'")
            names = header["features"]
            for line in f:
                r = json.loads(line)
                key = (r["id"], r["mode"])
                if key in seen or not answers.get(r["id"]):
                    continue
                seen.add(key)
                y = [any(holds(r["source"], q, a) for a in answers[r["id"]]) for q in r["starts"]]
                if len(y) < 2 or not any(y):
                    continue
                requests.append(
                    {"X": np.array(r["features"], dtype=np.float64), "y": np.array(y, dtype=np.float64),
                     "writer": writer_of(r["id"])}
                )
    if names is None:
        raise SystemExit("no feature file given")
    return names, requests


def loss(requests: list[dict], w: np.ndarray, l2: float) -> float:
    """The mean negative log-likelihood of the answer's openings + l2/2 |w|²."""
    total = 0.0
    for r in requests:
        s = r["X"] @ w
        m = s.max()
        log_z = m + np.log(np.exp(s - m).sum())
        t = r["y"] / r["y"].sum()
        total -= float(t @ (s - log_z))
    return total / len(requests) + 0.5 * l2 * float(w @ w)


def fit(requests: list[dict], l2: float, steps: int = 50) -> np.ndarray:
    """w minimising `loss` (Newton's method; a step that does not lower the loss is halved)."""
    d = requests[0]["X"].shape[1]
    w = np.zeros(d)
    n = len(requests)
    current = loss(requests, w, l2)
    for _ in range(steps):
        grad = l2 * w
        hess = l2 * np.eye(d)
        for r in requests:
            X, t = r["X"], r["y"] / r["y"].sum()
            s = X @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += X.T @ (p - t) / n
            m = X.T @ p
            hess += (X.T * p) @ X / n - np.outer(m, m) / n
        delta = np.linalg.solve(hess, grad)
        step = 1.0
        while step > 1e-4:
            trial = loss(requests, w - step * delta, l2)
            if trial <= current:
                break
            step /= 2
        if step <= 1e-4:
            break
        w -= step * delta
        current = trial
        if np.abs(step * delta).max() < 1e-7:
            break
    return w


def hit_rate(requests: list[dict], score) -> float:
    """How often the best-scoring openings hold the answer (a tie of k openings counts 1/k each)."""
    total = 0.0
    for r in requests:
        s = score(r)
        top = s >= s.max() - 1e-9
        total += r["y"][top].sum() / top.sum()
    return total / len(requests)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--features", nargs="+", required=True)
    ap.add_argument("--cases", nargs="+", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--margin", type=float, default=0.0)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    names, requests = load(args.features, args.cases)
    chain = names.index("all/chain")
    writers = sorted({r["writer"] for r in requests})
    print(f"[answer_rank] {len(requests)} requests of {len(writers)} writers, {len(names)} features")
    folds = [writers[i::args.folds] for i in range(args.folds)]
    by = defaultdict(float)
    for k, held in enumerate(folds):
        train = [r for r in requests if r["writer"] not in held]
        test = [r for r in requests if r["writer"] in held]
        w = fit(train, args.l2)
        a = hit_rate(test, lambda r: r["X"][:, chain])
        b = hit_rate(test, lambda r: r["X"] @ w)
        by["chain"] += a * len(test)
        by["learned"] += b * len(test)
        print(f"[answer_rank] fold {k + 1}: {len(test)} requests, chain {a:.4f}, learned {b:.4f} (out of fold)")
    cv = {k: round(v / len(requests), 4) for k, v in by.items()}
    print(f"[answer_rank] all folds: chain {cv['chain']}, learned {cv['learned']}")
    w = fit(requests, args.l2)
    out = {
        "features": names,
        "weights": [round(float(x), 4) for x in w],
        "margin": args.margin,
        "fit": {
            "requests": len(requests),
            "writers": len(writers),
            "l2": args.l2,
            "out_of_fold_hit_rate": cv,
        },
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=0)
        f.write("\n")
    print(f"[answer_rank] wrote {args.out}")


if __name__ == "__main__":
    main()
