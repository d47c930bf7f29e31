"""Trains GistNet against the frozen base model (seeds: GistNet 32→1→32→1, ΔNLL@H, "frozen base
model provides teacher signals"). CPU (torch 1.13) or CUDA (torch 2.x); resumable.

    /usr/bin/python3 -m training.gistnet.train --run gist-skip \
        --base-ckpt training/checkpoints/demo/ema.pt [--max-minutes 60] [--distill 0.8]

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
import csv
import json
import os
import random
import signal
import time

import torch

from ..fast_malloc import reexec_with_jemalloc
from ..checkpoint import load_checkpoint, restore_rng, save_checkpoint
from ..run_control import add_run_args, cosine_lr
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
    ap.add_argument("--distill", type=float, default=0.0,
                    help="weight of KL(base model with the span's tokens ‖ with its gist) on the continuation; "
                         "the loss is (1 − w)·NLL + w·KL")
    add_run_args(ap, lr=1e-3, total_steps=3000)
    ap.add_argument("--weight-decay", type=float, default=0.01)
    ap.add_argument("--grad-clip", type=float, default=1.0)
    ap.add_argument("--log-every", type=int, default=10)
    return ap.parse_args(argv)


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
    run_dir = os.path.join(a.runs_dir, a.run)
    ckpt_path = os.path.join(a.ckpt_dir or os.path.join(TRAINING, "checkpoints", a.run), "latest.pt")
    os.makedirs(run_dir, exist_ok=True)
    base, base_info = load_base(a.base_ckpt, device, a.tokenizer)
    torch.manual_seed(a.seed)
    cfg = gist_config(a, base.c.d_model)
    stack = GistNetStack(cfg).to(device)
    stack.init_output_like(base.embed.weight)
    opt = torch.optim.AdamW(stack.parameters(), lr=a.lr, betas=(0.9, 0.95), weight_decay=a.weight_decay)
    stream = make_stream(a)
    lod_rng = random.Random(a.seed + 7)
    step, tokens_seen, prior = 0, 0, 0.0
    if os.path.exists(ckpt_path) and not a.no_resume:
        ck = load_checkpoint(ckpt_path, map_location=str(device))
        if ck["base"]["sha256"] != base_info["sha256"]:
            print(f"[gistnet] note: resuming on a different base checkpoint "
                  f"({ck['base']['step']} → {base_info['step']})")
        stack.load_state_dict(ck["model"])
        opt.load_state_dict(ck["optimizer"])
        stream.load_state(ck["data_state"]["stream"])
        lod_rng.setstate(ck["data_state"]["lod_rng"])
        restore_rng(ck)
        step, tokens_seen, prior = ck["step"], ck["tokens_seen"], ck.get("train_seconds", 0.0)
        print(f"[gistnet] resumed from {ckpt_path} at step {step}", flush=True)
    elif a.init_from:
        init = load_checkpoint(a.init_from, map_location=str(device))
        stack.load_state_dict(init["model"])
        print(f"[gistnet] initialised from {a.init_from} (step {init['step']}, base step "
              f"{init.get('base', {}).get('step')})", flush=True)
    print(f"[gistnet] {stack.num_params()/1e6:.3f}M params ({cfg.levels} levels, "
          f"{'shared' if cfg.shared else 'separate'}), base step {base_info['step']}, policy {a.policy}, "
          f"{device}, torch {torch.__version__}", flush=True)
    with open(os.path.join(run_dir, f"args_step{step}.json"), "w") as f:
        json.dump({"args": vars(a), "gistnet": cfg.to_dict(), "base": base_info}, f, indent=2, default=str)
    log_path = os.path.join(run_dir, "loss.csv")
    header = ["step", "level", "loss", "nll_gist", "nll_tokens", "delta_gist", "delta_drop",
              "contrastive", "lr", "tok_per_s", "train_seconds", "kl"]
    rows = []
    if os.path.exists(log_path):
        with open(log_path) as f:
            rows = [r for r in list(csv.reader(f))[1:] if int(r[0]) <= step]
    with open(log_path, "w", newline="") as f:
        csv.writer(f).writerows([header, *rows])

    stop = {"flag": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(flag=True))
    signal.signal(signal.SIGINT, lambda *_: stop.update(flag=True))
    t_start = last_ckpt = time.time()

    def save(reason: str) -> None:
        save_checkpoint(ckpt_path, model=stack, optimizer=opt, step=step, tokens_seen=tokens_seen,
                        data_state={"stream": stream.state(), "lod_rng": lod_rng.getstate()},
                        config=cfg.to_dict(), args=vars(a),
                        extra={"kind": "gistnet", "base": base_info, "policy": a.policy, "max_gap": a.max_gap,
                               "train_seconds": prior + time.time() - t_start})
        print(f"[gistnet] checkpoint ({reason}) step {step} -> {ckpt_path}", flush=True)

    max_steps = a.max_steps if a.max_steps is not None else a.total_steps
    last = {}
    while step < max_steps and not stop["flag"] and (time.time() - t_start) / 60 <= a.max_minutes:
        t0 = time.time()
        lod2 = lod_rng.random() < a.lod2_frac
        K = cfg.block_size
        span, P, B = (K * K, a.lod2_ctx, a.lod2_batch) if lod2 else (K, a.ctx, a.batch)
        ctx, sp, cont = (t.to(device) for t in window_batch(stream, B, P, span, a.horizon))
        lr = cosine_lr(step, a.lr, a.warmup, a.total_steps)
        for g in opt.param_groups:
            g["lr"] = lr
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
        step += 1
        tokens_seen += B * (P + span + a.horizon)
        dt = time.time() - t0
        nt = dg = dd = float("nan")
        if a.log_every and (step % a.log_every == 0 or step == 1):
            with torch.no_grad():
                d = delta_nll(base, ctx, sp, cont, gist.detach(), a.policy, K, a.max_gap)
            nt, dg, dd = float(d["tokens"].mean()), float(d["delta_gist"].mean()), float(d["delta_drop"].mean())
            print(f"[gistnet] step {step} LOD{2 if lod2 else 1} nll {float(nll):.3f} ΔNLL gist {dg:+.3f} "
                  f"drop {dd:+.3f} kl {float(kl):.3f} con {float(con):.3f} lr {lr:.1e} "
                  f"{B*(P+span+a.horizon)/dt:.0f} tok/s", flush=True)
        last = {"step": step, "loss": float(loss), "nll_gist": float(nll), "delta_gist": dg, "delta_drop": dd}
        with open(log_path, "a", newline="") as f:
            csv.writer(f).writerow([step, 2 if lod2 else 1, f"{float(loss):.4f}", f"{float(nll):.4f}",
                                    f"{nt:.4f}", f"{dg:.4f}", f"{dd:.4f}", f"{float(con):.4f}", f"{lr:.3g}",
                                    f"{B*(P+span+a.horizon)/dt:.0f}", f"{prior + time.time() - t_start:.1f}",
                                    f"{float(kl):.4f}"])
        if (time.time() - last_ckpt) / 60 >= a.ckpt_minutes:
            save("periodic")
            last_ckpt = time.time()
    save("stop signal" if stop["flag"] else "end")
    return last


if __name__ == "__main__":
    main()
