"""Word pools for the recall task generator (EVALUATION.md: "no evaluation word list is ever used
in training"). Every pool is split by a stable hash of the word into a `train` part (≈ 80 %) and an
`eval` part (≈ 20 %), so held-out cases name entities, attributes and values the model never read
in a training episode. Invented names come from syllables, so their supply is unbounded; attribute
heads and value words can also be drawn from the corpus vocabulary (WordNet nouns that occur in
the training text), so the model cannot memorise a closed set of attribute words and has to match
the question's words against the memory's.
"""
from __future__ import annotations

import json
import os
import random
import re
import zlib
from ..corpus.paths import TRAIN_JSONL

SPLITS = ("train", "eval")


def split_of(word: str) -> str:
    """'eval' for ≈ 20 % of words (by CRC-32 of the lower-cased word), else 'train'."""
    return "eval" if zlib.crc32(word.lower().encode("utf-8")) % 10 < 2 else "train"


def _split(words, split: str) -> list[str]:
    out = sorted({w for w in words if split_of(w) == split})
    if not out:
        raise ValueError(f"empty {split} pool")
    return out


FIRST = """Alice Bruno Chen Dara Elena Farid Grace Hugo Ines Jonas Kemal Lena Marta Nikhil Olga Pedro
Quinn Rosa Sami Tomas Uma Victor Wendy Xavier Yara Zane Amir Beatrice Carlos Dmitri Edith Felix Gina
Hamid Irene Jasper Kira Leon Mina Noel Oscar Priya Rafael Selma Tariq Ursula Vera Walter Yusuf Zoe
Anders Bianca Cyrus Delia Emil Fatima Gustav Hana Ivo Julia Kofi Lars Maya Nadia Omar Paula Rhea Simon
Thea Ulrich Vivian Willem Ximena Yoshi Zora Abel Bruna Cormac Dina Ezra Flora Gideon Helga Ilan Joy
Kasper Lucia Magnus Nora Otto Petra Ravi Sofia Teodor Ugo Valeria Wanda Yvette Zeno Agnes Boris Celia
Dorian Eva Filip Greta Henrik Iris Jin Karl Liesl Matteo Nell Orla Piet Rosalind Stellan Tilde Vito
Astrid Bertram Camille Dario Elsa Fenna Hollis Ida Joaquin Kalinda Lorcan Mirela Nasir Odette Pavel
Renata Soren Tamsin Uriel Vesna Wolfram Yelena Zubair Aurelio Brigid Casimir Desmond Esme Florian""".split()

LAST = """Smith Garcia Okafor Tanaka Novak Rossi Larsen Dubois Kowalski Haddad Moreau Silva Fischer
Ivanova Nguyen Walsh Brennan Costa Lindqvist Achebe Morales Petrov Yamada Horvat Jensen Castillo
Oduya Brandt Rahman Sorensen Vargas Kimura Dvorak Mensah Albers Quint Ferreira Nakamura Holm
Abernathy Blackwood Carrow Delacroix Eastwick Fairbanks Greaves Hollander Ingram Jarvis Kensington
Lockhart Marlowe Northcott Osgood Pemberton Quarles Radcliffe Sterling Thackeray Underhill Vance
Whitlock Yardley Zimmer Ashdown Bellamy Crane Draper Ellison Fletcher Godwin Hartley Irving Jameson
Keller Lowell Mercer Nash Oakley Prescott Redmond Sutton Thorne Upton Voss Weller Ashby Bexley
Calloway Dunmore Everly Fenwick Gresham Hale Ivers Joyner Kirby Langley Mayfield Norwood Oswin""".split()

_ONSET = "b bl br c ch cr d dr f fl g gr h j k kl l m n p pr qu r s sk st t th tr v w z".split()
_VOWEL = "a e i o u ae ai ei ia io oa ou y".split()
_CODA = "n r l s th x k m nd rk st rn lt ss v".split()


def invented_word(rng: random.Random, syllables: int | None = None) -> str:
    """A pronounceable invented word ("Vorlanth", "Kesstiam"), 2–3 syllables, capitalised."""
    n = syllables or rng.choice((2, 2, 3))
    parts = [rng.choice(_ONSET) + rng.choice(_VOWEL) for _ in range(n)]
    parts.append(rng.choice(_CODA) if rng.random() < 0.7 else "")
    return "".join(parts).capitalize()


