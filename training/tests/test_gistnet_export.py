"""GistNet / LensNet export: ONNX run by onnxruntime-node equals PyTorch (dynamic batch, mixed
levels, padded LensNet inputs); the package manifest gets `gistnet` / `lensnet` entries naming
the base model; the WGSL flat files round-trip."""
import json
import os
import shutil

import numpy as np
import pytest
import torch

from training.export.onnx_export import export_package
from training.export.ort_bridge import run_onnx
from training.gistnet.layout import gistnet_from_flat
from training.gistnet.model import GistNetConfig, GistNetStack
from training.gistnet.package_nets import add_gistnet, add_lensnet
from training.lensnet.export import dummy_inputs, input_names
from training.lensnet.model import LensNet, LensNetConfig
from training.model.config import PRESETS
from training.model.llama import LlamaLM

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
HAVE_ORT = shutil.which("node") and os.path.isdir(os.path.join(ROOT, "node_modules", "onnxruntime-node"))


@pytest.mark.skipif(not HAVE_ORT, reason="node + onnxruntime-node needed")
def test_nets_in_package_match_torch(tmp_path, tiny_tokenizer):
    _, tok_path = tiny_tokenizer
    torch.manual_seed(0)
    base = LlamaLM(PRESETS["tiny"]).eval()
    man = export_package(base, str(tmp_path), os.path.dirname(tok_path), "test", "0.0.1", {})
    d = base.c.d_model
    stack = GistNetStack(GistNetConfig(d_model=d, width=16, heads=2, mlp_hidden=32, levels=2, shared=False,
                                       last_skip=True)).eval()
    lens = LensNet(LensNetConfig(d_model=d, width=16, heads=2, layers=1, mlp_hidden=32)).eval()
    add_gistnet(str(tmp_path), man, stack, "gistnet-test@step0", "compacted")
    add_lensnet(str(tmp_path), man, lens, "lensnet-test@step0", "compacted", tail_tokens=32)
    assert man["gistnet"]["base_model"] == man["lensnet"]["base_model"] == f"{man['name']}@0.0.1"
    for net in ("gistnet", "lensnet"):
        f = man[net]["file"]
        assert man["files"][f]["bytes"] == os.path.getsize(tmp_path / f)

    x, lv = torch.randn(7, 32, d), torch.tensor([1, 2, 2, 1, 3, 1, 2])
    out = run_onnx(str(tmp_path / "gistnet.onnx"), {"blocks": x.numpy(), "level": lv.numpy()})
    with torch.no_grad():
        ref = stack(x, lv).numpy()
    np.testing.assert_allclose(out["gists"], ref, atol=1e-5)
    for level in ("1", "2"):
        fl = man["gistnet"]["flat_layout"][level]
        flat = np.fromfile(tmp_path / fl["bin"], dtype="<f4")
        net = gistnet_from_flat(flat, json.load(open(tmp_path / fl["json"])))
        with torch.no_grad():
            np.testing.assert_allclose(net(x).numpy(), stack.forward_level(x, int(level)).numpy(), atol=1e-5)

    ins = list(dummy_inputs(d, B=3, N=11, Q=4))
    ins[3][1, 8:] = 0  # padded entries
    ins[5][2, 2:] = 0  # padded tail
    assert man["lensnet"]["inputs"][-1] == "match"
    out = run_onnx(str(tmp_path / "lensnet.onnx"), {k: v.numpy() for k, v in zip(input_names(lens), ins)})
    with torch.no_grad():
        np.testing.assert_allclose(out["scores"], lens(*ins).numpy(), atol=1e-5)
