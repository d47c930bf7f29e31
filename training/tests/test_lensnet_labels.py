"""LensNet counterfactual labels (training/lensnet/labels.py) on a constructed needle example:
a hand-built one-layer base model copies the needle token N when it can attend to N's row, so
expanding the needle's gist must help (positive label) and collapsing the needle block must hurt."""
import random

import torch

from training.lensnet.labels import batched_continuation_nll, counterfactual_labels, wc_with_continuation
from training.lensnet.wc import all_lod0, build_tree, collapse, collapse_unit, expand, mean_pool_gists, sample_wc
from training.model.config import ModelConfig
from training.model.llama import LlamaLM

N_TOK, Q_TOK = 10, 11


def copy_model() -> LlamaLM:
    """d 8, one head of dim 8, RoPE θ = 1e12 so dims 3/7 barely rotate. The query token Q (e7)
    attends by content to rows carrying the needle feature (dim 6); the attended dim 6 is written
    back, and the tied unembedding turns it into a high logit for N (e6)."""
    c = ModelConfig(vocab_size=16, d_model=8, n_layers=1, n_heads=1, n_kv_heads=1, ffn_hidden=8,
                    rope_theta=1e12, native_context=4096)
    m = LlamaLM(c).eval()
    g = torch.Generator().manual_seed(0)
    with torch.no_grad():
        E = torch.zeros(16, 8)
        E[:, :6] = torch.randn(16, 6, generator=g)
        E[N_TOK] = 0
        E[N_TOK, 6] = 1
        E[Q_TOK] = 0
        E[Q_TOK, 7] = 1
        m.embed.weight.copy_(E)
        a = m.blocks[0].attn
        for w in (a.wq, a.wk, a.wv, a.wo):
            w.weight.zero_()
        a.wq.weight[3, 7] = 3.0
        a.wk.weight[3, 6] = 1.0
        a.wv.weight[6, 6] = 1.0
        a.wo.weight[6, 6] = 3.0
        m.blocks[0].ffn.w2.weight.zero_()
    return m


def _history(needle_block: int, K: int = 4, blocks: int = 12):
    g = torch.Generator().manual_seed(1)
    ids = torch.randint(0, 10, (K * blocks,), generator=g)
    ids[needle_block * K + 1] = N_TOK
    return torch.cat([ids, torch.tensor([Q_TOK])])  # T = 49: 12 full blocks + a 1-token tail


def test_needle_gist_gets_a_positive_expand_label():
    m = copy_model()
    K, nb = 4, 5
    tree = build_tree(_history(nb), m.embed, mean_pool_gists, K=K, max_level=2)
    assert tree.max_level == 2 and tree.gists[2].shape[0] == 3
    wc = [(1, b) for b in range(12)] + [(0, 12)]  # all gists, the tail as tokens
    cont = torch.tensor([N_TOK])
    lab = counterfactual_labels(m, tree, wc, cont, protected_tokens=1, price=1e-3)
    assert lab.mask[nb] == 1 and lab.gain_up[nb] > 0.5, lab.gain_up
    assert lab.y[nb] > 0 and lab.target[nb] > 0.9
    others = [i for i in range(12) if i != nb]
    assert all(lab.y[i] <= 0 for i in others), lab.y  # filler detail does not pay for its budget
    assert lab.mask[12] == 0 and not lab.can_collapse[12] and not lab.can_expand[12]  # the tail


def test_collapsing_the_needle_block_hurts():
    m = copy_model()
    K, nb = 4, 7
    tree = build_tree(_history(nb), m.embed, mean_pool_gists, K=K, max_level=2)
    wc = all_lod0(tree)
    lab = counterfactual_labels(m, tree, wc, torch.tensor([N_TOK]), protected_tokens=1)
    assert lab.loss_down[nb] > 0.5 and lab.y[nb] == 0  # keep: no collapse
    assert max(float(lab.loss_down[i]) for i in range(12) if i != nb) < 0.1
    assert all(lab.y[i] < 0 for i in range(12) if i != nb)  # filler blocks: collapse is cheap


