"""The memory quote (issue 16) in Python: the sentences or lines of a context that hold a question's
names, quoted again right before its turn, best last — the rule of the app's runtime
(src/core/memory-quote.ts), used by the in-budget probe (quote_probe.py) and by the trainer
(dataset/stream.py, `--recall-quote`), so a model can be trained on the layout the runtime reads.

Names are capitalised words of the question after its first word (possessive 's dropped), matched
as lower-case letters and digits from a word's start, as the memory check matches them ("Ursula
Thorne" finds `ursula_thorne: height 195`; "Hatrus" is not in "that Rushworth"). A piece holding
more of the names ranks higher, then one sharing more of the question's words, then the later one;
a question is never quoted (an earlier turn's question holds the names, not the fact) unless it is
said in dialogue with its answer on the line, and no line is quoted twice (a key line and its value
may also be pieces of their own). The runtime also drops names that are common words, looks at the
text around at most 16 occurrences of each name (those with most of the question's words around
them), keys a request that names nothing by its rare words (by their stem where the memory lacks
them) or the pairs of its words the memory holds, a follow-up also by the previous request's names
(src/core/previous-request.ts), reads a long line holding a name from its start, and quotes the
best piece of each side of a two-part request ("the X of A and the Y of B"), and between pieces
holding as many names ranks first the one holding more of the request's attribute words (its
lower-case content words: "motto", an identifier's "weatherMotto" included), and quotes a short
paragraph whole as a record when it beats its own lines (src/core/quote-pieces.ts
`paragraphRecords`); on the trainer's episodes other than follow-ups, "together" questions, such
ties and records the two agree.
"""
from __future__ import annotations

import re

QUOTE_PIECES = 2
QUOTE_CHARS = 300          # MEMORY_QUOTE_DEFAULTS.maxChars
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
_HAS_VALUE = re.compile(r"[:=|,]\s*[^\s{\[]")   # "key: value", "k = v", "| a | b |", "a,b" (not "key: {")
# no end in "4.5.38", at "..." nor at an abbreviation's dot before a digit or a lower-case word ("ext. 2291")
_PIECE = re.compile(r"(?:[^\n.!?]|\.{2,}|[.!?](?!\s|$)|\.(?=[ \t]+[a-z0-9])"
                    r"|(?:(?<=\bDr)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bSt)|(?<=\bProf)|(?<=\bCapt))"
                    r"\.(?=[ \t]+[A-Z])|(?<=\b[A-Z])\.(?=[ \t]+[A-Z][a-z]))+[.!?]?")
# a question someone says ('"The code of …?'), perhaps closed with who asked ('"And the motto?" asked Bruna.')
_DIALOGUE_QUESTION = re.compile(r"^[\"“'‘«](?:.*\?|[^\"”'’»]*\?[\"”'’»](?:\s+(?:[^\W\d_]|['’])+){1,3}[.,]?)$", re.S)
BLOCK_LINES = 6            # a key line opening a block keeps at most this many of its lines
_BLOCK_HEAD = re.compile(r":$|^[-*•+]\s")   # a YAML key, or a list item heading its sub-items
_INI_SECTION = re.compile(r"^\[[^\]\s]+\]$")   # an INI section's header, heading its key lines
_KEY_LINE = re.compile(r"^[\w.-]+\s*[=:]")


def letters(s: str) -> str:
    """Lower-cased letters and digits: the memory check's normal form (src/core/memory-letters.ts)."""
    return re.sub(r"[^a-z0-9]", "", s.lower())


_WORD_INSIDE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")


def starts_at_word(text: str, needle: str) -> bool:
    """Whether `needle` (letters) starts at a word of `text` (src/core/memory-check.ts `startsAtWord`):
    "Musgrove" is in "the Musgroves" and "Mayfield" in `lorcanMayfield`, but "Hatrus" is not in
    "that Rushworth", whose letters hold it across a word."""
    words = [w.lower() for run in re.findall(r"[A-Za-z0-9]+", text) for w in _WORD_INSIDE.split(run)]
    for i in range(len(words)):
        run = ""
        for w in words[i:]:
            run += w
            if len(run) >= len(needle):
                if run.startswith(needle):
                    return True
                break
            if not needle.startswith(run):
                break
    return False


def question_names(question: str) -> list[str]:
    """Capitalised words of the question after its first word, possessive 's dropped, normalised."""
    words = _WORD.findall(question)
    out = []
    for i, w in enumerate(words):
        w = re.sub(r"'s?$", "", w)
        if i > 0 and w[:1].isupper() and len(letters(w)) > 1:
            out.append(letters(w))
    return out


