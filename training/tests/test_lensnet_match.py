"""LensNet's query-match feature (training/lensnet/wc.py block_relevance / entry_match, model
`match` input) and its terms (training/lensnet/terms.py): the lexical relevance follows its
formula, a fact cut by a block boundary scores in both blocks, a rare shared word counts more than
a common one, the best-matching block under an entry decides its value at every level, it is a
z-score over the entries before the query, label sampling always covers the best matches, and nets
saved before the feature load without it."""
import math
import os
import random

import torch

from training.lensnet.examples import make_example
from training.lensnet.model import LensNet, LensNetConfig
from training.lensnet.terms import normalise_term, term_map, term_map_from_texts
from training.lensnet.wc import Tree, block_relevance, build_tree, entry_match, mean_pool_gists, span
from training.tests.test_lensnet_labels import copy_model
from training.tokenizer.bpe import ByteBPETokenizer

DEMO_TOKENIZER = os.path.join(os.path.dirname(__file__), "..", "..", "public", "models", "demo", "tokenizer.json")
IDENTITY = torch.arange(40)  # toy vocabularies: every token id is its own term


def _tree(ids: list[int], K: int = 4) -> Tree:
    emb = torch.nn.Embedding.from_pretrained(torch.randn(40, 6, generator=torch.Generator().manual_seed(0)))
    return build_tree(torch.tensor(ids), emb, mean_pool_gists, K=K, max_level=2)


def test_terms_ignore_case_space_and_punctuation():
    assert normalise_term(" Alder") == normalise_term("Alder") == normalise_term("ALDER") == "alder"
    assert normalise_term("?! ,") == "" and normalise_term(" Élan-58213.") == "élan58213"
    of_id, terms = term_map_from_texts([" Alder", "Alder", "ALDER", "?!", " ", "x"])
    assert of_id.tolist() == [0, 0, 0, -1, -1, 1] and terms == ["alder", "x"]


def test_term_map_of_the_demo_tokenizer():
    tok = ByteBPETokenizer.load(DEMO_TOKENIZER)
    of_id, terms = term_map(tok)
    assert term_map(tok)[0] is of_id  # built once per tokenizer
    assert of_id.shape == (tok.vocab_size,)
    same = [tok.encode(w) for w in (" the", "the", " The")]
    assert all(len(ids) == 1 for ids in same) and len({int(of_id[ids[0]]) for ids in same}) == 1
    assert terms[int(of_id[tok.encode(" the")[0]])] == "the"
    assert all(int(of_id[i]) == -1 for i in tok.special_ids.values())  # <|user|>, <|end|>, … have no term
    assert int(of_id[tok.encode(".")[0]]) == -1


def test_relevance_follows_its_formula():
    # K = 4, 4 blocks; query (last 2 tokens) = terms 7, 8. Term 7 is in blocks 1 and 3 (df 2),
    # term 8 only in block 3 (df 1): n = 4.
    ids = [1, 2, 3, 4,  1, 7, 2, 3,  1, 2, 3, 4,  1, 2, 7, 8]
    rel = block_relevance(_tree(ids), 2, IDENTITY)
    idf7, idf8 = math.log1p((4 - 2 + 0.5) / 2.5), math.log1p((4 - 1 + 0.5) / 1.5)
    # Windows (2 tokens into each neighbour): block 0 [0, 6) holds 7 (position 5), block 1 [2, 10)
    # holds 7, block 2 [6, 14) neither, block 3 [10, 16) both.
    expected = [idf7 / (idf7 + idf8), idf7 / (idf7 + idf8), 0.0, 1.0]
    assert rel.dtype == torch.float64 and torch.allclose(rel, torch.tensor(expected, dtype=torch.float64), atol=1e-12)


def test_a_fact_cut_by_a_block_boundary_scores_in_both_blocks():
    K = 8
    filler = [1, 2, 3, 4, 5, 6, 1, 2]
    ids = filler * 3 + [1, 2, 3, 4, 5, 20, 21, 22] + [23, 24, 1, 2, 3, 4, 5, 6] + filler * 3 + [20, 21, 22, 23, 24]
    rel = block_relevance(_tree(ids, K=K), 5, IDENTITY)
    assert abs(float(rel[3]) - 1) < 1e-12 and abs(float(rel[4]) - 1) < 1e-12  # the fact 20…24 spans blocks 3, 4
    assert float(rel[:3].max()) == 0.0 and float(rel[5:7].max()) == 0.0


