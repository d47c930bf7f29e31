// The documents fed to a conversation's MegaContext Tree (seed: MegaContext Tree — what the
// memory holds besides the chat): one entry per document, its pieces merged, with its size in
// tokens and characters and where it lies in the tree, for the documents list. A wholly forgotten
// document is not listed (groupTurns leaves it out); a partly forgotten one is marked, and so is
// one attached from a shared memory (with its name).
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
