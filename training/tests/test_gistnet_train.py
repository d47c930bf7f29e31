"""GistNet training (training/gistnet/train.py): steps on a fixed batch reduce the substitution
loss; LOD2 spans train end to end; the script resumes to the same weights as an uninterrupted run."""
import csv
import math

import torch

from training.checkpoint import save_checkpoint
from training.gistnet import train as gtrain
from training.gistnet.delta_nll import delta_nll, gist_nll
from training.gistnet.model import GistNetConfig, GistNetStack, gist_tokens
from training.model.config import PRESETS
from training.model.llama import LlamaLM


def _base(tmp_path):
    torch.manual_seed(0)
    m = LlamaLM(PRESETS["tiny"]).eval()
    path = tmp_path / "base.pt"
    save_checkpoint(str(path), model=m, optimizer=None, step=0, tokens_seen=0, data_state={},
                    config=m.c.to_dict(), args={})
    return m, path


def test_steps_reduce_substitution_loss(tmp_path):
    base, _ = _base(tmp_path)
    for p in base.parameters():
        p.requires_grad_(False)
    torch.manual_seed(1)
    # A random base model barely uses its context (tokens ≈ drop), so the attainable gain is small:
    # require a clear decrease and a gist that ends below the NLL with the span as tokens.
    span = torch.randint(0, 320, (8, 32))
    ctx, cont = torch.randint(0, 320, (8, 32)), span[:, :16].clone()
    stack = GistNetStack(GistNetConfig(d_model=32, width=16, heads=2, mlp_hidden=32, levels=2))
    stack.init_output_like(base.embed.weight)
    opt = torch.optim.AdamW(stack.parameters(), lr=3e-3)
    losses = []
    for _ in range(30):
        loss = gist_nll(base, ctx, gist_tokens(stack, base.embed, span), cont, 32).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss))
    with torch.no_grad():
        d = delta_nll(base, ctx, span, cont, None)
    assert losses[-1] < losses[0] - 0.01, losses
    assert losses[-1] < float(d["tokens"].mean()), (losses[-1], float(d["tokens"].mean()))


def test_lod2_gist_backpropagates_into_the_lod1_pass(tmp_path):
    base, _ = _base(tmp_path)
    stack = GistNetStack(GistNetConfig(d_model=32, width=16, heads=2, mlp_hidden=32, levels=2, shared=False))
    g = gist_tokens(stack, base.embed, torch.randint(0, 320, (2, 1024)))
    assert g.shape == (2, 32)
    g.sum().backward()
    assert stack.nets[0].in_proj.weight.grad.abs().sum() > 0 and stack.nets[1].in_proj.weight.grad.abs().sum() > 0


def _args(tmp, base_path, tok_path, corpus, steps, ckpt):
    return ["--run", ckpt, "--base-ckpt", str(base_path), "--tokenizer", tok_path,
            "--tokens-dir", str(corpus / "tokens"), "--corpus-jsonl", str(corpus / "train.jsonl"),
            "--runs-dir", str(tmp / "runs"), "--ckpt-dir", str(tmp / ckpt), "--batch", "2",
            "--ctx", "32", "--horizon", "16", "--width", "16", "--mlp-hidden", "32",
            "--lod2-frac", "0.5", "--lod2-batch", "1", "--total-steps", "4", "--max-steps", str(steps),
            "--warmup", "1", "--log-every", "2", "--synthetic-frac", "0.5"]


def test_resume_matches_uninterrupted(tmp_path, tiny_tokenizer, tiny_corpus):
    _, tok_path = tiny_tokenizer
    _, base_path = _base(tmp_path)
    gtrain.main(_args(tmp_path, base_path, tok_path, tiny_corpus, 4, "a"))
    gtrain.main(_args(tmp_path, base_path, tok_path, tiny_corpus, 2, "b"))
    gtrain.main(_args(tmp_path, base_path, tok_path, tiny_corpus, 4, "b"))
    a, b = torch.load(tmp_path / "a" / "latest.pt"), torch.load(tmp_path / "b" / "latest.pt")
    assert a["step"] == b["step"] == 4 and a["kind"] == "gistnet" and a["base"]["step"] == 0
    for k in a["model"]:
        assert torch.allclose(a["model"][k], b["model"][k], atol=1e-6), k
    rows = list(csv.reader(open(tmp_path / "runs" / "b" / "loss.csv")))
    assert len(rows) == 5 and {r[1] for r in rows[1:]} <= {"1", "2"}


