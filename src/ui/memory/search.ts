// Find in memory (seed: MegaContext Tree — the text the tree holds): case-insensitive full-text
// search over the open conversation's turns — documents fed to memory, messages, answers and
// system prompts, i.e. every text the tree was built from — with a snippet per hit and the hit's
// token position in the tree. The turns keep text, not a per-character token map, so the position
// is estimated from the hit's character share of its turn (exact at the turn's ends; within a
// turn it assumes evenly sized tokens, and chat turns also hold their template's framing tokens).
import type { TurnView } from '../../runtime/engine-api';
import { splitMemoryText } from '../chat/turn-groups';

export interface MemoryHit {
  turnIndex: number;
  /** Where the hit is: a fed document (its label), a message, an answer or a system prompt. */
  source: { kind: 'document'; label: string } | { kind: 'user' | 'assistant' | 'system-prompt' };
  /** Text around the hit; [matchStart, matchEnd) is the match inside it. */
  snippet: string;
  matchStart: number;
  matchEnd: number;
  /** Estimated token position of the hit in the tree, inside [tokenStart, tokenEnd) of its turn. */
  token: number;
  /** A token range around the hit, inside its turn (what "show" reveals on the heatmap). */
  range: { start: number; end: number };
}

export interface SearchResult {
  hits: MemoryHit[];
  /** All matches, also those past the limit. */
  total: number;
}

const CONTEXT = 60;
const AROUND = 16;

function sourceOf(t: TurnView): { body: string; offset: number; source: MemoryHit['source'] } {
  if (t.meta?.kind === 'system-prompt') return { body: t.text, offset: 0, source: { kind: 'system-prompt' } };
  if (t.role !== 'system') return { body: t.text, offset: 0, source: { kind: t.role } };
  const { label, body } = splitMemoryText(t.text);
  return {
    body,
    offset: t.text.length - body.length,
    source: { kind: 'document', label: label.replace(/ · part \d+\/\d+$/, '') },
  };
}

/** Hits of `query` (case-insensitive, at least 2 characters after trimming), oldest first, at most `limit`. */
export function searchMemory(turns: readonly TurnView[], query: string, limit = 50): SearchResult {
  const q = query.trim().toLowerCase();
  const hits: MemoryHit[] = [];
  let total = 0;
  if (q.length < 2) return { hits, total };
  for (const t of turns) {
    const { body, offset, source } = sourceOf(t);
    const lower = body.toLowerCase();
    const tokens = t.tokenEnd - t.tokenStart;
    for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length)) {
      total++;
      if (hits.length >= limit) continue;
      const share = t.text.length > 0 ? (offset + at) / t.text.length : 0;
      const token = Math.min(t.tokenEnd - 1, t.tokenStart + Math.floor(share * tokens));
      const from = Math.max(0, at - CONTEXT);
      const to = Math.min(body.length, at + q.length + CONTEXT);
      const snippet = body.slice(from, to).replace(/\s+/g, ' ');
      // Whitespace runs collapse to one space: find the match again in the cleaned snippet.
      const lead = body.slice(from, at).replace(/\s+/g, ' ').length;
      hits.push({
        turnIndex: t.index,
        source,
        snippet,
        matchStart: lead,
        matchEnd: lead + body.slice(at, at + q.length).replace(/\s+/g, ' ').length,
        token,
        range: {
          start: Math.max(t.tokenStart, token - AROUND),
          end: Math.max(Math.min(t.tokenEnd, token + AROUND), Math.min(t.tokenEnd, token + 1)),
        },
      });
    }
  }
  return { hits, total };
}
