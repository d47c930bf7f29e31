"""Train the MegaContext demo tokenizer (byte-level BPE, vocab 8192) on a sample of the corpus
plus synthetic episodes, and save it in Hugging Face format.

    /usr/bin/python3 -m training.tokenizer.train_tokenizer --out training/artifacts/tokenizer
"""
from __future__ import annotations

import argparse
import json
import os
import random
import time

from ..synthetic.mixture import synthetic_sample_texts
from .bpe import SPECIAL_TOKENS, ByteBPETokenizer, count_words, train_bpe
from .hf_export import save_hf
from ..corpus.paths import TRAIN_JSONL

HERE = os.path.dirname(__file__)


def corpus_sample(path: str, per_source_bytes: int, seed: int) -> list[str]:
    by_src: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            by_src.setdefault(d["source"], []).append(d["text"])
    rng = random.Random(seed)
    out = []
    for src in sorted(by_src):
        docs = by_src[src][:]
        rng.shuffle(docs)
        n = 0
        for d in docs:
            if n >= per_source_bytes:
                break
            out.append(d)
            n += len(d)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=TRAIN_JSONL)
    ap.add_argument("--out", default=os.path.join(HERE, "..", "artifacts", "tokenizer"))
    ap.add_argument("--vocab-size", type=int, default=8192)
    ap.add_argument("--per-source-bytes", type=int, default=1_500_000)
    ap.add_argument("--synthetic-docs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1234)
    a = ap.parse_args()
    t0 = time.time()
    texts = corpus_sample(a.corpus, a.per_source_bytes, a.seed)
    texts += synthetic_sample_texts(a.synthetic_docs, seed=a.seed, docs=texts[:2000])
    counts = count_words(texts)
    print(f"[tok] sample {sum(map(len, texts))/1e6:.1f} MB chars, {len(counts)} distinct words, "
          f"{time.time()-t0:.1f}s", flush=True)
    merges = train_bpe(counts, a.vocab_size, len(SPECIAL_TOKENS))
    tok = ByteBPETokenizer(merges)
    assert tok.vocab_size == a.vocab_size, tok.vocab_size
    os.makedirs(a.out, exist_ok=True)
    tok.save_merges(os.path.join(a.out, "merges.json"))
    save_hf(tok, a.out)
    print(f"[tok] trained {len(merges)} merges in {time.time()-t0:.1f}s -> {a.out}", flush=True)


if __name__ == "__main__":
    main()
