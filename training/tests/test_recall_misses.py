"""Where a recall run's misses come from (training/recall/misses.py): each present case is answered,
called absent, or missed with no quote, a quote without the answer, or a quote holding it."""
from __future__ import annotations

from training.recall.misses import count, kind_of


def _row(output: str, quote: str, answers=("Okonkwo",), mode="megacontext/similarity") -> dict:
    return {"mode": mode, "answers": list(answers), "output": output, "quote": quote}


def test_each_miss_is_told_apart_by_the_quote_and_the_reply():
    voicemail = "now with Dr. Okonkwo rather than Dr. Lindqvist"
    assert kind_of(_row("It is Dr. Okonkwo.", voicemail)) == "answered"
    assert kind_of(_row("I don't know: “dentist” is not in memory.", voicemail)) == "called_absent"
    assert kind_of(_row("It is Lindqvist.", "")) == "no_quote"
    assert kind_of(_row("It is Lindqvist.", "Hartwell Dental, Friday the 19th")) == "answer_not_in_quote"
    assert kind_of(_row("It is Lindqvist.", voicemail)) == "answer_in_quote"


def test_counts_only_the_present_cases_of_one_mode():
    rows = [_row("It is Okonkwo.", "Okonkwo"), _row("It is X.", "Okonkwo"), _row("It is X.", "", answers=()),
            _row("It is X.", "", mode="baseline/truncate")]
    assert count(rows, "megacontext/similarity") == {"answered": 1, "called_absent": 0, "no_quote": 0,
                                                     "answer_not_in_quote": 0, "answer_in_quote": 1}
