"""Trains GistNet against the frozen base model (seeds: GistNet 32→1→32→1, ΔNLL@H, "frozen base
model provides teacher signals"). CPU (torch 1.13) or CUDA (torch 2.x); resumable.

    /usr/bin/python3 -m training.gistnet.train --recipe gist-r040     # the net of package 0.4.0
    /usr/bin/python3 -m training.gistnet.train --run gist-skip \
        --base-ckpt training/checkpoints/demo/ema.pt [--max-minutes 60] [--distill 0.8]

The defaults are the shipped nets' architecture, data mixture and loss (distill 0.8, synthetic
0.2); --recipe adds a shipped run's base model, initialisation and schedule (training/recipes.py).
The loop (resume, checkpoints, SIGTERM/SIGINT, loss.csv) is training/loop.py.

Each step: B windows (P context tokens, one aligned span, H continuation) from the base model's
data mixture; the span (32 tokens = LOD1, or 1,024 = LOD2 built from 32 LOD1 gists) is replaced
by its gist; loss = NLL of the continuation (≡ ΔNLL@H up to a GistNet-independent constant)
+ λ·contrastive. On LOD1 steps each context block is also replaced by its gist with probability
--gist-ctx-frac, so the gist is trained in runtime-like working contexts (gists before gists).
Positions follow --policy (the runtime's). Every --log-every steps the batch's
ΔNLL@H (gist − tokens) and drop − tokens are logged. By default the net has the last-row skip
(model.py): it starts as "the gist is the span's last token" and learns a residual on top.

Checkpoint <ckpt-dir>/latest.pt: GistNet stack, optimizer, step, RNG, data position, GistNet
config, and the base checkpoint it was trained for (path, step, sha256).
"""
from __future__ import annotations

import argparse
import os
import random
import time

import torch

from ..fast_malloc import reexec_with_jemalloc
from ..loop import TrainLoop
from ..recipes import GISTNET, parse_with_recipe
from ..run_control import add_run_args
from .common import TRAINING, add_data_args, load_base, make_stream, pick_device
from .data import window_batch
from .delta_nll import delta_nll, distill_kl, gist_nll, mixed_context_nll, tokens_logits
from .losses import contrastive_loss
from .model import GistNetConfig, GistNetStack, gist_tokens


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", default="gist-skip")
    ap.add_argument("--ckpt-dir", default=None, help="default training/checkpoints/<run>")
    ap.add_argument("--runs-dir", default=os.path.join(TRAINING, "runs"))
    add_data_args(ap)
    ap.set_defaults(synthetic_frac=0.2)  # both shipped nets (gist-skip, gist-r040)
    ap.add_argument("--width", type=int, default=128)
    ap.add_argument("--heads", type=int, default=2)
    ap.add_argument("--mlp-hidden", type=int, default=256)
    ap.add_argument("--slots", type=int, default=2)
    ap.add_argument("--init-from", default=None,
                    help="start a fresh run from this GistNet checkpoint's weights (e.g. fine-tune the shipped "
                         "net on a continued base model); ignored when the run already has a latest.pt")
    ap.add_argument("--last-skip", action=argparse.BooleanOptionalAction, default=True,
                    help="gist = the block's last row + a learned residual that starts at 0 (default on)")
    ap.add_argument("--levels", type=int, default=2)
    ap.add_argument("--separate-levels", action="store_true", help="one net per level (default shared)")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--ctx", type=int, default=64, help="P context tokens before an LOD1 span")
    ap.add_argument("--horizon", type=int, default=64, help="H continuation tokens")
    ap.add_argument("--lod2-frac", type=float, default=0.2, help="fraction of steps on LOD2 spans")
    ap.add_argument("--lod2-ctx", type=int, default=32, help="P before an LOD2 span")
    ap.add_argument("--lod2-batch", type=int, default=2)
    ap.add_argument("--detach-lod1-in-lod2", action="store_true")
    ap.add_argument("--gist-ctx-frac", type=float, default=0.25,
                    help="LOD1 steps: each context block is its own gist with this probability (runtime-like WC)")
    ap.add_argument("--contrastive", type=float, default=0.0)
    ap.add_argument("--distill", type=float, default=0.8,
                    help="weight of KL(base model with the span's tokens ‖ with its gist) on the continuation; "
                         "the loss is (1 − w)·NLL + w·KL")
    add_run_args(ap, lr=1e-3, total_steps=3000)
    ap.add_argument("--weight-decay", type=float, default=0.01)
    ap.add_argument("--grad-clip", type=float, default=1.0)
    ap.add_argument("--log-every", type=int, default=10)
    return parse_with_recipe(ap, argv, GISTNET)


def gist_config(a, d_model: int) -> GistNetConfig:
    return GistNetConfig(d_model=d_model, width=a.width, heads=a.heads, mlp_hidden=a.mlp_hidden,
                         slots=a.slots, levels=a.levels, shared=not a.separate_levels,
                         last_skip=a.last_skip)


