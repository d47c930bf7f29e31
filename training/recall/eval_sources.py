"""Evaluation-only haystacks for the recall suites (EVALUATION.md: no evaluation haystack text is
ever used in training): Jane Austen's novels (narrative), the Node.js API docs (technical text
with code) and the PostgreSQL manual (reference), none of which is in the training corpus
(`training/corpus/sources.py` DEFAULT). Fetched and cleaned by the corpus builder.

    /usr/bin/python3 -m training.recall.eval_sources   # → training/data/recall/eval_haystacks.jsonl
"""
from __future__ import annotations

import argparse
import os
import shutil

from ..corpus.build import build
from ..corpus.sources import DEFAULT

EVAL_HAYSTACK_SOURCES = ("austen", "nodejs-doc", "postgresql-doc")
DEFAULT_OUT = os.path.join(os.path.dirname(__file__), "..", "data", "recall", "eval_haystacks.jsonl")


def build_eval_haystacks(out_jsonl: str = DEFAULT_OUT) -> dict:
    overlap = set(EVAL_HAYSTACK_SOURCES) & set(DEFAULT)
    if overlap:
        raise SystemExit(f"evaluation haystack sources are also training sources: {sorted(overlap)}")
    tmp = out_jsonl + ".build"
    manifest = build(list(EVAL_HAYSTACK_SOURCES), tmp, heldout_percent=0.0)
    failed = [n for n, s in manifest["sources"].items() if "error" in s]
    if failed:
        raise SystemExit(f"could not fetch evaluation sources {failed}")
    os.replace(os.path.join(tmp, "train.jsonl"), out_jsonl)
    shutil.copy(os.path.join(tmp, "sources.json"), out_jsonl.replace(".jsonl", ".sources.json"))
    shutil.rmtree(tmp)
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT)
    build_eval_haystacks(ap.parse_args().out)


if __name__ == "__main__":
    main()
