// What an export of a memory with forgotten spans carries (issue 19 item 3: a forget "leaves what
// the model can see and what exports carry"; rules in src/core/forgetting.ts). The tree stays
// append-only in this browser, but the file written from it is redacted:
//   - token ids of forgotten tokens are written as 0;
//   - every gist whose span holds a forgotten token (wholly forgotten or mixed: the gist was made
//     from forgotten tokens) is written as zeros — LOD1 and LOD2 in the span records, LOD1 in the
//     tail, LOD3+ in the upper gists;
//   - turn texts are replaced by what the caller's `turnText` gives (the engine decodes the kept
//     tokens); without one, every turn touching a forgotten token is written with empty text;
//   - the forgotten ranges go into the header, so an import keeps them forgotten (final there).
// Records are re-encoded (fresh checksums), so the file verifies like any other.

import { ForgetSet } from '../core/forgetting.ts';
import {
  BLOCKS_PER_SPAN,
  BLOCK_TOKENS,
  SPAN_TOKENS,
  type ForgetRecord,
  type SpanRecord,
  type TailRecord,
  type TreeRecord,
  type TurnRecord,
  type UpperGistRecord,
} from './records.ts';
import { decodeSpan, decodeTail, decodeUpperGist, encodeSpan, encodeTail, encodeUpperGist } from './span-codec.ts';

/** A turn's text as exported, given the forgotten tokens (the turn's own range is [tokenStart, tokenEnd)). */
export type TurnTextRedactor = (turn: TurnRecord, forgotten: ForgetSet) => string;

/** The conservative default: a turn that touches a forgotten token is exported without text. */
export const dropTouchedTurnText: TurnTextRedactor = (turn, forgotten) =>
  forgotten.forgottenIn(turn.tokenStart, turn.tokenEnd) > 0 ? '' : turn.text;

export interface RedactedRecords {
  spans: SpanRecord[];
  tail: TailRecord | null;
  upperGists: UpperGistRecord[];
  turns: TurnRecord[];
}

const zeroIfTouched = (
  gists: Float32Array,
  d: number,
  count: number,
  span: (i: number) => [number, number],
  set: ForgetSet,
): void => {
  for (let i = 0; i < count; i++) {
    const [s, e] = span(i);
    if (set.forgottenIn(s, e) > 0) gists.fill(0, i * d, (i + 1) * d);
  }
};

function zeroTokens(ids: Uint32Array, first: number, set: ForgetSet): void {
  for (const r of set.ranges) {
    const s = Math.max(r.start, first) - first;
    const e = Math.min(r.end, first + ids.length) - first;
    if (e > s) ids.fill(0, s, e);
  }
}

/** The records of one tree as they go into a file, given its tombstones (unchanged when there are none). */
export function redactForExport(
  tree: TreeRecord,
  forgets: readonly ForgetRecord[],
  records: { spans: SpanRecord[]; tail: TailRecord | null; upperGists: UpperGistRecord[]; turns: TurnRecord[] },
  turnText: TurnTextRedactor = dropTouchedTurnText,
): RedactedRecords {
  const set = new ForgetSet(forgets.map((f) => ({ start: f.start, end: f.end })));
  if (set.isEmpty) return records;
  const treeId = tree.id;
  const layout = { d: tree.d, dtype: tree.dtype, tokenWidth: tree.tokenWidth };
  const d = tree.d;
  const spans = records.spans.map((r) => {
    const first = r.spanIndex * SPAN_TOKENS;
    if (set.forgottenIn(first, first + SPAN_TOKENS) === 0) return r;
    const data = decodeSpan(treeId, r);
    zeroTokens(data.tokenIds, first, set);
    zeroIfTouched(
      data.lod1,
      d,
      BLOCKS_PER_SPAN,
      (b) => [first + b * BLOCK_TOKENS, first + (b + 1) * BLOCK_TOKENS],
      set,
    );
    data.lod2.fill(0);
    return encodeSpan(r.treeId, layout, {
      spanIndex: r.spanIndex,
      gisterVersion: r.gisterVersion,
      tokenIds: data.tokenIds,
      lod1: data.lod1,
      lod2: data.lod2,
    });
  });
  let tail = records.tail;
  if (tail) {
    const first = tail.spanIndex * SPAN_TOKENS;
    if (set.forgottenIn(first, first + tail.tokenCount) > 0) {
      const data = decodeTail(treeId, tail);
      zeroTokens(data.tokenIds, first, set);
      zeroIfTouched(
        data.lod1,
        d,
        tail.lod1Blocks,
        (b) => [first + b * BLOCK_TOKENS, first + (b + 1) * BLOCK_TOKENS],
        set,
      );
      tail = encodeTail(tail.treeId, layout, {
        spanIndex: tail.spanIndex,
        gisterVersion: tail.gisterVersion,
        tokenIds: data.tokenIds,
        lod1: data.lod1,
      });
    }
  }
  const upperGists = records.upperGists.map((u) => {
    const size = BLOCK_TOKENS ** u.level;
    if (set.forgottenIn(u.index * size, (u.index + 1) * size) === 0) return u;
    const data = decodeUpperGist(treeId, u, tree.tokenWidth);
    return encodeUpperGist(u.treeId, layout, u.level, u.index, new Float32Array(data.gist.length), u.gisterVersion);
  });
  const turns = records.turns.map((t) => {
    const text = turnText(t, set);
    return text === t.text ? t : { ...t, text };
  });
  return { spans, tail, upperGists, turns };
}
