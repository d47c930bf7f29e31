"""Report of a recall eval run (EVALUATION.md "Recall through the working context"; issue 16's
targets): reads the JSON that `npm run eval -- --cases SUITE.jsonl --focus all --baseline all
--out RUN/eval.json` writes and puts next to it report.md and plots — accuracy vs total length per
mode (held-out solid: the headline; seen dashed), a depth × length heatmap of the default mode,
accuracy per fact / question family, shape and framing, absent-fact metrics — states which targets
are met or missed, and lists raw outputs.

    /usr/bin/python3 -m training.recall.report training/runs/recall-eval/quick/eval.json [--out-dir DIR]
"""
from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass

from ..eval.report import finish_axes, pyplot, save_figure

FITS = "1.5k"   # the bucket that fits in W_max with the reply reserve
LEARNED, SIMILARITY, TOPK = "megacontext/learned", "megacontext/similarity", "topk-retrieval"


# ---- reading the summary ----------------------------------------------------------------------
def tally(summary: dict, mode: str, split: str, dim: str, key: str) -> dict | None:
    t = summary.get(mode, {}).get("groups", {}).get(split, {}).get(dim, {}).get(key)
    return t if t and t["n"] else None


def pooled(tallies: list[dict | None]) -> dict | None:
    ts = [t for t in tallies if t]
    n = sum(t["n"] for t in ts)
    if not n:
        return None
    c = sum(t["correct"] for t in ts)
    return {"n": n, "correct": c, "accuracy": c / n}


def pct(t: dict | None) -> str:
    return "—" if not t else f"{t['accuracy']:.0%} (n={t['n']})"


def length_order(rep: dict) -> list[str]:
    """Length buckets, shortest first, with their target tokens (meta.target_tokens, else the name)."""
    targets = bucket_tokens(rep)
    return sorted(targets, key=lambda b: targets[b])


def bucket_tokens(rep: dict) -> dict[str, float]:
    out: dict[str, float] = {}
    for r in rep["cases"]:
        m = r.get("meta") or {}
        b = str(m.get("length_bucket", m.get("tokens", "all")))
        if b not in out:
            out[b] = float(m.get("target_tokens") or m.get("tokens") or _parse_size(b))
    return out


def _parse_size(name: str) -> float:
    scale = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6}
    try:
        return float(name[:-1]) * scale[name[-1]] if name[-1:] in scale else float(name)
    except ValueError:
        return float("inf")


def default_mode(rep: dict) -> str:
    """The app's default: learned focus when the package has it, else the first MegaContext mode."""
    modes = rep["modes"]
    return LEARNED if LEARNED in modes else next((m for m in modes if m.startswith("megacontext/")), modes[0])


# ---- targets (issue 16, held-out, at W_max 2,048) -------------------------------------------
@dataclass
class Verdict:
    target: str
    measured: str
    status: str    # "met" | "missed" | "tie" | "not measured"


def _at_least(t: dict | None, goal: float) -> str:
    return "not measured" if t is None else ("met" if t["accuracy"] >= goal else "missed")


def memory_check_note(rep: dict) -> str:
    """Whether the engine's memory check answered requests (docs/memory-check.md); older runs do not say."""
    if "memoryCheck" not in rep:
        return ""
    return ("memory check on (MegaContext modes: chat cases, completions that ask), " if rep["memoryCheck"]
            else "memory check off, ")


def fits_label(rep: dict) -> str:
    """The in-budget bucket's name: its cases fit whole only in a W_max of 2,048 (issue 16's)."""
    w = rep.get("wMax", 2048)
    return f"fits in the budget ({FITS})" if w >= 2048 else \
        f"{FITS} (fits whole in W_max 2,048; this run's W_max {w:,} gists part of it)"


