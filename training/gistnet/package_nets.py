"""Adds a trained GistNet and/or LensNet to a browser model package (manifest fields `gistnet` /
`lensnet`: {file, base_model, version, …}; src/models/model-manifest.ts). `base_model` is the
package's `${name}@${version}`; the nets' checkpoints must have been trained on the base
checkpoint this package was exported from (checked by step, --force to override).

    /usr/bin/python3 -m training.gistnet.package_nets --package public/models/demo \
        --gistnet-ckpt training/checkpoints/gist-skip/latest.pt \
        --lensnet-ckpt training/checkpoints/lens-demo/latest.pt
"""
from __future__ import annotations

import argparse
import json
import os

from ..checkpoint import load_checkpoint
from ..lensnet.export import export_lensnet_onnx, input_names as lens_input_names
from ..lensnet.model import LensNet, LensNetConfig
from .common import file_sha256
from .export import INPUTS as GIST_INPUTS, export_gistnet
from .model import GistNetConfig, GistNetStack


def _file_entry(path: str) -> dict:
    return {"bytes": os.path.getsize(path), "sha256": file_sha256(path)}


def _check_base(ck: dict, base_step, what: str, force: bool) -> None:
    trained_on = (ck.get("base", {}).get("step") if what == "gistnet"
                  else ck.get("labels", {}).get("base", {}).get("step"))
    if base_step is not None and trained_on != base_step and not force:
        raise SystemExit(f"{what} was trained for base step {trained_on}, the package holds step {base_step} "
                         "(--force to add anyway)")


def add_gistnet(pkg: str, man: dict, stack: GistNetStack, version: str, policy: str, extra: dict | None = None) -> dict:
    info = export_gistnet(stack, pkg)
    files = [info["file"]] + [f for lv in info["flat"].values() for f in lv.values()]
    for f in files:
        man["files"][f] = _file_entry(os.path.join(pkg, f))
    man["gistnet"] = {"file": info["file"], "base_model": f"{man['name']}@{man['version']}", "version": version,
                      "inputs": GIST_INPUTS, "outputs": ["gists"], "block_size": stack.c.block_size,
                      "levels": stack.c.levels, "shared_levels": stack.c.shared, "position_policy": policy,
                      "flat_layout": info["flat"], "parameters": stack.num_params(), "config": stack.c.to_dict(),
                      **(extra or {})}
    return man


def add_lensnet(pkg: str, man: dict, net: LensNet, version: str, policy: str, tail_tokens: int,
                extra: dict | None = None) -> dict:
    export_lensnet_onnx(net, os.path.join(pkg, "lensnet.onnx"))
    man["files"]["lensnet.onnx"] = _file_entry(os.path.join(pkg, "lensnet.onnx"))
    man["lensnet"] = {"file": "lensnet.onnx", "base_model": f"{man['name']}@{man['version']}", "version": version,
                      "inputs": lens_input_names(net), "outputs": ["scores"], "tail_tokens": tail_tokens,
                      "max_level": net.c.max_level, "position_policy": policy, "parameters": net.num_params(),
                      "config": net.c.to_dict(), **(extra or {})}
    return man


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--package", required=True)
    ap.add_argument("--gistnet-ckpt")
    ap.add_argument("--lensnet-ckpt")
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args(argv)
    mpath = os.path.join(a.package, "manifest.json")
    man = json.load(open(mpath))
    base_step = (man.get("provenance") or {}).get("checkpoint_step")
    if a.gistnet_ckpt:
        ck = load_checkpoint(a.gistnet_ckpt)
        _check_base(ck, base_step, "gistnet", a.force)
        stack = GistNetStack(GistNetConfig.from_dict(ck["config"]))
        stack.load_state_dict(ck["model"])
        run = ck["args"]["run"]
        add_gistnet(a.package, man, stack, f"gistnet-{run}@step{ck['step']}", ck["policy"],
                    {"trained_on_base_step": ck["base"]["step"]})
    if a.lensnet_ckpt:
        ck = load_checkpoint(a.lensnet_ckpt)
        _check_base(ck, base_step, "lensnet", a.force)
        net = LensNet(LensNetConfig.from_dict(ck["config"]))
        net.load_state_dict(ck["model"])
        lab = ck["labels"]
        add_lensnet(a.package, man, net, f"lensnet-{ck['args']['run']}@step{ck['step']}", lab["policy"],
                    lab["args"]["tail_tokens"], {"trained_on_base_step": lab["base"]["step"],
                                                 "gists": lab["gists"].get("kind")})
    with open(mpath + ".tmp", "w") as f:
        json.dump(man, f, indent=2)
    os.replace(mpath + ".tmp", mpath)
    print(f"[package-nets] {mpath}: gistnet={man.get('gistnet', {}).get('version')} "
          f"lensnet={man.get('lensnet', {}).get('version')}")


if __name__ == "__main__":
    main()
