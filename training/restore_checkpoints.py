"""Checkpoints kept in the repository's history instead of its working tree (issue 16: the device
tool sends at most 64 MiB of working tree + carry, and the base checkpoints alone were 38 MB).

`training/checkpoints.json` lists each one: its path, the git object id of its content (`blob`),
a commit that holds it, its size and sha256. This writes them back where the trainers, the
exporter and the evaluations look for them:

    /usr/bin/python3 -m training.restore_checkpoints              # all of them (≈ 44 MB, seconds)
    /usr/bin/python3 -m training.restore_checkpoints training/checkpoints/recall/ema-step2886.pt

A file already there with the recorded sha256 is left alone; one with other content is not
overwritten (it may be a newer run of yours) unless `--force`. A shallow clone lacks the objects:
then the error says to run `git fetch --unshallow`. `missing_checkpoint_error` is what a loader
raises for a listed checkpoint that is not on disk, so the message names this command.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess

from .run_control import sha256_file

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MANIFEST = os.path.join(ROOT, "training", "checkpoints.json")
COMMAND = "/usr/bin/python3 -m training.restore_checkpoints"


class RestoreError(RuntimeError):
    pass


def entries(manifest: str = MANIFEST) -> list[dict]:
    with open(manifest) as f:
        return json.load(f)["checkpoints"]


def _rel(path: str, root: str) -> str:
    return os.path.relpath(os.path.abspath(os.path.join(root, path)), root)


def find(path: str, manifest: str = MANIFEST, root: str | None = None) -> dict | None:
    """The manifest entry for `path` (relative to the repository root or absolute), or None."""
    rel = _rel(path, root or ROOT) if os.path.isabs(path) else os.path.normpath(path)
    return next((e for e in entries(manifest) if os.path.normpath(e["path"]) == rel), None)


def restore(entry: dict, root: str | None = None, force: bool = False) -> str:
    """Writes one checkpoint from the git object store (atomically, sha256 checked); returns
    'present', 'restored' or raises RestoreError."""
    root = root or ROOT
    dest = os.path.join(root, entry["path"])
    if os.path.exists(dest):
        if sha256_file(dest) == entry["sha256"]:
            return "present"
        if not force:
            raise RestoreError(f"{entry['path']} exists with other content (a run of yours?); "
                               f"move it away or pass --force")
    got = subprocess.run(["git", "-C", root, "cat-file", "blob", entry["blob"]], capture_output=True)
    if got.returncode != 0:
        shallow = subprocess.run(["git", "-C", root, "rev-parse", "--is-shallow-repository"],
                                 capture_output=True, text=True).stdout.strip() == "true"
        hint = ("this clone is shallow: run `git fetch --unshallow` and try again" if shallow else
                f"git has no object {entry['blob']} (commit {entry['commit']} holds it)")
        raise RestoreError(f"cannot restore {entry['path']}: {hint}")
    data = got.stdout
    if len(data) != entry["bytes"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise RestoreError(f"{entry['path']}: object {entry['blob']} does not match the recorded "
                           f"size/sha256")
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    tmp = dest + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, dest)
    return "restored"


def missing_checkpoint_error(path: str) -> FileNotFoundError:
    """The error for a checkpoint that is not on disk: names the restore command when the
    repository keeps it in its history."""
    entry = find(path)
    if entry is None:
        return FileNotFoundError(f"checkpoint not found: {path}")
    return FileNotFoundError(f"checkpoint not found: {path} ({entry['what']}). The repository keeps it "
                             f"in its history: {COMMAND} {entry['path']}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="Restore the checkpoints listed in training/checkpoints.json "
                                             "from the repository's history.")
    ap.add_argument("paths", nargs="*", help="checkpoints to restore (default: all listed)")
    ap.add_argument("--force", action="store_true", help="overwrite a file with other content")
    a = ap.parse_args(argv)
    wanted = entries() if not a.paths else [find(p) or ap.error(f"not in {MANIFEST}: {p}") for p in a.paths]
    for e in wanted:
        try:
            state = restore(e, force=a.force)
        except RestoreError as err:
            raise SystemExit(f"[restore_checkpoints] {err}")
        print(f"[restore_checkpoints] {e['path']}: {state} ({e['bytes'] / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
