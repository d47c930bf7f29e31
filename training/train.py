"""Trains the MegaContext demo base model (CPU with torch 1.13, or CUDA with torch 2.x).

    /usr/bin/python3 -m training.train --run demo [--preset demo] [--max-minutes 120] ...
    /usr/bin/python3 -m training.train --recipe recall-1     # … recall-5: the shipped 0.4.0 base model

The loop is training/loop.py: resumes automatically from <ckpt-dir>/latest.pt (model, optimizer,
step, RNG, data position, EMA); writes training/runs/<run>/loss.csv (one row per step), eval.csv
(held-out loss) and args_step<step>.json; checkpoints every --ckpt-minutes, on SIGTERM/SIGINT and
at the end. --recipe: training/recipes.py.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import time

import torch
import torch.nn.functional as F

from .dataset.stream import CorpusTokens, MixtureStream, load_prose_docs
from .dataset.parallel_batches import ParallelBatches
from .fast_malloc import reexec_with_jemalloc
from .loop import TrainLoop
from .model.config import PRESETS, ModelConfig
from .model.llama import LlamaLM
from .recipes import BASE, parse_with_recipe
from .run_control import add_run_args, sha256_file
from .synthetic.filler import FillerSource
from .tokenizer.bpe import ByteBPETokenizer
from .corpus.paths import TRAIN_JSONL

HERE = os.path.dirname(os.path.abspath(__file__))


def extend_native_context(cfg: ModelConfig, native_context: int | None) -> ModelConfig:
    """The config with its native context raised to `native_context` (RoPE positions need no new
    weights; the longer sequences that follow teach them). Lowering it is refused."""
    if native_context is None or native_context == cfg.native_context:
        return cfg
    if native_context < cfg.native_context:
        raise SystemExit(f"[train] --native-context {native_context} is below the model's {cfg.native_context}")
    print(f"[train] native context {cfg.native_context} -> {native_context}", flush=True)
    return ModelConfig.from_dict({**cfg.to_dict(), "native_context": native_context})


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", default="demo")
    ap.add_argument("--preset", default="demo", choices=sorted(PRESETS))
    ap.add_argument("--model-json", default=None, help="override model config (JSON dict)")
    ap.add_argument("--native-context", type=int, default=None,
                    help="context extension: set the model's native context (on a fresh run or a resume; "
                         "never below the checkpoint's); --seq-len/--long-seq-len must fit in it")
    ap.add_argument("--tokenizer", default=os.path.join(HERE, "artifacts", "tokenizer", "tokenizer.json"))
    ap.add_argument("--tokens-dir", default=os.path.join(HERE, "data", "tokens"))
    ap.add_argument("--corpus-jsonl", default=TRAIN_JSONL)
    ap.add_argument("--runs-dir", default=os.path.join(HERE, "runs"))
    ap.add_argument("--ckpt-dir", default=None, help="default training/checkpoints/<run>")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--seq-len", type=int, default=512)
    ap.add_argument("--long-from-step", type=int, default=-1, help="switch to --long-seq-len here")
    ap.add_argument("--long-seq-len", type=int, default=1024)
    ap.add_argument("--long-batch", type=int, default=4)
    add_run_args(ap, lr=2e-3, total_steps=2000, warmup=100)
    ap.add_argument("--min-lr-frac", type=float, default=0.1)
    ap.add_argument("--weight-decay", type=float, default=0.1)
    ap.add_argument("--grad-clip", type=float, default=1.0)
    ap.add_argument("--synthetic-frac", type=float, default=0.4)
    ap.add_argument("--induction-frac", type=float, default=0.0,
                    help="share of pieces that are token-level induction (repeat) episodes")
    ap.add_argument("--task-weights", default=None, help='JSON, e.g. {"passkey": 0.3, "copy": 0.3, ...}')
    ap.add_argument("--recall-nouns", default=os.path.join(HERE, "data", "recall", "nouns.json"),
                    help="corpus nouns for the recall generator (training.recall.build_lexicon); used when "
                         "--task-weights names \"recall\"")
    ap.add_argument("--recall-shapes", default=None,
                    help='JSON shape weights of recall episodes, e.g. {"single": 0.4, "absent": 0.1, ...} '
                         "(default training.recall.episodes.TRAIN_SHAPE_WEIGHTS)")
    ap.add_argument("--recall-composed", type=float, default=0.0,
                    help="share of recall fact sentences, questions and completion stems composed from parts "
                         "(training.recall.composed) instead of drawn from the written training templates")
    ap.add_argument("--recall-chat", type=float, default=0.75,
                    help="share of recall episodes framed as chat turns (the rest are completions)")
    ap.add_argument("--recall-quote", type=float, default=0.0,
                    help="share of chat recall episodes with the runtime's memory quote before the user turn "
                         "(recall/quote.py)")
    ap.add_argument("--compress-frac", type=float, default=0.0,
                    help="share of recall episodes whose haystack blocks become gist stand-ins")
    ap.add_argument("--init-from", default=None,
                    help="start a new run from this checkpoint's weights (fresh optimizer, step 0); "
                         "ignored when the run already has a latest.pt")
    ap.add_argument("--answer-weight", type=float, default=0.0,
                    help="extra loss weight on answer tokens of synthetic episodes (mean over them)")
    ap.add_argument("--eval-every", type=int, default=100)
    ap.add_argument("--eval-rows", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--data-workers", type=int, default=0,
                    help="make batches in this many forked processes (dataset/parallel_batches.py; for a GPU "
                         "that one process cannot feed; the data order is then not resumable); 0: in-process")
    ap.add_argument("--amp", default="off", choices=["off", "bf16"],
                    help="CUDA only: bf16 autocast for the forward pass and TF32 matmuls (ignored on CPU)")
    return parse_with_recipe(ap, argv, BASE)


def make_optimizer(model: torch.nn.Module, a) -> torch.optim.Optimizer:
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    return torch.optim.AdamW([{"params": decay, "weight_decay": a.weight_decay},
                              {"params": no_decay, "weight_decay": 0.0}],
                             lr=a.lr, betas=(0.9, 0.95), eps=1e-8)


@torch.no_grad()
def heldout_loss(model: LlamaLM, held: CorpusTokens, rows: int, T: int, device) -> float:
    """Mean next-token loss over the first `rows` contiguous windows of the held-out split."""
    model.eval()
    n = len(held.ids)
    stride = max(T + 1, (n - T - 1) // max(1, rows))
    xs = [torch.from_numpy(held.ids[i * stride:i * stride + T + 1].astype("int64")) for i in range(rows)]
    arr = torch.stack(xs).to(device)  # (rows, T+1)
    logits = model(arr[:, :-1])
    loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), arr[:, 1:].reshape(-1))
    model.train()
    return float(loss)


@torch.no_grad()
def induction_probe(model: LlamaLM, device, bos: int, sep: int, n: int = 32, rows: int = 8,
                    seed: int = 0) -> tuple[float, float]:
    """Mean NLL on a random token run's first occurrence and on its repeat, in the training
    episodes' format `<|bos|> seg \n seg`. An induction head shows up as the repeat's NLL falling
    far below the first's (≈ ln(vocab) for random ids)."""
    model.eval()
    g = torch.Generator().manual_seed(seed)
    seg = torch.randint(256, bos, (rows, n), generator=g)
    col = lambda v: torch.full((rows, 1), v, dtype=torch.long)  # noqa: E731
    x = torch.cat([col(bos), seg, col(sep), seg], dim=1).to(device)  # (rows, 2n+2)
    logits = model(x[:, :-1])
    nll = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), x[:, 1:].reshape(-1),
                          reduction="none").view(rows, 2 * n + 1)
    model.train()
    return float(nll[:, :n].mean()), float(nll[:, n + 2:].mean())


