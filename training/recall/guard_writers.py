"""The recall guard's other writers (training/recall/guard.py: `OTHER`, `OTHER_ABSENT`, `OTHER2` …
and the registry `OTHER_WRITERS`), kept as data in `guard_writers.json.gz` beside this file.

    /usr/bin/python3 -m training.recall.guard_writers add FILE.py --note "Writers 195–200 (…): commissioned …"
    /usr/bin/python3 -m training.recall.guard_writers list

`add` appends a batch: FILE.py assigns lists `WRITER_1`, `WRITER_1_ABSENT`, `WRITER_2`, … (plain literals,
read with `ast.literal_eval`, never run), in the format guard.py always used — facts
`(fact, chat question, completion stem, [accepted answers])`, absent questions `(question, "chat" |
"completion", index of the fact whose slice holds it)`. The batch's writers take the next numbers
(`other195`, …) in the order of their N, and their haystacks continue the cycle novel → reference →
tech after the last registered writer (`--haystacks` names them instead, cycled over the batch).
`--note` is the batch's provenance (who wrote it, when, what they saw), kept on its first writer.
"""
# Why a gzipped file and not Python literals: the repository has a size cap — the device tool
# refuses a tracked tree over 43 MiB (training/tests/test_device_run.py) — and 194 writers' literals
# made guard.py 1.3 MB. This module is the one place that reads and writes the file; guard.py loads it
# at import (`load_writers`) into the tuples and module names (`OTHER8`, `OTHER8_ABSENT`, …) it had.
from __future__ import annotations

import argparse
import ast
import gzip
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(__file__), "guard_writers.json.gz")
HAYSTACKS = ("novel", "reference", "tech")
KEYS = ("prefix", "haystack", "note", "facts", "absent")   # each entry's keys, in this order
FACTS_PER_WRITER, ABSENT_PER_WRITER = 16, 8


def load(path: str = PATH) -> list[dict]:
    """The file's entries as stored: {"prefix", "haystack", "note"?, "facts", "absent"}, in registry order."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def load_writers(path: str = PATH) -> list[tuple[str, list, list, str]]:
    """guard.py's `OTHER_WRITERS`: (prefix, facts, absent, haystack) per writer, facts as (fact, question,
    stem, [answers]) tuples and absent questions as (question, framing, index) tuples."""
    return [(w["prefix"], [(f, q, s, list(a)) for f, q, s, a in w["facts"]],
             [(q, framing, int(k)) for q, framing, k in w["absent"]], w["haystack"]) for w in load(path)]


def encode(entries: list[dict]) -> bytes:
    """The gzipped JSON: one writer a line, keys in `KEYS` order, UTF-8 as written, gzip mtime 0 — the
    same entries give the same bytes."""
    lines = [json.dumps({k: w[k] for k in KEYS if k in w}, ensure_ascii=False) for w in entries]
    text = "[\n" + ",\n".join(lines) + "\n]\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def save(entries: list[dict], path: str = PATH) -> None:
    data = encode(entries)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def number(prefix: str) -> int:
    """Writer number of a prefix: "other" is 1, "other2" is 2, …"""
    m = re.fullmatch(r"other(\d*)", prefix)
    if not m:
        raise ValueError(f"not a writer prefix: {prefix!r}")
    return int(m.group(1) or 1)


def validate(facts, absent, name: str = "writer") -> list[str]:
    """What is wrong with one writer's lists (empty when nothing is): 16 facts and 8 absent questions; each
    fact's first answer said verbatim in it, every answer containing the first (the value a reply must
    say), the completion stem not ending with it; each absent question's framing chat or completion and
    its index a fact's."""
    errors = []
    if not isinstance(facts, (list, tuple)) or not isinstance(absent, (list, tuple)):
        return [f"{name}: facts and absent questions must be lists"]
    if len(facts) != FACTS_PER_WRITER:
        errors.append(f"{name}: {len(facts)} facts, not {FACTS_PER_WRITER}")
    if len(absent) != ABSENT_PER_WRITER:
        errors.append(f"{name}: {len(absent)} absent questions, not {ABSENT_PER_WRITER}")
    for k, entry in enumerate(facts):
        where = f"{name} fact {k}"
        if not (isinstance(entry, (list, tuple)) and len(entry) == 4
                and all(isinstance(s, str) for s in entry[:3]) and isinstance(entry[3], list)
                and entry[3] and all(isinstance(a, str) and a for a in entry[3])):
            errors.append(f"{where}: not (fact, question, stem, [answers, …]) of strings: {entry!r}")
            continue
        fact, _, stem, answers = entry
        if answers[0] not in fact:
            errors.append(f"{where}: answer {answers[0]!r} is not in the fact")
        if not all(answers[0] in a for a in answers):
            errors.append(f"{where}: an accepted answer lacks the first, {answers[0]!r}: {answers!r}")
        if stem.rstrip().endswith(answers[0]):
            errors.append(f"{where}: the completion stem ends with the answer {answers[0]!r}")
    for k, entry in enumerate(absent):
        where = f"{name} absent {k}"
        if not (isinstance(entry, (list, tuple)) and len(entry) == 3 and isinstance(entry[0], str)):
            errors.append(f"{where}: not (question, framing, index): {entry!r}")
            continue
        _, framing, index = entry
        if framing not in ("chat", "completion"):
            errors.append(f"{where}: framing {framing!r} is not chat or completion")
        if type(index) is not int or not 0 <= index < FACTS_PER_WRITER:
            errors.append(f"{where}: index {index!r} is not 0..{FACTS_PER_WRITER - 1}")
    return errors


