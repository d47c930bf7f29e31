"""Is a change's gain on a recall set more than chance? (issue 16: "a number measured on the data you
trained on says nothing" — nor does a gain of three answers in six hundred.) Two `npm run eval` runs
of the same case files, a new one and a reference, are paired case by case: a case right in one and
wrong in the other is a gain or a loss. A guard set asks each fact at several depths and in two
framings ("other172-short-7-chat-0", "-chat-1", "-completion-0"), so its cases are not independent: the
unit of the test is the fact (the case id without its framing and index), whose net change over its cases is a
gain, a loss or nothing. The two-sided exact sign test over the facts that changed (McNemar's exact
test) says how often a change with no effect would move as many facts as lopsidedly; absent questions
(no accepted answer) count apart, as do present facts called absent.

    python3 -m training.recall.paired --new NEW_DIR_OR_FILES … --ref REF_DIR_OR_FILES … [--mode megacontext/similarity]

A directory stands for its `*.json` and `*.json.gz` files; a file of the new run is paired with the
reference's file of the same name. No library is needed for a binomial tail; the standard library only.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import re
from collections import defaultdict


def sign_test(gains: int, losses: int) -> float:
    """Two-sided exact sign test: P(a split at least this lopsided | each change a fair coin)."""
    n = gains + losses
    if n == 0:
        return 1.0
    k = min(gains, losses)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2**n
    return min(1.0, 2 * tail)


def fact_of(case_id: str) -> str:
    """The fact a case asks, whatever its framing and depth ("other172-short-7-chat-2" → "other172-short-7")."""
    return re.sub(r"-(?:chat|completion)-\d+$|-\d+$", "", case_id)


def _files(paths: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in paths:
        names = sorted(os.listdir(p)) if os.path.isdir(p) else [os.path.basename(p)]
        base = p if os.path.isdir(p) else os.path.dirname(p)
        for n in names:
            if n.endswith((".json", ".json.gz")):
                out[re.sub(r"\.gz$", "", n)] = os.path.join(base, n)
    return out


def _cases(path: str, mode: str) -> dict[str, dict]:
    with (gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")) as f:
        rows = json.load(f).get("cases", [])
    return {r["id"]: r for r in rows if r.get("mode", mode) == mode}


def compare(new: dict[str, dict], ref: dict[str, dict]) -> dict:
    """Paired counts of two runs' rows (id → row with `answers`, `correct`, `saidAbsent`), per fact."""
    per_fact: dict[tuple[str, str], int] = defaultdict(int)
    out = {"present": [0, 0], "absent": [0, 0], "called_absent": [0, 0], "cases": 0}
    for cid, r in ref.items():
        n = new.get(cid)
        if n is None:
            continue
        out["cases"] += 1
        part = "present" if r["answers"] else "absent"
        out[part][0] += int(n["correct"])
        out[part][1] += int(r["correct"])
        if r["answers"]:
            out["called_absent"][0] += int(n.get("saidAbsent", False))
            out["called_absent"][1] += int(r.get("saidAbsent", False))
        per_fact[(part, fact_of(cid))] += int(n["correct"]) - int(r["correct"])
    for part in ("present", "absent"):
        moved = [d for (p, _), d in per_fact.items() if p == part and d != 0]
        gains, losses = sum(d > 0 for d in moved), sum(d < 0 for d in moved)
        out[f"{part}_facts"] = {"gained": gains, "lost": losses, "p": sign_test(gains, losses)}
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--new", nargs="+", required=True)
    ap.add_argument("--ref", nargs="+", required=True)
    ap.add_argument("--mode", default="megacontext/similarity")
    a = ap.parse_args(argv)
    new_files, ref_files = _files(a.new), _files(a.ref)
    new: dict[str, dict] = {}
    ref: dict[str, dict] = {}
    for name in sorted(set(new_files) & set(ref_files)):
        new.update(_cases(new_files[name], a.mode))
        ref.update(_cases(ref_files[name], a.mode))
    if not ref:
        raise SystemExit("no file of the new run has a reference file of the same name")
    c = compare(new, ref)
    pf, af = c["present_facts"], c["absent_facts"]
    print(f"[paired] {c['cases']} cases paired ({len(set(new_files) & set(ref_files))} files)")
    print(f"[paired] present answered: {c['present'][1]} → {c['present'][0]}; facts +{pf['gained']} −{pf['lost']}, "
          f"sign test p = {pf['p']:.2g}")
    print(f"[paired] absent answered absent: {c['absent'][1]} → {c['absent'][0]}; facts +{af['gained']} "
          f"−{af['lost']}, p = {af['p']:.2g}")
    print(f"[paired] present called absent: {c['called_absent'][1]} → {c['called_absent'][0]}")


if __name__ == "__main__":
    main()