def main(argv=None) -> None:
    if argv is None:
        reexec_with_jemalloc()
    a = parse_args(argv)
    torch.set_num_threads(a.threads)
    device = torch.device("cuda" if (a.device == "auto" and torch.cuda.is_available()) else
                          ("cpu" if a.device == "auto" else a.device))
    run_dir = os.path.join(a.runs_dir, a.run)
    ckpt_dir = a.ckpt_dir or os.path.join(HERE, "checkpoints", a.run)

    cfg = PRESETS[a.preset]
    if a.model_json:
        cfg = ModelConfig.from_dict({**cfg.to_dict(), **json.loads(a.model_json)})
    torch.manual_seed(a.seed)
    model = LlamaLM(cfg).to(device)
    opt = make_optimizer(model, a)
    tok = ByteBPETokenizer.load(a.tokenizer)
    assert tok.vocab_size == cfg.vocab_size, (tok.vocab_size, cfg.vocab_size)
    train = CorpusTokens(a.tokens_dir, "train")
    held = CorpusTokens(a.tokens_dir, "heldout")
    task_weights = json.loads(a.task_weights) if a.task_weights else None
    recall = None
    if task_weights and "recall" in task_weights:
        from .recall.episodes import RecallGenerator
        recall = RecallGenerator.for_training(a.corpus_jsonl, a.recall_nouns,
                                              json.loads(a.recall_shapes) if a.recall_shapes else None,
                                              composed_frac=a.recall_composed, chat_frac=a.recall_chat)
    stream = MixtureStream(train, tok, FillerSource(load_prose_docs(a.corpus_jsonl)), seed=a.seed,
                           synthetic_frac=a.synthetic_frac, task_weights=task_weights,
                           induction_frac=a.induction_frac, recall=recall, compress_frac=a.compress_frac,
                           quote_frac=a.recall_quote)
    tokenizer_sha = sha256_file(a.tokenizer)
    loop = TrainLoop("train", a, model=model, optimizer=opt, ckpt_path=os.path.join(ckpt_dir, "latest.pt"),
                     run_dir=run_dir, config=cfg.to_dict(), device=device,
                     log_header=["step", "tokens", "loss", "answer_loss", "lr", "seq_len", "tok_per_s",
                                 "train_seconds"],
                     eval_header=["step", "tokens", "heldout_loss", "train_seconds", "probe_first_nll",
                                  "probe_repeat_nll"],
                     data_state=stream.state, load_data_state=stream.load_state,
                     extra=lambda: {"tokenizer_sha256": tokenizer_sha}, min_lr_frac=a.min_lr_frac)
    ck = loop.resume()
    if ck is not None:
        cfg = ModelConfig.from_dict(ck["config"])
    elif a.init_from:
        ck = loop.load_weights(a.init_from)
        cfg = ModelConfig.from_dict(ck["config"])
        loop.say(f"new run from the weights of {a.init_from} (its step {ck['step']})")
    cfg = extend_native_context(cfg, a.native_context)
    loop.config = cfg.to_dict()
    loop.start_ema(a.ema)
    longest = max(a.seq_len, a.long_seq_len if a.long_from_step >= 0 else 0)
    if longest > cfg.native_context:
        raise SystemExit(f"[train] sequence length {longest} exceeds the model's native context "
                         f"{cfg.native_context}; pass --native-context {longest} to extend it")
    loop.say(f"{model.num_params()/1e6:.2f}M params on {device}, torch {torch.__version__}, "
             f"{torch.get_num_threads()} threads")
    loop.write_args({"config": cfg.to_dict(), "torch": torch.__version__, "tokenizer_sha256": tokenizer_sha})
    model.train()
    amp = a.amp == "bf16" and device.type == "cuda"
    if amp:
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
        loop.say("bf16 autocast + TF32 on CUDA")

    batches = None
    if a.data_workers > 0:
        batches = ParallelBatches(stream, a.data_workers, a.batch, a.seq_len, a.seed)
        loop.say(f"batches from {a.data_workers} data worker processes")

    def step_fn(step: int, lr: float) -> dict:
        long = a.long_from_step >= 0 and step >= a.long_from_step
        B, T = (a.long_batch, a.long_seq_len) if long else (a.batch, a.seq_len)
        t0 = time.time()
        if batches is not None and (B, T) != (batches.B, batches.T):
            raise SystemExit(f"[train] the data workers make {batches.B} × {batches.T} batches, not the long "
                             f"phase's {B} × {T}: --data-workers 0 with --long-from-step")
        batch = batches.next() if batches is not None else stream.batch_with_masks(B, T)
        x, y, am, lm = (t.to(device) for t in batch)
        if amp:
            with torch.autocast("cuda", dtype=torch.bfloat16):
                logits = model(x)  # (B, T, V) bf16
            logits = logits.float()
        else:
            logits = model(x)  # (B, T, V)
        nll = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), y.reshape(-1), reduction="none")  # (B·T,)
        loss = nll[lm.reshape(-1)].mean()
        am_flat = am.reshape(-1)
        if a.answer_weight > 0 and bool(am_flat.any()):
            loss = loss + a.answer_weight * nll[am_flat].mean()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), a.grad_clip)
        opt.step()
        loop.tokens_seen += B * T
        dt = time.time() - t0
        ans = nll.detach().view(B, T)[am]
        ans_loss = float(ans.mean()) if ans.numel() else float("nan")
        lm_loss = float(nll.detach()[lm.reshape(-1)].mean())
        if (step + 1) % 10 == 0 or step == 0:
            loop.say(f"step {step + 1} loss {lm_loss:.3f} ans {ans_loss:.3f} lr {lr:.2e} "
                     f"T {T} {B*T/dt:.0f} tok/s elapsed {loop.train_seconds()/60:.1f} min")
        return {"tokens": loop.tokens_seen, "loss": f"{lm_loss:.4f}", "answer_loss": f"{ans_loss:.4f}",
                "seq_len": T, "tok_per_s": f"{B*T/dt:.0f}"}

    def eval_fn(step: int) -> dict:
        hl = heldout_loss(model, held, a.eval_rows, 512, device)
        first, rep = induction_probe(model, device, stream.bos, stream.newline)
        loop.say(f"step {step} heldout loss {hl:.3f} (ppl {math.exp(hl):.1f}) "
                 f"induction probe first {first:.2f} repeat {rep:.2f}")
        return {"tokens": loop.tokens_seen, "heldout_loss": f"{hl:.4f}", "probe_first_nll": f"{first:.4f}",
                "probe_repeat_nll": f"{rep:.4f}"}

    try:
        loop.run(step_fn, eval_fn, a.eval_every)
    finally:
        if batches is not None:
            batches.close()


if __name__ == "__main__":
    main()