def verdicts(rep: dict) -> list[Verdict]:
    s, mode = rep["summary"], default_mode(rep)
    out = []
    fits = tally(s, mode, "heldout", "length", FITS)
    out.append(Verdict(f"{fits_label(rep)}: {mode} ≥ 95 %", pct(fits), _at_least(fits, 0.95)))
    for bucket, goal in (("8k", 0.90), ("32k", 0.90), ("128k", 0.85), ("1M", 0.75)):
        t = tally(s, LEARNED, "heldout", "length", bucket)
        out.append(Verdict(f"learned focus at {bucket} ≥ {goal:.0%}", pct(t), _at_least(t, goal)))
    multi = tally(s, LEARNED, "heldout", "length×shape", "8k|multi")
    out.append(Verdict("4 facts, ask one, at 8k (learned) ≥ 80 %", pct(multi), _at_least(multi, 0.80)))
    ab = s.get(mode, {}).get("absent", {}).get("heldout", {}).get("all")   # the app's default mode
    answered = ab["answeredAbsent"] if ab and ab["answeredAbsent"]["n"] else None
    called = ab["presentCalledAbsent"] if ab and ab["presentCalledAbsent"]["n"] else None
    if answered is None or called is None:
        status = "not measured"
    else:
        status = "met" if answered["accuracy"] >= 0.80 and called["accuracy"] <= 0.05 else "missed"
    out.append(Verdict("absent answered as absent ≥ 80 % with ≤ 5 % of present facts called absent "
                       f"({mode.split('/')[-1]})",
                       f"{pct(answered)}; present called absent {pct(called)}", status))
    beyond = [b for b in length_order(rep) if b != FITS]
    acc = {m: pooled([tally(s, m, "heldout", "length", b) for b in beyond]) for m in (LEARNED, SIMILARITY, TOPK)}
    if any(v is None for v in acc.values()):
        status = "not measured"
    elif acc[LEARNED]["accuracy"] == acc[SIMILARITY]["accuracy"] == acc[TOPK]["accuracy"]:
        status = "tie"   # all three equal (e.g. all 0 %): no ordering shown, not counted as met
    else:
        status = "met" if acc[LEARNED]["accuracy"] >= acc[SIMILARITY]["accuracy"] >= acc[TOPK]["accuracy"] else "missed"
    out.append(Verdict("learned ≥ similarity ≥ top-k "
                       f"(held-out, lengths over the budget: {', '.join(beyond) or 'none'})",
                       " / ".join(f"{m.split('/')[-1]} {pct(acc[m])}" for m in acc), status))
    return out


# ---- plots --------------------------------------------------------------------------------------
def plot_accuracy_vs_length(rep: dict, out_png: str) -> str | None:
    plt = pyplot()
    if plt is None:
        return None
    s, order, tokens = rep["summary"], length_order(rep), bucket_tokens(rep)
    fig, ax = plt.subplots(figsize=(8.5, 4.8))
    for i, mode in enumerate(rep["modes"]):
        color = f"C{i}"
        for split, style in (("heldout", "o-"), ("seen", "s--")):
            pts = [(tokens[b], t["accuracy"] * 100) for b in order if (t := tally(s, mode, split, "length", b))]
            if pts:
                ax.plot([x for x, _ in pts], [y for _, y in pts], style, color=color,
                        alpha=1.0 if split == "heldout" else 0.45,
                        label=f"{mode} ({'held-out' if split == 'heldout' else 'seen'})")
    ax.set_xscale("log")
    ax.set_xticks([tokens[b] for b in order], [f"{b}\n({tokens[b]:,.0f})" for b in order])
    ax.minorticks_off()
    ax.set_ylim(-3, 103)
    finish_axes(ax, "total context (tokens)", "accuracy (%)",
                f"Recall through the runtime, W_max = {rep['wMax']} (held-out solid, seen dashed)", 7)
    return save_figure(plt, fig, out_png)


DEPTHS = ["0-20%", "20-40%", "40-60%", "60-80%", "80-100%"]


