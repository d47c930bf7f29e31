"""`--recall-quote` (training/dataset/stream.py): chat recall episodes laid out as the runtime's memory
quote lays them out (training/recall/quote.py = src/core/memory-quote.ts) — the quote right before
the user turn, never replaced by gist stand-ins — and nothing changed when the share is 0."""
from __future__ import annotations

from training.dataset.stream import STANDIN, CorpusTokens, MixtureStream
from training.recall.episodes import USER_TURN, RecallGenerator
from training.recall.quote import quote_by_names
from training.synthetic.filler import FillerSource
from training.tests.test_recall_generator import pool


class Recording(RecallGenerator):
    """The generator, keeping the episodes it makes (before the stream quotes them)."""

    def make(self, *a, **k):
        ep = super().make(*a, **k)
        self.made.append((ep, ep.context))
        return ep


def stream(tiny_tokenizer, tiny_corpus, quote_frac: float, compress_frac: float = 0.0, **kw):
    tok, _ = tiny_tokenizer
    gen = Recording("train", pool())
    gen.made = []
    corpus = CorpusTokens(str(tiny_corpus / "tokens"), "train")
    s = MixtureStream(corpus, tok, FillerSource(["A filler sentence of plain prose. " * 40]), seed=7,
                      synthetic_frac=1.0, task_weights={"recall": 1.0}, recall=gen, compress_frac=compress_frac,
                      **({"quote_frac": quote_frac} if quote_frac is not None else {}), **kw)
    return s, gen


def test_quoted_chat_episodes_read_the_quote_right_before_the_user_turn(tiny_tokenizer, tiny_corpus):
    tok, _ = tiny_tokenizer
    s, gen = stream(tiny_tokenizer, tiny_corpus, quote_frac=1.0, compress_frac=1.0)
    quoted = compressed = 0
    for _ in range(40):
        out = s._recall_episode(1024)
        ep, plain_context = gen.made[-1]
        if out is None:
            continue
        ids, codes = out
        quote = quote_by_names(plain_context, ep.question) if ep.framing == "chat" else ""
        if not quote:
            assert ep.context == plain_context
            continue
        quoted += 1
        assert ep.context == f"{plain_context}\n\n{quote}"
        text = tok.decode(ids)
        assert f"{quote}{USER_TURN.format(q=ep.question)}" in text
        # the quote's tokens end the context, before the user turn and the answer: never stand-ins
        n_after = len(tok.encode(ep.prompt()[len(ep.context):])) + len(tok.encode(ep.target())) + 1
        n_quote = len(tok.encode(quote))
        assert all(c != STANDIN for c in codes[-(n_after + n_quote):])
        compressed += STANDIN in codes
    assert quoted >= 10 and compressed >= 3, (quoted, compressed)


def test_share_zero_draws_nothing_extra(tiny_tokenizer, tiny_corpus):
    a, _ = stream(tiny_tokenizer, tiny_corpus, quote_frac=0.0, compress_frac=0.25)
    b, _ = stream(tiny_tokenizer, tiny_corpus, quote_frac=None, compress_frac=0.25)
    for _ in range(5):
        assert a.row(256) == b.row(256)
