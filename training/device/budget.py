"""Time budget and file returns of a device run (training/device/run.sh; seed concept: training
that stops and continues where it stopped — a device lease is a hard wall-clock limit, so the run
is planned backwards from it, and what comes back must fit the device tool's file limits).

    python3 -m training.device.budget train-seconds --minutes 9 --elapsed 40 --finish-minutes 2
    python3 -m training.device.budget split FILE DEST_PREFIX        # DEST_PREFIX.part00, .part01, …
    python3 -m training.device.budget join DEST_PREFIX OUT_FILE
    python3 -m training.device.budget fits OUT_DIR FILE           # exit 0: FILE's parts still fit

The device tool returns at most 8 files of at most 16 MiB each, 64 MiB together, from $OUT, so a
large file comes back as parts of PART_BYTES (15 MiB), each written under a temporary name and
renamed, so a run stopped mid-copy leaves the previous complete set or a complete new part; `fits`
says whether one more file still fits those limits.
"""
from __future__ import annotations

import argparse
import glob
import os

PART_BYTES = 15 * 1024 * 1024
RETURN_BYTES = 60 * 1024 * 1024  # the tool returns ≤ 64 MiB together: keep 4 MiB for the report
RETURN_FILES = 8
MIN_TRAIN_SECONDS = 10.0


def train_seconds(minutes: float, elapsed: float, finish_minutes: float) -> float:
    """Seconds left for training: the total budget minus what already ran (probe, unpack) and the
    reserve for the finish (EMA eval, perplexity, export, copies); never below MIN_TRAIN_SECONDS, so
    a budget too small for the finish still trains a few steps and says so in the log."""
    return max(MIN_TRAIN_SECONDS, minutes * 60.0 - elapsed - finish_minutes * 60.0)


def split(src: str, prefix: str, part_bytes: int = PART_BYTES) -> list[str]:
    """`src` as prefix.part00, .part01, … (each ≤ part_bytes); stale higher-numbered parts of an
    earlier, longer copy are removed. Returns the part paths."""
    parts = []
    with open(src, "rb") as f:
        i = 0
        while True:
            chunk = f.read(part_bytes)
            if not chunk and i > 0:
                break
            path = f"{prefix}.part{i:02d}"
            with open(path + ".tmp", "wb") as g:
                g.write(chunk)
            os.replace(path + ".tmp", path)
            parts.append(path)
            i += 1
            if len(chunk) < part_bytes:
                break
    for stale in glob.glob(f"{glob.escape(prefix)}.part[0-9][0-9]"):
        if stale not in parts:
            os.remove(stale)
    return parts


def fits(out_dir: str, src: str, reserve_files: int = 2, reserve_bytes: int = 0,
         limit_bytes: int = RETURN_BYTES, limit_files: int = RETURN_FILES) -> bool:
    """Whether `src`, as parts, still fits beside what `out_dir` holds (plus `reserve_files` /
    `reserve_bytes` for what the run writes later) within the files the device tool returns."""
    have = [os.path.join(out_dir, f) for f in os.listdir(out_dir)]
    n_parts = max(1, -(-os.path.getsize(src) // PART_BYTES))
    used = sum(os.path.getsize(f) for f in have) + os.path.getsize(src) + reserve_bytes
    return len(have) + n_parts + reserve_files <= limit_files and used <= limit_bytes


def join(prefix: str, out: str) -> int:
    """Concatenates prefix.part00, .part01, … into `out`; returns its size."""
    parts = sorted(glob.glob(f"{glob.escape(prefix)}.part[0-9][0-9]"))
    if not parts:
        raise SystemExit(f"[budget] no parts {prefix}.partNN")
    with open(out + ".tmp", "wb") as g:
        for p in parts:
            with open(p, "rb") as f:
                g.write(f.read())
    os.replace(out + ".tmp", out)
    return os.path.getsize(out)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train-seconds")
    t.add_argument("--minutes", type=float, required=True)
    t.add_argument("--elapsed", type=float, required=True)
    t.add_argument("--finish-minutes", type=float, required=True)
    s = sub.add_parser("split")
    s.add_argument("src")
    s.add_argument("prefix")
    f = sub.add_parser("fits", help="exit 0 when FILE's parts fit beside OUT_DIR's files (+2 files)")
    f.add_argument("out_dir")
    f.add_argument("src")
    j = sub.add_parser("join")
    j.add_argument("prefix")
    j.add_argument("out")
    a = ap.parse_args(argv)
    if a.cmd == "train-seconds":
        print(f"{train_seconds(a.minutes, a.elapsed, a.finish_minutes):.0f}")
    elif a.cmd == "fits":
        raise SystemExit(0 if fits(a.out_dir, a.src) else 1)
    elif a.cmd == "split":
        parts = split(a.src, a.prefix)
        print(f"[budget] {a.src} -> {len(parts)} part(s) {a.prefix}.partNN")
    else:
        print(f"[budget] {a.out}: {join(a.prefix, a.out)} bytes")


if __name__ == "__main__":
    main()