def plot_depth_length(rep: dict, out_png: str, split: str = "heldout") -> str | None:
    plt = pyplot()
    if plt is None:
        return None
    s, mode, order = rep["summary"], default_mode(rep), length_order(rep)
    grid = [[tally(s, mode, split, "length×depth", f"{b}|{d}") for b in order] for d in DEPTHS]
    if not any(t for row in grid for t in row):
        return None
    fig, ax = plt.subplots(figsize=(max(6.0, 2.4 + 1.3 * len(order)), 4.2))
    vals = [[t["accuracy"] * 100 if t else float("nan") for t in row] for row in grid]
    im = ax.imshow(vals, vmin=0, vmax=100, cmap="RdYlGn", aspect="auto")
    for i, row in enumerate(grid):
        for j, t in enumerate(row):
            ax.text(j, i, "—" if not t else f"{t['accuracy']:.0%}\nn={t['n']}", ha="center", va="center", fontsize=8)
    ax.set_xticks(range(len(order)), order)
    ax.set_yticks(range(len(DEPTHS)), DEPTHS)
    ax.set_xlabel("total context")
    ax.set_ylabel("depth of the asked fact")
    ax.set_title(f"{mode} ({'held-out' if split == 'heldout' else split}): depth × length")
    fig.colorbar(im, ax=ax, label="accuracy (%)")
    return save_figure(plt, fig, out_png)


def plot_families(rep: dict, out_png: str) -> str | None:
    plt = pyplot()
    if plt is None:
        return None
    s, mode = rep["summary"], default_mode(rep)
    dims = ["fact_family", "question_family", "shape", "framing"]
    fig, axes = plt.subplots(1, len(dims), figsize=(4.2 * len(dims), 4.2), squeeze=False)
    for ax, dim in zip(axes[0], dims):
        keys = sorted(set(s[mode]["groups"]["all"][dim]))
        for k, (split, off) in enumerate((("heldout", -0.2), ("seen", 0.2))):
            ts = [tally(s, mode, split, dim, key) for key in keys]
            ax.bar([i + off for i in range(len(keys))], [t["accuracy"] * 100 if t else 0 for t in ts], width=0.4,
                   color=f"C{k}", label="held-out" if split == "heldout" else "seen")
            for i, t in enumerate(ts):
                if t:
                    ax.text(i + off, t["accuracy"] * 100 + 1, f"n={t['n']}", ha="center", fontsize=6, rotation=90)
        ax.set_xticks(range(len(keys)), keys, rotation=45, ha="right")
        ax.set_ylim(0, 110)
        finish_axes(ax, "", "accuracy (%)", dim.replace("_", " "), 7)
    fig.suptitle(f"{mode}: accuracy per family (all lengths)")
    return save_figure(plt, fig, out_png)


def plot_absent(rep: dict, out_png: str) -> str | None:
    plt = pyplot()
    if plt is None:
        return None
    s, modes = rep["summary"], rep["modes"]
    rows = [(m, s[m]["absent"].get("heldout", {}).get("all")) for m in modes]
    if not any(a for _, a in rows):
        return None
    fig, ax = plt.subplots(figsize=(8.5, 4.2))
    for k, (field, label) in enumerate((("answeredAbsent", "absent answered as absent"),
                                        ("presentCalledAbsent", "present called absent"))):
        vals = [a[field]["accuracy"] * 100 if a and a[field]["n"] else 0 for _, a in rows]
        ax.bar([i + (k - 0.5) * 0.4 for i in range(len(modes))], vals, width=0.4, label=label, color=f"C{k + 2}")
    ax.axhline(80, color="C2", ls=":", lw=1)
    ax.axhline(5, color="C3", ls=":", lw=1)
    ax.set_xticks(range(len(modes)), modes, rotation=30, ha="right")
    ax.set_ylim(0, 105)
    finish_axes(ax, "", "% of cases (held-out)",
                "Absent facts (targets: ≥ 80 % answered absent, ≤ 5 % present called absent)", 8)
    return save_figure(plt, fig, out_png)


