"""The oracle gist (seeds: "substitutability", ΔNLL@H): how low ΔNLL@H can any single gist row go
under this frozen base model? For each held-out window a free row g (d,) is optimised directly on
the window: towards the base model reading the span's tokens, starting from the mean-pooled row:

    g* = argmin_g KL(p(· | context, span tokens, cont<t) ‖ p(· | context, g, cont<t))
         over the H continuation positions

g* is tailored to its window (it is fitted knowing the continuation), so ΔNLL@H(g*) is an
optimistic floor for what one gist row can carry of the span, not a GistNet result. It answers
whether a single row in the embedding space is the bottleneck: where g* is near 0 while a trained
GistNet is not, the encoder is what falls short, not the one-row channel.

    /usr/bin/python3 -m training.gistnet.oracle --base-ckpt training/checkpoints/demo/ema.pt \
        --out training/runs/gist-oracle/oracle.json [--windows 256] [--steps 200]
"""
from __future__ import annotations

import argparse
import os
import time

import numpy as np
import torch

from ..dataset.stream import CorpusTokens
from .common import TRAINING, check_tokenizer_sha, load_base, pick_device
from .delta_nll import delta_nll, distill_kl, gist_nll, tokens_logits
from .evaluate import add_window_args, provenance, summary, windows, write_json


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base-ckpt", default=os.path.join(TRAINING, "checkpoints", "demo", "ema.pt"))
    add_window_args(ap)
    ap.add_argument("--level", type=int, default=1)
    ap.add_argument("--policy", default="compacted")
    ap.add_argument("--max-gap", type=int, default=64)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--objective", choices=["kl", "nll"], default="kl",
                    help="kl: match the base model reading the span's tokens (only the span's information "
                         "helps); nll: the continuation's own NLL (also absorbs the continuation: not a fair floor)")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="auto")
    return ap.parse_args(argv)


def oracle_rows(base, ctx, sp, cont, init: torch.Tensor, policy: str, max_gap: int,
                steps: int, lr: float, objective: str = "kl") -> torch.Tensor:
    """ctx (B, P), sp (B, S), cont (B, H), init (B, d) → the rows (B, d) that minimise, per window,
    KL(base reading the span's tokens ‖ base reading the row) on the continuation (objective kl) or
    the continuation's NLL (objective nll). Adam on the rows only; the base model is frozen."""
    teacher = tokens_logits(base, ctx, sp, cont, policy, 32, max_gap) if objective == "kl" else None  # (B, H, V)
    g = init.detach().clone().requires_grad_(True)
    opt = torch.optim.Adam([g], lr=lr)
    for _ in range(steps):
        opt.zero_grad(set_to_none=True)
        nll, logits = gist_nll(base, ctx, g, cont, sp.shape[1], policy, 32, max_gap, return_logits=True)
        (distill_kl(logits, teacher) if teacher is not None else nll).sum().backward()
        opt.step()
    return g.detach()


def main(argv=None) -> dict:
    a = parse_args(argv)
    torch.set_num_threads(a.threads)
    device = pick_device(a.device)
    base, base_info = load_base(a.base_ckpt, device)
    corpus = CorpusTokens(a.tokens_dir, a.split)
    check_tokenizer_sha(corpus.tokenizer_sha256, base_info["tokenizer_sha256"], f"the token files in {a.tokens_dir}",
                        f"the base checkpoint {a.base_ckpt}")
    K, S, t0 = 32, 32 ** a.level, time.time()
    wins = windows(corpus.ids, a.windows, a.ctx + S + a.horizon)
    acc: dict[str, list[float]] = {"oracle": [], "mean": [], "drop": []}
    norms: list[float] = []
    for i in range(0, len(wins), a.batch):
        x = torch.from_numpy(np.stack(wins[i:i + a.batch])).to(device)  # (B, P+S+H)
        ctx, sp, cont = x[:, :a.ctx], x[:, a.ctx:a.ctx + S], x[:, a.ctx + S:]
        with torch.no_grad():
            mean = base.embed(sp).view(x.shape[0], -1, K, base.c.d_model).mean(2).mean(1)  # (B, d)
        g = oracle_rows(base, ctx, sp, cont, mean, a.policy, a.max_gap, a.steps, a.lr, a.objective)
        with torch.no_grad():
            dm = delta_nll(base, ctx, sp, cont, mean, a.policy, K, a.max_gap)
            do = delta_nll(base, ctx, sp, cont, g, a.policy, K, a.max_gap)
        acc["mean"] += dm["delta_gist"].tolist()
        acc["drop"] += dm["delta_drop"].tolist()
        acc["oracle"] += do["delta_gist"].tolist()
        norms += g.norm(dim=-1).tolist()
        print(f"[oracle] {min(i + a.batch, len(wins))}/{len(wins)} windows: oracle {np.mean(acc['oracle']):+.4f} "
              f"mean {np.mean(acc['mean']):+.4f} drop {np.mean(acc['drop']):+.4f} ({time.time() - t0:.0f} s)",
              flush=True)
    emb_norm = float(base.embed.weight.norm(dim=-1).mean())
    res = {k: summary(v) for k, v in acc.items()}
    report = {**provenance("training.gistnet.oracle", argv, device, t0), "base": base_info, "policy": a.policy,
              "level": a.level, "ctx": a.ctx, "horizon": a.horizon, "windows": a.windows, "steps": a.steps,
              "lr": a.lr, "objective": a.objective,
              "metric": "ΔNLL@H of one row optimised per window "
                        "(objective kl: towards the base model reading the span)",
              "results": res, "oracle_over_mean": res["oracle"]["mean"] / res["mean"]["mean"],
              "oracle_row_norm_mean": float(np.mean(norms)), "token_embedding_norm_mean": emb_norm}
    print(f"[oracle] oracle / mean-pooled = {report['oracle_over_mean']:.3f}; "
          f"row norm {report['oracle_row_norm_mean']:.2f} "
          f"(token embeddings {emb_norm:.2f})", flush=True)
    write_json(a.out, report)
    return report


if __name__ == "__main__":
    main()
