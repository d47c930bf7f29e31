"""Related words (training/recall/related_words.py → src/core/related-words.json): synsets of a
word's two commonest senses, rare and light words left out, irregular forms kept for grouped words."""
import json
import os

from training.recall import related_words as R

# data.<pos>: offset lex_filenum ss_type w_cnt(hex) word lex_id … | gloss
NOUN = """\
  1 This is a licence line that starts with two spaces.
00000001 05 n 03 back 0 rear 0 backside 0 000 | the side that goes last
00000002 05 n 02 back 0 dorsum 0 000 | the posterior part of a body
00000003 05 n 02 back 0 game_back 0 000 | a rare third sense
00000004 05 n 02 reason 0 cause 0 000 | a justification
00000005 05 n 02 thing 0 object 0 000 | a light word's synset
00000006 05 n 02 child 0 kid 0 000 | a young person
"""
# index.<pos>: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offsets…
INDEX = """\
  1 licence line
back n 3 0 3 5 00000001 00000002 00000003
backside n 1 0 1 0 00000001
cause n 1 0 1 1 00000004
child n 1 0 1 4 00000006
dorsum n 1 0 1 0 00000002
kid n 1 0 1 0 00000006
object n 1 0 1 3 00000005
reason n 1 0 1 2 00000004
rear n 1 0 1 1 00000001
thing n 1 0 1 9 00000005
"""


def _wordnet(tmp_path):
    (tmp_path / "data.noun").write_text(NOUN, encoding="latin-1")
    (tmp_path / "index.noun").write_text(INDEX, encoding="latin-1")
    (tmp_path / "noun.exc").write_text("children child\nmice mouse\n", encoding="latin-1")
    for pos in ("verb", "adj", "adv"):
        (tmp_path / f"data.{pos}").write_text("", encoding="latin-1")
        (tmp_path / f"index.{pos}").write_text("", encoding="latin-1")
    return str(tmp_path)


def test_groups_of_common_senses_without_rare_or_light_words(tmp_path):
    got = R.build_related(_wordnet(tmp_path), counts={"kid": 9}, min_count=5)
    groups = got["groups"].split("\n")
    # "back"'s two commonest senses; not its third; "backside" and "dorsum" neither tagged nor in the corpus
    assert groups == ["back rear", "cause reason", "child kid"]
    assert "object" not in got["groups"]  # "thing" is a light word: its synset joins nothing
    assert got["forms"] == "children child"  # "mice": "mouse" is in no group
    json.dumps(got)  # (what the browser imports)


def test_committed_table_matches_wordnet():
    root = os.path.join(os.path.dirname(R.__file__), "..", "data", "raw", "apt", "wordnet-base", "usr", "share",
                        "wordnet")
    out = os.path.join(os.path.dirname(R.__file__), "..", "..", "src", "core", "related-words.json")
    committed = json.load(open(out))
    for g in ("cause grounds reason", "booking reservation"):
        assert g in committed["groups"].split("\n")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in committed["licence"]  # (on every copy)
    if not os.path.isdir(root):
        import pytest
        pytest.skip("wordnet-base not fetched (python3 -m training.corpus.build fetches it)")
    from training.corpus.paths import TRAIN_JSONL
    if not os.path.exists(TRAIN_JSONL):
        import pytest
        pytest.skip("corpus not built (python3 -m training.corpus.build)")
    assert R.build_related(root, R.corpus_counts(TRAIN_JSONL)) == committed
