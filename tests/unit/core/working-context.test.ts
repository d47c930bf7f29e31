import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  IllegalActionError,
  InvariantError,
  WorkingContext,
  initialLayout,
  validateConfig,
  type IllegalReason,
} from '../../../src/core/index.ts';
import { addr, referenceCheck } from './helpers.ts';

const cfg = validateConfig({ ...DEFAULT_CONFIG, protectedTokens: 64, wMax: 2048 });

/** 4,100 tokens: LOD2 (0) | 64 LOD1 gists (blocks 32..95) | LOD0 blocks 96..128 (block 128 = 4-token tail). */
function sample(): WorkingContext {
  const entries = [addr(2, 0)];
  for (let b = 32; b < 96; b++) entries.push(addr(1, b));
  for (let b = 96; b <= 128; b++) entries.push(addr(0, b));
  return WorkingContext.fromEntries(cfg, 4100, entries);
}

const reasonOf = (f: () => unknown): IllegalReason | null => {
  try {
    f();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(IllegalActionError);
    return (e as IllegalActionError).reason;
  }
};

describe('WorkingContext', () => {
  it('costs: LOD0 block = its token count (tail shorter), gist = 1', () => {
    const wc = sample();
    expect(wc.length).toBe(1 + 64 + 33);
    expect(wc.entryCost(0)).toBe(1);
    expect(wc.entryCost(wc.length - 1)).toBe(4);
    expect(wc.cost).toBe(1 + 64 + 32 * 32 + 4);
    expect(wc.lod0Tokens()).toBe(32 * 32 + 4);
    expect(wc.levelCounts()).toEqual([33, 64, 1]);
    expect(wc.prefixCost(65)).toBe(65);
    expect(wc.positionOfToken(0)).toBe(0);
    expect(wc.positionOfToken(1023)).toBe(0);
    expect(wc.positionOfToken(1024)).toBe(1);
    expect(wc.positionOfToken(4099)).toBe(wc.length - 1);
  });

  it('expand LOD1→LOD0 costs +31 and LOD2→LOD1 costs +31 (not +1023)', () => {
    const wc = sample();
    const c0 = wc.cost;
    const a = wc.expand(1); // (1,32) → block 32
    expect(a.delta).toBe(31);
    expect(wc.cost).toBe(c0 + 31);
    expect(wc.entry(1)).toEqual(addr(0, 32));
    const b = wc.expand(0); // (2,0) → 32 LOD1 gists
    expect(b.delta).toBe(31);
    expect(wc.cost).toBe(c0 + 62);
    expect(wc.entry(0)).toEqual(addr(1, 0));
    expect(wc.entry(31)).toEqual(addr(1, 31));
    referenceCheck(wc);
  });

  it('collapse LOD0 block → its gist frees 31; 32 aligned LOD1 siblings → LOD2 frees 31', () => {
    const wc = sample();
    const c0 = wc.cost;
    // block 96 is old enough (protected region = blocks touching the newest 64 tokens)
    const p = wc.positionOfToken(96 * 32);
    expect(wc.collapse(p).delta).toBe(-31);
    expect(wc.entry(p)).toEqual(addr(1, 96));
    // any member of the full group (1,32..63) collapses the whole group
    const g = wc.collapse(10);
    expect(g).toMatchObject({ position: 1, members: 32, node: addr(2, 1), delta: -31 });
    expect(wc.cost).toBe(c0 - 62);
    expect(wc.entry(1)).toEqual(addr(2, 1));
    wc.validate();
  });

  it('sharedPrefixCost: the cost of the entries two WCs share from the start (the KV that stays)', () => {
    const a = sample();
    const b = a.clone();
    expect(b.sharedPrefixCost(a)).toBe(a.cost);
    const p = b.positionOfToken(100 * 32); // LOD0 block 100
    b.collapse(p);
    expect(b.sharedPrefixCost(a)).toBe(a.prefixCost(p)); // 1 + 64 gists + blocks 96..99 = 193
    expect(a.sharedPrefixCost(b)).toBe(193);
    b.collapse(1); // the group (1,32..63) → (2,1): now they differ from entry 1
    expect(b.sharedPrefixCost(a)).toBe(1);
  });

  it('legality: LOD0 can’t expand, the top can’t collapse, partial groups and the tail can’t collapse', () => {
    const wc = sample();
    const last = wc.length - 1;
    expect(reasonOf(() => wc.expand(last))).toBe('lod0-cannot-expand');
    expect(reasonOf(() => wc.collapse(0))).toBe('top-level-cannot-collapse');
    expect(reasonOf(() => wc.collapse(last))).toBe('incomplete-block');
    expect(reasonOf(() => wc.collapse(last - 1))).toBe('protected-region');
    expect(reasonOf(() => wc.expand(999))).toBe('position-out-of-range');
    wc.expand(5); // (1,36) → block 36: the group (1,32..63) is now partial
    expect(reasonOf(() => wc.collapse(1))).toBe('partial-group');
    expect(wc.collapseUnit(20)).toBe('partial-group');
    expect(wc.collapseUnit(40)).toEqual({ first: 33, members: 32 }); // (1,64..95) is still whole
    // a refused action leaves the WC untouched
    referenceCheck(wc);
  });

  it('protected region: every block touching the newest R tokens stays LOD0', () => {
    const wc = sample();
    // n = 4100, R = 64 → tokens 4036.. are protected → blocks 126, 127, 128
    expect(wc.protectedStart()).toBe(126 * 32);
    const p125 = wc.positionOfToken(125 * 32);
    expect(wc.isProtected(p125)).toBe(false);
    expect(wc.isProtected(p125 + 1)).toBe(true);
    expect(() => WorkingContext.fromEntries(cfg, 4096, [addr(2, 0), addr(2, 1), addr(2, 2), addr(2, 3)])).toThrow(
      /protected region/,
    );
  });

  it('cooldown: an entry made by an expand is not collapsed back within C iterations', () => {
    const wc = sample();
    wc.clock = 10;
    wc.expand(1); // block 32 born at clock 10 by expand
    expect(reasonOf(() => wc.collapse(1))).toBe('cooldown');
    wc.clock = 10 + cfg.cooldownIterations;
    expect(reasonOf(() => wc.collapse(1))).toBe('cooldown');
    wc.clock = 11 + cfg.cooldownIterations;
    expect(wc.collapse(1).node).toEqual(addr(1, 32));
    // and a gist made by a collapse is not expanded back within C iterations
    expect(reasonOf(() => wc.expand(1))).toBe('cooldown');
    expect(() => wc.expand(1, { respectCooldown: false })).not.toThrow();
  });

  it('expand refuses to exceed W_max', () => {
    const wc = WorkingContext.fromEntries({ ...cfg, wMax: 1024 + 64 + 4 }, 4100, sample().entries());
    expect(reasonOf(() => wc.expand(0))).toBe('over-budget');
  });

  it('syncToTokenCount grows the tail and appends LOD0 blocks', () => {
    const wc = sample();
    const c0 = wc.cost;
    expect(wc.syncToTokenCount(4100)).toBe(0);
    expect(wc.syncToTokenCount(4128)).toBe(0); // tail completes: 4 → 32 tokens
    expect(wc.cost).toBe(c0 + 28);
    expect(wc.syncToTokenCount(4200)).toBe(3); // blocks 129, 130, 131 (tail of 8)
    expect(wc.cost).toBe(c0 + 28 + 72);
    wc.validate();
    referenceCheck(wc);
    expect(() => wc.syncToTokenCount(10)).toThrow(InvariantError);
  });

  it('an empty WC grows from nothing', () => {
    const wc = new WorkingContext(cfg);
    expect(wc.length).toBe(0);
    wc.validate();
    wc.syncToTokenCount(70);
    expect(wc.entries()).toEqual([addr(0, 0), addr(0, 1), addr(0, 2)]);
    expect(wc.cost).toBe(70);
  });

  it('validate catches gaps, overlaps, missing nodes and coverage errors', () => {
    expect(() => WorkingContext.fromEntries(cfg, 4100, [addr(2, 0), addr(0, 33)])).toThrow(/contiguity/);
    expect(() => WorkingContext.fromEntries(cfg, 4100, [addr(2, 0), addr(1, 31)])).toThrow(/contiguity/);
    expect(() =>
      WorkingContext.fromEntries({ ...cfg, protectedTokens: 0 }, 100, [addr(1, 0), addr(1, 1), addr(1, 2), addr(1, 3)]),
    ).toThrow(/does not exist/);
    expect(() => WorkingContext.fromEntries(cfg, 4100, [addr(2, 0)])).toThrow(/cover/);
    expect(() => WorkingContext.fromEntries(cfg, 4100, [addr(3, 0)])).toThrow(/maxLevel/);
  });

  it('clone and snapshot are independent copies', () => {
    const wc = initialLayout(cfg, 50_000, { budget: 1500 });
    const c = wc.clone();
    c.expand(0);
    expect(c.cost).toBe(wc.cost + 31);
    const snap = wc.toJSON();
    expect(snap.levels).toHaveLength(wc.length);
    expect(snap.cost).toBe(wc.cost);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    const back = WorkingContext.fromSnapshot(cfg, JSON.parse(JSON.stringify(snap)));
    expect(back.entries()).toEqual(wc.entries());
    expect(back.cost).toBe(wc.cost);
    expect(() => WorkingContext.fromSnapshot({ ...cfg, blockSize: 16 }, snap)).toThrow(InvariantError);
  });
});
