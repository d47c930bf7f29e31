"""The real-shape benchmark repository (training/export/real_shape_repo.py): the SmolLM2-135M shape
has SmolLM2-135M's parameter count, and the writer produces a hub repository in the Optimum
layout (fp32 + q4 decoders, tied config) — checked on the tiny shape, which writes in seconds."""
from __future__ import annotations

import json
import os

import numpy as np
import onnx
from onnx import numpy_helper

from training.export import real_shape_repo
from training.export.hub_fixtures_ref import TinyLlama


def test_smollm2_135m_shape_has_its_parameter_count():
    cfg = real_shape_repo.SHAPES["smollm2-135m"]
    # HuggingFaceTB/SmolLM2-135M: 134,515,008 parameters (tied embedding counted once).
    assert real_shape_repo.parameter_count(cfg) == 134_515_008
    assert (cfg.d, cfg.layers, cfg.heads, cfg.kv_heads, cfg.vocab, cfg.ffn) == (576, 30, 9, 3, 49152, 1536)


def test_writes_an_optimum_layout_repository(tmp_path, monkeypatch):
    tiny = TinyLlama(max_pos=256)
    monkeypatch.setitem(real_shape_repo.SHAPES, "tiny", tiny)
    out = str(tmp_path / "repo")
    index = real_shape_repo.write_repository(out, "tiny")
    assert set(index["files"]) == {"fp32", "q4"}
    config = json.load(open(os.path.join(out, "config.json")))
    assert config["tie_word_embeddings"] is True
    assert config["max_position_embeddings"] == 256
    assert config["hidden_size"] == tiny.d and config["num_key_value_heads"] == tiny.kv_heads
    for name in ("tokenizer.json", "tokenizer_config.json", "generation_config.json"):
        assert os.path.exists(os.path.join(out, name))
    model = onnx.load(os.path.join(out, "onnx", "model.onnx"))
    assert [i.name for i in model.graph.input][:3] == ["input_ids", "attention_mask", "position_ids"]
    inits = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    # Tied: the LM head's MatMul weight is the embedding table's transpose.
    np.testing.assert_array_equal(inits["onnx::MatMul_lm_head"], inits["model.embed_tokens.weight"].T)
    q4 = onnx.load(os.path.join(out, "onnx", "model_q4.onnx"))
    assert any(n.op_type == "MatMulNBits" for n in q4.graph.node)
