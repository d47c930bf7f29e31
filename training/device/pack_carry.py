"""Device carry (seed concept: "frozen base model provides teacher signals" needs a base model
worth distilling; this packs what training it on a device machine reads): one compressed tar of
the ignored training inputs, laid out at their repository paths, so `training/device/run.sh`
unpacks it at the repository root and `training.train` / `training.recall.quick_eval` /
`training.export.onnx_export` find everything at their default paths.

    /usr/bin/python3 -m training.device.pack_carry [--out build/device-carry/data.tar.xz]

The files (repository-relative; every one is read by the recall run or its evaluation):
  training/data/tokens/{train,heldout}.bin, {train,heldout}.docs.npy, meta.json  CorpusTokens
  training/data/corpus/train.jsonl   filler prose (load_prose_docs) + recall haystacks (training split)
  training/data/corpus/sources.json  corpus provenance in the exported manifest
  training/data/recall/nouns.json    recall lexicon nouns (--recall-nouns, quick_eval --nouns)
  training/data/recall/eval_haystacks.jsonl (+ .sources.json)  quick_eval's held-out haystacks
  training/artifacts/tokenizer/tokenizer.json, tokenizer_config.json  tokenizer + export
Left out: data/raw (download cache), data/corpus/heldout.jsonl (nothing on the device reads it:
perplexity uses the heldout token file).
"""
from __future__ import annotations

import argparse
import os
import tarfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LIMIT = 60 * 1024 * 1024  # what may travel beside the working tree (64 MiB in all)
FILES = [
    "training/data/tokens/train.bin", "training/data/tokens/heldout.bin",
    "training/data/tokens/train.docs.npy", "training/data/tokens/heldout.docs.npy",
    "training/data/tokens/meta.json",
    "training/data/corpus/train.jsonl", "training/data/corpus/sources.json",
    "training/data/recall/nouns.json",
    "training/data/recall/eval_haystacks.jsonl", "training/data/recall/eval_haystacks.sources.json",
    "training/artifacts/tokenizer/tokenizer.json", "training/artifacts/tokenizer/tokenizer_config.json",
]


def pack(root: str, out: str, files: list[str] = FILES, limit: int = LIMIT) -> int:
    """Writes `out` (.tar.xz or .tar.gz by its name) with `files` (paths relative to `root`, kept
    as they are); returns its size in bytes. Missing inputs or an archive over `limit` raise."""
    missing = [f for f in files if not os.path.isfile(os.path.join(root, f))]
    if missing:
        raise SystemExit(f"[pack_carry] missing: {missing}")
    mode = "w:xz" if out.endswith(".xz") else "w:gz"
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = out + ".tmp"
    with tarfile.open(tmp, mode) as tf:
        for f in files:
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
    a = ap.parse_args(argv)
    raw = sum(os.path.getsize(os.path.join(a.root, f)) for f in FILES if os.path.isfile(os.path.join(a.root, f)))
    size = pack(a.root, a.out)
    print(f"[pack_carry] {a.out}: {size / 2**20:.1f} MiB ({size} bytes) from {raw / 2**20:.1f} MiB, "
          f"{len(FILES)} files")


if __name__ == "__main__":
    main()
