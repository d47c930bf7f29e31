"""Checkpoints kept in history (training/restore_checkpoints.py): restore from the git object
store with size/sha256 checks, never overwrite other content silently, clear errors, and the
real manifest's files stay out of the working tree (the device tool's 64 MiB)."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess

import pytest

from training import restore_checkpoints as rc
from training.checkpoint import load_checkpoint

ROOT = rc.ROOT


def _git(root, *args, input=None):
    return subprocess.run(["git", "-C", str(root), *args], input=input, capture_output=True, check=True).stdout


def _repo_with_blob(tmp_path, data: bytes):
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q")
    blob = _git(root, "hash-object", "-w", "--stdin", input=data).decode().strip()
    entry = {"path": "training/checkpoints/x/weights.pt", "what": "a test net", "blob": blob, "commit": "none",
             "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return root, entry


def test_restore_writes_the_blob_then_leaves_it_and_refuses_other_content(tmp_path):
    data = os.urandom(5000)
    root, entry = _repo_with_blob(tmp_path, data)
    dest = root / entry["path"]
    assert rc.restore(entry, root=str(root)) == "restored"
    assert dest.read_bytes() == data
    assert rc.restore(entry, root=str(root)) == "present"
    dest.write_bytes(b"a newer run")
    with pytest.raises(rc.RestoreError, match="other content"):
        rc.restore(entry, root=str(root))
    assert dest.read_bytes() == b"a newer run"
    assert rc.restore(entry, root=str(root), force=True) == "restored"
    assert dest.read_bytes() == data


def test_restore_checks_the_recorded_sha_and_names_a_missing_object(tmp_path):
    root, entry = _repo_with_blob(tmp_path, b"weights")
    with pytest.raises(rc.RestoreError, match="does not match"):
        rc.restore({**entry, "sha256": "0" * 64}, root=str(root))
    assert not (root / entry["path"]).exists()
    with pytest.raises(rc.RestoreError, match="git has no object"):
        rc.restore({**entry, "blob": "1" * 40}, root=str(root))


def test_a_listed_checkpoint_that_is_missing_names_the_restore_command(tmp_path, monkeypatch):
    entry = rc.entries()[0]
    monkeypatch.setattr(rc, "ROOT", str(tmp_path))
    missing = str(tmp_path / entry["path"])
    with pytest.raises(FileNotFoundError, match="training.restore_checkpoints " + entry["path"]):
        load_checkpoint(missing)
    with pytest.raises(FileNotFoundError, match="checkpoint not found: /nope.pt$"):
        load_checkpoint("/nope.pt")


def test_the_manifest_files_are_ignored_untracked_and_match_their_objects():
    man = rc.entries()
    assert len({e["path"] for e in man}) == len(man)
    tracked = set(_git(ROOT, "ls-files", "-z").decode().split("\0"))
    shallow = _git(ROOT, "rev-parse", "--is-shallow-repository").decode().strip() == "true"
    for e in man:
        assert e["path"] not in tracked, f"{e['path']} is tracked: it would travel with every device call"
        assert subprocess.run(["git", "-C", ROOT, "check-ignore", "-q", e["path"]]).returncode == 0
        size = subprocess.run(["git", "-C", ROOT, "cat-file", "-s", e["blob"]], capture_output=True, text=True)
        if size.returncode != 0:
            assert shallow, f"{e['blob']} ({e['path']}) is not in this clone's history"
            continue
        assert int(size.stdout) == e["bytes"]
    with open(rc.MANIFEST) as f:
        assert "restore_checkpoints" in json.load(f)["about"]
