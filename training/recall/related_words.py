"""Related words for answer copy's readers (issue 16, "recall that does not care about wording"):
the words WordNet puts in one synset with one of a word's two commonest senses — "back" and "rear",
"reservation" and "booking", "reason" and "cause", "takings" and "proceeds" — so that the readers
that weigh a value by the request's words beside it (src/core/answer-near.ts, answer-sliding.ts)
also count a request that says "the back tyres" of a line that says "rear: 36". Writes
src/core/related-words.json, which the browser imports; deterministic.

Kept: single-word lemmas of letters only that occur at least `min_count` times in the training
corpus or that WordNet's sense-tagged corpus counts at least once (its familiar words); not the light
words whose synsets say little ("be", "have", "get", "make", …). A word's two commonest senses only:
its rare ones join it to words nobody means by it. Irregular forms ("paid" → "pay") from WordNet's
exception lists, for the words kept. WordNet 3.0 licence (permissive; its notice must appear on
every copy, so the table carries it: `licence`).
"""
from __future__ import annotations

import json
import os
import re

from ..corpus.paths import TRAIN_JSONL

# WordNet 3.0's licence, verbatim (wordnet-base's /usr/share/doc/wordnet-base/copyright).
WORDNET_LICENCE = """This software and database is being provided to you, the LICENSEE, by Princeton University under \
the following license. By obtaining, using and/or copying this software and database, you agree that you have read, \
understood, and will comply with these terms and conditions.: Permission to use, copy, modify and distribute this \
software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided \
that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the \
same appear on ALL copies of the software, database and documentation, including modifications that you make for \
internal use or for distribution. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS \
SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR \
IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF \
MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR \
DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of \
Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the \
software and/or database. Title to copyright in this software, database and any associated documentation shall at \
all times remain with Princeton University and LICENSEE agrees to preserve same."""

POS = ("noun", "verb", "adj", "adv")
SENSES = 2
# Words whose commonest synsets hold words of every meaning (light verbs, function words).
LIGHT = set("""be have do get go make take give come set put let say see will can may must shall
also just even still very well so then there here now more most less much many such same own other
thing way one lot part place point time""".split())


def _synsets(wordnet_dir: str):
    """(pos, lemma) → its synsets' offsets in sense order; (pos, offset) → the synset's words; lemma → tagged count."""
    words: dict[tuple[str, str], list[str]] = {}
    senses: dict[tuple[str, str], list[str]] = {}
    tagged: dict[str, int] = {}
    for pos in POS:
        with open(os.path.join(wordnet_dir, f"data.{pos}"), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split(" | ")[0].split()
                n = int(fields[3], 16)
                words[(pos, fields[0])] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(n)]
        with open(os.path.join(wordnet_dir, f"index.{pos}"), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split()
                pointers = int(fields[3])
                tagged[fields[0]] = tagged.get(fields[0], 0) + int(fields[4 + pointers + 1])
                senses[(pos, fields[0])] = fields[4 + pointers + 2:]
    return words, senses, tagged


def corpus_counts(corpus_jsonl: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    word = re.compile(r"[a-z]+")
    with open(corpus_jsonl, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["source"] == "wordnet":  # its own glosses would count every lemma
                continue
            for w in word.findall(d["text"].lower()):
                counts[w] = counts.get(w, 0) + 1
    return counts


def build_related(wordnet_dir: str, counts: dict[str, int], min_count: int = 5) -> dict:
    """{"groups": "…\\nback hind rear\\n…" (a group's words sorted, one group a line, lines sorted),
    "forms": "…\\npaid pay\\n…" (an irregular form and its lemma, one a line)}: one string each, the
    smallest JSON that the browser parses fast."""
    words, senses, tagged = _synsets(wordnet_dir)

    def kept(w: str) -> bool:
        return (len(w) >= 3 and w.isalpha() and w.isascii() and w not in LIGHT
                and (counts.get(w, 0) >= min_count or tagged.get(w, 0) > 0))

    groups: set[tuple[str, ...]] = set()
    for (pos, lemma), offsets in senses.items():
        if not kept(lemma):
            continue
        for offset in offsets[:SENSES]:
            group = tuple(sorted({w for w in words[(pos, offset)] if kept(w)}))
            if lemma in group and len(group) > 1:
                groups.add(group)
    grouped = {w for g in groups for w in g}
    forms: dict[str, str] = {}
    for pos in POS:
        path = os.path.join(wordnet_dir, f"{pos}.exc")
        if not os.path.exists(path):
            continue
        with open(path, encoding="latin-1") as f:
            for line in f:
                fields = line.split()
                if len(fields) >= 2 and fields[0].isalpha() and fields[1] in grouped and fields[0] not in grouped:
                    forms.setdefault(fields[0], fields[1])
    return {
        "source": f"WordNet 3.0: synsets of a word's {SENSES} commonest senses (training/recall/related_words.py)",
        "licence": WORDNET_LICENCE,
        "groups": "\n".join(sorted(" ".join(g) for g in groups)),
        "forms": "\n".join(f"{w} {lemma}" for w, lemma in sorted(forms.items())),
    }


if __name__ == "__main__":
    import argparse

    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Related words (WordNet synsets) → src/core/related-words.json "
                                             "(after training.corpus.build, which downloads wordnet-base).")
    ap.add_argument("--corpus-jsonl", default=TRAIN_JSONL)
    ap.add_argument("--wordnet-dir", default=os.path.join(here, "..", "data", "raw", "apt", "wordnet-base",
                                                          "usr", "share", "wordnet"))
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "src", "core", "related-words.json"))
    a = ap.parse_args()
    got = build_related(a.wordnet_dir, corpus_counts(a.corpus_jsonl), a.min_count)
    with open(a.out, "w") as f:
        json.dump(got, f, ensure_ascii=True, indent=1)
        f.write("\n")
    print(f"[related] {os.path.normpath(a.out)}: {got['groups'].count(chr(10)) + 1} groups, "
          f"{got['forms'].count(chr(10)) + 1} irregular forms")
