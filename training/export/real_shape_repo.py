"""A hub repository at a real model's exact shape with random weights (issue 17 item 6): the
benchmark at real dimensions (`npm run bench:runtime -- --real-shape`) loads it through the app's
hub loader and graph surgery. Same graph builders as the hub fixture repositories
(hub_fixtures_graphs.optimum_decoder, Optimum layout), only the shape differs.

    /usr/bin/python3 -m training.export.real_shape_repo --out build/fixtures/real-shape/smollm2-135m

Shape: HuggingFaceTB/SmolLM2-135M's config.json (hidden 576, 30 layers, 9 heads / 3 KV heads of
64, intermediate 1536, vocab 49,152, rope_theta 100,000, rms_norm_eps 1e-5, 8,192 positions, tied
embeddings). Tied weights are written the way a torch.onnx export stores them: the embedding
table for the Gather and its transpose as the LM head's MatMul weight (two initializers).
The tokenizer is the demo tokenizer (8,192 ids, all inside the 49,152-row table): the benchmark
measures speed, and random weights answer nothing anyway.

Files: onnx/model.onnx (fp32, 656 MB) and onnx/model_q4.onnx (MatMulNBits q4 linears, float
embedding table, 202 MB), config.json, generation_config.json, tokenizer files, index.json.
About 30 s of CPU (numpy, onnx serialisation), 2-5 minutes of wall time on a busy machine;
several GB of memory while serialising.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import time

import onnx

from .hub_fixtures import DEMO, SPECIAL, hf_config
from .hub_fixtures_graphs import optimum_decoder
from .hub_fixtures_ref import TinyLlama, random_weights

SHAPES = {
    "smollm2-135m": TinyLlama(vocab=49152, d=576, heads=9, kv_heads=3, head_dim=64, ffn=1536, layers=30,
                              theta=100000.0, eps=1e-5, max_pos=8192),
}
FILES = {"fp32": "model.onnx", "q4": "model_q4.onnx"}


def parameter_count(cfg: TinyLlama) -> int:
    """Parameters of the tied model (the embedding counted once), as Hugging Face counts them."""
    attn = cfg.d * (cfg.heads + 2 * cfg.kv_heads) * cfg.head_dim + cfg.heads * cfg.head_dim * cfg.d
    return cfg.vocab * cfg.d + cfg.d + cfg.layers * (attn + 3 * cfg.d * cfg.ffn + 2 * cfg.d)


def write_repository(out: str, shape: str = "smollm2-135m", dtypes: tuple[str, ...] = ("fp32", "q4"),
                     seed: int = 17) -> dict:
    cfg = SHAPES[shape]
    t0 = time.time()
    weights = random_weights(cfg, seed, tied=True)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "onnx"))
    for f in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copyfile(os.path.join(DEMO, f), os.path.join(out, f))
    config = hf_config(cfg, True, "optimum")
    config["max_position_embeddings"] = cfg.max_pos
    with open(os.path.join(out, "config.json"), "w") as fh:
        json.dump(config, fh, indent=2)
    with open(os.path.join(out, "generation_config.json"), "w") as fh:
        json.dump({"bos_token_id": SPECIAL["bos"], "eos_token_id": SPECIAL["eos"], "do_sample": False}, fh,
                  indent=2)
    files = {}
    for dtype in dtypes:
        model = optimum_decoder(weights, dtype)
        path = os.path.join(out, "onnx", FILES[dtype])
        onnx.save(model, path)
        files[dtype] = {"file": f"onnx/{FILES[dtype]}", "bytes": os.path.getsize(path)}
        del model
    index = {"shape": shape, "config": cfg.__dict__, "parameters": parameter_count(cfg), "seed": seed, "files": files,
             "seconds": round(time.time() - t0, 1)}
    with open(os.path.join(out, "index.json"), "w") as fh:
        json.dump(index, fh, indent=2)
    return index


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--shape", default="smollm2-135m", choices=sorted(SHAPES))
    ap.add_argument("--dtypes", default="fp32,q4", help="comma-separated: fp32, q4")
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()
    index = write_repository(a.out, a.shape, tuple(a.dtypes.split(",")), a.seed)
    print(f"[real-shape] {a.shape}: {index['parameters']:,} parameters, {index['files']}"
          f" in {index['seconds']} s → {a.out}")


if __name__ == "__main__":
    main()