# ---- the report ---------------------------------------------------------------------------------
def mode_table(rep: dict) -> list[str]:
    s, order = rep["summary"], length_order(rep)
    lines = ["| mode | " + " | ".join(f"held-out {b}" for b in order)
             + " | held-out | seen | rows seen (mean) | ms / case (median) |",
             "|---|" + "---|" * (len(order) + 4)]
    for m in rep["modes"]:
        held = pooled([tally(s, m, "heldout", "length", b) for b in order])
        seen = pooled([tally(s, m, "seen", "length", b) for b in order])
        lines.append(f"| {m} | " + " | ".join(pct(tally(s, m, "heldout", "length", b)) for b in order)
                     + f" | {pct(held)} | {pct(seen)} | {s[m]['rowsSeen']['mean']:.0f} | {s[m]['ms']['median']:.0f} |")
    return lines


def group_table(rep: dict, dim: str) -> list[str]:
    s, mode = rep["summary"], default_mode(rep)
    keys = sorted(s[mode]["groups"]["all"][dim])
    lines = [f"| {dim.replace('_', ' ')} | held-out | seen |", "|---|---|---|"]
    lines += [f"| {k} | {pct(tally(s, mode, 'heldout', dim, k))} | {pct(tally(s, mode, 'seen', dim, k))} |"
              for k in keys]
    return lines


def timing_table(rep: dict) -> list[str]:
    order = length_order(rep)
    shared = rep.get("sharedMsByLength", {})
    lines = ["| length | tokenize + ingest (once per case) | " + " | ".join(rep["modes"]) + " |",
             "|---|---|" + "---|" * len(rep["modes"])]
    for b in order:
        cells = []
        for m in rep["modes"]:
            t = rep["summary"][m].get("msByLength", {}).get(b)
            cells.append(f"{t['median'] / 1000:.1f} s" if t else "—")
        sh = shared.get(b)
        lines.append(f"| {b} | {sh['median'] / 1000:.1f} s |" if sh else f"| {b} | — |")
        lines[-1] += " " + " | ".join(cells) + " |"
    return lines


