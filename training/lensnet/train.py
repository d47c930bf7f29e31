"""Trains LensNet on counterfactual label shards (make_labels.py). CPU or CUDA; resumable
(the data order is a pure function of --seed and the step, so a checkpoint needs only the step).

    /usr/bin/python3 -m training.lensnet.train --run lens-demo --labels-dir training/data/lens-labels/demo

The last --val-shards shards are held out: every --eval-every steps the run logs the fit loss,
the sign agreement on decisive labels (|target| > 0.2) and top-1 agreement (the entry LensNet
scores highest is the one whose expansion helps most). The loop (resume, checkpoints, SIGTERM/SIGINT,
loss.csv) is training/loop.py.
"""
from __future__ import annotations

import argparse
import glob
import json
import os

import torch

from ..fast_malloc import reexec_with_jemalloc
from ..loop import TrainLoop
from ..run_control import add_run_args
from ..gistnet.common import TRAINING, pick_device
from .examples import collate
from .losses import lensnet_loss
from .model import LensNet, LensNetConfig


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", default="lens-demo")
    ap.add_argument("--labels-dir", nargs="+", default=[os.path.join(TRAINING, "data", "lens-labels", "demo")],
                    help="label folders (make_labels --out); their shards in the order given, the last "
                         "--val-shards held out; all must hold labels for the same base model / gists / policy")
    ap.add_argument("--ckpt-dir", default=None)
    ap.add_argument("--runs-dir", default=os.path.join(TRAINING, "runs"))
    ap.add_argument("--width", type=int, default=128)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--mlp-hidden", type=int, default=256)
    ap.add_argument("--batch", type=int, default=16)
    add_run_args(ap, lr=1e-3, total_steps=2000)
    ap.add_argument("--budget-weight", type=float, default=0.1)
    ap.add_argument("--legality-weight", type=float, default=0.5)
    ap.add_argument("--val-shards", type=int, default=1)
    ap.add_argument("--eval-every", type=int, default=100)
    ap.add_argument("--keep-best", action="store_true",
                    help="also save the checkpoint with the lowest validation fit so far as best.pt beside latest.pt")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="auto")
    return ap.parse_args(argv)


def load_shards(paths: list[str]) -> list[dict]:
    out = []
    for p in paths:
        out += torch.load(p)
    return out