def test_gistnet_learns_to_keep_a_needle_the_continuation_copies():
    """On the hand-built copying model of the LensNet tests, the continuation [Q, N] needs the
    needle token N from the span: a mean-pooled gist loses it (ΔNLL ≈ dropping the span), a few
    dozen GistNet steps learn a gist that keeps it (ΔNLL far below mean-pool)."""
    from training.tests.test_lensnet_labels import N_TOK, Q_TOK, copy_model
    m = copy_model()
    for p in m.parameters():
        p.requires_grad_(False)
    g = torch.Generator().manual_seed(0)

    def batch(B):
        ctx, span = torch.randint(0, 10, (B, 32), generator=g), torch.randint(0, 10, (B, 32), generator=g)
        span[torch.arange(B), torch.randint(0, 32, (B,), generator=g)] = N_TOK
        return ctx, span, torch.tensor([[Q_TOK, N_TOK]]).repeat(B, 1)
    torch.manual_seed(0)
    stack = GistNetStack(GistNetConfig(d_model=8, width=16, heads=2, mlp_hidden=32))
    stack.init_output_like(m.embed.weight)
    opt = torch.optim.AdamW(stack.parameters(), lr=1e-2)
    for _ in range(40):
        ctx, sp, cont = batch(16)
        loss = gist_nll(m, ctx, gist_tokens(stack, m.embed, sp), cont, 32).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    ctx, sp, cont = batch(32)
    with torch.no_grad():
        learned = delta_nll(m, ctx, sp, cont, gist_tokens(stack, m.embed, sp))
        mean = delta_nll(m, ctx, sp, cont, m.embed(sp).mean(1))
    assert float(mean["delta_gist"].mean()) > 0.5 * float(mean["delta_drop"].mean()) > 0.3
    assert float(learned["delta_gist"].mean()) < float(mean["delta_gist"].mean()) - 1.0


def test_distill_kl_hand_computed_and_zero_at_the_teacher():
    """KL(teacher ‖ student) per sequence: 0 when the gist's logits equal the tokens' logits, the
    hand-computed value for two-way distributions, and averaged over the H positions."""
    from training.gistnet.delta_nll import distill_kl
    t = torch.tensor([[[0.0, 0.0], [math.log(3.0), 0.0]]])  # p = (½, ½), (¾, ¼)
    assert torch.allclose(distill_kl(t, t), torch.zeros(1), atol=1e-7)
    s = torch.zeros(1, 2, 2)  # q = (½, ½) at both positions
    kl2 = 0.75 * math.log(0.75 / 0.5) + 0.25 * math.log(0.25 / 0.5)
    assert torch.allclose(distill_kl(s, t), torch.tensor([kl2 / 2]), atol=1e-6)


def test_distill_teacher_is_the_tokens_continuation(tmp_path):
    """tokens_logits is the base model reading the span's tokens: its NLL equals delta_nll's
    'tokens' NLL, and training with --distill logs the KL column."""
    from training.gistnet.delta_nll import tokens_logits
    import torch.nn.functional as F
    base, _ = _base(tmp_path)
    ctx, sp, cont = torch.randint(0, 320, (2, 32)), torch.randint(0, 320, (2, 32)), torch.randint(0, 320, (2, 16))
    lg = tokens_logits(base, ctx, sp, cont)
    assert lg.shape == (2, 16, base.c.vocab_size) and not lg.requires_grad
    nll = F.cross_entropy(lg.reshape(-1, lg.shape[-1]), cont.reshape(-1), reduction="none").view(2, 16).mean(1)
    with torch.no_grad():
        assert torch.allclose(nll, delta_nll(base, ctx, sp, cont, None)["tokens"], atol=1e-5)


def test_distill_run_logs_kl(tmp_path, tiny_tokenizer, tiny_corpus):
    """KL is logged per step (--no-last-skip: a skip net starts as the last token, whose KL to a tiny
    random base model reading the span rounds to 0 at step 1)."""
    _, tok_path = tiny_tokenizer
    _, base_path = _base(tmp_path)
    gtrain.main(_args(tmp_path, base_path, tok_path, tiny_corpus, 2, "d") + ["--distill", "0.5", "--no-last-skip"])
    rows = list(csv.reader(open(tmp_path / "runs" / "d" / "loss.csv")))
    kl = [float(r[rows[0].index("kl")]) for r in rows[1:]]
    assert len(kl) == 2 and all(k > 0 for k in kl), kl
