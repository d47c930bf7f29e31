"""ΔNLL@H (training/gistnet/delta_nll.py): a hand-computed case on a 0-layer model, an independent
token-by-token check on a random tiny model, and the position policies of the three variants."""
import math

import torch

from training.gistnet.delta_nll import delta_nll, gist_nll
from training.gistnet.positions import position_ids, span_gist_positions
from training.model.config import ModelConfig, PRESETS
from training.model.llama import LlamaLM


def _zero_layer_model() -> LlamaLM:
    """logits(row) = E · rms(row): position-independent, computable by hand."""
    c = ModelConfig(vocab_size=4, d_model=2, n_layers=0, n_heads=1, n_kv_heads=1, ffn_hidden=2)
    m = LlamaLM(c).eval()
    with torch.no_grad():
        m.embed.weight.copy_(torch.tensor([[1., 0.], [0., 1.], [-1., 0.], [0., -1.]]))
    return m


def _logp(row, target, eps=1e-5):
    r = math.sqrt((row[0] ** 2 + row[1] ** 2) / 2 + eps)
    n = (row[0] / r, row[1] / r)
    E = [(1, 0), (0, 1), (-1, 0), (0, -1)]
    lg = [e[0] * n[0] + e[1] * n[1] for e in E]
    return lg[target] - math.log(sum(math.exp(v) for v in lg))


def test_delta_nll_hand_computed():
    m = _zero_layer_model()
    ctx, span, cont = torch.tensor([[0, 1]]), torch.tensor([[2, 3]]), torch.tensor([[1, 0]])
    gist = torch.tensor([[3.0, 4.0]])
    with torch.no_grad():
        out = delta_nll(m, ctx, span, cont, gist, policy="compacted", K=2)
    # tokens: cont[0]=1 predicted by the row of token 3, cont[1]=0 by the row of token 1.
    tokens = -(_logp((0, -1), 1) + _logp((0, 1), 0)) / 2
    g = -(_logp((3, 4), 1) + _logp((0, 1), 0)) / 2  # the gist row predicts cont[0]
    drop = -(_logp((0, 1), 1) + _logp((0, 1), 0)) / 2  # the last context token predicts it
    assert abs(float(out["tokens"]) - tokens) < 1e-5
    assert abs(float(out["gist"]) - g) < 1e-5
    assert abs(float(out["drop"]) - drop) < 1e-5
    assert abs(float(out["delta_gist"]) - (g - tokens)) < 1e-5
    assert abs(float(out["delta_drop"]) - (drop - tokens)) < 1e-5


def _nll_token_by_token(m, rows, pos, cont):
    """Independent path: feed rows one at a time through the KV cache."""
    past = [(torch.zeros(1, m.c.n_kv_heads, 0, m.c.head_dim),) * 2 for _ in range(m.c.n_layers)]
    logps = []
    L, H = rows.shape[0], cont.shape[0]
    for i in range(L):
        lg, past = m(inputs_embeds=rows[i][None, None], position_ids=torch.tensor([[pos[i]]]),
                     attention_mask=torch.ones(1, i + 1, dtype=torch.long), past=past)
        if i >= L - H - 1 and i < L - 1:
            logps.append(torch.log_softmax(lg[0, -1], -1)[cont[i - (L - H - 1)]])
    return -float(torch.stack(logps).mean())


def test_delta_nll_matches_incremental_decode_all_policies():
    torch.manual_seed(0)
    m = LlamaLM(PRESETS["tiny"]).eval()
    K, P, H = 32, 64, 16
    ids = torch.randint(0, m.c.vocab_size, (1, P + K + H))
    ctx, span, cont = ids[:, :P], ids[:, P:P + K], ids[:, P + K:]
    gist = torch.randn(1, m.c.d_model) * 0.02
    for policy in ("compacted", "absolute", "bounded-gaps"):
        pos = span_gist_positions(P, K, H, policy, K, max_gap=4)
        with torch.no_grad():
            out = delta_nll(m, ctx, span, cont, gist, policy=policy, K=K, max_gap=4)
            E = m.embed
            ref_g = _nll_token_by_token(m, torch.cat([E(ctx), gist[:, None], E(cont)], 1)[0], pos["gist"], cont[0])
            ref_t = _nll_token_by_token(m, E(ids)[0], pos["tokens"], cont[0])
            ref_d = _nll_token_by_token(m, torch.cat([E(ctx), E(cont)], 1)[0], pos["drop"], cont[0])
            g_only = gist_nll(m, ctx, gist, cont, K, policy=policy, K=K, max_gap=4)
        assert abs(float(out["gist"]) - ref_g) < 1e-4, policy
        assert abs(float(out["tokens"]) - ref_t) < 1e-4, policy
        assert abs(float(out["drop"]) - ref_d) < 1e-4, policy
        assert abs(float(g_only) - ref_g) < 1e-4, policy


def test_positions_follow_the_runtime_policies():
    K = 4
    # WC: block 0 tokens, LOD1 gist 1, LOD1 gist 2, block 3 (tail of 2 tokens); 14 tokens.
    entries = [(0, 0), (1, 1), (1, 2), (0, 3)]
    assert position_ids(entries, "compacted", K, 14) == [0, 1, 2, 3, 4, 5, 6, 7]
    assert position_ids(entries, "absolute", K, 14) == [0, 1, 2, 3, 6, 10, 12, 13]
    assert position_ids(entries, "bounded-gaps", K, 14, max_gap=2) == [0, 1, 2, 3, 5, 7, 9, 10]
    p = span_gist_positions(8, 4, 3, "absolute", K)
    assert p["gist"] == [0, 1, 2, 3, 4, 5, 6, 7, 10, 12, 13, 14]
    assert p["drop"] == [0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14]
    assert span_gist_positions(8, 4, 3, "compacted", K)["gist"] == list(range(12))


def test_mixed_context_matches_incremental_decode():
    from training.gistnet.delta_nll import mixed_context_nll
    from training.gistnet.positions import policy_positions
    torch.manual_seed(3)
    m = LlamaLM(PRESETS["tiny"]).eval()
    K, H = 32, 8
    ids = torch.randint(0, m.c.vocab_size, (1, 3 * K + K + H))
    ctx, cont = ids[:, :3 * K], ids[:, 4 * K:]
    cg, g = torch.randn(1, 3, m.c.d_model) * 0.02, torch.randn(1, m.c.d_model) * 0.02
    mask = [True, False, True]
    E = m.embed
    rows = torch.cat([cg[:, 0:1], E(ctx[:, K:2 * K]), cg[:, 2:3], g[:, None], E(cont)], 1)[0]
    abs_pos = [16] + list(range(32, 64)) + [80, 112] + list(range(128, 128 + H))
    for policy in ("compacted", "absolute", "bounded-gaps"):
        pos = policy_positions(abs_pos, policy, 4)
        with torch.no_grad():
            got = mixed_context_nll(m, ctx, cg, mask, g, cont, K, policy, K, 4)
            ref = _nll_token_by_token(m, rows, pos, cont[0])
        assert abs(float(got) - ref) < 1e-4, policy
    assert policy_positions([16, 32, 33, 80], "bounded-gaps", 4) == [3, 7, 8, 12]
