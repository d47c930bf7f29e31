"""GistNet (training/gistnet/model.py, layout.py): shapes, the WGSL layout contract (the shared
fixture tests/gpu/fixtures/gistnet-parity.json is reproduced by the PyTorch forward), level folding."""
import json
import os

import numpy as np
import torch

from training.gistnet.layout import flat_weights, gistnet_from_flat, layout_manifest
from training.gistnet.model import GistNetConfig, GistNetStack

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
FIXTURE = os.path.join(ROOT, "tests", "gpu", "fixtures", "gistnet-parity.json")


def test_shapes_and_params():
    c = GistNetConfig(d_model=32, width=16, heads=2, mlp_hidden=32, slots=2)
    s = GistNetStack(c)
    x = torch.randn(5, 32, 32)
    assert s(x, torch.tensor([1, 2, 1, 2, 3])).shape == (5, 32)
    assert s.forward_level(x, 2).shape == (5, 32)
    # 0.4M per net at the demo width (d 256, h 128), 1.59M at d 512 / h 256 (the TS example).
    assert sum(p.numel() for p in GistNetStack(GistNetConfig()).nets[0].parameters()) == 401536
    big = GistNetConfig(d_model=512, width=256, heads=4, mlp_hidden=512)
    assert layout_manifest(big)["tensors"][-1]["name"] == "out_proj.bias"


def test_pytorch_forward_reproduces_the_wgsl_parity_fixture():
    f = json.load(open(FIXTURE))
    net = gistnet_from_flat(np.asarray(f["weights"], dtype=np.float32), f["manifest"])
    assert layout_manifest(net.c) == {**f["manifest"], "config": f["manifest"]["config"]}
    x = torch.tensor(f["x"], dtype=torch.float32).view(f["blocks"], net.c.block_size, net.c.d_model)
    with torch.no_grad():
        y = net(x).numpy().reshape(-1)
    e = np.asarray(f["expected"])
    assert np.max(np.abs(y - e)) / max(1.0, np.max(np.abs(e))) <= f["tolerance"]


def test_flat_export_round_trips_each_level():
    torch.manual_seed(0)
    for shared in (True, False):
        c = GistNetConfig(d_model=24, width=16, heads=4, mlp_hidden=24, slots=3, levels=2, shared=shared)
        s = GistNetStack(c).eval()
        if shared:
            with torch.no_grad():
                s.level_bias.normal_()
        x = torch.randn(3, 32, 24)
        for level in (1, 2):
            flat, man = flat_weights(s, level)
            assert flat.size == man["totalFloats"] and all(t["offset"] % 64 == 0 for t in man["tensors"])
            net = gistnet_from_flat(flat, man)
            with torch.no_grad():
                torch.testing.assert_close(net(x), s.forward_level(x, level), atol=1e-5, rtol=1e-5)
                torch.testing.assert_close(s(x, torch.full((3,), level)), s.forward_level(x, level))


def test_last_skip_starts_at_the_last_row_and_round_trips():
    torch.manual_seed(1)
    c = GistNetConfig(d_model=24, width=16, heads=4, mlp_hidden=24, slots=2, levels=2, last_skip=True)
    s = GistNetStack(c).eval()
    s.init_output_like(torch.randn(50, 24))
    x = torch.randn(3, 32, 24)
    with torch.no_grad():
        torch.testing.assert_close(s.forward_level(x, 1), x[:, -1])  # residual starts at zero
        s.nets[0].out_proj.weight.normal_()
        assert not torch.allclose(s.forward_level(x, 1), x[:, -1])
        without = GistNetStack(GistNetConfig(**{**c.to_dict(), "last_skip": False})).eval()
        without.load_state_dict(s.state_dict())
        torch.testing.assert_close(s.forward_level(x, 2), without.forward_level(x, 2) + x[:, -1])
    flat, man = flat_weights(s, 2)
    assert man["config"]["lastSkip"] is True
    with torch.no_grad():
        torch.testing.assert_close(gistnet_from_flat(flat, man)(x), s.forward_level(x, 2), atol=1e-5, rtol=1e-5)
