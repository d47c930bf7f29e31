"""Evaluation tasks for the MegaContext demo base model: held-out perplexity, passkey retrieval
inside the native window (EVALUATION.md template, greedy, 10 new tokens, first integer must
equal the key), RULER-style multi-key, and chat-formatted questions about a passage.
"""
from __future__ import annotations

import math
import random
import re

import numpy as np
import torch
import torch.nn.functional as F

from ..synthetic.chat_qa import quote_episode, records_episode
from ..synthetic.filler import GRASS, FillerSource
from ..synthetic.multikey import multikey_episode
from ..synthetic.passkey import passkey_prompt
from ..tokenizer.bpe import ByteBPETokenizer
from .generate import greedy

_INT = re.compile(r"\d+")


@torch.no_grad()
def heldout_perplexity(model, ids: np.ndarray, T: int = 512, max_tokens: int = 65536) -> dict:
    """Non-overlapping windows of T+1 tokens over the held-out token stream."""
    model.eval()
    n_win = min((len(ids) - 1) // T, max(1, max_tokens // T))
    tot, cnt = 0.0, 0
    for w in range(n_win):
        x = torch.from_numpy(np.asarray(ids[w * T:w * T + T + 1], dtype=np.int64))[None]  # (1, T+1)
        logits = model(x[:, :-1])
        tot += float(F.cross_entropy(logits[0], x[0, 1:], reduction="sum"))
        cnt += T
    return {"tokens": cnt, "window": T, "nll": tot / cnt, "perplexity": math.exp(tot / cnt)}


def _grass_sentences(n: int) -> list[str]:
    base = [s + "." for s in GRASS.rstrip(".").split(". ")]
    return [base[i % len(base)] for i in range(n)]


def passkey_case(tok: ByteBPETokenizer, rng: random.Random, target_tokens: int) -> tuple[list[int], int, float]:
    """Prompt ids of ≈ target_tokens (incl. <|bos|>), the key and the needle depth in [0, 1]."""
    key = rng.randint(1, 50000)
    n = max(2, target_tokens // 5)
    for _ in range(8):  # fit the number of filler sentences to the token budget
        sents = _grass_sentences(n)
        ids = tok.encode(passkey_prompt(" ".join(sents), "", key))
        if abs(len(ids) + 1 - target_tokens) <= 3:
            break
        n = max(2, int(n * (target_tokens - 1) / (len(ids) + 1)))
    cut = rng.randint(0, len(sents))
    prompt = passkey_prompt(" ".join(sents[:cut]), " ".join(sents[cut:]), key)
    return [tok.special_ids["<|bos|>"]] + tok.encode(prompt), key, cut / len(sents)


def passkey_accuracy(model, tok: ByteBPETokenizer, lengths: list[int], n: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    res: dict = {}
    for L in lengths:
        hits, depths, lens, samples = [], [], [], []
        for _ in range(n):
            ids, key, depth = passkey_case(tok, rng, L)
            out = tok.decode(greedy(model, ids, 10))
            m = _INT.search(out)
            ok = bool(m) and int(m.group()) == key
            hits.append(ok)
            depths.append(depth)
            lens.append(len(ids))
            if len(samples) < 3:
                samples.append({"key": key, "output": out, "correct": ok})
        bins = {}
        for b in range(5):
            sel = [h for h, d in zip(hits, depths) if b / 5 <= d < (b + 1) / 5 or (b == 4 and d == 1.0)]
            bins[f"{b*20}-{(b+1)*20}%"] = (sum(sel) / len(sel)) if sel else None
        res[str(L)] = {"accuracy": sum(hits) / n, "n": n, "mean_prompt_tokens": float(np.mean(lens)),
                       "max_prompt_tokens": int(max(lens)), "by_depth": bins, "samples": samples}
    return res


def multikey_accuracy(model, tok: ByteBPETokenizer, target_tokens: int, n: int, seed: int = 11) -> dict:
    rng = random.Random(seed)
    filler = FillerSource()
    hits, lens = [], []
    for _ in range(n):
        ep = multikey_episode(rng, filler, int(target_tokens * 3.6), n_keys=4, kind="grass")
        ids = [tok.special_ids["<|bos|>"]] + tok.encode(ep.prompt)
        ids = ids[-(target_tokens):] if len(ids) > target_tokens else ids
        out = tok.decode(greedy(model, ids, 12))
        m = _INT.search(out)
        hits.append(bool(m) and m.group() == ep.key)
        lens.append(len(ids))
    return {"accuracy": sum(hits) / n, "n": n, "keys": 4, "mean_prompt_tokens": float(np.mean(lens))}


def chat_qa_accuracy(model, tok: ByteBPETokenizer, docs: list[str], n: int, seed: int = 13) -> dict:
    """Records (facts about people) and quote-the-sentence questions over held-out prose."""
    rng = random.Random(seed)
    filler = FillerSource(docs)
    end = tok.special_ids["<|end|>"]
    out: dict = {}
    for kind in ("records", "quote"):
        exact, contains, samples = [], [], []
        for _ in range(n):
            ep = records_episode(rng) if kind == "records" else quote_episode(rng, filler, 1500)
            ids = tok.encode(ep.prompt)
            gen = greedy(model, ids[-1000:], 64, stop_ids=(end, tok.special_ids["<|eos|>"]))
            text = tok.decode([g for g in gen if g < tok.n_base]).strip()
            exact.append(text == ep.key.strip())
            contains.append(ep.key.strip() in text)
            if len(samples) < 3:
                samples.append({"question": ep.prompt.split("\n\n")[-1][:200], "expected": ep.key,
                                "output": text})
        out[kind] = {"exact_match": sum(exact) / n, "answer_contained": sum(contains) / n, "n": n,
                     "samples": samples}
    return out


def sample_generations(model, tok: ByteBPETokenizer, prompts: list[str], max_new: int = 48) -> list[dict]:
    res = []
    for p in prompts:
        ids = tok.encode(p if p.startswith("<|bos|>") else "<|bos|>" + p)
        gen = greedy(model, ids, max_new, stop_ids=(tok.special_ids["<|eos|>"], tok.special_ids["<|end|>"]))
        res.append({"prompt": p, "output": tok.decode(gen)})
    return res
