"""Training batches for the MegaContext demo base model: corpus documents (sampled by source
weight) packed with synthetic recall episodes (passkey, multi-key, chat Q&A) into fixed-length
rows. Every row starts at a document boundary; an episode is only placed whole, so its answer
is always inside the row. Deterministic given the seed; `state()` / `load_state()` capture the
data position for resumable training.
"""
from __future__ import annotations

import bisect
import json
import math
import os
import random

import numpy as np
import torch

from ..corpus.sources import BY_NAME
from ..recall.quote import quote_by_names
from ..synthetic.filler import FillerSource
from ..synthetic.induction import induction_episode
from ..synthetic.mixture import TASK_WEIGHTS, draw_episode
from ..tokenizer.bpe import ByteBPETokenizer
from .gist_standins import compress_blocks

# Per-token codes of a row: an ordinary token, an answer token (extra loss weight), or a gist
# stand-in (no language-model loss on it or on the token after it).
PLAIN, ANSWER, STANDIN = 0, 1, 2

PROSE_SOURCES = ("moby-dick", "brown", "sotu", "devil")
# Characters of prose the filler reads (load_prose_docs; the first ones, in file order).
PROSE_MAX_CHARS = 20_000_000


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


def load_prose_docs(corpus_jsonl: str, max_bytes: int = PROSE_MAX_CHARS) -> list[str]:
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
                 induction_frac: float = 0.0, recall=None, compress_frac: float = 0.0,
                 quote_frac: float = 0.0):
        self.corpus, self.tok, self.filler = corpus, tok, filler
        self.synthetic_frac = synthetic_frac
        # Share of pieces that are token-level induction episodes. 0 draws nothing extra from the
        # rng, so runs made before this option reproduce exactly.
        self.induction_frac = induction_frac
        self.task_weights = task_weights or TASK_WEIGHTS
        # Recall episodes (training/recall, task "recall" in task_weights) and the share of them
        # whose haystack blocks are replaced by gist stand-ins (gist_standins.py).
        self.recall = recall
        self.compress_frac = compress_frac
        # Share of chat recall episodes read as the runtime's memory quote lays them out: the
        # context's pieces holding the question's names quoted again before the user turn
        # (recall/quote.py = src/core/memory-quote.ts). 0 draws nothing from the rng, so runs made
        # before this option reproduce exactly.
        self.quote_frac = quote_frac
        if "recall" in self.task_weights and recall is None:
            raise ValueError('task "recall" needs a RecallGenerator')
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

    def _episode(self, room: int) -> tuple[list[int], list[int]] | None:
        """Token ids of one whole episode and their codes (PLAIN / ANSWER / STANDIN)."""
        if self.recall is not None:
            task = self.rng.choices(list(self.task_weights), list(self.task_weights.values()))[0]
            if task == "recall":
                return self._recall_episode(room)
            weights = {task: 1.0}
        else:
            weights = self.task_weights
        _, ep = draw_episode(self.rng, self.filler, max_chars=int(room * 3.3), weights=weights)
        p = [self.bos] + self.tok.encode(ep.prompt)
        if ep.prompt.startswith("<|bos|>"):
            p = p[1:]
        a = self.tok.encode(ep.answer) + [self.eos]
        if len(p) + len(a) > room:
            return None
        return p + a, [PLAIN] * len(p) + [ANSWER] * len(a)

    def _recall_episode(self, room: int) -> tuple[list[int], list[int]] | None:
        """A recall episode sized to the room (log-uniform length), optionally with gist stand-ins."""
        hi = max(80, room - 48)
        n_tok = int(math.exp(self.rng.uniform(math.log(60), math.log(hi))))
        ep = self.recall.make(self.rng, n_chars=int(n_tok * 3.2))
        keep_chars = list(ep.fact_spans)
        if self.quote_frac > 0 and ep.framing == "chat" and self.rng.random() < self.quote_frac:
            quote = quote_by_names(ep.context, ep.question)
            if quote:
                keep_chars.append((len(ep.context), len(ep.context) + 2 + len(quote)))
                ep.context = f"{ep.context}\n\n{quote}"
        ctx, ctx_codes = self._segments(ep.context, ep.answer_spans)
        tail = self.tok.encode(ep.prompt()[len(ep.context):])
        a = self.tok.encode(ep.target()) + [self.eos]
        codes = [PLAIN] + ctx_codes + [PLAIN] * len(tail) + [ANSWER] * len(a)
        if not ep.answer_spans and self.compress_frac > 0 and self.rng.random() < self.compress_frac:
            keep = _token_spans(self.tok, ctx, ep.context, keep_chars)
            ctx, standin = compress_blocks(ctx, keep, self.rng, protect_tail=32)
            codes = [PLAIN] + [STANDIN if s else PLAIN for s in standin] + [PLAIN] * len(tail) + [ANSWER] * len(a)
        ids = [self.bos] + ctx + tail + a
        if len(ids) > room:
            return None
        return ids, codes

    def _segments(self, text: str, answer_spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
        """Token ids of `text` and their codes: ANSWER inside the given character spans (earlier
        replies of a multi-turn episode), PLAIN elsewhere. Spans start after "<|assistant|>\n", a
        pre-tokenizer boundary, so encoding piecewise gives the same ids as encoding the whole."""
        ids, codes, at = [], [], 0
        for s, e in answer_spans:
            for part, code in ((text[at:s], PLAIN), (text[s:e], ANSWER)):
                toks = self.tok.encode(part)
                ids += toks
                codes += [code] * len(toks)
            at = e
        toks = self.tok.encode(text[at:])
        return ids + toks, codes + [PLAIN] * len(toks)

    def row(self, T: int) -> tuple[list[int], list[int]]:
        """One packed row of T+1 ids and a same-length list of codes (PLAIN / ANSWER / STANDIN)."""
        ids: list[int] = []
        ans: list[int] = []
        while len(ids) < T + 1:
            room = T + 1 - len(ids)
            piece = None
            if self.induction_frac > 0 and self.rng.random() < self.induction_frac:
                ep = induction_episode(self.rng, room - 1, 256, self.bos, self.newline)
                if ep is not None:
                    a0 = ep[1] + 2
                    piece = ([self.bos] + ep[0], [PLAIN] * a0 + [ANSWER] * (len(ep[0]) + 1 - a0))
            elif room >= 64 and self.rng.random() < self.synthetic_frac:
                piece = self._episode(room)
            if piece is not None:
                toks, codes = piece
                ids += toks
                ans += codes
            else:
                toks = self._corpus_piece(room)
                ids += toks
                ans += [0] * len(toks)
        self.rows_made += 1
        return ids[:T + 1], ans[:T + 1]

    def batch(self, B: int, T: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """x (B, T), y (B, T) int64 and answer mask (B, T) bool on the targets."""
        x, y, am, _ = self.batch_with_masks(B, T)
        return x, y, am

    def batch_with_masks(self, B: int, T: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        """x, y (B, T) int64; answer mask and language-model mask (B, T) bool on the targets (a
        target is out of the LM loss when it or its input is a gist stand-in)."""
        rows = [self.row(T) for _ in range(B)]
        arr = torch.tensor([r[0] for r in rows], dtype=torch.long)  # (B, T+1)
        codes = torch.tensor([r[1] for r in rows], dtype=torch.long)  # (B, T+1)
        standin = codes == STANDIN
        lm = ~(standin[:, 1:] | standin[:, :-1])
        return arr[:, :-1], arr[:, 1:], codes[:, 1:] == ANSWER, lm


def _token_spans(tok: ByteBPETokenizer, ids: list[int], text: str,
                 spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of `text` → token index spans of `ids` (its encoding), via byte offsets."""
    ends, n = [], 0
    for i in ids:
        n += len(tok.id_to_token[i]) if i < tok.n_base else len(tok.id_to_token[i].encode("utf-8"))
        ends.append(n)
    out = []
    for s, e in spans:
        bs, be = len(text[:s].encode("utf-8")), len(text[:e].encode("utf-8"))
        t0 = bisect.bisect_right(ends, bs)
        t1 = bisect.bisect_left(ends, be) + 1
        out.append((t0, min(t1, len(ids))))
    return out
