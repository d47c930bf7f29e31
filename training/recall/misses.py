"""Where a recall run's misses come from (issue 16: "look at actual outputs"): each present case of an
`npm run eval` output, read by the rule of `check.py`, is answered, called absent, or missed — with no
memory quote (the request named nothing the quote could find), with a quote that does not hold the
answer (the quote read the wrong lines), or with a quote that holds it (the reply read the wrong value
of the right lines). The last is the reader's miss — the model's, or answer copy's rules — the
others the quote's (src/core/memory-quote.ts); which one dominates says where work pays.

    python3 -m training.recall.misses OUT.json [OUT.json …] [--mode megacontext/similarity]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re

from training.recall.check import is_correct, says_absent

KINDS = ("answered", "called_absent", "no_quote", "answer_not_in_quote", "answer_in_quote")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower())


def kind_of(row: dict) -> str:
    """The kind of one present case's result (`row`: an eval output row with `answers`, `output`, `quote`)."""
    answers, output, quote = row["answers"], row["output"], row.get("quote") or ""
    if is_correct(output, answers):
        return "answered"
    if says_absent(output):
        return "called_absent"
    if not quote:
        return "no_quote"
    return "answer_in_quote" if all(_norm(a) in _norm(quote) for a in answers) else "answer_not_in_quote"


def count(rows: list[dict], mode: str) -> dict[str, int]:
    """Counts of each kind over the present cases of `mode`."""
    out = dict.fromkeys(KINDS, 0)
    for r in rows:
        if r["mode"] == mode and r["answers"]:
            out[kind_of(r)] += 1
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outputs", nargs="+")
    ap.add_argument("--mode", default="megacontext/similarity")
    a = ap.parse_args(argv)
    print("file\t" + "\t".join(KINDS))
    for path in a.outputs:
        with (gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")) as f:
            rows = json.load(f)["cases"]
        c = count(rows, a.mode)
        print(path + "\t" + "\t".join(str(c[k]) for k in KINDS))


if __name__ == "__main__":
    main()
