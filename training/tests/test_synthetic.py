"""Synthetic recall tasks of the MegaContext demo mixture: template exactness, answers copyable."""
import random

from training.synthetic.chat_qa import passkey_chat_episode, quote_episode, records_episode
from training.synthetic.filler import GRASS, FillerSource
from training.synthetic.mixture import draw_episode
from training.synthetic.multikey import multikey_episode
from training.synthetic.passkey import INTRO, QUESTION, passkey_episode

DOCS = ["The ship sailed at dawn. The captain watched the sea. Nobody spoke for an hour. " * 20]


def test_passkey_template_is_exact():
    ep = passkey_episode(random.Random(1), FillerSource(), 600, kind="grass")
    lines = ep.prompt.split("\n")
    assert lines[0] == INTRO and lines[-1] == QUESTION
    assert lines[2] == f"The pass key is {ep.key}. Remember it. {ep.key} is the pass key."
    assert ep.answer == f" {ep.key}." and 1 <= int(ep.key) <= 50000
    assert "The grass is green." in ep.prompt and GRASS.split(".")[1].strip() in ep.prompt


def test_fillers_vary():
    rng = random.Random(3)
    kinds = {passkey_episode(rng, FillerSource(DOCS), 400).prompt.split("\n")[1][:20] for _ in range(40)}
    assert len(kinds) >= 3


def test_multikey_answer_is_in_context():
    ep = multikey_episode(random.Random(2), FillerSource(DOCS), 800, n_keys=4)
    assert ep.prompt.count("One of the special magic numbers for") == 4
    assert f"is: {ep.key}." in ep.prompt and ep.answer == f" {ep.key}."


def test_chat_answers_are_copied_from_passage():
    rng = random.Random(4)
    for ep in (records_episode(rng), quote_episode(rng, FillerSource(DOCS)),
               passkey_chat_episode(rng, FillerSource(DOCS), 500)):
        user = ep.prompt.split("<|user|>\n", 1)[1].split("\n\n")[0]
        assert ep.key.replace("The pass key is ", "").rstrip(".") in user
        assert ep.prompt.endswith("<|assistant|>\n") and ep.answer.endswith("<|end|>\n")


def test_draw_episode_respects_budget_roughly():
    rng = random.Random(5)
    for _ in range(30):
        _, ep = draw_episode(rng, FillerSource(DOCS), 2000)
        assert len(ep.prompt) < 2000 + 700


def test_induction_episode_repeats_its_segment_exactly():
    from training.synthetic.induction import induction_episode
    rng = random.Random(5)
    for room in (16, 40, 300, 1024):
        for _ in range(20):
            ep = induction_episode(rng, room, 256, 8185, 10)
            if ep is None:
                continue
            ids, a0 = ep
            assert len(ids) <= room and 8 <= a0
            seg = ids[:a0]
            assert all(256 <= t < 8185 for t in seg)
            rest = ids[a0:]
            k = len(rest) // (a0 + 1)
            assert 1 <= k <= 3 and rest == ([10] + seg) * k
    assert induction_episode(rng, 15, 256, 8185, 10) is None


def test_memory_chat_frames_the_question_like_the_app():
    from training.synthetic.memory_chat import memory_chat_episode
    ep = memory_chat_episode(random.Random(6), FillerSource(DOCS), 700)
    doc, turn = ep.prompt.split("\n<|user|>\n")
    assert f"The pass key is {ep.key}. Remember it." in doc and "<|" not in doc
    assert turn.endswith("<|end|>\n<|assistant|>\n") and "pass key" in turn
    assert ep.answer == f"The pass key is {ep.key}.<|end|>\n"
