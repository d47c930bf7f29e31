"""Parallel batches (seed concept: the training mix of the base model, fed fast enough for a GPU):
`MixtureStream.batch_with_masks` made by N forked worker processes, each a copy of the stream with
its own seed, so a device machine's CPU cores keep its GPU busy (one process makes ~0.5M tokens/s
of the recall mix; the device has 16 cores).

    batches = ParallelBatches(stream, workers=12, B=32, T=2048, seed=2030)
    x, y, answer_mask, lm_mask = batches.next()   # (B, T) int64, int64, bool, bool

The workers are forked (they share the parent's loaded corpus, tokenizer and lexicon), draw only
from their own `random.Random(seed · 1000 + i + 1)` and never touch CUDA; rows reach the parent as
numpy arrays through one bounded queue. Not resumable row for row (a checkpoint keeps the parent
stream's state, which the workers do not advance): for runs that end by the clock, as on a device.
"""
from __future__ import annotations

import multiprocessing as mp
import random

import torch


def _work(stream, seed: int, B: int, T: int, q) -> None:
    torch.set_num_threads(1)
    stream.rng = random.Random(seed)
    while True:
        q.put(tuple(t.numpy() for t in stream.batch_with_masks(B, T)))


class ParallelBatches:
    def __init__(self, stream, workers: int, B: int, T: int, seed: int, prefetch: int = 2):
        if workers < 1:
            raise ValueError("workers must be ≥ 1")
        self.B, self.T = B, T
        ctx = mp.get_context("fork")
        self.q = ctx.Queue(maxsize=max(2, prefetch * workers))
        self.procs = [ctx.Process(target=_work, args=(stream, seed * 1000 + i + 1, B, T, self.q), daemon=True)
                      for i in range(workers)]
        for p in self.procs:
            p.start()

    def next(self, timeout: float = 300.0) -> tuple[torch.Tensor, ...]:
        if not any(p.is_alive() for p in self.procs):
            raise RuntimeError("every data worker has exited")
        return tuple(torch.from_numpy(a) for a in self.q.get(timeout=timeout))

    def close(self) -> None:
        for p in self.procs:
            p.terminate()
        for p in self.procs:
            p.join(timeout=5)
