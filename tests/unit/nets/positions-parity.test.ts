// The nets are trained with the runtime's positions: training/gistnet/positions.py (Python) gives
// the same position_ids as src/core/position-policy.ts for every policy on a mixed-LOD WC.
import { beforeAll, describe, expect, it } from 'vitest';
import { positionIds, type PositionPolicy } from '../../../src/core/position-policy';
import { ensureTinyNets, type TinyNetsReference } from './tiny-nets';

let ref: TinyNetsReference;
beforeAll(() => {
  ref = ensureTinyNets().reference;
}, 120_000);

describe('position policies: Python training == TS runtime', () => {
  it('absolute, compacted and bounded-gaps agree row by row', () => {
    const { wc, total, cases } = ref.positions;
    const entries = wc.map(([level, index]) => ({ level, index }));
    expect(Object.keys(cases).length).toBe(4);
    for (const [key, expected] of Object.entries(cases)) {
      const [kind, gap] = key.split(':') as [PositionPolicy['kind'], string];
      const policy = (kind === 'bounded-gaps' ? { kind, maxGap: Number(gap) } : { kind }) as PositionPolicy;
      expect(Array.from(positionIds(entries, policy, 32, total)), key).toEqual(expected);
    }
  });
});