PLACE_HEADS = """Port Fort Lake Mount Glen North South East West Upper Lower New Old Saint Cape""".split()
PLACE_TAILS = """ford ton bury wick field haven moor dale mouth stead vale holm cliff brook gate""".split()

ADJECTIVES = """red blue green yellow purple orange black white silver golden brown grey crimson
amber violet copper bronze ivory scarlet teal north south east west upper lower inner outer front
back left right old new small large tall short narrow wide quiet loud bright dark cold warm hidden
main spare central eastern western northern southern second third first last private public""".split()

OBJECTS = """locker cabinet safe drawer vault box chest crate trunk shelf desk door gate window
garage shed cellar attic office studio lab kitchen library workshop warehouse hangar barn tower
bridge tunnel station terminal server router printer laptop phone tablet camera radio console
engine boat truck van bicycle scooter car wagon train bus ferry plane drone robot satellite
account ledger notebook folder archive file project ticket order invoice contract report
mailbox suitcase backpack wallet briefcase toolbox cupboard closet pantry freezer fridge oven""".split()

ORGS = """Labs Works Holdings Group Partners Systems Foundry Guild Institute Society Company Trust
Collective Studio Agency Bureau Council Club Academy Clinic Bakery Press""".split()

COLORS = """red blue green yellow purple orange black white silver gold brown grey pink teal
maroon navy olive lime cyan magenta beige indigo turquoise lavender crimson amber""".split()

UNITS = """meters kilograms liters seconds minutes hours miles grams volts watts degrees pounds feet
inches acres tons kilometers centimeters""".split()

MONTHS = """January February March April May June July August September October November
December""".split()


def _corpus_nouns(path: str | None) -> list[str]:
    if path and os.path.exists(path):
        with open(path) as f:
            return json.load(f)["nouns"]
    return []


# Attribute heads that say what kind of value follows (the head decides the value kind).
HEAD_KINDS = {
    "number": "digits", "code": "code", "key": "digits", "pin": "digits", "combination": "digits",
    "extension": "digits", "id": "identifier", "password": "word", "word": "word", "name": "name",
    "nickname": "word", "color": "color", "colour": "color", "date": "date", "birthday": "date",
    "motto": "phrase", "slogan": "phrase", "phrase": "phrase", "tag": "identifier",
    "handle": "identifier", "owner": "name", "contact": "name", "location": "place", "base": "place",
    "hometown": "place", "weight": "measure", "length": "measure", "distance": "measure",
    "height": "measure", "label": "code", "token": "code", "reference": "code", "count": "digits",
    "total": "digits", "score": "digits", "year": "year", "word list": "phrase", "answer": "word",
}

# Whole attribute phrases people write (split by hash like every pool).
ATTRIBUTES = [
    ("pass key", "digits"), ("access code", "code"), ("room number", "digits"),
    ("phone extension", "digits"), ("ticket number", "digits"), ("account number", "digits"),
    ("lucky number", "digits"), ("badge number", "digits"), ("locker number", "digits"),
    ("serial number", "code"), ("order number", "digits"), ("postal code", "code"),
    ("favorite color", "color"), ("favourite colour", "color"), ("secret word", "word"),
    ("code word", "word"), ("password", "word"), ("nickname", "word"), ("birthday", "date"),
    ("start date", "date"), ("due date", "date"), ("motto", "phrase"), ("favorite food", "phrase"),
    ("home town", "place"), ("birthplace", "place"), ("manager", "name"), ("best friend", "name"),
    ("emergency contact", "name"), ("user name", "identifier"), ("login", "identifier"),
    ("license plate", "code"), ("flight number", "code"), ("gate number", "digits"),
    ("seat number", "code"), ("table number", "digits"), ("safe combination", "digits"),
    ("wifi password", "word"), ("pet's name", "word"), ("middle name", "word"),
    ("shoe size", "digits"), ("blood type", "code"), ("call sign", "word"), ("project code", "code"),
    ("budget", "digits"), ("salary", "digits"), ("weight", "measure"), ("height", "measure"),
    ("top speed", "measure"), ("capacity", "measure"), ("release year", "year"),
    ("founding year", "year"), ("version", "code"), ("port", "digits"), ("owner", "name"),
    ("mascot", "word"), ("favorite song", "phrase"), ("last words", "phrase"), ("key phrase", "phrase"),
    ("magic number", "digits"), ("special number", "digits"), ("secret code", "code"),
    ("meeting room", "code"), ("warehouse location", "place"), ("storage unit", "digits"),
]


