"""ΔNLL@H distribution of gists on held-out text (EVALUATION.md "Quality of gists"): for windows
(P context tokens, one span of K^ℓ tokens, H continuation) from the held-out split, ΔNLL@H of
    learned  — GistNet LODℓ gist (LOD2 built from its 32 LOD1 gists), if --gistnet-ckpt is given
    mean, last, last4, mix50, mix75, mix90, mix75-last, mix90-last — the training-free gisters of
               training_free.py (a pooling rule per level: LOD2 pools the 32 LOD1 gists; mean =
               mean-pooled embedding, last = the span's last token: for this small base model most
               of ΔNLL@H is the first continuation token, which the last token predicts best);
               --training-free picks them
    drop     — the span removed (the ceiling of harm)
Writes JSON with mean / p50 / p90 per variant and level, the mean ΔNLL at each continuation
position (`per_position`: where the cost sits), each variant's mean row norm, plus the command,
git revision, machine and date.

    /usr/bin/python3 -m training.gistnet.evaluate --gistnet-ckpt training/checkpoints/gist-skip/latest.pt \
        --out training/runs/gist-demo/delta_nll.json [--windows 256] [--horizon 64] [--levels 1 2]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time

import numpy as np
import torch

from ..checkpoint import load_checkpoint
from ..dataset.stream import CorpusTokens
from .common import TRAINING, check_tokenizer_sha, file_sha256, load_base, pick_device
from .delta_nll import delta_nll, gist_nll
from .model import GistNetConfig, GistNetStack, gist_tokens
from .training_free import GISTERS, training_free_gist


VARIANTS = ("learned", *GISTERS, "drop")


def add_window_args(ap) -> None:
    """Held-out windows (P context, one span, H continuation) and where the JSON goes; shared with oracle.py."""
    ap.add_argument("--tokens-dir", default=os.path.join(TRAINING, "data", "tokens"))
    ap.add_argument("--split", default="heldout")
    ap.add_argument("--out", required=True)
    ap.add_argument("--windows", type=int, default=256)
    ap.add_argument("--ctx", type=int, default=64)
    ap.add_argument("--horizon", type=int, default=64)


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base-ckpt", default=os.path.join(TRAINING, "checkpoints", "demo", "latest.pt"))
    ap.add_argument("--gistnet-ckpt", default=None)
    add_window_args(ap)
    ap.add_argument("--levels", type=int, nargs="+", default=[1])
    ap.add_argument("--training-free", nargs="+", default=list(GISTERS), choices=list(GISTERS),
                    help="training-free gisters to measure (training_free.py)")
    ap.add_argument("--policy", default=None, help="default: the GistNet checkpoint's, else compacted")
    ap.add_argument("--max-gap", type=int, default=64)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--keep-values", action="store_true", help="also store every window's ΔNLL (for plots)")
    return ap.parse_args(argv)


def windows(ids: np.ndarray, n: int, length: int) -> list[np.ndarray]:
    """n windows evenly spread over the split (deterministic)."""
    if len(ids) < length + 1:
        raise SystemExit(f"split has {len(ids)} tokens, a window needs {length}")
    starts = np.linspace(0, len(ids) - length - 1, n).astype(np.int64)
    return [np.asarray(ids[s:s + length], dtype=np.int64) for s in starts]


def summary(x: list[float]) -> dict:
    a = np.asarray(x, dtype=np.float64)
    return {"mean": float(a.mean()), "p50": float(np.percentile(a, 50)), "p90": float(np.percentile(a, 90)),
            "n": int(a.size)}


def git_revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=TRAINING).stdout.strip()
    except OSError:
        return "unknown"


def provenance(module: str, argv, device, t0: float) -> dict:
    """What EVALUATION.md asks of every figure's JSON: the command, git revision, machine, date."""
    return {"command": " ".join([os.path.basename(sys.executable), "-m", module, *(argv or sys.argv[1:])]),
            "git_revision": git_revision(), "machine": {"node": platform.node(), "platform": platform.platform(),
                                                        "device": str(device), "torch": torch.__version__},
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "seconds": round(time.time() - t0, 1)}


