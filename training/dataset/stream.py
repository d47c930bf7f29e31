"""Training batches for the MegaContext demo base model: corpus documents (sampled by source
weight) packed with synthetic recall episodes (passkey, multi-key, chat Q&A) into fixed-length
rows. Every row starts at a document boundary; an episode is only placed whole, so its answer
is always inside the row. Deterministic given the seed; `state()` / `load_state()` capture the
data position for resumable training.
"""
from __future__ import annotations

import json
import os
import random

import numpy as np
import torch

from ..corpus.sources import BY_NAME
from ..synthetic.filler import FillerSource
from ..synthetic.induction import induction_episode
from ..synthetic.mixture import TASK_WEIGHTS, draw_episode
from ..tokenizer.bpe import ByteBPETokenizer

PROSE_SOURCES = ("moby-dick", "brown", "sotu", "devil")


class CorpusTokens:
    """Memory-mapped token file of one split plus its document table."""

    def __init__(self, tokens_dir: str, split: str):
        self.ids = np.memmap(os.path.join(tokens_dir, f"{split}.bin"), dtype=np.uint16, mode="r")
        self.docs = np.load(os.path.join(tokens_dir, f"{split}.docs.npy"))  # (n, 3) start, len, src
        with open(os.path.join(tokens_dir, "meta.json")) as f:
            meta = json.load(f)
        self.sources: list[str] = meta["sources"]
        self.tokenizer_sha256: str | None = meta.get("tokenizer_sha256")

    def doc(self, i: int) -> np.ndarray:
        s, n, _ = self.docs[i]
        return np.asarray(self.ids[s:s + n], dtype=np.int64)


def load_prose_docs(corpus_jsonl: str, max_bytes: int = 20_000_000) -> list[str]:
    out, n = [], 0
    with open(corpus_jsonl, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["source"] in PROSE_SOURCES:
                out.append(d["text"])
                n += len(d["text"])
                if n > max_bytes:
                    break
    return out


class MixtureStream:
    def __init__(self, corpus: CorpusTokens, tok: ByteBPETokenizer, filler: FillerSource,
                 seed: int, synthetic_frac: float = 0.4, task_weights: dict | None = None,
                 induction_frac: float = 0.0):
        self.corpus, self.tok, self.filler = corpus, tok, filler
        self.synthetic_frac = synthetic_frac
        # Share of pieces that are token-level induction episodes. 0 draws nothing extra from the
        # rng, so runs made before this option reproduce exactly.
        self.induction_frac = induction_frac
        self.task_weights = task_weights or TASK_WEIGHTS
        self.rng = random.Random(seed)
        self.bos, self.eos = tok.special_ids["<|bos|>"], tok.special_ids["<|eos|>"]
        self.newline = tok.encode("\n")[0]
        # Per-source probability ∝ weight × tokens; inside a source, docs ∝ length.
        src_idx = corpus.docs[:, 2]
        self.src_docs, weights = [], []
        for si, name in enumerate(corpus.sources):
            rows = np.nonzero(src_idx == si)[0]
            if len(rows) == 0:
                continue
            lens = corpus.docs[rows, 1].astype(np.float64)
            w = BY_NAME[name].weight if name in BY_NAME else 1.0
            self.src_docs.append((rows, np.cumsum(lens) / lens.sum()))
            weights.append(w * lens.sum())
        self.src_p = np.asarray(weights) / np.sum(weights)
        self.rows_made = 0

    def state(self) -> dict:
        return {"rng": self.rng.getstate(), "rows_made": self.rows_made}

    def load_state(self, s: dict) -> None:
        self.rng.setstate(s["rng"])
        self.rows_made = s["rows_made"]

    def _corpus_piece(self, room: int) -> list[int]:
        u = self.rng.random()
        si = int(np.searchsorted(np.cumsum(self.src_p), u, side="right").clip(0, len(self.src_p) - 1))
        rows, cum = self.src_docs[si]
        di = rows[int(np.searchsorted(cum, self.rng.random(), side="right").clip(0, len(rows) - 1))]
        ids = self.corpus.doc(int(di))
        start = 0
        if len(ids) > room and self.rng.random() < 0.5:
            start = self.rng.randrange(0, len(ids) - room // 2)
        return [self.bos] + ids[start:start + room].tolist() + [self.eos]

    def _episode(self, room: int) -> tuple[list[int], int] | None:
        """Token ids of one whole episode and the index where its answer starts."""
        _, ep = draw_episode(self.rng, self.filler, max_chars=int(room * 3.3), weights=self.task_weights)
        p = [self.bos] + self.tok.encode(ep.prompt)
        if ep.prompt.startswith("<|bos|>"):
            p = p[1:]
        a = self.tok.encode(ep.answer) + [self.eos]
        if len(p) + len(a) > room:
            return None
        return p + a, len(p)

    def row(self, T: int) -> tuple[list[int], list[int]]:
        """One packed row of T+1 ids and a same-length 0/1 list marking answer tokens."""
        ids: list[int] = []
        ans: list[int] = []
        while len(ids) < T + 1:
            room = T + 1 - len(ids)
            piece = None
            if self.induction_frac > 0 and self.rng.random() < self.induction_frac:
                ep = induction_episode(self.rng, room - 1, 256, self.bos, self.newline)
                piece = ([self.bos] + ep[0], ep[1] + 2) if ep is not None else None
            elif room >= 64 and self.rng.random() < self.synthetic_frac:
                piece = self._episode(room)
            if piece is not None:
                toks, a0 = piece
                ids += toks
                ans += [0] * a0 + [1] * (len(toks) - a0)
            else:
                toks = self._corpus_piece(room)
                ids += toks
                ans += [0] * len(toks)
        self.rows_made += 1
        return ids[:T + 1], ans[:T + 1]

    def batch(self, B: int, T: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """x (B, T), y (B, T) int64 and answer mask (B, T) bool on the targets."""
        rows = [self.row(T) for _ in range(B)]
        arr = torch.tensor([r[0] for r in rows], dtype=torch.long)  # (B, T+1)
        am = torch.tensor([r[1] for r in rows], dtype=torch.bool)
        return arr[:, :-1], arr[:, 1:], am[:, 1:]
