"""Chat-formatted extractive question answering about a passage in the context: the answer
is always copied from the passage (induction / copy skill, in the chat template the app uses).

Three flavours:
* records: a generated passage of facts about people/places; question asks one field;
* quote: a corpus passage; question gives the first words of a sentence, answer quotes it;
* passkey-chat: a haystack with a pass key, asked and answered in chat form.
"""
from __future__ import annotations

import random
import re

from ..tokenizer.hf_export import render_chat
from .filler import FillerSource
from .passkey import Episode, needle

FIRST = ["Alice", "Bruno", "Chen", "Dara", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
         "Kemal", "Lena", "Marta", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tomas",
         "Uma", "Victor", "Wendy", "Xavier", "Yara", "Zane", "Amir", "Beatrice", "Carlos", "Dmitri"]
LAST = ["Smith", "Garcia", "Okafor", "Tanaka", "Novak", "Rossi", "Larsen", "Dubois", "Kowalski",
        "Haddad", "Moreau", "Silva", "Fischer", "Ivanova", "Nguyen", "Walsh", "Brennan", "Costa"]
CITY = ["Lisbon", "Oslo", "Nairobi", "Denver", "Kyoto", "Porto", "Quebec", "Tbilisi", "Valencia",
        "Adelaide", "Bergen", "Cairo", "Dublin", "Glasgow", "Hanoi", "Lima", "Munich", "Seville"]
JOB = ["baker", "pilot", "teacher", "engineer", "nurse", "painter", "farmer", "librarian",
       "carpenter", "chemist", "sailor", "architect", "journalist", "gardener", "tailor"]
COLOR = ["red", "blue", "green", "yellow", "purple", "orange", "black", "white", "silver", "brown"]
FIELDS = [("city", "lives in {}", "Which city does {} live in?"),
          ("job", "works as a {}", "What is {}'s job?"),
          ("age", "is {} years old", "How old is {}?"),
          ("color", "likes the color {}", "What is {}'s favourite color?"),
          ("room", "has room number {}", "What is {}'s room number?")]

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
SYSTEM = "You answer questions about the text given by the user. Copy the answer from the text."


def _person(rng: random.Random) -> dict:
    return {"name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "city": rng.choice(CITY),
            "job": rng.choice(JOB), "age": str(rng.randint(18, 90)), "color": rng.choice(COLOR),
            "room": str(rng.randint(100, 9999))}


def _chat(rng: random.Random, passage: str, question: str, answer: str) -> Episode:
    msgs = [{"role": "user", "content": f"{passage}\n\n{question}"}]
    if rng.random() < 0.3:
        msgs.insert(0, {"role": "system", "content": SYSTEM})
    return Episode(render_chat(msgs, add_generation_prompt=True), f"{answer}<|end|>\n", answer)


def records_episode(rng: random.Random, n_people: int | None = None) -> Episode:
    n = n_people or rng.randint(2, 8)
    people, names = [], set()
    while len(people) < n:
        p = _person(rng)
        if p["name"] not in names:
            names.add(p["name"])
            people.append(p)
    lines = []
    for p in people:
        facts = rng.sample(FIELDS, k=rng.randint(2, len(FIELDS)))
        p["_facts"] = [f[0] for f in facts]
        parts = [tmpl.format(p[key]) for key, tmpl, _ in facts]
        lines.append(f"{p['name']} " + ", ".join(parts[:-1]) + f" and {parts[-1]}.")
    target = rng.choice(people)
    key = rng.choice(target["_facts"])
    q = next(qq for k, _, qq in FIELDS if k == key).format(target["name"])
    return _chat(rng, " ".join(lines), q, target[key])


def quote_episode(rng: random.Random, filler: FillerSource, n_chars: int = 1200) -> Episode:
    sents = filler.sentences(rng, n_chars, "prose")
    cands = [i for i, s in enumerate(sents) if 30 <= len(s) <= 240 and len(s.split()) >= 6]
    if not cands:
        return records_episode(rng)
    i = rng.choice(cands)
    words = sents[i].split()
    start = " ".join(words[: rng.randint(3, 5)])
    if rng.random() < 0.5:
        q = f'Quote the sentence of the text that begins with "{start}".'
    else:
        q = f'Which sentence in the text starts with "{start}"? Answer with the full sentence.'
    return _chat(rng, " ".join(sents), q, sents[i])


def passkey_chat_episode(rng: random.Random, filler: FillerSource, n_chars: int) -> Episode:
    key = rng.randint(1, 50000)
    sents = filler.sentences(rng, n_chars)
    cut = rng.randint(0, len(sents))
    passage = " ".join(sents[:cut] + [needle(key)] + sents[cut:])
    q = rng.choice(["What is the pass key?", "What is the pass key mentioned in the text?",
                    "Tell me the pass key."])
    ep = _chat(rng, passage, q, f"The pass key is {key}.")
    return Episode(ep.prompt, ep.answer, str(key))
