"""The GistNet / LensNet scripts refuse a tokenizer or token files that are not the ones the base
model was trained with (a retrained tokenizer can differ: the corpus builder downloads packages),
instead of training on ids the base model reads as noise."""
import json
import shutil
import types

import pytest

from training.checkpoint import save_checkpoint
from training.gistnet.common import TokenizerMismatch, load_base, make_stream
from training.model.config import PRESETS
from training.model.llama import LlamaLM
from training.run_control import sha256_file


def _args(tok_path, corpus):
    return types.SimpleNamespace(tokenizer=tok_path, tokens_dir=str(corpus / "tokens"),
                                 corpus_jsonl=str(corpus / "train.jsonl"), seed=0, synthetic_frac=0.5)


def test_base_checkpoint_tokenizer_must_match(tmp_path, tiny_tokenizer):
    _, tok_path = tiny_tokenizer
    m = LlamaLM(PRESETS["tiny"])
    for sha, ok in ((sha256_file(tok_path), True), ("0" * 64, False)):
        path = str(tmp_path / f"base-{ok}.pt")
        save_checkpoint(path, model=m, optimizer=None, step=0, tokens_seen=0, data_state={},
                        config=m.c.to_dict(), args={}, extra={"tokenizer_sha256": sha})
        if ok:
            assert load_base(path, "cpu", tok_path)[1]["step"] == 0
        else:
            with pytest.raises(TokenizerMismatch, match="tokenize_corpus"):
                load_base(path, "cpu", tok_path)


def test_token_files_must_come_from_the_tokenizer(tmp_path, tiny_tokenizer, tiny_corpus):
    _, tok_path = tiny_tokenizer
    assert make_stream(_args(tok_path, tiny_corpus)).batch(1, 16)[0].shape == (1, 16)
    other = tmp_path / "corpus"
    shutil.copytree(tiny_corpus, other)
    meta = json.load(open(other / "tokens" / "meta.json"))
    json.dump({**meta, "tokenizer_sha256": "f" * 64}, open(other / "tokens" / "meta.json", "w"))
    with pytest.raises(TokenizerMismatch, match="token files"):
        make_stream(_args(tok_path, other))
