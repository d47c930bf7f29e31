// Forgetting in the engine (issue 19 item 3; rules in src/core/forgetting.ts, tombstones in
// src/storage/forget-repository.ts). A conversation's tombstones are read with its tree and
// applied to its memory (assembly drops forgotten rows, the blocks at their edges are held at
// LOD0, focus ranks wholly forgotten entries last); every turn the UI receives and every export
// carries only the kept text: a wholly forgotten turn has no text, a partly forgotten one the
// decoded kept tokens (its document label kept), its forgotten parts shown as "[…]".
//
// Undo lasts until the page closes: the page sends its session id (made once per page load) with
// every forget and undo, and only tombstones of that session can be undone (storage enforces it).
import { ForgetSet, scoreForgotten } from '../core/forgetting';
import type { AsyncScorer } from '../core/focus-allocator';
import type { ForgetRecord, TurnRecord } from '../storage/records';
import type { MegaContextStorage } from '../storage/index';
import type { ConversationMemory } from './conversation-memory';
import type { ForgetView, TurnView } from './engine-api';

/** Between the kept parts of a partly forgotten turn. */
export const FORGOTTEN_MARK = ' […] ';

export async function loadForgets(storage: MegaContextStorage, treeId: string): Promise<ForgetRecord[]> {
  return storage.forgets.list(treeId);
}

export function forgetSetOf(records: readonly ForgetRecord[]): ForgetSet {
  return new ForgetSet(records.map((r) => ({ start: r.start, end: r.end })));
}

/**
 * The tombstones as the UI lists them; a forgotten document is named by its label (the file name
 * the feed gave it, read from the stored turn that starts it), so the user knows what Undo brings back.
 */
export function forgetViews(
  records: readonly ForgetRecord[],
  session: string | undefined,
  turns: readonly TurnRecord[] = [],
): ForgetView[] {
  return records.map((r) => {
    const label =
      r.kind === 'document'
        ? documentLabel(turns.find((t) => t.tokenStart === r.start && t.role === 'system' && !t.meta))
        : null;
    return {
      id: r.id,
      start: r.start,
      end: r.end,
      kind: r.kind,
      createdAt: r.createdAt,
      undoable: session !== undefined && r.session === session,
      ...(label ? { label } : {}),
    };
  });
}

function documentLabel(turn: TurnRecord | undefined): string | null {
  if (!turn) return null;
  const nl = turn.text.indexOf('\n');
  if (!turn.text.startsWith('[') || nl < 2 || turn.text[nl - 1] !== ']') return null;
  return turn.text.slice(1, nl - 1).replace(/ · part \d+\/\d+$/, '');
}

/**
 * A turn's text as shown and exported under `set`: unchanged when kept; '' when wholly forgotten;
 * else the kept token runs decoded (`decode(start, end)`), joined by FORGOTTEN_MARK, after the
 * "[label]" line of a document.
 */
export function keptTurnText(
  turn: TurnRecord,
  set: ForgetSet,
  decode: (start: number, end: number) => string,
): { text: string; forgotten?: 'all' | 'part' } {
  const visibility = set.classify(turn.tokenStart, turn.tokenEnd);
  if (visibility === 'kept') return { text: turn.text };
  if (visibility === 'forgotten') return { text: '', forgotten: 'all' };
  const nl = turn.text.indexOf('\n');
  const label =
    turn.role === 'system' && !turn.meta && turn.text.startsWith('[') && nl > 1 && turn.text[nl - 1] === ']'
      ? turn.text.slice(0, nl + 1)
      : '';
  const kept = set
    .keptRuns(turn.tokenStart, turn.tokenEnd)
    .map((r) => decode(r.start, r.end).trim())
    .filter((s) => s.length > 0);
  const starts = set.isForgotten(turn.tokenStart);
  const ends = set.isForgotten(turn.tokenEnd - 1);
  const body = `${starts ? FORGOTTEN_MARK.trimStart() : ''}${kept.join(FORGOTTEN_MARK)}${ends ? FORGOTTEN_MARK.trimEnd() : ''}`;
  return { text: label + body, forgotten: 'part' };
}

export function turnViewOf(
  t: TurnRecord,
  set: ForgetSet = ForgetSet.EMPTY,
  decode?: (start: number, end: number) => string,
): TurnView {
  const base: TurnView = {
    index: t.index,
    role: t.role,
    text: t.text,
    tokenStart: t.tokenStart,
    tokenEnd: t.tokenEnd,
    createdAt: t.createdAt,
    ...(t.meta ? { meta: t.meta } : {}),
  };
  if (set.isEmpty || !decode) return base;
  const { text, forgotten } = keptTurnText(t, set, decode);
  return forgotten ? { ...base, text, forgotten } : base;
}

/** Decodes tree tokens [start, end) of a memory with the model's tokenizer. */
export function treeDecoder(
  memory: ConversationMemory,
  decode: (ids: number[]) => string,
): (start: number, end: number) => string {
  return (start, end) => {
    const s = Math.max(0, Math.min(start, memory.tree.length));
    const e = Math.max(s, Math.min(end, memory.tree.length));
    return decode(Array.from(memory.tree.tokenIds(s, e)));
  };
}

/** The scorer with wholly forgotten entries ranked below every other (collapsed first, expanded last). */
export function withForgotten(scorer: AsyncScorer | null, memory: ConversationMemory): AsyncScorer | null {
  if (!scorer) return null;
  return async (wc) => {
    const set = memory.forgotten;
    const scores = await scorer(wc);
    return set.isEmpty
      ? scores
      : scoreForgotten(scores, (i) => ({ start: wc.entryStart(i), end: wc.entryEnd(i) }), set);
  };
}
