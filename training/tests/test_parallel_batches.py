"""ParallelBatches (training/dataset/parallel_batches.py): forked workers make the stream's batches
with the stream's shapes and masks, each worker from its own seed (no two workers repeat rows)."""
from __future__ import annotations

import torch

from training.dataset.parallel_batches import ParallelBatches
from training.tests.test_stream_quote import stream


def test_workers_make_the_streams_batches_from_their_own_seeds(tiny_tokenizer, tiny_corpus):
    s, _ = stream(tiny_tokenizer, tiny_corpus, quote_frac=0.0)
    ref = s.batch_with_masks(2, 1024)
    pb = ParallelBatches(s, workers=2, B=2, T=1024, seed=3)
    try:
        got = [pb.next(timeout=60) for _ in range(6)]
    finally:
        pb.close()
    assert not any(p.is_alive() for p in pb.procs)
    for batch in got:
        assert [t.shape for t in batch] == [t.shape for t in ref]
        assert [t.dtype for t in batch] == [t.dtype for t in ref]
        x, y, am, lm = batch
        assert torch.equal(x[:, 1:], y[:, :-1])  # targets are the inputs shifted by one
        assert bool(lm.any())
    assert any(bool(b[2].any()) for b in got)  # recall answers among the targets
    rows = {tuple(b[0][i].tolist()) for b in got for i in range(2)}
    assert len(rows) == 12  # two workers with one seed would repeat each other's rows
