"""LensNet (training/lensnet/model.py, losses.py): shapes, padding does not leak into real entries'
scores, and training steps on a learnable focus problem reduce the loss."""
import torch

from training.lensnet.losses import lensnet_loss
from training.lensnet.model import LensNet, LensNetConfig


def _net(d=16, match=False):
    torch.manual_seed(0)
    return LensNet(LensNetConfig(d_model=d, width=16, heads=2, layers=2, mlp_hidden=32, match=match))


def test_shapes_and_padding_invariance():
    net = _net().eval()
    B, N, Q, d = 2, 7, 5, 16
    x, t = torch.randn(B, N, d), torch.randn(B, Q, d)
    lv, age = torch.randint(0, 3, (B, N)), torch.rand(B, N) * 5
    em, tm = torch.ones(B, N), torch.ones(B, Q)
    with torch.no_grad():
        s = net(x, lv, age, em, t, tm)
        assert s.shape == (B, N) and float(s.abs().max()) < 1

        def pad(z, n):
            more = torch.randn(B, n, *z.shape[2:]) if z.dim() == 3 else torch.ones(B, n, dtype=z.dtype)
            return torch.cat([z, more], 1)

        s2 = net(pad(x, 3), pad(lv, 3), pad(age, 3), torch.cat([em, torch.zeros(B, 3)], 1),
                 pad(t, 2), torch.cat([tm, torch.zeros(B, 2)], 1))
    torch.testing.assert_close(s2[:, :N], s, atol=1e-5, rtol=1e-5)
    assert float(s2[:, N:].abs().max()) == 0
    assert 10_000 < _net(256).num_params() < 1_000_000


def test_steps_reduce_loss_on_a_query_match_problem():
    # The entry most similar to the query should expand (+1); others collapse (−0.5).
    net = _net()
    opt = torch.optim.AdamW(net.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(1)
    B, N, Q, d = 32, 10, 4, 16
    x = torch.randn(B, N, d, generator=g)
    hit = torch.randint(0, N, (B,), generator=g)
    t = x[torch.arange(B), hit].unsqueeze(1).repeat(1, Q, 1) + 0.1 * torch.randn(B, Q, d, generator=g)
    target = torch.full((B, N), -0.5)
    target[torch.arange(B), hit] = 1.0
    ones = torch.ones(B, N)
    lv = torch.ones(B, N, dtype=torch.long)
    losses = []
    for _ in range(60):
        s = net(x, lv, torch.zeros(B, N), ones, t, torch.ones(B, Q))
        L = lensnet_loss(s, target, ones, ones, ones.bool(), ones.bool(), ones, budget_weight=0.0)
        opt.zero_grad()
        L["loss"].backward()
        opt.step()
        losses.append(float(L["loss"]))
    assert losses[-1] < 0.5 * losses[0], losses[::10]


def test_legality_and_budget_terms():
    s = torch.tensor([[0.5, -0.5, 0.2]])
    z = torch.zeros(1, 3)
    ones = torch.ones(1, 3)
    can_e = torch.tensor([[False, True, True]])  # entry 0 (LOD0) can't expand
    can_c = torch.tensor([[True, False, True]])  # entry 1 (top level) can't collapse
    L = lensnet_loss(s, z, z, ones, can_e, can_c, torch.tensor([[32.0, 1.0, 1.0]]))
    assert abs(float(L["legality"]) - (0.5 + 0.5) / 3) < 1e-6
    assert abs(float(L["budget"]) - ((0.5 * 32 - 0.5 + 0.2) / 34) ** 2) < 1e-6
    assert float(L["fit"]) == 0
