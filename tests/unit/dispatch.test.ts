import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dispatch2d, MAX_WORKGROUPS_PER_DIM } from '../../src/gpu/dispatch';

describe('dispatch2d', () => {
  it('covers every invocation with no dimension over the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom(32, 64, 256), (n, wg) => {
        const [x, y] = dispatch2d(n, wg);
        expect(x).toBeLessThanOrEqual(MAX_WORKGROUPS_PER_DIM);
        expect(y).toBeLessThanOrEqual(MAX_WORKGROUPS_PER_DIM);
        expect(x * y * wg).toBeGreaterThanOrEqual(n);
        expect(x).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
