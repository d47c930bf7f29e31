// Deterministic addressing of the MegaContext Tree (seed concepts: 32-ary tree, block alignment,
// "offsets are deterministic, so storage needs no pointer table").
//
// Two address spaces share (level, index):
//
//   Tree nodes:  LOD0 node i = token i;   LODℓ node i (ℓ ≥ 1) spans tokens [i·K^ℓ, (i+1)·K^ℓ).
//   WC entries:  LOD0 entry b = block b = tokens [b·K, min((b+1)·K, n))  (the tail block may be
//                short); LODℓ entry i (ℓ ≥ 1) = tree node (ℓ, i).
//
// So a WC LOD0 entry is addressed by its block index, which equals the index of the LOD1 gist it
// expands from. Parent/children below are in WC-entry terms:
//   parent(0, b) = (1, b)                 — one LOD0 block ↔ its LOD1 gist (cost 32 ↔ 1)
//   parent(ℓ, i) = (ℓ+1, ⌊i/K⌋)  for ℓ ≥ 1 — K aligned sibling gists ↔ their parent gist
//   children(1, i) = [(0, i)];   children(ℓ, i) = (ℓ−1, i·K … i·K+K−1)  for ℓ ≥ 2
//
// The seeds' ARCHITECTURE formula "span = [index·32^level·K/K … )" is read as
// [index·K^level, (index+1)·K^level) for tree nodes.

import { AddressError } from './errors.ts';

export interface NodeAddress {
  readonly level: number;
  readonly index: number;
}

/** Half-open token range [start, end). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

/** Tokens covered by one tree node at `level`: K^level. */
export function nodeSize(K: number, level: number): number {
  return K ** level;
}

/** Tokens nominally covered by one WC entry at `level`: K for LOD0 blocks, K^level for gists. */
export function entryUnit(K: number, level: number): number {
  return level === 0 ? K : K ** level;
}

/** Number of tree nodes at `level` for n tokens (complete nodes only; LOD0 = n tokens). */
export function nodeCount(K: number, level: number, n: number): number {
  return level === 0 ? n : Math.floor(n / K ** level);
}

/** Number of LOD0 blocks (including an incomplete tail block). */
export function blockCount(K: number, n: number): number {
  return Math.ceil(n / K);
}

/** Token span of a tree node; throws AddressError if the node does not exist for n tokens. */
export function nodeSpan(K: number, level: number, index: number, n: number): TokenSpan {
  checkLevelIndex(level, index);
  if (index >= nodeCount(K, level, n)) {
    throw new AddressError(
      `Tree node (LOD${level}, ${index}) does not exist: ${n} tokens give ${nodeCount(K, level, n)} ` +
        `LOD${level} nodes (only complete nodes are gisted; the tail stays LOD0).`,
      { level, index, tokenCount: n },
    );
  }
  const size = K ** level;
  return { start: index * size, end: (index + 1) * size };
}

/** Token span of a WC entry (LOD0 = block, possibly the short tail); throws if it does not exist. */
export function entrySpan(K: number, level: number, index: number, n: number): TokenSpan {
  checkLevelIndex(level, index);
  if (level === 0) {
    if (index >= blockCount(K, n)) {
      throw new AddressError(`Block ${index} does not exist: ${n} tokens give ${blockCount(K, n)} blocks.`, {
        level,
        index,
        tokenCount: n,
      });
    }
    return { start: index * K, end: Math.min((index + 1) * K, n) };
  }
  return nodeSpan(K, level, index, n);
}

/** The tree node at `level` containing token position `pos` (it may be incomplete). */
export function nodeAtToken(K: number, level: number, pos: number): number {
  return Math.floor(pos / K ** level);
}

/** Parent in WC-entry terms (see header). */
export function parentOf(K: number, a: NodeAddress): NodeAddress {
  checkLevelIndex(a.level, a.index);
  return a.level === 0 ? { level: 1, index: a.index } : { level: a.level + 1, index: Math.floor(a.index / K) };
}

/** Children in WC-entry terms (see header); LOD0 blocks have none. */
export function childrenOf(K: number, a: NodeAddress): NodeAddress[] {
  checkLevelIndex(a.level, a.index);
  if (a.level === 0) return [];
  if (a.level === 1) return [{ level: 0, index: a.index }];
  const out: NodeAddress[] = [];
  for (let j = 0; j < K; j++) out.push({ level: a.level - 1, index: a.index * K + j });
  return out;
}

/** First sibling (in WC-entry terms) of the collapse group containing `a`. */
export function groupStart(K: number, a: NodeAddress): NodeAddress {
  return a.level === 0 ? a : { level: a.level, index: a.index - (a.index % K) };
}

/** Canonical string key "level:index" (for maps and logs). */
export function addressKey(a: NodeAddress): string {
  return `${a.level}:${a.index}`;
}

function checkLevelIndex(level: number, index: number): void {
  if (!Number.isInteger(level) || level < 0 || !Number.isInteger(index) || index < 0) {
    throw new AddressError(`Invalid address (LOD${level}, ${index}): level and index must be integers ≥ 0.`, {
      level,
      index,
    });
  }
}
