// MegaContext core configuration (seed concepts: block size K, LOD levels, W_max, protected recent
// region, τ_expand / τ_collapse, N_diff, cooldown, per-turn iteration cap).
//
// One documented interface, DEFAULT_CONFIG with the reason for each default, and
// validateConfig() that reports every problem at once as a typed ConfigError.

import { ConfigError, type ConfigIssue } from './errors.ts';

/** How a sibling group's member scores combine into one collapse score. */
export type GroupScorePolicy = 'max' | 'mean';

export interface MegaContextConfig {
  /** K: tokens per LOD0 block and children per gist. */
  readonly blockSize: number;
  /** Top LOD level (2 → LOD0, LOD1, LOD2). The top level can't collapse. */
  readonly maxLevel: number;
  /** W_max: budget of the working context in token-equivalents (LOD0 token = 1, gist = 1). */
  readonly wMax: number;
  /** R: the newest R tokens always stay LOD0 (every block touching them is LOD0). */
  readonly protectedTokens: number;
  /** Scores > tauExpand enter the expand queue. */
  readonly tauExpand: number;
  /** Scores < −tauCollapse enter the collapse queue. */
  readonly tauCollapse: number;
  /** N_diff: at most this many actions (expands + collapses) per allocator iteration. */
  readonly nDiff: number;
  /** C: an entry created by an action is not changed back during the next C iterations. */
  readonly cooldownIterations: number;
  /** Iteration cap of one refocus (one user turn). */
  readonly maxIterationsPerTurn: number;
  /** Collapse score of a group of K sibling gists. */
  readonly groupScore: GroupScorePolicy;
}

export const DEFAULT_CONFIG: Readonly<MegaContextConfig> = Object.freeze({
  blockSize: 32,
  maxLevel: 2,
  wMax: 8192,
  protectedTokens: 256,
  tauExpand: 0.3,
  tauCollapse: 0.3,
  nDiff: 4,
  cooldownIterations: 8,
  maxIterationsPerTurn: 32,
  groupScore: 'max',
});

/** The reason behind each default (shown by settings UIs and docs). */
export const CONFIG_REASONS: Readonly<Record<keyof MegaContextConfig, string>> = Object.freeze({
  blockSize:
    'K = 32 is the seeds’ GistNet ratio (32→1): big enough that a gist saves 31 slots, small enough ' +
    'that one block is still a coherent unit of text.',
  maxLevel:
    'LOD0–LOD2 as in the seeds: with W_max = 8,192 the coarsest layout holds ~8M tokens (one LOD2 gist ' +
    'per 1,024 tokens); raise it (LOD3+) for longer histories.',
  wMax:
    '8,192 token-equivalents fits the demo models’ trained context and the seeds’ "W_max = 8k" example; ' +
    'per-token decode cost stays flat at this size on a laptop GPU.',
  protectedTokens:
    '256 (inside the architecture’s 128–512 range): the text being written right now must stay exact; ' +
    '8 blocks cover the current sentence/paragraph and the tail block.',
  tauExpand: 'Seeds’ turn 2: +0.8 expands, +0.2 ("somewhat relevant") stays compressed — 0.3 sits between with margin.',
  tauCollapse: 'Seeds: −0.5 and −0.6 collapse; a symmetric 0.3 gives a dead band [−0.3, 0.3] of hysteresis.',
  nDiff: 'Seeds’ default of 4 actions per iteration: two expand/collapse pairs when the budget is full.',
  cooldownIterations:
    '8 iterations (two LensNet re-scorings of N_diff actions each way) before an entry may flip back: ' +
    'stops ping-pong without freezing a turn (cap 32).',
  maxIterationsPerTurn:
    '32 iterations × N_diff 4 = 128 actions (≈ 4k token-equivalents moved) per turn: enough for the seeds’ ' +
    '46-action context shift, and ≥ maxLevel so a needle under an LOD2 gist reaches LOD0 in one turn.',
  groupScore: '"max": 32 siblings collapse only if every one of them asks for it — a single relevant gist vetoes.',
});

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isFiniteNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Worst-case cost of the protected region: every block touching the newest R tokens, at LOD0. */
export function protectedRegionMaxCost(cfg: Pick<MegaContextConfig, 'blockSize' | 'protectedTokens'>): number {
  const K = cfg.blockSize;
  return (Math.ceil(cfg.protectedTokens / K) + 1) * K;
}

/**
 * Longest history (tokens) whose coarsest legal layout fits W_max: all at the top level except
 * the protected region and at most K−1 unaligned nodes per level below the top.
 */
