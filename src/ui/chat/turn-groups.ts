// How the conversation's turns are shown: a document fed to the MegaContext Tree becomes one
// memory card, even when it streamed in several pieces (consecutive "label · part i/n" turns).
import type { TurnView } from '../../runtime/engine-api';
import { parsePieceLabel } from '../feed/file-intake';

export type ShownTurn =
  | { kind: 'turn'; key: string; turn: TurnView }
  | { kind: 'memory'; key: string; label: string; parts: number; tokens: number; preview: string; truncated: boolean };

const PREVIEW = 480;

/** The label and body of a memory turn (stored as "[label]\\nbody"). */
export function splitMemoryText(text: string): { label: string; body: string } {
  const nl = text.indexOf('\n');
  if (text.startsWith('[') && nl > 1 && text[nl - 1] === ']') return { label: text.slice(1, nl - 1), body: text.slice(nl + 1) };
  return { label: 'document', body: text };
}

export function groupTurns(turns: readonly TurnView[]): ShownTurn[] {
  const out: ShownTurn[] = [];
  for (const t of turns) {
    if (t.role !== 'system') {
      out.push({ kind: 'turn', key: `t${t.index}`, turn: t });
      continue;
    }
    const { label, body } = splitMemoryText(t.text);
    const piece = parsePieceLabel(label);
    const prev = out.at(-1);
    if (piece && piece.part > 1 && prev?.kind === 'memory' && prev.label === piece.base && prev.parts === piece.part - 1) {
      prev.parts = piece.part;
      prev.tokens += t.tokenEnd - t.tokenStart;
      continue;
    }
    out.push({
      kind: 'memory',
      key: `t${t.index}`,
      label: piece ? piece.base : label,
      parts: piece ? piece.part : 1,
      tokens: t.tokenEnd - t.tokenStart,
      preview: body.slice(0, PREVIEW),
      truncated: body.length > PREVIEW,
    });
  }
  return out;
}