def test_a_rare_shared_word_counts_more_than_a_common_one():
    # K = 8: 64 blocks of filler; the common query word at offset 6 of every block but 19 and 20,
    # the rare one in block 20 only: block 20's window holds only the rare word, block 40's only
    # the common one. Then the 2-token query (common, rare): n = 65 blocks.
    common, rare = 5, 30
    rng = random.Random(1)
    ids = []
    for b in range(64):
        block = [rng.randrange(1, 5) for _ in range(8)]
        if b not in (19, 20):
            block[6] = common
        if b == 20:
            block[2] = rare
        ids += block
    ids += [common, rare]
    rel = block_relevance(_tree(ids, K=8), 2, IDENTITY)
    idf_c, idf_r = math.log1p((65 - 63 + 0.5) / 63.5), math.log1p((65 - 2 + 0.5) / 2.5)
    assert (abs(float(rel[20]) - idf_r / (idf_c + idf_r)) < 1e-12
            and abs(float(rel[40]) - idf_c / (idf_c + idf_r)) < 1e-12)
    assert float(rel[20]) > 0.9 and 0 < float(rel[40]) < 0.05


def _needle_tree() -> Tree:
    """8 blocks of K = 4 filler (terms 1–6), block 5 holding terms 20, 21, 22 at offsets 0–2, then
    a 3-token query 20, 21, 22."""
    rng = random.Random(0)
    ids = [rng.randrange(1, 7) for _ in range(32)]
    ids[20:23] = [20, 21, 22]
    return _tree(ids + [20, 21, 22])


def test_best_block_under_an_entry_at_every_level():
    tree = _needle_tree()
    wc = [(1, 0), (1, 1), (1, 2), (1, 3), (1, 4), (0, 5), (1, 6), (1, 7), (0, 8)]
    z = entry_match(tree, wc, 3, IDENTITY)
    assert int(z[:8].argmax()) == 5 and float(z[8]) >= float(z[5])  # the needle block; the query itself
    ref = z[:8]  # entries ending before the 3-token query
    assert abs(float(ref.mean())) < 1e-5 and abs(float(ref.std(unbiased=False)) - 1) < 1e-4
    # The LOD2 gist over blocks 4–7 holds the needle block: the same best relevance as the block.
    wc2 = [(1, 0), (1, 1), (1, 2), (1, 3), (2, 1), (0, 8)]
    z2 = entry_match(tree, wc2, 3, IDENTITY)
    assert int(z2[:5].argmax()) == 4 and span(tree, wc2[4]) == (16, 32)
    rel = block_relevance(tree, 3, IDENTITY)
    vals = torch.stack([rel[0], rel[1], rel[2], rel[3], rel[4:8].max()])
    assert float(rel[5]) == 1.0 and float(rel[4:8].max()) == 1.0
    assert torch.allclose(z2[4].double(), (vals[4] - vals.mean()) / vals.std(unbiased=False), atol=1e-6)


def test_no_spread_or_too_few_entries_gives_zeros():
    tree = _tree([1, 2, 3, 4] * 5)
    assert torch.equal(entry_match(tree, [(1, 0), (1, 1), (1, 2), (1, 3), (0, 4)], 2, IDENTITY), torch.zeros(5))
    assert torch.equal(entry_match(tree, [(2, 0), (0, 4)], 2, IDENTITY), torch.zeros(2))
    assert torch.equal(block_relevance(tree, 2, torch.full((40,), -1)), torch.zeros(5, dtype=torch.float64))


def test_label_sampling_covers_the_best_match():
    m = copy_model()
    g = torch.Generator().manual_seed(3)
    for seed in range(6):
        hist = torch.randint(0, 10, (4 * 12 + 1,), generator=g)
        ex = make_example(m, mean_pool_gists, hist, torch.tensor([3]), random.Random(seed), terms=torch.arange(16), K=4,
                          max_level=2, protected_tokens=1, tail_tokens=3, max_rows=64, max_labels=2, top_match=1)
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
