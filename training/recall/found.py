"""Found facts (seed concept: recall that does not care about wording — EVALUATION.md): the fact is
a sentence the haystack already holds, not one we wrote. A sentence of real text (prose, code,
lists, dialogue) with a value in it that occurs once in the memory — a number, a code, a
capitalised name — is asked about through some of its own content words, in an order and frame
that no fact template fixes:

    memory:   "… Captain Wentworth had come home in the year six, with 25,000 pounds in prize money …"
    question: "Which number goes with prize, Wentworth and pounds?"   reply: "It is 25,000."

So the only rule that answers every such question is the one we want the model to learn: find the
sentence that holds the asked words (whatever their order and whatever wraps them), then copy the
value it holds. The written fact templates teach the same rule on invented facts; these teach it on
the corpus's own sentences, whose wording nobody chose. Training split only (the training haystack
pool); nothing here is an evaluation template or word list.
"""
from __future__ import annotations

import random
import re

from .haystack import Haystack

_SENTENCE = re.compile(r"[^.!?\n]{20,400}[.!?]?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
_NUMBER = re.compile(r"(?<![\w.-])\d[\d,.:/-]*\d(?![\w-])|(?<![\w.-])\d(?![\w.-])")
_CODE = re.compile(r"(?<![\w-])(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z][A-Za-z0-9_-]{2,}(?![\w-])")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?")
STOP = frozenset("""the and for that with this from have had has was were are been being not but you your
they their them there then than what which who whom whose when where why how all any each some such
into onto upon over under about after before again also only very just more most other own same
she her hers him his its our ours out off too can could would should will shall may might must
said says say one two its it's i'm don't did does doing done much many""".split())
KINDS = {"number": _NUMBER, "code": _CODE, "name": _NAME}
# Frames around the asked words; {k} = the words, {kind} = what is asked for. Composed from parts, so
# no one wording dominates (the written templates of templates.py are not used here).
_OPENERS = ["", "", "Quick question: ", "From what I gave you: ", "Tell me: ", "I need one thing. ",
            "Looking back at the text, ", "Please check: "]
_CORES = ["Which {kind} goes with {k}?", "What {kind} is given where the text mentions {k}?",
          "Find the {kind} that appears with {k}.", "{k}: which {kind}?", "Give me the {kind} near {k}.",
          "What is the {kind} in the sentence about {k}?", "There was a line with {k}. What {kind} did it have?",
          "Which {kind} was mentioned along with {k}?"]
_CLOSERS = ["", "", "", " Thanks.", " Be brief.", " Just the {kind}, please."]
_KIND_WORDS = {"number": ["number", "figure", "value"], "code": ["code", "identifier", "value"],
               "name": ["name", "proper name", "name"]}


def _join(words: list[str], rng: random.Random) -> str:
    style = rng.random()
    if style < 0.4:
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    if style < 0.7:
        return " ".join(words)
    return ", ".join(f"“{w}”" for w in words)


def found_question(rng: random.Random, words: list[str], kind: str) -> str:
    kind_word = rng.choice(_KIND_WORDS[kind])
    core = rng.choice(_CORES).format(k=_join(words, rng), kind=kind_word)
    opener = rng.choice(_OPENERS)
    if opener.endswith(", "):
        core = core[0].lower() + core[1:]
    return opener + core + rng.choice(_CLOSERS).format(kind=kind_word)


def _content_words(sentence: str, value: str) -> list[str]:
    seen, out = set(), []
    for w in _WORD.findall(sentence.replace(value, " ")):
        lw = w.lower()
        if lw in STOP or lw in seen:
            continue
        seen.add(lw)
        out.append(w)
    return out


def find_fact(rng: random.Random, text: str, tries: int = 24) -> tuple[int, int, str, str, list[str]] | None:
    """A sentence of `text` with a value occurring once in `text` and 2–4 of its content words that
    no other sentence holds all of: (start, end) of the sentence, the value, its kind, the words."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    if not sentences:
        return None
    lowered = [text[s:e].lower() for s, e in sentences]
    for _ in range(tries):
        i = rng.randrange(len(sentences))
        s, e = sentences[i]
        sent = text[s:e]
        kinds = [k for k in KINDS if KINDS[k].search(sent)]
        if not kinds:
            continue
        kind = rng.choice(kinds)
        values = {m.group(0).strip(",.:/-") for m in KINDS[kind].finditer(sent)}
        if len(values) != 1:
            continue  # two numbers (or names) in one sentence: the asked words could not tell which
        value = values.pop()
        if len(value) < 1 or text.count(value) != 1:
            continue
        if kind == "name" and (value.lower() in STOP or re.search(rf"\b{re.escape(value.lower())}\b", text)):
            continue  # a capitalised common word ("How", "With"), not a name: it also occurs in lower case
        words = _content_words(sent, value)
        if len(words) < 2:
            continue
        k = min(len(words), rng.randint(2, 4))
        asked = rng.sample(words, k)
        if any(all(w.lower() in lowered[j] for w in asked) for j in range(len(sentences)) if j != i):
            continue
        return s, e, value, kind, asked
    return None


def found_episode(rng: random.Random, hay: Haystack, chat: bool):
    """A RecallEpisode asking about a sentence `hay` already holds, or None when none qualifies."""
    from .episodes import RecallEpisode, chat_reply
    got = find_fact(rng, hay.text)
    if got is None:
        return None
    s, e, value, kind, words = got
    question = found_question(rng, words, kind)
    meta = {"shape": "found", "framing": "chat" if chat else "completion", "n_facts": 1,
            "distractors": "none", "depth": round(s / max(1, len(hay.text)), 3), "haystack": hay.source,
            "entity_kind": "found", "value_kind": kind, "fact_family": "found", "fact_template": "found",
            "question_family": "found"}
    if chat:
        return RecallEpisode(hay.text, question, chat_reply(value), [value], "chat", "found", meta, [(s, e)])
    return RecallEpisode(hay.text, f"Q: {question}\nA:", value, [value], "completion", "found", meta, [(s, e)])