def read_batch(path: str) -> list[tuple[list, list]]:
    """(facts, absent) of each writer FILE.py assigns (`WRITER_N`, `WRITER_N_ABSENT`), in the order of N."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    lists = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            m = re.fullmatch(r"WRITER_?(\d+)(_ABSENT)?", node.targets[0].id)
            if m:
                lists[(int(m.group(1)), bool(m.group(2)))] = ast.literal_eval(node.value)
    numbers = sorted({n for n, _ in lists})
    if not numbers:
        raise ValueError(f"{path}: no WRITER_N lists")
    missing = [f"WRITER_{n}{s}" for n in numbers for s, absent in (("", False), ("_ABSENT", True))
               if (n, absent) not in lists]
    if missing:
        raise ValueError(f"{path}: missing {', '.join(missing)}")
    return [(lists[(n, False)], lists[(n, True)]) for n in numbers]


def next_haystacks(entries: list[dict], count: int) -> list[str]:
    """The cycle novel → reference → tech continued after the last registered writer."""
    start = (HAYSTACKS.index(entries[-1]["haystack"]) + 1) if entries else 0
    return [HAYSTACKS[(start + k) % len(HAYSTACKS)] for k in range(count)]


def add(entries: list[dict], batch: list[tuple[list, list]], haystacks: list[str] | None = None,
        note: str | None = None) -> list[dict]:
    """`entries` with the batch's writers appended (a new list), or ValueError naming every problem."""
    first = max((number(w["prefix"]) for w in entries), default=0) + 1
    errors = [e for k, (facts, absent) in enumerate(batch)
              for e in validate(facts, absent, f"writer {first + k}")]
    if haystacks:
        errors += [f"haystack {h!r} is not one of {', '.join(HAYSTACKS)}"
                   for h in haystacks if h not in HAYSTACKS]
    if errors:
        raise ValueError("\n".join(errors))
    hays = [haystacks[k % len(haystacks)] for k in range(len(batch))] if haystacks else \
        next_haystacks(entries, len(batch))
    new = []
    for k, (facts, absent) in enumerate(batch):
        w = {"prefix": f"other{first + k}", "haystack": hays[k]}
        if note and k == 0:
            w["note"] = note
        w["facts"] = [[f, q, s, list(a)] for f, q, s, a in facts]
        w["absent"] = [[q, framing, i] for q, framing, i in absent]
        new.append(w)
    return entries + new


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--path", default=PATH, help="the writers' file (default: %(default)s)")
    sub = ap.add_subparsers(dest="command", required=True)
    a_add = sub.add_parser("add", help="append a batch of writers from FILE.py")
    a_add.add_argument("file")
    a_add.add_argument("--haystacks",
                       help="comma-separated, cycled over the batch (default: continue the cycle)")
    a_add.add_argument("--note", help="the batch's provenance comment")
    a_add.add_argument("--note-file", help="read the note from this file")
    a_add.add_argument("--dry-run", action="store_true", help="validate and report, write nothing")
    sub.add_parser("list", help="each writer's prefix, haystack and note's first line")
    a = ap.parse_args(argv)
    entries = load(a.path)
    if a.command == "list":
        for w in entries:
            print(f"{w['prefix']:>9} {w['haystack']:<9} {w.get('note', '').split(chr(10))[0][:90]}")
        return
    note = a.note
    if a.note_file:
        with open(a.note_file, encoding="utf-8") as f:
            note = f.read().strip("\n")
    try:
        batch = read_batch(a.file)
        out = add(entries, batch, a.haystacks.split(",") if a.haystacks else None, note)
    except ValueError as e:
        sys.exit(f"[guard_writers] refused: {e}")
    for w in out[len(entries):]:
        print(f"[guard_writers] {w['prefix']}: {w['haystack']}")
    if not a.dry_run:
        save(out, a.path)
        print(f"[guard_writers] {a.path}: {len(out)} writers")


if __name__ == "__main__":
    main()
