"""Fact and question templates of the recall generator, grouped in families (EVALUATION.md).

Fact families: declarative, narrative, list (key: value lines), code (assignments), log lines,
dialogue, and block families that hold several facts at once (table, csv, json, yaml, ini).
Question families: wh-questions, imperatives, indirect requests, which-questions, terse, and
"according to the text" questions; plus the stems of completion framing.

Every template has a split. Families in `HELDOUT_FACT_FAMILIES` / `HELDOUT_QUESTION_FAMILIES`
are evaluation-only as a whole; inside the other families about one template in four is
evaluation-only too. Training draws only `train` templates; `make_eval` reports seen (train
templates, eval words and haystacks) and held-out (eval templates) separately.

Fields: {E} entity, {Ec} capitalised, {Ep}/{Epc} possessive, {A} attribute, {V} value,
{e_id}/{a_id} snake_case, {a_camel}, {S} a speaker (a person), {pr} possessive pronoun.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from typing import Callable

from .entities import Attribute, Entity

HELDOUT_FACT_FAMILIES = ("dialogue", "log", "yaml")
HELDOUT_QUESTION_FAMILIES = ("terse", "according")


@dataclass(frozen=True)
class Fact:
    entity: Entity
    attribute: Attribute
    value: str


def fields(f: Fact, rng: random.Random | None = None, speaker: str = "Sam") -> dict[str, str]:
    e, a = f.entity, f.attribute
    return {"E": e.name, "Ec": e.capitalized, "Ep": e.possessive, "Epc": e.capitalized + e.possessive[len(e.name):],
            "A": a.phrase, "V": f.value, "e_id": e.ident, "a_id": a.ident, "a_camel": a.camel,
            "S": speaker, "pr": "their" if e.person else "its"}


@dataclass(frozen=True)
class FactTemplate:
    family: str
    split: str
    text: str = ""                                    # one fact per rendering
    block: Callable[[list[Fact], random.Random], str] | None = None  # several facts, one block
    person_only: bool = False
    name: str = ""

    def render(self, facts: list[Fact], rng: random.Random, speaker: str = "Sam") -> list[str]:
        """One string per fact (sentence families) or one block for all (block families)."""
        if self.block is not None:
            return [self.block(facts, rng)]
        return [self.text.format(**fields(f, rng, speaker)) for f in facts]


def _table(facts: list[Fact], rng: random.Random) -> str:
    a = facts[0].attribute.phrase
    head = rng.choice(["name", "item", "entry", "subject"])
    rows = [f"| {head} | {a} |", "|---|---|"] + [f"| {f.entity.bare} | {f.value} |" for f in facts]
    return "\n".join(rows)


def _csv(facts: list[Fact], rng: random.Random) -> str:
    a = facts[0].attribute.ident
    return "\n".join([f"name,{a}"] + [f"{f.entity.bare},{f.value}" for f in facts])


def _json(facts: list[Fact], rng: random.Random) -> str:
    a = facts[0].attribute.ident
    if rng.random() < 0.5:
        return json.dumps({f.entity.ident: {a: f.value} for f in facts}, indent=2)
    return json.dumps([{"name": f.entity.bare, a: f.value} for f in facts], indent=1)


def _yaml(facts: list[Fact], rng: random.Random) -> str:
    a = facts[0].attribute.ident
    return "\n".join(f"{f.entity.ident}:\n  {a}: {f.value}" for f in facts)


def _ini(facts: list[Fact], rng: random.Random) -> str:
    a = facts[0].attribute.ident
    return "\n\n".join(f"[{f.entity.ident}]\n{a} = {f.value}" for f in facts)


def _t(family: str, split: str, *texts: str, person_only: bool = False) -> list[FactTemplate]:
    return [FactTemplate(family, split, text=t, person_only=person_only, name=f"{family}:{t[:24]}") for t in texts]


FACT_TEMPLATES: list[FactTemplate] = [
    *_t("declarative", "train", "The {A} of {E} is {V}.", "{Epc} {A} is {V}.", "For {E}, the {A} is {V}.",
        "The {A} for {E} is {V}.", "{Epc} {A} was {V}.", "{Ec} has the {A} {V}.",
        "It is recorded that the {A} of {E} is {V}.", "{V} is the {A} of {E}."),
    *_t("declarative", "eval", "The {A} belonging to {E} is {V}.", "Note that {Ep} {A} is {V}.",
        "{V} is {Ep} {A}."),
    *_t("narrative", "train", "When {E} arrived, the first thing on the list was the {A}: {V}.",
        "Nobody but {E} knew the {A}, which was {V}.", "Later that day the {A} of {E} was written on a card: {V}.",
        "Everyone agreed that {Ep} {A} would be {V}.", "After a long search, the {A} of {E} turned out to be {V}.",
        "It was settled at last: {Ep} {A} is {V}."),
    *_t("narrative", "eval", "Years later people still remembered that the {A} of {E} had been {V}.",
        "In the end {Ep} {A} was set to {V}, and nobody changed it again."),
    *_t("list", "train", "- {A} of {E}: {V}", "{Ec} / {A}: {V}", "* {Epc} {A} = {V}", "{Ec} -- {A}: {V}",
        "{A} ({E}): {V}", "Entry: {E}; {A}: {V}"),
    *_t("list", "eval", "> {Ec}, {A} -> {V}", "{A} for {E} ... {V}"),
    *_t("code", "train", '{e_id}_{a_id} = "{V}"', "const {e_id}_{a_camel} = '{V}';", "{e_id}.{a_id} = \"{V}\"",
        "set_{a_id}(\"{e_id}\", \"{V}\")", "# {A} of {E}: {V}"),
    *_t("code", "eval", "let {a_camel} = \"{V}\"; // {E}", "config[\"{e_id}\"][\"{a_id}\"] = \"{V}\""),
    *_t("log", "eval", "[2021-03-04 10:15] {e_id}: {a_id} set to {V}", "INFO {Ec} updated {A} -> {V}",
        "{V} recorded as {A} for {E} (log)"),
    *_t("dialogue", "eval", "\"My {A} is {V},\" said {E}.", "{S}: {Ec}, what is your {A}?\n{Ec}: It's {V}.",
        "\"And the {A}?\" asked {S}. \"{V},\" {E} answered.", person_only=True),
    *_t("dialogue", "eval", "\"The {A} of {E}? That would be {V},\" {S} said."),
    FactTemplate("table", "train", block=_table, name="table:markdown"),
    FactTemplate("table", "train", block=_csv, name="table:csv"),
    FactTemplate("json", "train", block=_json, name="json"),
    FactTemplate("ini", "train", block=_ini, name="ini"),
    FactTemplate("yaml", "eval", block=_yaml, name="yaml"),
]


def fact_templates(split: str) -> list[FactTemplate]:
    """Templates a split may draw: train → train templates of seen families; eval → all
    (the case records whether its template was seen in training)."""
    if split == "train":
        return [t for t in FACT_TEMPLATES if t.split == "train" and t.family not in HELDOUT_FACT_FAMILIES]
    return list(FACT_TEMPLATES)


def template_seen(t: FactTemplate) -> bool:
    return t.split == "train" and t.family not in HELDOUT_FACT_FAMILIES


# Questions: {E}, {Ep}, {A} (one fact) — asked in chat.
QUESTION_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "wh": {"train": ["What is {Ep} {A}?", "What is the {A} of {E}?", "What's the {A} for {E}?",
                     "What was the {A} of {E}?", "What is the {A} that belongs to {E}?"],
           "eval": ["What {A} does {E} have?", "What was {Ep} {A} again?"]},
    "imperative": {"train": ["Tell me the {A} of {E}.", "Give me {Ep} {A}.", "Please look up the {A} for {E}.",
                             "Find the {A} of {E}.", "State {Ep} {A}."],
                   "eval": ["Say the {A} for {E}, please.", "Look up {Ep} {A} for me."]},
    "indirect": {"train": ["Do you remember {Ep} {A}?", "I forgot the {A} of {E}. What was it?",
                           "Can you recall the {A} that {E} has?", "Remind me of the {A} for {E}.",
                           "I need {Ep} {A}. What is it?"],
                 "eval": ["Could you tell me what the {A} of {E} is?", "Any idea what {Ep} {A} is?"]},
    "which": {"train": ["Which {A} does {E} have?", "Which {A} was given for {E}?", "Which {A} is listed for {E}?"],
              "eval": ["Which {A} goes with {E}?"]},
    "terse": {"eval": ["{Ec} {A}?", "{A} of {E}?", "{Epc} {A}, please."]},
    "according": {"eval": ["According to the text, what is the {A} of {E}?",
                           "Based on what I gave you, what is {Ep} {A}?",
                           "In the documents above, which {A} is mentioned for {E}?"]},
}

# Two facts asked together: {E1} {A1} {Ep1} / {E2} {A2} {Ep2}.
TOGETHER_TEMPLATES = {
    "train": ["What are {Ep1} {A1} and {Ep2} {A2}?", "Tell me the {A1} of {E1} and the {A2} of {E2}.",
              "I need two things: the {A1} of {E1} and the {A2} of {E2}."],
    "eval": ["What is the {A1} of {E1}, and what is the {A2} of {E2}?"],
}

# Follow-up turns after a first answered question: same attribute, another entity ({E}) or
# same entity, another attribute ({A}, {Ep} of the first entity).
FOLLOWUP_OTHER_ENTITY = {"train": ["And what about {E}?", "And for {E}?", "What about {E}?"],
                         "eval": ["Same question for {E}."]}
FOLLOWUP_OTHER_ATTRIBUTE = {"train": ["And {pr} {A}?", "What about the {A}?", "And the {A}?"],
                            "eval": ["Also, what is the {A}?"]}

# Completion framing: the text goes on with a stem that ends where the value should follow.
COMPLETION_STEMS = {"train": ["The {A} of {E} is", "{Epc} {A} is", "Question: what is the {A} of {E}? Answer:",
                              "Q: {Ep} {A}?\nA:", "As noted above, the {A} for {E} is"],
                    "eval": ["To answer the question about {Ep} {A}: it is", "Looking it up, the {A} of {E} is"]}

QUESTION_PREFIXES = {"train": ["", "", "", "", "Quick question: ", "Hey, ", "One more thing. ", "Okay. ",
                               "I have a question. "],
                     "eval": ["", "", "", "Hi! ", "Question for you: ", "Sorry to bother you. "]}
QUESTION_SUFFIXES = {"train": ["", "", "", "", " Answer briefly.", " Thanks.", " Just the answer, please."],
                     "eval": ["", "", "", " Thank you!", " Be concise."]}

# The reply when what is asked is not in memory (trained and checked by the eval).
ABSENT_REPLY = "I don't know. It is not in my memory."


def question_templates(split: str, family: str | None = None) -> list[tuple[str, str, bool]]:
    """(family, template, seen) for a split: train → train templates of seen families."""
    out = []
    for fam, by_split in QUESTION_TEMPLATES.items():
        if family is not None and fam != family:
            continue
        for sp, temps in by_split.items():
            seen = sp == "train" and fam not in HELDOUT_QUESTION_FAMILIES
            if split == "train" and not seen:
                continue
            out += [(fam, t, seen) for t in temps]
    return out
