"""The recall guard's writers kept as data (training/recall/guard_writers.py): the gzipped file loads into
guard.py's tuples and rewrites to the same bytes, `add` appends a valid batch with the next numbers and
haystacks and refuses a bad one."""
from __future__ import annotations

import copy

import pytest

from training.recall import guard, guard_writers as gw

BATCH = '''
# a batch file as a session writes it: WRITER_N and WRITER_N_ABSENT, plain literals
WRITER_1 = {facts1!r}
WRITER_1_ABSENT = {absent1!r}
WRITER_2 = {facts2!r}
WRITER_2_ABSENT = {absent2!r}
'''


def good_batch():
    """Two writers in the batch format, copied from writers 193 and 194 (written to these rules)."""
    two = gw.load_writers()[192:194]
    return [(copy.deepcopy(facts), copy.deepcopy(absent)) for _, facts, absent, _ in two]


def test_the_file_loads_into_guards_tuples_and_rewrites_to_the_same_bytes(tmp_path):
    entries = gw.load()
    with open(gw.PATH, "rb") as f:
        assert gw.encode(entries) == f.read()
    writers = gw.load_writers()
    assert writers == guard.OTHER_WRITERS and len(writers) >= 194
    assert [p for p, _, _, _ in writers[:3]] == ["other", "other2", "other3"]
    assert [gw.number(p) for p, _, _, _ in writers] == list(range(1, len(writers) + 1))
    for prefix, facts, absent, hay in writers:
        assert hay in gw.HAYSTACKS and len(facts) == 16 and len(absent) == 8
        assert all(type(f) is tuple and len(f) == 4 and type(f[3]) is list for f in facts)
        assert all(type(a) is tuple and type(a[2]) is int for a in absent)
    assert guard.OTHER8 is guard.OTHER_WRITERS[7][1] and guard.OTHER194_ABSENT is guard.OTHER_WRITERS[193][2]
    assert entries[0]["note"].startswith("Sixteen more facts") and "note" not in entries[3]
    path = str(tmp_path / "w.json.gz")
    gw.save(entries, path)
    assert gw.load(path) == entries and gw.load_writers(path) == writers


def test_the_haystacks_continue_the_cycle_after_the_last_writer():
    entries = gw.load()
    hays = {w["prefix"]: w["haystack"] for w in entries}
    assert [hays[f"other{n}"] for n in (189, 190, 191, 192)] == ["novel", "reference", "tech", "novel"]
    following = gw.HAYSTACKS[(gw.HAYSTACKS.index(entries[-1]["haystack"]) + 1) % 3]
    assert gw.next_haystacks(entries, 4)[0] == following
    assert gw.next_haystacks([{"haystack": "novel"}], 4) == ["reference", "tech", "novel", "reference"]
    assert gw.next_haystacks([], 2) == ["novel", "reference"]


def test_add_appends_a_valid_batch_with_the_next_numbers_and_its_note(tmp_path):
    entries = gw.load()[:192]                         # the registry as it stood after writer 192 ("novel")
    out = gw.add(entries, good_batch(), note="Writers 193–194: a test batch.")
    assert out[:192] == entries and len(out) == 194
    assert [(w["prefix"], w["haystack"]) for w in out[192:]] == [("other193", "reference"),
                                                                 ("other194", "tech")]
    assert out[192]["note"] == "Writers 193–194: a test batch." and "note" not in out[193]
    assert out[192]["facts"] == gw.load()[192]["facts"]
    named = gw.add(entries, good_batch(), haystacks=["tech"])
    assert [w["haystack"] for w in named[192:]] == ["tech", "tech"]

    # the command, on a copy of the file: a FILE.py batch appended as writers 195 and 196
    path, batch_file = str(tmp_path / "w.json.gz"), tmp_path / "batch.py"
    gw.save(gw.load(), path)
    (f1, a1), (f2, a2) = good_batch()
    batch_file.write_text(BATCH.format(facts1=f1, absent1=a1, facts2=f2, absent2=a2), encoding="utf-8")
    gw.main(["--path", path, "add", str(batch_file), "--note", "a note"])
    added = gw.load(path)[len(gw.load()):]
    assert [w["prefix"] for w in added] == [f"other{len(gw.load()) + 1}", f"other{len(gw.load()) + 2}"]
    assert added[0]["note"] == "a note" and gw.load_writers(path)[-1][1] == f2


@pytest.mark.parametrize("spoil, message", [
    (lambda f, a: f.pop(), "15 facts"),
    (lambda f, a: a.append(a[0]), "9 absent"),
    (lambda f, a: f.__setitem__(0, (f[0][0], f[0][1], f[0][2], ["not in the fact"])), "is not in the fact"),
    (lambda f, a: f.__setitem__(0, (f[0][0], f[0][1], f[0][2], [f[0][3][0], "other"])), "lacks the first"),
    (lambda f, a: f.__setitem__(0, (f[0][0], f[0][1], f[0][2] + " " + f[0][3][0], f[0][3])), "stem ends"),
    (lambda f, a: a.__setitem__(0, (a[0][0], "chat", 16)), "index 16"),
    (lambda f, a: a.__setitem__(0, (a[0][0], "prompt", 0)), "framing 'prompt'"),
    (lambda f, a: f.__setitem__(0, f[0][:3]), "not (fact, question, stem"),
])
def test_add_refuses_a_bad_batch(spoil, message, tmp_path):
    batch = good_batch()
    spoil(*batch[1])
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        gw.add(gw.load(), batch)
    with pytest.raises(ValueError, match="haystack 'moon'"):
        gw.add(gw.load(), good_batch(), haystacks=["moon"])
    # the command refuses it too and leaves the file as it was
    path, batch_file = str(tmp_path / "w.json.gz"), tmp_path / "batch.py"
    gw.save(gw.load(), path)
    (f1, a1), (f2, a2) = batch
    batch_file.write_text(BATCH.format(facts1=f1, absent1=a1, facts2=f2, absent2=a2), encoding="utf-8")
    with pytest.raises(SystemExit, match="refused"):
        gw.main(["--path", path, "add", str(batch_file)])
    with open(path, "rb") as f:
        assert f.read() == gw.encode(gw.load())
    batch_file.write_text(f"WRITER_1 = {f1!r}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing WRITER_1_ABSENT"):
        gw.read_batch(str(batch_file))
