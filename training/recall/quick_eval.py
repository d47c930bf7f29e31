"""In-budget recall of a base-model checkpoint, per shape and seen / held-out templates, with no
memory mechanism (the whole case fits in the model's context): the first question of
EVALUATION.md — if the base model fails here, no focus policy can help. Evaluation words and
evaluation haystacks only (training/recall/eval_sources.py). Greedy decoding in PyTorch; the
same cases through the app's runtime are `npm run eval` (training/recall/make_eval.py).
`--split train` draws the training templates, words and corpus haystacks instead: how well the
model fits the data it was trained on (every case then counts as "seen").

    /usr/bin/python3 -m training.recall.quick_eval --ckpt training/checkpoints/recall/ema.pt \\
        [--n 120] [--min-tokens 300 --max-tokens 1500] [--out training/runs/recall/quick_eval.json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections import defaultdict

import torch

from ..checkpoint import load_checkpoint
from ..eval.generate import greedy
from ..fast_malloc import reexec_with_jemalloc
from ..model.config import ModelConfig
from ..model.llama import LlamaLM
from ..tokenizer.bpe import ByteBPETokenizer
from .check import is_correct, says_absent
from .episodes import RecallGenerator
from .eval_sources import DEFAULT_OUT as EVAL_HAYSTACKS
from .haystack import HaystackPool
from ..corpus.paths import TRAIN_JSONL

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_SHAPE_WEIGHTS = {"single": 0.35, "multi": 0.25, "together": 0.1, "absent": 0.15, "followup": 0.15}


def load_model(path: str) -> LlamaLM:
    ck = load_checkpoint(path)
    model = LlamaLM(ModelConfig.from_dict(ck["config"]))
    model.load_state_dict(ck["model"])
    model.eval()
    return model


def add_probe_args(ap: argparse.ArgumentParser, n: int, seed: int, n_help: str = "episodes") -> None:
    """The arguments every in-budget probe takes (this one, quote_probe.py)."""
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--tokenizer", default=os.path.join(HERE, "..", "artifacts", "tokenizer", "tokenizer.json"))
    ap.add_argument("--split", choices=("eval", "train"), default="eval",
                    help="eval: evaluation words and haystacks (the probe); train: the training templates, words "
                         "and corpus haystacks the trainer draws (how well the model fits its own data)")
    ap.add_argument("--haystacks", default=None,
                    help="haystack JSONL (default: the evaluation haystacks; with --split train, the training corpus)")
    ap.add_argument("--nouns", default=os.path.join(HERE, "..", "data", "recall", "nouns.json"))
    ap.add_argument("--n", type=int, default=n, help=n_help)
    ap.add_argument("--min-tokens", type=int, default=300)
    ap.add_argument("--max-tokens", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", default=None)


def probe_generator(split: str, haystacks: str | None, nouns: str) -> RecallGenerator:
    """The probe's episodes: evaluation words and haystacks (split "eval"), or exactly what the
    trainer draws from (split "train": training templates and words, training-corpus haystacks),
    both with the evaluation shape mix."""
    default = EVAL_HAYSTACKS if split == "eval" else TRAIN_JSONL
    pool = HaystackPool.from_jsonl(haystacks or default)
    return RecallGenerator(split, pool, nouns, shape_weights=EVAL_SHAPE_WEIGHTS)


def load_probe(a: argparse.Namespace) -> tuple[LlamaLM, ByteBPETokenizer, RecallGenerator]:
    """The model, tokenizer and generator (`--split`: evaluation or training) of a probe's arguments
    (threads set)."""
    torch.set_num_threads(a.threads)
    gen = probe_generator(a.split, a.haystacks, a.nouns)
    return load_model(a.ckpt), ByteBPETokenizer.load(a.tokenizer), gen


def run(model: LlamaLM, tok: ByteBPETokenizer, gen: RecallGenerator, n: int, min_tokens: int, max_tokens: int,
        seed: int, max_new: int = 24) -> list[dict]:
    rng = random.Random(seed)
    bos, end, eos = tok.special_ids["<|bos|>"], tok.special_ids["<|end|>"], tok.special_ids["<|eos|>"]
    nl = tok.encode("\n")[0]
    rows = []
    for i in range(n):
        target = rng.randint(min_tokens, max_tokens)
        ep = gen.make(rng, n_chars=int(target * 3.6))
        ids = [bos] + tok.encode(ep.prompt())
        if len(ids) + max_new > model.c.native_context:  # keep the newest rows (the question)
            ids = [bos] + ids[len(ids) + max_new - model.c.native_context + 1:]
        stops = (end, eos) if ep.framing == "chat" else (end, eos, nl)
        out = greedy(model, ids, max_new, stops)
        reply = tok.decode([t for t in out if t not in stops])
        rows.append({"i": i, "tokens": len(ids), "reply": reply, "answers": ep.answers,
                     "correct": is_correct(reply, ep.answers), "question": ep.question[-200:], **ep.meta})
    return rows


@torch.no_grad()
def teacher_forced(model: LlamaLM, tok: ByteBPETokenizer, gen: RecallGenerator, n: int, min_tokens: int,
                   max_tokens: int, seed: int) -> dict:
    """A fast probe of retrieval while training: on `n` present-fact cases (single / multi, chat and
    completion), one forward pass each over prompt + reply; the share whose every reply token is the
    argmax (exact under teacher forcing) and the mean NLL of the reply tokens, seen / held-out."""
    rng = random.Random(seed)
    bos = tok.special_ids["<|bos|>"]
    out: dict = {}
    for i in range(n):
        ep = gen.make(rng, n_chars=int(rng.randint(min_tokens, max_tokens) * 3.6),
                      shape=rng.choice(["single", "multi"]))
        p = [bos] + tok.encode(ep.prompt())
        a = tok.encode(ep.target())
        ids = (p + a)[-model.c.native_context:]
        x = torch.tensor([ids[:-1]])
        logits = model(x)[0, -len(a):]  # (len(a), V): predictions of the reply tokens
        y = torch.tensor(a)
        nll = float(torch.nn.functional.cross_entropy(logits, y))
        exact = bool((logits.argmax(-1) == y).all())
        g = out.setdefault("seen" if ep.meta["seen"] else "heldout", {"n": 0, "exact": 0, "nll": 0.0})
        g["n"] += 1
        g["exact"] += exact
        g["nll"] += nll
    return {k: {"n": v["n"], "exact": round(v["exact"] / v["n"], 3), "answer_nll": round(v["nll"] / v["n"], 3)}
            for k, v in out.items()}


def summarise(rows: list[dict]) -> dict:
    out: dict = {}
    groups = defaultdict(list)
    for r in rows:
        split = "seen" if r["seen"] else "heldout"
        groups[("all", split)].append(r["correct"])
        groups[(r["shape"], split)].append(r["correct"])
        groups[(f"framing:{r['framing']}", split)].append(r["correct"])
        groups[(f"fact:{r['fact_family']}", split)].append(r["correct"])
        if r["shape"] != "absent":
            groups[("present_called_absent", split)].append(says_absent(r["reply"]))
    for (k, split), v in sorted(groups.items()):
        out.setdefault(k, {})[split] = {"acc": round(sum(v) / len(v), 3), "n": len(v)}
    return out


def main() -> None:
    reexec_with_jemalloc()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_probe_args(ap, n=120, seed=99)
    ap.add_argument("--show", type=int, default=12, help="print this many raw replies")
    ap.add_argument("--teacher-forced", action="store_true",
                    help="only the fast probe: reply tokens exact under teacher forcing, and their NLL")
    a = ap.parse_args()
    t0 = time.time()
    model, tok, gen = load_probe(a)
    if a.teacher_forced:
        res = teacher_forced(model, tok, gen, a.n, a.min_tokens, a.max_tokens, a.seed)
        print(f"[quick_eval] teacher-forced {json.dumps(res)} in {time.time() - t0:.0f}s")
        return
    rows = run(model, tok, gen, a.n, a.min_tokens, a.max_tokens, a.seed)
    summ = summarise(rows)
    for r in rows[:a.show]:
        print(f"[{'ok ' if r['correct'] else 'MISS'}] {r['shape']:9s} {r['framing']:10s} {r['fact_family']:11s} "
              f"Q={r['question'][-90:]!r} -> {r['reply']!r} (want {r['answers']})")
    for k, v in summ.items():
        print(f"{k:32s} " + "  ".join(f"{s}: {x['acc']*100:5.1f}% (n={x['n']})" for s, x in v.items()))
    print(f"[quick_eval] {a.n} cases in {time.time() - t0:.0f}s")
    if a.out:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, "w") as f:
            json.dump({"ckpt": a.ckpt, "args": vars(a), "summary": summ, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
