"""The hand-written recall guard (EVALUATION.md: "other wording and other haystacks"): facts and
questions written by hand, not drawn from any generator, template, word list or composed part of
`training/recall/`, planted in a novel no training run reads (Persuasion, chapters 1–14, the e2e
fixture `e2e/fixtures/persuasion-ch1-14.txt`). It stands in for the private suite: a model that
learned our generator's wording and not recall scores well on the README suite and badly here.

    /usr/bin/python3 -m training.recall.guard            # → build/recall-eval/guard-fit.jsonl, guard-novel.jsonl
    npm run eval -- --cases build/recall-eval/guard-fit.jsonl --package DIR --max-new 128 --focus similarity --wmax 2048
    npm run eval -- --cases build/recall-eval/guard-novel.jsonl --package DIR --max-new 128 --focus similarity

`guard-fit`: each fact in a ~5,500-character slice of the novel (~1.3k tokens: fits in W_max 2,048, so
no memory mechanism is involved) at five depths, plus questions about things the slice never
names (answered as absent). `guard-novel`: three facts in the whole text (~36k tokens) at 5–9 depths
(the first is the e2e recall guard's fact), plus one absent question — through the memory at W_max 512.
"""
from __future__ import annotations

import argparse
import json
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
NOVEL = os.path.join(ROOT, "e2e", "fixtures", "persuasion-ch1-14.txt")
OUT = os.path.join(ROOT, "build", "recall-eval")

# (fact as it is planted, question as a user would ask it, accepted answers)
FACTS = [
    ("Mrs. Clay mentioned that the cellar door at Kellynch Lodge opens with the code 48213.",
     "What code opens the cellar door at Kellynch Lodge?", ["48213"]),
    ("The carriage that took Lady Russell to Bath was hired from a man called Tobias Wren.",
     "Who hired out the carriage Lady Russell took to Bath?", ["Tobias Wren"]),
    ("Captain Harville keeps his charts in a sea chest numbered 7390.",
     "What number is on Captain Harville's sea chest?", ["7390"]),
    ("Anne's music teacher at school had been a Miss Pellworth of Taunton.",
     "What was the name of Anne's music teacher at school?", ["Pellworth"]),
    ("Sir Walter's account at Hoare's bank was numbered 55-0812.",
     "Which account number did Sir Walter have at Hoare's bank?", ["55-0812"]),
    ("The Musgroves' dog at Uppercross was a spaniel named Brisket.",
     "What was the Musgroves' dog called?", ["Brisket"]),
    ("Admiral Croft paid a rent of 612 pounds a year for Kellynch Hall.",
     "How much rent did Admiral Croft pay for Kellynch Hall each year?", ["612"]),
    ("Louisa once said her favourite walk was the path to Winthrop Mill.",
     "Where did Louisa's favourite walk lead?", ["Winthrop Mill"]),
    ('"The boat leaves Lyme at twenty past six," said Captain Benwick, "and not a minute later."',
     "At what time does the boat leave Lyme, according to Captain Benwick?", ["twenty past six"]),
    ("P.S. The new gamekeeper at Uppercross is called Jem Hollowell; pay him on Fridays.",
     "Tell me the name of the new gamekeeper at Uppercross.", ["Jem Hollowell"]),
]
ABSENT = [
    "What code opens the boathouse at Tallowmere Abbey?",
    "Who owns the brewery in Dunsford Cross?",
    "What was the name of Captain Wentworth's parrot?",
]
DEPTHS_FIT = [0.1, 0.3, 0.5, 0.7, 0.9]


def plant(hay: str, fact: str, depth: float) -> str:
    """The text with `fact` as its own paragraph at the paragraph boundary nearest `depth` (as
    e2e/app-recall.spec.ts plants it)."""
    at = hay.find("\n\n", int(len(hay) * depth))
    at = len(hay) if at < 0 else at
    return f"{hay[:at]}\n\n{fact}{hay[at:]}"


def _case(cid: str, context: str, question: str, answers: list[str], bucket: str, depth: float) -> dict:
    return {"id": cid, "context": context, "question": question, "answers": answers,
            "answer": answers[0] if answers else "", "mode": "chat",
            "meta": {"shape": "single" if answers else "absent", "framing": "chat", "seen": False,
                     "split": "heldout", "length_bucket": bucket, "depth": depth, "fact_family": "handwritten"}}


def build(text: str) -> tuple[list[dict], list[dict]]:
    fit, novel = [], []
    for k, (fact, q, ans) in enumerate(FACTS):
        for j, depth in enumerate(DEPTHS_FIT):
            start = (k * 5 + j) * 7000 % (len(text) - 6000)  # a different slice of the novel per case
            s = text.find("\n\n", start) + 2
            fit.append(_case(f"fit-{k}-{j}", plant(text[s:s + 5500], fact, depth), q, ans, "1.5k", depth))
    for k, q in enumerate(ABSENT):
        s = text.find("\n\n", k * 9000) + 2
        fit.append(_case(f"fit-absent-{k}", plant(text[s:s + 5500], FACTS[k][0], 0.5), q, [], "1.5k", 0.5))
    for k, (fact, q, ans) in enumerate(FACTS[:3]):
        depths = [round(0.1 * i, 1) for i in range(1, 10)] if k == 0 else DEPTHS_FIT
        novel += [_case(f"novel-{k}-{j}", plant(text, fact, d), q, ans, "32k", d) for j, d in enumerate(depths)]
    novel.append(_case("novel-absent", plant(text, FACTS[0][0], 0.3), ABSENT[0], [], "32k", 0.3))
    return fit, novel


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--novel", default=NOVEL)
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args(argv)
    with open(a.novel, encoding="utf-8") as f:
        fit, novel = build(f.read())
    os.makedirs(a.out, exist_ok=True)
    for name, rows in (("guard-fit.jsonl", fit), ("guard-novel.jsonl", novel)):
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)
        print(f"[guard] {os.path.join(a.out, name)}: {len(rows)} cases")


if __name__ == "__main__":
    main()
