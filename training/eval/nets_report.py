"""Issue 8's evaluation in one command (../shared/EVALUATION.md): how good the learned parts are.

  1. Quality of gists — ΔNLL@H on held-out text for the learned GistNet LOD1/LOD2 gists, the
     mean-pooled embedding and the dropped span (training.gistnet.evaluate, PyTorch).
  2. Retrieval through the working context — passkey accuracy per total length through the real
     runtime (the eval CLI, `scripts/eval.ts`: ConversationMemory, Focus Allocator, WcDecoder on
     the exported package with onnxruntime-node) at one W_max, for every focus mode the package
     offers (learned, similarity, none = all-gist without focus) and the baselines (truncation,
     sink + window, top-k retrieval).

Writes <out>/delta_nll.json, passkey_cases.jsonl, passkey.json, delta_nll.png, passkey.png and
report.md (each JSON carries its command, git revision, machine and date).

    /usr/bin/python3 -m training.eval.nets_report --out training/runs/nets-report \\
        [--package public/models/demo] [--gistnet-ckpt training/checkpoints/gist-skip/latest.pt] \\
        [--lengths 2048,8192,32768,131072] [--depths 0.1,0.3,0.5,0.7,0.9] [--seeds 2] [--wmax 2048]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from .report import finish_axes, pyplot, save_figure

TRAINING = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(TRAINING)
VARIANTS = ("learned", "mean", "last", "drop")


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="report folder")
    ap.add_argument("--package", default=os.path.join(REPO, "public", "models", "demo"))
    ap.add_argument("--base-ckpt", default=os.path.join(TRAINING, "checkpoints", "demo", "latest.pt"))
    ap.add_argument("--gistnet-ckpt", default=os.path.join(TRAINING, "checkpoints", "gist-skip", "latest.pt"))
    ap.add_argument("--windows", type=int, default=256)
    ap.add_argument("--horizon", type=int, default=64)
    ap.add_argument("--levels", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--lengths", default="2048,8192,32768,131072")
    ap.add_argument("--depths", default="0.1,0.3,0.5,0.7,0.9")
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--wmax", type=int, default=2048)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--skip-dnll", action="store_true", help="keep an existing delta_nll.json")
    ap.add_argument("--skip-passkey", action="store_true", help="keep an existing passkey.json")
    return ap.parse_args(argv)


def eval_cli(*args: str) -> list[str]:
    """The runtime eval CLI (`npm run eval -- …`) as an argv, run from the repository root."""
    return [os.path.join(REPO, "node_modules", ".bin", "tsx"), os.path.join(REPO, "scripts", "eval.ts"), *args]


def run_logged(cmd: list[str], log_path: str) -> None:
    """Runs cmd from the repository root, echoing a progress line per case and keeping the full log."""
    print(f"[nets-report] $ {' '.join(cmd)}", flush=True)
    done = 0
    with open(log_path, "w") as log, subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                                      text=True) as p:
        for line in p.stdout:  # type: ignore[union-attr]
            log.write(line)
            log.flush()
            if " ok  " in line or " MISS " in line:
                done += 1
                if done % 10 == 0:
                    print(f"[nets-report]   {done} cases done — last: {line.strip()[:100]}", flush=True)
            elif "accuracy" in line or line.startswith("eval:"):
                print(f"[nets-report]   {line.rstrip()}", flush=True)
    if p.returncode != 0:
        raise SystemExit(f"[nets-report] command failed ({p.returncode}); see {log_path}")


def dnll_table(rep: dict) -> list[str]:
    lines = ["| level | variant | mean | p50 | p90 | n |", "|---|---|---|---|---|---|"]
    for level, r in rep["results"].items():
        for v in VARIANTS:
            if v in r:
                s = r[v]
                lines.append(f"| {level.upper()} | {v} | {s['mean']:+.4f} | {s['p50']:+.4f} | {s['p90']:+.4f} "
                             f"| {s['n']} |")
    return lines


def dnll_ratio(rep: dict, level: str = "lod1", versus: str = "mean") -> float | None:
    """Learned mean ΔNLL over `versus`'s mean ΔNLL (mean-pooled: the issue's target, ≤ 0.5)."""
    r = rep["results"].get(level, {})
    if "learned" not in r or versus not in r or r[versus]["mean"] <= 0:
        return None
    return r["learned"]["mean"] / r[versus]["mean"]


def position_table(rep: dict, level: str = "lod1") -> list[str]:
    """Mean ΔNLL per continuation token, in bins of positions (where the cost of a gist sits)."""
    pp = rep["results"].get(level, {}).get("per_position")
    if not pp or "drop" not in pp:
        return []
    H = len(pp["drop"])
    bins = [(lo, min(hi, H)) for lo, hi in ((0, 1), (1, 2), (2, 4), (4, 8), (8, 16), (16, 32), (32, 64), (64, 128))
            if lo < H]
    lines = ["| variant | " + " | ".join(f"token {lo}" if hi - lo == 1 else f"tokens {lo}–{hi - 1}"
                                         for lo, hi in bins) + " |",
             "|---|" + "---|" * len(bins)]
    for v in VARIANTS:
        if v in pp:
            lines.append(f"| {v} | " + " | ".join(f"{sum(pp[v][lo:hi]) / (hi - lo):+.3f}" for lo, hi in bins) + " |")
    total = sum(pp["drop"])
    if total > 0:
        lines += ["", f"Token 0 carries {pp['drop'][0] / total:.0%} of the dropped span's ΔNLL@{H}."]
    return lines


def paired_difference(rep: dict, level: str, a: str = "learned", b: str = "last") -> dict | None:
    """a − b per window (needs --keep-values): wins of a, mean difference and its standard error."""
    vals = rep["results"].get(level, {}).get("values", {})
    if a not in vals or b not in vals or len(vals[a]) != len(vals[b]) or len(vals[a]) < 2:
        return None
    d = [x - y for x, y in zip(vals[a], vals[b])]
    n, mean = len(d), sum(d) / len(d)
    se = (sum((x - mean) ** 2 for x in d) / (n - 1) / n) ** 0.5
    return {"n": n, "wins": sum(x < 0 for x in d), "mean": mean, "se": se}


def passkey_table(rep: dict) -> list[str]:
    lengths = sorted({int(k) for s in rep["summary"].values() for k in s["byLength"] if k.isdigit()})
    lines = ["| mode | " + " | ".join(f"{n:,}" for n in lengths) + " | all |",
             "|---|" + "---|" * (len(lengths) + 1)]
    for mode, s in rep["summary"].items():
        cells = [f"{s['byLength'][str(n)]:.0%}" if str(n) in s["byLength"] else "—" for n in lengths]
        lines.append(f"| {mode} | " + " | ".join(cells) + f" | {s['accuracy']:.0%} (n={s['n']}) |")
    return lines


def plot_dnll(rep: dict, out_png: str) -> str | None:
    """Per level: the empirical CDF of ΔNLL@H for learned / mean-pooled / dropped spans."""
    plt = pyplot()
    levels = [(k, r) for k, r in rep["results"].items() if "values" in r]
    if plt is None or not levels:
        return None
    fig, axes = plt.subplots(1, len(levels), figsize=(6 * len(levels), 4.2), squeeze=False)
    for ax, (level, r) in zip(axes[0], levels):
        for v in VARIANTS:
            xs = sorted(r["values"].get(v, []))
            if xs:
                ax.plot(xs, [(i + 1) / len(xs) for i in range(len(xs))], label=f"{v} (mean {r[v]['mean']:+.3f})")
        ax.axvline(0, color="gray", lw=0.8)
        finish_axes(ax, "ΔNLL (nats/token, lower is better)", "fraction of windows",
                    f"{level.upper()}: ΔNLL@{rep['horizon']} ({r['drop']['n']} held-out windows)")
    return save_figure(plt, fig, out_png)


def plot_passkey(rep: dict, out_png: str) -> str | None:
    """Accuracy per total length, one line per mode."""
    plt = pyplot()
    if plt is None or not rep.get("summary"):
        return None
    fig, ax = plt.subplots(figsize=(8, 4.5))
    for mode, s in rep["summary"].items():
        pts = sorted((int(k), v) for k, v in s["byLength"].items() if k.isdigit())
        ax.plot([n for n, _ in pts], [v * 100 for _, v in pts], "o-", label=mode)
    ax.set_xscale("log", base=2)
    ax.set_ylim(-3, 103)
    finish_axes(ax, "total context (tokens)", "passkey accuracy (%)",
                f"Passkey through the runtime, W_max = {rep['wMax']}", 8)
    return save_figure(plt, fig, out_png)


def _took(seconds: dict, part: str) -> str:
    return f"; {seconds[part]:.0f} s" if part in seconds else " (kept from an earlier run)"


def write_report(out_dir: str, dnll: dict | None, passkey: dict | None, seconds: dict) -> str:
    lines = ["# GistNet / LensNet evaluation (issue 8)", "",
             f"Made by `/usr/bin/python3 -m training.eval.nets_report {' '.join(sys.argv[1:])}`.", ""]
    if dnll:
        g = dnll.get("gistnet") or {}
        ratio = dnll_ratio(dnll)
        lines += ["## Quality of gists: ΔNLL@H on held-out text", "",
                  f"Base step {dnll['base']['step']}, GistNet step {g.get('step', '—')} (trained on base step "
                  f"{g.get('trained_on_base_step', '—')}), policy {dnll['policy']}, P = {dnll['ctx']}, "
                  f"H = {dnll['horizon']}, {dnll['windows']} windows{_took(seconds, 'dnll')}.", "",
                  *dnll_table(dnll), ""]
        if ratio is not None:
            lines += [f"Learned LOD1 / mean-pooled LOD1 mean ΔNLL = **{ratio:.2f}** (target ≤ 0.5).", ""]
        for level in dnll["results"]:
            vs_last = dnll_ratio(dnll, level, "last")
            if vs_last is not None:
                lines += [f"Learned {level.upper()} / last-token {level.upper()} mean ΔNLL = {vs_last:.2f} (the "
                          "training-free gist that is the span's last token; the learned net adds a residual to it "
                          "when its config has last_skip).", ""]
            pd = paired_difference(dnll, level)
            if pd:
                lines += [f"{level.upper()} learned − last token, per window: better on {pd['wins']} of {pd['n']}, "
                          f"mean {pd['mean']:+.4f} ± {pd['se']:.4f} (standard error).", ""]
        table = position_table(dnll)
        if table:
            lines += ["LOD1 ΔNLL per continuation token (mean over windows, nats):", "", *table, ""]
        norms = dnll["results"].get("lod1", {}).get("row_norm_mean")
        if norms:
            lines += ["Mean row norm of the LOD1 gists: " + ", ".join(f"{k} {v:.2f}" for k, v in norms.items()) + ".",
                      ""]
        lines += ["![ΔNLL CDF](delta_nll.png)", ""]
    if passkey:
        lines += ["## Passkey through the runtime", "",
                  f"Package {passkey['package']}, W_max = {passkey['wMax']}, {len(passkey['cases'])} case runs"
                  f"{_took(seconds, 'passkey')}.", "", *passkey_table(passkey), "", "![passkey](passkey.png)", ""]
    path = os.path.join(out_dir, "report.md")
    with open(path, "w") as f:
        f.write("\n".join(lines))
    return path


def main(argv=None) -> dict:
    a = parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    seconds: dict[str, float] = {}
    dnll_path, pk_path = os.path.join(a.out, "delta_nll.json"), os.path.join(a.out, "passkey.json")
    if not a.skip_dnll:
        from ..gistnet import evaluate
        t0 = time.time()
        g = ["--gistnet-ckpt", a.gistnet_ckpt] if a.gistnet_ckpt and os.path.exists(a.gistnet_ckpt) else []
        evaluate.main(["--base-ckpt", a.base_ckpt, *g, "--out", dnll_path, "--windows", str(a.windows),
                       "--horizon", str(a.horizon), "--levels", *map(str, a.levels), "--threads", str(a.threads),
                       "--keep-values"])
        seconds["dnll"] = time.time() - t0
    if not a.skip_passkey:
        t0 = time.time()
        cases = os.path.join(a.out, "passkey_cases.jsonl")
        run_logged(eval_cli("--package", a.package, "--make-passkey", "--lengths", a.lengths, "--depths", a.depths,
                            "--seeds", str(a.seeds), "--out", cases), os.path.join(a.out, "make_cases.log"))
        run_logged(eval_cli("--package", a.package, "--cases", cases, "--focus", "all", "--baseline", "all",
                            "--wmax", str(a.wmax), "--out", pk_path), os.path.join(a.out, "passkey.log"))
        seconds["passkey"] = time.time() - t0
    dnll = json.load(open(dnll_path)) if os.path.exists(dnll_path) else None
    passkey = json.load(open(pk_path)) if os.path.exists(pk_path) else None
    if dnll:
        plot_dnll(dnll, os.path.join(a.out, "delta_nll.png"))
    if passkey:
        plot_passkey(passkey, os.path.join(a.out, "passkey.png"))
    md = write_report(a.out, dnll, passkey, seconds)
    print(f"[nets-report] wrote {md}", flush=True)
    return {"delta_nll": dnll, "passkey": passkey}


if __name__ == "__main__":
    main()
