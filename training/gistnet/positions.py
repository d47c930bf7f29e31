"""Working-context rows and positions (ARCHITECTURE §4 "Positions"; seeds: a gist sits at the
central index of its span). Python mirror of src/gpu/position-policy.ts `placeEntries`, so the
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


def span_gist_positions(P: int, span: int, H: int, policy: str, K: int = 32,
                        max_gap: int = 64) -> dict[str, list[int]]:
    """Positions for ΔNLL@H rows: P ≥ 1 context tokens, a span of `span` tokens starting at P,
    H continuation tokens; the span as tokens / as one gist (at its central index, as an entry of
    `placeEntries` would be) / dropped. The span need not be tree-aligned here (training windows
    are arbitrary cuts); at P aligned to the span these equal `position_ids` of the WC."""
    if P < 1:
        raise ValueError("ΔNLL@H needs at least one context token before the span")
    if policy not in POLICIES:
        raise ValueError(f"unknown position policy {policy!r}; one of {POLICIES}")
    _ = K  # a gist sits at the centre of its span, whatever its level

    def step(prev_pos: int, prev_abs: int, abs_pos: int) -> int:
        if policy == "absolute":
            return abs_pos
        if policy == "compacted":
            return prev_pos + 1
        return prev_pos + min(abs_pos - prev_abs, max_gap)
    ctx = list(range(P))
    g_abs = P + span // 2
    g_pos = step(P - 1, P - 1, g_abs)
    c0_gist = step(g_pos, g_abs, P + span)
    c0_drop = step(P - 1, P - 1, P + span)
    return {"tokens": list(range(P + span + H)),
            "gist": ctx + [g_pos] + [c0_gist + i for i in range(H)],
            "drop": ctx + [c0_drop + i for i in range(H)]}
