"""Composed wordings (seed concept: recall that does not depend on wording; EVALUATION.md).

The written templates of `templates.py` give the training split 33 fact sentences, 18 questions
and 5 completion stems: few enough that a model can learn them one by one (the recall2 run did:
seen families up, held-out down). This module composes wordings from parts instead — a lead-in,
a way to name the entity's attribute, a connective, a tail — so that training sees tens of
thousands of wordings and no single one often. What stays the same in every wording is what
recall needs: the entity's name and the attribute's words are in the fact and in the question,
and the value follows the fact's connective.

Training only: `RecallGenerator("train", …, composed_frac=…)` draws from here; evaluation never
does. No part repeats a distinctive phrase of an evaluation template, prefix, suffix or stem
(`EVAL_PHRASES`, checked by training/tests/test_recall_composed.py), and a composed template
equal to an evaluation template is redrawn.
"""
from __future__ import annotations

import random

from .templates import COMPLETION_STEMS, FACT_TEMPLATES, QUESTION_TEMPLATES, FactTemplate

FAMILY = "composed"

# Ways to name "the attribute of the entity" ({E}, {Ep} = possessive, {A} = attribute phrase).
SUBJECTS = ["the {A} of {E}", "{Ep} {A}", "the {A} for {E}", "the {A} used by {E}", "the {A} of the one called {E}",
            "{Ep} current {A}", "{Ep} official {A}", "the {A} on file for {E}", "the {A} that {E} uses",
            "the {A} assigned to {E}", "the {A} linked to {E}", "{Ep} usual {A}", "the {A} kept for {E}"]
LEADS = ["", "", "", "", "Also, ", "By the way, ", "For the record, ", "In short, ", "As it happens, ", "Officially, ",
         "Meanwhile, ", "To be clear, ", "Just so you know, ", "Remember this: ", "Important: ", "Fact: ", "PS: ",
         "Update: ", "As agreed, ", "From the archive: "]
CONNECTIVES = [" is {V}", " was {V}", " equals {V}", " reads {V}", " has been {V}", " stands at {V}", " comes to {V}",
               " is listed as {V}", " is given as {V}", " is now {V}", " remains {V}", ": {V}", " = {V}", " - {V}",
               " is exactly {V}", " became {V}", " is simply {V}", " will be {V}", " is still {V}"]
TAILS = [".", ".", ".", ".", "", " (confirmed).", ", as far as anyone knows.", "; keep it safe.",
         ", or so the record says.", " this year.", "!", ", no more and no less.", " since then.",
         ", written in pencil."]
# Wordings where the value comes first or the entity is the grammatical subject.
INVERTED = ["{V} - that is {subj}", "{V}: {subj}", "{Ec} lists {V} as {pr} {A}", "{Ec} gave {V} as {pr} {A}",
            "{Ec} chose {V} for {pr} {A}", "{Ec} keeps {V} as {pr} {A}", "{Epc} records show the {A} as {V}",
            "On file for {E}: {A} {V}", "{A}, {E}: {V}", "{Ec} | {A} | {V}", "{Ec} reported {pr} {A}: {V}",
            "{Ec} wrote down {V} for the {A}"]

Q_OPENERS = ["", "", "", "", "So, ", "Hello. ", "Tell me: ", "Quick one: ", "Okay, ", "Right. ", "Hmm, ",
             "Another one: ", "Please help: ", "Good morning. ", "Next: "]
Q_CORES = ["what is {subj}?", "what was {subj}?", "what's {subj}?", "do you know {subj}?", "can you give me {subj}?",
           "name {subj}.", "{subj}: what is it?", "I'm looking for {subj}.", "what did you read about {subj}?",
           "how about {subj}?", "I need {subj}.", "remind me, what is {subj}?", "tell me {subj}.",
           "report {subj}.", "share {subj}.", "what do you have for {subj}?", "which {A} did {E} get?",
           "what {A} was given to {E}?", "what value is {subj}?", "do you recall {subj}?",
           "what did the text say {subj} is?", "can you find {subj}?"]
