"""Recall episodes (EVALUATION.md task shapes) for training the demo model and for evaluation:
facts about entities hidden at any depth of a real-text haystack, then asked about — in chat,
exactly as the app frames a user turn after fed memory, or as a completion.

Shapes: `single` (one fact, asked); `multi` (2–6 facts whose distractors share the attribute, the
entity, or words of the entity's name; one asked); `together` (two facts asked in one question);
`absent` (what is asked is not in memory — the reply says so — while distractors share its
attribute or entity); `followup` (a second turn after an answered first one); `quiz` (training
only: 2–8 facts, then one chat turn per fact, sometimes one about an absent fact — every reply is
an answer target, so one memory teaches several retrievals); `found` (training only: a sentence the
haystack already holds, asked through its own words — found.py).

One generator serves both uses: `split="train"` draws training templates, words and the
training haystack pool; `split="eval"` draws evaluation words and haystacks and any template,
and records whether the template was seen in training.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import composed
from .entities import (ENTITY_KINDS, HELDOUT_VALUE_KINDS, Attribute, Entity, make_attribute, make_entity,
                       make_value)
from .found import found_episode
from .haystack import HaystackPool, insert_many
from .lexicon import Lexicon
from .templates import (ABSENT_REPLY, COMPLETION_STEMS, FOLLOWUP_OTHER_ATTRIBUTE, FOLLOWUP_OTHER_ENTITY,
                        QUESTION_PREFIXES, QUESTION_SUFFIXES, TOGETHER_TEMPLATES, Fact, FactTemplate, fields,
                        fact_templates, question_templates, template_seen)

SHAPES = ("single", "multi", "together", "absent", "followup", "quiz", "found")
TRAIN_SHAPE_WEIGHTS = {"single": 0.3, "multi": 0.3, "together": 0.1, "absent": 0.15, "followup": 0.15}
USER_TURN = "\n<|user|>\n{q}<|end|>\n<|assistant|>\n"   # TextTokenizer.userTurn, not the first turn
END = "<|end|>"


# The frames every chat reply about present facts is written in (manifest `answer_frames`, written by
# `training.export.onnx_export --answer-copy`: the app copies each {value} from the memory quote,
# src/core/answer-copy.ts).
ANSWER_FRAMES = ("It is {value}.", "They are {value} and {value}.")


def chat_reply(value: str) -> str:
    """A chat reply that states a value: "It is {value}." The value follows a space, as it does in
    most facts ("… is 58213", "code: 58213", "| 58213 |"), so it is the same tokens as in memory
    (byte-level BPE: " 58213" and "58213" are different ids) and copying it is plain induction. A
    bare reply ("58213" right after "<|assistant|>\n") would have to be re-tokenized by the model."""
    return ANSWER_FRAMES[0].format(value=value)


@dataclass
class RecallEpisode:
    context: str                  # the memory (fed document), and any earlier turns
    question: str                 # the user's message (chat) or the stem (completion)
    reply: str                    # the answer the model should give (no end token)
    answers: list[str]            # values a correct reply contains ([] for absent)
    framing: str                  # "chat" | "completion"
    shape: str
    meta: dict = field(default_factory=dict)
    fact_spans: list[tuple[int, int]] = field(default_factory=list)  # in `context`
    answer_spans: list[tuple[int, int]] = field(default_factory=list)  # earlier replies in `context` (quiz)

    def prompt(self) -> str:
        """What the model reads (without <|bos|>)."""
        if self.framing == "chat":
            return self.context + USER_TURN.format(q=self.question)
        return f"{self.context}\n{self.question}"

    def target(self) -> str:
        return f"{self.reply}{END}\n" if self.framing == "chat" else f" {self.reply}"


class RecallGenerator:
    def __init__(self, split: str, pool: HaystackPool, nouns_json: str | None = None,
                 shape_weights: dict[str, float] | None = None, chat_frac: float = 0.75,
                 composed_frac: float = 0.0):
        if composed_frac and split != "train":
            raise ValueError("composed wordings are for training only")
        self.split = split
        self.composed_frac = composed_frac
        self.lex = Lexicon(split, nouns_json)
        self.pool = pool
        self.shape_weights = shape_weights or TRAIN_SHAPE_WEIGHTS
        self.chat_frac = chat_frac
        self.fact_templates = fact_templates(split)
        self.sentence_templates = [t for t in self.fact_templates if t.block is None]
        self.block_templates = [t for t in self.fact_templates if t.block is not None]
        self.questions = question_templates(split)
        self._pick = lambda d: d["train"] if split == "train" else d["train"] + d["eval"]

    @classmethod
    def for_training(cls, corpus_jsonl: str, nouns_json: str | None,
                     shape_weights: dict[str, float] | None = None, composed_frac: float = 0.0,
                     chat_frac: float = 0.75) -> "RecallGenerator":
        """The generator the trainers use: training templates and words, training-corpus haystacks;
        `composed_frac` of fact sentences, questions and completion stems composed (composed.py);
        `chat_frac` of episodes framed as chat turns, the rest as completions."""
        return cls("train", HaystackPool.from_jsonl(corpus_jsonl), nouns_json, shape_weights=shape_weights,
                   composed_frac=composed_frac, chat_frac=chat_frac)

    def _composed(self, rng: random.Random) -> bool:
        return self.composed_frac > 0 and rng.random() < self.composed_frac

    def _sentence_template(self, rng: random.Random) -> FactTemplate:
        return composed.fact_template(rng) if self._composed(rng) else rng.choice(self.sentence_templates)

    # ---- pieces -------------------------------------------------------------------------
    def _entity(self, rng: random.Random, kind: str | None = None, avoid: set[str] = frozenset()) -> Entity:
        for _ in range(50):
            e = make_entity(self.lex, rng, kind)
            if e.name not in avoid:
                return e
        raise RuntimeError("could not draw a distinct entity")

    def _similar(self, rng: random.Random, e: Entity, avoid: set[str]) -> Entity:
        """An entity sharing words with `e` (same first name, same object noun)."""
        words = e.name.split()
        for _ in range(50):
            if e.kind == "person" and len(words) == 2:
                cand = Entity(f"{words[0]} {rng.choice(self.lex.last)}", "person", True)
            elif e.kind == "object" and words[0] == "the" and len(words) == 3:
                cand = Entity(f"the {rng.choice(self.lex.adjectives)} {words[2]}", "object", False)
            elif e.kind == "object" and len(words) == 2 and words[1].isdigit():
                cand = Entity(f"{words[0]} {rng.randint(2, 99)}", "object", False)
            else:
                cand = self._entity(rng, e.kind)
            if cand.name not in avoid:
                return cand
        return self._entity(rng, e.kind, avoid)

    def _attribute(self, rng: random.Random, avoid: set[str] = frozenset()) -> Attribute:
        for _ in range(50):
            a = make_attribute(self.lex, rng, allow_heldout_kinds=self.split == "eval")
            if a.phrase not in avoid:
                return a
        raise RuntimeError("could not draw a distinct attribute")

    def _value(self, rng: random.Random, kind: str, avoid: set[str]) -> str:
        for _ in range(50):
            v = make_value(self.lex, rng, kind)
            if v not in avoid and not any(v in a or a in v for a in avoid):
                return v
        raise RuntimeError("could not draw a distinct value")

    def _facts(self, rng: random.Random, shape: str, n: int) -> tuple[list[Fact], str]:
        """n facts; facts[0] is the one asked (for absent, the asked pair is built separately)."""
        target = Fact(self._entity(rng), a := self._attribute(rng), "")
        target = Fact(target.entity, a, self._value(rng, a.kind, set()))
        facts, strategy = [target], "none"
        if n > 1:
            strategy = rng.choice(["same_attribute", "same_entity", "similar_entity", "mixed"])
        names, phrases, values = {target.entity.name}, {a.phrase}, {target.value}
        while len(facts) < n:
            if strategy == "same_attribute":
                e, att = self._entity(rng, avoid=names), a
            elif strategy == "same_entity":
                e, att = target.entity, self._attribute(rng, avoid=phrases)
            elif strategy == "similar_entity":
                e, att = self._similar(rng, target.entity, names), a
            else:
                e, att = self._entity(rng, avoid=names), self._attribute(rng, avoid=phrases)
            names.add(e.name)
            phrases.add(att.phrase)
            v = self._value(rng, att.kind, values)
            values.add(v)
            facts.append(Fact(e, att, v))
        return facts, strategy

    def _render(self, rng: random.Random, facts: list[Fact], force_template: FactTemplate | None = None,
                ) -> tuple[list[tuple[str, bool]], FactTemplate]:
        """Pieces to insert (text, is_block) and the template of the asked fact (facts[0])."""
        same_attr = all(f.attribute == facts[0].attribute for f in facts)
        speaker = f"{rng.choice(self.lex.first)}"
        t0 = force_template
        if t0 is None:
            use_block = same_attr and self.block_templates and rng.random() < (0.3 if len(facts) > 1 else 0.12)
            t0 = rng.choice(self.block_templates) if use_block else self._sentence_template(rng)
        if t0.block is not None:
            if not same_attr:
                raise ValueError("block templates need facts sharing one attribute")
            order = facts[:]
            rng.shuffle(order)
            return [(t0.render(order, rng)[0], True)], t0
        pieces = []
        for i, f in enumerate(facts):
            t = t0 if i == 0 else self._sentence_template(rng)
            while t.person_only and not f.entity.person:
                t = rng.choice([x for x in self.sentence_templates if not x.person_only] or self.sentence_templates)
            if i == 0 and t is not t0:
                t0 = t
            pieces.append((t.render([f], rng, speaker)[0], "\n" in t.text or t.family in ("code", "list", "log")))
        return pieces, t0

    def _question(self, rng: random.Random, fact: Fact, family: str | None = None) -> tuple[str, str, bool]:
        if family is None and self._composed(rng):
            return composed.question_text(rng).format(**fields(fact)), composed.FAMILY, True
        cands = question_templates(self.split, family)
        fam, tmpl, seen = rng.choice(cands)
        q = tmpl.format(**fields(fact))
        pre = rng.choice(self._pick(QUESTION_PREFIXES))
        suf = rng.choice(self._pick(QUESTION_SUFFIXES))
        return pre + q + suf, fam, seen

    # ---- episodes -----------------------------------------------------------------------
    def make(self, rng: random.Random, n_chars: int, shape: str | None = None, framing: str | None = None,
             depth: float | None = None, n_facts: int | None = None, question_family: str | None = None,
             fact_template: FactTemplate | None = None, source: str | None = None) -> RecallEpisode:
        shape = shape or rng.choices(list(self.shape_weights), list(self.shape_weights.values()))[0]
        if shape == "found":
            if self.split != "train":
                raise ValueError("found facts are for training only")
            ep = found_episode(rng, self.pool.draw(rng, n_chars, source), chat=rng.random() < self.chat_frac)
            if ep is not None:
                return ep
            shape = "single"
        framing = framing or ("chat" if rng.random() < self.chat_frac else "completion")
        if shape in ("absent", "followup", "together", "quiz"):
            framing = "chat"
        if shape == "single":
            n = 1
        elif shape == "multi":
            n = n_facts or rng.randint(2, 6)
        elif shape in ("together", "followup"):
            n = n_facts or rng.randint(2, 5)
        elif shape == "quiz":
            n = n_facts or rng.randint(2, 8)
        else:
            n = n_facts if n_facts is not None else rng.choice([0, 1, 2, 3, 4])
        facts, strategy = self._facts(rng, shape, max(1, n))
        asked = facts[0]
        if shape == "absent":
            # the asked pair is absent: drop it, keep distractors that share its attribute or entity
            facts = facts[1:] if n >= 1 else []
            if strategy == "none" and n >= 1:
                facts = [Fact(self._entity(rng, avoid={asked.entity.name}), asked.attribute,
                              self._value(rng, asked.attribute.kind, set()))]
        pieces, tmpl = self._render(rng, facts, fact_template) if facts else ([], None)
        hay = self.pool.draw(rng, n_chars, source)
        d0 = rng.random() if depth is None else depth
        spread = [d0] + [rng.random() for _ in pieces[1:]]
        context, spans = insert_many(hay, [(d, p, b) for d, (p, b) in zip(spread, pieces)], rng)
        meta = {"shape": shape, "framing": framing, "n_facts": len(facts), "distractors": strategy,
                "depth": round(d0, 3), "haystack": hay.source, "entity_kind": asked.entity.kind,
                "value_kind": asked.attribute.kind,
                "fact_family": tmpl.family if tmpl else "none", "fact_template": tmpl.name if tmpl else "none"}
        fact_seen = template_seen(tmpl) if tmpl else True
        value_seen = asked.attribute.kind not in HELDOUT_VALUE_KINDS

        if framing == "completion":
            stems = [(s, True) for s in COMPLETION_STEMS["train"]] + \
                ([(s, False) for s in COMPLETION_STEMS["eval"]] if self.split == "eval" else [])
            stem, q_seen = rng.choice(stems)
            if self._composed(rng):
                stem = composed.completion_stem(rng)
            question = stem.format(**fields(asked))
            meta["question_family"] = "completion"
            ep = RecallEpisode(context, question, asked.value, [asked.value], framing, shape, meta, spans)
        elif shape == "together":
            other = facts[rng.randrange(1, len(facts))]
            t, q_seen = self._pick_with_seen(rng, TOGETHER_TEMPLATES)
            f1, f2 = fields(asked), fields(other)
            question = t.format(E1=f1["E"], A1=f1["A"], Ep1=f1["Ep"], E2=f2["E"], A2=f2["A"], Ep2=f2["Ep"])
            meta["question_family"] = "together"
            reply = ANSWER_FRAMES[1].replace("{value}", asked.value, 1).replace("{value}", other.value, 1)
            ep = RecallEpisode(context, question, reply,
                               [asked.value, other.value],
                               framing, shape, meta, spans)
        elif shape == "quiz":
            ep = self._quiz(rng, context, spans, facts, meta, question_family)
            q_seen = ep.meta.pop("_q_seen")
        elif shape == "followup":
            q1, fam1, seen1 = self._question(rng, asked, question_family)
            other = facts[rng.randrange(1, len(facts))]
            if other.attribute == asked.attribute:
                t, seen2 = self._pick_with_seen(rng, FOLLOWUP_OTHER_ENTITY)
                q2 = t.format(**fields(other))
            elif other.entity == asked.entity:
                t, seen2 = self._pick_with_seen(rng, FOLLOWUP_OTHER_ATTRIBUTE)
                q2 = t.format(**fields(other))
            else:
                q2, _, seen2 = self._question(rng, other, question_family)
            history = f"{context}{USER_TURN.format(q=q1)}{chat_reply(asked.value)}{END}"
            q_seen = seen1 and seen2
            meta["question_family"] = fam1
            ep = RecallEpisode(history, q2, chat_reply(other.value), [other.value], framing, shape, meta, spans)
        else:
            question, fam, q_seen = self._question(rng, asked, question_family)
            meta["question_family"] = fam
            if shape == "absent":
                ep = RecallEpisode(context, question, ABSENT_REPLY, [], framing, shape, meta, spans)
            else:
                ep = RecallEpisode(context, question, chat_reply(asked.value), [asked.value], framing, shape, meta,
                                   spans)
        ep.meta["seen"] = bool(fact_seen and q_seen and value_seen)
        return ep

    def _quiz(self, rng: random.Random, context: str, spans, facts: list[Fact], meta: dict,
              question_family: str | None) -> RecallEpisode:
        """One chat turn per fact (shuffled, at most 6), sometimes one about an absent pair; the
        last turn is the episode's question, the earlier replies are answer spans in the context."""
        asked = facts[:]
        rng.shuffle(asked)
        asked = asked[:6]
        turns: list[tuple[str, str, str | None]] = []  # (question, reply, value; None = absent)
        q_seen = True
        for f in asked:
            q, _, seen = self._question(rng, f, question_family)
            turns.append((q, chat_reply(f.value), f.value))
            q_seen = q_seen and seen
        if rng.random() < 0.25:
            names = {f.entity.name for f in facts}
            ghost = Fact(self._entity(rng, avoid=names), rng.choice(facts).attribute, "")
            q, _, seen = self._question(rng, ghost, question_family)
            turns.insert(rng.randrange(len(turns) + 1), (q, ABSENT_REPLY, None))
            q_seen = q_seen and seen
        text, answer_spans = context, []
        for q, reply, _ in turns[:-1]:
            text += USER_TURN.format(q=q)
            answer_spans.append((len(text), len(text) + len(reply) + len(END)))
            text += reply + END
        q, reply, value = turns[-1]
        meta = {**meta, "question_family": "quiz", "turns": len(turns), "_q_seen": q_seen}
        return RecallEpisode(text, q, reply, [] if value is None else [value], "chat", "quiz", meta, spans,
                             answer_spans)

    def _pick_with_seen(self, rng: random.Random, d: dict[str, list[str]]) -> tuple[str, bool]:
        cands = [(t, True) for t in d["train"]] + ([(t, False) for t in d["eval"]] if self.split == "eval" else [])
        return rng.choice(cands)


__all__ = ["RecallGenerator", "RecallEpisode", "SHAPES", "ENTITY_KINDS", "TRAIN_SHAPE_WEIGHTS"]
