"""Tokenises the MegaContext demo corpus once into flat uint16 token files, so training reads
tokens with no tokenizer in the loop.

    /usr/bin/python3 -m training.dataset.tokenize_corpus [--tokenizer ...] [--corpus-dir ...]

Writes <corpus-dir>/../tokens/{split}.bin (uint16 ids, docs separated by nothing),
{split}.docs.npy ((n_docs, 3) int64: start, length, source index) and meta.json
(source names, tokenizer sha256), for split in train, heldout.
"""
from __future__ import annotations

import argparse
import json
import os
import time

import numpy as np

from ..run_control import sha256_file
from ..tokenizer.bpe import ByteBPETokenizer

HERE = os.path.dirname(__file__)
DATA = os.path.join(HERE, "..", "data")


def tokenize_split(tok: ByteBPETokenizer, jsonl: str, out_prefix: str, sources: list[str]) -> dict:
    ids_all: list[np.ndarray] = []
    docs = []
    pos = 0
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["source"] not in sources:
                sources.append(d["source"])
            ids = np.asarray(tok.encode(d["text"], allow_special=False), dtype=np.uint16)
            ids_all.append(ids)
            docs.append((pos, len(ids), sources.index(d["source"])))
            pos += len(ids)
    arr = np.concatenate(ids_all) if ids_all else np.zeros(0, np.uint16)
    arr.tofile(out_prefix + ".bin.tmp")
    os.replace(out_prefix + ".bin.tmp", out_prefix + ".bin")
    np.save(out_prefix + ".docs.npy", np.asarray(docs, dtype=np.int64))
    return {"tokens": int(pos), "docs": len(docs)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokenizer", default=os.path.join(HERE, "..", "artifacts", "tokenizer", "tokenizer.json"))
    ap.add_argument("--corpus-dir", default=os.path.join(DATA, "corpus"))
    ap.add_argument("--out-dir", default=os.path.join(DATA, "tokens"))
    a = ap.parse_args()
    os.makedirs(a.out_dir, exist_ok=True)
    tok = ByteBPETokenizer.load(a.tokenizer)
    sources: list[str] = []
    meta = {"tokenizer_sha256": sha256_file(a.tokenizer), "splits": {}}
    for split in ("heldout", "train"):
        t0 = time.time()
        meta["splits"][split] = tokenize_split(tok, os.path.join(a.corpus_dir, f"{split}.jsonl"),
                                               os.path.join(a.out_dir, split), sources)
        meta["splits"][split]["seconds"] = round(time.time() - t0, 1)
        print(f"[tokens] {split}: {meta['splits'][split]}", flush=True)
    meta["sources"] = sources
    with open(os.path.join(a.out_dir, "meta.json"), "w") as f:
        json.dump(meta, f, indent=2)


if __name__ == "__main__":
    main()