def pieces(context: str) -> list[str]:
    """Sentences and lines of `context`, in order (a question said in dialogue with the rest of its
    line); a short line that ends no sentence and holds no
    value after a separator (a section header, a key on its own line) keeps the next one, where its
    value may be — or the block it opens: with `{` or `[`, the block's lines up to its closing
    bracket; with `:` or as a list item, the lines indented under it (YAML, sub-items) — at most
    BLOCK_LINES lines after it."""
    parts: list[tuple[str, bool, int]] = []  # (piece, a whole line that ends no sentence, its line's indent)
    for line in context.split("\n"):
        found: list[str] = []
        for p in (p.strip() for p in _PIECE.findall(line)):
            if not p:
                continue
            if found and _DIALOGUE_QUESTION.match(found[-1]):   # a question said and its answer: one piece
                found[-1] += " " + p
            else:
                found.append(p)
        indent = len(line) - len(line.lstrip())
        parts.extend((p, len(found) == 1 and not p.endswith((".", "!", "?")) and not _HAS_VALUE.search(p), indent)
                     for p in found)
    out = []
    for j, (p, open_line, indent) in enumerate(parts):
        header = _table_header([q for q, _, _ in parts], j)
        if header is not None:   # a table's row under its header
            out.append(header + "\n" + p)
            continue
        if not (open_line and len(p) < 40 and j + 1 < len(parts)):
            out.append(p)
            continue
        bracket = p.endswith(("{", "["))
        section = bool(_INI_SECTION.match(p))
        indented = bool(_BLOCK_HEAD.search(p)) and parts[j + 1][2] > indent
        if not bracket and not indented and not section:
            out.append(p + "\n" + parts[j + 1][0])
            continue
        block = [p]
        for q, _, q_indent in parts[j + 1:]:
            inside = (bool(_KEY_LINE.match(q)) if section else not q.startswith(("}", "]")) if bracket
                      else q_indent > indent)
            if len(block) > BLOCK_LINES or not inside:
                break
            block.append(q)
        out.append("\n".join(block))
    return out


_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|[\s:|-]+\|$")


def row_shape(line: str) -> str | None:
    """A table row's shape, or None (the runtime's quote-pieces.ts `rowShape`): a Markdown row ('|'),
    cells between bars without the outer ones ('|3'), or a CSV line (',5': commas, none before a
    space, not only a number's thousands)."""
    if _TABLE_ROW.match(line):
        return "|"
    bars = line.count("|")
    if bars >= 2 and "||" not in line:   # (not code's "||")
        return f"|{bars + 1}"
    commas = line.count(",")
    if commas >= 2 and not re.search(r",\s", line) and re.search(r"\D,|,\D", line):
        return f",{commas + 1}"
    return None


def _table_header(found: list[str], j: int) -> str | None:
    """The header of the table whose data row is found[j] (the first row of the rows above it of its
    shape), or None."""
    row = found[j]
    shape = row_shape(row)
    if shape is None or _TABLE_RULE.match(row):
        return None
    k = j
    while k > 0 and row_shape(found[k - 1]) == shape:
        k -= 1
    # (another table's first row heads it only when it holds no digit: a window may cut a table's top)
    heads = shape == "|" or not re.search(r"\d", found[k])
    return found[k] if k < j and not _TABLE_RULE.match(found[k]) and heads else None


def _fact_lines(piece: str) -> list[str]:
    """The lines of a piece that state its fact: not a line of brackets alone, nor a table row's header."""
    lines = [line for line in piece.split("\n") if re.search(r"[A-Za-z0-9]", line)]
    return lines[1:] if len(lines) == 2 and row_shape(lines[0]) is not None else lines


def named_text(piece: str) -> str:
    """The text whose names a piece counts: its first line, or the whole piece when that line opens a
    block (ends with `:`, `{` or `[`: a JSON object or a YAML mapping is one record) or is a table's
    header (its row follows)."""
    head = piece.split("\n")[0]
    return piece if head.endswith((":", "{", "[")) or row_shape(head) is not None else head


def quote_by_names(context: str, question: str, k: int = QUOTE_PIECES, max_chars: int = QUOTE_CHARS) -> str:
    """The `k` pieces of `context` holding most of the question's names, best last, at most
    `max_chars` characters (the end kept); '' when the question names nothing found in the context."""
    names = question_names(question)
    if not names:
        return ""
    qwords = {letters(w) for w in _WORD.findall(question) if len(w) > 2}
    scored = []
    for j, p in enumerate(pieces(context)):
        if p.split("\n")[0].endswith("?"):
            continue
        named = named_text(p)
        hits = sum(starts_at_word(named, n) for n in names)
        if hits:
            scored.append((hits, len(qwords & {letters(w) for w in _WORD.findall(p)}), j, p))
    chosen: list[str] = []
    for *_, p in sorted(scored, reverse=True):
        if len(chosen) == k:
            break
        # (a line of brackets alone, as two JSON records both open with "{", is no line of a fact; nor is
        # the header two rows of one table are quoted under)
        if not any(line in _fact_lines(c) for c in chosen for line in _fact_lines(p)):
            chosen.insert(0, p)
    return "\n".join(chosen)[-max_chars:]


__all__ = ["QUOTE_CHARS", "QUOTE_PIECES", "letters", "pieces", "question_names", "quote_by_names", "starts_at_word"]