def raw_outputs(rep: dict, k: int = 10) -> list[str]:
    """k outputs of the default mode spread over the suite (every n/k-th case)."""
    mode = default_mode(rep)
    rows = [r for r in rep["cases"] if r["mode"] == mode]
    pick = rows if len(rows) <= k else [rows[i * len(rows) // k] for i in range(k)]
    out = []
    for r in pick:
        m = r.get("meta") or {}
        want = json.dumps(r["answers"], ensure_ascii=False) if r["answers"] else "(absent)"
        q = " ".join(r.get("question", "").split())
        out.append(f"- `{r['id']}` ({m.get('split', '-')}, "
                   f"{m.get('fact_family', '-')}/{m.get('question_family', '-')}, "
                   f"depth {m.get('depth', '-')}) {'**ok**' if r['correct'] else 'miss'} "
                   f"— Q: {json.dumps(q[-120:], ensure_ascii=False)} "
                   f"→ {json.dumps(r['output'], ensure_ascii=False)}; want {want}")
    return out


def write_report(rep: dict, out_dir: str) -> str:
    os.makedirs(out_dir, exist_ok=True)
    pngs = {name: fn(rep, os.path.join(out_dir, f"{name}.png")) for name, fn in
            (("accuracy_length", plot_accuracy_vs_length), ("depth_length", plot_depth_length),
             ("families", plot_families), ("absent", plot_absent))}
    mode = default_mode(rep)
    n_cases = len({r["id"] for r in rep["cases"]})
    held = sum(1 for r in rep["cases"] if r["mode"] == mode and (r.get("meta") or {}).get("split") == "heldout")
    vs = verdicts(rep)
    la = rep["machine"].get("loadavg")
    load = f" (load average {la[0]:.1f} when it ended: times are shared-machine times)" if la else ""
    lines = [
        "# Recall through the working context",
        "",
        f"Command: `{rep['command']}`  ",
        f"Revision {rep['revision'][:10]}{' (uncommitted changes)' if rep.get('dirty') else ''}, {rep['date']}, "
        f"{rep['machine'].get('cpu')} × {rep['machine'].get('cores')} cores"
        f"{load}"
        f"; {rep.get('seconds', '?')} s.  ",
        f"Package `{rep['package']}`, W_max = {rep['wMax']} (reply reserve {rep.get('maxNewTokens', '?')} tokens), "
        f"{memory_check_note(rep)}"
        f"cases `{rep.get('casesFile', '?')}`: {n_cases} cases ({held} held-out) × {len(rep['modes'])} modes. "
        f"Default mode: {mode}. Headline numbers are held-out (evaluation-only templates, families or value kinds).",
        "",
        "## Issue 16 targets (held-out)",
        "",
        "| target | measured | status |", "|---|---|---|",
        *[f"| {v.target} | {v.measured} | **{v.status}** |" for v in vs],
        "",
        f"Met: {sum(v.status == 'met' for v in vs)}, missed: {sum(v.status == 'missed' for v in vs)}, "
        f"tie: {sum(v.status == 'tie' for v in vs)}, not measured: {sum(v.status == 'not measured' for v in vs)} "
        f"(of {len(vs)}).",
    ]
    fits = tally(rep["summary"], mode, "heldout", "length", FITS)
    if fits and fits["accuracy"] < 0.95:
        lines += ["", f"The base model misses the cases that fit in the budget ({pct(fits)}): "
                      "there no memory mechanism is involved, so no focus policy can make up for it."
                  if rep.get("wMax", 2048) >= 2048 else
                  f"The {FITS} cases would fit whole in W_max 2,048; at this run's W_max ({rep['wMax']:,}) "
                  f"part of each is gisted, chosen by focus: {pct(fits)}."]
    lines += ["", "## Accuracy per mode and length", "", *mode_table(rep), ""]
    lines += [f"![accuracy vs length]({os.path.basename(p)})" for p in [pngs["accuracy_length"]] if p]
    lines += ["", f"## {mode}: depth × length", ""]
    lines += [f"![depth × length]({os.path.basename(p)})" for p in [pngs["depth_length"]] if p]
    lines += ["", f"## {mode}: per family, shape and framing (all lengths)", ""]
    for dim in ("shape", "framing", "fact_family", "question_family", "value_kind", "haystack"):
        lines += [*group_table(rep, dim), ""]
    lines += [f"![families]({os.path.basename(p)})" for p in [pngs["families"]] if p]
    lines += ["", "## Absent facts (held-out)", "", "| mode | absent answered as absent | present called absent |",
              "|---|---|---|"]
    for m in rep["modes"]:
        a = rep["summary"][m]["absent"].get("heldout", {}).get("all")
        lines.append(f"| {m} | {pct(a and a['answeredAbsent'])} | {pct(a and a['presentCalledAbsent'])} |")
    lines += [""] + [f"![absent]({os.path.basename(p)})" for p in [pngs["absent"]] if p]
    lines += ["", "## Time per case (median)", "", *timing_table(rep), "",
              f"## Raw outputs ({mode}, 10 spread over the suite)", "", *raw_outputs(rep), ""]
    path = os.path.join(out_dir, "report.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_json")
    ap.add_argument("--out-dir", default=None, help="default: the folder of eval_json")
    a = ap.parse_args(argv)
    with open(a.eval_json, encoding="utf-8") as f:
        rep = json.load(f)
    path = write_report(rep, a.out_dir or os.path.dirname(os.path.abspath(a.eval_json)))
    for v in verdicts(rep):
        print(f"[recall-report] {v.status:12s} {v.target}: {v.measured}")
    print(f"[recall-report] wrote {path}")


if __name__ == "__main__":
    main()
