// How the conversation's turns are shown. Memory is append-only, so the transcript shows every
// turn that is in memory, in order, and says what each one is:
//  - a document fed to the MegaContext Tree becomes one memory card, even when it streamed in
//    several pieces (consecutive "label · part i/n" turns);
//  - a system prompt is a card, marked in force (pinned) or replaced / cleared (still in memory);
//  - an exchange that was later edited or regenerated is marked superseded — it stays in memory
//    and the model can still see it — and the user turn that revised it names how;
//  - a wholly forgotten turn is not shown (the Documents panel lists what was forgotten, with
//    undo); a partly forgotten one shows its kept text, marked.
import type { TurnRevision, TurnView } from '../../runtime/engine-api';
import { parsePieceLabel } from '../feed/file-intake';

export type ShownTurn =
  | {
      kind: 'turn';
      key: string;
      turn: TurnView;
      /** How a later turn revised this exchange (it is still in memory), or null. */
      supersededBy: TurnRevision['kind'] | null;
      /** For an answer: the index of the user turn it answers (what "regenerate" asks again), or null. */
      question: number | null;
    }
  | {
      kind: 'memory';
      key: string;
      label: string;
      parts: number;
      tokens: number;
      /** Where the document lies in the tree, [tokenStart, tokenEnd) (its pieces are consecutive). */
      tokenStart: number;
      tokenEnd: number;
      /** Characters of text remembered (what a cancelled feed kept, not what was dropped). */
      chars: number;
      preview: string;
      truncated: boolean;
      /** Some of it was forgotten (the text holds only the kept parts). */
      partlyForgotten: boolean;
      /** The shared memory it was attached from (its name), or null: fed to this conversation. */
      sharedMemory: string | null;
    }
  | { kind: 'system-prompt'; key: string; text: string; tokens: number; state: 'active' | 'replaced' | 'cleared' };

const PREVIEW = 480;

/** The label and body of a memory turn (stored as "[label]\\nbody"). */
export function splitMemoryText(text: string): { label: string; body: string } {
  const nl = text.indexOf('\n');
  if (text.startsWith('[') && nl > 1 && text[nl - 1] === ']')
    return { label: text.slice(1, nl - 1), body: text.slice(nl + 1) };
  return { label: 'document', body: text };
}

/** User turns that a later turn edited or regenerated, with how (the latest revision wins). */
function revisedTurns(turns: readonly TurnView[]): Map<number, TurnRevision['kind']> {
  const out = new Map<number, TurnRevision['kind']>();
  for (const t of turns) if (t.meta && 'of' in t.meta) out.set(t.meta.of, t.meta.kind);
  return out;
}

export function groupTurns(turns: readonly TurnView[]): ShownTurn[] {
  const out: ShownTurn[] = [];
  const revised = revisedTurns(turns);
  const lastPrompt = turns.findLast((t) => t.meta?.kind === 'system-prompt')?.index ?? -1;
  let question: number | null = null;
  let superseded: TurnRevision['kind'] | null = null;
  for (const t of turns) {
    if (t.forgotten === 'all') continue;
    if (t.meta?.kind === 'system-prompt') {
      const state = t.text === '' ? 'cleared' : t.index === lastPrompt ? 'active' : 'replaced';
      out.push({ kind: 'system-prompt', key: `t${t.index}`, text: t.text, tokens: t.tokenEnd - t.tokenStart, state });
      continue;
    }
    if (t.role === 'user') {
      question = t.index;
      superseded = revised.get(t.index) ?? null;
      out.push({ kind: 'turn', key: `t${t.index}`, turn: t, supersededBy: superseded, question: null });
      continue;
    }
    if (t.role === 'assistant') {
      out.push({ kind: 'turn', key: `t${t.index}`, turn: t, supersededBy: superseded, question });
      continue;
    }
    // Text fed to memory (a document, a completion's prompt): an answer after it answers no earlier question.
    question = null;
    superseded = null;
    const { label, body } = splitMemoryText(t.text);
    const piece = parsePieceLabel(label);
    const prev = out.at(-1);
    if (
      piece &&
      piece.part > 1 &&
      prev?.kind === 'memory' &&
      prev.label === piece.base &&
      prev.parts === piece.part - 1
    ) {
      prev.parts = piece.part;
      prev.tokens += t.tokenEnd - t.tokenStart;
      prev.tokenEnd = t.tokenEnd;
      prev.chars += body.length;
      prev.partlyForgotten ||= t.forgotten === 'part';
      continue;
    }
    out.push({
      kind: 'memory',
      key: `t${t.index}`,
      label: piece ? piece.base : label,
      parts: piece ? piece.part : 1,
      tokens: t.tokenEnd - t.tokenStart,
      tokenStart: t.tokenStart,
      tokenEnd: t.tokenEnd,
      chars: body.length,
      preview: body.slice(0, PREVIEW),
      truncated: body.length > PREVIEW,
      partlyForgotten: t.forgotten === 'part',
      sharedMemory: t.meta?.kind === 'shared-memory' ? t.meta.name : null,
    });
  }
  return out;
}