def test_batched_variants_equal_single_runs_and_wc_ops_keep_contiguity():
    m = copy_model()
    tree = build_tree(_history(3), m.embed, mean_pool_gists, K=4, max_level=2)
    rng = random.Random(0)
    for _ in range(5):
        wc = sample_wc(tree, rng, protected_tokens=1)
        covered = []
        for lv, ix in wc:
            covered += list(range(ix * 4 ** max(1, lv), min((ix + 1) * 4 ** max(1, lv), tree.T)))
        assert covered == list(range(tree.T))
    wc = [(2, 0), (1, 4), (1, 5), (1, 6), (1, 7), (0, 8), (0, 9), (0, 10), (0, 11), (0, 12)]
    assert collapse_unit(tree, wc, 2, 1) == (1, 4)
    assert collapse(tree, wc, 2, 1)[:2] == [(2, 0), (2, 1)]
    assert expand(wc, 0, 4)[:4] == [(1, 0), (1, 1), (1, 2), (1, 3)]
    cont = torch.tensor([N_TOK, 3])
    vs = [wc_with_continuation(tree, w, 2, "absolute") for w in (wc, expand(wc, 0, 4), all_lod0(tree))]
    with torch.no_grad():
        batched = batched_continuation_nll(m, vs, cont)
        single = torch.cat([batched_continuation_nll(m, [v], cont) for v in vs])
    torch.testing.assert_close(batched, single, atol=1e-5, rtol=1e-5)


def test_make_example_fits_the_base_context_and_labels_the_needle():
    from training.lensnet.examples import collate, make_example
    from training.lensnet.wc import wc_rows
    m = copy_model()
    hist = _history(5)
    for seed in range(4):
        ex = make_example(m, mean_pool_gists, hist, torch.tensor([N_TOK]), random.Random(seed), terms=torch.arange(16),
                          K=4, max_level=2, protected_tokens=1, tail_tokens=3, max_rows=20)
        tree = build_tree(hist, m.embed, mean_pool_gists, K=4, max_level=2)
        assert wc_rows(tree, ex["wc"]) + 4 + 1 <= 20
        assert ex["entries"].shape == (len(ex["wc"]), 8) and ex["tail"].shape == (3, 8)
        if (1, 5) in ex["wc"]:  # the needle block as an LOD1 gist: expanding it must be labelled +
            assert ex["target"][ex["wc"].index((1, 5))] > 0.5
    b = collate([ex, ex])
    assert b["entries"].shape[0] == 2 and b["entry_mask"].sum() == 2 * len(ex["wc"])


def test_lookahead_labels_a_needle_under_an_lod2_gist():
    """The needle under an LOD2 gist: one expand leaves it inside an LOD1 gist (a mean over 4
    tokens, which the copy model reads only in part); the path expand towards the block with the
    needle (block scores point at it) opens it to raw tokens: a clearly larger label."""
    from training.lensnet.labels import path_expand
    m = copy_model()
    hist = _history(5, blocks=16)  # needle in block 5, under LOD2 node 1 (blocks 4–7)
    tree = build_tree(hist, m.embed, mean_pool_gists, K=4, max_level=2)
    wc = [(2, 0), (2, 1), (2, 2), (2, 3), (0, 16)]
    scores = torch.zeros(17)
    scores[5] = 1.0
    assert path_expand(tree, wc, 1, scores) == [(2, 0), (1, 4), (0, 5), (1, 6), (1, 7), (2, 2), (2, 3), (0, 16)]
    one = counterfactual_labels(m, tree, wc, torch.tensor([N_TOK]), protected_tokens=1, price=1e-3)
    look = counterfactual_labels(m, tree, wc, torch.tensor([N_TOK]), protected_tokens=1, price=1e-3,
                                 block_scores=scores)
    assert float(look.y[1]) > float(one.y[1]) + 0.3 and float(look.gain_up[1]) == float(one.gain_up[1])
    assert float(look.y[0]) < 0.05 and float(look.y[2]) < 0.05  # no needle under them
