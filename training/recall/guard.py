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
~105k characters of the Node.js documentation (`guard_texts/nodejs-doc-excerpt.txt`: documents of
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
(`OTHER` in ~114k characters of the PostgreSQL manual, `guard_texts/postgresql-doc-excerpt.txt`,
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
TECH = os.path.join(os.path.dirname(__file__), "guard_texts", "nodejs-doc-excerpt.txt")
REFERENCE = os.path.join(os.path.dirname(__file__), "guard_texts", "postgresql-doc-excerpt.txt")
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
# Sixteen more facts, each a shape of its own (a YAML block, HTML, a log line, an e-mail header, an FAQ
# entry, a footnote, a nested list, an agenda row, a postscript, SQL, nested JSON, a contract clause,
# a museum label, a match report, dialogue, the passive), and eight absent questions (an attribute
# its subject lacks, a look-alike name, an unrelated question), written on 5 December by a writer who
# had seen neither the rules nor the other guards, and planted in another haystack: ~114k characters
# of the PostgreSQL manual (`guard_texts/postgresql-doc-excerpt.txt`). Each case's answer is the first
# of the writer's accepted forms (the answer rule wants every listed value in the reply).
OTHER = [
    ("replication:\n  standby_host: db-mirror-07.kestrel.internal\n  sync_interval_seconds: 945",
     "How often, in seconds, does the db-mirror-07 standby get refreshed from the primary?",
     "Changes are copied over to the db-mirror-07 standby once every",
     ["945"]),
    ("<div class=\"contact\">\n  <p>Queries about the Harrowgate Kennel Club? Please ring our "
     "secretary, <strong>Milena Osterhaus</strong>, on weekday evenings.</p>\n</div>",
     "Who should I phone if I've got a question for the Harrowgate Kennel Club?",
     "The person who answers enquiries on behalf of the Harrowgate Kennel Club is",
     ["Milena Osterhaus"]),
    ("2023-11-14 03:17:52 ERROR [billing-worker] Payment batch PB-88231 rejected: gateway timeout after 3 retries",
     "Can you tell me which batch of payments the billing worker failed on because the gateway kept timing out?",
     "The billing worker gave up on the payment batch identified as",
     ["PB-88231"]),
    ("From: Tobias Wrenfield <t.wrenfield@lumacore.io>\nTo: procurement@lumacore.io\nSubject: Revised "
     "quote for Halcyon turbine housings: EUR 48,300",
     "What's the updated price Tobias gave purchasing for the Halcyon turbine housings?",
     "Tobias Wrenfield's new offer for the Halcyon turbine housings comes to EUR",
     ["48,300"]),
    ("Q: Can I bring my own kayak to Lake Ortolan Campground?\nA: Yes, but all privately owned boats "
     "must first be inspected at the Birchwater ranger station.",
     "Where does a personal canoe or kayak have to be checked before it goes on Lake Ortolan?",
     "Visitors who want to paddle their own boat on Lake Ortolan first need to have it looked over at the",
     ["Birchwater"]),
    ("³ The survey took 41 days in the spring of 1987 and was carried out by seven volunteers from "
     "the Pellmore Historical Society.",
     "How many days did the Pellmore Historical Society volunteers spend on their 1987 survey?",
     "From start to finish, the Pellmore volunteers' 1987 survey lasted",
     ["41"]),
    ("- Project Tamarind\n  - Lead: Ishaan Varghese\n  - Target launch: 12 March 2026",
     "When is Project Tamarind scheduled to go live?",
     "Ishaan Varghese's team is planning to release Project Tamarind on",
     ["12 March 2026"]),
    ("Thu 9 Oct | 14:40–15:25 | Dentist (Dr. Anneliese Kobbe), Marlowe Street Clinic, room 3B",
     "Remind me what time my appointment with Dr. Kobbe starts on the 9th?",
     "On Thursday the 9th, the dental check-up at Marlowe Street Clinic begins at",
     ["14:40"]),
    ("P.S. The Wi-Fi password at the Tarrow cottage has been changed to \"gooseberry\", since the old "
     "one stopped working.",
     "I forgot what we have to type in to get online at the Tarrow cottage now, what was it?",
     "To join the wireless network at the cottage in Tarrow, you now enter the word",
     ["gooseberry"]),
    ("UPDATE warehouses SET capacity_pallets = 12680 WHERE site_code = 'QRN-04';",
     "How many pallets fit in the QRN-04 warehouse?",
     "At most, the storage site with code QRN-04 can hold",
     ["12680"]),
    ("{\"satellite\": {\"name\": \"Corvid-3\", \"telemetry\": {\"downlink_mhz\": 2247.5, \"ground_station\": "
     "\"Svalmark\"}}}",
     "Which frequency does Corvid-3 use to send its data down to Earth?",
     "Corvid-3 beams its telemetry back to the Svalmark station on a frequency, in MHz, of",
     ["2247.5"]),
    ("17.3 Any dispute between Corran Maritime Ltd and Heddle & Vance arising under this Agreement "
     "shall be finally resolved by arbitration seated in Valletta, Malta.",
     "In which city would a disagreement between Corran Maritime and Heddle & Vance be arbitrated?",
     "Should Corran Maritime and Heddle & Vance fall out over the contract, the arbitration would take place in",
     ["Valletta"]),
    ("Gallery 6 · Object 112\nWeathervane in the shape of a heron, hammered copper, c. 1840\nLent by "
     "the Abernathy-Kross Collection",
     "Who has loaned the copper heron weathervane to the museum?",
     "The hammered-copper heron weathervane in Gallery 6 is on loan from the",
     ["Abernathy-Kross"]),
    ("FINAL: Dunmore Rovers 3, Kilbride Athletic 1 (Ferreira 17', 58', Odum 71'; Costa 44'). Attendance: 6,418.",
     "How big was the crowd when Dunmore Rovers played Kilbride Athletic?",
     "The number of fans who turned up to watch Dunmore Rovers beat Kilbride Athletic was",
     ["6,418"]),
    ("\"The safe in Uncle Ferris's study opens with 8815203746,\" Marguerite whispered. \"Don't you "
     "dare write it down.\"",
     "What's the combination for the safe in Uncle Ferris's study?",
     "According to Marguerite, the code that unlocks Uncle Ferris's safe is",
     ["8815203746"]),
    ("The observation tower at Gransholm Point was designed by Ilse Marrowby and completed in 1962.",
     "Who's the architect of the lookout tower on Gransholm Point?",
     "The architect responsible for the Gransholm Point lookout tower was",
     ["Ilse Marrowby"]),
]
# (question, framing, the fact its slice holds)
OTHER_ABSENT = [
    ("What budget has been allocated to Project Tamarind?", "chat", 6),
    ("How much does it cost to become a member of the Harrowgate Kennel Club?", "chat", 1),
    ("The observation tower at Gransholm Point rises to a height of", "completion", 15),
    ("What's the downlink frequency of the Corvus-3 satellite?", "chat", 10),
    ("How many pallets can the warehouse at site QRN-40 store?", "chat", 9),
    ("The number of spectators at the Dunmoor Rangers versus Kellbride United match was", "completion", 13),
    ("Who won the Pellham Valley chess open in 2019?", "chat", 2),
    ("What's the name of the lighthouse keeper's dog at Skerrow Bay?", "chat", 12),
]
# Sixteen more by another writer who had seen neither the rules nor the other guards (half prose, half
# snippets: a kit list, an .env file, a CSV, a receipt, a timetable, a chat transcript, a changelog,
# a form), written on 5 December after that day's rules and measured once before and after them —
# their out-of-sample test — in the novel.
OTHER2 = [
    ("The door of the keeper's cottage at Brenmoor Point had been painted a deep saffron yellow, so "
     "that the fishing boats could pick it out even through the fog.",
     "Do you remember what colour the front door of the Brenmoor Point cottage is?",
     "The front entrance of the Brenmoor Point keeper's house is a deep",
     ["saffron yellow"]),
    ("Officials in Larkhaven confirmed on Tuesday that 3862 residents cast ballots in the harbour "
     "redevelopment referendum, a record for the district.",
     "How many people took part in the Larkhaven harbour vote?",
     "The turnout for Larkhaven's harbour referendum was",
     ["3862"]),
    ("MEMO: Please note that the Orrin & Vale quarterly stock audit has been moved to 19 March 2025. "
     "All warehouse staff are expected to attend.",
     "When is the stocktake at Orrin & Vale happening now?",
     "The rescheduled inventory check at Orrin & Vale will take place on",
     ["19 March 2025"]),
    ("Dear diary, Granny Pell swears the only soul who knows where Grandad buried the silver spoons "
     "is old Tobias Wrenfield from the bakery on Tanner Street.",
     "Who does Granny Pell think knows where the spoons are buried?",
     "According to Granny Pell, the one person who could lead you to Grandad's hidden silverware is",
     ["Tobias Wrenfield"]),
    ("Visitors should note that the cable car serving the Kessler Ridge monastery makes its last "
     "descent at 17:40; after that, the only way down is a two-hour footpath.",
     "What time does the final cable car come down from Kessler Ridge?",
     "If you want to ride back down from the Kessler Ridge monastery rather than walk, the final car "
     "leaves at",
     ["17:40"]),
    ("In 1612 the merchant guild of the Veldmark abandoned its crumbling charter hall and moved its "
     "entire treasury to the walled village of Ostramere.",
     "Where did the Veldmark guild relocate its money to in 1612?",
     "From 1612 onward, the Veldmark merchants kept their funds in the village of",
     ["Ostramere"]),
    ("Though every sailor along the Corran coast knew her as the Grey Widow, the smuggler's sloop "
     "was entered in the harbour ledger under the name Pennywhistle.",
     "What name was the smuggler's boat officially recorded under?",
     "In the harbour's official records, the smuggler's sloop is listed as",
     ["Pennywhistle"]),
    ("The Dunmore Zoo said the new enclosure for its red panda, Biscuit, cost £284,500 to build, "
     "most of it raised through local donations.",
     "How much did it set the zoo back to build Biscuit a new home?",
     "Building the red panda's new enclosure at Dunmore Zoo came to a total of",
     ["£284,500"]),
    ("**Harrow survey team – field kit**\n- Tripod: Velbon, serial TR-5521\n- GPS receiver: Garnet X4, "
     "serial GX4-80317K\n- Drone: Skylark Mini, serial SKM-2209",
     "I need the serial for the Garnet GPS that the Harrow team takes into the field.",
     "The Harrow team's Garnet X4 is registered with serial number",
     ["GX4-80317K"]),
    ("# billing-service "
     ".env\nAPP_NAME=quillpay\nDB_HOST=db.internal.tessaro.net\nDB_PORT=6543\nCACHE_TTL=900\nLOG_LEVEL=warn",
     "Which port is the quillpay database listening on?",
     "According to its environment settings, quillpay talks to its database over port",
     ["6543"]),
    ("survey_date,observer,site,lapwing_count\n2023-04-11,R. Danvers,Colmer Marsh,214\n2023-04-11,J. "
     "Okafor,Pike Fen,143\n2023-04-12,S. Lindqvist,Heron Flats,96",
     "How many lapwings did the observer spot at Pike Fen?",
     "The lapwing tally recorded at Pike Fen came to",
     ["143"]),
    ("THE COPPER KETTLE CAFÉ\n14 Aldgrave Lane, Misterton\n------------------------\n2 x Flat white     "
     "   £6.40\n1 x Cheese scone      £3.25\n1 x Lemon drizzle     "
     "£3.10\n------------------------\nTOTAL                £12.75\nPaid by card ****4481",
     "How much was the total at the Copper Kettle?",
     "Altogether, the bill from the Copper Kettle Café came to",
     ["£12.75"]),
    ("Service 7B | Fenwick Green 08:47 | Hallam Cross 09:23 | Pellbury Station 09:41 (stand C)",
     "When does the 7B pull into Pellbury Station?",
     "The 7B is scheduled to reach Pellbury Station at",
     ["09:41"]),
    ("Jonah: where did you leave the spare van keys?\nMeera: in the blue biscuit tin on top of the "
     "fridge\nJonah: the fridge in the garage?\nMeera: no, the kitchen one",
     "Could you remind me where the spare keys for the van ended up?",
     "Meera stashed the van's backup keys in the",
     ["blue biscuit tin"]),
    ("## [4.7.2] - 2024-11-08\n### Fixed\n- Lanternfish exporter no longer crashes when a project name "
     "contains an emoji.\n### Changed\n- Minimum supported Python is now 3.10.",
     "Which Lanternfish release sorted out the exporter crashing on emoji?",
     "The exporter crash caused by emoji in project names was patched in Lanternfish version",
     ["4.7.2"]),
    ("VEHICLE REPAIR INTAKE FORM\nCustomer name: Alderic Munroe\nVehicle: 2016 Halberd Tourer\nReported "
     "fault: grinding noise when braking\nTechnician assigned: Sunniva Brekke\nEstimated completion: "
     "Thursday",
     "Who's the mechanic working on Alderic Munroe's car?",
     "The technician looking after the Halberd Tourer brought in by Alderic Munroe is",
     ["Sunniva Brekke"]),
]
OTHER2_ABSENT = [
    ("What year was the lighthouse at Brenmoor Point built?", "chat", 0),
    ("Which waiter served the table at the Copper Kettle Café?", "chat", 11),
    ("The software licence that Lanternfish is distributed under is", "completion", 14),
    ("What time does the 7D get into Pellbury Station?", "chat", 12),
    ("I need the serial number of the Garnet GPS unit used by the Harlow survey team.", "chat", 8),
    ("The mechanic handling Aldous Munro's car is", "completion", 15),
    ("What's the phone number for the dentist's surgery on Mill Road?", "chat", 5),
    ("When is my library book due back?", "chat", 10),
]
# Sixteen more by a third writer (narrative, workplace texts, code and log lines, personal notes),
# written on 5 December after the rules that the first two sets prompted and measured once before
# and after them, in the technical haystack.
OTHER3 = [
    ("The ferry Marisol Quay pulled out of Tollbrook harbour an hour behind schedule on Thursday. "
     "Its skipper, a wiry woman named Odalys Fenwick, put the delay down to the fog rolling in off "
     "the headland.",
     "Who was in command of the Marisol Quay when it departed Tollbrook?",
     "The captain of the Marisol Quay was",
     ["Odalys Fenwick"]),
    ("When the Harrowgate growers' cooperative finished counting its orchards last autumn, the tally "
     "came to 48,213 apple trees still bearing fruit, a figure that surprised even the oldest "
     "members.",
     "How many fruit-producing apple trees did the Harrowgate cooperative record in its count?",
     "In Harrowgate's orchard census, the number of apple trees still yielding fruit was",
     ["48,213"]),
    ("After weeks of argument at the parish hall, Brannock Village finally repainted its old "
     "footbridge in a shade the council insisted on calling heron grey.",
     "What colour did they choose for the footbridge in Brannock Village?",
     "Brannock Village's footbridge was given a fresh coat of",
     ["heron grey"]),
    ("The Caddrell expedition reached the summit of Mount Caddrell at 14:37 on the second day, "
     "comfortably ahead of the storm that closed the pass that evening.",
     "At what time did the climbers get to the top of Mount Caddrell?",
     "The team stood on Mount Caddrell's peak at",
     ["14:37"]),
    ("Pellucid Robotics told investors on Tuesday that its warehouse arms now fail on only 2.6% of "
     "picks, down from nearly ten percent a year earlier.",
     "What percentage of picks end in failure for Pellucid Robotics' warehouse arms these days?",
     "These days, Pellucid Robotics' warehouse arms botch a pick in just",
     ["2.6%"]),
    ("Old Mrs. Quilliam's tabby, missing since the village fete, turned up asleep in the bakery loft "
     "on Sunday morning. The cat, she told the Gazette, is called Marmaduke Figg.",
     "What's the name of the tabby that belongs to Mrs. Quilliam?",
     "Mrs. Quilliam's runaway cat answers to the name",
     ["Marmaduke Figg"]),
    ("Minutes, Ops sync, 11 March: It was agreed that the change freeze for the Velloran migration "
     "begins on 19 April 2025. Tomasz will notify all tenants by end of week.",
     "When does the freeze on the Velloran migration kick in?",
     "The Velloran migration change freeze takes effect on",
     ["19 April 2025"]),
    ("Ticket #88412 - Customer at Dunmere Textiles reports that their Loomwise X3 printer displays "
     "error code E-7Q4 after every firmware update and refuses to print until power-cycled. "
     "Priority: high.",
     "Which error code shows up on Dunmere Textiles' Loomwise X3 following firmware updates?",
     "After each firmware update, the Loomwise X3 at Dunmere Textiles throws the code",
     ["E-7Q4"]),
    ("HR NOTICE: Effective from the first of next month, all permanent employees of Quenby & Harte "
     "will be entitled to 27 days of paid annual leave, up from the current 24.",
     "How many days of paid holiday per year will Quenby & Harte staff receive from next month?",
     "Starting next month, the yearly paid leave allowance for Quenby & Harte employees is",
     ["27"]),
    ("MANIFEST LINE 014 | Vessel: Saltmarrow Belle | Container: TGHU-5520193 | Contents: glazed "
     "ceramic tiles, 340 crates | Port of discharge: Ilvane",
     "What's the container number holding the ceramic tiles aboard the Saltmarrow Belle?",
     "The ceramic tiles carried by the Saltmarrow Belle were loaded into container",
     ["TGHU-5520193"]),
    ("FROSTLINE_UPLOAD_TIMEOUT_SECONDS = 5400  # longest the Frostline uploader waits for an ack "
     "before aborting",
     "How long, in seconds, will the Frostline uploader hold on for an acknowledgement before giving "
     "up?",
     "Before it aborts, the Frostline uploader is allowed to wait up to",
     ["5400"]),
    ("ENV KESTRIL_API_VERSION=4.12.7",
     "Which version of the Kestril API does the container environment pin?",
     "The Kestril API version configured in the image's environment is",
     ["4.12.7"]),
    ("2024-08-02T03:14:55Z WARN [billing-worker] retry budget exhausted for merchant account "
     "orchid-lantern-22 after 9 attempts; moving invoice to dead-letter queue",
     "Do you happen to know which merchant account the billing worker stopped retrying on?",
     "The billing worker ran out of retries while handling the merchant account",
     ["orchid-lantern-22"]),
    ("Shopping for Saturday: oat milk, two lemons, fennel seeds, birthday candles for Pippa, and a "
     "loaf of Marlowe's sourdough (it's gone up to £4.85, ugh).",
     "How much does a loaf of Marlowe's sourdough cost now?",
     "A Marlowe's sourdough loaf currently sells for",
     ["£4.85"]),
    ("TODO: renew the mooring licence for the Gannet's Whisper before 30/06 - harbourmaster says no "
     "extensions this year.",
     "By when does the Gannet's Whisper need its mooring licence renewed?",
     "The deadline for renewing the Gannet's Whisper's mooring licence is",
     ["30/06"]),
    ("hey it's Rufus - they changed the locker combo at Westvale pool, it's 7731 now. don't tell "
     "Dmitri lol",
     "What's the new code for the Westvale pool locker that Rufus texted about?",
     "According to Rufus, the locker at Westvale pool now opens with",
     ["7731"]),
]
OTHER3_ABSENT = [
    ("How many passengers were on board the Marisol Quay when it left Tollbrook?", "chat", 0),
    ("What did the ceramic tile shipment on the Saltmarrow Belle weigh in total?", "chat", 9),
    ("The person who chaired the Ops sync on 11 March was", "completion", 6),
    ("Who captained the Marisol Kay on its crossing from Tollbrook?", "chat", 0),
    ("What is the name of Mrs. Quilliman's dog?", "chat", 5),
    ("The version of the Kestrin SDK pinned in the build image is", "completion", 11),
    ("What time does the Greyhollow public library open on Sundays?", "chat", 13),
    ("How much money did the Penhallow fun run raise for the lifeboat station?", "chat", 2),
]
OTHER4 = [
    ('The Brindlemoor Lantern Festival wrapped up on Sunday evening. It drew 14,382 visitors over the two days, '
     'organisers said, up from 11,905 last year.',
     'How many people came to the Brindlemoor Lantern Festival this year?',
     'The number of people who attended the Brindlemoor Lantern Festival this year was',
     ['14,382']),
    ('Hi Teodora, just confirming the Quillhaven kickoff has been pushed to 4:45 pm Thursday (it was 2:15). '
     'Please bring the printed floor plans. Thanks, Marcus',
     'What time is the Quillhaven kickoff meeting now?',
     'The Quillhaven kickoff has been rescheduled to start at',
     ['4:45 pm']),
    ('v3.14.7 (2021-11-02): Fixed a race condition in the Tarnwick sync daemon when rotating log handles; '
     'dropped support for legacy Hexfold v1 manifests.',
     'In which release did the Tarnwick sync daemon get its log rotation race bug fixed?',
     'The log-rotation race in the Tarnwick sync daemon was resolved in version',
     ['3.14.7']),
    ('[harbor_relay]\nupstream = "corvid-07.pellmarsh.net"\nmax_retries = 38\nbackoff_factor = 2.75\ntimeout_ms '
     '= 9000',
     "What's the retry limit set for harbor_relay?",
     'The most times harbor_relay will try again before giving up is',
     ['38']),
    ('| Oskari Vantteland | Rimefield Depot | Forklift (counterbalance) | issued 02/04/2024 | expires '
     '17/03/2027 |',
     "When does Oskari Vantteland's forklift certification run out?",
     "Oskari Vantteland's forklift licence remains valid until",
     ['17/03/2027']),
    ('2023-06-19T03:12:44Z WARN [gullstone-ingest] queue depth 48213 exceeds threshold 40000; shedding load '
     'from tenant MX-8820-K',
     'Which customer account was gullstone-ingest dropping traffic from when its queue backed up?',
     'When its queue got too deep, gullstone-ingest started throttling the tenant with ID',
     ['MX-8820-K']),
    ("4. Fold in the toasted fennel and let Aunt Wrenna's harvest stew simmer for another 35 minutes, then "
     'finish it with a splash of blackcurrant vinegar just before serving.',
     "What goes into Aunt Wrenna's harvest stew right at the end?",
     "As a final touch, Aunt Wrenna's harvest stew gets a dash of",
     ['blackcurrant vinegar']),
    ('Item 6, Calloway Reach pier repairs: the contractor now expects completion on 28 August 2025 (slipped '
     'from 12 June). Ms. Dobrin to notify harbour users.',
     'When are the Calloway Reach pier repairs supposed to be finished now?',
     'The revised finish date for the repair work on the Calloway Reach pier is',
     ['28 August 2025']),
    ('PINEWARD HARDWARE  Store #0412\nCedar planter box   2 @ £27.99\nSubtotal £55.98   Member discount '
     '12%\nTOTAL £49.26   Paid: card ****7731',
     'How much did the customer end up paying at Pineward Hardware?',
     'After the discount, the amount charged on the Pineward Hardware receipt came to',
     ['£49.26']),
    ('# NOTE(halvard): the Ostrel-Kenning mirror rejects payloads above 7340032 bytes, so we chunk at 6 MiB.\n# '
     'Check with Ilse Marrowby before changing this.',
     'Who should I talk to before I change the chunk size for the Ostrel-Kenning mirror?',
     'Anyone wanting to alter the chunking for the Ostrel-Kenning mirror should first consult',
     ['Ilse Marrowby']),
    ("hey it's Pia!! the Fernlow cabin door code changed, it's 5082 now not 9147 lol. see u fri",
     "What's the current keypad number to get into the Fernlow cabin?",
     'To open the door of the Fernlow cabin these days you punch in',
     ['5082']),
    ('Vessel name: Marigold Tessaly\nPort of registry: Saltmarrow Quay\nMaster: Capt. Anselm '
     'Voight-Reyes\nGross tonnage: 1,284',
     "What's the home port the Marigold Tessaly is registered to?",
     'The Marigold Tessaly is officially registered at',
     ['Saltmarrow Quay']),
    ('- Loaner laptops for the Everholt internship cohort: request via it-desk/loaners/everholt-2024 by the '
     '9th; returns go to Room B-214.',
     'Where do Everholt interns go to ask for a borrowed laptop?',
     'Members of the Everholt intern group can request a loan laptop through',
     ['it-desk/loaners/everholt-2024']),
    ('“We called her Juniper Ashbloom, after my grandmother’s favourite rose,” said Dario Kettleby, scratching '
     'the terrier behind the ears. “She’s nine and still thinks she runs the orchard.”',
     "What is the name of Dario Kettleby's dog?",
     "Dario Kettleby's little terrier goes by the name",
     ['Juniper Ashbloom']),
    ('³ Figures for the Drummond-Aske survey were revised on 2 February 2019; the earlier turnout estimate of '
     '63.4% was corrected to 58.7%.',
     'After the correction, what turnout did the Drummond-Aske survey report?',
     'The corrected participation rate in the Drummond-Aske survey was',
     ['58.7%']),
    ('Wed 11 Sep 2024, 09:30–11:00  Hollisbrook Orchard Trust AGM, Upper Reading Room, Corvan Library. '
     'Organiser: a.fenwhistle@hollisbrook-trust.org',
     'What email address should I use to reach whoever is running the Hollisbrook Orchard Trust AGM?',
     'The contact address for the organiser of the Hollisbrook Orchard Trust annual general meeting is',
     ['a.fenwhistle@hollisbrook-trust.org']),
]
OTHER4_ABSENT = [
    ('How many crew members serve aboard the Marigold Tessaly?', 'chat', 11),
    ('How much did a ticket to the Brindlemoor Lantern Festival cost?', 'chat', 0),
    ("What's the door code for the Fernlaw cabin?", 'chat', 10),
    ('Which tenant did gullstane-ingest start shedding load from?', 'chat', 5),
    ('Who is the chief engineer on the research trawler Halcyon Drift?', 'chat', 4),
    ("What colour is Dario Kettleby's car?", 'chat', 13),
    ('The weekend opening hours of the Upper Reading Room at Corvan Library are', 'completion', 15),
    ('The maximum number of retries configured for harbor_delay is', 'completion', 3),
]
OTHER5 = [
    ("[14:02] Priya: ok the wifi at Nadia's is now Quokka!Fern48 — ignore the old one still stuck on her fridge "
     '(Bramble2019), she changed it when the new router came last week',
     "what was the wifi password at Nadia's again?",
     "The current wifi password at Nadia's place is",
     ['Quokka!Fern48']),
    ("Hi Tom, my sister Ines is coming over from Bilbao on Thursday. Could you collect her from Gatwick? She's "
     'on VY 7314, landing around six. Thanks so much — Marguerite Oyelaran | Office Manager | Keel & Vance '
     'Architects',
     "Which flight is Marguerite's sister arriving on?",
     'Ines will be landing at Gatwick on flight',
     ['VY 7314']),
    ('12 March. The Halversons next door have finally named their new greyhound. Biscuit was vetoed by the '
     'twins, so he is officially Admiral Pennywhistle, though the whole street already calls him Penny.',
     'What did the Halversons end up calling their greyhound, officially?',
     "The full official name of the Halversons' greyhound is",
     ['Admiral Pennywhistle']),
    ('Voicemail, 9:47am: "Hiya, it\'s Dorota from Kestrel Lane Garage. Your Fiesta\'s ready, it was the clutch '
     'in the end. Ring me back on 07723 481 906 — not the main line, that one\'s always engaged. Ta, bye."',
     'What number did Dorota from the garage want me to call her back on?',
     'To reach Dorota at the garage directly, you should dial',
     ['07723 481 906']),
    ("Note to self: fertiliser for Grandad's allotment. He wants 2.5 kg of the blood, fish and bone — NOT the 5 "
     'kg sack Miro bought last time, which went lumpy in the shed.',
     'How much blood, fish and bone does Grandad actually want?',
     'The quantity of fertiliser Grandad asked for is',
     ['2.5 kg']),
    ("REMINDER: Ottoline's cello lesson is moving from Tuesdays to Thursday at 4:15pm starting next week. Still "
     "at Mrs Vasquez-Hale's on Rook Street, bring the new rosin.",
     "When's Ottoline's cello lesson now?",
     'From next week, Ottoline has cello on',
     ['Thursday at 4:15pm']),
    ('"Paint the boathouse door whatever you please," said Cornelius, waving his pipe, "so long as it isn\'t '
     'that dreadful mustard your mother chose. Make it heron grey, as it was before the fire."',
     'Which colour did Cornelius ask for on the boathouse door?',
     'Cornelius wanted the door of the boathouse painted',
     ['heron grey']),
    ("★★★★☆ Little Saffron Table, Pell Street. Skip the lamb tagine, honestly forgettable. The one plate I'd "
     'cross town for is the smoked aubergine with pomegranate and brown butter. Service slow but sweet. — '
     'Hollis K.',
     "According to that review, what's the thing to order at Little Saffron Table?",
     'The reviewer said the dish worth travelling across town for was the',
     ['smoked aubergine with pomegranate and brown butter']),
    ('Whitlow Vets, appointment note: Mochi (tabby, 6 yrs) booster jab booked for 19 November, 10:30, with Dr '
     'Anand. Owner to bring previous vaccination card. Weight today 4.8 kg.',
     "When is Mochi due for her booster at the vet's?",
     "Mochi's booster vaccination is booked for",
     ['19 November']),
    ("Day 3: leave Lyon Part-Dieu 08:12 on TGV 6611 to Marseille, coach 14, seat 87 for me (Rafa's got 88 by "
     'the window). Check in at Hôtel Alizé by 3pm.',
     "What's my seat number on the Lyon to Marseille train?",
     'On the TGV to Marseille, my own seat is number',
     ['87']),
    ('Year 5 Spring Report: Wilf Ashcombe. Wilf has made strong progress in maths this term and works '
     'especially well alongside Tabitha Mersey-Clarke. Form tutor: Mr Desmond Okafor-Lyle.',
     "Who's Wilf's form teacher?",
     "The form tutor who signed Wilf's report is",
     ['Mr Desmond Okafor-Lyle']),
    ('FOUND: small brass key on a red ribbon, near the bandstand in Larkspur Gardens on Sunday afternoon. It '
     'has been handed in at the Corner Post Office, 41 Quillon Row. Ask for Bernadette.',
     'Where do I go to collect that brass key someone found in Larkspur Gardens?',
     'The key found in Larkspur Gardens was handed in at the post office at',
     ['41 Quillon Row']),
    ("Aunt Fenella's damson gin: 450 g damsons, pricked all over, 225 g caster sugar, one 70cl bottle of cheap "
     'gin. Shake every few days. She swears the secret is not straining it till Boxing Day.',
     "How much sugar goes into Aunt Fenella's damson gin?",
     "For Aunt Fenella's damson gin, the sugar you need is",
     ['225 g']),
    ("Xmas presents: Dad, the Brennan biography; Mum, garden kneeler (£18); Jonah, 'The Lanternmaker of "
     "Oskarsund', hardback, £22.50 at Ferris & Pike; Gran, lavender bath salts.",
     'What novel was I going to buy Jonah for Christmas?',
     'The book on the gift list for Jonah is',
     ['The Lanternmaker of Oskarsund']),
    ('Sunday league cup: Hollowmere Rovers 3–1 Brackwater Athletic. The first leg away at Brackwater had ended '
     '2–2, so Rovers go through 5–3 on aggregate. Rovers keeper Sol Benedetti saved a late penalty.',
     "What was the final score in Sunday's home game, Hollowmere Rovers against Brackwater?",
     "Sunday's match between Hollowmere Rovers and Brackwater Athletic finished",
     ['3–1']),
    ('Hi all, Mr Kettleborough (landlord) here. Rent for Flat 7B goes up to £1,140 a month from 1 April; Flat '
     '7A stays at £980 as agreed. Please update your standing orders. Any questions just text me.',
     "What's the new monthly rent on Flat 7B going to be?",
     'From April, the monthly rent for Flat 7B will be',
     ['£1,140']),
]
OTHER5_ABSENT = [
    ("What's Dorota's surname, the woman from the garage?", 'chat', 3),
    ("How old is the Halversons' greyhound?", 'chat', 2),
    ('How much is the rent for Flat 7C now?', 'chat', 15),
    ("What time is Ottiline's cello lesson these days?", 'chat', 5),
    ('Which flight is Ives coming in on?', 'chat', 1),
    ("what's the wifi password at Gideon's studio again?", 'chat', 0),
    ('The title of the book on the gift list for Gran is', 'completion', 13),
    ("The name of Brackwater Athletic's goalkeeper is", 'completion', 14),
]
OTHER6 = [
    ('INCIDENT REPORT IR-4471 (Kettering Vale depot): At 02:14 forklift driver Dunstan Ferraby noticed coolant '
     'pooling under press line 3. The line was stopped at 02:41. A split hose was replaced by contractors from '
     'Orlith Mechanical and production resumed at 05:07.',
     'Which outside firm did the repair after the coolant leak at the Kettering Vale depot?',
     'The contractors who replaced the split hose at Kettering Vale came from',
     ['Orlith Mechanical']),
    ("...and that's a superb save from Tamsin Okonkwo-Reyes! Pellworth Rovers still trail 2-1 here at Gorrow "
     'Park with twelve minutes left, and their manager has Ilja Brandvold stripped and ready to come on for the '
     'tiring Mattias Quell.',
     'Who was Pellworth Rovers about to bring off the bench at Gorrow Park?',
     'With twelve minutes to go, the Rovers player waiting to come on as a substitute was',
     ['Ilja Brandvold']),
    ('Ceremonial ladle, carved whalebone, c. 1740. Made in the fishing village of Skarrow Point. Given to the '
     'Halvercombe Museum in 1962 by Mrs. Ottilie Brackenridge. She had found it at a house auction in Dunhallow '
     'in 1931. Length 41.5 cm.',
     'Do you know where the woman who donated the whalebone ladle originally bought it?',
     'Mrs. Brackenridge originally picked up the whalebone ladle at an auction held in',
     ['Dunhallow']),
    ('FOR SALE — 14 Quillon Terrace, Marrowby. Three-bedroom stone cottage with a south-facing garden (0.3 '
     'acres) and original flagstone floors. Price reduced from £412,000 to £389,950 for a quick sale. Viewings '
     'via Thistlewood & Gane Estates.',
     'How much is 14 Quillon Terrace going for now that the price has been dropped?',
     'Following the reduction, the Quillon Terrace cottage is listed at',
     ['£389,950']),
    ('Lab book — R. Vasquez-Ilunga, Tues 9 Mar. Sample KX-22 incubated at 37 °C overnight. Control plate: no '
     'visible growth, OD600 0.031. Treated plate: 0.847 (OD600) at 16 h. Will repeat tomorrow with fresh LB '
     'broth.',
     'What OD600 reading did Vasquez-Ilunga get for the treated KX-22 plate?',
     "For sample KX-22, the treated plate's optical density at 16 hours was",
     ['0.847']),
    ('Shipping notice: Good news! Your Brindlecove Ceramics order (ref. BCX-88120-Q, 3 parcels) left our '
     'Antwerp warehouse on 21/11/2023 with Veldhaus Freight. Expected delivery: 6–9 working days. Your tracking '
     'number is VF-2231907-NL.',
     'I forgot the order reference for my Brindlecove Ceramics purchase — what was it?',
     'The Brindlecove Ceramics order was placed under reference',
     ['BCX-88120-Q']),
    ('★★☆☆☆ Honestly disappointed. I swapped my Fennick Aero 2 for the newer Fennick Aero 3 kettle. The Aero 2 '
     'lasted eight months before the switch failed; the Aero 3 died after 19 days. Support just said they would '
     "'look into it'. — Priya H., Wendlebury Cross",
     "How long did Priya's Fennick Aero 3 keep working before it packed in?",
     'According to the review, the newer Fennick kettle stopped working after',
     ['19 days']),
    ('Year 9 | Thu | P4 11:50–12:45 | Chemistry | Room S14 (Lab S2 closed) | Dr. Fenwick Abernathy covering for '
     'Mrs. Lucinda Orme until half term',
     "Who's taking Year 9 chemistry on Thursday period 4 while the regular teacher is off?",
     "Until half term, Year 9's Thursday chemistry lessons are being covered by",
     ['Dr. Fenwick Abernathy']),
    ('WEATHER BULLETIN — Dunmere Estuary, issued 06:00 Saturday. Westerly winds strengthening, with gusts up to '
     '68 km/h this afternoon, easing to 30 km/h overnight. Rainfall 12–18 mm. Small craft warning in force '
     'until noon Sunday.',
     'How strong are the peak gusts forecast for the Dunmere Estuary on Saturday afternoon?',
     "Saturday afternoon's strongest gusts over the Dunmere Estuary are forecast to reach",
     ['68 km/h']),
    ('14 FEB 2024   CARD PAYMENT   HOLLIS & VANTREE OPTICIANS GRESSINGHAM   -CHF 236.40   BAL CHF 4,918.05',
     'How much did I spend at Hollis & Vantree opticians back in February?',
     'The card payment to the Hollis & Vantree opticians was for',
     ['CHF 236.40']),
    ("ANSWER KEY — Round 3, 'Places That Aren't': 1. Lake Turmalind  2. the Vessary Gap  3. 41% (share of "
     'Brackwater Ford residents who commute by ferry)  4. 1,204 metres (height of Mount Gellan)',
     'According to the quiz answers, what proportion of people in Brackwater Ford get to work by ferry?',
     'The round 3 answer key gives the percentage of Brackwater Ford residents commuting by ferry as',
     ['41%']),
    ('Seating note, Marchetti–Dunleavy wedding: Uncle Bartholomew and Aunt Cressida must NOT be seated '
     'together. Put him at Table 7, by the fire exit; she goes on Table 2, next to the string quartet, with the '
     "bridesmaids' parents.",
     "Whereabouts in the room is Aunt Cressida's table meant to be at the Marchetti–Dunleavy wedding?",
     "In the Marchetti–Dunleavy seating plan, Aunt Cressida's table is placed",
     ['next to the string quartet']),
    ('PENALTY CHARGE NOTICE PCN-7730415 — Tallowmere Borough Council. Vehicle YK19 WZT (silver Ostrander '
     'estate) observed in a loading bay, Orrin Street, 14:32. Charge €70, reduced to €35 if paid within 14 '
     'days.',
     'What plate number was on the car that got fined on Orrin Street?',
     'The penalty notice on Orrin Street was issued to the vehicle registered as',
     ['YK19 WZT']),
    ('station_id,town,elevation_m,opened\nWX-0419,Carrabeg,312,1987-06-14\nWX-0420,Carrabeg '
     'North,298,2003-09-02',
     'When did the Carrabeg North weather station first open?',
     'The Carrabeg North station (WX-0420) went into service on',
     ['2003-09-02']),
    ('@channel heads up: the Project Wrenfield staging DB moves to its new host tonight. Downtime starts 22:00 '
     'and should last about 2 hours 45 minutes. Tobiah Marchbank is on call till 6am if anything breaks. Status '
     'page: https://status.wrenfield-staging.example/db',
     'Can you remind me how long the Wrenfield staging database will be offline tonight?',
     "Tonight's migration of the Wrenfield staging DB should take it offline for roughly",
     ['2 hours 45 minutes']),
    ("11.3 Termination. Either party may end this Agreement on not less than 90 days' written notice. Notices "
     'to Lindqvarn Holdings Ltd shall be sent by email to legal@lindqvarn-holdings.example; notices to the '
     'Supplier, to contracts@pellmoor-supply.example.',
     'What email address should termination notices for Lindqvarn Holdings go to?',
     'Under clause 11.3, notices meant for Lindqvarn Holdings must be emailed to',
     ['legal@lindqvarn-holdings.example']),
]
OTHER6_ABSENT = [
    ('How much does the whalebone ladle at the Halvercombe Museum weigh?', 'chat', 2),
    ("What's the asking price for the cottage on Quillan Terrace in Marrowby?", 'chat', 3),
    ('Which email address do notices for Lundqvarn Holdings have to be sent to?', 'chat', 15),
    ('What time does the first Sunday ferry leave Halloran Quay?', 'chat', 10),
    ('What was the final score in the Pellworth Rovers game at Gorrow Park?', 'chat', 1),
    ('How much did the Brindlecove Ceramics order cost in total?', 'chat', 5),
    ('The vet who treated the racing greyhound Copper Lantern was', 'completion', 8),
    ('The staff number of forklift driver Dunstan Ferriby is', 'completion', 0),
]
OTHER7 = [
    ("P.S. Do not forget that Aunt Wilhelmina's birthday falls on the 14th of March, and not on the 4th as "
     'Cousin Barnaby keeps insisting; I sent her parcel on Tuesday by Hobblethwaite the carrier.',
     "Remind me, when is Aunt Wilhelmina's birthday really?",
     "Despite what Cousin Barnaby claims, Aunt Wilhelmina's birthday is on",
     ['the 14th of March']),
    ('WANTED, a steady and cheerful governess for two small boys at Quellbrook Grange, near Tansley Marsh. '
     "Salary £38 per annum, laundry found. Apply by letter to Mrs. Orrington Vesk, care of the Lamplighter's "
     'Gazette.',
     'The Quellbrook Grange governess job in the paper: which village is the house close to?',
     'The advertisement placed Quellbrook Grange near',
     ['Tansley Marsh']),
    ("Log of the barque Merrow's Lantern, 9th Oct. Wind SW, moderate. Sounded at four bells, 23 fathoms, sandy "
     "bottom. At six bells spoke the brig Curlew's Daughter, 41 days out of Port Ellery, all well aboard her.",
     "What was the name of the brig that the Merrow's Lantern spoke with at sea?",
     "At six bells the crew of the Merrow's Lantern hailed the brig",
     ["Curlew's Daughter"]),
    ('Down trains, Pellingford branch: the 7.42 from Ashcombe Cross calls at Dunmarrow Halt at 8.05 and arrives '
     'Pellingford 8.31; the 9.15 runs fast, not calling at Dunmarrow Halt, and arrives Pellingford 9.48.',
     'If I catch the 7.42 out of Ashcombe Cross, what time do I get into Pellingford?',
     'Leaving Ashcombe Cross at 7.42, the train pulls into Pellingford at',
     ['8.31']),
    ("Subscription Library of Cressing Wells. Card No. 4417. Borrower: Miss Araminta Fowle. Volume lent: 'A "
     "Treatise on Fern Cultivation', to be returned by Nov. 2nd, 1858. Fine outstanding: fourpence halfpenny.",
     'By what date was Miss Araminta Fowle supposed to bring back her book on ferns?',
     "Miss Fowle's fern treatise had to be returned to the Cressing Wells library by",
     ['Nov. 2nd, 1858']),
    ('Minutes of the Brackenbury Chess & Whist Society. Mr. Tobias Wrenfield proposed that the annual dinner be '
     'held at the Golden Ostrich; this was seconded by Mr. Lemuel Harrap, and the motion carried by 11 votes to '
     '4.',
     "At the Brackenbury Chess & Whist Society, who backed Wrenfield's proposal about the dinner venue?",
     'The motion to dine at the Golden Ostrich was seconded by',
     ['Mr. Lemuel Harrap']),
    ('Item: I bequeath to my niece Dorothea Pellham my walnut writing-desk and the sum of £1,250; and to my '
     'nephew Ambrose Pellham my brass telescope and £400, provided always that he abstain from the turf.',
     'How much cash does the will leave to the nephew, Ambrose?',
     'Besides the telescope, Ambrose Pellham was left',
     ['£400']),
    ('Bill of fare, the Kittering Arms, Michaelmas: mock turtle soup; boiled turbot with lobster sauce; a '
     'saddle of mutton with red currant jelly; and, to close, quince and ginger pudding. Dinner at half past '
     'six precisely.',
     'What sweet did the Kittering Arms finish its Michaelmas dinner with?',
     "The last course on the Kittering Arms' Michaelmas menu was",
     ['quince and ginger pudding']),
    ('April 3rd. Sowed the scarlet runners along the south wall. The broad beans put in last month now stand 4½ '
     'inches high. Old Jessop swears the frost is done with, but I keep the cloches by all the same.',
     'In the garden diary, how tall were the broad beans on the 3rd of April?',
     'By April 3rd the broad beans sown the month before had reached',
     ['4½ inches']),
    ("LOST, on Saturday near Gilly's Bridge, a rough-coated terrier answering to Pudding, one ear torn, wearing "
     'a brass collar. Whoever brings him back to 17 Marrowfield Lane, Hesketh Combe, shall be handsomely '
     'rewarded.',
     'Where is the finder supposed to take Pudding the terrier?',
     'Anyone who found the torn-eared terrier was asked to return him to',
     ['17 Marrowfield Lane']),
    ('TELEGRAM. TO ROWLAND ASHBY LYDGATE HOUSE. ARRIVING BY EVENING MAIL THURSDAY STOP MEET ME WITH THE MARE '
     'JUNIPER NOT THE CHESTNUT BRAMBLEWICK WHO IS LAME STOP CORNELIA',
     'Which horse did Cornelia want Rowland to bring when he met her Thursday?',
     "Cornelia's wire asked Rowland to meet the evening mail with the mare",
     ['JUNIPER']),
    ('The Royal Pomfret Hotel, Saltmere. Received of Capt. H. Delacourt-Mowbray, for lodging, fires and candles '
     'during a stay of eleven nights, the sum of £6 4s. With thanks, J. Tilney, proprietor.',
     'How long did Captain Delacourt-Mowbray stay at the Royal Pomfret?',
     'The receipt shows the Captain lodged at the Saltmere hotel for',
     ['eleven nights']),
    ('Inventory of the cellar at Harrowfold Mill House: 14 dozen of claret; 6 dozen of port (the 1847); one '
     'cask of brandy branded with the mark HMB-2093; two broken chairs and a cracked lantern.',
     'What mark was branded on the brandy cask in the Harrowfold cellar?',
     'The cask of brandy in the Mill House cellar bore the mark',
     ['HMB-2093']),
    ('Barometer, Tilsey Rectory: 29.87 inches at 9 a.m. By 4 p.m., when the storm at last broke, it had sunk to '
     '29.41 inches. The rain gauge next morning held 1.06 inches.',
     'What was the barometer at Tilsey Rectory reading at the moment the storm broke?',
     'When the storm broke that afternoon, the rectory barometer stood at',
     ['29.41 inches']),
    ('University of Aldersmoor, Michaelmas Examinations in Classical Honours: first place, Mr. Percival Thorne, '
     'with 1,284 marks. The runner-up, Mr. Edgar Fenwick, obtained 1,179.',
     "What was Edgar Fenwick's mark total in the Aldersmoor classics exams?",
     'Coming second behind Thorne, Mr. Edgar Fenwick scored',
     ['1,179']),
    ('NOTICE is hereby given to Mr. Silas Crumbe, tenant of Larkspur Cottage, that his present lease expires at '
     'Lady Day, 25/3/1862, after which 15 per cent will be added to the yearly rent.',
     "By what percentage is Silas Crumbe's rent going up once his lease runs out?",
     'After Lady Day the rent on Larkspur Cottage was to be raised by',
     ['15 per cent']),
]
OTHER7_ABSENT = [
    ('Which regiment did Capt. H. Delacourt-Mowbray serve in?', 'chat', 11),
    ('How many marks did Mr. Percival Thorpe get in the Aldersmoor examinations?', 'chat', 14),
    ('Where should someone return the terrier called Padding?', 'chat', 9),
    ("Which milliner in Saltmere made Lady Honoria Quist's bonnet?", 'chat', 11),
    ('Who was the vicar living at Tilsey Rectory?', 'chat', 13),
    ("What cargo was the schooner Widow's Comfort carrying?", 'chat', 2),
    ('The cask of brandy in the Harrowfold Mill House cellar had been bought from', 'completion', 12),
    ('The rent owed by Mr. Silas Grumbe on his cottage will rise by', 'completion', 15),
]
OTHER8 = [
    ('# postgresql.conf on pg-ledger-02 -- shared_buffers = 24GB, effective_cache_size = 72GB, max_connections '
     '= 380  # raised from 250 by Ines Ardelean after the Q3 load test',
     'How many client connections can the ledger database box take at once now?',
     "Following Ines's tuning change, the connection limit on the ledger server is",
     ['380']),
    ('v4.12.3 (2023-11-08): fixed the race in the vacuum scheduler that could launch the same job twice; the '
     "minimum supported client library is now 2.7.1; the legacy 'cobalt' metrics exporter has been removed.",
     'Which release got rid of the bug where the vacuum scheduling kicked off duplicate runs?',
     'The duplicate-run problem in the vacuum scheduler was resolved in version',
     ['4.12.3', 'v4.12.3']),
    ('Ticket OPS-7719 (reporter: Marguerite Olansky, priority P2): replication lag on the Frankfurt standby '
     "went above 41 seconds during Thursday's batch import. Assignee: Tobiah Renwick.",
     'Who got handed the problem of the standby in Frankfurt falling behind?',
     'The engineer responsible for investigating the Frankfurt standby lag is',
     ['Tobiah Renwick']),
    ('From: ops-alerts@corp -- Heads up, everyone: the archive cluster maintenance window is moving from '
     'Saturday 02:00 to Sunday 04:30 UTC and should take roughly 95 minutes.',
     'What time is the archive cluster work happening after the reschedule?',
     "After being moved, the archive cluster's maintenance now begins on Sunday at",
     ['04:30', 'Sunday 04:30']),
    ('Step 6: Copy the restored base backup into /srv/pgdata/restore_staging/2024q1 and confirm it is owned by '
     'the postgres user before you start the standby.',
     'During the recovery procedure, which directory am I supposed to drop the restored base backup into?',
     'In the restore runbook, the recovered base backup has to be placed in',
     ['/srv/pgdata/restore_staging/2024q1']),
    ('{"service": "invoice-sync", "db_host": "pgsql-harbor-07.internal", "port": 6433, "pool_size": 18, '
     '"retry_ms": 750}',
     'Which machine does the invoicing sync service talk to for its database?',
     'The database host configured for the invoice synchronisation service is',
     ['pgsql-harbor-07.internal']),
    ('Decision log, architecture sync, 14 March: having compared three candidates, the group agreed to call the '
     "new read-replica effort 'Kingfisher' instead of 'Heron' or 'Osprey'. Dalia Okonkwo owns the rollout.",
     'What name did we settle on for the read replica initiative at that architecture meeting?',
     'The codename the team picked for the read-replica project is',
     ['Kingfisher']),
    ('Budget note: the yearly support contract for the backup appliance renews on 1 September at $48,250, '
     'compared with $41,900 last year; finance should book it under PO 55-0913.',
     "How much is this year's renewal for support on the backup appliance going to cost us?",
     'The price of the backup appliance support contract renewal this year is',
     ['$48,250', '48,250']),
    ('region,host,disk_gb,owner\nap-south,pg-ravel-11,3840,Yusuf Demirel\neu-west,pg-ravel-04,1920,Ana Lucic',
     'How many gigabytes of disk does the ravel host in ap-south have?',
     'Measured in GB, the storage on the ap-south ravel node is',
     ['3840']),
    ('2024-02-19 23:41:07.552 UTC [88213] WARNING:  database "tally" must be vacuumed within 1183402 '
     'transactions; oldest unfrozen xid is 2096317455',
     "In that wraparound warning for the tally database, what was the oldest xid that hadn't been frozen yet?",
     'According to the wraparound warning, the oldest unfrozen transaction ID in the tally database was',
     ['2096317455']),
    ('The data-center tour for new database interns always begins in the lobby of the Brightwater building in '
     'Tampere, which is also where the badge office sits.',
     'Which city do the intern tours of the data center start in?',
     'New database interns kick off their data-center tour in the city of',
     ['Tampere']),
    ('On the on-call dashboard, a replica lagging between five and thirty seconds is painted amber, while '
     'anything worse than that turns crimson and pages the secondary.',
     'What colour does the on-call screen show when a replica is more than half a minute behind?',
     'When replica lag exceeds thirty seconds, the dashboard marks it in',
     ['crimson']),
    ('// NOTE(rkovacs): keep STATEMENT_TIMEOUT_MS at 12500 -- the month-end reports on the finance schema '
     'routinely run 9-11 s, and anything lower kills them.',
     'What millisecond value should the statement timeout stay at for the finance reporting code?',
     'To avoid killing month-end finance reports, the statement timeout in milliseconds must remain',
     ['12500']),
    ('| extension | version | status | approved on |\n| tidewater_audit | 0.9.14 | approved | 2023-07-30 |\n| '
     'marrow_rollup | 1.6.4 | pending review | - |',
     'Which release of the tidewater audit extension got the green light?',
     'The approved version of the tidewater_audit extension is',
     ['0.9.14']),
    ('Under the agreement with Calloway Freight, a restore from the cold tier has to finish within 7 hours 20 '
     'minutes, and point-in-time recovery requests must be acknowledged within 45 minutes.',
     'How long do we get to complete a cold-storage restore for the freight client?',
     'For Calloway Freight, restores from cold storage must be completed within',
     ['7 hours 20 minutes']),
    ('#db-perf, Priyanka Venkat: since the index rebuild, p99 latency on the orders lookup is down to 3.87 ms '
     '(it was 14.2 ms before), and the cache hit ratio is holding at 99.1%.',
     "After the index was rebuilt, what's the 99th-percentile latency for looking up orders?",
     'Following the index rebuild, tail latency (p99) for the orders lookup dropped to',
     ['3.87 ms', '3.87']),
]
OTHER8_ABSENT = [
    ("What's the IP address of the pg-ledger-02 server?", 'chat', 0),
    ('Which database user account does the invoice-sync service log in as?', 'chat', 5),
    ('On what date was ticket OPS-7719 closed?', 'chat', 2),
    ('The codename chosen for the new WAL archiving project is', 'completion', 6),
    ("What's the required restore deadline in the Harlow Logistics contract?", 'chat', 14),
    ('Measured in GB, the disk on the us-east ravel host is', 'completion', 8),
    ("What's the phone number for the badge office in the Brightwater building?", 'chat', 10),
    ('Which Kubernetes version is the Glimmerdale team running in production?', 'chat', 12),
]
OTHER9 = [
    ('Dear Cousin Hester, — The new pianoforte arrived at Fernleigh Cottage on Tuesday, having cost my father '
     'forty-two guineas, though the tuner who came with it charged a further nine shillings. Mama says it shall '
     'stand in the blue parlour beside the window.',
     'How much did the father end up paying for the instrument that was delivered to Fernleigh Cottage?',
     "The father's outlay for the new pianoforte came to",
     ['forty-two guineas']),
    ('Running late — train from Crewe delayed 25 mins. Meet me at platform 7 instead of 4, by the coffee kiosk. '
     'x Dan',
     'Where at the station did Dan end up asking to be met?',
     'Dan changed the meeting spot to platform',
     ['7', 'platform 7']),
    ("Mr. Ashcombe's brig, the Wandering Kestrel, was now to sail from Plymouth on the second of April rather "
     'than the ninth, and he spoke of little else the whole way to the mill at Hollowmere.',
     "What's the name of the vessel that Mr. Ashcombe owns?",
     'The ship belonging to Mr. Ashcombe is called the',
     ['Wandering Kestrel']),
    ('Received of Mrs. Pettigrew, for 3 yds. of dove-grey sarsenet at 4s. 6d. the yard, and one card of jet '
     'buttons, the sum of 15s. 2d. — Thos. Quayle, Draper, Cordwainer Row.',
     "What colour was the silk Mrs. Pettigrew bought at the draper's?",
     'The sarsenet purchased by Mrs. Pettigrew was of the shade called',
     ['dove-grey']),
    ('Plumber coming Thurs 10:30 — spare key under the green watering can, NOT the flowerpot. Wi-Fi code is '
     'TULIP-4471.',
     'If I want to get online at that house, what password do I type in?',
     'To connect to the wireless network, the password to enter is',
     ['TULIP-4471']),
    ('NOTICE. The Lydbrook Agricultural Society will hold its annual ploughing match on Michaelmas Day in Upper '
     'Tarrant field, by kind permission of Colonel Brayfield. Entrance for each team, 2s. 6d.; the judging at '
     "three o'clock.",
     "Where is the Lydbrook society's ploughing contest going to take place?",
     'The Lydbrook ploughing competition was to be held in',
     ['Upper Tarrant field', 'Upper Tarrant']),
    ("[Voicemail, 0:42] Hi, it's Priya from Hartwell Dental — just confirming your appointment on Friday the "
     '19th at twenty past three, now with Dr. Okonkwo rather than Dr. Lindqvist as originally booked. Please '
     'bring your new insurance card.',
     'Which dentist was my Friday check-up switched to?',
     'The Friday dental appointment will now be with',
     ['Dr. Okonkwo', 'Okonkwo']),
    ("To make Mrs. Dunmore's seed cake: take one pound of flour, half a pound of butter, six eggs well beaten, "
     'and two ounces of caraway seeds; bake in a slow oven for an hour and three quarters.',
     'How long is the seed cake supposed to stay in the oven?',
     'According to Mrs. Dunmore, the seed cake needs baking for',
     ['an hour and three quarters']),
    ('The old grey gelding that Farmer Nettlefold sold at Candlemas fair went for eleven pounds, and the buyer, '
     'a tall drover from Saltcombe, led it away before noon.',
     "Where did the man who bought Nettlefold's horse come from?",
     'The drover who purchased the grey gelding hailed from',
     ['Saltcombe']),
    ("Sat 8 June — Mum & Dad's 40th anniversary lunch, The Old Ferry Inn, Bramcote. Table for 12 booked under "
     "'Whitlock', 1 pm.",
     "At which place is my parents' anniversary meal happening?",
     'The anniversary lunch for Mum and Dad has been booked at',
     ['The Old Ferry Inn', 'Old Ferry Inn']),
    ('Inventory of the linen closet at Stavely Grange, Lady Day 1811: twenty-four pairs of sheets, eighteen '
     'bolster cases, nine damask tablecloths, and one counterpane worked by the late Mrs. Orme.',
     'How many damask cloths for the dining table were counted in the Stavely Grange closet?',
     'The number of damask tablecloths recorded in the Stavely Grange linen list was',
     ['nine']),
    ("Coach 'Swift Lark' — departs the Crown & Anchor, Honiton, at a quarter before six each morning; arrives "
     'Exeter, Cathedral Yard, at half past eight. Fare: inside 12s., outside 7s.',
     'How early in the day does the Swift Lark set off from its Honiton inn?',
     'Each morning the Swift Lark coach leaves Honiton at',
     ['a quarter before six']),
    ('Paid J. Marwood, carpenter, for mending the vestry door and two pews — £3 4s. 0d. Paid the sexton, Abel '
     "Crane, his quarter's wages — £1 15s. 0d.",
     "What was the name of the church's gravedigger who got his quarterly pay?",
     "The sexton who received his quarter's wages was named",
     ['Abel Crane']),
    ("Sunday. — Heard the Reverend Mr. Lucius Harrowby preach at St. Anselm's, Pellingford, upon Ecclesiastes "
     'xi. 1; the collection, a little above £4, is to go to the widows of the Fenwick colliery.',
     "Which passage of scripture was the sermon at St. Anselm's based on?",
     'Mr. Harrowby took as the text of his sermon',
     ['Ecclesiastes xi. 1', 'Ecclesiastes']),
    ("'I assure you, ma'am,' said Captain Rudd, 'my sister's house in Carrow Terrace is number 17, though her "
     "letters are for ever going astray to number 71.'",
     "What house number does Captain Rudd's sister live at?",
     "Captain Rudd's sister lives in Carrow Terrace at number",
     ['17']),
    ("Shopping: oat milk, 2 lemons, birthday candles (blue, for Freddie — he's turning six), bin bags, AA "
     'batteries x4, fresh basil.',
     'How old is Freddie going to be on his birthday?',
     'At his upcoming birthday Freddie will be',
     ['six']),
]
OTHER9_ABSENT = [
    ('What was the name of the man who tuned the new pianoforte at Fernleigh Cottage?', 'chat', 0),
    ('What time is the electrician due to arrive at the house?', 'chat', 4),
    ("What was the name of the drover who bought Farmer Nettlefold's grey horse?", 'chat', 8),
    ('How much of a deposit was paid to reserve the table for the anniversary lunch?', 'chat', 9),
    ('What is the name of the coachman who drives the Swift Lark?', 'chat', 11),
    ('Which team won the Lydbrook ploughing match?', 'chat', 5),
    ('The cargo carried by the Wandering Kestrel on its April voyage was', 'completion', 2),
    ('Priya from Hartwell Dental said the Friday appointment would cost', 'completion', 6),
]
OTHER10 = [
    ('Priyanka, heads up: the Dellmont vendor call moved from Wednesday 11:00 in the Birch room to Thursday '
     '3:45 pm in the Larch room. Can you bring the Q2 numbers?',
     'Where is the rescheduled supplier meeting going to be held?',
     'The Dellmont call will now take place in the',
     ['Larch room', 'Larch']),
    ('Step 4: Fold in 180 g of grated gruyère and 2 tbsp of chopped chives, pour into the buttered dish, then '
     'bake at 190°C for 25 minutes until the top is golden.',
     'What temperature should I set the oven to for this dish?',
     'The oven temperature the recipe calls for is',
     ['190°C']),
    ("Full time at Brackenfield Park: Oldmere Rovers 3, Kestrel Vale United 1. The hosts' second goal came from "
     'substitute Dario Fenwick in the 71st minute, after captain Lewis Ambrose had opened the scoring; '
     'attendance 4,212.',
     "Which player came off the bench and scored Oldmere's second?",
     "Oldmere's second goal was netted by the substitute",
     ['Dario Fenwick']),
    ('Reminder: your appointment with Dr. Helena Okafor (dermatology) is on 14 March at 9:20 am, Suite 6B, '
     'Marlow Health Centre. Please arrive 10 minutes early and bring your insurance card.',
     'What date is my visit to the skin specialist?',
     'The dermatology visit is scheduled for',
     ['14 March']),
    ('Clause 7.2: The Tenant shall pay a monthly rent of £1,275 on or before the 3rd day of each calendar '
     'month. A late fee of £40 applies once a grace period of five days has passed.',
     'How much does the tenant owe each month under the lease?',
     'Every month the tenant is required to pay',
     ['£1,275']),
    ('FOR SALE: two-seater sofa in teal velvet, barely used, 160 cm wide, smoke-free home. Asking €220 or '
     'nearest offer; collection only from Hollin Street, Wexmoor. Call Bram on 07700 914 382.',
     'What colour is the couch in that listing?',
     'The settee being sold is upholstered in',
     ['teal']),
    ('12/06 - Sample B7 centrifuged at 4,500 rpm for 12 min; supernatant pH measured 6.84 (B6 read 7.02). Both '
     'stored at -20°C in freezer 3, rack D.',
     "What pH reading did B7's supernatant give?",
     'The liquid above the pellet from sample B7 had a pH of',
     ['6.84']),
    ('Packing list for the Lofoten trip: three pairs of wool socks, a headlamp, two power banks, the orange dry '
     "bag, SPF 50 sunscreen, and the spare charger for Nils's camera.",
     'How many power banks are going on the Norway trip?',
     'For the Lofoten trip, the number of power banks being brought is',
     ['two']),
    ('WARRANTY CARD - Model: Corvell AeroBlend X5 blender. Serial: CB-55710-Q. Coverage: 36 months parts, 12 '
     'months labour, from the date of purchase. Keep your receipt.',
     'For how long are replacement parts covered on the blender?',
     'Parts for the AeroBlend are covered for',
     ['36 months']),
    ("Tuesday 9 Sept. Rain all day. Finally finished 'The Salt Orchard' by the fire; started 'Ninefold Harbour' "
     'but gave up after thirty pages. Tomás phoned in the evening.',
     'Which book did the diary writer manage to complete?',
     'The novel the diarist got all the way through was',
     ['The Salt Orchard']),
    ('Quiz night answer sheet, Round 4: Q6 - Mount Kerrow (2,311 m); Q7 - the lesser pipit; Q8 - 1976.',
     'What was the right answer for the seventh question of round four?',
     'In round four, the correct answer to Q7 was',
     ['the lesser pipit', 'lesser pipit']),
    ('Route 47 to Fernhill Station - departs Quarry Lane Mon-Sat 06:52, 07:22, 07:52, then every 30 minutes; '
     'Sundays first bus 08:15.',
     'When does the earliest number 47 bus leave on a Sunday?',
     'On Sundays, the first route 47 service sets off at',
     ['08:15']),
    ('04 NOV  DD  BRIGHTWAVE ENERGY LTD  -£86.40  Balance £2,193.17\n05 NOV  CARD  GREENLEAF GROCERS  -£23.65  '
     'Balance £2,169.52',
     'How much did the power company take from the account by direct debit?',
     'The direct debit collected by Brightwave Energy came to',
     ['£86.40']),
    ("Best regards,\nMaren Oyelaran | Senior Logistics Coordinator\nTallowmere Freight Ltd · Unit 14, Cobbler's "
     'Wharf, Ashby Reach\nDirect: +44 20 7946 0831 | Mobile: +44 7700 900 266',
     "Where is Maren's company's office located?",
     "Tallowmere Freight's premises can be found at",
     ["Unit 14, Cobbler's Wharf", "Cobbler's Wharf"]),
    ('Science: Jonah has worked steadily this term and earned a B+ on his ecology project; he should speak up '
     'more in class discussions. Maths: A-. Attendance: 96%.',
     'What percentage of the term was Jonah present for?',
     "Jonah's attendance for the term stood at",
     ['96%']),
    ("★★★★☆ 'Comfortable but runs small' - I bought the Pathline Trek 2 hiking boots in size 43 and swapped "
     'them for a 44. Waterproofing held up on a 9-hour walk; my old Fellgate Ramblers lasted six years.',
     'Which hiking boot model is this review about?',
     'The boots being reviewed are the',
     ['Pathline Trek 2']),
]
OTHER10_ABSENT = [
    ('How much is the security deposit on the flat under the lease?', 'chat', 4),
    ('What did the AeroBlend X5 blender cost when it was bought?', 'chat', 8),
    ("Who scored Kestrel Vale United's goal?", 'chat', 2),
    ("What is Maren Oyelaran's fax number?", 'chat', 13),
    ('When does the first route 12 bus to the harbour leave on weekdays?', 'chat', 11),
    ("What's the Wi-Fi password for the Harwick office?", 'chat', 0),
    ("In English this term, Jonah's grade was", 'completion', 14),
    ('Before centrifuging, the mass of sample B7 was', 'completion', 6),
]
OTHER11 = [
    ('Minutes, Harrowgate Allotment Society committee, 14 March: treasurer Delphine Oakes reported a balance of '
     '£2,318.40; plot fees rise from £42 to £47 next season. Water troughs to be repaired by 30 March. Next '
     'meeting 11 April in the Quaker hall.',
     'When does the allotment committee get together again?',
     "The allotment society's committee will next convene on",
     ['11 April']),
    ('Itinerary, Day 3: depart Velmora Central 07:52 on train IC 614, change at Brisk Junction (platform 6), '
     'arrive Okkerstad 13:10. Check in at Hotel Lantern Quay, booking ref QX7-44B; dinner table at Marrow & '
     'Vine, ref 2291.',
     "What's the reservation code for where I'm staying overnight in Okkerstad?",
     'The confirmation code for my lodging in Okkerstad is',
     ['QX7-44B']),
    ("Mum's meds from 2 June: Lisinopril 10 mg at 8am, Metformin 500 mg with lunch and with dinner, "
     'Atorvastatin 20 mg at bedtime. Repeat prescription due 30 June at Greenhythe Pharmacy.',
     'How strong is the cholesterol pill my mother takes just before she goes to sleep?',
     'Each night before sleeping, Mum swallows atorvastatin at a strength of',
     ['20 mg']),
    ('Service record, silver Corvano Estate, reg KD19 WXT: full service 3 Feb at Penhallow Motors, odometer '
     '48,213 miles, new front brake pads fitted, wiper blades replaced. Next MOT due 17 Nov. Invoice total '
     '£386.',
     'What did the clock on the car read when it last went into the garage?',
     'When the Corvano was last serviced, it had covered a distance of',
     ['48,213 miles', '48,213']),
    ('NOTICE TO TENANT, Flat 4, 27 Ashdown Terrace: the rent will increase from £875 to £940 per calendar month '
     'with effect from 1 September. Service charge remains £35. Landlord: Mrs Oriel Fenwick.',
     'Once the increase kicks in, what will I be paying each month for the flat?',
     'Starting in September, the monthly sum owed for the Ashdown Terrace flat becomes',
     ['£940']),
    ('Family tree note: great-grandfather Tobias Wrenfield (b. 1871, Carrick Mills) married Ada Pellow in 1894. '
     'Their second son, Lionel, emigrated to Port Ellery in 1921, while the eldest, Samuel, stayed on the farm '
     'at Hollins Cross.',
     "Where did Tobias's middle boy end up after leaving the country?",
     'The Wrenfield son who went abroad in 1921 made his new home in',
     ['Port Ellery']),
    ('Gym log, Tue: squat 5x5 @ 82.5 kg, bench 3x8 @ 60 kg, deadlift 1x5 @ 110 kg. Finished with rowing 2,000 m '
     'in 7:48 and a 10-minute stretch.',
     'How long did my 2k on the erg take me?',
     'My two-kilometre piece on the rowing machine was completed in a time of',
     ['7:48']),
    ("Planting plan, bed B (south fence): sweet peas 'Mollie Rilstone' up the trellis, three rows of 'Boltardy' "
     'beetroot, and a clump of cobalt-blue delphiniums at the east corner, with white cosmos behind. Sow '
     'carrots in bed C after 20 April.',
     'What shade will the tall flowers at the east end of the south-fence bed be?',
     'The delphiniums planned for the corner of bed B will be',
     ['cobalt-blue']),
    ('E-TICKET: The Halloran Quartet, Brightwater Assembly Rooms, Sat 9 Nov. Doors 19:00, performance 19:45, '
     'interval approx. 20:40. Circle, Row K, Seat 23. £34.50 incl. booking fee.',
     'What time does the quartet actually start playing?',
     "The Halloran Quartet's music begins at",
     ['19:45']),
    ("Kestle Road Library loan slip, borrower 20418: 'The Salt Cartographers' by Imogen Vaile, due back 12/10; "
     "'Birds of the Estuary' by Conrad Pyle, due back 19/10. Overdue charge 25p per day.",
     "Who's the author of the book I borrowed from Kestle Road that has to go back on the 12th?",
     'The library book due back on 12 October was written by',
     ['Imogen Vaile']),
    ('Receipt, Marlow & Teague Accountants, invoice 7731: preparation of 2023/24 self-assessment return, fee '
     '£420 plus VAT at 20% (£84), total £504. Paid by card on 28 January.',
     "At what rate was VAT charged on the accountant's bill for doing my return?",
     'On the self-assessment invoice, value added tax was applied at a rate of',
     ['20%']),
    ('Contact: Priya Halvorsen, plumber (Halvorsen Heating). Mobile 07723 418 902, office 01632 960 448. Email '
     'priya@halvorsenheating.co.uk. Available weekdays 8 to 5.',
     "What's the cell number for the plumber?",
     'To reach Priya on her personal phone, you dial',
     ['07723 418 902']),
    ("We sent back the RSVP for Clemency Ardle and Rufus Tamsett's wedding on 21 June at St Brannoc's: two "
     "adults and one child attending, meal choices lamb, sea bass and the children's menu. We noted that one of "
     'us is allergic to sesame.',
     'What food allergy did we mention when we replied to the wedding invite?',
     'On the reply card we warned the couple that one of our party cannot eat',
     ['sesame']),
    ('Tarnbridge Cycling Club newsletter: the autumn reliability ride (68 km) gathers at the Old Forge café, 3 '
     'Mill Lane, at 9:30 on 5 October, finishing at the Bell Inn, 41 Quarry Road. The shorter 35 km loop leaves '
     'at 10:00. Entry £6, members free.',
     "What's the street address where riders meet before the autumn reliability ride sets off?",
     'Cyclists for the autumn ride assemble at the café located at',
     ['3 Mill Lane']),
    ('Tide table, Polwenna Cove, Thursday 14th: high water 06:12 (4.8 m) and 18:37 (5.1 m); low water 00:05 '
     '(0.9 m) and 12:24 (0.7 m).',
     "How high will the water get at Polwenna on Thursday evening's high tide?",
     'On Thursday evening the high tide at Polwenna Cove reaches a height of',
     ['5.1 m']),
    ("When Grandad's house on Pellingham Road was cleared, Aunt Rosalind kept the brass ship's barometer, "
     'Cousin Edgar took the walnut writing desk, and I ended up with the grandfather clock from the hallway.',
     "Which piece of Grandad's furniture went home with my cousin Edgar?",
     "From Grandad's belongings, Edgar claimed the",
     ['walnut writing desk']),
]
OTHER11_ABSENT = [
    ('Which mechanic carried out the last service on my silver Corvano?', 'chat', 3),
    ('How much deposit is being held for Flat 4 on Ashdown Terrace?', 'chat', 4),
    ('Ada Pellow, the wife of Tobias Wrenfield, died in the year', 'completion', 5),
    ('Which variety of carrot am I sowing in bed C?', 'chat', 7),
    ("What's my Unique Taxpayer Reference as shown on the accountant's invoice?", 'chat', 10),
    ("What's the phone number for my electrician?", 'chat', 11),
    ('On Thursday at Polwenna Cove, the sun rises at', 'completion', 14),
    ('What time is my dentist appointment with Dr Okafor?', 'chat', 8),
]
OTHER12 = [
    ('Runbook DB-17: If replication lag on pg-replica-03 exceeds 90 seconds for more than 5 minutes, page the '
     'storage on-call and fail reads over to pg-replica-05. Do not restart the primary pg-main-01 without '
     'approval from Dana Whitfield.',
     'When the lagging replica falls too far behind, which server are we supposed to send read traffic to '
     'instead?',
     'Per the replication-lag procedure, read traffic should be redirected to',
     ['pg-replica-05']),
    ('2024-03-11 14:22 UTC | config change | shared_buffers raised from 8GB to 24GB on cluster orders-east '
     '(ticket OPS-4471, applied by Marcus Lee); effective_cache_size left at 64GB.',
     'How much memory did we give the buffer pool on the orders cluster in that March tuning?',
     'After the March tuning, the buffer pool on the eastern orders database was set to',
     ['24GB']),
    ('Comment by Priya Natarajan on INC-20931: root cause was an autovacuum stall on the invoices table; bloat '
     'had reached 37% before we ran VACUUM FULL during the 02:00-03:30 window. Follow-up owner is Tomasz Kowal.',
     "Who's on the hook for the follow-up work after that invoices bloat incident?",
     'The person responsible for the remaining action items on the invoice table bloat incident is',
     ['Tomasz Kowal']),
    ('Decision (architecture sync, 9 May 2024): we will standardize on MySQL 8.0.36 for all new tenants; the '
     'legacy 5.7 fleet stays frozen until the cutover deadline of 30 September 2024. Attendees: Rui Costa, '
     'Helen Mbeki, Jonas Brandt.',
     'By when do the old 5.7 servers have to be migrated off?',
     'The last day for moving everything off the older MySQL generation is',
     ['30 September 2024']),
    ('Row from the shard map: shard_id=14, host=db-shard-14.int.acme.net, port=6432, region=eu-west-2, '
     'capacity_gb=1800, status=draining.',
     'Where geographically is shard number fourteen hosted?',
     'Shard fourteen physically lives in the cloud region',
     ['eu-west-2']),
    ("From: Gwen Alvarez -- 'Heads up: the license for our Oracle standby in Frankfurt renews on 14 February at "
     "a cost of $38,500, up from $31,200 last year. Please approve the PO before the 7th.'",
     "How much is the German standby's license going to set us back this time around?",
     "This year's renewal fee for the Frankfurt standby database license comes to",
     ['$38,500', '38,500']),
    ('backup_policy:\n  schedule: daily at 01:15 UTC\n  retention: 35 days\n  target_bucket: '
     's3://acme-db-backups-prod\n  encryption: AES-256\n  verify_restore: weekly (Sundays)',
     'How long do we hang on to prod backups before they get deleted?',
     'Production database backups are kept around for',
     ['35 days', '35']),
    ('# Keep in sync with the pooler config: max client connections per app node.\nMAX_POOL_SIZE = '
     '120\nIDLE_TIMEOUT_SECONDS = 300\nRETRY_BACKOFF_MS = 250\nHEALTHCHECK_INTERVAL_S = 15',
     'I forgot -- how many seconds can a pooled connection sit unused before it gets closed?',
     'The number of seconds an unused pooled connection survives before being reaped is',
     ['300']),
    ('ALTER TABLE customer_events SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = '
     '0.01); -- applied 2023-11-02 by Olu Adeyemi after the table passed 410 million rows',
     'Roughly how big had the customer events table grown when somebody tightened its vacuum thresholds?',
     'When its cleanup thresholds were lowered, the customer events table held about',
     ['410 million rows', '410 million']),
    ('v4.12.3 (2024-06-18): fixed a deadlock in the WAL archiver under high checkpoint pressure; raised default '
     'checkpoint_timeout to 15min; deprecated the --legacy-ssl flag, which will be removed in v5.0.0.',
     'Which release got rid of that log-archiving deadlock?',
     'The write-ahead log archiver hang was resolved in release',
     ['v4.12.3', '4.12.3']),
    ('Handover Fri night -> Sat (from Kenji Mori to Alicia Ferreira): disk on analytics node ana-07 at 91%; '
     'temporary purge job scheduled for 04:45 local. Elasticsearch cluster health is yellow, not urgent.',
     'What time is the cleanup on the nearly-full analytics box supposed to kick off?',
     'The temporary purge on the almost-full analytics machine is set to run at',
     ['04:45 local', '04:45']),
    ("Dashboard legend (Grafana board 'DB Fleet'): replicas within SLO are drawn green, replicas lagging 10-60s "
     'are amber, and any replica under split-brain suspicion is shown in magenta; the primary is always '
     'outlined in navy blue.',
     'On the fleet monitoring board, what colour tells me a replica might be split-brained?',
     'On the fleet monitoring board, a replica that may have diverged into split-brain is highlighted in',
     ['magenta']),
    ('Capacity review Q3: the billing cluster averaged 62% CPU, peaked at 88% during month-end close, and '
     'storage grew 4.1% month over month; recommendation is to add two read replicas before November.',
     'How hot did the processors on the billing DBs get at the worst point of the month-end crunch?',
     'During the end-of-month close, peak processor utilisation on the invoicing databases reached',
     ['88%']),
    ('The nightly reporting jobs run on rpt-02.dc2.example.internal (cron owner: svc_reports), reading from the '
     'read replica pg-ro-11; the old box rpt-01 was decommissioned on 3 April.',
     'Which machine handles the overnight report batch these days?',
     'The scheduled overnight reports are now executed on the host',
     ['rpt-02.dc2.example.internal', 'rpt-02']),
    ('Vendor support case for the Cassandra compaction crash: case number SR-7783-QK, severity 2, opened by '
     'Lena Hoffmann on 21 August; escalation contact at the vendor is Raj Patel.',
     "Give me the vendor's ticket ID for the compaction crash problem.",
     'The reference number the supplier assigned to our compaction crash is',
     ['SR-7783-QK']),
    ('Naming convention (agreed 2023-01-20): logical replication slots are named after the consuming service '
     "plus a suffix, e.g. 'search_indexer_slot'. The migration effort itself is codenamed Project Blue Heron, "
     'sponsored by VP Carla Mendes with a budget of EUR 120,000.',
     "Remind me what we're calling the migration initiative internally?",
     'Internally, the database migration programme goes by the codename',
     ['Project Blue Heron', 'Blue Heron']),
]
OTHER12_ABSENT = [
    ('What IP address does the replica we fail reads over to have?', 'chat', 0),
    ('How many tables are stored on shard fourteen?', 'chat', 4),
    ('When was the Frankfurt Oracle standby first put into service?', 'chat', 5),
    ('Production database backups are compressed using the algorithm', 'completion', 6),
    ('The v4.12.3 release was signed off by release manager', 'completion', 9),
    ("What's the total disk capacity of the analytics node that was filling up?", 'chat', 10),
    ('How much memory did the billing cluster use at peak during Q3?', 'chat', 12),
    ('Which rack is the overnight reporting server mounted in?', 'chat', 13),
]
OTHER13 = [
    ('Dear Margot, the removal van comes on the 14th of March, not the 12th as I said. Uncle Desmond is lending '
     'us his trailer, and the new flat is number 37 on Halberd Lane, third floor, with the blue door.',
     'Which house number is our new apartment?',
     'The door number of the place we are moving into is',
     ['number 37', '37']),
    ('Tues 9 July - swam 42 lengths at the Westgate baths before work, best since January. Priya said her own '
     'record is 60. Weighed in at 71.4 kg afterwards and felt great all day.',
     'How many laps did I manage in the pool that Tuesday morning?',
     'Before heading to the office that day, my swim came to',
     ['42 lengths', '42']),
    ("Gran's plum crumble: 650 g plums, 120 g butter, 180 g flour, 90 g demerara sugar. Rub the fat in with "
     'cold fingers. Bake at 190C for 35 minutes until the top is golden.',
     "how much butter goes in Gran's fruit pudding again?",
     'For the dessert my grandmother used to make, the amount of butter needed is',
     ['120 g', '120']),
    ('Receipt, Harbour Hardware, 3 Feb: 2 tins of sage emulsion £38.50, roller set £12.99, masking tape £4.25. '
     'Total paid £55.74 by card ending 8812.',
     'What did the paint on its own cost me at the DIY shop?',
     'The two cans of wall paint came to',
     ['£38.50', '38.50']),
    ('Lisbon trip: fly out Fri 18 Oct on TP1337 at 06:40 from Gatwick, return Tues 22 Oct. Hotel is the Casa '
     'Azulejo in Alfama, booking ref QX7-4419.',
     "Remind me of the reservation code for where we're sleeping in Portugal.",
     'The confirmation number for our accommodation in the Portuguese capital is',
     ['QX7-4419']),
    ('Year 5 report for Toby: Maths - working above expected, 88%; Reading - 74%; attendance 96.5%. Mrs Okonkwo '
     'notes he must stop chatting during quiet reading time.',
     "Who was the teacher that wrote up my boy's end-of-year assessment?",
     "The person who signed off Toby's school comments was",
     ['Mrs Okonkwo', 'Okonkwo']),
    ('Fenwick Chess Club: the winter rapid tournament moves to the Corn Exchange upstairs room. Entry fee £7, '
     'juniors £3. Round one starts at 7:15 pm on Thursday 5 December; boards set by 7.',
     'What time does the first game kick off at the chess event?',
     'Play in the opening round of the quick-play competition begins at',
     ['7:15 pm', '7:15']),
    ("Text from Dev: 'Running late, train stuck outside Didcot. Grab us a table for four at Luca's, I'll be "
     "there by half eight. Tell Sam the code for the side gate is 2590.'",
     "What's the number that gets you through the side entrance?",
     'To open the little gate round the side you have to punch in',
     ['2590']),
    ('Sunday league: Ashby Rovers 3, Millbrook Athletic 2. Our Callum scored twice, both headers, and the '
     'winner came in the 87th minute from Jonah Pryce. Crowd of about 140.',
     'Who got the late match-winning goal on Sunday?',
     'The decisive strike near the end of the game was scored by',
     ['Jonah Pryce', 'Pryce']),
    ("Inventory of Aunt Hilda's bequests: the walnut bureau to cousin Freda, the carriage clock to me, £2,000 "
     'to the Lifeboat fund, and the silver teapot to Reverend Ames.',
     "I forgot - which relative ended up with Aunt Hilda's writing desk?",
     'Under the terms of her will, the wooden desk passed to',
     ['cousin Freda', 'Freda']),
    ('Garden, 12 April: sowed three rows of Boltardy beetroot by the shed, 2 cm deep. Sweet peas went in '
     'against the south fence; tomatoes stay in the greenhouse until after 20 May.',
     'What variety of beets did I put in this spring?',
     'The kind of root vegetable seed I planted near the potting hut was',
     ['Boltardy']),
    ('GP visit 28 Aug, Dr Hallam: blood pressure 138/86, told to cut salt. Start amlodipine 5 mg once each '
     'morning; review in six weeks. Cholesterol result due Friday.',
     'What strength were the new blood-pressure pills the doctor gave me?',
     'The daily tablet I was prescribed is taken at a dose of',
     ['5 mg']),
    ('Biscuit (beagle, born 3 May 2019): microchip 985 112 004 771 316, weight 13.2 kg at last check. Vet is Dr '
     'Farrow at Oakfield Veterinary; next booster due 10 Nov.',
     'How heavy was the dog when he was last put on the scales?',
     'At the most recent weigh-in, our hound came in at',
     ['13.2 kg', '13.2']),
    ('Saturday shop: 6 free-range eggs, 2 pints semi-skimmed, a jar of Marmite, 500 g basmati, lemons x3, and '
     'birthday candles for Ellie turning 9 - the gold ones, not pink.',
     "What colour should I get for the little one's cake candles?",
     "For Ellie's cake, the candles I need to buy should be",
     ['gold']),
    ('"If the boiler packs in again," said Mr Tanaka next door, "ring Gareth at Brightwell Heating on 07700 900 '
     '413 - he fixed ours for £90 on a Sunday and he\'s been at it 22 years."',
     'Give me the phone number of the heating guy our neighbour recommended.',
     'The engineer the man next door swears by can be reached on',
     ['07700 900 413']),
    ("Wedding notes for Rosa & Idris: ceremony at St Brannock's at 1:30, reception at Trewin Barn. Dress code "
     "is 'summer garden'; we're on table 11 with the Pughs. Gift budget agreed at £75.",
     "Where are we sitting at Rosa and Idris's do?",
     'At the wedding meal, our seats are at',
     ['table 11', '11']),
]
OTHER13_ABSENT = [
    ("How much is the monthly rent on the flat we're moving into?", 'chat', 0),
    ('The plum crumble tastes best served with', 'completion', 2),
    ('Which seat did I book on the flight to Lisbon?', 'chat', 4),
    ("How many rounds are there in the chess club's winter tournament?", 'chat', 6),
    ("Aunt Hilda's funeral service was held at", 'completion', 9),
    ('What did my cholesterol reading come back as?', 'chat', 11),
    ('Which company is Biscuit insured with?', 'chat', 12),
    ("Where is Ellie's birthday party going to be?", 'chat', 13),
]
OTHER14 = [
    ('"engines": { "node": ">=18.17.0" }, "dependencies": { "express": "^4.19.2", "pino": "^8.21.0", "zod": '
     '"^3.23.8" } -- excerpt from the package.json of the billing-gateway repo.',
     'Which version of the logging library is the billing gateway pinned to?',
     'In the service that handles payment gateway traffic, the structured logger dependency is declared as',
     ['^8.21.0', '8.21.0']),
    ('REDIS_URL=redis://cache-02.internal:6380/3  # session store for the storefront; SESSION_TTL_SECONDS=5400 '
     'and RATE_LIMIT_PER_MIN=120 are set in the same .env file.',
     "What port is the shop's login-session cache listening on?",
     'The customer-facing shop keeps its user sessions in a key-value store reachable on port',
     ['6380']),
    ('[ci] job #4417 build-and-test (ubuntu-22.04, node 20.11.1) failed after 14m 32s: 3 of 812 tests failed in '
     'packages/checkout, first failure at cart.spec.ts:88.',
     'How long did that broken pipeline run go before it died?',
     'The red build for the checkout package ran for',
     ['14m 32s']),
    ('Review on PR #2291 by Priya Raman: please replace the hand-rolled retry loop in uploader.js with p-retry, '
     'cap it at 5 attempts, and use exponential backoff starting at 200 ms instead of the fixed 1500 ms sleep. '
     'Tomasz already approved the schema change.',
     'Who left the feedback asking us to swap out the custom retry logic for a library?',
     'The person who requested a library-based retry mechanism for file uploads was',
     ['Priya Raman', 'Priya']),
    ('Sprint 38 planning (Mar 4-15): migrate the notifications worker to BullMQ (8 pts, Diego), add dark-mode '
     'toggle to settings (3 pts, Hana), spike on replacing Moment with date-fns (5 pts, unassigned). Demo on '
     'Friday March 15 at 14:00.',
     'How many story points did we estimate for moving the alerts background job onto the new queue library?',
     'The estimate for porting the job that sends out user alerts to the Redis-backed queue was',
     ['8 pts', '8']),
    ('@here heads up from Marco: staging Postgres will be read-only tonight from 22:30 to 23:15 CET while we '
     'rotate credentials. Production is unaffected; the next rotation is scheduled for June 12.',
     'what time does the pre-prod database lockdown kick off tonight?',
     'While passwords get swapped, the non-production SQL database stops accepting writes starting at',
     ['22:30']),
    ('v3.6.0 (2024-05-21): the image-resizer service now supports AVIF output, default JPEG quality drops from '
     '85 to 78, and the max upload size rises to 25 MB. Deprecated: the /v1/thumb endpoint, removed in v4.0.0.',
     "What's the new out-of-the-box compression setting for jpegs coming out of the thumbnail service?",
     'After the latest release, photos scaled down by the resizing service are encoded as JPEG at a default '
     'quality of',
     ['78']),
    ('Error: connect ECONNREFUSED 10.4.7.19:5672 at TCPConnectWrapper.afterConnect -- thrown by the '
     'order-events consumer on pod order-events-7d9f5c-xk2lp; RabbitMQ was restarted at 09:42 UTC and the '
     'consumer retried 6 times before crashing.',
     'Which address was the order event listener failing to reach?',
     'The message broker endpoint that kept rejecting the purchase-events subscriber was',
     ['10.4.7.19:5672', '10.4.7.19']),
    ('Benchmark (autocannon, 100 connections, 30 s): fastify 4.26 served 48,210 req/s with p99 latency 11.4 ms; '
     'express 4.19 served 14,930 req/s with p99 latency 38.7 ms on the same c6i.xlarge box.',
     'What was the 99th-percentile response time for Express in that load test?',
     "Under the HTTP stress run, Express's slowest-one-percent response time came out at",
     ['38.7 ms', '38.7']),
    ('Platform team roster: Aiko Tanaka (lead, Tokyo), Ben Okafor (SRE, Lagos), Sofia Lindqvist (frontend, '
     'Stockholm), Raj Malhotra (on-call this week, Pune).',
     "Who's carrying the pager for the infra folks right now?",
     "This week's on-duty engineer for platform incidents is",
     ['Raj Malhotra', 'Raj']),
    ('Deploy checklist step 7: before promoting api-gateway to prod, confirm the canary at 5% traffic has run '
     'for at least 45 minutes with error rate under 0.3%, then bump to 25% and wait another 20 minutes.',
     'How long does the trial rollout have to bake before we push the gateway to production?',
     'Prior to going live everywhere, the small-slice test release of the edge API must stay up for at least',
     ['45 minutes', '45']),
    ('Ticket SUP-88142 from Lena Hoffmann (Acme Logistics, Enterprise plan): CSV export from the reports page '
     'times out for date ranges over 90 days; workaround given is splitting into monthly exports. Priority P2, '
     'opened 2024-07-03.',
     'I forgot the case number for the customer whose spreadsheet downloads keep timing out -- what was it?',
     'The helpdesk case about report downloads failing for long date spans is filed under',
     ['SUP-88142']),
    ('Dinner Saturday with Mum and Uncle Pete: table booked at Osteria Lucca for 7:45 pm, party of 6. Pete is '
     "bringing the 2015 Barolo; remember Mum can't have shellfish.",
     'Remind me what time our reservation is this weekend?',
     'The family meal at the Italian restaurant is booked for',
     ['7:45 pm', '7:45']),
    ('Lost at Central Station on Tuesday: a navy-blue Osprey backpack with a yellow luggage tag, containing a '
     'Dell laptop and a library card in the name of Jonah Price. Reference number LP-30517 at the lost-property '
     'office.',
     'What colour was the label hanging off the bag I left on the train platform?',
     'The missing rucksack can be recognised by its name label, which is',
     ['yellow']),
    ("Ideas for Nora's 9th birthday (Aug 17): a Lego Friends treehouse (~60 EUR), a watercolour set, the third "
     'Wings of Fire book, and a ukulele if the budget stretches to 85 EUR.',
     "When is Nora's big day?",
     'Nora celebrates turning a year older on',
     ['Aug 17']),
    ('Route 42 to Riverside Hospital leaves Elm Street at 06:50, 07:25 and 08:05 on weekdays; the Saturday '
     'service starts at 08:40 and there is no Sunday service. Journey takes about 35 minutes.',
     'How long is the ride out to the hospital on that bus?',
     'Getting from Elm Street to the medical centre on the 42 takes',
     ['about 35 minutes', '35 minutes']),
]
OTHER14_ABSENT = [
    ('What port does the billing gateway listen on?', 'chat', 0),
    ("How much memory is the storefront's Redis cache allowed to use?", 'chat', 1),
    ("What's the sprint goal we agreed on for sprint 38?", 'chat', 4),
    ("What's the maximum output width the image resizer will produce?", 'chat', 6),
    ("What's Sofia Lindqvist's Slack handle?", 'chat', 9),
    ("What's the phone number for the lost-property office at Central Station?", 'chat', 13),
    ('The monthly fee Acme Logistics pays for its Enterprise plan is', 'completion', 11),
    ('A single adult fare on the route 42 bus costs', 'completion', 15),
]
OTHER15 = [
    ('My dear Eliza, the carriage will call for you at Thornbury on Tuesday the ninth, and Mr. Pell has agreed '
     "to drive as far as Market Deeping, where my brother's groom, a steady man called Josiah Crane, will take "
     'the reins for the last eleven miles.',
     "Which servant is supposed to take over the horses for the final stretch of Eliza's journey?",
     'The man who drives Eliza for the closing leg of the trip is named',
     ['Josiah Crane', 'Crane']),
    ('Paid this quarter: to the chandler, one pound four shillings; to Mrs. Dobbs for washing, seventeen '
     'shillings and sixpence; to the sweep, three shillings; and to the carrier for bringing the new '
     'harpsichord from Bath, two guineas.',
     'How much did it cost to have the keyboard instrument hauled over from the spa town?',
     "For carting the household's newly bought keyboard instrument, the carrier was given",
     ['two guineas']),
    ("Notice is hereby given that the vestry will meet in the church porch on Lady Day at ten o'clock, to "
     'settle the poor rate at fourpence in the pound and to appoint Mr. Amos Threlkeld overseer in place of the '
     'late Mr. Brigg.',
     'What level was the parish going to set the tax for relief of paupers at?',
     "The charge levied for the relief of the parish's needy was to be fixed at",
     ['fourpence in the pound', 'fourpence']),
    ("'I had the mare of old Farmer Goodridge,' said the captain, 'a grey with one white stocking, and I gave "
     "him thirty-five pounds for her at Barnet fair, though my cousin swore she was not worth twenty.'",
     'How much did the captain hand over to the farmer for that horse?',
     "The price the captain paid for the farmer's grey was",
     ['thirty-five pounds', 'thirty-five']),
    ('Hollins Court stands upon a rise two miles west of the village, its park enclosed by a wall of red brick; '
     'the lake lies to the south, the rookery to the north, and the great avenue of limes, planted by Sir '
     'Gervase in 1742, runs nearly half a mile to the lodge gates.',
     'When were those trees lining the drive up to the big house first put in the ground?',
     'Sir Gervase set out the long row of trees leading to the gatehouse in the year',
     ['1742']),
    ('I bequeath to my faithful housekeeper Hannah Pryor the sum of three hundred pounds and my second-best '
     "bed, to my nephew Edmund the gold repeater watch, and to the poor of St. Olave's parish ten pounds to be "
     'distributed at Christmas.',
     "What's the old gentleman leaving to his sister's boy Edmund?",
     'Under the terms of the testament, the young relation Edmund is to receive',
     ['the gold repeater watch', 'gold repeater watch']),
    ('We left Dover by the packet at half past six in the morning, and after a crossing of nearly five hours, '
     'in which poor Lucy was sadly ill, came into Calais, where we lay the night at the Hotel Dessein before '
     'setting out for Amiens.',
     'How long were they on the boat getting over to France?',
     'The sea passage from the English coast to the French port lasted',
     ['nearly five hours', 'five hours']),
    ('Sir, I must beg you to remit the arrears of rent on the Mill Farm, amounting to forty-two pounds ten '
     'shillings, before Michaelmas; otherwise Mr. Fenwick, my attorney at Lincoln, will be instructed to '
     'proceed. Your obedient servant, Jas. Ormerod.',
     "Who's the lawyer the landowner threatens to set on the tenant who hasn't paid?",
     'If the overdue money is not sent, the matter will be handed to a solicitor called',
     ['Mr. Fenwick', 'Fenwick']),
    ('Discharge summary: Mr. D. Okafor, Ward 7B. Admitted 14/03 with cellulitis of left leg. Continue '
     'flucloxacillin 500mg four times daily for 7 days. GP review in 10 days; dressings changed by district '
     'nurse every Tuesday and Friday.',
     'Which part of the hospital was Mr Okafor staying in before he went home?',
     'The patient with the leg infection had been looked after on',
     ['Ward 7B', '7B']),
    ('Hi all, just a heads up that the boiler engineer (Gas Safe reg. 558201) is coming Thursday between 8 and '
     '12. Rent goes up to £1,150 from 1 June, and please leave the spare key with the neighbour at number 23. '
     'Cheers, Martin',
     'What are we going to be paying each month for the flat once the increase kicks in?',
     'After the summer change, the monthly charge for living there will be',
     ['£1,150', '1,150']),
    ('Sunday XI v Crown & Anchor, KO 10:30 at Hillside Rec. GK: Dave P. Defence: Rashid, Tom B, Connor, Lewis. '
     'Mid: Sully (c), Jonno, Kev. Up top: Big Mick and Yusuf. Subs: Ollie, Frankie. Bring black socks, home kit '
     'is in the wash.',
     "Who's wearing the armband for us this weekend?",
     'The lad leading the side out as skipper on Sunday is',
     ['Sully']),
    ('Car share rota for the Leeds office: Priya drives Mondays and Wednesdays in the silver Corolla, Gareth '
     'does Tuesdays, Hannah covers Thursdays. Fridays we all work from home. Pick-up is 7:45 outside the Co-op '
     'on Wakefield Road; petrol money is £4 each per trip.',
     'What time do I need to be standing outside the shop waiting for my lift?',
     'Colleagues sharing the commute get collected each morning at',
     ['7:45']),
    ('Year 5 trip to the Natural History Museum, Friday 20 October. Coach leaves school at 8:15 and returns '
     'approx. 4:30pm. Cost £12.50 per child (voluntary contribution). Please send a packed lunch, no nuts, and '
     'a waterproof. Return this slip to Mrs. Ahmed by 6 October.',
     "Remind me which teacher I'm meant to give the signed permission form back to?",
     'Parents should hand the completed permission paper to',
     ['Mrs. Ahmed', 'Ahmed']),
    ('Thursday quiz at The Red Lion: 1st Quizteama Aguilera (47 pts), 2nd Les Quizerables (44), 3rd The Blue '
     'Cheese Crew (41). Picture round was won by Universally Challenged. Jackpot rolls over to £160 next week.',
     'Which team was runner-up at the pub trivia night?',
     "Finishing just behind the winners at the pub's weekly trivia evening was the team",
     ['Les Quizerables']),
    ('Cast on 88 stitches using 4mm needles and the teal DK yarn. Work 2x2 rib for 6cm, then change to 4.5mm '
     'needles and knit in stockinette until piece measures 38cm. Place markers at each end and begin armhole '
     'shaping.',
     'What shade of wool does the jumper pattern tell you to use?',
     'The colour of the double-knit wool specified for this garment is',
     ['teal']),
    ("Plant rota while Sam's away (3-17 Aug): Jess waters the tomatoes in the greenhouse every evening, Omar "
     'does the hanging baskets on Mon/Wed/Fri, and the big fig in the hallway only needs a jug on Sundays. Key '
     'is under the blue watering can by the shed.',
     "I forgot where Sam stashed the key to get in while he's off on holiday. Where is it?",
     'To let themselves in, the plant-sitters will find the house key hidden',
     ['under the blue watering can', 'blue watering can']),
]
OTHER15_ABSENT = [
    ('How old was the grey mare the captain bought from the farmer?', 'chat', 3),
    ('How many acres does the park around Hollins Court cover?', 'chat', 4),
    ('The person appointed executor of the will was', 'completion', 5),
    ("What's Mr Okafor's date of birth on that discharge note?", 'chat', 8),
    ("What's Martin the landlord's phone number?", 'chat', 9),
    ('The coach company taking Year 5 to the museum is called', 'completion', 12),
    ('Who was the quizmaster at the Red Lion that Thursday?', 'chat', 13),
    ('How many balls of yarn do I need to buy for that jumper?', 'chat', 14),
]
OTHER16 = [
    ('Ticket #HD-48213 | Opened: 2024-03-11 09:42 | Requester: Priya Raman (Finance) | Summary: VPN client '
     'drops every 20 min on hotel Wi-Fi | Assigned to: Tomasz Wierzbicki | Status: Pending vendor',
     "Who on the IT side got handed Priya's problem with the remote connection cutting out?",
     'The helpdesk ticket about the VPN disconnects was assigned to',
     ['Tomasz Wierzbicki', 'Wierzbicki']),
    ('INC-2291 postmortem: The outage began at 02:17 UTC when the TLS certificate on the payments gateway '
     'expired; service was restored at 03:05 UTC after Leila Osei rotated the cert. Root cause: the renewal '
     'cron job had been disabled during the March migration.',
     'What time did payments start working again after that expired certificate mess?',
     'The payments gateway was back online at',
     ['03:05 UTC', '03:05']),
    ('Minutes - Facilities Committee, 14 May. Present: R. Castellano (chair), J. Mbeki, H. Lindqvist. Agreed: '
     'the Q3 carpet replacement will go to Northfield Interiors at a quote of $18,400; Mbeki to confirm '
     'install dates by 31 May.',
     'Which company did the committee pick to redo the flooring this summer?',
     'The contractor chosen for the summer carpet job was',
     ['Northfield Interiors', 'Northfield']),
    ('Hi Marcus, welcome aboard! Your first day is Monday, 3 June. Please report to reception on the 4th floor '
     'of 220 Harbor Street at 8:30 am, where your buddy, Aisha Conteh, will meet you and walk you through '
     'badge setup.',
     'Who was supposed to meet the new guy on day one and help him get his ID sorted?',
     'The colleague assigned to greet Marcus on his first morning was',
     ['Aisha Conteh', 'Conteh']),
    ('INVOICE 2024-0719 - Bill to: Crestline Dental Group. Line 1: 12 x ergonomic task chairs @ $289.00 = '
     '$3,468.00. Line 2: delivery & assembly = $350.00. Subtotal $3,818.00; tax (8.25%) $314.99; TOTAL DUE '
     '$4,132.99, net 30.',
     "How much does the dentist's office owe altogether for the office seating, tax included?",
     'After tax, the full amount billed to the dental practice came to',
     ['$4,132.99', '4,132.99']),
    ('database:\n  host: db-replica-02.internal\n  port: 6432\n  pool_size: 25\n  timeout_ms: 1500\ncache:\n  '
     'ttl_seconds: 900',
     'Which port is the app pointed at for talking to Postgres on the replica?',
     'In that config file, the database connection uses port',
     ['6432']),
    ('APP_ENV=staging\nS3_BUCKET=kestrel-uploads-stg\nSENTRY_SAMPLE_RATE=0.25\nSMTP_HOST=mail.relay-east.net\n'
     'FEATURE_FLAGS=new_checkout,dark_mode',
     "In the pre-production setup, what's the name of the place user files get dumped?",
     'The storage bucket configured for the staging environment is',
     ['kestrel-uploads-stg']),
    ('## v4.12.0 - 2024-02-27\n- Added: CSV export for audit logs\n- Fixed: timezone offset bug in recurring '
     'reminders (#1187)\n- Deprecated: legacy /v1/sync endpoint, to be removed in v5.0.0',
     'Which issue number went with the fix for repeating reminders firing at the wrong hour?',
     'The changelog entry for the recurring-reminder time zone fix points to issue',
     ['#1187', '1187']),
    ('sku,description,qty_on_hand,reorder_point,bin\nFX-2207,M8 hex bolt zinc,1240,500,A-14\nFX-2231,M8 nylon '
     'lock nut,310,400,A-15\nFX-2302,5/16 flat washer,2875,1000,B-02',
     'Where in the stockroom would I find the locking nuts?',
     'The M8 nylon lock nuts are kept in bin',
     ['A-15']),
    ('| Region | Owner | Q2 target | Q2 actual |\n|---|---|---|---|\n| EMEA | Sofie Brandt | 1.2M | 1.31M |\n| '
     'APAC | Kenji Morimoto | 950K | 880K |\n| LATAM | Rafael Quintero | 600K | 642K |',
     "How much did Kenji's Asia-Pacific team actually bring in during April through June?",
     "The APAC region's real result for the second quarter was",
     ['880K']),
    ('[10:02] dana.k: anyone know the door code for the 3rd floor server room?\n[10:04] ops-bot: restricted '
     "info, ask facilities\n[10:07] miguel.r: it got changed friday, new one is 7391# - don't post it anywhere "
     'else pls\n[10:08] dana.k: thx',
     'What did Miguel say the new keypad combination is for the room with all the racks?',
     'The updated entry code for the third-floor server room is',
     ['7391#', '7391']),
    ('7.2 Termination for Convenience. Either party may terminate this Agreement without cause upon ninety '
     "(90) days' prior written notice to the other party. Notices shall be sent to Halvorsen Logistics AS, "
     'Attn: Legal, Strandgata 14, 0152 Oslo.',
     'If we want to walk away from the Halvorsen deal for no particular reason, how much warning do we need to '
     'give?',
     'To end the agreement without cause, a party has to give written notice of',
     ['ninety (90) days', 'ninety']),
    ('Lab notebook - 2024-04-09 (E. Varga). Ran PCR on samples S-14 through S-22. Annealing temp 58 C, 32 '
     'cycles. Gel showed a clean band at ~650 bp for all except S-19, which looked smeared; will rerun S-19 '
     'tomorrow with fresh primers.',
     "Which of Varga's samples came out messy on the electrophoresis and has to be redone?",
     "The one sample whose gel lane didn't look clean was",
     ['S-19']),
    ('MANIFEST BL-77430 | Vessel: MV Coral Strand | Port of loading: Busan | Port of discharge: Rotterdam | '
     "ETA: 2024-06-18 | Container MSKU 4829170, 40' HC, 22 pallets, gross wt 18,620 kg, contents: LED panel "
     'assemblies',
     'How heavy was the box of LED panels coming over from Korea, all in?',
     'The total gross weight declared for the LED panel container was',
     ['18,620 kg', '18,620']),
    ('PO #55-0318 issued by Brightwater Clinic to Medline Supply Partners. Item: 40 boxes nitrile exam gloves '
     '(size M). Requested delivery: 22 July. Approved by: Gwen Takahashi, Procurement Manager. Cost center: '
     '4410-CLN.',
     "Which budget code is the clinic's glove order being charged to?",
     'The purchase order for the exam gloves was billed against cost center',
     ['4410-CLN']),
    ('[backup]\nschedule = 0 3 * * SUN\nretention_days = 45\ndestination = nas-vault-01:/exports/weekly\n'
     'compression = zstd',
     'How long do the Sunday-night backups stick around before they get purged?',
     'Per the backup settings, each archive is kept for this many days:',
     ['45']),
]
OTHER16_ABSENT = [
    ("What priority level was Priya's VPN ticket given?", 'chat', 0),
    ('Who ran the postmortem review meeting for the payments outage?', 'chat', 1),
    ('What did the losing flooring company quote for the carpet job?', 'chat', 2),
    ('What username does the app use to log into the replica database?', 'chat', 5),
    ("What was the North America region's sales target for Q2?", 'chat', 9),
    ('Which freight carrier is delivering the glove order to the clinic?', 'chat', 14),
    ('The seal number on the Busan-to-Rotterdam container was', 'completion', 13),
    ('The job title Marcus was hired into, according to the welcome email, was', 'completion', 3),
]
OTHER17 = [
    ('Inspector Halloran turned the pocket watch over in his gloved hand. The hands had stopped at twenty past '
     "four, and engraved on the back were the initials E.V.T. - not the dead man's, but his brother-in-law's. "
     'Sergeant Pike noted that the glass was cracked clean across.',
     'In that detective story, what time was the broken watch frozen at?',
     'The watch the inspector examined had stopped at',
     ['twenty past four']),
    ('On the third day out of Valparaiso the Merriwether shipped a green sea over her bows that carried away '
     'the jolly-boat and two hens. Mr. Crane, the second mate, had the topsails reefed, and it was the '
     'carpenter, a silent Orkneyman named Tobias Flett, who sounded the well and found four feet of water in '
     'the hold.',
     'Who was the guy on that ship who checked how much water had got below decks?',
     'The man who sounded the well aboard the Merriwether was the carpenter,',
     ['Tobias Flett', 'Flett']),
    ("LOG 2291.044 - Colony ship Anselm's Reach reports hull breach in Ring C at 0312 station time. Chief "
     'Engineer Okonkwo-Varga sealed bulkhead 7 by hand, trapping the hydroponics crew for nineteen hours until '
     'the pressure doors could be cycled. No fatalities. Oxygen reserves at 61 percent.',
     'How long were the plant-growing people stuck behind the sealed door in that space colony log?',
     'After the breach, the hydroponics team remained shut in for',
     ['nineteen hours', 'nineteen']),
    ('14th March, 1887. Rain again. Papa has promised that if the roads dry we shall drive to Ashcombe on '
     "Thursday to see the new organ at St. Bride's. Cousin Lettice writes that her spaniel has had six puppies "
     'and that one is to be mine, and I have already resolved to call him Marmaduke.',
     'What did the girl in the old Victorian diary want to call her new dog?',
     'The diarist meant to name the puppy promised to her',
     ['Marmaduke']),
    ('My dearest Rowena, - The regiment moves to Quetta on the 9th, and I fear no letters will reach me there '
     'before Christmas. Send the parcel instead to the care of Mr. Dinshaw Patel, Mess Contractor, Cantonment '
     'Road, Karachi, who has promised to forward everything. Your loving brother, Alastair.',
     "In the soldier's letter to his sister, whose address was she supposed to post the package to?",
     'Alastair asked Rowena to send his parcel in care of',
     ['Mr. Dinshaw Patel', 'Dinshaw Patel', 'Patel']),
    ("'You said the vault code was the year your mother was born,' Mara hissed.\n'I said it was the year she "
     "left,' Dev replied. 'Try 1974.'\n'And if that's wrong?'\n'Then try 1971, and then we run.'",
     'What number did Dev tell Mara to punch into the safe first?',
     'The first combination Dev told Mara to try on the vault was',
     ['1974']),
    ('The stage from Red Mesa came in two hours late with a bullet hole through the luggage boot. The driver, '
     'Hank Ocampo, swore it was the Dorsey brothers, and the Wells Fargo agent put the missing strongbox at '
     'eleven hundred dollars in gold coin.',
     'In the western, how much money was in the box that got taken off the stagecoach?',
     'According to the express agent, the stolen strongbox held',
     ['eleven hundred dollars in gold coin', 'eleven hundred dollars']),
    ('None may cross the Thornwall save by the Gate of Ashes, and the Gate opens only to one who speaks the '
     "old word 'velamaroth' beneath a waning moon. So it was written by Sister Ideth in the Chronicle of "
     'Brannoch, in the year the river froze.',
     "What's the magic password for getting past that wall in the fantasy chronicle?",
     'To pass through the Gate of Ashes, a traveller had to say the word',
     ['velamaroth']),
    ("Grandma June's lemon drizzle: 225g softened butter, 225g caster sugar, 4 eggs, 275g self-raising flour, "
     'zest of 2 lemons. Bake at 180C (160C fan) for 45-50 min in a 2lb loaf tin. Drizzle: juice of 1.5 lemons '
     '+ 85g granulated sugar, pour over while still warm.',
     "How much flour goes into my gran's lemon cake?",
     "Grandma June's lemon loaf needs a quantity of self-raising flour equal to",
     ['275g']),
    ('Booking confirmed! Hotel Arcadia Lisboa, Rua da Prata 114. Check-in: Fri 12 Sept from 15:00. Check-out: '
     'Mon 15 Sept by 11:00. Room: Superior Double, non-smoking. Confirmation no. LX-48827-QP. Free '
     'cancellation until 9 Sept.',
     "What's the reference number for the place I'm staying in Portugal?",
     'The confirmation code for the Lisbon hotel stay is',
     ['LX-48827-QP']),
    ("[18:02] Mum: Reminder Sunday lunch is at Auntie Pat's this week not ours!!\n[18:03] Dan: what time\n"
     "[18:05] Mum: 1pm. Bring the folding chairs Dan\n[18:06] Priya: I'll do pudding\n[18:09] Dad: Pat says "
     'park on Wheeler Close, her drive is being resurfaced',
     "Where did the family chat say we should leave the car for the weekend lunch at my aunt's?",
     "Because Pat's driveway is being redone, everyone was told to put their cars on",
     ['Wheeler Close']),
    ('Dear Mr. Brennan, You have been booked for an outpatient appointment with Dr. S. Kaur (Dermatology) on '
     'Tuesday 4 November at 10:40. Please report to Clinic 3B, Level 2, Whitfield Wing, 15 minutes before your '
     'appointment time. Hospital no.: RWH 7730194.',
     'Which clinic am I meant to go to for the skin specialist?',
     'For his dermatology visit, Mr. Brennan has to check in at',
     ['Clinic 3B, Level 2, Whitfield Wing', 'Clinic 3B']),
    ('WEEK 3 - Mon: squat 5x5 @ 70kg, bench 5x5 @ 52.5kg. Wed: deadlift 3x5 @ 95kg, overhead press 5x5 @ 35kg. '
     'Fri: squat 5x5 @ 72.5kg, rows 5x5 @ 50kg. Rest 3 min between sets, walk 30 min on off days.',
     "How heavy is the bar supposed to be when I'm pulling from the floor in week three?",
     "In the third week of the programme, Wednesday's deadlift sets use",
     ['95kg']),
    ('Year 4 will visit the Brackenhurst Living History Museum on Wednesday 22 May. Children should arrive by '
     '8:15am as the coach leaves promptly at 8:30. The cost is £14.50 per pupil, payable via ParentPay by 10 '
     'May. Please send a packed lunch in a disposable bag.',
     "How much do I have to pay for my kid's school museum outing?",
     "Each child's place on the Year 4 museum trip costs",
     ['£14.50', '14.50']),
    ('Saturday shop: oat milk x2, sourdough, 6 eggs (free range), spinach, feta, tin chickpeas x3, bin bags, '
     "AA batteries (for Leo's torch), birthday card for Nadia - NOT a funny one.",
     'What did I want those batteries on my list for?',
     'The AA batteries on the shopping list are meant for',
     ["Leo's torch"]),
    ('4.2 Rent. The Tenant shall pay rent of £1,185.00 per calendar month, in advance, on the 1st day of each '
     "month, by standing order to the Landlord's account. 4.3 Deposit. A deposit of £1,367.31 shall be held "
     'with the Tenancy Deposit Scheme (TDS), ref. TDS-0093-5521.',
     'How much do I owe the landlord every month for the flat?',
     'Under the tenancy agreement, the monthly payment to the landlord is',
     ['£1,185.00', '£1,185', '1,185']),
]
OTHER17_ABSENT = [
    ('In the pocket-watch mystery, what was the name of the man who was killed?', 'chat', 0),
    ('Who was the captain of the Merriwether?', 'chat', 1),
    ("The total number of colonists aboard Anselm's Reach was", 'completion', 2),
    ('Which regiment was Alastair serving in when he wrote to Rowena?', 'chat', 4),
    ("What's my flight number for the Lisbon trip?", 'chat', 9),
    ('What phone number do I call to move my skin clinic appointment?', 'chat', 11),
    ('The name of the Year 4 class teacher organising the museum trip is', 'completion', 13),
    ("What's the landlord's name on my lease?", 'chat', 15),
]
OTHER18 = [
    ('PATIENT: Biscuit (Beagle, F, 6y) | Owner: M. Okafor\n2023-03-14  DHPP booster  Dr. Lena Marsh  lot '
     '48821B\n2023-03-14  Weight 11.2 kg\n2023-09-02  Dental cleaning + 1 extraction  Dr. Paul Iyer',
     "Which vet ended up doing Biscuit's teeth?",
     "Biscuit's dental cleaning was done by",
     ['Dr. Paul Iyer', 'Paul Iyer', 'Iyer']),
    ('Date | Mileage | Work done | Shop\n2021-05-10 | 42,310 mi | Oil change, tire rotation | Hallworth Auto\n'
     '2022-01-18 | 51,870 mi | Front brake pads + rotors | Kessler Brake & Tire\n2022-08-30 | 58,402 mi | '
     'Timing belt replaced | Hallworth Auto',
     'How many miles were on my car when I got the brakes redone?',
     'The odometer reading at the time of the front brake job was',
     ['51,870 mi', '51,870']),
    ('MOVE CHECKLIST - 14 Fernhill Rd -> 7B Aldine Court\n[x] Book movers (Two Oaks Removals, arriving 8:00 '
     'am, quote £1,240)\n[x] Redirect post from 3 June\n[ ] Return old meter key to agent\n[ ] Set up '
     'broadband - Vortex Fibre install, ref VX-88214',
     "What's the booking number for getting the internet hooked up at the new flat?",
     'The reference for the broadband installation is',
     ['VX-88214']),
    ('Table 4 (Willow): Aunt Rosalind, Uncle Derek, Priya Nair, Tom Beckett, Grandma June\nTable 5 (Juniper): '
     'Sam & Alexis Thorne, the Dubois twins, Father Matthew\nTable 6 (Hazel): college friends - Kenji, '
     'Marisol, Ollie, Bea',
     'Where did we put the priest for the reception dinner?',
     'At the reception, the table assigned to the priest is',
     ['Table 5 (Juniper)', 'Table 5']),
    ("Sat 12 April - direct-sowed two rows of 'Nantes' carrots along the south fence and put in the garlic "
     "sets from the co-op. Transplanted six 'Sungold' tomato seedlings into the raised bed by the shed; the "
     "'Brandywine' ones stay indoors another week.",
     'Which tomatoes did I plant out in the raised bed?',
     'The tomato variety moved into the bed next to the shed was',
     ["'Sungold'", 'Sungold']),
    ('The Lantern Room, Fri 9 Nov - set (45 min): 1. Copper Wire 2. Slow Tide 3. Marigold 4. Harbor Lights '
     '(new!) 5. Run Rabbit. Encore: Paper Moons. Notes: Jess broke a string in Marigold; sound guy was Reuben, '
     'ask him back. Door split £312.',
     'When the crowd called us back out at that Friday gig, what did we play?',
     'The song we played as our encore that night was',
     ['Paper Moons']),
    ("Session 14 - The Sunken Abbey. The party finally beat the drowned bishop; Kestra (Matt's ranger) landed "
     'the killing blow with a crit. Loot: 340 gp, a +1 trident, and the Amulet of Brine, which Orrin the '
     "cleric attuned to. Next session: 22 Feb, at Dee's place.",
     'In our campaign, who wound up with the magic necklace from the abbey?',
     'The character who attuned to the amulet was',
     ['Orrin the cleric', 'Orrin']),
    ('Day 2: Left Carrow Lake hut at 6:40 and climbed to Tarn Saddle (1,870 m) in just under three hours. Wind '
     'picked up on the ridge so we skipped the summit of Mt Ashby and dropped to Pellam Creek camp by 2 pm. '
     'Total distance 14.3 km.',
     'How high up was the pass we went over on the second day of the trek?',
     'The elevation of the saddle we crossed was',
     ['1,870 m', '1,870']),
    ('Riverside Birding Club - minutes, 3 Oct. Present: 11. Treasurer (Gwen Albright) reported a balance of '
     '$2,615.40. Motion to buy two spotting scopes passed 9-2. Autumn count moved to Sun 19 Oct, meet at '
     'Millbrook reservoir car park 7 am. Membership secretary: Howard Teng.',
     'How much money does the bird-watching group have right now?',
     "According to the treasurer's report, the club's funds stood at",
     ['$2,615.40', '2,615.40']),
    ('12/04  CARD PURCHASE  GREENLEAF GROCERS #221     -64.18\n12/05  DIRECT DEP  HOLLIS & WARD PAYROLL   '
     '+2,340.00\n12/06  ACH DEBIT  SUNCOAST ELECTRIC CO       -118.72\n12/07  CHECK #1046                      '
     '    -450.00',
     'How much did the power company take out of my account in December?',
     'The payment to the electric utility on my statement came to',
     ['-118.72', '118.72']),
    ('PRODUCT: Brevik 2-slot Toaster, model BT-220\nSERIAL NO.: BRV2204-77310\nDATE OF PURCHASE: 17/08/2023\n'
     'RETAILER: Halden Home, Leeds\nWARRANTY: 24 months from purchase, parts and labour',
     "I need to file a claim - what's the unique number on my toaster?",
     "The serial number printed on the toaster's warranty card is",
     ['BRV2204-77310']),
    ("Landlord (Mr. Castellan): Hi Nadia, plumber's booked for Thursday between 10 and 12.\nNadia: Great, will "
     "someone let him in? I'm at work.\nLandlord: Yes, the spare key is with Mrs. Feld in flat 2.\nNadia: "
     'Perfect, thanks!',
     'Who did my landlord say has the extra key to my apartment?',
     'The neighbour holding a spare key to the flat is',
     ['Mrs. Feld in flat 2', 'Mrs. Feld', 'Feld']),
    ("Ep. 87 - 'Fermenting Everything' with guest Dr. Ilse Varga (food microbiologist). We cover kimchi, kefir "
     "grains, why your sourdough starter smells like nail polish, and her new book 'Small Wild Things'. "
     'Sponsor: Pantrybox, code FERMENT20. Runtime 58:12.',
     'That podcast with the microbiologist - what was the title of the book she was promoting?',
     'The book the fermentation expert had just published is called',
     ['Small Wild Things']),
    ('10:00  Arrive Marlowe Museum of Science, collect pre-paid tickets (booking MM-40517)\n10:30  Planetarium '
     "show 'Edge of the Heliosphere' - Dome B\n12:15  Lunch at the Atrium Cafe\n13:30  Guided tour: Victorian "
     'Engines gallery, guide: Fenella Roy\n15:00  Gift shop, leave by 15:45',
     "Who's leading the afternoon tour of the old steam machinery?",
     'The person guiding us around the engine gallery is',
     ['Fenella Roy', 'Roy']),
    ('Week 9 long run: 26 km in 2:31:05, avg pace 5:48/km, avg HR 151. Felt strong until km 20, then left calf '
     'tightened. New shoes (Arlo Tempo 3) - size 10.5 fits better than the 10.',
     'How long did my big weekend run take me in the ninth week of training?',
     'My finishing time for the week 9 long run was',
     ['2:31:05']),
    ("Project: Harbour cardigan (for Mum)\nPattern: 'Saltmarsh' by Ingrid Holm\nYarn: Ravensfold DK, colour "
     'Heather Fog, dye lot 3318 - 9 skeins\nNeedles: 4 mm body, 3.25 mm ribbing\nStarted: 2 Jan',
     "If I need to buy more wool for my mother's sweater, which batch number should I match?",
     "The dye lot of the yarn I'm using for Mum's cardigan is",
     ['3318']),
]
OTHER18_ABSENT = [
    ('When is Biscuit due for her next rabies shot?', 'chat', 0),
    ('How much did the timing belt replacement cost me?', 'chat', 1),
    ('Which table is my cousin Leonie sitting at for the wedding?', 'chat', 3),
    ('What level is Kestra at now in our campaign?', 'chat', 6),
    ('How much is the yearly membership fee for the birding club?', 'chat', 8),
    ("What's the name of the plumber who's coming on Thursday?", 'chat', 11),
    ('The price I paid for the toaster at Halden Home was', 'completion', 10),
    ('The ticket price for the planetarium show was', 'completion', 13),
]
OTHER19 = [
    ('In the spring of 1783 the merchant guild of Vellenburg elected Tobias Arnquist as its first treasurer, a '
     'post he held for eleven years before retiring to his estate at Holm. His successor inherited ledgers '
     'that were, by all accounts, immaculate.',
     "Who was the first person put in charge of the money for that merchants' guild in Vellenburg?",
     "The guild's earliest keeper of accounts was a man named",
     ['Tobias Arnquist', 'Arnquist']),
    ('Samples were centrifuged at 4,200 × g for 12 minutes at 4 °C, after which the supernatant was aliquoted '
     'into 0.5 mL cryovials and stored at −80 °C until analysis.',
     'In that lab protocol, how long were the tubes spun for?',
     'The spin step in the sample preparation lasted',
     ['12 minutes', '12']),
    ('For these reasons, the Court orders the respondent, Harlow Freight Ltd, to pay the claimant damages in '
     'the sum of £48,750, together with interest at 2% above base rate, within 28 days of the date of this '
     'judgment.',
     'How much did the judge make the haulage company pay out?',
     'The trucking firm was ordered to pay compensation amounting to',
     ['£48,750', '48,750']),
    ('Crews from three stations were called to the Pellworth Road warehouse shortly after 2:40 a.m. on '
     'Tuesday. Station commander Rhiannon Dace said the blaze was under control by 6 a.m. and that nobody had '
     'been hurt.',
     'Which fire officer gave the statement about that overnight warehouse fire?',
     'The fire service official quoted about the blaze was',
     ['Rhiannon Dace', 'Dace']),
    ('Kestermoor is a market town in the Ardle valley, with a population of 7,316 at the 2021 census. It is '
     'known for its Thursday cattle market and the fourteenth-century packhorse bridge over the River Sull.',
     'How many residents does that little valley town with the cattle market have?',
     'At the most recent census, the number of people living there was',
     ['7,316']),
    ('Error E07 | Water inlet blocked | Clean the filter screen behind the inlet hose\nError E12 | Drain pump '
     'fault | Remove debris from the pump housing\nError E19 | Door lock failure | Contact an authorised '
     'service agent',
     "My dishwasher isn't emptying and the pump seems dead - what code would the display show for that?",
     'When the pump that empties the machine fails, the display shows',
     ['Error E12', 'E12']),
    ('`cache_ttl` (integer, default `900`): number of seconds a cached response remains valid. Set to `0` to '
     'disable caching entirely.\n`max_workers` (integer, default `8`): size of the background thread pool.',
     'Out of the box, how many seconds does that tool hold on to a stored response before it goes stale?',
     'Unless you change the setting, a cached reply stays fresh for a number of seconds equal to',
     ['900']),
    ('HIST 214: Empires of the Indian Ocean. Instructor: Dr. Samira Okonjo. Lectures meet Tuesdays and '
     'Thursdays, 10:30-11:45, in Brannock Hall room 302. The final research paper (40% of the grade) is due 9 '
     'December.',
     'Where do I go for the lectures of that Indian Ocean history class?',
     'The classes for that course are held in',
     ['Brannock Hall room 302', 'Brannock Hall']),
    ('Personnel: one postdoctoral research associate at 100% FTE for 24 months, salary $58,400 per year plus '
     'fringe benefits at 31.5%.\nEquipment: one portable trace gas analyser (LI-7810), $42,900.',
     'How much money did the proposal ask for to buy the field gas instrument?',
     'The equipment line for the portable analyser comes to',
     ['$42,900', '42,900']),
    ('The VESTA-2 trial randomised 612 adults with moderate persistent asthma to velometasone 200 µg daily or '
     'placebo. The primary endpoint, annualised exacerbation rate, fell by 34% in the treatment arm (p = '
     '0.003).',
     'By how much did the new inhaler cut down asthma flare-ups compared with the dummy treatment?',
     'Relative to placebo, the yearly rate of attacks went down by',
     ['34%', '34']),
    ('Ferries to Inis Bráin leave the harbour at Carrickdown twice daily in summer, at 9:15 and 16:30; the '
     "crossing takes about 50 minutes. Bicycles can be hired from Donagh's shop beside the pier.",
     'What time does the morning boat out to the island go?',
     'During the summer season, the earliest sailing departs at',
     ['9:15']),
    ('To make a Seed Cake. Take a pound of butter beaten to a cream, a pound of fine sugar, eight eggs, and a '
     'pound and a quarter of flour; add two ounces of caraway seeds, and bake it in a moderate oven two hours.',
     'How many eggs do I need for that old-fashioned caraway cake?',
     'That antique cake recipe calls for',
     ['eight eggs', 'eight']),
    ('Ashby Rovers came from behind to beat Millgate 3-2 at Cowley Park. Substitute Declan Furlow, on the '
     'pitch for barely eleven minutes, headed the winner in the 88th minute from a corner taken by captain '
     'Joel Mensah.',
     'Who got the late goal that won it for Ashby?',
     'The decisive header near the end of the match was scored by',
     ['Declan Furlow', 'Furlow']),
    ("Marguerite Shaw's debut novel, The Salt Ledger (Hollins & Reed, 2019), follows a lighthouse keeper's "
     'daughter through the hard winter of 1911. At 412 pages it occasionally sags, but the final third is '
     'superb.',
     'Which publishing house put out that lighthouse novel that got reviewed?',
     "Marguerite Shaw's first novel was brought out by",
     ['Hollins & Reed']),
    ('Interlibrary loan requests are normally processed within five working days. Items obtained from partner '
     'libraries may be kept for 21 days and renewed once, provided no other reader has placed a hold. Overdue '
     'fines are 30p per day.',
     'If I borrow a book through the library from another institution, how long am I allowed to keep it?',
     'Books borrowed from partner libraries can be held for',
     ['21 days', '21']),
    ('Box 14, Folder 3: Correspondence of Alder Vance with the Pemberton Survey Office, 1902-1906. Includes 37 '
     'letters and two hand-drawn maps of the Greywater estuary. Call number: MS 2291/14/3.',
     'What reference do I give the archivist to pull those survey office letters?',
     'To request that folder of correspondence, you would quote the shelfmark',
     ['MS 2291/14/3']),
]
OTHER19_ABSENT = [
    ('Who took over as treasurer of the Vellenburg guild after Arnquist retired?', 'chat', 0),
    ('What buffer did they use to lyse the cells before the spin step?', 'chat', 1),
    ('Which judge decided the Harlow Freight case?', 'chat', 2),
    ('What did investigators say started the Pellworth Road warehouse fire?', 'chat', 3),
    ('Who is the teaching assistant for the Indian Ocean empires course?', 'chat', 7),
    ('How many participants dropped out of the VESTA-2 asthma study?', 'chat', 9),
    ('An adult return ticket on the ferry to Inis Bráin costs', 'completion', 10),
    ('The referee who took charge of the Ashby Rovers versus Millgate game was', 'completion', 12),
]
OTHER20 = [
    ('NOTICE OF PLANNING APPLICATION - Ref. PA/2024/0871. Applicant: Harrowfield Developments Ltd. Proposal: '
     'conversion of the former Corn Exchange, 14 Mill Lane, Ashcombe, into 22 residential units with '
     'ground-floor retail. Objections must be received in writing by 17 May 2024 at the Civic Offices, '
     'Brayford Road.',
     "What's the application code for turning that old grain trading hall on Mill Lane into flats?",
     'The planning reference for the Mill Lane conversion scheme is',
     ['PA/2024/0871']),
    ('In the year to 31 March 2024, Brightwater Food Network distributed 48,600 emergency parcels across its '
     'nine hubs, up from 41,250 the previous year. Volunteer hours totalled 63,400, and our new Kettering Road '
     'hub, opened in October, now serves around 310 households a week.',
     'How many food packages did the food bank charity give out last year?',
     'The number of emergency parcels Brightwater handed out in 2023-24 was',
     ['48,600']),
    ('Item 6: Transport contract. Mr Okonkwo proposed that the bus contract be awarded to Tallis Coaches at '
     'GBP 212,000 per annum; seconded by Mrs Pereira. Carried 7-2, Cllr Dunmore abstaining. The Chair, Dr '
     'Helen Marsh, asked the Bursar to report on fuel surcharges at the July meeting.',
     "Which firm ended up getting the deal to run the pupils' buses?",
     'The board gave the school transport contract to',
     ['Tallis Coaches', 'Tallis']),
    ('Redgate Rovers FC - Spring fixtures\nSat 6 Apr  | Home | v Castleford Albion | 3:00pm\nSat 13 Apr | Away '
     '| v Millbrook United  | 2:30pm\nSat 20 Apr | Home | v Hollins Athletic  | 7:45pm (floodlit)\nSat 27 Apr '
     '| Away | v Penmore Town      | 3:00pm',
     'Who are Rovers up against in their evening kick-off under the lights?',
     "Redgate Rovers' floodlit home match is against",
     ['Hollins Athletic', 'Hollins']),
    ('THE GLASS ORCHARD by Miriam Achebe-Lowe. Directed by Tomasz Reyes. CAST: Elsie Vane - Priya Lindqvist; '
     'Arthur Vane - Colm Hartigan; The Stranger - Benedict Osei; Mrs Pruitt - Josephine Tarr. Running time '
     'approximately 2 hours 10 minutes including one interval.',
     'Which actor is playing the mysterious visitor in that play?',
     'In The Glass Orchard, the role of The Stranger is played by',
     ['Benedict Osei', 'Osei']),
    ('Eastholme Community Library - revised opening hours from 2 September:\nMon: closed\nTue-Thu: 9:30-18:00\n'
     'Fri: 9:30-20:00 (late opening)\nSat: 10:00-14:00\nSun: closed\nThe Local Studies room is open by '
     'appointment only on Wednesdays.',
     'What time does the library lock up on its late night?',
     'On Fridays, Eastholme library stays open until',
     ['20:00']),
    ("Day 2 - Thursday 11 September\n09:00 Keynote: 'Cities after the car' - Prof. Ingrid Solberg (Hall A)\n"
     '10:15 Panel: Funding municipal transit - chair: Ravi Menon (Room 3)\n11:30 Coffee\n11:45 Workshop: Open '
     'data for councils - Aoife Brennan (Room 5)',
     "Who's moderating the discussion about paying for public transport?",
     'The panel on financing municipal transit is chaired by',
     ['Ravi Menon', 'Menon']),
    ('FOR IMMEDIATE RELEASE - Calder Valley Water today announced that Marguerite Asante will succeed Graham '
     'Thorne as chief executive with effect from 1 January. Ms Asante joins from Severn Estuary Utilities, '
     'where she was operations director for six years. Mr Thorne retires after eleven years in the post.',
     'Who is taking over at the top of the water company?',
     'The new chief executive of Calder Valley Water will be',
     ['Marguerite Asante', 'Asante']),
    ('Hi all - rota for the Harvest Fair tea tent, Saturday:\n10-12: Jean Abbott & Faisal Mirza\n12-2: Lorna '
     'Keyes & Pete Wilding\n2-4: Samira Doyle (on her own unless someone can join her!)\nFloat/cash box: Derek '
     'Hume\nThanks, Bev',
     "Who's looking after the money at the tea stall?",
     'At the Harvest Fair tea tent, the cash box is being handled by',
     ['Derek Hume', 'Hume']),
    ("St Aldhelm's News - The Restoration Appeal has now reached GBP 37,450 of its GBP 60,000 target, thanks "
     'in large part to the Michaelmas concert. The bell tower scaffolding goes up on 4 November. Please note '
     'that the Rev. Sarah Quaye will be on retreat for the second week of November; Canon Philip Ames will '
     'take services.',
     'How much has the parish collected so far towards the repairs?',
     "So far the St Aldhelm's restoration fund has raised",
     ['GBP 37,450', '37,450']),
    ('Dear Ms Rahimi, I am pleased to offer you a place on the BSc Marine Biology (course code C162) at the '
     'University of Northmoor, starting in September 2025. This offer is conditional on achieving grades AAB, '
     'including Biology. Please reply via the applicant portal by 6 June quoting your applicant ID NM-25-48213.',
     'What number do I need to give the university when I accept my offer?',
     'The applicant ID to quote when replying to Northmoor is',
     ['NM-25-48213']),
    ('SERVICE CHANGE: From Sunday 14 July, route 47 (Broadmere - Hillcrest Hospital) will no longer serve '
     "Tanners Row. Buses will instead divert via Queen's Parade, with a new stop outside Wexley Library. "
     'Evening frequency drops from every 20 to every 30 minutes. The 47A is unaffected.',
     'Which street is the 47 bus dropping from its route?',
     'After the July change, route 47 will no longer go along',
     ['Tanners Row']),
    ('Borough of Kenwick - Elmfield Ward by-election, 2 May\nLEVENTIS, Andreas (Green) 1,204\nMCALLISTER, Joan '
     '(Labour) 1,877\nPRYCE, Owen (Conservative) 1,652\nWHEATLEY, Nina (Independent) 418\nTurnout: 31.6%. '
     'Elected: Joan McAllister.',
     'How many votes did the Tory get in the Elmfield by-election?',
     'The number of votes won by the Conservative candidate in Elmfield was',
     ['1,652']),
    ('Food Hygiene Inspection Report - Premises: The Lantern Bistro, 9 Quay Street, Portwell. Inspector: K. '
     'Adeyemi. Date: 22/02/2024. Rating awarded: 3 (Generally satisfactory). Issues noted: walk-in chiller at '
     '9C (should be 8C or below); missing allergen matrix. Re-inspection due within 3 months.',
     'What score did the inspector give that bistro down on the quay?',
     'The hygiene rating awarded to The Lantern Bistro was',
     ['3 (Generally satisfactory)', '3']),
    ("CHAIR: Next, the treasurer's report. Moira?\nMOIRA LANGE: Thank you. Subscriptions brought in GBP 2,940 "
     'this year. Our biggest cost was the skip hire for the clean-up day, GBP 685.\nCHAIR: And the balance?\n'
     'MOIRA LANGE: We closed the year with GBP 4,112 in the bank.',
     "How much money did the residents' group have left at the end of the year?",
     "The residents' association's bank balance at year end stood at",
     ['GBP 4,112', '4,112']),
    ('From: allotments@rivenshire.gov.uk\nSubject: Your allotment application\nDear Mr Castellano, thank you '
     'for applying for a half-plot at Orchard Lane allotments. You are currently number 14 on the waiting list '
     '(reference ALT-3307). Annual rent for a half-plot is GBP 46, payable each October.',
     'Where am I in the queue for a vegetable plot?',
     "Mr Castellano's position on the Orchard Lane waiting list is",
     ['number 14', '14']),
]
OTHER20_ABSENT = [
    ('Who is the council planning officer handling the Mill Lane flats application?', 'chat', 0),
    ('Who wrote the incidental music for The Glass Orchard?', 'chat', 4),
    ('What salary will the new water company boss be paid?', 'chat', 7),
    ("What's the phone number for booking the local history room at the library?", 'chat', 5),
    ('How many people were on the electoral register in Elmfield ward?', 'chat', 12),
    ('How much are the yearly tuition fees for the marine biology degree at Northmoor?', 'chat', 10),
    ('The keynote speaker on the first day of the transit conference was', 'completion', 6),
    ('The head chef at The Lantern Bistro is', 'completion', 13),
]
OTHER21 = [
    ('"You\'ll take the night mail to Carrowmore," said Aunt Bettany, pressing a folded note into Hal\'s palm. '
     '"Ask for Mr. Oswin Trayle at the Anchor, and don\'t give him the letter until he\'s paid you the four '
     'shillings."',
     'When Hal got to the inn, who was he supposed to ask for?',
     'At the Anchor, Hal was told to ask for',
     ['Mr. Oswin Trayle', 'Oswin Trayle', 'Trayle']),
    ('The ship\'s navigator, Dessa Kuloh, read off the numbers twice before anyone believed her. "We\'ve got '
     'ninety-one hours of reaction mass, not the hundred and forty the manifest says," she said. "Somebody on '
     'Ceres lied."',
     'According to the navigator, how much burn time did the crew really have left?',
     "The navigator's real count of remaining reaction mass came to",
     ['ninety-one hours', 'ninety-one']),
    ('Inspector Rhee tapped the ticket stub against the desk. "Platform nine, the 11:47 to Harwick Junction. '
     'She never boarded it. The conductor swears the seat was empty." Sergeant Pollard only grunted and lit '
     'another cigarette.',
     'What departure time was on the stub the detective was holding?',
     'The train printed on the ticket stub was due to leave at',
     ['11:47']),
    ('The orchard had belonged to the Fennimores for three generations, but it was Grandmother Lisle who named '
     'the old pear tree "the Bishop." "It bows to no one," she told us the summer I turned nine, "and it gives '
     'nothing away for free."',
     'What pet name did the grandma have for that ancient pear tree?',
     'The old pear tree in the family orchard was nicknamed',
     ['the Bishop', 'Bishop']),
    ('"The password changes with the moon," whispered the gatekeeper. "Tonight it is amber lantern. Tomorrow '
     'it will be something else, and if you forget it, the river will have you." Kestrel repeated it under her '
     'breath until the gate swung open.',
     'What did Kestrel have to say to get past the gate that night?',
     'The secret phrase for getting through the gate that night was',
     ['amber lantern']),
    ('When the stage finally rolled into Dry Fork, Marisol counted the fare out on the counter, eleven dollars '
     'and forty cents, and the clerk, a man named Tobiah Kurn, pushed three of the coins back at her. "Widows '
     'ride at a discount," he said.',
     'How much money did the widow lay down for her coach ticket before the clerk gave some back?',
     'Marisol counted out a stagecoach fare of',
     ['eleven dollars and forty cents', 'eleven dollars']),
    ('Dearest Constance, We reached Valparaíso on the 14th of March after a crossing so rough that poor Mr. '
     'Haldane lost two teeth against the rail. The consul has found us rooms on Calle Esmeralda, at a rent I '
     'dare not tell Father.',
     "On what date did the letter writer's party land in Chile?",
     'According to the letter to Constance, the travellers arrived in Valparaíso on the',
     ['14th of March', '14th']),
    ('My father ran the hardware store on Decatur Street for thirty-one years, and in all that time he closed '
     'it for a whole week only once: the summer of 1977, when my brother Lonnie had his appendix out in '
     'Shreveport.',
     'When was the one time Dad shut the shop for an entire week?',
     'The only time the family store stayed closed for a full week was in',
     ['the summer of 1977', '1977']),
    ('From Tashkurgan the road climbs steadily toward the pass, and our driver, a cheerful Tajik named Ruslan, '
     'insisted on stopping at every yak herd. By the time we reached the border post, the altimeter on my '
     'watch read 4,693 meters.',
     "How high up was the frontier checkpoint, going by the author's watch?",
     "When they got to the border post, the writer's watch showed an altitude of",
     ['4,693 meters', '4,693']),
    ('I learned to cook from Mrs. Adaeze Okafor, who lived two floors down and charged me nothing but my '
     'company. Her rule for jollof was simple: "Never stir after the lid goes on. Let the bottom catch."',
     'Who was the downstairs neighbor that taught the memoirist to cook?',
     'The woman two floors down who taught the author to cook was',
     ['Mrs. Adaeze Okafor', 'Adaeze Okafor', 'Okafor']),
    ("Dear Mum,\nThey've moved us again and I'm not allowed to say where, but the chaplain says post for 3rd "
     'Battalion should go via Field Post Office 217. The food is better than at Catterick. Tell Dot I got her '
     'socks.\nYour loving son, Arthur',
     'What address did the soldier tell his mother to use so his letters would reach him?',
     'Arthur said mail for his battalion should be routed through',
     ['Field Post Office 217', '217']),
    ('PALE-THROATED WARBLER (Setophaga pallidula). L 12-13 cm. Breeds in mature spruce above 900 m; song a '
     'thin, rising tsee-tsee-tsitsi. Told from the similar Ashen Warbler by two white wing bars and yellow '
     'undertail coverts.',
     'How high up in the mountains does that pale-throated songbird nest?',
     'The Pale-throated Warbler breeds in mature spruce forest at elevations above',
     ['900 m', '900']),
    ('Inspection of Span 4 of the Millrace Viaduct (Structure No. BR-0582) found section loss of up to 38 '
     'percent in the lower chord of the east truss. A load posting of 15 tons is recommended pending repair.',
     "What's the bridge's official identifier in that inspection report?",
     'In the inspection report, the Millrace Viaduct is listed under structure number',
     ['BR-0582']),
    ('4. Resuspend the pellet in 500 µL lysis buffer (50 mM Tris-HCl pH 8.0, 150 mM NaCl, 1% Triton X-100).\n'
     '5. Incubate on ice for 30 min, vortexing every 10 min.\n6. Centrifuge at 14,000 × g for 15 min at 4 °C; '
     'transfer supernatant to a fresh tube.',
     "How hard do I need to spin the lysate after it's been sitting on ice?",
     'After the incubation on ice, the protocol has you centrifuge the sample at',
     ['14,000 × g', '14,000']),
    ('2019 Oct 22, 03:15 UT. Seeing 3/5, transparency good. 200 mm Newtonian, 9 mm eyepiece (133x). Comet '
     "C/2019 K7 seen as a diffuse patch, est. mag 10.8, faint tail ~6' in PA 290. Neighbor's floodlight off at "
     '03:40.',
     'How bright did the observer judge the comet to be that night?',
     "The observer estimated the comet's brightness at magnitude",
     ['10.8']),
    ('Borehole GH-12, sited 2.3 km NE of Tarrow Farm, penetrated weathered granodiorite from 6.4 m to 18.7 m, '
     'below which fresh rock continued to a final depth of 42.0 m. Groundwater was struck at 11.2 m and rose '
     'to 8.9 m within 20 minutes.',
     'At what depth did the drill first hit water in that hole near the farm?',
     'In borehole GH-12, water was first encountered at a depth of',
     ['11.2 m', '11.2']),
]
OTHER21_ABSENT = [
    ('What was the name of the landlady who ran the Anchor, where Hal was sent?', 'chat', 0),
    ('What was the name of the ship Dessa Kuloh was navigating?', 'chat', 1),
    ('What did the hardware store on Decatur Street sell as its best-selling item?', 'chat', 7),
    ('Which hotel did the travel writer stay at in Tashkurgan?', 'chat', 8),
    ("What's the wingspan of the Pale-throated Warbler?", 'chat', 11),
    ('Which engineer signed off on the Millrace Viaduct inspection?', 'chat', 12),
    ('The monthly rent for the rooms on Calle Esmeralda came to', 'completion', 6),
    ('The comet observations were made from an observing site in the town of', 'completion', 14),
]
OTHER22 = [
    ('Your follow-up appointment with Dr. Ilse Marchetti (Dermatology) is booked for Thursday 14 March at '
     '10:40 in Room 3.12 of the Kingsmere Clinic. Please arrive fifteen minutes early and bring your referral '
     'letter.',
     'What time is my dermatology follow-up with Dr. Marchetti?',
     'The dermatology follow-up with Dr. Marchetti starts at',
     ['10:40']),
    ('Rx #4471902 | AMOXICILLIN 500MG CAPS | Take 1 capsule three times daily for 7 days | Qty: 21 | Refills: '
     '0 | Prescriber: Dr. P. Okafor | Hollis Street Pharmacy',
     "What's the prescription number printed on my amoxicillin bottle?",
     'The amoxicillin prescription is filed under number',
     ['Rx #4471902', '#4471902', '4471902']),
    ('Booking reference: QZ7R4K\nProperty: Hotel Albarella, Lisbon\nCheck-in: 22 May / Check-out: 26 May\n'
     'Room: Superior double, breakfast included',
     "What's the confirmation code for my stay at the Lisbon hotel?",
     'The Hotel Albarella reservation can be looked up with the code',
     ['QZ7R4K']),
    ("[Ticket #88213] Agent Maribel: Thanks for your patience. I've issued a refund of $64.18 to the Visa "
     'ending 3390; it should show up within 5-7 business days.',
     'How much money did the support agent say she was sending back to my card?',
     "The amount Maribel credited back to the customer's Visa was",
     ['$64.18', '64.18']),
    ('[09:17] Nordvia Air: Flight NV 412 to Tromso now departs from gate C27. Boarding begins 09:55. Reply '
     'STOP to opt out.',
     'Which gate is the Tromso flight leaving from now?',
     'Passengers on NV 412 were told to go to',
     ['gate C27', 'C27']),
    ('Claim number HLX-2024-55817 has been opened for the emergency room visit on 3 August. The adjuster '
     'assigned to your file is Teodor Vasquez, who will contact you within ten working days.',
     'Who is handling my insurance claim for the ER visit?',
     'The adjuster in charge of the emergency room claim is',
     ['Teodor Vasquez', 'Vasquez']),
    ('"Your seat\'s been moved on the Madrid leg," the gate agent said, tapping at her screen. "You\'re now in '
     '31F, a window, just behind the exit row."',
     'What seat did the gate agent put me in for the Madrid flight?',
     "After the reassignment, the traveller's new seat on the Madrid leg was",
     ['31F']),
    ('PHARMACIE DU PONT - 2x Doliprane 1000mg 4.36 EUR, 1x Biafine 186g 7.90 EUR - TOTAL 16.62 EUR - Paid by '
     'card **** 1207 - Merci de votre visite',
     'What did I pay altogether at the Pharmacie du Pont?',
     'The full bill at Pharmacie du Pont came to',
     ['16.62 EUR', '16.62']),
    ('Dear Ms. Adeyemi, owing to a crew shortage your connecting flight from Doha has been rebooked onto '
     'Kestrel Air KH 9081, departing at 23:15 on 9 October. Your baggage will be transferred automatically.',
     "Which flight number did they move Ms. Adeyemi's Doha connection to?",
     "Ms. Adeyemi's onward flight out of Doha was changed to",
     ['Kestrel Air KH 9081', 'KH 9081', '9081']),
    ('Your room at the Pinecrest Lodge will be ready from 3 p.m. If you arrive after 10 p.m., the keypad code '
     'for the side entrance is 4-8-1-6#.',
     "What's the code to get in the Pinecrest side door late at night?",
     'To open the Pinecrest side entrance after ten in the evening, guests type',
     ['4-8-1-6#', '4-8-1-6']),
    ('| 12 Apr | Vaccination clinic | Hepatitis A (dose 2) | Lot no. HA-7731B | Nurse R. Lindqvist | left '
     'deltoid |',
     'What was the batch number of my second hep A shot?',
     'The second Hepatitis A dose was drawn from batch',
     ['HA-7731B']),
    ('Patient: Jonas Ferreira\nProcedure: colonoscopy\nDate: 17 June 2025\nFasting from: midnight\nEscort '
     'required: yes',
     'When is Jonas scheduled for his colonoscopy?',
     'Jonas Ferreira is due to undergo his colonoscopy on',
     ['17 June 2025', '17 June']),
    ('Chat transcript, 14:02 - Agent Dev: Good news, the replacement router has been dispatched via Parcelwing '
     'Express and should reach you by Friday. No need to return the old unit.',
     'Which delivery company is bringing my new router?',
     'The replacement router is being delivered by',
     ['Parcelwing Express', 'Parcelwing']),
    ('Rental agreement RA-30921: pick-up at Keflavik Airport, Desk 4. The car must be brought back by 18:00 on '
     '2 September to the Reykjavik city office on Skeifan 9.',
     'Where do I have to drop off the rental car?',
     'Under agreement RA-30921 the vehicle is to be returned to',
     ['the Reykjavik city office on Skeifan 9', 'Reykjavik city office on Skeifan 9', 'Skeifan 9']),
    ('Ventorin inhaler: take 2 puffs every 4 hours as needed, not exceeding 8 puffs in 24 hours. Refill '
     'authorised until 30 November.',
     "What's the most puffs of the Ventorin inhaler I'm allowed in a day?",
     'The daily maximum for the Ventorin inhaler is',
     ['8 puffs', '8']),
    ('Under the Brightwell Silver plan, physiotherapy sessions are reimbursed at 70% once the $250 annual '
     'deductible is met, up to 20 sessions per calendar year.',
     'What share of physio costs does my Brightwell Silver plan pay back?',
     'Once the deductible is met, Brightwell Silver reimburses physiotherapy at',
     ['70%', '70']),
]
OTHER22_ABSENT = [
    ('What seat number was I assigned on Nordvia flight NV 412 to Tromso?', 'chat', 4),
    ("What's the phone number of Hollis Street Pharmacy?", 'chat', 1),
    ('How much does a night at Hotel Albarella in Lisbon cost?', 'chat', 2),
    ('What was the total billed amount on my ER insurance claim?', 'chat', 5),
    ('Which room number is reserved for me at the Pinecrest Lodge?', 'chat', 9),
    ("What's the tracking number for the replacement router shipment?", 'chat', 12),
    ('The daily rental rate charged under agreement RA-30921 was', 'completion', 13),
    ("Jonas Ferreira's colonoscopy will be performed by Dr.", 'completion', 11),
]
OTHER23 = [
    ('Timetable, Year 9 Set 3 — Tuesday: Period 2 Chemistry with Mr. Halloran in Lab C7; Period 3 French in '
     'Room 21; lunch from 12:40.',
     "Which room is Year 9 Set 3's Tuesday chemistry lesson in?",
     'On Tuesdays, Year 9 Set 3 have chemistry in',
     ['Lab C7', 'C7']),
    ('Brackenford Rovers beat Eastmoor Athletic 3-1 on Saturday. Tomasz Wilk headed the winner in the 78th '
     'minute, after Eastmoor had equalised just before half-time.',
     'When in the game did Brackenford Rovers score their decisive goal against Eastmoor?',
     "Tomasz Wilk's header that settled the Eastmoor game came in the",
     ['78th minute', '78th', '78']),
    ('Pos 4 | Harlow Vale Netball Club | P 14 | W 9 | D 1 | L 4 | GD +37 | Pts 28',
     'How many points does Harlow Vale Netball Club have in the standings?',
     "In the league standings, Harlow Vale Netball Club's points total is",
     ['28']),
    ('Round 5, board 2: Imogen Falk (White) beat Darius Okoye in 41 moves. The opening was a Caro-Kann Advance '
     'Variation, and Okoye resigned after losing the exchange.',
     'What opening did Falk and Okoye play in their fifth-round game?',
     'In the round five game between Falk and Okoye, the players chose the',
     ['Caro-Kann Advance Variation', 'Caro-Kann Advance', 'Caro-Kann']),
    ('Thurs 6 Mar — 8 x 400 m reps on the track, averaged 71 seconds per rep. Coach Ferris wants sub-70 by '
     'April. Left calf tight afterwards.',
     'What was my average time on the 400m repeats in the 6 March session?',
     'In the 6 March track session, each 400 m repetition took on average',
     ['71 seconds', '71']),
    ('Lab notebook, expt 12: titration of unknown HCl against 0.10 M NaOH; mean titre 23.45 cm³ from three '
     'concordant runs. Burette rinsed twice before use.',
     'What average volume was recorded from the concordant titrations in experiment 12?',
     'Averaged over its concordant runs, experiment 12 gave a titre of',
     ['23.45 cm³', '23.45']),
    ('Field notes, 14 May, Corrow Marsh transect B: 17 great crested newts counted in pitfall traps; water '
     'temperature 12.8 °C at 07:15, light drizzle.',
     'How warm was the water during the Corrow Marsh transect B survey?',
     'On the Corrow Marsh transect B survey, the water measured',
     ['12.8 °C', '12.8']),
    ('Ammonite (Dactylioceras commune), Early Jurassic, about 180 million years old. Found at Saltwick Bay in '
     '1897 by collector Edith Marwood. Accession no. GM.1923.441.',
     "What's the catalogue number of the Dactylioceras ammonite on display?",
     'The Dactylioceras ammonite is catalogued under the number',
     ['GM.1923.441', '1923.441']),
    ('Quiz night results: The Quizzly Bears finished first on 47 points, two clear of Les Quizerables, so the '
     'tiebreak question was never needed.',
     'Which team came top at the quiz night?',
     'First place at the quiz night went to the team called',
     ['The Quizzly Bears', 'Quizzly Bears']),
    ('"Did Coach Ramsay move practice?" asked Priya. "Yeah, it\'s Wednesday at 4:45 now, on the back pitch, '
     'not Thursday," said Leon.',
     'What time does the rescheduled practice start, according to Leon?',
     'Leon told Priya that the moved practice now begins at',
     ['4:45']),
    ("Note for cover teacher: 8R's history essays on the Corn Laws are due Friday 21 November. Please collect "
     'them and leave them in pigeonhole 36; no extensions without checking with Ms. Adeyemi.',
     'When do 8R have to hand in their Corn Laws essays?',
     "The deadline for 8R's Corn Laws essays is",
     ['Friday 21 November', '21 November']),
    ('• Under-14 cup semi-final moved: now at Pellingham Leisure Centre, Court 3\n• Kit: navy away strip\n• '
     'Minibus leaves school at 8:10',
     "Where is the under-14 semi-final being played now that it's been relocated?",
     'The under-14 cup semi-final will now be held at',
     ['Pellingham Leisure Centre, Court 3', 'Pellingham Leisure Centre', 'Pellingham']),
    ('Scrabble club log, 3 Feb: Agnes Threlkeld laid QUIXOTIC across two triple-word squares for 365 points, '
     "still the club's highest single move.",
     "How many points did Agnes Threlkeld's record Scrabble play score?",
     "Agnes Threlkeld's club-record Scrabble move was worth",
     ['365 points', '365']),
    ('Pendulum investigation (group 4): with a string length of 0.80 m, ten swings took 17.9 s, giving a '
     'period of 1.79 s.',
     'How long was the string group 4 used in their pendulum experiment?',
     "For the pendulum investigation, group 4's string was",
     ['0.80 m', '0.80']),
    ('Against Ashcombe Grammar, the first XI posted 212 for 7; opener Ravi Mendonca top-scored with 88 before '
     'being caught at slip.',
     'Who made the most runs for the first XI against Ashcombe Grammar?',
     "The first XI's leading run-scorer against Ashcombe Grammar was",
     ['Ravi Mendonca', 'Mendonca']),
    ('"How\'d the doubles go?" asked Freya. "Lost the first game, then Sam and I took the next two — 21-18 in '
     'the decider," Ellis said, still out of breath.',
     "What was the score in the final game of Ellis and Sam's doubles match?",
     'Ellis and Sam won the deciding game of their doubles match',
     ['21-18']),
]
OTHER23_ABSENT = [
    ('How many spectators attended the Brackenford Rovers against Eastmoor Athletic match?', 'chat', 1),
    ("What is Imogen Falk's chess rating?", 'chat', 3),
    ('What concentration did the unknown HCl in experiment 12 turn out to be?', 'chat', 5),
    ('How much does the Dactylioceras ammonite on display weigh?', 'chat', 7),
    ('Who was the quizmaster at the quiz night?', 'chat', 8),
    ('How many wickets did Ashcombe Grammar lose when they batted?', 'chat', 14),
    ("The name of the cover teacher taking 8R's history lesson is", 'completion', 10),
    ("Harlow Vale Netball Club's head coach is", 'completion', 2),
]
OTHER24 = [
    ('Postmortem INC-4471: the checkout outage lasted 47 minutes, from 02:13 to 03:00 UTC, after a bad feature '
     'flag rollout hit roughly 12% of EU traffic.',
     'How long were customers unable to check out during incident INC-4471?',
     'The INC-4471 checkout incident kept customers from paying for a total of',
     ['47 minutes', '47']),
    ('redis-cache:\n  host: cache-03.internal\n  port: 6380\n  maxmemory: 2gb\n  eviction: allkeys-lru',
     'Which port is the redis-cache service listening on?',
     'Clients connect to the redis-cache service on port',
     ['6380']),
    ('commit 9f3c2e1\nAuthor: Priya Ramanathan\n\n    Bump openssl to 3.0.13 to patch CVE-2024-0727; also pin '
     'libcurl at 8.5.0.',
     'What OpenSSL version did Priya upgrade the project to?',
     "In Priya's commit, the OpenSSL dependency was raised to version",
     ['3.0.13']),
    ('2024-03-18T04:52:09Z ERROR payments-worker-7 db connection pool exhausted (max=48, waiting=113); last '
     'successful query 38s ago',
     "What's the maximum size of the payments worker's database connection pool?",
     'The database connection pool on payments-worker-7 is capped at',
     ['48']),
    ('Handover note, Friday: pager rotation passes from Tomasz Kowalczyk to Aiyana Redcloud at 18:00 CET; '
     'Tomasz still owns open ticket OPS-2290 about disk alerts on db-west-2.',
     'Who is taking over the on-call pager from Tomasz?',
     'From Friday evening onward, the engineer carrying the on-call pager is',
     ['Aiyana Redcloud', 'Redcloud']),
    ('STRIPE_WEBHOOK_TIMEOUT_MS=7500\nSENTRY_ENV=staging\nFEATURE_BULK_EXPORT=false',
     'What timeout, in milliseconds, is configured for Stripe webhooks in the env file?',
     'Stripe webhook calls are configured to give up after a number of milliseconds equal to',
     ['7500']),
    ('Migration 0142_split_user_addresses ran against prod on 2024-05-09 and took 3h 12m; it copies rows into '
     'the new user_addresses table and must not be rolled back after 0143 lands.',
     "Which migration can't be reverted once 0143 has been applied?",
     'The migration that is unsafe to undo after 0143 is deployed is called',
     ['0142_split_user_addresses', '0142']),
    ('GET /v2/invoices/{id} - Returns a single invoice. Rate limited to 120 requests per minute per API key; '
     'responses are cached for 30 seconds.',
     'How many calls per minute can a single API key make to the invoice lookup endpoint?',
     'Each API key is allowed to query the single-invoice endpoint at most',
     ['120 requests per minute', '120']),
    ('[10:42] dana: which box is running the nightly backup now?\n[10:43] lukas: moved it to bkp-nyc-07 last '
     'week, the old one (bkp-nyc-02) had a dying RAID card',
     'What host handles the nightly backups these days?',
     'These days the nightly backup job executes on the machine',
     ['bkp-nyc-07']),
    ('- v4.8.0: The CSV exporter now streams rows instead of buffering, cutting peak memory on 1M-row exports '
     'from 3.1 GB to 410 MB.',
     'After the streaming change, how much memory does exporting a million rows peak at?',
     'With the streaming exporter, a one-million-row export now tops out at about',
     ['410 MB', '410']),
    ('# NOTE(kenji): retry budget is 5 attempts with exponential backoff starting at 250ms; do not raise it, '
     'the upstream ledger API bans clients after 20 failures/min.',
     "What's the initial delay before the first retry in Kenji's backoff logic?",
     'The exponential backoff in the ledger retry code begins with a wait of',
     ['250ms', '250']),
    ('# edge-proxy.toml\n[server]\nbind = "0.0.0.0"\nworkers = 12\ntls_cert = "/etc/ssl/edge/fullchain.pem"',
     'Where on disk does the edge proxy load its TLS certificate from?',
     'The edge proxy reads its TLS certificate from the file',
     ['/etc/ssl/edge/fullchain.pem', 'fullchain.pem']),
    ('Root cause (INC-5012): an expired intermediate certificate on internal load balancer lb-int-4; detection '
     'took 22 minutes because the synthetic check only hit the public endpoint.',
     'What was the underlying reason for incident INC-5012?',
     'INC-5012 was ultimately caused by an',
     ['expired intermediate certificate', 'intermediate cert']),
    ('| eu-central | k8s 1.28.7 | 42 nodes | owner: Fatima Al-Sayed | next upgrade: 2024-07-15 |',
     'When is the eu-central cluster scheduled for its next Kubernetes upgrade?',
     "The eu-central cluster's upcoming upgrade is planned for",
     ['2024-07-15']),
    ('Maintenance window for the billing Postgres primary is every Sunday at 03:30 UTC; expect up to 90 '
     'seconds of write unavailability during failover to pg-billing-b.',
     'What time does the weekly maintenance on the billing database kick off?',
     'Each week, maintenance on the billing Postgres primary starts at',
     ['03:30 UTC', '03:30']),
    ("Support macro: if the mobile app shows error code E-7319, the user's refresh token was revoked; tell "
     'them to sign out and back in. E-7320 means the device clock is skewed.',
     "Which error code does the mobile app display when someone's refresh token has been revoked?",
     "When a user's refresh token is revoked, the mobile app reports error",
     ['E-7319', '7319']),
]
OTHER24_ABSENT = [
    ('Who was the incident commander during INC-4471?', 'chat', 0),
    ('What password does the redis-cache service require?', 'chat', 1),
    ("Who was on call right before Tomasz Kowalczyk's shift?", 'chat', 4),
    ('How many rows did migration 0142 copy into the user_addresses table?', 'chat', 6),
    ('How long are the nightly backups retained on bkp-nyc-07?', 'chat', 8),
    ('How many nodes does the us-east Kubernetes cluster have?', 'chat', 13),
    ('The rate limit for creating invoices via POST /v2/invoices is', 'completion', 7),
    ('The weekly maintenance window for the analytics ClickHouse cluster begins at', 'completion', 14),
]
OTHER25 = [
    ("[Sat 19:42] Aunt Bev: Right, all sorted for Grandad's 80th! Table for 11 at The Old Mill in Hexham, "
     "Sunday the 14th, 1pm. I've put down a £60 deposit so everyone owes me about a fiver.",
     "Where did Aunt Bev book for Grandad's eightieth birthday lunch?",
     "For Grandad's 80th, Aunt Bev reserved a table at",
     ['The Old Mill in Hexham', 'The Old Mill']),
    ('Dear Ms Okafor, I write to give notice that from 1 April the monthly rent for Flat 3, 27 Carrow Road '
     'will increase from £875 to £940. Your deposit of £1,010 remains protected with the DPS. Yours sincerely, '
     'J. Marsh',
     "After the landlord's increase kicks in, how much will I be paying for the flat every month?",
     'Once the new rate applies in April, the monthly rent on Flat 3 will be',
     ['£940', '940']),
    ('Account no. 4471 2290 18 | Electricity, 12 Jun - 11 Sep | Units used: 964 kWh | Standing charge: 53.2p '
     'per day | Amount due: £312.67 by 2 October',
     'How much electricity did we actually get through over the summer, going by the bill?',
     "For the June to September period, the household's electricity consumption came to",
     ['964 kWh', '964']),
    ("Nana Rose's Parkin: 225g medium oatmeal, 110g self-raising flour, 110g black treacle, 55g golden syrup, "
     '2 tsp ground ginger. Bake at 140C for an hour and a quarter, then keep in a tin for three days before '
     'cutting.',
     "How much oatmeal do I need for Nana's parkin?",
     "Nana Rose's parkin recipe calls for an oatmeal quantity of",
     ['225g', '225']),
    ('Year 4 visit to the Eden Project, Thursday 22 May. The coach leaves school at 7:45am sharp and returns '
     'at approximately 5:30pm. Cost £18.50 per child, payable on ParentPay by 9 May.',
     'What time do I need to have my daughter at school for the coach on the Eden Project trip?',
     'On the morning of the Year 4 Eden Project outing, the coach sets off from school at',
     ['7:45am', '7:45']),
    ('14/03/2023 - Full service, Dobson & Reid Motors, Leek. Odometer reading: 48,310 miles. Oil and filter, '
     'air filter and front brake pads replaced. Invoice DR-55817, total £386.40.',
     'How many miles were on the car when it went in for its full service last March?',
     'When the car had its full service at Dobson & Reid in March 2023, the mileage recorded was',
     ['48,310 miles', '48,310']),
    ('03 NOV   DD   HALCYON LEISURE MEMBERSHIP      -42.99      BAL 1,187.35',
     'How much is the gym taking out of my account each month by direct debit?',
     'The Halcyon Leisure membership direct debit on my November statement was for',
     ['£42.99', '42.99']),
    ('April 9th. Dry and bright at last. Marked out the new bed by the shed, 3.6 metres long and 1.2 wide, and '
     'sowed two rows of Kelvedon Wonder peas. Saw the first swallow over the allotment at ten past six.',
     'How long is the new vegetable bed I dug next to the shed?',
     'According to the garden diary, the new bed beside the shed measures in length',
     ['3.6 metres', '3.6']),
    ('Mr and Mrs Alan Penrose request the pleasure of your company at the marriage of their daughter Clara to '
     "Mr Tomasz Wojcik at St Winifred's Church, Holywell, on Saturday the seventh of September at half past "
     'two, and afterwards at the Riverside Hotel.',
     'Which church is cousin Clara getting married in?',
     'Clara Penrose and Tomasz Wojcik will be married at',
     ["St Winifred's Church, Holywell", "St Winifred's Church", 'Winifred']),
    ('Jess - thanks so much for tonight! Oscar to bed by 7:30, Mia by 8. No screens after 7 please. The '
     "burglar alarm code is 6058, press the tick after. Dr Lamb's out-of-hours number is on the fridge. Back "
     'by 11, Priya & Tom x',
     'What number does the babysitter punch in to set our house alarm?',
     'The note left for Jess gives the burglar alarm code as',
     ['6058']),
    ("Hiya, it's Derek at no. 14. I've taken in a DPD parcel for you, it's in my porch. If I'm out, the spare "
     "key's under the blue pot. My mobile's 07700 914 362 if you need me, back Thursday.",
     "What's the mobile number for Derek next door?",
     'If I need to get hold of Derek from number 14, I can call him on',
     ['07700 914 362', '914 362']),
    ('I, WALTER ERNEST LUND of Saxmundham, GIVE my oak longcase clock together with the sum of two thousand '
     'pounds (GBP 2,000) to my niece Harriet Mary Lund, and I GIVE my stamp collection to the Aldeburgh '
     'Philatelic Society absolutely.',
     'Who did Great-Uncle Walter leave his grandfather clock to?',
     "Under the terms of Walter Lund's will, the oak longcase clock goes to",
     ['Harriet Mary Lund', 'Harriet']),
    ('My dearest Edith, the crossing was rough and I was sick as a dog for a fortnight, but we docked at '
     'Fremantle on the 3rd of March and I have found lodgings with a Mrs Pryce at eleven shillings a week. '
     'Kiss the little ones for me. Your loving Albert',
     "Which port did Great-Grandad Albert's ship arrive at, according to his letter to Edith?",
     'Albert wrote to Edith that after the rough crossing his ship docked at',
     ['Fremantle']),
    ('Tuesday 2nd Feb 1954. Snow again, the lane is blocked. Father sold the Hereford heifer at Ludlow market '
     'for £38 10s, which he says is daylight robbery. Mother has started knitting for the new baby.',
     'How much did Father get for the heifer at Ludlow?',
     'In February 1954 the Hereford heifer was sold at market for',
     ['£38 10s', '£38']),
    ('Home insurance | Policy HH-3302-7781-K | Buildings & contents | Renewal date: 28 August 2025 | Annual '
     'premium: £463.90 | Voluntary excess: £250',
     'When is our house insurance due for renewal?',
     'The buildings and contents policy comes up for renewal on',
     ['28 August 2025', '28 August']),
    ('"Did you ever ring about the boiler?" Mum asked. "Yes, Brightwater Heating are sending a chap called '
     'Gary on Wednesday between ten and twelve," said Dad. "He reckons the part\'s about ninety quid."',
     'Which firm is Dad getting in to look at the boiler?',
     'The company sending Gary round on Wednesday to fix the boiler is',
     ['Brightwater Heating', 'Brightwater']),
]
OTHER25_ABSENT = [
    ("What's the phone number for the garage in Leek that serviced my car?", 'chat', 5),
    ('When does my tenancy agreement on the Carrow Road flat come to an end?', 'chat', 1),
    ("What's the dress code for Clara's wedding?", 'chat', 8),
    ('In his will, Walter Ernest Lund appointed as his executor', 'completion', 11),
    ('What did the family end up naming the new baby in 1954?', 'chat', 13),
    ("What's the sort code for the account the gym membership comes out of?", 'chat', 6),
    ('The name of the ship that carried Albert out to Australia was', 'completion', 12),
    ('How many parent helpers does the school need for the Eden Project trip?', 'chat', 4),
]
OTHER26 = [
    ('Baptisms, 1783. March 14th -- Eliza, daughter of Thomas Hebden, weaver, and Mary his wife, of Lumb Foot; '
     'sponsors John Platt and Ann Greaves. By me, Samuel Oddie, curate.',
     'In that 1783 baptism record for little Eliza, who is named as her father?',
     'The father of the infant Eliza christened in March 1783 was',
     ['Thomas Hebden', 'Hebden']),
    ('Log of the brig Margaret Ann, 3rd June 1841. At 6 a.m. sounded in 23 fathoms, sandy bottom; wind WSW, '
     'fresh breeze; Start Point bearing N by E about 9 leagues. Two hands sick.',
     'How deep was the water when the Margaret Ann took a sounding early on 3 June 1841?',
     'When the brig Margaret Ann sounded at dawn on 3 June 1841, the depth of water recorded was',
     ['23 fathoms', '23']),
    ('My dear Harriet, -- The carrier brought your parcel safe on Tuesday. Father has at last sold the grey '
     'mare to Mr Ashworth of Clitheroe for eleven guineas, which he says is two more than she is worth, and we '
     'are to have a new roof on the dairy before Michaelmas.',
     'What price did the grey mare fetch when father let Mr Ashworth have her?',
     'According to the letter to Harriet, the grey mare went to Mr Ashworth for',
     ['eleven guineas', 'eleven']),
    ('At the Borough Police Court on Monday, before Mr J. Haworth and Alderman Nuttall, Patrick Doyle, 34, '
     'labourer, was charged with stealing two brass taps from the Victoria Mill. The Bench sentenced him to 21 '
     "days' imprisonment with hard labour.",
     'How long did Patrick Doyle get locked up for pinching the brass taps from Victoria Mill?',
     'For the theft of the brass taps, the magistrates gave Patrick Doyle a term of',
     ['21 days', '21']),
    ('Object: Copper-alloy harness pendant, enamelled. Find-spot: Low Burrow Farm, ploughsoil. Date: 2nd '
     'century AD. Acc. no.: 1937.114.22. Donor: Miss E. Fothergill.',
     "What's the museum's catalogue number for that enamelled harness pendant from Low Burrow Farm?",
     'The enamelled harness pendant found at Low Burrow Farm is registered in the collection as item',
     ['1937.114.22']),
    ('From the stile, bear left along the wall and climb steadily for about a mile to the summit cairn of Crag '
     'Fell, 523 metres above sea level, from which Ennerdale Water lies spread out below. Descend by the '
     'forestry track, reaching the car park after 4 km.',
     'How high is the top of Crag Fell?',
     'The summit cairn of Crag Fell stands at an altitude of',
     ['523 metres', '523']),
    ('Windermere dep 09:31 | Staveley 09:37 | Kendal 09:48 | Oxenholme arr 09:55 (SO -- change at Oxenholme '
     'for Lancaster 10:22)',
     'On the Saturday-only train out of Windermere, what time does it stop at Kendal?',
     'On that Saturdays-only service from Windermere, the train calls at Kendal at',
     ['09:48']),
    ('Minute 47/23 -- Village Hall roof. Resolved that the tender of Pennine Roofing Ltd in the sum of £6,840 '
     'be accepted (proposed Cllr Briggs, seconded Cllr Oates; carried 6-2). The matter to be reviewed at the '
     'next meeting on Tuesday 9 April.',
     'When is the parish council going to look at the village hall roof again?',
     'The village hall roofing job is due to come back before the council at its next meeting on',
     ['Tuesday 9 April', '9 April']),
    ('HALLIWELL, Margaret (Peggy), peacefully at Brookside Nursing Home on 2nd February, aged 94. Born in '
     "Kirkcudbright, she taught infants at St Mary's School for thirty-one years. Widow of Frank; mother of "
     'Anne and David.',
     'Where was Peggy Halliwell originally from?',
     "Margaret 'Peggy' Halliwell's birthplace was",
     ['Kirkcudbright']),
    ('The star of the evening at The Old Forge was a starter of smoked eel with pickled beetroot and '
     'horseradish cream (£9.50); the lamb that followed was competent but underseasoned, and the treacle tart '
     'came stone cold.',
     'Which dish did the critic rate as the highlight of their dinner at The Old Forge?',
     "The standout plate of the reviewer's meal at The Old Forge was",
     ['smoked eel with pickled beetroot and horseradish cream', 'smoked eel']),
    ('Station: Moor House | Date: 14 Oct 1987 | Max 11.2 °C | Min 4.8 °C | Rainfall 38.6 mm | Gust 62 kn SW',
     'How much rain came down at Moor House on 14 October 1987?',
     'The precipitation total logged at the Moor House station on 14 October 1987 was',
     ['38.6 mm', '38.6']),
    ('"What was the dog called, the one at the farm?" I asked. Gran laughed. "Biscuit. Your grandad wanted '
     'Captain, but your mother was six and she won."',
     'What name did the farm dog end up with, according to Gran?',
     'The dog Gran kept at the farm was named',
     ['Biscuit']),
    ('Aug. 29th 1911. Very close & still. Walked to Hollins with Edith after tea; counted 47 swallows on the '
     'telegraph wire by the level crossing, more than I have ever seen. Post late again.',
     'In the 1911 diary, how many swallows were sitting on the wire near the level crossing?',
     'On 29 August 1911 the diarist tallied a total of',
     ['47 swallows', '47']),
    ('Benmore is reached by the little ferry from Port Askaig, after which there is nothing for it but to '
     "walk. I spent three nights at the Drovers' Rest, a low whitewashed inn whose landlady, Mrs Currie, "
     'served porridge with salt and would hear no argument.',
     'Which inn did the travel writer put up at on Benmore?',
     'During those three nights on Benmore, the writer lodged at',
     ["the Drovers' Rest", "Drovers' Rest"]),
    ("The clock tower on Market Place was built in 1887 to mark Queen Victoria's Golden Jubilee, at a cost of "
     '£1,200 raised by public subscription. Volunteers from the civic society hope to have its chimes working '
     'again by Easter.',
     'When was the Market Place clock tower put up?',
     'The Market Place clock tower was erected in the year',
     ['1887']),
    ('Name: Duncan McRae. Age: 28. Occupation: shepherd. From: Glenelg, Inverness-shire. Vessel: Hercules. '
     'Sailed: Campbeltown, 26 Dec 1852. Destination: Adelaide.',
     'Which ship did Duncan McRae emigrate on?',
     'Duncan McRae, the shepherd from Glenelg, made the voyage to Australia aboard the',
     ['Hercules']),
]
OTHER26_ABSENT = [
    ('In what year were Thomas Hebden and his wife Mary married?', 'chat', 0),
    ('Who was the mill foreman that caught Patrick Doyle with the brass taps?', 'chat', 3),
    ('What is the name of the car park where the Crag Fell walk begins?', 'chat', 5),
    ("Peggy Halliwell's late husband Frank worked for most of his life as a", 'completion', 8),
    ('How much did the whole dinner at The Old Forge cost the reviewer in total?', 'chat', 9),
    ('How many hours of sunshine were recorded at Moor House on 14 October 1987?', 'chat', 10),
    ('Who was the architect that designed the Market Place clock tower?', 'chat', 14),
    ('The emigrant ship Hercules finally arrived at Adelaide on', 'completion', 15),
]
OTHER27 = [
    ('PO-44817 - Supplier: Hartwell Fasteners Ltd. Item: M8 stainless hex bolts, qty 3,600 units at £0.14 '
     'each; requested delivery 12 March, deliver to Goods In, Gate 2.',
     'How many of the M8 bolts did we order from Hartwell on that PO?',
     'The number of M8 stainless hex bolts ordered on PO-44817 was',
     ['3,600 units', '3,600']),
    ('Quote from Brennock Packaging, valid 30 days: 5,000 kraft mailer boxes (300 x 220 x 80 mm) at a total of '
     '€2,875.00 excluding VAT, plus a one-off tooling charge of €180.',
     'What did Brennock want for the 5,000 kraft mailers, before tax?',
     "Before VAT, Brennock Packaging's price for the batch of 5,000 kraft mailer boxes came to",
     ['€2,875.00', '2,875.00']),
    ('Container MSKU 7730215 | 48 pallets | gross weight 18,420 kg | port of loading Rotterdam | ETA '
     'Felixstowe 9 Oct',
     'How heavy is container MSKU 7730215 all in?',
     'The total loaded mass recorded for container MSKU 7730215 is',
     ['18,420 kg', '18,420']),
    ("Grand opening! Pemberton's Deli at 14 Castle Row opens its doors on Saturday 5 April at 8:30am - the "
     'first 50 customers get a free coffee.',
     'When is the new deli on Castle Row having its launch day?',
     "Pemberton's Deli on Castle Row will first welcome customers on",
     ['Saturday 5 April', '5 April']),
    ('Model: AquaPure X40 countertop filter\nFlow rate: 2.2 litres per minute\nCartridge life: 6 months\nMax. '
     'operating pressure: 6.5 bar',
     'How fast does water come through the AquaPure X40?',
     'The AquaPure X40 countertop filter delivers water at',
     ['2.2 litres per minute', '2.2 litres', '2.2']),
    ('• ACTION: Priyanka Desai to send the revised pricing deck to Calloway Foods by Thursday noon (Tom Reyes '
     'to review the margins first).',
     "Who's on the hook for getting the updated price deck over to Calloway?",
     'The person responsible for sending Calloway Foods the new pricing deck is',
     ['Priyanka Desai']),
    ('[09:42] Marcus Oyelaran: just closed the Fernhill Hotels deal! three-year contract, annual value '
     '$148,500 - Dana, can you set up the kickoff for next week?',
     'How much per year is the Fernhill Hotels contract worth?',
     "Each year, Marcus's newly signed Fernhill Hotels deal brings in",
     ['$148,500', '148,500']),
    ('INV-20931 line 3: SKU TRK-5520-BLK, heavy-duty hand truck, 4 @ $212.00, line total $848.00.',
     "What's the product code for the hand trucks on invoice 20931?",
     'On INV-20931, the heavy-duty hand truck carries the item code',
     ['TRK-5520-BLK']),
    ('Warehouse Team Leader, Daventry site. £31,750 per annum plus shift allowance, 4 on / 4 off pattern. '
     'Applications close at 5pm on 28 February; send your CV to Northgate Logistics recruitment.',
     "What's the deadline to apply for the Daventry warehouse team leader job?",
     'Anyone wanting the Daventry Team Leader role must get their application in by',
     ['5pm on 28 February', '28 February']),
    ("Clause 7.2: The Tenant shall pay a service charge equal to 12.5% of the Landlord's annual building "
     'costs, payable quarterly in advance; the rent review falls on the fifth anniversary of the Term '
     'Commencement Date.',
     'What share of the building costs does the tenant have to cover under the lease?',
     "Under clause 7.2, the tenant's contribution to the landlord's yearly building costs is",
     ['12.5%', '12.5']),
    ('Stock-take, Bay C, 31 Jan: A4 copier paper - system 412, counted 397 reams; toner TN-247 - system 36, '
     'counted 36.',
     'How many reams of A4 did they physically find in Bay C at stock-take?',
     'At the Bay C stock-take, the physical tally of A4 copier paper came to',
     ['397 reams', '397']),
    ('Helen Marsh wrote that order #KB-66102 arrived with a cracked slow-cooker lid. Our reply: "Sorry, Helen '
     '- please call our returns team on 0161 496 0732 and we\'ll dispatch a replacement within 2 working days."',
     'What number should Helen ring about her broken slow cooker?',
     'To arrange the slow cooker swap, Helen was told to phone',
     ['0161 496 0732']),
    ('Hi Raj, just confirming the booth at ExpoTech Birmingham is booked - stand H47, 6m x 4m, setup from 7am '
     'on the 14th. Cheers, Olivia',
     'How big is our stand at ExpoTech?',
     'The floor dimensions of the booth reserved at ExpoTech Birmingham are',
     ['6m x 4m']),
    ('Following the tender, the cleaning contract for all six branches was awarded to Brightwell Facility '
     'Services, beating Sparkle Pro and CleanCo on price.',
     'Which firm won the cleaning tender for the branches?',
     'The company that secured the six-branch cleaning deal was',
     ['Brightwell Facility Services', 'Brightwell']),
    ('Terms agreed with Oakridge Timber: payment net 45 days from invoice, 2% early-settlement discount if '
     'paid within 10 days, minimum order £500.',
     "How long do we have to settle Oakridge Timber's invoices?",
     "The standard period we're given to pay Oakridge Timber is",
     ['net 45 days', '45 days']),
    ('Courier cut-off reminder: orders placed before 3:15pm ship same day from the Leicester warehouse; '
     'Saturday orders go out Monday.',
     "What's the latest time I can order for same-day dispatch from Leicester?",
     'For an order to leave the Leicester warehouse the same day, it has to be in before',
     ['3:15pm']),
]
OTHER27_ABSENT = [
    ('Which carrier is delivering PO-44817 from Hartwell Fasteners?', 'chat', 0),
    ('What seal number is on container MSKU 7730215?', 'chat', 2),
    ('The AquaPure X40 countertop filter weighs', 'completion', 4),
    ('When does the Fernhill Hotels contract start?', 'chat', 6),
    ('Who is the hiring manager for the Daventry warehouse team leader role?', 'chat', 8),
    ('How much is the security deposit under the lease with clause 7.2?', 'chat', 9),
    ('The total cost of the ExpoTech Birmingham stand was', 'completion', 12),
    ('What delivery lead time does Oakridge Timber quote?', 'chat', 14),
]
OTHER28 = [
    ('Note to self: Declan the plumber is coming Thursday between 8 and 10, not Friday. The boiler display was '
     'flashing E119 again last night, so tell him that before he starts poking around.',
     'What error code was the boiler showing that I need to pass on to the plumber?',
     'The fault code flashing on the boiler display, which I meant to tell Declan about, was',
     ['E119']),
    ("Packing list, Lisbon trip: 3 passports, 2 adapter plugs, Milo's inhaler, factor 50 sun cream, and 7 "
     'pairs of socks each because the apartment has no washing machine.',
     'For the Lisbon trip, how many pairs of socks was each of us supposed to bring?',
     'Because the Lisbon flat had no washer, the packing list said to take, per person,',
     ['7 pairs of socks', '7 pairs', '7']),
    ('Gym log, Tue 4 March: squat 5x5 at 82.5 kg, bench 3x8 at 60 kg, rowed 2,000 m in 8:14. Felt heavy, slept '
     'badly.',
     'What weight was I squatting for my sets on that Tuesday in early March?',
     'According to the gym log for Tuesday 4 March, my squat sets were done with',
     ['82.5 kg', '82.5']),
    ("Dr Okafor's advice (written down so I don't forget): one 250 mg naproxen tablet twice a day with food "
     'for ten days, never more than 500 mg in a day, and go back if the knee is still swollen after 3 weeks.',
     "What's the most naproxen the doctor said I could take in a single day?",
     'Dr Okafor told me my total daily naproxen must never go above',
     ['500 mg', '500']),
    ("[Voice memo, 07:42] Okay, so, the storage unit -- it's number 318 at the Kestrel Road place, the gate "
     'code is 4471 then hash, and the padlock key is on the blue fob, not the red one.',
     'What do I need to punch in to get through the gate at the storage site?',
     'To open the entrance gate at the Kestrel Road storage place you key in',
     ['4471']),
    ("Gran (Sun 18:05): Tell your mother the church fete has moved to the 21st of June, and I've put you down "
     'for the tombola stall, love. Bring the folding table and the 2 cash tins.',
     'When is the church fete happening now, according to what Gran texted?',
     'Gran messaged to say the church fete had been rescheduled for the',
     ['21st of June', '21st']),
    ("My cousin Priya, 11:03: flight lands at Gatwick North at 16:50, can you grab me?? I'm on the BA one from "
     "Catania, not the easyJet, and I've only got 1 bag.",
     "What time is my cousin's plane getting in at Gatwick?",
     "Priya's flight from Catania is due to touch down at",
     ['16:50']),
    ("Auntie Bola's jollof, as she dictated it over the phone: 3 cups of rice, 6 plum tomatoes, 2 red peppers, "
     "1 scotch bonnet, and a good handful of thyme. Let the bottom catch for 4 minutes at the end -- that's "
     'the party taste.',
     "How many tomatoes go into Auntie Bola's jollof rice?",
     'For her jollof, Auntie Bola says to blend in',
     ['6 plum tomatoes', '6']),
    ("Birthdays to remember -- Uncle Ray: 2 Feb; Jess (Tom's wife): 11 Sept; Grandad Pete: 30 Oct; little "
     'Noor: 9 May, turning 5.',
     "When is Tom's wife's birthday?",
     'On my list of birthdays, Jess, who is married to Tom, has hers on',
     ['11 Sept', '11']),
    ('Car share from September: Martin drives Mon/Wed, I do Tue/Thu, and we alternate Fridays. I give him 18 '
     'quid a week for petrol, and he collects me from the Co-op car park on Dalby Lane at 7:35.',
     'Where does Martin pick me up for our car share?',
     "For the car share, Martin's collection point for me is",
     ['the Co-op car park on Dalby Lane', 'Co-op car park on Dalby Lane', 'Dalby Lane']),
    ('Landlord (Mr Haddad), 09:12: Hi, the gas safety engineer is coming Wed 12th between 1 and 3pm. His name '
     "is Gareth, he'll ring 07700 914238 if he's running late.",
     "What number will the gas engineer call me from if he's delayed?",
     'If Gareth is running behind for the gas safety check, he will phone from',
     ['07700 914238']),
    ('Diary, 14 Oct. Walked the whole ridge with Hannah today, 11.6 miles from the bothy to Coire Dubh, and it '
     'only rained for the last hour. Saw three red deer near the loch.',
     'How far was the ridge walk Hannah and I did in October?',
     'The ridge hike from the bothy to Coire Dubh with Hannah covered',
     ['11.6 miles', '11.6']),
    ('From the Harbourside Chess Club newsletter: our new treasurer is Imelda Grantham, taking over from Vic, '
     'who served eleven years. Subs stay at 40 pounds for adults and 15 for juniors.',
     'Who took over the money side of things at the chess club?',
     "The Harbourside Chess Club's newly appointed treasurer is",
     ['Imelda Grantham', 'Grantham']),
    ("Vet | Paws & Co, Fenwick St | Biscuit's booster jab | Fri 10:20 | ref PC-7713 | £62.40",
     "How much is Biscuit's booster vaccination going to cost?",
     "The bill for Biscuit's booster at Paws & Co comes to",
     ['£62.40', '62.40']),
    ('"What\'s the wifi at yours again?" "It\'s BlueHeron_22, all one word, capital B and H," said Uncle Stan. '
     '"The router\'s behind the telly if it drops out."',
     "What's the Wi-Fi password at Uncle Stan's place?",
     "To get online at Uncle Stan's house you type the password",
     ['BlueHeron_22']),
    ("Reminder: Ella's school pick-up password this term is 'orange kite' -- Mrs Dunmore won't let her go with "
     "anyone who can't say it. Gate closes at 3:20, room 4 on Wednesdays.",
     "What's the safe word I have to give to collect Ella from school?",
     'Whoever collects Ella from school this term has to tell Mrs Dunmore the phrase',
     ['orange kite']),
]
OTHER28_ABSENT = [
    ('How much is Declan the plumber charging for the boiler callout?', 'chat', 0),
    ("What's the name of the storage company on Kestrel Road?", 'chat', 4),
    ("What's the flight number of Priya's plane from Catania?", 'chat', 6),
    ("When is Auntie Lorna's birthday?", 'chat', 8),
    ('How much are the chess club subs for seniors over 65?', 'chat', 12),
    ('What did I bench press on Thursday 6 March?', 'chat', 2),
    ('Gareth, the gas safety engineer, has the surname', 'completion', 10),
    ("Auntie Bola's jollof is finished in the oven at a temperature of", 'completion', 7),
]
OTHER29 = [
    ('TXM-4410 3-axis accelerometer. VDD supply range: 1.71 V to 3.6 V. Quiescent current: 4.2 µA typical (ODR '
     '12.5 Hz). Package: QFN-24, 4 mm x 4 mm.',
     'How much current does the TXM-4410 accelerometer draw when idle?',
     'The typical quiescent current of the TXM-4410 accelerometer is',
     ['4.2 µA', '4.2']),
    ('4.3. A client MUST retransmit the HELLO frame if no ACK arrives within an initial timeout of 1200 '
     'milliseconds, doubling the interval on each retry up to a maximum of 5 attempts. Servers SHOULD discard '
     'frames whose hop count exceeds 16.',
     'Per the spec, how long does a client wait before first resending the HELLO frame?',
     'Before its first retransmission of the HELLO frame, a client waits',
     ['1200 milliseconds', '1200']),
    ('Step 7. Incubate the plates at 37 °C for 18 hours, then centrifuge the pooled cultures at 4,000 x g for '
     '10 minutes and discard the supernatant.',
     'In step 7 of the protocol, at what speed are the pooled cultures spun down?',
     'In step 7, the pooled cultures are centrifuged at',
     ['4,000 x g', '4,000']),
    ('Bug #88217 (severity: critical): segfault in the PNG decoder when a single IDAT chunk exceeds 2 GB. '
     'First reported by Marguerite Okonkwo-Hale on the dev mailing list; reproduced on builds 3.1 and 3.2.',
     'Who was the first person to report the PNG decoder segfault, bug #88217?',
     'Bug #88217, the PNG decoder segfault, was first reported by',
     ['Marguerite Okonkwo-Hale', 'Okonkwo-Hale']),
    ('[[package]]\nname = "quillstream"\nversion = "2.13.4"\nsource = '
     '"registry+https://packages.example.org/index"',
     'Which release of quillstream is pinned in the lockfile?',
     'The lockfile pins the quillstream package at version',
     ['2.13.4']),
    ('| Halcyon-50 | batch 256 | 3,412 img/s | 71.8% top-1 | 212 W |',
     'What top-1 accuracy did Halcyon-50 reach in the benchmark table?',
     'In the benchmark table, the Halcyon-50 model scored a top-1 accuracy of',
     ['71.8% top-1', '71.8%', '71.8']),
    ('During the second funding year, the project (award DEB-2291047) supported 14 graduate students and '
     'produced 9 peer-reviewed papers, with total expenditures of $412,300 against a budget of $450,000.',
     'How many grad students did award DEB-2291047 fund in its second year?',
     'In its second year, award DEB-2291047 supported a total of',
     ['14 graduate students', '14']),
    ('3. The apparatus of claim 1, wherein the heat sink comprises a plurality of copper fins spaced at a '
     'pitch of 1.8 millimeters and bonded to a graphite spreader.',
     'In claim 3 of the patent, what are the copper fins of the heat sink attached to?',
     "According to claim 3, the heat sink's copper fins are bonded to",
     ['a graphite spreader', 'graphite spreader', 'graphite']),
    ('2023-10-14 02:47 UT -- M57, 18-inch Dob at 220x, seeing 3/5. Central star glimpsed intermittently with '
     'averted vision. Naked-eye limiting magnitude 6.1.',
     'What was the faintest naked-eye magnitude noted during the M57 observation?',
     'During the M57 session, the naked-eye limiting magnitude was',
     ['6.1']),
    ('Outcrop GR-12: interbedded sandstone and mudstone, bedding strike 047°, dip 32° to the SE. Collected '
     'samples GR-12a through GR-12d for zircon dating.',
     'How steeply do the beds at outcrop GR-12 incline?',
     'The bedding at outcrop GR-12 dips at',
     ['32° to the SE', '32°', '32']),
    ('Vexoprazine | 0.15 mg/kg IV | q8h | max 12 mg/day | reduce by 50% if CrCl < 30 mL/min',
     "What's the highest daily amount of Vexoprazine allowed in the dosing table?",
     'The maximum daily dose of Vexoprazine is',
     ['12 mg/day', '12 mg', '12']),
    ('Item 4.2: The working group voted 11-3 (2 abstentions) to adopt a clock-skew tolerance of ±50 ppm for '
     'draft 0.9. Chair Henrik Valdemarsson will circulate the ballot by 30 June 2024.',
     'By when is the chair supposed to send out the ballot on draft 0.9?',
     'Henrik Valdemarsson is due to circulate the draft 0.9 ballot by',
     ['30 June 2024', '30 June']),
    ('Priya: Did the cryostat hold overnight?\nTomasz: Yes, base temperature stayed at 11 mK, though the '
     'helium level dropped to 38% by morning.',
     'According to Tomasz, what base temperature did the cryostat maintain overnight?',
     'Overnight, the cryostat held a base temperature of',
     ['11 mK', '11']),
    ('max_connections = 480    # raised from 300 after the March load test\nshared_buffers = 8GB\nwork_mem = '
     '64MB',
     "What is the database's connection limit set to in the config?",
     'In the configuration, the maximum number of connections is set to',
     ['480']),
    ('The calibration reference samples were supplied by the Instituto de Metrología de Valparaíso; '
     'traceability certificate No. CM-7712 remains valid through 2026.',
     'Which organization provided the calibration reference samples?',
     'The calibration reference samples came from the',
     ['Instituto de Metrología de Valparaíso', 'Valparaíso']),
    ('Firmware image fw-gatekeeper-r7 was signed with key ID 0x3F9A27C1 and flashed to 62 units at the Leeds '
     'site on the second shift.',
     'Which signing key identifier was used for the fw-gatekeeper-r7 firmware?',
     'The fw-gatekeeper-r7 firmware image was signed using key ID',
     ['0x3F9A27C1']),
]
OTHER29_ABSENT = [
    ('What operating temperature range is the TXM-4410 accelerometer rated for?', 'chat', 0),
    ('How many bytes long is the HELLO frame header in the spec?', 'chat', 1),
    ('Which release of the PNG decoder finally fixed bug #88217?', 'chat', 3),
    ('What inference latency did Halcyon-50 show at batch size 1?', 'chat', 5),
    ('What age did the zircon dating of the GR-12 samples give?', 'chat', 9),
    ('What is the oral bioavailability of Vexoprazine?', 'chat', 10),
    ("The cryostat's cooldown from room temperature to base took a total of", 'completion', 12),
    ('The firmware image fw-gatekeeper-r7 reports its build date as', 'completion', 15),
]
OTHER30 = [
    ('Clause 4.2 (Rent). The Tenant shall pay £1,185.00 per calendar month, due on the 3rd day of each month. '
     'The security deposit of £1,640.00 is held with Halden Deposit Protection under ref HDP-77214.',
     'How much do I owe the landlord every month under the flat tenancy?',
     'The monthly payment the tenant must make under the tenancy agreement is',
     ['£1,185.00', '1,185.00']),
    ('NOTICE OF HEARING. Case No. CV-2291-0483. The hearing is listed at Farrowdale County Court, Courtroom 6, '
     'on 14 March 2025 at 10:30 a.m. Time estimate: 45 minutes. Parties should attend 30 minutes early.',
     'What time is the court appointment actually scheduled to begin?',
     'The listed start time for the Farrowdale hearing is',
     ['10:30 a.m.', '10:30']),
    ('Dear Ms Okonjo, following the site inspection on 9 October, Wrenmoor District Council has approved your '
     'application for a dropped kerb outside 47 Tilbury Crescent, subject to a fee of £412. Your case officer '
     'is Declan Ashworth-Pyle.',
     'Who at the council is looking after the application to lower the pavement outside my house?',
     'The council employee assigned to the dropped kerb application is',
     ['Declan Ashworth-Pyle', 'Ashworth-Pyle']),
    ('| Section | Sum insured | Excess |\n| Buildings | £350,000 | £250 |\n| Contents | £62,500 | £150 |\n| '
     'Accidental damage | Included | £100 |',
     "What's the most the home policy would pay out for my belongings?",
     'The cover limit for household possessions on the policy is',
     ['£62,500', '62,500']),
    ('Box 17 Allowable expenses: 3,842.60\nBox 18 Net profit: 21,907.40\nBox 19 Class 4 NIC due: 1,314.45',
     'How much in deductible business costs was claimed on the self-employment return?',
     'The deductible business costs claimed on the tax return came to',
     ['3,842.60']),
    ('PERMIT TO WORK ON THE HIGHWAY\nPermit ref: WHP/25/08831\nLocation: Cinder Lane, junction with Moss Row\n'
     'Valid: 02/06/2025 to 13/06/2025\nPermitted hours: 09:30-15:30 Mon-Fri\nPromoter: Keldale Water Ltd',
     "What's the reference code on the roadworks authorisation for the water company's dig?",
     'The roadworks authorisation for the water company is referenced as',
     ['WHP/25/08831']),
    ('Reg. 12(3): No tenant shall keep more than 6 hens, and no cockerel, on any allotment plot of less than '
     '250 square metres; on larger plots the limit is 10 hens.',
     'How many chickens am I allowed on one of the smaller allotments?',
     'On an allotment under the size threshold, the maximum number of poultry a tenant may keep is',
     ['6 hens', '6']),
    ("Solicitor (R. Vantongeren): Completion is fixed for Friday 27 June. The buyer's 10% deposit is to be "
     'held by Marsh & Ilkley as stakeholder, not as agent.',
     'Which firm is looking after the deposit money on the house purchase?',
     'The house purchase deposit is being held as stakeholder by',
     ['Marsh & Ilkley']),
    ('2025-02-11 14:07:52 PLANNING-PORTAL INFO application=PA/2025/0419 status=VALIDATED '
     'consultation_end=2025-03-04 officer=jpenhallow',
     'When do neighbours have to get their objections in by for the planning application?',
     'The public consultation on the planning application closes on',
     ['2025-03-04']),
    ('tax_year: 2024-25\nreturn_deadline: 31-01-2026\npenalty_initial_gbp: 100\nlate_daily_gbp: 10\n'
     'max_daily_days: 90',
     'For how many days at most can the per-day charge for a late return keep building up?',
     'The daily late-filing penalty can run for a maximum number of days equal to',
     ['90']),
    ('RECEIPT: Harrowgate Land Registry Office\nOfficial copy of register: £7.00\nTitle plan: £7.00\nSearch of '
     'index map (SIM): £14.00\nTotal paid: £28.00 by card ending 4417',
     'What did I pay for the index map search at the land registry?',
     'The land registry charged for the map index search a fee of',
     ['£14.00', '14.00']),
    ('Note to file, 3 Apr: spoke to the loss adjuster, Priyanka Dellacourt, re claim CLM-40-66217 (burst pipe, '
     'kitchen). She will visit Tuesday between 8 and 12; have photos ready of the damaged skirting.',
     "Which bit of the kitchen does the insurer's assessor want pictures of?",
     'Before the adjuster comes, I need to photograph the damaged',
     ['skirting']),
    ("SECTION 7: NOTICE PERIOD\nEither party may terminate this agreement on not less than eight (8) weeks' "
     "written notice, save during the first 6 months (the Probationary Period), when one (1) week's notice "
     'applies.',
     'Once the trial period is over, how much warning do I have to give before leaving the job?',
     'After probation, to end the employment either side must give written notice of at least',
     ['eight (8) weeks', 'eight']),
    ('Your nearest household waste recycling centre is at Brackenhurst Quarry Road, open 08:00-17:00 (closed '
     'Wednesdays). A bulky-item collection costs £38 for up to 4 items.',
     "Where's the closest tip I can drive my rubbish to?",
     "The council's nearest recycling site is located at",
     ['Brackenhurst Quarry Road', 'Brackenhurst']),
    ('This Agreement is made on 19 August 2024 between (1) Tallowmere Freight Services Ltd (company no. '
     "08841267) (the 'Supplier') and (2) Oswin & Brace Logistics LLP (the 'Customer').",
     "What's the Companies House registration number of the business providing the services in that agreement?",
     'The supplier under the freight agreement is registered under company number',
     ['08841267']),
    ('Condition 5: The rear extension shall not exceed 3.6 metres in depth or 3.9 metres in eaves height, and '
     'external materials shall match the existing dwelling at 22 Pendle View.',
     'How far out from the back of the house is the new extension allowed to project?',
     'The approved rear extension may project from the house by no more than',
     ['3.6 metres', '3.6']),
]
OTHER30_ABSENT = [
    ("What is the tenant's full name on the flat tenancy with the £1,185.00 rent?", 'chat', 0),
    ('Which judge is hearing case CV-2291-0483 at Farrowdale County Court?', 'chat', 1),
    ('On what date did Ms Okonjo first submit her dropped kerb application to Wrenmoor District Council?', 'chat', 2),
    ('What is the annual premium for the home insurance policy with the £350,000 buildings cover?', 'chat', 3),
    ('What phone number should I ring to reach Keldale Water Ltd about the Cinder Lane roadworks?', 'chat', 5),
    ('What is the agreed purchase price for the house completing on Friday 27 June?', 'chat', 7),
    ('The total contract value agreed between Tallowmere Freight Services Ltd and Oswin & Brace Logistics LLP '
     'is', 'completion', 14),
    ('The planning permission for the rear extension at 22 Pendle View expires on', 'completion', 15),
]
OTHER31 = [
    ("'The clock in the study stopped at 11:42,' Inspector Halloran said, tapping the cracked glass. 'Yet the "
     "maid swears she heard the shot at a quarter past ten, and the vicar left the house at 9:50.'",
     'When the inspector looked at the broken timepiece in the study, what hour and minute was it frozen on?',
     'The hands of the stalled study clock were fixed at',
     ['11:42']),
    ('The Marguerite Vane cleared Port Essery on the ninth of Thornmonth with forty-one souls aboard and '
     'eleven barrels of lamp oil lashed below; Captain Orlo Pettigrew meant to reach the Cindermouth shoals '
     'before the first gale.',
     "How many people were on board when Pettigrew's ship left harbour?",
     'Counting everyone aboard, the ship sailed out of Port Essery carrying',
     ['forty-one souls', 'forty-one']),
    ('Grandmother Isolde left the orchard at Wrenhollow to Bertram, the silver to Cecily, and to young Tobias, '
     'who had never once visited her, the sum of £3,750 and the brass telescope.',
     'How much cash did the grandson who never came to see the old lady end up inheriting?',
     'In the will, the grandson who had never visited was bequeathed a sum of',
     ['£3,750', '3,750']),
    ("'The door beneath Kell's Tooth opens only to a spoken word,' the hermit told them. 'Not ember, not "
     "harrow; those are the traps. Say Vaelstrand, and say it only once.'",
     'According to the old recluse, what word do they have to say aloud to get in under the mountain?',
     "The one safe word that unseals the entrance under Kell's Tooth is",
     ['Vaelstrand']),
    ("From the logbook, in Pettigrew's cramped hand: '14th. Wind NNE, force 6. Glass at 29.42 and falling. "
     "Sounded 27 fathoms over sand. Bosun Merrow lashed for drunkenness.'",
     'What did the barometer read on the day the bosun was flogged?',
     'On the 14th the captain noted the pressure gauge standing at',
     ['29.42']),
    ("My dear Cecily, the wedding is fixed for Saturday the 17th of April at St. Aldric's in Lower Brancombe; "
     'Mother insists on lilies, Father on brevity. Your loving brother, Bertram.',
     'In which village is Bertram getting married?',
     "Bertram's marriage ceremony is to take place in the parish church of the village of",
     ["St. Aldric's in Lower Brancombe", 'Lower Brancombe']),
    ("Beneath the blotter Halloran found a pawn ticket: Mossgrave & Daughters, No. 7719-K, one gentleman's "
     'signet ring, advanced 4s. 6d., dated the third of March.',
     "What serial number was printed on the pawnbroker's slip hidden under the blotter?",
     'The ticket from the pawnshop under the blotter carried the number',
     ['7719-K']),
    ('What the company carried out of Duskmere:\n- Brannoc: the broken spear and a wheel of goat cheese\n- '
     'Ysolde: the map, the lantern, nine silver crowns\n- Fen: a lute with two strings and a stolen key',
     'Which member of the party had the lamp when they fled Duskmere?',
     'When the company left Duskmere, the person bearing the lantern was',
     ['Ysolde']),
    ("'How far to the lighthouse?' asked Perpetua. The ferryman spat over the gunwale. 'Six and a half miles "
     "by water, miss, twelve if you walk round by Gullet Head. Tide turns at ten past four.'",
     'If Perpetua went by boat rather than on foot, how far would she have to travel to reach the beacon tower?',
     'Rowing across rather than walking the headland, the distance to the lighthouse is',
     ['Six and a half miles', 'Six and a half']),
    ("Halloran copied the porter's register into his notebook:\n| Guest | Room | Returned |\n| Mr. Abernathy "
     'Crane | 12 | 10:05 p.m. |\n| Miss Lavinia Orr | 7 | 11:30 p.m. |\n| Colonel Stroud | 3 | did not return |',
     'Which room number was Lavinia Orr given at the hotel?',
     "According to the porter's book, Miss Orr was lodged in room number",
     ['7']),
    ('Cecily was born in the hard winter of 1881, the same year the mill burned; Bertram followed two years '
     'later, and Tobias not until 1890, by which time their father had gone grey.',
     'What year did the youngest of the three siblings come into the world?',
     'The last-born of the three children arrived in the year',
     ['1890']),
    ("Manifest, hold two: 140 bolts of indigo calico; 32 crates Ferrant's tinned mutton; 6 casks of Marrowby "
     "rum (purser's seal unbroken).",
     'How many boxes of canned meat were stowed in the second hold?',
     'Of preserved lamb, the second cargo hold contained',
     ['32 crates', '32']),
    ('The wyrm that nested under Ashfold had three names: the villagers called it Old Cinder, the priests '
     'called it the Unquiet, but its true name, the one Fen found carved into the bone-gate, was Morthagyl.',
     "What was the dragon's real name, the one engraved on the gate of bones?",
     'The secret name of the Ashfold beast, as cut into the bone-gate, was',
     ['Morthagyl']),
    ("Entry in Dunmore's poison book, in violet ink: 'Arsenic, 2 oz., sold to Mr. J. Tolliver, for rats. "
     "Signed J. T., witnessed P. Dunmore.' The date beside it read 29th January.",
     "Who does the chemist's register say bought the arsenic?",
     "The pharmacist's ledger records the purchaser of the poison as",
     ['Mr. J. Tolliver', 'J. Tolliver', 'Tolliver']),
    ("'You'll sign for the whole voyage,' said the mate, 'two pound ten a month and your grog, paid off at "
     "Halvering.' Tam studied the articles. The ship was the Gannet's Rest, bound for the Sallow Isles with a "
     'crew of nineteen.',
     'What wage was Tam offered for each month at sea?',
     "For every month aboard the Gannet's Rest, Tam would be paid",
     ['two pound ten a month', 'two pound ten']),
    ("Aunt Hesper's diary, 3 June: 'Planted the Lady Gwendolyn roses along the south wall, twenty-two bushes, "
     "9 shillings from Pell's nursery. Edmund says they'll never take.'",
     'Which variety of rose did Hesper put in by the south-facing wall?',
     'The kind of rose bushes Aunt Hesper set along the south wall was called',
     ['Lady Gwendolyn']),
]
OTHER31_ABSENT = [
    ('What time did the vicar arrive at the house on the night of the shooting?', 'chat', 0),
    ("What was Grandmother Isolde's maiden name?", 'chat', 2),
    ("At what time of day is the wedding at St. Aldric's due to begin?", 'chat', 5),
    ('What street is the Mossgrave & Daughters pawnshop on?', 'chat', 6),
    ('What time did Colonel Stroud go out of the hotel that evening?', 'chat', 9),
    ('How much did Mr. J. Tolliver pay Dunmore for the arsenic?', 'chat', 13),
    ('Captain Orlo Pettigrew was first given command of the Marguerite Vane in the year', 'completion', 1),
    ("The first mate who signed Tam aboard the Gannet's Rest was called", 'completion', 14),
]
OTHER32 = [
    ('From: Priya Halvorsen\nSubject: RE: Ostrand Logistics renewal\nLegal has agreed the redline: the renewal '
     'caps any rate increase at 3.5% per year, the term is 24 months, and the signature deadline is 14 '
     'November.',
     "Under the renewed Ostrand deal, what's the most the supplier can hike its prices each year?",
     'The yearly ceiling on price rises in the Ostrand Logistics renewal is',
     ['3.5%', '3.5']),
    ('[09:42] tomasz.rybka: heads up all — the staging DB migration has moved to Thursday 02:30 UTC, rollback '
     "window is 45 min. Ping #infra-ops if you're blocked.",
     'What time of night is the staging database move now kicking off?',
     'The rescheduled staging database migration starts at',
     ['02:30 UTC', '02:30']),
    ('Platform sync — minutes, 6 March\nAction items:\n- Wendeline Osei: draft the on-call rota by 13 March\n- '
     'Marek Vasquez: benchmark the cache layer\n- Aiko Brandt: book the offsite venue',
     'Who got the job of measuring how fast the caching tier performs?',
     'The person tasked with benchmarking the cache layer is',
     ['Marek Vasquez', 'Marek']),
    ('Event: Quarterly Business Review\nWhen: Tue 21 Oct, 14:00–15:30\nWhere: Room Kestrel, 4th floor, '
     'Harbourgate building\nDial-in: 0800 417 2290, PIN 88314#',
     'Which conference room has been reserved for the QBR session?',
     'The Quarterly Business Review will take place in',
     ['Room Kestrel', 'Kestrel']),
    ('HR update: Starting 1 January, the annual home-office stipend rises from £300 to £420 per employee. The '
     'wellness allowance stays at £150, and the cycle-to-work cap is unchanged.',
     'After the new year, how much will each staff member get per year to kit out their remote workspace?',
     'From January, the yearly allowance for home-office equipment will be',
     ['£420', '420']),
    ('| Workstream | Owner | RAG | Complete |\n| Data migration | Ilse Marquardt | Amber | 62% |\n| API '
     'gateway | Ruben Achterberg | Green | 88% |\n| Billing cutover | Sunniva Lake | Red | 35% |',
     'How far along is the switchover to the new invoicing system?',
     'The billing cutover workstream is currently at',
     ['35%', '35']),
    ('Lorenzo Pacheco (Teams, 11:07): Linking everything to the parent ticket INC-40917 for the root-cause '
     'write-up. The duplicates INC-40921 and INC-40933 are now closed.',
     "What's the reference of the main ticket that the outage post-mortem is attached to?",
     'The parent incident used for the root-cause analysis is',
     ['INC-40917', '40917']),
    ("Automatic reply: I'm out of the office until Monday 17 February with limited email access. For urgent "
     'payroll questions please contact Gwendolyn Achebe (ext. 4471); for IT access requests, contact Fenwick '
     'Oduya (ext. 4418).',
     "Which internal phone number should I ring about a pressing salary problem while she's away?",
     'For urgent payroll matters during the absence, dial',
     ['ext. 4471', '4471']),
    ('2024-09-12 08:15:03 [mailer] weekly-digest: delivered to 1,284 recipients; bounced: 37; deferred: 12; '
     'unsubscribes: 5',
     'How many copies of the internal weekly newsletter came back undeliverable?',
     'The number of weekly digest emails that bounced was',
     ['37']),
    ('# Chat workspace retention policy\nretention.public_channels: 540 days\nretention.private_channels: 365 '
     'days\nretention.direct_messages: 90 days\nretention.files: 730 days',
     "How long do messages posted in open channels stick around before they're purged?",
     'Messages in public channels are retained for',
     ['540 days', '540']),
    ("Halima: So are we still doing the launch party on the rooftop?\nDevon: No, it's moved to the Copperline "
     'Taproom on Wexley Street.\nHalima: And headcount is still 60?\nDevon: 65 now, with the contractors.',
     "Where's the product launch celebration being held now that the plan changed?",
     'The launch party has been relocated to',
     ['the Copperline Taproom on Wexley Street', 'Copperline Taproom']),
    ('Travel request TR-2291 — APPROVED\nDestination: Lisbon, 3 nights\nHotel budget: €165/night\nPer diem: '
     '€48\nApprover: Nadia Kowalczyk',
     "What's the maximum I can spend per night on lodging for the approved Lisbon trip?",
     'The nightly accommodation allowance for travel request TR-2291 is',
     ['€165', '165']),
    ('Sprint 42 retrospective\nFacilitator: Oskar Lindqvist\nNote-taker: Bea Ferreira\nTheme: handoffs\n'
     'Duration: 50 minutes',
     'What topic is the sprint 42 retro going to focus on?',
     'The focus theme chosen for the sprint 42 retrospective is',
     ['handoffs']),
    ('Subject: Office relocation — Dunmore team\nFrom 29 September the team sits on Floor 7 of the Alder Quay '
     'building. Desks are numbered D7-01 to D7-48, and parking permits switch to code AQ-P3.',
     'After the Dunmore team moves, what code will their car park passes carry?',
     'Following the relocation, the new parking permit code is',
     ['AQ-P3']),
    ('Reminder: open enrolment for the 2025 benefits plan closes on 22 November at 17:00. The pension match '
     'rises to 6.5%, and dental cover moves to provider Brightwell.',
     "What's the final day to pick my benefits for next year?",
     'Enrolment for the 2025 benefits plan ends on',
     ['22 November']),
    ('Weekly status — Project Larkspur\nBurn rate: £38,200/week\nRemaining budget: £412,750\nForecast slip: '
     '1.5 weeks\nNext steering committee: 4 Dec',
     'How far behind schedule is Larkspur currently expected to finish?',
     'The projected delay for Project Larkspur is',
     ['1.5 weeks', '1.5']),
]
OTHER32_ABSENT = [
    ('Who at Ostrand Logistics is going to countersign the renewal contract?', 'chat', 0),
    ('Who sent the calendar invite for the Quarterly Business Review?', 'chat', 3),
    ('By how much is the learning and development budget going up in January?', 'chat', 4),
    ("What is Fenwick Oduya's job title?", 'chat', 7),
    ('Which airline is the Lisbon trip under TR-2291 booked with?', 'chat', 11),
    ("What's the street address of the Alder Quay building?", 'chat', 13),
    ('The next Project Larkspur steering committee will be held in the room called', 'completion', 15),
    ('Before it was moved, the staging DB migration was originally scheduled for', 'completion', 1),
]
OTHER33 = [
    ('Listing: Harrowgate Canvas Weekender Bag | Colour: Moss Green | Capacity: 38 L | Weight: 1.4 kg | Price: '
     '£84.50 | Seller: Tidewick Goods',
     'How much can the Harrowgate weekender hold, volume-wise?',
     'The Harrowgate holdall has a carrying volume of',
     ['38 L', '38']),
    ('★★★★☆ Ingrid Vasquel, 14 March 2024: "The Pemberly espresso grinder is quiet, but the hopper cracked '
     'after 11 weeks. Support in Leuven sent a replacement within 6 days."',
     "In Ingrid's review, how long did the grinder's bean container survive before it broke?",
     "According to Ingrid, the Pemberly's bean hopper gave out after",
     ['11 weeks', '11']),
    ('Order #KV-58213-T confirmed on 2 October 2024. Items: 2 × Larchmont wool socks (£9.00 each), 1 × Fenwick '
     'beanie (£14.75). Subtotal £32.75, delivery £3.99, total £36.74.',
     'What did the socks-and-beanie purchase cost me altogether once postage was added?',
     'With postage included, the Larchmont socks and Fenwick beanie order came to',
     ['£36.74', '36.74']),
    ('2024-11-07 16:42 | Parcel QX4471902GB | Out for delivery | Depot: Ashby Cross sorting hub | Driver: '
     'Tomasz Reyl | ETA window 17:30–19:00',
     'Which facility did parcel QX4471902GB leave from on its final leg?',
     'The last-mile run for parcel QX4471902GB started at',
     ['Ashby Cross sorting hub', 'Ashby Cross']),
    ('Returns: Unworn footwear may be sent back within 45 days of delivery. Sale items: 14 days, store credit '
     'only. Restocking fee for opened electronics: 12%.',
     "If I send back a gadget I've already unboxed, what percentage gets deducted?",
     'For electronics that have been unsealed, the shop keeps a deduction of',
     ['12%', '12']),
    ('Coupon code: BRAMBLE-FALL25 — 25% off orders over $60, valid through 30 November 2024; excludes gift '
     'cards; limit one per customer.',
     'What do I type at checkout to get the autumn quarter-off discount?',
     'The promo string to enter for the autumn discount is',
     ['BRAMBLE-FALL25']),
    ("Buyer (dunmore_vik): Would you take £140 for the Solvane road bike?\nSeller (petra.oakes): Lowest I'll "
     "go is £165, and you'd collect from Wexcombe.\nBuyer (dunmore_vik): Deal, I can come Saturday.",
     'What was the least petra.oakes would accept for the bicycle?',
     "The seller's floor price for the Solvane was",
     ['£165', '165']),
    ('| SKU | Product | Stock | Warehouse |\n| TL-0932 | Quillon desk lamp | 214 | Marden Park |\n| TL-0933 | '
     'Quillon floor lamp | 57 | Corby East |',
     'How many of the standing Quillon lights are left in inventory?',
     'Units of the Quillon floor-standing model currently on hand:',
     ['57']),
    ('free_shipping_threshold_eur = 49.00\nexpress_surcharge_eur = 7.50\nmax_items_per_parcel = 12',
     'How much extra, in euros, does the store add for faster delivery?',
     'Choosing the speedy shipping option adds a charge in euros of',
     ['7.50']),
    ('HOLLOWAY & PIKE — Store 0417, Kettering\n1 x Ceramic pour-over set   £27.00\n1 x Filter papers (100)   '
     '£3.20\nPaid: Visa ****6614   Cashier: Marguerite\n12/08/2024 11:23',
     'Who rang up the pour-over set at the till in Kettering?',
     'The staff member who served the pour-over purchase was',
     ['Marguerite']),
    ('## Estimated dispatch\nMade-to-order oak shelves: 9–12 working days. In-stock walnut shelves: 2 working '
     'days. Everything ships from our Glenrothes workshop.',
     'How long until bespoke oak shelving leaves the workshop?',
     'Custom-built oak shelves are dispatched after',
     ['9–12 working days', '9–12']),
    ('Q: Does the Corvida rain jacket run small?\nA (Selby Outfitters staff, Jun 3): Yes, size up one; the '
     'chest on a Medium measures 104 cm, on a Large 111 cm.',
     "What's the chest measurement of the Corvida coat in a size M?",
     'A medium Corvida waterproof measures across the chest',
     ['104 cm', '104']),
    ('Your package from Ormsby Ceramics has been handed to Pellion Freight. It weighs 3.6 kg and is expected '
     'on Thursday 21 November. A signature is required on delivery.',
     'Which courier firm is carrying my Ormsby pottery order?',
     'The Ormsby Ceramics parcel is being transported by',
     ['Pellion Freight', 'Pellion']),
    ('Seller dashboard note — payout for week 46 scheduled for 19 Nov 2024; amount: €1,284.60 after 8.5% '
     'marketplace commission; account ending 3307.',
     'How much will land in my account for week 46 once the platform takes its cut?',
     'After the marketplace fee, the week 46 transfer amounts to',
     ['€1,284.60', '1,284.60']),
    ('- Gold tier: reached at 2,500 points; perks: free returns, early sale access\n- Platinum tier: reached '
     'at 6,000 points; perks: free next-day delivery, birthday voucher of £15',
     'What points balance do I need to reach Platinum status?',
     "Platinum membership unlocks once you've collected",
     ['6,000 points', '6,000']),
    ('[09:14] Support (Anouk): Your faulty kettle will be collected on 4 December between 08:00 and 12:00; the '
     'replacement ships once it reaches our Dunholm returns centre.\n[09:15] You: Can the courier leave the '
     'new one with a neighbour at no. 17?\n[09:16] Support (Anouk): Yes, noted on the booking.',
     'What day is the broken kettle being picked up?',
     'Pickup of the defective kettle is booked for',
     ['4 December']),
]
OTHER33_ABSENT = [
    ('How long is the shoulder strap on the Harrowgate Canvas Weekender Bag?', 'chat', 0),
    ('How many grind settings does the Pemberly espresso grinder have?', 'chat', 1),
    ('What phone number can I use to reach driver Tomasz Reyl about parcel QX4471902GB?', 'chat', 3),
    ('From what date could the BRAMBLE-FALL25 coupon first be used?', 'chat', 5),
    ('What model year is the Solvane road bike petra.oakes was selling?', 'chat', 6),
    ('The surname of Marguerite, the cashier at Holloway & Pike store 0417, is', 'completion', 9),
    ('What tracking number did Pellion Freight give the Ormsby Ceramics package?', 'chat', 12),
    ('The seller payout for week 47 is scheduled for', 'completion', 13),
]
OTHER34 = [
    ('2023-07-14 06:00 | STN WX-Harrowfield-07 | temp 11.8°C | RH 94% | wind SW 3.1 m/s | rain 0.0 mm',
     'How damp was the air at the Harrowfield weather station at six that morning?',
     "At 6 a.m. on 14 July the Harrowfield station's relative humidity stood at",
     ['94%', '94']),
    ("Sowed the 'Marlow Crimson' beetroot in bed 4 on 2 April; germination took 11 days, slower than the "
     "'Ellery Gold' chard in bed 6, which showed in 7.",
     'How long did the red beetroot take to come up after I sowed it?',
     'The Marlow Crimson seedlings broke the surface after',
     ['11 days', '11']),
    ("No. 4471 — Tomato 'Bramwell's Pride' — indeterminate, 70–75 days to harvest. Packet of 25 seeds £2.85; "
     '100 seeds £8.40; 250 seeds £17.90.',
     "What would the smallest pack of Bramwell's Pride tomato seed set me back?",
     "The cheapest packet of the Bramwell's Pride tomato costs",
     ['£2.85', '2.85']),
    ('Tamsin: "Counted 38 redshank on the mudflats at Cogger\'s Spit, plus two greenshank."\nOwen: "The '
     'spoonbill was still on the lagoon by the sluice at 16:20, then flew west."',
     'What time did Owen last see the spoonbill on the lagoon?',
     'Owen noted the spoonbill was still by the sluice at',
     ['16:20']),
    ('Sat 9 Sept — River Leddon, Wexley Bridge beat. Brown trout 1 lb 6 oz on a size 14 Partridge & Orange; '
     'grayling 14 oz on a Red Tag; water 12.5°C, falling.',
     'Which fly pattern did the brown trout take at Wexley Bridge?',
     'The trout from the Leddon was caught on a',
     ['size 14 Partridge & Orange', 'Partridge & Orange']),
    ('Incident ref: PR-2291-K\nRanger on duty: Colm Ardagh\nLocation: Tarnbeck Falls car park\nDetails: fallen '
     'ash blocking lower trail, cleared 14:45 with help from volunteer Ines Marr.',
     'Who was the warden on shift when the tree came down at Tarnbeck Falls?',
     'The ranger responsible for incident PR-2291-K was',
     ['Colm Ardagh', 'Ardagh']),
    ("| Field | Crop | Drilled | Seed rate | Yield |\n| Long Acre | winter barley 'Halden' | 28 Sep | 165 "
     'kg/ha | 7.4 t/ha |\n| Top Piece | oilseed rape | 22 Aug | 4 kg/ha | 3.9 t/ha |',
     'How many tonnes per hectare came off Long Acre?',
     'The barley in Long Acre yielded',
     ['7.4 t/ha', '7.4']),
    ('station_id = "KELBY-03"\nlogging_interval_s = 300\nrain_gauge_tip_mm = 0.254\nwind_vane_offset_deg = 12\n'
     'upload_host = "wx.kelbyfarm.net"',
     "How much rainfall does one flip of the Kelby gauge's bucket represent, in millimetres?",
     'Each tip of the tipping-bucket rain gauge at KELBY-03 counts as',
     ['0.254']),
    ("GREENLEAF NURSERIES, Pottery Lane\n3 x Hellebore 'Winter Dawn' @ £6.50 ..... £19.50\n1 x John Innes "
     'No.2, 25L ..... £7.25\nPaid by card 11/03/2024  Ref TXN-88214',
     'What did the hellebores come to altogether on that Greenleaf receipt?',
     'The line total for the three Winter Dawn plants was',
     ['£19.50', '19.50']),
    ('## Last frost (Orchard Row allotments, 2024)\n17 April — ground frost of -2°C, two degrees colder than '
     'forecast; first courgettes planted out 12 May.',
     'When was the final frosty morning of spring at the Orchard Row plots in 2024?',
     "The season's last frost at Orchard Row allotments came on",
     ['17 April']),
    ('[2024-06-02 07:12] Hive 3 inspected — queen seen, 9 frames brood, temper calm\n[2024-06-02 07:30] Hive 5 '
     'inspected — queen cells x4, split made into nuc N-12\n[2024-06-02 07:48] Hive 6 — fed 2L syrup',
     'What label was given to the small colony split off from hive five?',
     'The split taken from Hive 5 was put into',
     ['nuc N-12', 'N-12']),
    ('- Lesser whitethroat — heard only, hedgerow east of Fennimore Lane, 05:50\n- Cuckoo — first of year, '
     'calling from Ragwell Copse, 06:15\n- Hobby — 1 hunting over the reedbed, 19:40',
     "Where was the season's first cuckoo heard calling?",
     "This year's first cuckoo was calling from",
     ['Ragwell Copse']),
    ('Overnight low at the Dunmere ridge gauge: -6.3°C at 04:40; max gust 71 km/h from the NNW at 02:15; snow '
     'depth 9 cm by dawn.',
     'What was the strongest burst of wind recorded up on Dunmere ridge that night?',
     'The peak gust logged at the Dunmere ridge gauge reached',
     ['71 km/h', '71']),
    ("Sweet pepper 'Calloway Sun' (cat. SP-309): sow at 21–24°C, cover 6 mm deep, expect 92% germination; "
     'fruits ripen from green to tangerine.',
     "What colour does the Calloway Sun pepper turn once it's fully ripe?",
     'When mature, Calloway Sun fruits change from green to',
     ['tangerine']),
    ('Ranger Priya Solberg: "The bridleway closure at Hobcross Moor runs until 30 June. The Greyling footpath '
     'reopens on 3 June, and the ford stays shut all summer."',
     'Until what date is the horse trail across Hobcross Moor shut?',
     'According to Priya Solberg, the Hobcross Moor bridleway stays closed until',
     ['30 June']),
    ('Ewe tag UK0744182-00317 lambed 14 Mar, twins (ram lamb 4.6 kg, ewe lamb 3.9 kg); shepherd: Gwilym Rees; '
     'dam condition score 3.',
     'How heavy was the male twin born to ewe 00317?',
     'At birth the ram lamb weighed',
     ['4.6 kg', '4.6']),
]
OTHER34_ABSENT = [
    ("How much do 500 seeds of the Bramwell's Pride tomato cost?", 'chat', 2),
    ('What time was the fallen ash at Tarnbeck Falls first reported to Colm Ardagh?', 'chat', 5),
    ('Which member of staff served me at Greenleaf Nurseries when I bought the Winter Dawn hellebores?', 'chat', 8),
    ('What was the weather like when the first cuckoo was heard at Ragwell Copse?', 'chat', 11),
    ('What breed is the ewe that Gwilym Rees lambed on 14 March?', 'chat', 15),
    ('On what date was the Halden barley in Long Acre harvested?', 'chat', 6),
    ('The highest temperature recorded at the Harrowfield station on 14 July 2023 was', 'completion', 0),
    ("The 'Ellery Gold' chard was sown in bed 6 on", 'completion', 1),
]
OTHER35 = [
    ('Fri 14 Nov — The Marrow Foxes + support Gull Static | Doors 19:30, on stage 20:45 | The Tinderbox, '
     'Harrowgate Street | £16.50 adv / £19 door',
     'When will the headline band actually start playing at the Tinderbox that Friday?',
     'The Marrow Foxes are expected to begin their set at',
     ['20:45']),
    ("The Quillon Players revive 'A Lantern for Mrs Abery' at the Corran Street Playhouse from 3 to 18 March; "
     'running time is 2 hours 10 minutes including one interval. Directed by Fenella Oduya, designed by Tomas '
     'Reyland.',
     "Who is at the helm of the Quillon Players' Mrs Abery revival?",
     'The person steering the Corran Street production of the Mrs Abery play is',
     ['Fenella Oduya']),
    ("★★★½ — 'The Salt Orchard' (dir. Ines Calloway, 104 min). Calloway's slow-burn coastal drama is carried "
     'by Rafe Denholm as the estranged brother; cinematographer Petra Voss shoots the marshes in muted '
     'grey-greens.',
     'How long would I be sitting in the cinema for The Salt Orchard?',
     "The running length of Ines Calloway's coastal drama is",
     ['104 min', '104']),
    ('TIDEWRIGHT — Setup (3–5 players): Each player takes 4 harbour tiles and 7 coin tokens. The first player '
     'is whoever most recently sailed. In a 2-player game, remove all violet cargo cards before shuffling.',
     'In Tidewright, how much money does everyone begin the game with?',
     "At the start of Tidewright each player's purse holds",
     ['7 coin tokens', '7']),
    ('NEON PETREL — cabinet high scores\n| Rank | Player | Score | Stage | Date |\n| 1 | KESTRA | 1,482,300 | '
     '9-4 | 2024-02-11 |\n| 2 | BOWLINE | 1,209,750 | 8-2 | 2024-01-30 |\n| 3 | MOTH | 998,410 | 7-1 | '
     '2024-02-03 |',
     'On the Neon Petrel arcade machine, how many points did the runner-up rack up?',
     'The second-best total on the Neon Petrel leaderboard is',
     ['1,209,750']),
    ('Lidded jar with heron motif\nGlazed stoneware, c. 1760\nMade at the Brackwater kiln, Orrin Valley\nGift '
     'of Mrs Agatha Penhallow, 1931\nAcc. no. 1931.44.7',
     'Which pottery works produced the stoneware pot decorated with a heron?',
     'The heron-decorated jar was fired at',
     ['the Brackwater kiln', 'Brackwater kiln', 'Brackwater']),
    ('Title: Knots of the Northern Fleets / Author: Haldane, Corin / Call no.: 623.88 HAL / Barcode: 30118 '
     '00472 9915 / Due: 22/05/2024 / Renewals: 2 of 3 used',
     "What shelf mark should I look for to find Corin Haldane's book on sailors' knots?",
     'To locate the Haldane knot book on the shelves, look under',
     ['623.88 HAL', '623.88']),
    ("Rowan Ridge Cowl — Yarn: 2 skeins Fellbrook Aran (colour 'Peat Smoke', 180 m each). Needles: 5 mm "
     'circular, 60 cm. Cast on 132 sts and join in the round, taking care not to twist.',
     'How many loops go on the needle at the very beginning of the Rowan Ridge cowl?',
     'For the Rowan Ridge cowl you begin by casting on',
     ['132 sts', '132']),
    ('Tue 9 Apr — 45 min. Scales (B♭ major, G minor) at ♩=92. Bach Bourrée II: bars 17–32 clean at ♩=76, '
     'target 104. Note from Mrs Lindqvist: watch the shift in bar 24.',
     'What metronome speed am I ultimately aiming to play the Bourrée at?',
     "The eventual tempo goal for Bach's Bourrée II is",
     ['104']),
    ('MAEVE: Did you sort the tickets for Corvid Lantern?\nDEV: Yep, two standing. Booking ref is '
     "TKX-48821-QB, I paid £62 for both.\nMAEVE: Legend. Venue's the Old Ropeworks, right?",
     'What confirmation code did Dev get when he bought the Corvid Lantern tickets?',
     "Dev's reservation reference for the Corvid Lantern show is",
     ['TKX-48821-QB']),
    ('Game night log — Canopy, game 3 final scores: Hollis 87, Priya 94, Benedikt 79, Sunniva 91. Priya takes '
     'the series 2–1.',
     'Who finished bottom of the table in the third round of Canopy?',
     'The lowest scorer in the third Canopy game was',
     ['Benedikt']),
    ("screening_id: HFF-217\nfilm: 'Paper Moths'\nvenue: Screen 2, Alderbank Picturehouse\nstart: "
     '2024-10-19T18:15\nqa_guest: Yusuf Brennard (editor)',
     'Which auditorium is Paper Moths being shown in during the festival?',
     'The festival screening of Paper Moths takes place in',
     ['Screen 2, Alderbank Picturehouse', 'Screen 2']),
    ('Visitor notice: Gallery 6 (Textiles) closes at 16:00 on Thursdays for conservation work; all other '
     'galleries open until 17:30. The free guided tour of the Velmont Tapestries starts at the lion statue at '
     '11:15.',
     'Where do people gather for the no-charge walk-through of the Velmont Tapestries?',
     'The complimentary Velmont Tapestries tour sets off from',
     ['the lion statue', 'lion statue']),
    ("Harlow Cross Library — receipt\nItem: 'The Glass Cartographer' (DVD)\nReturned: 3 days late\nFine: "
     '£1.35\nPaid: cash\nMember no. HC-0093317',
     'How much was I charged for bringing The Glass Cartographer back overdue?',
     'The penalty paid for the late return of The Glass Cartographer was',
     ['£1.35', '1.35']),
    ('Patch 2.7.1 — Emberfall Tactics\n- Pike Warden: movement reduced from 4 to 3 tiles.\n- Ashcaller: Cinder '
     'Bolt cooldown 3 → 2 turns.\n- Fixed crash when loading saves from the Thornmarch campaign.',
     'After the latest balance update, how far can the Pike Warden travel in one go?',
     "Following the Emberfall Tactics update, the Pike Warden's movement range is",
     ['3 tiles', '3']),
    ("Ashby Community Choir — our spring concert 'Songs of the Estuary' is on Saturday 25 May at St Wenna's "
     'Church. Rehearsals move to Wednesday evenings from 1 May. Conductor: Ottilie Marchbank.',
     "When is the Ashby choir's spring performance taking place?",
     'Songs of the Estuary will be performed on',
     ['Saturday 25 May', '25 May']),
]
OTHER35_ABSENT = [
    ('What time is The Marrow Foxes gig at the Tinderbox expected to finish?', 'chat', 0),
    ("How much are tickets for the Quillon Players' 'A Lantern for Mrs Abery' at the Corran Street "
     'Playhouse?', 'chat', 1),
    ("Who composed the score for Ines Calloway's film The Salt Orchard?", 'chat', 2),
    ('The heron motif lidded jar from the Brackwater kiln stands at a height of', 'completion', 5),
    ("Which publisher brought out Corin Haldane's Knots of the Northern Fleets?", 'chat', 6),
    ('On what date is the Corvid Lantern gig at the Old Ropeworks?', 'chat', 9),
    ('The Glass Cartographer DVD borrowed from Harlow Cross Library was originally due back on', 'completion', 13),
    ("What time does the Ashby Community Choir's Songs of the Estuary concert begin?", 'chat', 15),
]
OTHER36 = [
    ('Rx No. 448-2917 | Patient: Morwenna Tredinnick | Drug: Felodrazine 5 mg tablets | Sig: one tablet twice '
     'daily with food | Qty: 56 | Repeats: 3 | Prescriber: Dr. Ansel Quarmby',
     'How many times can Morwenna get her Felodrazine refilled on that script?',
     "The number of refills allowed on Morwenna Tredinnick's Felodrazine prescription is",
     ['3']),
    ('Mr. Idris Penhallow was discharged from Ward 7B at Carrow Vale Hospital on 14 March 2024 after a 6-day '
     'admission for cellulitis of the left shin. District nurses will redress the wound every 48 hours; review '
     'at the Tuesday clinic on 2 April 2024.',
     'On what day was Idris allowed to go home from the hospital?',
     'Idris Penhallow left Carrow Vale and went home on',
     ['14 March 2024', '14 March']),
    ('2024-05-09 21:40 | Room 12 | Res: Mrs. Eulalie Fenwick | Fall in en-suite, found by carer Bronagh '
     'Teague, no head injury, BP 138/84, obs hourly until 02:00. Son (Lorcan) informed 22:05 by nurse Petra '
     'Vollmer.',
     'Which staff member came across Mrs Fenwick on the floor after her tumble?',
     'The care worker who discovered Eulalie Fenwick after she went down in her bathroom was',
     ['Bronagh Teague', 'Bronagh']),
    ('KESTLE ROW PHARMACY  01632 960 418\nAMOXITRAL 250mg/5ml ORAL SUSPENSION\nGive 7.5 ml three times a day '
     'for 7 days. Shake well. Discard 10 days after opening.\nPippa Hollinrake    Dispensed 03/10/24',
     "How much of the antibiotic liquid does Pippa get each time it's given?",
     "Each single dose of Pippa's Amoxitral mixture measures",
     ['7.5 ml', '7.5']),
    ('| Patient | Species | Weight | Vaccine | Batch | Next due |\n| Biscuit (Tremlett) | Canine, cocker '
     'spaniel | 13.8 kg | DHP + Lepto L4 | VX-30917 | 11 Feb 2025 |',
     "What lot number was on the jab the Tremletts' spaniel received?",
     'The vaccine lot code logged for Biscuit the dog was',
     ['VX-30917']),
    ('ALLERGY ALERT CARD\nName: Thaddeus Mowbray   DOB: 22/08/1957\nAllergen: Cefadroxane (anaphylaxis, 2019)\n'
     'Intolerance: Codralene (vomiting)\nCarries: adrenaline auto-injector 300 mcg',
     'Which medicine gave Thaddeus the life-threatening reaction?',
     'The drug that sent Thaddeus Mowbray into anaphylactic shock is',
     ['Cefadroxane']),
    ('Home exercise plan — Gwenllian Abery (R knee replacement)\n- Heel slides: 3 sets of 12, twice daily\n- '
     'Straight-leg raises: 2 sets of 15\n- Sit-to-stand from kitchen chair: 10 reps, hold rail\n- Walk with '
     'stick to postbox and back: 400 m daily',
     'What should Gwenllian be getting up from and sitting back down on for her standing practice?',
     'For her rise-from-sitting drill, Gwenllian is told to use the',
     ['kitchen chair']),
    ('Pharmacist (Osric): Your Coumaviran will be at the collection hatch after 4:15 pm on Thursday.\nMrs '
     'Delphine Arkwright: Not Wednesday?\nOsric: No, the wholesaler drops off Thursday at 11; we close at 6:30.',
     'What time can Delphine come and pick up her blood-thinner tablets?',
     "Delphine Arkwright's Coumaviran can be fetched from",
     ['after 4:15 pm', '4:15 pm', '4:15']),
    ('# pillbox.yaml (Nan\'s dispenser)\npatient: Hester Quilliam\nslots:\n  - {time: "08:00", med: Levorastin '
     '50 mcg}\n  - {time: "13:30", med: Paracetol 1 g}\n  - {time: "22:15", med: Somnadine 7.5 mg}\n'
     'alarm_volume: 6\nlow_stock_alert_at: 9',
     "At what hour does the pill machine drop out Hester's Somnadine?",
     "Hester Quilliam's automatic dispenser releases the Somnadine at",
     ['22:15']),
    ('BRACKENRIDGE MOBILITY & CARE\nPerching stool (height adj.)   £34.99\nGrab rail 450 mm x2            '
     '£27.00\nRaised toilet seat w/ lid      £41.50\nTOTAL                          £103.49\nPaid by card '
     '****7712  18/06/2024',
     'What did the elevated loo seat from Brackenridge cost?',
     'The price charged for the heightened WC seat was',
     ['£41.50', '41.50']),
    ('NEXT INR TEST — Mr. Caradoc Venning\nWednesday 17 July, 10:20, at home (Flat 3, Orchard Mews)\nTarget '
     'range 2.0–3.0 · last reading 3.4 on 10 July',
     "What did Caradoc's most recent clotting check come back as?",
     "Caradoc Venning's previous INR result was",
     ['3.4']),
    ('Handover, Larkspur House, night shift: Mr. Ambrose Kettleby refused his evening Memantrel; senior carer '
     'Farah Okonjo will retry at 07:00. Dietitian Ms. Ysolde Pruett visits Friday re: weight loss (now 58.2 '
     'kg, down from 61.0 kg).',
     "Who is the nutrition specialist coming to look at Ambrose's weight?",
     'The food-and-nutrition professional due to see Mr Kettleby on Friday is',
     ['Ms. Ysolde Pruett', 'Ysolde Pruett', 'Pruett']),
    ('Referral: continence service, Ravensmoor Health Centre, Unit 4 Tolley Road, Stainby (appointments '
     'Mondays only). Patient: Jocasta Wrenfield, long-term catheter 14 Ch, changed every 12 weeks by practice '
     'nurse.',
     "Which town is the clinic looking after Jocasta's catheter in?",
     'The continence clinic Jocasta Wrenfield was referred to is in the town of',
     ['Stainby']),
    ('Tabitha (DSH cat, 4.1 kg), owner Mr. Lysander Cobb: Renafel 2.5 mg once daily in wet food; recheck '
     'kidney bloods in 6 weeks. Repeat Rx #V-55821 signed by Imelda Rusk, Ashgrove Veterinary Surgery.',
     "How heavy is Lysander Cobb's cat?",
     'On the scales, Tabitha came in at',
     ['4.1 kg', '4.1']),
    ('Wound chart — Mrs. Noreen Ashdown, sacral pressure ulcer, grade 2 | 12 Aug: 3.2 cm x 1.9 cm | exudate: '
     'moderate, serous | periwound: macerated | dressing: Aquaflen foam, change every 3 days',
     "How did the nurse describe the skin surrounding Noreen's bedsore?",
     "The skin bordering Noreen Ashdown's sore on her lower back was recorded as",
     ['macerated']),
    ('Community Equipment Loan — Ref CEL/24/06631. Item: pressure-relieving air mattress (Alternacare 3). '
     'Delivered to 9 Gorse Close on 5 Sept; to arrange collection ring 0800 555 0147 quoting the loan ref.',
     'What code do I give when I phone to have the air bed taken away?',
     'When booking pickup of the inflatable mattress, the reference to quote is',
     ['CEL/24/06631']),
]
OTHER36_ABSENT = [
    ("On what date did Dr. Ansel Quarmby write Morwenna Tredinnick's Felodrazine prescription?", 'chat', 0),
    ("Which consultant was in charge of Idris Penhallow's care on Ward 7B?", 'chat', 1),
    ("What is Pippa Hollinrake's date of birth, as printed on her Amoxitral label?", 'chat', 3),
    ("How much did the Tremlett family pay for Biscuit's vaccination?", 'chat', 4),
    ('The Brackenridge Mobility & Care branch where the perching stool was bought is on', 'completion', 9),
    ('Which room is Ambrose Kettleby in at Larkspur House?', 'chat', 11),
    ('The telephone number for Imelda Rusk at Ashgrove Veterinary Surgery is', 'completion', 13),
    ('On what date is the Alternacare 3 air mattress due to be collected from 9 Gorse Close?', 'chat', 15),
]
OTHER37 = [
    ('Booking ref FJ-44817 | Sailing: Port Keldry → Ansholm, 14 Sep 07:40 | Vehicle: estate car, 4.9 m | '
     'Passengers: 2 adults, 1 child | Port fees £14.00 | Total £186.50',
     'What was the overall price I paid for the car ferry over to Ansholm?',
     'All in, the Port Keldry to Ansholm crossing came to',
     ['£186.50', '186.50']),
    ('Route 73B (weekdays) | Dep. Corvell Bus Station 06:12 | Harnwick Green 06:31 | Tilby Cross 06:48 | Arr. '
     'Mossfield Hospital 07:05',
     'If I catch the first 73B in the morning, when will it get me to Tilby Cross?',
     'The early 73B is timetabled to call at Tilby Cross at',
     ['06:48']),
    ('Delivery note DN-30952 — Driver: Tomasz Wierzbic. Pallets: 6 of 7 delivered, 1 short (to follow Tue). '
     'Received by: Orla Penhaligon, goods-in supervisor, 10:42.',
     'Whose signature is on DN-30952 for accepting the pallets at our end?',
     'The person who signed for the DN-30952 consignment on arrival was',
     ['Orla Penhaligon', 'Penhaligon']),
    ('PICK 0418 | Bin C-14-03 | SKU HX-2271 hex bolt M10 | Qty 240 | Picker: Jun Ashdown\nPICK 0419 | Bin '
     'C-14-07 | SKU HX-2275 hex nut M10 | Qty 240 | Picker: Jun Ashdown',
     'Which shelf slot do I go to for the M10 bolts on that pick run?',
     'The M10 hex bolts are to be pulled from storage location',
     ['C-14-03']),
    ('2024-03-11 09:22 VAN-117 service: front brake pads replaced, odometer 84,312 km, tyres set to 3.6 bar, '
     'next service due 99,000 km. Tech: R. Olufemi',
     'How far had van 117 travelled according to its clock when it came in for new brakes?',
     'When VAN-117 had its brake job, the distance reading on its dashboard was',
     ['84,312 km', '84,312']),
    ('Permit No. PZ-5530 — Zone D (Ellersby Road residents) — Vehicle reg KD19 WXR — Valid from 01/05/2025 to '
     '30/04/2026 — Fee paid: £72',
     "Until what date can KD19 WXR keep parking on Ellersby Road under its residents' pass?",
     "The residents' parking pass for KD19 WXR stops being valid after",
     ['30/04/2026']),
    ("Agent: You're confirmed on KV 318, leaving Oslenby at 13:55, seat 22F, fare class Flexi, so date changes "
     'are free.\nCustomer: And luggage?\nAgent: One checked bag up to 23 kg is included.',
     'What ticket tier did the agent put me on for the KV 318 flight?',
     'The KV 318 seat was booked in the fare category called',
     ['Flexi']),
    ('Day 2 route: Brackwater depot → Sellingford (drop 4) → Cowley Vale (drop 9) → overnight at Linthorpe '
     'Services lorry park. Planned distance 412 km, driving time 6 h 50 min.',
     "Where does the driver stop to sleep at the end of the second day's run?",
     'On the second day the truck parks up overnight at',
     ['Linthorpe Services lorry park', 'Linthorpe Services']),
    ('dispatch.cutoff_time = "15:30"   # later orders ship next working day\ndispatch.max_parcel_weight_kg = '
     '31.5\ndispatch.default_carrier = "Halvern Express"',
     'What is the heaviest single package the dispatch setup will let through, in kilos?',
     'The per-parcel weight ceiling configured for dispatch is',
     ['31.5']),
    ('Note: Service 2K41 does not call at Drummock Halt on Sundays; passengers should alight at Fennick '
     'Junction and use the replacement minibus run by Greyloch Coaches.',
     'On a Sunday, where am I supposed to get off the 2K41 since it skips Drummock Halt?',
     'Sunday travellers for Drummock Halt have to leave the 2K41 train at',
     ['Fennick Junction', 'Fennick']),
    ('HARBOURSIDE FUEL STOP  22 Feb 2025 18:04  Pump 7\nDiesel 148.60 L @ £1.529/L\nTOTAL £227.21  Card '
     '****4409  Fleet card FC-88213',
     'What volume of diesel was pumped in that Harbourside fill-up?',
     'The quantity of fuel dispensed on the Harbourside receipt was',
     ['148.60 L', '148.60']),
    ('## Loading dock assignments — Week 36\nInbound Nordvik Timber: Dock 5\nOutbound Pellham Foods: Dock 2\n'
     'Cross-dock returns: Dock 9',
     'In week 36, which bay should the Nordvik Timber lorry back onto to unload?',
     'During week 36 the incoming Nordvik Timber load is handled at',
     ['Dock 5']),
    ('[2025-06-03 02:17:44] TRK-2209 GEOFENCE_EXIT site=Ravensmoor DC driver_id=D-0461 temp_reefer=-18.4C '
     'seal=SL7730215',
     "What security tag number was on TRK-2209's trailer doors when it pulled out of Ravensmoor?",
     'When TRK-2209 left the Ravensmoor site its trailer seal was numbered',
     ['SL7730215']),
    ('The container vessel Marisol Brae was shifted from berth 12 to berth 4 at Quenby Docks after the gantry '
     'crane on 12 broke down; her departure has slipped to Thursday 19 June.',
     'With the crane trouble, when is the Marisol Brae now expected to sail?',
     "Following the berth change, the Marisol Brae's revised sailing day is",
     ['Thursday 19 June', '19 June']),
    ('Handling code: KEEP UPRIGHT – FRAGILE GLASS. Consignee: Velloway Interiors, Unit 3 Skerrin Park. '
     'Incoterm: DAP. Declared value: €4,850.',
     'What care instruction has to be marked on the Velloway Interiors shipment?',
     'The label telling handlers how to treat the Velloway consignment reads',
     ['KEEP UPRIGHT – FRAGILE GLASS', 'FRAGILE GLASS']),
    ('- Day shift yard marshal: Priya Connaught (radio ch. 4)\n- Night shift yard marshal: Benedikt Arrowsmith '
     '(radio ch. 6)\n- Gatehouse: Lem Tovey',
     'Who directs the trucks around the yard after dark?',
     'The person marshalling vehicles in the yard on the overnight shift is',
     ['Benedikt Arrowsmith', 'Arrowsmith']),
]
OTHER37_ABSENT = [
    ('What time does the return sailing from Ansholm back to Port Keldry leave on booking FJ-44817?', 'chat', 0),
    ('What was the registration number of the lorry Tomasz Wierzbic drove for DN-30952?', 'chat', 2),
    ('How much did the front brake pad replacement on VAN-117 cost?', 'chat', 4),
    ('What is the name of the resident who holds parking permit PZ-5530?', 'chat', 5),
    ('Which gate does KV 318 board from at Oslenby?', 'chat', 6),
    ('What was the reefer temperature on TRK-2209 when it arrived at its next drop after leaving Ravensmoor '
     'DC?', 'chat', 12),
    ('The captain in command of the Marisol Brae at Quenby Docks is', 'completion', 13),
    ('The odometer reading the driver logged at the Harbourside Fuel Stop fill-up was', 'completion', 10),
]
OTHER38 = [
    ('## Running locally\nRequires Python 3.11+ and at least 2.5 GB of free disk. The server listens on port '
     '8742 by default; the admin console uses 8743.',
     "If I don't touch the config, what port number does the main server come up on?",
     'Out of the box, with no config changes, the main server answers on port',
     ['8742']),
    ('## [4.7.2] - 2023-11-14\n### Fixed\n- CSV export no longer drops rows past 65,000 (reported by Inés '
     'Valbuena).\n- Thumbnail cache TTL cut from 72h to 18h.',
     'Who was it that flagged the spreadsheet-export bug where rows went missing?',
     'The person credited with spotting the truncated CSV export problem is',
     ['Inés Valbuena', 'Valbuena']),
    ('DB_HOST=pg-orchid-03.internal\nDB_POOL_MAX=27\nCACHE_TTL_SECONDS=420\nSENTRY_ENV=staging-kelp\n'
     'LOG_LEVEL=warn',
     'How many seconds do cached entries live before they expire in that environment config?',
     'According to the environment file, cached entries expire after this many seconds:',
     ['420']),
    ("SELECT region_code, SUM(net_amount) AS total\nFROM orders_2022\nWHERE status = 'SETTLED' AND created_at "
     ">= '2022-03-01'\nGROUP BY region_code\nHAVING SUM(net_amount) > 15000;",
     "In the regional totals query, how big does a region's summed amount have to be before it makes it into "
     'the results?',
     'A region only shows up in the query output if its total net amount is greater than',
     ['15000']),
    ('[2024-02-19 03:12:44] job build-arm64 #5531 FAILED after 14m 07s (exit code 137, runner '
     'ci-runner-tamarack, cache hit 82%)',
     'How long had the arm64 build been going when it died?',
     'Before it failed, the arm64 build job had been running for',
     ['14m 07s']),
    ('brannock-lee commented: Reproduced on 3.2.0-rc1 with Firefox 121. Bisected it — the regression came in '
     'with commit a91f3ce. Assigning to Odile Marchetti since she owns the tokenizer module.',
     'Which change did the bisect point to as the source of the breakage?',
     'Bisecting traced the regression back to commit',
     ['a91f3ce']),
    ('sku,description,warehouse,qty_on_hand,unit_cost\nHX-2210,Brass hinge 40mm,Leeds-B,1180,0.37\n'
     'HX-2214,Brass hinge 60mm,Leeds-B,645,0.52',
     'How many of the larger brass hinges do we currently have in stock?',
     'The on-hand quantity for the bigger (60 mm) brass hinge is',
     ['645']),
    ('GET /v2/invoices/{id}/pdf\nRate limit: 40 requests per minute per token. Responses are cached for 90 '
     'seconds. Returns 404 if the invoice is older than 7 years.',
     'How often can a single API key call the endpoint that renders invoices as PDFs?',
     'A single token is allowed to call the invoice PDF endpoint at most',
     ['40 requests per minute', '40']),
    ('Release 5.0 (codename "Marram")\n- Release owner: Tobiah Fenwick\n- Code freeze: Thursday 6 June\n- GA '
     'target: 24 June\n- Docs sign-off: Priya Ottley',
     'When is version 5 supposed to become generally available?',
     'General availability for version 5.0 is targeted for',
     ['24 June']),
    ('services:\n  worker:\n    image: registry.quellby.io/ingest-worker:2.14.3\n    mem_limit: 768m\n    '
     'cpus: "1.5"\n    replicas: 6',
     "What's the RAM cap on each ingest worker container?",
     'Each ingest worker container is limited to a memory ceiling of',
     ['768m']),
    ('| Dataset | Rows | Load time | Peak RAM |\n|---|---|---|---|\n| taxi_small | 1.2M | 3.8 s | 410 MB |\n| '
     'taxi_full | 48M | 2 min 11 s | 6.7 GB |',
     'When the complete taxi data was loaded, what was the highest memory usage in the benchmark?',
     'In the benchmark, loading the full taxi dataset pushed memory use up to a peak of',
     ['6.7 GB', '6.7']),
    ('Incident INC-2207 (postmortem): 47-minute outage caused by a chiller fault at the Corrowby data centre, '
     'rack row F. Failover to Hesketh Vale took 6 min. Owner: Lachlan Beaudry.',
     'Where did the cooling failure behind that outage happen?',
     'The chiller fault that caused the outage occurred at the',
     ['Corrowby data centre', 'Corrowby']),
    ('Invoice INV-30418 — Pellucid Cloud Ltd\nCompute (reserved): €1,284.60\nEgress 3.1 TB: €212.75\nSupport '
     'plan: €99.00\nTotal due 15 Aug 2024: €1,596.35',
     'On that cloud bill, how much were we charged for outbound data transfer?',
     'The outbound data transfer line on the Pellucid bill came to',
     ['€212.75', '212.75']),
    ("Marisol: who's on call for payments this weekend?\nDev: Kwabena has Saturday, Henrike takes Sunday from "
     '08:00.\nMarisol: and the escalation line?\nDev: ext. 4471.',
     "Who's covering the payments pager on the Sunday?",
     'The person handling payments on-call duty on Sunday is',
     ['Henrike']),
    ('### Minimum supported browser\nSafari 15.4 (iOS and macOS). Older versions fall back to the legacy '
     'viewer, which was dropped from the Windows build in 3.9.',
     "What's the oldest version of Apple's browser the app still supports?",
     'The earliest Apple browser release that remains supported is',
     ['Safari 15.4', '15.4']),
    ('Column `cust_tier` (CHAR(1)): G = gold, S = standard, P = probation. Added in migration '
     '0087_add_customer_tier by Ruairi Doyle, 2021-09-30.',
     'In the customer tier field, what does the letter P mean?',
     'In the cust_tier column, a value of P stands for',
     ['probation']),
]
OTHER38_ABSENT = [
    ('Which port does the metrics exporter listen on by default?', 'chat', 0),
    ('What was the release date of version 4.7.1?', 'chat', 1),
    ('What database password is set in the environment file?', 'chat', 2),
    ('When was the fix for the tokenizer regression merged?', 'chat', 5),
    ('What status code does the invoice PDF endpoint return when the token has expired?', 'chat', 7),
    ('What is the VAT number printed on the Pellucid Cloud invoice?', 'chat', 12),
    ("Kwabena's surname, as given in the payments on-call chat, is", 'completion', 13),
    ('In the benchmark table, loading the medium-sized taxi dataset took', 'completion', 10),
]
OTHER39 = [
    ('Harrowgate Rovers came from behind to beat Linfield Athletic 3-2 at Copse Lane on Saturday. '
     'Dami Okonjo levelled it in the 71st minute before Ruairi Fenn headed the winner deep into '
     'stoppage time.',
     'Who got the winning goal for Harrowgate?',
     'The late header that sealed the points for Rovers came from',
     ['Ruairi Fenn', 'Fenn']),
    ('Pos | Team        | P  | W  | D | L | Pts\n'
     '3   | Kestrel Bay | 18 | 11 | 4 | 3 | 37\n'
     '4   | Marlow Vale | 18 | 10 | 5 | 3 | 35\n'
     '5   | Dunmore Town| 18 | 10 | 3 | 5 | 33',
     'How many points has Marlow Vale picked up so far?',
     "Going by the standings, Marlow Vale's tally currently stands at",
     ['35']),
    ('NOTICE: From 2 June the Ridgeway Leisure Centre pool will close at 20:45 on weekdays '
     '(previously 21:30). Sauna hours are unchanged, 07:00-21:00.',
     'What time does the pool shut on weekdays once June starts?',
     'Starting in June, weekday swimmers need to be out of the water by',
     ['20:45']),
    ('Week 6 - half marathon plan\n'
     'Tue: 6 x 800m @ 5k pace, 90s jog recovery\n'
     'Thu: 45 min easy\n'
     'Sat: long run 16 km\n'
     'Sun: rest or 30 min cross-training',
     "Remind me how far the weekend long run is in week six of the plan.",
     'In the sixth week, the Saturday endurance outing covers',
     ['16 km', '16']),
    ("Hi all - the U12 girls' tournament at Fernleigh Park has been moved to Sunday 14 September "
     "because of the pitch reseeding. Kit check is still Friday 12th at 6pm. - Coach Marisol Tenby",
     "When is the under-12 girls' tournament happening now?",
     'Because of the work on the grass, the under-12 girls will now play their tournament on',
     ['Sunday 14 September', '14 September']),
    ('2024-03-09 07:42:15 GATE-2 ENTRY member=BX-40917 name="Ola Brandt" plan=OFFPEAK '
     'status=DENIED reason=outside_hours',
     'What membership number belonged to the person turned away at gate 2?',
     'The member ID recorded on the rejected turnstile attempt was',
     ['BX-40917']),
    ('Sprint & Stride Sports - Receipt #55012\n'
     '1 x Trail shoes (Vexa Ridge 3)   £94.99\n'
     '2 x Running socks                £7.50\n'
     'Member discount                 -£10.00\n'
     'TOTAL                            £99.99',
     'How much did the trail shoes themselves cost me?',
     'Before any discount, the Vexa Ridge 3 pair on its own came to',
     ['£94.99', '94.99']),
    ("Pavel: Board three's yours tonight, Iris - you're black against Hollins from Quarry Road. "
     "Time control is 60 minutes plus 30 seconds a move, so don't rush.",
     'Who is Iris up against at the chess match tonight?',
     "Playing with the black pieces on the third board, Iris's opponent will be",
     ['Hollins']),
    ('WESTBROOK ROWING CLUB - MEMBERSHIP FORM\n'
     'Name: Tomasz Keely    DOB: 11/04/1996\n'
     'Category: Senior Novice\n'
     'Emergency contact: Aoife Keely, 07700 914382\n'
     'Swim test passed: Yes (03/05/2024)',
     'Who should the club ring if Tomasz has an accident?',
     'Should something happen to Tomasz on the water, the person to phone is',
     ['Aoife Keely', 'Aoife']),
    ('lobby.cfg: region=EU-West-2; format=best_of_3; first_map=Ironworks; decider_map=Dustline; '
     'admin=kai_rostova',
     'Which map are we starting the series on?',
     'The opening game of the series will be played on',
     ['Ironworks']),
    ("Photo: Keeper Lina Vos (No. 1) dives to keep out Bram Eckert's 88th-minute penalty, "
     "Brinkhaven v Oosterdam, 21 April. Credit: J. Hallworth",
     'Whose spot kick did Lina Vos save in that picture?',
     'The penalty that Vos stopped had been struck by',
     ['Bram Eckert', 'Eckert']),
    ('Note to self: deadlift PB today, 142.5 kg x 1! Bench still stuck at 87.5 kg for 3. '
     'Thursday: drop squat to 110 for volume.',
     'What did I hit for my new deadlift record?',
     'My heaviest single ever pulled from the floor came in at',
     ['142.5 kg', '142.5']),
    ('Sat 5 Oct   Greystone HC v Pellow Hill   11:00   Abbey Meadow\n'
     'Sat 12 Oct  Pellow Hill v Tarnside       13:30   Pellow Rec\n'
     'Sun 20 Oct  Greystone HC v Tarnside      10:30   Abbey Meadow',
     'What time is the Pellow Hill against Tarnside game pushing back?',
     'Push-back for the Tarnside fixture at Pellow Rec is set for',
     ['13:30']),
    ("Second place in the women's 10K at the Otterburn Harbour Run went to Keziah Mbeki in 38:52, "
     "eleven seconds behind winner Sofie Lindqvist; Carla Dunne was third.",
     "Who actually won the women's 10K at Otterburn?",
     'First across the line among the women over ten kilometres was',
     ['Sofie Lindqvist', 'Lindqvist']),
    ('Booking confirmed: Squash Court 4, Thu 17 Oct, 18:40-19:20. Ref SQ-7781. '
     'Cancel up to 3 hrs before for a refund. Guest fee £6 payable at desk.',
     "What's the reference for my squash booking?",
     'If reception asks, the code I should quote for Thursday is',
     ['SQ-7781']),
    ('Tarrow Cycling Club AGM: Helen Marsh stands down as treasurer after six years; '
     'Devi Raman elected in her place, unopposed. Subs for 2025 held at £32 (juniors £12).',
     'Who has taken over looking after the money at Tarrow Cycling Club?',
     "Taking charge of the club's finances from Helen Marsh is",
     ['Devi Raman', 'Raman']),
]

OTHER39_ABSENT = [
    ('How many people turned up to watch Harrowgate Rovers beat Linfield?', 'chat', 0),
    ('Which team is sitting top of that league table?', 'chat', 1),
    ('What does an adult swim cost at Ridgeway Leisure Centre these days?', 'chat', 2),
    ("Where is the kit check for the U12 girls' tournament taking place?", 'chat', 4),
    ('Did I pay for the trail shoes by card or cash?', 'chat', 6),
    ("Could you tell me what Tomasz Keely's membership number at Westbrook is?", 'chat', 8),
    ('The referee who took charge of Brinkhaven v Oosterdam was', 'completion', 10),
    ('At the Tarrow Cycling Club AGM, the person elected club secretary was', 'completion', 15),
]
OTHER40 = [
    ('Hi Marco, heads up: Thursday\'s drop from Fenwick Dairy will be 22 kg of mozzarella, not the 18 kg '
     'on the invoice. Driver is Lukas Brenner this week, ETA 06:45. Cheers, Sunita',
     'Who is bringing the dairy order on Thursday?',
     'The person behind the wheel for this week\'s Fenwick delivery is',
     ['Lukas Brenner', 'Brenner']),
    ('Saffron risotto (serves 4)\n- 320 g carnaroli rice\n- 1.2 L hot chicken stock\n'
     '- 0.5 g saffron threads\n'
     '- 60 g parmesan, grated\n- 40 g cold butter',
     'For the saffron risotto, how much rice do I need?',
     'To make four portions of the saffron risotto you should weigh out',
     ['320 g', '320']),
    ('THE COPPER LADLE  Table 12\n2x Lamb tagine      18.50\n1x Halloumi fries    7.25\n'
     '2x Mint tea          3.40\nTOTAL           £51.05\nServed by: Anouk',
     'What did table 12 end up paying altogether at the Copper Ladle?',
     'The grand total on the table 12 bill came to',
     ['£51.05', '51.05']),
    ('2024-08-14 21:07:33 POS-03 ORDER #A7731 created_by=srv:Tomas Ek voided_by=mgr:Dalia Reyes '
     'reason=wrong_table',
     'Which manager cancelled order A7731 on the till?',
     'Order A7731 was voided on POS-03 by the manager',
     ['Dalia Reyes', 'Reyes']),
    ('Went to Blue Heron Noodle Bar on a Tuesday. Dan dan noodles were fantastic, but we stood at the door '
     'for 40 minutes before getting a table, and the dumplings turned up 15 minutes after our mains. 3/5.',
     'How long did the reviewer have to wait to be seated at Blue Heron?',
     'Before they were finally shown to a table, the diners had been waiting',
     ['40 minutes', '40']),
    ('walkin_2.alert_threshold_c = 5.0   # walk-in 1 stays at 4.0; both page Chef Odhiambo after 10 min',
     'At what temperature does the second walk-in cooler set off its alarm?',
     'The alert for cold room number two trips once it warms past',
     ['5.0']),
    ('Kemi: Can we switch Saturday\'s brunch special to the shakshuka?\n'
     'Farid: Sure, but we\'re out of feta till Monday, so I\'ll crumble labneh on top instead.',
     'What cheese is Farid using in place of feta this weekend?',
     'Since feta has run out, the shakshuka will be topped with',
     ['labneh']),
    ('SKU    | Item          | Case price\nVG-118 | Shallots 5kg  | €14.20\n'
     'VG-121 | Leeks 10kg    | €19.80\nVG-130 | Fennel 6kg    | €23.60',
     'Remind me what a case of leeks costs from this supplier?',
     'Ordering one case of leeks (VG-121) will set us back',
     ['€19.80', '19.80']),
    ('Photo: sous-chef Ines Carvalho plating the cured mackerel starter at Salt & Sorrel\'s pop-up in '
     'Whitby, 9 November.',
     'In which town did Salt & Sorrel hold that pop-up?',
     'The Salt & Sorrel pop-up where Ines was photographed took place in',
     ['Whitby']),
    ('Note on the pass: "HALVORSEN, party of 14, 19:30. Nut allergy seat 3. Guest bringing own birthday '
     'cake - cakeage £2pp."',
     'When is the Halvorsen group booked in for?',
     'The Halvorsen table is expecting to sit down at',
     ['19:30']),
    ('CATERING REQUEST\nClient: Orla Finnegan\nEvent date: 22/06/2025\nGuest count: 85\n'
     'Menu: Package C (grazing tables)\nDeposit paid: €600',
     'How many people are we catering for at Orla Finnegan\'s event?',
     'For the Finnegan job, the number of guests we need to feed is',
     ['85']),
    ('MAINS  Charred hispi cabbage, miso butter, crispy shallots 16 | Braised beef shin, horseradish '
     'mash 24 | Hake, brown shrimp, sea vegetables 22',
     'What does the fish main go for on this menu?',
     'If you order the hake with brown shrimp, the price is',
     ['22']),
    ('AM prep (Wed):\n1) pickle 3 kg red onions\n2) break down 2 lamb shoulders\n3) make 4 L romesco\n'
     '4) portion 30 panna cottas',
     'How much romesco sauce should the morning shift make on Wednesday?',
     'Wednesday morning\'s target quantity for the romesco is',
     ['4 L']),
    ('Bake the focaccia at 230°C for 18 minutes, then brush with rosemary oil while still hot; the second '
     'tray needs 22 minutes because it sits on the lower shelf.',
     'How long does the top tray of focaccia stay in the oven?',
     'The first tray of focaccia should come out after',
     ['18 minutes', '18']),
    ('running late!! Pescheria Valli only had 6 turbot so I grabbed 4 kg of sea bream as well. '
     'invoice no. PV-20418, will drop it on your desk',
     'What\'s the reference number on the fishmonger\'s invoice?',
     'The Pescheria Valli paperwork for today is numbered',
     ['PV-20418']),
    ('Inspection 03/02/2025 - Maple & Rye Bistro - Inspector R. Kowalczyk. '
     'Hygiene rating: 4 (previously 5). '
     'Action required: replace cracked chopping boards by 17/02/2025.',
     'What is the deadline for swapping out the damaged chopping boards at Maple & Rye?',
     'The inspector gave Maple & Rye until this date to get new chopping boards:',
     ['17/02/2025']),
]

OTHER40_ABSENT = [
    ('What\'s the phone number for Fenwick Dairy?', 'chat', 0),
    ('How much of a tip did table 12 leave at the Copper Ladle?', 'chat', 2),
    ('Which table was order A7731 actually meant for?', 'chat', 3),
    ('How much are we charging for the shakshuka brunch special?', 'chat', 6),
    ('The photographer who took the picture of Ines Carvalho was', 'completion', 8),
    ('What is Orla Finnegan\'s contact phone number?', 'chat', 10),
    ('What was the price per kilo of the turbot from Pescheria Valli?', 'chat', 14),
    ('The head chef at Maple & Rye Bistro is named', 'completion', 15),
]
OTHER41 = [
    ('3.1 The Tenant shall pay rent of £1,275 per calendar month in advance on the 3rd day of each month. '
     '3.2 The deposit of £1,470 is protected with the TDS under ref. TDS-88213-K.',
     'How much is the monthly rent under this lease?',
     'Each month, the amount the tenant has to hand over for rent comes to',
     ['£1,275', '1,275']),
    ('Quote Q-4471 - Hartley & Vane Roofing\n'
     'Item                          | Cost\n'
     'Strip and re-felt flat roof   | £3,860\n'
     'Replace lead flashing         | £740\n'
     'Scaffold (2 weeks)            | £1,150',
     'What did the roofers want for putting the scaffolding up?',
     'For the scaffold alone, Hartley & Vane are charging',
     ['£1,150', '1,150']),
    ('Hi Marcus, the viewing at 14 Bellrope Lane is confirmed for Thursday 11 April at 17:45. The landlord, '
     'Mrs Ines Calloway, will meet you there instead of me. - Dana (Fenwick Lettings)',
     "Who's actually going to show Marcus round the Bellrope Lane house?",
     'Rather than Dana from the agency, the person greeting Marcus at the property will be',
     ['Mrs Ines Calloway', 'Ines Calloway', 'Calloway']),
    ('NOTICE OF PLANNING APPLICATION  Ref: 24/01937/FUL  Received: 18 April 2024\n'
     'Site: Orchard Barn, Mill Hythe Road, Stoke Tarrant\n'
     'Proposal: single-storey rear extension and 2 no. rooflights\n'
     'Representations must be made by 9 May 2024.',
     "What's the last day neighbours can object to the Orchard Barn extension?",
     'Anyone wanting to comment on the rear extension at Orchard Barn has until',
     ['9 May 2024', '9 May']),
    ('2024-03-14 10:22 INSPECT unit="Flat 7B, Corran House" result=FAIL item="smoke alarm (hallway)" '
     'inspector=R.Mbeki reinspect_by=2024-03-28',
     'By what date does Flat 7B need its follow-up check?',
     'Because the hallway alarm failed, the flat in Corran House must be looked at again no later than',
     ['2024-03-28']),
    ("Gavin (plasterer): \"I can skim both bedrooms for eleven hundred, but the lounge ceiling's another "
     "£420 on top cos of the artex.\"",
     'How much more is Gavin asking to do the living room ceiling?',
     'Because of the textured coating, the lounge ceiling adds an extra',
     ['£420', '420']),
    ('BUILDBASE DEPOT - Tollgate Rd branch\n'
     '4x Celotex 100mm board    £172.80\n'
     '12x 2.4m CLS timber       £58.20\n'
     'TOTAL £231.00   Paid: VISA card ending 6619',
     'Which card did I pay with at Buildbase? Just the last four digits.',
     'The insulation and timber were bought on a bank card whose final digits are',
     ['6619']),
    ('Boiler: Worcester Greenstar 30i, serial 77C2-04518, installed Oct 2019 by Heatwell Gas Services. '
     'Next service due Nov 2024.',
     'Remind me of the serial number on our boiler.',
     'The manufacturer ID printed on the Greenstar reads',
     ['77C2-04518']),
    ('Tenancy application - Section B\n'
     'Full name: Oluwaseun Adeyemi-Price\n'
     'Employer: Castlegate Logistics Ltd\n'
     'Annual salary: £38,500\n'
     'Guarantor: Mrs Folake Adeyemi',
     'Who has agreed to back the applicant as guarantor?',
     "If Oluwaseun can't pay, the person who has signed up to cover the rent is",
     ['Mrs Folake Adeyemi', 'Folake Adeyemi']),
    ('Key safe code for 22 Ferrier Court: 4081 (front door), garage padlock: 7730. '
     'Change both after the tenancy ends on 31 Aug.',
     'What combination opens the lockbox by the front entrance at Ferrier Court?',
     'To get the house keys out at 22 Ferrier Court, you punch in',
     ['4081']),
    ('Photo 3: damp patch, north wall of rear bedroom. Moisture meter reading 28% '
     '(surrounding plaster 12%). Taken by surveyor Elise Haraldsen, 6 Feb.',
     'What did the surveyor measure on the damp bit of wall in the back bedroom?',
     "On the wet patch itself, Elise Haraldsen's meter showed",
     ['28%', '28']),
    ('Snagging list - Plot 14, Wrenfield Meadows\n'
     '1. Ensuite door sticks\n'
     '2. Missing grout behind kitchen sink\n'
     '3. Cracked panel on garden fence (west side)\n'
     '4. Loft hatch not insulated\n'
     'Handover: 21 June',
     'Which side of the garden is the broken fence panel on at Plot 14?',
     'At Plot 14, the damaged fence panel is on the',
     ['west side', 'west']),
    ('Subject: Service charge 2024/25 - Kingsmead Mansions\n'
     'The annual charge for your flat (No. 19) has been set at £2,340, payable in two halves on 25 March '
     'and 29 September. Major works reserve contribution: £600.',
     'Can you tell me what the yearly service charge is for flat 19 at Kingsmead?',
     'For the 2024/25 year, the freeholder has fixed the flat 19 service charge at',
     ['£2,340', '2,340']),
    ("Address                  | EPC rating | Potential | Expires\n"
     "3 Tanner's Yard, Ledbury | D (61)     | B (84)    | 02/07/2031",
     "What energy rating could 3 Tanner's Yard get to if it were improved?",
     "With the recommended upgrades done, the Ledbury house could reach an energy band of",
     ['B (84)', '84']),
    ('Sparky here - consumer unit swap at yours booked for Mon 8th, 8am. Need power off about 5 hrs. '
     'EICR cert will be emailed by Wednesday. - Kieran, Brightline Electrical',
     "I need to know how long we'll be without electricity for the fuse box job.",
     'While Kieran replaces the fuse board, the house will have no mains supply for',
     ['about 5 hrs', '5 hrs']),
    ('Under clause 4.7 of your lease, we give 24 hours\' notice that contractor Pellow Damp Solutions will '
     'attend on 15 October between 9am and 1pm to install a positive input ventilation unit in the hallway.',
     'Which firm is coming to fit the ventilation unit in the hall?',
     'The PIV unit going into the hallway is being put in by',
     ['Pellow Damp Solutions', 'Pellow']),
]
OTHER41_ABSENT = [
    ('How long is the fixed term on this tenancy - 6 or 12 months?', 'chat', 0),
    ('How many years of guarantee do Hartley & Vane give on the new roof felt?', 'chat', 1),
    ('Who is the applicant behind the Orchard Barn extension?', 'chat', 3),
    ('Which company supplied the smoke alarm that failed in Flat 7B?', 'chat', 4),
    ('What time does the Tollgate Rd Buildbase close on Saturdays?', 'chat', 6),
    ('The gas safety certificate for the Greenstar boiler has the number', 'completion', 7),
    ('Who is holding the spare garage key for 22 Ferrier Court?', 'chat', 9),
    ('The site manager dealing with the Plot 14 snags is called', 'completion', 11),
]
OTHER42 = [
    ('Halden Mutual Bank - current acct ending 4417 - Statement 12 Feb to 11 Mar\n'
     '12 Feb  Opening balance            £1,284.60\n'
     '19 Feb  DD Corran Energy           -£96.40\n'
     '28 Feb  Salary BRISWELL LOGISTICS  +£2,310.00\n'
     '11 Mar  Closing balance            £2,871.15',
     'What did my Halden account finish the March statement period on?',
     'At the end of that statement period the account ending 4417 was sitting at',
     ['£2,871.15', '2,871.15']),
    ('From: claims@thornbury-home.co.uk\n'
     'Re: Claim TH-58820-K (escape of water, kitchen ceiling)\n'
     "Hi Mrs Adeyemi, your loss adjuster will be Gareth Pell; he'll visit on Thursday 6 June between "
     '10am and 1pm. Your policy excess of £350 will be deducted from any settlement.',
     "Who's the person coming out to look at the leak damage at the Adeyemi house?",
     'The assessor Thornbury is sending round for the ceiling claim is named',
     ['Gareth Pell', 'Pell']),
    ('Revenue Office ref 7731/QP/2024. Dear Mr Lindqvist, our records show underpaid tax of £612.80 for '
     'the year ended 5 April 2024. This will be collected through your tax code 1048L from 6 April 2025 '
     'unless you pay in full by 31 January 2025.',
     "If I'd rather not have it taken through my code, what's the deadline for paying the lot?",
     'To avoid the adjustment to his PAYE code, Mr Lindqvist has to clear the balance by',
     ['31 January 2025']),
    ('Note to self (pension): Aldmoor Workplace Pension, member no. AWP-220391. Employer puts in 5%, '
     'I put in 4%. Selected retirement age 67. Fund: Aldmoor Global Equity Tracker. '
     'Transfer value last quoted: £41,906.',
     'As a percentage, how much is the company contributing to my workplace pension?',
     'The contribution rate my firm pays into Aldmoor on my behalf is',
     ['5%']),
    ('2024-11-03 14:22:07 [ALERT] NorthQuay Bank: card ending 8812 declined at MERIDIAN FUEL STN, LEEK, '
     'amount £74.10 - reason: SUSPECTED FRAUD; case id NQ-FR-30947',
     'When my card got blocked at the petrol station, what reference did they give the fraud case?',
     'The fraud team opened a file on the stopped fuel payment under the reference',
     ['NQ-FR-30947']),
    ('ASHCOMBE BUILDING SOCIETY - Counter receipt\n'
     'Branch: Market Street, Tolworth   Cashier: 07 (Imogen)\n'
     'Cash deposit to Easy Saver 3391-0072    £450.00\n'
     'New balance                            £6,118.25\n'
     'Date 14/08/2024  Time 11:41',
     'How much money did I pay into the Easy Saver over the counter in Tolworth?',
     'The sum of notes handed to the cashier for the savings account that day came to',
     ['£450.00', '450.00']),
    ("Dad: Your car insurance with Kestrel renews on 2 September, and they've quoted £788 this year, "
     "up from £641. Don't let it auto-renew - ring Bexley Direct, they said £702.",
     "What's Kestrel asking for to renew my motor policy this time?",
     "For the coming year, Kestrel's price to carry on covering the car is",
     ['£788', '788']),
    ('# moneyplan.yaml\n'
     "savings_sweep: {from: 'Halden Current', to: 'Halden Bonus Saver', threshold: 1500, day_of_month: 27}\n"
     'rent_reserve: 925\n'
     'emergency_fund_target: 6000',
     'Above what balance does my setup start shifting cash across to the bonus saver?',
     'Money gets moved out of the current account automatically once it climbs above',
     ['1500']),
    ('Direct debits (joint account, Okonkwo):\n'
     '- Severn Water .......... £38.50 on the 3rd\n'
     '- Lanford Council Tax ... £164.00 on the 15th\n'
     '- Pellucid Life Cover ... £22.75 on the 22nd\n'
     '- Brightmoor Broadband .. £31.99 on the 28th',
     'Remind me which day each month the council tax gets taken.',
     'Every month the payment to Lanford for council tax leaves the joint account on the',
     ['15th']),
    ('Scan 3 of 5: Mortgage offer from Greyridge Home Loans, dated 21 October 2024, fixed at 4.39% for '
     'five years, then tracker at base + 1.95%. Loan £187,500 over 28 years.',
     'What interest rate is locked in on the Greyridge mortgage deal?',
     'For the first five years the Greyridge loan charges interest at',
     ['4.39%', '4.39']),
    ('CLAIM FORM - Pet insurance (Larchfield Pet Cover)\n'
     'Policyholder: Tomasz Wróbel   Policy no: LPC-0093127\n'
     'Pet: Biscuit (beagle, 6 yrs)   Vet: Orchard Lane Veterinary, Chesham\n'
     'Treatment dates: 02/03/2025 - 05/03/2025   Amount claimed: £1,236.40',
     'Which practice looked after the beagle on that pet insurance claim?',
     "Biscuit's treatment was carried out at",
     ['Orchard Lane Veterinary', 'Orchard Lane']),
    ('Sticky note on the fridge: Self-assessment done!! Owed £1,942 for 2023-24, paid online 19 Jan. '
     "Payment on account for July is £971. UTR is 61307 24859 - don't lose it again. - M",
     "I keep forgetting it - what's my unique taxpayer reference?",
     "The ten-digit number the tax office files M's self-assessment under is",
     ['61307 24859']),
    ('SMS from Wexcombe Bank: Your ISA transfer from Pennant Invest of £14,250 completed on 04/04/2025. '
     'Remaining allowance this tax year: £5,750. Reply STOP to opt out.',
     'How much more can I still put into ISAs before the tax year is out?',
     'Wexcombe says the amount I can still shelter in an ISA this year is',
     ['£5,750', '5,750']),
    ("Voicemail, 10:52: 'Hi, it's Delphine from Carrow & Finch Accountants. We need your P60 and the "
     "rental income figures for Albury Close by Friday the 24th so we can file. You can reach me direct "
     "on 01632 960 447. Thanks.'",
     'What number should I ring to get hold of the accountant who left that message?',
     'To call Delphine straight back at Carrow & Finch, dial',
     ['01632 960 447']),
    ('Calendar - Tue 17 Sep, 15:30-16:15: Pension review with Anil Gupta (IFA), Brennock Wealth, '
     '2nd floor, 8 Quayside, Norbridge. Bring: state pension forecast (£221.20/wk), '
     'old Corvane scheme statement.',
     'What weekly figure did my state pension forecast come out at?',
     'The government reckons my state pension will pay me each week',
     ['£221.20', '221.20']),
    ('date,payee,category,amount,ref\n'
     '2025-01-06,Stourfield Home Insurance,insurance,-412.00,SHI-77201\n'
     '2025-01-09,Revenue refund,tax,+286.35,TXR-1190\n'
     '2025-01-13,Millbank Credit Card,debt,-150.00,MCC-5521',
     'Which reference code is the Stourfield premium logged with?',
     'In the spreadsheet, the buildings and contents payment to Stourfield carries the reference',
     ['SHI-77201']),
]
OTHER42_ABSENT = [
    ("What's the arranged overdraft limit on my Halden account ending 4417?", 'chat', 0),
    ('How much has Thornbury offered to pay out for the kitchen ceiling claim?', 'chat', 1),
    ('What are the yearly management charges on the Aldmoor Global Equity Tracker?', 'chat', 3),
    ('Which phone number do I call to get NorthQuay card 8812 unblocked?', 'chat', 4),
    ('The number of no-claims years on my Kestrel car policy is', 'completion', 6),
    ('What will the monthly repayment be on the Greyridge mortgage?', 'chat', 9),
    ('What interest rate does my Wexcombe ISA pay?', 'chat', 12),
    ("Carrow & Finch's fee for filing my tax return comes to", 'completion', 13),
]
OTHER43 = [
    ("Hi all - Marisol & Dev's wedding is Sat 14 June at Larchfield Barn. Ceremony starts 2:30pm, "
     "reception from 6pm. Please RSVP to Ines by 20 May!",
     "What time should we be there for the actual ceremony at Marisol and Dev's wedding?",
     "Guests need to be seated at Larchfield Barn for the vows by",
     ['2:30pm', '2:30']),
    ('ORDER #TKX-58213 | The Velvet Hollows - Live at Granary Hall | 2 x Standing @ €42.50 | '
     'Booking fee €6.80 | Total €91.80',
     'How much was the service charge on my Velvet Hollows order?',
     'On top of the ticket price itself, the order for the Granary Hall gig added a handling charge of',
     ['€6.80', '6.80']),
    ('conference: NordicData 2025\n'
     'venue: Kalvø Congress Centre, Hall B\n'
     'early_bird_deadline: 2025-03-31\n'
     'registration_close: 2025-05-15\n'
     'max_attendees: 420',
     'Until what date can people still get the cheaper early rate for NordicData?',
     'The discounted early pricing for NordicData stops being offered after',
     ['2025-03-31']),
    ('Room | Date | Booked by | Capacity\n'
     'Cedar Suite | 9 Oct | Farah Quinlan | 80\n'
     'Willow Room | 9 Oct | Ben Oduya | 35\n'
     'Atrium | 11 Oct | Farah Quinlan | 200',
     'Whose name is the Willow Room reservation under?',
     'The person who reserved the Willow Room is',
     ['Ben Oduya', 'Oduya']),
    ('2024-11-02 19:47:12 INFO gate-scanner-3 ticket=GH-7731-C status=ADMITTED section=Balcony '
     'row=F seat=14',
     'Which part of the house was ticket GH-7731-C for?',
     'When GH-7731-C was scanned in, its holder was sent up to the',
     ['Balcony']),
    ('Caterer (Jun Park): We can do canapés for 110 guests, no problem, but the venue says last orders '
     'at the bar are 11:15 and everything has to be cleared out by midnight.',
     "Remind me when the bar stops taking drink orders, according to Jun?",
     'The final round of drinks can be ordered at the bar up until',
     ['11:15']),
    ('RECEIPT No. 00482 - Thornbury Assembly Rooms\n'
     'Received from: Oluwaseun Adebayo-Clarke\n'
     'For: Deposit, wedding reception 23/08/2025\n'
     'Amount: £750.00 (balance of £2,100.00 due 01/08/2025)',
     'How much has already been paid up front to hold the Thornbury rooms?',
     'To secure the Thornbury venue for the reception, Oluwaseun has so far handed over',
     ['£750.00', '750.00', '750']),
    ('Day 2 lineup (Ardmore FinTech Summit):\n'
     '- 09:30 keynote: Prof. Lidia Varga\n'
     '- 11:00 panel on open banking, chaired by Tomasz Reyes\n'
     '- 14:15 workshop: Hemi Walker',
     "Who's moderating the open banking discussion on the summit's second day?",
     'The open-banking session on day two of the Ardmore summit will be hosted by',
     ['Tomasz Reyes', 'Reyes']),
    ("Photo: The Brasswick Community Choir rehearsing at St Aldric's ahead of their 40th-anniversary "
     'concert on 7 December; conductor Greta Mahlangu (centre).',
     'When is the Brasswick choir putting on its anniversary show?',
     "The Brasswick singers' big anniversary performance takes place on",
     ['7 December']),
    ('Event Booking Form\n'
     'Name: Keira Lindqvist\n'
     'Event type: Engagement party\n'
     'Guests: 64 | Preferred date: 19 April\n'
     'Dietary: 3 vegan, 2 gluten-free',
     "I need the headcount for Keira's engagement do - how many are coming?",
     'The number of people Keira expects at her engagement celebration is',
     ['64']),
    ('hey!! got us 4 tix for Moonrail at Docklands Arena, Fri 21 Nov. doors 7, support is Glasshound '
     'on at 7:45. we are block 112 row K',
     'Which band is opening for Moonrail?',
     'Before Moonrail takes the stage, the warm-up set will be played by',
     ['Glasshound']),
    ('Attendees of the Coastal Ecology Forum can book at the Harbourline Hotel using group code '
     'CEF25-HL before 2 September; the negotiated rate is $139/night.',
     'What code do I give the hotel to get the forum discount?',
     "To get the conference's room deal at the Harbourline, quote",
     ['CEF25-HL']),
    ('Item | Qty | Unit | Line total\n'
     'PA system (2kW) | 1 | €380 | €380\n'
     'Wireless mics | 4 | €25 | €100\n'
     'Stage lighting rig | 1 | €520 | €520',
     "What's the AV company charging us for the lights?",
     'According to the hire quote, the stage lights will cost',
     ['€520', '520']),
    ('Seating plan notes - Table 3: college friends. Table 7 (by the dance floor): Grandma Rosalind, '
     'Uncle Petros, Aunt Noor, the Halloran twins. Table 9: work people.',
     'Where have we put Uncle Petros for the meal?',
     "At the reception, Uncle Petros's seat is at",
     ['Table 7']),
    ('Cancellations made more than 60 days before the event receive a full refund; between 30 and 60 '
     'days, 50% is returned; within 30 days the deposit is forfeited. '
     '- Millbrook Orangery T&Cs, clause 8.2',
     "Which section of the Orangery's terms deals with refunds if we cancel?",
     "Millbrook Orangery's rules on calling off a booking are set out in clause",
     ['8.2']),
    ('BOOKED: Rivermoor Jazz Club - private hire, Thu 6 Mar 20:00-23:30, contact Ayo Brennan, '
     'ref RJC-0916, 90 seated',
     "Could you tell me the reference number for our jazz club hire?",
     'If you ring the Rivermoor about the private evening, the booking number to give is',
     ['RJC-0916']),
]
OTHER43_ABSENT = [
    ("What's the dress code for Marisol and Dev's wedding?", 'chat', 0),
    ('What date is the Velvet Hollows show at Granary Hall?', 'chat', 1),
    ('How much does it cost per hour to hire the Cedar Suite?', 'chat', 3),
    ('How much is Jun Park charging per head for the canapés?', 'chat', 5),
    ("What's the title of Hemi Walker's workshop at the Ardmore summit?", 'chat', 7),
    ('How much did each of the Moonrail tickets cost?', 'chat', 10),
    ('The registration fee for attending the Coastal Ecology Forum is', 'completion', 11),
    ('For a seated dinner, the Millbrook Orangery can hold a maximum of', 'completion', 14),
]
OTHER44 = [
    ('ROYALTY STATEMENT Q2 - Payee: Marisol Quenby (writer)\n'
     'Title: "Glass Orchard" | Streams: 412,880 | Net due: $1,936.40\n'
     'Title: "Low Tide Letters" | Streams: 98,115 | Net due: $461.02',
     'How much is Marisol getting paid for Glass Orchard this quarter?',
     'For the second quarter, the payout owed on "Glass Orchard" came to',
     ['$1,936.40', '1,936.40']),
    ('KRVN 94.3 Saturday lineup\n'
     '06:00 Dawn Patrol w/ Hettie Ambrose\n'
     '09:00 Crate Diggers w/ Oskar Vell\n'
     '13:00 Live from Studio B (rotating hosts)',
     'Who presents the Crate Diggers show on KRVN?',
     'On Saturday mornings the nine o\'clock record show on KRVN is hosted by',
     ['Oskar Vell', 'Vell']),
    ('Hi Dev - label legal signed off this morning. Advance is $25,000 on signing, option period '
     '18 months, and the delivery deadline for the second album is 30 November 2025. '
     'Any questions, ping Rosalind. - Cal',
     'By when does Dev have to hand in the follow-up record?',
     'The sophomore LP has to be turned in to the label no later than',
     ['30 November 2025', '30 November']),
    ('4/5 - "Verhoeven Street" (dir. Ilse Makarova, 104 min) is a patient, chilly thriller; '
     'Tamsin Reyes gives the performance of her career as the night-shift dispatcher. '
     '- Cordelia Vance, The Harrow Courier',
     'Which actress plays the emergency operator in Makarova\'s film?',
     'In the Makarova thriller, the overnight emergency call-taker is played by',
     ['Tamsin Reyes', 'Reyes']),
    ('Director of Photography ........ Anselm Krug\n'
     'Production Designer ............ Wren Okonjo\n'
     'Editor ......................... Paloma Strand\n'
     'Original Music ................. Dario Feeney',
     'Remind me who cut the picture on that one?',
     'The film\'s editing was handled by',
     ['Paloma Strand', 'Strand']),
    ('2024-03-17 02:14:09 [PLAYOUT] WARN dead-air detected on CH2 (Harbour FM) for 11s; '
     'failover to backup carousel CAR-07 engaged',
     'How long did Harbour FM go silent before the backup took over?',
     'The gap of silence on the Harbour FM channel lasted',
     ['11s', '11']),
    ('Bluefinch Studios - Invoice 3318\n'
     'Tracking, Room A, 8 hrs @ £65 ........ £520\n'
     'Mixing, Room C, 5 hrs @ £80 .......... £400\n'
     'Tape stock (2 reels) ................ £90\n'
     'TOTAL ................................ £1,010',
     'What did Bluefinch charge per hour for the mix sessions?',
     'Each hour in the mixing room was billed at',
     ['£80', '80']),
    ('feed.title = "The Marginalia Hour"\n'
     'feed.author = "Jun Akiyama"\n'
     'feed.explicit = false\n'
     'feed.episode_prefix = "MH-"\n'
     'feed.publish_day = "Thursday"',
     'Which day of the week do new Marginalia Hour episodes come out?',
     'Jun Akiyama\'s podcast releases fresh episodes every',
     ['Thursday']),
    ('BEATRIX: If the cue runs over ninety seconds they\'ll want the full sync fee, so trim the '
     'bridge and keep it at 1:24 - the director already signed off on that length.',
     'What running time did the director approve for the cue?',
     'The version of the music cue that got the director\'s okay lasts',
     ['1:24']),
    ('AUTHOR: Fenwick Adeyemi-Hart\n'
     'WORK: "The Salt Cartographers" (novel)\n'
     'ADVANCE: £12,000 (3 tranches)\n'
     'ROYALTY, HARDBACK: 10% RRP\n'
     'ROYALTY, EBOOK: 25% net receipts\n'
     'TERRITORY: World English',
     'I forget - what cut does Fenwick get on digital sales of the novel?',
     'On e-book copies of The Salt Cartographers, the author is paid',
     ['25% net receipts', '25%']),
    ('Pictured: bassist Ludo Ferreira (left) and producer Shona Markham at Kettleworth Mill, '
     'where the band tracked most of "Drover\'s Almanac" in February.',
     'Who is the producer standing next to Ludo in that photo?',
     'The record producer shown beside the bass player is',
     ['Shona Markham', 'Markham']),
    ('Loughmore Film Fest - Sunday screenings\n'
     '- "Paper Lanterns" 11:00, Screen 2\n'
     '- "The Quiet Ferry" 14:30, Screen 1\n'
     '- "Mordant" 19:45, Screen 2 (Q&A after)',
     'What time does The Quiet Ferry start at the Loughmore festival on Sunday?',
     'The Sunday showing of the ferry film at Loughmore begins at',
     ['14:30']),
    ('Note to self - Gordy at Halyard Press says the proofs for Ember & Rust go back to the '
     'typesetter on 9 May, not the 2nd. Cover reveal still 21 May.',
     'When are the Ember & Rust proofs being returned to the typesetter?',
     'Halyard Press will send the corrected pages back for setting on',
     ['9 May']),
    ('Wk | Title | Artist | Pos | Prev\n'
     '14 | Copper Sky | The Valance Twins | 7 | 12\n'
     '14 | Neon Psalm | Irah Dunmore | 3 | 3\n'
     '14 | Kilowatt | Bexley Rome | 18 | new',
     'Which chart position did Bexley Rome\'s Kilowatt debut at?',
     'On its first week in the chart, the Bexley Rome single landed at number',
     ['18']),
    ('SYNC LICENCE - Ref SL-2291\n'
     'Track: "Harrowgate Blues" (Perpetua Lane)\n'
     'Media: TV advert, UK only, 12 months\n'
     'Fee: £7,500 (master) + £6,000 (publishing)\n'
     'Licensee: Corbel Motors Ltd',
     'Which company is paying to use Harrowgate Blues in its ad?',
     'The firm that took out the licence for the Perpetua Lane song is',
     ['Corbel Motors Ltd', 'Corbel Motors']),
    ('Reprint approved: "A Field Guide to Small Weathers" by Odile Brannock - 4th impression, '
     '3,500 copies, paperback only; due in warehouse w/c 14 October.',
     'How big is the new print run of Odile Brannock\'s field guide?',
     'This latest impression of Brannock\'s book totals',
     ['3,500 copies', '3,500']),
]

OTHER44_ABSENT = [
    ('Who publishes Marisol Quenby\'s song Glass Orchard?', 'chat', 0),
    ('What royalty rate is Dev getting on the new record deal?', 'chat', 2),
    ('The company distributing "Verhoeven Street" in cinemas is', 'completion', 3),
    ('Who did the casting on the film that Anselm Krug shot?', 'chat', 4),
    ('Which engineer ran the tracking session at Bluefinch Studios?', 'chat', 6),
    ('When is the manuscript of The Salt Cartographers due to the publisher?', 'chat', 9),
    ('The record label that released "Drover\'s Almanac" is', 'completion', 10),
    ('On what date does the Corbel Motors advert first go on air?', 'chat', 14),
]
OTHER45 = [
    ('Hi Marguerite, just confirming your allotment plot is 14B on the Fenwick Lane site. '
     'Annual rent is £42.50, due by 1 October. Your neighbour on 14A is Desmond Priestley. '
     '- Carol, Fenwick Lane Allotment Society',
     'Which plot number did they give me at Fenwick Lane?',
     'The allotment that Marguerite has been allocated is numbered',
     ['14B']),
    ('ORDER #SG-77391 | Hollowmere Seeds\n'
     '1 x Tomato "Crimson Lantern" (25 seeds) ... £3.20\n'
     '2 x Runner Bean "Tallboy" (40 seeds) ..... £5.90\n'
     '1 x Parsnip "Ivory Spire" (200 seeds) .... £2.75\n'
     'Dispatched 12 Feb via Royal Mail 2nd class',
     'How much did the parsnip seed cost me on that Hollowmere order?',
     'On the Hollowmere receipt, the line for parsnips came to',
     ['£2.75', '2.75']),
    ('Nursery stock log, Brackenridge Plants: 09/04 08:12 potted on 60 x Salvia "Night Ember" '
     'into 2L pots, bench C3; 09/04 10:47 moved 24 x Heuchera "Copper Veil" to shade tunnel 2.',
     'Where did the salvias end up after potting on?',
     'After being moved into two-litre pots, the Night Ember salvias were placed on',
     ['bench C3', 'C3']),
    ('Gran always said: never sow your broad beans before St Swithin\'s fair, and never lift the '
     'leeks until after the first hard frost. She grew "Aquadulce Claudia" at the cottage in '
     'Little Harnby for forty-one years.',
     'What variety of broad bean did my gran grow?',
     'The broad bean that Gran favoured at her cottage was called',
     ['Aquadulce Claudia']),
    ('[greenhouse]\nmin_temp_c = 7\nvent_open_c = 24\nmisting_interval_min = 45\n'
     'controller_id = GH-ORCHARD-02',
     'At what temperature do the greenhouse vents kick open?',
     'The greenhouse controller is set to start venting once the air reaches',
     ['24']),
    ('Photo caption: Rosalind Okonkwo-Hale with her prize-winning marrow at the Wetherby Vale '
     'Horticultural Show, weighing in at 31.4 kg - beating last year\'s winner, Ian Threlfall, '
     'by almost 3 kilos.',
     'How heavy was Rosalind\'s winning marrow?',
     'The scales at the Wetherby Vale show put Rosalind\'s marrow at',
     ['31.4 kg', '31.4']),
    ('Waiting list - Orchard Road allotments\n'
     '1. Farida Sheikh (joined 03/2021)\n2. Tobias Lund (joined 07/2021)\n'
     '3. Enid Marsh (joined 11/2021)\n4. Callum Reyes (joined 02/2022)',
     'Who is third in the queue for an Orchard Road plot?',
     'The person currently sitting in position three for an Orchard Road plot is',
     ['Enid Marsh']),
    ('"If you want the dahlia tubers, come before Saturday - Gerald\'s taking whatever\'s left '
     'to the swap at Pennicott Village Hall," said Maureen, leaning on the shed door.',
     'Where is Gerald taking the leftover dahlia tubers?',
     'Any dahlia tubers not collected by the weekend will go to the swap at',
     ['Pennicott Village Hall', 'Pennicott']),
    ('Supplier | Item | Qty | Unit | Delivery\n'
     'Greenbank Growers | Lavender "Hidcote" 9cm | 120 | £1.85 | 14 Mar\n'
     'Oakhill Trees | Apple "Discovery" bare-root | 8 | £18.00 | 21 Mar',
     'What day are the bare-root apple trees arriving?',
     'Oakhill Trees are due to drop off the Discovery apples on',
     ['21 Mar']),
    ('Note to self: the blight-resistant spuds were "Sarpo Mira", planted in the lower bed on '
     '18 April. The earlies ("Swift") went in on 2 April. Lift the Swift around early June.',
     'When did I put the Sarpo Mira potatoes in the ground?',
     'The blight-resistant potatoes were planted in the lower bed on',
     ['18 April']),
    ('From: orders@thistledownnursery.co.uk\nSubject: Your order TDN-4408 has shipped\n'
     'Tracking ref: ZX 5512 9037 GB. Expected between Tue 6 and Thu 8 May. '
     'Questions? Ring Hamish on 01632 960417.',
     'What\'s the tracking code for my Thistledown parcel?',
     'To follow the Thistledown delivery online, the reference you need is',
     ['ZX 5512 9037 GB']),
    ('Soil test, plot 7, Ashby Common: pH 6.2, phosphorus low (index 1), potassium moderate '
     '(index 2), magnesium high (index 3). Tested by Lyndon Agri Labs, sample ref LAL-2291.',
     'Remind me what the acidity reading was for plot 7.',
     'According to the lab, the soil on plot 7 has a pH of',
     ['6.2']),
    ('- 3 bags peat-free compost (Westland, 50L)\n- 1 roll enviromesh, 2m x 10m\n'
     '- 20 bamboo canes, 8ft\n- slug copper tape for the hostas\n- ask Perry about his comfrey',
     'How long are the bamboo canes on my shopping list?',
     'The bamboo canes I need to pick up are each',
     ['8ft']),
    ('Committee decision (AGM, 22 Nov): from next season, bonfires on the Millbrook allotments '
     'are permitted only between 1 November and 28 February, and never on Sundays. '
     'Proposed by Sheila Varga.',
     'During which months can Millbrook plot holders have a bonfire now?',
     'Under the new Millbrook rule, burning is only allowed from',
     ['1 November and 28 February', '1 November']),
    ('Customer: Nadia Brennan | Membership no. HSN-30582 | Tier: Gold | Discount: 15% on plants, '
     '10% on sundries | Renewal: 31/08/2025',
     'What\'s Nadia\'s membership number at the nursery?',
     'For the loyalty scheme, Nadia Brennan is registered under number',
     ['HSN-30582']),
    ('Sowing calendar, kitchen garden at Larkfield House: sweet peas under glass in October; '
     'celeriac in February at 18C; chillies "Apache" in January on the heated mat; '
     'leeks "Musselburgh" outdoors in March.',
     'When should the Apache chillies be started off?',
     'At Larkfield House, the Apache chilli seeds get sown in',
     ['January']),
]

OTHER45_ABSENT = [
    ('How big is plot 14B at Fenwick Lane?', 'chat', 0),
    ('What was the total postage on the Hollowmere seed order?', 'chat', 1),
    ('How many Heucheras died in the shade tunnel at Brackenridge?', 'chat', 2),
    ('Who took the photo of Rosalind with her marrow?', 'chat', 5),
    ('When did Farida Sheikh first apply for a plot at a different site?', 'chat', 6),
    ('Which courier is Thistledown using to deliver order TDN-4408?', 'chat', 10),
    ('The recommended lime application for plot 7 at Ashby Common was', 'completion', 11),
    ('The Millbrook AGM vote on the bonfire rule finished with a count of', 'completion', 13),
]
OTHER46 = [
    ('Hi all - quick correction: the Year 10 geography fieldwork write-up is due Friday 14 March, '
     'not the 7th as printed in the planner. Anything late goes to Mr. Delacroix-Webb. '
     '- Ms. Anneliese Varga',
     'When does the Year 10 geo fieldwork report actually have to be handed in?',
     'The corrected hand-in date for the Year 10 geography fieldwork report is',
     ['Friday 14 March', '14 March']),
    ('Paper   | Date   | Room          | Start\n'
     'CHEM-H2 | 22 May | Sports Hall B | 09:15\n'
     'PHYS-H1 | 23 May | Library Annex | 13:40\n'
     'BIO-H3  | 27 May | Sports Hall B | 09:15',
     'Where am I sitting the PHYS-H1 exam?',
     'The physics H1 paper will be held in the',
     ['Library Annex']),
    ('2024-11-08 23:58:41 SUBMIT ok user=s2219874 course=CS2041 assignment=A3-linkedlists '
     'file=a3_final_v2.zip size=184KB late=false',
     'What was the name of the file student s2219874 uploaded for the linked lists assignment?',
     'For A3 in CS2041, the archive that got handed in was called',
     ['a3_final_v2.zip']),
    ('Kingsbridge University Bookshop - Receipt #77120\n'
     'Calculus: Early Transcendentals (used)  £38.50\n'
     'Lab coat, size M  £14.00\n'
     'Scientific calculator FX-991  £22.99\n'
     'Total  £75.49',
     'How much did I pay for the lab coat at the campus shop?',
     'At the university bookshop, the white coat for practicals cost me',
     ['£14.00', '14.00']),
    ("Tutor (Dr. Ines Halvorsen): Your extension is approved - the dissertation proposal can now come in "
     "on 2 April instead of 19 March. Please don't ask to push it again, Marcus.",
     "What's Marcus's new deadline for getting his dissertation proposal in?",
     'Now that the extension has been granted, the proposal is due on',
     ['2 April']),
    ("Application form - St. Aldric's Sixth Form College\n"
     'Applicant: Lucia Ferreira-Quint\n'
     'Candidate no.: 4471\n'
     'Preferred subjects: Economics, Latin, Further Maths\n'
     'Interview slot: Tue 11 Feb, 10:20',
     'Which applicant number was Lucia given by the college?',
     "Lucia Ferreira-Quint's ID number on the St. Aldric's paperwork is",
     ['4471']),
    ('grading.late_penalty_per_day = 7.5   # percent; capped by grading.max_late_days = 4 '
     '(MATH1320 Moodle settings)',
     'For MATH1320, how many percent get knocked off for each day a submission is overdue?',
     'Every day a MATH1320 assignment comes in late, the percentage deducted is',
     ['7.5']),
    ("Photo: Harrowgate Grammar's debating team - captain Oyelaran Adebisi (centre) holding the "
     'Fenwick Shield after the county final in Thornleigh, 2019.',
     'Who led the debating squad in that picture?',
     "The student captaining Harrowgate Grammar's debaters was",
     ['Oyelaran Adebisi', 'Adebisi']),
    ('Coursework checklist HIST 214:\n'
     '- source analysis (1,500 words) - 20%\n'
     '- archive visit report - 15%\n'
     '- research essay (4,000 words) - 45%\n'
     '- seminar participation - 20%',
     'How much of the HIST 214 grade does the big research essay count for?',
     'Of the overall HIST 214 mark, the long essay is weighted at',
     ['45%', '45']),
    ('Note to self: library fine for the overdue thesis binding manual is £6.40 - pay at the '
     'Merrow Building desk before graduation clearance on 30 June. Also return locker 118 key.',
     'Remind me where I have to go to settle that library fine.',
     'The overdue-book charge can be paid at the',
     ['Merrow Building desk', 'Merrow Building']),
    ('Pinecrest Primary will close at 12:30 on Thursday 5 December for staff training; the Nativity '
     'rehearsal moves to Monday 9 December at 14:00.',
     'What time are the Pinecrest kids let out early on the training day?',
     'On the staff development day, Pinecrest Primary shuts its doors at',
     ['12:30']),
    ('From: admissions@velloway.ac.uk\n'
     'Subject: Offer ref VEL-2025-08833 - conditional on AAB\n'
     'Please confirm your place by 15 July via the applicant portal.',
     "What's the reference code on my offer from Velloway?",
     'The Velloway admissions team filed my offer under the reference',
     ['VEL-2025-08833']),
    ('| Quentin Marsh | MSc Data Science | Supervisor: Prof. Tabitha Orr | Viva: 17 Sept | Room G.04 |',
     'Who is overseeing Quentin Marsh\'s MSc project?',
     "Quentin's master's research is being supervised by",
     ['Prof. Tabitha Orr', 'Tabitha Orr', 'Orr']),
    ('Jonah: lab report for organic chem got moved!! now due wed 9am, prac quiz is still tues. '
     'bring goggles, Dr Pell says no goggles no entry',
     'By when does the organic chemistry write-up need to be in now?',
     'The rescheduled deadline for the organic chem lab report is',
     ['wed 9am', '9am']),
    ("Exam board decision (ref EB/24/117): candidate Ravi Sundaram's appeal upheld; module ECON305 "
     'mark revised from 38 to 52. Resit no longer required.',
     "What did Ravi's ECON305 mark get changed to after the appeal?",
     "Following the board's ruling, Ravi Sundaram's ECON305 result now stands at",
     ['52']),
    ("Brightwater Academy - Parents' Evening\n"
     'Year 7: Mon 3 Mar, 16:00-19:00, Main Hall\n'
     'Year 9: Wed 5 Mar, 16:30-19:30, Drama Studio\n'
     'Year 11: Thu 6 Mar, 17:00-20:00, Main Hall',
     'Which day do the Year 9 parents need to come in to meet teachers?',
     'Parents of Year 9 pupils at Brightwater are invited to come in on',
     ['Wed 5 Mar', '5 Mar']),
]
OTHER46_ABSENT = [
    ('How many words is the Year 10 geography fieldwork write-up supposed to be?', 'chat', 0),
    ('What time does the BIO-H3 exam finish?', 'chat', 1),
    ('What mark did s2219874 get on the linked lists assignment?', 'chat', 2),
    ("What is Marcus's dissertation actually about?", 'chat', 4),
    ("Lucia Ferreira-Quint's admissions interview will be conducted by", 'completion', 5),
    ('Which school came second at the county debating final in Thornleigh?', 'chat', 7),
    ('Which degree course is the Velloway offer for?', 'chat', 11),
    ("The external examiner on Quentin Marsh's viva panel is", 'completion', 12),
]
OTHER47 = [
    ("Hi Marisol, Dr. Teodor Vance had to move Biscuit's dental cleaning from Tue 9 April to "
     "Thu 11 April, same time (08:15). Please keep him fasting from 10pm the night before. "
     "- Fernhill Veterinary Practice",
     "What day did Biscuit's teeth appointment get pushed back to?",
     "The rescheduled scale-and-polish for Biscuit now takes place on",
     ['Thu 11 April', '11 April']),
    ("BOOKING FORM - Larchwood Boarding Kennels\n"
     "Dog: Pepper (Border Collie, 6 yrs)   Run no.: 14B\n"
     "Check-in: 22/07   Check-out: 03/08\n"
     "Emergency contact: Gareth Pryce, 07700 914 362",
     "Which run has Pepper been put in at Larchwood?",
     "While she boards at the kennels, Pepper will be staying in run",
     ['14B']),
    ("| Pet         | Vaccine | Given      | Due        |\n"
     "| Mochi (cat) | FVRCP   | 02/02/2024 | 02/02/2025 |\n"
     "| Mochi (cat) | Rabies  | 15/03/2024 | 15/03/2027 |\n"
     "| Rufus (dog) | Lepto   | 10/01/2024 | 10/01/2025 |",
     "When is the cat next due for her rabies jab?",
     "Mochi's next shot against rabies should be booked for",
     ['15/03/2027']),
    ('2024-05-18 14:02:51 INTAKE shelter=Oakbridge id=A-30917 species=rabbit name="Clover" '
     'source=stray kennel=R-06 intake_weight=1.9kg officer=J.Mbeki',
     "What record number did Oakbridge assign to Clover when she came in?",
     "In the shelter's system, the stray bunny Clover is logged under",
     ['A-30917']),
    ("PAWSTEAD ANIMAL HOSPITAL   Inv #88213\n"
     "Consultation ........ $65.00\n"
     "X-ray (2 views) ..... $210.00\n"
     "Meloxicam 10ml ...... $18.40\n"
     "TOTAL ............... $293.40   Paid: Visa ****4417",
     "How much did the radiographs cost on that Pawstead bill?",
     "Leaving aside the consult and the painkiller, the imaging alone came to",
     ['$210.00', '210.00', '210']),
    ("Receptionist (Keely): 'Yes, we can squeeze Juniper in, but Dr. Osei is in surgery until two, "
     "so you'd be seeing Dr. Lindqvist at 11:40 instead.'",
     "Who's the vet that Juniper will actually be seen by?",
     "Because the usual vet is tied up in theatre, Juniper's slot is with",
     ['Dr. Lindqvist', 'Lindqvist']),
    ("# Tango (husky) - kitchen feeder\n"
     "feeder.schedule = 06:30, 12:15, 18:45\n"
     "feeder.portion_grams = 85\n"
     "feeder.low_hopper_alert = 400",
     "Remind me when Tango gets his last meal of the day from the machine.",
     "The automatic feeder serves Tango his evening dinner at",
     ['18:45']),
    ("Photo: Volunteer Anouk Ferreira with Bramble, a 9-year-old greyhound who found a home on "
     "Saturday after 214 days at Hollins Lane Rescue - our longest-staying resident this year.",
     "How long was Bramble waiting at the rescue before somebody adopted him?",
     "Before finally going to a family, the old greyhound had spent",
     ['214 days', '214']),
    ("Cat room rota - Week 32\n"
     "Mon: Imogen T.\nTue: Rashid\nWed: Imogen T.\n"
     "Thu: Bea Kowalczyk\nFri: (vacant)\nSat: Rashid + Liesl",
     "Who's covering the Thursday shift with the cats that week?",
     "In week 32, the cattery volunteer on duty on Thursday is",
     ['Bea Kowalczyk', 'Kowalczyk']),
    ("Pet sitter - Whiskers gets 1/4 tablet of methimazole with breakfast ONLY. Hide it in the tuna "
     "paste. Litter is under the stairs. Vet if needed: Elmstone Vets 01632 480 227 "
     "(not the 24h number on the magnet).",
     "If something goes wrong with Whiskers, what number should I ring for the vet?",
     "Should Whiskers need medical attention, the person minding him ought to dial",
     ['01632 480 227']),
    ("Claim ref: PHX-5520-K | Policyholder: Dana Whitcombe | Pet: Ziggy (ferret) | "
     "Condition: adrenal disease | Amount claimed: €640 | Excess: €99 | Status: approved 02 Oct",
     "What deductible did Dana have to pay on Ziggy's insurance claim?",
     "The portion of the ferret's bill that Dana covered herself under the policy was",
     ['€99', '99']),
    ("The Greystoke Road clinic was founded in 1987 by a retired farm vet, Agnes Muir, and moved to "
     "its current premises beside the canal in 2009 when the practice took on its first "
     "exotic-animal specialist.",
     "In which year did the Greystoke Road practice relocate to the building by the canal?",
     "The practice has been operating from its waterside site since",
     ['2009']),
    ("FROM: CedarVet - Reminder: Luna's booster is due. Reply 1 to confirm Fri 14:20 with nurse "
     "Priyanka, 2 to cancel. Clinic closes 17:30. Ref CV-7741",
     "Which member of staff is giving Luna her vaccination?",
     "On Friday afternoon, Luna's jab is being done by",
     ['nurse Priyanka', 'Priyanka']),
    ("LOST - GINGER TOM 'MARMADUKE'\n"
     "Last seen Thurs evening near Pollard Street allotments. Neutered, chipped "
     "(chip 941000024417735), blue collar with bell.\n"
     "£300 REWARD - call Hettie on 07911 225 604",
     "How much money is being offered to whoever finds Marmaduke?",
     "Anyone who brings the missing ginger cat home can collect",
     ['£300', '300']),
    ("4.2 The adopter agrees to have the animal spayed/neutered within 60 days of the adoption date "
     "if not already done, and to return the animal to Brookfield Animal Shelter, not rehome it "
     "privately, should they be unable to keep it. Adoption fee (non-refundable): $175.",
     "How long do I get to have my new dog fixed after adopting from Brookfield?",
     "Under the Brookfield contract, desexing must be carried out at most",
     ['60 days', '60']),
    ("Weigh-ins (Hazel, dachshund):\n"
     "Jan 6 - 9.8 kg\nFeb 3 - 9.4 kg\n"
     "Mar 2 - 9.1 kg  (target 8.5 kg per Dr. Amadi)",
     "What weight is Hazel supposed to slim down to?",
     "The vet's goal weight for the little sausage dog is",
     ['8.5 kg', '8.5']),
]

OTHER47_ABSENT = [
    ("How much is Biscuit's dental cleaning at Fernhill going to cost?", 'chat', 0),
    ("What's the nightly rate Larchwood charges for Pepper's stay?", 'chat', 1),
    ("Who ended up adopting Clover the rabbit from Oakbridge?", 'chat', 3),
    ("Which vet signed off invoice 88213 at Pawstead?", 'chat', 4),
    ("What are the names of the family that took Bramble home?", 'chat', 7),
    ("Which vet diagnosed Ziggy's adrenal disease?", 'chat', 10),
    ("The current head vet at the Greystoke Road clinic is", 'completion', 11),
    ("Marmaduke's owner lives on the street called", 'completion', 13),
]
OTHER48 = [
    ('Hi all - the Thursday ladder night moves from the Crown & Anchor to Dunmore Library, Room 3B, '
     'starting 14 Nov. Boards set up at 7:15, first round 7:30. - Gerald',
     'Where will the weekly ladder games be played from now on?',
     'From mid-November, the chess club ladder evenings will take place at',
     ['Dunmore Library, Room 3B', 'Dunmore Library']),
    ('Woolly Wonders, 22 Fen Lane\n'
     '2 x Drops Merino Extra Fine (col. 17) @ 6.40 = 12.80\n'
     '1 x 4mm circular needles, 80cm = 9.95\n'
     "Members' discount 10%: -2.28\n"
     'TOTAL 20.47',
     'How much did I pay for the circular needles on that yarn shop receipt?',
     'Before the discount, the 4 mm circulars rang up at',
     ['9.95']),
    ('Layout | Gauge | Length | Builder\n'
     'Kettlewell Junction | OO | 4.2 m | Derek Pryce\n'
     'Ashby Quarry Branch | N | 2.7 m | Sunita Vale\n'
     'Port Carrick | O | 6.1 m | Ron Ebbage',
     'Who made the N gauge layout?',
     'The N-scale exhibit on the society list was constructed by',
     ['Sunita Vale', 'Vale']),
    ("Spring Open results (judge: Marguerite Oyelaran): 1st 'Heron at Dawn' - Callum Rees; "
     "2nd 'Rust Belt' - Ines Haddad; 3rd 'Fogbound' - Peter Lusk. HC: 'Tin Roof' - Ines Haddad.",
     'What was the name of the picture that finished runner-up in the spring contest?',
     'The image placed just behind the winner in the Spring Open was titled',
     ['Rust Belt']),
    ('[tournament]\n'
     'name = Harrowgate Rapidplay 2024\n'
     'time_control = 15+10\n'
     'rounds = 6\n'
     'pairing = swiss\n'
     'entry_fee_gbp = 12',
     "What's the clock setting for the Harrowgate rapid event?",
     'Players at the Harrowgate rapidplay will have a time limit of',
     ['15+10']),
    ("Maud: Don't forget, the charity blanket squares need to be 20 cm by 20 cm, and hand them to "
     "Beryl by the 9th of March, not me - I'm away in Whitby till the 15th.",
     'Who am I supposed to give my finished squares to?',
     'Completed squares for the charity blanket should be dropped off with',
     ['Beryl']),
    ('NEW MEMBER FORM - Lowther Camera Club\n'
     'Name: Tobias Merriweather\n'
     'Membership no.: LCC-0473\n'
     'Camera: Fujifilm X-T30\n'
     'Interests: street, long exposure\n'
     'Joined: 02/09/2023',
     "Remind me what Tobias's club number is.",
     'The ID the camera club issued to Merriweather is',
     ['LCC-0473', '0473']),
    ("Note to self: the Bachmann class 37 (D6817) needs a new traction tyre, rear bogie. "
     "Loco 'Cwm Prysor' just needs cleaning. Spares box is in the loft, shelf 2.",
     'Which running number is on the engine that needs its tyre replaced?',
     'The locomotive with the worn traction tyre carries the number',
     ['D6817']),
    ("Above: Ffion Pugh's 'Salt Flats, Lake Eyre' - shot on a Nikon Z6 at f/11, 1/250s, ISO 100 - "
     "took the Members' Choice award at our October exhibition in Brecon.",
     'What aperture was the salt flats photo taken at?',
     'For her award-winning salt flats picture, Pugh stopped the lens down to',
     ['f/11']),
    ('2024-03-18 21:42:07 INFO game#88314 finished: white=kpatel_chess (1612) '
     'black=Norbury_Rook (1588) result=0-1 termination=resignation moves=41',
     'What rating did the player with the black pieces have in that game?',
     'Going into game 88314, Norbury_Rook was rated',
     ['1588']),
    ("Bring to Saturday's sock workshop:\n"
     '- 100g 4-ply sock yarn\n'
     '- 2.5mm DPNs (set of 5)\n'
     '- stitch markers\n'
     '- £8 for tea and cake (pay Gwen)\n'
     "Venue: St Aidan's church hall, 10am-1pm",
     'What size double-pointed needles do I need for the sock class?',
     'The double-pointed needles to take along on Saturday should be size',
     ['2.5mm', '2.5']),
    ('Subject: AGM - Tues 21 May\n'
     'Dear members, the AGM will be held at 8pm in the Signal Box Room, Harlow Rd. Nominations for '
     'treasurer close on 7 May; please send them to our secretary, Alan Fairclough.',
     'By when do I have to put someone forward for the treasurer post?',
     'Anyone wishing to propose a candidate for treasurer must do so by',
     ['7 May']),
    ('Date | Speaker | Topic\n'
     '12 Jan | Helena Strand | Infrared landscapes\n'
     '26 Jan | Omar Baptiste | Wet-plate collodion\n'
     '9 Feb | Rhys Tallow | Birds in flight',
     'Who is coming to talk to us about the old collodion process?',
     'The evening on nineteenth-century plate photography will be presented by',
     ['Omar Baptiste', 'Baptiste']),
    ('The Ravensmoor Chess Club was founded in 1957 by a railway signalman, Albert Quigley, and won '
     'the county league for the first time in 1982.',
     'In which year did Ravensmoor first take the county title?',
     "Ravensmoor's maiden county league championship came in",
     ['1982']),
    ("[19:04] Rosalind: Yarn swap moved to the Bell Inn back room, Thursday 6:30. Bring up to 5 skeins. "
     "Kettle's on at Joan's after if anyone fancies it.",
     'How many skeins is each of us allowed to bring to the swap?',
     'The most skeins any one knitter may bring to the swap is',
     ['5']),
    ('BOOKING CONFIRMED - Trentham Model Rail Show\n'
     'Ref: TMR-55920 | Stand B14 | 2 exhibitor passes\n'
     'Set-up: Fri 4 Oct from 16:00 | Doors open: Sat 5 Oct 10:00\n'
     'Balance due: £145.00',
     "Which pitch have we been allocated at the Trentham show? I can't remember.",
     'At the Trentham exhibition our layout will be set up on stand',
     ['B14']),
]
OTHER48_ABSENT = [
    ('What time does the Thursday ladder night finish?', 'chat', 0),
    ("What's the phone number for Woolly Wonders?", 'chat', 1),
    ('In what year was Kettlewell Junction built?', 'chat', 2),
    ('How many squares are needed in total for the charity blanket?', 'chat', 6),
    ('The email address Merriweather gave on his membership form is', 'completion', 7),
    ('Which opening was played in game 88314?', 'chat', 9),
    ("Who is the model railway society's current treasurer?", 'chat', 11),
    ('The Trentham show booking was made in the name of', 'completion', 15),
]
OTHER49 = [
    ('PCN No: WK48207193 | Vehicle reg: LM19 XTV | Contravention code: 01 (parked in restricted street '
     'during prescribed hours) | Issued: 14/02/2024 09:42 | Amount: £70 (reduced to £35 if paid within '
     '14 days)',
     'If I settle this parking ticket quickly, what does it come down to?',
     'Paying promptly, inside the two-week window, brings the penalty down to',
     ['£35', '35']),
    ('Hi Mr Delacroix, your application ref 24/01187/FUL for a single-storey rear extension at '
     '9 Harrowgate Close has been validated. The target decision date is 22 April 2024 and the case '
     'officer is Fenella Roscoe.',
     "Who at the council is actually dealing with my extension application?",
     'The planner assigned to look after the Harrowgate Close extension is',
     ['Fenella Roscoe', 'Roscoe']),
    ('Resident permit charges (Zone K):\n'
     '1st vehicle | £62/yr\n'
     '2nd vehicle | £118/yr\n'
     'Visitor scratchcards (book of 10) | £14.50',
     "We've got two cars now - what would the second one's permit set me back each year in Zone K?",
     'For an additional household car in Zone K, the annual charge comes to',
     ['£118', '118']),
    ('2024-03-05 11:17:02 [ENFORCE] officer=CEO-3312 street=Pellow Road bay=PR-14 '
     'action=warning_notice vrm=KD22 FHB',
     'Can you tell me the ID of the warden who put the warning on the car in Pellow Road?',
     'The warning notice at bay PR-14 was recorded by enforcement officer',
     ['CEO-3312']),
    ("Cllr Oduya: I'd ask that the Brackenfield skate park licence be deferred to the June committee.\n"
     'Chair (Cllr Hambleton): Noted. Next item is the Lantern Street market trading permit.',
     'Which meeting did Oduya want the skate park decision pushed back to?',
     'One councillor proposed putting off the skate park licence until the',
     ['June committee', 'June']),
    ('ASHBURY DISTRICT COUNCIL - Receipt\n'
     'Skip permit (7 days), outside 41 Quarry Lane\n'
     'Paid: £45.00 by card, 08/05/2024\n'
     'Receipt no. SKP-55019',
     "Remind me of the reference on the payment slip for the skip I had on Quarry Lane.",
     'For the record, my skip licence payment was logged under number',
     ['SKP-55019']),
    ('Note to self: bin collection moved from Tuesday to Thursday from 1 July; garden waste '
     'subscription renewal £49 due by 31 May. Call ref for missed bins: MB-2207.',
     "When's the deadline for renewing the green bin subscription?",
     'I have to sort out the garden waste renewal no later than',
     ['31 May']),
    ('[zone.CPZ-F] hours = "Mon-Sat 08:30-18:30"; max_stay_mins = 120; tariff_per_hour = 2.40; '
     'no_return_mins = 60',
     'What is the longest a car is allowed to stay in CPZ-F, in minutes?',
     'In zone CPZ-F the maximum parking time allowed, in minutes, is',
     ['120']),
    ('Photo: the proposed four-storey block at the former Merriton Dairy site, Wick Lane, as shown in '
     'plans lodged by Calloway Homes (48 flats, 12 designated affordable).',
     'How many of the homes planned for the old Merriton Dairy would count as affordable housing?',
     'Of all the flats Calloway wants to build on the dairy land, the number earmarked as affordable is',
     ['12']),
    ('I am writing to appeal PCN HT30914552, issued on Corvan Street on 3 June. The signage at the bay '
     'entrance was obscured by scaffolding erected by Brightwell Builders. - Sanjay Mehta',
     "Whose scaffolding was covering the parking sign in Sanjay's appeal?",
     'The scaffold hiding the sign on Corvan Street had been put up by',
     ['Brightwell Builders', 'Brightwell']),
    ('Licensing sub-committee, 18 Sept:\n'
     '1. Premises licence variation - The Copper Kettle, 12 Fore St\n'
     "2. Street trading consent - Nadia's Crepes, Market Sq\n"
     '3. Taxi driver review - licence no. HD-0481',
     'Which business on that agenda wants permission to sell from a pitch in the square?',
     'The stall hoping to get the go-ahead to trade on the market square is',
     ["Nadia's Crepes", 'Nadia']),
    ('Ashbury Council: Your dropped kerb application DK/2291 has been approved. Works must be done by '
     'an approved contractor. Inspection fee £95 payable before 30/09.',
     'By what date do I need to have paid for the dropped kerb inspection?',
     'The charge for having the new kerb inspected must be settled before',
     ['30/09']),
    ('Caller: Hi, it\'s Gwen Talbot, I reported a pothole on Sedley Avenue last week.\n'
     "Agent: Thanks Gwen, that's job 774361, it's been graded Category 2, so repair within 28 days.",
     'How urgent did the council rate the Sedley Avenue pothole - what grade did it get?',
     "After assessment, Gwen's road defect report was placed in",
     ['Category 2']),
    ('Weekly list w/c 8 Jan\n'
     'Ref | Address | Proposal | Ward\n'
     '24/00031/HOU | 7 Linnet Way | loft dormer | Eastfield\n'
     "24/00044/LBC | Old Rectory, Church Row | replace windows | St Aldhelm's",
     'The window replacement at the Old Rectory - which ward does that come under?',
     'The listed building case on Church Row sits in the ward of',
     ["St Aldhelm's", 'Aldhelm']),
    ('Temporary Road Closure Order - Applicant: Harefield Carnival Committee. Road: Dunmore Street '
     '(junction with Bell Lane to No. 60). Date: Sat 13 July, 10:00-17:00. Diversion via Ormsby Road.',
     'Where will the traffic be sent while Dunmore Street is shut for the carnival?',
     'While the carnival has the street closed, drivers will be rerouted along',
     ['Ormsby Road', 'Ormsby']),
    ('TPO 2023/07 covers the copper beech (T1) and two limes (T2, T3) at Fallowfield House. Works '
     'application by arborist Kieran Doyle to crown-lift T2 refused 2 Feb.',
     'Who was the tree surgeon that asked to do work on the lime at Fallowfield House?',
     'The crown-lift request that got turned down had been submitted by',
     ['Kieran Doyle', 'Doyle']),
]
OTHER49_ABSENT = [
    ('Which street was the car parked on when ticket WK48207193 was issued?', 'chat', 0),
    ('When did Mr Delacroix first submit his extension application?', 'chat', 1),
    ('Which skip hire firm supplied the skip outside 41 Quarry Lane?', 'chat', 5),
    ('The fine for overstaying the time limit in zone CPZ-F is', 'completion', 7),
    ('How tall, in metres, would the Merriton Dairy block be?', 'chat', 8),
    ('What time does the licensing sub-committee meeting on 18 Sept start?', 'chat', 10),
    ('Which contractor has been sent to fix the Sedley Avenue pothole?', 'chat', 12),
    ('The person at the carnival committee to contact about the Dunmore Street closure is',
     'completion', 14),
]
OTHER50 = [
    ('14 Feb - Ran the second Bradford assay on lysate batch KL-7. Absorbance at 595 nm averaged 0.62; '
     'protein came out at 1.8 mg/mL, well below the 3.1 mg/mL we got from batch KL-6. '
     'Lena suspects the sonicator probe.',
     'What protein concentration did the KL-7 lysate end up giving?',
     'According to the Bradford readout, the lysate from batch KL-7 contained',
     ['1.8 mg/mL', '1.8']),
    ('Sample ID | Site | Collected | Depth (m) | Collector\n'
     'SED-0419 | Harrow Fen core B | 2023-08-11 | 2.35 | R. Adeyemi\n'
     'SED-0420 | Harrow Fen core C | 2023-08-12 | 1.90 | M. Tullock',
     'Who pulled sediment sample SED-0420 out of the fen?',
     'The person credited with gathering core SED-0420 is',
     ['M. Tullock', 'Tullock']),
    ('Hi Joan - the -80 freezer in room B214 alarmed overnight; it climbed to -61°C before Facilities '
     'reset it at 06:40. I\'ve moved the plasmid boxes to the backup unit in B209. - Dev',
     'Where did Dev shift the plasmids to after the freezer warmed up?',
     'Following the overnight alarm, the plasmid stocks were relocated to the spare freezer in room',
     ['B209']),
    ('06:12 transect T3, marker 14: 2 adult natterjack toads under slate; air 9.5°C, soil damp. '
     '06:31 marker 17: nil. 06:48 marker 22: 1 juvenile, photo IMG_4471.',
     'Which image file has the young toad in it?',
     'The juvenile spotted at the 22nd marker was captured in the picture named',
     ['IMG_4471', '4471']),
    ('incubator_3: setpoint_temp=37.0  co2_pct=5.0  humidity=95  last_calibrated=2024-01-09  '
     'owner=cellbio_core',
     'When did someone last check and adjust the third incubator?',
     'The most recent calibration of incubator number three took place on',
     ['2024-01-09']),
    ('Marta (on radio, 14:05): "Base, we\'ve reached the second ice cave. Reading 412 ppm CO2 at the '
     'entrance, dropping to 388 inside. Heading back by 15:30."',
     'Once Marta got deeper into the cave, what carbon dioxide level did she report?',
     'Past the mouth of the second ice cave, the carbon dioxide reading fell to',
     ['388']),
    ('Halvorsen Scientific - Invoice #HS-22817\n'
     '2 x Whatman GF/F filters (pk 100) ... $184.00\n'
     '1 x nitrile gloves M (case) ... $62.50\n'
     'Shipping ... $14.00\n'
     'Total ... $260.50',
     'How much were we charged for the box of gloves on the Halvorsen order?',
     'On the Halvorsen bill, the case of medium-size nitrile gloves came to',
     ['$62.50', '62.50']),
    ('Fig. 3. Stomatal density on abaxial leaf surfaces of Quercus petraea seedlings grown at 420 ppm '
     '(left) vs 700 ppm (right). Scale bar = 50 µm. Imaged by T. Okonkwo, Leica DM6, 14 Jun 2022.',
     'In the oak stomata figure, how long is the scale bar supposed to be?',
     'In the micrographs of the oak seedling leaves, the little reference bar represents',
     ['50 µm', '50']),
    ('Field kit checklist for Kessock estuary trip (Sat):\n'
     '- 40 sterile Falcon tubes\n'
     '- 2 YSI probes (charged)\n'
     '- tide table - low water 11:52\n'
     '- waders x4\n'
     '- cool box + 6 ice packs',
     'Remind me what time the tide bottoms out on Saturday at Kessock.',
     'On the estuary outing, the sea will be furthest out at',
     ['11:52']),
    ('SAMPLE TRANSFER FORM\n'
     'From: Dr. Ilse Brandvold (Marine Ecology)\n'
     'To: Genomics Core, attn. Kwame Asante\n'
     'Items: 24 gill tissue samples in RNAlater\n'
     'Courier: DHL, tracking 7730 1182 0496\n'
     'Date shipped: 3 Oct',
     'Who at the genomics facility is meant to be receiving the gill tissue?',
     'The fish gill shipment was addressed for the attention of',
     ['Kwame Asante', 'Asante']),
    ('Our weather station on Skarvfjell (elevation 1,140 m) logged a minimum of -23.4 °C on the night '
     'of 17 January, the coldest since we installed it in 2019; the maximum the following day was '
     'only -15.8 °C.',
     'How cold did it get up at the Skarvfjell station that record night in January?',
     'The lowest overnight temperature the mountain station registered on 17 January was',
     ['-23.4 °C', '-23.4']),
    ('Prepared 500 mL of 10x PBS, lot tag PBS-0317. Weighed 40.0 g NaCl, 1.0 g KCl, 7.2 g Na2HPO4, '
     '1.2 g KH2PO4. pH adjusted to 7.4 with HCl. Autoclaved. Stored shelf 2, cold room. -JR',
     'How much potassium chloride did JR put into the buffer?',
     'For that concentrated PBS batch, the quantity of KCl used was',
     ['1.0 g', '1.0']),
    ('[2024-03-22 02:17:44] HPLC-2 WARN: column pressure 318 bar exceeds limit 300 bar; '
     'sequence SEQ_0912 paused at vial 37 of 60.',
     'Which vial number was the HPLC on when it stopped overnight?',
     'When the overpressure warning halted the run, the autosampler had got as far as vial',
     ['37']),
    ('Subject: Re: otter spraint survey\n'
     'Thanks, Priyanka. Confirming we\'ll start at Glenarrow bridge on the 9th and finish at Dunmore '
     'weir. Permit number from NatureScot is NS-2086-B - please keep a copy in the van. Cheers, Owen',
     'Which licence reference did NatureScot issue us for the otter work?',
     'The authorisation code the survey team must carry, issued by NatureScot, is',
     ['NS-2086-B']),
    ('Ring no. | Species | Wing (mm) | Mass (g)\n'
     'Z81204 | Blue tit | 66 | 11.2\n'
     'Z81205 | Great tit | 75 | 18.6\n'
     'Z81206 | Blue tit | 64 | 10.8',
     'How heavy was the great tit we ringed, in grams?',
     'In grams, the weight recorded for the great tit was',
     ['18.6']),
    ('Sven: heads up, the autoclave in 3.11 is out till Thursday - tech from Steriltek said the door '
     'seal\'s gone. Use the one on floor 2 meanwhile, booking sheet\'s on the door.',
     'I need to sterilise some media - when will the broken autoclave be usable again?',
     'The faulty steriliser in room 3.11 should be back in action on',
     ['Thursday']),
]
OTHER50_ABSENT = [
    ('What absorbance reading did batch KL-6 give at 595 nm?', 'chat', 0),
    ('Who collected sediment sample SED-0421 at Harrow Fen?', 'chat', 1),
    ('What time did the -80 freezer in B214 first start alarming?', 'chat', 2),
    ('What was the air temperature when the juvenile toad was found at marker 22?', 'chat', 3),
    ('What oxygen setpoint is incubator 3 running at?', 'chat', 4),
    ('The serial number of the Leica microscope used to image the oak leaves is', 'completion', 7),
    ('When did the genomics core confirm they had received the gill samples?', 'chat', 9),
    ('The expiry date written on the 10x PBS batch is', 'completion', 11),
]
OTHER51 = [
    ('Hi all - the christening for baby Rosalind is at St Brannock\'s on Saturday 14 June at 11:30; '
     'lunch afterwards at the Fernleigh Arms from 1pm. Please RSVP to Margo by 30 May.',
     'What time does the church service for little Rosalind kick off?',
     'Rosalind\'s baptism gets underway in church at',
     ['11:30']),
    ('Table | Guests\n'
     '4 | Uncle Desmond Pyle, Aunt Corinne, cousin Fitz\n'
     '7 | Grandma Ilse Varga, Pastor Okonjo\n'
     '9 | Kids\' table (8 children)',
     'Which table did we put Grandma Ilse at?',
     'On the seating plan, Ilse Varga is sitting at table number',
     ['7']),
    ('Blossom & Twine Florists - Invoice #BT-20931\n'
     '12x buttonholes @ £6.50 ........ £78.00\n'
     'Bridal bouquet (peonies) ....... £145.00\n'
     'Deposit paid ................... £60.00',
     'How much did the bride\'s flowers that she carries come to?',
     'The peony bouquet the bride will hold was charged at',
     ['£145.00', '145.00']),
    ('2024-08-17 16:42:05 [booking] venue=Hollowmere Barn status=CONFIRMED ref=HMB-5527 '
     'guests=112 coordinator=Leona Fitch',
     'Remind me of the reservation number for the barn.',
     'If the venue asks, our confirmation code for Hollowmere is',
     ['HMB-5527']),
    ('Auntie Pearl: Don\'t forget, your grandparents\' ruby anniversary party is on the 22nd, '
     'not the 29th - the 29th is Benji\'s graduation!',
     'When exactly is Gran and Grandad\'s anniversary do?',
     'The celebration for my grandparents\' forty years together falls on the',
     ['22nd']),
    ('Marriage notice form - Section B\n'
     'Party 1: Tomasz Wilk, age 34, occupation: joiner\n'
     'Party 2: Eleri Mabbott, age 31, occupation: midwife\n'
     'Registration district: Carrowdale',
     'What does Eleri do for a living?',
     'By profession, the bride-to-be Eleri is a',
     ['midwife']),
    ('Cutting the cake at Harriet & Jomo\'s reception, Larkspur Hall, 9 Sept 2023. '
     'Cake by Mrs. Adaeze Quill of Crumbworth Bakes (four tiers, lemon & elderflower).',
     'Who baked the cake for Harriet and Jomo\'s wedding?',
     'The four-tier lemon and elderflower creation at Larkspur Hall was made by',
     ['Mrs. Adaeze Quill', 'Adaeze Quill', 'Quill']),
    ('Godparents for Felix:\n'
     '- Godmother: Sunniva Haraldsen\n'
     '- Godfathers: Raffi Okello, Declan Moor\n'
     '- Officiant: Rev. Gwen Altamirano',
     'Can you tell me who Felix\'s godmother is?',
     'The woman chosen to stand as godmother for baby Felix is',
     ['Sunniva Haraldsen', 'Haraldsen']),
    ('rsvp_deadline=2025-04-18  meal_choices=beef,salmon,mushroom_wellington  '
     'max_plus_ones=1  wedding_date=2025-06-07',
     'By what date do guests need to have replied to the invite?',
     'The last day people can send back their responses is',
     ['2025-04-18']),
    ('Note to self: pay Gideon the DJ his balance of $740 by Friday. The photographer (Carys Lunt) '
     'already got her $1,200, and the band deposit was $300.',
     'How much do I still owe the DJ?',
     'What remains to be paid to Gideon for the music is',
     ['$740', '740']),
    ('The Abernethy-Sato twins were christened together in the old chapel at Inverquay, wearing '
     'the same lace gown their great-grandmother Morag had worn in 1931.',
     'What year did great-grandma Morag wear that christening gown?',
     'The lace gown had first been worn by Morag back in',
     ['1931']),
    ('[19:04] Dev: hen do is moving to the Brass Lantern on Corwen St, bring £25 cash for the kitty, '
     'cocktail masterclass starts 8.15',
     'How much money should I bring along to the hen night?',
     'Each of the girls is meant to chip in cash of',
     ['£25', '25']),
    ('Course | Option A | Option B\n'
     'Starter | beetroot tartlet | smoked trout\n'
     'Main | lamb rump | wild mushroom risotto\n'
     'Dessert | sticky toffee pudding | Eton mess',
     'If someone doesn\'t want the first main course choice, what\'s the alternative?',
     'Guests who pass on the lamb can instead go for the',
     ['wild mushroom risotto', 'mushroom risotto']),
    ('From: Ottoline Frey\nSubject: Noam\'s bar mitzvah\n'
     'The kiddush will be at Beth Shalom hall, 2 Tannery Lane. Please park at the Wexcombe Road '
     'car park, not at the hall itself.',
     'Where are we supposed to leave the car for Noam\'s bar mitzvah?',
     'Anyone driving to Noam\'s celebration should use',
     ['the Wexcombe Road car park', 'Wexcombe Road']),
    ('Room block: Granby Court Hotel, code WED-PARRISH, 20 rooms held at £119/night until 1 May; '
     'after that the standard rate of £165 applies.',
     'What do I quote when booking Granby Court to get the wedding discount?',
     'To get the reduced wedding rate at the hotel, mention the code',
     ['WED-PARRISH']),
    ('Speeches (approx.): 19:10 father of the bride (Cyril Danvers), 19:20 best man (Ashok Pillai), '
     '19:35 groom.',
     'Who is doing the best man\'s speech?',
     'Straight after Cyril, the toast from the best man will be given by',
     ['Ashok Pillai', 'Pillai']),
]
OTHER51_ABSENT = [
    ('Who are Rosalind\'s godparents?', 'chat', 0),
    ('What colour are the peonies in the bridal bouquet?', 'chat', 2),
    ('How many guests at Hollowmere Barn asked for a vegetarian meal?', 'chat', 3),
    ('Where does Tomasz Wilk live?', 'chat', 5),
    ('What time is Felix\'s christening service?', 'chat', 7),
    ('What\'s the name of the band we booked?', 'chat', 9),
    ('At Granby Court Hotel, wedding guests can check in from', 'completion', 14),
    ('The maid of honour who speaks after the groom is called', 'completion', 15),
]
OTHER52 = [
    ('MOT TEST CERTIFICATE\n'
     'Vehicle: 2014 Vauxhall Corsa, reg KP14 XZD\n'
     'Odometer: 68,412 miles\n'
     'Test date: 12/09/2024   Expiry: 11/09/2025\n'
     'Testing station: Brackley Lane Motors, no. 4471',
     'What mileage was on the clock when the Corsa was tested?',
     'When it went in for its test, the little Vauxhall had covered',
     ['68,412 miles', '68,412']),
    ('Hi Dan, your Ducati is back off the dyno - after the remap it made 94.6 bhp at the wheel, '
     'up from 88.2 before. Invoice to follow. Cheers, Marcus @ Redline Moto',
     'How much power is the Ducati putting out now that it has been tuned?',
     'Following the new ECU map, the bike measured',
     ['94.6 bhp', '94.6']),
    ('HOLLIS & SONS GARAGE - Receipt #20931\n'
     'Front brake pads (pair)    £64.00\n'
     'Rear wiper blade           £11.50\n'
     'Labour 1.5h                £90.00\n'
     'TOTAL inc VAT             £198.60',
     'What did Hollis & Sons charge me for the hour and a half of work?',
     'For the mechanic\'s time alone, the garage billed',
     ['£90.00', '90.00']),
    ("2024-11-03 08:14:22 WARN OBD2 ecu=ENGINE code=P0301 desc='Cylinder 1 misfire detected' "
     "rpm=820 coolant=87C vin=WF0XXXGCDX8R12345",
     'Which fault code did the scanner pick up from the engine?',
     'The trouble code stored by the ECU that morning was',
     ['P0301']),
    ("Receptionist: \"The mechanic who did your cambelt was Gwen Tulloch, but if it's about the "
     "clutch you'll want Ravi Bhandari - he's in Thursday.\"",
     'Who am I supposed to speak to about my clutch problem?',
     'Any questions about the clutch should go to',
     ['Ravi Bhandari', 'Bhandari']),
    ('Bike               | Reg      | MOT due\n'
     'Honda CB500F       | YD19 LMV | 04 Mar 2025\n'
     'Triumph Bonneville | SN66 PRT | 17 Aug 2025\n'
     'Yamaha MT-07       | LB21 KOE | 29 Jan 2026',
     'Remind me when the Bonneville has to go in for its next test.',
     'The Triumph will need its annual roadworthiness check by',
     ['17 Aug 2025']),
    ('tyre_pressure_psi: {front: 32, rear: 36}   # Peugeot 308 SW, set by Fenwick Tyres',
     'What should the back tyres on the Peugeot estate be pumped up to?',
     'On the 308, the recommended inflation for the rear wheels in psi is',
     ['36']),
    ("Note on workshop fridge: Mrs Okonjo's Fiesta - customer says knocking over speed bumps. "
     "Suspect drop link. Courtesy car = the blue Kia, key tag 17.",
     "What part do the mechanics reckon is making the noise on Mrs Okonjo's Ford?",
     'The component the workshop thinks is behind the clunking is the',
     ['drop link']),
    ('Tilly bought the 1987 Land Rover Ninety from a farmer in Llandovery for £7,350, '
     'then spent another £2,100 on a galvanised chassis.',
     'How much did Tilly hand over for the Land Rover itself?',
     'The Welsh farmer sold Tilly his old Ninety for',
     ['£7,350', '7,350']),
    ('MOT result: FAIL\n'
     '- Nearside front tyre tread below 1.6mm (dangerous)\n'
     '- Offside headlamp aim too high (major)\n'
     '- Exhaust slight leak (minor)\n'
     'Tester ID: JHW0982',
     'Which tyre did the tester say was worn past the legal limit?',
     'The wheel whose rubber was marked as a dangerous defect was the',
     ['Nearside front tyre', 'Nearside front']),
    ('Photo: Jonah Whitcombe on his 1972 BSA Rocket 3 at the Cadwell Park vintage sprint, '
     'where he clocked 11.84s over the quarter mile - third behind two Nortons.',
     "What was Jonah's time on the sprint?",
     'Over the 400-odd metres, the old BSA was timed at',
     ['11.84s', '11.84']),
    ("Your car's ready for collection at Kestrel Autos, Unit 9 Dunmore Trading Estate. "
     "We close 17:30 today, open 08:00 tomorrow. Ref KA-5532.",
     'What time does Kestrel Autos shut this evening?',
     'If I want to pick the car up today, I have to get there before',
     ['17:30']),
    ('Registered keeper: Alisha Pemberton\n'
     'Previous keepers: 3\n'
     'Colour: Moonstone Grey\n'
     'Engine size: 1598cc\n'
     'First registered: 21/06/2016',
     "What colour is Alisha's car according to the logbook?",
     'On the V5C, the paintwork of the vehicle is recorded as',
     ['Moonstone Grey']),
    ("Re: clutch cable snapped - Did mine on the GSX-R last month; part no. 58200-33E00 from "
     "Bikebitz was £18.99 and fitted in 20 min. Don't get the £9 eBay copy, mine frayed in a week. "
     "- twostroke_tez",
     'Can you tell me which part number Tez says to order for the Suzuki clutch cable?',
     'The genuine replacement cable for the GSX-R has the part number',
     ['58200-33E00']),
    ('Booking confirmed: Class 4 MOT + interim service, Saab 9-3 (RX08 HGA), Wed 15 Jan at 10:15, '
     'Thornbury Test Centre, Bay 6. Please arrive 10 minutes early.',
     'What time is the Saab booked in for?',
     'I need to have the Saab at Thornbury for the slot starting at',
     ['10:15']),
    ('Date,Odometer,Litres,Cost,Station\n'
     '08/02/2025,41230,38.6,£55.12,Esso Harrogate Rd\n'
     '22/02/2025,41702,41.2,£58.44,Tesco Ripon',
     'How much fuel went in when I filled up at Tesco in Ripon?',
     'At the Ripon supermarket pump, the number of litres taken on was',
     ['41.2']),
]
OTHER52_ABSENT = [
    ('Did the Corsa get any advisories on that MOT, and if so what were they?', 'chat', 0),
    ('Who was the mechanic that fitted the front pads at Hollis & Sons?', 'chat', 2),
    ('When did Gwen Tulloch replace my cambelt?', 'chat', 4),
    ('How many miles had the Land Rover done when Tilly bought it?', 'chat', 8),
    ("What's the phone number for Kestrel Autos?", 'chat', 11),
    ('What year is the GSX-R that Tez fitted the cable to?', 'chat', 13),
    ('The current mileage on the Honda CB500F stands at', 'completion', 5),
    ('All in, the MOT and interim service on the Saab is going to cost', 'completion', 14),
]
OTHER53 = [
    ('Hi all - quick change: the Riverside Food Bank drive moves to Saturday 12 October (it was the 5th). '
     "Drop-off at St Alban's car park, 9am-1pm. Questions to Marguerite Oyelaran.",
     'When is the food bank collection happening now that it got moved?',
     'The rescheduled food bank collection will now take place on Saturday',
     ['12 October']),
    ('Runner | Bib | Pledged | Raised\n'
     'Dev Kaluwitharana | 418 | £500 | £612.40\n'
     'Aoife Brennan | 419 | £300 | £275.00',
     'How much money did Aoife actually bring in for the run?',
     'By the end of the run, the total Aoife Brennan had collected came to',
     ['£275.00', '275.00']),
    ('2024-06-14 10:22:07 DONATION id=DN-88213 donor=anon amount=250.00 EUR '
     'campaign=CLEANWATER-KE status=settled',
     'Which campaign was that anonymous 250 euro gift for?',
     'The anonymous 250-euro gift was earmarked for the campaign code',
     ['CLEANWATER-KE']),
    ('Volunteer sign-up - Harbourside Animal Rescue\n'
     'Name: Tobias Rennick\n'
     'Availability: Tues & Thurs evenings\n'
     'Preferred task: dog walking\n'
     'Emergency contact: Ilse Rennick, 07700 914382',
     'If something happens to Tobias while he is volunteering, who do we ring?',
     'If Tobias gets hurt on shift, the person to phone is',
     ['Ilse Rennick']),
    ('THANK YOU! Greenholme Hospice Shop #12 - 1x wool coat £8.50, 2x paperbacks £2.00, '
     '1x vase £4.00. Total £14.50. Gift Aid ref GA-55071.',
     "What's the Gift Aid code on my charity shop receipt?",
     'For Gift Aid purposes, that till slip is tagged with reference',
     ['GA-55071']),
    ('Coordinator (Bea): We need 14 marshals for the canal walk, but so far only 9 have confirmed - '
     'can anyone bring a friend?',
     'How many marshals have actually said yes so far?',
     'The number of marshals who have committed to the canal walk so far is',
     ['9']),
    ('raffle.ticket_price=2.50\n'
     'raffle.max_tickets_per_person=20\n'
     'raffle.draw_time=16:45',
     'Remind me what time the winning raffle tickets get pulled.',
     'The prize draw for the raffle is scheduled for',
     ['16:45']),
    ('Photo: Volunteers from the Larchmont Rotary plant 340 saplings along Fenwick Brook, 3 May. '
     '(L-R) Opal Hendricks, Marcus Ibe, Sunniva Laird.',
     'How many young trees did the Rotary group put in the ground by the brook?',
     'The count of young trees the Rotary group put in beside the brook was',
     ['340']),
    ('Note to self: bake sale float is £40 in coins, in the blue tin under the sink. '
     'Trestle tables from Mr Adeyemi at no. 27 - collect Friday after 6.',
     'Where did I stash the change for the bake sale?',
     'The coins for the bake sale cash box are kept in',
     ['the blue tin under the sink', 'blue tin']),
    ('Gala auction lots:\n'
     '1. Weekend at Craigmoor Lodge - reserve £600\n'
     '2. Signed Hartwell Rovers shirt - reserve £150\n'
     '3. Cookery class with chef Renata Solis - reserve £220',
     "What's the lowest bid we'd accept for the cooking lesson lot?",
     "The cooking lesson won't be sold at the gala for less than",
     ['£220', '220']),
    ('The Willowbrook Literacy Trust was founded in 1987 by retired headteacher Gwendolyn Farrow '
     'and now runs reading clubs in 23 libraries across the county.',
     'Who started the Willowbrook Literacy Trust?',
     'The person who set up the Willowbrook reading charity was the former head teacher',
     ['Gwendolyn Farrow', 'Farrow']),
    ('Subject: Re: matched giving\n'
     'Hi Jonas, Pellbridge Logistics will match staff donations up to £1,000 per employee this year; '
     'claims must be in by 30 November. Use form MG-7. - Carla',
     "What's the cutoff date for sending in a donation matching request at Pellbridge?",
     'Pellbridge staff who want their gift doubled have to submit the paperwork before',
     ['30 November']),
    ('Reminder: Sleep-Out for Shelter, tonight, check-in 7:30pm at Quayside Square. '
     'Bring a sleeping bag + cardboard. Your team number is T-41. Reply STOP to opt out.',
     'Which team was I put in for the sleep-out?',
     "For tonight's homelessness sleep-out I've been assigned to team",
     ['T-41']),
    ('Soup kitchen rota - week 22\n'
     'Mon: Hector Quinones\n'
     'Wed: Lulu Varga\n'
     'Fri: Rashid Onwuachi',
     "Who's covering the soup kitchen on Wednesday that week?",
     'The volunteer down for the midweek soup kitchen shift is',
     ['Lulu Varga', 'Varga']),
    ('Charity quiz night - The Crooked Anchor, Thu 21 Nov, doors 7pm, quiz 7:45pm. '
     "£5/head, teams of up to 6. Proceeds to Millbrook Children's Ward.",
     'Do you know which cause benefits from the pub quiz takings?',
     'All the money raised at the pub quiz will go to',
     ["Millbrook Children's Ward", 'Millbrook']),
    ('Grant decision GR-2024-117: Eastfold Community Fund awards £3,750 to Tidewater Youth Sailing '
     'for safety equipment; requested amount was £5,200.',
     'How much did the sailing club end up getting from Eastfold?',
     'In the end, the Eastfold fund handed the youth sailing club',
     ['£3,750', '3,750']),
]

OTHER53_ABSENT = [
    ('Which items is the Riverside Food Bank most short of at the moment?', 'chat', 0),
    ('How much has the CLEANWATER-KE campaign raised in total so far?', 'chat', 2),
    ('When did Tobias Rennick start volunteering at the animal rescue?', 'chat', 3),
    ('How many raffle tickets were sold altogether?', 'chat', 6),
    ('Who chairs the Willowbrook Literacy Trust these days?', 'chat', 10),
    ('What time does the Sleep-Out for Shelter wrap up the next morning?', 'chat', 12),
    ('The quizmaster hosting the charity night at The Crooked Anchor is', 'completion', 14),
    ('The Eastfold Community Fund panel made its decision on grant GR-2024-117 on', 'completion', 15),
]
OTHER54 = [
    ('Ticket HD-40721 (printer jam, 3rd floor) reassigned from Marcus Bell to Ines Varga at 09:42; '
     'SLA breach at 13:00.',
     'Who has the third-floor printer ticket now?',
     'The paper jam on the third floor is now being handled by',
     ['Ines Varga', 'Varga']),
    ('Product              | Seats | Renewal\n'
     'Draftwell Pro        | 25    | 14 Aug 2025\n'
     'Tallyline Accounting | 12    | 2 Feb 2026\n'
     'SketchNote Team      | 40    | 30 Nov 2025',
     'How many licences do we have for the accounting package?',
     'The number of Tallyline users we are licensed for is',
     ['12']),
    ('2024-05-17 08:13:55 WARN auth-gw: 5 failed logins for user r.okonkwo from 10.4.22.118; '
     'account locked for 30 min',
     'Which IP address were those bad sign-in attempts coming from?',
     "The repeated password failures on r.okonkwo's account originated at",
     ['10.4.22.118']),
    ('Bramley Office Supply - Invoice 7718\n'
     '2 x Logitek K340 keyboard   £58.00\n'
     '1 x Vantra 27" monitor      £219.99\n'
     '3 x USB-C dock              £267.00\n'
     'Total                       £544.99',
     'What did we pay for the screen on that Bramley invoice?',
     'On invoice 7718 the 27-inch display came to',
     ['£219.99', '219.99']),
    ("Kenji (IT): your new laptop's asset tag is LT-0938 - the old one, LT-0512, goes back to the cage "
     "in room B14 by Friday.",
     "Remind me what the replacement notebook's asset number is?",
     'The label on the machine I was just handed reads',
     ['LT-0938']),
    ('vpn.conf: server = vpn2.halden-corp.net; port = 1194; proto = udp; max_clients = 250',
     'Which port number does our VPN listen on?',
     'Remote-access tunnel traffic from the client should be sent to port',
     ['1194']),
    ('FJORD ROOM PROJECTOR: HDMI input is broken, use the VGA cable in the drawer. '
     'Remote batteries replaced 4 June. - Hal',
     'When did someone last put fresh batteries in the Fjord room clicker?',
     "The projector remote in Fjord had its batteries swapped on",
     ['4 June']),
    ('NEW STARTER IT REQUEST\n'
     'Name: Delphine Arkwright\n'
     'Dept: Procurement\n'
     'Start date: 9 September\n'
     'Software: Tallyline, Draftwell\n'
     'Manager: Osei Quarshie',
     "Who's going to be the line manager for the new procurement hire?",
     'Delphine Arkwright will be reporting to',
     ['Osei Quarshie', 'Quarshie']),
    ("Hi all, the password for the guest network GUEST-Linden changes on Monday to Maple#2291 - "
     "please don't write it on the whiteboard. Thanks, Roisin",
     "What's the visitor wifi key going to be from next week?",
     'Starting Monday, visitors connecting to GUEST-Linden will have to type in',
     ['Maple#2291']),
    ("Photo: rack R3, Leeds comms room, after Saturday's recabling - 14 patch panels, 2 switches, 1 UPS. "
     'Labels by Gavin Threlkeld.',
     'How many patch panels does rack R3 hold after the rewiring?',
     'Counting the patching panels in the Leeds R3 cabinet, you get',
     ['14']),
    ('Toner reorder list (2nd floor):\n'
     '- Ricova SP-C250 cyan: 2\n'
     '- Kyomark TK-1150: 4\n'
     '- Ricova SP-C250 black: 9',
     'I need to know how many Kyomark cartridges to order.',
     'For the second floor, the quantity of TK-1150 toners we need to buy is',
     ['4']),
    ('The site licence for Quillmark PDF Editor (contract QM-55-2093) was bought through reseller '
     'Northgate Systems and covers up to 300 users until March 2027.',
     'Which supplier did we get the PDF editor licence from?',
     'The company that sold us the Quillmark agreement was',
     ['Northgate Systems', 'Northgate']),
    ('[14:05] Petra Lindqvist: helpdesk, the badge reader on door 2C is beeping red again\n'
     '[14:07] Helpdesk (Sam): logged as INC-88214, facilities will be out by 16:30',
     'What reference number did the door 2C card reader fault get?',
     "Sam recorded Petra's access-control problem under",
     ['INC-88214']),
    ('| ASSET-2207 | Polyvox VX400 desk phone | Room 412 | assigned: Tobias Wren | warranty to 2026-01-31 |',
     "Until what date is Tobias Wren's phone covered by the manufacturer?",
     'The handset in room 412 stays under warranty until',
     ['2026-01-31']),
    ("Handover, night shift: backup job NAS-02 failed at 02:10 with 'disk quota exceeded'; reran at 03:25, "
     'completed OK. Vendor case with Stornet: SN-6614. - Lucia',
     'What time was the NAS backup kicked off again after it fell over?',
     'The second, successful attempt at the NAS-02 job started at',
     ['03:25']),
    ('Approved: 15 extra seats of Corvid CRM for Sales at $34/user/month, billed annually. '
     'Cost centre 4410. Approver: Hannah Mbeki, 22 Jan.',
     'How much per person per month are the additional CRM licences costing?',
     'Each of the new Corvid seats for the sales team is priced monthly at',
     ['$34', '34']),
]

OTHER54_ABSENT = [
    ('Who originally reported the printer jam on the third floor?', 'chat', 0),
    ('When is payment due on the Bramley Office Supply invoice?', 'chat', 3),
    ('What encryption cipher is the VPN configured to use?', 'chat', 5),
    ('What job title will Delphine Arkwright have in procurement?', 'chat', 7),
    ('What was the guest Wi-Fi password before this change?', 'chat', 8),
    ('How much did we pay for the Quillmark PDF Editor site licence?', 'chat', 11),
    ('The desk phone asset ASSET-2207 was originally purchased on', 'completion', 13),
    ('The sales manager who requested the extra Corvid CRM seats is called', 'completion', 15),
]
OTHER55 = [
    ('14:22 LOT 117 - 9 Texel x ewe lambs, vendor R. Pennick (Hollowbrook Farm), sold £86.50/head '
     'to buyer #204; reserve was £80.00.',
     'What did lot 117 go for per head in the end?',
     "Each of Pennick's ewe lambs fetched",
     ['£86.50', '86.50']),
    ('Hi Gwen - the judging for the Young Handlers class has moved from Ring 2 to Ring 4 because of the '
     'flooding by the cattle lines. Still a 10:45 start. - Marcus',
     'Where are the Young Handlers being judged now?',
     'Because of the waterlogged ground, the young handlers should now head to',
     ['Ring 4']),
    ('ENTRY FORM - Carrowmore Agricultural Show\n'
     'Exhibitor: Deirdre Lanagan\n'
     'Class: 34 (Heaviest Marrow)\n'
     'Entry no.: C-0917\n'
     'Fee paid: €6',
     "What number did Deirdre get for her marrow in the competition?",
     "The number assigned to Lanagan's marrow at Carrowmore is",
     ['C-0917']),
    ('Cow | Lactation | 305-day yield (kg) | Butterfat %\n'
     'Bramble 42 | 3rd | 9,870 | 4.12\n'
     'Juniper 17 | 2nd | 8,415 | 4.38',
     'How much milk did Juniper 17 give over the standard lactation?',
     'Across its full recorded lactation, Juniper 17 produced a total in kilos of',
     ['8,415']),
    ('Tullochbank Feed Supplies - Receipt #55812\n'
     '20 x 25kg layers pellets @ £11.40 ... £228.00\n'
     '2 x mineral lick buckets @ £19.95 ... £39.90\n'
     'Total: £267.90 (paid card)',
     'How much was one of those mineral buckets?',
     'A single mineral lick bucket from Tullochbank was priced at',
     ['£19.95', '19.95']),
    ("Owen Prys: 'Scanned the Llanfair flock yesterday - 312 ewes, 41 carrying triplets, 23 empty. "
     "Vet's back Thursday for the barren ones.'",
     'How many of the ewes turned out to be expecting three lambs?',
     'The number of Llanfair ewes found to have three lambs inside was',
     ['41']),
    ('[dairy_parlour]\n'
     'herd_id = UK-742119\n'
     'wash_cycle_interval_hours = 8\n'
     'bulk_tank_alarm_temp_c = 6.5',
     'At what temperature does the milk tank alarm go off, in Celsius?',
     'The warning on the bulk milk tank is triggered once it warms to (degrees C)',
     ['6.5']),
    ("Photo: Supreme Champion at the 2023 Ashby Vale Show, Limousin heifer 'Kestrel Dawn', led by "
     '16-year-old Ellie Marchbank. Judge: Fergus Tolland.',
     'Who was doing the judging the year Kestrel Dawn took the top prize?',
     'The person who picked Kestrel Dawn as overall winner was',
     ['Fergus Tolland', 'Tolland']),
    ("Note to self: pig movement licence ref 88-3310-K for the 14 weaners going to Dunmore's on Sat. "
     "Don't forget the pen cards. Haulier is Bryce, leaves 7am.",
     'Remind me what the reference is on the licence for shifting the weaners.',
     'The paperwork for transporting the young pigs carries reference number',
     ['88-3310-K']),
    ("Market day stall rota (Whitfell Farmers' Market):\n"
     '- Eggs: Hannah Oduya\n'
     '- Honey: Stan Pelling\n'
     '- Lamb boxes: Moira Kettle\n'
     '- Cheese: the Redfern twins',
     "Who's looking after the honey at Whitfell?",
     'The person selling honey on market day will be',
     ['Stan Pelling', 'Pelling']),
    ('The Glenarrow Show committee confirmed the 2025 event will run on 16 August, a week later than '
     'usual, with entries closing on 25 July.',
     "When's the last day to get an entry in for Glenarrow?",
     'Anyone hoping to compete at Glenarrow next year must submit their entries by',
     ['25 July']),
    ('Castle Rigg Mart, store cattle, Tues:\n'
     'Steers 400-500kg avg 268p/kg (top 291p)\n'
     'Heifers 400-500kg avg 254p/kg (top 276p)\n'
     'Through ring: 418 head',
     'What did the mid-weight heifers average per kilo at Castle Rigg?',
     "On average, Tuesday's 400-500kg heifers made",
     ['254p/kg', '254p']),
    ('2024-03-11 09:40 | Calf UK391044-200187 | scour, dehydrated | treated: oral electrolytes 2L + '
     'meloxicam 2.5ml | vet: A. Szymanska | recheck 2024-03-13',
     'When is the vet coming back to look at the calf with scour?',
     'The follow-up check on the dehydrated calf is booked for',
     ['2024-03-13']),
    ('Tractor is booked in at Harlow Agri for the PTO fault - job card HA-2291, they quoted 3 days. '
     'Loan Fendt arrives Monday.',
     "What's the job number Harlow Agri gave for the tractor repair?",
     'The garage is tracking the PTO repair under the number',
     ['HA-2291']),
    ('FOR SALE: 6 in-calf Hereford cows, due April, TB tested clear Jan. £1,650 each or £9,400 the lot. '
     'Ring Gareth, 07700 914362, Brecon.',
     'How much is Gareth asking if I take all six Herefords?',
     'Buying the whole group of cows together would cost',
     ['£9,400', '9,400']),
    ('Class 12, Pen of Three Ducks: 1st Bernadette Coyle (Aylesbury); 2nd Hamish Dunnet '
     '(Khaki Campbell); 3rd Lorna Pike (Call Ducks).',
     'Who was runner-up in the three-duck pen class?',
     'Second place for the pen of ducks went to',
     ['Hamish Dunnet', 'Dunnet']),
]
OTHER55_ABSENT = [
    ('Which auction mart held the sale where lot 117 went through?', 'chat', 0),
    ('What variety of marrow is Deirdre Lanagan entering at Carrowmore?', 'chat', 2),
    ("What's the phone number for Tullochbank Feed Supplies?", 'chat', 4),
    ('Which farm bred Kestrel Dawn, the Limousin champion?', 'chat', 7),
    ('Who chairs the Glenarrow Show committee?', 'chat', 10),
    ('What make and model is the tractor that went in to Harlow Agri?', 'chat', 13),
    ("The bull that Gareth's Hereford cows are in calf to is called", 'completion', 14),
    ("The name of the vet coming to see Owen Prys's empty ewes is", 'completion', 5),
]
OTHER56 = [
    ('Hi all - the Ridgeway Astronomy Society star party at Coldharbour Farm moves from Sat 12 Oct to '
     'Sat 19 Oct because of the cloud forecast. Gates open 18:45; red torches only please. '
     '- Marguerite Vell, events sec.',
     "What's the new date for the star party?",
     'The rescheduled observing night at the farm will now take place on',
     ['Sat 19 Oct', '19 Oct']),
    ('2024-03-07 06:10 UTC | STN KBW-04 Hollin Moss | temp -2.4C | RH 91% | gust 47 km/h NW | '
     'pressure 1003.8 hPa | batt 12.6V',
     'What barometric reading did the Hollin Moss station log that morning?',
     'The air pressure recorded at KBW-04 in that entry was',
     ['1003.8 hPa', '1003.8']),
    ('QSO log: 14.212 MHz SSB, 21:37Z, worked EI7TQR (op Declan) from Ballyvourney, RST sent 57 rcvd 59. '
     'Rig: IC-7300 at 80 W into a half-wave dipole.',
     'What signal report did I give the Irish station on 20 metres?',
     'The RST I handed Declan during that contact was',
     ['57']),
    ('[upload]\nservice = wunderground\nstation_id = IWESTB22\ninterval_sec = 300\nretries = 3\n'
     'archive_minutes = 5',
     'How often, in seconds, does my weather station push its data online?',
     'Readings get sent to the website once every',
     ['300']),
    ('Orion Optics Ltd - Receipt #OO-55817\n1x Skywatcher 8" Dobsonian   £389.00\n'
     '1x Telrad finder   £44.50\nClub discount (Fenwick AS, 10%)   -£43.35\nTotal   £390.15',
     'How much did I pay for the reflex sight on that order?',
     'The finder that came with the Dobsonian was priced at',
     ['£44.50', '44.50']),
    ("Okonkwo: Dr. Ilse Brandvik is giving the talk on variable stars at the October meeting, and "
     "Pete Sallow's running the equipment swap afterwards.",
     "Who's the guest speaker at next month's meeting?",
     'The lecture about stars that change brightness will be presented by',
     ['Dr. Ilse Brandvik', 'Ilse Brandvik', 'Brandvik']),
    ('| Callsign | Name | Licence class | Expires |\n'
     '| M0XPV | Gwen Tallis | Full | 2031-06-30 |\n'
     '| 2E0KRB | Arun Mehta | Intermediate | 2029-11-14 |',
     "Can you tell me when Arun's ham licence runs out?",
     "Arun Mehta's amateur radio licence remains valid until",
     ['2029-11-14']),
    ('Note to self: rain gauge on the allotment shed recalibrated by Hamish on 2 May - tipping bucket '
     'is now 0.2 mm per tip (was 0.25). Next check due in August.',
     'How much rainfall does each tip of the bucket represent now?',
     "After Hamish's adjustment, every time the bucket flips it counts",
     ['0.2 mm', '0.2']),
    ('Observatory booking form\nMember: Lachlan Petrie    Member no: 0447\nTelescope: 14" SCT (dome B)\n'
     'Date: 23/11    Slot: 22:00-01:30\nTargets: M33, NGC 891, Stephan\'s Quintet',
     "Remind me what Lachlan Petrie's membership number is.",
     'The club ID on Lachlan\'s reservation is',
     ['0447']),
    ('Thursday nets (Calder Valley ARC):\n- 19:30 2m FM, 145.550 MHz, NCS G4WLD\n'
     '- 20:15 70cm via GB3CV repeater, 430.925 MHz, NCS M7JBO\n- 21:00 80m SSB, 3.722 MHz',
     'Which frequency should I tune to for the seventy-centimetre net?',
     'To join the UHF repeater net on a Thursday evening, set the radio to',
     ['430.925 MHz', '430.925']),
    ('Photo: Perseid fireball captured from Tolsford Hill at 02:14 on 13 August by Ruth Ambler '
     '(Canon 6D, 14 mm, 20 s at ISO 3200).',
     'Who took that picture of the bright meteor?',
     'The image of the Perseid was shot by',
     ['Ruth Ambler', 'Ambler']),
    ('Text from Colin: anemometer on the Grisedale mast is back up. Mast height 10 m, new logger serial '
     'DX-3381-R, the old one (DX-2907-R) is in the van.',
     'What serial number is on the data logger that is now installed at Grisedale?',
     'The replacement recording unit fitted on the mast has serial',
     ['DX-3381-R']),
    ("Treasurer's report (AGM, 14 Jan): subs held at £32 adult / £12 junior; the Lowther Trust grant "
     "of £1,750 covers the new roll-off roof motor.",
     'How much do under-18 members pay each year?',
     'For young members the yearly subscription stays at',
     ['£12', '12']),
    ('Field Day 2024 results, Class 3A: 1st Pennine Hills RS 1,842 pts; 2nd Wrekin DX Group 1,610 pts; '
     '3rd Saltash & District ARC 1,377 pts.',
     'Which club was runner-up in the 3A category?',
     'Taking second place in that section was',
     ['Wrekin DX Group', 'Wrekin']),
    ("Next passes of cubesat FX-9 'Kestrel' over Brecon: 18:42 max el 64°, 20:19 max el 12°. "
     "Downlink 435.310 MHz FM.",
     'How high above the horizon does the earlier pass get?',
     'On its first pass this evening the satellite climbs to an elevation of',
     ['64°', '64']),
    ('Loan register: Coronado PST solar scope out to Bethan Cole 4 Jun, due back 18 Jun; £50 deposit '
     'taken. Baader film filter with Mr. Ikeda since 27 May.',
     'When is Bethan meant to return the solar telescope?',
     'The hydrogen-alpha scope has to be handed back by',
     ['18 Jun']),
]
OTHER56_ABSENT = [
    ('How much does it cost to get into the Ridgeway star party?', 'chat', 0),
    ('What was the rainfall total at Hollin Moss that morning?', 'chat', 1),
    ('How much power was Declan running at his end of the contact?', 'chat', 2),
    ("What's the topic of the November talk?", 'chat', 5),
    ('The make and model of the tipping-bucket gauge on the allotment shed is', 'completion', 7),
    ('Which brand of anemometer is fitted on the Grisedale mast?', 'chat', 11),
    ('In total, the new roll-off roof motor cost the society', 'completion', 12),
    ("What's the uplink frequency for the Kestrel cubesat?", 'chat', 14),
]
OTHER57 = [
    ('THE COPPER KETTLE, 14 Mill Lane, Ashby\n'
     'Table 9   Server: Dominika\n'
     '2x Flat white      6.40\n'
     '1x Shakshuka       9.95\n'
     'Service 1.64   TOTAL 17.99   Paid VISA ****4471',
     'Who waited on us at table 9 at the Copper Kettle?',
     'The person who looked after that table at the Copper Kettle was',
     ['Dominika']),
    ('Hi Marcus, just confirming your booking at Ostra Fish House for Saturday 12 July, party of 6, '
     'at 19:45. Please note we hold tables for 15 minutes only. - Leonie, Reservations',
     "Remind me what time Marcus's table at Ostra Fish House is for.",
     'Marcus and his group are expected at Ostra Fish House that Saturday at',
     ['19:45']),
    ('2024-05-03 21:17:42 INFO order=DLV-88213 status=PICKED_UP courier="Kwame Boateng" '
     'eta_min=14 restaurant="Lucky Bamboo"',
     'Which rider collected the Lucky Bamboo order?',
     'The driver who grabbed order DLV-88213 from the restaurant was',
     ['Kwame Boateng', 'Boateng']),
    ('Dish           | Small  | Large\n'
     'Margherita     | £8.50  | £12.00\n'
     'Nduja & honey  | £10.25 | £14.75\n'
     'Funghi bianca  | £9.40  | £13.60',
     "How much would I pay for the big nduja and honey pizza?",
     'Going for the nduja-and-honey pie in the bigger size will set you back',
     ['£14.75', '14.75']),
    ('Food Hygiene Inspection - Premises: Golden Dragon Takeaway, 17 Ferry Rd\n'
     'Inspector: R. Halloran   Date of visit: 22/01/2024\n'
     'Rating awarded: Generally satisfactory\n'
     'Re-visit due: 22/07/2024',
     "When's the inspector supposed to come back to the Golden Dragon?",
     'A follow-up check on the Golden Dragon Takeaway is scheduled for',
     ['22/07/2024']),
    ('Chef Aurelio: "No more than forty covers on Tuesdays until the new combi oven arrives - '
     'Benny, tell front of house."',
     'According to Chef Aurelio, how many diners max can we take on a Tuesday?',
     'Until the replacement oven turns up, Tuesday bookings are capped at',
     ['forty']),
    ('kiosk.cafe_bluewren.loyalty.stamps_required=9\n'
     'kiosk.cafe_bluewren.loyalty.reward="free oat latte"\n'
     'kiosk.cafe_bluewren.wifi_ssid=BlueWren_Guest',
     'How many stamps do you have to collect at Cafe Bluewren before the freebie?',
     'Bluewren regulars earn their free drink once their card has',
     ['9']),
    ("Note for Sat: Nonna Rosa's catering order - 3 trays lasagne, 2 tiramisu. Pickup by Gianluca "
     'at 11am, deposit £60 already paid, balance £145 on collection.',
     "Can you tell me what's still outstanding on the Nonna Rosa lasagne order?",
     'When the trays are picked up, the amount left to pay is',
     ['£145', '145']),
    ('We stumbled into Tapería Luz on Calle Norte after the market closed; the standout was the '
     'octopus with smoked paprika, though my partner swore by the croquetas de jamón. '
     'Owner Inés Varela came out to chat.',
     "Who's the owner of Tapería Luz?",
     'The proprietor of that tapas bar on Calle Norte is',
     ['Inés Varela', 'Varela']),
    ('Harbour Café rota, wk 31\n'
     '- Mon/Tue open: Saoirse\n'
     '- Wed/Thu open: Declan\n'
     '- Fri open: Mehmet\n'
     '- Sat/Sun open: Saoirse + Piotr',
     "Who's unlocking the Harbour Café on Friday in week 31?",
     'On the Friday of week 31, the Harbour Café opening shift belongs to',
     ['Mehmet']),
    ('INV-30571 | Greenleaf Produce | delivered to Basil & Brine | 40kg heritage tomatoes | '
     'due 15 Sep 2024 | £212.80',
     'I need the payment deadline for the Greenleaf tomato invoice.',
     'Basil & Brine has to settle the bill for the heritage tomatoes by',
     ['15 Sep 2024']),
    ('Ticket #5582 - Customer: Hollis Vane. Order from Burger Barn arrived 52 min late and missing '
     'onion rings. Agent Fatima issued refund of £7.30 + voucher code BBSORRY10.',
     "What discount code did Hollis Vane get as an apology for the Burger Barn mess?",
     'To make up for the late burgers, support handed the customer the code',
     ['BBSORRY10']),
    ("Mama Ngozi's Kitchen - Hours\n"
     'Mon closed\n'
     'Tue-Thu 12:00-21:30\n'
     'Fri-Sat 12:00-23:00\n'
     'Sun 13:00-20:00',
     "What time does Mama Ngozi's shut on a Sunday?",
     "On Sundays, Mama Ngozi's Kitchen closes its doors at",
     ['20:00']),
    ('sorry running late!! grabbed the dumplings from Jade Garden, order no. 417, but they\'d run '
     'out of the chilli oil so I got the black vinegar instead. be there ~8:20',
     'What did they pick up in place of the chilli oil at Jade Garden?',
     'Since Jade Garden had no chilli oil left, the substitute they brought was',
     ['black vinegar']),
    ('The Crumb & Co. franchise agreement for the Wexford Street unit was signed on 4 March 2023 by '
     'franchisee Tobias Lindqvist; the lease runs until 2033 and the royalty is 6% of net sales.',
     "What's the royalty rate on the Wexford Street Crumb & Co. franchise?",
     'Under that bakery franchise deal, the cut of net takings paid to head office is',
     ['6%', '6']),
    ('Allergen sheet - Spiced Lentil Wrap (SKU LW-204): contains gluten, mustard, sesame. '
     'May contain: peanuts. Prepared by: Orla Quinn, 08/02/2024.',
     "Which allergen is only listed as a possible trace in the lentil wrap?",
     'The spiced lentil wrap carries a cross-contamination warning for',
     ['peanuts']),
]

OTHER57_ABSENT = [
    ("What's the phone number for the Copper Kettle in Ashby?", 'chat', 0),
    ("What's Marcus's surname on the Ostra Fish House booking?", 'chat', 1),
    ('How much did the Lucky Bamboo order DLV-88213 cost?', 'chat', 2),
    ('The new combi oven for Chef Aurelio\'s kitchen is due to be delivered on', 'completion', 5),
    ("What's the Wi-Fi password at Cafe Bluewren?", 'chat', 6),
    ('A plate of the octopus with smoked paprika at Tapería Luz costs', 'completion', 8),
    ('Who closes up the Harbour Café on Saturdays in week 31?', 'chat', 9),
    ("What delivery address did Hollis Vane give for the Burger Barn order?", 'chat', 11),
]

OTHER58 = [
    ('Halloran Plumbing & Heating - Invoice #HP-20417\n'
     'Replace 22mm isolation valve ........ £38.50\n'
     'Labour (1.5 hrs) .................... £82.50\n'
     'Call-out fee ......................... £45.00\n'
     'Total due: £166.00 (pay by 14 Nov)',
     "What's the labour charge on the Halloran bill?",
     'For the hour and a half the plumber spent on the job, Halloran charged',
     ['£82.50', '82.50']),
    ('Hi Marta, Dariusz from Kowal Roofing here - we can start stripping the old slates on Tuesday 9 April, '
     'weather permitting, and the scaffold goes up the Friday before (5 April). Regards, D.',
     'When is the roofer planning to begin taking the slates off?',
     'Weather allowing, the roofing crew will begin removing the existing slates on',
     ['Tuesday 9 April', '9 April']),
    ('2024-03-18 07:42:11 THERMOSTAT hallway-unit fault=E27 boiler_pressure=0.6bar setpoint=19.5C '
     'action=lockout',
     'Which error code did the thermostat in the hall throw up?',
     'The fault code recorded by the hallway thermostat was',
     ['E27']),
    ('Paint schedule - 14 Larch Close\n'
     'Room | Colour | Finish | Coats\n'
     'Lounge | Farrow Mist No. 212 | matt | 2\n'
     'Kitchen | Sage Drift No. 87 | eggshell | 3\n'
     'Landing | Chalk Linen No. 5 | matt | 2',
     'Remind me what shade we picked for the kitchen walls?',
     'The colour going on the kitchen at Larch Close is',
     ['Sage Drift No. 87', 'Sage Drift']),
    ("Ewan (electrician): 'Your consumer unit's a 1998 Wylex - it's got no RCD protection, so I'd quote "
     "£640 to swap it for a 10-way split-load board.'",
     'How much did the sparky reckon replacing the old fuse box would cost?',
     'To put in a new split-load board in place of the Wylex, Ewan quoted',
     ['£640', '640']),
    ('Note for Gav: the stopcock is under the sink behind the bleach, NOT in the garage. Spare key for side '
     'gate with Mrs Pereira at no. 31. Skip arrives Thurs am.',
     "Who's holding the spare key for the side gate?",
     'If Gav needs to get through the side gate, he can collect the key from',
     ['Mrs Pereira', 'Pereira']),
    ('Planning application ref: 23/01874/HOU\n'
     'Applicant: Sunil Bhattacharya\n'
     'Site: 6 Orchard Row, Whitfield\n'
     'Proposal: single-storey rear extension, 4.2 m deep\n'
     'Decision due: 28 June 2024',
     'How far out from the back of the house will Sunil\'s extension stick?',
     'Measured back from the existing house, the new extension at Orchard Row will project',
     ['4.2 m', '4.2']),
    ('Shopping list for bathroom retile:\n'
     '- 6 boxes Calder white metro tiles (300x100)\n'
     '- 2 x 10kg bags rapid-set adhesive\n'
     '- 1 tub grey grout\n'
     '- 3mm spacers\n'
     '- tile trim, chrome, 2.5m x 4',
     'How many boxes of the metro tiles do I need to get?',
     'For the white Calder tiles in the bathroom, I need to pick up',
     ['6 boxes', '6']),
    ('Photo 3: damp patch on north bedroom wall, approx. 40 cm above skirting - surveyor Ines Dlamini '
     'suspects failed DPC rather than condensation. Taken 2 Feb.',
     'What does the surveyor think is behind the damp in the bedroom?',
     'According to Ines, the damp on the north wall is most likely down to a',
     ['failed DPC', 'DPC']),
    ('TRADEWELL BUILDERS MERCHANTS, Ashby Rd\n'
     '12 x CLS timber 38x89 3.0m   £71.88\n'
     '1 x Thistle Multi-Finish 25kg  £11.40\n'
     'Acct: BRAMLEY JOINERY  Till 4  Op: Kerry\n'
     '16/05/2024 10:13',
     'Which trade account did the timber and plaster go on?',
     'The Tradewell purchase was charged to the account of',
     ['BRAMLEY JOINERY', 'BRAMLEY']),
    ('Tomasz 14:05: Hi, the glazier can only do the bay window on the 22nd not the 19th, and he says the '
     'new unit is 6 weeks lead time. Ok with you?',
     'How long will we have to wait for the replacement bay window unit to arrive?',
     'Once ordered, the new glazed unit for the bay will take',
     ['6 weeks']),
    ('Boiler: Vantia ecoHeat 30c  Serial: VH30-88127-KQ\n'
     'Installed: 11/10/2022 by Ridgeway Gas Ltd (Gas Safe 604312)\n'
     'Warranty: 7 years, subject to annual service',
     "What's the Gas Safe registration of the firm that put the boiler in?",
     'The installer Ridgeway Gas is registered with Gas Safe under number',
     ['604312']),
    ('When we gutted the cellar at Brookfield Mill House, Aled found a 1930s newspaper wedged behind the '
     'lath, and the foundations turned out to be only 450 mm deep, so the engineer, Rosalind Achebe, '
     'specified underpinning to 1.2 m.',
     'How deep did the structural engineer want the underpinning taken?',
     "Rosalind's spec called for the new underpinning to go down to",
     ['1.2 m', '1.2']),
    ("★★☆☆☆ 'Fenwick & Sons fitted our kitchen in March. Worktops lovely, but the fitter, Callum, left the "
     "extractor unvented and it took three calls to get him back.' - Jo, Sale",
     'What was the name of the Fenwick installer who botched the cooker hood?',
     "The guy from Fenwick & Sons who didn't duct the cooker hood properly was",
     ['Callum']),
    ('Job sheet wk 27 - Hartley Decorating\n'
     'Mon-Tue: 3 Quarry Lane, hall/stairs, Niamh\n'
     'Wed: 17 Beech Grove, fence stain, Rob\n'
     'Thu-Fri: 48 Mill Street, exterior masonry, Niamh + Rob',
     'Where is the fence-staining job that week?',
     "Hartley's fence staining in week 27 is taking place at",
     ['17 Beech Grove', 'Beech Grove']),
    ('[leak_sensor.utility_room]\n'
     'threshold_mm = 3\n'
     'notify = alan.okoro@fastmail.example\n'
     'shutoff_valve = yes\n'
     'battery_check_days = 90',
     'Which email address do the utility room water alerts get sent to?',
     'Whenever the sensor by the washing machine picks up water, a message goes to',
     ['alan.okoro@fastmail.example']),
]
OTHER58_ABSENT = [
    ("What was the name of the plumber who did the Halloran job?", 'chat', 0),
    ('The hallway thermostat fault was finally repaired by an engineer on', 'completion', 2),
    ('Which colour was chosen for the main bedroom at Larch Close?', 'chat', 3),
    ('What day is the skip being collected?', 'chat', 5),
    ('Who is the architect for the Orchard Row extension?', 'chat', 6),
    ('The name of the glazier fitting the bay window is', 'completion', 10),
    ('Which engineer did the last annual service on the Vantia boiler?', 'chat', 11),
    ('How much did Fenwick & Sons charge for fitting the kitchen?', 'chat', 13),
]

OTHER59 = [
    ('Hi Gareth, the hearing at Wrexham County Court has been moved from 12 May to 9 June, 10:30am, '
     'courtroom 4. Claim no. K3QZ81F. Regards, Delia (Pruett & Vance Solicitors)',
     "So what's the new date for the Wrexham hearing now it's been shifted?",
     'Following the rescheduling, the Wrexham case will now be heard on',
     ['9 June']),
    ('Tenant: Marisol Okonjo | Landlord: Bexley Row Lettings Ltd | Rent: £1,140 pcm | '
     'Deposit: £1,315 (held by TDS, ref 88-40217) | Term start: 01/09/2023',
     'How much did Marisol have to put down as security when she moved in?',
     'The sum Marisol Okonjo handed over to be protected by the scheme was',
     ['£1,315', '1,315']),
    ('2024-02-14 09:12:07 INFO e-filing: claim MCOL-5520-TR submitted by user h.achterberg; '
     'fee paid £115; status=ISSUED',
     'Which account was used to lodge claim MCOL-5520-TR online?',
     'The online login that filed the MCOL-5520-TR claim was',
     ['h.achterberg']),
    ("District Judge Fennimore: 'I'll allow the claimant £640 for the damaged boiler but nothing "
     "for the carpet. The defendant has 14 days to pay.'",
     'How long did the judge give the defendant to settle up?',
     "Under Judge Fennimore's order, the losing side must hand over the money within",
     ['14 days']),
    ('RECEIPT - Hollis Croft Legal LLP\n'
     'Initial consultation (45 min) ........ £90.00\n'
     'Letter before action .................. £175.00\n'
     'VAT ................................... £53.00\n'
     'Total ................................. £318.00',
     'Remind me what Hollis Croft billed for drafting the pre-claim demand letter.',
     'Having the firm write the formal warning letter before suing cost',
     ['£175.00', '175.00']),
    ("Note to self - Ravi's mediator is Ottilie Brandsma, small claims mediation service, call slot "
     'Thurs 3pm. Bring photos of the mould in the back bedroom.',
     "Who's been assigned to mediate Ravi's dispute?",
     "The person handling mediation for Ravi's small claim is",
     ['Ottilie Brandsma', 'Brandsma']),
    ('notice_period_days = 56  # section 21, tenancy ref TEN-0932\n'
     'rent_review_months = 12',
     'For tenancy TEN-0932, how many days of notice does the section 21 setting use?',
     'On tenancy TEN-0932 the number of days given for a no-fault eviction notice is',
     ['56']),
    ('Documents to bring to Bristol Civil Justice Centre:\n'
     '1. Signed contract dated 3 Oct 2022\n'
     '2. Invoice #INV-7741\n'
     '3. Witness statement from Carys Lloyd-Penn\n'
     '4. Bank statement showing £2,080 transfer',
     'I need to take a witness statement to Bristol - whose is it again?',
     'The written evidence from a witness that goes in the Bristol bundle was given by',
     ['Carys Lloyd-Penn', 'Lloyd-Penn']),
    ("Clause 7.2: Either party may terminate this agreement on not less than 30 days' written notice, "
     'save that the Supplier (Tarnbrook Joinery Ltd) may terminate immediately if payment is more '
     'than 21 days overdue.',
     'How late does a payment have to be before Tarnbrook can pull out straight away?',
     'Tarnbrook Joinery can end the deal on the spot once an invoice is unpaid for more than',
     ['21 days']),
    ('Photo 3 of 11: water damage to ceiling of Flat 2B, 17 Cobbold Street, Ipswich, taken by tenant '
     'Jun Whitlock on 28/11/2023.',
     'Which flat is shown in the third picture?',
     'The leaking ceiling captured in picture number three belongs to',
     ['Flat 2B', '2B']),
    ('N1 Claim Form - Claimant: Beatrix Olumide. Defendant: Kestrel Van Hire Ltd. '
     'Amount claimed: £2,460. Court fee: £115. Legal rep costs: £80.',
     'Can you tell me how much Beatrix is suing the van hire company for?',
     'The sum Beatrix Olumide wants back from Kestrel is',
     ['£2,460', '2,460']),
    ("Landlord (Mr Szabo) texted at 18:40: 'Boiler engineer coming Weds between 8 and 12, his name "
     "is Declan, pls leave key with no. 14.'",
     'Where did Mr Szabo say to drop off the key for the engineer?',
     "So Declan can get in, the landlord wants the key left with the neighbours at",
     ['no. 14', '14']),
    ('Case | Claimant | Judgment | Date\n'
     'SC/24/0193 | Amara Ditchfield | £1,720 | 05-03-2024\n'
     'SC/24/0207 | Lowen Price | £395 | 12-03-2024',
     'What did the court award Lowen Price?',
     'In case SC/24/0207 the judgment in the claimant\'s favour came to',
     ['£395', '395']),
    ('Tue 16 Apr, 14:00 - call with Fenwick at Ashdown Kerr re: the dilapidations claim; '
     'his direct line 0161 496 0732.',
     "What's the number to reach Fenwick without going through the switchboard?",
     'To phone Fenwick at Ashdown Kerr directly, dial',
     ['0161 496 0732']),
    ('We act for your former tenant, Ms Elspeth Guerin, who vacated 4 Larchmere Close on 31 January. '
     'Our client\'s deposit of £950 remains unreturned. - Calloway Brisk Solicitors, ref CB/EG/2217',
     "I'm writing back to Ms Guerin's lawyers - which reference should I quote?",
     'Any reply to Calloway Brisk about the Guerin deposit should cite reference',
     ['CB/EG/2217']),
    ('Ended up at Luton small claims last week over the kitchen fitters. Judge Ashworth-Teale capped '
     'their cancellation charge at 10%, not the 35% in their T&Cs.',
     'What percentage did the judge limit the kitchen firm\'s cancellation fee to?',
     'At Luton, the fitters were only allowed to keep a cancellation fee of',
     ['10%', '10']),
]

OTHER59_ABSENT = [
    ('How much money is being claimed in the Wrexham case K3QZ81F?', 'chat', 0),
    ("When does Marisol Okonjo's tenancy with Bexley Row Lettings come to an end?", 'chat', 1),
    ('What was the name of the claimant in front of District Judge Fennimore?', 'chat', 3),
    ("The phone number for Ravi's mediator, Ottilie Brandsma, is", 'completion', 5),
    ('What is the total contract price under the Tarnbrook Joinery agreement?', 'chat', 8),
    ('Who owns Flat 2B at 17 Cobbold Street?', 'chat', 9),
    ("What's Declan the boiler engineer's surname?", 'chat', 11),
    ('The hourly rate Calloway Brisk are charging Ms Guerin is', 'completion', 14),
]

OTHER60 = [
    ('Hi Marta, the pallet for Brennan Tools left Rotterdam on 12 May and should clear Felixstowe '
     'customs by 19 May. Tracking ref is RTX-448210. Cheers, Jonas',
     'When is the Brennan Tools pallet expected to get through the border checks at the UK port?',
     'The officials at the English port ought to have released the Brennan Tools goods by',
     ['19 May']),
    ('Container      | Seal no.  | Gross wt  | Vessel\n'
     'MSKU 771203-4  | SL-099812 | 18,420 kg | MV Orla Bright\n'
     'TGHU 550918-1  | SL-099847 | 21,065 kg | MV Orla Bright',
     'Remind me which tamper tag went on the TGHU box?',
     'The security tag fitted to the TGHU 550918-1 unit reads',
     ['SL-099847']),
    ('2024-03-08 14:22:07 SCAN depot=LEEDS-04 parcel=JD0092217745 status=OUT_FOR_DELIVERY '
     'driver=Kofi Mensah van=VN-31',
     'Who had parcel JD0092217745 on their round that afternoon?',
     'The courier who took JD0092217745 out from the Leeds depot was',
     ['Kofi Mensah', 'Mensah']),
    ('CN23 | Sender: Ilse Vandermeer, Ghent | Contents: 2 hand-knitted wool scarves | '
     'Declared value: €64.00 | HS tariff no.: 6117.10 | Weight: 0.48 kg',
     'How much did Ilse say the scarves were worth on the customs form?',
     'According to the paperwork, the two knitted items from Ghent had a stated worth of',
     ['€64.00', '64.00']),
    ('Dispatcher (Renée): Your 3pm pickup at Halvorsen Dental moved to 4:45, and they want it '
     'taken to the lab on Corbin Street, not the Bayside one.',
     'What time am I collecting from the dentist now?',
     'The rescheduled collection at the dental practice will happen at',
     ['4:45']),
    ('PARCELPOINT KIOSK #117 - Tideswell\n'
     '1x Medium box 45x35x16      £2.80\n'
     'Tracked 48 (2.1 kg)         £7.95\n'
     'Insurance up to £250        £3.40\n'
     'TOTAL                      £14.15',
     'Can you check what I paid to cover the parcel against loss?',
     'Protecting the package in case it went missing cost an extra',
     ['£3.40', '3.40']),
    ('Note to self: customs broker for the Lisbon shipment is Teodora Vasic (Atlas Clearance), '
     'ext. 2214. Her deputy Paul Ng only handles air freight.',
     "Who's sorting out clearance on the Lisbon consignment?",
     'The agent dealing with the import formalities for the Lisbon goods is',
     ['Teodora Vasic', 'Vasic']),
    ('courier.retry.max_attempts = 3\n'
     'courier.retry.hold_days = 5\n'
     'courier.return_to_sender_after_days = 14',
     'After how many days does an undelivered parcel get sent back to whoever posted it?',
     'Items that never reach their recipient are shipped back to the sender once they have waited',
     ['14']),
    ('Photo 3: crushed corner on crate 7 of 12, noticed at Antwerp gate-in by surveyor '
     'Bram de Wit, 02/11.',
     'Who spotted the dented crate when it arrived at the Antwerp terminal?',
     'The damage to the crate on arrival in Belgium was first flagged by',
     ['Bram de Wit', 'de Wit']),
    ('Packing list - order 55-1902\n'
     '- 40 ceramic mugs (carton A)\n'
     '- 12 teapots (carton B)\n'
     '- 25 tea towels (carton C)\n'
     '- 6 serving trays (carton B)',
     'How many teapots went into that order?',
     'The number of teapots packed for this consignment comes to',
     ['12']),
    ('SwiftDrop: Your parcel from Kettleby Outdoor is at the Larch Road locker, code 5583. '
     'Collect by Thu 21 Nov or it returns.',
     "What's the PIN I need to open the locker?",
     'To get the Kettleby Outdoor package out of the box on Larch Road, you type in',
     ['5583']),
    ('Commercial invoice INV-2207: seller Hartmoor Textiles Ltd, buyer Okonkwo Imports (Lagos). '
     'Terms FOB Southampton, currency GBP, total 9,870.00. Country of origin: Portugal.',
     'Where were the goods on invoice INV-2207 actually produced?',
     'The textiles Hartmoor sold to the Lagos importer were made in',
     ['Portugal']),
    ('Subject: Missing parcel claim #CLM-30417\n'
     "We were told the driver left it 'with a neighbour at no. 23' but nobody at 23 or 25 "
     'Abbey Close signed for it. Please escalate. - Gwen Tarrant',
     'What reference did Gwen get for her lost-parcel complaint?',
     "Gwen's complaint about the package that vanished is logged under",
     ['CLM-30417']),
    ('Vessel         | ETD Busan | ETA Hamburg\n'
     'Kestrel Dawn   | 04 Jun    | 11 Jul\n'
     'Marigold Crest | 09 Jun    | 15 Jul',
     'Tell me when the Marigold Crest is due into Hamburg.',
     'The Marigold Crest should be docking in Germany on',
     ['15 Jul']),
    ('@ops heads up - the reefer on booking BK-66021 must be kept at -18°C, not -20. '
     "Shipper's instruction, per Lotte at Nordfrost.",
     'What temperature does the refrigerated container on BK-66021 need to be held at?',
     'Nordfrost wants the cold-storage box for BK-66021 set to',
     ['-18°C', '-18']),
    ('Express rate, zone 4 (Nordics): first 0.5 kg €18.20, each extra 0.5 kg €3.10. '
     'Fuel surcharge 11.5%. Cut-off for same-day collection: 15:30.',
     'By what time do I have to book if I want the courier to pick up today?',
     'If you want a driver to come for your parcel on the day you book, get the request in before',
     ['15:30']),
]
OTHER60_ABSENT = [
    ('Which haulage firm is moving the Brennan Tools pallet from Rotterdam?', 'chat', 0),
    ('What address is parcel JD0092217745 being delivered to?', 'chat', 2),
    ('Who is Ilse Vandermeer sending the scarves to?', 'chat', 3),
    ("What's Paul Ng's phone extension at Atlas Clearance?", 'chat', 6),
    ('How heavy is order 55-1902 altogether?', 'chat', 9),
    ('What date was invoice INV-2207 issued?', 'chat', 11),
    ("The Kestrel Dawn's voyage number on the Busan-Hamburg run is", 'completion', 13),
    ('The container number of the reefer booked under BK-66021 is', 'completion', 14),
]

OTHER61 = [
    ('Hi all - rehearsal moved from Thursday to Tuesday 19 Nov, 7:30pm at Brackley Scout Hut. '
     "Bring the new charts for 'Sallow Light'. - Imogen",
     'Where are we practising this week?',
     'This week the band will be running through the set at',
     ['Brackley Scout Hut', 'Brackley']),
    ('Lesson | Student | Teacher | Fee\n'
     'Cello, grade 4 | Maisie Trent | Olga Varnavas | £32\n'
     'Piano, grade 6 | Ruben Achterberg | Delphine Okoro | £38',
     'Who takes Ruben for his piano lessons?',
     "Ruben's piano tuition is given by",
     ['Delphine Okoro', 'Okoro']),
    ('2024-06-14 22:41:07 [soundcheck] ch12 gain set to +38 dB (kick in); ch13 gain set to +24 dB '
     '(kick out); operator=jpell',
     'How much gain got dialled in for the mic sitting inside the bass drum?',
     'At soundcheck, the inner kick drum microphone was boosted to',
     ['+38 dB', '38']),
    ('HARLOW STRINGS & REEDS\n'
     '1x Calloway clarinet reeds (box of 10, str 2.5) .... £27.50\n'
     '1x Brightwire violin strings set ................. £11.99\n'
     'TOTAL £39.49   PAID CARD ****4471',
     'What did I pay for the violin strings on that music shop receipt?',
     'The set of violin strings from Harlow came to',
     ['£11.99', '11.99']),
    ("Kofi (drums): I can't do the Saturday gig at the Anchor, it's my cousin's wedding. "
     'Ask Petra Lindqvist - she depped for us at Goose Fair.',
     'Who did Kofi suggest could cover for him behind the kit?',
     "Since Kofi can't play Saturday, the stand-in he recommended is",
     ['Petra Lindqvist', 'Lindqvist']),
    ("click.enabled = true; click.count_in_bars = 2; click.default_bpm = 112; "
     "song['Paper Harbour'].bpm = 96",
     'Remind me what tempo the click track runs at for Paper Harbour.',
     'For Paper Harbour the metronome should be ticking at',
     ['96']),
    ('VENUE BOOKING FORM\n'
     'Organisation: Wexcombe Community Choir    Contact: Harriet Bello\n'
     'Date requested: Sat 8 March 2025\n'
     'Doors: 18:45    Start: 19:30    Expected audience: 220',
     'What time does the choir actually start singing?',
     "The Wexcombe choir's performance is due to kick off at",
     ['19:30']),
    ('note to self - Mr Faraday says do the Kreutzer study slowly at 60 first, then scales in '
     'E flat major, 3 octaves, slurred. Next lesson Weds 4:15.',
     'Which key did my violin teacher want the scales done in?',
     'The three-octave scales I am supposed to be working on are in',
     ['E flat major', 'E flat']),
    ('Photo: The Marrow Lanterns on the main stage at Fenwick Fields Festival, 2019. '
     'L-R: Dev Ashworth (bass), Noor Halabi (vocals), Callum Reid (guitar).',
     "Who's the bassist in the Marrow Lanterns?",
     'The member of the Marrow Lanterns who handles the low end is',
     ['Dev Ashworth', 'Ashworth']),
    ('Van load for Friday:\n'
     '- 2x Orange amp heads\n'
     '- keyboard stand (the wobbly one)\n'
     '- 14 XLR cables\n'
     '- spare snare skin\n'
     '- merch box (76 T-shirts)',
     'How many mic leads am I supposed to pack?',
     'The number of microphone leads going in the van is',
     ['14']),
    ('The Dunmore Brass Band was founded in 1887 by colliery foreman Josiah Peake, and went on to '
     'win the regional championship in 1923 and again in 1951.',
     'When did the Dunmore Brass Band first get started?',
     "Dunmore's brass band has been going since",
     ['1887']),
    ('Re: invoice - Hi Tomasz, the agreed fee for the Halloway wedding set is €850, with a €200 '
     'deposit already received on 2 May. Balance due on the night. Cheers, Aisling',
     'How much was paid up front for the Halloway wedding gig?',
     'Ahead of the Halloway wedding, the band had already been handed a deposit of',
     ['€200', '200']),
    ('ADMIT ONE - VELVET CANARY + support Hollis Grey | Corn Exchange, Ludbury | Fri 21 Feb 2025 '
     '| Doors 7pm | Row K Seat 17 | Ref VC-20931',
     "Can you pull the booking reference off my Velvet Canary ticket?",
     'The code printed on the Velvet Canary ticket for the booking is',
     ['VC-20931']),
    ('[09:12] Lena: orchestra sectional is in Room B14 not B12 this week, B12 has the piano '
     'tuner in all morning',
     'Which room has the sectional been moved to?',
     "This week's string sectional will be held in room",
     ['B14']),
    ('Grade exams - Linford Music Centre, Sat 17th\n'
     'Candidate | Instrument | Slot\n'
     'A. Mbeki | Flute gr. 5 | 10:20\n'
     'J. Soto | Trumpet gr. 3 | 10:45\n'
     'R. Kaur | Flute gr. 7 | 11:30',
     "I need to know when J. Soto's trumpet exam is.",
     'Soto is due to sit the trumpet grade at',
     ['10:45']),
    ("Band meeting 12/09: agreed new name 'Static Orchard' (beat 'The Lowtides' 3 votes to 2). "
     'Rehearsal budget capped at £60/month. Sam to design logo.',
     'What did the band end up renaming itself?',
     'After the vote, the group decided it would now be called',
     ['Static Orchard']),
]

OTHER61_ABSENT = [
    ('What time does the rehearsal at Brackley Scout Hut finish?', 'chat', 0),
    ('What date was printed on the Harlow Strings & Reeds receipt?', 'chat', 3),
    ("What's the name of the cousin whose wedding Kofi is going to?", 'chat', 4),
    ('How much is the hire fee for the Wexcombe choir concert venue?', 'chat', 6),
    ('Who plays drums in the Marrow Lanterns?', 'chat', 8),
    ('How much did my Velvet Canary ticket cost?', 'chat', 12),
    ("The Dunmore Brass Band's current conductor is", 'completion', 10),
    ("The band member who first suggested the name 'Static Orchard' was", 'completion', 15),
]

OTHER62 = [
    ('Hi Marta - quick correction: the reading room at Pellow Street Archive reopens on 9 October, '
     'not the 2nd as we posted. Ordering cut-off stays at 3:45pm. Cheers, Gareth',
     'When does the Pellow Street reading room open its doors again?',
     'According to the corrected notice, researchers can get back into the Pellow Street reading room on',
     ['9 October']),
    ('Accession | Item | Donor | Date received\n'
     "2023.114 | Brass ship's bell, SS Carrowmore | Enid Varley | 14/06/2023\n"
     '2023.115 | Tin toy tram | Colin Rusk | 02/07/2023',
     "Who gave the museum that old bell off the ship?",
     'The bell from the SS Carrowmore came to the collection as a gift from',
     ['Enid Varley', 'Varley']),
    ('2024-03-11 02:14:07 WARN hvac-zone3 (Strongroom B) RH=61.4% threshold=55% temp=17.2C',
     'What was the humidity level that set off the strongroom alarm overnight?',
     'When the Strongroom B warning fired, the relative humidity stood at',
     ['61.4%', '61.4']),
    ('Fenwick Local History Society - Receipt #0472\n'
     'Annual membership (couple): £24.00\n'
     "Copy of 'Mills of the Upper Dene': £9.50\n"
     'Total paid: £33.50 (cash)',
     'How much was I charged for the book about the mills?',
     "The society sold me its 'Mills of the Upper Dene' booklet for",
     ['£9.50', '9.50']),
    ("Librarian: Interlibrary loans take about eleven working days at the moment, and there's a £3 "
     "charge per request unless you're over 65.",
     'Roughly how long will I be waiting if I order a book in from another library?',
     'A title borrowed through the interlibrary scheme usually turns up after',
     ['eleven working days', 'eleven']),
    ("barcode_prefix = 'HRL'  # Halsworth Reference Library; max_renewals = 4; loan_period_days = 21",
     'Remind me how many times a borrower is allowed to renew something under this config.',
     'Under these settings, a single loan can be extended no more than',
     ['4']),
    ('Fig. 12. Stallholders at Quarry Lane market, c. 1931. Photograph by Ada Penhallow; deposited by '
     'her nephew Ronald Penhallow in 1987. Ref. QLM/PH/0339.',
     'Who was actually behind the camera for that market stallholders shot?',
     'The picture of the Quarry Lane traders was taken by',
     ['Ada Penhallow']),
    ('Sticky note on the scanner: Parish registers (Brinscombe, 1754–1812) - DO NOT open past 120°. '
     'Ask Yusuf before scanning vol. 3; spine repaired Feb.',
     "What's the widest we're allowed to open the Brinscombe registers when scanning?",
     'When digitising the Brinscombe parish books, the opening angle must never exceed',
     ['120°', '120']),
    ('Research visit request\n'
     'Name: Tobias Wren\n'
     'Reader ticket no.: RT-55817\n'
     'Collection: Ashcombe Estate papers, boxes 4–7\n'
     'Preferred date: Thu 21 Nov',
     "Can you tell me Tobias's reader ticket number?",
     'On his application, Mr Wren quoted the reader ticket',
     ['RT-55817', '55817']),
    ('Exhibition loans out this season:\n'
     "- Weaver's shuttle (LM.88.2) -> Corran Textile Museum, until 30 Apr\n"
     "- Mayor's chain (LM.61.1) -> Town Hall foyer, until 12 Jan\n"
     '- Clay pipe hoard (LM.97.14) -> Dunmore Heritage Centre, until 8 Mar',
     'Where has the clay pipe hoard gone on loan?',
     'For the current season, the hoard of clay pipes is being displayed at',
     ['Dunmore Heritage Centre', 'Dunmore']),
    ("The Kestleby Mechanics' Institute library was founded in 1842 by a subscription of forty-three "
     'local weavers, and moved to its present premises on Tanner Row in 1896.',
     "In what year did the Mechanics' Institute library settle into the building it uses today?",
     'The Kestleby library has occupied its current Tanner Row home since',
     ['1896']),
    ("AGM 17 May: Treasurer Lorna Baptiste reported a balance of £2,316; chair Des Okonjo re-elected "
     "unopposed. Next oral-history evening: 6 Sept, St Aldhelm's hall.",
     "Who's in charge of the society's money these days?",
     "The person who keeps the society's accounts and reported the bank balance is",
     ['Lorna Baptiste', 'Baptiste']),
    ('Orchard Green Library - opening hours\n'
     'Mon   closed\n'
     'Tue   10:00–17:00\n'
     'Wed   10:00–19:30\n'
     'Sat   09:30–13:00',
     'How late can I stay at Orchard Green on a Wednesday?',
     'Midweek late opening at Orchard Green means Wednesday closing time is',
     ['19:30']),
    ('Title: Letters of a Harbourmaster, 1868–1874\n'
     'Creator: Silas Trevanion\n'
     'Extent: 2 boxes (0.3 linear m)\n'
     'Shelfmark: MS Add. 4471\n'
     'Access: open',
     "Which reference do I put on the slip to call up the harbourmaster's correspondence?",
     'To request the Trevanion letters in the reading room, you order',
     ['MS Add. 4471', '4471']),
    ("Volunteer rota swap: Bev can't do the Saturday desk at the Lindholm Toy Museum, so Priyanka's "
     'covering 24 Aug and Bev takes her 31 Aug shift instead.',
     'Who ended up on front-desk duty at the toy museum on the 24th of August?',
     'After the swap, the Saturday shift on 24 Aug will be staffed by',
     ['Priyanka']),
    ('Quote Q-3091, Harlan Bindery: rebinding 6 vols of Corby Gazette (1902–07) in buckram, '
     '£1,140 + VAT; turnaround 8 weeks from collection.',
     'What did the bindery say it would cost to redo the Gazette volumes?',
     'Excluding tax, Harlan Bindery priced the rebinding job at',
     ['£1,140', '1,140']),
]

OTHER62_ABSENT = [
    ('What year was the SS Carrowmore built?', 'chat', 1),
    ('Is there a fee for reserving a book the library already has on its shelves?', 'chat', 4),
    ('What time is Tobias Wren booked in to arrive for his visit?', 'chat', 8),
    ("Who was the first librarian at the Kestleby Mechanics' Institute?", 'chat', 10),
    ('Which port was Silas Trevanion harbourmaster of?', 'chat', 13),
    ('Who at Harlan Bindery signed off on the Gazette rebinding quote?', 'chat', 15),
    ("At the AGM, the society's secretary was confirmed as", 'completion', 11),
    ('On Sundays, Orchard Green Library opens its doors at', 'completion', 12),
]


# Each other writer's facts, absent questions and haystack (the novel, the Node.js excerpt or the
# PostgreSQL manual): `guard-otherN-short.jsonl`, `guard-otherN-memory.jsonl`.

OTHER63 = [
    ('Hi Marcus, the adjuster assigned to claim HX-40718 is Delphine Okoro; she will visit Thursday at 9am. '
     'The roofer quote came in at £6,340 and your excess is £250. - Kerry, Claims Team',
     'Who is coming out to look at the roof damage for HX-40718?',
     'The person sent to assess the damage on HX-40718 is',
     ['Delphine Okoro', 'Okoro']),
    ('Policy   | Holder         | Sum insured | Renewal\n'
     'HM-22915 | Ruth Calloway  | $412,000    | 01/09/2025\n'
     'HM-22916 | Idris Nkemelu  | $298,500    | 15/10/2025',
     "What's the coverage limit on Idris's house policy?",
     "Idris Nkemelu's home is insured for up to",
     ['$298,500', '298,500']),
    ('2024-11-03 14:22:07 INFO CLAIM_STATUS claim=MV-88213 from=PENDING_DOCS to=APPROVED '
     'payout=4,875.00 EUR reserve=6,000.00 EUR handler=tvasquez',
     'How much money is actually being paid out on MV-88213?',
     'The settlement released for motor claim MV-88213 came to',
     ['4,875.00 EUR', '4,875.00']),
    ('INCIDENT REPORT\nDate of incident: 17 Feb 2025\nDate reported: 21 Feb 2025\n'
     'Location: Carrowmore Business Park, Unit 9\nCause: burst pipe (frozen)',
     'On what day did the pipe actually burst at Carrowmore?',
     'The water escape at Unit 9 took place on',
     ['17 Feb 2025']),
    ("Caller: ...so what happens to my no-claims discount now?\n"
     "Agent (Bronwyn): After the windscreen claim you go from 9 years down to 5, "
     "so your discount is 52% instead of 65%.",
     'What percentage discount will the caller have once the windscreen claim goes through?',
     'Following the windscreen claim, the no-claims reduction falls to',
     ['52%', '52']),
    ('Lakeshore Glass & Glazing - Invoice 7731\n'
     'Replacement front window, laminated ..... $1,180.00\n'
     'Labour (2.5 hrs) ........................ $212.50\n'
     'Total due ............................... $1,392.50\n'
     'Billed to: Pemberton Mutual, ref PM-5520',
     'Remind me what Lakeshore charged for the fitters\' time?',
     'For the hours spent fitting the window, the glaziers billed',
     ['$212.50', '212.50']),
    ('Note to file: insured Gerald Aft says the stolen bike was a Brennan Velo X7 bought in 2021. '
     'No receipt, but he has a bank statement. Serial number per owner: BV7-00931-K.',
     "What's the frame number of Gerald's stolen bicycle?",
     'According to the owner, the missing bike can be identified by serial',
     ['BV7-00931-K']),
    ('claims.autoapprove.threshold_gbp = 1500\n'
     'claims.fraud_review.threshold_gbp = 12000\n'
     'claims.sla.first_contact_hours = 48',
     'Above what amount does a claim get sent off for a fraud check?',
     'Any claim bigger than this many pounds gets referred to the fraud team:',
     ['12000']),
    ('Exclusions (Section 4) - we will not pay for:\n'
     ' a) wear and tear\n b) damage caused by vermin\n'
     ' c) loss while the home is unoccupied for more than 45 consecutive days\n'
     ' d) frost damage to outbuildings',
     'How long can the house sit empty before the cover stops applying?',
     'Losses are excluded if nobody has lived in the property for longer than',
     ['45 consecutive days', '45']),
    ('Photo 3 of 11: ceiling collapse in rear bedroom, 14 Alder Row, Kettleby. '
     'Taken by adjuster Sunil Ravat on 6 March; moisture meter reading 38%.',
     'Who took the pictures of the fallen bedroom ceiling?',
     'The images of the collapsed ceiling were captured by',
     ['Sunil Ravat', 'Ravat']),
    ('Under the Harbourline Fleet policy each vehicle carries a deductible of $750, '
     'rising to $2,000 for any driver under 25.',
     'If one of our younger drivers crashes, what excess do we pay?',
     'When the person at the wheel is below 25 years old, the deductible becomes',
     ['$2,000', '2,000']),
    ('From: Oriane Faber <o.faber@cleggadjusting.co.uk>\nSubject: Re: Claim 55-QT-0192\n'
     "We've reserved £18,400 for the stock loss and £3,100 for business interruption, "
     'pending the accounts.',
     'How much has been set aside to cover the damaged inventory?',
     'The reserve Clegg put against the lost stock is',
     ['£18,400', '18,400']),
    ("Tamsin: the loss adjuster from Greyfield rang - visit moved from Tue to Fri 11:30, "
     "and she said bring the CCTV footage on a USB stick",
     'What time is the Greyfield adjuster turning up now?',
     'After the rearrangement, the inspection on Friday begins at',
     ['11:30']),
    ('Cover           | Annual premium\n'
     'Buildings       | £342.18\n'
     'Contents        | £127.60\n'
     'Legal expenses  | £24.99\n'
     'IPT (12%)       | £59.38',
     'How much per year am I paying just to insure my belongings?',
     'The yearly cost of the contents section alone is',
     ['£127.60', '127.60']),
    ("Subrogation update: recovery of $9,260 from Ardent Plumbing Ltd's insurer agreed on 2 May; "
     "cheque expected within 30 days. Insured's $500 excess to be refunded once funds clear.",
     'Which firm\'s insurers agreed to reimburse us for the leak?',
     'The third party whose insurer is paying the money back is',
     ['Ardent Plumbing Ltd', 'Ardent Plumbing']),
    ('Named drivers: Kofi Mensah-Bright (main), Alina Mensah-Bright; Vehicle reg: KT19 XWR; '
     'Cover: comprehensive; Policy no. CV/0046612',
     'What number plate is on the car the Mensah-Brights have insured?',
     'The vehicle covered under this schedule is registered as',
     ['KT19 XWR']),
]

OTHER63_ABSENT = [
    ('When was the roof damage on claim HX-40718 first reported to us?', 'chat', 0),
    ("What's the annual premium Ruth Calloway pays on HM-22915?", 'chat', 1),
    ('Who was it that phoned in the burst pipe at Carrowmore Business Park?', 'chat', 3),
    ('What date is on Lakeshore Glass invoice 7731?', 'chat', 5),
    ('How much did Gerald Aft pay for his Brennan Velo X7?', 'chat', 6),
    ('Which company is the policyholder on claim 55-QT-0192?', 'chat', 11),
    ('The loss adjusting firm that Sunil Ravat works for is', 'completion', 9),
    ('The make and model of the car insured under CV/0046612 is', 'completion', 15),
]

OTHER64 = [
    ('Hi Dana, your Anytime season ticket (Harwick Vale to Corrin Street) renews on 14 September; '
     'the annual price rises from £3,184 to £3,342. Your current card number ends 7719. '
     '- Mersey Arc Rail Customer Team',
     "What's Dana going to pay for a year of travel once the ticket renews?",
     'After the renewal, a year of commuting between Harwick Vale and Corrin Street will cost Dana',
     ['£3,342', '3,342']),
    ('Route 47B weekday departures from Ostley Bus Garage:\n'
     '06:12 | 06:41 | 07:05 | 07:33\n'
     'Last bus back from Pellbrook Market: 23:18',
     'When does the final 47B leave Pellbrook Market at night?',
     'If you want to get home from Pellbrook Market, the latest bus you can catch goes at',
     ['23:18']),
    ('2024-02-09 08:14:52 GATE_REJECT station=KNW-04 card=OY-558210 reason=EXPIRED_SEASON '
     'balance=£0.00 retry=2',
     'Which barrier location code turned the card away in that log?',
     'The ticket gate that refused the commuter is identified as',
     ['KNW-04']),
    ("Conductor: 'This off-peak ticket isn't valid on the 17:02, sir. You'll need to pay the £14.60 "
     "difference, or get off at Brantham and wait for the 18:25.'",
     'If the passenger refused to pay extra, which later train did the guard say to take?',
     'To avoid the excess fare, he could hop off and catch the service leaving at',
     ['18:25']),
    ('CALDER LINK TRAVEL CENTRE\n'
     'Weekly bus pass (Zones 1-3)   £27.50\n'
     'Photocard replacement          £5.00\n'
     'Paid by card ****4421   Ref TX-88310',
     'How much was I charged for a new photocard?',
     'Getting the lost photocard reissued set me back',
     ['£5.00', '5.00']),
    ('Note to self: car park at Wendle Parkway is full by 07:40 on Mondays. Overflow lot is behind '
     'the Fenwick Arms, £3 all day, cash only.',
     "Where's the backup parking when the station lot is packed?",
     'When there are no spaces left at the station, you can leave the car behind',
     ['the Fenwick Arms', 'Fenwick Arms']),
    ("commute_alert: {line: 'Thorne Valley', origin: 'Selby Cross', notify_if_delay_min: 12, "
     "quiet_hours: '22:00-06:30'}",
     'How late does a Thorne Valley train have to be before I get pinged?',
     'A delay notification only fires once the train is running behind by this many minutes:',
     ['12']),
    ('Season Ticket Application - Employer Loan Scheme\n'
     'Employee: Marcus Oyelaran   Staff no. 40918\n'
     'Ticket: Annual, Grindle Junction – Halsey Quay\n'
     'Loan amount: £2,760   Repay over: 10 months',
     "Over what period will Marcus be paying back the money his employer lends him?",
     'Marcus will clear the ticket advance in',
     ['10 months', '10']),
    ('Since the timetable change on 19 May, the 07:52 from Ashby Lowe no longer stops at Creel Halt; '
     'commuters for Creel now need the 08:06 stopping service, which calls at platform 3.',
     'Which platform do I need for the train that still stops at Creel?',
     'People travelling to Creel Halt should now wait on',
     ['platform 3', '3']),
    ('Photo: driver Lidia Varga with bus no. 6113 on its final run of route 22, Hollin Road depot, '
     '30 August. Fellow driver Ken Ashdown took the picture.',
     'Who was behind the camera for that last-day route 22 shot?',
     "The snapshot of the bus's farewell trip was taken by",
     ['Ken Ashdown', 'Ashdown']),
    ('Things to sort before the new job:\n'
     '- Renew railcard (expires 3 Nov)\n'
     '- Ask HR about cycle-to-work scheme\n'
     '- Buy monthly Southway pass, zone 2-4, £148\n'
     '- Check if the 219 bus runs on Sundays',
     'Remind me when my railcard runs out.',
     'My railcard stops being valid after',
     ['3 Nov']),
    ('Subject: Delay Repay claim DR-20931 - Your claim for the 18:47 Pennick to Wolsey Green '
     '(delayed 41 mins) has been approved. £9.35 will be credited to your account within 5 working days.',
     'By how much was the Pennick evening train held up?',
     'According to the compensation email, that train arrived late by',
     ['41 mins', '41']),
    ('| Carnet (10 singles) | Zone A–B | Adult £19.80 | Child £9.90 | valid 90 days |',
     "What does the ten-trip bundle cost for a kid?",
     'For under-16s, a book of ten single journeys is priced at',
     ['£9.90', '9.90']),
    ("Priyanka (WhatsApp, 07:21): bus broke down outside Tamsin Lane, we're all being moved to a "
     "replacement coach, tell Oskar I'll miss the 8:30 standup",
     'Where did Priyanka say her bus conked out?',
     "Priyanka's bus gave up just outside",
     ['Tamsin Lane']),
    ('Lost property ref LP-3307: black umbrella + blue folder, found on 16:15 Merrow Bridge–Stannet '
     'service, coach D, handed in by guard R. Tully. Collect from Merrow Bridge ticket office.',
     'Which carriage were the umbrella and folder left in?',
     'The forgotten items turned up in',
     ['coach D']),
    ('Fare change notice: from 2 January the Pelham Zone weekly ticket goes up to £31.40; the monthly '
     'stays at £112. Existing tickets bought before 1 January remain valid until expiry.',
     'I need to know the date the weekly price rise kicks in.',
     'The dearer seven-day fare comes into force on',
     ['2 January']),
]
OTHER64_ABSENT = [
    ('How is Dana paying for her season ticket renewal - direct debit or card?', 'chat', 0),
    ('How much is a single fare on the 47B?', 'chat', 1),
    ('What time was the weekly bus pass bought at the Calder Link travel centre?', 'chat', 4),
    ("Who signed off Marcus Oyelaran's season ticket loan?", 'chat', 7),
    ('How many years had Lidia Varga been driving route 22?', 'chat', 9),
    ('What time did the delayed Pennick train finally get into Wolsey Green?', 'chat', 11),
    ('In the end, the replacement coach got Priyanka to work at', 'completion', 13),
    ('The lost property desk at Merrow Bridge closes each evening at', 'completion', 14),
]

OTHER65 = [
    ('Hi Mrs Delacroix, your repeat prescription for sertraline 50mg will be ready for collection at '
     'Brindlecombe Pharmacy from Thursday 14 November. Your next medication review is due 9 January.',
     'When can I go and pick up my sertraline refill?',
     'The antidepressant refill can be collected starting',
     ['Thursday 14 November', '14 November']),
    ('Treatment           | Band | Fee\n'
     'Scale & polish      | -    | £62\n'
     'Root canal (molar)  | 2    | £318\n'
     'Crown (porcelain)   | 3    | £495',
     'How much would it cost to get a back tooth root-filled there?',
     'Having a molar root-treated at that practice will set you back',
     ['£318', '318']),
    ('2024-03-11 08:02:17 [BOOKING] patient_id=NHS4471093 clinic=Phlebotomy slot=08:40 room=B12 '
     'status=CONFIRMED',
     'Which room do I need to go to for my blood test?',
     'The blood sample will be taken in room',
     ['B12']),
    ("Receptionist: Dr Whitmore's fully booked till Friday, but Dr Anjali Rao has a cancellation at "
     "11:20 tomorrow if you want it.",
     'Who was the doctor with a free slot tomorrow morning?',
     'The GP who could squeeze me in tomorrow is',
     ['Dr Anjali Rao', 'Anjali Rao', 'Rao']),
    ('Outpatient appointment: Orthopaedics (Mr K. Lindqvist). Date: 3 June 2025, 14:15. '
     'Location: Hartsfield General, Level 2, Clinic F. Please arrive 15 minutes early and bring a list '
     'of your medications.',
     'Remind me which clinic my bone specialist appointment is in at Hartsfield.',
     'For the orthopaedic consultation, I should report to',
     ['Clinic F']),
    ('ALDERWAY CHEMIST  #0193\n'
     'Ibuprofen 200mg x24     £2.15\n'
     'Cetirizine 10mg x30     £3.49\n'
     'Prescription charge     £9.90\n'
     'TOTAL                   £15.54',
     'What was the NHS script fee on that chemist receipt?',
     'The charge for dispensing my prescription came to',
     ['£9.90', '9.90']),
    ("Sticky note on fridge: Dad's INR check moved to Tues 22nd, anticoagulation clinic at St Brannock's "
     "- ring 01632 960418 if he can't make it. Warfarin dose stays 4mg.",
     "What number do we call if Dad can't get to his blood-thinning clinic?",
     "If Dad needs to cancel his clotting test, the number to phone is",
     ['01632 960418']),
    ('surgery.opening.saturday = 08:30-12:00  # extended access, Fernhill Medical Centre; '
     'weekdays 08:00-18:30',
     'What are the weekend hours at Fernhill on a Saturday?',
     'On Saturday mornings the practice is open',
     ['08:30-12:00']),
    ('New patient registration - Oakmere Dental\n'
     'Name: Tobias Grenfell\n'
     'DOB: 17/08/1991\n'
     'Previous dentist: Castlegate Smiles, Leeds\n'
     'Allergies: penicillin',
     'Which dental practice was Tobias with before he signed up at Oakmere?',
     'Before moving to Oakmere, Tobias used to have his teeth seen to at',
     ['Castlegate Smiles, Leeds', 'Castlegate Smiles']),
    ('Photo: Nurse practitioner Gwen Ashdown (left) with practice manager Colin Mbeki at the opening '
     'of the new Larchfield Surgery diabetes hub, 5 February.',
     'Who runs the admin side of things at Larchfield Surgery?',
     'The man in charge of managing Larchfield Surgery is',
     ['Colin Mbeki', 'Mbeki']),
    ('Things to take to the pre-op assessment (ward 7, Wed 10:00):\n'
     '1. photo ID  2. current meds in their boxes  3. the green consent form  4. glasses',
     'Where in the hospital is my pre-surgery check happening?',
     'The assessment before the operation is being held on',
     ['ward 7']),
    ('NHS: Your COVID & flu vaccines are booked for 19/10 at 15:45, Riverside Pharmacy, 42 Mill Lane. '
     'Reply CANCEL to cancel. Ref: VX-88231',
     "I need the booking code for my jabs - what is it?",
     'The reference number for the vaccination booking is',
     ['VX-88231']),
    ('After the extraction on Monday, Dr Feliks Nowak at Quayside Dental told me to avoid hot drinks '
     'for 24 hours and to come back in 10 days to have the stitches out.',
     'How long until I go back to get my stitches removed?',
     'The dentist wants to take the sutures out after',
     ['10 days']),
    ('Service       | Avg wait\n'
     'Dermatology   | 18 weeks\n'
     'Cardiology    | 11 weeks\n'
     'ENT           | 26 weeks\n'
     '(Kestrel Valley NHS Trust, Q3)',
     'Roughly how long do people wait to see a heart specialist in Kestrel Valley?',
     'Patients referred to the heart department typically wait about',
     ['11 weeks', '11']),
    ('From: Lena Hargreaves - Can you remind Mum her hearing aid fitting got moved from the 8th to '
     '12 April at Audiology, Pennant Road? Same time, 9:30.',
     "What's the new date for Mum's hearing aid appointment?",
     "Mum's audiology fitting has been rescheduled for",
     ['12 April']),
    ('Pharmacy rota w/c 3 Mar: Mon-Wed pharmacist Imran Qureshi; Thu-Sat locum Bethany Cole; Sun closed.',
     'Who is the stand-in pharmacist covering that week?',
     'The locum filling in at the end of the week is',
     ['Bethany Cole', 'Cole']),
]

OTHER65_ABSENT = [
    ("Which GP signed off Mrs Delacroix's sertraline prescription?", 'chat', 0),
    ('Which nurse will be taking my blood at the phlebotomy clinic?', 'chat', 2),
    ("What's the phone number for the orthopaedic clinic at Hartsfield General?", 'chat', 4),
    ("What is Dad's target INR range?", 'chat', 6),
    ("What's Tobias Grenfell's home address?", 'chat', 8),
    ('Which tooth did Dr Nowak pull out on Monday?', 'chat', 12),
    ('The jabs at Riverside Pharmacy will be given by pharmacist', 'completion', 11),
    ('On Saturdays the pharmacy on that rota shuts at', 'completion', 15),
]

OTHER66 = [
    ('Hi Mark, just to confirm your new fixed tariff with Harrowgate Energy starts on 14 June at 24.86p '
     'per kWh for electricity and 6.12p per kWh for gas. Standing charges stay at 53.2p/day. '
     '- Leanne, Customer Team',
     "What's the unit rate I'll be paying for gas under the new fixed deal?",
     'Under the Harrowgate plan, every kilowatt-hour of gas Mark burns will cost him',
     ['6.12p per kWh', '6.12p']),
    ('Date       | Meter   | Reading | Type\n'
     '02/01/2024 | E-44791 | 38214   | Actual\n'
     '02/04/2024 | E-44791 | 39067   | Estimated\n'
     '02/07/2024 | E-44791 | 39581   | Actual',
     'Which of those readings was just a guess by the supplier rather than taken off the meter?',
     'The one figure the supplier guessed instead of reading off the dial was',
     ['39067']),
    ('2024-03-18 07:42:11 WARN smartmeter[gw-0932]: leak alarm triggered, continuous flow 4.8 L/min '
     'for 180 min at property UPRN 100023887412',
     'How fast was the water running when the smart meter raised the alarm?',
     'The gateway flagged a suspected leak because water kept going through at a rate of',
     ['4.8 L/min', '4.8']),
    ('PAYPOINT RECEIPT\nStore: Kwik Mart, Delph Road\nAccount: 9826 0041 7735\nGas top-up: £30.00\n'
     'Txn ref: PP-77Q1-K3\n12/11/23 18:04',
     "Remind me of the reference code on the shop slip from when I put credit on the gas.",
     'To chase the missing gas credit with the supplier, quote the code',
     ['PP-77Q1-K3']),
    ("Agent (Dariusz): I've logged the fault on your line. An Openreach engineer will visit on "
     'Thursday 9 May between 8am and 1pm; your fault reference is FLT-5520931.',
     'When is the technician coming round to sort out my broadband?',
     'Someone is booked to come out and repair the connection on',
     ['Thursday 9 May', '9 May']),
    ('Flat 3 bills split (Oct): electric £96.40, water £38.10, internet £27.99. Sam paid the electric, '
     'Jo the water, I covered internet. Owe Sam £32.13.',
     'Who forked out for the water bill in October?',
     "In Flat 3, October's water charge was settled by",
     ['Jo']),
    ('tariff_profile = { name: "Agile-Nov24", offpeak_window: "00:30-05:30", offpeak_rate: 8.5, '
     'peak_rate: 29.3, export_rate: 15.0 }',
     'What hours count as the cheap period on my Agile setup?',
     'Discounted overnight electricity on that profile applies during the hours',
     ['00:30-05:30']),
    ('Direct Debit Instruction\nName of account holder: Miriam Okonkwo-Hale\nSort code: 20-45-77\n'
     'Account number: 63018842\nMonthly amount: £142\nCollection day: 17th',
     'On which day of the month will the payment come out of my account?',
     "Each month Miriam's money is taken by the supplier on the",
     ['17th']),
    ('Photo 2 of 4: gas meter in the cupboard under the stairs, serial G4A 00815527, dial reads '
     '07731.4 m³ on 30 Jan.',
     'What number was showing on the gas meter in that picture?',
     'In the snapshot taken at the end of January, the figure on the gas meter was',
     ['07731.4 m³', '07731.4']),
    ('Broadband options we looked at:\n'
     '- Fibrenest 500: 500 Mbps, £31/mo, 24-month contract\n'
     '- Cloudline Fibre 150: 150 Mbps, £24/mo, 18-month contract\n'
     '- Vellum Air 5G: up to 300 Mbps, £22/mo, 30-day rolling',
     "Which of the internet deals we compared didn't tie us in long term?",
     'The only package we could cancel month to month was',
     ['Vellum Air 5G']),
    ('Southmere Water raised our annual charge from £412 to £447 this April, and the sewerage element '
     'now makes up £261 of that.',
     'How much were we paying a year for water before the April increase?',
     "Before Southmere's price rise, the yearly water bill came to",
     ['£412', '412']),
    ('| 2024-Q2 | Acct 55-CB-3019 | Broadband+TV | Due 28/06/2024 | £64.50 | Late fee £7.50 |',
     "How much extra would they charge if the quarter-two bundle payment goes in after the deadline?",
     'Paying the Broadband+TV bill after it falls due adds a penalty of',
     ['£7.50', '7.50']),
    ("EnerFlow: Hi Tom, we couldn't get access to read your meter on 22/08. Please submit a reading "
     'by 05/09 via the app or text READ 4417 to 60211. Thanks',
     "What's the cut-off for sending them my meter numbers?",
     'EnerFlow wants Tom to send his figures in no later than',
     ['05/09']),
    ('From: Gareth Pryce <gareth@pryceletting.co.uk>\nSubject: Flat 12B utilities\n'
     "The boiler service is booked with Emberline Heating for 3 Oct; the tenants' gas supplier is "
     'Corrie Gas, customer no. CG-208814.',
     'Which company do the people renting 12B get their gas from?',
     'According to the landlord, the occupants of Flat 12B buy their gas from',
     ['Corrie Gas']),
    ('Heat network charge breakdown - Plot 41, Larchfield Quay\n'
     'Heat used: 1,284 kWh @ 11.9p\nFixed network charge: £0.62/day\n'
     'Meter rental: £4.00/quarter\nVAT: 5%',
     'What do they bill each day for the heat network itself, regardless of usage?',
     'However little heat Plot 41 uses, the standing daily fee for the network is',
     ['£0.62/day', '£0.62', '0.62']),
    ('Ours came in at 3,120 kWh for the year according to the annual statement, but the EPC had '
     'estimated 4,600, so I reckon the new heat pump is doing its job. - Rhiannon, Aberporth',
     "How much electricity did Rhiannon's yearly summary actually show her using?",
     "Rhiannon's real consumption over the twelve months, per her statement, was",
     ['3,120 kWh', '3,120']),
]
OTHER66_ABSENT = [
    ("What's the exit fee if Mark leaves the Harrowgate fixed tariff early?", 'chat', 0),
    ('Which plumber was sent out after the leak alarm on gateway gw-0932?', 'chat', 2),
    ('What is the name of the Openreach engineer coming on 9 May?', 'chat', 4),
    ('How much is the daily standing charge on the Agile-Nov24 profile?', 'chat', 6),
    ('The electricity meter in the same cupboard under the stairs has the serial number', 'completion', 8),
    ('What upload speed does the Fibrenest 500 package offer?', 'chat', 9),
    ('For the previous quarter, Q1, the Broadband+TV bill on account 55-CB-3019 came to',
     'completion', 11),
    ("When does Corrie Gas's contract for Flat 12B come to an end?", 'chat', 13),
]

OTHER67 = [
    ("Hi all - just confirming the U12 girls' match vs Kestrel Vale has moved from Sat 14 Sept to "
     "Sun 15 Sept, kickoff 10:30 at Brambley Rec pitch 3. Warm-up from 9:45. - Coach Dana Whitlock",
     "Which day did the U12 girls' game against Kestrel Vale get pushed back to?",
     "The U12 girls will now take on Kestrel Vale on",
     ['Sun 15 Sept', '15 Sept']),
    ('Kit order - Harrowgate Colts U10\n'
     'Item | Size | Qty | Unit\n'
     'Home shirt (amber) | YM | 14 | £11.50\n'
     'Away shirt (navy) | YM | 14 | £11.50\n'
     'Socks | 12-2 | 16 | £3.20',
     'How many pairs of socks are the Harrowgate Colts getting?',
     'The number of sock pairs on the Colts U10 order comes to',
     ['16']),
    ('2024-10-05 09:12:44 REF_ASSIGN match=U14B-0387 ref=Oluwaseun Bright AR1=Kit Marsh '
     'AR2=unassigned venue=Fernhill Park status=CONFIRMED',
     'Who is running the line as first assistant for game U14B-0387?',
     'The first assistant on the flag for the under-14 boys fixture U14B-0387 is',
     ['Kit Marsh', 'Marsh']),
    ('Parent (WhatsApp): Does anyone know if the Ridgeway Rovers tournament entry fee is £45 per team '
     'or per squad?\n'
     "Treasurer Marguerite Olsen: It's £45 per team, but the deadline for paying is 27 June, "
     'not the 30th like last year.',
     'Remind me when the money for the Ridgeway Rovers tournament has to be in?',
     'Entry fees for the Ridgeway Rovers event must be settled no later than',
     ['27 June']),
    ('[fixtures]\n'
     'u9_match_minutes = 40\n'
     'u11_match_minutes = 50\n'
     'u13_match_minutes = 60\n'
     'max_squad_size = 14',
     'In the fixtures settings, how long is an under-11 game supposed to last?',
     'According to the config, the total length of an under-11 match in minutes is',
     ['50']),
    ('Pitchside Sports Ltd - Receipt #PS-20931\n'
     '2 x match balls (size 4)   £38.00\n'
     '1 x referee whistle (Fox 40)   £7.50\n'
     '1 x set corner flags   £24.99\n'
     'Total £70.49 - paid by card, 12/03/2024',
     'What did we pay for the corner flags at Pitchside?',
     'On that Pitchside receipt, the set of corner flags cost',
     ['£24.99', '24.99']),
    ("Note to self: Ref assessor for Saturday is Graham Pettifer, not Lorna. He'll be watching my "
     'positioning at set pieces. Bring the yellow badge, not the black one.',
     "Who's going to be grading my refereeing this weekend?",
     'The person marking my performance in the middle on Saturday will be',
     ['Graham Pettifer', 'Pettifer']),
    ('Photo: Millbrook Juniors U15s lifting the Carrow Shield after a 3-1 win over Eastleigh Athletic, '
     '19 May. Captain Rhys Abernathy (no. 6) scored twice.',
     "Which trophy did Millbrook's under-15 side pick up?",
     'The silverware the Millbrook under-15s are holding up in the picture is',
     ['the Carrow Shield', 'Carrow Shield']),
    ('Player Registration - Season 2024/25\n'
     'Name: Amara Lindqvist\n'
     'DOB: 02/08/2013\n'
     'Club: Saltmarsh Wanderers\n'
     'FA ID: 88412077\n'
     'Shirt no.: 11',
     "Can you find Amara's FA identification number for me?",
     'The FA number on file for Amara Lindqvist is',
     ['88412077']),
    ('Referee fees (Vale Youth League, from Sept):\n'
     '- U7-U10: £20\n'
     '- U11-U12: £25\n'
     '- U13-U14: £30\n'
     '- U15-U18: £38 (ARs £22)',
     'How much does a ref get paid to take an under-13 game in the Vale league?',
     'Officiating a U13 fixture in the Vale league now earns the referee',
     ['£30', '30']),
    ('After the floodlight failure at Cobden Lane, the league has rescheduled the U16 cup semi between '
     'Hartwell Saints and Dunmore FC for Wednesday 9 April at 7pm, to be played at Oakhurst 3G instead.',
     'Where is the rearranged Hartwell Saints v Dunmore semi-final being played?',
     'Because the lights went out, the Hartwell-Dunmore semi-final has been moved to',
     ['Oakhurst 3G', 'Oakhurst']),
    ('Disciplinary update: Player #17 (Kai Mbeki, Thornby Town U17) - sent off 22/02 for serious foul '
     'play, banned for 3 matches, £15 fine to club. Player #4 (Leo Fairbairn) - caution, no further '
     'action.',
     'How long is Kai Mbeki suspended for?',
     'Following his red card, Kai Mbeki has to sit out',
     ['3 matches', '3']),
    ('From: orders@strikeline-kits.co.uk\n'
     "Your order SL-55102 for Pendle Hawks: shirts in claret with sky-blue sleeves, sponsor 'Halloran "
     "Plumbing' on the front, estimated dispatch 4 Aug.",
     'Whose name is going across the chest of the new Pendle Hawks shirts?',
     'The sponsor printed on the front of the Hawks kit will be',
     ['Halloran Plumbing', 'Halloran']),
    ('Sat 12 Oct  Brookfield U13 v Lyndon Park U13   KO 09:30  Ref: T. Osei\n'
     'Sat 12 Oct  Ashby Green U13 v Brookfield Res   KO 11:00  Ref: M. Carraway\n'
     'Sat 19 Oct  Lyndon Park U13 v Ashby Green U13  KO 10:00  Ref: TBC',
     "What time do Ashby Green start against Brookfield's reserves?",
     "On the 12th, Ashby Green's under-13s get going against the Brookfield reserve side at",
     ['11:00']),
    ('AGM, 14 Jan: Welfare officer role passes from Sunita Rao to Declan Hughes with immediate effect; '
     'Sunita stays on as fixtures secretary.',
     'Who took over as the club welfare officer at the AGM?',
     'Safeguarding and welfare at the club are now the responsibility of',
     ['Declan Hughes', 'Hughes']),
    ("Coach Bev: Training moved to Thurs 6-7:15pm at St Aldric's School sports hall (side entrance, "
     'code 4471). Bring indoor trainers, no studs!',
     "What's the door code for getting into St Aldric's hall?",
     'To get in through the side door of the sports hall, you punch in',
     ['4471']),
]

OTHER67_ABSENT = [
    ("Who's refereeing the U12 girls' match against Kestrel Vale?", 'chat', 0),
    ('What time does match U14B-0387 kick off?', 'chat', 2),
    ('How much VAT was on the Pitchside Sports receipt?', 'chat', 5),
    ("Who got Eastleigh Athletic's goal in the Carrow Shield final?", 'chat', 7),
    ('What position does Amara Lindqvist play for Saltmarsh Wanderers?', 'chat', 8),
    ('How many shirts did Pendle Hawks order from Strikeline?', 'chat', 12),
    ('The referee appointed for the Hartwell Saints v Dunmore FC semi-final is', 'completion', 10),
    ('At the January AGM, the person elected club treasurer was', 'completion', 14),
]

OTHER68 = [
    ('Week 14 rota, Bay C packing line:\n'
     'Early (06:00-14:00) - Dmitri Vasko\n'
     'Late (14:00-22:00) - Aoife Brennan\n'
     'Nights (22:00-06:00) - Kwame Asante',
     "Who's covering the overnight slot on the Bay C packers in week 14?",
     'In week 14, the person working through the night on the Bay C packing line is',
     ['Kwame Asante', 'Asante']),
    ('2024-05-17 09:42:13 QC-REJECT lot=HX-4471 station=VIS-02 defect=burr_on_flange count=38 '
     'inspector=mpatel',
     'How many parts got kicked out of lot HX-4471 at the visual check?',
     'For the flange burrs on lot HX-4471, the number of pieces scrapped at inspection came to',
     ['38']),
    ('Hi all, just a heads-up that the forklift recertification for the Larkfield warehouse has moved '
     'from Tues 11 June to Thurs 20 June. Trainer is still Gareth Pryce from SafeLift. - Mona',
     'When are the Larkfield forklift drivers getting recertified now?',
     'After the reschedule, forklift drivers at Larkfield need to turn up for their refresher on',
     ['Thurs 20 June', '20 June']),
    ('GOODS RECEIVED NOTE #GRN-20931\n'
     'Supplier: Tarnwell Fasteners Ltd\n'
     'Item: M8 hex bolts, zinc, box of 500\n'
     'Qty ordered: 40 boxes | Qty received: 36 boxes\n'
     'Received by: J. Okonkwo, Dock 3',
     'How much of the Tarnwell bolt order actually showed up at the dock?',
     'Of the M8 bolts we asked Tarnwell for, the amount that physically arrived was',
     ['36 boxes', '36']),
    ('# line7_press.yaml\n'
     'max_tonnage: 250\n'
     'die_change_timeout_min: 45\n'
     'temp_alarm_c: 82\n'
     'operator_pin_required: true',
     'At what temperature in Celsius does the line 7 press start alarming?',
     'The press on line 7 will sound its heat warning once it reaches (in degrees C)',
     ['82']),
    ("Supervisor (Renata): If the sealer on line 2 jams again, don't restart it yourself - call "
     'maintenance on extension 4417, not the old 4410 number.',
     'Remind me which extension I ring for maintenance when the line 2 sealer gets stuck?',
     'When the second line\'s sealing machine seizes up, the maintenance team should be phoned on extension',
     ['4417']),
    ('The Brackenfield plant passed its ISO 9001 surveillance audit on 3 October with two minor '
     'non-conformities, both relating to calibration records in the metrology lab; the lead auditor '
     'was Sunita Kharbanda of Veritrust.',
     'Who headed up the ISO audit team at Brackenfield?',
     'The person in charge of inspecting Brackenfield for its ISO 9001 check was',
     ['Sunita Kharbanda', 'Kharbanda']),
    ('NOTE ON CHILLER 2: Coolant topped up 14/02 by Lewis. Next filter swap due 28/02. '
     "Do NOT use the blue drum - that's for chiller 1 only.",
     "When's the filter on the second chiller next getting changed?",
     'The second chiller is booked in for a fresh filter on',
     ['28/02']),
    ('SKU | Description | Location | On hand\n'
     'PK-1180 | Cardboard tube 60cm | Aisle 12, Bin 4 | 1,240\n'
     'PK-1195 | Stretch wrap 500mm | Aisle 9, Bin 17 | 86\n'
     'PK-1202 | Pallet corner guard | Aisle 12, Bin 9 | 3,400',
     'Where in the warehouse is the 500mm pallet wrap kept?',
     'Anyone picking the 500mm stretch film should head to',
     ['Aisle 9, Bin 17', 'Aisle 9']),
    ('Nightshift handover checklist (Unit 5):\n'
     '1. Log boiler pressure\n'
     '2. Lock cage B\n'
     '3. Sign out radio set #R-22\n'
     '4. Leave keys with security at Gate North',
     'Which walkie-talkie has to be signed off when nights hand over in Unit 5?',
     'At the end of the night shift in Unit 5, the radio that gets signed out is',
     ['#R-22', 'R-22']),
    ("Photo caption: Caro Mendes (left) and Idris Fallon receiving the 'Zero Lost-Time Injuries' "
     'plaque for the Ostrava distribution centre, 412 days without a reportable accident.',
     'How long did the Ostrava DC go without anyone getting hurt on the job?',
     "The Ostrava depot's accident-free streak, as of the award, stood at",
     ['412 days', '412']),
    ('NON-CONFORMANCE REPORT\n'
     'NCR No.: NCR-0387\n'
     'Part: Gearbox housing GH-22\n'
     'Raised by: Tomasz Wierzbicki\n'
     'Disposition: Rework\n'
     'Approved by: Helen Achterberg',
     'Can you tell me who signed off NCR-0387?',
     'The rework decision on the GH-22 gearbox housing was authorised by',
     ['Helen Achterberg', 'Achterberg']),
    ("[Slack #dispatch] Bilal: trailer for the Hexham run is swapped, it's now reg KX19 TWP not "
     "KX17 LMR. driver's Shona, leaving 04:30",
     "What's the number plate on the trailer doing the Hexham delivery?",
     'The Hexham load will go out on the trailer with registration',
     ['KX19 TWP']),
    ('From 1 July, overtime on Sundays at the Weldmoor site will be paid at 1.75x base rate '
     '(up from 1.5x). Bank holidays remain at 2x.',
     'I need to know what multiplier Weldmoor will pay for Sunday overtime after the change.',
     'Starting in July, Weldmoor staff putting in extra hours on a Sunday will earn',
     ['1.75x base rate', '1.75x']),
    ('Calibration cert CC-5521 - torque wrench TW-08 (serial 7730412). Calibrated 09 Jan 2025 by '
     'Norvale Metrology. Result: PASS, deviation +1.2%. Valid until 09 Jan 2026.',
     'Until when is the torque wrench TW-08 certificate good for?',
     'Torque wrench TW-08 has to go back for recalibration no later than',
     ['09 Jan 2026']),
    ('Shift swap form - Requested by: Farida Noorzai (Line 4, Lates). Swap with: Pete Olawale. '
     "Date: Sat 8 March. Reason: sister's wedding. Team leader OK: yes (G. Hollis).",
     "Who's Farida trading her Line 4 shift with?",
     'On Saturday 8 March, Farida will be exchanging shifts with',
     ['Pete Olawale', 'Olawale']),
]

OTHER68_ABSENT = [
    ('Who is on the Bay C packing line at weekends during week 14?', 'chat', 0),
    ('What was the unit price Tarnwell charged for the M8 bolts?', 'chat', 3),
    ('When is the next ISO audit at Brackenfield due?', 'chat', 6),
    ("What's the reorder level for the 500mm stretch wrap?", 'chat', 8),
    ('What root cause was recorded on NCR-0387?', 'chat', 11),
    ('Which customer address is the Hexham trailer dropping at?', 'chat', 12),
    ('At Weldmoor, weekday night-shift overtime is paid at', 'completion', 13),
    ('The Norvale Metrology technician who checked torque wrench TW-08 was', 'completion', 14),
]

OTHER69 = [
    ('Hi Marta, just confirming your stay at Kestrel Lane Hostel: 2 beds in dorm D4, arriving Thu 11 Sept, '
     'leaving Sun 14 Sept. Your balance of €96 is due at check-in; the €24 deposit is already taken. - Jonas',
     'How much do I still owe the hostel when I get there?',
     'On arrival at Kestrel Lane, the remaining amount to pay is',
     ['€96', '96']),
    ('Room | Type | Floor | Nightly rate\n'
     '12 | Twin, garden view | 1 | £118\n'
     '14 | Double, sea view | 2 | £142\n'
     '15 | Family suite | 2 | £195',
     'What does the sea-view double go for per night?',
     'Per night, the double with a view of the sea costs',
     ['£142', '142']),
    ('2024-06-03 22:47:19 [frontdesk] guest=R. Okonkwo room=308 keycard reissued (reason: demagnetised) '
     'by staff=PELLIN; old card 77431 disabled',
     'Which staff member reissued the keycard for room 308?',
     'The replacement key for Okonkwo was handed out by the employee logged as',
     ['PELLIN']),
    ('THE OLD TANNERY B&B - Receipt #B-2291\n'
     '3 nights x £89 ........ £267\n'
     'Packed lunches x2 ..... £16\n'
     'Dog fee ............... £15\n'
     'TOTAL PAID (Visa) ..... £298',
     'What was charged for bringing the dog?',
     'On the Old Tannery receipt, the pet line came to',
     ['£15', '15']),
    ('# harbourview-apartments booking engine\n'
     'min_stay_nights = 3\n'
     'checkin_time = "16:00"\n'
     'checkout_time = "10:30"\n'
     'cleaning_fee_eur = 55',
     'By what time do guests have to vacate the apartment?',
     'In the Harbourview settings, departing guests must be out by',
     ['10:30']),
    ('Receptionist: "Breakfast runs seven till half ten in the Conservatory, and the pool closes at nine."\n'
     'Guest: "And the sauna?"\n'
     'Receptionist: "That\'s on the lower ground floor, opposite the gym."',
     'Where is breakfast served?',
     'Guests eat their morning meal in the',
     ['the Conservatory', 'Conservatory']),
    ('Photo 7: The hayloft bedroom at Brackenfold Barn, sleeps 3 (one king + one single). '
     'Photo 8: the wood-fired hot tub, which overlooks Lake Thirlmere-on-Brae.',
     'How many people can sleep in the hayloft room?',
     'The hayloft bedroom at Brackenfold has room for',
     ['3']),
    ('Note to self: Gwen at the Seaholly Inn said the late arrival code for the side door is 4417, '
     'and the safe in room 6 resets to 0000. Ring her on 07700 914 362 if stuck.',
     "What's the code to get in the side door if I turn up late?",
     'To open the side entrance after hours, punch in',
     ['4417']),
    ('GROUP BOOKING FORM\nOrganiser: Desmond Fairleigh-Ode\nGroup: Tilbury Rambling Club\n'
     'Rooms required: 9\nArrival: 02/05/2025   Departure: 05/05/2025\nDietary: 2 vegan, 1 coeliac',
     'Who organised the rambling club booking?',
     'The name given as the group organiser was',
     ['Desmond Fairleigh-Ode', 'Fairleigh-Ode']),
    ('Packing list for the Casa Almendro rental:\n'
     '- bring own beach towels (bath towels provided)\n'
     '- owner Lucía Ferrer meets us at the gate\n'
     '- pool heating costs extra, €20/day\n'
     '- nearest supermarket: Mercadona in Benissa',
     'Which supermarket is closest to the villa?',
     'The closest place to buy groceries near Casa Almendro is',
     ['Mercadona in Benissa', 'Mercadona']),
    ('★★★★☆ "Spotless rooms and a lovely host, Ingrid. Only gripe: the 6:15 tram rattles past room 21. '
     'Parking is free but there are only 5 spaces." - reviewed by Pavel K., stayed March 2024',
     'Which tram wakes people up in room 21?',
     'The reviewer was bothered by the noise of the tram at',
     ['6:15']),
    ('Text from Hotel Veldmere, 14:02: Your room 517 is ready early. Parking level -2, bay 38. '
     'Spa booking moved to 18:30 as requested.',
     'Which parking bay did the hotel give me?',
     'At Hotel Veldmere the car should go in bay',
     ['38']),
    ('HOUSE RULES - Larkspur Cottage\n'
     '1. Quiet hours 22:00-07:00\n'
     '2. Max 2 dogs, not on beds\n'
     '3. Log burner: use only the kiln-dried logs in the shed\n'
     '4. Bins collected Tuesday mornings',
     'On which day of the week do the bins get picked up?',
     'At Larkspur Cottage, rubbish is collected on',
     ['Tuesday']),
    ('Invoice INV-40318 | Client: Brightwater Conferences Ltd | Venue: Grand Aldous Hotel, Ballroom B | '
     'Event date: 19 Nov 2024 | Net: £6,400 | VAT: £1,280 | Due by: 3 Dec 2024',
     'When does the Grand Aldous invoice have to be settled?',
     'Payment for the ballroom booking must reach the hotel by',
     ['3 Dec 2024']),
    ('Sat 21 Jun - check in at Pension Rosskopf, Innsbruck (host: Herr Albrecht Maier)\n'
     'Mon 23 Jun - move to Hütte Edelweiss, 2,140 m\n'
     'Wed 25 Jun - back down, night at Gasthof Lindner',
     "What's the name of the man who runs the Innsbruck pension?",
     'Our host at Pension Rosskopf will be',
     ['Herr Albrecht Maier', 'Albrecht Maier']),
    ('GUEST WI-FI | Network: Driftwood_Guest | Password: shell-cove-92 | '
     'Staff network (do not share): Driftwood_Ops',
     'Remind me of the wifi password at the Driftwood.',
     'The key for the guest wireless network is',
     ['shell-cove-92']),
]

OTHER69_ABSENT = [
    ('What time does check-in open at Kestrel Lane Hostel?', 'chat', 0),
    ('How much is the family suite per night in winter?', 'chat', 2),
    ('What was the room number at the Old Tannery B&B?', 'chat', 3),
    ('What time does the sauna open in the morning?', 'chat', 5),
    ('How many bathrooms does Brackenfold Barn have?', 'chat', 6),
    ('What is the Grand Aldous invoice contact email?', 'chat', 13),
    ('Gwen at the Seaholly Inn said the front door code is', 'completion', 7),
    ('The Wi-Fi password for the Driftwood staff network is', 'completion', 15),
]

OTHER70 = [
    ('Hi Marta, just confirming your viva is booked for 14 June at 10:00 in Room B214, Harrow Building. '
     'External examiner: Prof. Lionel Badu (Tessford). Internal: Dr. Anjali Rao.',
     'Who is coming in from another university to examine Marta?',
     "The examiner travelling in from outside for Marta's defence is",
     ['Prof. Lionel Badu', 'Lionel Badu', 'Badu']),
    ('Grant ID | PI | Funder | Amount | End date\n'
     'KRF-2291 | Dr. Soren Melk | Kestrel Research Fund | €412,000 | 31 Aug 2027\n'
     'KRF-2305 | Dr. Ines Varga | Kestrel Research Fund | €198,500 | 28 Feb 2026',
     "How much money did Ines Varga's project get from Kestrel?",
     "The award to Varga's group comes to",
     ['€198,500', '198,500']),
    ('2024-11-03 09:14:52 [admissions-portal] INFO applicant_id=A-77310 status=CONDITIONAL_OFFER '
     'program="MSc Marine Ecology" deadline_to_accept=2024-11-24',
     'By what date does applicant A-77310 have to say yes to their offer?',
     'Applicant A-77310 must confirm they are taking the place no later than',
     ['2024-11-24']),
    ('Note to self: Halvorsen Symposium on Computational Linguistics, Tallinn, 8-10 Oct. '
     'Abstract deadline 15 May, full paper 1 July. Early-bird rego €240 until 31 July, then €310.',
     "What's the last day to send in my abstract for the Tallinn linguistics meeting?",
     'Short summaries for the Halvorsen event have to be submitted by',
     ['15 May']),
    ('RECEIPT #55019 - Brackwater University Finance Office\n'
     'Thesis binding (hardcover, 3 copies) ....... £67.50\n'
     'Late submission fee ........................ £40.00\n'
     'Paid by: Oluwaseun Adeyemi, card ending 4471',
     'Remind me what Oluwaseun was charged for getting the thesis bound.',
     'Having the three hardback copies made cost Adeyemi',
     ['£67.50', '67.50']),
    ('Prof. Whitcombe: "We can take two new PhD students this cycle, not three - '
     'the Lindqvist studentship didn\'t get renewed."',
     "How many doctoral places does Whitcombe's group actually have this year?",
     'This round, the number of fresh doctoral candidates Whitcombe can accept is',
     ['two']),
    ("ethics_review: {committee: 'HREC-North', protocol: 'HREC-2025-0843', "
     "approved: 2025-02-17, expires: 2026-02-16}",
     'What reference number did the ethics board give the study?',
     'The approval code issued by the human research ethics panel is',
     ['HREC-2025-0843']),
    ('THESIS SUBMISSION FORM\n'
     'Candidate: Yusuf Karaman    Degree: PhD, Dept. of Hydrology\n'
     'Title: Sediment Pulses in Braided Rivers of the Upper Lenna Basin\n'
     'Word count: 81,400    Supervisor: Dr. Petra Holm',
     "How long is Yusuf's dissertation, in words?",
     "Karaman's doctoral manuscript runs to a length of",
     ['81,400']),
    ('Fig. 3: Attendees at the 12th Corrigan Workshop on Soil Microbiomes, Ostrava, June 2023. '
     'Front row, left to right: Mei-Lin Choi, Rafael Duarte (keynote), Agnes Pohl (chair).',
     'Who gave the main talk at the soil microbiome workshop in Ostrava?',
     'The headline speaker at that Ostrava gathering was',
     ['Rafael Duarte', 'Duarte']),
    ('Admissions checklist (undergrad, international):\n'
     '- IELTS 6.5 overall, no band below 6.0\n'
     '- two reference letters\n'
     '- personal statement, max 4,000 characters\n'
     '- application fee: $85 (waived for Fairmont Scholars)',
     'What total English test score do overseas undergrad applicants need?',
     'Foreign students applying for a bachelor\'s must reach an overall IELTS of at least',
     ['6.5']),
    ("The Delacourt Foundation has renewed its support for Dr. Amara Nwosu's malaria vector project "
     'for a further three years, bringing total funding since 2019 to $1.3 million; the grant officer '
     'on the file is Gerald Finch.',
     "I need to email whoever at Delacourt looks after Nwosu's award - who is that?",
     "At the foundation, Nwosu's funding is managed by",
     ['Gerald Finch', 'Finch']),
    ('Defence schedule - Friday 21 March\n'
     '09:30  Lena Varro (Chemistry)     Room C-12\n'
     '11:00  Tomasz Bielak (Physics)    Room P-3\n'
     '14:00  Chidi Okonkwo (Chemistry)  Room C-12',
     'When on Friday is Tomasz up for his defence?',
     "Bielak's oral examination kicks off at",
     ['11:00']),
    ('Re: poster session - Sorry Dev, the boards at ICAPS-West are 90 cm wide by 120 cm tall, '
     'portrait only. The campus print shop charges $38 per A0.',
     'How tall can my poster be for ICAPS-West?',
     'Posters at that conference can reach a maximum height of',
     ['120 cm', '120']),
    ("Kofi: admissions committee meets Thurs in the Mercer Room, we're reviewing 214 applications "
     'for the MPH and can make 45 offers.',
     'How many people applied to the MPH that the panel is going through?',
     'The size of the public health applicant pool under review is',
     ['214']),
    ('Budget line 4.2 (Travel): 2 conference trips/year @ $2,150 = $4,300; '
     'line 4.3 (Equipment): one Zeiss stereo microscope, $11,780.',
     'What did we put down as the cost of the microscope?',
     'In the equipment section, the Zeiss instrument is costed at',
     ['$11,780', '11,780']),
    ("Catalogue entry: Ferreira, Beatriz. 'Tidal Archives: Port Labour in Lisbon, 1890-1930'. "
     'MA thesis, Univ. of Carrow, 2021. Shelfmark: TH/HIS/2021/117. Embargoed until 2026.',
     "What call number do I give the library to get Beatriz Ferreira's MA dissertation?",
     "To request Ferreira's Lisbon dissertation, quote the reference",
     ['TH/HIS/2021/117']),
]
OTHER70_ABSENT = [
    ("Who is chairing Marta's viva?", 'chat', 0),
    ("When did Soren Melk's Kestrel grant start?", 'chat', 1),
    ('How much tuition will applicant A-77310 pay for the marine ecology MSc?', 'chat', 2),
    ('The venue hosting the Halvorsen symposium in Tallinn is', 'completion', 3),
    ("What was the title of Oluwaseun Adeyemi's thesis?", 'chat', 4),
    ('Who is the principal investigator on protocol HREC-2025-0843?', 'chat', 6),
    ("Yusuf Karaman's co-supervisor on the hydrology PhD is", 'completion', 7),
    ('Where will the next Corrigan Workshop on Soil Microbiomes be held?', 'chat', 8),
]

OTHER71 = [
    ('From: Harbour Master Colm Dorrity <hm@kilbrannanquay.ie>\n'
     'Re: winter berths. Your yacht "Saoirse Bán" moves from pontoon C12 to pontoon F3 on 28 October; '
     'the lift-out slot for "Merrow" stays on 4 November.',
     'Where is Saoirse Bán being shifted to for the winter?',
     'For the winter months the yacht Saoirse Bán will be tied up at',
     ['pontoon F3', 'F3']),
    ('Berth | Vessel | LOA | Owner | Paid to\n'
     'D07 | Halcyon Drift | 11.4 m | Ines Varga | 31/03/2025\n'
     'D08 | Little Auk | 8.9 m | Rupert Tolland | 30/09/2024',
     'Who owns the boat in D08?',
     'According to the berth list, the person who owns Little Auk is',
     ['Rupert Tolland', 'Tolland']),
    ('Skerrow Island Ferry - summer timetable\n'
     'Dep. Portnahaven 07:40, 11:15, 16:50\n'
     'Dep. Skerrow Pier 08:25, 12:05, 17:35\n'
     'Last sailing Sundays: 15:20 from Skerrow only.',
     "What time's the first boat back from the island on a weekday morning?",
     'If you are on Skerrow and want the earliest crossing home, the boat leaves the pier at',
     ['08:25']),
    ('VHF LOG ch16 | 14:02 | MV "Calder Wren" reports fouled prop 2nm SW of Brannock Light; '
     'crew 3, no injuries | handed to ch67 | tow requested from RIB "Tern 2"',
     'How many people were on board the Calder Wren when it radioed in?',
     'The Calder Wren logged its fouled propeller with a crew of',
     ['3']),
    ('MARSDEN BASIN FUEL DOCK\n'
     'Diesel (marked) 142.6 L @ 1.19 = 178.39\n'
     'Pump-out 1 x 12.00\n'
     'TOTAL GBP 190.39   Card ****4471   Attendant: Kezia',
     'How many litres of diesel did I put in at Marsden Basin?',
     'On the fuel dock receipt the quantity of red diesel comes to',
     ['142.6 L', '142.6']),
    ('mooring.buoy[BW-19].max_displacement_t = 14   # raised from 9 after chain swap, J.Pell 2024-05-02',
     'What tonnage is buoy BW-19 rated for now?',
     'Following the chain replacement, buoy BW-19 can now hold a vessel of up to',
     ['14']),
    ('Deckhand (to skipper): "Ma\'am, the pilot\'s coming out on the launch Ardent at half six, '
     'not the Vigil - the Vigil\'s got a cracked hull plate."',
     'Which launch is bringing the pilot out?',
     'The pilot is being ferried out aboard the launch',
     ['Ardent']),
    ('Photo: the restored steam tug "Dunmore Lass" (built 1911, Leith) alongside the East Mole at '
     'Pettycur during the 2023 Tall Ships weekend. Picture: Aileen Strachan.',
     'Where was the Dunmore Lass originally built?',
     'The steam tug Dunmore Lass first came off the slipway in',
     ['Leith']),
    ('SMALL CRAFT REGISTRATION FORM\n'
     'Name of vessel: Pennywhistle   Hull ID: GBR-KTX44713-C   Sail no.: 2287\n'
     'Home port: Hamble Point   Keeper: Oluwaseun Adebayo   Tel: 07700 900418',
     "Can you tell me Pennywhistle's hull identification number?",
     'The hull ID stamped on Pennywhistle is',
     ['GBR-KTX44713-C']),
    ('Grab bag checklist - RIB "Sandeel":\n'
     '- 2x handheld flares (exp. 06/2026)\n'
     '- 1x orange smoke (exp. 11/2025)\n'
     '- PLB serial 9A4C-77F1\n'
     '- spare kill cord, foil blankets x4',
     'Remind me when the orange smoke canister on Sandeel runs out of date.',
     'The orange smoke in the Sandeel grab bag is good until',
     ['11/2025']),
    ('NOTICE TO MARINERS No. 7/24 - Glenarm inner harbour entrance closed to all traffic '
     '09:00 Tue 16 July to 18:00 Thu 18 July for dredging. Queries: Deputy HM Niamh Corrigan, ext 212.',
     'Who should I ring with questions about the dredging closure?',
     'Anyone with queries about the inner harbour closure should contact',
     ['Deputy HM Niamh Corrigan', 'Niamh Corrigan', 'Corrigan']),
    ('INV-30917  Tarrant Boatyard\n'
     'Haul-out & block-off, "Blue Meridian" (10.2 m)   £385.00\n'
     'Pressure wash  £96.00\n'
     'Antifoul, 2 coats  £640.00\n'
     'Due within 14 days',
     'How much were we charged for the jet wash on Blue Meridian?',
     'On the Tarrant Boatyard bill, cleaning the hull with the pressure washer cost',
     ['£96.00', '96.00']),
    ('The chain ferry at Kelsall Ness, known locally as "the Clanker", was replaced in 1987 by the '
     'diesel-electric Rosalind Mae, which carried up to 18 cars until her own retirement in 2016.',
     'What year did the Clanker get replaced?',
     'The old chain ferry nicknamed the Clanker was taken out of service in',
     ['1987']),
    ("hey it's Dev - marina office says the visitor pontoon is full tonight so they've put us on "
     "the hammerhead at Q, code for the shower block is 4819 and the gate is 2270. see you at 7",
     "What's the code to get into the showers?",
     'To open the shower block at the marina you punch in',
     ['4819']),
    ('Larch Cove Marina Committee, 9 Feb: Agreed that visitor night rates rise to £3.10/m from April '
     '(£2.75/m for members). Treasurer Gwen Allardyce to update website. Next meeting 13 April.',
     'What will members pay per metre for a night once the new rates kick in?',
     'Under the new April tariff, a member staying the night will be charged',
     ['£2.75/m', '£2.75', '2.75']),
    ('Lost property - ferry terminal, Berth 2\n'
     '12/08 | blue dry bag w/ binoculars | found on MV Coll Star, car deck | claimed: no\n'
     '13/08 | child\'s lifejacket (pink) | found on MV Ardnish, lounge | claimed: yes',
     "Which ferry was the pink kid's lifejacket left on?",
     'The small pink lifejacket handed in at Berth 2 had been found aboard',
     ['MV Ardnish', 'Ardnish']),
]

OTHER71_ABSENT = [
    ('What length is the yacht Saoirse Bán?', 'chat', 0),
    ('How much does a single adult ticket cost on the Skerrow Island ferry?', 'chat', 2),
    ("What was the name of the Calder Wren's skipper?", 'chat', 3),
    ('What time was the fuel dock receipt at Marsden Basin printed?', 'chat', 4),
    ('The engine fitted in Pennywhistle is a', 'completion', 8),
    ('Why was the Glenarm dredging scheduled for July in particular?', 'chat', 10),
    ('Who was the skipper of the Rosalind Mae on her last crossing?', 'chat', 12),
    ('At the February meeting, the chair of the Larch Cove Marina Committee was', 'completion', 14),
]

OTHER72 = [
    ("CALL SHEET - 'The Salt Orchard' - Day 14 of 31\n"
     "Unit base: Fennick Quarry car park, Lower Marl\n"
     "Crew call 06:15 | Talent call 07:00 | Est. wrap 19:30\n"
     "Sunrise 05:48 / Sunset 20:12",
     'What time do the actors need to be in on day 14 of The Salt Orchard?',
     'On day 14 of the Salt Orchard shoot, cast members are expected to report at',
     ['07:00']),
    ("Hi Marta - just confirming the Brixby Playhouse get-in for 'Quiet Harbour' is Tuesday 9 April "
     "from 8am; get-out is Sunday 28 April after the matinee. Load via the Tanner Lane dock, not the "
     "front. - Owen",
     'Which entrance are we supposed to bring the set in through at Brixby?',
     'Trucks delivering the Quiet Harbour scenery to the theatre should pull up at',
     ['the Tanner Lane dock', 'Tanner Lane dock', 'Tanner Lane']),
    ('ROLE | ACTOR | UNDERSTUDY\n'
     'Lady Verrow | Imogen Tallis | Ruth Okonkwo-Hale\n'
     'Captain Drey | Samuel Achterberg | Leon Fry\n'
     'The Ferryman | Bertie Glass | Leon Fry',
     "If Imogen Tallis is off sick, who goes on in her place?",
     'Whenever Imogen Tallis misses a performance, her part is covered by',
     ['Ruth Okonkwo-Hale', 'Okonkwo-Hale']),
    ('2024-03-11 14:52:07 [DIT] card A017 offloaded: 412 GB, 3 copies verified (shuttle SH-09), '
     'checksum xxHash OK; card A018 pending',
     'How much data came off the A017 camera card?',
     'The footage dumped from camera card A017 totalled',
     ['412 GB', '412']),
    ('Pellham Costume Hire - Receipt #PC-88213\n'
     "3x Edwardian frock coat @ \u00a365 = \u00a3195\n"
     "1x bishop's cope (damaged hem noted) @ \u00a3120\n"
     'Deposit held: \u00a3300 | Return by 17 June',
     'Remind me when the Pellham rentals have to go back.',
     'Everything hired from Pellham needs to be returned no later than',
     ['17 June']),
    ("ASM note, Act 2 Sc 3: Cue LX 47 goes on Hollis's line 'the lamps are out in Dorrow', NOT on the "
     'door slam. Sound Q 22 follows 3 sec later.',
     'What line of dialogue should lighting cue 47 be called on?',
     'The stage manager calls lighting cue 47 when Hollis speaks the words',
     ["'the lamps are out in Dorrow'", 'the lamps are out in Dorrow']),
    ("render_farm.yaml: queue: 'ep104_vfx'  priority: 7  max_nodes: 64  "
     'output_path: /mnt/grimsby/ep104/comp_v12',
     'What is the node limit on the render queue for episode 104 effects?',
     'The ep104_vfx render queue may use, at most, this many machines:',
     ['64']),
    ('Above: director Luc\u00eda Brennvik (left) and DP Tomasz Orrin scout the lighthouse at Carrow Point, '
     "October 2023, for the feature 'Low Water'.",
     "Who's the cinematographer on Low Water?",
     'The director of photography responsible for shooting Low Water is',
     ['Tomasz Orrin', 'Orrin']),
    ('Props to source for Sc. 41 (kitchen):\n'
     '- brass kettle (period, pre-1950)\n'
     "- 2 tins of Harlow's Pilchards (hero + backup)\n"
     '- blue enamel colander\n'
     '- wall calendar showing November 1962',
     'Which month should the calendar on the kitchen wall be turned to in scene 41?',
     'The calendar hanging in the scene 41 kitchen has to display',
     ['November 1962']),
    ("Season two of 'Dunmore Road' will shoot 10 episodes over 94 days at Greythorn Studios, Stage 4, "
     'with exteriors in Kilbrannock; the budget per episode is capped at $3.2 million.',
     'How long is the shooting schedule for the second series of Dunmore Road?',
     'Principal photography on Dunmore Road series two is planned to run for',
     ['94 days', '94']),
    ('LOCATION RELEASE\n'
     'Property: Ashcombe Mill, Bridle Lane, Pennock\n'
     'Owner: Gerald Fairweather\n'
     'Fee: \u00a31,750/day (prep), \u00a32,400/day (shoot)\n'
     'Access hours: 07:00-22:00',
     "What's the daily rate we pay the mill owner on the days we're actually filming?",
     'For every day the cameras roll at Ashcombe Mill, the owner gets paid',
     ['\u00a32,400', '2,400']),
    ('[19:04] Dana (SM): house is at 312 tonight, 6 comps, we go up at 19:37 - 7 min late because the '
     'fire curtain check ran over',
     'How many people were in the audience tonight according to Dana?',
     "According to stage management, tonight's audience numbered",
     ['312']),
    ("Reminder: audition for the role of Mabs in 'Kettle Weather' moved from Studio B to the Orla Room, "
     '3rd floor, Thurs 2:30. Bring sides pp. 12-15. Casting: Philippa Drummond.',
     "I'm reading for Mabs on Thursday - where do I go now?",
     'Actors trying out for Mabs should now make their way to',
     ['the Orla Room, 3rd floor', 'the Orla Room', 'Orla Room']),
    ('Sc | Set | D/N | Pages\n'
     "12 | Int. Harbourmaster's office | D | 2 3/8\n"
     '27 | Ext. Slipway | N | 1 1/8\n'
     '33 | Int. Chapel | D | 4/8',
     'Which of these scenes has to be shot after dark?',
     'Of the three scenes listed, the one filmed at night is scene',
     ['27']),
    ("Deal memo: Nadia Castellane - 'Hollow Crown Lane' (guest star, ep 3). Fee $18,500 flat, 6 shoot "
     "days, billing 'Special Guest Star' in main titles, own trailer. Agent: Ferris Colm, Colm & Pike.",
     'Who is Nadia Castellane represented by on this job?',
     "The agent who negotiated Nadia Castellane's guest spot is",
     ['Ferris Colm', 'Ferris']),
    ("Continuity, Sc 58 tk 4: Arlo's scarf on LEFT shoulder, coffee cup 1/3 full, wristwatch reads 4:10. "
     'Tk 2 had scarf right - do not cut between.',
     'In take four of scene 58, what time is showing on Arlo\'s watch?',
     "In the fourth take of scene 58, the hands on Arlo's watch show",
     ['4:10']),
]
OTHER72_ABSENT = [
    ('Who is directing The Salt Orchard on day 14?', 'chat', 0),
    ('Who directs the production where Imogen Tallis plays Lady Verrow?', 'chat', 2),
    ('How many gigabytes were on camera card A018?', 'chat', 3),
    ('Whose name is the Pellham costume hire booking under?', 'chat', 4),
    ('The showrunner in charge of Dunmore Road season two is', 'completion', 9),
    ("What's Gerald Fairweather's phone number for the Ashcombe Mill shoot?", 'chat', 10),
    ('Which day of the schedule is the chapel scene, scene 33, being shot?', 'chat', 13),
    ("The character Nadia Castellane plays in Hollow Crown Lane is called", 'completion', 14),
]

OTHER73 = [
    ('Hi Marta, unfortunately flight VQ418 from Ostrava to Lisbon on 12 May (dep. 09:40) has been cancelled. '
     "We've rebooked you on VQ422, departing 14:05 the same day. Kind regards, Volaria Customer Care",
     'What time does the replacement flight leave?',
     "Marta's new departure time after the cancellation is",
     ['14:05']),
    ('BAG TAG    | ROUTE   | WEIGHT\n'
     'KQ 381207  | NBO-AMS | 23.4 kg\n'
     'KQ 381208  | NBO-AMS | 19.1 kg (fragile)',
     'How heavy was the suitcase marked fragile?',
     'The fragile piece of luggage tipped the scales at',
     ['19.1 kg', '19.1']),
    ('2024-03-07T06:12:44Z GATE_CHANGE flight=TR2290 old_gate=B14 new_gate=C3 reason=equipment_swap',
     'Which gate did TR2290 get moved to?',
     'Passengers for TR2290 should now head over to gate',
     ['C3']),
    ('Property Irregularity Report\n'
     'File ref: LHRBA55813\n'
     'Passenger: Teodor Vlasic\n'
     'Bag description: navy hard-shell, orange strap\n'
     'Delivery address: Hotel Corvina, room 512',
     "What's the reference number on Teodor's lost luggage claim?",
     'When chasing up the missing suitcase, Teodor should quote the reference',
     ['LHRBA55813']),
    ("Gate agent: \"We're overbooked by four on this one. I can offer €350 in vouchers plus a seat on the "
     '19:20 to Bergen if you volunteer."',
     'How much is the agent offering people who give up their seat?',
     'Anyone who agrees to take the later flight would receive vouchers worth',
     ['€350', '350']),
    ('Kestrel Field Airport opened its second runway, 09R/27L, in 2017; the older strip, 09L/27R, '
     'is now used mainly for cargo.',
     'Which runway mostly handles freight these days?',
     'Nowadays the freight traffic at Kestrel Field mostly lands on runway',
     ['09L/27R']),
    ('change_fee_basic=75 USD; change_fee_main=0; same_day_standby=30 USD  # Gold members exempt',
     'What does it cost to wait on standby for an earlier flight on the same day?',
     'Trying to hop onto an earlier departure that day as a standby passenger will set you back',
     ['30 USD', '30']),
    ('Packing note to self: Aeroluna lets me take one carry-on up to 8 kg and a personal item under '
     '40x30x15 cm. Checked bag booked: 1 x 23 kg.',
     "Remind me of the weight limit for my cabin bag on Aeroluna.",
     'On Aeroluna, the bag I bring on board can weigh no more than',
     ['8 kg', '8']),
    ('RECEIPT - Skyhaven Air\n'
     'Excess baggage, 1 piece, 6 kg over: EUR 90.00\n'
     'Seat selection 14A: EUR 18.00\n'
     'Total charged to Visa ****4471: EUR 108.00',
     'How much did I pay to pick my seat?',
     'Reserving a particular spot on the plane added a charge of',
     ['EUR 18.00', '18.00']),
    ('Photo: Captain Ingrid Solberg shakes hands with first officer Rafael Mendes before the inaugural '
     'Tromsø-Reykjavik run, 2 June.',
     'Who was the co-pilot on the very first Tromsø to Reykjavik flight?',
     'The second-in-command on that debut flight to Reykjavik was',
     ['Rafael Mendes', 'Mendes']),
    ('NORDAIR: Flight NA 731 HEL-OUL 28 NOV is delayed. New est. departure 21:50. Boarding at gate 22. '
     'Reply STOP to opt out.',
     'Can you tell me which gate NA 731 boards from?',
     'People flying to Oulu on NA 731 will get on the plane at gate',
     ['22']),
    ('Lounge        | Terminal | Hours\n'
     'Aurora Lounge | T2       | 05:00-23:00\n'
     'Meridian Club | T1       | 06:30-21:30',
     'Until what time is the Meridian Club open?',
     'In the evening, the Meridian Club closes at',
     ['21:30']),
    ('My flight from Dunmore to Calvera (PX 604) was 4 hrs 10 min late and the airline finally paid out '
     '400 euros after I quoted EC261 - claim ref CX-90217.',
     'How long was the delay on the Dunmore to Calvera flight?',
     'In the end, PX 604 ran behind schedule by',
     ['4 hrs 10 min']),
    ('Pets in cabin - Halcyon Airways:\n'
     '- max 2 per flight\n'
     '- carrier no taller than 23 cm\n'
     '- fee: $125 each way\n'
     '- must book 48 hours ahead',
     'How far in advance do I need to reserve a spot for my cat on Halcyon?',
     'An animal reservation with Halcyon Airways has to be made at least',
     ['48 hours', '48']),
    ('@dana heads up, ops moved the Tuesday crew briefing from hangar 3 to room 4B at Fenwick Airport, '
     'starts 05:45 instead of 06:00.',
     "Where's the Tuesday crew briefing being held now?",
     "Tuesday's pre-flight meeting for the crew is now taking place in",
     ['room 4B', '4B']),
    ('Booking ZK7QPM - Passenger: Leona Hartigan\n'
     'OUT: GVA->OPO 03 Apr, seat 21C\n'
     'RETURN: OPO->GVA 10 Apr -> changed to 13 Apr, seat 7F',
     'Which date did Leona push her return flight back to?',
     "After the change, Leona's homeward leg is on",
     ['13 Apr']),
]

OTHER73_ABSENT = [
    ('Which flight was Teodor Vlasic on when his bag went missing?', 'chat', 3),
    ('How long is the newer runway at Kestrel Field?', 'chat', 5),
    ('What type of aircraft flew the inaugural Tromsø-Reykjavik service?', 'chat', 9),
    ('On what date was the PX 604 flight delayed?', 'chat', 12),
    ('What is the maximum combined weight for a pet and its carrier on Halcyon Airways?', 'chat', 13),
    ('Which airline operates the Meridian Club lounge?', 'chat', 11),
    ("Marta's seat number on the rebooked VQ422 flight is", 'completion', 0),
    ('The total fee Leona paid to move her return date came to', 'completion', 15),
]

OTHER74 = [
    ('Hi Marta, the Dunmore Dairy rep rang: from 1 July the milk drop moves from Tuesday to Thursday, '
     'and the minimum order goes up from 20 to 30 crates. - Keith',
     'Which day will the milk be delivered on once the change kicks in?',
     'Starting in July, the dairy lorry will be turning up every',
     ['Thursday']),
    ('TILL 2 - Z READ 14/05  Cash £412.60  Card £1,088.35  Refunds £23.00  No-sales 4  Operator: BEX',
     'How much came through on cards at till 2 that day?',
     'On the 14 May Z report, the card takings for till 2 came to',
     ['£1,088.35', '1,088.35']),
    ('SKU       | Item                    | On hand | Reorder at\n'
     'HB-0417   | Beeswax candle, tall    | 6       | 12\n'
     'HB-0422   | Lavender soap bar       | 31      | 20',
     'How many of the tall beeswax candles do we actually have left?',
     'Current stock count for the tall beeswax candle stands at',
     ['6']),
    ('Pennyfield Loyalty - every 10th coffee free. Stamp card code PF-CO10. Cards expire 12 months '
     'after the first stamp. Not valid with the student discount.',
     'Remind me how long a stamp card lasts before it runs out.',
     'A Pennyfield stamp card stops being valid',
     ['12 months after the first stamp', '12 months']),
    ('2024-03-09 08:12:44 WARN pos-terminal-3 receipt printer out of paper; job #5521 queued\n'
     '2024-03-09 08:15:02 INFO pos-terminal-1 drawer opened by user lwhitlock',
     'Which terminal had the printer problem in that log?',
     'The paper jam warning that morning came from',
     ['pos-terminal-3']),
    ('Supplier: Gorse & Tilling Wholesale, Unit 7 Brackley Trading Estate. Account no. GT-88213. '
     'Rep: Soraya Lindqvist (07700 914 226). Terms: 30 days net.',
     'Who is our contact person at Gorse & Tilling?',
     'The sales rep we deal with at the wholesaler is',
     ['Soraya Lindqvist', 'Lindqvist']),
    ('Note on the back-office board: "Do NOT restock the chilled cabinet before 7am - the Fernhill '
     'Farm van brings eggs at 6:40 and the cheese man at 7:15. Ask Declan."',
     'What time do the eggs arrive?',
     'According to the back-office note, the egg delivery from the farm gets in at',
     ['6:40']),
    ('Customer: "Can I use my Bramble Points on the sale rack?"\n'
     'Ahmed: "Afraid not, points only work on full-price lines, but you get double points on Wednesdays."',
     'On which day of the week do Bramble Points count twice?',
     'Shoppers earn twice the usual Bramble Points every',
     ['Wednesdays']),
    ('RECEIPT  Corner Hardware, 18 Mill Lane\n'
     '2x Brass hinge 75mm   £7.98\n1x Wood filler 250ml  £4.49\n'
     'Subtotal £12.47  Paid cash  Tendered £20.00  Change £7.53',
     'What did the wood filler cost on that hardware receipt?',
     'The 250ml tub of wood filler was rung up at',
     ['£4.49', '4.49']),
    ('[till]\nfloat_default = 150.00\nauto_logout_minutes = 5\nloyalty_prompt = true\n'
     'receipt_footer = "Thanks for shopping at Haddow\'s!"',
     'What cash float does each till start the day with?',
     'By default, the opening float put in the till is',
     ['150.00']),
    ('Photo caption, Ashby Gazette: Grocer Winifred Osei (left) and her nephew Callum stand outside '
     'Osei Provisions on Tanner Street, which marks 25 years of trading this spring.',
     'What street is the Osei shop on?',
     'The Osei family grocery can be found on',
     ['Tanner Street']),
    ('PO #30718 to Kestrel Paper Co. - 40 reams A4 80gsm, 12 boxes DL envelopes, 5 rolls till roll '
     '57x40. Requested delivery: 22 Oct. Order placed 15 Oct by N. Achebe.',
     'When did we ask Kestrel to drop off PO 30718?',
     'The stationery order is due to be delivered on',
     ['22 Oct']),
    ('Stocktake variances, week 38:\n- Crisps, sea salt: -14 (suspected theft)\n'
     '- Oat milk 1L: +3 (miscount)\n- Batteries AA 4pk: -9 (damaged in storeroom)',
     'How many AA battery packs were missing at week 38 stocktake?',
     'At the week 38 count, the AA battery 4-packs came up short by',
     ['-9', '9']),
    ('From: orders@lymebrookbakery.co.uk\nSubject: Price change\n'
     'Dear customer, from Monday 3 June our sourdough loaf wholesale price rises from £2.10 to £2.35; '
     'rolls stay at 45p each.',
     'What will we pay per sourdough loaf after the bakery increase?',
     'Once the new bakery prices apply, each sourdough loaf will cost us',
     ['£2.35', '2.35']),
    ('Loyalty tiers - Quill & Page Books: Reader (0-199 pts) 2% back; Bookworm (200-599 pts) 5% back; '
     'Bibliophile (600+ pts) 8% back plus free gift wrap.',
     'What is the top tier of the bookshop scheme called?',
     'The highest level in the Quill & Page loyalty programme is known as',
     ['Bibliophile']),
    ('Shift handover 17:30 - Jo: Freezer 2 reading -14C, engineer from ColdServe booked for Fri 9am, '
     'ref CS-20931. Freezer 1 fine at -19C. Bread returns bagged for Lymebrook.',
     'What is the reference number for the freezer repair callout?',
     'The ColdServe engineer visit is logged under the job reference',
     ['CS-20931']),
]

OTHER74_ABSENT = [
    ('What is the price per crate of Dunmore Dairy milk?', 'chat', 0),
    ('Who was operating till 1 on the 14th of May?', 'chat', 1),
    ('What is the Gorse & Tilling rep\'s email address?', 'chat', 5),
    ('How much do the Lymebrook croissants cost wholesale?', 'chat', 13),
    ('How long do Quill & Page loyalty points last before they expire?', 'chat', 14),
    ('What are the opening hours at Osei Provisions?', 'chat', 10),
    ('The price the Pennyfield cafe charges for a regular coffee is', 'completion', 3),
    ('The Fernhill Farm delivery driver who brings the eggs is called', 'completion', 6),
]


OTHER75 = [
    ('Hi Marguerite, your remortgage with Halbrook Building Society completes on 14 November; the early '
     'repayment charge of £3,120 on your old Castlegate loan will be taken that same day. '
     '- Dev Patel, broker',
     'How much is the penalty for paying off the Castlegate loan ahead of time?',
     'The fee for clearing the old Castlegate mortgage before its term ends comes to',
     ['£3,120', '3,120']),
    ('Account               | Rate  | Notice\n'
     'Fernleigh Easy Saver  | 3.85% | none\n'
     'Fernleigh 95-Day Bond | 4.60% | 95 days\n'
     'Fernleigh Junior ISA  | 4.10% | none',
     'What interest does the Fernleigh junior ISA pay?',
     "Children's tax-free savings at Fernleigh earn",
     ['4.10%', '4.10']),
    ('2024-03-08 14:22:17 DISPUTE_OPENED case=CD-558127 card=****4471 merchant=VELOMART GMBH '
     'amount=EUR 249.00 reason=goods_not_received agent=tkowalski',
     'Which shop is that chargeback for the undelivered order against?',
     'The retailer named in the card dispute logged in March is',
     ['VELOMART GMBH', 'VELOMART']),
    ("Teller (Odile, Rue Fabert branch): 'Your safe deposit box is number 312, downstairs in the vault; "
     "the annual fee went up to $95 in January.'",
     'Remind me which box I rent at the bank?',
     'The locked box in the vault that is assigned to me is number',
     ['312']),
    ('ATM RECEIPT - Corran Valley Credit Union, Kilbride St\n'
     'WITHDRAWAL   £200.00\n'
     'FEE          £1.50\n'
     'AVAIL BAL    £1,846.32\n'
     'TXN 00471  09/05/2024 18:41',
     'How much money was left in the account after I took cash out at Kilbride St?',
     'Once the cash came out of the machine, the funds still available stood at',
     ['£1,846.32', '1,846.32']),
    ('mortgage_calc.default_term_years = 25; mortgage_calc.stress_rate = 7.25; mortgage_calc.max_ltv = 0.90',
     'When the mortgage calculator tests affordability, what interest rate does it assume?',
     'For its affordability stress test, the calculator plugs in a rate of',
     ['7.25']),
    ('Note to self: Hollis & Grange Bank say the dispute over the double-charged hotel bill (Pensione '
     'Arcadia, 2 nights) will be decided within 45 days. Contact there is Renata Szabo, ext 4418.',
     'Who should I ask for at Hollis & Grange about the duplicate hotel charge?',
     'The person at the bank looking after my complaint about being billed twice for the hotel is',
     ['Renata Szabo', 'Szabo']),
    ('MORTGAGE APPLICATION - Section 2\n'
     'Applicant: Tobias Wrenfield    Co-applicant: Ines Wrenfield\n'
     'Property: 7 Larchmere Close, Dunmore\n'
     'Purchase price: £412,000    Deposit: £61,800',
     'Who is named as the joint borrower alongside Tobias on the home loan form?',
     'Besides Tobias, the other person applying for the mortgage is',
     ['Ines Wrenfield', 'Ines']),
    ('Bring to the Amberley Savings appointment on Thursday:\n'
     '- passport\n'
     '- two payslips (Feb, Mar)\n'
     '- council tax bill\n'
     '- ref no. AMB-22-9047',
     "What's the booking code I have to quote at Amberley?",
     'When I turn up at Amberley Savings, the reference I should give them is',
     ['AMB-22-9047']),
    ('Photo: Manager Kwame Asante cuts the ribbon at the new Portvale branch of Tideline Bank, '
     'which opened on 3 June with 14 staff.',
     "When did Tideline's Portvale office start serving customers?",
     'Tideline Bank first welcomed customers in Portvale on',
     ['3 June']),
    ("Under the Redbrook fixed-rate deal the rate is locked at 4.39% for five years, after which it reverts "
     "to the lender's standard variable rate, currently 7.99%.",
     'Once the five-year fix on the Redbrook deal runs out, what rate would I be on as things stand?',
     'After the fixed period, the Redbrook loan moves to a floating rate that today sits at',
     ['7.99%', '7.99']),
    ('Saltmarsh Bank: A payment of $1,380.00 to QUINTARA ELECTRONICS on your card ending 0923 was declined. '
     'Reply Y if this was you or call 1-800-555-0142.',
     'What phone number do I ring about the blocked Quintara purchase?',
     'To speak to Saltmarsh about the refused transaction, dial',
     ['1-800-555-0142']),
    ('Subject: Dispute outcome, ref DSP-40918\n'
     'Dear Mr Olawale, the merchant (Brightwater Gym) did not respond by 21 August, so the chargeback '
     'has been decided in your favour and the £59.99 credit is now permanent.',
     'By what date was the gym supposed to answer the chargeback?',
     'The deadline Brightwater Gym missed for sending its reply was',
     ['21 August']),
    ('Member               | Account        | Opened     | Balance\n'
     'Lucia Ferreira-Doyle | Christmas Club | 12/01/2023 | £740.15\n'
     'Arthur Pembe         | Regular Saver  | 30/06/2022 | £2,115.00',
     'When did Arthur start his regular savings account?',
     "Arthur Pembe's Regular Saver was set up on",
     ['30/06/2022']),
    ("[10:04] Gemma (Oakhurst Mutual support): I've raised the overdraft limit on your current account "
     "from £500 to £1,250, effective tomorrow.",
     "What's my new overdraft ceiling with Oakhurst?",
     'From tomorrow, Oakhurst Mutual lets me go into the red by up to',
     ['£1,250', '1,250']),
    ('Mon 17 Feb - 11:30 meet Sanjay Mehra (mortgage adviser, Greywell Bank) re: porting the mortgage '
     'to the new flat; 15:00 dentist.',
     'What time am I seeing the Greywell mortgage guy on Monday?',
     "On the 17th, my appointment about moving my home loan to the new flat is at",
     ['11:30']),
]
OTHER75_ABSENT = [
    ('What interest rate will Marguerite pay on her new Halbrook mortgage?', 'chat', 0),
    ('On what date was the Velomart card dispute finally resolved?', 'chat', 2),
    ('Which account number was the £200 Kilbride St withdrawal taken from?', 'chat', 4),
    ("How much is the monthly repayment on the Wrenfields' mortgage?", 'chat', 7),
    ('What time is my Amberley Savings appointment on Thursday?', 'chat', 8),
    ('Is there an arrangement fee on the Redbrook fixed-rate deal, and how much is it?', 'chat', 10),
    ('The expiry date printed on the Saltmarsh card ending 0923 is', 'completion', 11),
    ("Lucia Ferreira-Doyle's Christmas Club account pays interest at a rate of", 'completion', 13),
]


OTHER76 = [
    ('2024-11-08 04:17Z STN KRV-14 Harlow Ridge | gust 61 kt from 290 deg | sustained 38 kt | '
     'baro 987.2 hPa | batt 12.6V',
     'What was the top gust picked up at the Harlow Ridge station?',
     'The strongest single burst of wind logged at Harlow Ridge that night came in at',
     ['61 kt', '61']),
    ('Hi Dorota - the anemometer at Pellow Point (site PP-3) is being swapped out on Thursday 14 March '
     'by Kieran Vasquez from Northfield Instruments; the rain gauge recalibration is pushed to 21 March. '
     '- Mags',
     "Who's the person coming out to replace the wind sensor at Pellow Point?",
     'The technician booked to change over the Pellow Point wind meter is',
     ['Kieran Vasquez', 'Vasquez']),
    ('Station        | Elev (m) | Installed\n'
     'Brackwater Fen | 4        | 2009\n'
     'Ottery Tor     | 512      | 2015\n'
     'Glenmarrow     | 287      | 2011',
     'How many metres above sea level is the Ottery Tor site?',
     'In metres, the height of the Ottery Tor station above the sea is',
     ['512']),
    ('SPOTTER REPORT #4471 - Caller: Wendell Abara, Millbrook Twp. Hail 1.75 in (golf ball) at 18:42 CDT, '
     'lasted approx. 6 min. Tree limbs 3 in down on County Rd 9.',
     'Can you tell me what size hailstones the Millbrook caller saw?',
     'The ice pellets Wendell Abara phoned in from Millbrook were',
     ['1.75 in', '1.75']),
    ('Tuesday: Showers clearing by midday, highs near 14°C in Carrow Bay and 11°C inland. '
     'Winds SW 20-30 km/h easing overnight. Chance of rain 70%.',
     'What maximum are they predicting for Carrow Bay on Tuesday?',
     "Down on the coast at Carrow Bay, Tuesday's temperature should peak at roughly",
     ['14°C', '14']),
    ('station_id=WX-ALD-07  name="Aldermoor Dam"  upload_interval_s=300  '
     'ntp_server=time.vexmet.net  wind_height_m=10',
     'How often, in seconds, does the Aldermoor Dam logger send its readings up?',
     'Measured in seconds, the gap between data pushes from the Aldermoor Dam station is',
     ['300']),
    ("Ferry captain Imogen Salt, 02:10: 'Control, we're seeing swell at about 4.5 metres off Gannet Head, "
     "visibility down to 800 metres. Requesting permission to hold at Strand Quay.'",
     'Where did Captain Salt want to sit out the rough seas?',
     'Rather than push on, the ferry skipper asked control if she could wait at',
     ['Strand Quay']),
    ('INVOICE 2231-B - Tessaly Weather Supply\n'
     '1x Tipping-bucket rain gauge TB-200 ..... $389.00\n'
     '2x Radiation shield RS-5 ..... $74.50 ea\n'
     'Shipping ..... $22.00\n'
     'Total: $560.00',
     'Remind me what the rain gauge on that Tessaly order cost us.',
     'On the bill from Tessaly, the TB-200 bucket gauge was charged at',
     ['$389.00', '389.00']),
    ('Photo: Funnel cloud over the Dunleavy grain elevators, looking northwest, 7 June 2023 at 5:52 pm. '
     'Credit: Rosalind Ekwueme / Plains Storm Chasers.',
     'Who should I credit for that funnel cloud shot above the grain silos?',
     'The picture of the funnel cloud at Dunleavy was taken by',
     ['Rosalind Ekwueme', 'Ekwueme']),
    ('Storm Petra checklist:\n'
     '- sandbags to back door\n'
     '- move car off Quarry Lane by 8pm Fri\n'
     '- charge power banks\n'
     '- ring Aunt Gwen (landline 01632 448 903)',
     'What is my deadline for shifting the car before the storm hits?',
     'Ahead of Storm Petra, the vehicle needs to be moved from the lane no later than',
     ['8pm Fri', '8pm']),
    ('AMBER WARNING - RAIN. Valid 06:00 Sat to 18:00 Sun. Areas: Kessock Valley, Upper Drane. '
     'Expected totals 40-60 mm widely, up to 110 mm on south-facing hills. '
     'Issued by Cairnfold Met Office, ref CMO-2291.',
     "What's the worst-case rainfall for the high ground in that amber warning?",
     'On the slopes facing south, the warning says rain totals might climb to',
     ['110 mm', '110']),
    ('Station visit form\n'
     'Site: Quennell Marsh (QM-2)\n'
     'Inspector: Anouk Brandsma\n'
     'Date: 19/09/2024\n'
     'Issue found: spider nest in rain funnel\n'
     'Next visit due: 17/10/2024',
     'When is somebody supposed to go back out and check Quennell Marsh?',
     'The following inspection of the QM-2 site is scheduled for',
     ['17/10/2024']),
    ('date,station,tmax_c,tmin_c,precip_mm\n'
     '2024-07-22,Fenwick Lodge,31.4,16.9,0.0\n'
     '2024-07-23,Fenwick Lodge,27.8,18.2,12.6',
     'How low did the thermometer drop at Fenwick Lodge on the 23rd of July?',
     'For 23 July, the coldest reading in degrees C at Fenwick Lodge was',
     ['18.2']),
    ('@Theo heads up, the Brindle Hill radar goes offline for maintenance from 09:00 to 13:30 on Wed; '
     "we'll backfill with the Sorrel Point radar. ticket OPS-5814",
     'Which radar is filling in while Brindle Hill is down on Wednesday?',
     'During the Brindle Hill outage, the gap in coverage will be plugged by the',
     ['Sorrel Point radar', 'Sorrel Point']),
    ('The lowest pressure ever logged at Marrowgate Lighthouse, 951.4 hPa, came during the January 1987 '
     'gale; the previous low of 958.0 hPa had stood since 1961.',
     "I forget - what's the all-time minimum barometer reading at Marrowgate Lighthouse?",
     'The record-low air pressure measured at the Marrowgate light is',
     ['951.4 hPa', '951.4']),
    ("Tues - Mum's weather station in the garden says the wind chill hit -17 this morning, even though "
     "the actual air temp was only -6. Dad blamed the new sensor he bought from Halvorsen's.",
     'How cold did it feel out in the wind according to the garden station?',
     "Once the breeze was factored in, the reading on Mum's backyard station was",
     ['-17']),
]

OTHER76_ABSENT = [
    ('What was the air temperature at Harlow Ridge when that big gust came through?', 'chat', 0),
    ('What phone number did the Millbrook hail spotter call in from?', 'chat', 3),
    ('What date was the Tessaly Weather Supply invoice issued?', 'chat', 7),
    ('Who at the Cairnfold Met Office signed off the amber rain warning?', 'chat', 10),
    ('What time of day did the inspector get to the Quennell Marsh station?', 'chat', 11),
    ('Which engineer is doing the maintenance work on the Brindle Hill radar?', 'chat', 13),
    ("The Aldermoor Dam station's latitude is", 'completion', 5),
    ('The highest wind speed ever recorded at Marrowgate Lighthouse was', 'completion', 14),
]


OTHER77 = [
    ("Hi Marta, thanks for coming in on Tuesday. We'd like to invite you to a final round with our CTO, "
     "Deepak Varga, on Friday 14 June at 10:30 in Room 4B. Please bring two references. "
     "- Lena Sorvik, Talent Team",
     'Who am I going to be sitting down with for the last interview?',
     "Marta's last-stage interview will be with the chief technology officer,",
     ['Deepak Varga', 'Varga']),
    ('Req ID  | Role            | Location | Salary band | Hiring manager\n'
     'HR-2291 | Data Analyst II | Leeds    | £38k-£44k   | Owen Pritchard\n'
     'HR-2294 | QA Engineer     | Bristol  | £41k-£47k   | Sunita Rao',
     'What requisition number goes with the Bristol testing job?',
     'The vacancy reference for the QA Engineer opening in Bristol is',
     ['HR-2294']),
    ('2024-05-02 16:41:07 ATS status change cand=#C-88417 (Julien Abara) '
     'stage: Phone Screen -> Technical Test; owner=k.mbeki',
     'Which step of the process has Julien been moved on to?',
     "Following the May update, Julien Abara's application advanced to the",
     ['Technical Test']),
    ('We are pleased to offer you the position of Senior Product Designer at Halvern Labs, starting '
     '1 September 2024, at an annual base salary of €72,500 plus a signing bonus of €4,000. '
     'This offer expires on 19 July 2024.',
     'By when do I have to say yes to Halvern before the offer lapses?',
     'The last day to accept the Halvern Labs offer is',
     ['19 July 2024', '19 July']),
    ('Interviewer (Gareth): So why are you leaving Corvane Logistics?\n'
     "Candidate (Aisha Noor): Honestly, after six years there I've stopped learning - "
     'I want a team that ships weekly.',
     'How long has Aisha been working at her current employer?',
     'Aisha Noor told Gareth that her time at Corvane Logistics had lasted',
     ['six years']),
    ('Recruiter call notes - Priyesh from Talentbridge. Client is a fintech in Dublin, hybrid 3 days '
     "in office. Notice period they'll accept: max 8 weeks. He takes 18% fee so don't go direct. "
     'Follow up Thurs.',
     "What's the longest notice period the Dublin company will put up with?",
     'The Dublin fintech is only willing to wait for a notice period of up to',
     ['8 weeks']),
    ('Warehouse Team Leader - Nightshift\n'
     '• Site: Unit 7, Brackmoor Industrial Estate\n'
     '• Hours: 22:00-06:00, Sun-Thu\n'
     '• Pay: £14.80/hr + £1.20 night premium\n'
     '• Apply by 30 April, ref WTL-NS-05',
     'What does the night team leader job pay per hour before any extras?',
     'Leaving out the night premium, the base hourly rate for the team leader role is',
     ['£14.80/hr', '£14.80', '14.80']),
    ('Application form - Section 3\n'
     'Full name: Tomasz Wierzbicki\n'
     'Position applied for: Site Electrician\n'
     'Earliest start date: 03/06/2024\n'
     'Right to work: Yes (settled status)\n'
     'How did you hear about us: Indeed',
     'Remind me when Tomasz said he could begin?',
     'The first day Tomasz Wierzbicki says he is available to begin work is',
     ['03/06/2024']),
    ('Panel day, Thu 11 Apr\n'
     '09:00  Ruth Ellery (case study)\n'
     '10:15  Kwame Boateng (case study)\n'
     '11:30  Ines Carvalho (presentation)\n'
     '14:00  debrief, Boardroom',
     "What time is Kwame's slot on the assessment day?",
     'Kwame Boateng is scheduled to go through his case study at',
     ['10:15']),
    ('@channel heads up - referral bonus for any engineering hire who passes probation is going up from '
     '$1,500 to $2,500 starting Q3. Sales referrals stay at $1,000. - Dana (People Ops)',
     'If I refer a developer from Q3 onward, how much will I get once they make it through probation?',
     'Refer an engineer who gets through probation after Q3 begins, and the payout will be',
     ['$2,500', '2,500']),
    ('Dear Felix, thank you for your interest in the Junior Copywriter role (ref JC-0412). We received '
     'over 340 applications and have decided not to progress yours on this occasion. '
     "We'll keep your CV on file for 6 months.",
     'How many people went for that copywriter job Felix was turned down for?',
     'The number of candidates who put in for the Junior Copywriter opening was',
     ['over 340', '340']),
    ('Careerline Print & Copy - receipt #40077\n'
     '25 x CV copies (colour) ...... £7.50\n'
     'Business cards x100 .......... £18.00\n'
     'Total paid: £25.50 (card)  12/03/24',
     'How much did I spend on the business cards at the print shop?',
     'At Careerline, the hundred business cards came to',
     ['£18.00', '18.00']),
    ('saved_search: title="backend developer" location="Rotterdam" radius_km=25 '
     'min_salary=55000 frequency=daily',
     "What's the salary floor on my Rotterdam job alert?",
     'The saved backend search only shows roles paying at least',
     ['55000']),
    ("Thrilled to share that I've joined Ostra Health as Head of Talent Acquisition! Huge thanks to "
     'Mireille Dupont who took a chance on me, and to my old crew at Brightpath Recruiting. #newjob',
     'Which company did the person in this post just start working for?',
     'The new employer being announced in the post is',
     ['Ostra Health']),
    ('Scorecard - cand. Yusuf Ardıç, Backend Eng.\n'
     'System design: 4/5\n'
     'Coding: 3/5\n'
     'Communication: 5/5\n'
     'Recommendation: Hire (Interviewer: P. Lindqvist)',
     'What mark did Yusuf get for the programming part?',
     "On the coding section of the evaluation, Yusuf's score was",
     ['3/5']),
    ("Hi it's Cora from Meridian Staffing, the assessment centre has moved to the Grafton Street office, "
     '2nd floor, still 9:45 on Weds. Bring photo ID + NI number pls x',
     'Where is the Meridian assessment centre being held now?',
     "Cora's text says the assessment centre has been relocated to the",
     ['Grafton Street office', 'Grafton Street']),
]
OTHER77_ABSENT = [
    ("Roughly how long is Marta's final round with the CTO expected to last?", 'chat', 0),
    ('How long is the probation period for the Halvern Labs designer job?', 'chat', 3),
    ('What is the name of the Dublin fintech that Priyesh is recruiting for?', 'chat', 5),
    ('The hiring manager for the night team leader job at Brackmoor is', 'completion', 6),
    ('Who is sitting on the panel that assesses the case studies on 11 April?', 'chat', 8),
    ('What salary was the Junior Copywriter role that Felix applied for offering?', 'chat', 10),
    ('The job title the poster held at Brightpath Recruiting was', 'completion', 13),
    ("What did Yusuf score on the behavioural part of his interview?", 'chat', 14),
]


OTHER78 = [
    ('Hi all - the Kestrel Lane Chess Club rapid night moves from Tuesday to Thursday starting 9 May. '
     'Entry stays at £4, juniors £2. - Odile Farnsworth, club secretary',
     'Which day of the week are the rapid sessions switching to?',
     'From May onward, the quickplay evenings at Kestrel Lane take place every',
     ['Thursday']),
    ('Board | White | Rating | Black | Rating\n'
     '3 | Imre Valcourt | 1874 | Saskia Drummond-Lee | 1921',
     "What's Saskia's rating on that pairing sheet?",
     'The Elo figure printed next to Drummond-Lee was',
     ['1921']),
    ('THE MEEPLE & MUG CAFE\n'
     'Table 6 cover x4 @ £5.50 .... £22.00\n'
     'Pot of Earl Grey .... £3.80\n'
     'Nachos (large) .... £7.25\n'
     'TOTAL .... £33.05   Served by: Junie',
     'How much did we pay for the big nachos?',
     'The large plate of tortilla chips came to',
     ['£7.25', '7.25']),
    ('2024-11-02 14:07:33 [ARBITER] Round 4, board 12: illegal move claim by Tobiah Renwick upheld; '
     'opponent Kasia Lindqvist given 2 min time penalty.',
     'Who was it that complained about the illegal move on board 12?',
     'The player whose complaint the arbiter accepted in round 4 was',
     ['Tobiah Renwick', 'Renwick']),
    ('tournament.time_control = "90+30"  # classical sections; blitz uses 3+2\n'
     'tournament.max_rounds = 7\n'
     'tournament.bye_points = 0.5',
     'How many rounds can the event run to at most?',
     'The upper limit on the number of rounds in this event is set to',
     ['7']),
    ("Marguerite: If you're coming to the Saturday open at the Dunmore Library annex, bring your own "
     "clock - they've only got eleven spare and there'll be about forty of us.",
     'Remind me how many extra clocks the library annex has.',
     'The count of spare chess clocks available at the venue is just',
     ['eleven']),
    ('MEMBERSHIP APPLICATION - Harrowgate Knights CC\n'
     'Name: Delphine Achterberg\nFIDE ID: 34418275\nCategory: Senior (Under-65)\n'
     'Annual fee paid: £62\nReferee: Colm Brannigan',
     'Who vouched for Delphine when she applied to join?',
     'The existing member who backed the Achterberg application was',
     ['Colm Brannigan', 'Brannigan']),
    ('Photo: Winner of the 2023 Blackwater Cup, 12-year-old Rafferty Oyelaran, shakes hands with '
     'runner-up Ines Calloway after a 41-move final.',
     'How old was the kid who took the Blackwater Cup?',
     'When he lifted the Blackwater trophy, Rafferty was aged just',
     ['12']),
    ('Cafe game library - missing pieces audit\n'
     '- Agricola: 2 sheep tokens\n- Carcassonne: 1 river tile\n'
     '- Azul: 3 blue tiles\n- Ticket to Ride: 5 green trains',
     'Do you know how many train cars have gone walkabout from Ticket to Ride?',
     'In the Ticket to Ride box, the number of lost green carriages is',
     ['5']),
    ('Note for Saturday staff: the back room (seats 24) is booked by the Wyvern Street Go Society from '
     "1pm till 6pm. Deposit already taken - ref BK-4471. Don't let walk-ins in before 6.",
     "What's the booking reference for the Go group's reservation?",
     "The code attached to the Go society's back-room reservation is",
     ['BK-4471', '4471']),
    ("The Fenwick County Junior Championship will be held at St Aldric's School sports hall on 14 June, "
     'with registration closing at 9:15 and round one starting at 10:00.',
     'By what time do the kids need to have signed in for the junior championship?',
     'Late arrivals beware: the sign-in desk shuts at',
     ['9:15']),
    ('Section | 1st prize | 2nd prize\n'
     'Open | $600 | $300\n'
     'U1800 | $250 | $125\n'
     'U1400 | $120 | $60',
     'What does the runner-up in the under-1800 group take home?',
     'Finishing second among the sub-1800 players earns you',
     ['$125', '125']),
    ('Subject: Re: league fixture\n'
     "Alistair - we can't field a team on the 22nd, so Ravensholme B concedes match 5 against "
     'Tollgate Rooks. Sorry! Perpetua (captain)',
     'Which side is Ravensholme B forfeiting to?',
     'Ravensholme B is handing the points for the fifth fixture to',
     ['Tollgate Rooks']),
    ("Pawnbrokers Board Game Cafe update: we're now open till midnight on Fridays & Saturdays, and "
     'Sunday hours are 11am-8pm. Still closed Mondays!',
     'How late does Pawnbrokers stay open at the weekend now, Fri and Sat?',
     'On Friday and Saturday nights the cafe keeps its doors open until',
     ['midnight']),
    ('Rd 6: Okonkwo, Bartholomew (5.0) 1/2-1/2 Haverty, Lucille (4.5) - Okonkwo takes the title on '
     'tiebreak (Buchholz 27.5).',
     'What tiebreak score did the winner end up with?',
     'The tiebreak figure that secured Bartholomew the championship was',
     ['27.5']),
    ("Treasurer's report (AGM, Linthorpe Chess Circle): balance carried forward £1,318.40; new sets and "
     'boards ordered from Gambit Supplies Ltd, invoice #GS-0932, £286.',
     'Which company are the new chess sets coming from?',
     'The club placed its order for replacement pieces and boards with',
     ['Gambit Supplies Ltd', 'Gambit Supplies']),
]
OTHER78_ABSENT = [
    ('What time do the Kestrel Lane rapid evenings kick off?', 'chat', 0),
    ('Did we pay the Meeple & Mug bill by card or cash?', 'chat', 2),
    ('Who was the arbiter that ruled on the board 12 illegal move claim?', 'chat', 3),
    ("What's the phone number on Delphine Achterberg's membership form?", 'chat', 6),
    ('The 2023 Blackwater Cup final was played in the town of', 'completion', 7),
    ('How much is the entry fee for the Fenwick County Junior Championship?', 'chat', 10),
    ('Who captains the Tollgate Rooks team?', 'chat', 12),
    ("The Linthorpe Chess Circle's yearly membership subscription costs", 'completion', 15),
]


OTHER79 = [
    ('Marrowgate Books, 14 Tanner Row\n'
     'The Salt Cartographer (hb) £18.99\n'
     'Poems for Low Tide (pb) £9.50\n'
     'Total £28.49   Paid: card ending 4471',
     'How much was the hardback on my Marrowgate receipt?',
     'The hardback copy of The Salt Cartographer set me back',
     ['£18.99', '18.99']),
    ('From: Odile Ferreira <odile@quillhousepress.co.uk>\n'
     'Subject: Re: Brannock proofs\n'
     'We need the corrected proofs back by 22 October at the latest - the printer slot at Halvard '
     'has moved to 4 November.',
     "What's the deadline for getting the fixed proofs back to Odile?",
     'Odile wants the amended proof pages in her hands no later than',
     ['22 October']),
    ('2024-06-11 09:42:17 PRESS-3 job=QH-5582 title="Winter Orchard" sheets=12,400 status=JAM '
     'operator=K.Mbeki',
     'Who was running the machine when the Winter Orchard job got stuck?',
     'The Winter Orchard run stalled while the press was being handled by',
     ['K.Mbeki', 'Mbeki']),
    ('Title | First print | Reprint | Binding\n'
     'The Lantern Clerk | 3,000 | 1,500 | Sewn\n'
     'Twelve Quiet Rooms | 5,200 | 2,000 | Perfect bound',
     'How many copies were in the initial run of Twelve Quiet Rooms?',
     'The original print quantity for Twelve Quiet Rooms came to',
     ['5,200']),
    ('typeset.conf: body_font = "Garamond Premier 10.5/13"; trim_size = 129x198mm; '
     'margins_inner = 18mm; margins_outer = 14mm',
     'What page dimensions did we set for the book in the typesetting settings?',
     'Once finished, every page will be cut down to',
     ['129x198mm', '129x198']),
    ('Customer: Do you have anything by Teodor Haskell?\n'
     'Bookseller (Wren): Only the one - Gull Weather, second shelf in Travel, but his new one '
     'arrives Thursday.',
     'Which Haskell title did the shop actually have in stock?',
     'The only book by Haskell that Wren had on hand was',
     ['Gull Weather']),
    ('Fig. 7: The Albion hand press at the Corvane Print Museum, built by Hopwood & Sons in 1838 '
     'and restored in 1996.',
     'Remind me who manufactured that old Albion press in the museum?',
     'The Albion hand press on display at Corvane was made by',
     ['Hopwood & Sons', 'Hopwood']),
    ('PUBLISHING AGREEMENT - SCHEDULE A\n'
     'Author: Maren Lindqvist-Oduya\n'
     'Work: "The Ferryman\'s Ledger"\n'
     'Advance: £12,000 (payable in three parts)\n'
     'Royalty (hardback): 10% of RRP\n'
     'Royalty (ebook): 25% of net receipts',
     'What percentage does Maren get on e-book sales?',
     "For digital editions of The Ferryman's Ledger, the author's cut is",
     ['25% of net receipts', '25%']),
    ('Sticky note on till: Mr Aldous Prentiss rang - holding the signed Greyfriars Atlas for him '
     'until Sat 9th. He\'ll pay the £45 balance on collection. - Jo',
     'Until what day are we keeping the signed atlas aside for Mr Prentiss?',
     'Jo has reserved the signed atlas for Prentiss up to',
     ['Sat 9th', '9th']),
    ('ISBN 978-1-80442-317-6 | Pell, Annika - "Salt and Vellum" | Thornquay Editions, 2023 | '
     '288 pp. | RRP £16.99',
     "Who put out Annika Pell's Salt and Vellum?",
     'Salt and Vellum was released under the imprint of',
     ['Thornquay Editions', 'Thornquay']),
    ('Proof queries, ch. 4:\n'
     '- p.61 "recieve" -> "receive"\n'
     '- p.64 dates clash: 1871 vs 1881, check with author\n'
     '- p.70 caption for plate XII missing',
     'On which page is the misspelling of "receive" in chapter four?',
     'The proofreader flagged the misspelt word "receive" on',
     ['p.61', '61']),
    ('FOR IMMEDIATE RELEASE - Kestrel & Vane is delighted to announce that debut novelist '
     'Ibby Castellanos has won the 2024 Dunmore Prize for Fiction, worth £7,500, for her novel '
     '"The Quiet Arithmetic".',
     'How much money comes with winning the Dunmore Prize?',
     'The cash award attached to the Dunmore fiction prize is',
     ['£7,500', '7,500']),
    ('INVOICE #PX-20931   Fenwick Paper Merchants\n'
     '40 reams Munken Premium Cream 90gsm @ £6.20\n'
     '12 reams Arctic Silk 150gsm @ £11.85\n'
     'Delivery: Unit 6, Brackley Industrial Estate',
     "What's the per-ream price Fenwick charged for the Arctic Silk?",
     'Each ream of the 150gsm silk stock was billed at',
     ['£11.85', '11.85']),
    ('EVENTS AT PAGETURNERS, HOLLINS LANE\n'
     'Thu 14 Nov, 7pm - Colm Adair reads from "Brine"\n'
     'Sat 16 Nov, 11am - Children\'s storytime with Bea Ruiz\n'
     'Tickets £5, redeemable against any purchase',
     'What time should I turn up for the Colm Adair reading?',
     "Colm Adair's reading at Pageturners kicks off at",
     ['7pm']),
    ('Period Jan-Jun 2024 | Title: Harbour Lights Cookbook | Units sold: 1,842 | Returns: 117 | '
     'Net royalty due: £2,306.40',
     'How many copies of the Harbour Lights Cookbook got sent back in the first half of 2024?',
     'Between January and June, the number of Harbour Lights copies returned by shops was',
     ['117']),
    ('[10:05] Dev Ramaswamy: heads up, the cover for Nightjar Road is going with the teal variant '
     '(option B), Sasha signed it off this morning. Spine text still needs fixing.',
     'Who gave the final OK on the Nightjar Road jacket design?',
     'The chosen Nightjar Road jacket was approved by',
     ['Sasha']),
]

OTHER79_ABSENT = [
    ('What time of day did I buy those books at Marrowgate?', 'chat', 0),
    ('Who wrote the Brannock book that Odile is chasing proofs for?', 'chat', 1),
    ("What's the title of Teodor Haskell's new book that's due in on Thursday?", 'chat', 5),
    ("When is Maren Lindqvist-Oduya's manuscript due to the publisher?", 'chat', 7),
    ('Who designed the cover of Salt and Vellum?', 'chat', 9),
    ('Who chaired the judging panel for the Dunmore Prize this year?', 'chat', 11),
    ('Entry to the Corvane Print Museum costs', 'completion', 6),
    ('The Harbour Lights Cookbook was written by', 'completion', 14),
]


OTHER80 = [
    ('Hi Marta, confirming 2 bunks at Refugio Valcanta for 14-15 Aug. Half board is €62 pp. '
     'The hut warden, Iñigo Barreda, asks that you arrive before 18:00. Deposit of €40 received.',
     "Who's the person in charge of running Refugio Valcanta?",
     'The guardian who looks after the Valcanta refuge is',
     ['Iñigo Barreda', 'Barreda']),
    ('Packing list (Skarfell traverse):\n- 2x gas canisters 230g\n- tent: Hollin 2P (2.1 kg)\n'
     '- sleeping bag, comfort rating -4°C\n- 3 L water capacity\n- headlamp + spare AAA',
     'What temperature is my sleeping bag good down to on the Skarfell trip?',
     "For the Skarfell traverse I'm bringing a bag that stays comfortable down to",
     ['-4°C', '-4']),
    ('2024-07-09 06:42 TRAILHEAD Kessock Gap | party=4 | leader=R. Okonjo | '
     'planned return 19:30 | route: Blackcomb Ridge loop',
     'By what time was the Kessock Gap group expected to be back?',
     'If everything went to plan, the Blackcomb Ridge party would be off the hill by',
     ['19:30']),
    ('PINEHOLLOW CAMPGROUND - Site 27B\nTent pitch x3 nights @ $24.00 = $72.00\n'
     'Firewood bundle x2 = $14.00\nVehicle pass = $10.00\nTOTAL $96.00',
     'How much did I end up paying for wood at Pinehollow?',
     'At Pinehollow, the two bundles of wood for the campfire came to',
     ['$14.00', '14.00']),
    ('| Hut | Altitude | Beds | Open |\n| Grauwand Hütte | 2,314 m | 46 | 20 Jun-28 Sep |\n'
     '| Felsrinne Biwak | 2,870 m | 9 | all year |',
     'How high up is the Felsrinne bivouac?',
     'The Felsrinne shelter sits at an elevation of',
     ['2,870 m', '2,870']),
    ("Ranger Tollis: 'The bridge over Merrow Creek washed out Tuesday - use the ford at mile 6.3 "
     "instead, it's knee-deep till noon.'",
     'Now that the footbridge is gone, where along the trail do we get across Merrow Creek?',
     'With the Merrow Creek bridge out, hikers are told to wade over at',
     ['mile 6.3', '6.3']),
    ('BACKCOUNTRY PERMIT No. WR-58841\nZone: Upper Lindqvist Lakes\nEntry: 22 Sept   Exit: 25 Sept\n'
     'Group size: 3   Stoves only - no fires above 9,500 ft',
     'Remind me which day we have to be out of the Upper Lindqvist Lakes zone.',
     'Our Lindqvist permit says we must leave the backcountry on',
     ['25 Sept']),
    ('<wpt name="Camp3_Saddle" lat="46.5521" lon="11.8734" ele="2655" '
     'note="water 200m N, windy"/>',
     'What altitude did my GPS log for the third camp on the saddle?',
     'According to the GPS file, Camp3_Saddle lies at a height of',
     ['2655']),
    ('Heads up - Corrie Bhan bothy sleeps 8 max, no stove, chimney blocked. Key not needed. '
     'Nearest spring is 400 m down the burn on the left. - Fiona',
     'How far do you have to go from the Corrie Bhan bothy to get water?',
     "Fiona says that from the Corrie Bhan shelter, fresh water is roughly",
     ['400 m', '400']),
    ('Photo 14: First light on Sedna Tarn, shot by Jonah Petrakis from the north col on day 3 '
     'of the Hesperin Circuit. (Lilou Marchetti in the red jacket.)',
     'Who was behind the camera for the sunrise picture of Sedna Tarn?',
     'The dawn photograph of Sedna Tarn was taken by',
     ['Jonah Petrakis', 'Petrakis']),
    ('Subject: Winter skills weekend\nWe meet Saturday 08:15 at the Glenarrow car park '
     '(grid NN 214 663). Crampons and ice axe can be hired from Dougal for £12 the weekend. '
     'Instructor: Sanna Lindgren.',
     "What's it cost to borrow an axe and crampons for the winter skills course?",
     'Renting crampons plus an ice axe from Dougal for the two days will set you back',
     ['£12', '12']),
    ("Rifugio Cima Lares guestbook, 3 Aug: 'Stuck two nights due to storms. Paolo and I finally "
     "summited Punta Vedrette on the 5th. Thanks to Elda for the polenta!' - Greta & Paolo",
     'On what day did Greta and Paolo make it to the top of Punta Vedrette?',
     'After the storms cleared, Greta and Paolo reached the Punta Vedrette summit on',
     ['the 5th', '5th']),
    ('Stormhaven Huts - cancellation terms\n- 30+ days before arrival: full refund minus CHF 15 admin fee\n'
     '- 7-29 days: 50% refund\n- under 7 days: no refund',
     'Is there a charge if I call off a Stormhaven booking more than a month ahead? How much?',
     'Even cancelling a Stormhaven hut reservation well in advance costs a fee of',
     ['CHF 15', '15']),
    ('We left Arnsby Hollow at 7 and made the Tarnfold Hut by early afternoon; 18.4 km and '
     '1,120 m of ascent, which felt brutal with 16 kg packs.',
     'How much climbing did the walk in to Tarnfold Hut involve?',
     'The total height gained on the way to Tarnfold was',
     ['1,120 m', '1,120']),
    ('@kestrel_hikes: anyone know the padlock code for the Harrow Pike fire lookout cabin?\n'
     '@ranger_moss: it changed May 1, now 4471. Old one was 2093.',
     "What's the current combination for the lock on the Harrow Pike lookout?",
     'These days the Harrow Pike cabin padlock opens with',
     ['4471']),
    ('Order #HK-2207 - Alpenkiste Rentals\nPickup: Thu 11 Jul, Innsbrucker Str. 9\n'
     'Return by: Mon 15 Jul, 17:00\n1x via ferrata set, 1x helmet (size M), 2x trekking poles',
     'When am I supposed to bring the Alpenkiste gear back?',
     'The rented via ferrata kit has to be handed back no later than',
     ['Mon 15 Jul, 17:00', 'Mon 15 Jul', '15 Jul']),
]
OTHER80_ABSENT = [
    ('How many beds does Refugio Valcanta have altogether?', 'chat', 0),
    ('What brand is the headlamp on my Skarfell packing list?', 'chat', 1),
    ('Who is the hut keeper at Grauwand Hütte?', 'chat', 4),
    ('How much did the Upper Lindqvist Lakes permit cost per person?', 'chat', 6),
    ("What's the grid reference for the Corrie Bhan bothy?", 'chat', 8),
    ('What time does the winter skills weekend wrap up on Sunday?', 'chat', 10),
    ('The Harrow Pike fire lookout cabin stands at an altitude of', 'completion', 14),
    ('For the via ferrata set, Alpenkiste Rentals took a deposit of', 'completion', 15),
]


OTHER81 = [
    ('Hi Marta, the Vellacourt consignment (lot 212) will be collected Thursday 9 May at 10:30 by '
     'Hadley Fine Art Shipping; the lot 214 crates go on the 14th with Brightwater Couriers.',
     'Which firm is picking up the Vellacourt pieces?',
     'The Vellacourt consignment is being fetched by',
     ['Hadley Fine Art Shipping', 'Hadley']),
    ('Lot | Artist | Estimate | Hammer\n'
     '47 | Ines Barrowcliffe | £3,000-5,000 | £7,200\n'
     '48 | Oskar Lindqvell | £1,200-1,800 | £950',
     'What did the Barrowcliffe end up going for once bidding closed?',
     'When the gavel came down, the Barrowcliffe painting fetched',
     ['£7,200', '7,200']),
    ('2024-03-18 02:14:07 GALLERY-3 HUMIDITY ALERT: RH 61% (threshold 55%), sensor ID HX-0932, '
     'east wall near case 12',
     'Which sensor set off the damp warning in gallery three overnight?',
     'The overnight moisture alarm in Gallery 3 was raised by the device labelled',
     ['HX-0932']),
    ("Fig. 14. Anselm Keddrow, 'Harbour at Low Tide, Marrenport', 1887. Oil on canvas, 64 x 92 cm. "
     'Gift of Mrs. Delphine Ostrava, 1953.',
     "Who donated Keddrow's harbour scene to the museum?",
     "Keddrow's Marrenport harbour picture came into the collection as a present from",
     ['Mrs. Delphine Ostrava', 'Delphine Ostrava', 'Ostrava']),
    ('Corvin House Museum Shop - Receipt #00481\n'
     "1x Exhibition catalogue 'Glass & Ember'  £32.00\n"
     '2x Postcard set  £9.00\n'
     'Member discount (10%)  -£4.10\n'
     'Total  £36.90',
     'How much was the Glass & Ember catalogue before the discount came off?',
     'Before any member reduction, the Glass & Ember book was priced at',
     ['£32.00', '32.00']),
    ('Registrar (Bea): The loan agreement with the Fennick Collection runs until 30 September 2025, '
     'but insurance is only confirmed to 31 August - can someone chase the underwriters?',
     'Remind me when the Fennick loan actually ends.',
     'The pieces borrowed from the Fennick Collection are due to go back on',
     ['30 September 2025']),
    ("exhibit_rotation: {gallery: 'West Wing 2', max_lux: 50, rotate_every_days: 90, "
     "curator_contact: 'j.amberlin@thorncastle-museum.org'}",
     "What's the maximum light level allowed in West Wing 2?",
     'Illumination in West Wing 2 is capped at a lux value of',
     ['50']),
    ('Reminder: the Ruskova bronze (inv. 1978.221) is off view for conservation until the end of June; '
     'the replacement on plinth 6 is the Teller marble head, inv. 1991.047.',
     "What's the inventory number on the Teller marble head?",
     "The marble head by Teller is catalogued under accession number",
     ['1991.047']),
    ('CONDITION REPORT\n'
     'Object: Lacquered cabinet, Kyoto school\n'
     'Examiner: Rafael Quintanar\n'
     'Date: 11/02/2024\n'
     'Notes: hairline crack to left door panel, 4 cm',
     'Who did the condition check on the lacquer cabinet?',
     'The Kyoto-school cabinet was inspected by',
     ['Rafael Quintanar', 'Quintanar']),
    ('Spring sale schedule at Brenmoor & Tate:\n'
     '- Old Masters: 16 April\n'
     '- Modern British: 23 April\n'
     '- Jewellery & Watches: 2 May\n'
     '- Asian Art: 9 May',
     'When is Brenmoor & Tate holding the Modern British auction?',
     "Brenmoor & Tate's sale of Modern British works takes place on",
     ['23 April']),
    ("Attendance at the Saltmarsh Gallery's 'Tidewrack' exhibition reached 41,380 over its "
     'twelve-week run, well above the 28,000 the trustees had forecast.',
     'How many people actually went to see Tidewrack?',
     'In the end, the real visitor count for the Tidewrack show was',
     ['41,380']),
    ('From: Oona Pellegrin <oona@kestrelhall.art>\n'
     'Subject: Private view\n'
     'Doors at 6.30pm on Friday; speeches at 7.15 by the director, Casimir Wold. '
     'Dress code is smart casual.',
     "Who's going to be addressing guests at the Kestrel Hall private view?",
     'The talk at Friday\'s opening will be given by the director,',
     ['Casimir Wold', 'Wold']),
    ('Halvergate Museum of Clocks - admission\n'
     'Adult £12 | Concession £8 | Under 16 free | Family (2+3) £30',
     "I'm a student - how much would a reduced-price ticket to the clock museum be?",
     'A concessionary entry to the Halvergate clock museum costs',
     ['£8']),
    ('Bid log, lot 305 (Margery Tillson silver tea service): paddle 118 £2,400 / phone bidder P4 £2,600 '
     '/ paddle 077 £2,800 - SOLD to paddle 077.',
     'Which bidder number took home the Tillson tea service?',
     'The silver tea set in lot 305 was knocked down to',
     ['paddle 077', '077']),
    ('Acquisition committee memo: approved purchase of the Evander Sollis sketchbook from Galerie '
     'Moutonnet, Lyon, for €18,500, funded from the Abernathy Bequest.',
     'Tell me which fund is paying for the Sollis sketchbook.',
     'The money to buy the Sollis sketchbook is coming out of',
     ['the Abernathy Bequest', 'Abernathy Bequest']),
    ('Sam - lock codes for the temp install crew at the Dunmore Gallery: loading bay 4471, '
     "storeroom B 9026. Don't give the storeroom one to the couriers.",
     "What's the code to get into storeroom B at the Dunmore?",
     'To open storeroom B at the Dunmore Gallery, key in',
     ['9026']),
]
OTHER81_ABSENT = [
    ('What time are the lot 214 crates being collected?', 'chat', 0),
    ('Who was the buyer of the Barrowcliffe painting?', 'chat', 1),
    ('What was the temperature in Gallery 3 when the humidity alarm went off?', 'chat', 2),
    ('Where did Anselm Keddrow train as a painter?', 'chat', 3),
    ('Which company is insuring the Fennick Collection loan?', 'chat', 5),
    ('What time does the Halvergate clock museum close on weekdays?', 'chat', 12),
    ('The Tidewrack exhibition at the Saltmarsh Gallery was curated by', 'completion', 10),
    ('Before the sale, the Tillson silver tea service carried an estimate of', 'completion', 13),
]


OTHER82 = [
    ('Hi Marcus, just a reminder that your Flixora Premium plan renews on 14 June at £13.49. '
     'If you switch to Basic, you would pay £6.99 from your next billing cycle.',
     "What's the top-tier plan going to charge me when it rolls over?",
     'When the Flixora Premium subscription comes up for renewal, Marcus will be billed',
     ['£13.49', '13.49']),
    ('CH 4 | 20:00 Harbour Lights (S3 E7) | 21:05 The Quiet Acre | 22:40 Late Desk',
     'When does The Quiet Acre come on tonight?',
     'On channel 4 tonight, The Quiet Acre begins at',
     ['21:05']),
    ("ODEONIX BRACKLEY\nScreen 6 - 'Salt Meridian' (12A) - Seats F11, F12\n"
     '2 x Adult £11.20 | Popcorn L £6.40\nTOTAL £28.80  Ref: BRK-55310',
     'Can you dig out the booking reference from my cinema receipt?',
     'The reference printed on the Salt Meridian ticket receipt is',
     ['BRK-55310']),
    ('2024-11-03 22:14:07 WARN stream-edge: session ua-77f2 bitrate dropped 8200kbps -> 2100kbps '
     '(region eu-west-3, title TT-40918)',
     'What did the bitrate fall down to in that streaming warning?',
     'After the drop logged by stream-edge, session ua-77f2 was running at only',
     ['2100kbps', '2100']),
    ('Ines: I cancelled Kestrel+ on Tuesday but they said my access runs until the 28th, '
     'so we can still finish Copperfield Row this weekend.',
     'Up to what date can Ines keep watching on Kestrel+ even though she cancelled?',
     "Despite cancelling, Ines won't lose her Kestrel+ access until",
     ['the 28th', '28th']),
    ("parental_controls: { profile: 'Noor', max_rating: 'PG', pin: 4471, bedtime_lock: '20:30' }",
     "Which age certificate is the ceiling on Noor's profile?",
     "The most grown-up rating Noor's profile is allowed to watch is",
     ['PG']),
    ('Film club note - the Rialto on Fenwick Street does £5 tickets on Tuesdays, but the Lumen '
     'Arthouse only gives its discount on Wednesdays before 6pm.',
     'Which cinema has its cheap tickets midweek, and only in the daytime?',
     'The venue whose reduced prices apply on Wednesday afternoons is the',
     ['Lumen Arthouse', 'Lumen']),
    ('MEMBERSHIP FORM\nName: Cordelia Vasquez-Hart   Card no: CF-208-7716\n'
     'Tier: Gold Circle   Joined: 09/02/2023   Home cinema: Palladium Exeter Quay',
     'Remind me what level of membership Cordelia signed up for.',
     "Cordelia's membership sits in the tier called",
     ['Gold Circle']),
    ("Photo: projectionist Alun Pritchard threading the 35mm print of 'Night Ferry to Oban' "
     'at the Tivoli, Aberwyn, ahead of the 1 a.m. marathon screening.',
     'Who is the person loading the film reel in that Tivoli picture?',
     'The man seen lacing up the Night Ferry to Oban print is',
     ['Alun Pritchard', 'Pritchard']),
    ('My subs right now:\n- Velvetbox: £8.99/mo (shared w/ Sam)\n- Northlight Sports: £24.50/mo\n'
     '- Tandem Kids: £3.99/mo\n- Reelvault: annual, £59',
     'How much does the sports streaming service set me back each month?',
     'Every month, the Northlight Sports subscription costs',
     ['£24.50', '24.50']),
    ("Thursday's pick: 'The Cartographer's Daughter' concludes on BRT Two at 9pm, with the "
     "director's commentary version repeated on BRT Extra at 11.35pm.",
     "Which channel is showing the last episode of The Cartographer's Daughter?",
     "To catch the finale of The Cartographer's Daughter, tune in to",
     ['BRT Two']),
    ('Dear Mr Obuya, Screen 2 at the Starlit Picturehouse is reserved for 42 guests on Saturday '
     '17 May, doors 10:15. Deposit of £150 received; balance of £310 due by 2 May.',
     "How many people is Mr Obuya's private screening booked for?",
     'The headcount for the Starlit Picturehouse private hire is',
     ['42']),
    ("Agent (Rowan): I've applied a one-off credit of $7.50 to account ZX-3391-Q; your next bill "
     'on 5 August will show $8.49 instead of $15.99.',
     'How much did Rowan knock off as a goodwill credit?',
     'The one-time adjustment support added to account ZX-3391-Q comes to',
     ['$7.50', '7.50']),
    ('Screen | Seats | Format\n1      | 312   | IMAX Laser\n2      | 148   | Dolby Atmos\n'
     '3      | 86    | Standard 2D',
     'What is the capacity of the Dolby Atmos auditorium?',
     'The auditorium fitted with Dolby Atmos holds a total of',
     ['148']),
    ("Hey it's Priyanka - the wifi password for the cinema café is ReelTime#2290, and the "
     'late-night showing of Glass Orchard got moved to 23:20.',
     'What time is the late Glass Orchard screening now, after the change?',
     'Priyanka says the final Glass Orchard show of the night now starts at',
     ['23:20']),
    ("PROGRAMME CHANGE: Mon 12 Feb, 'Gardeners of Lisk' (ep. 4) is replaced by live snooker. "
     'Episode 4 now airs Wednesday 14 Feb at 19:30 on Channel Meridia.',
     'Which day did the fourth Gardeners of Lisk episode get pushed back to?',
     'Because of the snooker, episode 4 of Gardeners of Lisk will be broadcast on',
     ['Wednesday 14 Feb', '14 Feb']),
]

OTHER82_ABSENT = [
    ("Which email address is Marcus's Flixora account registered under?", 'chat', 0),
    ('What time was the Salt Meridian showing on my Odeonix receipt?', 'chat', 2),
    ('Which device was session ua-77f2 streaming on when the bitrate dropped?', 'chat', 4),
    ("Cordelia's Gold Circle card is due to expire on", 'completion', 7),
    ('How many films were shown in the Tivoli marathon?', 'chat', 8),
    ("Who directed The Cartographer's Daughter?", 'chat', 10),
    ('Why was account ZX-3391-Q given a credit?', 'chat', 12),
    ('Before the snooker took over, episode 4 of Gardeners of Lisk had been scheduled to start at',
     'completion', 15),
]


OTHER83 = [
    ('2024-06-11 09:40 | Apiary HV-07 (Marlow Lane) | Inspector: Gethin Pryce | Colonies checked: 14 | '
     'AFB: none | EFB suspected: hive 9 | Next visit: 2024-07-02',
     'When is the bee inspector due back at the Marlow Lane site?',
     'The follow-up inspection at Marlow Lane has been pencilled in for',
     ['2024-07-02']),
    ('Hi Dana - the Thistle Cross farm shop wants 48 jars of the heather honey at £6.20 each, plus 24 of '
     'the wildflower at £4.75. Can you have them labelled by Friday? - Morwenna',
     'What price per jar did the farm shop agree to pay for the heather?',
     'Each jar of heather honey going to Thistle Cross will be sold to them for',
     ['£6.20', '6.20']),
    ('Hive  | Queen marked  | Frames of brood | Temper\n'
     'Rowan | yellow (2022) | 7               | calm\n'
     'Ash   | blue (2020)   | 3               | defensive\n'
     'Elder | unmarked      | 6               | calm',
     'Which colour dot is on the queen in the Ash colony?',
     'The Ash colony\'s queen carries a paint mark that is',
     ['blue']),
    ('BEECRAFT SUPPLIES, Unit 4 Harrow Park\n'
     '1x National brood box (cedar)   58.00\n'
     '2x Queen excluder               19.00\n'
     '1x Oxalic acid 35g              11.25\n'
     'Total £88.25   Paid card ****3310',
     'Remind me how much that little tub of oxalic acid cost?',
     'On the Beecraft till slip, the varroa treatment came to',
     ['11.25']),
    ('Ifor: Swarm\'s hanging off the plum tree by the back gate, about head height.\n'
     'Ifor: I\'ve rung Sunniva Holt from the association, she says she can be here by half four.',
     'Who is coming round to collect the swarm from the plum tree?',
     'The association member on her way to take the swarm is',
     ['Sunniva Holt', 'Holt']),
    ("extractor_schedule: {site: 'Bramblecote shed', spin_rpm: 320, warm_room_temp_c: 34, "
     "slot_length_min: 90}",
     'How fast is the honey extractor at Bramblecote set to turn, in rpm?',
     'The extractor drum in the Bramblecote shed is configured to spin at',
     ['320']),
    ('Photo: Lotte van Daal lifting a super from colony 12 at the Kersey Fen out-apiary, late August. '
     'The bees were on ivy by then.',
     'Where was that picture of Lotte taking off a super shot?',
     'The shot of Lotte van Daal removing a honey box was taken at the',
     ['Kersey Fen out-apiary', 'Kersey Fen']),
    ('Apiary registration - BeeBase ref: WX-20931\n'
     'Keeper: Alun Treharne\n'
     'Postcode: LD3 8QP\n'
     'No. of apiaries: 2   Colonies: 11',
     'What reference number is Alun Treharne registered under on BeeBase?',
     'Alun Treharne\'s BeeBase registration code is',
     ['WX-20931']),
    ('Our spring crop from the oilseed rape came to 212 lb, well short of last year\'s 340 lb, so the co-op '
     'price is staying at £7.50 a pound jar until harvest.',
     'How much honey did the rape fields give us this spring?',
     'This year\'s spring extraction off the oilseed rape weighed in at',
     ['212 lb', '212']),
    ('Saturday stall, Ludbury market:\n'
     '- set honey 227g: £5\n'
     '- runny 454g: £8.50\n'
     '- comb sections: £11\n'
     '- beeswax candles (pair): £6',
     'What are we charging for a comb section at Ludbury on Saturday?',
     'At the Ludbury market stall, a piece of cut comb costs',
     ['£11', '11']),
    ('Seasonal Bee Inspector visit, 19 May. Colony 5: chalkbrood, light. Colony 8: Varroa drop 42/day - '
     'treat now. Colony 2: queenless, advise uniting. Inspector: Rhiannon Achebe.',
     'Which of my colonies did the inspector say had lost its queen?',
     'The inspector suggested uniting because no queen could be found in',
     ['Colony 2']),
    ('Tomasz: mite wash on the Hollyhock hive came back 9 mites per 300 bees, the Larch one was 2. '
     'Going to do the Apivar strips on Tuesday.',
     'What did the alcohol wash show for Hollyhock?',
     'When Tomasz sampled the Hollyhock colony for varroa, he counted',
     ['9 mites per 300 bees', '9']),
    ('INVOICE #HN-0457 - Caddick\'s Honey to Pell & Stone Deli, 40 x 340g blossom @ £3.90, '
     'payment terms 30 days, i.e. by 14 Oct 2024.',
     'By what date does Pell & Stone have to settle the honey invoice?',
     'The deli\'s payment to Caddick\'s Honey falls due on',
     ['14 Oct 2024']),
    ('Association diary: Beginners\' course starts Thu 6 March, 7pm, Corran Village Hall '
     '(£45, tutor Moira Selkirk). Honey show entries close 28 Aug.',
     'Who\'s running the beginners\' beekeeping course this year?',
     'The person teaching the new beekeepers at Corran is',
     ['Moira Selkirk', 'Selkirk']),
    ('Label proof v3: "Hedgerow Honey - Produce of England - Best before 09/2026 - Lot K24-17 - '
     'Packed by Orla Bexley, Stoke Farthing"',
     'Can you tell me the batch code printed on the Hedgerow Honey jars?',
     'The lot code on the latest Hedgerow Honey label proof reads',
     ['K24-17']),
    ('Weighed hive Beech on the hanging scale: 31.5 kg on 2 Oct, 24.0 kg on 30 Nov. '
     'Fed 2.5 kg fondant on 4 Dec.',
     'How heavy was the Beech hive at the start of October?',
     'Early in October the scale put the Beech colony at',
     ['31.5 kg', '31.5']),
]

OTHER83_ABSENT = [
    ('Who owns the bees at the Marlow Lane apiary?', 'chat', 0),
    ('What is the address of the Thistle Cross farm shop?', 'chat', 1),
    ('How much VAT was charged on the Beecraft Supplies receipt?', 'chat', 3),
    ('The honey extractor in the Bramblecote shed is made by a company called', 'completion', 5),
    ('In what year did Alun Treharne first register his apiary?', 'chat', 7),
    ('What treatment did the inspector recommend for the chalkbrood in Colony 5?', 'chat', 10),
    ('How many places are there on the beginners\' course at Corran Village Hall?', 'chat', 13),
    ('The queen heading the Beech hive was introduced in the year', 'completion', 15),
]


OTHER84 = [
    ('Hi Marta, quick chase: invoice INV-2291 for the Kessler logo work (€1,150) is now 30 days overdue. '
     'The earlier one, INV-2274 for €640, was paid on 2 May. Thanks, Jonas',
     'Which invoice number is the one Kessler still owes on?',
     'The unpaid bill for the logo job has the reference',
     ['INV-2291']),
    ('Client | Invoice | Issued | Due | Amount\n'
     'Brightwater Ltd | 0417 | 04/02/2024 | 05/03/2024 | $3,200\n'
     'Oakhill Studio | 0418 | 11/02/2024 | 12/03/2024 | $975',
     'By what date is Oakhill Studio supposed to pay me?',
     'Payment from Oakhill Studio has to arrive no later than',
     ['12/03/2024']),
    ('Fenwick & Dole Accountants - Receipt #FD-5530\n'
     'Self-assessment preparation: £420.00\n'
     'VAT (20%): £84.00\n'
     'Total paid: £504.00 by card, 19 Jan 2025',
     'What did Fenwick & Dole charge for doing my tax return, not counting VAT?',
     'Before VAT was added, the accountants\' fee for my self-assessment came to',
     ['£420.00', '420.00']),
    ('2024-04-15 23:41:07 [efile] submission accepted: return 1040 for taxpayer ID ***-**-6612, '
     'confirmation code KX93-TT47-0B, refund requested $1,388',
     'Remind me what code the IRS gave back when my 1040 went through electronically?',
     'The electronic filing was acknowledged under the reference',
     ['KX93-TT47-0B']),
    ("Rosalind Mbeki: \"You only worked from home nine months, and your hours were under 101 a month, "
     "so claim the flat rate of £18 a month - not the £26 band.\"",
     'How much per month did my accountant say to put down for working from home?',
     'For the home office, Rosalind told me the monthly allowance to use was',
     ['£18', '18']),
    ('Bring to Gustavo Pereira (tax guy), Thurs 14 Nov, 10:30:\n'
     '- P60 from Lindgren Foods\n'
     '- mileage log (4,812 miles)\n'
     '- pension statement\n'
     '- £250 donation receipt, Harbourside Hospice',
     'How far did I drive according to the log I\'m taking to Gustavo?',
     'The business driving record I need to hand over adds up to',
     ['4,812 miles', '4,812']),
    ('invoice_prefix = "NKD-"; payment_terms_days = 45; late_fee_percent = 2.5; currency = "CAD"',
     'How many days do my clients get to settle a bill under my invoicing settings?',
     'In the billing software, customers are given a payment window, in days, of',
     ['45']),
    ('Photo: Sunita Varghese, CPA, cutting the ribbon at her second office on Delancey Row, Port Haldane, '
     'March 2023. Her original practice remains in Millbrook.',
     'Where did Sunita Varghese open her newer accounting office?',
     'The latest branch of Sunita\'s practice can be found on',
     ['Delancey Row, Port Haldane', 'Delancey Row']),
    ('Form W-9 (excerpt)\n'
     'Name: Tobias Renwick\n'
     'Business name: Renwick Audio Works LLC\n'
     'Tax classification: S corporation\n'
     'TIN: 84-3317205\n'
     'Address: 19 Quarry Lane, Ashby, OR 97318',
     'What taxpayer ID number did Renwick Audio Works put on their paperwork?',
     'The identification number Tobias gave us for tax purposes is',
     ['84-3317205']),
    ('Because Delphine filed her 2023 return eleven days late, HMRC charged her a £100 penalty; '
     'her brother Arno, who missed the deadline by four months, was hit with £1,000 plus daily fines.',
     'How big was the fine Delphine got for sending her return in late?',
     'For her slightly tardy filing, the tax office penalised Delphine',
     ['£100', '100']),
    ('@kai heads up - Q3 estimated payment is $2,740, due Sept 16. Q4 will be $2,910, due Jan 15. '
     'Pay from the Birchline checking, not savings.',
     'How much do I need to send the IRS for the third-quarter estimate?',
     'The installment owed for July through September comes to',
     ['$2,740', '2,740']),
    ('Invoice 2024-031 - Halvorsen Translation Services\n'
     '12 Aug  Contract review (DE>EN), 3,400 words @ €0.11   €374.00\n'
     '14 Aug  Certified copy fee                          €35.00\n'
     '19 Aug  Rush surcharge                              €60.00',
     'What did Halvorsen charge per word for the German contract?',
     'Each word of the translated agreement was billed at',
     ['€0.11', '0.11']),
    ("Voicemail 3:12pm from Colm at Brennan Tax Partners: \"Your extension went through, new deadline is "
     "October 15th. I still need the K-1 from Maple Ridge Partners, ideally by September 20th.\"",
     'When does Colm want me to get him the Maple Ridge partnership form?',
     'Colm would like the Maple Ridge K-1 in his hands by',
     ['September 20th', 'September 20']),
    ('Date   | Category  | Vendor          | Amount | Deductible\n'
     'Mar 3  | Software  | Figma           | $180   | yes\n'
     'Mar 9  | Meals     | Tavola Verde    | $96    | 50%\n'
     'Mar 22 | Equipment | Lumen Camera Co | $1,249 | yes',
     'Who did I buy equipment from late in March?',
     'The gear I expensed on the 22nd came from',
     ['Lumen Camera Co']),
    ("Hey it's Wren. Dropped your shoebox of receipts at the front desk of Ostrowski & Hale, 4th floor, "
     "suite 410. Receptionist is Beatriz, she said Piotr would ring you Monday.",
     'Which office number did Wren leave my receipts at?',
     'The box of receipts was handed in at the accountants in',
     ['suite 410', '410']),
    ('Clause 6.2 - The Freelancer (Ines Carvalho) shall invoice monthly. Invoices unpaid after 30 days '
     'accrue interest at 1.5% per month. Kill fee: 25% of the agreed project fee of £8,000.',
     'If the client pulls the plug, what percentage is Ines owed under her contract?',
     'Should the project be cancelled, Ines is compensated with a share of the fee equal to',
     ['25%', '25']),
]

OTHER84_ABSENT = [
    ('What work was the INV-2274 invoice for?', 'chat', 0),
    ('What service was Brightwater Ltd billed for on invoice 0417?', 'chat', 1),
    ('Which accountant at Fenwick & Dole actually prepared my self-assessment?', 'chat', 2),
    ('When did the refund from my e-filed 1040 actually land in my bank account?', 'chat', 3),
    ("What's the phone number for Renwick Audio Works?", 'chat', 8),
    ('How much did Brennan Tax Partners charge me for filing the extension?', 'chat', 12),
    ('The street address of the Ostrowski & Hale office is', 'completion', 14),
    ('The client company that signed the contract with Ines Carvalho is', 'completion', 15),
]


OTHER85 = [
    ('Hi Marta, your Glacier Peak season pass (ref GP-48817) is ready to collect at the Lodge 2 '
     'ticket window from 12 Dec. If you lose the card, a replacement costs CHF 25.',
     "What's the reference number on Marta's season pass?",
     "Marta's pass can be traced using the booking number",
     ['GP-48817']),
    ('Lift               | Type         | Status          | Wait\n'
     'Kraehenbahn        | 6-seat chair | OPEN            | 12 min\n'
     'Talstation Express | gondola      | ON HOLD (wind)  | --\n'
     'Moosalm T-bar      | surface      | OPEN            | 4 min',
     'Which lift is shut at the moment because of the gusts?',
     'Because of the gusts, the gondola that is not running right now is the',
     ['Talstation Express']),
    ('FROSTVALE RENTALS  #R-2291\n'
     'Skis (Atomic Redster 170cm) x3 days ..... 96.00\n'
     'Boots x3 days ........................... 45.00\n'
     'Helmet .................................. 12.00\n'
     'TOTAL EUR 153.00   Paid: Visa ****4402',
     'How much did I end up paying just for hiring the boots?',
     'Hiring boots for the three days set me back EUR',
     ['45.00']),
    ('2024-01-17 09:42:13 GATE-07 Chairlift Bergkamm: pass 3F9A-22C1 DENIED (expired 2024-01-15)',
     'On what date had the rejected lift card run out?',
     'The card that got refused at gate 7 had lapsed on',
     ['2024-01-15']),
    ("Instructor Lukas Brenner: 'Group B meets at the Edelweiss carpet at 9:15, Group C with Sanne "
     "at the top of Blue 4 at 10:00 - bring your own goggles, folks.'",
     "When is Sanne's group supposed to start?",
     "Sanne's lot should turn up for their lesson at",
     ['10:00']),
    ('snowmaking.zone3.target_depth_cm = 65   # Lower Fuchs piste; zone2 stays at 40',
     'How many centimetres of man-made base are they aiming for on Lower Fuchs?',
     'The snow guns on the Lower Fuchs run are trying to build up a base (in cm) of',
     ['65']),
    ('The Hollowpine Ridge night-skiing session runs Thursdays and Saturdays until 21:30, with a '
     'half-price evening ticket at $38 for anyone under 16.',
     "What's the reduced price for a kid's evening ticket at Hollowpine?",
     'A teenager below sixteen can ski the floodlit session for just',
     ['$38', '38']),
    ('Packing list - Val Cresta trip\n'
     '- passports\n'
     '- ski socks x6\n'
     '- pass voucher code: WNTR-7731-QX\n'
     '- snow chains for the Renault (Col de Lune sometimes needs them)',
     'Remind me what code we have to redeem for our lift passes in Val Cresta.',
     'The discount code to redeem for the Val Cresta passes is',
     ['WNTR-7731-QX']),
    ('AVALANCHE COURSE REGISTRATION\n'
     'Name: Tobias Yrjana\n'
     'Level: AIARE 1   Dates: 8-10 Feb\n'
     'Emergency contact: Inga Yrjana, +46 70 118 2394',
     'Who should we phone if Tobias gets hurt during the training?',
     'If anything happens to Tobias on the course, the person to ring is',
     ['Inga Yrjana', 'Inga']),
    ('Photo: coach Dari Velasquez (left) with slalom winner Annika Holmstrom after her 1:42.87 run '
     'at the Sternhorn Cup; runner-up Mei Tanaka-Ross finished 0.64 behind.',
     'Who took second place at the Sternhorn Cup?',
     'Silver in the Sternhorn slalom went to',
     ['Mei Tanaka-Ross', 'Tanaka-Ross']),
    ('Pass     Adult   Child   Senior\n'
     '1-day    €62     €31     €49\n'
     '6-day    €318    €159    €254',
     'How much would a pensioner pay for the six-day ticket?',
     'For a week-long (six days) pass, an older skier is charged',
     ['€254', '254']),
    ("Shuttle from Brixendorf station leaves at 7:50 and 8:35, last one back from the base at 17:20. "
     "Don't miss it, taxis are €70!",
     "When's the final bus down from the resort in the evening?",
     'If we want the shuttle home, the latest departure from the bottom of the lifts is',
     ['17:20']),
    ('Patrol incident 0312 - skier (M, ~40) collided with snow fence on Red 11 below Wolfsjoch at '
     '14:05. Treated by patroller K. Amundsen, taken by toboggan to the clinic. Radio ch. 4.',
     'Which member of ski patrol dealt with the guy who hit the fence?',
     'First aid for the man who crashed into the fence was given by',
     ['K. Amundsen', 'Amundsen']),
    ("Your booking at Chalet Silberfuchs is confirmed: check-in Sat 14 Feb, check-out Sat 21 Feb, "
     "room 'Arve', ski locker no. 118, half board.",
     'Where do we store our skis at the chalet - what number was it?',
     'At Silberfuchs, our skis go in the storage unit numbered',
     ['118']),
    ('Tip: at Lake Tarnow the magic carpet is free, but the Pinecone Poma costs 3 tokens a ride '
     '(tokens are 2 for $5). Kids under 6 ski free with a parent.',
     'How many tokens do you need for one trip up the Pinecone Poma?',
     'Each ride on the Pinecone drag lift uses up this many tokens:',
     ['3']),
    ('Snow report 06:00 - Mont Gele: summit -14°C, 42 cm new in 24 h, base depth 185 cm at the top '
     'station, 90 cm in the village. Avalanche danger level 3 (considerable).',
     'How much fresh snow did Mont Gele get over the past day?',
     'Over the last twenty-four hours, Mont Gele picked up',
     ['42 cm', '42']),
]

OTHER85_ABSENT = [
    ('What time do the ticket windows at Lodge 2 open in the morning?', 'chat', 0),
    ('What boot size did I rent from Frostvale?', 'chat', 2),
    ('Where does Group A meet for their ski lesson?', 'chat', 4),
    ('What time does night skiing at Hollowpine Ridge start?', 'chat', 6),
    ("How much is Tobias paying for the avalanche course?", 'chat', 8),
    ('Which country does Annika Holmstrom race for?', 'chat', 9),
    ('A three-day adult pass costs', 'completion', 10),
    ('The nightly rate at Chalet Silberfuchs is', 'completion', 13),
]


OTHER86 = [
    ('Hi Dana, confirming your move with Pellerin & Hoy Removals on Thursday 12 June. Crew of 3 '
     'arrives 07:45; estimated finish 14:00. Quote ref PH-88213, total £1,640 incl. VAT.',
     'What time are the movers supposed to turn up on the day?',
     'The removal team is due on the doorstep at',
     ['07:45']),
    ('Unit  | Size      | Floor | Monthly\n'
     'B-214 | 50 sq ft  | 2     | £89.00\n'
     'B-219 | 75 sq ft  | 2     | £112.00',
     'How much would the 75 square foot locker cost me each month?',
     'Renting the larger of the two second-floor spaces comes to, per month,',
     ['£112.00', '112.00']),
    ('2024-09-03 18:22:07 GATE-2 ACCESS GRANTED pin=****31 unit=C-07 tenant=R. Abernethy\n'
     '2024-09-03 18:25:40 GATE-2 ACCESS DENIED pin=****08 unit=A-19 tenant=unknown',
     'Which storage unit was R. Abernethy\'s successful gate entry tied to?',
     'The tenant Abernethy, who got through gate two that evening, rents locker',
     ['C-07']),
    ('Box 14 - KITCHEN - fragile: wine glasses, gravy boat\n'
     'Box 15 - STUDY - tax files 2019-2023, printer cables\n'
     'Box 16 - NURSERY - cot mobile, night light',
     'Remind me which carton I put the old tax paperwork in?',
     'The old tax records got packed into',
     ['Box 15', '15']),
    ("Foreman (Gus Mbeki): 'The piano's going up last, we'll need the hoist through the bay window - "
     "that's an extra £220, and your neighbour at No. 9 has to shift her Fiat.'",
     'How much more are they charging to lift the piano in through the window?',
     'Getting the piano hoisted up will add a surcharge of',
     ['£220', '220']),
    ('STOWAWAY SELF STORAGE - Leith\n'
     'Padlock (disc, 70mm)    £14.99\n'
     'Bubble wrap 10m         £8.50\n'
     'Double-wall boxes x12   £30.00\n'
     'Paid by card ****6620 on 28/02/2025',
     'What did I pay for the roll of protective wrap at the storage place?',
     'The roll of cushioning plastic set me back',
     ['£8.50', '8.50']),
    ("MOVE-OUT CHECKLIST - 41 Carrow Lane, flat 3\n"
     "Meter readings: electric 58231, gas 10947\n"
     "Keys returned to: Holm & Birch Lettings\n"
     "Forwarding address: 7 Tanner's Yard, Norwich NR3 1HG",
     'When we left the Carrow Lane flat, what number was showing on the gas meter?',
     'On the day we handed the flat back, the gas supply reading stood at',
     ['10947']),
    ('Sticky note on fridge: Parking suspension for the van on Alder Road booked with council, '
     'permit no. PS-30917, valid 8am-6pm Sat 5 Oct. Bays 12 and 13 only.',
     "What's the reference number the council gave us for keeping the street clear for the lorry?",
     'The council paperwork reserving the road space for the van is numbered',
     ['PS-30917']),
    ('Photo: Our crew chief Marisol Quintero (left) and driver Femi Adeyemi with the 7.5-tonne '
     'Luton, Bristol depot, spring 2023.',
     'In that depot picture, who is the one who drives the truck?',
     'The person behind the wheel of the 7.5-tonne lorry is',
     ['Femi Adeyemi', 'Adeyemi']),
    ('Insurance declaration - Goods in Transit\n'
     'Highest single item value: £3,200 (oak dresser)\n'
     'Total declared value: £27,500\n'
     'Excess per claim: £150',
     'If something gets broken in the van, how much do I have to cover myself before the cover kicks in?',
     'Every time I make a claim on the transit policy, I first have to pay',
     ['£150', '150']),
    ("Hey it's Lorcan from Swift Shift - running late, stuck on the M62 near junction 26. "
     "New ETA about 10:40 instead of 9:30. Sorry!!",
     'After the motorway hold-up, when does Lorcan now reckon he will get here?',
     'Because of the traffic jam, the van is now expected at roughly',
     ['10:40']),
    ('Clause 4.2: Notice to vacate the unit must be given in writing no fewer than 14 days before '
     'the end of the rental period. Late payments incur a fee of £25 after 7 days.',
     'How far ahead do I have to tell the storage company in writing that I am leaving?',
     'Before clearing out of the unit, the minimum written warning the contract demands is',
     ['14 days', '14']),
    ('Tue 4 Mar - survey visit, Keeley from Brannock Removals, 2pm\n'
     'Fri 14 Mar - exchange contracts\n'
     'Fri 28 Mar - completion + move day',
     'On which date do we actually get the keys and shift all our stuff?',
     'The purchase finalises and everything gets carted to the new house on',
     ['Fri 28 Mar', '28 Mar']),
    ('Firm             | Quote  | Crew | Earliest date\n'
     'Harrow Vans      | £1,180 | 2    | 19 Jul\n'
     'Kestrel Moves    | £1,395 | 3    | 12 Jul\n'
     'Oakbarrow & Sons | £990   | 2    | 2 Aug',
     'What price did Kestrel come back with?',
     'The figure the Kestrel people offered to do the job for was',
     ['£1,395', '1,395']),
    ("storage_facility: { site: 'Kingsmere Park', unit: 'D-112', climate_control: true, "
     "access_hours: '06:00-22:00', insurance_cover: 5000 }",
     'Between what times am I allowed into the Kingsmere Park site?',
     'Tenants can get into the Kingsmere Park facility during the window',
     ['06:00-22:00']),
    ('Used Fenwick Haulage for our move from Didsbury to Harrogate - two lads, 9 hours door to door, '
     'only casualty was a lampshade. Rated 4/5, would use again.',
     'How long did the Fenwick job take from start to finish?',
     'Leaving Didsbury and unloading everything in Harrogate took a total of',
     ['9 hours', '9']),
]
OTHER86_ABSENT = [
    ('What mobile number should I ring to reach the Pellerin & Hoy crew on the morning?', 'chat', 0),
    ("What's the keypad code to get into the building where B-214 is?", 'chat', 1),
    ('What time did R. Abernethy leave the storage site that night?', 'chat', 2),
    ('Which box did I pack the bath towels in?', 'chat', 3),
    ('The company renting out the piano hoist is called', 'completion', 4),
    ("What's the postcode of the Holm & Birch Lettings office?", 'chat', 6),
    ('How much rent per month am I paying on the storage unit under that contract?', 'chat', 11),
    ('In total, Fenwick Haulage charged us', 'completion', 15),
]


OTHER87 = [
    ('From: Harriet Oyelaran <secretary@millbrookallotments.org.uk>\n'
     'Subject: Plot 14B renewal\nHi Tom, your annual rent for Plot 14B is £48.50, due by 31 October. The water '
     'levy this year is £6 on top.\nPlease pay by BACS quoting ref MBA-2291. Thanks, Harriet',
     'What do I owe the Millbrook allotment society for my plot this year, not counting water?',
     "Before the water charge, Tom's yearly fee for his Millbrook plot comes to",
     ['£48.50', '48.50']),
    ("Hi it's Gav from Hollins Nursery - your 3 Bramley apple trees (MM106) are ready to collect Thurs 12th "
     "from 2pm. Total £87, you've paid £30 deposit. Gate code is 4471 if the office is shut.",
     "What's the number I punch in to get through the gate at the nursery?",
     'To get in at Hollins Nursery when the office is closed, you key in',
     ['4471']),
    ('GREENACRE GARDEN CENTRE - Till 3 - 18/04/2024 10:42\nCompost Multi-Purpose 50L x2   £11.98\n'
     "Tomato plants 'Sungold' x6   £9.00\nHozelock hose connector   £4.49\n"
     'TOTAL £25.47   Card ****8830   Loyalty pts earned: 25',
     'How much did the six tomato seedlings set me back at Greenacre?',
     'The half-dozen tomato plants on that Greenacre receipt came to',
     ['£9.00', '9.00']),
    ('Booking confirmed: Pruning Fruit Trees workshop, Ashdown Plant Centre\n'
     'Date: Saturday 8 February 2025, 10:00-12:30\nTutor: Meena Kowalczyk | Places: 2 | Ref: APC-WK-0573\n'
     'Please bring secateurs and gloves.',
     "Who's actually teaching that pruning class I signed up for?",
     'The person leading the fruit tree session at Ashdown is',
     ['Meena Kowalczyk', 'Kowalczyk']),
    ('Plot | Holder | Size (rods) | Start date\n7A | Deirdre Fallon | 5 | 01/03/2023\n'
     '7B | Raj Bhattacharya | 10 | 15/06/2021\n9 | Colin Ames | 2.5 | 01/11/2024',
     'Remind me, when did Raj first get his allotment?',
     'Raj Bhattacharya began renting plot 7B on',
     ['15/06/2021']),
    ('Plot Inspection Form - Fernside Allotments\nPlot no: 22   Tenant: Ian Whitlock\n'
     'Inspection date: 3 July 2024   Cultivation score: 2/5\nAction required: Clear couch grass from north '
     'beds within 28 days',
     'How long has Ian been given to sort out the weeds on his plot?',
     'The time limit Ian Whitlock has to get his north beds cleared is',
     ['28 days', '28']),
    ("NOTICE - Sandy Lane Allotments AGM\nThursday 20 March, 7.30pm, St Aidan's Church Hall\n"
     'Agenda: rent review, new polytunnel rules, election of treasurer.\n'
     'Apologies to Sec. Brenda Moss, 07700 914362',
     "Where is the allotment society's yearly meeting happening?",
     'The Sandy Lane annual general meeting will be held at',
     ["St Aidan's Church Hall", "St Aidan's"]),
    ("Sat 12 April - Plot 31. Sowed 2 rows of 'Boltardy' beetroot and a row of 'Nantes 2' carrots.\n"
     'Planted out 40 onion sets (Sturon). Frost forecast Tues so fleeced the early potatoes. Soil temp 9°C.',
     'How many of those little onion bulbs did I put in back in April?',
     'The number of Sturon onions planted on Plot 31 that Saturday was',
     ['40']),
    ('[greenhouse_2]\nzone = propagation_bench\nstart_time = 05:45\n'
     'duration_min = 12\ndays = Mon,Wed,Fri\nmist_humidity_target = 85%',
     'What time does the sprinkler kick in on the propagation bench?',
     'Each morning, watering in greenhouse 2 switches on at',
     ['05:45', '5:45']),
    ("When Aunt Rosalind died she left her half-plot at Kestrel Road to my cousin Fenella, but the council's "
     "allotment officer, a Mr Dunmore, said the tenancy couldn't be passed on, so Fenella had to join the "
     'waiting list behind 63 other people.',
     'How many people were ahead of Fenella in the queue for a plot?',
     "On the council's list for a plot, Fenella was placed behind",
     ['63']),
    ("Plug plant order - Bloomfield Nurseries (order #BN-40218)\n- 72 x Petunia 'Night Sky'\n"
     "- 36 x Fuchsia 'Swingtime'\n- 24 x Lobelia 'Crystal Palace'\n"
     'Delivery: w/c 5 May',
     'I forgot how many fuchsias I went for in the Bloomfield order - can you remind me?',
     'The quantity of Swingtime plugs on order from Bloomfield is',
     ['36']),
    ('Riverside Garden Centre - summer opening hours\nMon-Fri 9:00-17:30\n'
     'Sat 8:30-18:00\nSun 10:30-16:30 (browsing from 10:00)\nCafé closes 30 min before the store',
     'What time does Riverside shut on a Saturday?',
     'On Saturdays the Riverside shop stays open until',
     ['18:00']),
    ('Dear Mrs Adebayo, Following the committee meeting on 14 January, we are pleased to offer you Plot 5C at '
     'Orchard Lane allotments from 1 February.\nA key deposit of £25 is payable on signing, and the shed on '
     'the plot is included.\nYours sincerely, Gordon Pike, Lettings Officer',
     'How much money do I have to put down to get a gate key at Orchard Lane?',
     'The refundable sum Mrs Adebayo must hand over for her key is',
     ['£25', '25']),
    ("Photo: Best Marrow winner, Dunford Horticultural Show 2023 - Alan Petrakis with his 14.2 kg 'Long Green "
     "Bush', grown on Plot 18 at Dunford Common.",
     "How heavy was Alan's prize-winning marrow?",
     'The champion marrow Alan Petrakis entered weighed',
     ['14.2 kg', '14.2']),
    ('Nursery assistant (Priya): "The Japanese maple you\'re after, Acer \'Bloodgood\', we\'ve got one in a '
     '15-litre pot for £64.99, or the 3-litre ones are £19.50 - but those are out back in Polytunnel C."',
     'How much was the bigger-size acer Priya mentioned?',
     'The larger Bloodgood maple is priced at',
     ['£64.99', '64.99']),
    ('[07:52] Lorna (Plot 3): Anyone want horse manure? Stables at Brackenfield Farm are giving it away free, '
     "bags left by the gate, collect before Sunday 6pm. Ask for Declan if the gate's locked.",
     "Who should I ask for at the stables if it's all shut up when I get there?",
     'If the Brackenfield gate is closed, the person to ask for is',
     ['Declan']),
]
OTHER87_ABSENT = [
    ("What's Harriet Oyelaran's phone number?", 'chat', 0),
    ('How much did the pruning workshop at Ashdown Plant Centre cost per person?', 'chat', 3),
    ("Who carried out the inspection on Ian Whitlock's plot?", 'chat', 5),
    ('What time is the Sandy Lane Allotments AGM expected to finish?', 'chat', 6),
    ('How much did the Bloomfield Nurseries plug plant order come to in total?', 'chat', 10),
    ('How big is Plot 5C at Orchard Lane allotments?', 'chat', 12),
    ('The street address of Hollins Nursery, where the Bramley trees are collected from, is', 'completion', 1),
    ('For winning Best Marrow at the Dunford Horticultural Show, Alan Petrakis received a prize of', 'completion', 13),
]


OTHER88 = [
    ('From: bookings@ridgewaymotors.co.uk\nSubject: Your MOT booking - Ref RM-40772\n'
     'Hi Gareth, your Skoda Octavia (reg LK19 WPD) is booked in for its MOT on Thursday 12 June at 8:15am.\n'
     'Please allow 45 minutes. The fee is £54.85, payable on collection.\n'
     'Ridgeway Motors, Unit 4 Calder Way, Halifax',
     'What time do I need to drop the Skoda off for its MOT?',
     "The Octavia's MOT slot at Ridgeway starts at",
     ['8:15am', '8:15']),
    ("Hi it's Dean from Kwik Tyre Bay - your 2x Michelin Primacy 4 205/55 R16 are in. Fitted price £196 inc "
     'balancing. Can do Sat 10:30 or Mon 2pm, text back which. Ta',
     "How much did the tyre guy say it'll be to put the two Michelins on?",
     'Including balancing, getting the pair of Michelins on the car comes to',
     ['£196', '196']),
    ('GREENLANE AUTO CENTRE - INVOICE 88213\nDate: 03/04/2024  Vehicle: Ford Fiesta YR68 KTF  Mileage: 41,206\n'
     'Interim service £129.00 | Wiper blades £18.50 | Bulb H7 £6.20\n'
     'Labour 0.5hr £32.00  VAT incl.  TOTAL £185.70\nPaid: Visa ****4418',
     'How many miles were on the clock when the Fiesta went into Greenlane?',
     "When it was booked in at Greenlane, the Fiesta's odometer read",
     ['41,206']),
    ('Booking confirmed - SkyPark Meet & Greet, Bristol Airport\nBooking ref: SKP-7Q3M9\n'
     'Drop-off: Fri 18 Jul 05:40, Terminal short-stay zone B\nReturn: Sun 27 Jul 22:15, flight EZY6218\n'
     'Total paid: £89.99 | Vehicle: Volvo XC40 (NX21 HBO)',
     "Which flight did I tell the airport parking lot I'm coming home on?",
     'The inbound flight number given for the SkyPark meet and greet is',
     ['EZY6218']),
    ('Tyre pressures - Honda Jazz (door sticker)\nLoad | Front (psi) | Rear (psi)\n'
     'Normal | 33 | 32\nFull load | 36 | 38\nSpare | 60 | -',
     'If the Jazz is packed full, how much air should go in the back tyres?',
     "With a heavy load on board, the Jazz's rear tyres should be inflated to",
     ['38']),
    ('MOT TEST CERTIFICATE SUMMARY\nRegistration: BV17 OXR\nTesting station: Marsh Lane Garage (V12804)\n'
     'Test date: 22 Jan 2025\nExpiry date: 21 Jan 2026\nOdometer: 67,390 miles | Advisories: Nearside front '
     'tyre worn close to legal limit (2.0mm)',
     'When does the MOT on BV17 OXR run out?',
     'The current MOT pass for BV17 OXR is valid up to',
     ['21 Jan 2026']),
    ('NORTHGATE MULTI-STOREY - NOTICE\nFrom Mon 3 March, levels 4 and 5 will be closed for resurfacing until '
     'further notice.\nOvernight rate rises to £6.50 (6pm-8am). Max height 2.1m.\n'
     'Lost tickets charged at the daily maximum of £18. Enquiries: 01632 960 451',
     "If I can't find my parking ticket at Northgate, what will they make me pay?",
     'A driver who mislays their ticket at the Northgate car park is charged',
     ['£18']),
    ('Car log - Tue 8 Oct: Topped up coolant (about 300ml) after low-level warning on the M62.\n'
     "Wed 9 Oct: Rang Briggs & Sons, they think it's the water pump; booked in Mon 14 Oct, quote £340 "
     'parts+labour. Courtesy car: Kia Picanto.',
     'What did Briggs & Sons reckon was wrong with the car?',
     'According to the garage, the coolant loss is probably caused by the',
     ['water pump']),
    ('[PayByPhone]\ndefault_vehicle = WF20 ZKM\nreminder_before_expiry = 10 min\n'
     'payment_card = Amex ending 3007\nlocation_favourite = 48215 (Jubilee St, Brighton)',
     'How long before my parking runs out does the app give me a nudge?',
     'The parking app is set to warn me ahead of the session ending by',
     ['10 min', '10']),
    ('Took the Mazda to Halesworth Tyres this morning because of the slow puncture. The fitter, a lad called '
     'Owen, found a screw in the rear offside and plugged it for £25 rather than selling me a new tyre. He '
     "said the tread is still 5mm so it's got plenty of life left.",
     "Who was it that fixed the Mazda's slow puncture?",
     'The young man at Halesworth Tyres who repaired the tyre was called',
     ['Owen']),
    ("Things to ask at Thursday's service (Peugeot 3008):\n- Rattle from dashboard at 40mph\n"
     '- Recall notice ref PSA-22R07 - check done?\n- Cambelt due at 100k or 6 yrs?\n'
     '- Price for 4 new Goodyear EfficientGrip (quoted £480 elsewhere)',
     'I had a safety recall code to mention when the Peugeot goes in - what was it?',
     'The manufacturer recall I wanted checked on the 3008 has the reference',
     ['PSA-22R07']),
    ('Westbrook Park & Ride - Weekday departures to city centre\nFirst bus 06:45 | then every 12 min | Last '
     'bus back from Market Sq 19:30\nSaturday: 08:00 to 18:30, every 15 min\n'
     'All-day parking + return ticket: £3.80 per car (up to 5 people)',
     "What's the latest I can get back from town to the Westbrook park and ride on a weekday?",
     'Monday to Friday, the final Westbrook service returning from Market Sq goes at',
     ['19:30']),
    ('Dear Ms Okafor,\nRe: Parking Charge Notice PCN 5521904 - Riverside Retail Park\n'
     'Our records show vehicle DK66 LTA stayed 2 hours 47 minutes, exceeding the 2-hour free period on 11 '
     'February.\nThe charge is £100, reduced to £60 if paid within 14 days.\n'
     'Yours sincerely, Compliance Team, ParkGuard UK Ltd',
     'How long do ParkGuard claim my car was sat at Riverside Retail Park?',
     "ParkGuard's letter says the car was on site at Riverside for",
     ['2 hours 47 minutes', '47 minutes']),
    ("Photo: Dad's 1972 MG Midget back from Coleman Classics after its first full service in a decade - new "
     'points, plugs and a carb rebalance, £410. Reg PXE 311K, 38,102 miles. (June 2024)',
     'Which garage did Dad take the MG to?',
     "The workshop that looked after Dad's Midget was",
     ['Coleman Classics', 'Coleman']),
    ("Receptionist at Tanner Road Kia: 'Your car's ready, Mrs Hale - the brake discs and pads on the front "
     "came to £268, and we've stamped the book. Next service is due at 60,000 miles or March next year, "
     "whichever's first.'",
     'At what mileage does the Kia need to go back in?',
     'Tanner Road Kia want to see the car again once the odometer reaches',
     ['60,000 miles', '60,000']),
    ('date,vehicle,position,tyre,price,fitter\n2023-11-04,Golf,front pair,Continental EcoContact '
     '6,£232,Tyresmith Leeds\n2024-05-19,Golf,rear pair,Bridgestone Turanza,£214,Kwik-Fit Kirkstall\n'
     '2024-09-02,Golf,spare,Falken Sincera,£61,Tyresmith Leeds',
     'Remind me what make of tyre went on the back wheels of the Golf?',
     "The brand fitted to the Golf's rear axle in May 2024 was",
     ['Bridgestone Turanza', 'Bridgestone']),
]
OTHER88_ABSENT = [
    ("What's the phone number for Ridgeway Motors?", 'chat', 0),
    ('What time does my outbound flight leave for the SkyPark Bristol Airport booking?', 'chat', 3),
    ('Who was the tester that did the MOT on BV17 OXR?', 'chat', 5),
    ('The street address of Briggs & Sons garage is', 'completion', 7),
    ('What time does Halesworth Tyres close on a Saturday?', 'chat', 9),
    ('Which website do I use to appeal the ParkGuard charge for Riverside Retail Park?', 'chat', 12),
    ("What colour is Dad's MG Midget?", 'chat', 13),
    ('The Kia model Mrs Hale had serviced at Tanner Road Kia is a', 'completion', 14),
]


OTHER89 = [
    ('From: Harriet Okonjo <h.okonjo@ashbournechoral.org>\nSubject: Messiah rehearsal moved\n'
     "Hi all, Thursday's rehearsal is now at St Aldhelm's Church Hall, 7:15pm start, not the usual 7:30.\n"
     'Please bring your Novello vocal scores and £4 for the hall fund. Concert is Saturday 14 December.',
     'What time do I need to be at choir this Thursday?',
     "This week's Messiah practice kicks off at",
     ['7:15pm', '7:15']),
    ("Hi Tom, it's Greta (violin teacher). Can we move Maya's lesson from Weds 4pm to Fri 5:20pm this week? "
     'Same room, Studio B at Cobbold Music Centre. Also her Grade 5 fee of £62.50 is due by the 3rd. G',
     "When is Maya's violin lesson happening this week now?",
     "Greta has rescheduled Maya's session to",
     ['Fri 5:20pm', '5:20pm', '5:20']),
    ('Thornbury Music Supplies — Receipt #TMS-48817\n1x Pirastro Tonica violin strings set   £38.95\n'
     '1x Hidersine rosin   £6.50\n2x Peters Edition Bach Inventions   £17.00\n'
     'Total paid (card ending 4421): £62.45',
     'How much did I spend at the music shop altogether?',
     'My card was charged a grand sum of',
     ['£62.45', '62.45']),
    ('Booking confirmed: ABRSM Grade 6 Piano Practical\nCandidate: Oliver Thistlewood\n'
     'Venue: Halden Methodist Church, Room 3\nDate: Tuesday 11 March, 10:40am (please arrive by 10:25am)\n'
     'Candidate no.: 0937-22',
     'Where does Oliver have to go for his piano exam?',
     'Oliver will sit his Grade 6 practical at',
     ['Halden Methodist Church, Room 3', 'Halden Methodist Church']),
    ('Fernleigh Youth Orchestra — section leaders 2024/25\nSection | Leader | Stand partner\n'
     'First violins | Anya Berkowitz | Kofi Mensah\nCellos | Rhys Pendlebury | Lina Okafor\n'
     'Horns | Saoirse Doyle | Ben Ashworth',
     "Who's heading up the cellos at Fernleigh this year?",
     'The principal cellist of the youth orchestra this season is',
     ['Rhys Pendlebury', 'Pendlebury']),
    ('Membership form — Marlow Vale Community Choir\nName: Deborah Fairweather\n'
     'Voice part: Alto 2\nAnnual subscription: £85 (paid by standing order)\n'
     'Emergency contact: Colin Fairweather, 07700 914362',
     'How much does Deborah pay each year to be in the choir?',
     "Deborah's yearly membership of Marlow Vale costs",
     ['£85', '85']),
    ('NOTICE: Kingsbridge Philharmonic Spring Concert\nDvořák Symphony No. 8 & Elgar Cello Concerto (soloist: '
     'Imogen Treharne)\nSaturday 22 March, 7:30pm, Kingsbridge Corn Exchange\n'
     'Tickets £15 / £5 under-18s from the box office, 01548 703229',
     "Who's the featured cellist at the Kingsbridge Phil's spring gig?",
     'The guest performing the Elgar with the orchestra will be',
     ['Imogen Treharne', 'Treharne']),
    ('Practice log – Wed 5 Feb: 25 mins scales (E flat major, C minor melodic), 20 mins on the Gavotte, '
     'sight-reading ex. 14.\nMrs Adeyemi says metronome at 96 for the Gavotte before next lesson. Total: 50 '
     'mins.',
     'How fast did my teacher want me playing the Gavotte?',
     "The speed I'm supposed to practise the Gavotte at is",
     ['96']),
    ('# choir-app settings\nchoir_name = "Westbury Chamber Singers"\n'
     'rehearsal_day = Monday\nreminder_hours_before = 6\nsection_admin_tenors = "g.ramsbottom"\n'
     'max_upload_mb = 25',
     'Which username looks after the tenors in our choir app?',
     'The account in charge of the tenor section is',
     ['g.ramsbottom', 'ramsbottom']),
    ('After three years of trying, my brother Declan finally got into the Ellesmere Festival Chorus last '
     "night. The audition panel asked him to sing 'Where'er you walk' and do a tonal memory test, and the "
     "musical director, Patricia Nwosu, told him he'd start as a Bass 1 in September. Rehearsals are at "
     'Greyfriars School on Tuesdays.',
     "Who's in charge musically at the choir Declan just got into?",
     'The chorus Declan joined is conducted by',
     ['Patricia Nwosu', 'Nwosu']),
    ('Packing list for Saltmarsh Brass Band contest (Sat 8 Nov)\n- black trousers + band jacket (collect from '
     "Pauline, locker 17)\n- Bb cornet, mouthpiece, valve oil\n- test piece: 'Pennine Skies' part (2nd "
     'cornet)\n- coach leaves Bandroom 6:45am',
     'What time does the bus go on the morning of the brass band competition?',
     "On contest day the band's transport pulls out at",
     ['6:45am', '6:45']),
    ('Summer Music School – Day 2 timetable\n09:00  Warm-up (Main Hall)\n'
     '09:30  Sectionals: strings Rm 4, wind Rm 7, brass Rm 9\n11:15  Coffee\n'
     "11:45  Full orchestra – Holst 'Jupiter'   14:00  Chamber groups / theory class with Mr Kavanagh",
     'Where do the woodwind players go for the 9:30 session on day two?',
     'On the second day, the flutes, clarinets and oboes rehearse separately in',
     ['Rm 7']),
    ('Dear Mrs Castellano,\nWe are pleased to offer Luca a place in the Junior Department at the Northgate '
     'Conservatoire from September, studying oboe with Mr Felix Arundel as first study and piano as second '
     'study.\nThe termly fee is £1,140, with a 40% bursary awarded. Please confirm acceptance by 30 June.\n'
     'Yours sincerely, Dr Ruth Amsel, Head of Junior Department',
     "Who's going to be teaching Luca oboe at Northgate?",
     "Luca's main-instrument tutor at the conservatoire will be",
     ['Mr Felix Arundel', 'Felix Arundel', 'Arundel']),
    ('Photo caption: Harbourside Ukulele Orchestra at the Penmorvah Folk Festival, 17 August — from left: '
     'Jenny Lau (bass uke), Marcus Obi, Fran Delgado (musical director), Pete Hallam. 42 players took part.',
     'How many people played with the Harbourside uke group at Penmorvah?',
     'The total number of ukulele players who performed at the festival was',
     ['42']),
    ('Sandra (orchestra librarian): "Nigel, your Brahms 2 part is in folder V2-14, and the hire from '
     'Musikverlag Stein has to go back by 19 April or we pay a £30 late charge."',
     'By when do we have to return the Brahms sheet music?',
     'The rented Brahms parts are due back to the publisher no later than',
     ['19 April']),
    ('INVOICE INV-2291 — Carys Beddoe Singing Tuition\nBill to: Amir Haddad\n'
     '6 x 45-min lessons (Jan–Feb) @ £38 = £228\nAccompanist for Grade 8 mock, 12 Feb: £25\n'
     'Amount due: £253 by 28 Feb. Sort code 30-94-57, acc 61827734',
     'How much do I owe my singing teacher in total?',
     "Amir's outstanding bill for voice tuition comes to",
     ['£253', '253']),
]
OTHER89_ABSENT = [
    ('How much are tickets for the Messiah concert on 14 December?', 'chat', 0),
    ("Who's examining Oliver Thistlewood for his Grade 6 piano?", 'chat', 3),
    ('Who leads the violas in the Fernleigh Youth Orchestra?', 'chat', 4),
    ("When's my next lesson with Mrs Adeyemi?", 'chat', 7),
    ('How much does it cost a year to be in the Ellesmere Festival Chorus?', 'chat', 9),
    ('On Day 2 of the Summer Music School, the last session of the day finishes at', 'completion', 11),
    ('The photo of the Harbourside Ukulele Orchestra at Penmorvah was taken by', 'completion', 13),
    ('What was the name of the pianist who accompanied Amir Haddad at his Grade 8 mock?', 'chat', 15),
]


OTHER90 = [
    ('From: Mrs Helen Carraway <office@brookfieldprimary.sch.uk>\nSubject: Year 4 trip to Wexcombe Castle\n'
     'Dear parents, the Year 4 trip to Wexcombe Castle is on Thursday 12 June. The coach leaves at 8:45am and '
     'returns by 3:30pm.\nThe cost is £18.50 per child, payable via ParentPay by 30 May. Please send a packed '
     'lunch and a waterproof coat.',
     "How much do I need to pay for my kid's castle outing?",
     'The price per pupil for the Wexcombe Castle visit is',
     ['£18.50', '18.50']),
    ("SMS from Dani (Oakridge Juniors FC): Hi all, training moved to Wed 4.15-5.15 this week as the field's "
     "being reseeded. Bring shin pads + water. Match vs St Aldhelm's is now Sat 10am at Pennington Rec, meet "
     '9.30.',
     "Where's the Saturday game being played?",
     "This weekend's fixture against St Aldhelm's takes place at",
     ['Pennington Rec', 'Pennington']),
    ('Hartley & Finch Schoolwear - Receipt #HF-40917\n2x Grey trousers age 9 ..... £19.00\n'
     '3x White polo (logo) ..... £21.75\n1x Navy sweatshirt (logo) ..... £14.50\n'
     'TOTAL £55.25 - paid by card 23/08/2025',
     'What did the uniform shop charge me altogether?',
     'The full amount spent at Hartley & Finch came to',
     ['£55.25', '55.25']),
    ("Booking confirmed - Parents' Evening, Kingsmead Academy\nStudent: Isla Brennan (10F)\n"
     'Appointment: Tuesday 18 March, 17:40 with Mr O. Adeyemi (Maths)\n'
     'Location: Sports Hall, table 14\nRef: KMA-PE-2291',
     'Which table am I meeting the maths teacher at for Isla?',
     "At Isla's parents' evening, Mr Adeyemi will be sitting at",
     ['table 14', '14']),
    ('Term | Starts | Half term | Ends\nAutumn 2025 | Wed 3 Sep | 27–31 Oct | Fri 19 Dec\n'
     'Spring 2026 | Mon 5 Jan | 16–20 Feb | Fri 27 Mar\nSummer 2026 | Mon 13 Apr | 26–29 May | Tue 21 Jul',
     'When do the kids go back after Christmas?',
     'School reopens in the new year on',
     ['Mon 5 Jan', '5 Jan']),
    ('After-School Club Registration\nChild name: Theo Marsh\nClass: 2B\n'
     'Club: Lego Robotics (Mondays 3:20–4:30)\nFee per term: £42\nEmergency contact: Rachel Marsh 07700 900318',
     "What does Theo's Lego club cost me each term?",
     'For one term of Lego Robotics, the Marsh family pays',
     ['£42', '42']),
    ('NON-UNIFORM DAY - Friday 7 February\nPupils may wear their own clothes in exchange for a £1 donation to '
     "the Children's Heart Trust.\nNo football kits or slogan T-shirts please. Normal uniform resumes Monday "
     '10 February.',
     "What's the charity the dress-down day is raising money for?",
     'Donations collected on the own-clothes day are going to',
     ["Children's Heart Trust", 'Heart Trust']),
    ("Mon 12 May - dropped Amira's signed consent form for the Year 6 residential at Llyn Garth to reception. "
     'Deposit £75 paid (ref LG-6-0384). Balance £165 due 20 June. Kit list meeting Thurs 22 May 6pm in the '
     'library.',
     "How much is left to pay on Amira's residential?",
     'The remaining amount still owed for the Llyn Garth trip is',
     ['£165', '165']),
    ('[ParentHub]\nschool_id = SCH-88142\nchild = Ruby Okafor\nyear_group = 8\n'
     'notify_attendance = true\nquiet_hours = 21:00-07:00\nlunch_balance_alert = £5.00',
     'At what dinner money amount does the app start warning me about Ruby?',
     "ParentHub sends a low-balance warning once Ruby's school meals account drops to",
     ['£5.00', '5.00']),
    ('Spoke to Ms Farrow at the school gate today. She said Year 3 swimming lessons at Castlegate Leisure '
     'Centre start on 9 January and run for ten weeks. The kids need a swim hat and goggles, and the bus '
     'leaves at 1:15pm every Thursday. Kit bags must be labelled.',
     'What time do the Year 3 kids set off for the pool?',
     'On swimming days, the transport to Castlegate departs at',
     ['1:15pm', '1:15']),
    ('Year 7 Stationery List (Westbury High)\n- 2 black ballpoint pens\n'
     '- HB pencil, 30cm ruler, eraser\n- Casio fx-83GTX calculator\n'
     '- Oxford Mini dictionary\n- Clear pencil case (for exams)',
     'Which calculator model does my son need for starting Year 7?',
     'The scientific calculator that Westbury High asks new pupils to buy is the',
     ['Casio fx-83GTX', 'fx-83GTX']),
    ('Club timetable - Summer term\nMon 12:30  Chess       Room 4      Mr Patel\n'
     'Tue 15:30  Netball     Playground  Miss Hughes\nWed 15:30  Choir       Hall        Mrs Lindqvist\n'
     'Thu 12:30  Gardening   Eco plot    Mr Dunmore\nFri 15:30  Coding      ICT suite   Ms Reyes',
     "Who's in charge of the singing club?",
     'The teacher who leads the Wednesday singing group is',
     ['Mrs Lindqvist', 'Lindqvist']),
    ('Dear Mr and Mrs Delaney, I am writing to confirm that Finn has been awarded a place in the County Youth '
     "Orchestra's Saturday ensemble. Rehearsals begin on 4 October at Millbrook Music Centre, 9:30–12:00, and "
     'the annual subscription is £120.\nYours sincerely, Gwen Talbot, Head of Music',
     "When is Finn's first orchestra practice?",
     "Finn's Saturday ensemble sessions kick off on",
     ['4 October']),
    ("Photo: St Brigid's Under-11 girls' netball team with the Harwell District Cup, won 14–9 against "
     'Greenhill Primary on 21 March. Captain Maisie Oduya (centre) scored 8 goals.',
     'What was the final score in the netball cup final?',
     "St Brigid's beat Greenhill Primary by a scoreline of",
     ['14–9']),
    ('Receptionist: "Yes, Mrs Kowalczyk, Zofia\'s flu nasal spray is booked for Wednesday 15 October, morning '
     'session - the nurse team from Lindenvale Health will be in the medical room, and the consent deadline is '
     'this Friday."',
     "Who's coming in to give Zofia her flu vaccine?",
     "The nurses administering Zofia's flu spray are from",
     ['Lindenvale Health', 'Lindenvale']),
    ('INVOICE INV-2025-0613\nLittle Acorns Breakfast Club, Ashdown Primary\n'
     'Child: Noah Whitcombe - sessions attended in May: 14 @ £4.50\n'
     'Amount due: £63.00, payable by 6 June (sort code 20-45-77)',
     "How much do I owe the breakfast club for Noah's May mornings?",
     "Noah's breakfast club bill for May comes to",
     ['£63.00', '63.00', '63']),
]
OTHER90_ABSENT = [
    ('Which coach company is taking Year 4 to Wexcombe Castle?', 'chat', 0),
    ("How long is Isla Brennan's slot with Mr Adeyemi at parents' evening?", 'chat', 3),
    ("Which teacher runs Theo Marsh's Lego Robotics club?", 'chat', 5),
    ('What date does Amira actually leave for the Llyn Garth residential?', 'chat', 7),
    ('The price of the Casio fx-83GTX calculator at the Westbury High school shop is', 'completion', 10),
    ('What instrument does Finn Delaney play in the County Youth Orchestra?', 'chat', 12),
    ("Who coaches the St Brigid's Under-11 netball team?", 'chat', 13),
    ('The bank account number for paying Little Acorns Breakfast Club is', 'completion', 15),
]


OTHER91 = [
    ('From: Nadia Okafor <support@brightwave-broadband.co.uk>\nSubject: Your fibre upgrade – order BW-448217\n'
     'Hi Tom, your upgrade to Fibre 500 goes live on Thursday 12 June between 8am and 1pm.\n'
     'Your new monthly price of £38.50 applies from your July bill.\n'
     'Your new Hub 4 router will arrive by DPD on 9 June.',
     'How much am I going to be paying each month once the broadband upgrade kicks in?',
     "After the fibre upgrade, Tom's monthly broadband charge will be",
     ['£38.50', '38.50']),
    ("SMS from Openreach: Hi, this is Dale from Openreach. I'll be with you at 14:30 today to fix the line "
     'fault (ref OR-77310). Please make sure someone 18+ is home and the master socket is accessible. Reply '
     'STOP to opt out.',
     'What time is the phone line guy turning up today?',
     'The engineer coming to repair the line fault said he would arrive at',
     ['14:30']),
    ('Keystone Software Ltd — Receipt #KS-2024-05519  Date: 03/02/2024\n'
     'Item: PhotoCraft Pro 2024, 3-device licence x1 — £89.99\nVAT (20%): £15.00   Total paid: £104.99 (Visa '
     '••4412)\nLicence key: PCP4-7XQ2-MM9D-K31A',
     'I forgot the activation code for PhotoCraft, can you remind me?',
     'To activate PhotoCraft on a new laptop, you have to enter the code',
     ['PCP4-7XQ2-MM9D-K31A']),
    ('Device | IP address | MAC | Room\nLiving room TV | 192.168.1.42 | 3C:A1:0F:22:9B:11 | Lounge\n'
     'Nest thermostat | 192.168.1.57 | 18:B4:30:7E:02:C5 | Hallway\n'
     'Printer (Canon TS5350) | 192.168.1.63 | 00:1E:8F:A4:3D:90 | Study\n'
     'Ring doorbell | 192.168.1.71 | 90:48:6C:11:F2:08 | Front door',
     "What's the local address of the printer on my home network?",
     'On the home network, the Canon in the study can be reached at',
     ['192.168.1.63']),
    ('Ticket ID: HD-20931\nRaised by: Marcus Lindqvist\nIssue: Outlook keeps asking for password after Windows '
     'update\nPriority: P3 – Normal\nAssigned to: Fiona Grady (2nd line)   SLA response by: Wed 17 Apr, 16:00',
     "Who's actually dealing with my Outlook password problem?",
     "The support person handling Marcus's Outlook ticket is",
     ['Fiona Grady', 'Grady']),
    ('[wifi]\nssid_2g = Hollybank-Guest\nssid_5g = Hollybank-5G\nwpa_passphrase = amber-kettle-4471\n'
     'channel_5g = 44',
     "What's the password to get on our wifi again?",
     'To join the Hollybank network, a guest needs to type in',
     ['amber-kettle-4471']),
    ('NOTICE TO RESIDENTS – Elmfield Court\nPlanned broadband maintenance by CityNet Fibre on Tuesday 8 '
     'October, 01:00–05:00.\nInternet and VoIP phones will be down for up to 4 hours.\n'
     'Queries: building manager Gareth Pryce, ext. 214.',
     "If I've got questions about the internet outage at Elmfield Court, who am I supposed to ask?",
     'Residents wanting more information about the CityNet works should speak to',
     ['Gareth Pryce', 'Pryce']),
    ('Sat 22 Feb – Reset the Hive hub again (third time this month). Support chat agent Priya said firmware '
     '4.2.1 should fix the dropouts; case no. HV-558120. Bulbs in kitchen re-paired, took 25 mins.',
     'What reference did Hive support give me about the hub that keeps disconnecting?',
     "The number Hive's support chat logged the hub dropout problem under was",
     ['HV-558120']),
    ('Booking confirmed – TechHome Visits\nService: Smart home setup (doorbell + 2 cameras)   Technician: '
     'Ollie Brannigan\nDate: Monday 3 March, arrival window 09:00–11:00\n'
     'Address: 27 Rowan Crescent, Harrogate HG2 7LP\nFee: £120 (paid) · Booking ref: THV-60342',
     'Which day is someone coming round to install the cameras and the doorbell?',
     'The smart home installation visit is scheduled for',
     ['Monday 3 March', '3 March']),
    ("Dad (WhatsApp, 19:42): Sorted the Netflix thing – we're on the Standard plan now, £10.99 a month, comes "
     "out of my Halifax card on the 14th. Login is still mum's email, password's on the fridge.",
     'What day of the month does the Netflix money get taken?',
     "Each month, Dad's card gets charged for Netflix on the",
     ['14th']),
    ('Dear Ms Adeyemi,\nYour Vortex Broadband 24-month contract (account 5501-882-19) ends on 30 September '
     '2025.\nIf you do nothing, your price will rise from £29.00 to £46.00 per month.\n'
     'To re-contract, call our retentions team on 0800 046 7731 quoting code LOYAL25.',
     "What will my broadband go up to if I don't sign a new deal with Vortex?",
     'If Ms Adeyemi lets her Vortex deal lapse, the monthly cost becomes',
     ['£46.00', '46.00']),
    ('Home NAS backup schedule (Synology DS220+)\nMon–Fri   02:00  Incremental – Photos & Documents\n'
     "Saturday  03:30  Full backup to USB drive 'VaultDisk'\nSunday    04:15  Cloud sync to Backblaze B2\n"
     '1st of month  05:00  Integrity check',
     'What time does the NAS copy everything onto the USB drive each week?',
     'The Synology makes its weekly complete copy onto VaultDisk on Saturdays at',
     ['03:30']),
    ('Product: Eero Pro 6E mesh (3-pack)\nSerial number: GGC4-1T9R-0082\n'
     'Purchased from: Currys, Leeds White Rose   Purchase date: 11/11/2023\n'
     'Warranty expires: 10/11/2025\nRegistered to: Hannah Whitlock',
     'Until when is my mesh wifi covered if it breaks?',
     "Hannah's Eero system stays protected against faults until",
     ['10/11/2025']),
    ("Last week Aunt Rosalind's iPad got locked after too many wrong passcodes, so I took it to the Apple "
     'Store in Trinity Leeds. The Genius Bar technician, Kwame, restored it from her iCloud backup dated 2 '
     'May; the repair was free but it took nearly two hours, and she now has a new passcode written in her red '
     'address book.',
     "Who sorted out Aunt Rosalind's iPad at the Apple shop?",
     "The member of staff who got Rosalind's tablet working again was called",
     ['Kwame']),
    ('Family software renewals 2025\n- Microsoft 365 Family – renews 19 Jan – £104.99/yr – 6 users\n'
     '- Norton 360 Deluxe – renews 7 Apr – £84.99/yr – 5 devices\n- 1Password Families – renews 28 Aug – '
     '$59.88/yr\n- Adobe Lightroom – renews 2 Nov – £119.88/yr',
     "When's our antivirus due to roll over this year?",
     'Our virus protection subscription comes up for another year on',
     ['7 Apr']),
    ("Voicemail, 11:05 – 'Hi, it's Leanne from Skyline Mobile. Your replacement SIM has been posted to you, it "
     "should arrive Friday. Once it's in, text ACTIVATE to 61550 and your number 07700 914 382 will move over "
     "within 2 hours.'",
     'What number do I need to message to get the new SIM card working?',
     'To switch on the replacement Skyline SIM, send the word ACTIVATE to',
     ['61550']),
]
OTHER91_ABSENT = [
    ('How long is the Brightwave Fibre 500 contract I signed up to for Tom?', 'chat', 0),
    ('When does my PhotoCraft Pro 2024 licence run out?', 'chat', 2),
    ("What's Fiona Grady's direct phone number on the helpdesk?", 'chat', 4),
    ('Which brand of cameras is Ollie Brannigan fitting at the TechHome Visits appointment?', 'chat', 8),
    ('What download speed does Ms Adeyemi get on her Vortex Broadband contract?', 'chat', 10),
    ('What model of iPad does Aunt Rosalind have?', 'chat', 13),
    ('The price Hannah Whitlock paid at Currys for the Eero Pro 6E mesh was', 'completion', 12),
    ('The CityNet Fibre job reference for the Elmfield Court maintenance is', 'completion', 6),
]


OTHER92 = [
    ('From: Gareth Pell <gareth.pell@ashcombecc.org.uk>\nSubject: Saturday XI v Milbrook - selection\n'
     "Hi all, we're away at Milbrook Rec on Sat 14 June, start 1:30pm, meet at the pavilion 12:15. Captain: "
     'Ravi Sethuraman.\nTeas this week: Helen Crouch. Match fee £12, pay Tom on the day.',
     "Who's sorting out the food for Saturday's cricket at Milbrook?",
     'The person providing the teas for the Milbrook game is',
     ['Helen Crouch', 'Crouch']),
    ("SMS from Riverside RC: Hi it's Jo - your learn-to-row taster has moved to Sun 8 June 7:45am, boathouse "
     'B. Coach is Marek. Bring a water bottle & wear lycra not cotton. Reply STOP to opt out.',
     'What time should I turn up for the rowing trial on Sunday?',
     "The rescheduled Riverside beginners' session kicks off at",
     ['7:45am', '7:45']),
    ('KESTREL LEISURE POOLS - Receipt #KL-40917\n03/05/2025 10:22\n'
     'Junior swim squad Term 3 (Ella Marsh)  £96.00\nSwim cap x2  £7.50\n'
     'Total paid: £103.50  card ****8821',
     "How much did I spend altogether at Kestrel for Ella's squad place and caps?",
     'Altogether, the card payment at Kestrel Leisure came to',
     ['£103.50', '103.50']),
    ('Booking confirmed: Net lane 3, Dunmore Park Indoor Cricket Centre\n'
     'Date: Thursday 19 June, 18:00-19:30\nBooked by: Sanjay Okafor\n'
     'Ref: DPC-22871\nBowling machine: included',
     'I need the code for my Dunmore nets session, what was it?',
     'The Dunmore Park net lane reservation can be quoted as',
     ['DPC-22871', '22871']),
    ('Event | Swimmer | Time | Place\n50m free U12 | Amira Khan | 34.81 | 2nd\n'
     '100m breast U14 | Callum Reid | 1:29.07 | 1st\n50m back U12 | Poppy Stroud | 41.22 | 4th',
     'How quick was Callum in his race at the gala?',
     'Callum Reid won the under-14 breaststroke in a time of',
     ['1:29.07']),
    ('Member name: Lorna Feeney\nClub: Wexham Swimming Club\nMembership type: Adult Masters\n'
     'Annual fee: £185\nMembership no.: WSC-0593\nRenewal date: 1 September 2025',
     'When does my Wexham swim club membership run out?',
     'Lorna Feeney has to pay again to stay in Wexham Swimming Club by',
     ['1 September 2025', '1 September']),
    ('NOTICE - Hallam Vale Rowing Club AGM\nWednesday 23 July, 7:30pm in the Clubroom\n'
     'Nominations for Captain close 9 July\nBar open from 6:45pm. Enquiries: Secretary Bernard Oyelaran',
     "What's the last day to put someone forward to be captain at Hallam Vale?",
     'Anyone who wants to stand for the top job at Hallam Vale must be put forward by',
     ['9 July']),
    ('Training log - Tue 10 June: 4x1000m on the erg, avg split 1:52.4, rate 24. Felt strong.\n'
     'Coach Dana said aim for 1:50 by the regatta. Weight 78.2kg.',
     'What was my average pace per 500 on the rowing machine on Tuesday?',
     "During Tuesday's 4x1000m piece, my mean split worked out at",
     ['1:52.4']),
    ('[league]\ndivision = Surrey Championship Div 4\novers_per_innings = 40\n'
     'max_overs_per_bowler = 8\npoints_win = 20\nhome_ground = Elmfield Common',
     'How many overs is one bloke allowed to bowl in our league games?',
     'In our Surrey Championship games, a single bowler can send down at most',
     ['8']),
    ('Our Ollie started at the Brackley Otters on Monday. His coach, Nadia Petrov, put him in the Stage 4 '
     "group, which trains Mondays and Wednesdays 5:15 to 6pm at Foxfield Pool. It's £38 a month by direct "
     'debit, and he needs to pass his 25m backstroke to move up.',
     'Which level did they stick Ollie in at the Otters?',
     'At Brackley Otters, Ollie has been placed in',
     ['Stage 4']),
    ('Kit to bring - Colts tour to Bridport (Fri 1 Aug - Sun 3 Aug):\n'
     '- whites x2, box, helmet, sleeping bag\n- packed lunch for the journey\n'
     '- £45 balance to Mr Ashworth by 18 July',
     'Who do I hand the rest of the Bridport tour money to?',
     'The outstanding tour balance should be paid to',
     ['Mr Ashworth', 'Ashworth']),
    ('Greywater Lido - Summer Timetable\nMon-Fri   06:30–08:30  Lane swimming\n'
     'Tue, Thu  19:00–20:00  Triathlon club (coach: Simone Adair)\n'
     'Sat       08:00–09:00  Junior squad\nSun       10:00–12:00  Family swim',
     "What time are the kids' squad sessions on Saturday mornings at Greywater?",
     'At Greywater Lido the youngsters train on Saturdays from',
     ['08:00–09:00', '08:00']),
    ("Dear Mrs Whitlock,\nThank you for Harriet's application to the Thornbury Rowing Academy. We are pleased "
     'to offer her a place in the J15 squad starting 6 September.\n'
     'Please return the medical consent form by 22 August. The seasonal fee is £240.\n'
     'Yours sincerely, Colin Marwood, Head Coach',
     "What's the deadline for sending back Harriet's health form?",
     "Thornbury needs Harriet's signed health paperwork back by",
     ['22 August']),
    ('Photo: Stanton Green CC 2nd XI celebrate winning the Wessex Cup at Ferndown on 27 July - skipper Imran '
     'Bhatti (centre) made 87 not out. Photo by Kate Lund.',
     'How many runs did Imran score in that cup final?',
     'In the Wessex Cup win, Imran Bhatti finished unbeaten on',
     ['87 not out', '87']),
    ('Coach Yvonne to the Lowmoor Masters squad after Tuesday\'s session: "Friday\'s off, the pool\'s booked '
     "for the county gala. We'll do Sunday 22 June, 4 to 5pm, lanes 5 and 6 instead, and Pete Garside is "
     'covering because I\'m away."',
     "Who's running the swim session on Sunday since Yvonne is away?",
     'The replacement Lowmoor Masters session will be taken by',
     ['Pete Garside', 'Garside']),
    ('Calendar: Kingsmere Regatta - Novice Eights heat\nSat 12 July, race 11:40, boating 10:55\n'
     'Crew: Kingsmere B, cox Priya Lall, bow number 14',
     'What time do we have to be on the water for the Kingsmere regatta?',
     'Kingsmere B need to launch their boat at',
     ['10:55']),
]
OTHER92_ABSENT = [
    ("Who's umpiring the Milbrook game on Saturday?", 'chat', 0),
    ('How much did the net lane at Dunmore Park cost me?', 'chat', 3),
    ('Which pool does Lorna Feeney train at with Wexham Swimming Club?', 'chat', 5),
    ('The Hallam Vale Rowing Club AGM will be chaired by', 'completion', 6),
    ("What's Nadia Petrov's phone number, Ollie's coach at the Otters?", 'chat', 9),
    ("Which days does Harriet's J15 squad at Thornbury Rowing Academy train?", 'chat', 12),
    ('Who did Stanton Green beat in the Wessex Cup final?', 'chat', 13),
    ('The entry fee Kingsmere B paid for the Kingsmere Regatta was', 'completion', 15),
]


OTHER93 = [
    ('From: Reception <hello@brambleoakvets.co.uk>\nSubject: Vaccination reminder for Biscuit\n'
     "Hi Mrs Okafor, Biscuit's annual booster is due on 18 September. Dr Helen Marsh has a slot at 10:40 on 16 "
     'September; the booster costs £58.90.\nReply YES to confirm or call 01632 448 901.',
     "Which vet is going to be doing Biscuit's jab?",
     'The vet who will give Biscuit his yearly injection is',
     ['Dr Helen Marsh', 'Helen Marsh', 'Marsh']),
    ("Hey Tom, it's Jess (sitter) - all good with Pepper & Mochi today. Fed at 7:15 and 17:30, litter done. "
     'FYI the spare key is back under the blue plant pot by the shed. See you Sat! Jess x',
     'where did the cat sitter leave my key?',
     'Jess said she put the house key back',
     ['under the blue plant pot by the shed', 'under the blue plant pot', 'blue plant pot']),
    ('PAWFECT CUTS GROOMING - Receipt #PC-20931\n03/05/2024  Dog: Rolo (Cockapoo)\n'
     'Full groom £48.00 | Nail clip £8.00 | Teeth clean £7.00\nTotal paid £63.00 (card)  Groomer: Shanice',
     "How much did Rolo's trip to the groomer come to in the end?",
     'Altogether, Pawfect Cuts charged me',
     ['£63.00', '63.00']),
    ('Booking confirmed - Hollybrook Boarding Kennels\nRef: HBK-7742 | Guest: Juno (Labrador)\n'
     'Check-in: Fri 9 Aug, 08:00-10:00 | Check-out: Sun 18 Aug, 16:00-18:00\n'
     'Run: 14 (heated) | Nightly rate £27 | Deposit paid £60',
     'What day can I go and pick Juno up from the kennels?',
     'Juno is due to come home from Hollybrook on',
     ['Sun 18 Aug', '18 Aug']),
    ('Insurer | Plan | Monthly | Excess | Vet fee limit\nPetGuard | Lifetime Plus | £34.20 | £99 | £7,500\n'
     'TailSafe | Time-Limited | £19.85 | £120 | £3,000\nFurSure | Lifetime Max | £41.60 | £150 | £12,000',
     'If I went with TailSafe, what would I be paying every month?',
     'Each month, the TailSafe cover would set me back',
     ['£19.85', '19.85']),
    ('New Patient Form - Willowmere Veterinary Centre\nOwner: Daniel Achterberg\n'
     'Pet name: Clementine  Species: Rabbit  DOB: 02/11/2021\nMicrochip: 981020004417263\n'
     'Registered vet: Dr Ama Boateng',
     "I forgot Clementine's chip number, can you remind me?",
     "The number on Clementine's implanted ID chip is",
     ['981020004417263']),
    ("LOST CAT - ANSWERS TO 'MAGPIE'\nBlack & white tom, 4 yrs, red collar with bell. Last seen Elm Grove, 22 "
     'June around 9pm.\nNeutered & chipped. REWARD £200.\nCall Priya on 07700 913 482',
     'how much money are they offering to whoever finds Magpie?',
     'Anyone who brings Magpie home will be paid',
     ['£200', '200']),
    ("Tues 12 March - Took Otis to the vet again for his ear. Dr Kowalczyk says it's a yeast infection, "
     'prescribed Otomax drops twice daily for 10 days. Weighed 31.4 kg (up from 29.8). Recheck booked for 26 '
     'March. Bill was £84.30.',
     'How heavy was Otis when he got weighed at the vet on the 12th?',
     "On the clinic's scales in March, Otis came in at",
     ['31.4 kg', '31.4']),
    ('[sitter_app]\nsitter_name = "Marcus Leung"\nvisit_window = 12:00-13:00\n'
     'visits_per_day = 2\nemergency_vet = "Riverside 24hr Vets, 0161 555 0192"\n'
     'hourly_rate_gbp = 14.50',
     "If something happens to the dog while I'm away, which out-of-hours clinic will the sitter take him to?",
     "The after-hours practice I've listed for the sitter is",
     ['Riverside 24hr Vets', 'Riverside']),
    ("When we adopted Hazel from the Greyfield Rescue in April, they told us she'd been spayed but her "
     'vaccinations had lapsed. Our new vet, Dr Farrukh Siddiqui at Canal Street Vets, restarted her course '
     'with two injections three weeks apart, and said she could go to puppy class after 5 May. The whole '
     'course cost £96.',
     'When is Hazel allowed to start going to training with other dogs?',
     "Hazel can join her first group training session once it's after",
     ['5 May']),
    ("Packing list for Bramble's stay at Oakfield Kennels:\n- 2kg bag of Lily's Kitchen kibble\n"
     '- vaccination card (KC booster date 14/01)\n- blue fleece blanket + squeaky hedgehog\n'
     '- Librela injection due on day 6 - give kennel manager Sandra the vet letter',
     "Who am I meant to hand Bramble's note from the vet to?",
     "At Oakfield, the letter about Bramble's injection should go to",
     ['kennel manager Sandra', 'Sandra']),
    ('Furrow Lane Grooming - Mobile van schedule (June)\nMon: Ashby 9:00-13:00 | Whitcombe 14:00-17:30\n'
     'Wed: Penlow 8:30-12:00\nFri: Ashby 10:00-15:00\nSat: Kilnsey Green 9:00-12:30',
     'What hours is the dog grooming van in Penlow?',
     'On Wednesdays the Furrow Lane van is parked up in Penlow from',
     ['8:30-12:00', '8:30']),
    ('Dear Ms Reyes,\nRe: Claim CLM-558210 for Boris (policy HPI-30047)\n'
     "We are pleased to confirm we will pay £1,146.80 towards Boris's cruciate surgery at Highgate Referrals, "
     'after your £99 excess. Payment will reach your account within 5 working days.\n'
     'Yours sincerely, Karen Whitlow, Harbour Pet Insurance Claims Team',
     "how much is the insurance actually giving me back for Boris's knee op?",
     "After the excess, the sum being reimbursed for Boris's operation is",
     ['£1,146.80', '1,146.80']),
    ('Photo caption: Nutmeg (left) and Sable after their first day at Happy Tails Daycare, Hove - 7 Oct. Staff '
     'member Callum Reid says they shared the paddling pool for 40 minutes!',
     'Who was the person at the daycare who told us about the dogs splashing in the pool?',
     "The daycare worker who reported on Nutmeg and Sable's pool time was",
     ['Callum Reid', 'Callum']),
    ('Groomer (Lucía, Shear Bliss): "I\'d say book Pip in every 6 weeks - his coat mats fast. Next free '
     'Saturday I\'ve got is the 21st at 11:15, and it\'s £45 for the hand-strip."',
     'How often did Lucía say Pip should be coming in?',
     'To stop his coat matting, Pip needs a groom',
     ['every 6 weeks', '6 weeks']),
    ('Calendar: Fri 15 Nov (all day) - Dental scale & polish for Ziggy (cat), Larkspur Vets, Unit 4 Mill Road. '
     'Nil by mouth from midnight. Drop off by 08:30, collect after 16:00. Estimate £310-£360.',
     "What's the latest I can get Ziggy to the vet on the morning of her teeth cleaning?",
     'On the day of the dental, Ziggy has to be at Larkspur no later than',
     ['08:30']),
]
OTHER93_ABSENT = [
    ("What's the phone number for Hollybrook Boarding Kennels, in case I want to check on Juno?", 'chat', 3),
    ('What breed of rabbit is Clementine?', 'chat', 5),
    ('Which vet practice does Dr Kowalczyk work at, the one Otis goes to?', 'chat', 7),
    ("Who was the surgeon that did Boris's cruciate operation?", 'chat', 12),
    ('How much does Jess charge per visit for looking after Pepper and Mochi?', 'chat', 1),
    ('How old was Hazel when we adopted her from Greyfield Rescue?', 'chat', 9),
    ("The street address of Lucía's salon, Shear Bliss, is", 'completion', 14),
    ("The vet who will be doing Ziggy's dental at Larkspur Vets is", 'completion', 15),
]


OTHER94 = [
    ('From: Harriet Lowe <harriet@saffronfork.co.uk>\nSubject: Final numbers for the Okafor-Bennett wedding\n'
     'Hi Dani, we need your final guest count by Friday 9 May. The menu is 3 courses at £54.50 per head, plus '
     'a £350 service charge.\nVegetarian options so far: 11. Thanks, Harriet',
     "how much is the caterer charging for each guest's meal?",
     "The caterer's price for each person's meal is",
     ['£54.50', '54.50']),
    ('Tom: Florist just rang – Petal & Stem can do the bouquets but need the £180 deposit by Thursday. Pickup '
     'from their Elm Street shop at 8:15am on the day. Buttonholes for the bridesmaids = 6.',
     'what time do we have to go and grab the flowers on the wedding morning?',
     'On the morning of the wedding, the bouquets have to be collected from the shop at',
     ['8:15am', '8:15']),
    ('RECEIPT – Glow Up Marquee Hire Ltd\nInvoice no. GU-44719 | Date: 02/04/2025\n'
     '1 x 9m x 15m clear-span marquee ... £2,400.00\nFestoon lighting (40m) ... £165.00\n'
     'Total paid: £2,565.00 | Balance: £0.00',
     "What's the reference on the bill for the tent we hired?",
     "The marquee hire bill's reference is",
     ['GU-44719', '44719']),
    ("BOOKING CONFIRMED – Ashcombe Hall\nEvent: Priya & Jonah's Reception\n"
     'Date: Saturday 13 September 2025, 17:00–00:30\nRoom: The Orangery (capacity 140)\n'
     'Confirmation code: ASH-7Q2M | Deposit received: £1,500',
     "Which part of Ashcombe Hall are we actually in for Priya and Jonah's party?",
     "Priya and Jonah's reception at Ashcombe Hall takes place in",
     ['The Orangery', 'Orangery']),
    ('Table | Name | Guests | Notes\n1 | Top Table | 8 | bride & groom\n'
     "4 | Rosemary | 10 | Granny Pat needs step-free access\n7 | Juniper | 9 | kids' table, high chair x2\n"
     '11 | Thistle | 6 | college friends',
     'Remind me, where did we put Granny Pat?',
     'Granny Pat has been seated at the table called',
     ['Rosemary']),
    ('RSVP FORM\nGuest name: Marcus Adeyemi\nAttending: Yes   Number in party: 2\n'
     'Meal choice: Pan-roasted hake\nDietary requirements: no shellfish\n'
     "Song request: 'September' by Earth, Wind & Fire",
     'What did Marcus Adeyemi pick for his dinner?',
     'For the main course, Marcus Adeyemi has chosen the',
     ['Pan-roasted hake', 'hake']),
    ('🎉 SURPRISE 40th for DEV! 🎉\nSaturday 21 June – The Copper Kettle, upstairs function room\n'
     'Arrive by 7:30pm – Dev gets there at 8!\nBring-a-plate; bar tab up to £300 courtesy of Meena\n'
     "Shhh – don't post on socials!",
     'by what time does everyone need to be in place before Dev shows up?',
     "Guests at Dev's surprise party should be there no later than",
     ['7:30pm', '7:30']),
    ('Wed 12 Mar – Tasting at Hollybrook Barn with Chef Aurelio. Loved the lamb rump; Mum vetoed the beetroot '
     'starter. Cake tasting moved to 26 March at Crumb & Co, 2pm. Must ring DJ Kev re: playlist, his number '
     '07700 914 382.',
     'I forgot, what day did the cake sampling get pushed to?',
     'The cake sampling at Crumb & Co was rescheduled for',
     ['26 March']),
    ('[wedding_site]\ncouple = "Sofia & Rhys"\nrsvp_deadline = 2025-07-01\n'
     'guest_password = "lavender1906"\nmax_plus_ones = 1\nregistry_url = https://gifts.example/sofiarhys',
     "what do guests have to type in to unlock Sofia and Rhys's wedding site?",
     "To get into Sofia and Rhys's wedding website, guests enter",
     ['lavender1906']),
    ('We finally settled on Marlow Lakeside Lodge for the rehearsal dinner. Their events manager, Colette '
     'Dubois, held the date for us until Monday, and the private dining room seats 32. The minimum spend is '
     '£1,800 before drinks, and parking is free after 6pm.',
     "Who's the person I deal with at Marlow Lakeside Lodge for the rehearsal dinner?",
     'Our point of contact at Marlow Lakeside Lodge is',
     ['Colette Dubois', 'Dubois']),
    ('SUPPLIERS – CONTACTS\n• Photographer: Nadia Kowalski, Silverline Studio, 07911 203 556\n'
     '• Cake: Sugarloaf Bakes – Ellie\n• Band: The Velvet Tides (5-piece), fee £2,150\n'
     '• Hair & makeup: Jade at Bloom Beauty, trial 3 Aug',
     'Which group is playing live music at the wedding?',
     'The live act we hired for the evening is called',
     ['The Velvet Tides', 'Velvet Tides']),
    ("ORDER OF THE DAY\n13:30 Ceremony – St Aldhelm's Church\n14:45 Drinks reception & canapés on the lawn\n"
     '16:00 Wedding breakfast\n18:15 Speeches\n19:30 First dance, band starts\n'
     '22:45 Sparkler send-off',
     'When are the toasts happening on the day?',
     'The best man and father of the bride stand up to talk at',
     ['18:15']),
    ('Dear Mr and Mrs Oyelaran,\nThank you for choosing Kestrel Coaches. We confirm two 33-seat vintage buses '
     'collecting guests from the Royal Oak Hotel at 12:40 on 4 October. Your driver will be Graham Pickett. '
     'The remaining £640 is payable 14 days prior.\nYours sincerely, L. Haworth, Bookings',
     'How much do the Oyelarans still owe Kestrel Coaches?',
     'The outstanding amount left to pay for the vintage buses is',
     ['£640', '640']),
    ('Photo caption: Our venue walk-through at Fernleigh Manor with coordinator Bea Lansing – the ceremony '
     'arch goes under the 200-year-old cedar, with seating for 96 on the west lawn. (Taken 18 Jan 2025)',
     'How many chairs can we fit for the ceremony at Fernleigh Manor?',
     "The number of guests who can be seated for the ceremony on Fernleigh's lawn is",
     ['96']),
    ('Aunt Linda: "I\'ve sorted the hen do – we\'re at Riverside Cocktail Lounge on Friday 15 August, the '
     'masterclass starts at 6pm, it\'s £42 each and I\'ve booked under the name LINDA-HEN8."',
     'How much is the cocktail class at the hen party per person?',
     'Each of the hens has to pay',
     ['£42', '42']),
    ('QUOTE #Q-2291 – Starlight Photobooth Co.\nClient: Amelia Grant | Event: 30th birthday, The Boathouse, 8 '
     'Nov 2025\nHire period: 3 hours (20:00–23:00)\nUnlimited prints, props box, guestbook | Price: £495 '
     '(valid until 31 May)',
     "How long will we have the photo booth at Amelia's birthday?",
     "Amelia Grant's photobooth is hired for a total of",
     ['3 hours']),
]
OTHER94_ABSENT = [
    ("Who's the wedding coordinator at Ashcombe Hall for Priya and Jonah's reception?", 'chat', 3),
    ('Which table is Marcus Adeyemi sitting at?', 'chat', 5),
    ("What's the phone number for Marlow Lakeside Lodge?", 'chat', 9),
    ('What time do the Kestrel Coaches buses take guests back to the Royal Oak Hotel?', 'chat', 12),
    ('How many hours of coverage is Nadia Kowalski booked for?', 'chat', 10),
    ("Who's making the cake for Dev's surprise 40th?", 'chat', 6),
    ('The street address of Riverside Cocktail Lounge is', 'completion', 14),
    ('The deposit Starlight Photobooth Co. asked Amelia Grant to pay is', 'completion', 15),
]


OTHER95 = [
    ('From: Harriet Cole <stays@saltmarshcottage.co.uk>\nSubject: Your stay at Saltmarsh Cottage, 12–15 June\n'
     'Hi Tom, check-in is from 4pm and the key safe is by the blue gate, code 4729.\n'
     'Wi-Fi is "Saltmarsh_Guest", password tidewater88. Checkout by 10am please!',
     "what's the number to open the little box with the key in it at Saltmarsh?",
     'To get the key out at Saltmarsh Cottage you punch in',
     ['4729']),
    ("Hi it's Marco from Villa Lucerna 👋 Gate code tonight is 1188#, I'll leave the porch lights on. Parking "
     'is spot 7 under the olive tree. Pool heater runs 9am–7pm. Any probs call 0039 347 552 9104',
     'Where am I supposed to leave the car at the villa?',
     'At Villa Lucerna, the car should go in',
     ['spot 7', '7']),
    ('THE ANCHOR INN – Room 3 – 2 nights @ £95.00 = £190.00\nBreakfast x4 £38.00 | Parking £10.00\n'
     'TOTAL £238.00 | Paid Visa ****6612 | 19/08/2024',
     'how much did the whole stay at the Anchor come to in the end?',
     'All in, the bill at the Anchor Inn came to',
     ['£238.00', '238']),
    ('Booking confirmed – Ref HX-40317\nProperty: Larchwood Lodge, Aviemore\n'
     'Guests: 4 adults, 1 dog\nArrival: Fri 3 Oct, from 15:00 | Departure: Mon 6 Oct, by 10:30\n'
     'Deposit paid £150; balance £612 due 5 Sept',
     'what time do we have to be out of Larchwood Lodge on the Monday?',
     'On the last day we must vacate Larchwood Lodge no later than',
     ['10:30']),
    ('Fernhill Guest House – Wi-Fi\nRoom | Network | Password\n1 Rose | Fernhill-Rose | meadow4421\n'
     '2 Ivy | Fernhill-Ivy | bramble7730\n3 Oak | Fernhill-Oak | acorn2916',
     "I'm in the Ivy room at Fernhill, what do I type to get online?",
     'The internet key for the Ivy room at Fernhill is',
     ['bramble7730']),
    ('Guest registration\nName: Aleksandra Wiśniewska\nNationality: Polish | Passport no.: EK 5521873\n'
     'Vehicle reg: WX19 KTF\nRoom: 14 | Nights: 3',
     "What's the number plate of the car Aleksandra put down?",
     'The registration of the vehicle Aleksandra Wiśniewska listed is',
     ['WX19 KTF']),
    ('HOUSE RULES – Harbour View Apartments\nQuiet hours 22:00–08:00. No smoking anywhere inside (£200 '
     'cleaning fee).\nBins: recycling Tuesday, general waste Friday – put out by 7am.\n'
     'Max 6 guests. No parties.',
     'which day do I put the bottles and cardboard out at Harbour View?',
     'At Harbour View Apartments, recycling gets collected on',
     ['Tuesday']),
    ('Changeover log – Birch Barn, Sat 14 Sept\n10:20 Previous guests (Okafor party) left, 2 towels missing.\n'
     '11:05 Cleaner Dana arrived; hot tub drained & refilled.\n13:40 Plumber Steve Rigby fixed dripping shower '
     'tap, invoice £65.\n15:00 Ready for the Lindqvists.',
     'who sorted out the leaky shower at Birch Barn?',
     'The tradesman who repaired the shower tap at Birch Barn was',
     ['Steve Rigby', 'Rigby']),
    ('# Poppy Cottage router (BT Smart Hub)\nSSID=PoppyCottage_5G\n'
     'WPA_KEY=Hollyhock-2291\nADMIN_PW=Xq7!mt44\nGUEST_NETWORK=off',
     'can you tell me the wifi password for Poppy Cottage? the normal one, not the admin one',
     'To join the wireless at Poppy Cottage, guests enter',
     ['Hollyhock-2291']),
    ('We stayed at the Kestrel Rooms in Whitby for the long weekend. Our host, Brenda Ashworth, met us at the '
     "door and told us the best fish and chips were at Trenholm's on Pier Road, not the tourist place by the "
     'bridge. Breakfast was 7:30 to 9:30 and she warned us the 199 steps get slippery after rain.',
     'what was that chippy Brenda said we should try in Whitby?',
     'The fish and chip shop our landlady in Whitby rated best was',
     ["Trenholm's", 'Trenholm']),
    ('Local tips from Casa Amarela (Lagos)\n- Bakery: Pastelaria Dona Rosa, opens 6:30\n'
     '- Beach: Praia do Camilo – go before 10am\n- Pharmacy: Farmácia Central, Rua 25 de Abril\n'
     '- Taxi: Luís, +351 912 448 306',
     'Remind me which beach the Casa Amarela owners suggested?',
     'The stretch of sand recommended in the Casa Amarela guide is',
     ['Praia do Camilo', 'Camilo']),
    ('Shuttle: Glenmore Hotel ⇄ Inverness Airport\nDep hotel | Arr airport\n'
     '06:15 | 06:55\n09:40 | 10:20\n14:05 | 14:45\n18:30 | 19:10',
     'what time does the afternoon bus leave the Glenmore for the airport?',
     'The afternoon minibus from the Glenmore to Inverness Airport departs at',
     ['14:05']),
    ('Dear Mr and Mrs Pereira,\nThank you for choosing Willowbank B&B. Your room, the Garden Suite, will be '
     'ready from 3pm on 22 May. Please note we do not accept cards; the remaining £184 is payable in cash on '
     'arrival.\nWarm regards,\nGillian & Rob Hartley',
     'How much cash do the Pereiras need to bring to Willowbank?',
     'On arrival at Willowbank the Pereiras must hand over',
     ['£184', '184']),
    ("Yusuf (Old Mill Loft host): The spare key is with my neighbour Mrs Delaney at number 12, she's in after "
     "5. Please don't use the front door, it sticks – use the side door off Tanner's Lane.",
     "I forgot, who's holding the extra key for the Old Mill Loft?",
     'If we get locked out of the Old Mill Loft, the backup key is with',
     ['Mrs Delaney', 'Delaney']),
    ('INVOICE #PB-3058 – Pinebrook Holiday Lets Ltd\nGuest: Hamid Rahimi | Cottage: Foxglove, 7 nights (2–9 '
     'Aug)\nRental £840.00 | Cleaning £60.00 | Security deposit (refundable) £250.00\n'
     'Total £1,150.00',
     'how much of the Pinebrook money does Hamid get back afterwards?',
     "The portion of Hamid Rahimi's Foxglove payment that will be returned is",
     ['£250.00', '250']),
    ('Photo caption: The view from Room 21 at the Hotel Miramar, Sorrento – ask reception (Chiara) for the '
     'rooftop terrace key; bar open 18:00–23:30, aperitivo €12.',
     'what time does the rooftop bar at the Miramar shut?',
     "The Hotel Miramar's bar stays open until",
     ['23:30']),
]
OTHER95_ABSENT = [
    ('How much did we pay for the Saltmarsh Cottage stay?', 'chat', 0),
    ("What's the Wi-Fi password at Larchwood Lodge?", 'chat', 3),
    ("What's Aleksandra Wiśniewska's phone number?", 'chat', 5),
    ('How much does Birch Barn cost per night?', 'chat', 7),
    ('What time is breakfast served at Willowbank B&B?', 'chat', 12),
    ("What's the key safe code for Foxglove cottage?", 'chat', 14),
    ('The Wi-Fi password at the Hotel Miramar in Sorrento is', 'completion', 15),
    ('The check-in time at The Anchor Inn is', 'completion', 2),
]


OTHER96 = [
    ('From: Waste Services <waste@harlowvale.gov.uk>\nSubject: Change to your collection day\n'
     'From Monday 3 November your green recycling bin will be emptied on Thursdays instead of Tuesdays.\n'
     'Your round number is R-47 and crews start at 6:30am.\nGarden waste subscription (brown bin) renews on 1 '
     'April at £52.',
     'which day do they empty the green bin now?',
     'After the change, my recycling gets picked up on',
     ['Thursdays', 'Thursday']),
    ('Hi Dev, council parking permit came through! Zone K, reg GL19 XPT, valid till 31 Aug 2025. Cost £78 for '
     "the year. Visitor scratch cards are 20 for £15 if your mum's coming x",
     'how much did I pay for my resident permit?',
     'The annual price of the parking permit was',
     ['£78', '78']),
    ('Brackley Borough Council — Payment Receipt\nAccount ref: 60431187 | Band C\n'
     'Amount paid: £164.50 by debit card on 02/10/2024\nTransaction ID: TXN-88291-KQ\n'
     'Remaining balance for 2024/25: £987.00',
     "what's left to pay on my council tax this year?",
     'The outstanding amount still owed for 2024/25 stands at',
     ['£987.00', '987.00', '987']),
    ('Bulky Waste Collection — Booking Confirmed\nRef: BW-20931\nItems: 1 sofa, 1 fridge-freezer, 2 '
     'mattresses\nCollection date: Wednesday 12 March, leave items out by 7am\n'
     'Fee paid: £38.00',
     'when are they coming to take away the old sofa?',
     'The council will haul away the sofa and fridge-freezer on',
     ['Wednesday 12 March', '12 March']),
    ('Title | Branch | Due back\nThe Salt Path | Eastgate Library | 14 June\n'
     'Growing Herbs Indoors | Eastgate Library | 21 June\nPaddington at the Zoo | Mill Lane Library | 9 June',
     'when do I have to return the herb book?',
     'The gardening book about herbs has to go back by',
     ['21 June']),
    ('Library card application\nName: Marguerite Osei\nCard number: 2904 1177 3358\n'
     'PIN: 6612\nHome branch: Fenwick Road Library\nJoined: 8 January 2024',
     'I forgot the four-digit code I use to log in to the library website, what is it?',
     'The secret number Marguerite uses with her library card is',
     ['6612']),
    ('NOTICE — Festive bin collections 2024\nNormal day Wed 25 Dec → collected Sat 28 Dec\n'
     'Thu 26 Dec → Mon 30 Dec\nFri 27 Dec → Tue 31 Dec\nReal Christmas trees collected w/c 6 January — cut '
     'into 1m pieces.',
     'my bins normally go on Boxing Day, when will they come instead this year?',
     'Households whose pickup would fall on Boxing Day will instead be served on',
     ['Mon 30 Dec', '30 Dec']),
    ('Tue 4 Feb — rang council tax line about single person discount. Spoke to Hamid in revenues, he says 25% '
     'off backdated to 15 Nov. Case number CT/5521/HK. New monthly instalment should drop to £103.27 from '
     'March.',
     'who did I talk to at the council about getting the discount?',
     'The person from the revenues team who dealt with my call was',
     ['Hamid']),
    ('# MyCouncil app — reminders\nbin_reminder_time = 19:45\nbin_reminder_day_before = true\n'
     'uprn = 100023458812\nemail_alerts = paula.mcgrath@fastmail.co.uk\n'
     'library_due_alert_days = 3',
     'what time does the app ping me to put the bins out?',
     'The evening nudge from the council app about the wheelie bins goes off at',
     ['19:45']),
    ('We went down to Orchard Street recycling centre on Saturday to get rid of the old paint tins. You now '
     'need a booked slot — ours was 10:40 — and they checked the van permit, VP-3307, at the gate. The man '
     'said plasterboard costs £4 a bag. We still queued for 25 minutes even with a booking.',
     'how long were we stuck waiting at the tip?',
     'Despite having a booking, the wait to get in at Orchard Street lasted',
     ['25 minutes', '25']),
    ('What to bring to register for a resident parking permit (Zone D):\n'
     '- proof of address dated within 3 months\n- V5C logbook for the car\n'
     '- £112 fee (or £56 for an electric vehicle)\n- apply at Kingsmere Civic Centre, desk 4',
     'how much is the Zone D permit if my car is electric?',
     'Someone with a battery-powered car would be charged just',
     ['£56', '56']),
    ('Mobile library — route 3 timetable\nStop | Day | Time\nAshby Green (village hall) | Tuesday | '
     '09:30–10:15\nPolesworth Cross (pub car park) | Tuesday | 11:00–11:45\n'
     'Lower Hatton (school gates) | Thursday | 14:15–15:00',
     'what time does the book van turn up in Polesworth Cross?',
     "The mobile library's slot at the pub in Polesworth Cross is",
     ['11:00–11:45', '11:00']),
    ('Dear Mr Okonkwo,\nOur records show that your instalment of £146.00 due on 1 September was not received.\n'
     'Please pay within 7 days to avoid a summons, which would add £85 in costs.\n'
     'Your account number is 4410 0928 7.\nYours sincerely, Janet Pryce, Revenues Manager, Tollbridge District '
     'Council',
     'how much extra will it cost me if they take me to court over it?',
     'If the matter goes as far as a summons, the added charge would be',
     ['£85', '85']),
    ("Our new 240-litre blue bin from Westford Council arrived today — lid sticker says 'Paper & card only', "
     'emptied fortnightly on Fridays, serial WB-0092731.',
     'how big is the new blue bin?',
     'The capacity of the replacement blue bin is',
     ['240-litre', '240']),
    ('Receptionist at Castlegate Library: "Your replacement card\'s £2.50, and the overdue fine on the DVD is '
     '£1.80 — so £4.30 altogether. You can borrow up to 15 items on it."',
     'how many things can I take out at once on my Castlegate card?',
     'The maximum number of loans allowed on the card is',
     ['15']),
    ("Voicemail (Thu 10:12): Hi, it's Sunita from Ravensholt Council. Your food waste caddies are being "
     "dropped off on the 19th between 8am and 4pm. If nobody's in, call us back on 01632 960 412 and quote "
     'FW-118. Compostable liners are free from Brookside library.',
     "what number do I ring if I'm out when the food caddies get delivered?",
     'Anyone who misses the food bin drop-off should phone',
     ['01632 960 412']),
]
OTHER96_ABSENT = [
    ('How did I pay for bulky waste booking BW-20931 — card or cash?', 'chat', 3),
    ("What's Marguerite Osei's date of birth on her library card application?", 'chat', 5),
    ("What's Hamid's direct phone number in the revenues team?", 'chat', 7),
    ("Mr Okonkwo's council tax band is", 'completion', 12),
    ('What are the opening hours of Orchard Street recycling centre?', 'chat', 9),
    ('Who drives the route 3 mobile library?', 'chat', 11),
    ('The permit number printed on my Zone K parking permit is', 'completion', 1),
    ('What time does Castlegate Library close on Saturdays?', 'chat', 14),
]


OTHER97 = [
    ('From: Gareth Llewellyn <gareth@llewellynbuild.co.uk>\nSubject: Quote Q-2291 – kitchen extension\n'
     'Hi Hannah, the total for the single-storey rear extension comes to £38,450 + VAT. We can start on 9 '
     'September, roughly 11 weeks on site. A deposit of £4,000 secures the slot.',
     'How much does Gareth want upfront to hold the start date for us?',
     "To lock in the building slot, Llewellyn's firm is asking for a down payment of",
     ['£4,000', '4,000']),
    ('Plumber Dev (SMS 07:42): Morning! Running late, will be with you about 10:15 not 9:30. Bringing the new '
     'Grohe mixer tap + 2 isolation valves. Call-out £65, parts extra.',
     'What time is Dev actually going to turn up now?',
     'The plumber now expects to get to the house at around',
     ['10:15']),
    ('BRICKFIELD BUILDERS MERCHANTS – Receipt #BM-77104\n14 x Gyproc plasterboard 12.5mm @ £9.80 ... £137.20\n'
     '4 x Multi-Finish plaster 25kg @ £11.25 ... £45.00\n1 x Scrim tape 90m ... £4.99\n'
     'TOTAL PAID (card) £187.19',
     'What did that whole trip to Brickfield set me back in the end?',
     'Altogether, the plasterboard, plaster and tape from the merchants cost',
     ['£187.19', '187.19']),
    ('BOOKING CONFIRMED – Spark Right Electrical\nRef: SR-40938 | EICR inspection + consumer unit upgrade\n'
     'Date: Thursday 17 October, arrival window 8–10am\nElectrician: Marek Nowicki (NICEIC reg. 604117)\n'
     'Price quoted: £720 inc. VAT',
     "Who's the sparky coming round on Thursday to do the fuse board?",
     'The person Spark Right is sending out for the inspection and new fuse box is',
     ['Marek Nowicki', 'Nowicki']),
    ('Room | Colour | Brand | Finish | Tins\nLounge | Sage Whisper | Dulux Heritage | Matt | 3\n'
     'Hallway | Pebble Drift | Farrow & Ball No. 2211 | Estate Eggshell | 2\n'
     'Main bedroom | Oat Milk | Little Greene | Absolute Matt | 4',
     'Remind me which shade we went for in our bedroom?',
     'The walls of the main bedroom are going to be painted in',
     ['Oat Milk']),
    ('Building Control Application\nApplicant: Hannah Okafor\nSite address: 27 Larkspur Road, Dunmere DN4 8QT\n'
     'Work type: Loft conversion with dormer\nApplication no.: BC/2024/03317 | Fee paid: £612.00',
     "I need the council's reference for the loft job – what is it?",
     'The number the council gave our building regs submission for the dormer is',
     ['BC/2024/03317', '03317']),
    ('NOTICE TO RESIDENTS – Harbour Court\nWater will be shut off to Blocks A and B on Tuesday 5 November from '
     '9:00 to 14:00 while Aquaflow Services replace the rising main. Please store water in advance.\n'
     'Queries: site manager Lorna Beattie, ext. 214.',
     "When's the water coming back on at Harbour Court?",
     'On the day of the rising main work, taps in Blocks A and B should be running again from',
     ['14:00']),
    ('Reno diary, Sat 14 Sept: Tiler (Costas) finished the bathroom floor – 6.5 m² of 60x60 porcelain. Used 3 '
     "bags of grey flexible adhesive. Grout colour ended up 'Jasmine' not 'Pergamon'. Paid him £480 cash, "
     'still owe £150 for the wall tiles.',
     'Which shade did we end up with between the bathroom floor tiles?',
     'The filler Costas used in the joints of the bathroom floor was the colour',
     ['Jasmine']),
    ('# underfloor heating – ensuite (Heatmiser zone 3)\nfloor_probe_limit_c = 27\n'
     'comfort_setpoint_c = 21.5\nsetback_setpoint_c = 17\nschedule_weekday = 06:00-08:30, 17:30-22:00',
     "What's the hottest the ensuite floor is allowed to get?",
     "The ensuite's underfloor system is capped so the tiles never go above (in °C)",
     ['27']),
    ('We got three quotes for re-roofing the garage. Hartley & Sons came in at £6,900 with a 10-year '
     "guarantee, Summit Roofing quoted £5,250 but couldn't start until March, and a one-man outfit called "
     'Ridgeline wanted £4,100 cash with no paperwork. We went with Summit.',
     'How much was the roofer we actually picked for the garage?',
     'The price from the company we chose to redo the garage roof was',
     ['£5,250', '5,250']),
    ('SNAGGING LIST – 14 Orchard Mews (handover 22 Nov)\n1. Bathroom door catches on new flooring – plane 3mm\n'
     '2. Missing cover plate on socket by island\n3. Extractor fan in utility rattles – ask Ferris Electrical\n'
     '4. Hairline crack above kitchen window – refill & repaint',
     'Who am I supposed to get to look at the noisy fan in the utility room?',
     'The rattling extractor next to the washing machine is to be sorted out by',
     ['Ferris Electrical', 'Ferris']),
    ('Date        Trade                 Contractor\nThu 6 Mar   First-fix plumbing    PipeLine Plumbing\n'
     'Mon 10 Mar  First-fix electrics   Volt & Co\nWed 12 Mar  Plastering            J. Ashdown\n'
     'Mon 17 Mar  Kitchen fitting       Bramley Builders',
     "When's the plasterer booked in?",
     'Ashdown is due to start skimming the walls on',
     ['Wed 12 Mar', '12 Mar']),
    ('Dear Mr and Mrs Fenwick,\nUnder the Party Wall etc. Act 1996, I give notice that I intend to cut into '
     'the shared wall at 41 Cedar Lane to insert steel beams, starting no sooner than 2 June.\n'
     'My appointed surveyor is Alan Pritchard MRICS of Pritchard Boundary Surveys.\n'
     'Yours sincerely, Diane Whitcombe (owner, 43 Cedar Lane)',
     'Which surveyor is next door using for the party wall stuff?',
     'For the steel beam work, Diane Whitcombe has engaged the surveyor',
     ['Alan Pritchard', 'Pritchard']),
    ("Electrician Jess: 'Your loft cable is 2.5mm twin and earth, but for the new 9.5kW shower you need a 10mm "
     "run and a 45-amp breaker. I'll do it for £340 labour, Saturday morning if that suits.'",
     'What rating did Jess say the trip switch for the new shower has to be?',
     'To protect the new shower circuit, Jess said the MCB needs to be',
     ['45-amp', '45']),
    ('INVOICE INV-5582 — Chalkstone Decorating Ltd\nTo: Mr R. Banerjee, 8 Willow Crescent\n'
     'Labour: 4 days @ £210/day = £840.00 | Materials: £186.40\nSubtotal £1,026.40 | Paid on account £300.00\n'
     'BALANCE DUE by 30 April: £726.40',
     'How much do I still have to pay Chalkstone for the decorating?',
     "After the money already handed over, what's left outstanding to the painters is",
     ['£726.40', '726.40']),
    ('Photo 7: Rotten joist under the back bedroom floor, found 11 Feb by Tomasz from Oakline Carpentry. Needs '
     'sistering – 3 joists affected, approx £950 extra on top of the original quote.',
     'How many of the floor joists turned out to be damaged?',
     'The number of floor timbers Tomasz said need sistering is',
     ['3']),
]
OTHER97_ABSENT = [
    ('How long a guarantee is Gareth Llewellyn giving on the kitchen extension?', 'chat', 0),
    ("What's Dev the plumber's hourly rate?", 'chat', 1),
    ("Can you give me Marek Nowicki's mobile number?", 'chat', 3),
    ("What's the phone number for Aquaflow Services, the company doing the Harbour Court rising main?", 'chat', 6),
    ('How long is the guarantee Summit Roofing gives on the garage roof?', 'chat', 9),
    ("The expected length of time Diane Whitcombe's steel beam work will take is", 'completion', 12),
    ('Which company does Jess the electrician work for?', 'chat', 13),
    ("The VAT charged on Chalkstone Decorating's invoice INV-5582 came to", 'completion', 14),
]


OTHER98 = [
    ('From: Parcelwise Deliveries <updates@parcelwise.co.uk>\nSubject: Your parcel PW48213977GB is on its way\n'
     'Hi Hannah, your order from Brightwell Home (2 items) will arrive on Thursday 12 June between 10:40 and '
     '11:40. Your driver today is Tomasz.',
     'Can you remind me of the tracking code for the Brightwell Home stuff coming Thursday?',
     'The Parcelwise tracking number for the Brightwell Home order is',
     ['PW48213977GB']),
    ("DPX: Hi, your driver Leon couldn't deliver parcel 7731-K to 14 Mallard Close today. It's been left at "
     'Kwik Stop, 3 Station Rd. Collect by 22 May with PIN 5820.',
     'What number do I need to give the shop to pick up my missed parcel?',
     'The collection code for the parcel left at Kwik Stop is',
     ['5820']),
    ('ORDER RECEIPT - Nettlebay Outdoor\nOrder #NB-205561 | 3 Mar 2025\n'
     '1x Trailhead 45L Rucksack £84.99\n2x Merino Hiking Socks £11.50\n'
     'Delivery £3.95 | Total paid £111.94',
     'How much did I spend altogether at Nettlebay?',
     'Including postage, the Nettlebay Outdoor order came to',
     ['£111.94', '111.94']),
    ('Return Request Form\nRetailer: Corvane Fashion\nItem: Linen wrap dress, size 12\n'
     'Reason: Too small\nReturn code: RTN-88K4Q\nDrop-off deadline: 30 April\n'
     'Refund method: original card',
     'I forgot, by when do I have to hand in the Corvane dress?',
     'The last day I can send back the linen dress to Corvane is',
     ['30 April']),
    ('Order | Shop | Courier | Status\n55102 | Pixelfort | Evri | Delivered 4 Feb\n'
     '55187 | Homely & Co | Yodel | Delayed\n55230 | Tindle Books | Royal Mail | Out for delivery',
     'Which company is bringing my Homely & Co order?',
     'The Homely & Co purchase is being delivered by',
     ['Yodel']),
    ("[18:42] Maya: hey, your Lumora lamp came to mine by mistake 😅 the box says order LM-3390. I'll drop it "
     "round Saturday morning, or grab it from my porch - key's under the blue pot",
     'Where does Maya keep her spare key so I can get the lamp?',
     "Maya told me I'd find her key",
     ['under the blue pot', 'blue pot']),
    ('Monzo · 14 Aug 09:12\nRefund received: +£249.00 from Halvard Electronics (Aerosound X2 headphones, RMA '
     '40912)\nBalance now £1,082.55',
     'How much did I get back for the headphones?',
     'The money Halvard returned for the Aerosound X2 was',
     ['£249.00', '249.00']),
    ('Booking confirmed: 2-person delivery\nRetailer: Oakhaven Furniture\n'
     'Item: Ellery 3-seater sofa (sage)\nDate: Tuesday 8 July, slot 07:00-13:00\n'
     'Crew will call 30 mins before. Ref: OHF-77120',
     'What day is the new sofa turning up?',
     'The Oakhaven team are bringing the Ellery sofa on',
     ['Tuesday 8 July', '8 July']),
    ('Mon 16 Sep - rang Quillmart customer service about the missing blender (order QM-61208). Spoke to '
     "Priyanka, she's opened case 993-XT and promised a callback within 48 hours. Call lasted 42 minutes.",
     'What reference did Quillmart give me for the blender complaint?',
     'The case Priyanka opened about the missing blender has the number',
     ['993-XT']),
    ('# ShopNest delivery preferences\ndefault_address = "Flat 3B, 27 Corran Street, Leeds LS6 2QT"\n'
     'safe_place = "behind the recycling bin"\nneighbour_ok = true  # No. 25, Mr Okafor\n'
     'sms_alerts = 07700 900318',
     "Where did I tell ShopNest to leave parcels if I'm out?",
     'When nobody is home, ShopNest couriers should put my packages',
     ['behind the recycling bin', 'recycling bin']),
    ('NOTICE - Parcel Room, Birchfield Court\nUnclaimed parcels are kept for 14 days, then returned to '
     'sender.\nOpen Mon-Fri 8am-7pm, Sat 9am-1pm.\nConcierge: Dalia Mensah, ext. 210',
     'How long will they hold a package downstairs at Birchfield Court before sending it back?',
     "Birchfield Court's parcel room only holds uncollected deliveries for",
     ['14 days', '14']),
    ("Ordered a birthday cake stand from Fernlow Crafts on 2 October for Gran's party. It was meant to come by "
     'the 9th, but the courier, Speedlink, lost it at their Crewe depot. Fernlow re-sent it free and it '
     'finally turned up on the 14th, the day after the party.',
     'Where did the cake stand go missing?',
     'Speedlink misplaced the Fernlow parcel at their',
     ['Crewe depot', 'Crewe']),
    ('Returns to post this week:\n- Jumper (Marlowe & Finch) - Post Office, label printed\n'
     '- Phone case (Gadgetly) - InPost locker, code 3H7W\n- Trainers (StrideHub) - courier pickup Fri, '
     'deadline 11 Nov',
     'What do I type into the locker to send back the phone case?',
     'To drop the Gadgetly return off at InPost I have to enter',
     ['3H7W']),
    ('Holloway Road Post Office - last collection times\nMon-Fri  17:30\n'
     'Saturday 12:15\nSunday   no collection\nParcelForce Express last drop: 16:00 weekdays',
     "What's the latest I can post something at Holloway Road on a Saturday?",
     'On Saturdays the final pickup from the Holloway Road branch is at',
     ['12:15']),
    ('Dear Mr Adeyemi,\nFurther to your complaint of 3 January about the damaged Kestrel coffee machine, '
     'Brennan & Lowe will issue a goodwill voucher of £40 in addition to the full refund of £329.\n'
     'Yours sincerely, Clara Whitcombe, Customer Relations Manager',
     'How much is the extra gift Brennan & Lowe are giving me on top of my money back?',
     'As an apology for the broken coffee machine, Brennan & Lowe offered a voucher worth',
     ['£40', '40']),
    ("Agent (Ravi, Snapcart Support): I've arranged a replacement for the cracked mirror - it'll ship from our "
     'Dartford warehouse tomorrow with DHL, tracking SC-DH-550218. No need to return the broken one.',
     'Where is the new mirror being sent out from?',
     "Snapcart's replacement mirror will leave from their",
     ['Dartford warehouse', 'Dartford']),
]
OTHER98_ABSENT = [
    ('How much did I pay for the Brightwell Home order?', 'chat', 0),
    ('How much will I get back for the Corvane Fashion dress?', 'chat', 3),
    ('Why did I send back the Aerosound X2 headphones?', 'chat', 6),
    ('The Ellery 3-seater sofa from Oakhaven Furniture cost me', 'completion', 7),
    ("What's Mr Okafor's first name?", 'chat', 9),
    ("The StrideHub trainers I'm returning are size", 'completion', 12),
    ('When does the Brennan & Lowe voucher expire?', 'chat', 14),
    ('When did I order the mirror from Snapcart?', 'chat', 15),
]


# Writers 99–104 (parents and schools; cycling and running clubs; buying a house; choirs, orchestras
# and concert tours; an open-source project's maintenance; a local paper and community radio),
# commissioned on 7 December 2026 from helpers who saw no rule and no set: that session's held-out set.
OTHER99 = [
    ('From: office@brackenfieldprimary.sch.uk\nTo: Parents - Year 4\nSubject: Autumn term dates\nSchool reopens'
     ' Wed 3 September (INSET days Mon 1 and Tue 2 Sept). Half term runs 27-31 October. Term ends Friday 19 Dec'
     'ember at 1.30pm.',
     'When do the kids actually go back after the summer hols?',
     'Pupils return to Brackenfield for the new school year on',
     ['Wed 3 September', '3 September']),
    ('Msg from Kerry (class rep): Hi all! Year 2 trip to Hollowmead Farm is Thurs 12 June, coach leaves 9.15. V'
     'oluntary contribution is £14.50 (was £12 but coach went up). Packed lunch pls, no nuts x',
     "How much do we have to pay for Year 2's farm outing?",
     'The amount being asked for the Hollowmead visit is',
     ['£14.50', '14.50']),
    ('SCHOOLWEAR DIRECT - Order #SWD-448217\nItem | Size | Qty | Price\nBottle green sweatshirt | 9-10 | 2 | £2'
     '3.00\nGrey pinafore | 9-10 | 1 | £11.50\nPE bag (embroidered) | - | 1 | £6.75\nDelivery: 5-7 working days',
     'can you find the order number for the uniform stuff I bought online?',
     'The reference for my schoolwear purchase is',
     ['SWD-448217', '448217']),
    ('After-school clubs - Summer term\nMon: Chess (Mr Okafor) 3.20-4.20, Rm 6\nTue: Netball (Mrs Delaney) 3.20'
     '-4.30, playground\nWed: Coding Club (Ms Brightwell) 3.20-4.15, ICT suite\nThu: Choir (Mr Okafor) 12.40-1.'
     '10, hall',
     "Who's in charge of the computer club after school?",
     "The teacher who leads Wednesday's programming sessions is",
     ['Ms Brightwell', 'Brightwell']),
    ("Diary 14 Nov: Parents' evening booked for Ellie with Mrs Fairbanks - slot 5.40pm, 10 mins. Tom's with Mr "
     'Hussein is at 6.10pm in the library. Remember to park on Birch Lane, car park shut.',
     "Remind me what time I'm seeing Ellie's teacher?",
     'My appointment with Mrs Fairbanks to talk about Ellie starts at',
     ['5.40pm', '5.40']),
    ('End of year report - Tom Whitlock, Class 5B\nReading: Secure | Writing: Working towards | Maths: Greater '
     'depth\nAttendance: 96.4% (3 authorised absences)\nTeacher comment: Tom is a thoughtful member of the clas'
     's and a kind friend.',
     "what did Tom's report say about how often he'd been in school?",
     "According to his end-of-year report, Tom's attendance was",
     ['96.4%', '96.4']),
    ('date,child,item,amount,balance\n2024-09-09,Ellie,top-up,£50.00,£50.00\n2024-09-13,Ellie,lunches wk1,£11.5'
     '0,£38.50\n2024-09-20,Ellie,lunches wk2,£13.80,£24.70\n2024-09-20,Ellie,milk,£0.40,£24.30',
     'How much credit has Ellie got left for her school lunches?',
     "The money still sitting on Ellie's meals account is",
     ['£24.30', '24.30']),
    ("PERMISSION SLIP - Year 6 residential, Stonebeck Outdoor Centre\nChild's name: Tom Whitlock    Dates: 7-9 "
     'May\nHome phone: 01632 558 190\nEmergency contact: Gran (Pat Whitlock)\nEmergency phone: 07700 914 362\nR'
     'eturn by: Fri 28 March',
     "Which mobile did I put down for emergencies on Tom's trip form?",
     'If something goes wrong at Stonebeck the centre should ring',
     ['07700 914 362']),
    ('*** PTA SUMMER FAIR ***\nSaturday 21 June, 12 - 4pm, school field\nTombola * Cake stall * Bouncy castle *'
     ' Dog show at 2pm\nRaffle tickets £1 each, 6 for £5\nTop prize: family pass to Ridgeway Wildlife Park!\nVo'
     'lunteers please contact Sandeep on the PTA WhatsApp',
     "what's the main raffle prize at the fair this year?",
     'Whoever wins the first-place raffle draw at the PTA event gets a',
     ['family pass to Ridgeway Wildlife Park', 'Ridgeway Wildlife Park']),
    ('[08:02] Jo Pritchard: does anyone know what colour the house t-shirts are this year?\n[08:05] Amira S: El'
     "lie's in Oak so hers is burgundy\n[08:06] Jo Pritchard: and Willow??\n[08:09] Amira S: Willow is mustard "
     'yellow, Ash is navy, Elm is teal',
     'What colour top does a kid in Willow need for sports day?',
     'Children who belong to Willow house wear',
     ['mustard yellow']),
    ('Dear Parents/Carers,\nYear 3 swimming lessons will take place at Kingsley Leisure Centre every Friday fro'
     'm 10 January for 8 weeks. Children must bring a swimming hat and towel. Lessons were previously at Marlow'
     ' Road Baths but that pool is closed for repair.\nYours, Mrs J. Akande, Head of Year 3',
     'Where are Year 3 going for their swimming now?',
     "The pool being used for Year 3's Friday sessions is at",
     ['Kingsley Leisure Centre', 'Kingsley']),
    ('{"child": "Ellie Whitlock", "class": "4F", "teacher": "Mrs Fairbanks", "ta": "Mr Doyle", "pupil_id": "BRK'
     '-2291-EW", "allergies": ["none"], "pickup_authorised": ["Dan Whitlock", "Pat Whitlock"]}',
     "can you dig out Ellie's login ID for the school app?",
     "Ellie's pupil identification code on the school system is",
     ['BRK-2291-EW']),
    ('Year 6 stationery list (from Mr Hussein):\n- 2 HB pencils\n- 1 ruler, 30cm (not bendy!)\n- scientific cal'
     'culator (Casio fx-83GT recommended)\n- 4 glue sticks\n- clear pencil case for SATs',
     "Which calculator did Tom's teacher say to get?",
     'The calculator model suggested for Year 6 is the',
     ['Casio fx-83GT', 'fx-83GT']),
    ('2025-01-14 08:31 absence line: Tom - sickness bug, back Thurs\n2025-02-03 08:40 absence line: Ellie - den'
     "tist, arriving 10.45\n2025-03-11 08:25 absence line: Tom - hospital appt at St Aldhelm's, back after lunc"
     'h',
     'What time did I tell school Ellie would turn up after the dentist?',
     'On the morning of her dental check-up Ellie was expected in class at',
     ['10.45']),
    ("school_transport:\n  route: 47B\n  pickup_stop: Fernhill Road (opp. the Co-op)\n  pickup_time: '07:52'\n "
     " return_drop: '16:05'\n  pass_number: STP-60318",
     'what time does the school bus come in the morning?',
     'The morning collection at the Fernhill Road stop happens at',
     ['07:52']),
    ('Went to the welcome meeting tonight. The old head, Mr Rowntree, has retired and the new headteacher is Dr'
     " Imogen Castellano, who came over from St Brigid's in Harrowby. She wants to bring back the school orches"
     'tra and start a breakfast club at 7.45am from January.',
     'Who took over running the school when the old head left?',
     "Mr Rowntree's replacement at the top of the school is",
     ['Dr Imogen Castellano', 'Imogen Castellano', 'Castellano']),
]
OTHER99_ABSENT = [
    ("How much is the deposit for Tom's Year 6 residential?", 'chat', 7),
    ('When does half term start in the spring term?', 'chat', 0),
    ('What was the delivery charge on the uniform order?', 'chat', 2),
    ('Who runs the after-school club on Fridays?', 'chat', 3),
    ('What grade did Tom get for science on his report?', 'chat', 5),
    ('The daily fee for the new breakfast club is', 'completion', 15),
    ("The day Ellie's class needs to bring in PE kit is", 'completion', 11),
    ('The time the Year 2 coach is due back at school is', 'completion', 1),
]

OTHER100 = [
    ('Wrenhill 10K - club results\nPos | Name | Chip time | Cat\n42 | Gaz Penrose | 38:14 | M40\n57 | Dani Oyel'
     'aran | 39:02 | F35\n113 | Mick Tully | 44:51 | M50\n131 | Priya Nand | 46:20 | F40',
     'what time did Dani do at Wrenhill?',
     "Dani Oyelaran's chip-timed result over the 10K was",
     ['39:02']),
    ('SUNDAY CLUB RUNS (Ashcombe Velo)\nA group: 95km to Cresswell Tor, 28-30kph avg, leave 8:00\nB group: 70km'
     ' to Pipers Cafe, 24-26kph, leave 8:30\nC group: 45km social loop, 20kph, leave 9:00\nAll groups meet at t'
     'he clock tower, Market Sq.',
     'how long is the B ride on Sunday?',
     'The distance the B group will cover is',
     ['70km']),
    ('From: kit@ashcombevelo.cc\nSubject: Kit order confirmed\nHi Rob, your order KT-2207-RB is in: 1x SS jerse'
     'y (L) £48, 1x bib shorts (M) £62, 1x gilet (L) £39. Total £149. Expected delivery to club 14th March, col'
     'lect at the Wednesday chaingang.',
     'How much did my club kit come to in the end?',
     'The full bill for my Ashcombe Velo clothing was',
     ['Total £149', '£149']),
    ('ASHCOMBE HARRIERS - MEMBERSHIP RENEWAL 2025\nName: Rob Kettering\nEA URN: 3918204\nMembership type: First'
     ' claim (£38) [second claim is £22]\nDate of birth: 11/04/1984\nEmergency contact: Lou Kettering 07700 162'
     ' 844',
     "What's my England Athletics number again?",
     'My unique registration number with the national athletics body is',
     ['3918204']),
    ('TXT from RaceTime NW: Your chip for Saltmarsh Half is TAG-77315. Return it at the finish funnel or a £15 '
     'fee applies. Bib collection Sat 10-4 at Saltmarsh Leisure Ctr. Race start 09:30 Sun, wave 3 at 09:42.',
     "what's the code on my timing tag for the half marathon?",
     "The ID of the timing device I've been given for Saltmarsh is",
     ['TAG-77315', '77315']),
    ('2025-04-06 07:14 Ride: Cresswell Tor loop 94.6 km, 1,420 m elev, avg 27.8 km/h\n2025-04-09 18:30 Run: Par'
     'krun Ashcombe 5 km 21:47\n2025-04-12 06:55 Ride: Hill reps Gallows Lane 32.1 km, 860 m elev',
     'How much climbing was there on the Tor loop?',
     'The total ascent I logged on the Cresswell ride came to',
     ['1,420 m', '1,420']),
    ('Gaz: route for Thurs hill session?\nMel: meet Fox & Hounds car park 6.45, up Beacon Lane x5, then back vi'
     'a the canal\nGaz: not Sheepwash Hill?\nMel: nah Sheepwash is resurfacing till end of month',
     'Which hill are we doing repeats on this Thursday?',
     "The climb chosen for Thursday's reps is",
     ['Beacon Lane']),
    ('timestamp,name,event,tshirt,dietary\n03/05 19:02,Priya Nand,Club Relays leg 2,S,veggie\n03/05 19:40,Mick '
     'Tully,Club Relays leg 4,XL,none\n03/05 21:15,Sam Achterberg,Club Relays leg 1,M,gluten free\n04/05 08:03,'
     'Dani Oyelaran,Club Relays leg 3,M,none',
     'Who put their name down for the opening leg of the relays?',
     'The club runner taking the first stage of the relay is',
     ['Sam Achterberg', 'Achterberg']),
    ('!! ASHCOMBE VELO 25-MILE TT !!\nCourse: A34/12 (Millbrook out & back)\nHQ: Millbrook Village Hall\nFirst '
     'rider off 19:00, 1-min intervals\nEntry £6.50 on the night, £5 pre-entered\nSign-on closes 18:40',
     'How much is it to do the TT if I just rock up on the day?',
     'Paying to ride the time trial at sign-on costs',
     ['£6.50', '6.50']),
    ('ride_leaders:\n  - {date: 2025-05-04, group: B, leader: Hannah Voss}\n  - {date: 2025-05-11, group: B, le'
     'ader: Terry Blythe}  # swapped with Hannah\n  - {date: 2025-05-18, group: B, leader: Ollie Marsh}',
     "who's leading the B lot on 11 May?",
     "The person guiding the B group's ride on the 11th is",
     ['Terry Blythe', 'Blythe']),
    ('{"rider": "Rob K", "bike": "Ribble Endurance", "saddle_height_mm": 742, "old_saddle_height_mm": 735, "ste'
     'm": "100mm -6deg", "crank": "172.5mm", "tyres": "28c"}',
     'What seat height did the fitter set me up with?',
     'After the bike fit my saddle now sits at (mm)',
     ['742']),
    ('From: secretary@ashcombeharriers.org\nSubject: AGM\nThe AGM will be on Tuesday 25 Nov at 7.30pm in the up'
     "stairs room of the Wheatsheaf, Ashcombe (NOT the cricket club as in last year's notice). Nominations for "
     'captain to Jill Farrow by 11 Nov.',
     "Where's the Harriers' yearly meeting being held?",
     "This year's annual general meeting takes place in the",
     ['upstairs room of the Wheatsheaf', 'the Wheatsheaf', 'Wheatsheaf']),
    ("Dragon's Spine sportive - packing list\n- rider number 1187 + cable ties\n- 2x bottles, 4 gels, 2 bars\n-"
     ' spare tubes (700x28) x2, CO2 x2\n- rear light (compulsory)\n- feed stops at 48km and 102km',
     "what number am I riding under at the Dragon's Spine?",
     "For the sportive I've been allocated bib",
     ['1187']),
    ("Great morning at the cross-country at Hadleigh Park. Ladies' team finished 3rd overall, men 6th. Priya wa"
     's our first woman home in 27th, Dani just behind in 31st. Mud everywhere - lost a spike in the bog near t'
     'he 4km marker. Next fixture is Broadwater on 8 Feb.',
     "where's the next XC league race?",
     'The following cross-country fixture will be held at',
     ['Broadwater']),
    ('SPOKES & SONS CYCLES\nInv 5531 | 19/03/2025\nFull service ........ £85.00\nChain (KMC X11) ..... £32.99\n'
     'Bar tape ............ £18.00\nTOTAL ............... £135.99 (paid card ****4410)',
     'What did the bike shop charge me for the new chain?',
     'The replacement KMC part was priced at',
     ['£32.99', '32.99']),
    ('Jill: Hi Rob, track sessions move to Tuesdays from next week - 6.30pm at Lydgate Stadium, £4 per session '
     "(juniors £2). Coach is Femi Adeyemi now, Carol's stepping back. Bring spikes, no studs on the track pls!",
     "who's taking the track nights now Carol's stepped down?",
     'The person now coaching the Tuesday stadium sessions is',
     ['Femi Adeyemi', 'Adeyemi']),
]
OTHER100_ABSENT = [
    ("What was Gaz's finishing position at the Saltmarsh Half?", 'chat', 0),
    ("What's the joining fee for new members at Ashcombe Velo?", 'chat', 3),
    ("What's the cut-off time for finishing the Saltmarsh Half?", 'chat', 4),
    ('What was the postage charge on my kit order?', 'chat', 2),
    ("What's the postcode for Lydgate Stadium?", 'chat', 15),
    ("The A group's ride leader on 4 May is", 'completion', 9),
    ("The entry fee I paid for the Dragon's Spine sportive was", 'completion', 12),
    ("Mick Tully's parkrun time at Ashcombe was", 'completion', 5),
]

OTHER101 = [
    ('From: Harriet Lomax <h.lomax@penningtonandreeve.co.uk>\nSubject: 14 Alder Close - offer update\nHi both, '
     'the vendors have declined £312,000 but said they would accept £318,500 if you can proceed without a chain'
     '. Asking price remains £325,000. Let me know by Friday.',
     "What figure did the Alder Close sellers say they'd go for?",
     "The owners of 14 Alder Close indicated they'd agree to",
     ['£318,500', '318,500']),
    ('Sat viewings\nTime | Address | Agent\n10:00 | 14 Alder Close, Kembury | Pennington & Reeve\n11:15 | 3 Qua'
     'rry Row, Kembury | Holt Homes\n12:30 | Flat 6, Tanners Yard | Holt Homes\n14:00 | 29 Meadowsweet Drive, L'
     'anford | Castle Estates',
     'when are we looking round the Quarry Row one?',
     'Our appointment to see 3 Quarry Row is at',
     ['11:15']),
    ('RICS Level 2 survey - 14 Alder Close (surveyor: M. Devlin)\n- Roof: condition rating 2, some slipped tile'
     's\n- Damp: rising damp to rear wall, rating 3\n- Electrics: consumer unit dated, recommend EICR\n- Estima'
     'ted repair cost for damp: £4,200-£5,800',
     "What did the surveyor reckon it'd cost to sort the damp out?",
     'Treating the moisture problem on the back wall is expected to cost',
     ['£4,200-£5,800', '£4,200']),
    ('Dear Ms Calloway and Mr Iredale,\nRe: Your purchase of 14 Alder Close, Kembury\nThank you for your instru'
     'ctions. Your matter reference is KCL/CONV/88412. Please quote this on all correspondence. Our fee is £1,1'
     '50 + VAT plus disbursements. The fee earner handling your file is Sunita Bhogal.\nYours sincerely, Kettle'
     ' Crane LLP',
     "what's the solicitors' ref for our purchase?",
     'Whenever we write to Kettle Crane we need to quote',
     ['KCL/CONV/88412', '88412']),
    ('MORTGAGE OFFER SUMMARY\nLender: Northgate Building Society\nLoan amount: £254,800\nProduct: 5-yr fixed at'
     ' 4.29%, 30-year term\nMonthly payment: £1,258.60\nOffer valid until: 17 August 2025',
     'How long is the mortgage offer good for?',
     "Northgate's lending offer will lapse on",
     ['17 August 2025', '17 August']),
    ('Ben: agent says completion is 28th Feb now not 21st 😩\nRuth: seriously?? removals booked for the 21st\nBe'
     "n: I know. Ill ring Hendry's and move it\nRuth: exchange still Weds 12th?\nBen: yep",
     'So what day are we actually completing now?',
     'The revised date for the purchase to complete is the',
     ['28th Feb']),
    ("HENDRY'S REMOVALS - QUOTATION Q-30917\nRoute: 7 Linnet Walk, Oxbury -> 14 Alder Close, Kembury\nCrew: 3 m"
     'en, 1 x 7.5 tonne lorry\nPacking service: £380\nMove only: £695\nTotal inc VAT: £1,290',
     'How much is the moving firm charging us all in?',
     "Hendry's full quote with tax included comes to",
     ['£1,290', '1,290']),
    ('Three agents round to value Linnet Walk this week. Castle Estates said £279,950, Holt Homes were more bul'
     'lish at £289,000, and Pennington & Reeve came in at £282,500 with 1.2% fee. We went with Pennington & Ree'
     've, mainly because Harriet seemed straight with us.',
     'What did Holt Homes think our house was worth?',
     'The valuation Holt Homes put on Linnet Walk was',
     ['£289,000', '289,000']),
    ('FOR SALE - 7 Linnet Walk, Oxbury OY9 4TL\nGuide price £282,500\n3 bed semi * south-facing garden * garage'
     ' * EPC rating: D\nCouncil tax band C\nViewings strictly by appointment: Pennington & Reeve 01632 730 442',
     'What number do people ring to book a look round our place?',
     'Anyone wanting to view Linnet Walk has to phone',
     ['01632 730 442']),
    ('{"milestones": {"memorandum_of_sale": "2025-01-06", "searches_ordered": "2025-01-09", "searches_back": "2'
     '025-01-30", "mortgage_offer": "2025-02-03", "enquiries_raised": "2025-02-04"}}',
     'when did the local searches come back in the end?',
     'The council search results were returned on',
     ['2025-01-30']),
    ("[Tue 14:02] Dev (broker): Valuation's come back at £320,000, so you're fine on LTV\n[Tue 14:05] Ruth: phe"
     "w. what's the LTV then?\n[Tue 14:06] Dev (broker): 80% on the £318,500 price, deposit is £63,700\n[Tue 14"
     ':07] Ruth: ok great thanks Dev',
     'How much are we putting down ourselves on Alder Close?',
     "The sum we're contributing upfront towards the purchase is",
     ['£63,700', '63,700']),
    ('item,supplier,cost,paid\nsurvey,M. Devlin RICS,£650,yes\nconveyancing,Kettle Crane LLP,£1380,no\nremovals'
     ",Hendry's,£1290,no\nnew locks,Keyfix,£145,no\ncarpet clean,FreshPile,£120,yes",
     'Who are we using to change the locks?',
     'The company lined up to fit new door locks is',
     ['Keyfix']),
    ('call log - sale of Linnet Walk\n03/01 09:40 Harriet: offer from Mr & Mrs Szabo £276,000 - rejected\n05/01'
     " 16:10 Harriet: Szabo up to £280,500 - accepted subject to survey\n09/01 11:25 Harriet: buyers' solicitor"
     ' is Greaves & Pike, Oxbury',
     'What price did we agree with the people buying our house?',
     "The Szabos' accepted bid for Linnet Walk was",
     ['£280,500', '280,500']),
    ("move_day_checklist:\n  meter_readings: {electric: 48213, gas: 07719}\n  water_meter: 'in pavement, serial"
     " WM-5521K'\n  keys: leave 2 sets with Pennington & Reeve\n  new_broadband: Lumen Fibre, install 3 March, "
     '8am-1pm',
     "when's the internet being put in at the new house?",
     'The fibre engineer is booked to connect us on',
     ['3 March']),
    ('Spoke to the neighbour at 12 Alder Close, Mrs Okonjo - lovely. She says the fence on the left side is our'
     's to maintain, and the hedge at the back belongs to the farm. Bins go out Tuesday mornings, green waste e'
     'very other Thursday. Parking permit for the close costs £40 a year.',
     'Which day is rubbish collection at the new place?',
     'General waste on Alder Close is put out on',
     ['Tuesday mornings', 'Tuesday']),
    ('SMS Pennington & Reeve: Completion has taken place! 🎉 Keys for 14 Alder Close are ready to collect from o'
     'ur Kembury branch, 22 High Street, from 1.45pm. Please bring photo ID. Any questions call Harriet on 0163'
     '2 889 157.',
     'What time can we go and grab the keys?',
     'The keys can be picked up from the Kembury office from',
     ['1.45pm', '1.45']),
]
OTHER101_ABSENT = [
    ('How much stamp duty do we owe on Alder Close?', 'chat', 9),
    ('What did the vendors of Alder Close originally pay for it?', 'chat', 0),
    ("What's the early repayment charge on the Northgate mortgage?", 'chat', 4),
    ('What time are the removal men turning up on moving day?', 'chat', 6),
    ('What fee percentage did Holt Homes quote for selling our house?', 'chat', 7),
    ('The price of the electrical EICR check the surveyor recommended is', 'completion', 2),
    ("The buyers' solicitor's reference number for the Linnet Walk sale is", 'completion', 12),
    ('The monthly cost of the new broadband package is', 'completion', 13),
]

OTHER102 = [
    ('From: Margaret Oyelaran <m.oyelaran@northfieldchoral.example>\nTo: Sopranos & Altos\nSubject: Tuesday reh'
     "earsal moved\n\nHi all, Tuesday's sectional is moving from St Barnabas Hall to the Quaker Meeting House o"
     'n Carlow Street, 7.15pm start (not 7.30 as printed). Basses and tenors stay at St Barnabas.',
     'where are the sopranos practising this tuesday?',
     'This week the upper-voice sectional will be held at the',
     ['Quaker Meeting House']),
    ('Desk | 1st Violins | 2nd Violins\n1 | Ilse Markov / Tomasz Wren | Priya Anand / Dev Kohli\n2 | Ruth Baine'
     's / Olu Ferris | Gemma Tsao / Carl Ibbott\n3 | Nadia Fell / (vacant) | Jonah Platt / Sam Verity',
     "who's sharing a stand with Gemma in the seconds?",
     "Gemma Tsao's desk partner in the second violins is",
     ['Carl Ibbott', 'Ibbott']),
    ('Bus update from Ray (Hallam Coaches): pick-up Sat moved to 6.40am from the Leisure Centre car park, not 7'
     '.10. Reg plate is KX19 BTE, silver 53-seater. Driver mobile 07700 914 362. Back-up driver Lorna 07700 918'
     ' 055.',
     "what's the reg of the coach we're getting on saturday?",
     'The number plate on the tour coach reads',
     ['KX19 BTE']),
    ('room,guest1,guest2,notes\n214,Helen Daly,Pat Sowerby,twin\n215,Marcus Lee,,single supp £38\n216,Fiona Gra'
     'nt,Aisha Begum,ground floor req\n217,Dr Keith Amberley,Joan Amberley,double',
     'which room did we put Fiona in at the hotel?',
     'Fiona Grant is sleeping in room number',
     ['216']),
    ('Box office summary – Winter Gala, 12 Dec\nSold: 412 (incl. 36 comps)\nCapacity: 540\nGross takings: £7,86'
     '4.50\nLast year same date: £6,902.00\nConcessions: 88',
     'how much money have we made on the winter gala tickets so far?',
     'Ticket revenue for the gala currently stands at',
     ['£7,864.50', '7,864.50']),
    ('Venue: Harrowgate Assembly Rooms\nTechnical manager: Bernard Quill\nDuty manager (eves): Sunita Rao\nLoad'
     "ing bay: rear, via Tanner's Lane (max height 3.2m)\nGet-in from: 14:00\nCurfew: 22:45",
     'who do I ring about the lighting rig at Harrowgate?',
     'The person handling tech matters at the Assembly Rooms is',
     ['Bernard Quill', 'Quill']),
    ("Thurs. Long day. Librarian finally found the missing parts for the Dvořák — they'd been filed under 'Symp"
     "hony 8' instead of '7'. We're short two viola parts still; ordered replacements from Pellham Music Hire, "
     'ref PMH-44172, arriving Monday. Horn 3 part is a photocopy, awful.',
     "can you find the order number for the viola parts we're renting?",
     'The hire company reference for the replacement viola copies is',
     ['PMH-44172']),
    ('Sat 14 June — Cathedral concert\n10:00 Coach departs | 12:30 Arrive, lunch in refectory\n14:00 Stage rehe'
     'arsal (orchestra only)\n15:15 Full run with choir\n17:30 Dinner | 19:30 Concert\n22:00 Coach home',
     'when do the singers join the band for the run-through at the cathedral?',
     'Singers should be on stage with the players for the complete run at',
     ['15:15']),
    ("[19:02] Dan: who's got the spare folders?\n[19:03] Alys: I think Winnie took them home\n[19:03] Dan: no, "
     'Winnie gave them to Hugo last week\n[19:05] Hugo: yep, 14 black folders in my boot\n[19:06] Alys: great, '
     'we need 16 for the tenors',
     'how many spare folders has Hugo got in his car?',
     "The number of folders sitting in Hugo's boot is",
     ['14 black folders', '14']),
    ('*** CHOIR SOCIAL ***\nEnd-of-season supper at The Feathers, Mill Road\nFriday 27 June, 7pm\n£22 a head (2'
     ' courses) – pay Joyce by 20 June\nPartners welcome! Raffle in aid of the organ fund',
     'remind me what the end of season dinner costs per person?',
     'Each person attending the supper at The Feathers pays',
     ['£22', '22']),
    ('Dear Mr Pennington,\nThank you for your enquiry regarding hire of the Steinway D for the concert on 3 Oct'
     'ober. The fee is £480 plus tuning at £95; delivery will be arranged by our partner firm, Corbel Removals.'
     ' Please confirm by 1 September.\nYours sincerely,\nAnnette Lowe, Bookings',
     'what would it cost to get the concert grand tuned?',
     'On top of the hire fee, getting the piano tuned costs',
     ['£95', '95']),
    ('{"tour": "Baltic 2025", "flights": {"out": "BA0792", "return": "BA0797"}, "depart": "2025-08-02", "group_'
     'size": 47, "lead": "Rosalind Achebe"}',
     'which flight are we on coming home from the Baltic trip?',
     'The flight code for the journey back from the Baltic is',
     ['BA0797']),
    ('Parts to bring Sunday:\n- Brahms Requiem vocal scores (Novello edn, NOT Peters)\n- Fauré Cantique – 30 co'
     "pies\n- Rutter 'For the Beauty' – 24 copies\n- Pencil!!\n- Black folder",
     'which edition of the Brahms are we meant to be using?',
     'For the German Requiem, singers need the vocal score published by',
     ['Novello']),
    ('The conductor, Elspeth Varga, has decided the tenors will stand on the left of the platform from now on, '
     'swapping with the altos, because the acoustics at Linwood Hall were swallowing them. Her assistant Tobias'
     ' Renn will mark the new positions with blue tape before Thursday.',
     'what colour are the floor markings for the new spots going to be?',
     'Tobias will mark where the tenors now stand using',
     ['blue tape', 'blue']),
    ("concert:\n  title: Spring Voices\n  venue: St Mary's, Holtby (2025-04-12)\n  doors: '18:45'\n  start: '19"
     ":30'\n  interval_mins: 20",
     'what time can the audience get in for Spring Voices?',
     "Audience members can start coming into St Mary's at",
     ['18:45']),
    ("Voicemail transcript 09:14 — 'Hi, it's Declan from the Corn Exchange box office, the new number for ticke"
     "t queries is 01632 960 418, the old 01632 960 111 is being switched off end of month. Cheers.'",
     "what's the new phone line for the Corn Exchange box office?",
     'From next month, people wanting tickets at the Corn Exchange should call',
     ['01632 960 418']),
]
OTHER102_ABSENT = [
    ("What's the deposit we need to pay for the Steinway hire?", 'chat', 10),
    ("What's the name of the hotel we're staying in on tour?", 'chat', 3),
    ('How many seats on the Hallam coach are wheelchair accessible?', 'chat', 2),
    ("Who's playing principal cello this season?", 'chat', 1),
    ('The price of interval drinks at Spring Voices is', 'completion', 14),
    ("What's the wifi password at the Assembly Rooms?", 'chat', 5),
    ('The soprano soloist for the Brahms Requiem is', 'completion', 12),
    ("A child's ticket to the Winter Gala costs", 'completion', 4),
]

OTHER103 = [
    ('#1482 Segfault when parsing empty manifest\nopened by @kveld-ostrom · 3 comments\n@mira-t: can repro on 2'
     '.3.1, not on 2.2.9\n@kveld-ostrom: confirmed, bisected to commit 7e41c0a\n@jwpark (maintainer): fix in #1'
     '490, labelled P1',
     'which commit broke parsing of empty manifests?',
     'The bisect pinned the segfault regression on commit',
     ['7e41c0a']),
    ('## tidewater 3.0.0 (2025-03-18)\n- BREAKING: Dropped support for Python 3.8\n- BREAKING: `Reader.open()` '
     'now requires `mode=`\n- Added: Zstd compression (thanks @olu-b)\n- Fixed: Memory leak in stream iterator '
     '(#1511)',
     'what python version did we stop supporting in the big 3.0 release?',
     'The interpreter version removed from support in 3.0.0 was',
     ['Python 3.8', '3.8']),
    ('[2025-04-02T11:42:07Z] job: test-matrix (ubuntu-22.04, py3.12)\n[...] collected 2184 items\n[...] FAILED '
     'tests/test_codec.py::test_roundtrip_large - TimeoutError\n[...] 2179 passed, 1 failed, 4 skipped in 412.6'
     '6s\n[2025-04-02T11:49:01Z] exit code 1',
     'which test blew up in the py3.12 matrix run?',
     'The only failing case in that ubuntu job was',
     ['tests/test_codec.py::test_roundtrip_large', 'test_roundtrip_large']),
    ('[tool.tidewater]\nchunk_size = 65536\nmax_workers = 8\ncache_dir = "~/.cache/tidewater"\nretry_timeout = '
     '45  # was 30, bumped after #1377\nlog_level = "warn"',
     'what did we end up setting the retry timeout to?',
     'After the change from issue 1377, the seconds allowed before a retry gives up is',
     ['retry_timeout = 45', '45']),
    ('# requirements/prod.txt (pinned 2025-02-11)\nnumpy==1.26.4\nzstandard==0.22.0\nattrs==23.2.0\ncryptograph'
     'y==42.0.5  # CVE bump, was 41.0.7\nclick==8.1.7',
     'which cryptography release is prod locked to right now?',
     'The production requirements hold the crypto library at version',
     ['42.0.5']),
    ('From: Ines Valcárcel <ines.v@fastmail.example>\nTo: maintainers@tidewater.dev\nSubject: CLA question\n\nH'
     'i! My employer (Northgate Analytics) needs the CLA signed by our legal contact, Tom Brearley, not me. Can'
     ' you send it to tom.brearley@northgate.example? Thx, Ines',
     'what address does Ines want the CLA sent to?',
     'The contributor licence agreement should be e-mailed to',
     ['tom.brearley@northgate.example']),
    ('GHSA-7q2m-h4xv-9pcw\nSeverity: High (CVSS 8.1)\nAffected: tidewater >= 2.4.0, < 2.6.3\nPatched: 2.6.3, 3.'
     '0.1\nReporter: Haruto Sekiguchi\nSummary: path traversal in archive extraction',
     'how bad was the path traversal advisory scored?',
     'The archive extraction vulnerability was given a base score of',
     ['CVSS 8.1', '8.1']),
    ('<dmitri_k> anyone know when the 2.6 branch goes EOL?\n<jwpark> we said 30 Sept in the roadmap\n<lou> I th'
     'ought it was end of Q3\n<jwpark> same thing lol. but security fixes till 2025-12-31\n<dmitri_k> ok ty',
     'how long will 2.6 keep getting security patches?',
     'Security backports for the 2.6 line continue until',
     ['2025-12-31']),
    ('# CODEOWNERS\n/src/codec/      @jwpark @mira-t\n/src/net/        @dmitri_k\n/docs/           @lou-writes'
     '\n/.github/        @jwpark\n/bench/          @saanvi-r',
     'who has to review changes to the networking code?',
     'Pull requests touching src/net need sign-off from',
     ['@dmitri_k', 'dmitri_k']),
    ('Spent the evening triaging. 43 open issues tagged needs-repro; closed 11 as stale. Priya from the docs te'
     'am suggests we move the user guide to MkDocs Material by the 4.0 milestone. Benchmarks on the M2 box show'
     ' decode at 1.8 GB/s, up from 1.3.',
     'how fast is decoding now on the M2 machine?',
     'The latest benchmark on the Apple laptop put decode throughput at',
     ['1.8 GB/s', '1.8']),
    ("name: release\non: {push: {tags: ['v*']}}\njobs:\n  build:\n    runs-on: macos-14  # was macos-13 until F"
     'eb\n    timeout-minutes: 25',
     'what runner does the release job build on?',
     'Tagged builds get executed on the runner image',
     ['macos-14']),
    ('| week | triage | release mgr |\n|------|--------|-------------|\n| 14 | mira-t | jwpark |\n| 15 | saanvi'
     '-r | jwpark |\n| 16 | lou-writes | dmitri_k |\n| 17 | mira-t | dmitri_k |',
     "who's on issue duty in week 16?",
     'Sorting incoming issues during the sixteenth week falls to',
     ['lou-writes']),
    ('{"name": "tidewater-docs", "version": "0.9.2", "private": true, "engines": {"node": ">=18.17"}, "devDepen'
     'dencies": {"vitepress": "1.0.0-rc.44", "typescript": "5.3.3"}}',
     "what's the minimum node needed for the docs site?",
     'To build the documentation you need Node.js at version',
     ['>=18.17', '18.17']),
    ('Subject: [ANN] tidewater 3.1.0rc1 available\n\nThe first release candidate is on PyPI now. Please test an'
     'd report by Friday 9 May. Final release planned for 16 May if no blockers. Special thanks to our 7 new co'
     'ntributors this cycle.',
     'when is the final 3.1 supposed to ship?',
     'Barring blockers, the stable 3.1.0 is expected on',
     ['16 May']),
    ('Open Collective — expense #EXP-20931\nPayee: saanvi-r\nDescription: CI macOS minutes (March)\nAmount: $21'
     '2.40\nApproved by: jwpark\nStatus: paid 2025-04-08',
     'how much did we reimburse saanvi for the mac CI time?',
     'The March payout for macOS build minutes came to',
     ['$212.40', '212.40']),
    ('commit 9bd3f02e\nAuthor: Mira Tenório <mira@tidewater.dev>\nDate: Tue Apr 15 2025\n    deps: bump pyo3 fr'
     'om 0.20.3 to 0.21.1\n    Co-authored-by: Felix Arden <felix.arden@example.org>',
     'what version of pyo3 did mira upgrade us to?',
     "Following Mira's dependency bump, the Rust bindings crate now sits at",
     ['0.21.1']),
]
OTHER103_ABSENT = [
    ("What's the CVE id for the archive path traversal advisory?", 'chat', 6),
    ('How many people have commit access to the repo?', 'chat', 8),
    ('The date tidewater 2.6.3 was published was', 'completion', 6),
    ('What OS does the docs deploy workflow run on?', 'chat', 10),
    ("Who's release manager in week 18?", 'chat', 11),
    ('The number of PyPI downloads the 3.1.0rc1 got in its first week was', 'completion', 13),
    ('Which pytest version have we pinned?', 'chat', 4),
    ('The monthly CI budget allowed on Open Collective is', 'completion', 14),
]

OTHER104 = [
    ('AD BOOKING — Kaiwaka Courier\nClient: Pohutu Hardware Ltd\nSize: quarter page, colour · Runs: 3 (issues 1'
     '4, 21, 28 Aug)\nRate: $340 per run, 10% multi-run discount\nBooked by: Shona (sales)\nArtwork due: Mon 11'
     ' Aug, 5pm',
     "what's Pohutu Hardware paying each time their ad goes in?",
     "Each time the hardware store's quarter-pager appears, it's charged at",
     ['$340', '340']),
    ('HARBOUR FM — week of 4 Aug\nSlot | Mon | Tue | Wed\n6–9am Breakfast | Kiri | Kiri | Dave M\n9–12 Mornings'
     ' | Lena | Raj | Lena\n12–3 Arvo | Dave M | Tama | Tama\n3–6 Drive | Raj | Lena | Kiri',
     "who's on the early show on Wednesday?",
     'The 6 to 9 slot on Wednesday is being presented by',
     ['Dave M']),
    ('Deadlines this issue:\n• Council rates story (Aroha) – Tues 3pm\n• Netball final wrap (Ben) – Sun night\n'
     '• Wharf redevelopment feature (Jess) – Wed noon, 1,200 words\n• Obits – Wed 10am\n• Letters page – closes'
     ' Tues 5pm',
     'when does Jess have to file the wharf piece?',
     'The harbour development feature has to be in by',
     ['Wed noon']),
    ('Interview w/ Marama Henare, chair of Friends of Te Awa Stream, 2 Aug\n- group formed 2016, ~60 members\n-'
     ' planted 4,500 natives since 2019 (she said 4,500, check vs website which says 4,000)\n- next working bee'
     ': Sat 23 Aug, 9am, meet at the footbridge\n- ph 021 447 9031',
     "how many native plants did Marama reckon they've put in?",
     "According to the stream group's chair, the tally of trees planted is",
     ['4,500']),
    ("CORRECTION: In last week's edition (Courier, 31 July, p.5) we reported that the new library hours begin o"
     "n 1 September. The correct start date is 15 September. We also misspelled the librarian's name; it is Nga"
     'ire Whitcombe, not Ngaire Whitcomb. We apologise for the errors.',
     'when do the new library opening times actually kick in?',
     "The library's revised schedule takes effect on",
     ['15 September']),
    ("Talkback log — Thurs drive\n16:12 Caller 'Bev from Mangawhai' re potholes on Insley St\n16:19 Caller Grah"
     "am re lost dog (brown kelpie, answers to 'Rusty')\n16:27 Caller Anita re Saturday market moving to Domain"
     '\n16:41 Caller Bev again (cut off)',
     "what's the name of the missing dog someone phoned in about?",
     'The kelpie Graham rang the station about responds to the name',
     ['Rusty']),
    ('TAX INVOICE #HFM-2025-0387\nTo: Kaiwaka Rugby Club\nFor: 30-sec radio spots x 24 (Club Day promo)\nSubtot'
     'al: $576.00 | GST 15%: $86.40\nTotal: $662.40\nDue: 20 Aug 2025',
     'how much does the rugby club owe us all up, GST included?',
     'With tax added, the bill sent to the footy club comes to',
     ['$662.40', '662.40']),
    ("Hey it's Ben — the netball final got moved to Court 3 at Kaiwaka Sports Hall, 6:30 tip-off not 7. Photog "
     "is Leilani not Sam cos Sam's crook. Can u change the listing?",
     "who's shooting pics at the netball final?",
     'The person taking photos at the netball decider is',
     ['Leilani']),
    ('From: Corinne Patel <corinne@kaiwakacourier.example>\nTo: newsroom\nSubject: print run\n\nFrom next week '
     'the printer (Northland Print Co) needs final pages by 8pm Wednesday, not 10pm. Print run stays at 6,200 c'
     'opies. Invoice queries to Warren on 09 431 7720.',
     'what time do the finished pages need to get to the printers now?',
     'Under the new arrangement, completed pages must be sent through by',
     ['8pm Wednesday', '8pm']),
    ('ref,category,words,price,paid\nCL-1102,Garage sale,22,$14.00,Y\nCL-1103,Firewood for sale,35,$19.50,N\nCL'
     '-1104,Lost cat,18,FREE,Y\nCL-1105,Situations vacant,60,$31.00,Y',
     'can you find the ref number for the firewood classified?',
     'The small ad offering wood for sale was logged under',
     ['CL-1103']),
    ("Mon. Station mtg went long. Committee voted to move Harbour FM's transmitter from Pukeora Hill to the wat"
     'er tower on Gibbons Rd — cheaper lease ($1,800/yr vs $2,650). Tama grumbled. Need to tell listeners freq '
     'stays 104.7.',
     'how much is the yearly lease at the new transmitter spot?',
     'The annual rent for the water tower site comes to',
     ['$1,800/yr', '$1,800', '1,800']),
    ('HARBOUR FM OPEN DAY!\nSat 6 Sept, 10am–2pm\nStudio tours every half hour\nSausage sizzle by the Lions Clu'
     'b\nMeet the presenters + win a station hoodie\nAt the studio: 12 Wharf Rd (upstairs from the op shop)',
     "where's the radio studio again?",
     'Visitors to the open day should head to',
     ['12 Wharf Rd']),
    ('{"story_id": "KC-88214", "headline": "Bridge repairs to close SH12 for 3 nights", "author": "Aroha Tane",'
     ' "embargo": "2025-08-12T06:00", "section": "News", "wordcount": 640}',
     'when are we allowed to put the bridge repairs story up?',
     'The SH12 bridge piece may not go live before',
     ['2025-08-12T06:00', '06:00']),
    ('Shona: Did the vet clinic confirm their ad?\nCorinne: yep, half page, but they want it on p.3 not p.7\nSh'
     "ona: p.3's already got the real estate one\nCorinne: ok offer them p.5 then\nShona: they said p.5 is fine"
     ' 👍',
     'what page did the vets end up agreeing to?',
     "The animal clinic's half-page ad will run on",
     ['p.5']),
    ('VOLUNTEER SIGN-UP — Harbour FM\nName: Desmond Fifita\nPhone: 027 338 5120\nAvailability: Sun mornings | I'
     'nterested in: sports commentary, panel op\nPrevious exp: school radio, 2 yrs\nInducted by: Lena, 29 July',
     "what's Desmond's mobile number?",
     'The new volunteer can be reached on',
     ['027 338 5120']),
    ("The Courier's annual Community Spirit award went this year to Tui Morgan, who has run the Thursday soup k"
     "itchen at St Luke's for eleven years. Runner-up was the Kaiwaka Menz Shed. The presentation will be at th"
     'e Memorial Hall on 19 September, with the mayor, Phil Ruatapu, handing over the trophy.',
     'who took out the community spirit prize this year?',
     "This year's winner of the paper's yearly volunteering honour is",
     ['Tui Morgan']),
]
OTHER104_ABSENT = [
    ('What size in millimetres does the Pohutu Hardware artwork need to be?', 'chat', 0),
    ("Who's presenting the Thursday drive show?", 'chat', 1),
    ("The word count Aroha's council rates story has to hit is", 'completion', 2),
    ("What's the email address for the Friends of Te Awa Stream?", 'chat', 3),
    ('How much does a copy of the Courier cost at the shop?', 'chat', 8),
    ('The transmitter at Gibbons Rd will broadcast with a power of', 'completion', 10),
    ('What does the runner-up for the Community Spirit award get?', 'chat', 15),
    ('The bank account number the rugby club should pay into is', 'completion', 6),
]


# Writers 105–110 (a hospital ward and outpatient clinics; an astronomy society and an observing log;
# a family bakery and café; freelance translation; a community sports centre and pool; family
# history), commissioned on 7 December 2026 the same way, after 99–104 were run: the set after them.
OTHER105 = [
    ('From: Outpatients Booking <opd.bookings@kelmouthgeneral.nhs.uk>\nSubject: Appointment confirmation - Card'
     'iology\nDear Mr Okafor, your appointment with Dr Priya Ramesh is now on Tue 14 May at 10:40 in Clinic 3B.'
     '\nYour earlier slot (Thu 9 May, 14:15) has been cancelled.\nPlease arrive 15 minutes early to have your E'
     'CG done.',
     "what time is Mr Okafor's heart clinic appointment now?",
     'The rebooked cardiology slot starts at',
     ['10:40']),
    ('| Date | Early | Late | Night |\n| Mon 3 Jun | Aisha K | Tom B | Grace L |\n| Tue 4 Jun | Grace L | Aisha'
     ' K | Marek D |\n| Wed 5 Jun | Tom B | Marek D | Aisha K |\n| Thu 6 Jun | Aisha K | Grace L | Tom B |',
     "who's covering the overnight on Tuesday the 4th?",
     'The nurse rostered to work through the night on 4 June is',
     ['Marek D']),
    ('Bed 7 - J. Whitcombe (chart MC-0712)\ndrug,dose,route,frequency,last_given\nParacetamol,1g,PO,QDS,06:00\n'
     'Enoxaparin,40mg,SC,OD,18:00\nFurosemide,40mg,PO,BD,08:00\nOmeprazole,20mg,PO,OD,08:00',
     'when did the patient in bed 7 last have their blood thinner jab?',
     'The most recent anticoagulant injection for Mr Whitcombe went in at',
     ['18:00']),
    ('DISCHARGE SUMMARY\nPatient: Edith Barnsley (MRN 44-219-870, NHS no. 612 448 3907)\nAdmitted: 21/04  Disch'
     'arged: 27/04\nFollow-up: GP review in 10 days; wound clinic 02/05\nDischarge meds: amoxicillin 500mg TDS '
     'x 5 days, paracetamol PRN',
     "can you find Edith's hospital number for me?",
     "Mrs Barnsley's medical record number is",
     ['44-219-870']),
    ('Txt from Estates: Your staff parking permit P-7731 is valid for Car Park D until 31 Aug. Your old permit '
     'P-6905 expires this Fri - please remove it from your windscreen. Reply STOP to opt out of permit reminder'
     's.',
     'remind me what my current car park pass number is?',
     'The reference on the new staff vehicle permit is',
     ['P-7731']),
    ('WARD 12 - VISITING HOURS\nAfternoon: 2.00pm - 4.00pm\nEvening: 6.30pm - 8.00pm\nMax 2 visitors per bed. C'
     'hildren under 12 with an adult only.\nProtected mealtimes 12.00-1.00pm & 5.00-6.00pm - no visitors please',
     'what time can relatives start coming in for the evening session?',
     'After teatime, families are allowed back onto the ward from',
     ['6.30pm']),
    ("[09:12] Sam: pharmacy says the TTOs for bed 4 won't be ready till 3\n[09:13] Me: ugh, hospital transport "
     "is booked for 1.45\n[09:15] Sam: I'll ring Bev in pharmacy direct, ext 4418\n[09:16] Me: ta, switchboard "
     "is 4000 if she's not at her desk",
     'what number do I dial to get hold of Bev over in pharmacy?',
     'Bev in the dispensary can be reached internally on extension',
     ['4418']),
    ("Thurs. Long day. Fire drill at 11, then the new HCA, Rosie Tembo, started - she's shadowing Grace all wee"
     'k. Mr Patel in bay 2 finally went home. Equipment audit moved to the 19th (was the 12th). Must chase the '
     'broken obs machine again tomorrow.',
     "when's the kit audit happening now it's been moved?",
     'The rescheduled check of all the ward equipment falls on the',
     ['19th']),
    ('STAFF LOCKER REQUEST\nName: Grace Lindqvist\nBand: 5\nLocker no.: 218 (replacing 094 - lock broken)\nKey '
     'deposit: £10\nDate issued: 06/06',
     'which locker did Grace end up with?',
     'The locker now assigned to Ms Lindqvist is number',
     ['218']),
    ('2024-06-02 07:00 DRUG FRIDGE W12 temp 4.1C OK\n2024-06-02 13:00 DRUG FRIDGE W12 temp 5.6C OK\n2024-06-02 '
     '19:00 DRUG FRIDGE W12 temp 8.9C ALERT - estates called\n2024-06-02 21:00 DRUG FRIDGE W12 temp 6.2C OK',
     'how warm did the medicines fridge get when it played up on the 2nd?',
     'At the evening check the out-of-range reading was',
     ['8.9C', '8.9']),
    ('Dear Dr Hollis,\nI reviewed Mr Ade Okafor in the Rheumatology clinic today. I have increased his methotre'
     'xate from 10mg to 15mg weekly and will see him again in 12 weeks. Bloods every 4 weeks please.\nYours sin'
     'cerely,\nDr Fiona McArdle, Consultant Rheumatologist',
     "what did the rheumatology consultant put Ade's weekly tablets up to?",
     "Following his review, Mr Okafor's new weekly methotrexate dose is",
     ['15mg']),
    ('{"ward": "W12", "beds_total": 28, "beds_occupied": 25, "side_rooms_free": 1, "escalation_level": "OPEL 3"'
     ', "expected_discharges": 4, "updated": "14:30"}',
     'what escalation status were we on at half two?',
     'In the 14:30 bed update the hospital pressure level was',
     ['OPEL 3']),
    ('The outpatient physio department has moved from the old Nightingale Block to the ground floor of the Rive'
     "rside Wing, next to the X-ray waiting area. Entrance C is closest; from the Main Entrance it's about a fi"
     've-minute walk. Patients booked before 9am should use the staff door by the coffee kiosk.',
     'where do I send people for their physiotherapy these days?',
     'Outpatient physiotherapy can now be found on the ground floor of the',
     ['Riverside Wing']),
    ('Handover - bay 3\n- Bed 9: Mrs Dunmore, NBM from midnight for hip op, theatre slot 08:30\n- Bed 10: Mr Re'
     'yes, 2-hourly turns, catheter out today\n- Bed 11: Ms Fairweather, falls risk, 1:1 overnight\n- Bed 12: e'
     'mpty, deep clean requested',
     'what time is Mrs Dunmore going down to theatre?',
     'The hip surgery for the lady in bed 9 is booked for',
     ['08:30']),
    ('mandatory_training:\n  staff: Tom Barrow\n  bls_expiry: 2024-11-30\n  manual_handling_expiry: 2025-03-15'
     '\n  safeguarding_l2_expiry: 2024-07-09\n  fire_safety_expiry: 2025-01-22',
     "when does Tom's level 2 protection training run out?",
     'Tom Barrow must redo his safeguarding module before',
     ['2024-07-09']),
    ('KELMOUTH GENERAL PAY & DISPLAY\nCar Park B - Visitor\nArrived 13:52  Left 17:10\nDuration 3h 18m\nTariff '
     '3-4 hrs: £6.40\nPaid: £10.00  Change: £3.60',
     'how much was the car park charge when I came in to visit?',
     'The visitor parking fee for that afternoon came to',
     ['£6.40', '6.40']),
]
OTHER105_ABSENT = [
    ('Which car park are visitors with a blue badge meant to use?', 'chat', 15),
    ("What room is Dr McArdle's rheumatology clinic held in?", 'chat', 10),
    ("Who is Edith Barnsley's GP?", 'chat', 3),
    ('How many side rooms does Ward 12 have altogether?', 'chat', 11),
    ("What was Mrs Dunmore's blood pressure at handover?", 'chat', 13),
    ("Tom's basic life support refresher session begins at", 'completion', 14),
    ('On weekdays the hospital pharmacy closes at', 'completion', 6),
    ('The monthly cost of a staff parking permit is', 'completion', 4),
]

OTHER106 = [
    ('From: equipment@northridgeastro.org\nTo: Dana Whitfield\nSubject: Scope loan confirmed\nHi Dana - the 10"'
     ' Dobsonian (loan #NR-D10-03) is yours from Mar 8 to Apr 5. The 8" SCT (#NR-S08-01) is out until May. Loan'
     ' fee is $25, refundable deposit $100.',
     "what's the reference number on the dob I'm borrowing from the club?",
     "The club's ID for the 10-inch reflector on loan to me is",
     ['NR-D10-03']),
    ("2024-03-09 21:40 EST | Site: Miller's Field | SQM 21.3 | Seeing 3/5 | M42 great nebulosity, Trapezium E s"
     'tar glimpsed at 150x\n2024-03-09 23:05 EST | SQM 21.5 | Seeing 4/5 | M81/M82 both in one field at 48x',
     'how much power was I using when I picked out the extra Trapezium star?',
     "The faint fifth star in Orion's central cluster showed up at a magnification of",
     ['150x']),
    ('Minutes - Northridge Astronomical Society, Feb 20\nPresent: 23 members. Treasurer (Luis Ortega) reported '
     'balance of $3,412.55.\nMotion to buy an H-alpha solar scope carried 17-4.\nNext star party: Sat Mar 16, r'
     'ain date Mar 23.\nNew outreach coordinator: Priya Nandakumar.',
     "who's taking over the public events side of things at the club?",
     "The society's newly appointed outreach lead is",
     ['Priya Nandakumar', 'Nandakumar']),
    ('Directions to Hollow Creek dark site: take Route 9 north past the Shell station, left on County Rd 14, go'
     ' 6.2 miles, turn right at the red barn onto the gravel track. Gate code 4471 (changed from 3390 in Jan). '
     'Park with headlights facing away from the field.',
     'what do I punch in to get the Hollow Creek gate open?',
     'To get through the entrance at the dark-sky site you key in',
     ['4471']),
    ('| Scope | Aperture | Focal length | f/ratio |\n| Orion XT8 | 203 mm | 1200 mm | f/5.9 |\n| Celestron C8 |'
     ' 203 mm | 2032 mm | f/10 |\n| ED80 refractor | 80 mm | 600 mm | f/7.5 |',
     "what's the FL on my little ED80 again?",
     'The small apochromat in my collection has a focal length of',
     ['600 mm']),
    ('Marcus: clouds clearing by 11 per Clear Outside. Meet at the observatory lot 10:30? bring the 2" diagonal'
     " pls, mine's cracked\nMe: can't make it till 10:45, dinner w/ the in-laws\nMarcus: np, I'll leave the dom"
     'e unlocked',
     "when did I tell Marcus I'd show up that night?",
     "I said I'd be free to join my friend at",
     ['10:45']),
    ('STELLAR OPTICS SUPPLY - Invoice #SO-55820\n1x Baader UHC-S filter 2"  $189.00\n1x Telrad finder  $49.95\n'
     '1x dew strap 10"  $34.50\nShipping  $12.00\nTotal  $285.45',
     'how much did the reflex sight set me back on that order?',
     'On the Stellar Optics invoice the red-dot style finder cost',
     ['$49.95', '49.95']),
    ('Finally nailed Comet 12P tonight from the backyard - a fuzzy green smudge not far from Vega, around mag 5'
     ".8 by my estimate (the forecasts said 5.2). Used the 10x50 binos first, then the dob. Neighbor's security"
     ' light ruined my dark adaptation twice. Bed at 1:20 am.',
     'how bright did I figure the comet was?',
     'My own visual brightness estimate for 12P was',
     ['mag 5.8', '5.8']),
    ('OBSERVATORY KEYHOLDER APPLICATION\nName: Dana Whitfield\nMember since: 2019\nTrained on: 14" Meade LX200,'
     ' roll-off roof\nSupervisor sign-off: Gerald Foss\nKey tag #: K-12',
     'who approved me for getting my own observatory keys?',
     'The person who vouched for my keyholder training was',
     ['Gerald Foss', 'Foss']),
    ('date,star,est_mag,comp_stars,observer\n2024-02-11,R Leo,6.9,66/72,DWH\n2024-02-25,R Leo,7.3,72/76,DWH\n20'
     '24-03-10,R Leo,7.8,76/81,DWH',
     'what did I log for R Leo in late February?',
     'My brightness estimate for the red variable on the 25th of Feb was',
     ['7.3']),
    ('{"event": "Messier Marathon", "date": "2024-04-06", "site": "Hollow Creek", "sunset": "19:42", "astro_dar'
     'k": "21:15", "moon": "new", "host": "Kenji Arakawa"}',
     'when does it get properly dark on marathon night?',
     'Full astronomical darkness for the all-night Messier hunt arrives at',
     ['21:15']),
    ('PUBLIC STAR NIGHT!\nSaturn & the Moon through big telescopes\nFriday June 14, 9:00 pm - 11:30 pm\nLakesid'
     'e Park boat launch (NOT the pavilion this year)\nFree - Bring a red flashlight - Cloud date: June 15',
     "where's the public viewing event being held this time?",
     'Anyone coming to look at Saturn on the 14th should head to the',
     ['Lakeside Park boat launch', 'boat launch']),
    ('[Discord #general]\nLuis: dues going up in Sept - individual $40 -> $45, family $55 -> $60\nKenji: studen'
     "t rate staying at $20?\nLuis: yep, and seniors drop to $30\nDana: cool, I'll renew before then",
     "what'll a household membership cost after the increase?",
     'From September the family subscription will be',
     ['$60']),
    ('Star party packing list (Cherry Springs, Jul 5-8):\n- tent + 20F sleeping bag\n- red headlamp, spare AAA '
     'x8\n- 12V power tank (charged to 100%)\n- campsite #B-17 reservation printout\n- Sky Atlas 2000 + Pocket '
     'Sky Atlas',
     'which pitch did I reserve for the star party?',
     'My booked camping spot at Cherry Springs is',
     ['#B-17', 'B-17']),
    ('target: M31\ncamera: ZWO ASI533MC\ngain: 100\nexposure_s: 180\nsubs: 64\nfilter: L-eXtreme (swapped out f'
     'or the UV/IR cut)',
     'how long was each frame when I shot Andromeda?',
     'Each individual sub of the Andromeda session lasted this many seconds:',
     ['180']),
    ('Spring lecture series - Room 214, Harlan Science Bldg\nApr 3  "Exoplanets 101" - Dr. Ruth Okonkwo\nApr 17'
     '  "Building a backyard observatory" - Tom Reyes\nMay 1  "Imaging on a budget" - Kenji Arakawa\nAll talks '
     '7:30 pm, doors 7:00',
     "who's doing the talk about putting up your own dome at home?",
     'The April 17 speaker is',
     ['Tom Reyes', 'Reyes']),
]
OTHER106_ABSENT = [
    ("How heavy is the club's 10-inch Dobsonian?", 'chat', 0),
    ("What's the Wi-Fi password at the observatory?", 'chat', 8),
    ('How many Messier objects did Kenji log during the marathon?', 'chat', 10),
    ('What are the GPS coordinates for Hollow Creek?', 'chat', 3),
    ('What was the seeing like on March 10?', 'chat', 1),
    ('The serial number of my ZWO camera is', 'completion', 14),
    ('The H-alpha solar telescope the club voted to buy cost', 'completion', 2),
    ('Admission to the spring lectures for non-members is', 'completion', 15),
]

OTHER107 = [
    ('From: orders@millhousefoods.co.uk\nSubject: Order MH-30471 confirmed\nHi Jo, confirming for Thurs deliver'
     'y: 8 x 16kg strong white flour, 4 x 25kg plain flour, 2 x 10kg caster sugar. Delivery window 6-8am.\nYour'
     ' previous order MH-30388 was invoiced at £412.60.',
     'how many sacks of bread flour are coming on Thursday?',
     "The strong white on this week's Millhouse delivery comes as",
     ['8 x 16kg']),
    ('| Item | Gluten | Dairy | Egg | Nuts | Sesame |\n| Cheese scone | Y | Y | Y | N | N |\n| Seeded rye loaf '
     '| Y | N | N | N | Y |\n| Almond croissant | Y | Y | Y | Y | N |\n| Flapjack (GF oats) | N | Y | N | N | N'
     ' |',
     "customer's allergic to sesame - what do they need to steer clear of off the sheet?",
     'The only thing on the allergen chart flagged for sesame is the',
     ['Seeded rye loaf', 'Seeded rye']),
    ("Mum: Callum's off sick so can u do Sat 7-2 instead of ur usual 11-4? Priya's on the till 9-3 and Dad's on"
     ' ovens from 5. Ta x',
     'what hours does Mum want me in for on Saturday now?',
     'Covering for my brother means my Saturday shift becomes',
     ['7-2']),
    ('Z-READ #0917  Sat 11/05\nCash  £642.30\nCard  £1,318.75\nRefunds  -£8.50\nCovers (cafe)  86   Takeaway tx'
     'ns  141\nGross  £1,952.55',
     'how much came in on card last Saturday?',
     'Contactless and chip payments on that end-of-day report added up to',
     ['£1,318.75', '1,318.75']),
    ('CATERING BOOKING\nClient: Hartley & Sons Solicitors\nEvent: retirement lunch for Maureen, Fri 24 May, dro'
     'p-off 12:15\nHeadcount: 35 (was 28)\nMenu: sandwich platters x4, sausage rolls x40, lemon drizzle traybak'
     'e\nDeposit paid: £75',
     "how many people is the solicitors' do for now?",
     "The final number of guests at Maureen's send-off is",
     ['35']),
    ('14/03 - deck oven (Tom Chandler 3-deck) bottom deck not heating. Called Ovenfix, engineer Dave Pollard ca'
     'me 15/03, replaced element part no. TC-EL-2207. Quote £286 + VAT. Top deck thermostat reading 10 deg low,'
     ' to check next visit.',
     'what was the code on the bit the engineer fitted in the deck oven?',
     'The replacement heater in the bottom deck had the part reference',
     ['TC-EL-2207']),
    ("[07:41] Dad: the Rational combi's showing error 34 again\n[07:42] Jo: turn it off n on? lol\n[07:50] Dad:"
     " did that. Rang the helpline, they said descale it. Ref 88213-K\n[07:52] Jo: descaler's in the cupboard u"
     'nder the sink, blue tub',
     'what reference did the combi oven people give Dad?',
     "The case number from the steam oven's support line was",
     ['88213-K']),
    ("Tues. Mrs Okoro came in again asking for the walnut & date loaf - told her it's Fridays only now. Sold ou"
     't of cinnamon buns by 10:40 (made 48, should do 60 on market days). Callum burnt a tray of shortbread. Pr'
     'icing review: sausage roll going from £2.20 to £2.45 from June.',
     'what are we charging for a sausage roll from June?',
     'Once the price review kicks in, one sausage roll will cost',
     ['£2.45', '2.45']),
    ('supplier,item,unit,price,lead_days\nMillhouse,butter unsalted,10kg,£68.40,2\nDairy Direct,butter unsalted'
     ',10kg,£64.90,1\nDairy Direct,double cream,5L,£17.20,1\nGreenacre Eggs,free range eggs,tray of 30,£7.80,3',
     'what does Dairy Direct want for a 10 kilo block of butter?',
     'The cheaper of our two butter suppliers charges',
     ['£64.90', '64.90']),
    ('CAFE NOTICE\nFrom Mon 3 June we open at 7.30am (not 8am) Mon-Fri\nSat 8am-4pm, Sun 9am-2pm\nKitchen stops'
     ' hot food 30 mins before close\nLoyalty cards: 9th coffee free!',
     'what time are we opening on weekdays from June?',
     'Starting 3 June, the doors open Monday to Friday at',
     ['7.30am']),
    ('Dear Ms Joanne Brennan,\nFollowing the inspection of Crumb & Co, 14 Wellgate, Kelbridge, on 9 April, I am'
     ' pleased to confirm a food hygiene rating of 5 (Very Good). Your previous rating (Feb 2022) was 4. Please'
     ' display the new sticker by the entrance.\nEnvironmental Health Officer: Rhian Lewis',
     'what street address has the council got for the shop?',
     "The bakery's premises are at",
     ['14 Wellgate, Kelbridge', '14 Wellgate']),
    ('{"order_id": "CC-W-1182", "customer": "Lena Fairbanks", "item": "celebration cake 8in", "flavour": "raspb'
     'erry & white choc", "inscription": "Happy 40th Nadia", "collect": "Sat 18 May 10:00"}',
     "what's meant to be piped on Lena's cake?",
     'The message to write on top of the birthday cake reads',
     ['Happy 40th Nadia']),
    ('WEEK COMM 20/05 | Mon | Tue | Wed | Thu | Fri\nPriya | 9-3 | 9-3 | OFF | 9-3 | 9-3\nCallum | OFF | 11-4 |'
     ' 11-4 | 11-4 | OFF\nEllie (new) | 10-2 | OFF | 10-2 | OFF | 10-4\nJo | 6-2 | 6-2 | 6-2 | OFF | 6-2',
     "when's the new girl working on the Friday?",
     "Ellie's hours on the last day of that week are",
     ['10-4']),
    ('Pest control visit notes (Safeguard, tech: Kwame Obi)\n- 6 bait stations checked, no activity\n- gap unde'
     'r back door needs brush strip\n- next routine visit: 11 July\n- contract no. SG-4490-B, renewal due Oct',
     "when's the pest man back?",
     'The next scheduled inspection by Safeguard is on',
     ['11 July']),
    ('BROOKLINE CASH & CARRY - Kelbridge  12/05  10:14\nCoffee beans Espresso Blend 6x1kg  £89.94\nOat milk 12x'
     '1L  £19.80\nPaper cups 12oz x1000  £42.50\nVAT  £10.50\nTOTAL  £162.74',
     'what did the oat milk come to at the wholesaler?',
     'The case of plant-based milk cost',
     ['£19.80', '19.80']),
    ('bake_plan: Friday\nsourdough_boules: 36\nbaguettes: 24\nwalnut_date_loaf: 12\ncroissants: 90\nlevain_buil'
     "d_time: '21:00 Thu'",
     "when do I need to get the starter going for Friday's bake?",
     'The levain for the end-of-week bake has to be built at',
     ['21:00 Thu', '21:00']),
]
OTHER107_ABSENT = [
    ('How much is still owed on the Hartley & Sons lunch after the deposit?', 'chat', 4),
    ("What's Ovenfix's phone number?", 'chat', 5),
    ('How much did Lena pay for her celebration cake?', 'chat', 11),
    ("What's the minimum order for free delivery from Millhouse?", 'chat', 0),
    ("What's Priya's hourly rate?", 'chat', 12),
    ('The loyalty card free coffee offer ends on', 'completion', 9),
    ("The cafe's total takings on Sunday 12 May were", 'completion', 3),
    ('The annual fee for the Safeguard pest contract is', 'completion', 13),
]

OTHER108 = [
    ('From: Ingrid Soltau <i.soltau@brennerlegal.de>\nTo: me\nSubject: Lease agreement DE>EN\nHi, attaching the'
     " commercial lease (approx. 6,400 words, the annexes are another 1,150 which we don't need). Could you del"
     'iver by Thursday 14 March? Thanks, Ingrid',
     'How many words is the main lease doc Ingrid sent over?',
     "The Brenner Legal lease I've been asked to translate runs to roughly",
     ['6,400 words', '6,400']),
    ('Text from Marco (agency), 09:12: Change of plan for the Linz pharma conf - booth call time moved from 8:1'
     '5 to 7:45 on Tues. Badge pickup at Hall C desk. Partner in booth is Renate.',
     'what time do I have to be in the booth on Tuesday for the Linz thing?',
     'For the pharmaceutical conference in Linz, interpreters need to be in position by',
     ['7:45']),
    ('Rate card 2024 (per source word unless stated)\nService | DE>EN | FR>EN\nStandard translation | €0.14 | €'
     '0.13\nCertified translation | €0.19 | €0.18\nProofreading (per hour) | €48 | €45',
     'What do I charge for sworn jobs coming from French?',
     'My per-word price for a certified French-to-English job is',
     ['€0.18', '0.18']),
    ('invoice_no,client,date_issued,amount_eur,status\nINV-2024-031,Brenner Legal,2024-02-02,896.00,paid\nINV-2'
     '024-032,Kessler Maschinenbau,2024-02-09,1342.50,overdue\nINV-2024-033,Atelier Roux,2024-02-15,410.00,sent',
     "Which invoice is the one Kessler still hasn't settled?",
     'The unpaid bill for Kessler Maschinenbau carries the number',
     ['INV-2024-032']),
    ("Glossary - Kessler (machine tools)\n- Spannfutter -> chuck (NOT 'clamping lining')\n- Vorschub -> feed ra"
     "te\n- Drehmaschine -> lathe\n- Kühlschmierstoff -> cutting fluid (client prefers this over 'coolant')",
     'remind me, how does Kessler want Kühlschmierstoff translated?',
     'In anything for Kessler, the German word Kühlschmierstoff should come out in English as',
     ['cutting fluid']),
    ('Tue 5 Mar. Atelier Roux rang - the catalogue deadline slips from 11 March to 22 March because their photo'
     'grapher is ill. Good, gives me room for the Kessler manual. Still need to chase Kessler about INV-032.',
     "When's the Roux catalogue due now?",
     'The revised handover date for the Atelier Roux catalogue is',
     ['22 March']),
    ('{"project": "KM-Handbuch-v3", "tm": "Kessler_master.sdltm", "source_lang": "de-DE", "target_lang": "en-GB'
     '", "fuzzy_threshold": 75, "repetitions": 812}',
     "what's the fuzzy match cutoff set to in the Kessler handbook project?",
     'The lowest fuzzy match percentage configured for KM-Handbuch-v3 is',
     ['75']),
    ('Booking confirmation\nEvent: EuroMed Nursing Congress\nVenue: Palais des Congrès, Salle Bordeaux\nDates: '
     '17-18 April\nLanguage pair: FR<>EN (relay from IT)\nDaily fee: €780 + travel  |  Booking ref: EMN-24-7719',
     'Can you dig out the reference number for the nursing congress job?',
     'The code to quote for my EuroMed interpreting days is',
     ['EMN-24-7719']),
    ('[14:02] Aoife: can you take the Dutch>EN overflow from Van Aalst? ~2k words\n[14:03] me: not Dutch, sorry'
     ". try Pieter Janssens?\n[14:05] Aoife: he's booked. I'll ask Lotte Verbeek then\n[14:20] Aoife: Lotte sai"
     'd yes :)',
     'who ended up picking up the Van Aalst overflow?',
     'The extra Dutch job from Van Aalst was accepted by',
     ['Lotte Verbeek', 'Verbeek']),
    ('RECEIPT - Fachbuchhandlung Wendt\nDuden Großwörterbuch Englisch  €129.00\nLangenscheidt Fachwörterbuch Te'
     'chnik  €89.95\nBookmark  €1.50\nTotal  €220.45\nPaid by card 28/02',
     'How much was that technical dictionary I bought at Wendt?',
     'The Langenscheidt engineering dictionary set me back',
     ['€89.95', '89.95']),
    ('tax:\n  vat_id: DE318845207\n  tax_office: Finanzamt Regensburg\n  quarterly_return_due: 10 April\n  steu'
     'erberater: Hr. Albrecht Feil\n  old_vat_id_cancelled: DE299001442',
     "What's my current VAT number again?",
     'The VAT ID that should go on my invoices these days is',
     ['DE318845207']),
    ("Interpreters' office at the Linz venue: +43 732 556 2180 (ask for Frau Haider). Do NOT use the general sw"
     "itchboard +43 732 556 2000, they never pick up. Marco's mobile is +39 347 882 1094 if all else fails.",
     "What number do I ring to get the interpreters' office in Linz?",
     'To get hold of Frau Haider at the Linz venue, dial',
     ['+43 732 556 2180', '556 2180']),
    ('Certified birth cert (Mr Osei) - to do:\n* stamp + sign each page\n* post original to Landgericht, August'
     'enstraße 3, 93049 Regensburg\n* copy by email to client\n* NOT to the old court address on Kumpfmühler St'
     'r.',
     'where am I meant to send the stamped original for Mr Osei?',
     'The signed paper version of the Osei certificate has to be posted to',
     ['Augustenstraße 3, 93049 Regensburg', 'Augustenstraße 3']),
    ('Atelier Roux pay on 45-day terms, not the 30 days I put in my standard T&Cs - Camille agreed that in our '
     'call on 20 Feb. Late fee clause stays at 1.5% per month.',
     'How long do Roux get before they have to pay me?',
     'Camille and I settled that Atelier Roux invoices are paid on',
     ['45-day terms', '45-day']),
    ('2024-03-04 09:30-11:45 Kessler manual ch.4 proof\n2024-03-04 13:00-14:10 Roux catalogue terminology call'
     '\n2024-03-05 08:50-12:20 Kessler manual ch.5 proof\n2024-03-05 15:00-15:40 admin/invoices',
     'when did I start proofing chapter 5 of the Kessler manual?',
     'On 5 March, my work on Kessler chapter 5 got going at',
     ['08:50']),
    ("WhatsApp from Camille (Roux): 'For the catalogue, please keep product names in italics, and put anything "
     "you're unsure about in yellow highlight - NOT comments, our DTP guy strips them. Green is for things alre"
     "ady approved by Élodie.'",
     'what colour did Camille want the dodgy bits flagged in?',
     'Passages I have doubts about in the Roux catalogue should be marked in',
     ['yellow']),
]
OTHER108_ABSENT = [
    ("What's Ingrid Soltau's phone number?", 'chat', 0),
    ('How much is my daily fee for the Linz pharma conference?', 'chat', 1),
    ('My hourly rate for DE>EN subtitling work is', 'completion', 2),
    ('When was the Kessler invoice INV-2024-032 actually due for payment?', 'chat', 3),
    ('The Kessler glossary says Schraubstock should be translated as', 'completion', 4),
    ('Which hotel am I staying at for the EuroMed congress?', 'chat', 7),
    ("What's Herr Feil the tax adviser's phone number?", 'chat', 10),
    ('The late payment fee agreed in my contract with Brenner Legal is', 'completion', 13),
]

OTHER109 = [
    ('POOL LANE TIMETABLE - WEEKDAYS\nTime | Lane 1 | Lane 2 | Lane 3\n06:30-08:00 | Fast | Medium | Aqua jog\n'
     '12:00-13:30 | Medium | Slow | Lessons\n19:00-20:30 | Club (Otters) | Fast | Slow',
     "what's lane 3 being used for at lunchtime on weekdays?",
     'During the midday weekday session, the third lane is given over to',
     ['Lessons']),
    ('Sat rota (updated): 07:00-10:00 Priya Nandakumar & Tom Bell; 10:00-13:00 Gareth Lloyd & Shannon Ebo; 13:0'
     "0-16:00 Tom Bell & Kasia Wrona. Gareth swapped in for Dave who's off sick.",
     "who's covering for Dave on Saturday?",
     'The lifeguard stepping in for poorly Dave is',
     ['Gareth Lloyd', 'Gareth']),
    ('Staff lockers (change codes every term!)\nLocker 4 - Maureen - 2719\nLocker 5 - first aid kit + defib pad'
     's - 6083\nLocker 6 - spare keys - 4410 (was 1187 until Jan)\nLocker 7 - Derek - 9352',
     "What's the combo for the locker with the spare keys in?",
     'The locker holding the backup keys opens with',
     ['4410']),
    ('date,time,free_chlorine_mgL,pH,water_temp_C,tested_by\n12/03,07:05,1.4,7.3,29.0,PN\n12/03,12:10,1.1,7.5,2'
     '9.2,GL\n12/03,17:40,0.8,7.6,29.5,TB\n13/03,07:00,1.5,7.2,28.9,PN',
     'what did the pH read at the lunchtime test on the 12th?',
     "At Gareth's 12:10 water check on 12 March the acidity reading was",
     ['7.5']),
    ('MEMBERSHIP 2024/25\nAdult annual ........ £186\nConcession (60+, student) ........ £112\nJunior (under 16'
     ') ........ £74\nFamily (2 adults + up to 3 kids) ........ £395\nPay-as-you-swim ........ £4.20 per visit',
     'how much is a yearly pass for somebody over 60?',
     "A pensioner wanting a full year's membership would pay",
     ['£112', '112']),
    ('From: Helen Obi <helen.obi@riversidecc.org.uk>\nSubject: Aquafit Thursday\nHi both, the Thursday 10:15 Aq'
     "uafit is full (22 booked, cap is 20 - oops). I've moved the last two bookers, Mr Patel and Mrs Greaves, t"
     'o the Friday 11:00 session. Helen',
     'Which Aquafit class did Helen shunt the extra people into?',
     'Mr Patel and Mrs Greaves have now been put in the',
     ['Friday 11:00 session', 'Friday 11:00']),
    ('[18:41] Derek: boiler man coming tomorrow?\n[18:43] Maureen: yes, Coleman Heating, between 8 and 10\n[18:'
     "44] Derek: who's letting him in\n[18:50] Maureen: Bernie said she will, she's on the early key\n[18:51] D"
     'erek: ta',
     "Who's opening up for the heating engineer?",
     "The volunteer who'll let the Coleman Heating contractor into the building is",
     ['Bernie']),
    ('INCIDENT LOG #0457\nDate: 09/03/24  Time: 15:20\nLocation: Learner pool steps\nDetails: child (age 7) gra'
     'zed knee, cleaned & plastered\nFirst aider: Shannon Ebo\nParent informed: yes  Witness: Kasia Wrona',
     'who patched up the kiddie that scraped their knee on the learner pool steps?',
     'First aid for incident 0457 was given by',
     ['Shannon Ebo']),
    ('NOTICE: The main pool will be CLOSED for re-grouting from Mon 15 July to Fri 26 July. The sports hall and'
     ' gym stay open as normal. The learner pool reopens earlier, on Sat 20 July. Sorry for the inconvenience! '
     '- The Committee',
     'When can people use the little pool again after the tiling work?',
     'Swimmers can get back into the learner pool from',
     ['Sat 20 July', '20 July']),
    ('Poolchem Supplies Ltd - Invoice PC-88214\n4 x 25kg sodium hypochlorite drums @ £38.50\n2 x 10kg pH minus '
     '@ £21.00\n1 x test reagent kit @ £16.75\nDelivery £12.00\nTotal £224.75',
     'How much did we pay per drum of hypochlorite?',
     'Each 25kg container of the chlorine liquid cost',
     ['£38.50', '38.50']),
    ('SPORTS HALL BOOKING FORM\nGroup: Riverside Walking Netball\nContact: Janet Aldridge, 07700 914 362\nDay/t'
     'ime: Wednesdays 14:00-15:00\nCourts: 1 and 2 (not 3, badminton club)\nRate: £28/hr',
     "what's the phone number for the walking netball lady?",
     'Janet from the netball group can be reached on',
     ['07700 914 362']),
    ('Committee meeting 4 March: agreed to raise the casual gym pass from £5.50 to £6.00 from 1 April. Vote was'
     ' 7 for, 2 against. Treasurer Alan Burke to update the till. Sauna price unchanged at £3.00.',
     "What's a one-off gym session going up to?",
     'From April, a single drop-in gym visit will cost',
     ['£6.00', '6.00']),
    ('{"class": "Junior Swim Stage 3", "day": "Tuesday", "start": "17:30", "instructor": "Owain Pritchard", "ca'
     'pacity": 8, "booked": 6, "waitlist": 0}\n{"class": "Junior Swim Stage 4", "day": "Tuesday", "start": "18:'
     '00", "instructor": "Lucy Tan", "capacity": 8, "booked": 8, "waitlist": 3}',
     'who teaches the stage 3 kids on Tuesdays?',
     'The teacher taking the Tuesday Stage 3 juniors is',
     ['Owain Pritchard', 'Pritchard']),
    ("Measured the deep end properly with Alan today - it's 2.1 m, not 2.4 m like the old sign says. Shallow en"
     'd 0.9 m. Need a new depth sign before the diving taster on the 30th.',
     'how deep is the deep end really?',
     'By our own tape measure, the deepest part of the pool is',
     ['2.1 m', '2.1']),
    ('alarm:\n  panel: Texecom Premier, unset_code: 3391\n  zones: [reception, plant_room, gym]\nkey_safe:\n  l'
     'ocation: left of fire exit B\n  code: 0826',
     "what's the number for the key safe?",
     'To open the little box by fire exit B, punch in',
     ['0826']),
    ('Msg from Bernie: reminder for the gala on Sunday - competitors get ORANGE wristbands, officials get blue,'
     " spectators white. Don't mix them up like last year when we ran out of blue!",
     'What colour bands are the swimmers racing at the gala getting?',
     "At Sunday's gala, the people competing will wear wristbands that are",
     ['ORANGE']),
]
OTHER109_ABSENT = [
    ("What's the lane setup on Saturday mornings?", 'chat', 0),
    ("Who's lifeguarding on Sunday afternoon?", 'chat', 1),
    ('The code for Locker 8 is', 'completion', 2),
    ('What was the combined chlorine reading on the 12th?', 'chat', 3),
    ('The one-off joining fee for new adult members is', 'completion', 4),
    ('How much did Coleman Heating charge for the boiler visit?', 'chat', 6),
    ("What's Lucy Tan's mobile number?", 'chat', 12),
    ('The new depth sign for the pool was ordered from', 'completion', 13),
]

OTHER110 = [
    ('1881 census, 14 Quarry Row, Tredegar (RG11/5321 f.42 p.7)\nName | Rel | Age | Occupation | Born\nThomas P'
     'ryce | Head | 38 | Coal hewer | Brecon\nAnn Pryce | Wife | 35 | - | Merthyr Tydfil\nWilliam Pryce | Son |'
     ' 12 | Door boy | Tredegar\nMargaret Pryce | Dau | 9 | Scholar | Tredegar',
     'Where was Ann Pryce born according to the 1881 return?',
     "In the 1881 enumeration, Thomas's wife gave her birthplace as",
     ['Merthyr Tydfil', 'Merthyr']),
    ("St Illtyd's, Llantrithyd - Baptisms 1843\nNo. 117. 3 Sept. Thomas, son of John & Sarah Pryce, of Ty Gwyn,"
     " labourer. Ceremony performed by Rev. Evan Morgan.\n(note: bishop's transcript says 'Price' and gives 6 S"
     'ept)',
     "which date does the actual register give for Thomas Pryce's christening?",
     'The original church book records that baby Thomas was baptised on',
     ['3 Sept']),
    ('Dear Gwen,\nMother always said her grandfather Dafydd emigrated to Scranton, Pennsylvania in 1889, not Oh'
     'io as cousin Beryl insists. He went out on the SS City of Chester from Liverpool. I still have his pocket'
     ' watch somewhere!\nLove, Auntie Nesta',
     'What ship did Auntie Nesta say Dafydd sailed on?',
     "According to Nesta's letter, Dafydd crossed the Atlantic aboard the",
     ['SS City of Chester', 'City of Chester']),
    ('From: Search Room <searchroom@gwentarchives.example>\nSubject: Your request GA/2024/0917\nThank you for y'
     'our enquiry re: Tredegar Iron Co. wage books. Copies of items D.591.12 and D.591.14 are £2.40 per page; t'
     'he estimated total is £31.20 for 13 pages. Please quote GA/2024/0917.',
     "What's the reference I need to give the Gwent archives?",
     'My copying order with the record office is logged under',
     ['GA/2024/0917']),
    ('DNA matches - Ancestry (my kit)\n- JPryce_Ohio: 212 cM across 9 segments, predicted 2nd-3rd cousin\n- M.L'
     'ewis1950: 88 cM, 4 segs\n- kathy_scranton: 147 cM, 7 segs - shares Pryce/Jenkins tree!\n- BethanR: 31 cM',
     'how much DNA do I share with the Scranton lady?',
     'The total overlap between my kit and kathy_scranton comes to',
     ['147 cM', '147']),
    ('Cefn Golau cemetery, Tredegar. Thomas & Ann Pryce: Section D, row 11, plot 27 - headstone leaning, inscri'
     "ption worn. William (son) NOT there; he's at Dukestown, plot 4B. Parking by the north gate.",
     'Whereabouts exactly are Thomas and Ann buried at Cefn Golau?',
     'In that cemetery, the grave of Thomas and Ann Pryce is at',
     ['Section D, row 11, plot 27', 'plot 27']),
    ('event,name,quarter,year,district,vol,page\nmarriage,Thomas PRYCE,Jun,1867,Bedwellty,11a,402\nmarriage,Ann'
     ' JENKINS,Jun,1867,Bedwellty,11a,402\nbirth,William PRYCE,Dec,1868,Bedwellty,11a,188\ndeath,Thomas PRYCE,M'
     'ar,1902,Bedwellty,11a,97',
     'in what year did Thomas Pryce pass away going by the index?',
     "The GRO index puts Thomas Pryce's death in the March quarter of",
     ['1902']),
    ('Sat 18 May. Drove to Brecon with Hywel. The record office shuts at 4pm on Saturdays (not 5 as the website'
     ' said!). Found the Pryce tithe entry: 2 acres 1 rood, field called Cae Bach, tenant John Pryce, landowner'
     ' Sir Charles Morgan.',
     'what was the name of the field John Pryce rented?',
     "The tithe apportionment gives the name of John Pryce's plot as",
     ['Cae Bach']),
    ("Text from cousin Beryl 11:47: Found Nan's old address book!! Dafydd's sister Elinor lived at 42 Mill Stre"
     'et, Aberdare in 1911. Her married name was Howells not Powell. Will send pic tonight x',
     'what surname did Elinor end up with after she wed?',
     "After her wedding, Dafydd's sister went by the name Elinor",
     ['Howells']),
    ('{"id": "I0042", "name": "Margaret Pryce", "birth": "1872", "spouse": "Evan Rhys Bowen", "marriage_date": '
     '"1894-08-11", "marriage_place": "Sirhowy Chapel", "children": 5}',
     'Who did Margaret Pryce marry?',
     'The man Margaret Pryce took as her husband was',
     ['Evan Rhys Bowen', 'Bowen']),
    ('GRO order confirmation\nOrder no: WGH-7730-4418\nType: PDF death certificate\nSubject: Thomas PRYCE, Bedw'
     'ellty, 1902 Q1, 11a/97\nCost: £8.00 (PDF); paper copy would be £12.50\nEstimated despatch: 5 working days',
     'how much did the death cert PDF cost me?',
     "The digital copy of Thomas's death record was priced at",
     ['£8.00', '8.00']),
    ('[Forum: Rootschat, Monmouthshire board]\nGwenP: anyone know when Sirhowy Chapel registers start?\nDaiHist'
     "ory: baptisms from 1824, burials only from 1851\nGwenP: thank you!\nDaiHistory: they're on film at Ebbw V"
     'ale library, ask for reel MF-218',
     'which microfilm do I ask for at Ebbw Vale library?',
     'The chapel registers from Sirhowy can be viewed on film number',
     ['MF-218']),
    ('research_todo:\n  - task: Dafydd Pryce passenger list\n    source: Ancestry UK outward lists\n    status:'
     " done\n    result: departed Liverpool 22 Mar 1889, age 24, 'collier'\n  - task: Elinor Howells 1911 (pend"
     'ing)',
     'On what date did Dafydd set sail from Liverpool?',
     'The outward passenger list shows Dafydd leaving port on',
     ['22 Mar 1889', '22 Mar']),
    ("The studio photo of Ann (c.1885) is a cabinet card, 16.5 x 10.8 cm, from 'J. Hopkins, Photographer, Castl"
     "e Street, Tredegar'. On the back someone pencilled 'Mam aged 39'. Frame is dark green velvet - Auntie Nes"
     "ta's was burgundy.",
     "How big is Ann's cabinet card?",
     'The Hopkins studio portrait of Ann measures',
     ['16.5 x 10.8 cm', '16.5 x 10.8']),
    ('Gwent FHS helpline volunteers:\nMon & Wed - Lynne Harries, 01495 712 046\nThurs - Graham Tudor, 01633 448'
     ' 902\nSat morning - closed\n(Lynne is the one who knows the Tredegar chapels)',
     "What's the number for the society lady who knows all about the Tredegar chapels?",
     "To speak to the society's Tredegar chapel expert, ring",
     ['01495 712 046']),
    ('Invoice from Carys Meredith (record agent)\n3 hrs search, Pembrokeshire RO @ £22/hr: £66.00\nPhotocopies:'
     ' £4.60\nPostage: £2.10\nTotal due: £72.70\nBank: sort 30-94-17  acc 51203388',
     'how much do I owe Carys altogether?',
     'The full amount payable to the record agent is',
     ['£72.70', '72.70']),
]
OTHER110_ABSENT = [
    ("What was Thomas Pryce's occupation in the 1891 census?", 'chat', 0),
    ("The godparents named at Thomas Pryce's baptism were", 'completion', 1),
    ('Which American port did Dafydd land at?', 'chat', 2),
    ('What relationship does Ancestry predict for kathy_scranton?', 'chat', 4),
    ('William Pryce was buried at Dukestown in the year', 'completion', 5),
    ('When does the Brecon record office close on weekdays?', 'chat', 7),
    ("What did the paper copy of Margaret's marriage certificate cost?", 'chat', 10),
    ("Carys Meredith's email address is", 'completion', 15),
]

# Writers 111–116: sixteen facts and eight absent questions each, by six more writers who saw no rule,
# no set and no file (a veterinary practice, an astronomy society, a logistics team's software, a
# seafaring novel, a village bakery, a university lab), commissioned on 7 December as the next
# held-out set: measured once, on the landed runtime and on the session's final one.
OTHER111 = [
    (
        ("When Dr. Imelda Varga opened the Larkspur Lane Veterinary Clinic in 1998, she paid the deposit "
         "on the building with money borrowed from her uncle, who ran a bakery in Sopron."),
        "Where was the bakery of the relative who lent Dr. Varga the money to start her practice?",
        "The town where Dr. Varga's uncle kept his bakery was",
        ["Sopron"],
    ),
    (
        ("APPOINTMENT BOOK - Thursday 14 March\n"
         "09:00  Biscuit (beagle)          owner: T. Halloran     vaccination booster\n"
         "09:40  Mr Pemberton (tortoise)   owner: G. Okonkwo      shell check\n"
         "10:20  Juniper (rabbit)          owner: L. Fairweather  dental trim\n"
         "11:00  Saffron (cockatiel)       owner: D. Mbeki        wing clip"),
        "When on Thursday is the tortoise due to be seen?",
        "The shell check for Mr Pemberton is scheduled at",
        ["09:40"],
    ),
    (
        ("Rx #58213907 - Meloxicam oral suspension 1.5 mg/ml\n"
         "Patient: Dolly (border collie, 18.4 kg)\n"
         "Directions: give 1.2 ml by mouth once daily with food. Do not exceed stated dose.\n"
         "Dispensed by: P. Andrade, 3 Feb"),
        "Could you remind me how much of the anti-inflammatory liquid Dolly is supposed to get per dose?",
        "The amount of meloxicam suspension to give Dolly each day is",
        ["1.2 ml"],
    ),
    (
        ("LARKSPUR LANE VETS - INVOICE 20417\n"
         "Consultation ................ £48.00\n"
         "Radiograph (2 views) ........ £126.50\n"
         "Amoxiclav 250mg x14 ......... £22.75\n"
         "TOTAL ....................... £197.25"),
        "What was I charged for the X-rays on that bill?",
        "On invoice 20417, the X-ray charge came to",
        ["£126.50"],
    ),
    (
        ("[Text from Rosie, 07:12] Car won't start again. Can you tell Marguerite I'll be in by 8:45? "
         "Also the spare key for the controlled drugs cabinet is taped under the blue kettle tray now, "
         "not in the top drawer like before."),
        "Where has the backup key to the locked medicines cupboard been hidden these days?",
        "Rosie says the spare controlled-drugs key is now hidden",
        ["under the blue kettle tray"],
    ),
    (
        ("rota_week,name,role,sat_shift\n"
         "12,Marguerite Obi,head nurse,off\n"
         "12,Callum Reyes,vet,08:00-13:00\n"
         "12,Priya Sandhu,receptionist,08:30-12:30\n"
         "12,Owen Tregarthen,locum vet,13:00-18:00"),
        "Which temporary vet is filling in on the Saturday afternoon that week?",
        "Covering afternoons as the locum vet in week 12 is",
        ["Owen Tregarthen"],
    ),
    (
        ("PATIENT RECORD\n"
         "Name: Captain Wigglesworth    Species: ferret    Sex: MN\n"
         "Colour: sable                 DOB: 11/06/2021\n"
         "Insurer: PawWell Mutual       Insurance ref: HPX-55810-Q\n"
         "Previous ref (lapsed): HPX-49022-B"),
        "I need the policy number for Captain Wigglesworth's pet cover, please.",
        "The ferret's current insurance reference is",
        ["HPX-55810-Q"],
    ),
    (
        ("# vetdesk/reminders.yaml\n"
         "reminders:\n"
         "  sms_sender_id: LARKSPURVET\n"
         "  vaccine_reminder_days_before: 21\n"
         "  dental_recall_months: 6\n"
         "  worming_reminder_enabled: false"),
        "How far ahead of a jab being due does the system text the owner?",
        "The number of days ahead of a due vaccine that the reminder is sent is",
        ["21"],
    ),
    (
        ("From: accounts@larkspurvets.co.uk\n"
         "Subject: Changes to billing enquiries\n"
         "Please send any disputed invoices to billing.queries@larkspurvets.co.uk rather than the "
         "front desk address, which is no longer monitored for payment issues."),
        "If a client wants to contest a charge, what address should they email?",
        "Anyone wanting to dispute a bill should write to",
        ["billing.queries@larkspurvets.co.uk"],
    ),
    (
        ("Staff meeting minutes, 2 May. Present: IV, MO, CR, PS. Item 3: agreed to switch the "
         "sharps-bin collection contractor from Medisafe Disposal to Grenwick Hygiene, effective 1 June. "
         "Action: PS to give notice on the old contract."),
        "Which firm will be taking away the needle bins after the change?",
        "From June onwards, the sharps bins will be emptied by",
        ["Grenwick Hygiene"],
    ),
    (
        ("\"Which one's Pickle?\" asked the new receptionist.\n"
         "\"The tabby in cage four with the teal collar,\" said Marguerite. \"Cage five is Mr. Whiskers, "
         "the one in the orange collar. Mind your fingers with him.\""),
        "How can I tell which cat is Pickle - what colour is the thing round its neck?",
        "Pickle can be recognised by a collar that is",
        ["teal"],
    ),
    (
        ("2024-01-19 03:14:07 WARN ward2_incubator temp=33.8C setpoint=30.0C humidity=41% "
         "alarm_sent_to=oncall"),
        "What reading did the ward 2 incubator give when it raised the alert in the night?",
        "When the ward 2 incubator alarm fired, its thermometer showed",
        ["33.8", "33.8C"],
    ),
    (
        ("NOTICE: The clinic will be closed on Monday 26 August 2024 for the bank holiday. "
         "Normal hours resume Tuesday at 8:00. Emergencies: please ring Westbrook Referral Hospital."),
        "Which day will the practice be shut for the public holiday?",
        "Larkspur Lane shuts for the bank holiday on",
        ["26 August 2024", "Monday 26 August 2024"],
    ),
    (
        ("UPDATE patients SET weight_kg = 6.35, updated_by = 'creyes'\n"
         "WHERE patient_id = 40712;  -- old value 7.10 was a typo at intake"),
        "After the correction, how heavy is animal 40712 recorded as being?",
        "Following the fix, the database lists patient 40712's mass in kilograms as",
        ["6.35"],
    ),
    (
        ("[software]\n"
         "vetdesk_version = 4.3.1\n"
         "; previous: 4.2.9 (replaced after the label printer bug)\n"
         "label_printer = Brother QL-820NWB"),
        "Which release of the practice management program is on the front desk computer now?",
        "The reception PC currently runs VetDesk release",
        ["4.3.1"],
    ),
    (
        ("Dear Mr. Castellanos, thank you so much for your kind card after Pepper's passing. "
         "We have planted a crab apple tree in her memory in the little garden behind the clinic."),
        "What sort of tree did the vets put in the ground to remember Pepper?",
        "In Pepper's memory, the staff planted a",
        ["crab apple"],
    ),
]

OTHER111_ABSENT = [
    ("What time is the Labrador booked in for on Thursday?", "chat", 1),
    ("How much was charged for the blood test on invoice 20417?", "chat", 3),
    ("Who is working the Saturday morning vet shift in week 13?", "chat", 5),
    ("What phone number should clients ring about billing problems?", "chat", 8),
    ("What colour collar does the cat in cage seven wear?", "chat", 10),
    ("The number of days before a flea treatment reminder goes out is", "completion", 7),
    ("Patient 40712's microchip number on file is", "completion", 13),
    ("The name of Dr. Varga's uncle's bakery was", "completion", 0),
]
OTHER112 = [
    (
        ("When the society finally installed the new dome at Harrow Ridge, it was Marguerite Ostrowski "
         "who turned the key first; the old dome had been opened every night for thirty years by "
         "Tobias Lenk."),
        "Who had the honour of opening the replacement dome on its very first night?",
        "The person who got to unlock the new dome for the very first time was",
        ["Marguerite Ostrowski"],
    ),
    (
        ("telescope:\n"
         "  name: \"Kestrel-40\"\n"
         "  aperture_mm: 406\n"
         "  focal_length_mm: 3250\n"
         "  mount: \"Granite EQ-Alt\"\n"
         "  guide_camera_gain: 118"),
        "How long is the focal length of the Kestrel-40 scope, in millimetres?",
        "Expressed in millimetres, the Kestrel-40's focal length is",
        ["3250"],
    ),
    (
        ("2023-10-14 02:47 UTC | obs: R. Achebe | target: M33 | seeing 3/5 | "
         "transparency good | SQM 21.36 | notes: faint dew on secondary"),
        "Could you tell me what the sky-darkness meter read during Achebe's session on the Triangulum Galaxy?",
        "On the night R. Achebe logged M33, the sky quality meter gave a reading of",
        ["21.36"],
    ),
    (
        ("From: treasurer@harrowridge-astro.org -- Dues for the 2025 season are now £42.50 for full "
         "members and £18 for students; please pay before the March meeting."),
        "What does an ordinary full membership cost this coming season?",
        "For the 2025 season, a full member has to pay annual dues of",
        ["£42.50"],
    ),
    (
        ("Minutes, 9 February. Item 4: Motion to rename the 14-inch Dobsonian carried 11 votes to 3. "
         "The previous name 'Big Bertha' is retired; the telescope shall henceforth be known as "
         "'Old Lamplighter'."),
        "What are we supposed to call the big 14\" Dob since the vote?",
        "Following the February vote, the 14-inch Dobsonian now goes by the name",
        ["Old Lamplighter"],
    ),
    (
        ("STAR PARTY -- SATURDAY PROGRAMME\n"
         "19:30  Welcome & safety briefing (car park)\n"
         "20:15  Naked-eye constellation tour\n"
         "21:40  Planetary viewing: Saturn\n"
         "23:05  Deep-sky imaging demo"),
        "When do they start showing the ringed planet through the scopes on Saturday?",
        "On the Saturday programme, looking at Saturn through the telescopes begins at",
        ["21:40"],
    ),
    (
        ("item_id,description,location,serial\n"
         "INV-0071,Baader solar filter 200mm,Cabinet B,BSF-77412\n"
         "INV-0072,Telrad finder,Cabinet A,TR-0983\n"
         "INV-0073,Hydrogen-alpha eyepiece case,Cabinet C,HA-55120"),
        "Please look up the serial of the society's Baader filter for solar viewing.",
        "The serial number recorded for the club's 200mm Baader sun filter is",
        ["BSF-77412"],
    ),
    (
        ("Rui (text, 18:02): heads up, gate code for the upper road changed -- it's 4719 now, "
         "not 3382 anymore. Don't give it to the hikers."),
        "What number do I need to key in to get through the barrier on the top road these days?",
        "To open the gate on the upper road, you now have to punch in",
        ["4719"],
    ),
    (
        ("\"If the warning lamp above the control desk glows turquoise, the humidity is too high to open "
         "the slit,\" said Dr. Farrokh Batmanghelidj to the new volunteers."),
        "Which colour does the desk indicator light show when the air is too damp for opening the dome?",
        "When it is too humid to open the slit, the warning lamp over the control desk shines",
        ["turquoise"],
    ),
    (
        ("$ ./focuser-ctl --version\n"
         "focuser-ctl 2.8.14 (firmware 1.3.0, built 2024-03-02)"),
        "Which release of the focuser control program is currently installed?",
        "The installed release of the focuser control program is version",
        ["2.8.14"],
    ),
    (
        ("NOTICE: The observatory access road will be closed for resurfacing from 3 June to 17 June. "
         "Members should park at Pelleworth Quarry and take the shuttle minibus up to the summit."),
        "Where are we meant to leave our cars while the road up to the observatory is being repaved?",
        "While the access road is being resurfaced, members are told to leave their cars at",
        ["Pelleworth Quarry"],
    ),
    (
        ("Orion Optics Supply -- Receipt #88213\n"
         "1 x Dew heater strap 12in      $34.99\n"
         "2 x 2in Oxygen-III filter     $578.00\n"
         "Shipping                       $15.00\n"
         "TOTAL                         $627.99"),
        "How much did the whole order from the optics shop come to, all told?",
        "Altogether, the order from the optics supplier came to",
        ["$627.99"],
    ),
    (
        ("[weather_station]\n"
         "anemometer_height = 7.5 m\n"
         "wind_close_threshold = 38 km/h\n"
         "rain_sensor = enabled"),
        "At what wind speed does the roof shut itself automatically?",
        "The weather station will trigger a roof closure once wind speeds reach",
        ["38 km/h"],
    ),
    (
        ("Dear members, it is with great pleasure that we announce that the minor planet discovered "
         "from our ridge in 2019 has been officially named (48211) Quillondale, after our founding "
         "village."),
        "What official name was given to the asteroid our members found back in 2019?",
        "The minor planet found from the ridge in 2019 now officially bears the name",
        ["Quillondale", "(48211) Quillondale"],
    ),
    (
        ("# archive uploader settings\n"
         "ARCHIVE_URL = \"https://archive.harrowridge-obs.net/upload/v2\"\n"
         "MAX_RETRIES = 5\n"
         "CHUNK_SIZE_MB = 64"),
        "Which web address does the uploader script push the processed frames to?",
        "Processed images are sent by the uploader script to",
        ["https://archive.harrowridge-obs.net/upload/v2"],
    ),
    (
        ("Limiting magnitude record: on the night of 22 August 2021, Priya Venkataraman recorded a "
         "naked-eye limiting magnitude of 7.4 from the north platform, beating the previous club "
         "record of 7.1."),
        "On what date was the club's best-ever naked-eye faintest-star observation made?",
        "The club's naked-eye limiting magnitude record was set on",
        ["22 August 2021"],
    ),
]

OTHER112_ABSENT = [
    ("How heavy is the Kestrel-40 optical tube?", "chat", 1),
    ("What's the gate code for the lower road?", "chat", 7),
    ("How much are family memberships for the 2025 season?", "chat", 3),
    ("The serial number of the club's Celestron star diagonal is", "completion", 6),
    ("Who held the club's limiting magnitude record before Priya Venkataraman?", "chat", 15),
    ("The receipt from the optics supplier lists the sales tax as", "completion", 11),
    ("What time does the Sunday star-party programme finish?", "chat", 5),
    ("The new dome at Harrow Ridge was installed in the year", "completion", 0),
]
OTHER113 = [
    (
        ("apiVersion: apps/v1\n"
         "kind: Deployment\n"
         "metadata:\n"
         "  name: route-planner\n"
         "spec:\n"
         "  replicas: 14\n"
         "  # was 6 before the holiday peak"),
        "How many copies of the route planner service are configured to run in the cluster right now?",
        "The route-planner deployment is currently scaled to",
        ["14"],
    ),
    (
        ("INSERT INTO carriers (id, name, hub_city) VALUES\n"
         "  (41, 'Brightwell Freight', 'Duluth'),\n"
         "  (42, 'Kestrel Haulage', 'Saginaw'),\n"
         "  (43, 'Moravec Lines', 'Toledo');"),
        "Which town is Kestrel Haulage based out of, according to the carriers table?",
        "In the database, the home hub recorded for Kestrel Haulage is",
        ["Saginaw"],
    ),
    (
        ("$ history | tail -3\n"
         "  511  kubectl config use-context prod-east\n"
         "  512  kubectl rollout undo deployment/label-printer --to-revision=37\n"
         "  513  kubectl get pods -n warehouse"),
        "When someone rolled back the label printer, which revision did they go back to?",
        "The label-printer rollback in the shell history targeted revision number",
        ["37"],
    ),
    (
        ("Postmortem INC-2291: The outage of the dock-scheduling API began at 03:42 UTC when a "
         "certificate expired, and service was restored at 05:17 UTC after the on-call engineer, "
         "Priya Ramaswamy, rotated the cert manually."),
        "Could you tell me who actually fixed the dock-scheduling API outage by swapping the certificate?",
        "The engineer on call who manually rotated the expired certificate was",
        ["Ramaswamy", "Priya Ramaswamy"],
    ),
    (
        ("[#ops-alerts] Tomasz Wierzbicki 9:14 AM: heads up, the new VPN endpoint for the "
         "Rotterdam warehouse is vpn-rtm.corvalis-logistics.net, the old one goes away Friday"),
        "What hostname should people now use to connect to the Rotterdam warehouse network remotely?",
        "Going forward, remote access to the Rotterdam site goes through",
        ["vpn-rtm.corvalis-logistics.net"],
    ),
    (
        ("MANIFEST  SHP-77810-Q\n"
         "Pallet 1  canned tomatoes   412 kg\n"
         "Pallet 2  olive oil (tins)  638 kg\n"
         "Pallet 3  dried pasta       295 kg"),
        "On that shipment manifest, how heavy is the olive oil pallet?",
        "The pallet of tinned olive oil weighs",
        ["638 kg"],
    ),
    (
        ("Ticket LOGI-4482 was reopened on 19 March 2024 after the customs-export job failed again; "
         "it had originally been closed on 2 March 2024."),
        "When did the customs export ticket get opened up again?",
        "The customs-export failure ticket came back to life on",
        ["19 March 2024"],
    ),
    (
        ("[2024-06-11T22:08:51Z] ERROR fleet-telemetry: truck TRK-0917 reported engine temp 118C, "
         "threshold 105C, alert routed to maintenance queue"),
        "Which vehicle triggered the overheating alarm in the telemetry logs?",
        "The engine temperature alert in the fleet log was raised for vehicle",
        ["TRK-0917"],
    ),
    (
        ("Minutes, platform sync, Tuesday: Agreed to freeze deployments on the billing service. "
         "Quarterly cloud spend came in at $48,317.60, above the $42,000 target. Owen to review "
         "node pool sizes."),
        "How much did we end up spending on cloud infrastructure last quarter, per the meeting notes?",
        "According to the platform sync, the quarter's cloud bill totalled",
        ["$48,317.60"],
    ),
    (
        ("[database]\n"
         "host = pg-main.internal\n"
         "port = 6432\n"
         "pool_size = 25\n"
         "statement_timeout_ms = 9000"),
        "What port does the service use to reach the main Postgres host?",
        "In the INI file, the database connection is made on port",
        ["6432"],
    ),
    (
        ("Dispatch Slack, from Marguerite: \"Reminder that the forklift charging bay is now painted "
         "teal, not the old orange, so the new hires stop parking pallets there.\""),
        "What colour marks the area where the forklifts get recharged?",
        "To keep pallets out of it, the forklift charging bay has been painted",
        ["teal"],
    ),
    (
        ("Release notes: shipment-tracker v3.12.4 fixes the duplicate barcode scan bug; "
         "v3.12.3 is deprecated and v3.13.0 is planned for August."),
        "Which build of the shipment tracker contains the fix for barcodes being scanned twice?",
        "The duplicate barcode scan problem was resolved in shipment-tracker",
        ["3.12.4", "v3.12.4"],
    ),
    (
        ("On-call rota, week 27:\n"
         "  Mon-Tue  Hamid Okonkwo\n"
         "  Wed-Thu  Lena Sørvik\n"
         "  Fri-Sun  Declan Ashby"),
        "Who's carrying the pager midweek, on Wednesday and Thursday, in week 27?",
        "For the Wednesday and Thursday shifts of week 27, the on-call engineer is",
        ["Sørvik", "Lena Sørvik"],
    ),
    (
        ("{\"warehouse\": \"Fenwick North\", \"dock_doors\": 22, \"cold_storage_m3\": 3400, "
         "\"manager\": \"A. Lindqvist\"}"),
        "How much refrigerated space does the Fenwick North facility have, in cubic metres?",
        "The cold storage volume listed for Fenwick North is",
        ["3400"],
    ),
    (
        ("Incident retro action item: the nightly reconciliation cron was moved from 01:30 to 02:45 "
         "so it no longer overlaps with the carrier invoice import."),
        "At what time does the nightly reconciliation job run now?",
        "To avoid clashing with the invoice import, reconciliation was rescheduled to",
        ["02:45"],
    ),
    (
        ("Text from Ruth (fleet ops): gate code for the Harlow yard changed this morning, "
         "it's now 583916, please don't write it on the whiteboard"),
        "What number do I punch in to get through the gate at the Harlow yard?",
        "The new keypad code for entering the Harlow yard is",
        ["583916"],
    ),
]

OTHER113_ABSENT = [
    ("How many CPU cores are requested per pod for the route planner deployment?", "chat", 0),
    ("Which city is Kestrel Couriers headquartered in?", "chat", 1),
    ("What was the root cause of incident INC-2292?", "chat", 3),
    ("What is the gate code for the Harlow warehouse's loading dock office?", "chat", 15),
    ("What is the password for the database user on pg-main.internal?", "chat", 9),
    ("The total weight of the frozen fish pallet on manifest SHP-77810-Q is", "completion", 5),
    ("The mobile phone number of the Fenwick North manager, A. Lindqvist, is", "completion", 13),
    ("The release date scheduled for shipment-tracker v3.13.0 is", "completion", 11),
]
OTHER114 = [
    (
        ("LOG OF THE BARQUE MERGANSER, 14th March 1841.\n"
         "4 a.m. Wind NNE, fresh breeze. Sounded: 31 fathoms, fine shell.\n"
         "Noon. Lat. 49 deg 12 min N. Sounded: 23 fathoms, grey sand.\n"
         "6 p.m. Hazy. Sounded: 19 fathoms, mud and stones."),
        "When they heaved the lead at midday on the Merganser, how deep was the water?",
        "At the noon cast of the lead that March day, the barque found a depth of",
        ["23 fathoms"],
    ),
    (
        ("By these Articles it is agreed that each able seaman shall receive £2 14s. per calendar month, "
         "each ordinary seaman £1 18s., and each ship's boy 12s., payable at the port of discharge."),
        "Could you tell me what a less experienced sailor, not rated able, was paid monthly under those articles?",
        "Under the signed articles, an ordinary seaman was to be paid, each month, the sum of",
        ["£1 18s."],
    ),
    (
        ("\"Who has the Merganser now?\" asked Tom, shading his eyes against the glare.\n"
         "\"Captain Ezekiel Harrowgate,\" said the old rigger, spitting over the quay, "
         "\"ever since poor Pennock went down off Cape Race.\""),
        "Who took over command of the Merganser after its previous master was lost?",
        "Once Pennock had drowned, the barque passed into the hands of",
        ["Ezekiel Harrowgate", "Captain Ezekiel Harrowgate"],
    ),
    (
        ("Cargo manifest, brig Halcyon (casks):\n"
         "item,casks,destination\n"
         "salt pork,48,Valparaiso\n"
         "molasses,112,Hobart Town\n"
         "lamp oil,67,Hobart Town\n"
         "ship's biscuit,30,Valparaiso"),
        "How many barrels of molasses was the Halcyon carrying?",
        "The number of molasses casks listed on the Halcyon's manifest was",
        ["112"],
    ),
    (
        ("TELEGRAM. FALMOUTH 6 NOV 1869. TO TOLLAND AND SONS, LEITH.\n"
         "HALCYON ARRIVED SAFE AFTER GALE STOP TOPMAST REPLACED STOP "
         "SAILS FOR LISBON THURSDAY 5.40 AM STOP CREW WELL STOP HARROWGATE"),
        "What hour was the Halcyon due to put out for Portugal, according to the wire?",
        "The wire from Falmouth said the brig would leave for Lisbon on Thursday at",
        ["5.40 AM"],
    ),
    (
        ("CERTIFICATE OF BRITISH REGISTRY\n"
         "Ship's name: Corncrake    Rig: Schooner\n"
         "Certificate No.: BX-4471-K    Previous certificate: BX-3902-F (cancelled)\n"
         "Port of registry: Whitehaven"),
        "What is the number on the schooner Corncrake's current registry certificate?",
        "The Corncrake's valid certificate of registry carries the number",
        ["BX-4471-K"],
    ),
    (
        ("Every sailor in Leith knew the Tolland house flag at a glance: a swallow-tailed pennant of "
         "saffron yellow, bearing a black fouled anchor at its centre."),
        "Which colour was the Tolland company's pennant, the one with the anchor on it?",
        "The field of the Tolland line's swallow-tailed flag was dyed",
        ["saffron yellow"],
    ),
    (
        ("The dying mate gripped Jem's sleeve. \"The chest lies under the third palm on the eastern shore "
         "of Kerrawick Island,\" he whispered. \"Not Tallow Cay. Never Tallow Cay. Swear it.\""),
        "Where, according to the mate's last words, was the chest actually hidden?",
        "With his final breath the mate revealed that the treasure was buried on",
        ["Kerrawick Island"],
    ),
    (
        ("Spar dimensions, ship Albatross (deck to truck):\n"
         "  Foremast ......... 104 feet\n"
         "  Mainmast ......... 118 feet\n"
         "  Mizzenmast ....... 86 feet"),
        "How tall was the Albatross's tallest, central mast?",
        "Measured from the deck up to the truck, the Albatross's mainmast rose",
        ["118 feet"],
    ),
    (
        ("The Albatross slid down the ways at Whitby on 17 April 1836, christened with a bottle of "
         "Madeira by the builder's daughter, Miss Lavinia Storr."),
        "When exactly did the Albatross first take to the water?",
        "The ship Albatross was launched at the Whitby yard on",
        ["17 April 1836"],
    ),
    (
        ("NOTICE TO ALL HANDS. By order of the Master, the daily allowance of rum, formerly one gill "
         "per man, is from this day reduced to half a gill, until the ship reaches Cape Town."),
        "After the captain's order, how much grog did each sailor get per day?",
        "Following the Master's order, every man's daily spirit ration became",
        ["half a gill"],
    ),
    (
        ("From the Commercial Code of Signals, page 41:\n"
         "  JRB  Want water immediately.\n"
         "  JRC  Have sprung a leak.\n"
         "  JRD  Send a surgeon on board.\n"
         "  JRF  Am short of provisions."),
        "If a captain needed a doctor rowed over to his vessel, which flag hoist would he run up?",
        "To request that a medical man be sent across, a ship would hoist the signal",
        ["JRD"],
    ),
    (
        ("Publisher's note: this edition of The Salt Road follows the 1872 text. Readers who spot "
         "a misprint are invited to write to errata@gullwingpress.co.uk so it may be corrected."),
        "Where should I send a note if I find a typo in this edition of The Salt Road?",
        "Misprints noticed in this edition of the novel may be reported by email to",
        ["errata@gullwingpress.co.uk"],
    ),
    (
        ("[edition]\n"
         "title = The Salt Road\n"
         "source_text = 1872 Gullwing first edition\n"
         "transcription_version = 2.4.7\n"
         "previous_version = 2.3.9"),
        "Which release of the digital transcription of The Salt Road is this?",
        "The current transcription of the novel is numbered version",
        ["2.4.7"],
    ),
    (
        ("Cook Abernethy's grey parrot, Pilchard, had learned to swear in three languages and "
         "to whistle the bosun's call so well that the watch came tumbling up for nothing."),
        "What was the name of the bird that belonged to the ship's cook?",
        "The galley's foul-mouthed grey parrot went by the name of",
        ["Pilchard"],
    ),
    (
        ("Lloyd's Register extract:\n"
         "Vessel: Halcyon | Official Number: 4471903 | Registered tons: 612 | "
         "Built: Sunderland 1851 | Master: E. Harrowgate"),
        "What's the Halcyon's official identification number in the register?",
        "In Lloyd's Register, the brig Halcyon is listed under official number",
        ["4471903"],
    ),
]

OTHER114_ABSENT = [
    ("What was the first name of Captain Pennock, who drowned off Cape Race?", "chat", 2),
    ("How many casks of salt pork were consigned to Hobart Town on the Halcyon?", "chat", 3),
    ("The Albatross was finally broken up for timber in the year", "completion", 9),
    ("What official number does the schooner Corncrake carry in Lloyd's Register?", "chat", 15),
    ("What colour was the house flag of the rival Mabberley shipping line?", "chat", 6),
    ("The ship's cat that sailed alongside the cook's parrot was called", "completion", 14),
    ("Which signal hoist in the commercial code means 'Man overboard'?", "chat", 11),
    ("Under the same articles, the monthly wage of the ship's carpenter was", "completion", 1),
]
OTHER115 = [
    (
        ("Grandma Ilse's dark rye (makes two loaves):\n"
         "- 820 g dark rye flour\n"
         "- 640 ml lukewarm water\n"
         "- 200 g ripe rye levain\n"
         "- 18 g sea salt\n"
         "- 1 tbsp crushed caraway"),
        "For Grandma Ilse's dark rye, what volume of liquid do I need to add to the flour?",
        "In Ilse's two-loaf rye recipe, the amount of lukewarm water you pour in is",
        ["640 ml"],
    ),
    (
        ("From: Tomasz Wrobel <tomasz@wrobel-mills.pl>\n"
         "Subject: Re: flour for next week\n"
         "Confirmed: 12 sacks of T65 and 4 sacks of spelt, shipping Tuesday. Your order reference is "
         "MH-40719-B (the old one, MH-40622-A, was cancelled)."),
        "Could you tell me the reference Tomasz gave for the flour order that's still going ahead?",
        "The active order number the mill confirmed for the T65 and spelt sacks is",
        ["MH-40719-B"],
    ),
    (
        ("HALLORAN & DAUGHTERS BAKERY - Till 2 - 14:26\n"
         "2 x Cheese scone ........ 5.40\n"
         "1 x Seeded batch loaf ... 4.20\n"
         "6 x Cinnamon knot ...... 14.25\n"
         "TOTAL PAID ............ £23.85 (contactless)"),
        "What was the grand total on that Halloran & Daughters till receipt?",
        "Altogether, the customer at till 2 was charged",
        ["£23.85", "£23.85 (contactless)"],
    ),
    (
        ("stall,trader,product,licence_no\n"
         "12,Penrose Honey,honey and wax,5520917\n"
         "14,Ottoline Cheeses,farmhouse cheese,8830241\n"
         "15,Baxter & Sons,veg boxes,6619034"),
        "I need the trading licence for the cheese seller at the market, what number is it?",
        "The licence number registered to Ottoline Cheeses is",
        ["8830241"],
    ),
    (
        ("[WhatsApp - Halloran Family Bakes]\n"
         "[19:02] Nora: I can't do Saturday's market stall, Ciaran's got his swimming gala\n"
         "[19:05] Marta: I'd cover but I'm on ovens from 4am\n"
         "[19:11] Benedikt: No worries, I'll run the stall on Saturday, just leave me the float"),
        "Who ended up volunteering to look after the market stall this Saturday?",
        "The family member who agreed to take over the Saturday stall was",
        ["Benedikt"],
    ),
    (
        ("FOOD HYGIENE INSPECTION - Halloran & Daughters, 3 Mill Lane\n"
         "Inspected by: D. Arkwright, Environmental Health\n"
         "Date of visit: 9 October 2024   Rating awarded: 4 (Good)\n"
         "Actions: replace cracked seal on walk-in chiller door.\n"
         "Next routine inspection due: 21 March 2025"),
        "When is environmental health supposed to come back and check the bakery again?",
        "The bakery's following routine hygiene visit is scheduled for",
        ["21 March 2025"],
    ),
    (
        ("# market-hall router config\n"
         "networks:\n"
         "  - ssid: MillLane-Traders\n"
         "    password: crumpet-Lantern-58\n"
         "    vlan: 20\n"
         "  - ssid: MillLane-Office\n"
         "    password: ledger!Quince7"),
        "What do the stallholders type in to get onto the traders' Wi-Fi?",
        "To join the MillLane-Traders network, the key you enter is",
        ["crumpet-Lantern-58"],
    ),
    (
        ("For thirty years the awning over the bakery's market stall had been a faded bottle green, but "
         "that spring Marta had it repainted a loud saffron yellow, and the regulars teased her that "
         "they could see it from the bus stop."),
        "What colour did Marta choose when she had the stall awning redone?",
        "After the repainting, the canopy above the bakery's stall was",
        ["saffron yellow", "a loud saffron yellow"],
    ),
    (
        ("Minutes - Ashby Village Market Committee, 2 June\n"
         "Present: R. Coyle (chair), M. Halloran, J. Penrose, T. Baxter\n"
         "Item 3: Pitch fees. Agreed to raise the standard Saturday pitch from £35 to £42, effective 1 July.\n"
         "Item 4: Litter rota to be redrafted by J. Penrose."),
        "How much will a regular Saturday pitch cost once the committee's increase kicks in?",
        "From July, traders booking a standard Saturday pitch will pay",
        ["£42"],
    ),
    (
        ("WALNUT & FIG COUNTRY LOAF\n"
         "Ingredients: wheat flour, water, dried figs, walnuts (12%), salt, yeast\n"
         "Net weight: 1.2 kg\n"
         "Best before: see side of bag   Store in a cool, dry place"),
        "How heavy is the walnut and fig country loaf according to its packaging?",
        "The stated mass of one walnut and fig country loaf is",
        ["1.2 kg"],
    ),
    (
        ("NOTICE TO ALL TRADERS AND CUSTOMERS\n"
         "While the market square is being resurfaced, the Saturday market will be held on Church Green "
         "from 6 September until further notice. Parking at the village hall only."),
        "Where's the Saturday market relocating to during the roadworks on the square?",
        "During the resurfacing, the weekly market will temporarily take place on",
        ["Church Green"],
    ),
    (
        ("INSERT INTO suppliers (name, category, contact_email, lead_days)\n"
         "VALUES ('Millbrook Grain Co.', 'flour', 'orders@millbrookgrain.co.uk', 3),\n"
         "       ('Hollins Dairy', 'butter', 'dispatch@hollinsdairy.com', 1);"),
        "Which address should I email to order flour from Millbrook Grain?",
        "To place a flour order with Millbrook Grain Co., you write to",
        ["orders@millbrookgrain.co.uk"],
    ),
    (
        ("SMS from Rosalind (Hollins Dairy): Hi Marta, heads up - we're sending 48 blocks of butter this "
         "week instead of the usual 36, as you asked. Cream stays the same. R x"),
        "How many butter blocks is the dairy delivering this week?",
        "This week's butter drop from Hollins Dairy comes to a block count of",
        ["48"],
    ),
    (
        ("Friday bake schedule (oven 1)\n"
         "04:30  croissants and pain au chocolat\n"
         "05:15  baguettes and batons\n"
         "06:00  seeded batch loaves\n"
         "06:40  cinnamon knots"),
        "At what time do the French sticks go into oven 1 on Fridays?",
        "On a Friday, the baguettes are loaded into the first oven at",
        ["05:15"],
    ),
    (
        ("2024-08-17 06:52:11 INFO  card-reader[SR-7731]: firmware update complete 2.8.1 -> 2.9.0, "
         "rebooting\n"
         "2024-08-17 06:53:02 INFO  card-reader[SR-7731]: online, battery 87%"),
        "Which firmware version is the stall's card reader running now after the update?",
        "Following the overnight update, the card terminal's software version is",
        ["2.9.0"],
    ),
    (
        ("\"Don't you dare let it die,\" Grandma Ilse told Nora, tapping the crock on the windowsill. "
         "\"That starter is called Bartholomew, and he has been fed every morning since your mother was born.\""),
        "What's the name the family gave to their sourdough starter?",
        "The starter in the crock on Ilse's windowsill goes by the name",
        ["Bartholomew"],
    ),
]

OTHER115_ABSENT = [
    ("How much sugar goes into Grandma Ilse's dark rye?", "chat", 0),
    ("What's the licence number for Fenwick Pickles at the market?", "chat", 3),
    ("How many blocks of cream cheese is Rosalind sending over this week?", "chat", 12),
    ("What hygiene rating did the butcher's stall on Mill Lane receive?", "chat", 5),
    ("How much did Tomasz charge in total for the flour order?", "chat", 1),
    ("On the Friday schedule, the rye loaves come out of oven 1 at", "completion", 13),
    ("At the meeting, the committee set the new fee for a double pitch at", "completion", 8),
    ("The crock that holds the Bartholomew starter was made by a potter named", "completion", 15),
]
OTHER116 = [
    (
        ("Notebook entry, 14 March: PCR of isolate KL-7 repeated. The first attempt at 55 °C annealing gave "
         "smeared bands; the repeat at 58.5 °C gave a single clean band of roughly 1.2 kb."),
        "At what annealing temperature did the KL-7 reaction finally give a clean result?",
        "The PCR of isolate KL-7 only produced a crisp single product once annealing was done at",
        ["58.5", "58.5 °C"],
    ),
    (
        ("freezer,shelf,box,contents\n"
         "F-80-2,3,B14,HEK293 frozen stocks\n"
         "F-80-2,4,B22,E. coli BL21 glycerol stocks\n"
         "F-80-3,1,B07,pGL-Luc2 plasmid preps"),
        "Could you tell me which box I should pull to find the BL21 glycerol stocks?",
        "The glycerol stocks of the BL21 strain are stored in box",
        ["B22"],
    ),
    (
        ("Budget line 4 (Consumables), NSF award 2231874: allocated $48,250.00; spent to date $31,906.42; "
         "remaining $16,343.58."),
        "How much of the consumables money on the NSF grant has already been used up?",
        "So far, expenditure against the consumables line of the NSF award amounts to",
        ["$31,906.42"],
    ),
    (
        ("From: Travel Office\nTo: Dr. Halvorsen\nSubject: TR-2024-0583\n"
         "Your reimbursement request for the Lisbon meeting has been approved; the funds will be deposited "
         "to your account on 12 June 2024."),
        "When is Halvorsen going to get the money back for the Lisbon trip?",
        "The repayment of Dr. Halvorsen's Lisbon conference expenses is scheduled to land on",
        ["12 June 2024"],
    ),
    (
        ("EXPERIMENT = {\n"
         "    \"microscope\": \"Zeiss LSM 980\",\n"
         "    \"objective\": \"63x oil\",\n"
         "    \"laser_power_pct\": 2.5,\n"
         "    \"z_step_um\": 0.35,\n"
         "}"),
        "In the imaging settings, what spacing in micrometres is used between optical sections?",
        "Each slice of the confocal stack is separated in depth by a distance, in microns, of",
        ["0.35"],
    ),
    (
        ("Minutes, Internal Review Committee, 3 October: of the three pre-proposals received, the committee "
         "voted 5-2 to forward Dr. Amara Okonkwo-Reyes's soil microbiome proposal to the foundation. "
         "The submissions from Dr. Lindqvist and Dr. Feld were declined."),
        "Whose pre-proposal did the review panel decide to send on to the foundation?",
        "The internal committee picked the soil microbiome submission, which was written by Dr. Amara",
        ["Okonkwo-Reyes", "Amara Okonkwo-Reyes", "Dr. Amara Okonkwo-Reyes"],
    ),
    (
        ("Tomasz (text, 9:12 pm): centrifuge in room 214 is broken again. Moved our spin to the one in "
         "room 309, booked for 7:40 am tomorrow."),
        "What time did Tomasz reserve the replacement centrifuge for?",
        "Because the usual machine failed, the samples will now be spun tomorrow morning at",
        ["7:40 am"],
    ),
    (
        ("LABEL\nAntibody: anti-GFAP (rabbit polyclonal)\nLot: 4471-QZ\nWorking dilution: 1:800\n"
         "Received: 02/11/2023\nStore at 4 °C"),
        "I need the batch identifier printed on the GFAP antibody vial, please.",
        "The anti-GFAP reagent in the fridge comes from manufacturing lot",
        ["4471-QZ"],
    ),
    (
        ("NOTICE: Questions about purchase orders must be sent to procure-bio@halvercrest.edu, not to the "
         "general helpdesk at help@halvercrest.edu, which cannot process them."),
        "Where should I write if I have a query about a purchase order?",
        "Anyone with a purchasing question should send their message to the address",
        ["procure-bio@halvercrest.edu"],
    ),
    (
        ("Lab meeting presenters, spring term\n"
         "Jan 16   Ines Marlow\n"
         "Jan 23   Declan Oyelaran\n"
         "Jan 30   Hui-Min Tsao\n"
         "Feb 6    Rafael Quintero"),
        "Who is giving the talk at group meeting on the thirtieth of January?",
        "The person scheduled to present at the last lab meeting of January is",
        ["Hui-Min Tsao"],
    ),
    (
        ("[2024-02-09 17:02:44] INFO pipeline: upgraded seqflow 2.3.1 -> 2.4.0-rc2; alignments produced "
         "with the previous release should be re-run."),
        "Which release of the sequencing pipeline is installed now?",
        "After Friday's upgrade, the version of seqflow in use is",
        ["2.4.0-rc2", "seqflow 2.4.0-rc2"],
    ),
    (
        ("INSERT INTO grants (grant_id, sponsor, pi, end_date)\n"
         "VALUES ('R01-GM139507', 'NIH/NIGMS', 'Castellanos', '2027-08-31');"),
        "Until when does the Castellanos NIH award run?",
        "Funding on the NIGMS grant led by Castellanos terminates on",
        ["2027-08-31"],
    ),
    (
        ("RECEIPT #88213 - Campus Gas Services\n"
         "Cryo-gloves, size L ........ 2 pairs   $94.00\n"
         "Liquid nitrogen refill ..... 35 L      $61.25\n"
         "Dewar inspection ........... 1         $20.00"),
        "How much liquid nitrogen did we get on that gas services receipt?",
        "The dewar was refilled with a volume of LN2 equal to",
        ["35 L"],
    ),
    (
        ("The field samples for the lichen study were not taken at the usual lakeside plots this year; "
         "Ingrid's team collected them at Skarvheim Ridge, about forty minutes north of the station."),
        "Where did Ingrid's group gather the lichen specimens this season?",
        "This year the lichen material was collected not by the lake but up at",
        ["Skarvheim Ridge"],
    ),
    (
        ("Cold room rack tape colours:\n"
         "- blue: ethics-approved human samples\n"
         "- green: mouse tissue\n"
         "- orange: scheduled for disposal\n"
         "- white: shared buffers"),
        "Which tape colour marks the things that are going to be thrown away?",
        "In the cold room, items awaiting disposal are flagged with tape that is",
        ["orange"],
    ),
    (
        ("\"The new confocal service contract is on PO 4500917326,\" Marguerite told the postdocs, "
         "\"so please stop charging repairs to the old 4500713380 one.\""),
        "Which purchase order number should microscope repairs be billed to now?",
        "Repairs under the current confocal maintenance agreement are charged to purchase order",
        ["4500917326"],
    ),
]

OTHER116_ABSENT = [
    ("Which box holds the HeLa cell stocks?", "chat", 1),
    ("How much money was allocated to the travel line of the NSF award?", "chat", 2),
    ("The pinhole diameter on the confocal was configured to", "completion", 4),
    ("What is the catalogue number of the anti-GFAP antibody?", "chat", 7),
    ("Who is presenting at lab meeting on February 13?", "chat", 9),
    ("The total dollar amount awarded under grant R01-GM139507 is", "completion", 11),
    ("What purchase order was used to buy the confocal microscope itself?", "chat", 15),
    ("The centrifuge in room 214 was last serviced on", "completion", 6),
]


OTHER117 = [
    (
        "Call-out log, 14 March: the team was paged at 21:47 after a walker reported a fall near Coldhollow Tarn.",
        "What time did the pager go off for the Coldhollow Tarn incident on 14 March?",
        "The page for the walker who fell by the tarn went out at",
        ["21:47"],
    ),
    (
        ("RADIO CALL SIGNS (effective 1 June)\n"
         "Team leader ........ KESTREL ONE\n"
         "Base controller .... HOLLOWBASE\n"
         "Hill party A ....... KESTREL FOUR\n"
         "Hill party B ....... KESTREL SIX"),
        "On the radio, what does hill party B answer to?",
        "When calling the second hill party over the radio, the controller uses the call sign",
        ["KESTREL SIX"],
    ),
    (
        ("Incident report 23/041. Casualty located at grid reference NY 31842 07196, on a scree slope "
         "below the north ridge. Initial grid passed by the caller (NY 31500 07400) proved inaccurate."),
        "Where exactly, in map coordinates, was the casualty eventually found in report 23/041?",
        "The confirmed grid reference where the injured person lay was",
        ["NY 31842 07196"],
    ),
    (
        ("Kit check — Vehicle 2, Sunday\n"
         "- Vacuum mattress: OK\n"
         "- Bell stretcher: OK, straps replaced\n"
         "- Oxygen cylinder pressure: 137 bar (refill below 100)\n"
         "- Entonox: 2 cylinders, both full"),
        "How much pressure was showing on the oxygen in the second vehicle at Sunday's check?",
        "During the Sunday kit check, the oxygen bottle in Vehicle 2 read",
        ["137 bar"],
    ),
    (
        ("duty_rota.csv\n"
         "week,controller,deputy\n"
         "W31,Morven Achterberg,Ilse Drummond\n"
         "W32,Tobias Quennell,Harriet Pask\n"
         "W33,Ilse Drummond,Morven Achterberg"),
        "Could you tell me who is running base control during week 32?",
        "The person on controller duty for week thirty-two is",
        ["Tobias Quennell"],
    ),
    (
        ("Text from Dougie, 06:12: 'Car park at Blackscar Gill is full, I've left the Land Rover in "
         "the lay-by past the cattle grid. Keys on the rear wheel.'"),
        "Where did Dougie end up parking the team Land Rover?",
        "Because the main car park was full, Dougie left the vehicle in",
        ["the lay-by past the cattle grid"],
    ),
    (
        ("Minutes, committee meeting, 9 October: Treasurer reported the Harvest Ceilidh raised £3,418.50 "
         "for the new drying room. Sponsored fell run still to be counted."),
        "How much money did the autumn dance bring in for the team?",
        "According to the treasurer, the ceilidh's takings came to",
        ["£3,418.50"],
    ),
    (
        ("# pager-gateway.yaml\n"
         "sms_provider: relaymesh\n"
         "escalation_delay_seconds: 240\n"
         "fallback_number: \"+44 7700 900318\"\n"
         "retry_limit: 3"),
        "In the paging gateway settings, how long does it wait before escalating, in seconds?",
        "Before the pager system escalates an unanswered alert, it waits a number of seconds equal to",
        ["240"],
    ),
    (
        ("'Which dog went up with you on the Glenmarrow search?' asked Fiona. "
         "'Sorrel,' said Pete. 'Bramble was still lame from Tuesday.'"),
        "Which search dog accompanied Pete on the Glenmarrow job?",
        "The dog that went out with Pete on the Glenmarrow search was called",
        ["Sorrel"],
    ),
    (
        ("From: ops@ravensdale-mrt.org.uk\n"
         "Subject: Stretcher serial update\n"
         "The replacement MacInnes stretcher arrived today; serial number MX7-22049-K. "
         "The old unit (MX7-18811-B) is retired."),
        "What's the serial on the new MacInnes stretcher that was just delivered?",
        "The newly delivered stretcher carries the serial number",
        ["MX7-22049-K"],
    ),
    (
        ("Notice on the base door: The team's new helicopter landing site is the flat field behind "
         "Ashworth Farm, marked with an orange windsock."),
        "What colour is the windsock that marks where the helicopter should land?",
        "At the helicopter landing field behind the farm, the windsock is",
        ["orange"],
    ),
    (
        ("[2024-02-03 16:58:11] SARCALL: Incident 24/009 stood down. Total volunteer hours logged: 63. "
         "Members deployed: 11."),
        "How many volunteer hours did incident 24/009 use up in total?",
        "Once incident 24/009 was stood down, the total number of volunteer hours logged was",
        ["63"],
    ),
    (
        ("Training schedule, spring term:\n"
         "  Tue 4 Apr  - ropework, Borrow Crag\n"
         "  Tue 11 Apr - casualty care refresher, base\n"
         "  Sat 15 Apr - night navigation, Fellside Moss\n"
         "  Tue 18 Apr - swiftwater, River Lune"),
        "On which date is the after-dark map and compass session?",
        "The night navigation exercise on Fellside Moss is scheduled for",
        ["15 Apr", "Sat 15 Apr"],
    ),
    (
        ("Radio log: casualty's body temperature on arrival at the ambulance rendezvous was 33.8 °C; "
         "hypothermia wrap applied en route."),
        "What was the injured walker's core temperature when they reached the ambulance?",
        "At the ambulance rendezvous, the casualty's temperature was measured at",
        ["33.8 °C"],
    ),
    (
        ("SELECT member, qualification, expiry FROM certs WHERE member = 'R. Lindqvist';\n"
         "-- R. Lindqvist | Cas Care | 2025-11-30\n"
         "-- R. Lindqvist | Swiftwater Tech | 2024-08-14"),
        "When does Lindqvist's casualty care ticket run out?",
        "R. Lindqvist's casualty care qualification is valid until",
        ["2025-11-30"],
    ),
    (
        ("The new mapping app build rolled out to all team phones is version 4.12.7; anyone still on "
         "4.11 should update before Saturday's exercise."),
        "Which release of the mapping app is now on the team handsets?",
        "The mapping app has been updated on every team phone to version",
        ["4.12.7"],
    ),
]

OTHER117_ABSENT = [
    ("What was the name of the walker who fell near Coldhollow Tarn on 14 March?", "chat", 0),
    ("What is the radio call sign for hill party C?", "chat", 1),
    ("Who is the deputy controller for week 34 on the duty rota?", "chat", 4),
    ("How much money did the sponsored fell run raise?", "chat", 6),
    ("What breed of dog is Bramble?", "chat", 8),
    ("The serial number of the team's second MacInnes stretcher, bought in 2019, is", "completion", 9),
    ("The number of members deployed on incident 24/012 was", "completion", 11),
    ("R. Lindqvist's swiftwater rescue qualification was first awarded on", "completion", 14),
]


OTHER118 = [
    (
        ("CAST LIST (as of second read-through)\n"
         "Role             | Player\n"
         "Algernon Moncrieff | Desmond Achterberg\n"
         "Lady Bracknell   | Hermione Castellane\n"
         "Gwendolen Fairfax | Priya Woolcott\n"
         "Lane (a manservant) | Barnaby Ferriter"),
        "Which member of the company has been given the role of Lady Bracknell?",
        "The formidable aunt, Lady Bracknell, will be portrayed on stage by",
        ["Hermione Castellane"],
    ),
    (
        ("REHEARSAL SCHEDULE, WEEK 6\n"
         "Mon 11 Mar  Act I blocking ........ 7:00 pm\n"
         "Tue 12 Mar  Fight call + Act II ... 7:30 pm\n"
         "Thu 14 Mar  Technical run ......... 6:45 pm\n"
         "Sat 16 Mar  Line run (café) ....... 10:00 am"),
        "Could you remind me when we're due to start the tech run on the Thursday?",
        "On Thursday the fourteenth, the cast and crew gather for the technical rehearsal, which kicks off at",
        ["6:45 pm"],
    ),
    (
        ("item,quantity,storage_location\n"
         "cucumber sandwiches (foam),36,Props table SL\n"
         "china teacups,14,Crate 3\n"
         "saucers,18,Crate 3\n"
         "handbag (leather),1,Wardrobe rail B"),
        "How many teacups do we actually have in the props stock?",
        "According to the inventory, the number of china cups packed away in Crate 3 comes to",
        ["14"],
    ),
    (
        ("Box office summary - week one\n"
         "Preview (Wed): 61 tickets, $915.00\n"
         "Opening night (Thu): 232 tickets, $3,482.50\n"
         "Friday: 198 tickets, $2,970.00"),
        "What did ticket sales bring in for the premiere performance?",
        "Takings at the door and online for the first official night of the run totalled",
        ["$3,482.50"],
    ),
    (
        ("From the director's programme note: \"We have moved Wilde's country scenes out of Hertfordshire "
         "and into the imaginary market town of Ashcombe-under-Wray, a place of hedgerows, gossip and "
         "very slow trains.\""),
        "In this staging, where have the rural scenes been relocated to?",
        "Instead of Hertfordshire, the director sets the countryside acts in the fictional town of",
        ["Ashcombe-under-Wray"],
    ),
    (
        ("SM CUE SHEET - ACT II, p.41\n"
         "LX 46  GO  on Cecily: \"...the garden is lovely today.\"\n"
         "SQ 11  GO  church bells, fade in over 4 sec\n"
         "SQ 12  GO  thunderclap, on Jack's exit\n"
         "LX 47  GO  lightning flash, follows SQ 12"),
        "Which sound cue number is the thunder effect when Jack storms off?",
        "The stage manager calls the thunderclap effect as sound cue",
        ["SQ 12"],
    ),
    (
        ("Subject: Get-in on Sunday\n"
         "Hi all - please note the keypad on the scene dock door at the Corn Exchange has been reset. "
         "The old code 4471 no longer works; the new one is 83920. - Maureen, Venue Manager"),
        "What digits do I punch in to open the scene dock entrance now?",
        "Since the reset, the loading door at the venue opens with the code",
        ["83920"],
    ),
    (
        ("# ticketing.yaml\n"
         "venue: corn_exchange_studio\n"
         "seat_map:\n"
         "  file: studio_thrust.svg\n"
         "  version: \"2.3.1\"\n"
         "  wheelchair_spaces: 4"),
        "Which revision of the seating plan is the booking system configured to use?",
        "The box-office software loads the seat map at version",
        ["2.3.1"],
    ),
    (
        ("Text from Gemma (Wardrobe), 09:12: \"Change of plan!! Costume fittings are NOT Thursday 7 March "
         "any more - now Saturday 9 March, church hall, bring your own shoes x\""),
        "When have the costume fittings been rescheduled to?",
        "After Gemma's change of plan, the cast will be fitted for costumes on",
        ["9 March", "Saturday 9 March"],
    ),
    (
        ("Stage blood (one batch, enough for Act III): 150 ml golden syrup, 2 tsp red food colouring, "
         "a few drops of blue, 1 tsp cocoa powder, stir well and keep off the costumes."),
        "How much syrup do I need for a batch of the fake blood?",
        "To make a single batch of theatrical blood, the recipe calls for golden syrup in the amount of",
        ["150 ml"],
    ),
    (
        ("Production meeting minutes, 2 March. Item 4: Set. Agreed that the chaise longue for the "
         "morning-room scene will be reupholstered in teal velvet; Derek to source fabric by Friday."),
        "What shade of fabric was chosen for re-covering the chaise longue?",
        "The production team decided the morning-room chaise should be covered in velvet of the colour",
        ["teal"],
    ),
    (
        ("[Label taped to hilt]\n"
         "PROPERTY OF THE HOLLOWAY PLAYERS\n"
         "Item: stage sword (blunt, aluminium)\n"
         "Serial: HP-SW-0093-K\n"
         "Return to props cupboard after every show"),
        "What identifier is printed on the tag attached to the prop sword?",
        "The stage sword's inventory label carries the serial",
        ["HP-SW-0093-K"],
    ),
    (
        ("2024-03-15 19:31:07 INFO gate-scanner[front-door]: house closed, admitted 212 patrons, "
         "3 tickets rejected (duplicate)"),
        "How many audience members got through the door scanner that evening before the house closed?",
        "When front of house closed the doors, the scanner log showed the number of admitted patrons as",
        ["212"],
    ),
    (
        ("NOTICE TO PATRONS: Items left in the auditorium are kept for 30 days. To reclaim lost property, "
         "please email lostandfound@hollowayplayers.org.uk with a description of the item."),
        "If I left my scarf in the theatre, who should I write to about getting it back?",
        "Anyone wanting to claim a lost belonging should send a message to",
        ["lostandfound@hollowayplayers.org.uk"],
    ),
    (
        ("\"Right,\" said Tomasz, the fight director, lowering the foil. \"If anyone shouts 'Marmalade "
         "Sunday' during the duel, everybody freezes. No questions. That's our stop word.\""),
        "What phrase has been agreed to halt the sword fight immediately?",
        "During the duel, actors know to freeze on the spot if someone calls out",
        ["Marmalade Sunday"],
    ),
    (
        ("BRIGGS TIMBER & HARDWARE\n"
         "Receipt no. 4820193375\n"
         "6 x 2.4m pine batten ... 27.60\n"
         "1 x hinges (pair) ...... 4.95\n"
         "Paid: card  Cust: Holloway Players"),
        "Can you give me the number on the timber yard receipt so I can claim it back?",
        "For the set-building expenses claim, the Briggs Timber receipt is numbered",
        ["4820193375"],
    ),
]

OTHER118_ABSENT = [
    ("Who has been cast as Miss Prism?", "chat", 0),
    ("How much money did the closing matinee take at the box office?", "chat", 3),
    ("The password for the green room Wi-Fi is", "completion", 6),
    ("What's the maximum number of tickets one customer can book in a single order?", "chat", 7),
    ("What serial number is on the prop pistol?", "chat", 11),
    ("The telephone number for the box office is", "completion", 13),
    ("How much cornflour goes into the stage blood mixture?", "chat", 9),
    ("The Friday dress rehearsal is scheduled to begin at", "completion", 1),
]


OTHER119 = [
    (
        ("Hollowtide patch 1.4.2 notes:\n"
         "- Fixed the grappling hook clipping through low ceilings in the Drowned Belfry.\n"
         "- Ember Wraith health reduced from 1,800 to 1,350.\n"
         "- Lantern oil now drains 15% slower while standing in shallow water."),
        "After the latest balance patch, how many hit points does the Ember Wraith boss have?",
        "Following the 1.4.2 update, the fiery wraith enemy now spawns with a health pool of",
        ["1,350"],
    ),
    (
        ("# build/release.yaml\n"
         "project: hollowtide\n"
         "steam_app_id: 2749310\n"
         "bundle_id: com.brassfinch.hollowtide\n"
         "export_preset: \"Linux/X11 Release\""),
        "Could you tell me the bundle identifier the release build of Hollowtide is packaged under?",
        "In the release configuration, the package identifier for the game is set to",
        ["com.brassfinch.hollowtide"],
    ),
    (
        ("HT-2288 | Minor    | Assignee: Tomasz Wierzba      | Fog flickers on the pier at dusk\n"
         "HT-2291 | Critical | Assignee: Priya Venkataraman  | Save corrupts if you quit during autosave\n"
         "HT-2294 | Major    | Assignee: Leon Abara          | Controller rumble never stops after cutscene"),
        "Which developer is responsible for fixing the bug where quitting mid-autosave breaks the save file?",
        "The critical ticket about saves getting corrupted on quit has been given to",
        ["Priya Venkataraman"],
    ),
    (
        ("[21:47] gus_the_dev: heads up everyone, Saturday's community playtest is now at 4:30 PM "
         "instead of 2 PM, the build server is being migrated in the morning"),
        "What time does the weekend community playtest start now?",
        "Because of the server migration, Saturday's playtest session was pushed back to",
        ["4:30 PM"],
    ),
    (
        ("{\"slot\": 2, \"player\": \"Wren\", \"level\": 27, \"gold\": 48213,\n"
         " \"chapter\": \"The Drowned Belfry\", \"lantern_oil\": 0.62}"),
        "How much money is the character carrying in save slot 2?",
        "According to the save data, Wren's coin purse holds a total of",
        ["48213"],
    ),
    (
        ("key,en,fr,de\n"
         "menu_new_game,New Game,Nouvelle partie,Neues Spiel\n"
         "menu_continue,Continue,Continuer,Fortsetzen\n"
         "menu_quit,Quit,Quitter,Beenden"),
        "What's the German string used for the 'Continue' entry in the main menu?",
        "In the localisation sheet, German players see the resume-game button labelled",
        ["Fortsetzen"],
    ),
    (
        ("Clause 7.2. Upon acceptance of the vertical slice, the Publisher shall pay the Developer "
         "a milestone advance of $85,000, recoupable against future net receipts."),
        "How big is the payment the studio gets once the publisher approves the vertical slice?",
        "Once the vertical slice is accepted, the publishing deal entitles the studio to an advance of",
        ["$85,000"],
    ),
    (
        ("Quick note for the outsourcing team: our composer, Odile Marchetti, wants all stem deliveries "
         "and mix notes sent to odile.m@brassfinch-audio.net rather than her personal inbox."),
        "Where should I email the music stems so the composer receives them?",
        "Audio stems for the soundtrack should be mailed to the address",
        ["odile.m@brassfinch-audio.net"],
    ),
    (
        ("Minutes, Tuesday leads meeting: Agreed to move the Hollowtide launch from 28 February 2025 "
         "to 14 March 2025 to leave room for certification. Marketing to update the Steam page."),
        "When is Hollowtide going to come out now that the leads shifted the date?",
        "After the certification delay was discussed, the game's new release day became",
        ["14 March 2025"],
    ),
    (
        ("$ ./tools/build.sh --engine 4.2.1-stable --platform linux --strip-debug\n"
         "(Do not upgrade the editor past this version until the shader port is finished.)"),
        "Which engine release is the studio pinned to for building the game?",
        "Until the shader port is done, builds must be produced with engine version",
        ["4.2.1", "4.2.1-stable"],
    ),
    (
        ("ART NOTE: The lighthouse keeper's coat is always painted in #2E5E4E (the team calls it "
         "\"kelp green\"); her scarf uses #C9743A."),
        "Can you give me the hex code for the colour of the lighthouse keeper's coat?",
        "Artists must paint the lighthouse keeper's coat using the colour value",
        ["#2E5E4E"],
    ),
    (
        ("\"Stop feeding the office cat cheese puffs,\" Dana said, lifting the grey tabby off the "
         "dev kit. \"Mortimer Sprocket is on a diet, and the vet was very clear about it.\""),
        "What's the name of the tabby that lives at the studio?",
        "The grey cat who keeps sleeping on the studio's dev kit is called",
        ["Mortimer Sprocket"],
    ),
    (
        ("MINIMUM SYSTEM REQUIREMENTS\n"
         "OS: Windows 10 64-bit | Memory: 8 GB RAM | Storage: 12.5 GB available space"),
        "How much free disk space do I need to install the game?",
        "To install Hollowtide, your drive should have free room of at least",
        ["12.5 GB"],
    ),
    (
        ("2024-11-03 02:14:55 [ERROR] ShaderCache: failed to compile 'water_caustics.gdshader' "
         "(driver 551.23); falling back to 'water_simple.gdshader'"),
        "Which shader couldn't be compiled according to that overnight error log?",
        "The cache error in the log was caused by a compile failure in the file",
        ["water_caustics.gdshader"],
    ),
    (
        ("Rosa (SMS, 18:02): landed in Leipzig!! heads up, we're staying at the Kranich Hof this year, "
         "NOT the Hotel Lindenau like last time"),
        "Which hotel is the team booked into for the Leipzig trip?",
        "For this year's Leipzig visit, the studio's accommodation is the",
        ["Kranich Hof"],
    ),
    (
        ("Discord poll closed: name the final boss!\n"
         "Gravemaw - 41 votes\n"
         "Sallowking - 29 votes\n"
         "Nettlejaw - 12 votes"),
        "Which name did the community pick for the last boss?",
        "The fans voted, and the final boss will be called",
        ["Gravemaw"],
    ),
]

OTHER119_ABSENT = [
    ("What cooldown does the grappling hook have after patch 1.4.2?", "chat", 0),
    ("Who is the assignee on ticket HT-2219?", "chat", 2),
    ("What is the name of Wren's horse in that save file?", "chat", 4),
    ("In the localisation sheet, the Italian translation of the 'Continue' button is", "completion", 5),
    ("What royalty percentage does the publisher contract give the studio after recoupment?", "chat", 6),
    ("The Nintendo Switch port of Hollowtide is scheduled to launch on", "completion", 8),
    ("How much video memory does the recommended graphics card need?", "chat", 12),
    ("In the final-boss naming poll, the option Thornmother received a total of", "completion", 15),
]


OTHER120 = [
    (
        ("NORTHGATE ENERGY - Electricity statement\n"
         "Customer: Mrs P. Ashdown, 12 Coldharbour Lane\n"
         "Account number: 8841207336\n"
         "Meter serial: E18K04771   Tariff: Fixed Saver 24\n"
         "Previous reading: 31452   Current reading: 31877"),
        "Could you tell me the account number on the Ashdowns' electricity bill?",
        "On the Northgate Energy statement, the Ashdown household's customer account is numbered",
        ["8841207336"],
    ),
    (
        ("Policy excesses (buildings and contents):\n"
         "| Claim type         | Excess |\n"
         "| Standard claims    | £100   |\n"
         "| Escape of water    | £350   |\n"
         "| Subsidence         | £1,000 |"),
        "If a pipe bursts and floods the kitchen, how much do we pay ourselves before the insurer covers it?",
        "For a claim caused by leaking or burst pipes, the policyholder must first contribute",
        ["£350"],
    ),
    (
        ("date,garage,work_done,mileage\n"
         "2021-05-11,Ferris Motors,Oil and filter change,\"61,905\"\n"
         "2022-09-02,Ferris Motors,Timing belt and water pump replaced,\"84,210\"\n"
         "2023-08-17,Quayside Autocentre,MOT pass - no advisories,\"97,488\""),
        "How far had the car been driven when it got its new cambelt?",
        "The odometer showed that the timing belt was swapped at a mileage of",
        ["84,210"],
    ),
    (
        ("Dear Parents and Carers, Year 4 will be visiting the Brackenmoor Natural History Museum on "
         "Thursday 14 March. Children should arrive at school by 8:30 am wearing full uniform and bring "
         "a packed lunch in a named, disposable bag."),
        "When is the Year 4 class going on their museum outing?",
        "The Year 4 children are due to go to the natural history museum on",
        ["Thursday 14 March"],
    ),
    (
        ("Your fixed-rate period ended on 30 June. From 1 July your mortgage reverted to our Standard "
         "Variable Rate, so the interest charged on your balance has changed from 2.35% to 4.19%. "
         "Your new monthly payment is shown overleaf."),
        "What interest percentage is the mortgage charging now that the fixed deal has finished?",
        "Since the reversion to the lender's variable rate in July, the loan has been charged at",
        ["4.19%"],
    ),
    (
        ("7.3 The Deposit of £1,450 shall be protected with the Deposit Protection Service within 30 days "
         "of receipt. The Landlord confirms the protection reference is DPS-7730-1158 and will provide "
         "the prescribed information to the Tenant."),
        "Where can I find the code that shows our rental deposit is registered with the protection scheme?",
        "The scheme reference number under which the tenancy deposit was protected is",
        ["DPS-7730-1158"],
    ),
    (
        ("[Family 🏠] Mum: Heads up everyone, the council changed the rota - black bin goes out "
         "Tuesday night from now on, NOT Wednesday like before.\n"
         "[Family 🏠] Jake: 👍\n"
         "[Family 🏠] Dad: Noted, I'll put a reminder on the fridge."),
        "Remind me which evening the general rubbish needs to be put out these days?",
        "Following the council's new schedule, the black bin should be left at the kerb on the night of",
        ["Tuesday"],
    ),
    (
        ("# home network - keep with the router paperwork\n"
         "main_network:\n"
         "  ssid: Ashdown-Home\n"
         "  password: kettle-Pylon-7781\n"
         "guest_network:\n"
         "  ssid: Ashdown-Guest\n"
         "  password: marmalade-otter-42"),
        "A friend is visiting - what passphrase should I give them to get onto the visitors' wifi?",
        "Visitors can join the separate guest wifi by typing the passphrase",
        ["marmalade-otter-42"],
    ),
    (
        ("From: Whitlow Heating Services <bookings@whitlowheating.co.uk>\n"
         "Subject: Annual boiler service confirmed\n"
         "Hi Priya, your engineer on the day will be Gareth Pennick (not Sam, who is on leave). "
         "He'll call 30 minutes before arriving."),
        "Who is actually coming round to service our boiler this year?",
        "The heating company said the person sent to do the annual boiler check would be",
        ["Gareth Pennick"],
    ),
    (
        ("Council Tax 2024/25 - instalment schedule\n"
         "1 October: £182.00\n"
         "1 November: £187.40\n"
         "1 December: £182.00\n"
         "1 January: £182.00"),
        "How much council tax comes out of the account at the start of November?",
        "The instalment taken for council tax in the eleventh month of the year is",
        ["£187.40"],
    ),
    (
        ("BRIGHTWELL APPLIANCES  Receipt #00419-22\n"
         "1 x Washing machine, model WM-8620X ....... £449.00\n"
         "1 x Delivery & old unit removal ........... £25.00\n"
         "Extended warranty (5 yrs) ................. £79.00\n"
         "TOTAL PAID (card) ......................... £553.00"),
        "What's the model code of the washer we bought from Brightwell? I need it for the warranty form.",
        "On the Brightwell receipt, the laundry appliance is listed under the model designation",
        ["WM-8620X"],
    ),
    (
        ("Minutes - Coldharbour Terrace Residents' Association, 9 April\n"
         "Item 4: Front doors. After a vote (11 for, 3 against), members agreed that all front doors "
         "on the terrace will be repainted sage green, replacing the current navy blue. "
         "Works to be completed by end of August."),
        "What colour did the residents decide the terrace's front doors should be painted?",
        "Following the residents' vote, the doors along the terrace are going to be redone in",
        ["sage green"],
    ),
    (
        ("SMS from Lindenway Dental: Reminder - Maya Ashdown has a check-up on Fri 22 Nov at 3:45 pm "
         "with Dr Okafor. Reply C to confirm or R to rearrange."),
        "What time should we turn up at the dentist for Maya's check-up?",
        "Maya's dental check-up with Dr Okafor is booked for the afternoon at",
        ["3:45 pm"],
    ),
    (
        "2024-02-03 07:12:55 [hearth-hub] INFO firmware update applied: 4.10.8 -> 4.11.2 (reboot ok)",
        "Which software version is the smart thermostat hub running after its last upgrade?",
        "After the February update, the hearth-hub thermostat controller is on firmware release",
        ["4.11.2"],
    ),
    (
        ("Energy Performance Certificate - 12 Coldharbour Lane\n"
         "Walls: cavity wall, filled cavity\n"
         "Roof: pitched, loft insulation 270 mm\n"
         "Windows: fully double glazed\n"
         "Current rating: C (71)"),
        "How thick is the insulation up in the loft according to the EPC?",
        "According to the energy certificate, the roof space is insulated to a depth of",
        ["270 mm"],
    ),
    (
        ("NOTICE TO TENANTS: Please report all non-urgent repairs (dripping taps, faulty appliances, "
         "damp patches) in writing to maintenance@keystoneletting.co.uk rather than to the office "
         "address. Rent queries should still go to accounts@keystoneletting.co.uk."),
        "Which address should I write to about the dripping bathroom tap?",
        "Tenants wanting a non-urgent fix should email the letting agency at",
        ["maintenance@keystoneletting.co.uk"],
    ),
]

OTHER120_ABSENT = [
    ("What's the excess if we claim for accidental damage to the television?", "chat", 1),
    ("At what mileage were the car's brake discs and pads replaced?", "chat", 2),
    ("Which day is the green recycling bin collected?", "chat", 6),
    ("The early repayment charge for leaving the mortgage this year would be", "completion", 4),
    ("What is Gareth Pennick's Gas Safe registration number?", "chat", 8),
    ("The model number of the tumble dryer bought alongside the washer was", "completion", 10),
    ("Could you give me the phone number for the letting agent's out-of-hours emergency line?", "chat", 15),
    ("Each child's contribution towards the Year 4 museum trip costs", "completion", 3),
]


OTHER121 = [
    (
        ("block,pick_date,variety,tonnes,brix\n"
         "C5,2023-09-18,Grenache,11.2,24.1\n"
         "C7,2023-09-18,Grenache,14.6,23.8\n"
         "C8,2023-09-19,Mourvèdre,9.9,22.7"),
        "Could you tell me how much fruit, by weight, was picked from block C7?",
        "Measured in tonnes, the Grenache harvested off block C7 came to",
        ["14.6"],
    ),
    (
        ("barrels:\n"
         "  - id: B-2290\n"
         "    cooper: Maison Dufrêne\n"
         "    toast: medium\n"
         "  - id: B-2291\n"
         "    cooper: Tonnellerie Vasseur\n"
         "    toast: medium-plus"),
        "Which cooperage made cask B-2291 for us?",
        "Cask B-2291 was built by",
        ["Tonnellerie Vasseur"],
    ),
    (
        ("LAB REPORT 23-0416 — Lot SYR-18 (Syrah, tank 9)\n"
         "Alcohol: 13.9 % vol | pH: 3.61 | Free SO2: 28 mg/L\n"
         "Volatile acidity: 0.42 g/L | Residual sugar: 1.8 g/L"),
        "What VA figure did the lab report for the Syrah lot from tank 9?",
        "According to the analysis, the Syrah in tank 9 showed a volatile acidity of",
        ["0.42", "0.42 g/L"],
    ),
    (
        ("Export note: the pallet of Côtes rosé shipped to Antwerp on 2 October travels under "
         "e-AD reference 24FR0093AK71625; the earlier draft reference 24FR0093AK71598 was cancelled."),
        "I need the electronic accompanying document code for the rosé pallet that went to Antwerp, please.",
        "The valid e-AD reference for the Antwerp rosé consignment is",
        ["24FR0093AK71625"],
    ),
    (
        ("\"Look at it against the white cloth,\" said Hélène, tilting the glass of the 2019 reserve. "
         "\"It's deep garnet, barely any bricking at the rim yet.\""),
        "How did Hélène describe the hue of the 2019 reserve when she held it up?",
        "Held against the cloth, the 2019 reserve's colour was",
        ["deep garnet"],
    ),
    (
        ("From: despatch@liegefermetures.fr\n"
         "Subject: Cork order 7731\n"
         "Apologies — delivery of your natural corks is no longer 7 November; "
         "the lorry will now arrive on 14 November."),
        "When are the natural corks actually going to turn up now?",
        "After the supplier rescheduled, the corks are due to be delivered on",
        ["14 November"],
    ),
    (
        ("AGM minutes, item 4: Paul Serrat stood down as treasurer after nine years. "
         "Margit Lindqvist-Roux was elected treasurer by 61 votes to 12; "
         "Anton Berre remains secretary."),
        "Who took over looking after the co-op's finances at the general meeting?",
        "The member voted in as the cooperative's new treasurer was",
        ["Lindqvist-Roux", "Margit Lindqvist-Roux"],
    ),
    (
        ("[SMS 06:12] Jules: padlock on the press house gate changed last night, "
         "new code is 4471 — the old 3308 won't work anymore"),
        "What numbers do I punch in to get through the press house gate now?",
        "To open the press house gate these days you enter the code",
        ["4471"],
    ),
    (
        ("[tank_T4]\n"
         "; setpoint raised from 24.0 after sluggish start\n"
         "ferment_setpoint_c = 26.5\n"
         "pumpover_interval_h = 6"),
        "To what temperature is the fermentation in T4 currently being held?",
        "The fermentation control for tank T4 is set to a target, in degrees Celsius, of",
        ["26.5"],
    ),
    (
        ("CAVE COOPÉRATIVE — RECEIPT No. 5528\n"
         "6 x Cuvée Pierre Noire 2020 .......... €112.80\n"
         "12 x Rosé des Garrigues 2023 ......... €74.60\n"
         "TOTAL ................................ €187.40"),
        "How much did the customer pay altogether on receipt 5528?",
        "The grand total charged on receipt number 5528 was",
        ["€187.40"],
    ),
    (
        ("2023-09-21 03:52:07 PRESS-2 INFO cycle complete: load=Chardonnay block A3, "
         "program=champagne_soft, juice_yield=612 L/t"),
        "Around what time in the night did press 2 finish squeezing the Chardonnay?",
        "The Chardonnay pressing on press 2 wrapped up at",
        ["03:52"],
    ),
    (
        ("Every morning the co-op's scruffy terrier, Biscotte, trotted ahead of the pickers "
         "along the rows, and by noon she was asleep under the tractor trailer."),
        "What's the name of the little dog that follows the harvest crew around?",
        "The cooperative's terrier that runs ahead of the pickers is called",
        ["Biscotte"],
    ),
    (
        ("NOTICE TO MEMBERS: This year's growers' outing will visit the terraced vineyards at "
         "Montclar-sur-Lège. The coach leaves the car park at 7:30 on Saturday; bring a packed lunch."),
        "Where are the growers heading on this year's outing?",
        "The destination of the members' coach trip this year is",
        ["Montclar-sur-Lège"],
    ),
    (
        ("Mobile bottling line — week 11\n"
         "Tue: Rosé des Garrigues 2023 (9,400 bottles)\n"
         "Wed: Cuvée Pierre Noire 2021 (5,100 bottles)\n"
         "Thu: Viognier Les Sablons 2023 (3,800 bottles)"),
        "Which wine is going through the mobile bottler midweek, on the Wednesday?",
        "On Wednesday of week 11 the bottling truck will be filling",
        ["Cuvée Pierre Noire", "Cuvée Pierre Noire 2021"],
    ),
    (
        ("Dear Mr. Castan, for all future allocations please write to our new purchasing desk at "
         "orders@vandermeulen-wijn.nl rather than to my personal address. — Joost van der Meulen, Rotterdam"),
        "Where should purchase requests for the Rotterdam importer be sent from now on?",
        "Future allocation requests for Van der Meulen should be mailed to",
        ["orders@vandermeulen-wijn.nl"],
    ),
    (
        ("{\n"
         '  "device": "pneumatic_press_2",\n'
         '  "firmware": "4.11.3",\n'
         '  "previous_firmware": "4.9.0",\n'
         '  "updated": "2023-08-30"\n'
         "}"),
        "Which software release is press 2's controller running after the August update?",
        "Following its late-August update, the second pneumatic press runs firmware version",
        ["4.11.3"],
    ),
]

OTHER121_ABSENT = [
    ("How many tonnes of fruit were picked from block D2?", "chat", 0),
    ("What toast level does barrel B-2219 have?", "chat", 1),
    ("The member elected as the cooperative's vice-chair at the AGM was", "completion", 6),
    ("Can you give me the telephone number for the Rotterdam importer?", "chat", 14),
    ("The Chardonnay pressing on press 2 was started at", "completion", 10),
    ("What's the Wi-Fi password for the press house?", "chat", 7),
    ("The serial number stamped on the second pneumatic press is", "completion", 15),
    ("How many litres of rosé were in the Antwerp export consignment?", "chat", 3),
]


OTHER122 = [
    (
        ("When the Harrowgate Public Library reopened after the flood, the first book to leave the building "
         "was a water-stained copy of The Tin Lantern, checked out by a retired ferryman named Osric Pellow."),
        ("Do you know who borrowed the very first book after the library opened its doors again "
         "following the flood?"),
        "The first loan after the post-flood reopening went to a former ferryman called",
        ["Osric Pellow"],
    ),
    (
        ("INSERT INTO loans (barcode, patron_id, due_date) VALUES\n"
         "  ('HB-00417', 5521, '2023-11-02'),\n"
         "  ('HB-00419', 5521, '2023-11-09'),\n"
         "  ('HB-00482', 6034, '2023-10-28');"),
        "By what date does the item tagged HB-00419 have to come back to the library?",
        "Patron 5521 must return the copy with barcode HB-00419 no later than",
        ["2023-11-09"],
    ),
    (
        ("room_bookings:\n"
         "  - room: Marsh Reading Room\n"
         "    group: Harrowgate Lace Guild\n"
         "    slot: \"Thursday 14:30-16:00\"\n"
         "  - room: Weir Room\n"
         "    group: Chess for Beginners\n"
         "    slot: \"Saturday 10:00-12:00\""),
        "Which room have the lace makers reserved for their Thursday get-together?",
        "Every Thursday afternoon the lace-making guild gathers in the",
        ["Marsh Reading Room"],
    ),
    (
        ("Dear Archivist, please accept the enclosed 212 glass-plate negatives taken by my grandfather, "
         "Ambrose Tull, between 1898 and 1911. Any queries may be sent to h.tullmarsh@fernmail.net. "
         "Yours sincerely, Henrietta Tull-Marsh"),
        "How many photographic plates did Ambrose Tull's granddaughter hand over to the archive?",
        "The number of glass negatives in Henrietta Tull-Marsh's gift came to",
        ["212"],
    ),
    (
        ("Archivist's note (M. Quarrie, 14 March): Box 37 of the Fenwick Mill papers smells of mildew; "
         "moved it to the cold store, shelf C-14. Box 36 stays where it was, on shelf A-03."),
        "Where can I now find the mouldy box from the Fenwick Mill collection?",
        "Because of the mildew, box 37 of the mill records was relocated to the cold store, on shelf",
        ["C-14", "shelf C-14"],
    ),
    (
        ("day,volunteer,task\n"
         "Monday,Priya Okonedo,shelving returns\n"
         "Tuesday,Gareth Lumb,microfilm reader support\n"
         "Wednesday,Priya Okonedo,story hour\n"
         "Friday,Delphine Arkwright,mending bindings"),
        "Could you tell me which volunteer repairs damaged book bindings at the end of the week?",
        "On Fridays the job of fixing worn-out bindings falls to",
        ["Delphine Arkwright"],
    ),
    (
        ("Title: A Chronicle of the Salt Roads\n"
         "Author: Bennet, Lavinia\n"
         "Call no.: 942.38 BEN\n"
         "Shelf mark: LH/Q/0093\n"
         "Published: Harrowgate: Tallow Press, 1887"),
        "What classification number would I look for on the spine of Lavinia Bennet's salt roads history?",
        "In the catalogue, Bennet's chronicle of the salt roads is filed under the call number",
        ["942.38 BEN"],
    ),
    (
        ("2024-02-19 08:57:41 WARN kiosk-2 self-checkout: RFID reader timeout after 4500 ms "
         "(patron card 20017733, session aborted)"),
        "Whose library card was being used when the self-service kiosk's tag reader timed out?",
        "The self-checkout session that failed on kiosk-2 belonged to the card numbered",
        ["20017733"],
    ),
    (
        ("NOTICE TO BORROWERS: Overdue fines are abolished from 1 April. Please note that the charge for "
         "replacing a lost library card rises from £1.50 to £2.75 on the same date."),
        "If I misplace my membership card, what will a new one set me back these days?",
        "Under the new charges, a replacement for a lost card costs",
        ["£2.75"],
    ),
    (
        ("[opac]\n"
         "base_url = https://catalogue.harrowgate-libraries.org.uk/search\n"
         "max_renewals = 3\n"
         "session_timeout_minutes = 20"),
        "What's the web address for searching the library's online catalogue?",
        "Readers who want to search the holdings from home should go to",
        ["https://catalogue.harrowgate-libraries.org.uk/search"],
    ),
    (
        ("Hi Mags, the microfilm reader in the basement works again. The engineer said someone had fitted "
         "the wrong bulb, so he put in an Osram 64633 HLU. Can you let Gareth know? Tomasz"),
        "Please remind me what lamp the technician installed in the basement film viewer.",
        "To repair the microfilm machine, the engineer replaced the lamp with an Osram",
        ["64633 HLU", "Osram 64633 HLU"],
    ),
    (
        ("Minutes, Friends of Harrowgate Library, 3 May. Item 4: agreed to rename the children's corner "
         "the Bramblewick Nook, after the late author Ida Bramblewick. Proposed R. Fane; seconded J. Oduya."),
        "What are the kids' reading area going to be called from now on?",
        "Following the Friends' vote, the area for young readers will be known as the",
        ["Bramblewick Nook", "the Bramblewick Nook"],
    ),
    (
        ("HARROWGATE LIBRARY - RECEIPT\n"
         "Photocopies (A3) x 14 ........ £4.20\n"
         "Archive reproduction fee ..... £18.00\n"
         "Postage ...................... £3.35\n"
         "TOTAL ........................ £25.55"),
        "How much was I charged for reproducing the archive material, leaving out copies and postage?",
        "On that receipt, the line for archive reproduction comes to",
        ["£18.00"],
    ),
    (
        ("'Which colour are the spines on the parish registers?' asked the new volunteer. 'Oxblood,' said "
         "Mrs Quarrie, 'and the tithe maps live in the grey solander boxes.'"),
        "What shade are the bindings of the church registers, so I can spot them on the shelf?",
        "According to Mrs Quarrie, the backs of the parish register volumes are coloured",
        ["Oxblood"],
    ),
    (
        ("Conservation label: Map of Harrowgate Common, hand-coloured, 1764. Dimensions 86.5 cm x 61 cm. "
         "Store flat; keep relative humidity at 45-55%."),
        "How big is the 1764 common map along its longest edge?",
        "Measured along its longer side, the eighteenth-century map of the common spans",
        ["86.5 cm"],
    ),
    (
        ("# local-history digitisation pipeline\n"
         "$ pip install tiffwright==2.7.13\n"
         "$ ./ingest.sh --collection fenwick-mill --dpi 600"),
        "Which release of the tiffwright package does the scanning workflow pin?",
        "The digitisation setup installs tiffwright at version",
        ["2.7.13"],
    ),
]

OTHER122_ABSENT = [
    ("When is the item with barcode HB-00418 due back?", "chat", 1),
    ("Who is on the volunteer rota for Thursdays, and what do they do?", "chat", 5),
    ("What is Henrietta Tull-Marsh's postal address?", "chat", 3),
    ("How much is the fine for returning a damaged DVD?", "chat", 8),
    ("Who hand-coloured the 1764 map of Harrowgate Common?", "chat", 14),
    ("The ISBN printed in A Chronicle of the Salt Roads is", "completion", 6),
    ("The Bramblewick Nook was formally opened by the mayor on", "completion", 11),
    ("For each hour in the Weir Room, the chess group pays a fee of", "completion", 2),
]


OTHER123 = [
    (
        ("APPOINTMENTS - Tuesday 14 May (Consult Room 2)\n"
         "09:00 | Biscuit (beagle) | Mrs. Adeyemi | annual booster\n"
         "09:20 | Pepper (cat) | J. Lindqvist | dental check\n"
         "09:40 | Moose (Newfoundland) | R. Tallowby | lame, left hind\n"
         "10:00 | Clementine (rabbit) | P. Oduya | nail trim"),
        "When is the big Newfoundland with the sore back leg due to be seen?",
        "The limping Newfoundland has a slot booked for",
        ["09:40"],
    ),
    (
        ("DOSING CHART - Carvexolin oral suspension 1.5 mg/ml\n"
         "Dogs: 0.1 mg/kg once daily (loading dose 0.2 mg/kg on day 1)\n"
         "Cats: 0.05 mg/kg once daily, max 4 days\n"
         "Do not use in animals under 6 weeks of age."),
        "How much Carvexolin per kilo should a cat be getting each day?",
        "For feline patients, the daily Carvexolin dose is",
        ["0.05 mg/kg"],
    ),
    (
        ("patient,test,result,reference\n"
         "Juniper,BUN,41 mg/dL,16-36\n"
         "Juniper,creatinine,2.6 mg/dL,0.8-2.4\n"
         "Juniper,phosphorus,5.8 mg/dL,3.1-7.5\n"
         "Sultan,creatinine,1.4 mg/dL,0.5-1.8"),
        "Could you remind me what Juniper's creatinine level came back at?",
        "On the latest bloodwork, the elderly cat Juniper had a creatinine value of",
        ["2.6 mg/dL"],
    ),
    (
        ("INVOICE #VX-20931 - Client: H. Marchetti - Patient: Olive (whippet)\n"
         "Dental scale & polish .......... $184.00\n"
         "Extractions x2 ................. $96.50\n"
         "Pain relief (5 days) ........... $32.25\n"
         "TOTAL DUE ...................... $312.75"),
        "What's the full amount the Marchettis owe for Olive's dental work?",
        "Once everything was added up, Olive's dental bill came to",
        ["$312.75"],
    ),
    (
        ("VACCINATION CERTIFICATE - Animal: Kasimir (Siberian husky, M)\n"
         "Vaccine: Rabishield-3 | Batch no.: RB7-44K902 | Date given: 02/03/2025\n"
         "Valid until: 02/03/2028 | Signed: Dr. M. Achterberg MRCVS"),
        "I need the lot code for the rabies jab Kasimir received, please.",
        "The rabies vaccine administered to the husky came from batch",
        ["RB7-44K902"],
    ),
    (
        ("SMS from 07700 900 512 (Dana): hi its dana, waffles' mum! can we push his nail trim "
         "from thursday to saturday morning instead? he's been so anxious this week x"),
        "Which day would Waffles' owner prefer for the rescheduled claw clipping?",
        "Dana texted asking to move Waffles' nail trim to",
        ["saturday", "saturday morning"],
    ),
    (
        ("KENNEL ROTA - week 22\n"
         "Mon: Priya / Tomasz\n"
         "Tue: Grainne / Priya\n"
         "Wed: Oluwaseun / Hattie\n"
         "Thu: Tomasz / Grainne\n"
         "Fri: Hattie / Priya"),
        "Who is Hattie paired with for ward duties in the middle of the week?",
        "On Wednesday, Hattie shares the kennel shift with",
        ["Oluwaseun"],
    ),
    (
        ("clinic:\n"
         "  name: Harrowgate Vale Veterinary Centre\n"
         "  booking_url: https://book.harrowgatevale.vet/online\n"
         "  sms_reminder_hours: 48\n"
         "  fallback_url: https://harrowgatevale.vet/contact"),
        "Where can clients go on the web to make an appointment at Harrowgate Vale?",
        "Pet owners wanting to book online should visit",
        ["https://book.harrowgatevale.vet/online"],
    ),
    (
        ("2024-06-03 02:17:44 WARN ward.icu2 incubator temp 31.8C < setpoint 33.0C "
         "patient_id=30418822 name=Nugget species=feline"),
        "Which patient number was attached to the overnight incubator warning?",
        "The kitten in the chilly incubator is registered under patient ID",
        ["30418822"],
    ),
    (
        ("\"Whatever you do, don't give Bramble anything with chicken in it,\" Mr. Okonjo said, "
         "leaning over the reception desk. \"She comes up in hives. The duck-and-potato kibble "
         "is the only thing she can tolerate.\""),
        "What ingredient does Bramble react badly to?",
        "Bramble breaks out in hives whenever she eats",
        ["chicken"],
    ),
    (
        ("From: Dr. Isolde Varga <i.varga@fernbrookvets.co.uk>\n"
         "To: referrals@ashcombeortho.vet\n"
         "Subject: Referral - Hector (German shepherd, 7y) - suspected cruciate rupture"),
        "How can I get in touch by email with the vet who sent Hector over for orthopaedics?",
        "Hector's referring veterinarian can be emailed at",
        ["i.varga@fernbrookvets.co.uk"],
    ),
    (
        ("Bland diet for Rolo (post-gastroenteritis): 200 g boiled turkey mince + 350 g "
         "cooked white rice, no oil or salt, split into 4 small meals a day."),
        "How much rice should go into Rolo's recovery food?",
        "Rolo's home-cooked bland diet calls for a quantity of white rice of",
        ["350 g"],
    ),
    (
        ("STAFF MEETING - minutes, 9 October\n"
         "1. New digital X-ray unit: installation now confirmed for 18 November "
         "(originally 4 November; supplier delay).\n"
         "2. Christmas opening hours to be agreed next meeting."),
        "When are they actually going to put the new radiography machine in?",
        "After the supplier's delay, the X-ray unit will be fitted on",
        ["18 November"],
    ),
    (
        ("CAGE CARD - Name: Ziggy | Species: rabbit (Rex) | Colour: chocolate-otter | "
         "Sex: M/N | Diet: hay ad lib, greens AM, no pellets"),
        "How is Ziggy's fur colouring described on his card?",
        "According to his cage card, Ziggy the Rex rabbit is the colour",
        ["chocolate-otter"],
    ),
    (
        ("NOTICE: VetTrack PMS will be upgraded to version 7.4.2 overnight on Sunday. "
         "The old build (7.3.9) will stop syncing with the in-house lab analyser from Monday."),
        "Which release of the practice software are we moving onto this weekend?",
        "Sunday night's VetTrack upgrade brings the system to version",
        ["7.4.2"],
    ),
    (
        ("Through the whole of March, any out-of-hours emergencies were sent across town to "
         "Brackenmoor Animal Hospital on Quarry Lane, since the practice's own night vet was on "
         "maternity leave."),
        "Where were after-hours emergency cases directed in March?",
        "During March, animals needing urgent care at night were taken to",
        ["Brackenmoor Animal Hospital"],
    ),
]

OTHER123_ABSENT = [
    ("What's the phone number for R. Tallowby, the Newfoundland's owner?", "chat", 0),
    ("What dose of Carvexolin is recommended for rabbits?", "chat", 1),
    ("The payment deadline printed on the Marchetti invoice is", "completion", 3),
    ("What was the batch number of the leptospirosis vaccine Kasimir was given?", "chat", 4),
    ("Who is down on the kennel rota for Sunday of week 22?", "chat", 6),
    ("Dr. Varga's direct telephone extension at Fernbrook is", "completion", 10),
    ("How much is the new digital X-ray unit going to cost the practice?", "chat", 12),
    ("The in-house lab analyser that syncs with VetTrack is manufactured by", "completion", 14),
]


OTHER124 = [
    (
        ("TECH LOG - G-BXKT (Cessna 152)\n"
         "12 Mar  Tacho 4412.6  Oil topped up 1 qt  Sign: R. Hallam\n"
         "14 Mar  Tacho 4415.1  Left nav light U/S, bulb replaced  Sign: R. Hallam\n"
         "15 Mar  Tacho 4417.9  Pitot cover found torn, new one fitted  Sign: D. Ferreira"),
        ("Could you tell me the engine-hour figure logged on the day the port position lamp "
         "on the Cessna was swapped?"),
        "When the faulty left navigation light on the Cessna was fixed, the tacho stood at",
        ["4415.1"],
    ),
    (
        ("WESTHOLM AIRFIELD FUEL - RECEIPT 00731\n"
         "Avgas 100LL  62.4 L @ \u00a32.38/L\n"
         "Aircraft: G-OKLM\n"
         "Total paid: \u00a3148.51\n"
         "Paid by: Kestrel Flying Club account"),
        "How much did the club end up being charged altogether for that avgas uplift on G-OKLM?",
        "The grand total on the Westholm fuel slip for G-OKLM came to",
        ["\u00a3148.51"],
    ),
    (
        ("NOTAM A0417/24 WESTHOLM (EGWH)\n"
         "RWY 09/27 CLSD DUE TO SURFACE WORKS.\n"
         "FROM 2406030700 TO 2406071800.\n"
         "RWY 14/32 AVBL FOR DAY VFR ONLY."),
        "While the main strip is shut for resurfacing, which runway can we still use?",
        "During the resurfacing works, pilots could still take off and land on runway",
        ["14/32"],
    ),
    (
        ("STUDENT PROGRESS - Amara Osei-Bonsu\n"
         "Exercise 12 (Take-off & climb to downwind): Competent\n"
         "Exercise 16 (Forced landing w/o power): Needs further practice\n"
         "First solo: 19 April 2024, 11:42 local\n"
         "Instructor: C. Lindqvist"),
        "When did Amara go up on her own for the very first time?",
        "Amara Osei-Bonsu flew the aircraft unaccompanied for the first time on",
        ["19 April 2024"],
    ),
    (
        ("G-CDRV: Westholm Radio, Golf Charlie Delta Romeo Victor, overhead at two thousand feet, "
         "request airfield information.\n"
         "Westholm Radio: Golf Romeo Victor, runway two seven in use, left hand, "
         "QNH one zero one three, QFE one zero zero eight."),
        "What sea-level altimeter setting did the ground station pass to Romeo Victor?",
        "The radio operator gave Romeo Victor a sea-level pressure setting of",
        ["one zero one three"],
    ),
    (
        ("From: bookings@westholmhangars.co.uk\n"
         "Subject: Bay allocation for your Piper Cherokee\n"
         "Hi Graham, from 1 July your aircraft moves from Bay 3 to Bay 11 (north hangar). "
         "Monthly rent stays at \u00a3410 and your key fob code is unchanged. - Priya"),
        "Where will Graham's Cherokee be housed once July starts?",
        "Starting at the beginning of July, Graham's Piper will be kept in",
        ["Bay 11"],
    ),
    (
        ("date,aircraft,from,to,PIC_hrs,dual_hrs,remarks\n"
         "2024-05-02,G-BXKT,Westholm,Westholm,0.0,1.2,circuits\n"
         "2024-05-09,G-BXKT,Westholm,Kenbury Down,0.0,1.6,nav ex 1\n"
         "2024-05-14,G-OKLM,Westholm,Marsh Ferrers,1.4,0.0,solo nav"),
        "For the logbook line dated the ninth of May, where did the trip end up?",
        "On the 9 May dual navigation exercise, the destination airfield was",
        ["Kenbury Down"],
    ),
    (
        ("# booking-system config\n"
         "aircraft:\n"
         "  G-BXKT: {rate_per_hour: 185, max_booking_hours: 3}\n"
         "  G-OKLM: {rate_per_hour: 212, max_booking_hours: 4}\n"
         "instructor_surcharge: 48"),
        "What does the school bill for each hour of flying in Golf Oscar Kilo Lima Mike?",
        "Per hour in the air, renting G-OKLM costs",
        ["212"],
    ),
    (
        ("NOTICE TO ALL MEMBERS: The windsock on the south side has been replaced with a fluorescent "
         "orange one; the old faded yellow sock has been removed. Please report any damage to the "
         "duty instructor."),
        "Please remind me what colour the new wind indicator at the southern edge of the field is.",
        "The replacement windsock on the airfield's southern boundary is coloured",
        ["fluorescent orange"],
    ),
    (
        ("UPDATE aircraft\n"
         "   SET next_annual_due = '2024-11-30', engine_serial = 'L-27391-15A'\n"
         " WHERE reg = 'G-CDRV';"),
        "Can you dig up the powerplant serial number recorded for Romeo Victor?",
        "In the fleet database, the engine fitted to G-CDRV carries the serial",
        ["L-27391-15A"],
    ),
    (
        ("Tues 07:14 - Hi it's Fenwick, weather's looking marginal so I've pushed your lesson from "
         "09:30 to 13:15. Same aircraft. Bring your own headset, the spare one's broken."),
        "After the instructor shuffled things around because of the weather, when does my lesson begin?",
        "Because of the marginal conditions, the lesson was moved so that it now starts at",
        ["13:15"],
    ),
    (
        ("Minutes, Kestrel Flying Club committee, 8 Feb.\n"
         "Item 4: Treasurer reported hangar insurance renewal quoted at \u00a33,920 (previous year "
         "\u00a33,480). Agreed to accept.\n"
         "Item 5: Safety officer role to pass from Mr. Abernathy to Ms. Jolanta Wirska from 1 March."),
        "Who is taking over responsibility for club safety matters in March?",
        "From the start of March, the person serving as the club's safety officer is",
        ["Jolanta Wirska", "Ms. Jolanta Wirska"],
    ),
    (
        ("# weight & balance constants for G-BXKT\n"
         "BASIC_EMPTY_WEIGHT_KG = 512.7\n"
         "MTOW_KG = 757\n"
         "ARM_FUEL_M = 1.07"),
        "How heavy is the Cessna G-BXKT with nothing loaded, in kilograms, per the W&B script?",
        "Before fuel, crew or baggage are added, G-BXKT tips the scales at",
        ["512.7"],
    ),
    (
        ("Dear Member, please send scans of your medical certificate renewal to "
         "ops.records@kestrelflying.org rather than the old office address, which is no longer "
         "monitored."),
        "Which address should I use to email a copy of my renewed medical?",
        "Scanned copies of renewed medicals should now be sent to",
        ["ops.records@kestrelflying.org"],
    ),
    (
        ("The club tablets were updated last week; the EFB app now runs version 7.3.12, and the "
         "offline charts pack was refreshed to cycle 2406."),
        "Which release of the electronic flight bag software are the club iPads on now?",
        "After last week's update, the flight-bag app on the club tablets is at version",
        ["7.3.12"],
    ),
    (
        ("Old Tom Whitcombe had christened the yellow Tiger Moth 'Marigold Jenny' the summer he "
         "rebuilt her wings, and nobody at the school ever called her anything else."),
        "What nickname did the school's yellow biplane go by?",
        "Everyone at the flying school referred to the yellow Tiger Moth as",
        ["Marigold Jenny"],
    ),
]

OTHER124_ABSENT = [
    ("How much was the club charged for the engine oil bought alongside the fuel for G-OKLM?", "chat", 1),
    ("On what date did Amara Osei-Bonsu pass her final skills test?", "chat", 3),
    ("The hourly rental rate for G-CDRV in the booking system is", "completion", 7),
    ("What is the code on Graham's hangar key fob?", "chat", 5),
    ("Who was elected club treasurer at the February committee meeting?", "chat", 11),
    ("The last propeller overhaul on G-CDRV was carried out on", "completion", 9),
    ("Until what date is taxiway Bravo at Westholm closed?", "chat", 2),
    ("The registration painted on the side of the yellow Tiger Moth was", "completion", 15),
]


OTHER125 = [
    (
        ("inventory_export.csv\n"
         "bottle_id,reagent,qty,location\n"
         "R-0412,sodium borohydride,100 g,Cabinet F-3\n"
         "R-0413,potassium carbonate,500 g,Shelf B-1\n"
         "R-0418,sodium hydride (60% in oil),25 g,Glovebox 2"),
        "I need the NaBH4 for a reduction - where is that bottle stored?",
        "The bottle of sodium borohydride is kept in",
        ["Cabinet F-3"],
    ),
    (
        ("NMR (400 MHz) bookings, week 12:\n"
         "  Tue 09:00  J. Okonkwo  (1H, 12 samples)\n"
         "  Thu 14:30  P. Raman    (13C overnight start)\n"
         "  Thu 16:00  L. Fischer  (COSY/HSQC)"),
        "At what hour does Raman have the 400 MHz spectrometer on Thursday?",
        "Raman's Thursday slot on the magnet begins at",
        ["14:30"],
    ),
    (
        ("Notebook LK-3, p. 47 - Reduction of 7a complete after 3 h. Crude product recrystallised "
         "from hot ethanol; compound 7b isolated as pale yellow needles, 2.84 g (71%)."),
        "By mass, how much of 7b did we end up with once it was recrystallised?",
        "After purification from ethanol, the weight of 7b recovered was",
        ["2.84 g"],
    ),
    (
        ("SAFETY DATA SHEET - Section 14: Transport information\n"
         "UN number: UN 2810\n"
         "Proper shipping name: Toxic liquid, organic, n.o.s. (contains 2-chloroethyl ethyl sulfide)\n"
         "Transport hazard class: 6.1\n"
         "Packing group: II"),
        "For shipping the 2-chloroethyl ethyl sulfide, which identifier has to go on the paperwork?",
        "The dangerous-goods identifier to print on the shipping documents for that toxic liquid is",
        ["UN 2810"],
    ),
    (
        ("Budget line  | Year 1  | Year 2  | Year 3\n"
         "Consumables  | $15,200 | $18,450 | $16,900\n"
         "Equipment    | $42,000 | $0      | $0"),
        "How much money is set aside for lab supplies in the grant's second year?",
        "For the middle year of the award, the consumables allocation comes to",
        ["$18,450"],
    ),
    (
        ("[Mia] anyone know the glovebox antechamber code?\n"
         "[Dev] it was 4417 but Sandra reset it this morning\n"
         "[Dev] new one is 80293\n"
         "[Mia] thanks!!"),
        "Now that it's been changed, what number opens the glovebox antechamber?",
        "Since Sandra's reset, the antechamber keypad accepts the combination",
        ["80293"],
    ),
    (
        ("# calibration from 2024-02 standards\n"
         "CALIBRATION_SLOPE = 0.04127  # absorbance units per uM\n"
         "CALIBRATION_INTERCEPT = -0.0031\n"
         "conc = (absorbance - CALIBRATION_INTERCEPT) / CALIBRATION_SLOPE"),
        "In the analysis script, what gradient is used for the standard curve?",
        "When converting absorbance to concentration, the script divides by a slope of",
        ["0.04127"],
    ),
    (
        ("From: facilities@chem.northvale.ac.uk\n"
         "Subject: rotavap delivery\n"
         "Hi all, the replacement rotary evaporator for Lab 214 arrives on 9 October. Its serial "
         "number is RV10-55813-B; please log it in the equipment register."),
        "Could you tell me the serial of the new rotavap that's going into Lab 214?",
        "The new rotary evaporator should be entered in the asset list under",
        ["RV10-55813-B"],
    ),
    (
        ("NOTICE - SOLVENT WASTE\n"
         "Halogenated waste (DCM, chloroform) goes ONLY in the green-lidded carboys.\n"
         "Non-halogenated waste goes in the red-lidded carboys.\n"
         "Aqueous waste: white carboys."),
        "What colour cap marks the container for chlorinated solvent waste?",
        "Dichloromethane waste must be poured into carboys whose lids are",
        ["green"],
    ),
    (
        ("Minutes, Safety Committee, 4 March\n"
         "1. Apologies: Prof. Lindqvist.\n"
         "2. Dr. Okafor stepped down as chemical hygiene officer.\n"
         "3. Agreed: Dr. Halvorsen will take over the role from 1 April."),
        "Who's replacing Okafor as the person responsible for chemical hygiene?",
        "From April, the department's new chemical hygiene officer will be Dr.",
        ["Halvorsen", "Dr. Halvorsen"],
    ),
    (
        ("SIGMORA SCIENTIFIC - RECEIPT\n"
         "Order no.: 4471902635\n"
         "Acetonitrile, HPLC grade, 4 x 2.5 L ..... 312.40\n"
         "Nitrile gloves, M, 10 boxes ............ 89.90\n"
         "Total (incl. VAT) ...................... 402.30"),
        "What's the purchase reference on the Sigmora slip for the acetonitrile and gloves?",
        "The Sigmora purchase of HPLC-grade acetonitrile was placed under the reference",
        ["4471902635"],
    ),
    (
        ("gc_ms_01:\n"
         "  model: Aurelis 7200 GC\n"
         "  firmware: 3.8.2\n"
         "  carrier_gas: helium\n"
         "  inlet_temp_c: 250"),
        "Which release of the embedded software is installed on the gas chromatograph?",
        "The Aurelis instrument's onboard software is at release",
        ["3.8.2"],
    ),
    (
        ("2024-03-09 11:02:03 INFO  FZ-1 door closed\n"
         "2024-03-11 02:17:44 ALARM FZ-2 (-80 freezer, Rm 118) temp=-61.4C threshold=-70C "
         "notified=on-call\n"
         "2024-03-11 02:49:10 INFO  FZ-2 temp=-78.9C alarm cleared"),
        "On what day did the minus-eighty freezer in room 118 go into alarm?",
        "The overnight over-temperature event on FZ-2 was recorded on",
        ["2024-03-11"],
    ),
    (
        ("Ana (SMS, 18:42): Solvent room key isn't in the office box anymore - the spare's with "
         "the porter at Brackwell Lodge, just sign for it."),
        "If I need the backup key for the solvent store, where should I go to get it?",
        "The spare key to the solvent room can be collected from the porter at",
        ["Brackwell Lodge"],
    ),
    (
        ("Acetate buffer (pH 4.6, 1 L): dissolve 8.2 g sodium acetate in 900 mL water, add "
         "6.2 mL glacial acetic acid, then make up to volume."),
        "Please remind me how much pure acetic acid goes into the pH 4.6 buffer.",
        "To prepare the litre of acetate buffer, the volume of concentrated acid to add is",
        ["6.2 mL"],
    ),
    (
        ("INSERT INTO facility_contacts (instrument, manager, email) VALUES\n"
         "  ('ICP-MS', 'Tomasz Wierzbicki', 't.wierzbicki@chem.northvale.ac.uk'),\n"
         "  ('XRD', 'Helen Achterberg', 'h.achterberg@chem.northvale.ac.uk');"),
        "How can I reach the person who runs the ICP-MS by email?",
        "To get in touch with whoever manages the ICP-MS, write to",
        ["t.wierzbicki@chem.northvale.ac.uk"],
    ),
]

OTHER125_ABSENT = [
    ("Which cabinet holds the lithium aluminium hydride?", "chat", 0),
    ("Who has the NMR spectrometer booked on Friday morning?", "chat", 1),
    ("What was the melting point measured for compound 7b?", "chat", 2),
    ("The boiling point listed on the safety data sheet for that solvent is", "completion", 3),
    ("How much was budgeted for conference travel in Year 3 of the grant?", "chat", 4),
    ("The serial number of the old rotary evaporator being retired is", "completion", 7),
    ("What firmware version is the HPLC running?", "chat", 11),
    ("The ICP-MS manager's office phone extension is", "completion", 15),
]


OTHER126 = [
    (
        ("PREP LIST - Friday dinner + truck\n"
         "- Brunoise shallots: 2 qt\n"
         "- Pickled red onion: 3 qt\n"
         "- Confit garlic: 40 cloves\n"
         "- Chimichurri: 1.5 L\n"
         "- Lime crema: 2 L"),
        "How much of the green Argentinian herb sauce do we need to make for Friday?",
        "For Friday's service, the chimichurri quantity on the prep sheet is",
        ["1.5 L"],
    ),
    (
        ("Invoice #HV-20931 - Halvorsen Fish Co.\n"
         "Halibut fillet 6.2 kg @ $31.40/kg ........ $194.68\n"
         "Mussels (rope) 10 kg @ $8.90/kg .......... $89.00\n"
         "Cold-smoked trout 3.5 kg @ $36.80/kg ..... $128.80\n"
         "Subtotal $412.48 | Fuel surcharge $0.40 | TOTAL DUE $412.88"),
        "Could you tell me the final amount we owe the seafood supplier on that bill?",
        "Once the fuel surcharge is added, Halvorsen's invoice comes to",
        ["$412.88"],
    ),
    (
        ("dish,gluten,tree_nuts,dairy,shellfish\n"
         "Smoked eel croquette,Y,N,Y,N\n"
         "Burnt leek tart,Y,Y,Y,N\n"
         "Charred hispi cabbage,N,Y,N,N\n"
         "Crab & fennel toast,Y,N,N,Y"),
        ("A guest is coeliac but is happy to eat nuts - which dish has nuts in it "
         "and no gluten at all?"),
        "According to the allergen matrix, the only dish containing tree nuts but free of gluten is the",
        ["Charred hispi cabbage"],
    ),
    (
        ("ENVIRONMENTAL HEALTH INSPECTION - FINDINGS\n"
         "Walk-in cooler No. 2 recorded at 7.8 C at 11:40 (limit 5 C). Hand-wash basin in truck obstructed.\n"
         "Rating provisionally reduced to 3. Re-inspection scheduled for 14 March 2025."),
        "When is the health inspector coming back to check on us again?",
        "The follow-up visit from environmental health has been booked for",
        ["14 March 2025"],
    ),
    (
        ("ROTA wk 32     | Mon     | Tue   | Wed\n"
         "Grill          | Tomasz  | Tomasz| Ines\n"
         "Pastry         | Ines    | Wren  | Wren\n"
         "Food truck     | Darnell | Priya | Darnell"),
        "Who's been put on the truck for Tuesday's shift this week?",
        "On Tuesday of week 32, the person staffing the food truck is",
        ["Priya"],
    ),
    (
        ("txn_id,time,terminal,item,qty,total\n"
         "4471902384,12:14,TRUCK-01,Brisket bao,3,27.00\n"
         "4471902385,12:16,TRUCK-01,Yuzu lemonade,2,9.00\n"
         "4471902386,12:19,BAR-02,Negroni,1,12.50"),
        "Can you find me the transaction number for the sale of the two yuzu drinks?",
        "In the till export, the yuzu lemonade sale is logged under transaction",
        ["4471902385"],
    ),
    (
        ("[21:47] Marguerite (Owner): Truck's pitch changed AGAIN \U0001F644 not Dock Street anymore, "
         "we're at Fenwick Yard from Saturday. Tell the team pls"),
        "Where will the food truck be parked starting this weekend, according to the boss?",
        "From Saturday onwards the truck is trading at",
        ["Fenwick Yard"],
    ),
    (
        ("kds:\n"
         "  station: expo\n"
         "  bump_timeout_s: 90\n"
         "  ticket_printer_ip: 10.4.12.77\n"
         "  backup_printer_ip: 10.4.12.78"),
        "What's the network address of the main ticket printer on the kitchen display setup?",
        "The expo station's primary docket printer sits at IP",
        ["10.4.12.77"],
    ),
    (
        ("House hot sauce: blend 18 fermented Fresno chillies with 60 g charred pineapple, "
         "2 tsp smoked salt and 150 ml rice vinegar, then pass through a fine chinois."),
        "For our in-house chilli sauce, what weight of the grilled fruit goes in?",
        "The amount of charred pineapple blended into each batch of house hot sauce is",
        ["60 g"],
    ),
    (
        ("From: orders@brightfieldproduce.example\n"
         "Subject: Standing order change\n"
         "Hi Chef, from next Monday your microgreens drop moves from Wednesday to Thursday, "
         "6:15-6:45 am. Any questions just reply here. - Olu"),
        "Please remind me which email I should reply to about the microgreens delivery change.",
        "To reach the produce supplier about the standing order, you write to",
        ["orders@brightfieldproduce.example"],
    ),
    (
        ("Minutes, menu meeting 3 Oct. Present: Marguerite, Keiko, Tomasz. Agreed to rename the lamb "
         "flatbread \"The Shepherd's Ember\" for the truck menu; price stays at 11.50. "
         "Action: Keiko to update chalkboards."),
        "What new title did we settle on for the lamb wrap sold from the van?",
        "After the October menu meeting, the truck's lamb flatbread is now called",
        ["The Shepherd's Ember"],
    ),
    (
        "USE BY 09/11 | Veal stock (brown) | batch VS-0742-K | made by: R. Achebe | 8 L",
        "What's the lot code printed on the brown veal stock container?",
        "The brown veal stock tub carries the batch identifier",
        ["VS-0742-K"],
    ),
    (
        ("2024-06-14 05:52:09 WARN blast_chiller[BC2] door open > 120s, core probe 63.1C, cycle aborted\n"
         "2024-06-14 06:10:44 INFO blast_chiller[BC2] cycle restarted by user=tomasz"),
        "At what exact moment did the second blast chiller throw its door-open warning?",
        "The BC2 door-open alert was logged at",
        ["05:52:09"],
    ),
    (
        ("Everyone in town knew the truck by sight: Marguerite had it repainted mustard yellow after the "
         "old teal wrap peeled off during its first winter on the harbour."),
        "What colour is the food van painted these days?",
        "After the peeling wrap was removed, the truck was resprayed in",
        ["mustard yellow"],
    ),
    (
        ("INSERT INTO walkin_inventory (item, par_level, unit) VALUES\n"
         "  ('duck fat', 22, 'tubs'),\n"
         "  ('creme fraiche', 14, 'tubs'),\n"
         "  ('white miso', 6, 'kg');"),
        "How many tubs of creme fraiche should we keep stocked in the walk-in as a minimum?",
        "The par level set for creme fraiche in the walk-in is",
        ["14"],
    ),
    (
        ("NOTICE - Staff Wi-Fi: network KITCHEN-BACK. Password is now saffron-goose-41 "
         "(changed after the pop-up weekend). Do NOT give it to customers."),
        "I need to get my phone online in the back - what's the current key for the staff network?",
        "To log into the KITCHEN-BACK network, staff now type",
        ["saffron-goose-41"],
    ),
]

OTHER126_ABSENT = [
    ("What's the phone number for our account manager at Halvorsen Fish Co.?", "chat", 1),
    ("Who's covering the pastry section on Thursday of week 32?", "chat", 4),
    ("What time does the truck open for service at Fenwick Yard on Saturdays?", "chat", 6),
    ("Which port number does the bar printer on the kitchen display system use?", "chat", 7),
    ("The batch number on the chicken stock container is", "completion", 11),
    ("The food truck's licence plate number is", "completion", 13),
    ("What's the password for the customers' guest Wi-Fi?", "chat", 15),
    ("Before serving, the house hot sauce has to age in the fridge for", "completion", 8),
]


OTHER127 = [
    (
        ("Harbourside Marathon 2023 - top finishers (women)\n"
         "1. Priya Halvorsen    2:51:07\n"
         "2. Dana Mbeki         2:53:44\n"
         "3. Ruth Calloway      2:58:19"),
        "What finishing time did the runner-up in the women's race post at the 2023 Harbourside event?",
        "In the 2023 Harbourside Marathon women's field, the second-placed athlete crossed the line in",
        ["2:53:44"],
    ),
    (
        ("member_no,surname,first_name,joined\n"
         "40417,Okonkwo,Tilda,2019-03-02\n"
         "40418,Vasquez,Bernard,2020-11-15\n"
         "40419,Lindqvist,Marta,2021-06-08"),
        "Could you look up which membership number Bernard Vasquez holds?",
        "In the club register, Bernard Vasquez appears under member number",
        ["40418"],
    ),
    (
        ("From: treasurer@kestrelharriers.org.uk\nSubject: Kit order - final figure\n"
         "The final invoice from Brightstride Apparel came to £1,482.60, not the £1,395.00 they quoted "
         "us back in March."),
        "How much did the club actually end up paying the sportswear company for the kit?",
        "Once the March quote had been superseded, the kit supplier's bill totalled",
        ["£1,482.60"],
    ),
    (
        ("chip_id,bib,name\n"
         "KH-7Q2-0915,312,Ola Brennan\n"
         "KH-7Q2-0916,313,Ivo Sandoval\n"
         "KH-7Q2-0917,314,Grete Aalto"),
        "Which transponder code was issued to whoever wore race number 313?",
        "The timing tag worn by the runner with bib 313 carried the identifier",
        ["KH-7Q2-0916"],
    ),
    (
        ("Marshal points - Sunday\n"
         "Point A (Millbrook Bridge): Gareth Pole\n"
         "Point B (Ferry Lane roundabout): Sunita Achterberg\n"
         "Point C (Old Tannery steps): Lewis Oduya"),
        "Who's been put in charge of directing runners at the roundabout on Ferry Lane?",
        "The volunteer posted at the Ferry Lane roundabout is",
        ["Sunita Achterberg"],
    ),
    (
        ("plan: spring_sub4\n"
         "week_9:\n"
         "  long_run_km: 29\n"
         "  tempo_km: 8\n"
         "  rest_day: Friday"),
        "In the ninth week of the sub-four-hour spring programme, how many kilometres is the longest outing?",
        "During week nine of the spring sub-4 schedule, the long run's distance in kilometres is",
        ["29"],
    ),
    (
        ("Mo: hey!! club pasta night has moved to Thursday, 7:45pm at the Anchor & Lantern, "
         "not the usual 7pm x"),
        "What time does the pre-race carb-loading dinner kick off now?",
        "The rescheduled pasta evening for club members now begins at",
        ["7:45pm"],
    ),
    (
        ("When Eleni finally pinned on her number, she noticed the club's new vests were a shade the "
         "committee had insisted on calling 'heron teal', though everyone else said it was just green."),
        "What did the committee officially call the colour of the new running vests?",
        "The committee's official name for the new singlet colour was",
        ["heron teal"],
    ),
    (
        ("[registration]\n"
         "opens = 2024-01-08\n"
         "closes = 2024-08-31\n"
         "entry_cap = 2750\n"
         "url = https://enter.kestrelmarathon.org/2024"),
        "What's the maximum number of people allowed to sign up for the race?",
        "Sign-ups for the marathon are limited to a total of",
        ["2750"],
    ),
    (
        ("NOTICE: The course was re-measured by calibrated bicycle on 14 May and came out at 42.237 km, "
         "which includes the standard short-course prevention factor."),
        "How long did the route turn out to be when it was surveyed by bike in May?",
        "According to the calibrated-bicycle survey, the route's length is",
        ["42.237 km"],
    ),
    (
        ("Any changes to your entry must now be sent to entries-desk@kestrelharriers.org.uk; "
         "the old address, races@kestrel-h.co.uk, is no longer monitored."),
        "Where should I write if I need to amend my race entry?",
        "Requests to amend an entry should now be emailed to",
        ["entries-desk@kestrelharriers.org.uk"],
    ),
    (
        ("Minutes, committee meeting 4 Feb. Present: JR, MO, SA, PL. Item 3: AGM agreed for Tuesday "
         "19 March. Item 4: club dinner pencilled in for 26 April, venue TBC."),
        "When is the annual general meeting going to take place?",
        "The club's yearly general meeting was fixed for",
        ["19 March", "Tuesday 19 March"],
    ),
    (
        ("After eleven years outside the leisure centre, the start line was moved to Quarrymoor Common, "
         "because the council's roadworks had swallowed half of Station Road."),
        "Where will runners line up at the beginning of the race now?",
        "Because of the roadworks, the marathon now begins on",
        ["Quarrymoor Common"],
    ),
    (
        "2024-09-15 07:58:03 INFO chipsync[v4.11.2] mat 'HALF-SPLIT' online, readers=2, gain=11dB",
        "Which release of the chip-timing software was running on race morning?",
        "On race morning the timing software reported its version as",
        ["4.11.2", "v4.11.2"],
    ),
    (
        ("'We're calling the new hill-repeat session the Grindstone,' said Coach Farrell, "
         "'and it's every other Wednesday, so bring your legs.'"),
        "What nickname did the coach come up with for the new hills workout?",
        "Coach Farrell's name for the new hill-repeat session is the",
        ["Grindstone"],
    ),
    (
        ('[{"station": 3, "km": 21.1, "drink": "water", "gels": "lemon"},\n'
         ' {"station": 4, "km": 27.5, "drink": "orange electrolyte", "gels": "salted caramel"}]'),
        "What flavour of energy gel will be handed out at the fourth refreshment point?",
        "At aid station number four, the gels on offer are",
        ["salted caramel"],
    ),
]

OTHER127_ABSENT = [
    ("What was the winning time in the men's race at the 2023 Harbourside Marathon?", "chat", 0),
    ("Which membership number belongs to Tilda Lindqvist?", "chat", 1),
    ("The timing tag worn by the runner with bib 318 carried the identifier", "completion", 3),
    ("Who is marshalling at Point D near the canal lock?", "chat", 4),
    ("For the 2024 marathon, the standard entry fee is", "completion", 8),
    ("What phone number should I ring if I want to change my race entry?", "chat", 10),
    ("Coach Farrell's Grindstone sessions start from the car park of", "completion", 14),
    ("Which drink is handed out at the second refreshment station?", "chat", 15),
]


OTHER128 = [
    (
        ("The night ferry Marisol Quay slipped out of Port Ellery under her new master, Captain Idris "
         "Penhallow, who had taken over from old Captain Dunmore only that spring."),
        "Who is in command of the Marisol Quay these days?",
        "Since Dunmore stepped down, the Marisol Quay has been skippered by Captain",
        ["Penhallow", "Idris Penhallow", "Captain Idris Penhallow"],
    ),
    (
        ("Route: Port Ellery - Skerrin Island (summer timetable)\n"
         "Dep. Port Ellery | Arr. Skerrin\n"
         "06:40            | 07:55\n"
         "11:15            | 12:30\n"
         "17:05            | 18:20"),
        "If I board the late-morning boat out of Port Ellery, what time will I reach Skerrin?",
        "Passengers on the 11:15 crossing from Port Ellery can expect to step ashore on Skerrin at",
        ["12:30"],
    ),
    (
        ("2024-03-11 04:22 ENG-RM: Port main engine lube oil pressure fell to 2.7 bar; starboard engine "
         "steady at 4.1 bar. Oil filter changed by 2nd Eng. Ruiz."),
        "What lubricating oil pressure was logged on the left-hand main engine that night?",
        "During the early-morning watch, the oil pressure on the port engine dropped to",
        ["2.7 bar"],
    ),
    (
        ("Subject: Your Skerrin Ferries booking is confirmed\n"
         "Dear Ms Abernethy, thank you for travelling with us. Your booking reference for the crossing "
         "on 14 August is KX7-40QM. Vehicle: one car under 5 m; passengers: two adults."),
        "Could you tell me the confirmation code for Ms Abernethy's August sailing?",
        "To check in for her August crossing, Ms Abernethy should quote the reference",
        ["KX7-40QM"],
    ),
    (
        ("INSERT INTO ticket_office (ticket_id, passenger, fare_gbp, deck)\n"
         "VALUES (4410090211, 'Halvorsen, Britt', 23.50, 'upper'),\n"
         "       (4410090212, 'Okonjo, Tayo', 31.75, 'cabin'),\n"
         "       (4410090213, 'Lindqvist, Mar', 23.50, 'upper');"),
        "Which ticket number was issued to Tayo Okonjo?",
        "The ticket office recorded Tayo Okonjo's purchase under ticket ID",
        ["4410090212"],
    ),
    (
        ("NOTICE TO MARINERS No. 17/24: The green starboard-hand buoy at the entrance to Gullhaven "
         "harbour has been temporarily replaced by a yellow spar buoy until further notice."),
        "What colour is the stand-in marker at the mouth of Gullhaven harbour?",
        "Until the usual buoy is restored, skippers entering Gullhaven should look out for a spar buoy painted",
        ["yellow"],
    ),
    (
        ("crew:\n"
         "  master: A. Treloar\n"
         "  chief_officer: M. Castellanos\n"
         "  chief_engineer: Wendeline Obuya\n"
         "  cook: P. Ferreira"),
        "Who's the person in charge of the engines on this crew roster?",
        "The head of the engineering department on board is",
        ["Obuya", "Wendeline Obuya"],
    ),
    (
        ("manifest_line,consignee,goods,gross_kg\n"
         "1,Skerrin Co-op,flour sacks,1840\n"
         "2,Tolley Hardware,roof slates,6325\n"
         "3,Bay Fish Ltd,empty crates,412"),
        "How heavy was the consignment of roofing slates, in kilos?",
        "The slates shipped for Tolley Hardware had a gross weight in kilograms of",
        ["6325"],
    ),
    (
        ("Rhoda: hey, the 3:10 boat is cancelled cos of the swell, I'm getting the one at 4:45 instead, "
         "pick me up at the slipway x"),
        "Which departure has Rhoda switched to?",
        "Because of the swell, Rhoda will now be catching the ferry that leaves at",
        ["4:45"],
    ),
    (
        ("SKERRIN FERRIES - CAFE BAR\n"
         "2 x Tea            £3.60\n"
         "1 x Bacon roll     £4.25\n"
         "1 x Flapjack       £2.10\n"
         "TOTAL              £9.95\n"
         "Served by: Nell"),
        "How much did the whole order at the onboard café come to?",
        "Altogether, the snacks and drinks Nell served cost",
        ["£9.95"],
    ),
    (
        ("[wifi]\n"
         "ssid = MarisolGuest\n"
         "password = gannet-tide-82\n"
         "max_clients = 120"),
        "Please remind me of the passphrase for the guest wireless network on board.",
        "To get online via the MarisolGuest network, passengers need to type in",
        ["gannet-tide-82"],
    ),
    (
        ("Minutes, board meeting 3 Feb: It was agreed that the new 38-metre vessel will be named "
         "Kittiwake Star; the alternative proposal, Northern Lantern, was withdrawn."),
        "What name did the directors settle on for the company's newest boat?",
        "The 38-metre newbuild is going to be christened",
        ["Kittiwake Star"],
    ),
    (
        ("# booking client settings\n"
         "FERRY_BOOKING_API_VERSION = \"4.12.3\"  # was 4.9.0 until the spring release\n"
         "REQUEST_TIMEOUT_S = 20"),
        "Which release of the booking API does the client currently target?",
        "After the spring upgrade, the booking client talks to API version",
        ["4.12.3"],
    ),
    (
        ("\"Which berth do we tie up at tonight?\" asked the deckhand.\n"
         "\"Berth Nine, not Seven - Seven's closed for dredging,\" the mate replied."),
        "Where is the ferry supposed to moor this evening?",
        "With the other one shut for dredging, tonight the crew will make fast at",
        ["Berth Nine"],
    ),
    (
        ("LOST PROPERTY: Items left aboard are held for 28 days. Please email "
         "lostproperty@skerrinferries.example with your sailing date and a description of the item."),
        "I left my scarf on the boat - what address should I write to about it?",
        "Anyone who forgot something on a sailing should send a message to",
        ["lostproperty@skerrinferries.example"],
    ),
    (
        ("Refit programme:\n"
         "- MV Marisol Quay: dry dock 3 Nov to 21 Nov\n"
         "- MV Skerrin Maid: dry dock 24 Nov to 9 Dec"),
        "When is the Skerrin Maid due to come back out of dry dock?",
        "The Skerrin Maid's refit is scheduled to finish on",
        ["9 Dec"],
    ),
]

OTHER128_ABSENT = [
    ("How old is Captain Penhallow?", "chat", 0),
    ("Which deck was passenger Ingrid Halvorsen booked on?", "chat", 4),
    ("How much did Bay Fish Ltd pay to ship their crates?", "chat", 7),
    ("What is the password for the crew-only Wi-Fi network?", "chat", 10),
    ("When is the MV Gullhaven Pride scheduled to go into dry dock?", "chat", 15),
    ("On the winter timetable, the first ferry from Skerrin back to Port Ellery departs at", "completion", 1),
    ("The second engineer listed on the crew roster is", "completion", 6),
    ("The board agreed that the launch ceremony for the new vessel would take place on", "completion", 11),
]


OTHER129 = [
    (
        "Hive inspection log, Orchard Apiary, 14 May:\n"
        "Hive 3 - queen seen, 7 frames brood, calm\n"
        "Hive 4 - no queen seen, 2 queen cells, defensive\n"
        "Hive 5 - queen seen, 9 frames brood, super added",
        "At the Orchard Apiary inspection, which colony turned out to be raising replacement queen cells?",
        "The colony where no queen was spotted but queen cells were found was",
        ["Hive 4"],
    ),
    (
        "entry_no,class,exhibitor,item\n"
        "114,Light clear honey,Margery Tull,2 x 454g jars\n"
        "115,Dark honey,Owain Prydderch,2 x 454g jars\n"
        "116,Cut comb,Margery Tull,1 section",
        "Could you tell me who put something into the dark honey category at the show?",
        "The exhibitor competing in the dark honey class is",
        ["Owain Prydderch"],
    ),
    (
        "Text from Deb (swarm line), 11:42: Swarm hanging about 8ft up in the hawthorn behind "
        "Kettleby Post Office, size of a rugby ball. Caller is Mr Haines, 07700 914382.",
        "What number should I ring to reach the man who reported the swarm in the hawthorn?",
        "To contact Mr Haines about the swarm, dial",
        ["07700 914382"],
    ),
    (
        "Loan register: Honey extractor (4-frame radial, serial EXT-0947-R) out to B. Amadi 2 Aug, "
        "due back 16 Aug. Wax melter (serial WM-112) returned by C. Lowther 1 Aug.",
        "Which serial number is on the radial extractor that Amadi borrowed?",
        "The association's four-frame radial extractor carries the serial number",
        ["EXT-0947-R"],
    ),
    (
        "Treasurer's report: Opening balance £2,318.40; subscriptions received £1,125.00; "
        "insurance premium paid £486.75; closing balance £2,956.65.",
        "How much did the association's insurance cost this period, according to the treasurer?",
        "The sum paid out for the insurance premium came to",
        ["£486.75"],
    ),
    (
        "Queen-rearing calendar 2024:\n"
        "Day 0 (Sat 8 June) - graft larvae\n"
        "Day 5 (Thu 13 June) - cells capped\n"
        "Day 10 (Tue 18 June) - move cells to mating nucs\n"
        "Day 26 (Thu 4 July) - check for laying queens",
        "What job is pencilled in for the fourth of July in the queen-rearing plan?",
        "On the final date of the queen-rearing timetable, members are due to",
        ["check for laying queens"],
    ),
    (
        "hive_scale:\n"
        "  device_id: HS-22B\n"
        "  firmware: 3.11.2\n"
        "  upload_interval_minutes: 15\n"
        "  alert_weight_drop_kg: 1.8",
        "Which software release is installed on the hive weighing scale?",
        "The hive scale is currently running firmware version",
        ["3.11.2"],
    ),
    (
        "Minutes, committee meeting 3 March: Agreed that the winter lecture will be given by "
        "Dr. Isolde Varga on varroa resistance. The apiary open day was moved from 20 April to 27 April.",
        "Please remind me when the apiary open day is now taking place after the committee changed it.",
        "Following the committee's decision, the apiary open day will be held on",
        ["27 April"],
    ),
    (
        "From: secretary@wealdbeekeepers.org.uk - Please send your membership renewal forms to "
        "membership@wealdbeekeepers.org.uk, not to this address.",
        "Where am I supposed to email my completed renewal paperwork?",
        "Renewal forms for membership should be sent by email to",
        ["membership@wealdbeekeepers.org.uk"],
    ),
    (
        "Honey flapjack (show class 22): 250 g oats, 125 g butter, 90 g heather honey, pinch of salt; "
        "bake at 170°C for 25 minutes.",
        "For the flapjack entry, what quantity of heather honey goes in?",
        "The show flapjack recipe calls for heather honey weighing",
        ["90 g"],
    ),
    (
        "Jar label: RAW WILDFLOWER HONEY | Net wt 340g | Produced by Hollins Lane Apiary, Thornbury | "
        "Best before 09/2026 | Lot HLA-031",
        "Whose apiary produced the jar of raw wildflower honey?",
        "The wildflower honey on that label comes from",
        ["Hollins Lane Apiary"],
    ),
    (
        "\"I marked the new queen in yellow,\" Aggie told Fenwick, \"since the white pen had dried out.\"",
        "What shade of paint dot did Aggie end up putting on the new queen?",
        "Because one pen had run dry, Aggie marked the fresh queen with the colour",
        ["yellow"],
    ),
    (
        "2024-07-02T05:14:09Z hive-monitor[812]: WARN hive=11 brood_temp=37.9C humidity=61% "
        "note=possible_swarm_prep",
        "How warm was the brood nest in hive 11 when the monitor logged its warning?",
        "The brood temperature recorded for hive 11 in that warning was",
        ["37.9C"],
    ),
    (
        "INSERT INTO members (member_no, name, joined, apiary_postcode)\n"
        "VALUES (40217, 'Piers Ashdown', '2019-04-11', 'TN27 8QH');",
        "Can you look up Piers Ashdown's membership number for me?",
        "Piers Ashdown is registered under member number",
        ["40217"],
    ),
    (
        "NOTICE: Due to a confirmed case of American foulbrood, a standstill order applies to all "
        "colonies within 3 km of Marlow Bottom until further notice. Inspector on call: Gareth Menzies.",
        "Where is the foulbrood outbreak that the movement restriction is centred on?",
        "The standstill zone covers every colony within three kilometres of",
        ["Marlow Bottom"],
    ),
    (
        "Swarm collection form\n"
        "Collector: Ruth Abbey\n"
        "Date: 19 May\n"
        "Time collected: 18:35\n"
        "Hived at: Long Meadow, hive 14",
        "At what hour did Ruth Abbey take the swarm, according to the form?",
        "Ruth Abbey gathered the swarm on 19 May at",
        ["18:35"],
    ),
]

OTHER129_ABSENT = [
    ("Which entry number was assigned to Margery Tull's heather honey?", "chat", 1),
    ("How much is the late-return fine for the honey extractor?", "chat", 3),
    ("How much did the association spend on sugar for winter feeding?", "chat", 4),
    ("In what year did Piers Ashdown pass his basic beekeeping assessment?", "chat", 13),
    ("What humidity did the monitor record for hive 12?", "chat", 12),
    ("The swarm Ruth Abbey collected weighed roughly", "completion", 15),
    ("The battery in the hive scale has to be replaced every", "completion", 6),
    ("This year's autumn honey show will be judged by", "completion", 7),
]


OTHER130 = [
    (
        ("date,consultant,client,hours,task\n"
         "2023-03-06,Tamsin,Brightwater,6.5,API pagination\n"
         "2023-03-06,Idris,Brightwater,3.0,code review\n"
         "2023-03-07,Tamsin,Kestrel Foods,7.25,migration scripts\n"
         "2023-03-07,Idris,Brightwater,5.5,webhook debugging"),
        "How much time did Tamsin put in on the Kestrel Foods job on the 7th of March?",
        "On 7 March, the number of hours Tamsin logged against Kestrel Foods was",
        ["7.25"],
    ),
    (
        ("From: Priya Ramaswamy <priya.r@brightwater-logistics.com>\n"
         "Subject: Re: February invoice\n"
         "Hi Idris, thanks for this. Going forward, please don't send invoices to me directly; "
         "they should go to accounts-payable@brightwater-logistics.com so finance can process them."),
        "Which mailbox does Brightwater want its bills sent to from now on?",
        "Brightwater has asked that all future invoices be emailed to",
        ["accounts-payable@brightwater-logistics.com"],
    ),
    (
        ("STATEMENT OF WORK SOW-2023-014 (Kestrel Foods, inventory sync)\n"
         "Section 4. Fees: a total fixed fee of £18,400.00, payable in three milestones "
         "of 40%, 40% and 20% respectively."),
        "Could you tell me the overall price agreed for the Kestrel inventory sync engagement?",
        "Under the Kestrel Foods statement of work, the consultancy will be paid a flat sum of",
        ["£18,400.00"],
    ),
    (
        ("INVOICE LV-0457\n"
         "Larchmont & Vey Software Ltd -> Brightwater Logistics\n"
         "Issued: 15 March 2023\n"
         "Payment terms: 30 days\n"
         "Due date: 14 April 2023\n"
         "Amount: £4,212.50"),
        "What's the deadline for paying invoice LV-0457?",
        "Brightwater has to settle invoice LV-0457 no later than",
        ["14 April 2023"],
    ),
    (
        ("hostname      role         ip           os\n"
         "lv-build-01   CI runner    10.20.0.11   Debian 12\n"
         "lv-db-02      Postgres     10.20.0.34   Ubuntu 22.04\n"
         "lv-vpn-01     WireGuard    10.20.0.5    Debian 11"),
        "What internal IP does our database server sit on?",
        "The Postgres machine in the server inventory can be reached at the address",
        ["10.20.0.34"],
    ),
    (
        ("$ git log --oneline -4\n"
         "a41d0c7 (HEAD -> main) chore: bump version to 2.8.1\n"
         "9f3c2e1 fix: retry webhook delivery on HTTP 502\n"
         "6be7702 feat: export timesheets as CSV\n"
         "31aa9d0 docs: update README install steps"),
        "Can you give me the short hash of the change that made webhooks get resent after a bad gateway error?",
        "The commit that added retries for failed webhook deliveries has the abbreviated hash",
        ["9f3c2e1"],
    ),
    (
        ("Action points, Monday sync (Idris & Tamsin):\n"
         "1. Tamsin to renew the TLS certificate on kestrel-staging by Friday.\n"
         "2. Idris to chase Brightwater about the overdue February payment.\n"
         "3. Both to review the draft pricing page before the 20th."),
        "Who's on the hook for following up with Brightwater about the late money?",
        "The partner tasked with pursuing Brightwater over its unpaid February bill is",
        ["Idris"],
    ),
    (
        ("# deploy/staging.yml (Brightwater)\n"
         "app:\n"
         "  name: parcel-tracker\n"
         "  port: 8743\n"
         "  workers: 4\n"
         "  log_level: info"),
        "Which port is the parcel-tracker staging service listening on?",
        "On staging, Brightwater's parcel tracking app accepts connections on port",
        ["8743"],
    ),
    (
        ("Tamsin (08:12): Train's stuck outside Reading again. I'll join the Kestrel call at 10:45 "
         "instead of 10:00, can you kick it off without me?"),
        "When did Tamsin say she'd be able to get onto the Kestrel meeting?",
        "Because of her delayed train, Tamsin expected to dial into the Kestrel call at",
        ["10:45"],
    ),
    (
        ("Larchmont & Vey Software Ltd · Registered in England and Wales, company no. 14829307 · "
         "VAT GB 402 7731 58 · 3 Tanner's Yard, Bristol BS1 6QJ"),
        "What's the consultancy's Companies House registration number?",
        "The firm is incorporated in England and Wales under company number",
        ["14829307"],
    ),
    (
        ("-- hourly rates, effective 1 January 2023\n"
         "UPDATE rates SET hourly_gbp = 95 WHERE consultant = 'tamsin';  -- previously 85\n"
         "UPDATE rates SET hourly_gbp = 110 WHERE consultant = 'idris';  -- unchanged"),
        "How many pounds an hour does Tamsin charge at the moment?",
        "Since the start of 2023, each hour of Tamsin's work is billed at a rate in pounds of",
        ["95"],
    ),
    (
        ("\u201cYou named the invoicing tool what?\u201d Tamsin asked.\n"
         "\u201cQuillfeather,\u201d said Idris. \u201cAfter my childhood cat. It's already in production.\u201d"),
        "What did Idris call the in-house billing software?",
        "The homemade program the two partners use to produce invoices goes by the name",
        ["Quillfeather"],
    ),
    (
        ("# crontab on lv-build-01\n"
         "30 2 * * * /opt/lv/bin/backup.sh --target s3://lv-backups-eu --keep 14\n"
         "15 3 * * 0 /opt/lv/bin/prune-artifacts.sh"),
        "Where do the nightly backups end up being stored?",
        "Every night at half past two, the backup script copies everything to",
        ["s3://lv-backups-eu"],
    ),
    (
        ("# requirements.txt (Kestrel integration)\n"
         "requests==2.31.0\n"
         "kestrel-sdk==4.2.7  # 4.3.0 broke token refresh, do NOT upgrade\n"
         "pydantic==1.10.9"),
        "Which release of the Kestrel client library are we locked to?",
        "To avoid the token refresh bug, the Kestrel SDK is pinned at version",
        ["4.2.7"],
    ),
    (
        ("Hi both, marketing has finally decided: primary buttons on the customer portal should be "
         "heron grey from now on, not the burnt orange used in your mockups. Thanks, Priya"),
        "What shade did the client settle on for the main buttons in the portal?",
        "According to Brightwater's marketing team, the portal's primary buttons must now be coloured",
        ["heron grey"],
    ),
    (
        ("Q2 on-site schedule:\n"
         "12 Apr - Kestrel Foods requirements workshop, Leicester office\n"
         "3 May - Brightwater quarterly review, Felixstowe depot\n"
         "24 May - accountant meeting, Bristol"),
        "Where are we heading for the Brightwater quarterly review?",
        "In early May, the Brightwater quarterly review will take place in",
        ["Felixstowe", "Felixstowe depot"],
    ),
]

OTHER130_ABSENT = [
    ("How many hours did Idris bill to Kestrel Foods on 7 March?", "chat", 0),
    ("What's Priya Ramaswamy's direct phone number?", "chat", 1),
    ("The purchase order number quoted on invoice LV-0457 is", "completion", 3),
    ("The MAC address of the lv-db-02 server is", "completion", 4),
    ("Who was the author of the commit that added CSV export for timesheets?", "chat", 5),
    ("How much memory is the parcel-tracker staging app allowed to use?", "chat", 7),
    ("The hourly rate charged for the junior contractor Marek is", "completion", 10),
    ("Where will the Harbourline Insurance kickoff meeting be held?", "chat", 15),
]


OTHER131 = [
    (
        (
            "MEDICATION ROUND - Birchwood Wing - 08:00\n"
            "Room 4 | Mrs. Ethel Pardoe     | Amlodipine 5 mg      | given\n"
            "Room 6 | Mr. Desmond Kealy     | Levothyroxine 75 mcg | given\n"
            "Room 9 | Mrs. Nora Fitzwilliam | Furosemide 40 mg     | refused"
        ),
        "How much levothyroxine does Desmond Kealy get on the morning round?",
        "The morning thyroid tablet given to the resident in Room 6 is a dose of",
        ["75 mcg"],
    ),
    (
        (
            "VISITORS' BOOK - Larkspur Grove\n"
            "14/03 | in 14:05 | Shirley Mottram | visiting Mr. Cheeseman | car reg: none (bus) | out 15:10\n"
            "14/03 | in 15:20 | Graham Oduya | visiting Mrs. Pardoe (mother) | car reg: KX19 TFE | out 16:45"
        ),
        "Could you tell me which number plate Graham Oduya wrote down when he signed in?",
        "The vehicle registration Mrs. Pardoe's son entered in the visitors' book was",
        ["KX19 TFE"],
    ),
    (
        (
            "resident,room,diet,texture,allergy\n"
            "Harold Menzies,12,diabetic,normal,none\n"
            "Winifred Ashe,14,low salt,minced and moist,sesame\n"
            "Arthur Blewitt,15,vegetarian,soft and bite-sized,shellfish"
        ),
        "Is there anything Winifred Ashe mustn't eat because of an allergy?",
        "The kitchen must keep the resident in room 14 away from any trace of",
        ["sesame"],
    ),
    (
        (
            "rota_week_22:\n"
            "  monday:\n"
            "    day_senior: \"Colm Hegarty\"\n"
            "    night_senior: \"Priya Venkataraman\"\n"
            "  tuesday:\n"
            "    night_senior: \"Bronagh Tully\""
        ),
        "Who is in charge overnight on the Monday of week 22?",
        "The senior carer covering Monday night in week 22 is",
        ["Priya Venkataraman"],
    ),
    (
        (
            "THURSDAY ACTIVITIES\n"
            "10:30  Chair yoga (Main Lounge)\n"
            "14:15  Armchair bingo (Conservatory)\n"
            "15:45  Pet therapy with Biscuit the spaniel (Garden Room)\n"
            "18:30  Film night: 'Brief Encounter'"
        ),
        "When does the dog come in for the residents on Thursdays?",
        "On Thursdays the session with Biscuit starts at",
        ["15:45"],
    ),
    (
        (
            "From: Lorna Castellane <lorna.castellane@brightmail.co.uk>\n"
            "Subject: Dad's hearing aid\n"
            "Sorry, I got it wrong on the phone - my father, Ivor Castellane (Room 11), "
            "needs size 312 batteries, not size 13."
        ),
        "What size of battery does Ivor Castellane's hearing aid take?",
        "According to his daughter's correction, the batteries for the resident of Room 11 are size",
        ["312", "size 312"],
    ),
    (
        (
            "2024-05-01 16:02 REQ-4468 Room 3 window latch stiff - assigned: Dennis Grout - status: CLOSED\n"
            "2024-05-02 09:14 REQ-4471 Room 17 radiator valve leaking - assigned: Dennis Grout - status: OPEN"
        ),
        "What's the job reference for the leaky radiator that's still open?",
        "The maintenance ticket raised for the dripping heater in Room 17 is numbered",
        ["REQ-4471"],
    ),
    (
        (
            "SALON RECEIPT - Mrs. Agatha Rennick\n"
            "Wash, cut & set ....... £18.50\n"
            "Tint .................. £12.00\n"
            "TOTAL ................. £30.50 (charged to resident account)"
        ),
        "How much altogether was put on Agatha Rennick's account for her hair appointment?",
        "For the wash, cut, set and tint, Mrs. Rennick's account was billed a total of",
        ["£30.50"],
    ),
    (
        (
            "Hi, it's Sunita on the Larkspur Grove front desk. New front door keypad code from Monday "
            "is 58204 - the old one (47719) stops working Sunday night. x"
        ),
        "Which digits will open the main entrance once the code changes?",
        "From Monday onward, anyone arriving at the front door will need to key in",
        ["58204"],
    ),
    (
        (
            "[nurse_call]\n"
            "site = Larkspur Grove\n"
            "firmware = 3.8.12\n"
            "escalation_minutes = 4\n"
            "pager_group = WISTERIA-NIGHT"
        ),
        "Which software release is the call bell system currently on?",
        "The nurse call panel is running firmware version",
        ["3.8.12"],
    ),
    (
        (
            "Residents' Committee, minutes of 7 June: It was agreed that this year's summer outing "
            "will be to Portmellion Gardens rather than the pier at Carrow Bay. "
            "Proposed by Mr. Tibbs, seconded by Mrs. Ollerenshaw."
        ),
        "Where did the residents decide to go on their summer trip?",
        "After the vote, the destination chosen for the residents' summer excursion was",
        ["Portmellion Gardens"],
    ),
    (
        (
            "\u201cThe family have been on about Room 8 again,\u201d said Mrs. Halloran, the manager. "
            "\u201cNot magnolia this time. They want it painted sage green, same as her kitchen at home.\u201d"
        ),
        "What shade have the relatives asked for when Room 8 is redecorated?",
        "The colour the family want on the walls of Room 8 is",
        ["sage green"],
    ),
    (
        (
            "Weekly weights - Mr. Leonard Cheeseman: 03/06 71.4 kg; 10/06 70.2 kg; "
            "17/06 68.9 kg (GP informed)."
        ),
        "What did Leonard Cheeseman weigh on the 17th of June?",
        "At the weigh-in that led staff to inform the GP, Mr. Cheeseman came in at",
        ["68.9 kg"],
    ),
    (
        (
            "INSERT INTO pharmacy_contacts (name, phone, email)\n"
            "VALUES ('Hollins Pharmacy', '01632 960417', 'repeats@hollinspharmacy.co.uk');"
        ),
        "Where should I email repeat prescription requests for the chemist we use?",
        "Repeat prescription orders for Hollins should be sent by email to",
        ["repeats@hollinspharmacy.co.uk"],
    ),
    (
        (
            "Cook's note for Sunday's bread-and-butter pudding: 600 ml semi-skimmed milk, 3 eggs, "
            "and swap the sultanas for chopped dried apricots because of Mrs. Dunleavy."
        ),
        "What fruit goes into the Sunday pudding instead of the usual sultanas?",
        "To suit Mrs. Dunleavy, the cook replaces the sultanas in the pudding with",
        ["dried apricots", "chopped dried apricots"],
    ),
    (
        (
            "FIRE DRILL LOG\n"
            "Previous full evacuation: 11 April 2024 (all out in 4 min 10 s)\n"
            "Next full evacuation drill: 23 October 2024"
        ),
        "Please remind me when the next whole-building fire evacuation practice is booked.",
        "The next complete fire evacuation exercise is scheduled for",
        ["23 October 2024"],
    ),
]

OTHER131_ABSENT = [
    ("What time is the evening medication round on Birchwood Wing?", "chat", 0),
    ("Who is the day senior on the Tuesday of week 22?", "chat", 3),
    ("The engineer assigned to repair the broken passenger lift is", "completion", 6),
    ("What is the keypad code for the staff room at Larkspur Grove?", "chat", 8),
    ("What is the fax number for Hollins Pharmacy?", "chat", 13),
    ("At the weigh-in on 24 June, Leonard Cheeseman's recorded weight was", "completion", 12),
    ("What is Lorna Castellane's mobile phone number?", "chat", 5),
    ("The date fixed for the residents' summer outing is", "completion", 10),
]


OTHER132 = [
    (
        ("Day 3 (Tue 13 May): 08:30 depart hostel for Mont Saint-Michel; 12:15 picnic lunch on the causeway; "
         "19:00 crepe-making workshop at Le Petit Moulin."),
        "What time are the kids leaving the hostel to head out to Mont Saint-Michel?",
        "On the third day of the trip, the group sets off from its lodgings toward the abbey island at",
        ["08:30"],
    ),
    (
        ("Surname,First name,Passport no.,GHIC expiry\n"
         "Adeyemi,Tobi,548821907,03/2027\n"
         "Brennan,Niamh,561203448,11/2026\n"
         "Castellanos,Luis,539774016,08/2028"),
        "Could you look up the number of Niamh Brennan's passport for me?",
        "The travel document Niamh Brennan is carrying bears the number",
        ["561203448"],
    ),
    (
        ("PERMISSION SLIP - Year 9 Normandy Residential\n"
         "Student: Harriet Osei    Tutor group: 9KW\n"
         "Medical notes: severe peanut allergy, carries two EpiPens\n"
         "Emergency contact: Mrs Abena Osei (mother) 07700 914362\n"
         "Signed: A. Osei    Date: 2 March"),
        "If something goes wrong with Harriet while we're away, which phone number should staff ring?",
        "Should Harriet need urgent help, teachers can reach her mum by dialling",
        ["07700 914362"],
    ),
    (
        ("Channel Crest Ferries: booking ref CC-7Q42KX confirmed - Portsmouth to Caen (Ouistreham), "
         "sailing 23:00 Sun 11 May, 1 coach, 52 passengers. Previous reference CC-7Q19MD has been cancelled."),
        "What's the reference code that's still valid for our crossing over to France?",
        "The outbound sea crossing is currently held under the reservation code",
        ["CC-7Q42KX"],
    ),
    (
        ("| Room | Occupants                    | Floor |\n"
         "| 12   | Priya, Ella, Sophie, Grace   | 1st   |\n"
         "| 14   | Josh, Kieran, Mateo, Sam     | 2nd   |\n"
         "| 15   | Aisha, Freya, Lily, Maya     | 1st   |"),
        "Which bedroom has Mateo ended up in?",
        "At night Mateo will be sleeping in the room numbered",
        ["14"],
    ),
    (
        ("[13/05, 21:47] Mr Dalloway: Headcount done, all 52 in. Lights out moved to 22:15 tonight because of "
         "the late dinner. Breakfast still at 7:45."),
        "Since dinner ran late that evening, when were the pupils meant to switch off their lights?",
        "Owing to the delayed evening meal, bedtime for the students was pushed back to",
        ["22:15"],
    ),
    (
        ("Spending money held by staff (euros)\n"
         "Oliver Grant   deposited EUR 60   spent EUR 41.50   balance EUR 18.50\n"
         "Ruby Hanlon    deposited EUR 80   spent EUR 72.20   balance EUR 7.80\n"
         "Dev Mistry     deposited EUR 50   spent EUR 23.90   balance EUR 26.10"),
        "How much of Ruby's pocket money is still left over?",
        "After all her purchases so far, the sum Ruby Hanlon still has to spend comes to",
        ["EUR 7.80"],
    ),
    (
        ("Hi Ms Whitcombe, just confirming that your driver for the whole week will be Gareth Pryce, and the "
         "coach will collect from the school gates at 04:15 on Sunday. Kind regards, Lorna, Vale Valley Coaches"),
        "Who's going to be behind the wheel of our coach?",
        "For the entire week, the person driving the group's coach will be",
        ["Pryce", "Gareth Pryce"],
    ),
    (
        ("Minutes, trip planning meeting, 4 Feb. Present: JW, RD, KM.\n"
         "3. Insurance: cover switched from Horizon Schoolcover to Trident Educational; "
         "new policy number TRD-0048812-S.\n"
         "Action: KM to email parents with the updated details."),
        "Please remind me what the number on the new insurance policy is.",
        "The replacement travel cover taken out with Trident is identified by",
        ["TRD-0048812-S"],
    ),
    (
        ("trip:\n"
         "  name: \"Normandy 2025\"\n"
         "  base: \"Auberge des Tilleuls, Bayeux\"\n"
         "  wifi_ssid: \"Tilleuls-Guest\"\n"
         "  wifi_password: \"pommier47\"\n"
         "  curfew: \"21:30\""),
        "What do the students need to type to get onto the internet where they're staying?",
        "To join the guest network at the auberge, pupils should enter the passphrase",
        ["pommier47"],
    ),
    (
        ("Pate a crepes (serves 12): 250 g flour, 4 eggs, 500 ml milk, a pinch of salt, "
         "50 g melted butter."),
        "How much milk goes into the pancake batter from the cooking workshop?",
        "The batter the pupils whisk up for their crepes needs a quantity of milk equal to",
        ["500 ml"],
    ),
    (
        ("NOTICE TO PARENTS: The return coach is now expected back at school at 6.40pm on Saturday 17 May, "
         "not 5pm as originally stated, owing to the later ferry."),
        "When should parents turn up to collect their children at the end of the trip?",
        "Families waiting outside the school on the final Saturday should expect the coach at about",
        ["6.40pm"],
    ),
    (
        ("Mum: Did you remember to pack the adaptor?? The blue one is in the drawer by the kettle, "
         "NOT the white one, that one's broken x"),
        "Which colour plug adapter did Mum want packed?",
        "According to the message from home, the travel plug that actually works is the",
        ["blue"],
    ),
    (
        ("INSERT INTO trip_payments (student_id, name, amount_gbp, paid_on) VALUES\n"
         "  (1186, 'Callum Reid', 415.00, '2025-02-03'),\n"
         "  (1187, 'Cerys Llewellyn', 415.00, '2025-01-28');"),
        "When did Cerys Llewellyn settle the cost of the trip?",
        "Cerys Llewellyn's payment for the residential went through on",
        ["2025-01-28"],
    ),
    (
        ("On the Thursday, Mrs Kaur had arranged for the whole year group to see the tapestry museum in "
         "Bayeux in the morning and then spend the afternoon at the Longues-sur-Mer battery, where the old "
         "guns still sit in their concrete casemates."),
        "Where were the students being taken on Thursday after lunch?",
        "Once the morning at the tapestry was over, the Thursday afternoon excursion went to the gun site at",
        ["Longues-sur-Mer", "the Longues-sur-Mer battery"],
    ),
    (
        ("[contacts]\n"
         "trip_leader = j.whitcombe@fernhill.sch.uk\n"
         "deputy = r.dalloway@fernhill.sch.uk\n"
         "office = office@fernhill.sch.uk"),
        "I'd like to write directly to the second-in-command on the trip - which address should I use?",
        "Messages intended for the assistant trip leader should be sent to",
        ["r.dalloway@fernhill.sch.uk"],
    ),
]

OTHER132_ABSENT = [
    ("What is Luis Castellanos's date of birth?", "chat", 1),
    ("What's the registration plate of the coach Vale Valley are sending?", "chat", 7),
    ("Oscar has been assigned to the room numbered", "completion", 4),
    ("Can you give me the phone number of the Auberge des Tilleuls?", "chat", 9),
    ("How much spending money did Harriet Osei hand over to the staff?", "chat", 6),
    ("The policy number of the old Horizon Schoolcover insurance was", "completion", 8),
    ("How long should the crepe batter be left to rest before cooking?", "chat", 10),
    ("The main switchboard telephone number of the school is", "completion", 15),
]


OTHER133 = [
    (
        ("REPAIR TICKET #RT-4471\n"
         "Member: Ines Varga\n"
         "Bike: Raleigh Pioneer, green\n"
         "Issue: rear hub grinding, loose cones\n"
         "Quoted labour: £18.50\n"
         "Ready for pickup: Thursday"),
        "What reference number was Ines Varga's rear-hub job filed under?",
        "Ines Varga's grinding-hub repair was logged under job reference",
        ["RT-4471"],
    ),
    (
        ("sku,part,bin,qty_on_hand\n"
         "CH-0931,KMC X11 chain,B4,23\n"
         "BP-2207,Shimano B01S brake pads,C2,61\n"
         "TB-0415,700x25c inner tube,A7,148\n"
         "CB-1180,brake cable 1.6mm,C5,37"),
        "How many of the 700x25c tubes do we have sitting on the shelves right now?",
        "The current stock level of 700x25c inner tubes is",
        ["148"],
    ),
    (
        ("station_id,name,capacity,status\n"
         "DS-07,Canal Basin,18,active\n"
         "DS-12,Rookery Lane,24,active\n"
         "DS-15,Old Tram Depot,30,active\n"
         "DS-19,Pelham Steps,12,offline"),
        "Which street or spot does the bike-share dock coded DS-12 go by?",
        "The docking point carrying the identifier DS-12 is called",
        ["Rookery Lane"],
    ),
    (
        ("From: Priya Halvorsen <priya.h@brightwheel.coop>\n"
         "Subject: Re: annual membership\n"
         "Hi Tomas - your renewal went through fine. Your new member number is 20938417; "
         "keep it handy for bike-share unlocks. Cheers, Priya"),
        "After Tomas renewed, what ID did the co-op give him?",
        "The fresh co-op identification number Tomas received on renewing is",
        ["20938417"],
    ),
    (
        ("VOLUNTEER MECHANICS ROTA - MARCH\n"
         "Tue 18:00-21:00  Okonkwo, Bellamy\n"
         "Thu 18:00-21:00  Fenwright, Dabrowski\n"
         "Sat 10:00-14:00  Marchetti (wheel-building clinic)\n"
         "Sun  closed"),
        "Who leads the weekend session where people learn to build wheels?",
        "The volunteer running the Saturday morning wheel workshop is",
        ["Marchetti"],
    ),
    (
        ('{"bike_id": "SHB-0562", "status": "in_maintenance", "battery_pct": 41, '
         '"last_dock": "DS-07", "firmware": "2.14.3", "odometer_km": 3812}'),
        "Which software release is e-bike SHB-0562 currently running?",
        "The firmware build installed on bike SHB-0562 is version",
        ["2.14.3"],
    ),
    (
        ("When old Ferris finally retired the co-op's wooden truing stand, he painted it a shade "
         "he insisted on calling mackerel teal and hung it above the workshop door as a sign."),
        "What colour did Ferris paint the old wheel-truing stand before putting it up over the entrance?",
        "Before it went up over the door, the retired truing stand was given a coat of",
        ["mackerel teal"],
    ),
    (
        ("\"The torque spec on those carbon seatpost clamps is 5.2 newton-metres, not a hair more,\" "
         "Dabrowski warned the new volunteer. \"The alloy ones on the loaner bikes take 6 Nm.\""),
        "How hard am I allowed to tighten a carbon seat-post clamp?",
        "For a carbon seatpost clamp, the maximum tightening force allowed is",
        ["5.2 newton-metres"],
    ),
    (
        ("2024-06-03T07:42:19Z WARN dock-ctl[DS-15] slot 22 lock jam detected; "
         "bike SHB-0788 released manually by tech vk-319"),
        "At station DS-15, which bay had the stuck lock on the morning of 3 June?",
        "The locking fault at DS-15 on 3 June happened in slot number",
        ["22"],
    ),
    (
        ("BRIGHTWHEEL BIKE CO-OP - RECEIPT 00871\n"
         "1x Schwalbe Marathon tyre 700x35    £27.00\n"
         "1x rim tape 18mm                     £3.20\n"
         "Workshop stand hire (2h)             £6.00\n"
         "TOTAL                               £36.20\n"
         "Paid: card"),
        "What did the whole purchase on receipt 00871 come to in the end?",
        "Altogether, the bill on receipt 00871 added up to",
        ["£36.20"],
    ),
    (
        ("Minutes, co-op general meeting, 14 Feb: motion to move the spring swap meet from "
         "12 April to 26 April carried 19-4; Lotte Aaltonen to book the church hall."),
        "When is the spring bike swap taking place now, after the change?",
        "Following the members' vote, the spring swap meet was pushed back to",
        ["26 April"],
    ),
    (
        ("Text from Jonah (bike-share ops): \"Van's picking up the rebalancing load from Canal "
         "Basin at 16:45 today, not 15:30 - traffic on the ring road.\""),
        "Please remind me what time the van is now collecting bikes at Canal Basin.",
        "The rebalancing van's revised collection time at Canal Basin is",
        ["16:45"],
    ),
    (
        ("bikeshare:\n"
         "  pricing:\n"
         "    unlock_fee_pence: 100\n"
         "    per_minute_pence: 12\n"
         "    day_pass_pence: 850\n"
         "  support_email: fixit@brightwheel.coop"),
        "Which address should riders email if they need help with the bike-share?",
        "Riders who run into trouble with a hire should write to",
        ["fixit@brightwheel.coop"],
    ),
    (
        ("INSERT INTO frames (serial, make, donor, intake_date) VALUES "
         "('WTU204K7713C', 'Dawes Galaxy', 'Hendrika Smeets', '2023-09-09');"),
        "Could you tell me the frame number stamped on the Dawes Galaxy that Hendrika gave us?",
        "The serial engraved under the bottom bracket of the donated Dawes Galaxy reads",
        ["WTU204K7713C"],
    ),
    (
        ("Degreaser mix for the parts washer: 1 part citrus concentrate to 9 parts warm water, "
         "plus a capful of washing soda."),
        "How much water goes into the parts-washer cleaning solution per measure of citrus concentrate?",
        "For every single part of citrus concentrate, the washer solution takes",
        ["9 parts", "9 parts warm water"],
    ),
    (
        ("SHIPPING LABEL\n"
         "FROM: Brightwheel Bike Co-op, Unit 3, Kessock Yard, Dundridge DD7 4QP\n"
         "TO:   Velonorth Supplies, Gairloch Industrial Estate\n"
         "Contents: returned derailleurs (4)"),
        "Where was the box of returned derailleurs being shipped to?",
        "The parcel of sent-back derailleurs was addressed to Velonorth Supplies at",
        ["Gairloch", "Gairloch Industrial Estate"],
    ),
]

OTHER133_ABSENT = [
    ("What phone number did Ines Varga leave when she dropped her bike off?", "chat", 0),
    ("How many KMC X12 chains are in stock?", "chat", 1),
    ("What's the battery level on bike SHB-0563?", "chat", 5),
    ("Which cashier rang up receipt 00871?", "chat", 9),
    ("How much does a monthly bike-share pass cost?", "chat", 12),
    ("The volunteer mechanic covering the Wednesday evening shift is", "completion", 4),
    ("The number of members who abstained on the swap-meet motion was", "completion", 10),
    ("The frame size of the donated Dawes Galaxy, in centimetres, is", "completion", 13),
]


OTHER134 = [
    (
        "REHEARSAL SCHEDULE - WEEK 3\n"
        "Tue 14 Oct  18:30-21:30  Strings sectional, Pelham Room\n"
        "Wed 15 Oct  19:00-22:00  Full orchestra, Marlow Hall\n"
        "Sat 18 Oct  10:15-13:00  Dress rehearsal, Marlow Hall",
        "In which room are the string players meeting on their own on Tuesday evening?",
        "Tuesday's strings-only session takes place in the",
        ["Pelham Room"],
    ),
    (
        "Seating, Second Violins (autumn season): Desk 1 - Ilse Varndean (principal), Tomasz Orlik; "
        "Desk 2 - Priya Menon-Hale, Gareth Bulmer; Desk 3 - Ruth Ekwueme, Joss Talbot.",
        "Who is leading the second fiddle section this autumn?",
        "The player heading up the seconds for the autumn concerts is",
        ["Ilse Varndean"],
    ),
    (
        "loan_id,title,parts,borrower,due\n"
        "L-0417,Sibelius Symphony No. 2,62,Harrowgate Youth Orchestra,2024-11-30\n"
        "L-0418,Elgar Enigma Variations,58,Corvin Chamber Players,2024-12-07\n"
        "L-0419,Dvorak Serenade for Strings,31,St Aldric School,2024-11-16",
        "By when does the Corvin group have to send back the Elgar parts they borrowed from our library?",
        "The Enigma set lent out to the Corvin ensemble must be returned by",
        ["2024-12-07"],
    ),
    (
        "Clause 7.2: The Hirer shall pay the Venue a non-refundable deposit of \u00a32,850.00 no later "
        "than sixty (60) days before the first performance date.",
        "How much money does the hall want up front that we can never get back?",
        "The advance the venue keeps regardless of cancellation amounts to",
        ["\u00a32,850.00"],
    ),
    (
        "Box office close, 'Pictures at an Exhibition' (Sat): tickets sold 1,146; comps issued 38; "
        "returns 12; gross receipts \u00a324,310.",
        "Could you tell me how many seats were actually paid for at the Mussorgsky concert?",
        "Paying customers for the Saturday Mussorgsky programme numbered",
        ["1,146"],
    ),
    (
        "From: Anneliese Korbel <a.korbel@fenmereso.org>\n"
        "Subject: Brahms 4, second movement\n"
        "Dear all - I have decided to take the Andante moderato at quaver = 76 rather than the 88 we "
        "used last season. Please pencil it into your parts. - A.K.",
        "What metronome speed has the conductor now settled on for the slow movement of the Brahms?",
        "For the Brahms Andante this season, the maestra wants a quaver pulse of",
        ["76"],
    ),
    (
        "Item | Owner | Serial | Agreed value\n"
        "Cello, Vuillaume c.1855 | R. Ekwueme | VU-1855-0392 | \u00a3186,000\n"
        "Violin, Gagliano 1762 | I. Varndean | GG-62-1147 | \u00a3240,000\n"
        "Double bass, Panormo | H. Ferris | PN-0811-77 | \u00a372,500",
        "Please look up the serial number recorded for the Gagliano violin on our insurance cover.",
        "On the policy, the 1762 Italian fiddle is identified by serial number",
        ["GG-62-1147"],
    ),
    (
        "Lena (stage mgr), 17:42: Harp van stuck on the A614 - new ETA at the hall is 19:05, not 18:20. "
        "Tell Hamid pls.",
        "When is the harp now expected to turn up at the venue?",
        "According to the stage manager's latest text, the harp should now reach the hall at",
        ["19:05"],
    ),
    (
        "season:\n"
        "  name: \"Tides & Thresholds\"\n"
        "  year: 2024-25\n"
        "  box_office_url: https://tickets.fenmereso.org/season\n"
        "  support_email: boxoffice@fenmereso.org",
        "Which address should I write to if something goes wrong with my ticket order?",
        "Ticketing problems should be emailed to",
        ["boxoffice@fenmereso.org"],
    ),
    (
        "Minutes, Board meeting 3 March. Item 4: The board approved raising the per-service fee for "
        "extra players from \u00a3135 to \u00a3148, effective from the spring concert.",
        "What do freelance extras get paid for each call now?",
        "Following the board's decision, each additional player is paid per service",
        ["\u00a3148"],
    ),
    (
        "Interval reception punch (serves 40): 3 litres cranberry juice, 750 ml ginger ale, "
        "2 oranges sliced, a handful of fresh mint.",
        "How much ginger ale goes into the punch served at the interval?",
        "The quantity of ginger ale poured into the reception punch is",
        ["750 ml"],
    ),
    (
        "NOTICE TO PLAYERS: Concert dress for the Christmas concert is all black, with a scarlet bow tie "
        "or scarf. The accent colour for the New Year gala remains midnight blue.",
        "What colour should the neckwear be for the festive show in December?",
        "For the Christmas performance, bow ties and scarves are to be",
        ["scarlet"],
    ),
    (
        "INSERT INTO players (id, name, instrument, joined) VALUES\n"
        "  (311, 'Hamid Rostami', 'timpani', 2019),\n"
        "  (312, 'Cosima Threlfall', 'contrabassoon', 2021);",
        "What does Hamid Rostami play in the orchestra?",
        "Hamid Rostami sits at the back of the band playing",
        ["timpani"],
    ),
    (
        "2024-10-19 21:48:03 [scoreviewer] INFO tablet firmware updated 4.12.7 -> 4.13.0 on 24 devices",
        "Which firmware release are the players' score tablets running after the update?",
        "Following the upgrade, the musicians' tablets now run firmware version",
        ["4.13.0"],
    ),
    (
        "Strings & Things Ltd - Receipt 88213-C\n"
        "4 x Pirastro Evah Pirazzi A strings    \u00a371.80\n"
        "1 x rosin, dark                        \u00a39.50\n"
        "Total paid                             \u00a381.30",
        "What's the reference number on that slip from the string supplier?",
        "The till slip from the string shop carries the number",
        ["88213-C"],
    ),
    (
        "\"We've found our guest soloist for the Rachmaninov,\" said the artistic director, beaming. "
        "\"Her name is Odalys Ferreira-Quist, and she flies in from Lisbon on the ninth.\"",
        "Who will be the visiting pianist for the Rachmaninov concerto?",
        "The guest artist engaged to play the Rachmaninov is",
        ["Odalys Ferreira-Quist"],
    ),
]

OTHER134_ABSENT = [
    ("Who is conducting the dress rehearsal on Saturday 18 October?", "chat", 0),
    ("Which desk is Nathaniel Orlik seated at in the second violins?", "chat", 1),
    ("How many members does the Corvin Chamber Players ensemble have?", "chat", 2),
    ("The agreed insured value of the orchestra's Amati viola is", "completion", 6),
    ("What is the telephone number for the box office?", "chat", 8),
    ("When did the oboist Felix Aranda join the orchestra?", "chat", 12),
    ("The guest soloist's flight from Lisbon lands at terminal", "completion", 15),
    ("The strings on receipt 88213-C were paid for with the card ending in", "completion", 14),
]


OTHER135 = [
    (
        ("STAND ALLOCATION - TUE 14 MAY\n"
         "Flight  ETA   Stand\n"
         "BE2231  0705  S3\n"
         "XY412   0740  S7B\n"
         "LM88    0815  S2"),
        "Where has the 07:40 arrival, XY412, been told to park?",
        "Tuesday's allocation puts flight XY412 on parking position",
        ["S7B"],
    ),
    (
        ("reg,date,fuel,uplift_litres\n"
         "G-OKRA,2024-05-14,Jet A-1,4870\n"
         "G-LNDR,2024-05-14,Jet A-1,3125\n"
         "G-OKRA,2024-05-13,Jet A-1,2290"),
        "Could you tell me how much kerosene was pumped into G-OKRA on the 14th?",
        "The amount of fuel, in litres, taken on by G-OKRA on 14 May was",
        ["4870"],
    ),
    (
        ("LOST PROPERTY REGISTER\n"
         "Ref 0416 | Found: security search area | Black laptop charger | Unclaimed\n"
         "Ref 0417 | Found: Gate 2 seating | Navy umbrella, duck-head handle | Claimed by Priya Ramdass, 15/05"),
        "Who came back for the umbrella with the duck-shaped handle?",
        "The navy umbrella left by Gate 2 was eventually collected by",
        ["Priya Ramdass"],
    ),
    (
        ("A0193/24 NOTAMN\n"
         "Q) EGXF/QMXLC/IV/M/A/000/999/\n"
         "A) EGXF B) 2405200600 C) 2405241800\n"
         "E) TWY C CLSD BTN TWY C2 AND C4 DUE WIP."),
        "What's the reference of the notice announcing the works closure on taxiway Charlie?",
        "The closure of taxiway C between C2 and C4 was published under notice number",
        ["A0193/24"],
    ),
    (
        ("DE-ICING ROTA - WEEK 20\n"
         "Wed 15 May  Crew A  on 04:30  off 12:30\n"
         "Thu 16 May  Crew B  on 05:15  off 13:15\n"
         "Fri 17 May  Crew A  on 04:45  off 12:45"),
        "When does Crew B have to clock in on Thursday for the anti-icing shift?",
        "On Thursday 16 May, the de-icing team starts its shift at",
        ["05:15"],
    ),
    (
        ("Hi Duty Manager, please note our new AOG desk number is 01632 960 418. "
         "The old 01632 960 117 line will be switched off on Friday. - Brightwing Handling"),
        "What's the current phone number for the handling agent's aircraft-on-ground line?",
        "To reach Brightwing's AOG desk now, you should dial",
        ["01632 960 418"],
    ),
    (
        ("tag_no,pax_name,flight,final_dest,kg\n"
         "0157884213,OKONJO/ADE MR,BE2231,Bergen,23.4\n"
         "0157884214,OKONJO/FUNMI MRS,BE2231,Stavanger,19.8"),
        "Where will Mrs Okonjo's checked bag finally end up?",
        "The bag tagged 0157884214 is routed through to",
        ["Stavanger"],
    ),
    (
        ("gpu_units:\n"
         "  - id: GPU-03\n"
         "    stand: S2\n"
         "    service_due: 2024-07-19\n"
         "  - id: GPU-04\n"
         "    stand: S5\n"
         "    service_due: 2024-06-03"),
        "When is the ground power unit parked at stand S5 next due for maintenance?",
        "Ground power unit GPU-04 must go in for its service on",
        ["2024-06-03"],
    ),
    (
        ("2024-05-14T06:52:11Z WARN bridge-ctrl: jet bridge J2 hydraulic pressure low "
         "(value=118 bar, min=140 bar)"),
        "What reading did the hydraulics on air bridge J2 show when the alarm went off?",
        "At the time of the warning, the pressure measured in J2's hydraulic system was",
        ["118 bar"],
    ),
    (
        ("RECEIPT No. 5521 - Northfield Aviation Services\n"
         "Lavatory service, ATR 72, stand S4 ..... £85.00\n"
         "Potable water top-up ................... £42.50\n"
         "TOTAL .................................. £127.50"),
        "How much were we charged for refilling the drinking water?",
        "Northfield billed the fresh-water replenishment at",
        ["£42.50"],
    ),
    (
        ("[SMS 21:07] Dale: heads up - follow-me tonight is the yellow van, FM2. "
         "The orange one's in the workshop till Weds."),
        "What colour is the vehicle that'll be guiding aircraft to their stands tonight?",
        "This evening's lead vehicle for taxiing aircraft is the one painted",
        ["yellow"],
    ),
    (
        ("Minutes, Airside Safety Committee, 9 May. Item 4 - Bird strike risk: agreed that the "
         "falconry contractor, Hawkstone Raptor Services, will start dawn patrols from 3 June. "
         "Action: R. Mbeki."),
        "Which firm was engaged to fly hawks over the airfield to scare birds away?",
        "The committee handed the dawn bird-dispersal patrols to a company called",
        ["Hawkstone Raptor Services"],
    ),
    (
        ("NOTICE TO ALL AIRSIDE DRIVERS\n"
         "With effect from 1 June the apron speed limit is 15 mph (previously 20 mph).\n"
         "Within 10 m of a parked aircraft: 5 mph."),
        "How fast may vehicles now go on the apron in general?",
        "From June, the maximum permitted driving speed across the apron becomes",
        ["15 mph"],
    ),
    (
        ("INSERT INTO airside_passes (holder, pass_no, expiry)\n"
         "VALUES ('Gwen Althorpe', 'ASP-30917', '2025-01-31'),\n"
         "       ('Lee Carver', 'ASP-30918', '2024-11-30');"),
        "Please look up the ID on Gwen Althorpe's airside permit.",
        "The security pass issued to Gwen Althorpe carries the number",
        ["ASP-30917"],
    ),
    (
        ("'If the loadsheet is late again,' Marguerite said, tapping the whiteboard, "
         "'don't ring me - write to loadcontrol@fernleigh-airport.co.uk instead.'"),
        "Where should I send a message if the weight-and-balance paperwork is delayed?",
        "According to Marguerite, complaints about a late loadsheet should go by email to",
        ["loadcontrol@fernleigh-airport.co.uk"],
    ),
    (
        ("# dcs_config.py - departure control client\n"
         "DCS_CLIENT_VERSION = \"7.3.14\"\n"
         "CHECKIN_OPEN_MIN = 120\n"
         "BAG_DROP_CLOSE_MIN = 40"),
        "Which release of the departure-control software are the check-in desks running?",
        "The check-in client for departure control is on version",
        ["7.3.14"],
    ),
]

OTHER135_ABSENT = [
    ("Which stand was allocated to flight XY417?", "chat", 0),
    ("Who signed off the fuel delivery to G-LNDR?", "chat", 1),
    ("What phone number should be called with questions about the taxiway Charlie closure?", "chat", 3),
    ("Who is the manager in charge of Brightwing's AOG desk?", "chat", 5),
    ("How much is the contract with Hawkstone Raptor Services worth?", "chat", 11),
    ("The date of birth recorded for Gwen Althorpe is", "completion", 13),
    ("The registration plate of the orange follow-me van is", "completion", 10),
    ("The hostname of the departure control server is", "completion", 15),
]


OTHER136 = [
    (
        ("Thursday 12 June \u2014 Surgery 2 (Dr. Okonjo)\n"
         "09:10  Reuben Castellano \u2014 scale & polish\n"
         "11:25  Maud Halvorsen \u2014 check-up\n"
         "14:40  Theo Lindqvist \u2014 filling, lower left 6\n"
         "16:05  Priya Anand \u2014 crown fit"),
        "When does the Lindqvist lad need to turn up on Thursday to get his tooth filled?",
        "Theo Lindqvist's filling appointment on Thursday 12 June starts at",
        ["14:40"],
    ),
    (
        ("case_id,patient,item,lab,due_back\n"
         "LW-58213-K,A. Moreau,zirconia crown UR6,Finchley Dental Lab,2025-06-18\n"
         "LW-58207-B,G. Oduya,acrylic partial denture,Harcourt Prosthetics,2025-06-20\n"
         "LW-58219-M,S. Brannigan,night guard,Finchley Dental Lab,2025-06-23"),
        "Which reference is the lab using for the bite splint being made for Brannigan?",
        "The lab case number attached to S. Brannigan's night guard is",
        ["LW-58219-M"],
    ),
    (
        ("AUTOCLAVE B \u2014 STERILISATION LOG\n"
         "Cycle 318404 | 08:02 | 134\u00b0C / 3.5 min | PASS | init. KD\n"
         "Cycle 318405 | 10:47 | 134\u00b0C / 3.5 min | FAIL (door seal) | init. KD\n"
         "Cycle 318406 | 11:15 | 134\u00b0C / 3.5 min | PASS | init. RT"),
        ("Could you tell me the number of the successful rerun on Autoclave B that came right "
         "after the run which failed on the door seal?"),
        "The rerun that passed after the door-seal failure on Autoclave B was logged as cycle",
        ["318406"],
    ),
    (
        ("Dear Mr. Pemberton-Shaw, our records show that you are now due your routine six-monthly "
         "examination. We have reserved a provisional slot for you on 9 March 2026 at our Elm Row "
         "surgery; please call us if this does not suit."),
        "On what day has a tentative exam been pencilled in for Mr. Pemberton-Shaw?",
        "The provisional check-up slot set aside for Mr. Pemberton-Shaw falls on",
        ["9 March 2026"],
    ),
    (
        ("Medisupply Direct \u2014 price list (ex VAT)\n"
         "Nitrile gloves, medium, box of 200 ........ \u00a314.60\n"
         "Alginate impression material, 500 g ....... \u00a311.95\n"
         "Fluoride varnish, 50 x 0.4 ml unit doses ... \u00a347.85\n"
         "Saliva ejectors, pack of 100 .............. \u00a33.20"),
        "How much does Medisupply want for the pack of single-use fluoride varnish doses, before tax?",
        "Before VAT, a pack of fifty fluoride varnish unit doses from Medisupply Direct costs",
        ["\u00a347.85"],
    ),
    (
        ("MEMO from the practice manager: The staff entrance keypad code has been changed. The old "
         "code 2917 will stop working on Monday; from then on please use 5832. Do not write it on "
         "the rota board."),
        "What are we meant to punch into the back-door keypad from Monday onwards?",
        "From Monday, staff get in through the back entrance by keying in",
        ["5832"],
    ),
    (
        ("INTRAORAL X-RAY SERVICE RECORD\n"
         "Unit: Radiant W-60 wall unit, Surgery 3\n"
         "Serial no.: XR7-0094-QF\n"
         "Engineer: D. Ferreira, 4 Feb 2025\n"
         "Tube leakage at 1 m: 0.12 mGy/h (limit 1.0)\n"
         "Output consistency: within 5%\n"
         "Result: fit for use"),
        "What leakage reading did the engineer get off the Surgery 3 X-ray tube?",
        "Measured one metre away, the tube head in Surgery 3 was found to leak",
        ["0.12 mGy/h"],
    ),
    (
        ("[sms_reminders]\n"
         "enabled = true\n"
         "sender_name = BrightMolar\n"
         "send_days_before = 2\n"
         "quiet_hours = 21:00-08:00"),
        "Which name shows up as the sender when patients get their text reminders?",
        "Appointment reminder texts arrive on patients' phones appearing to come from",
        ["BrightMolar"],
    ),
    (
        ("\"Who's doing my cleaning today?\" asked Mr. Doyle. The receptionist checked the screen. "
         "\"You're with our hygienist, Ingrid Kowalczyk \u2014 Surgery 4, just past the water "
         "cooler.\""),
        "Please remind me who Mr. Doyle was seeing for his scale and polish.",
        "Mr. Doyle was told his cleaning would be done by the hygienist",
        ["Kowalczyk", "Ingrid Kowalczyk"],
    ),
    (
        ("From: Lab liaison\nTo: All dentists\nSubject: Lab orders\n"
         "From 1 July, Harcourt Prosthetics wants digital scans sent to "
         "cases@harcourt-prosthetics.co.uk rather than the old info@ address, which is no longer "
         "monitored."),
        "Where am I supposed to email intraoral scans for Harcourt these days?",
        "Intraoral scans meant for Harcourt Prosthetics should now be emailed to",
        ["cases@harcourt-prosthetics.co.uk"],
    ),
    (
        ("Text from Jo (Tue 16:12): chair people rang \u2014 the new waiting room chairs came in "
         "mustard yellow, not the navy we ordered. Keep them or send back?"),
        "What colour did the replacement seating for the waiting area actually turn up in?",
        "Instead of navy, the seats delivered for the waiting room turned out to be",
        ["mustard yellow"],
    ),
    (
        ("Minutes, staff meeting 3 April: (1) Agreed to open a second surgery in Little Wexcombe, "
         "above the pharmacy on Mill Street, from September. (2) Hygiene sessions to move to "
         "Wednesdays. (3) Christmas party venue TBC."),
        "In which village is the practice going to set up its new branch?",
        "From September the practice will run an additional surgery in the village of",
        ["Little Wexcombe"],
    ),
    (
        ("2025-05-14 07:58:31 INFO updater: ChairSide Pro upgraded from 4.9.7 to 4.11.2 on "
         "RECEPTION-PC; restart required."),
        "Which release of the ChairSide Pro software is the front desk machine on now?",
        "Following the May update, the reception computer runs ChairSide Pro version",
        ["4.11.2"],
    ),
    (
        ("RECEIPT \u2014 Elm Row Family Dental\n"
         "Patient: Corinne Abbott\n"
         "Treatment: root canal, UL4\n"
         "Paid: \u00a3212.40 (card)\n"
         "Insurer: DentaCover, policy no. 4409182736\n"
         "Thank you!"),
        "I need Corinne Abbott's dental cover policy reference, can you find it?",
        "The DentaCover policy under which Corinne Abbott claimed is numbered",
        ["4409182736"],
    ),
    (
        ("Every child who sat bravely through a check-up at Elm Row went home with a sticker of the "
         "practice mascot, a grinning cartoon tooth in a cape called Captain Flossworth."),
        "What's the caped tooth character on the kids' stickers called?",
        "The cartoon tooth printed on the children's bravery stickers goes by the name",
        ["Flossworth", "Captain Flossworth"],
    ),
    (
        ("PATIENT WI-FI\n"
         "Network: ElmRow-Guest\n"
         "Password: molar-sunrise-82\n"
         "(Staff network is separate \u2014 please do not ask reception for it.)"),
        "What do I type in to get the guest internet working while I wait?",
        "To join the guest wireless network, patients enter the passphrase",
        ["molar-sunrise-82"],
    ),
]

OTHER136_ABSENT = [
    ("Which dentist is working in Surgery 1 on Thursday 12 June?", "chat", 0),
    ("What tooth shade was requested for A. Moreau's zirconia crown?", "chat", 1),
    ("Whose initials are against autoclave cycle 318402?", "chat", 2),
    ("Mr. Pemberton-Shaw's last hygiene visit took place on", "completion", 3),
    ("How much does Medisupply charge for a box of large latex gloves?", "chat", 4),
    ("The combination for the stockroom padlock is", "completion", 5),
    ("What phone number can I reach the engineer who serviced the Surgery 3 X-ray unit on?", "chat", 6),
    ("The new Little Wexcombe surgery will be led by Dr.", "completion", 11),
]


OTHER137 = [
    (
        "WRENBROOK HIRE FLEET REGISTER (extract)\n"
        "boat_name,length,berths,home_base\n"
        "Dabchick,45 ft,4,Hollin Lock\n"
        "Kingfisher Lass,57 ft,6,Copperhill Basin\n"
        "Otter's Pocket,62 ft,8,Copperhill Basin\n"
        "Whimbrel,50 ft,5,Hollin Lock",
        "How long is the Kingfisher Lass narrowboat, end to end?",
        "Measured from bow to stern, the Kingfisher Lass comes to",
        ["57 ft"],
    ),
    (
        "Subject: Your canal holiday is confirmed\n"
        "Dear Mr and Mrs Penhallow, thank you for choosing Wrenbrook Hire. Your boat Dabchick is reserved "
        "from Saturday 14 June for seven nights.\n"
        "Please quote booking reference WBH-4471-K in all correspondence.",
        "Could you tell me the reference code the Penhallows were given for their boat reservation?",
        "Whenever they write to the hire company, the Penhallows must cite the code",
        ["WBH-4471-K"],
    ),
    (
        "LOCK 21 (HOLLIN) - KEEPER'S LOG, 9 AUGUST\n"
        "09:10  Whimbrel through, downbound, crew of 3\n"
        "11:52  Otter's Pocket through, upbound, paddle left raised - spoke to steerer\n"
        "14:35  Drumbeat through, upbound\n"
        "16:20  Dabchick through, downbound",
        "At what time of day did the boat called Drumbeat get through the Hollin lock?",
        "According to the keeper, the narrowboat Drumbeat cleared Lock 21 at",
        ["14:35"],
    ),
    (
        "# pump-out rota, summer season\n"
        "pump_out:\n"
        "  - boat: Marsh Harrier\n"
        "    station: Bramble Wharf\n"
        "    day: Thursday\n"
        "  - boat: Whimbrel\n"
        "    station: Hollin Lock services\n"
        "    day: Monday",
        "Where is the Marsh Harrier supposed to go to have its toilet tank emptied?",
        "The holding tank of the Marsh Harrier gets emptied every week at",
        ["Bramble Wharf"],
    ),
    (
        "BREAKDOWN CALL SHEET\n"
        "Caller: Ms J. Oyelaran   Boat: Otter's Pocket\n"
        "Location: below Sallow Bridge 14\n"
        "Fault: prop fouled with mattress, engine stalls in reverse\n"
        "Engineer dispatched: Hamish Okonjo   ETA: 40 min",
        "Who was sent out to deal with the fouled propeller on Otter's Pocket?",
        "The mechanic who went to rescue Ms Oyelaran's stalled boat was",
        ["Hamish Okonjo", "Engineer Hamish Okonjo"],
    ),
    (
        "Dear all at the boatyard - having a glorious time! The children have decided the heron that follows "
        "us from lock to lock is called Bartholomew, and they wave to him every morning. Back Saturday, "
        "sunburnt but happy. Love, the Quayles (aboard Whimbrel)",
        "What name did the Quayle kids give to the bird that kept trailing their boat?",
        "On their postcard, the Quayle family said the heron shadowing them had been christened",
        ["Bartholomew"],
    ),
    (
        "Visitor mooring charges (per night, boats up to 60 ft)\n"
        "| Mooring            | Summer | Winter |\n"
        "| Hollin Lock        | £12.00 | £8.50  |\n"
        "| Copperhill Basin   | £18.40 | £11.20 |\n"
        "| Sallow Bridge      | free   | free   |",
        "In the summer months, how much does it cost to tie up overnight at Copperhill Basin?",
        "A single summer night's mooring at Copperhill Basin will set you back",
        ["£18.40"],
    ),
    (
        "-- repaint completed 2 May; was 'bottle green'\n"
        "UPDATE boats\n"
        "SET hull_colour = 'damson red'\n"
        "WHERE name = 'Otter''s Pocket';",
        "After its repaint, what shade is the hull of Otter's Pocket now?",
        "Following the May repaint, the hull of Otter's Pocket is",
        ["damson red"],
    ),
    (
        "Hi Col, heads up - the padlock code on the boatyard gate got changed this morning. "
        "It's no longer 4417, new one is 80932. Don't give it to the fishermen! - Bev",
        "What number do I punch in now to open the boatyard gate?",
        "Bev texted that the gate padlock now opens with",
        ["80932"],
    ),
    (
        "2024-06-11T08:02:17Z WARN bilge_sensor boat=Whimbrel unit_serial=BX7-220-QT level=HIGH "
        "pump=auto_on prev_alert=2024-06-09T22:41:03Z",
        "Which serial number belongs to the bilge sensor that raised the high-water warning on Whimbrel?",
        "The sensor unit that flagged high water in Whimbrel's bilge has the serial",
        ["BX7-220-QT"],
    ),
    (
        "Minutes, Wrenbrook Hire directors' meeting, 17 October\n"
        "Present: G. Ashdown (chair), P. Mistry, L. Conway\n"
        "Item 3: Three quotes received for winter hull blacking. Agreed that the contract be awarded to "
        "Felsham & Daughters; Tidewell Marine to be kept as reserve.\n"
        "Item 4: Price list for 2025 deferred to November.",
        "Which firm won the job of blacking the hulls this winter?",
        "The directors chose to give the winter hull-blacking work to",
        ["Felsham & Daughters"],
    ),
    (
        "WRENBROOK CHANDLERY - RECEIPT #0582\n"
        "Windlass (spare) x2 ........ £19.00\n"
        "Mooring pins x4 ............ £14.00\n"
        "Tiller pin, brass .......... £8.75\n"
        "TOTAL ...................... £41.75   Paid: card",
        "What did the chandlery purchase come to altogether?",
        "Adding up windlasses, pins and the brass tiller pin, the bill totalled",
        ["£41.75"],
    ),
    (
        "NOTICE TO BOATERS: STOPPAGE\n"
        "The Hazelford Flight (locks 8-13) will be closed to navigation from 3 March until 21 March 2025 "
        "inclusive while the bottom gates are replaced. Towpath remains open.",
        "Until when will boats be unable to use the Hazelford locks?",
        "Navigation through the Hazelford Flight will not resume until after",
        ["21 March 2025"],
    ),
    (
        "{\n"
        '  "company": "Wrenbrook Hire",\n'
        '  "support_email": "afloat@wrenbrookhire.co.uk",\n'
        '  "sales_email": "book@wrenbrookhire.co.uk",\n'
        '  "emergency_line": true\n'
        "}",
        "Which address should I write to if I need help from the company's support team?",
        "Customers needing assistance are directed to the mailbox",
        ["afloat@wrenbrookhire.co.uk"],
    ),
    (
        "\"Mind Tollgate Bridge,\" said Mrs Arkwright, handing over the windlass. \"Headroom's only "
        "1.83 metres there, so take the chimney off before you go under, or you'll lose it.\"",
        "How much clearance is there under Tollgate Bridge, according to Mrs Arkwright?",
        "Mrs Arkwright warned that the gap beneath Tollgate Bridge is just",
        ["1.83 metres"],
    ),
    (
        "# on the office laptop, update the GPS tracker tool\n"
        "$ pip install --upgrade tillerlog==2.14.7\n"
        "$ tillerlog sync --fleet wrenbrook",
        "Which release of tillerlog is the office laptop supposed to be upgraded to?",
        "The boat-tracking package on the office laptop gets pinned to version",
        ["2.14.7"],
    ),
]

OTHER137_ABSENT = [
    ("What horsepower is the engine fitted in Kingfisher Lass?", "chat", 0),
    ("Can you give me the Penhallows' home telephone number from their booking?", "chat", 1),
    ("The winter nightly charge for mooring at Copperhill Marina is", "completion", 6),
    ("What was the registration plate of the van Hamish Okonjo drove out?", "chat", 4),
    ("The firmware version running on Whimbrel's bilge sensor is", "completion", 9),
    ("Which contractor is fitting the new gates on the Hazelford Flight?", "chat", 12),
    ("The Wi-Fi password for the boatyard office is", "completion", 8),
    ("What licence key does the office use to activate tillerlog?", "chat", 15),
]


OTHER138 = [
    (
        ("PITCH PLAN - Saturday, Canal Yard Night Market\n"
         "Pitch 14: Mama Oyelaran's Suya (grill, needs 16A)\n"
         "Pitch 15: Dumpling Dynasty (steamers)\n"
         "Pitch 16: The Crepe Shack (2 x hotplate)\n"
         "Pitch 17: Ceviche Norte (cold, no power)"),
        "Which trader has been given spot number 16 on the Saturday layout?",
        "On the Saturday layout, the stall allocated to spot number 16 is",
        ["The Crepe Shack"],
    ),
    (
        ("FOOD HYGIENE RATING\n"
         "Business: Lotus Leaf Bao Co.\n"
         "Rating: 4 (Good)\n"
         "Date of inspection: 9 March 2023\n"
         "Certificate no. FHR-77315-KB"),
        "What's the serial printed on the bao stall's food-safety certificate?",
        "The hygiene certificate issued to Lotus Leaf Bao Co. carries the number",
        ["FHR-77315-KB"],
    ),
    (
        ("GEN-2 fuel log\n"
         "18:05  refilled 22.5 L diesel  (T. Marsh)\n"
         "20:40  refilled 17.8 L diesel  (T. Marsh)\n"
         "23:15  refilled 9.4 L diesel   (R. Ibe)"),
        "How much fuel did R. Ibe pour into the second generator on the late top-up?",
        "The final top-up of the second generator, done by R. Ibe, added",
        ["9.4 L", "9.4 L diesel"],
    ),
    (
        ("#market-ops  [21:12] priya.n: heads up - the grease trap by the east gate is "
         "overflowing again, I've called Drainwise, their van should be here in 40 min"),
        "Which company did Priya ring about the blocked fat trap near the eastern entrance?",
        "For the overflowing grease trap near the east entrance, Priya phoned a firm called",
        ["Drainwise"],
    ),
    (
        ("Dear Mr Haddad, I am pleased to confirm that your street trading licence "
         "(ref. STL/2024/0388), previously due to lapse on 30 April 2025, has been renewed "
         "and will now expire on 31 October 2025. Yours sincerely, Licensing Officer, "
         "Brackwell City Council"),
        "Could you tell me when Mr Haddad's renewed permit to sell on the street runs out?",
        "Mr Haddad's renewed trading permit remains valid until",
        ["31 October 2025"],
    ),
    (
        ("settlement_date,merchant_id,gross,fees,net\n"
         "2024-06-14,MRC-4410,1873.20,32.78,1840.42\n"
         "2024-06-14,MRC-4411,962.55,16.84,945.71\n"
         "2024-06-14,MRC-4412,2310.00,40.43,2269.57"),
        "What did merchant 4411 actually get paid out once the card charges were taken off?",
        "After processing charges were deducted, the payout to merchant MRC-4411 came to",
        ["945.71"],
    ),
    (
        ("LOST CHILD PROCEDURE\n"
         "1. Stay with the child at your stall; do not walk them around the market.\n"
         "2. Radio control on channel 6 using the code word \"Bluebell\".\n"
         "3. A steward in a yellow tabard will collect the child and take them to the "
         "Welfare Tent beside the fountain."),
        "If a kid gets separated from their family, what password do we say over the radio?",
        "When reporting a missing youngster over the radio, stallholders should use the word",
        ["Bluebell"],
    ),
    (
        ("Txt from Jonah (19:47): running late, stuck on the ring road. tell the crew the ice "
         "delivery is now coming at 20:35 not 20:10. sorry!!"),
        "After Jonah's change of plan, when should the team expect the ice to show up?",
        "Following Jonah's update, the ice is expected to turn up at",
        ["20:35"],
    ),
    (
        ("House chilli oil (batch for 2 nights): 1.2 litres rapeseed oil, 85 g Sichuan flakes, "
         "6 star anise, 40 g sesame seeds - infuse at 120°C for 25 minutes."),
        "How hot does the oil need to be when steeping the house chilli mix?",
        "The house chilli oil is infused at a temperature of",
        ["120°C"],
    ),
    (
        ("market_wifi:\n"
         "  ssid: NightMarket-Traders\n"
         "  password: lanterns&lime42\n"
         "  guest_ssid: NightMarket-Free"),
        "Please remind me of the passphrase for the stallholders' wireless network.",
        "To get onto the traders' Wi-Fi, you type in the key",
        ["lanterns&lime42"],
    ),
    (
        ("Minutes, Traders' Committee, 4 July: Agreed that the pitch fee rises from £45 to £52 "
         "per night from August. Action: Wen Li to circulate new invoices."),
        "How much will it cost to rent a stall for one evening from August onward?",
        "Starting in August, each trader will be charged a nightly rate of",
        ["£52"],
    ),
    (
        ("From: bookings@canalyardmarket.org - Please upload your gas safety certificate at "
         "https://canalyardmarket.org/traders/docs before Friday; emailed attachments will "
         "not be accepted."),
        "Where am I supposed to send my gas safety paperwork?",
        "Gas safety certificates have to be submitted through the web page at",
        ["https://canalyardmarket.org/traders/docs"],
    ),
    (
        ("Everyone at the market knew that the lanterns strung over Ferry Lane had been hung, "
         "every single autumn since 2009, by a retired electrician named Osvaldo Quaresma."),
        "Who is the person that puts up the Ferry Lane lanterns each year?",
        "The retired electrician responsible for the lights above Ferry Lane is called",
        ["Osvaldo Quaresma"],
    ),
    (
        ("RECEIPT - Harbour Gas Supplies\n"
         "2 x 19kg propane cylinder   £78.00\n"
         "1 x regulator 37mbar        £14.50\n"
         "TOTAL                       £92.50\n"
         "Paid by card, auth 508214"),
        "What was the card authorisation code on the propane purchase?",
        "The card payment at Harbour Gas Supplies was approved under authorisation number",
        ["508214"],
    ),
    (
        ("Wristband colours for this weekend: Friday = orange, Saturday = teal, "
         "Sunday = lilac. Staff wristbands are black all weekend."),
        "What colour band do visitors wear on the Saturday?",
        "Anyone attending the Saturday session should have a wristband that is",
        ["teal"],
    ),
    (
        ("[card_terminal]\n"
         "model = PayTap Mini\n"
         "serial = PTM-3X-009174\n"
         "firmware = 5.12.3\n"
         "last_sync = 2024-06-14T23:58"),
        "Which software release is the payment reader running at the moment?",
        "The card terminal's firmware is currently at version",
        ["5.12.3"],
    ),
]

OTHER138_ABSENT = [
    ("Which trader is allocated pitch 18 on the Saturday plan?", "chat", 0),
    ("What hygiene rating did the inspector give Dumpling Dynasty?", "chat", 1),
    ("How much diesel went into GEN-1 at 23:15?", "chat", 2),
    ("What is the phone number of the Welfare Tent?", "chat", 6),
    ("What's the password for the guest Wi-Fi network NightMarket-Free?", "chat", 9),
    ("Jonah's car registration number is", "completion", 7),
    ("Mr Haddad's home address is", "completion", 4),
    ("The PayTap Mini card terminal was purchased on", "completion", 15),
]


OTHER139 = [
    (
        ("STORY BUDGET - Thursday A section\n"
         "SLUG            REPORTER             LENGTH  STATUS\n"
         "BRIDGE-VOTE     Tamsin Achterberg    24 in   filing 5 pm\n"
         "FAIR-PREVIEW    Gil Mattingly        18 in   photos pending\n"
         "SCHOOL-BUDGET   Priya Vandermolen    30 in   needs edit"),
        "Which staffer is handling the piece about the council decision on the bridge?",
        "The reporter assigned to cover the bridge vote for Thursday's front section is",
        ["Tamsin Achterberg"],
    ),
    (
        ("Correction: An article on Page A3 of Tuesday's edition misstated the age of retiring fire "
         "chief Delbert Quaile. He is 67, not 76. The Ledger regrets the error."),
        "How old is the fire chief who is stepping down, according to the fix the paper printed?",
        "Once the typo was corrected, the outgoing fire chief's actual age turned out to be",
        ["67"],
    ),
    (
        ("INVOICE #0318 - Wren Castellanos, freelance photographer\n"
         "Billed to: The Cobble Ridge Ledger\n"
         "County fair assignment, 2 days ........ $350.00\n"
         "Mileage, 125 mi @ $0.50 ............... $62.50\n"
         "TOTAL DUE ............................. $412.50"),
        "Could you tell me the full amount the fair photographer is asking the paper to pay?",
        "Adding the assignment fee and mileage, the photographer's bill comes to a grand total of",
        ["$412.50"],
    ),
    (
        ("Harlan Press Co. run schedule for the Ledger:\n"
         "  Tuesday edition  - plates due 9:15 p.m., press start 10:05 p.m.\n"
         "  Friday edition   - plates due 8:50 p.m., press start 9:30 p.m.\n"
         "  Sunday edition   - plates due 10:55 p.m., press start 11:40 p.m."),
        "When do the presses begin rolling for the weekend paper that comes out on Sunday?",
        "For the Sunday paper, the printer fires up the press at",
        ["11:40 p.m."],
    ),
    (
        ("From: Marguerite Oyelaran <m.oyelaran@cobbleridgeledger.com>\n"
         "Subject: Harvest Fest section - new deadline\n"
         "All, the sales team asked for more time, so I'm pushing final copy for the Harvest Fest "
         "special section from Sept. 19 to Sept. 26. No further extensions. - M."),
        "By what day does all the copy for the autumn festival insert now have to be in?",
        "After the managing editor's extension, final copy for the Harvest Fest pages is due on",
        ["Sept. 26"],
    ),
    (
        ("ad_id,category,item,price,contact\n"
         "CL-4468-A,For Sale,Upright piano (needs tuning),$200,555-0142\n"
         "CL-4471-B,For Sale,16-ft aluminum canoe with paddles,$475,555-0187\n"
         "CL-4473-A,Wanted,Used chest freezer,,555-0119"),
        "A reader is calling about the boat listing in the classifieds; what's its reference number?",
        "In the classifieds spreadsheet, the canoe listing is filed under the ID",
        ["CL-4471-B"],
    ),
    (
        ('{"photo_id": "LDG-1987-0442",\n'
         ' "caption": "Grain elevator fire on Depot Street",\n'
         ' "photographer": "Ruthanne Pelletier",\n'
         ' "archive_shelf": "R-22-C",\n'
         ' "format": "35mm negative"}'),
        "Where in the morgue would I go to pull the old negative of the Depot Street elevator blaze?",
        "To retrieve the 1987 elevator fire negative, look on archive shelf",
        ["R-22-C"],
    ),
    (
        ("\"When the scanner squawks 'marigold,' drop what you're doing,\" Hal told the new intern. "
         "\"That's the county dispatch code for a working structure fire. Everything else can wait "
         "until after coffee.\""),
        "What word on the police radio means there's an actual building burning, per Hal?",
        "Hal warned the intern that the dispatch code word signalling a real structure fire is",
        ["marigold"],
    ),
    (
        ("# newsroom-cms/site.yaml\n"
         "site_name: The Cobble Ridge Ledger\n"
         "tips_inbox: newstips@cobbleridgeledger.com\n"
         "ads_inbox: classifieds@cobbleridgeledger.com\n"
         "timezone: America/Chicago"),
        "Readers who want to send the paper a story idea should write to which address?",
        "The website config routes anonymous story leads to the mailbox",
        ["newstips@cobbleridgeledger.com"],
    ),
    (
        ("Paid circulation as of the October audit stood at 4,386 copies, down from 4,512 a year "
         "earlier; single-copy sales at the Main Street rack accounted for most of the drop."),
        "How many paying readers did the most recent autumn count show?",
        "The latest audited tally of paid copies was",
        ["4,386"],
    ),
    (
        ("Text from Dwayne (pressroom), 7:52 PM: heads up, roll on press 2 weighs 868 kg, "
         "gonna swap it after the B section runs. don't send late pages"),
        "How heavy is the newsprint roll currently loaded on the second press?",
        "According to the pressman's message, the roll sitting on press 2 has a mass of",
        ["868 kg"],
    ),
    (
        ("Minutes, editorial board, Nov. 3: Motion carried (4-1) to retire the 'Around Town' "
         "column name. Beginning in January the community notes column will appear as "
         "'Porch Light Notes.' Obituary pricing discussion tabled to next meeting."),
        "What's the new title the board chose for the neighborhood-happenings column?",
        "Starting in January, the old Around Town column will be renamed",
        ["Porch Light Notes"],
    ),
    (
        ("Style sheet, section flags: the Friday weekend flag prints in teal (spot color Pantone "
         "7710 C); the Tuesday flag stays mustard; obituary headers remain black only."),
        "What hue is used for the banner on the end-of-week weekend section?",
        "On Fridays the weekend section's flag is printed in the color",
        ["teal"],
    ),
    (
        ("2023-11-02 06:14:09 INFO  pagination-srv: upgrade complete, PageForge now at 7.3.1 "
         "(previous 7.2.9); restarting layout queue"),
        "After last night's update, what release of the page layout software is the server running?",
        "Following the upgrade, the pagination server reports PageForge version",
        ["7.3.1"],
    ),
    (
        ("INSERT INTO subscribers (acct_no, full_name, route, start_date) VALUES\n"
         "  (40028173, 'Mabel Orcutt', 'RT-9', '2019-04-01'),\n"
         "  (40028196, 'Everett Mbeki', 'RT-4', '2021-08-15');"),
        "Can you look up the subscription account number on file for Mrs. Orcutt?",
        "In the circulation database, Mabel Orcutt's account is number",
        ["40028173"],
    ),
    (
        ("Dateline rule: stories originating in the unincorporated crossroads of Fennimore Gap "
         "carry the dateline of the nearest post office, Lusk Hollow, not the county seat."),
        "Under the paper's style rules, what town name goes at the top of a story from Fennimore Gap?",
        "A report filed from Fennimore Gap should be datelined",
        ["Lusk Hollow"],
    ),
]

OTHER139_ABSENT = [
    ("Who is the reporter assigned to the LIBRARY-LEVY story on Thursday's budget?", "chat", 0),
    ("How many years did Delbert Quaile serve as the town's fire chief?", "chat", 1),
    ("What mailing address did the freelance photographer put on her invoice?", "chat", 2),
    ("What time does the press start for the Wednesday edition?", "chat", 3),
    ("What kind of camera was used to shoot the Depot Street grain elevator fire?", "chat", 6),
    ("In the spring audit, the paper's paid circulation came to", "completion", 9),
    ("The columnist who will write Porch Light Notes each week is", "completion", 11),
    ("In the circulation database, subscriber Harlan Voss is assigned to delivery route", "completion", 14),
]


OTHER140 = [
    (
        ("ROUTE-SETTING BOARD - Week 14\n"
         "Wall   | Setter       | Grade | Tape\n"
         "Slab 2 | Imogen Varga | V3    | orange\n"
         "Cave   | Tobias Quell | V7    | teal\n"
         "Arete  | Imogen Varga | V5    | lilac"),
        "Who put up the new problem in the cave section this week?",
        "This week's cave problem was set by",
        ["Tobias Quell"],
    ),
    (
        ("rope_id,brand,length_m,retired_on,reason\n"
         "R-0417,Mammut,60,2023-03-12,core shot\n"
         "R-0522,Edelrid,40,2023-05-02,sheath glazing\n"
         "R-0388,Beal,60,2023-05-19,big fall factor"),
        "Can you tell me when the Edelrid rope was taken out of service?",
        "The forty-metre Edelrid line was pulled from use on",
        ["2023-05-02"],
    ),
    (
        ("MEMBER WAIVER\n"
         "Name: Priscilla Ondaatje\n"
         "Date of birth: 14/09/1991\n"
         "Emergency contact: Rafael Ondaatje, 07700 914 382\n"
         "Belay certified: YES (top rope only)"),
        "If Priscilla got hurt, what number should staff ring?",
        "In an emergency involving Priscilla, the phone number to call is",
        ["07700 914 382"],
    ),
    (
        ("bib,climber,tops,zones,points\n"
         "112,Dagny Holt,4,5,3870\n"
         "113,Kiran Mehta,3,5,2945\n"
         "114,Lou Brandt,4,4,3715"),
        "How many points did Kiran Mehta finish the competition with?",
        "Kiran Mehta's final total on the comp scorecard was",
        ["2945"],
    ),
    (
        ("Kids' Club - Saturday register\n"
         "09:30 group: Alfie, Noor, Bea (collected by grandad)\n"
         "11:00 group: Otis, Marisol, Fenwick\n"
         "Coach on duty: Hattie Brisco"),
        "What time does Marisol's kids' club session begin on Saturdays?",
        "Marisol climbs with the Saturday youngsters in the slot starting at",
        ["11:00"],
    ),
    (
        ("SHOE RENTAL - TILL Z-REPORT 07/11\n"
         "Pairs hired: 63\n"
         "Cash: \u00a3118.50\n"
         "Card: \u00a3291.00\n"
         "Voids: 2\n"
         "Closed by: JT"),
        "How much did shoe hire bring in through card payments that day?",
        "On the 7 November till report, card takings for rented shoes came to",
        ["\u00a3291.00"],
    ),
    (
        ("Incident book, entry 58: At 18:42 a member, Gus Harrowell, rolled his left ankle jumping "
         "down from the top of the Barrel boulder; an ice pack was applied by duty manager Femi "
         "Adeyemi and no ambulance was needed."),
        "Which bit of the wall was Gus climbing on when he twisted his ankle?",
        "Gus Harrowell hurt himself dropping off the top of the",
        ["Barrel", "Barrel boulder"],
    ),
    (
        ("auto_belays:\n"
         "  - id: AB-3\n"
         "    serial: TRB-7741-KX\n"
         "    next_inspection: 2024-02-01\n"
         "  - id: AB-4\n"
         "    serial: TRB-7759-KQ\n"
         "    next_inspection: 2024-03-15"),
        "Please look up the serial number of auto-belay unit four.",
        "The manufacturer's serial on the fourth auto-belay reads",
        ["TRB-7759-KQ"],
    ),
    (
        ("From: Wren at Cragline Holds <orders@cragline-holds.co.uk>\n"
         "Subject: Your order of 240 bolt-on jugs in 'Dune' sandstone will ship on Thursday."),
        "What email address did the hold supplier write to us from?",
        "The message about the jug delivery was sent from the address",
        ["orders@cragline-holds.co.uk"],
    ),
    (
        ("Text from Marek (head setter), 7:15am: \"Reset on the comp wall pushed back, torque "
         "wrench broke. Use the 12 Nm setting, not 15, on the new volumes.\""),
        "How tight should the bolts on the new volumes be done up, according to Marek?",
        "Marek wants the fresh volumes fastened at a torque of",
        ["12 Nm"],
    ),
    (
        ("\"Where's the outdoor meet this month?\" asked Noor.\n"
         "\"Stanage was fully booked,\" said Marek, \"so we're heading to Almscliff instead. "
         "Minibus leaves at eight.\""),
        "Where is the club actually going for this month's outdoor trip?",
        "Because the first choice was full, this month's outdoor meet will be held at",
        ["Almscliff"],
    ),
    (
        ("INSERT INTO setters (setter_id, name, certification, cert_expiry)\n"
         "VALUES (31, 'Ingrid Pellow', 'CWA Level 2', '2025-08-30');"),
        "What setting qualification does Ingrid hold?",
        "Ingrid Pellow is certified to",
        ["CWA Level 2"],
    ),
    (
        ("Minutes, setters' meeting 3 Oct. AGREED: the tape colour for the V8+ circuit will be "
         "ember red, replacing black; the purple circuit stays at V0-V1. Action: Jonah to order tape."),
        "Which colour did the setters pick to mark the hardest circuit from now on?",
        "Going forward, the toughest problems will be marked with tape in",
        ["ember red"],
    ),
    (
        ("2024-01-19 06:58:03 [door-ctrl] WARN badge 0048213377 rejected at side entrance: "
         "membership frozen"),
        "Which badge got turned away at the side door early that morning?",
        "The access card refused at the side entrance had the number",
        ["0048213377"],
    ),
    (
        ("GYM_WIFI = {\n"
         "    'ssid': 'CruxNet-Members',\n"
         "    'password': 'chalkbag-ninety',\n"
         "    'staff_ssid': 'CruxNet-Staff',\n"
         "}"),
        "Could you remind me what the members' wifi password is?",
        "To get online on the members' network, you type the password",
        ["chalkbag-ninety"],
    ),
    (
        ("RouteLog app release notes:\n"
         "- 3.14.2: fixes the grade slider jumping back to V0\n"
         "- 3.14.1: adds the setter leaderboard\n"
         "- 3.14.0: offline logbook sync"),
        "In which release of the RouteLog app was the grade slider bug sorted out?",
        "The grade-slider problem in RouteLog was fixed in version",
        ["3.14.2"],
    ),
]

OTHER140_ABSENT = [
    ("Who set the problem on the Slab 3 wall this week?", "chat", 0),
    ("On what date was the Sterling rope retired?", "chat", 1),
    ("What home address did Priscilla Ondaatje put on her waiver?", "chat", 2),
    ("The climber wearing bib 117 finished the competition with a points total of", "completion", 3),
    ("How much money did the gym take from chalk sales on 7 November?", "chat", 5),
    ("The serial number printed on auto-belay AB-6 is", "completion", 7),
    ("What badge number did the staff member use to open the front door that morning?", "chat", 13),
    ("The RouteLog release that first introduced dark mode was version", "completion", 15),
]


OTHER_WRITERS = [
    ("other", OTHER, OTHER_ABSENT, "reference"),
    ("other2", OTHER2, OTHER2_ABSENT, "novel"),
    ("other3", OTHER3, OTHER3_ABSENT, "tech"),
    ("other4", OTHER4, OTHER4_ABSENT, "reference"),
    ("other5", OTHER5, OTHER5_ABSENT, "novel"),
    ("other6", OTHER6, OTHER6_ABSENT, "tech"),
    ("other7", OTHER7, OTHER7_ABSENT, "novel"),
    ("other8", OTHER8, OTHER8_ABSENT, "reference"),
    ("other9", OTHER9, OTHER9_ABSENT, "novel"),
    ("other10", OTHER10, OTHER10_ABSENT, "tech"),
    ("other11", OTHER11, OTHER11_ABSENT, "novel"),
    ("other12", OTHER12, OTHER12_ABSENT, "reference"),
    ("other13", OTHER13, OTHER13_ABSENT, "novel"),
    ("other14", OTHER14, OTHER14_ABSENT, "tech"),
    ("other15", OTHER15, OTHER15_ABSENT, "novel"),
    ("other16", OTHER16, OTHER16_ABSENT, "reference"),
    ("other17", OTHER17, OTHER17_ABSENT, "novel"),
    ("other18", OTHER18, OTHER18_ABSENT, "tech"),
    ("other19", OTHER19, OTHER19_ABSENT, "reference"),
    ("other20", OTHER20, OTHER20_ABSENT, "novel"),
    ("other21", OTHER21, OTHER21_ABSENT, "tech"),
    ("other22", OTHER22, OTHER22_ABSENT, "reference"),
    ("other23", OTHER23, OTHER23_ABSENT, "novel"),
    ("other24", OTHER24, OTHER24_ABSENT, "tech"),
    ("other25", OTHER25, OTHER25_ABSENT, "novel"),
    ("other26", OTHER26, OTHER26_ABSENT, "novel"),
    ("other27", OTHER27, OTHER27_ABSENT, "reference"),
    ("other28", OTHER28, OTHER28_ABSENT, "novel"),
    ("other29", OTHER29, OTHER29_ABSENT, "tech"),
    ("other30", OTHER30, OTHER30_ABSENT, "reference"),
    ("other31", OTHER31, OTHER31_ABSENT, "novel"),
    ("other32", OTHER32, OTHER32_ABSENT, "tech"),
    ("other33", OTHER33, OTHER33_ABSENT, "reference"),
    ("other34", OTHER34, OTHER34_ABSENT, "novel"),
    ("other35", OTHER35, OTHER35_ABSENT, "tech"),
    ("other36", OTHER36, OTHER36_ABSENT, "novel"),
    ("other37", OTHER37, OTHER37_ABSENT, "reference"),
    ("other38", OTHER38, OTHER38_ABSENT, "tech"),
    ("other39", OTHER39, OTHER39_ABSENT, "novel"),
    ("other40", OTHER40, OTHER40_ABSENT, "reference"),
    ("other41", OTHER41, OTHER41_ABSENT, "tech"),
    ("other42", OTHER42, OTHER42_ABSENT, "novel"),
    ("other43", OTHER43, OTHER43_ABSENT, "reference"),
    ("other44", OTHER44, OTHER44_ABSENT, "tech"),
    ("other45", OTHER45, OTHER45_ABSENT, "novel"),
    ("other46", OTHER46, OTHER46_ABSENT, "reference"),
    ("other47", OTHER47, OTHER47_ABSENT, "tech"),
    ("other48", OTHER48, OTHER48_ABSENT, "novel"),
    ("other49", OTHER49, OTHER49_ABSENT, "reference"),
    ("other50", OTHER50, OTHER50_ABSENT, "tech"),
    ("other51", OTHER51, OTHER51_ABSENT, "novel"),
    ("other52", OTHER52, OTHER52_ABSENT, "reference"),
    ("other53", OTHER53, OTHER53_ABSENT, "tech"),
    ("other54", OTHER54, OTHER54_ABSENT, "novel"),
    ("other55", OTHER55, OTHER55_ABSENT, "reference"),
    ("other56", OTHER56, OTHER56_ABSENT, "tech"),
    ("other57", OTHER57, OTHER57_ABSENT, "novel"),
    ("other58", OTHER58, OTHER58_ABSENT, "reference"),
    ("other59", OTHER59, OTHER59_ABSENT, "tech"),
    ("other60", OTHER60, OTHER60_ABSENT, "novel"),
    ("other61", OTHER61, OTHER61_ABSENT, "reference"),
    ("other62", OTHER62, OTHER62_ABSENT, "tech"),
    ("other63", OTHER63, OTHER63_ABSENT, "novel"),
    ("other64", OTHER64, OTHER64_ABSENT, "reference"),
    ("other65", OTHER65, OTHER65_ABSENT, "tech"),
    ("other66", OTHER66, OTHER66_ABSENT, "novel"),
    ("other67", OTHER67, OTHER67_ABSENT, "reference"),
    ("other68", OTHER68, OTHER68_ABSENT, "tech"),
    ("other69", OTHER69, OTHER69_ABSENT, "novel"),
    ("other70", OTHER70, OTHER70_ABSENT, "reference"),
    ("other71", OTHER71, OTHER71_ABSENT, "tech"),
    ("other72", OTHER72, OTHER72_ABSENT, "novel"),
    ("other73", OTHER73, OTHER73_ABSENT, "reference"),
    ("other74", OTHER74, OTHER74_ABSENT, "tech"),
    ("other75", OTHER75, OTHER75_ABSENT, "novel"),
    ("other76", OTHER76, OTHER76_ABSENT, "reference"),
    ("other77", OTHER77, OTHER77_ABSENT, "tech"),
    ("other78", OTHER78, OTHER78_ABSENT, "novel"),
    ("other79", OTHER79, OTHER79_ABSENT, "reference"),
    ("other80", OTHER80, OTHER80_ABSENT, "tech"),
    ("other81", OTHER81, OTHER81_ABSENT, "novel"),
    ("other82", OTHER82, OTHER82_ABSENT, "reference"),
    ("other83", OTHER83, OTHER83_ABSENT, "tech"),
    ("other84", OTHER84, OTHER84_ABSENT, "novel"),
    ("other85", OTHER85, OTHER85_ABSENT, "reference"),
    ("other86", OTHER86, OTHER86_ABSENT, "tech"),
    ("other87", OTHER87, OTHER87_ABSENT, "novel"),
    ("other88", OTHER88, OTHER88_ABSENT, "reference"),
    ("other89", OTHER89, OTHER89_ABSENT, "tech"),
    ("other90", OTHER90, OTHER90_ABSENT, "novel"),
    ("other91", OTHER91, OTHER91_ABSENT, "reference"),
    ("other92", OTHER92, OTHER92_ABSENT, "tech"),
    ("other93", OTHER93, OTHER93_ABSENT, "novel"),
    ("other94", OTHER94, OTHER94_ABSENT, "reference"),
    ("other95", OTHER95, OTHER95_ABSENT, "tech"),
    ("other96", OTHER96, OTHER96_ABSENT, "novel"),
    ("other97", OTHER97, OTHER97_ABSENT, "reference"),
    ("other98", OTHER98, OTHER98_ABSENT, "tech"),
    ("other99", OTHER99, OTHER99_ABSENT, "novel"),
    ("other100", OTHER100, OTHER100_ABSENT, "reference"),
    ("other101", OTHER101, OTHER101_ABSENT, "tech"),
    ("other102", OTHER102, OTHER102_ABSENT, "novel"),
    ("other103", OTHER103, OTHER103_ABSENT, "reference"),
    ("other104", OTHER104, OTHER104_ABSENT, "tech"),
    ("other105", OTHER105, OTHER105_ABSENT, "novel"),
    ("other106", OTHER106, OTHER106_ABSENT, "reference"),
    ("other107", OTHER107, OTHER107_ABSENT, "tech"),
    ("other108", OTHER108, OTHER108_ABSENT, "novel"),
    ("other109", OTHER109, OTHER109_ABSENT, "reference"),
    ("other110", OTHER110, OTHER110_ABSENT, "tech"),
    ("other111", OTHER111, OTHER111_ABSENT, "novel"),
    ("other112", OTHER112, OTHER112_ABSENT, "reference"),
    ("other113", OTHER113, OTHER113_ABSENT, "tech"),
    ("other114", OTHER114, OTHER114_ABSENT, "novel"),
    ("other115", OTHER115, OTHER115_ABSENT, "reference"),
    ("other116", OTHER116, OTHER116_ABSENT, "tech"),
    ("other117", OTHER117, OTHER117_ABSENT, "novel"),
    ("other118", OTHER118, OTHER118_ABSENT, "reference"),
    ("other119", OTHER119, OTHER119_ABSENT, "tech"),
    ("other120", OTHER120, OTHER120_ABSENT, "novel"),
    ("other121", OTHER121, OTHER121_ABSENT, "reference"),
    ("other122", OTHER122, OTHER122_ABSENT, "tech"),
    ("other123", OTHER123, OTHER123_ABSENT, "novel"),
    ("other124", OTHER124, OTHER124_ABSENT, "reference"),
    ("other125", OTHER125, OTHER125_ABSENT, "tech"),
    ("other126", OTHER126, OTHER126_ABSENT, "novel"),
    ("other127", OTHER127, OTHER127_ABSENT, "reference"),
    ("other128", OTHER128, OTHER128_ABSENT, "tech"),
    ("other129", OTHER129, OTHER129_ABSENT, "novel"),
    ("other130", OTHER130, OTHER130_ABSENT, "reference"),
    ("other131", OTHER131, OTHER131_ABSENT, "tech"),
    ("other132", OTHER132, OTHER132_ABSENT, "novel"),
    ("other133", OTHER133, OTHER133_ABSENT, "reference"),
    ("other134", OTHER134, OTHER134_ABSENT, "tech"),
    ("other135", OTHER135, OTHER135_ABSENT, "novel"),
    ("other136", OTHER136, OTHER136_ABSENT, "reference"),
    ("other137", OTHER137, OTHER137_ABSENT, "tech"),
    ("other138", OTHER138, OTHER138_ABSENT, "novel"),
    ("other139", OTHER139, OTHER139_ABSENT, "reference"),
    ("other140", OTHER140, OTHER140_ABSENT, "tech"),
]


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
        with open(path, encoding="utf-8") as f:
            texts[hay] = f.read()
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