def main(argv=None) -> dict:
    if argv is None:
        reexec_with_jemalloc()
    a = parse_args(argv)
    torch.set_num_threads(a.threads)
    device = pick_device(a.device)
    ckpt_path = os.path.join(a.ckpt_dir or os.path.join(TRAINING, "checkpoints", a.run), "latest.pt")
    base, base_info = load_base(a.base_ckpt, device, a.tokenizer)
    torch.manual_seed(a.seed)
    cfg = gist_config(a, base.c.d_model)
    stack = GistNetStack(cfg).to(device)
    stack.init_output_like(base.embed.weight)
    opt = torch.optim.AdamW(stack.parameters(), lr=a.lr, betas=(0.9, 0.95), weight_decay=a.weight_decay)
    stream = make_stream(a)
    lod_rng = random.Random(a.seed + 7)

    def load_data_state(d: dict) -> None:
        stream.load_state(d["stream"])
        lod_rng.setstate(d["lod_rng"])

    loop = TrainLoop("gistnet", a, model=stack, optimizer=opt, ckpt_path=ckpt_path,
                     run_dir=os.path.join(a.runs_dir, a.run), config=cfg.to_dict(), device=device,
                     log_header=["step", "level", "loss", "nll_gist", "nll_tokens", "delta_gist", "delta_drop",
                                 "contrastive", "lr", "tok_per_s", "train_seconds", "kl"],
                     data_state=lambda: {"stream": stream.state(), "lod_rng": lod_rng.getstate()},
                     load_data_state=load_data_state,
                     extra=lambda: {"kind": "gistnet", "base": base_info, "policy": a.policy, "max_gap": a.max_gap})
    ck = loop.resume()
    if ck is not None and ck["base"]["sha256"] != base_info["sha256"]:
        loop.say(f"note: resuming on a different base checkpoint ({ck['base']['step']} → {base_info['step']})")
    elif ck is None and a.init_from:
        init = loop.load_weights(a.init_from)
        loop.say(f"initialised from {a.init_from} (step {init['step']}, base step "
                 f"{init.get('base', {}).get('step')})")
    loop.start_ema(a.ema)
    loop.say(f"{stack.num_params()/1e6:.3f}M params ({cfg.levels} levels, "
             f"{'shared' if cfg.shared else 'separate'}), base step {base_info['step']}, policy {a.policy}, "
             f"{device}, torch {torch.__version__}")
    loop.write_args({"gistnet": cfg.to_dict(), "base": base_info})
    last = {}

    def step_fn(step: int, lr: float) -> dict:
        t0 = time.time()
        lod2 = lod_rng.random() < a.lod2_frac
        K = cfg.block_size
        span, P, B = (K * K, a.lod2_ctx, a.lod2_batch) if lod2 else (K, a.ctx, a.batch)
        ctx, sp, cont = (t.to(device) for t in window_batch(stream, B, P, span, a.horizon))
        gist = gist_tokens(stack, base.embed, sp, detach_lower=a.detach_lod1_in_lod2)  # (B, d)
        as_gist = [lod_rng.random() < a.gist_ctx_frac for _ in range(P // K)] if not lod2 and P % K == 0 else []
        if any(as_gist):
            # (B, nb, d)
            ctx_g = stack.forward_level(base.embed(ctx).reshape(-1, K, cfg.d_model), 1).view(B, P // K, -1)
            nll, logits = mixed_context_nll(base, ctx, ctx_g, as_gist, gist, cont, span, a.policy, K, a.max_gap,
                                            return_logits=True)
        else:
            nll, logits = gist_nll(base, ctx, gist, cont, span, a.policy, K, a.max_gap, return_logits=True)
        nll = nll.mean()
        kl = distill_kl(logits, tokens_logits(base, ctx, sp, cont, a.policy, K, a.max_gap)).mean() \
            if a.distill > 0 else nll.new_zeros(())
        con = contrastive_loss(gist, base.embed(sp)) if a.contrastive > 0 else nll.new_zeros(())
        loss = (1 - a.distill) * nll + a.distill * kl + a.contrastive * con
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(stack.parameters(), a.grad_clip)
        opt.step()
        n_tok = B * (P + span + a.horizon)
        loop.tokens_seen += n_tok
        dt = time.time() - t0
        nt = dg = dd = float("nan")
        if a.log_every and ((step + 1) % a.log_every == 0 or step == 0):
            with torch.no_grad():
                d = delta_nll(base, ctx, sp, cont, gist.detach(), a.policy, K, a.max_gap)
            nt, dg, dd = float(d["tokens"].mean()), float(d["delta_gist"].mean()), float(d["delta_drop"].mean())
            loop.say(f"step {step + 1} LOD{2 if lod2 else 1} nll {float(nll):.3f} ΔNLL gist {dg:+.3f} "
                     f"drop {dd:+.3f} kl {float(kl):.3f} con {float(con):.3f} lr {lr:.1e} {n_tok/dt:.0f} tok/s")
        last.update(step=step + 1, loss=float(loss), nll_gist=float(nll), delta_gist=dg, delta_drop=dd)
        return {"level": 2 if lod2 else 1, "loss": f"{float(loss):.4f}", "nll_gist": f"{float(nll):.4f}",
                "nll_tokens": f"{nt:.4f}", "delta_gist": f"{dg:.4f}", "delta_drop": f"{dd:.4f}",
                "contrastive": f"{float(con):.4f}", "tok_per_s": f"{n_tok/dt:.0f}", "kl": f"{float(kl):.4f}"}

    loop.run(step_fn)
    return last


if __name__ == "__main__":
    main()