Q_CLOSERS = ["", "", "", "", " Thanks.", " Please.", " Short answer.", " Only the value.", " Cheers.",
             " Quickly.", " I need it now."]
STEM_HEADS = ["{Subj}", "So {subj}", "From memory, {subj}", "Recall: {subj}", "Right, {subj}", "In brief, {subj}",
              "As written, {subj}", "For {E}, the {A}"]
STEM_VERBS = [" is", " was", " equals", ":", " =", " reads", " is listed as", " comes to"]

# Distinctive words of evaluation-only wordings: no composed part may contain one.
EVAL_PHRASES = ["belonging", "Note that", "remembered", "set to", "nobody changed", "->", "...", "let ",
                "config[", "recorded as", "INFO", "said", "asked", "answered", "That would be", "What {A} does",
                "again", "Say the", "Look up", "for me", "Could you tell me", "Any idea", "goes with", "According",
                "Based on", "documents above", "Same question", "Also, what is", "To answer", "Looking it up",
                "Hi!", "Question for you", "Sorry to bother", "Thank you!", "Be concise", "{Ec} {A}?", "{A} of {E}?",
                ", please."]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _eval_fact_texts() -> set[str]:
    return {t.text for t in FACT_TEMPLATES if t.split == "eval" or t.family in ("dialogue", "log", "yaml")}


def _eval_question_texts() -> set[str]:
    out = {t for fam in QUESTION_TEMPLATES.values() for t in fam.get("eval", [])}
    out |= {t for fam in ("terse", "according") for t in QUESTION_TEMPLATES[fam].get("eval", [])}
    return out | set(COMPLETION_STEMS["eval"])


_EVAL_FACTS = _eval_fact_texts()
_EVAL_QUESTIONS = _eval_question_texts()


def fact_text(rng: random.Random) -> str:
    """One composed fact template (format fields as in templates.fields)."""
    for _ in range(20):
        if rng.random() < 0.3:
            body = rng.choice(INVERTED).replace("{subj}", rng.choice(SUBJECTS))
        else:
            body = rng.choice(SUBJECTS) + rng.choice(CONNECTIVES)
        lead = rng.choice(LEADS)
        text = lead + (body if lead and not lead.endswith(": ") else _cap(body))
        text = _cap(text) + rng.choice(TAILS)
        if text not in _EVAL_FACTS:
            return text
    raise RuntimeError("could not compose a fact wording unlike the evaluation templates")


def fact_template(rng: random.Random) -> FactTemplate:
    text = fact_text(rng)
    return FactTemplate(FAMILY, "train", text=text, name=f"{FAMILY}:{text[:24]}")


def question_text(rng: random.Random) -> str:
    """One composed chat question template ({E}, {Ep}, {A}); prefix and suffix included."""
    for _ in range(20):
        core = rng.choice(Q_CORES).replace("{subj}", rng.choice(SUBJECTS))
        opener = rng.choice(Q_OPENERS)
        text = opener + (core if opener and not opener.endswith((". ", ": ")) else _cap(core)) + rng.choice(Q_CLOSERS)
        text = _cap(text)
        if text not in _EVAL_QUESTIONS:
            return text
    raise RuntimeError("could not compose a question unlike the evaluation templates")


def completion_stem(rng: random.Random) -> str:
    """One composed completion stem: the text stops where the value should follow."""
    subj = rng.choice(SUBJECTS)
    head = rng.choice(STEM_HEADS).replace("{Subj}", _cap(subj)).replace("{subj}", subj)
    return head + rng.choice(STEM_VERBS)


def all_parts() -> list[str]:
    """Every part this module composes from (for the test against evaluation phrases)."""
    return (SUBJECTS + LEADS + CONNECTIVES + TAILS + INVERTED + Q_OPENERS + Q_CORES + Q_CLOSERS + STEM_HEADS
            + STEM_VERBS)
