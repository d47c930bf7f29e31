"""The training-free gister comparison as a markdown table (issue 17 item 4; EVALUATION.md "Quality
of gists"): reads evaluate.py JSON files (run with --keep-values) and writes, per level, every
variant's ΔNLL@H mean / p50 / p90 and, for each training-free rule, the paired difference to the
best training-free rule on the same windows (mean ± standard error, windows where it is better).

    /usr/bin/python3 -m training.gistnet.gister_table training/runs/gister-baselines/lod1.json \
        training/runs/gister-baselines/lod2.json --out training/runs/gister-baselines/table.md
"""
from __future__ import annotations

import argparse
import json
import math

from .training_free import GISTERS


def paired(a: list[float], b: list[float]) -> dict:
    """a − b per window: mean, standard error, #windows where a is lower (better)."""
    d = [x - y for x, y in zip(a, b)]
    n = len(d)
    mean = sum(d) / n
    se = math.sqrt(sum((x - mean) ** 2 for x in d) / (n - 1) / n) if n > 1 else float("nan")
    return {"n": n, "mean": mean, "se": se, "better": sum(x < 0 for x in d)}


def best_rule(level: dict) -> str:
    """The training-free rule with the lowest mean ΔNLL@H at this level."""
    return min((r for r in GISTERS if r in level), key=lambda r: level[r]["mean"])


def level_table(name: str, level: dict, windows: int, horizon: int) -> list[str]:
    best = best_rule(level)
    values = level.get("values", {})
    out = [f"**{name.upper()}** ({windows} held-out windows, ΔNLL@{horizon}, nats/token; best training-free: `{best}`)",
           "",
           f"| variant | mean | p50 | p90 | paired vs `{best}`: mean ± se | better in |",
           "|---|---|---|---|---|---|"]
    for v in ("learned", *GISTERS, "drop"):
        if v not in level:
            continue
        s = level[v]
        cell = f"**{s['mean']:.4f}**" if v == best else f"{s['mean']:.4f}"
        if v != best and v in values and best in values:
            p = paired(values[v], values[best])
            vs = f"{p['mean']:+.4f} ± {p['se']:.4f} | {p['better']} / {p['n']}"
        else:
            vs = "— | —"
        out.append(f"| {v} | {cell} | {s['p50']:.4f} | {s['p90']:.4f} | {vs} |")
    return out + [""]


def main(argv=None) -> str:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reports", nargs="+", help="evaluate.py JSON files (--keep-values)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    lines = ["# Training-free gisters: ΔNLL@H on the demo base model", ""]
    for path in a.reports:
        rep = json.load(open(path))
        lines.append(f"`{rep['command']}` — git {rep['git_revision'][:10]}, {rep['date']}, {rep['seconds']} s, "
                     f"base step {rep['base'].get('step')}, policy {rep['policy']}, P = {rep['ctx']}")
        lines.append("")
        for name, level in rep["results"].items():
            lines += level_table(name, level, rep["windows"], rep["horizon"])
    text = "\n".join(lines)
    with open(a.out, "w") as f:
        f.write(text)
    print(text)
    return text


if __name__ == "__main__":
    main()
