"""Device carry (seed concept: "frozen base model provides teacher signals" needs a base model
worth distilling; this packs what training it on a device machine reads): one compressed tar of
the ignored training inputs, laid out at their repository paths, so `training/device/run.sh`
unpacks it at the repository root and `training.train` / `training.recall.quick_eval` /
`training.export.onnx_export` find everything at their default paths.

    /usr/bin/python3 -m training.device.pack_carry [--out build/device-carry/data.tar.xz]

The files (repository-relative; every one is read by the recall run or its evaluation):
  training/data/tokens/{train,heldout}.bin, {train,heldout}.docs.npy, meta.json  CorpusTokens
  training/data/corpus/train.jsonl   filler prose (load_prose_docs) + recall haystacks (training split);
                                     only the lines those two readers take (corpus_subset: the same
                                     documents in the same order, so both read exactly what they read here)
  training/data/corpus/sources.json  corpus provenance in the exported manifest
  training/data/recall/nouns.json    recall lexicon nouns (--recall-nouns, quick_eval --nouns)
  training/data/recall/eval_haystacks.jsonl (+ .sources.json)  quick_eval's held-out haystacks
  training/artifacts/tokenizer/tokenizer.json, tokenizer_config.json  tokenizer + export
Left out: data/raw (download cache), data/corpus/heldout.jsonl (nothing on the device reads it:
perplexity uses the heldout token file).

The device tool sends the working tree (tracked + untracked-not-ignored files) and the carry, 64 MiB
in all: `main` adds them up and fails, naming the largest tracked files, when they do not fit.
"""
from __future__ import annotations

import argparse
import io
import json
import lzma
import os
import subprocess
import tarfile

from ..dataset.stream import PROSE_MAX_CHARS, PROSE_SOURCES
from ..recall.haystack import MAX_CHARS_PER_SOURCE

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LIMIT = 60 * 1024 * 1024  # what may travel beside the working tree (64 MiB in all)
TRAVEL_LIMIT = 64 * 1024 * 1024  # working tree + carry: the device tool's limit
CORPUS = "training/data/corpus/train.jsonl"
EVAL_HAYSTACKS = "training/data/recall/eval_haystacks"
FILES = [
    "training/data/tokens/train.bin", "training/data/tokens/heldout.bin",
    "training/data/tokens/train.docs.npy", "training/data/tokens/heldout.docs.npy",
    "training/data/tokens/meta.json",
    "training/data/corpus/train.jsonl", "training/data/corpus/sources.json",
    "training/data/recall/nouns.json",
    "training/data/recall/eval_haystacks.jsonl", "training/data/recall/eval_haystacks.sources.json",
    "training/artifacts/tokenizer/tokenizer.json", "training/artifacts/tokenizer/tokenizer_config.json",
]


def corpus_subset(path: str, haystack_chars: int = MAX_CHARS_PER_SOURCE, prose_chars: int = PROSE_MAX_CHARS) -> bytes:
    """The lines of a corpus jsonl that the device's two readers take, in file order:
    HaystackPool.from_jsonl (the first `haystack_chars` of each source) and load_prose_docs (prose
    sources until `prose_chars`). Both read the same documents from the subset as from the whole file."""
    out, per_source, prose = [], {}, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            src, n = d["source"], len(d["text"])
            take = per_source.get(src, 0) < haystack_chars
            if take:
                per_source[src] = per_source.get(src, 0) + n
            if src in PROSE_SOURCES and prose <= prose_chars:
                take = True
                prose += n
            if take:
                out.append(line if line.endswith("\n") else line + "\n")
    return "".join(out).encode("utf-8")


def travel_bytes(root: str) -> tuple[int, list[tuple[int, str]]]:
    """What the device tool sends of the checkout: tracked and untracked-not-ignored files; returns
    their total size and the five largest (bytes, path)."""
    names = subprocess.run(["git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           capture_output=True, check=True).stdout.decode().split("\0")
    # Counted as `du` counts (whole 4 KiB blocks): the device tool refused a call that the byte sum
    # put at 63.4 MiB (2026-12-04); by blocks it was 65.1 MiB.
    sizes = [(-(-os.path.getsize(os.path.join(root, n)) // 4096) * 4096, n)
             for n in names if n and os.path.isfile(os.path.join(root, n))]
    return sum(s for s, _ in sizes), sorted(sizes, reverse=True)[:5]


def pack(root: str, out: str, files: list[str] = FILES, limit: int = LIMIT) -> int:
    """Writes `out` (.tar.xz, preset 9e, or .tar.gz by its name) with `files` (paths relative to
    `root`, kept as they are; the corpus as `corpus_subset`); returns its size in bytes. Missing
    inputs or an archive over `limit` raise."""
    missing = [f for f in files if not os.path.isfile(os.path.join(root, f))]
    if missing:
        raise SystemExit(f"[pack_carry] missing: {missing}")
    xz = out.endswith(".xz")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = out + ".tmp"
    opts = {"preset": 9 | lzma.PRESET_EXTREME} if xz else {}
    with tarfile.open(tmp, "w:xz" if xz else "w:gz", **opts) as tf:
        for f in files:
            if f == CORPUS:
                data = corpus_subset(os.path.join(root, f))
                info = tf.gettarinfo(os.path.join(root, f), arcname=f)
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
            else:
                tf.add(os.path.join(root, f), arcname=f)
    size = os.path.getsize(tmp)
    if size > limit:
        os.remove(tmp)
        raise SystemExit(f"[pack_carry] {size / 2**20:.1f} MiB is over the {limit / 2**20:.0f} MiB limit")
    os.replace(tmp, out)
    return size


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=ROOT)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "device-carry", "data.tar.xz"))
    ap.add_argument("--without-eval", action="store_true",
                    help="leave quick_eval's haystacks out (3 MB; run.sh --qe-n 0 then skips quick_eval) when "
                         "the working tree leaves too little room")
    a = ap.parse_args(argv)
    files = [f for f in FILES if not (a.without_eval and f.startswith(EVAL_HAYSTACKS))]
    raw = sum(os.path.getsize(os.path.join(a.root, f)) for f in files if os.path.isfile(os.path.join(a.root, f)))
    size = pack(a.root, a.out, files)
    print(f"[pack_carry] {a.out}: {size / 2**20:.1f} MiB ({size} bytes) from {raw / 2**20:.1f} MiB, "
          f"{len(files)} files")
    tree, largest = travel_bytes(a.root)
    total = tree + size
    print(f"[pack_carry] a device call sends {total / 2**20:.1f} MiB: working tree {tree / 2**20:.1f} MiB "
          f"+ carry {size / 2**20:.1f} MiB (limit {TRAVEL_LIMIT / 2**20:.0f} MiB)")
    if total > TRAVEL_LIMIT:
        biggest = ", ".join(f"{p} {s / 1e6:.1f} MB" for s, p in largest)
        raise SystemExit(f"[pack_carry] over the device tool's {TRAVEL_LIMIT / 2**20:.0f} MiB by "
                         f"{(total - TRAVEL_LIMIT) / 2**20:.1f} MiB; the largest files that travel: {biggest}")


if __name__ == "__main__":
    main()
