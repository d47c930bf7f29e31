// Working-context invariants (seed: "Contiguity Invariant — entries must tile the MegaContext
// history without gaps or overlaps"; block alignment; W_max budget; protected recent tokens).
//
// validateWorkingContext() checks, in one O(entries) pass:
//   existence   every (level, index) is a node of the tree for tokenCount tokens (level ≤ maxLevel;
//               gists only for complete spans — the tail is LOD0)
//   contiguity  entry i starts where entry i−1 ended; the first starts at 0, the last ends at n
//   alignment   implied: an entry's span is derived from (level, index), so it is aligned
//   protected   no gist ends after the protected-region start (every block touching the newest
//               R tokens is LOD0)
//   cost        the cached Σ cost equals the recomputed one; optionally Σ cost ≤ W_max
// It throws InvariantError naming the first violation, with the entry in `data`.

import { blockCount, nodeCount } from './addressing.ts';
import { InvariantError } from './errors.ts';
import type { WorkingContext } from './working-context.ts';

export function validateWorkingContext(wc: WorkingContext, opts: { budget?: boolean } = {}): void {
  const { level: lv, index: ix, length } = wc.raw();
  const { blockSize: K, maxLevel, wMax } = wc.config;
  const n = wc.tokenCount;
  const ps = wc.protectedStart();
  let cursor = 0;
  let cost = 0;
  for (let i = 0; i < length; i++) {
    const l = lv[i] as number;
    const idx = ix[i] as number;
    const where = { position: i, level: l, index: idx };
    if (l > maxLevel) fail(`entry ${i} is LOD${l} above maxLevel ${maxLevel}`, where);
    const exists = l === 0 ? idx < blockCount(K, n) : idx < nodeCount(K, l, n);
    if (!exists || idx < 0) fail(`entry ${i} (LOD${l}, ${idx}) does not exist for ${n} tokens`, where);
    const s = wc.entryStart(i);
    if (s !== cursor) fail(`contiguity: entry ${i} starts at token ${s}, expected ${cursor}`, where);
    cursor = wc.entryEnd(i);
    if (l !== 0 && cursor > ps) fail(`protected region: entry ${i} is LOD${l} but ends at ${cursor} > ${ps}`, where);
    cost += wc.entryCost(i);
  }
  if (cursor !== n) fail(`contiguity: entries cover [0, ${cursor}) but the tree has ${n} tokens`, { cursor, n });
  if (cost !== wc.cost) fail(`cost cache ${wc.cost} ≠ recomputed ${cost}`, { cost, cached: wc.cost });
  if (opts.budget && cost > wMax) fail(`budget: cost ${cost} > W_max ${wMax}`, { cost, wMax });
}

function fail(message: string, data: Record<string, unknown>): never {
  throw new InvariantError(`Working context invariant broken — ${message}.`, data);
}
