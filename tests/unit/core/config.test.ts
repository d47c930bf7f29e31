import { describe, expect, it } from 'vitest';
import {
  CONFIG_REASONS,
  ConfigError,
  DEFAULT_CONFIG,
  historyCapacity,
  resolveConfig,
  validateConfig,
  IllegalActionError,
  MegaContextError,
} from '../../../src/core/index.ts';
import { registerProjectErrors } from '../../../src/protocol/error-registry.ts';
import { deserializeError, serializeError } from '../../../src/protocol/serializable-error.ts';

describe('config', () => {
  it('defaults are valid and match the seeds (K=32, LOD0–LOD2, W_max 8k, N_diff 4)', () => {
    expect(validateConfig({ ...DEFAULT_CONFIG })).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG.blockSize).toBe(32);
    expect(DEFAULT_CONFIG.maxLevel).toBe(2);
    expect(DEFAULT_CONFIG.wMax).toBe(8192);
    expect(DEFAULT_CONFIG.nDiff).toBe(4);
    expect(DEFAULT_CONFIG.protectedTokens).toBeGreaterThanOrEqual(128);
    expect(DEFAULT_CONFIG.protectedTokens).toBeLessThanOrEqual(512);
    expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true);
  });

  it('documents a reason for every option', () => {
    expect(Object.keys(CONFIG_REASONS).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
    for (const r of Object.values(CONFIG_REASONS)) expect(r.length).toBeGreaterThan(20);
  });

  it('thresholds sit between the seeds’ example scores (+0.2 stays, +0.8 expands, −0.5 collapses)', () => {
    expect(DEFAULT_CONFIG.tauExpand).toBeGreaterThanOrEqual(0.2);
    expect(DEFAULT_CONFIG.tauExpand).toBeLessThan(0.7);
    expect(DEFAULT_CONFIG.tauCollapse).toBeLessThan(0.5);
  });

  it('default capacity holds ~8M tokens at LOD2', () => {
    expect(historyCapacity(DEFAULT_CONFIG)).toBeGreaterThan(8_000_000);
    expect(historyCapacity({ ...DEFAULT_CONFIG, maxLevel: 3 })).toBeGreaterThan(250_000_000);
  });

  it('reports every problem at once with actionable messages', () => {
    let err: unknown;
    try {
      validateConfig({ ...DEFAULT_CONFIG, blockSize: 1, nDiff: 0, tauExpand: -1, groupScore: 'median' as never });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const ce = err as ConfigError;
    expect(ce.name).toBe('ConfigError');
    expect(ce.issues.map((i) => i.field).sort()).toEqual(['blockSize', 'groupScore', 'nDiff', 'tauExpand']);
    expect(ce.message).toMatch(/blockSize = 1: must be an integer in \[2, 1024\]/);
  });

  it('rejects a W_max that cannot hold the protected region', () => {
    expect(() => validateConfig({ ...DEFAULT_CONFIG, wMax: 300 })).toThrow(/protected region can cost 288/);
  });

  it('requires enough iterations per turn for a needle to reach LOD0', () => {
    expect(() => validateConfig({ ...DEFAULT_CONFIG, maxLevel: 3, maxIterationsPerTurn: 2 })).toThrow(
      /needle under an LOD3 gist needs 3 iterations/,
    );
  });

  it('resolveConfig merges over defaults, freezes, and rejects unknown keys', () => {
    const c = resolveConfig({ wMax: 4096 });
    expect(c.wMax).toBe(4096);
    expect(c.blockSize).toBe(32);
    expect(Object.isFrozen(c)).toBe(true);
    expect(() => resolveConfig({ wmax: 1 } as never)).toThrow(/unknown option/);
  });

  it('errors serialise to {name, message, data} and are rebuilt as the same class', () => {
    let err: ConfigError | undefined;
    try {
      resolveConfig({ nDiff: -3 });
    } catch (e) {
      err = e as ConfigError;
    }
    registerProjectErrors();
    const wire = JSON.parse(JSON.stringify(serializeError(err)));
    expect(wire.name).toBe('ConfigError');
    const back = deserializeError(wire);
    expect(back).toBeInstanceOf(ConfigError);
    expect(back).toBeInstanceOf(MegaContextError);
    expect(back.message).toBe(err!.message);
    expect((back as ConfigError).issues[0]!.field).toBe('nDiff');
    const ia = deserializeError(serializeError(new IllegalActionError('cooldown', 'x')));
    expect(ia).toBeInstanceOf(IllegalActionError);
    expect((ia as IllegalActionError).reason).toBe('cooldown');
  });
});
