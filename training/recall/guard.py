"""The hand-written recall guard (EVALUATION.md: "other wording and other haystacks"): facts and
questions written by hand, not drawn from any generator, template, word list or composed part of
`training/recall/`, planted in a novel no training run reads (Persuasion, chapters 1–14, the e2e
fixture `e2e/fixtures/persuasion-ch1-14.txt`). It stands in for the private suite: a model that
learned our generator's wording and not recall scores well on the README suite and badly here.

    /usr/bin/python3 -m training.recall.guard            # → build/recall-eval/guard-fit.jsonl, guard-novel.jsonl
    npm run eval -- --cases build/recall-eval/guard-fit.jsonl --package DIR --max-new 128 --focus similarity --wmax 2048
    npm run eval -- --cases build/recall-eval/guard-novel.jsonl --package DIR --max-new 128 --focus similarity
    npm run eval -- --cases build/recall-eval/guard-short.jsonl --package DIR --max-new 128 --focus similarity
    npm run eval -- --cases build/recall-eval/guard-shapes-short.jsonl --package DIR --max-new 128 --focus similarity

`guard-fit`: each fact in a ~5,500-character slice of the novel (~1.3k tokens: fits in W_max 2,048, so
no memory mechanism is involved) at five depths, plus questions about things the slice never
names (answered as absent). `guard-novel`: three facts in the whole text (~36k tokens) at 5–9 depths
(the first is the e2e recall guard's fact), plus one absent question — through the memory at W_max 512.
`guard-short`: each fact in a ~1,100-character slice (~300 tokens) at three depths, plus the absent
questions: the whole case fits in the demo package's own W_max 512 (384 rows after the reply
reserve), so at the package's defaults nothing is gisted — the in-budget case of a suite run at
the package's budget.
`guard-tech-short` / `guard-tech-memory`: another haystack and other facts — ten more written by hand
(a comment, a YAML block, a table row, a changelog line, a review remark, a constant, …) planted in
~105k characters of the Node.js documentation (`guard_texts/nodejs-doc-excerpt.txt.gz`: documents of
the `nodejs-doc` source, which only evaluation reads; MIT licence, © Node.js contributors), in
~300-token slices at three depths and in the whole excerpt (~30k tokens: through the memory) at
three depths, each with three absent questions.
`guard-shapes-short` / `guard-shapes-memory`: ten more facts in public benchmarks' task shapes (RULER's
"special magic number for …", a passkey variant, "Question: … Answer:" prompts) and plain prose,
each asked in chat and as a completion stem the model continues (`SHAPES`), in ~300-token slices of
the novel at three depths and in the whole novel at two, plus four absent questions (two framings).
`guard-mixed-short` / `guard-mixed-memory`: the same way, twelve more facts in everyday documents'
shapes (`MIXED`) and six absent questions, written after the rules of 5 December and measured once
before and after them (their first numbers are the rules' out-of-sample test).
`guard-other-*`, `guard-other2-*`, `guard-other3-*`: the same way, sixteen facts and eight absent
questions each, written by three other writers who saw neither the rules nor the other guards
(`OTHER` in ~114k characters of the PostgreSQL manual, `guard_texts/postgresql-doc-excerpt.txt.gz`,
an evaluation-only source, PostgreSQL licence; `OTHER2` in the novel; `OTHER3` in the Node.js
excerpt). Each was measured once before any rule was written against it; the third, written after
the rules the first two prompted, is their out-of-sample test.
`guard-other4-*`, `guard-other5-*`, `guard-other6-*`: three more writers who saw no rule and no other
set, the same way (`OTHER4` in the PostgreSQL manual, `OTHER5` in the novel, `OTHER6` in the Node.js
excerpt); writers 4 and 5 were measured on the landed runtime before the rules they prompted, and
writer 6, written while those rules were made and not read by their writer, was run once on the
runtime before them and once after: their out-of-sample test. `guard-other7-*` (`OTHER7`, the novel):
a seventh writer, written after every rule of that session and not read, run once on the runtime
before the session and once after: the session's out-of-sample test. `guard-other8-*` … `guard-other11-*`
(`OTHER8` in the PostgreSQL manual, `OTHER9` in the novel, `OTHER10` in the Node.js excerpt,
`OTHER11` in the novel): four more writers of 5 December (second session), each run on the landed
runtime before any rule of that session; writers 8 and 9 once more after the rules drawn from
writers 6 and 7 (their out-of-sample test), writers 10 and 11, not read while rules were written,
once more at the session's end (the out-of-sample test of every rule of the session).
`guard-other12-*` (`OTHER12`, the PostgreSQL manual) and `guard-other13-*` (`OTHER13`, the novel): two
writers of 5 December (third session), run on the landed runtime first and once more at the session's
end, read by no one while its changes were made: their out-of-sample test; `guard-other14-*` (the
Node.js excerpt) and `guard-other15-*` (the novel), held out of that session's first two batches.
`guard-other16-*` … `guard-other19-*` (`OTHER16` the PostgreSQL manual, `OTHER17` the novel,
`OTHER18` the Node.js excerpt, `OTHER19` the PostgreSQL manual): four writers of 5 December (fourth
session), run on the landed runtime first; 16 and 17 held out of the rules drawn from writers 9–15,
18 and 19 of every rule of that session but the last (docs/memory-check.md, "Four writers more");
`guard-other20-*` (`OTHER20`, the novel) and `guard-other21-*` (`OTHER21`, the Node.js excerpt),
written after them and held out of that last rule (the sentence after a quoted one). Writer 16's
"ninety (90) days, ninety, 90" and writer 17's "£1,185.00, £1,185, 1,185.00" were narrowed to
alternatives that nest (`accepted`).
`guard-other22-*` … `guard-other27-*` (`OTHER22` health, travel and customer service in the PostgreSQL
manual, `OTHER23` school, sport and science in the novel, `OTHER24` software operations in the Node.js
excerpt, `OTHER25` home, family and money in the novel, `OTHER26` history and local news in the novel,
`OTHER27` business in the PostgreSQL manual, `OTHER28` a personal notebook and messages in the novel,
`OTHER29` technical and scientific documents in the Node.js excerpt): eight writers of 5 December
(fifth session), each run on the landed runtime first; 22 and 23 held out of that session's first
batch, 24 and 25 of its first four but two fixes drawn from 24's first outputs, 26 and 27 of its
first four, 28 and 29 of all five (docs/memory-check.md, "Eight writers more").
`guard-other30-*` … `guard-other35-*` (`OTHER30` legal and government paperwork and `OTHER33`
shopping in the PostgreSQL manual, `OTHER31` fiction and `OTHER34` nature in the novel, `OTHER32`
workplace messages and `OTHER35` hobbies and culture in the Node.js excerpt): six writers of 5
December (sixth session), run on the landed runtime first; 30–32 once more after the sliding window,
33–35 only at the session's end (docs/memory-check.md, "Six writers more"); `guard-other36-*`
(`OTHER36` medicine and care at home, the novel), `guard-other37-*` (`OTHER37` transport and
logistics, the PostgreSQL manual) and `guard-other38-*` (`OTHER38` software and data, the Node.js
excerpt), written after that session's last change and run once on the runtime before it and once
after. `guard-other39-*` … `guard-other44-*` (`OTHER39` sport and fitness and `OTHER42` household
money in the novel, `OTHER40` food and restaurants and `OTHER43` events and bookings in the
PostgreSQL manual, `OTHER41` housing and building work and `OTHER44` music, film and publishing in
the Node.js excerpt): six writers of 5 December (seventh session), commissioned before any change of
that session, run on the landed runtime first and once more at its end, their outputs not read while
its rules were written from writers 1–38 (docs/memory-check.md, "What a question asks about").
`guard-other45-*` … `guard-other50-*` (`OTHER45` gardening and `OTHER48` hobby clubs in the novel,
`OTHER46` schools and exams and `OTHER49` council business in the PostgreSQL manual, `OTHER47` pets
and vets and `OTHER50` lab notebooks and field research in the Node.js excerpt): six writers of 6
December (eighth session), commissioned before any change of that session and run on the landed
runtime first, their outputs not read while its rules were written from writers 1–44.
`guard-other51-*` … `guard-other56-*` (`OTHER51` weddings and family celebrations and `OTHER54` IT
helpdesk and software licences in the novel, `OTHER52` cars and garages and `OTHER55` farming and
livestock in the PostgreSQL manual, `OTHER53` charities and volunteering and `OTHER56` astronomy,
weather stations and amateur radio in the Node.js excerpt): six writers commissioned at the end of the
eighth session, run once on its final runtime and held out for the ninth (its rules were written from
writers 1–50). `guard-other57-*` … `guard-other62-*` (`OTHER57` restaurants and food deliveries and
`OTHER60` parcels, couriers and customs in the novel, `OTHER58` home repairs and tradespeople and
`OTHER61` bands, concerts and music lessons in the PostgreSQL manual, `OTHER59` solicitors, small
claims and tenancy disputes and `OTHER62` libraries, archives and museums in the Node.js excerpt): six
writers commissioned during the ninth session (6 December), run once on its final runtime and held out
for the next (no rule has been written with them, no output of theirs read); the tenth session's
change (related words: src/core/related-words.ts) was chosen on writers 1–56 and measured on them once.
`guard-other63-*` … `guard-other68-*` (`OTHER63` insurance claims and `OTHER66` energy, water and
broadband bills in the novel, `OTHER64` trains, buses and commuting and `OTHER67` youth sports leagues
in the PostgreSQL manual, `OTHER65` GP surgeries, pharmacies and dentists and `OTHER68` factories,
warehouses and quality control in the Node.js excerpt): six writers commissioned during the tenth
session (6 December), run once on its final runtime and held out for the next; the eleventh session's
change (a best piece's short paragraph quoted whole; names at half weight in the clause reader) was
chosen on writers 1–62 and measured on them once. `guard-other69-*` … `guard-other74-*` (`OTHER69`
hotels and holiday rentals and `OTHER72` theatre, film and TV production in the novel, `OTHER70`
universities and `OTHER73` airlines and airports in the PostgreSQL manual, `OTHER71` boats, marinas
and ferries and `OTHER74` small shops in the Node.js excerpt): six writers commissioned during the
eleventh session (6 December), run once on its final runtime (unread) and once on the twelfth
session's, whose change (answer rank: src/core/answer-rank.ts, fitted on writers 1–62) was chosen
without them. `guard-other75-*` … `guard-other80-*` (`OTHER75` banks, mortgages and card disputes and `OTHER78`
chess clubs and board-game tournaments in the novel, `OTHER76` weather stations and storm reports and
`OTHER79` printing, publishing and bookshops in the PostgreSQL manual, `OTHER77` job hunting and
recruitment and `OTHER80` camping, hiking and mountain huts in the Node.js excerpt): six writers
commissioned during the twelfth session (6 December), run once on its final runtime (unread) and
then on the thirteenth session's answer match, which did not ship. `guard-other81-*` …
`guard-other86-*` (`OTHER81` museums, art galleries and auction houses and `OTHER84` tax returns,
accountants and freelance invoices in the novel, `OTHER82` cinemas, streaming subscriptions and TV
listings and `OTHER85` ski resorts, lift passes and winter sports in the PostgreSQL manual, `OTHER83`
beekeeping, honey sales and apiary inspections and `OTHER86` removal firms, storage units and moving
house in the Node.js excerpt): six writers commissioned during the thirteenth session (6 December),
run once on its final runtime (unread), held out for the next: measured once more on the
fourteenth session's quote records. `guard-other87-*` … `guard-other92-*` (`OTHER87` allotments,
garden centres and plant nurseries and `OTHER90` school admin in the novel, `OTHER88` car servicing,
MOT tests, tyres and car parks and `OTHER91` home IT help in the PostgreSQL manual, `OTHER89`
amateur choirs, orchestras and music exams and `OTHER92` local sports clubs in the Node.js excerpt):
six writers commissioned during the fourteenth session (6 December; two of writer 91's answer lists
cut to the alternatives that nest, as `accepted` needs), run once on its records' runtime and once
on its rarity weighting (unread). `guard-other93-*` … `guard-other98-*` (`OTHER93` pets, vets and
kennels and `OTHER96` council services in the novel, `OTHER94` weddings and party planning and
`OTHER97` home renovation in the PostgreSQL manual, `OTHER95` holiday lettings and small hotels and
`OTHER98` online shopping, deliveries and returns in the Node.js excerpt): six writers commissioned
during the fourteenth session (6 December), held out for the next.
A reply is graded on
the shortest alternative as a whole word, so "78th minute" does not say writer 23's "78" (nor
"v4.12.3" writer 8's "4.12.3"): such cases count as missed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os

from training.recall.guard_writers import load_writers

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
TECH = os.path.join(os.path.dirname(__file__), "guard_texts", "nodejs-doc-excerpt.txt.gz")
REFERENCE = os.path.join(os.path.dirname(__file__), "guard_texts", "postgresql-doc-excerpt.txt.gz")


def read_haystack(path: str) -> str:
    """A haystack's text; a `.gz` one (the two documentation excerpts are kept gzipped: the checkout's
    size is capped, training/device/README.md)."""
    with (gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")) as f:
        return f.read()


TECH_FACTS = [
    ("Note: on the build farm, the child process pool is capped at 37 workers (see ticket OPS-5512).",
     "How many workers may the child process pool on the build farm have at most?", ["37"]),
    ("// Maintainer of this module: Ingrid Solvang (ingrid.solvang@example.org)",
     "What is Ingrid Solvang's email address?", ["ingrid.solvang@example.org"]),
    ("The Harrowgate mirror serves release tarballs every night at 02:15 UTC.",
     "When does the Harrowgate mirror publish the nightly tarballs?", ["02:15"]),
    ("deploy:\n  region: eu-west-3\n  replicas: 14\n  owner: team-kestrel",
     "Which region does team Kestrel deploy to?", ["eu-west-3"]),
    ("| NODE_QUILL_TIMEOUT | 4500 | milliseconds before a quill worker is killed |",
     "After how many milliseconds is a quill worker killed?", ["4500"]),
    ('Review comment from Tomasz Wierzba: "Please bump the minimum to v20.11 before we merge."',
     "Which minimum version did Tomasz Wierzba ask for?", ["20.11"]),
    ("v21.7.3: fixed a crash in spawnSync when the Marlowe sandbox closed stdin early.",
     "In which release was the Marlowe sandbox crash fixed?", ["21.7.3"]),
    ("const FALLBACK_REGISTRY = 'https://npm.brackenfield.example';",
     "What is the URL of the fallback registry?", ["npm.brackenfield.example"]),
    ("Our internal fork of the REPL is known as Pebblestone and is only used for training courses.",
     "What do we call our internal fork of the REPL?", ["Pebblestone"]),
    ("The signing key for Windows builds has the fingerprint 9F4C 21AB 7730 E5D2.",
     "Give me the fingerprint of the key that signs Windows builds.", ["9F4C 21AB 7730 E5D2"]),
]
TECH_ABSENT = [
    "Who maintains the Thornbury plugin?",
    "When does the Glenmoor mirror publish its tarballs?",
    "Which region does the Ravensholt cluster run in?",
]
# Public benchmarks' task shapes (RULER's needles, passkey variants, QA prompts) and completion stems,
# written by hand on 5 December 2026: (fact, chat question, completion stem, accepted answers). Each
# fact is asked both ways: as the app sends a chat turn, and as a prompt the model continues.
SHAPES = [
    ("One of the special magic numbers for jealous-ferret is: 5081376.",
     "What is the special magic number for jealous-ferret mentioned in the provided text?",
     "What is the special magic number for jealous-ferret mentioned in the provided text? The special magic "
     "number for jealous-ferret mentioned in the provided text is", ["5081376"]),
    ("One of the special magic uuids for brisk-otter is: 3f2a9c1e-77b4-4d0e-9a51-c2e8d6f0b413.",
     "What is the special magic uuid for brisk-otter mentioned in the provided text?",
     "What is the special magic uuid for brisk-otter mentioned in the provided text? The special magic uuid "
     "for brisk-otter mentioned in the provided text is", ["3f2a9c1e-77b4-4d0e-9a51-c2e8d6f0b413"]),
    ("The vault combination is 90417. Keep it safe. 90417 is the vault combination.",
     "What is the vault combination?", "What is the vault combination? The vault combination is", ["90417"]),
    ("Miss Elliot's new bonnet cost eleven shillings at Molland's.",
     "How much did Miss Elliot's new bonnet cost?", "The price of Miss Elliot's new bonnet was", ["eleven shillings"]),
    ("The Crofts' coachman, a quiet man, was named Silas Penhallow.",
     "Who drove the Crofts' carriage?", "Question: What was the name of the Crofts' coachman?\nAnswer:",
     ["Silas Penhallow"]),
    ("Charles Musgrove shot fourteen brace of partridges on the first of September.",
     "How many brace of partridges did Charles Musgrove shoot?",
     "Q: How many brace of partridges did Charles Musgrove shoot on the first of September?\nA:", ["fourteen"]),
    ("Mary kept her smelling salts in the blue dressing room at Uppercross Cottage.",
     "Where did Mary keep her smelling salts?", "Mary's smelling salts were kept in the", ["blue dressing room"]),
    ("The Bath coach leaves the White Hart every morning at a quarter to nine.",
     "When does the Bath coach leave the White Hart?", "Every morning the Bath coach leaves the White Hart at",
     ["quarter to nine"]),
    ("Lady Dalrymple's footman answers to the name of Osric.",
     "What is the name of Lady Dalrymple's footman?", "Lady Dalrymple's footman is called", ["Osric"]),
    ("Anne paid 3 guineas for the repair of her mother's locket.",
     "What did the repair of the locket cost Anne?", "The repair of her mother's locket cost Anne", ["3 guineas"]),
]
SHAPES_ABSENT = [
    ("What is the special magic number for Quillon Marsh mentioned in the provided text?", "chat"),
    ("The special magic number for Quillon Marsh mentioned in the provided text is", "completion"),
    ("Who drove the Tallowmere carriage?", "chat"),
    ("Question: What was the name of the Tallowmere coachman?\nAnswer:", "completion"),
]
# Written on 5 December 2026 after the answer-copy rules of that day, and measured once before and
# after them without changing either: everyday documents' shapes (a meeting note, a recipe, an
# e-mail signature, a chat log, a table, dialogue, a lease, a constant, a CSV row, a timetable, a
# motto in quotes), each asked in chat and as a completion, and absent questions of three kinds (a
# name the memory lacks, a subject described in lower case, an attribute of a subject it holds).
MIXED = [
    ("Meeting notes, 14 March: the budget review moved to Room 4B on the third floor.",
     "Which room is the budget review in now?", "The budget review now takes place in Room", ["4B"]),
    ("For the lemon cake you need 175 grams of caster sugar and three eggs.",
     "How much caster sugar goes into the lemon cake?", "Amount of caster sugar for the lemon cake:", ["175 grams"]),
    ("-- Harriet Vane, Head of Archives, Shrewsbury College (ext. 2291)",
     "What is Harriet Vane's phone extension?", "Harriet Vane can be reached on extension", ["2291"]),
    ("[09:42] <dmitri> the staging database password got rotated to kelp-orbit-77",
     "What's the staging database password now?", "The new password for the staging database is",
     ["kelp-orbit-77"]),
    ("| Farm | Delivery day | Driver |\n| Bramblecote | Tuesday | Wren Abernathy |",
     "Who drives the Bramblecote delivery?", "Bramblecote's deliveries are driven by", ["Wren Abernathy"]),
    ("\"Where did you bury the tin box?\" asked Louisa. \"Under the second apple tree by the east wall,\" said the "
     "gardener.", "Where was the tin box buried?", "The tin box was buried under the", ["second apple tree"]),
    ("The lease on the Marlowe Street shop runs until 30 September 2031.",
     "When does the Marlowe Street lease end?", "The Marlowe Street shop's lease expires on", ["30 September 2031"]),
    ("MAX_UPLOAD_MB = 48  # raised after the March incident",
     "What's the maximum upload size in MB?", "The upload limit is set to", ["48"]),
    ("Captain Harville's youngest daughter is called Perdita.",
     "What is the name of Captain Harville's youngest daughter?",
     "Captain Harville's youngest daughter goes by the name", ["Perdita"]),
    ("order_id,customer,total\n88213,Ottoline Price,412.50",
     "What did Ottoline Price's order come to?", "The total of Ottoline Price's order was", ["412.50"]),
    ("The ferry to Inishmore departs from Pier 6 at twenty to eleven.",
     "Which pier does the Inishmore ferry leave from?", "The Inishmore ferry departs from", ["6"]),
    ("After much argument the committee settled on the motto 'Steady under sail'.",
     "What motto did the committee choose?", "The committee's chosen motto was", ["Steady under sail"]),
]
# (question, framing, the fact its slice holds)
MIXED_ABSENT = [
    ("What is Harriet Vane's fax number?", "chat", 2),
    ("Which room is the sales review in?", "chat", 0),
    ("Who drives the Hollinsend delivery?", "chat", 4),
    ("The password for the production database is", "completion", 3),
    ("When does the lease on the Fenwick Road shop end?", "chat", 6),
    ("Hollinsend's deliveries are driven by", "completion", 4),
]

# The other writers — `OTHER`, `OTHER_ABSENT`, `OTHER2`, `OTHER2_ABSENT` … (a pair per writer), each
# batch's provenance note and the registry `OTHER_WRITERS` of (prefix, facts, absent, haystack) — live in
# guard_writers.json.gz, loaded here into the same tuples and names (training/recall/guard_writers.py says
# why: the repository's size cap). Facts are (fact, chat question, completion stem, [accepted answers]);
# absent questions are (question, framing, the fact its slice holds). A new batch is added there, not here:
#     /usr/bin/python3 -m training.recall.guard_writers add FILE.py --note "Writers N–M (…): …"
OTHER_WRITERS = load_writers()
globals().update({name: lists for prefix, facts, absent, _ in OTHER_WRITERS
                  for name, lists in ((prefix.upper(), facts), (prefix.upper() + "_ABSENT", absent))})


DEPTHS_FIT = [0.1, 0.3, 0.5, 0.7, 0.9]
DEPTHS_SHORT = [0.2, 0.5, 0.8]
FIT_CHARS, SHORT_CHARS = 5500, 1100


def plant(hay: str, fact: str, depth: float) -> str:
    """The text with `fact` as its own paragraph at the paragraph boundary nearest `depth` (as
    e2e/app-recall.spec.ts plants it)."""
    at = hay.find("\n\n", int(len(hay) * depth))
    at = len(hay) if at < 0 else at
    return f"{hay[:at]}\n\n{fact}{hay[at:]}"


def _case(cid: str, context: str, question: str, answers: list[str], bucket: str, depth: float,
          framing: str = "chat") -> dict:
    return {"id": cid, "context": context, "question": question, "answers": answers,
            "answer": answers[0] if answers else "", "mode": framing,
            "meta": {"shape": "single" if answers else "absent", "framing": framing, "seen": False,
                     "split": "heldout", "length_bucket": bucket, "depth": depth, "fact_family": "handwritten"}}


def _slices(text: str, prefix: str, depths: list[float], chars: int, bucket: str,
            facts: list = FACTS, absent: list = ABSENT) -> list[dict]:
    """Each fact in its own slice of the text (a different one per case) at `depths`, then the
    absent questions, each over a slice holding one of the facts."""
    out = []
    for k, (fact, q, ans) in enumerate(facts):
        for j, depth in enumerate(depths):
            start = (k * 5 + j) * 7000 % (len(text) - 6000)
            s = text.find("\n\n", start) + 2
            out.append(_case(f"{prefix}-{k}-{j}", plant(text[s:s + chars], fact, depth), q, ans, bucket, depth))
    for k, q in enumerate(absent):
        s = text.find("\n\n", k * 9000) + 2
        out.append(_case(f"{prefix}-absent-{k}", plant(text[s:s + chars], facts[k][0], 0.5), q, [], bucket, 0.5))
    return out


def build_tech(text: str) -> tuple[list[dict], list[dict]]:
    """(short, memory) cases of the technical haystack."""
    short = _slices(text, "tech-short", DEPTHS_SHORT, SHORT_CHARS, "0.3k", TECH_FACTS, TECH_ABSENT)
    memory = [_case(f"tech-memory-{k}-{j}", plant(text, fact, d), q, ans, "32k", d)
              for k, (fact, q, ans) in enumerate(TECH_FACTS) for j, d in enumerate([0.25, 0.5, 0.75])]
    memory += [_case(f"tech-memory-absent-{k}", plant(text, TECH_FACTS[k][0], 0.5), q, [], "32k", 0.5)
               for k, q in enumerate(TECH_ABSENT)]
    return short, memory


def accepted(answers: list[str]) -> list[str]:
    """The values a reply must say, of a writer's accepted spellings (writers 8–11 list alternatives:
    "Dr. Okonkwo" or "Okonkwo"): the one every other contains — a reply saying any of them says it
    (the eval's rule, `check.py`, asks every listed value)."""
    core = min(answers, key=len)
    if not all(core in a for a in answers):
        raise ValueError(f"alternatives that do not nest: {answers}")
    return [core]


def build_shapes(text: str, facts: list = SHAPES, absent: list | None = None,
                 prefix: str = "shapes") -> tuple[list[dict], list[dict]]:
    """(short, memory) cases of the task shapes: each fact asked in chat and as a completion, in
    ~300-token slices of the novel at three depths and in the whole novel at two."""
    if absent is None:   # the absent questions' slices hold a fact of the same shape
        absent = [(q, framing, k % 2 * 4) for k, (q, framing) in enumerate(SHAPES_ABSENT)]
    short, memory = [], []
    for k, (fact, chat, stem, listed) in enumerate(facts):
        ans = accepted(listed)
        for framing, q in (("chat", chat), ("completion", stem)):
            for j, depth in enumerate(DEPTHS_SHORT):
                start = (k * 5 + j) * 7000 % (len(text) - 6000)
                s = text.find("\n\n", start) + 2
                short.append(_case(f"{prefix}-short-{k}-{framing}-{j}",
                                   plant(text[s:s + SHORT_CHARS], fact, depth), q, ans, "0.3k", depth, framing))
            memory += [_case(f"{prefix}-memory-{k}-{framing}-{j}", plant(text, fact, d), q, ans, "32k", d, framing)
                       for j, d in enumerate([0.3, 0.7])]
    for k, (q, framing, f) in enumerate(absent):
        s = text.find("\n\n", k * 9000) + 2
        fact = facts[f][0]
        short.append(_case(f"{prefix}-short-absent-{k}", plant(text[s:s + SHORT_CHARS], fact, 0.5), q, [], "0.3k",
                           0.5, framing))
        memory.append(_case(f"{prefix}-memory-absent-{k}", plant(text, fact, 0.5), q, [], "32k", 0.5, framing))
    return short, memory


def build(text: str) -> tuple[list[dict], list[dict], list[dict]]:
    """(fit, novel, short) cases."""
    fit = _slices(text, "fit", DEPTHS_FIT, FIT_CHARS, "1.5k")
    short = _slices(text, "short", DEPTHS_SHORT, SHORT_CHARS, "0.3k")
    novel = []
    for k, (fact, q, ans) in enumerate(FACTS[:3]):
        depths = [round(0.1 * i, 1) for i in range(1, 10)] if k == 0 else DEPTHS_FIT
        novel += [_case(f"novel-{k}-{j}", plant(text, fact, d), q, ans, "32k", d) for j, d in enumerate(depths)]
    novel.append(_case("novel-absent", plant(text, FACTS[0][0], 0.3), ABSENT[0], [], "32k", 0.3))
    return fit, novel, short


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--novel", default=NOVEL)
    ap.add_argument("--tech", default=TECH)
    ap.add_argument("--reference", default=REFERENCE)
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args(argv)
    texts = {}
    for hay, path in (("novel", a.novel), ("tech", a.tech), ("reference", a.reference)):
        texts[hay] = read_haystack(path)
    novel_text = texts["novel"]
    fit, novel, short = build(novel_text)
    shapes_short, shapes_memory = build_shapes(novel_text)
    mixed_short, mixed_memory = build_shapes(novel_text, MIXED, MIXED_ABSENT, "mixed")
    tech_short, tech_memory = build_tech(texts["tech"])
    sets = [("guard-fit.jsonl", fit), ("guard-novel.jsonl", novel), ("guard-short.jsonl", short),
            ("guard-tech-short.jsonl", tech_short), ("guard-tech-memory.jsonl", tech_memory),
            ("guard-shapes-short.jsonl", shapes_short), ("guard-shapes-memory.jsonl", shapes_memory),
            ("guard-mixed-short.jsonl", mixed_short), ("guard-mixed-memory.jsonl", mixed_memory)]
    for prefix, facts, absent, hay in OTHER_WRITERS:
        other_short, other_memory = build_shapes(texts[hay], facts, absent, prefix)
        sets += [(f"guard-{prefix}-short.jsonl", other_short), (f"guard-{prefix}-memory.jsonl", other_memory)]
    os.makedirs(a.out, exist_ok=True)
    for name, rows in sets:
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)
        print(f"[guard] {os.path.join(a.out, name)}: {len(rows)} cases")


if __name__ == "__main__":
    main()
