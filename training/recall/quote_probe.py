"""Does the base model answer more often when the fact is quoted next to the question? (issue 16)

The focus probe (scripts/recall-focus-probe.ts) found the asked value raw in the working context in
70 of 72 held-out cases while the model answered 25: the model, not focus, misses. This probe asks
whether *where* the fact sits matters — the 0.4.0 model finds facts near the question more often
(passkey @2k: depth 0–20 % 8 %, 40–100 % 88–100 %) — and whether a quote the engine could make
itself, from the question's names alone, recovers that. In-budget cases (the whole case fits, no
memory mechanism), evaluation words and haystacks only, chat framing, greedy decoding; every
variant sees the same episode (same seed), so the comparison is paired:

- `plain`: the episode as `npm run eval` and `quick_eval` give it;
- `quote-names`: the context, then the sentences/lines of the context that hold the question's
  names (capitalised words after the first; case and punctuation ignored, so "Ferro Quay" finds
  `ferro_quay`), best `--k` last, then the user turn — what a runtime could do with no oracle;
- `quote-oracle`: the context, then the fact's own sentence, then the user turn (the upper bound
  of quoting one sentence).

    /usr/bin/python3 -m training.recall.quote_probe --ckpt training/checkpoints/recall/ema-step2886.pt \\
        --n 150 --seed 5000 --max-chars 600 --out training/runs/recall-eval/quote-probe/quote-probe.json
"""
from __future__ import annotations

import argparse
import json
import os
import random
import time

from ..eval.generate import greedy
from ..fast_malloc import reexec_with_jemalloc
from ..tokenizer.bpe import ByteBPETokenizer
from .check import is_correct
from .episodes import USER_TURN, RecallEpisode, RecallGenerator
from .quick_eval import add_probe_args, load_probe
from .quote import QUOTE_CHARS, quote_by_names

VARIANTS = ("plain", "quote-names", "quote-oracle")


def prompt_of(ep: RecallEpisode, variant: str, k: int, max_chars: int = QUOTE_CHARS) -> tuple[str, str]:
    """(prompt, quote) of one variant."""
    if variant == "plain":
        return ep.prompt(), ""
    if variant == "quote-oracle":
        s, e = ep.fact_spans[0]
        quote = ep.context[s:e].strip()
    else:
        quote = quote_by_names(ep.context, ep.question, k, max_chars)
    if not quote:
        return ep.prompt(), ""
    return f"{ep.context}\n\n{quote}{USER_TURN.format(q=ep.question)}", quote


def run(model, tok: ByteBPETokenizer, gen: RecallGenerator, n: int, seed: int, k: int,
        min_tokens: int, max_tokens: int, variants=VARIANTS, max_chars: int = QUOTE_CHARS) -> list[dict]:
    bos, end, eos = tok.special_ids["<|bos|>"], tok.special_ids["<|end|>"], tok.special_ids["<|eos|>"]
    rows = []
    for i in range(n):
        for shape in ("single", "multi"):
            for variant in variants:
                rng = random.Random(seed + i)  # the same episode for every variant
                ep = gen.make(rng, n_chars=int(rng.randint(min_tokens, max_tokens) * 3.6), shape=shape,
                              framing="chat")
                prompt, quote = prompt_of(ep, variant, k, max_chars)
                ids = ([bos] + tok.encode(prompt))[-(model.c.native_context - 24):]
                out = greedy(model, ids, 24, (end, eos))
                reply = tok.decode([t for t in out if t not in (end, eos)])
                rows.append({"i": i, "shape": shape, "variant": variant, "seen": ep.meta["seen"],
                             "depth": ep.meta["depth"], "fact_family": ep.meta["fact_family"],
                             "question": ep.question, "quote": quote, "reply": reply, "answers": ep.answers,
                             "quote_has_answer": any(a in quote for a in ep.answers),
                             "correct": is_correct(reply, ep.answers)})
    return rows


def summarise(rows: list[dict]) -> dict:
    out: dict = {}
    for r in rows:
        for key in (f"{r['shape']}/{'seen' if r['seen'] else 'heldout'}", f"all/{'seen' if r['seen'] else 'heldout'}"):
            g = out.setdefault(key, {}).setdefault(r["variant"], {"n": 0, "correct": 0, "quote_has_answer": 0})
            g["n"] += 1
            g["correct"] += r["correct"]
            g["quote_has_answer"] += r["quote_has_answer"]
    for groups in out.values():
        for g in groups.values():
            g["acc"] = round(g["correct"] / g["n"], 3)
    return out


def main() -> None:
    reexec_with_jemalloc()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_probe_args(ap, n=60, seed=1000, n_help="episodes per shape (single, multi)")
    ap.add_argument("--k", type=int, default=2, help="pieces quoted by quote-names")
    ap.add_argument("--max-chars", type=int, default=QUOTE_CHARS,
                    help="characters quoted at most (the runtime's 300; the recorded 4 December run used 600)")
    ap.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated subset of " + ", ".join(VARIANTS))
    a = ap.parse_args()
    t0 = time.time()
    model, tok, gen = load_probe(a)
    variants = a.variants.split(",")
    if not set(variants) <= set(VARIANTS):
        ap.error(f"--variants: choose from {', '.join(VARIANTS)}")
    rows = run(model, tok, gen, a.n, a.seed, a.k, a.min_tokens, a.max_tokens, variants, a.max_chars)
    summ = summarise(rows)
    for key, groups in sorted(summ.items()):
        print(f"{key:16s} " + "  ".join(f"{v}: {g['acc'] * 100:5.1f}% (n={g['n']})" for v, g in groups.items()))
    print(f"[quote_probe] {len(rows)} generations in {time.time() - t0:.0f}s")
    if a.out:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, "w") as f:
            json.dump({"about": __doc__.split("\n\n")[0], "ckpt": a.ckpt, "args": vars(a), "summary": summ,
                       "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
