"""Countries and nationalities for the memory check (training/recall/regions.py → src/core/regions.ts):
read from WordNet's data files (a tiny one written here), and the committed list is what the
generator writes from the real WordNet when its package is at hand."""
import os

import pytest

from training.recall import regions as R

NOUN = """\
  1 This is a comment line of the licence
00000001 15 n 01 country 0 000 | a nation
00000002 15 n 02 European_country 0 European_nation 0 001 @ 00000001 n 0000 | a country of Europe
00000003 15 n 02 Portugal 0 Portuguese_Republic 0 001 @i 00000002 n 0000 | a country in Europe
00000004 15 n 01 Jordan 0 001 @i 00000001 n 0000 | a country in Asia
00000005 15 n 01 Lisbon 0 001 #p 00000003 n 0000 | the capital of Portugal
"""
ADJ = """\
00000010 00 a 01 Portuguese 0 001 \\ 00000003 n 0101 | of Portugal
00000011 00 a 01 quick 0 000 | fast
"""


def test_regions_from_wordnet_files(tmp_path):
    (tmp_path / "data.noun").write_text(NOUN, encoding="latin-1")
    (tmp_path / "data.adj").write_text(ADJ, encoding="latin-1")
    countries, nationalities = R.regions(str(tmp_path))
    assert countries == ["portugal"]  # not "Jordan" (also a given name), not Lisbon (a city), no multi-word name
    assert nationalities == ["portuguese"]
    ts = R.render(countries, nationalities)
    assert "export const REGIONS" in ts and "'portugal'" in ts and "'portuguese'" in ts


def test_committed_list_matches_wordnet():
    root = os.path.join(R.ROOT, "training", "data", "raw", "apt", "wordnet-base", "usr", "share", "wordnet")
    if not os.path.isdir(root):
        pytest.skip("wordnet-base not fetched (python3 -m training.recall.regions fetches it)")
    with open(R.OUT, encoding="utf-8") as f:
        committed = f.read()
    countries, nationalities = R.regions(root)
    for w in ("portugal", "norway", "italian", "german"):
        assert w in countries + nationalities and w in committed
    assert "jordan " not in committed and "'jordan" not in committed
