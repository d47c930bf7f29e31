// Serialised focus telemetry (seed: access and mutation counts per node for MegaCuration, swap
// rate history): the JSON form `Telemetry.toJSON()` writes and `Telemetry.fromJSON()` reads, so a
// conversation's telemetry survives a reload. Versioned; everything read is validated and a
// malformed value is a TelemetryFormatError (never a crash, never a half-restored object).
//
// Per-node counts are growable Uint32Arrays per level. They are stored run-length encoded as flat
// number arrays [value, run, value, run, …] with trailing zeros dropped: a WC entry stays in place
// for many assemblies and the WC tiles the timeline, so neighbouring nodes share counts and long
// zero runs are the rule (a 1M-token memory's LOD0 access counts take a few hundred numbers).

import { TelemetryFormatError } from './errors.ts';

export const TELEMETRY_FORMAT = 'megacontext-telemetry';
export const TELEMETRY_FORMAT_VERSION = 1;
/** Decoded length bound per level (2^25 LOD0 blocks = 1G tokens): a corrupt run cannot allocate GBs. */
export const MAX_COUNTED_NODES = 2 ** 25;
/** Levels bound (the tree is a parameter, but 32^16 tokens is beyond any memory). */
const MAX_LEVELS = 16;
const MAX_HISTORY = 1 << 20;

export interface TelemetryJSON {
  format: typeof TELEMETRY_FORMAT;
  version: typeof TELEMETRY_FORMAT_VERSION;
  historySize: number;
  thrashThreshold: number;
  iterations: number;
  actions: number;
  expands: number;
  collapses: number;
  thrashIterations: number;
  refocuses: number;
  lastRecomputedTokens: number;
  totalRecomputedTokens: number;
  /** Σ swap rate over all iterations (the mean is swapSum / iterations). */
  swapSum: number;
  lastSwapRate: number;
  /** The ring's content, oldest first (≤ historySize values, ≤ iterations). */
  recentSwapRates: number[];
  /** Per level: run-length pairs [value, run, …] of the access counts. */
  access: number[][];
  mutation: number[][];
}

/** The validated content of a TelemetryJSON, counts decoded. */
export interface TelemetryState extends Omit<TelemetryJSON, 'access' | 'mutation' | 'format' | 'version'> {
  access: Uint32Array[];
  mutation: Uint32Array[];
}

/** Run-length encodes `counts` (entries past the last non-zero one are dropped). */
export function encodeCounts(counts: Uint32Array): number[] {
  let end = counts.length;
  while (end > 0 && counts[end - 1] === 0) end--;
  const out: number[] = [];
  for (let i = 0; i < end;) {
    const v = counts[i] as number;
    let j = i + 1;
    while (j < end && counts[j] === v) j++;
    out.push(v, j - i);
    i = j;
  }
  return out;
}

function fail(field: string, reason: string): never {
  throw new TelemetryFormatError(
    `Stored telemetry is malformed: ${field} ${reason}; it cannot be restored (start with fresh telemetry).`,
    { field, reason },
  );
}

/** Decodes run-length pairs; a bad pair, a non-u32 value or an oversized result is a TelemetryFormatError. */
export function decodeCounts(rle: unknown, field: string): Uint32Array {
  if (!Array.isArray(rle)) fail(field, 'is not an array');
  if (rle.length % 2 !== 0) fail(field, `has ${rle.length} numbers, not (value, run) pairs`);
  let total = 0;
  for (let i = 0; i < rle.length; i += 2) {
    const v: unknown = rle[i];
    const run: unknown = rle[i + 1];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffffffff)
      fail(`${field}[${i}]`, `is ${String(v)}, not a u32 count`);
    if (typeof run !== 'number' || !Number.isInteger(run) || run < 1)
      fail(`${field}[${i + 1}]`, `is ${String(run)}, not a positive run length`);
    total += run;
    if (total > MAX_COUNTED_NODES) fail(field, `decodes to more than ${MAX_COUNTED_NODES} nodes`);
  }
  const out = new Uint32Array(Math.max(64, total));
  let at = 0;
  for (let i = 0; i < rle.length; i += 2) {
    const run = rle[i + 1] as number;
    out.fill(rle[i] as number, at, at + run);
    at += run;
  }
  return out;
}

function count(o: Record<string, unknown>, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    fail(key, `is ${String(v)}, not a non-negative integer`);
  return v;
}

function real(o: Record<string, unknown>, key: string, max = Number.MAX_VALUE): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max)
    fail(key, `is ${String(v)}, not a finite number in [0, ${max}]`);
  return v;
}

function levels(o: Record<string, unknown>, key: string): Uint32Array[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(key, 'is not an array of levels');
  if (v.length > MAX_LEVELS) fail(key, `has ${v.length} levels (at most ${MAX_LEVELS})`);
  return v.map((rle, level) => decodeCounts(rle, `${key}[${level}]`));
}

/** Validates a parsed TelemetryJSON (any value) and decodes it; throws TelemetryFormatError. */
export function parseTelemetryJSON(json: unknown): TelemetryState {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) fail('telemetry', 'is not an object');
  const o = json as Record<string, unknown>;
  if (o['format'] !== TELEMETRY_FORMAT)
    fail('format', `is ${JSON.stringify(o['format'])}, expected "${TELEMETRY_FORMAT}"`);
  if (o['version'] !== TELEMETRY_FORMAT_VERSION)
    fail('version', `is ${JSON.stringify(o['version'])}; this app reads version ${TELEMETRY_FORMAT_VERSION}`);
  const historySize = count(o, 'historySize');
  if (historySize < 1 || historySize > MAX_HISTORY) fail('historySize', `is ${historySize}, outside 1..${MAX_HISTORY}`);
  const iterations = count(o, 'iterations');
  const recent = o['recentSwapRates'];
  if (!Array.isArray(recent)) fail('recentSwapRates', 'is not an array');
  if (recent.length > Math.min(historySize, iterations))
    fail(
      'recentSwapRates',
      `holds ${recent.length} values for ${iterations} iterations and a history of ${historySize}`,
    );
  recent.forEach((r, i) => {
    if (typeof r !== 'number' || !Number.isFinite(r) || r < 0)
      fail(`recentSwapRates[${i}]`, `is ${String(r)}, not a swap rate`);
  });
  const state: TelemetryState = {
    historySize,
    thrashThreshold: real(o, 'thrashThreshold'),
    iterations,
    actions: count(o, 'actions'),
    expands: count(o, 'expands'),
    collapses: count(o, 'collapses'),
    thrashIterations: count(o, 'thrashIterations'),
    refocuses: count(o, 'refocuses'),
    lastRecomputedTokens: count(o, 'lastRecomputedTokens'),
    totalRecomputedTokens: count(o, 'totalRecomputedTokens'),
    swapSum: real(o, 'swapSum'),
    lastSwapRate: real(o, 'lastSwapRate'),
    recentSwapRates: recent as number[],
    access: levels(o, 'access'),
    mutation: levels(o, 'mutation'),
  };
  if (state.expands + state.collapses !== state.actions)
    fail('actions', `is ${state.actions} but expands + collapses = ${state.expands + state.collapses}`);
  if (state.thrashIterations > iterations) fail('thrashIterations', `exceeds iterations (${iterations})`);
  return state;
}
