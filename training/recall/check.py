"""Whether a reply answers a recall case (one rule, mirrored by src/eval/answer-check.ts):
a present fact is answered when every expected value appears in the reply as a whole (case- and
space-insensitive; a number must not be part of a longer number or word) and the reply does not
say the fact is absent; an absent fact is answered when the reply says it is not in memory.
"""
from __future__ import annotations

import re

ABSENT_PATTERN = re.compile(r"not in (?:my |the )?memory|don't know|do not know|not mentioned|no information"
                            r"|cannot find|can't find|isn't mentioned|is not mentioned", re.I)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def says_absent(reply: str) -> bool:
    return bool(ABSENT_PATTERN.search(reply))


def contains_value(reply: str, value: str) -> bool:
    r, v = _norm(reply), _norm(value)
    if not v:
        return False
    return re.search(r"(?<![0-9a-z])" + re.escape(v) + r"(?![0-9a-z])", r) is not None


def is_correct(reply: str, answers: list[str]) -> bool:
    if not answers:
        return says_absent(reply)
    return not says_absent(reply) and all(contains_value(reply, a) for a in answers)