def write_json(path: str, report: dict) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        json.dump(report, f, indent=2)


def main(argv=None) -> dict:
    a = parse_args(argv)
    torch.set_num_threads(a.threads)
    device = pick_device(a.device)
    base, base_info = load_base(a.base_ckpt, device)
    stack, g_info, policy = None, None, a.policy or "compacted"
    if a.gistnet_ckpt:
        ck = load_checkpoint(a.gistnet_ckpt, map_location=str(device))
        stack = GistNetStack(GistNetConfig.from_dict(ck["config"])).to(device).eval()
        stack.load_state_dict(ck["model"])
        policy = a.policy or ck.get("policy", "compacted")
        g_info = {"path": os.path.abspath(a.gistnet_ckpt), "step": ck["step"], "sha256": file_sha256(a.gistnet_ckpt),
                  "trained_on_base_step": ck["base"]["step"], "policy": ck.get("policy")}
    corpus = CorpusTokens(a.tokens_dir, a.split)
    check_tokenizer_sha(corpus.tokenizer_sha256, base_info["tokenizer_sha256"], f"the token files in {a.tokens_dir}",
                        f"the base checkpoint {a.base_ckpt}")
    ids = corpus.ids
    K, t0 = 32, time.time()
    results = {}
    for level in a.levels:
        S = K ** level
        wins = windows(ids, a.windows, a.ctx + S + a.horizon)
        acc: dict[str, list[float]] = {v: [] for v in VARIANTS} | {"nll_tokens": []}
        pos_sum: dict[str, torch.Tensor] = {}  # variant → Σ over windows of ΔNLL per continuation token (H,)
        norms: dict[str, list[float]] = {v: [] for v in VARIANTS if v != "drop"}
        for i in range(0, len(wins), a.batch):
            x = torch.from_numpy(np.stack(wins[i:i + a.batch])).to(device)  # (B, P+S+H)
            ctx, sp, cont = x[:, :a.ctx], x[:, a.ctx:a.ctx + S], x[:, a.ctx + S:]
            with torch.no_grad():
                rows = {r: training_free_gist(base.embed, sp, r, K) for r in a.training_free}  # each (B, d)
                if stack is not None:
                    rows["learned"] = gist_tokens(stack, base.embed, sp)
                d = delta_nll(base, ctx, sp, cont, None, policy, K, a.max_gap, per_token=True)  # (B, H) each
                per_token = {"drop": d["delta_drop"]}
                for name, g in rows.items():
                    per_token[name] = gist_nll(base, ctx, g, cont, S, policy, K, a.max_gap,
                                               per_token=True) - d["tokens"]
                    norms[name] += g.norm(dim=-1).tolist()
            acc["nll_tokens"] += d["tokens"].mean(1).tolist()
            for name, v in per_token.items():
                acc[name] += v.mean(1).tolist()
                pos_sum[name] = pos_sum.get(name, 0) + v.sum(0)
        results[f"lod{level}"] = {k: summary(v) for k, v in acc.items() if v}
        results[f"lod{level}"]["per_position"] = {k: [round(float(x) / len(wins), 5) for x in v]
                                                  for k, v in pos_sum.items()}
        results[f"lod{level}"]["row_norm_mean"] = {k: float(np.mean(v)) for k, v in norms.items() if v}
        if a.keep_values:
            results[f"lod{level}"]["values"] = {k: [round(x, 5) for x in v] for k, v in acc.items() if v}
        print(f"[eval] LOD{level}: "
              + ", ".join(f"{k} ΔNLL mean {v['mean']:+.3f} p50 {v['p50']:+.3f} p90 {v['p90']:+.3f}"
                          for k, v in results[f"lod{level}"].items() if k in VARIANTS),
              flush=True)
    report = {**provenance("training.gistnet.evaluate", argv, device, t0),
              "metric": "ΔNLL@H = NLL(continuation | span replaced) − NLL(continuation | span as tokens), nats/token",
              "base": base_info, "gistnet": g_info, "policy": policy, "ctx": a.ctx, "horizon": a.horizon,
              "windows": a.windows, "split": a.split, "results": results}
    write_json(a.out, report)
    return report


if __name__ == "__main__":
    main()