def batch_at(data: list[dict], step: int, B: int, seed: int, pool: int = 8) -> list[dict]:
    """Examples of `step`: a per-epoch permutation seeded by (seed, epoch), cut into pools of
    B·pool examples; each pool is sorted by WC size and cut into batches, and the epoch's batches
    are shuffled. Batches hold WCs of similar size, so a 60-entry WC is not padded to the 1,800
    entries of a 128k-token one (attention cost ∝ N²). A pure function of (seed, step)."""
    per_epoch = max(1, len(data) // B)
    epoch, k = divmod(step, per_epoch)
    g = torch.Generator().manual_seed(seed * 7919 + epoch)
    perm = torch.randperm(len(data), generator=g).tolist()[:per_epoch * B]
    batches = []
    for p in range(0, len(perm), B * pool):
        chunk = sorted(perm[p:p + B * pool], key=lambda i: data[i]["entries"].shape[0])
        batches += [chunk[j:j + B] for j in range(0, len(chunk), B)]
    order = torch.randperm(len(batches), generator=g).tolist()
    return [data[i] for i in batches[order[k]]]


def run_net(net: LensNet, b: dict, device) -> torch.Tensor:
    return net(b["entries"].to(device), b["levels"].to(device), b["ages"].to(device),
               b["entry_mask"].to(device), b["tail"].to(device), b["tail_mask"].to(device),
               b["match"].to(device) if net.c.match else None)


@torch.no_grad()
def evaluate(net: LensNet, data: list[dict], device, a) -> dict:
    net.eval()
    fit, agree, decisive, top1, top1_n = 0.0, 0, 0, 0, 0
    for i in range(0, len(data), a.batch):
        ex = data[i:i + a.batch]
        b = collate(ex)
        s = run_net(net, b, device).cpu()
        fit += float(lensnet_loss(s, b["target"], b["label_mask"], b["entry_mask"], b["can_expand"],
                                  b["can_collapse"], b["cost"])["fit"]) * len(ex)
        dec = (b["label_mask"] > 0) & (b["target"].abs() > 0.2)
        agree += int(((s > 0) == (b["target"] > 0))[dec].sum())
        decisive += int(dec.sum())
        for j, e in enumerate(ex):
            y = torch.where(b["label_mask"][j] > 0, b["target"][j], torch.full_like(b["target"][j], -9))
            if float(y.max()) > 0.2:
                top1_n += 1
                top1 += int(int(s[j].argmax()) == int(y.argmax()))
    net.train()
    return {"val_fit": fit / max(1, len(data)), "sign_agreement": agree / max(1, decisive),
            "top1_agreement": top1 / max(1, top1_n), "top1_cases": top1_n}


def main(argv=None) -> dict:
    if argv is None:
        reexec_with_jemalloc()
    a = parse_args(argv)
    torch.set_num_threads(a.threads)
    device = pick_device(a.device)
    dirs = [a.labels_dir] if isinstance(a.labels_dir, str) else a.labels_dir
    paths = [p for d in dirs for p in sorted(glob.glob(os.path.join(d, "shard_*.pt")))]
    if len(paths) <= a.val_shards:
        raise SystemExit(f"{' '.join(dirs)}: {len(paths)} shards, need more than --val-shards {a.val_shards}")
    metas = [json.load(open(os.path.join(d, "meta.json"))) for d in dirs]
    key = lambda m: (m["base"]["sha256"], json.dumps(m["gists"], sort_keys=True), m["policy"])  # noqa: E731
    if any(key(m) != key(metas[0]) for m in metas):
        raise SystemExit(f"{' '.join(dirs)}: label folders for different base models / GistNets / policies")
    meta = metas[0]
    train, val = load_shards(paths[:-a.val_shards]), load_shards(paths[-a.val_shards:])
    d = train[0]["entries"].shape[1]
    cfg = LensNetConfig(d_model=d, width=a.width, heads=a.heads, layers=a.layers, mlp_hidden=a.mlp_hidden)
    torch.manual_seed(a.seed)
    net = LensNet(cfg).to(device)
    opt = torch.optim.AdamW(net.parameters(), lr=a.lr, betas=(0.9, 0.95), weight_decay=0.01)
    ckpt_path = os.path.join(a.ckpt_dir or os.path.join(TRAINING, "checkpoints", a.run), "latest.pt")
    loop = TrainLoop("lensnet", a, model=net, optimizer=opt, ckpt_path=ckpt_path,
                     run_dir=os.path.join(a.runs_dir, a.run), config=cfg.to_dict(), device=device,
                     log_header=["step", "loss", "fit", "budget", "legality", "lr", "val_fit", "sign_agreement",
                                 "top1_agreement", "train_seconds"],
                     extra=lambda: {"kind": "lensnet", "labels": meta})
    loop.resume()
    loop.start_ema(a.ema)
    loop.say(f"{net.num_params()/1e6:.3f}M params, {len(train)} train / {len(val)} val WCs, "
             f"labels for base step {meta['base']['step']} with {meta['gists']['kind']} gists, {device}")
    loop.write_args({"lensnet": cfg.to_dict()})

    best_path = os.path.join(os.path.dirname(ckpt_path), "best.pt")
    best = {"fit": torch.load(best_path, map_location="cpu").get("val_fit", float("inf"))
            if a.keep_best and os.path.exists(best_path) else float("inf")}
    last: dict = {}

    def step_fn(step: int, lr: float) -> dict:
        b = collate(batch_at(train, step, a.batch, a.seed))
        s = run_net(net, b, device)
        L = lensnet_loss(s, b["target"].to(device), b["label_mask"].to(device), b["entry_mask"].to(device),
                         b["can_expand"].to(device), b["can_collapse"].to(device), b["cost"].to(device),
                         a.budget_weight, a.legality_weight)
        opt.zero_grad(set_to_none=True)
        L["loss"].backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
        opt.step()
        loop.tokens_seen += a.batch
        last.clear()
        last.update(step=step + 1, **{k: float(v) for k, v in L.items()})
        return {k: f"{float(L[k]):.4f}" for k in ("loss", "fit", "budget", "legality")}

    def eval_fn(step: int) -> dict:
        ev = evaluate(net, val, device, a)
        last.update(ev)
        if a.keep_best and ev["val_fit"] < best["fit"]:
            best["fit"] = ev["val_fit"]
            loop.save(f"best, val fit {ev['val_fit']:.4f}", best_path, {"val_fit": ev["val_fit"]})
        loop.say(f"step {step} loss {last['loss']:.4f} val fit {ev['val_fit']:.4f} sign {ev['sign_agreement']:.2f} "
                 f"top1 {ev['top1_agreement']:.2f} ({ev['top1_cases']})")
        return {k: f"{ev[k]:.4f}" for k in ("val_fit", "sign_agreement", "top1_agreement")}

    loop.run(step_fn, eval_fn, a.eval_every)
    return last


if __name__ == "__main__":
    main()
