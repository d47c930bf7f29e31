"""LensNet's query-match feature (training/lensnet/wc.py entry_match, model `match` input): the
best-matching block under an entry decides its value at every level, it is a z-score over the
entries before the tail, label sampling always covers the best matches, and nets saved before the
feature load without it."""
import random

import torch

from training.lensnet.examples import make_example
from training.lensnet.model import LensNet, LensNetConfig
from training.lensnet.wc import Tree, build_tree, entry_match, mean_pool_gists, span
from training.tests.test_lensnet_labels import copy_model


def _tree() -> Tree:
    """8 blocks of K = 4 random rows, block 5 pointing along the query direction, then a 3-token
    query (all the query direction)."""
    g = torch.Generator().manual_seed(0)
    q = torch.zeros(6)
    q[0] = 1.0
    rows = torch.randn(8 * 4, 6, generator=g)
    rows[5 * 4:6 * 4] = q + 0.1 * torch.randn(4, 6, generator=g)
    emb = torch.cat([rows, q.repeat(3, 1)])  # (35, 6)
    table = torch.nn.Embedding.from_pretrained(emb)
    return build_tree(torch.arange(35), table, mean_pool_gists, K=4, max_level=2)


def test_best_block_under_an_entry_at_every_level():
    tree = _tree()
    wc = [(1, 0), (1, 1), (1, 2), (1, 3), (1, 4), (0, 5), (1, 6), (1, 7), (0, 8)]
    z = entry_match(tree, wc, 3)
    assert int(z[:8].argmax()) == 5 and float(z[8]) > float(z[5])  # the needle block; the query itself is best
    ref = z[:8]  # entries ending before the 3-token tail
    assert abs(float(ref.mean())) < 1e-5 and abs(float(ref.std(unbiased=False)) - 1) < 1e-4
    # The LOD2 gist over blocks 4–7 holds the needle block: same best cosine as the block itself.
    wc2 = [(1, 0), (1, 1), (1, 2), (1, 3), (2, 1), (0, 8)]
    z2 = entry_match(tree, wc2, 3)
    assert int(z2[:5].argmax()) == 4 and span(tree, wc2[4]) == (16, 32)
    raw = torch.nn.functional.cosine_similarity(tree.embeds[20:24].mean(0), tree.embeds[-3:].mean(0), dim=0)
    others = [torch.nn.functional.cosine_similarity(tree.embeds[4 * b:4 * b + 4].mean(0), tree.embeds[-3:].mean(0), dim=0)
              for b in range(4)]
    vals = torch.stack(others + [raw])
    assert torch.allclose(z2[4], (raw - vals.mean()) / vals.std(unbiased=False), atol=1e-5)


def test_no_spread_or_too_few_entries_gives_zeros():
    emb = torch.ones(20, 4)
    tree = build_tree(torch.arange(20), torch.nn.Embedding.from_pretrained(emb), mean_pool_gists, K=4, max_level=2)
    assert torch.equal(entry_match(tree, [(1, 0), (1, 1), (1, 2), (1, 3), (0, 4)], 2), torch.zeros(5))
    assert torch.equal(entry_match(tree, [(2, 0), (0, 4)], 2), torch.zeros(2))


def test_label_sampling_covers_the_best_match():
    m = copy_model()
    g = torch.Generator().manual_seed(3)
    for seed in range(6):
        hist = torch.randint(0, 10, (4 * 12 + 1,), generator=g)
        ex = make_example(m, mean_pool_gists, hist, torch.tensor([3]), random.Random(seed), K=4, max_level=2,
                          protected_tokens=1, tail_tokens=3, max_rows=64, max_labels=2, top_match=1)
        free = [i for i, e in enumerate(ex["wc"]) if (e[1] + 1) * 4 ** max(1, e[0]) <= ex["T"] - 1]
        best = max(free, key=lambda i: float(ex["match"][i]))
        legal = bool(ex["can_expand"][best]) or bool(ex["can_collapse"][best])
        assert ex["label_mask"][best] == 1 or not legal
        assert int(ex["label_mask"].sum()) <= 2 and ex["match"].shape == (len(ex["wc"]),)


def test_match_input_is_required_and_old_configs_load_without_it():
    net = LensNet(LensNetConfig(d_model=8, width=16, heads=2, layers=1, mlp_hidden=32)).eval()
    x, lv, age = torch.randn(1, 4, 8), torch.ones(1, 4, dtype=torch.long), torch.zeros(1, 4)
    ones, t = torch.ones(1, 4), torch.randn(1, 2, 8)
    try:
        net(x, lv, age, ones, t, torch.ones(1, 2))
        raise AssertionError("a match net ran without its match input")
    except ValueError as e:
        assert "match" in str(e)
    with torch.no_grad():
        a = net(x, lv, age, ones, t, torch.ones(1, 2), torch.tensor([[0.0, 0.0, 4.0, 0.0]]))
        b = net(x, lv, age, ones, t, torch.ones(1, 2), torch.zeros(1, 4))
    assert not torch.allclose(a, b)  # the feature reaches the scores
    old = {k: v for k, v in net.c.to_dict().items() if k != "match"}
    assert LensNetConfig.from_dict(old).match is False and LensNetConfig.from_dict(net.c.to_dict()).match is True