export function historyCapacity(cfg: MegaContextConfig): number {
  const K = cfg.blockSize;
  const free = cfg.wMax - protectedRegionMaxCost(cfg) - (K - 1) * (cfg.maxLevel - 1);
  return Math.max(0, free) * K ** cfg.maxLevel;
}

/** Validate a full config; throws ConfigError listing every problem. Returns the same object. */
export function validateConfig(cfg: MegaContextConfig): MegaContextConfig {
  const issues: ConfigIssue[] = [];
  const add = (field: keyof MegaContextConfig, message: string) => issues.push({ field, value: cfg[field], message });

  if (!isInt(cfg.blockSize) || cfg.blockSize < 2 || cfg.blockSize > 1024) {
    add('blockSize', 'must be an integer in [2, 1024]; the seeds and the trained GistNet use 32.');
  }
  if (!isInt(cfg.maxLevel) || cfg.maxLevel < 1 || cfg.maxLevel > 8) {
    add('maxLevel', 'must be an integer in [1, 8] (1 → LOD0–LOD1, 2 → LOD0–LOD2 as in the seeds).');
  } else if (isInt(cfg.blockSize) && cfg.blockSize >= 2 && cfg.blockSize ** (cfg.maxLevel + 1) > 2 ** 52) {
    add('maxLevel', `blockSize^(maxLevel+1) exceeds 2^52 token positions; use a smaller maxLevel.`);
  }
  if (!isInt(cfg.protectedTokens) || cfg.protectedTokens < 0) {
    add('protectedTokens', 'must be an integer ≥ 0 (the architecture suggests 128–512).');
  }
  if (!isInt(cfg.wMax) || cfg.wMax < 1 || cfg.wMax > 1 << 22) {
    add('wMax', 'must be an integer in [1, 4194304] token-equivalents.');
  } else if (isInt(cfg.blockSize) && isInt(cfg.protectedTokens) && cfg.blockSize >= 2 && cfg.protectedTokens >= 0) {
    const need = protectedRegionMaxCost(cfg) + cfg.blockSize;
    if (cfg.wMax < need) {
      add(
        'wMax',
        `must be ≥ ${need}: the protected region can cost ${protectedRegionMaxCost(cfg)} ` +
          `(ceil(R/K)+1 blocks at LOD0) plus one block of room; raise wMax or lower protectedTokens.`,
      );
    }
  }
  if (!isFiniteNum(cfg.tauExpand) || cfg.tauExpand < 0) {
    add('tauExpand', 'must be a finite number ≥ 0 (scores above it ask for more detail).');
  }
  if (!isFiniteNum(cfg.tauCollapse) || cfg.tauCollapse < 0) {
    add('tauCollapse', 'must be a finite number ≥ 0 (scores below its negative ask for less detail).');
  }
  if (!isInt(cfg.nDiff) || cfg.nDiff < 1 || cfg.nDiff > 4096) {
    add('nDiff', 'must be an integer in [1, 4096]; the seeds use 4 actions per iteration.');
  }
  if (!isInt(cfg.cooldownIterations) || cfg.cooldownIterations < 0) {
    add('cooldownIterations', 'must be an integer ≥ 0 (0 disables the anti-ping-pong cooldown).');
  }
  if (!isInt(cfg.maxIterationsPerTurn) || cfg.maxIterationsPerTurn < 1) {
    add('maxIterationsPerTurn', 'must be an integer ≥ 1.');
  } else if (isInt(cfg.maxLevel) && cfg.maxIterationsPerTurn < cfg.maxLevel) {
    add(
      'maxIterationsPerTurn',
      `must be ≥ maxLevel (${cfg.maxLevel}): a needle under an LOD${cfg.maxLevel} gist needs ` +
        `${cfg.maxLevel} iterations to reach LOD0 within one turn.`,
    );
  }
  if (cfg.groupScore !== 'max' && cfg.groupScore !== 'mean') {
    add('groupScore', 'must be "max" or "mean".');
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return cfg;
}

/** Merge a partial config over DEFAULT_CONFIG, validate, and freeze. Unknown keys are rejected. */
export function resolveConfig(partial: Partial<MegaContextConfig> = {}): Readonly<MegaContextConfig> {
  const unknown = Object.keys(partial).filter((k) => !(k in DEFAULT_CONFIG));
  if (unknown.length > 0) {
    throw new ConfigError(
      unknown.map((k) => ({
        field: k,
        value: (partial as Record<string, unknown>)[k],
        message: `unknown option; known options are ${Object.keys(DEFAULT_CONFIG).join(', ')}.`,
      })),
    );
  }
  const merged: MegaContextConfig = { ...DEFAULT_CONFIG, ...partial };
  return Object.freeze(validateConfig(merged));
}
