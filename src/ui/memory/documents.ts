// The documents fed to a conversation's MegaContext Tree (seed: MegaContext Tree — what the
// memory holds besides the chat): one entry per document, its pieces merged, with its size in
// tokens and characters and where it lies in the tree, for the documents list. A wholly forgotten
// document is not listed (groupTurns leaves it out); a partly forgotten one is marked, and so is
// one attached from a shared memory (with its name). An attachment — the documents one attach
// appended, side by side in the tree — can be detached as a whole (`attachedRuns`).
import type { TurnView } from '../../runtime/engine-api';
import { groupTurns, type ShownTurn } from '../chat/turn-groups';

export type FedDocument = Omit<Extract<ShownTurn, { kind: 'memory' }>, 'kind' | 'preview' | 'truncated'>;

export interface DocumentList {
  documents: FedDocument[];
  /** Tokens and characters of all documents together (the chat itself not counted). */
  tokens: number;
  chars: number;
}

/** The documents in a conversation's turns, oldest first. */
export function fedDocuments(turns: readonly TurnView[]): DocumentList {
  const documents: FedDocument[] = [];
  for (const g of groupTurns(turns)) {
    if (g.kind !== 'memory') continue;
    documents.push({
      key: g.key,
      label: g.label,
      parts: g.parts,
      tokens: g.tokens,
      tokenStart: g.tokenStart,
      tokenEnd: g.tokenEnd,
      chars: g.chars,
      partlyForgotten: g.partlyForgotten,
      sharedMemory: g.sharedMemory,
    });
  }
  return {
    documents,
    tokens: documents.reduce((a, d) => a + d.tokens, 0),
    chars: documents.reduce((a, d) => a + d.chars, 0),
  };
}

/** One attachment of a shared memory in a conversation: its documents, adjacent in the tree. */
export interface AttachedRun {
  /** The shared memory's name. */
  name: string;
  /** Token range [start, end) covering every document of the attachment. */
  start: number;
  end: number;
  documents: number;
}

/**
 * The attachments in a documents list: maximal runs of documents from the same shared memory
 * that follow one another without a gap (one attach appends them back to back). Detaching one
 * forgets its whole range (the chat turns around it are outside the range).
 */
export function attachedRuns(documents: readonly FedDocument[]): AttachedRun[] {
  const runs: AttachedRun[] = [];
  for (const d of documents) {
    if (d.sharedMemory === null) continue;
    const last = runs[runs.length - 1];
    if (last && last.name === d.sharedMemory && last.end === d.tokenStart) {
      last.end = d.tokenEnd;
      last.documents += 1;
    } else runs.push({ name: d.sharedMemory, start: d.tokenStart, end: d.tokenEnd, documents: 1 });
  }
  return runs;
}
