"""Evaluates a MegaContext demo checkpoint and writes eval.json + report.md (+ loss.png).

    /usr/bin/python3 -m training.eval.evaluate --ckpt training/checkpoints/demo/ema.pt \
        --run demo [--passkey-n 50] [--qa-n 30]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import time

import torch

from ..corpus.paths import HELDOUT_JSONL
from ..dataset.stream import CorpusTokens
from ..export.onnx_export import load_model
from ..tokenizer.bpe import ByteBPETokenizer
from .report import plot_loss, write_report
from .tasks import (chat_qa_accuracy, heldout_perplexity, multikey_accuracy, passkey_accuracy,
                    sample_generations)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")

PROMPTS = [
    "Call me Ishmael. Some years ago",
    "The President said that the Congress",
    "To open a file in Python, use the",
    "<|bos|><|user|>\nThe cat is called Tom and the dog is called Rex. What is the dog called?<|end|>\n<|assistant|>\n",
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(ROOT, "checkpoints", "demo", "latest.pt"))
    ap.add_argument("--run", default="demo")
    ap.add_argument("--tokenizer", default=os.path.join(ROOT, "artifacts", "tokenizer", "tokenizer.json"))
    ap.add_argument("--tokens-dir", default=os.path.join(ROOT, "data", "tokens"))
    ap.add_argument("--heldout-jsonl", default=HELDOUT_JSONL)
    ap.add_argument("--ppl-tokens", type=int, default=32768)
    ap.add_argument("--passkey-lengths", default="512,1000")
    ap.add_argument("--passkey-n", type=int, default=40)
    ap.add_argument("--multikey-n", type=int, default=20)
    ap.add_argument("--qa-n", type=int, default=20)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    t0 = time.time()
    model, ck = load_model(a.ckpt)
    tok = ByteBPETokenizer.load(a.tokenizer)
    held = CorpusTokens(a.tokens_dir, "heldout")
    with open(a.heldout_jsonl, encoding="utf-8") as f:
        held_docs = [json.loads(line)["text"] for line in f]
    res = {
        "command": "python3 -m training.eval.evaluate " + " ".join(f"--{k.replace('_', '-')} {v}"
                                                                   for k, v in vars(a).items()),
        "git_revision": subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                                       cwd=ROOT).stdout.strip(),
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": f"{os.cpu_count()} CPU cores, torch {torch.__version__}",
        "checkpoint": {"path": os.path.relpath(a.ckpt, os.path.join(ROOT, "..")), "step": ck["step"],
                       "tokens_seen": ck["tokens_seen"], "train_seconds": ck.get("train_seconds")},
        "params": model.num_params(),
    }
    res["heldout"] = heldout_perplexity(model, held.ids, 512, a.ppl_tokens)
    print("[eval] heldout", res["heldout"], flush=True)
    res["passkey"] = passkey_accuracy(model, tok, [int(x) for x in a.passkey_lengths.split(",")], a.passkey_n)
    print("[eval] passkey", {k: v["accuracy"] for k, v in res["passkey"].items()}, flush=True)
    res["multikey_1000"] = multikey_accuracy(model, tok, 1000, a.multikey_n)
    print("[eval] multikey", res["multikey_1000"]["accuracy"], flush=True)
    res["chat_qa"] = chat_qa_accuracy(model, tok, held_docs, a.qa_n)
    print("[eval] chat_qa", {k: v["exact_match"] for k, v in res["chat_qa"].items()}, flush=True)
    res["samples"] = sample_generations(model, tok, PROMPTS)
    res["eval_seconds"] = round(time.time() - t0, 1)
    run_dir = os.path.join(ROOT, "runs", a.run)
    os.makedirs(run_dir, exist_ok=True)
    with open(os.path.join(run_dir, "eval.json"), "w") as f:
        json.dump(res, f, indent=2)
    png = plot_loss(os.path.join(run_dir, "loss.csv"), os.path.join(run_dir, "eval.csv"),
                    os.path.join(run_dir, "loss.png"))
    write_report(res, os.path.join(run_dir, "report.md"), png)
    print(f"[eval] wrote {run_dir}/eval.json and report.md in {res['eval_seconds']}s", flush=True)


if __name__ == "__main__":
    main()
