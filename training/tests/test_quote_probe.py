"""The quote probe's name selector (training/recall/quote_probe.py): what a runtime could quote next
to a question from the question's names alone."""
from training.recall.quote_probe import pieces, question_names, quote_by_names


def test_question_names_skip_the_first_word_and_possessives():
    assert question_names("What is Lorcan Mayfield's locker code?") == ["lorcan", "mayfield"]
    assert question_names("Which code goes with Ferro Quay? Be concise.") == ["ferro", "quay", "be"]
    assert question_names("what is the code") == []


def test_names_match_whatever_the_case_and_punctuation():
    ctx = "The river ran east.\nlorcan_mayfield = 58213.\nNothing else here.\nThe mill stood still."
    assert quote_by_names(ctx, "What is Lorcan Mayfield's code?", k=1) == "lorcan_mayfield = 58213."


def test_the_piece_with_more_of_the_question_comes_last():
    ctx = ("Lorcan Mayfield owns a boat. The tide was low that morning and nobody spoke of it again.\n"
           "Lorcan Mayfield's locker code is 58213. The harbour was quiet.")
    quote = quote_by_names(ctx, "Quick question: what is the locker code of Lorcan Mayfield?", k=2)
    assert quote.split("\n") == ["Lorcan Mayfield owns a boat.", "Lorcan Mayfield's locker code is 58213."]


def test_a_short_line_keeps_the_next_one():
    ctx = "[town_of_jathio]\nsecret_code = T7G83\n\nA long sentence of the haystack follows here, and then more."
    assert pieces(ctx)[0] == "[town_of_jathio]\nsecret_code = T7G83"
    assert "T7G83" in quote_by_names(ctx, "What was the town of Jathio's secret code again?", k=1)


def test_nothing_named_or_nothing_found_quotes_nothing():
    ctx = "Lorcan Mayfield's locker code is 58213."
    assert quote_by_names(ctx, "what is the locker code?") == ""
    assert quote_by_names(ctx, "What is Hiazom Quellbrook's locker code?") == ""
