"""Working-context rows and positions (ARCHITECTURE §4 "Positions"; seeds: a gist sits at the
central index of its span). Python mirror of src/core/position-policy.ts `placeEntries`, so the
nets are trained with the positions the runtime feeds the decoder:

    absolute      token rows at their absolute index; a gist at start + K^ℓ/2
    compacted     rows 0 … W−1                     (the runtime default)
    bounded-gaps  absolute, every step between consecutive rows capped at G
An entry is (level, index): LOD0 block `index` (≤ K token rows) or the LODℓ gist `index`.
"""
from __future__ import annotations

POLICIES = ("absolute", "compacted", "bounded-gaps")


def entry_rows(K: int, level: int, index: int, total_tokens: int) -> int:
    return max(0, min(K, total_tokens - index * K)) if level == 0 else 1


def absolute_position(K: int, level: int, index: int, row: int) -> int:
    if level == 0:
        return index * K + row
    span = K ** level
    return index * span + span // 2


def position_ids(entries: list[tuple[int, int]], policy: str, K: int, total_tokens: int,
                 max_gap: int = 64) -> list[int]:
    """Position of every row of the WC (entries in timeline order) under `policy`."""
    if policy not in POLICIES:
        raise ValueError(f"unknown position policy {policy!r}; one of {POLICIES}")
    out: list[int] = []
    prev_abs, prev_pos = -1, -1
    for level, index in entries:
        rows = entry_rows(K, level, index, total_tokens)
        if rows == 0:
            raise ValueError(f"entry (LOD{level}, {index}) has no rows ({total_tokens} tokens)")
        first = absolute_position(K, level, index, 0)
        if first <= prev_abs:
            raise ValueError(f"entry (LOD{level}, {index}) is not after the previous entry")
        if policy == "absolute":
            base = first
        elif policy == "compacted":
            base = len(out)
        else:
            base = prev_pos + min(first - prev_abs, max_gap)
        out.extend(base + r for r in range(rows))
        prev_abs = absolute_position(K, level, index, rows - 1)
        prev_pos = base + rows - 1
    return out


def policy_positions(abs_positions: list[int], policy: str, max_gap: int = 64) -> list[int]:
    """Row positions under `policy` from each row's absolute position (a token's index, a gist's
    span centre), rows in timeline order — the row-wise form of `placeEntries`."""
    if policy not in POLICIES:
        raise ValueError(f"unknown position policy {policy!r}; one of {POLICIES}")
    if policy == "absolute":
        return list(abs_positions)
    if policy == "compacted":
        return list(range(len(abs_positions)))
    out, prev_abs, prev_pos = [], -1, -1
    for p in abs_positions:
        prev_pos = prev_pos + min(p - prev_abs, max_gap)
        prev_abs = p
        out.append(prev_pos)
    return out


def segments_abs_positions(segments: list[tuple[int, int, bool]]) -> list[int]:
    """segments: (start token, tokens covered, as_gist) in order → absolute position per row
    (tokens: one row each; a gist: one row at start + covered // 2)."""
    out: list[int] = []
    for start, n, as_gist in segments:
        out.extend([start + n // 2] if as_gist else range(start, start + n))
    return out


def span_gist_positions(P: int, span: int, H: int, policy: str, K: int = 32,
                        max_gap: int = 64) -> dict[str, list[int]]:
    """Positions for ΔNLL@H rows: P ≥ 1 context tokens, a span of `span` tokens starting at P,
    H continuation tokens; the span as tokens / as one gist (at its central index, as an entry of
    `placeEntries` would be) / dropped. The span need not be tree-aligned here (training windows
    are arbitrary cuts); at P aligned to the span these equal `position_ids` of the WC."""
    if P < 1:
        raise ValueError("ΔNLL@H needs at least one context token before the span")
    _ = K  # a gist sits at the centre of its span, whatever its level
    cont = (P + span, H, False)
    return {"tokens": policy_positions(list(range(P + span + H)), policy, max_gap),
            "gist": policy_positions(segments_abs_positions([(0, P, False), (P, span, True), cont]), policy, max_gap),
            "drop": policy_positions(segments_abs_positions([(0, P, False), cont]), policy, max_gap)}
