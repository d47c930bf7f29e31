"""Shared plumbing for the GistNet / LensNet scripts (seeds: "frozen base model provides teacher
signals"): the frozen base model from a training/train.py checkpoint, the same data mixture the
base model was trained on (corpus + synthetic recall episodes), device selection.
"""
from __future__ import annotations

import json
import os

import torch

from ..checkpoint import load_checkpoint
from ..dataset.stream import CorpusTokens, MixtureStream, load_prose_docs
from ..model.config import ModelConfig
from ..model.llama import LlamaLM
from ..run_control import sha256_file as file_sha256
from ..synthetic.filler import FillerSource
from ..tokenizer.bpe import ByteBPETokenizer
from ..corpus.paths import TRAIN_JSONL

TRAINING = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def add_data_args(ap) -> None:
    ap.add_argument("--base-ckpt", default=os.path.join(TRAINING, "checkpoints", "demo", "latest.pt"))
    ap.add_argument("--tokenizer", default=os.path.join(TRAINING, "artifacts", "tokenizer", "tokenizer.json"))
    ap.add_argument("--tokens-dir", default=os.path.join(TRAINING, "data", "tokens"))
    ap.add_argument("--corpus-jsonl", default=TRAIN_JSONL)
    ap.add_argument("--synthetic-frac", type=float, default=0.4)
    ap.add_argument("--task-weights", default=None,
                    help='JSON synthetic task weights as in training.train (e.g. {"recall": 0.8, "passkey": 0.2}); '
                         "default: the mixture's TASK_WEIGHTS")
    ap.add_argument("--recall-nouns", default=os.path.join(TRAINING, "data", "recall", "nouns.json"))
    ap.add_argument("--policy", default="compacted", choices=["compacted", "absolute", "bounded-gaps"],
                    help="position policy; must equal the runtime's (default compacted)")
    ap.add_argument("--max-gap", type=int, default=64, help="G for bounded-gaps")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="auto")


def pick_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(name)


class TokenizerMismatch(SystemExit):
    """The tokenizer / token files on disk are not the ones the base model was trained with (the
    corpus builder downloads packages, so a retrained tokenizer can differ from the shipped one)."""


def check_tokenizer_sha(actual_sha: str | None, expected_sha: str | None, subject: str, what: str) -> None:
    """TokenizerMismatch if both hashes are known and differ; `subject` was made with `actual_sha`."""
    if expected_sha and actual_sha and actual_sha != expected_sha:
        raise TokenizerMismatch(
            f"{subject} does not match the tokenizer {what} was made with (sha256 {expected_sha[:12]}…). "
            "Use the shipped one: cp public/models/demo/tokenizer.json training/artifacts/tokenizer/ "
            "&& /usr/bin/python3 -m training.dataset.tokenize_corpus")


def check_tokenizer(tokenizer: str, expected_sha: str | None, what: str) -> None:
    check_tokenizer_sha(file_sha256(tokenizer) if expected_sha else None, expected_sha, tokenizer, what)


def load_base(path: str, device, tokenizer: str | None = None) -> tuple[LlamaLM, dict]:
    """The frozen base model and a record of which checkpoint it is; with `tokenizer`, checks it
    is the one the checkpoint was trained with (TokenizerMismatch otherwise)."""
    ck = load_checkpoint(path)
    if tokenizer:
        check_tokenizer(tokenizer, ck.get("tokenizer_sha256"), f"the base checkpoint {path}")
    m = LlamaLM(ModelConfig.from_dict(ck["config"]))
    m.load_state_dict(ck["model"])
    m.to(device).eval()
    for p in m.parameters():
        p.requires_grad_(False)
    info = {"path": os.path.abspath(path), "step": ck.get("step"), "tokens_seen": ck.get("tokens_seen"),
            "sha256": file_sha256(path), "config": ck["config"], "tokenizer_sha256": ck.get("tokenizer_sha256")}
    return m, info


def make_stream(a, seed_offset: int = 0, split: str = "train") -> MixtureStream:
    tok = ByteBPETokenizer.load(a.tokenizer)
    corpus = CorpusTokens(a.tokens_dir, split)
    check_tokenizer_sha(file_sha256(a.tokenizer), corpus.tokenizer_sha256, a.tokenizer,
                        f"the token files in {a.tokens_dir}")
    weights = json.loads(a.task_weights) if getattr(a, "task_weights", None) else None
    recall = None
    if weights and "recall" in weights:
        from ..recall.episodes import RecallGenerator
        recall = RecallGenerator.for_training(a.corpus_jsonl, a.recall_nouns)
    return MixtureStream(corpus, tok, FillerSource(load_prose_docs(a.corpus_jsonl)),
                         seed=a.seed + seed_offset, synthetic_frac=a.synthetic_frac, task_weights=weights,
                         recall=recall)
