"""MegaContext demo base model: shapes, KV-cache equivalence, RoPE relativity, masking."""
import torch

from training.model.config import PRESETS
from training.model.llama import LlamaLM


def _model():
    torch.manual_seed(0)
    return LlamaLM(PRESETS["tiny"]).eval()


def test_shapes_and_params():
    m = _model()
    c = m.c
    x = torch.randint(0, c.vocab_size, (2, 7))
    assert m(x).shape == (2, 7, c.vocab_size)
    emb = m.embed(x)
    logits, pres = m(inputs_embeds=emb, attention_mask=torch.ones(2, 7, dtype=torch.long))
    assert len(pres) == c.n_layers and pres[0][0].shape == (2, c.n_kv_heads, 7, c.head_dim)
    assert m.num_params() > 0


@torch.no_grad()
def test_incremental_decode_matches_full_forward():
    m = _model()
    x = torch.randint(0, m.c.vocab_size, (1, 9))
    full = m(x)
    mask = torch.ones(1, 5, dtype=torch.long)
    lg, past = m(inputs_embeds=m.embed(x[:, :5]), attention_mask=mask, past=None)
    outs = [lg]
    for t in range(5, 9):
        lg, past = m(inputs_embeds=m.embed(x[:, t:t + 1]), position_ids=torch.tensor([[t]]),
                     attention_mask=torch.ones(1, t + 1, dtype=torch.long), past=past)
        outs.append(lg)
    assert torch.allclose(torch.cat(outs, 1), full, atol=1e-5)


@torch.no_grad()
def test_rope_is_relative_and_positions_matter():
    m = _model()
    x = torch.randint(0, m.c.vocab_size, (1, 6))
    emb, mask = m.embed(x), torch.ones(1, 6, dtype=torch.long)
    a, _ = m(inputs_embeds=emb, position_ids=torch.arange(6)[None], attention_mask=mask)
    b, _ = m(inputs_embeds=emb, position_ids=torch.arange(6)[None] + 100, attention_mask=mask)
    c, _ = m(inputs_embeds=emb, position_ids=torch.tensor([[0, 1, 2, 50, 51, 52]]), attention_mask=mask)
    assert torch.allclose(a, b, atol=1e-4)
    assert not torch.allclose(a[:, 3:], c[:, 3:], atol=1e-4)


@torch.no_grad()
def test_attention_mask_hides_entries():
    m = _model()
    x = torch.randint(0, m.c.vocab_size, (1, 6))
    emb = m.embed(x)
    mask = torch.ones(1, 6, dtype=torch.long)
    mask[0, 2] = 0
    a, _ = m(inputs_embeds=emb, attention_mask=mask)
    keep = [0, 1, 3, 4, 5]
    b, _ = m(inputs_embeds=emb[:, keep], position_ids=torch.tensor([keep]),
             attention_mask=torch.ones(1, 5, dtype=torch.long))
    assert torch.allclose(a[:, [3, 4, 5]], b[:, [2, 3, 4]], atol=1e-5)