class Lexicon:
    """The pools of one split. `nouns_json` (built by `build_lexicon`) adds corpus nouns as
    attribute heads and value words; without it the built-in pools are used."""

    def __init__(self, split: str, nouns_json: str | None = None):
        if split not in SPLITS:
            raise ValueError(split)
        self.split = split
        self.first = _split(FIRST, split)
        self.last = _split(LAST, split)
        self.adjectives = _split(ADJECTIVES, split)
        self.objects = _split(OBJECTS, split)
        self.orgs = _split(ORGS, split)
        self.colors = _split(COLORS, split)
        self.units = _split(UNITS, split)
        self.place_heads = _split(PLACE_HEADS, split)
        self.place_tails = _split(PLACE_TAILS, split)
        nouns = _corpus_nouns(nouns_json)
        self.nouns = _split(nouns or OBJECTS + COLORS + ADJECTIVES, split)
        self.attributes = [a for a in ATTRIBUTES if split_of(a[0]) == split]
        self.heads = [h for h in HEAD_KINDS if split_of(h) == split]

    # Entities, values and attributes are drawn by the generator (see entities.py, values.py).
    def invented(self, rng: random.Random) -> str:
        """An invented word of this split (re-drawn until its hash falls in the split)."""
        while True:
            w = invented_word(rng)
            if split_of(w) == self.split:
                return w

    def word(self, rng: random.Random) -> str:
        return rng.choice(self.nouns)


# Function words and auxiliaries that WordNet also lists as nouns ("will", "must", "then").
STOPWORDS = set("""have will there then must over like make first also even more most many much
such only very well just here some what when where which while with would could should shall might
this that these those they them their then than thus into onto upon from about above below after
before again other another every each both either neither none nothing something anything being
been were does done doing made makes said says take takes taken give gives given come comes came
know known think thought seem seems seemed upon whom whose whether though although because since
until unless within without between among against during through across along around behind
beyond toward towards under best last next least less lots mine ours yours hers itself himself
self same else back down further however indeed perhaps rather still yet ever never always often
once twice soon already almost enough quite""".split())


def build_lexicon(corpus_jsonl: str, wordnet_root: str, out_json: str, min_count: int = 30,
                  max_words: int = 6000) -> dict:
    """Corpus nouns: WordNet single-word noun lemmas (4–10 lower-case letters) that occur at least
    `min_count` times in the training corpus text, most frequent first. Deterministic."""
    lemmas: set[str] = set()
    with open(os.path.join(wordnet_root, "usr/share/wordnet/data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" ")
            for i in range(int(fields[3], 16)):
                w = fields[4 + 2 * i]
                if re.fullmatch(r"[a-z]{4,10}", w):
                    lemmas.add(w)
    lemmas -= STOPWORDS
    counts: dict[str, int] = {}
    word = re.compile(r"[a-z]+")
    with open(corpus_jsonl, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["source"] == "wordnet":  # its glosses name parts of speech and genera
                continue
            for w in word.findall(d["text"].lower()):
                if w in lemmas:
                    counts[w] = counts.get(w, 0) + 1
    nouns = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    out = {"nouns": nouns[:max_words], "min_count": min_count, "source": "WordNet nouns ∩ corpus"}
    os.makedirs(os.path.dirname(os.path.abspath(out_json)), exist_ok=True)
    with open(out_json, "w") as f:
        json.dump(out, f)
    return out


if __name__ == "__main__":
    import argparse
    HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    ap = argparse.ArgumentParser(description="Corpus nouns for the recall generator → training/data/recall/nouns.json "
                                             "(after training.corpus.build, which downloads wordnet-base).")
    ap.add_argument("--corpus-jsonl", default=TRAIN_JSONL)
    ap.add_argument("--wordnet-root", default=os.path.join(HERE, "data", "raw", "apt", "wordnet-base"))
    ap.add_argument("--out", default=os.path.join(HERE, "data", "recall", "nouns.json"))
    a = ap.parse_args()
    got = build_lexicon(a.corpus_jsonl, a.wordnet_root, a.out)
    print(f"[lexicon] {a.out}: {len(got['nouns'])} nouns (min count {got['min_count']})")
