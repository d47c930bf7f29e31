"""Alternating optimisation of GistNet and LensNet (seeds: "alternating GistNet/LensNet
optimization"): each round trains GistNet further against the frozen base model, regenerates the
counterfactual labels on trees built by that GistNet (labels depend on the gists), and continues
LensNet on the new labels. Every phase resumes on its own; a finished round leaves a marker, so
rerunning the command continues where it stopped.

    /usr/bin/python3 -m training.lensnet.alternate --name demo --rounds 3 \
        --gist-steps-per-round 1000 --label-shards 20 --lens-steps-per-round 600

Outputs: training/checkpoints/<name>-gist/latest.pt, <name>-lens/latest.pt,
training/data/lens-labels/<name>/round<r>/, training/runs/<name>-*/; per-round GistNet snapshots.
"""
from __future__ import annotations

import argparse
import os
import shutil

from ..gistnet import train as gist_train
from ..gistnet.common import TRAINING
from . import make_labels
from . import train as lens_train


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--name", default="demo")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--base-ckpt", default=os.path.join(TRAINING, "checkpoints", "demo", "latest.pt"))
    ap.add_argument("--policy", default="compacted")
    ap.add_argument("--gist-steps-per-round", type=int, default=1000)
    ap.add_argument("--label-shards", type=int, default=20)
    ap.add_argument("--label-per-shard", type=int, default=32)
    ap.add_argument("--lens-steps-per-round", type=int, default=600)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--work-dir", default=TRAINING, help="holds checkpoints/, data/lens-labels/, runs/")
    ap.add_argument("--data-args", default="", help="data flags for GistNet and labels (--tokenizer …)")
    ap.add_argument("--extra-gist-args", default="", help="passed to training.gistnet.train (space-separated)")
    ap.add_argument("--extra-label-args", default="", help="passed to training.lensnet.make_labels")
    ap.add_argument("--extra-lens-args", default="", help="passed to training.lensnet.train")
    a = ap.parse_args(argv)
    ck = os.path.join(a.work_dir, "checkpoints")
    runs = os.path.join(a.work_dir, "runs")
    gist_dir, lens_dir = os.path.join(ck, f"{a.name}-gist"), os.path.join(ck, f"{a.name}-lens")
    common = ["--base-ckpt", a.base_ckpt, "--policy", a.policy, "--device", a.device, "--threads", str(a.threads),
              *a.data_args.split()]
    total_gist = a.rounds * a.gist_steps_per_round
    total_lens = a.rounds * a.lens_steps_per_round
    for r in range(a.rounds):
        marker = os.path.join(gist_dir, f"round{r}.done")
        if os.path.exists(marker):
            continue
        print(f"[alternate] round {r}: GistNet", flush=True)
        gist_train.main(["--run", f"{a.name}-gist", "--ckpt-dir", gist_dir, "--runs-dir", runs, *common,
                         "--total-steps", str(total_gist),
                         "--max-steps", str((r + 1) * a.gist_steps_per_round), *a.extra_gist_args.split()])
        snap = os.path.join(gist_dir, f"round{r}.pt")
        shutil.copyfile(os.path.join(gist_dir, "latest.pt"), snap)
        labels = os.path.join(a.work_dir, "data", "lens-labels", a.name, f"round{r}")
        print(f"[alternate] round {r}: labels with this GistNet → {labels}", flush=True)
        make_labels.main(["--out", labels, *common, "--gistnet-ckpt", snap, "--shards", str(a.label_shards),
                          "--per-shard", str(a.label_per_shard), *a.extra_label_args.split()])
        print(f"[alternate] round {r}: LensNet", flush=True)
        lens_train.main(["--run", f"{a.name}-lens", "--ckpt-dir", lens_dir, "--runs-dir", runs, "--labels-dir", labels,
                         "--device", a.device, "--threads", str(a.threads), "--total-steps", str(total_lens),
                         "--max-steps", str((r + 1) * a.lens_steps_per_round), *a.extra_lens_args.split()])
        open(marker, "w").close()
    print(f"[alternate] done: {gist_dir}/latest.pt, {lens_dir}/latest.pt", flush=True)


if __name__ == "__main__":
    main()
