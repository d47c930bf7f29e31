// Random but valid working contexts for the assembly / similarity tests: entries that tile the
// timeline [0, T) in order, mixing LOD0 blocks (tail included) and complete gists of any level.
import type { WcEntryAddress } from '../../src/core/position-policy';
import { gistLevelBases } from '../../src/gpu/wc-entries';
import { randomF32 } from './with-device';

export function randomWorkingContext(K: number, T: number, maxLevel: number): WcEntryAddress[] {
  const entries: WcEntryAddress[] = [];
  let pos = 0;
  while (pos < T) {
    const levels = [0];
    for (let l = 1; l <= maxLevel; l++) if (pos % K ** l === 0 && pos + K ** l <= T) levels.push(l);
    const level = levels[Math.floor(Math.random() * levels.length)]!;
    const span = level === 0 ? K : K ** level;
    entries.push({ level, index: pos / span });
    pos += span;
  }
  return entries;
}

/** A gist store with every complete node of levels 1…maxLevel: (G, d) values + level bases. */
export function randomGistStore(K: number, T: number, maxLevel: number, dim: number) {
  const counts = [0];
  for (let l = 1; l <= maxLevel; l++) counts.push(Math.floor(T / K ** l));
  const total = counts.reduce((a, b) => a + b, 0);
  return { gists: randomF32(Math.max(1, total) * dim), levelBase: gistLevelBases(counts), counts };
}

export function randomTokenIds(T: number, vocab: number): Uint32Array {
  return Uint32Array.from({ length: T }, () => Math.floor(Math.random() * vocab));
}
