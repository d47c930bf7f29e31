"""The memory quote's Python rule (training/recall/quote.py, used by quote_probe.py and the trainer):
what the runtime (src/core/memory-quote.ts) quotes next to a question from the question's names alone."""
from training.recall.quote import pieces, question_names, quote_by_names, starts_at_word


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


def test_pieces_match_the_runtime_on_the_shared_fixture():
    import json
    import os
    path = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "quote-pieces.json")
    with open(path, encoding="utf-8") as f:
        for case in json.load(f)["cases"]:
            assert pieces(case["text"]) == case["pieces"], case["text"]


def test_a_dotted_value_stays_whole_and_questions_are_not_quoted():
    ctx = ("The harbour was quiet.\nWhat was the version of Foflia?\n"
           "When Foflia arrived, the version was 4.5.38. Then it rained.")
    assert quote_by_names(ctx, "What was the version of Foflia?") == "When Foflia arrived, the version was 4.5.38."


def test_no_line_is_quoted_twice():
    ctx = "[jathio_town]\njathio_code = T7G83\nThe mill stood still."
    quote = quote_by_names(ctx, "What is the secret code of Jathio?", k=2)
    assert quote.split("\n").count("jathio_code = T7G83") == 1


def test_a_record_counts_the_names_of_all_its_lines():
    ctx = "The mill stood still.\ndeploy:\n  region: eu-west-3\n  owner: team-kestrel\nThe river ran east."
    assert quote_by_names(ctx, "Which region does team Kestrel deploy to?", k=1) == \
        "deploy:\nregion: eu-west-3\nowner: team-kestrel"
    ctx = '[\n {\n  "name": "Graipav Group",\n  "debt_birthday": "2026-05-12"\n }\n]'
    assert "2026-05-12" in quote_by_names(ctx, "Which debt birthday does Graipav Group have?", k=1)


# [text, letters of a name, found]: the table of tests/unit/core/memory-check.test.ts (startsAtWord).
STARTS_AT_WORD = [
    ("Then that Rushworth came.", "hatrus", False),
    ("the Musgroves were out", "musgrove", True),
    ("ursula_thorne: height 195", "ursulathorne", True),
    ("lorcanMayfield.badge = 3091", "mayfield", True),
    ("lorcanMayfield.badge = 3091", "canmay", False),
    ("unit4b.access", "4b", True),
    ("Station #25 reported", "station25", True),
    ("Station #125 reported", "station25", False),
    ("", "a", False),
]


def test_a_name_counts_where_it_starts_at_a_word_as_the_runtime_counts_it():
    for text, needle, found in STARTS_AT_WORD:
        assert starts_at_word(text, needle) is found, (text, needle)
    ctx = "Then that Rushworth came. It was late.\nThe Hatrus code is 582-BSL."
    assert quote_by_names(ctx, "What is the code of Hatrus?", k=2) == "The Hatrus code is 582-BSL."


def test_a_question_and_its_answer_on_one_line_are_one_piece():
    ctx = 'She waited. "The code of the Hatrus project? That would be 582-BSL," Fatima said.'
    assert quote_by_names(ctx, "What is the code of the Hatrus project?", k=1) == \
        '"The code of the Hatrus project? That would be 582-BSL," Fatima said.'


def test_two_json_records_are_quoted_though_both_open_with_a_bracket_line():
    ctx = '[\n {\n  "name": "Florian Whitlock",\n  "height": "475 seconds"\n },\n {\n  "name": "Florian Garcia",\n' \
          '  "height": "606 kilometers"\n }\n]'
    quote = quote_by_names(ctx, "What is the height of Florian Garcia and the height of Florian Whitlock?", k=2)
    assert '"height": "475 seconds"' in quote and '"height": "606 kilometers"' in quote
