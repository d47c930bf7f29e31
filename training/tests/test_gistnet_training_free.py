"""Training-free gisters (training/gistnet/training_free.py): each pooling rule against a hand
computation, the level-by-level LOD2 gist, and the committed parity fixture that the TS gister's
unit test reads (tests/fixtures/training-free-gister.json) against what the Python code makes now."""
import json
import os

import pytest
import torch

from training.gistnet import training_free as tf

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, "tests", "fixtures", "training-free-gister.json")


def test_rules_match_hand_computation():
    rows = torch.arange(8, dtype=torch.float64).view(4, 2)  # (K=4, d=2): rows [0,1] [2,3] [4,5] [6,7]
    assert tf.pool(rows, "mean").tolist() == [3.0, 4.0]
    assert tf.pool(rows, "last").tolist() == [6.0, 7.0]
    assert tf.pool(rows, "last4").tolist() == [3.0, 4.0]  # K = 4: the last 4 rows are all of them
    assert tf.pool(rows, "mix50").tolist() == [4.5, 5.5]  # 0.5·[6,7] + 0.5·[3,4]
    assert tf.pool(rows, "mix75").tolist() == [5.25, 6.25]
    assert torch.allclose(tf.pool(rows, "mix90"), torch.tensor([5.7, 6.7], dtype=torch.float64))
    with pytest.raises(ValueError, match="unknown training-free rule"):
        tf.pool(rows, "median")


def test_lod2_pools_the_lod1_gists():
    torch.manual_seed(0)
    emb = torch.nn.Embedding(50, 3)
    ids = torch.randint(0, 50, (2, 16))  # (B=2, K²=16) with K = 4
    with torch.no_grad():
        x = emb(ids).view(2, 4, 4, 3)  # (B, blocks, K, d)
        for rule in tf.RULES:
            want = tf.pool(tf.pool(x, rule), rule)  # (B, d)
            assert torch.allclose(tf.training_free_gist(emb, ids, rule, K=4), want)
        # a two-rule gister: mix75 over the tokens, then the last child's gist = mix75 of the last block
        assert torch.allclose(tf.training_free_gist(emb, ids, "mix75-last", K=4), tf.pool(x[:, -1], "mix75"))
        assert torch.allclose(tf.training_free_gist(emb, ids[:, 4:8], "mix75-last", K=4), tf.pool(x[:, 1], "mix75"))
        # mean of means is the span's mean; the last child's last row is the span's last token
        assert torch.allclose(tf.training_free_gist(emb, ids, "mean", K=4), emb(ids).mean(1), atol=1e-6)
        assert torch.equal(tf.training_free_gist(emb, ids, "last", K=4), emb(ids[:, -1]))
        assert torch.equal(tf.training_free_gist(emb, ids[:, :4], "last", K=4), emb(ids[:, 3]))  # LOD1
    with pytest.raises(ValueError, match="not a multiple"):
        tf.training_free_gist(emb, ids[:, :6], "mean", K=4)
    with pytest.raises(ValueError, match="unknown training-free gister"):
        tf.training_free_gist(emb, ids, "median", K=4)


def test_committed_fixture_is_what_the_python_rule_makes(tmp_path):
    committed = json.load(open(FIXTURE))
    assert committed["gister"] == tf.APP_GISTER  # the fixture is the app's gister
    fresh = tf.write_fixture(str(tmp_path / "fx.json"))
    assert committed["table"] == fresh["table"] and committed["ids"] == fresh["ids"]
    assert committed["lod1"] == pytest.approx(fresh["lod1"], abs=1e-6)
    assert committed["lod2"] == pytest.approx(fresh["lod2"], abs=1e-6)
    K, d = committed["K"], committed["dim"]
    assert len(committed["ids"]) == K * K and len(committed["lod1"]) == K * d and len(committed["lod2"]) == d
