"""Recall evaluation suites for `npm run eval` (EVALUATION.md "Recall through the working context"):
JSONL cases `{id, context, question, answers, answer, mode, meta}` drawn by the recall generator
with evaluation words and evaluation-only haystacks, at total lengths that fit in the budget
(~1,500 tokens: no memory mechanism involved), 8k, 32k, 128k and 1M tokens.

Per length bucket the cases cycle through the task shapes and framings — one fact (chat and
completion), four facts ask one (chat and completion), two facts asked together, an absent fact,
a multi-turn follow-up (the context already holds the first turn and its answer) — and the passkey
template (one family among many; made by the TS generator, `scripts/eval.ts --make-passkey`, so
the benchmark's template exists once). Depths are stratified over 0–100 % in every bucket and
haystack sources rotate. A case is "heldout" when its fact template, question template or value
kind is evaluation-only (whole held-out families included); at least half of every bucket is.
`meta.tokens` is the length the runtime feeds (BOS + context + the question's turn), measured with
the demo tokenizer; every case is within ±10 % of its bucket's target (the generator is redrawn
with a corrected haystack length until it is). Deterministic for a seed.

    /usr/bin/python3 -m training.recall.make_eval --suite quick     # → build/recall-eval/quick.jsonl
    /usr/bin/python3 -m training.recall.make_eval --suite full --out build/recall-eval/full.jsonl
    /usr/bin/python3 -m training.recall.make_eval --counts 1.5k=8,8k=8 --out small.jsonl
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

from ..eval.nets_report import REPO, eval_cli
from ..tokenizer.bpe import ByteBPETokenizer
from .episodes import USER_TURN, RecallEpisode, RecallGenerator
from .eval_sources import DEFAULT_OUT as EVAL_HAYSTACKS
from .haystack import HaystackPool

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO_PACKAGE = os.path.join(REPO, "public", "models", "demo")

# Length buckets: name → target total tokens. "1.5k" fits in W_max 2,048 with the reply reserve.
BUCKETS = {"1.5k": 1500, "8k": 8192, "32k": 32768, "128k": 131072, "1M": 1048576}
TOLERANCE = 0.10   # every case within ±10 % of its target
AIM = 0.05         # redraw with a corrected length until within ±5 % (then ±10 % is accepted)
SUITES = {
    "quick": {"1.5k": 16, "8k": 16, "32k": 8, "128k": 8},
    "full": {"1.5k": 64, "8k": 64, "32k": 48, "128k": 32, "1M": 16},
}
# (shape, framing) cycled through in every bucket; "passkey" is the benchmark's template.
COMBOS = [("single", "chat"), ("multi", "chat"), ("together", "chat"), ("absent", "chat"),
          ("followup", "chat"), ("single", "completion"), ("multi", "completion"), ("passkey", "completion")]
N_FACTS = {"multi": 4, "together": 2}   # multi: four facts, one asked; together: two facts, both asked
CHARS_PER_TOKEN = {"austen": 3.8, "nodejs-doc": 2.7, "postgresql-doc": 3.1}   # first guess only
MAX_DRAWS = 60


@dataclass(frozen=True)
class Slot:
    """One case to draw: its place in the bucket and what it must be."""
    bucket: str
    target: int
    index: int
    shape: str
    framing: str
    split: str      # "seen" | "heldout"
    depth: float
    source: str


def plan_bucket(bucket: str, target: int, n: int, sources: list[str], seed: int, heldout_frac: float) -> list[Slot]:
    """n slots: shapes/framings cycled; H = ⌈max(n/2, heldout_frac · recall slots)⌉ recall slots
    held out (passkey cases are seen), spread over the shapes in proportion with the remainder
    going to shapes drawn by the seed — so even a bucket with one slot per shape has seen and
    held-out cases; depths stratified over [0, 1); haystack sources rotated."""
    rng = random.Random(f"plan/{seed}/{bucket}")
    combos = [COMBOS[i % len(COMBOS)] for i in range(n)]
    recall = [c for c in dict.fromkeys(combos) if c[0] != "passkey"]
    count = {c: combos.count(c) for c in recall}
    n_recall = sum(count.values())
    held_total = min(n_recall, math.ceil(max(n / 2, heldout_frac * n_recall)))
    held = {c: count[c] * held_total // n_recall for c in recall} if n_recall else {}
    spare = [c for c in recall if held[c] < count[c]]
    rng.shuffle(spare)
    for c in spare[:held_total - sum(held.values())]:
        held[c] += 1
    taken: dict[tuple[str, str], int] = {}
    splits = []
    for c in combos:
        k = taken.get(c, 0)
        taken[c] = k + 1
        splits.append("heldout" if c in held and k < held[c] else "seen")
    depths = [(k + rng.random()) / n for k in range(n)]
    rng.shuffle(depths)
    offset = rng.randrange(len(sources))
    return [Slot(bucket, target, i, shape, framing, splits[i], round(depths[i], 3),
                 sources[(i + offset) % len(sources)])
            for i, (shape, framing) in enumerate(combos)]


def prompt_tokens(tok: ByteBPETokenizer, context: str, question: str, framing: str) -> int:
    """Tokens the runtime feeds: BOS + context + the user turn (chat) or "\\n" + stem (completion)."""
    if framing == "chat":
        return 1 + len(tok.encode(context)) + len(tok.encode(USER_TURN.format(q=question)))
    return 1 + len(tok.encode(f"{context}\n{question}"))


def draw_recall(gen: RecallGenerator, tok: ByteBPETokenizer, slot: Slot, seed: int) -> tuple[RecallEpisode, int]:
    """The episode of a slot: redrawn (deterministically) until its split matches and its length
    is within AIM of the target (within TOLERANCE after half the draws)."""
    n_chars = slot.target * CHARS_PER_TOKEN.get(slot.source, 3.3)
    for attempt in range(MAX_DRAWS):
        rng = random.Random(f"case/{seed}/{slot.bucket}/{slot.index}/{attempt}")
        ep = gen.make(rng, int(n_chars), shape=slot.shape, framing=slot.framing, depth=slot.depth,
                      n_facts=N_FACTS.get(slot.shape), source=slot.source)
        if ("seen" if ep.meta["seen"] else "heldout") != slot.split:
            continue
        tokens = prompt_tokens(tok, ep.context, ep.question, ep.framing)
        off = abs(tokens / slot.target - 1)
        if off <= AIM or (off <= TOLERANCE and attempt >= MAX_DRAWS // 2):
            return ep, tokens
        n_chars *= slot.target / tokens
    raise RuntimeError(f"no {slot.split} {slot.shape} case of ~{slot.target} tokens after {MAX_DRAWS} draws "
                       f"(bucket {slot.bucket}, case {slot.index})")


def recall_case(gen: RecallGenerator, tok: ByteBPETokenizer, slot: Slot, seed: int) -> dict:
    ep, tokens = draw_recall(gen, tok, slot, seed)
    meta = {**ep.meta, "tokens": tokens, "target_tokens": slot.target, "length_bucket": slot.bucket,
            "split": slot.split}
    return {"id": f"{slot.bucket}-{slot.index:03d}-{slot.shape}-{slot.framing}", "context": ep.context,
            "question": ep.question, "answers": ep.answers, "answer": ep.answers[0] if ep.answers else "",
            "mode": ep.framing, "meta": meta}


def passkey_cases(tok: ByteBPETokenizer, slots: list[Slot], package: str, workdir: str) -> dict[tuple[str, int], dict]:
    """Passkey cases of the slots by (bucket, index), made in one call of the TS generator
    (`passkeyCase`, the benchmark's exact template), with the recall meta fields added."""
    if not slots:
        return {}
    out = os.path.join(workdir, "passkey.jsonl")
    cmd = eval_cli("--package", package, "--make-passkey", "--out", out,
                   "--pairs", ",".join(f"{s.target}:{s.depth:.3f}" for s in slots))
    subprocess.run(cmd, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as f:
        made = [json.loads(line) for line in f if line.strip()]
    if len(made) != len(slots):
        raise RuntimeError(f"the passkey generator made {len(made)} cases, {len(slots)} were asked for")
    cases = {}
    for slot, c in zip(slots, made):
        meta = {"shape": "single", "framing": "completion", "n_facts": 1, "distractors": "none", "depth": slot.depth,
                "haystack": "passkey-filler", "entity_kind": "none", "value_kind": "digits", "fact_family": "passkey",
                "fact_template": "passkey", "question_family": "passkey", "seen": True, "key": c["meta"]["key"],
                "tokens": prompt_tokens(tok, c["context"], c["question"], "completion"), "target_tokens": slot.target,
                "length_bucket": slot.bucket, "split": "seen"}
        cases[(slot.bucket, slot.index)] = {
            "id": f"{slot.bucket}-{slot.index:03d}-passkey-completion", "context": c["context"],
            "question": c["question"],
            "answers": [c["answer"]], "answer": c["answer"], "mode": "completion", "meta": meta}
    return cases


def make_suite(out_path: str, counts: dict[str, int], *, seed: int = 1, buckets: dict[str, int] | None = None,
               haystacks: str = EVAL_HAYSTACKS, nouns: str | None = None, tokenizer: str | None = None,
               package: str = DEMO_PACKAGE, heldout_frac: float = 0.6, log=print) -> dict:
    """Writes the cases of `counts` (bucket → number of cases) to `out_path`, one JSON line each,
    bucket by bucket (a 1M-token context is written as soon as it is drawn). Returns a summary."""
    buckets = buckets or BUCKETS
    unknown = [b for b in counts if b not in buckets]
    if unknown:
        raise ValueError(f"unknown length buckets {unknown}; known: {list(buckets)}")
    tok = ByteBPETokenizer.load(tokenizer or os.path.join(package, "tokenizer.json"))
    pool = HaystackPool.from_jsonl(haystacks, max_bytes_per_source=1 << 40)  # whole sources: 1M tokens fit
    gen = RecallGenerator("eval", pool, nouns)
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    summary: dict = {"seed": seed, "buckets": {}}
    t0 = time.time()
    plans = {b: plan_bucket(b, buckets[b], counts[b], pool.sources, seed, heldout_frac) for b in buckets
             if counts.get(b, 0) > 0}
    with open(out_path + ".tmp", "w", encoding="utf-8") as f, tempfile.TemporaryDirectory() as work:
        keys = passkey_cases(tok, [s for slots in plans.values() for s in slots if s.shape == "passkey"], package, work)
        for bucket, slots in plans.items():
            n = len(slots)
            tokens = []
            for slot in slots:
                case = keys.pop((bucket, slot.index), None) or recall_case(gen, tok, slot, seed)
                f.write(json.dumps(case, ensure_ascii=False))
                f.write("\n")
                tokens.append(case["meta"]["tokens"])
            held = sum(s.split == "heldout" for s in slots)
            summary["buckets"][bucket] = {"n": n, "heldout": held, "min_tokens": min(tokens), "max_tokens": max(tokens)}
            log(f"[make_eval] {bucket}: {n} cases ({held} held-out), {min(tokens)}–{max(tokens)} tokens, "
                f"{time.time() - t0:.0f}s")
    os.replace(out_path + ".tmp", out_path)
    return summary


def parse_counts(s: str) -> dict[str, int]:
    out = {}
    for part in filter(None, s.split(",")):
        name, _, n = part.partition("=")
        out[name.strip()] = int(n)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suite", choices=sorted(SUITES), default="quick")
    ap.add_argument("--counts", default=None,
                    help="cases per length bucket, e.g. 1.5k=16,8k=16,32k=8 (replaces the suite's counts)")
    ap.add_argument("--out", default=None, help="default build/recall-eval/<suite>.jsonl")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--heldout-frac", type=float, default=0.6,
                    help="share of the recall cases held out (at least half of every bucket is)")
    ap.add_argument("--haystacks", default=EVAL_HAYSTACKS)
    ap.add_argument("--nouns", default=os.path.join(HERE, "..", "data", "recall", "nouns.json"))
    ap.add_argument("--package", default=DEMO_PACKAGE, help="model package (tokenizer; passkey cases)")
    a = ap.parse_args(argv)
    if not os.path.exists(a.haystacks):
        raise SystemExit(f"no evaluation haystacks at {a.haystacks}: build them with "
                         "`/usr/bin/python3 -m training.recall.eval_sources`")
    if not os.path.exists(a.nouns):
        # (the README's suites were drawn with them: without, the same seed draws other words)
        print(f"[make_eval] no corpus nouns at {a.nouns}: drawing from the built-in word lists, so this suite "
              "is not the README's (build them: `/usr/bin/python3 -m training.corpus.build`, then "
              "`/usr/bin/python3 -m training.recall.lexicon`)", file=sys.stderr)
    counts = parse_counts(a.counts) if a.counts else SUITES[a.suite]
    out = a.out or os.path.join(REPO, "build", "recall-eval", f"{a.suite if not a.counts else 'custom'}.jsonl")
    make_suite(out, counts, seed=a.seed, haystacks=a.haystacks, nouns=a.nouns if os.path.exists(a.nouns) else None,
               package=a.package, heldout_frac=a.heldout_frac)
    print(f"[make_eval] wrote {out}")


if __name__ == "__main__":
    main()
