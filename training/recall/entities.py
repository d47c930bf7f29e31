"""What a fact is about, what it says, and its value (recall generator, EVALUATION.md families):
entities of several kinds (people, places, objects, organisations, invented names, compound keys),
attributes (whole phrases or a corpus noun + a head such as "code" or "password"), and values of
many kinds (2–10 digit numbers, words, phrases, codes, dates, identifiers, names, places, measures).
Value kinds in `HELDOUT_VALUE_KINDS` are only drawn for evaluation.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .lexicon import HEAD_KINDS, MONTHS, Lexicon

ENTITY_KINDS = ("person", "place", "object", "org", "invented", "compound")
VALUE_KINDS = ("digits", "word", "phrase", "code", "date", "identifier", "name", "place", "color",
               "year", "measure")
HELDOUT_VALUE_KINDS = ("measure",)


@dataclass(frozen=True)
class Entity:
    name: str        # surface form as written in the text ("Mira Kastell", "the green locker")
    kind: str
    person: bool

    @property
    def possessive(self) -> str:
        """"Mira Kastell's", "the green locker's"."""
        return self.name + ("'" if self.name.endswith("s") else "'s")

    @property
    def bare(self) -> str:
        """Without a leading article ("green locker")."""
        return re.sub(r"^(the|a|an) ", "", self.name)

    @property
    def ident(self) -> str:
        """snake_case identifier ("mira_kastell", "green_locker")."""
        return re.sub(r"[^a-z0-9]+", "_", self.bare.lower()).strip("_")

    @property
    def capitalized(self) -> str:
        return self.name[0].upper() + self.name[1:]


@dataclass(frozen=True)
class Attribute:
    phrase: str      # "access code", "lantern password"
    kind: str        # the value kind it takes

    @property
    def ident(self) -> str:
        return re.sub(r"[^a-z0-9]+", "_", self.phrase.lower()).strip("_")

    @property
    def camel(self) -> str:
        parts = self.ident.split("_")
        return parts[0] + "".join(p.capitalize() for p in parts[1:])


def make_entity(lex: Lexicon, rng: random.Random, kind: str | None = None) -> Entity:
    kind = kind or rng.choice(ENTITY_KINDS)
    if kind == "person":
        first = rng.choice(lex.first)
        last = rng.choice(lex.last) if rng.random() < 0.7 else lex.invented(rng)
        return Entity(first if rng.random() < 0.15 else f"{first} {last}", kind, True)
    if kind == "place":
        r = rng.random()
        if r < 0.4:
            name = f"{rng.choice(lex.place_heads)} {lex.invented(rng)}"
        elif r < 0.7:
            name = lex.invented(rng) + rng.choice(lex.place_tails)
        else:
            name = f"the town of {lex.invented(rng)}"
        return Entity(name, kind, False)
    if kind == "object":
        r = rng.random()
        obj = rng.choice(lex.objects)
        if r < 0.5:
            name = f"the {rng.choice(lex.adjectives)} {obj}"
        elif r < 0.8:
            name = f"{obj} {rng.randint(2, 99)}"
        else:
            name = f"the {lex.word(rng)} {obj}"
        return Entity(name, kind, False)
    if kind == "org":
        return Entity(f"{lex.invented(rng)} {rng.choice(lex.orgs)}", kind, False)
    if kind == "invented":
        return Entity(lex.invented(rng), kind, rng.random() < 0.5)
    # compound keys: two parts that must both match
    r = rng.random()
    if r < 0.35:
        name = f"the {lex.invented(rng)} project, phase {rng.randint(1, 9)}"
    elif r < 0.7:
        name = f"{rng.choice(lex.objects)} {rng.randint(1, 40)} in building {rng.choice('ABCDEFGHJK')}"
    else:
        name = f"the {rng.choice(lex.adjectives)} {rng.choice(lex.objects)} of {lex.invented(rng)}"
    return Entity(name, kind, False)


def make_attribute(lex: Lexicon, rng: random.Random, allow_heldout_kinds: bool) -> Attribute:
    while True:
        if rng.random() < 0.45 and lex.attributes:
            phrase, kind = rng.choice(lex.attributes)
        else:
            head, word = rng.choice(lex.heads), lex.word(rng)
            if word == head or word in head.split():  # no "colour colour"
                continue
            phrase, kind = f"{word} {head}", HEAD_KINDS[head]
        if allow_heldout_kinds or kind not in HELDOUT_VALUE_KINDS:
            return Attribute(phrase, kind)


def _digits(rng: random.Random, n: int | None = None) -> str:
    n = n or rng.randint(2, 10)
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _code(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    shapes = [lambda: f"{rng.choice(L)}{rng.choice(L)}-{_digits(rng, 4)}",
              lambda: f"{rng.choice(L)}{rng.randint(0, 9)}{rng.choice(L)}{rng.randint(10, 99)}",
              lambda: f"{_digits(rng, 3)}-{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}",
              lambda: f"{rng.choice(L)}{_digits(rng, rng.randint(3, 6))}",
              lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}"]
    return rng.choice(shapes)()


def make_value(lex: Lexicon, rng: random.Random, kind: str) -> str:
    if kind == "digits":
        return _digits(rng)
    if kind == "word":
        return lex.word(rng) if rng.random() < 0.7 else lex.invented(rng).lower()
    if kind == "phrase":
        return " ".join(lex.word(rng) for _ in range(rng.randint(2, 4)))
    if kind == "code":
        return _code(rng)
    if kind == "date":
        y, m, d = rng.randint(1800, 2030), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"])
    if kind == "identifier":
        parts = [lex.word(rng) for _ in range(rng.randint(1, 2))] + [str(rng.randint(1, 999))]
        return rng.choice(["_".join(parts), parts[0] + "".join(p.capitalize() for p in parts[1:])])
    if kind == "name":
        return f"{rng.choice(lex.first)} {rng.choice(lex.last)}"
    if kind == "place":
        return rng.choice([f"{rng.choice(lex.place_heads)} {lex.invented(rng)}",
                           lex.invented(rng) + rng.choice(lex.place_tails)])
    if kind == "color":
        return rng.choice(lex.colors)
    if kind == "year":
        return str(rng.randint(1700, 2030))
    if kind == "measure":
        return f"{rng.randint(2, 999)} {rng.choice(lex.units)}"
    raise ValueError(kind)
