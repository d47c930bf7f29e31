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
    """Positions for ΔNLL@H rows: P context tokens, a span of `span` tokens (K^ℓ, aligned at P),
    H continuation tokens; as tokens / as one gist / dropped."""
    if P % span:
        raise ValueError("the span must start at a multiple of its length (aligned node)")
    level = {K ** l: l for l in range(1, 6)}.get(span)
    if level is None:
        raise ValueError(f"span {span} is not K^ℓ")
    total = P + span + H
    ctx = [(0, b) for b in range(P // K)]
    tokens = list(range(total))
    gist_entries = ctx + [(level, P // span)]
    gist = position_ids(gist_entries, policy, K, total, max_gap)
    # Continuation rows step by one from the previous row's position (+ gap under the policy).
    g_abs_last = absolute_position(K, level, P // span, 0)

    def cont_after(last_pos: int, last_abs: int) -> list[int]:
        first_abs = P + span
        if policy == "absolute":
            base = first_abs
        elif policy == "compacted":
            base = last_pos + 1
        else:
            base = last_pos + min(first_abs - last_abs, max_gap)
        return [base + i for i in range(H)]
    gist = gist + cont_after(gist[-1], g_abs_last)
    drop = list(range(P))
    drop = drop + cont_after(drop[-1] if P else -1, P - 1)
    return {"tokens": tokens, "gist": gist, "drop": drop}
