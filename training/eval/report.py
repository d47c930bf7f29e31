"""Markdown report and loss-curve plot for a MegaContext demo training run."""
from __future__ import annotations

import csv
import os


def _read(path: str) -> list[dict]:
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return list(csv.DictReader(f))


def pyplot():
    """matplotlib.pyplot on the Agg backend, or None where matplotlib is missing (no plots then)."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        return plt
    except ImportError:
        return None


def finish_axes(ax, xlabel: str, ylabel: str, title: str, legend_size=None) -> None:
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=legend_size)


def save_figure(plt, fig, out_png: str) -> str:
    """Saves as a 64-colour palette PNG where Pillow is present: a plot has a few colours and their
    anti-aliasing, and the committed plots weigh about a quarter of the full-colour ones."""
    fig.tight_layout()
    fig.savefig(out_png, dpi=110)
    plt.close(fig)
    palette_png(out_png)
    return out_png


def palette_png(path: str, colors: int = 64) -> None:
    """Rewrites a PNG as `colors` palette colours (median cut), in place; unchanged without Pillow."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as im:
        q = im.convert("RGB").quantize(colors=colors, method=Image.Quantize.MEDIANCUT)
    q.save(path, optimize=True)


def plot_loss(loss_csv: str, eval_csv: str, out_png: str) -> str | None:
    plt = pyplot()
    if plt is None:
        return None
    rows, ev = _read(loss_csv), _read(eval_csv)
    if not rows:
        return None
    fig, ax = plt.subplots(figsize=(8, 4.5))
    steps = [int(r["step"]) for r in rows]
    loss = [float(r["loss"]) for r in rows]
    k = 20
    smooth = [sum(loss[max(0, i - k + 1):i + 1]) / len(loss[max(0, i - k + 1):i + 1]) for i in range(len(loss))]
    ax.plot(steps, loss, alpha=0.25, label="train loss (per step)")
    ax.plot(steps, smooth, label=f"train loss ({k}-step mean)")
    ans = [(int(r["step"]), float(r["answer_loss"])) for r in rows if r["answer_loss"] != "nan"]
    if ans:
        sm = []
        for i in range(len(ans)):
            w = [v for _, v in ans[max(0, i - k + 1):i + 1]]
            sm.append(sum(w) / len(w))
        ax.plot([s for s, _ in ans], sm, label=f"answer-token loss ({k}-step mean)")
    if ev:
        ax.plot([int(r["step"]) for r in ev], [float(r["heldout_loss"]) for r in ev], "o-", label="held-out loss")
    long_steps = [int(r["step"]) for r in rows if int(r["seq_len"]) > int(rows[0]["seq_len"])]
    if long_steps:
        ax.axvline(long_steps[0], color="gray", ls="--", lw=1, label=f"seq len → {rows[-1]['seq_len']}")
    finish_axes(ax, "step", "cross-entropy (nats/token)", "MegaContext demo base model — training")
    return save_figure(plt, fig, out_png)


def write_report(res: dict, out_md: str, png: str | None) -> None:
    ck, h = res["checkpoint"], res["heldout"]
    lines = [
        "# MegaContext demo base model — evaluation",
        "",
        f"Command: `{res['command']}`  ",
        f"Revision {res['git_revision'][:10]}, {res['date']}, {res['machine']}; eval took {res['eval_seconds']} s.",
        "",
        f"Checkpoint `{ck['path']}`: step {ck['step']}, {ck['tokens_seen']:,} training tokens, "
        f"{(ck['train_seconds'] or 0)/60:.1f} min of training; {res['params']/1e6:.2f}M parameters.",
        "",
    ]
    if png:
        lines += [f"![loss curve]({os.path.basename(png)})", ""]
    lines += ["| metric | value |", "|---|---|",
              f"| held-out perplexity ({h['tokens']:,} tokens, window {h['window']}) "
              f"| {h['perplexity']:.1f} (NLL {h['nll']:.3f}) |"]
    for L, p in res["passkey"].items():
        lines.append(f"| passkey accuracy @ ~{L} tokens (n={p['n']}, mean prompt {p['mean_prompt_tokens']:.0f} tokens) "
                     f"| {p['accuracy']:.1%} |")
    mk = res["multikey_1000"]
    lines.append(f"| multi-key (4 keys) @ ~{mk['mean_prompt_tokens']:.0f} tokens (n={mk['n']}) "
                 f"| {mk['accuracy']:.1%} |")
    for kind, q in res["chat_qa"].items():
        lines.append(f"| chat Q&A `{kind}` exact match / answer contained (n={q['n']}) "
                     f"| {q['exact_match']:.1%} / {q['answer_contained']:.1%} |")
    lines += ["", "## Passkey accuracy by needle depth", ""]
    for L, p in res["passkey"].items():
        lines.append(f"- ~{L} tokens: " + ", ".join(f"{k}: {'n/a' if v is None else f'{v:.0%}'}"
                                                    for k, v in p["by_depth"].items()))
    lines += ["", "## Samples", ""]
    for L, p in res["passkey"].items():
        for s in p["samples"]:
            lines.append(f"- passkey ~{L}: key {s['key']} → `{s['output']!r}` ({'ok' if s['correct'] else 'wrong'})")
    for kind, q in res["chat_qa"].items():
        for s in q["samples"]:
            lines.append(f"- {kind}: Q `{s['question']!r}` expected `{s['expected']!r}` → `{s['output']!r}`")
    lines += ["", "## Free generations (greedy, 48 tokens)", ""]
    for s in res["samples"]:
        lines.append(f"- `{s['prompt']!r}` → `{s['output']!r}`")
    with open(out_md, "w") as f:
        f.write("\n".join(lines) + "\n")
