"""Python → onnxruntime-node bridge used by the MegaContext export parity checks."""
from __future__ import annotations

import base64
import json
import os
import subprocess
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "scripts", "onnx_logits.mjs")


def run_onnx(model_path: str, inputs: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    req = {"model": os.path.abspath(model_path), "inputs": {}}
    for name, arr in inputs.items():
        arr = np.ascontiguousarray(arr)
        dtype = "int64" if arr.dtype == np.int64 else "float32"
        arr = arr.astype("<i8" if dtype == "int64" else "<f4")
        req["inputs"][name] = {"dtype": dtype, "dims": list(arr.shape),
                               "b64": base64.b64encode(arr.tobytes()).decode()}
    with tempfile.TemporaryDirectory() as d:
        rq, rs = os.path.join(d, "req.json"), os.path.join(d, "res.json")
        with open(rq, "w") as f:
            json.dump(req, f)
        r = subprocess.run(["node", SCRIPT, rq, rs], capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            raise RuntimeError(f"onnx_logits.mjs failed ({r.returncode}): {r.stderr[-2000:]}")
        with open(rs) as f:
            res = json.load(f)
    return {k: np.frombuffer(base64.b64decode(v["b64"]), dtype="<f4").reshape(v["dims"])
            for k, v in res["outputs"].items()}
