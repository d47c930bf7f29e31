// A conversation's telemetry as it is stored (ARCHITECTURE §4 step 5: tokens/s, time to first
// token, swap rate, recomputed tokens, WC budget use, access counts per node): the focus
// Telemetry, the last turn's stats, the decode-speed history and the refocus history (budget use
// = WC cost / (W_max − reply reserve) after each refocus, LensNet runs, actions; EVALUATION.md
// "working-context health"), in one versioned JSON value that the engine writes after each turn
// and reads back when the conversation is opened again (after a reload or a worker restart).
// Reading validates everything; a bad value is a TelemetryFormatError. Values saved before the
// refocus history existed read as an empty history.
import { Telemetry } from '../core/telemetry';
import { TelemetryFormatError } from '../core/errors';
import type { JsonValue } from '../storage/records';
import type { StopReason } from './generate';
import type { TurnStats } from './engine-api';

export const CONVERSATION_TELEMETRY_FORMAT = 'megacontext-conversation-telemetry';
export const CONVERSATION_TELEMETRY_VERSION = 1;
/** Decode points kept per conversation (the engine drops the oldest beyond this). */
export const DECODE_HISTORY_LIMIT = 200;
/** Refocus points kept per conversation (the oldest are dropped beyond this). */
export const REFOCUS_HISTORY_LIMIT = 200;

export interface DecodePoint {
  at: number;
  tokensPerSecond: number;
  ttftMs: number;
}

/** The working context right after one refocus (a turn's, before decoding). */
export interface RefocusPoint {
  at: number;
  /** Tokens in the memory (at most `budget`: it all fits at full detail, budget use is the memory's size). */
  tokens: number;
  /** WC cost in token-equivalents. */
  cost: number;
  /** The WC's budget: W_max − reply reserve (the allocator's config.wMax). */
  budget: number;
  /** LensNet network runs of this refocus (0 with similarity focus or focus off). */
  lensRuns: number;
  /** Allocator actions (iterations and fill). */
  actions: number;
  /** Expansions made by the fill (free budget → best-scoring gists). */
  fillExpansions: number;
}

export interface ConversationTelemetry {
  telemetry: Telemetry;
  lastTurn: TurnStats | null;
  decodeHistory: DecodePoint[];
  refocusHistory: RefocusPoint[];
}

/** Budget use of a refocus point: cost / (W_max − reply reserve). */
export const budgetUse = (p: Pick<RefocusPoint, 'cost' | 'budget'>): number => (p.budget > 0 ? p.cost / p.budget : 0);

/** Appends a point, dropping the oldest beyond REFOCUS_HISTORY_LIMIT. */
export function pushRefocusPoint(history: RefocusPoint[], point: RefocusPoint): void {
  history.push(point);
  if (history.length > REFOCUS_HISTORY_LIMIT) history.splice(0, history.length - REFOCUS_HISTORY_LIMIT);
}

const STOP_REASONS: readonly StopReason[] = ['stop-token', 'max-tokens', 'cancelled'];
const TURN_NUMBERS = [
  'promptRows',
  'reusedRows',
  'computedRows',
  'ttftMs',
  'tokensPerSecond',
  'generatedTokens',
  'refocusActions',
  'recomputedTokens',
  'swapRate',
] as const;
const REFOCUS_NUMBERS = ['at', 'tokens', 'cost', 'budget', 'lensRuns', 'actions', 'fillExpansions'] as const;

/** The stored form (plain JSON). */
export function conversationTelemetryToJSON(c: ConversationTelemetry): JsonValue {
  return {
    format: CONVERSATION_TELEMETRY_FORMAT,
    version: CONVERSATION_TELEMETRY_VERSION,
    focus: c.telemetry.toJSON() as unknown as JsonValue,
    lastTurn: c.lastTurn ? ({ ...c.lastTurn } as unknown as JsonValue) : null,
    decodeHistory: c.decodeHistory
      .slice(-DECODE_HISTORY_LIMIT)
      .map((p) => ({ at: p.at, tokensPerSecond: p.tokensPerSecond, ttftMs: p.ttftMs })),
    refocusHistory: c.refocusHistory
      .slice(-REFOCUS_HISTORY_LIMIT)
      .map((p) => Object.fromEntries(REFOCUS_NUMBERS.map((k) => [k, p[k]]))),
  };
}

function fail(field: string, reason: string): never {
  throw new TelemetryFormatError(`Stored conversation telemetry is malformed: ${field} ${reason}.`, { field, reason });
}

function finite(o: Record<string, unknown>, key: string, field: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    fail(`${field}.${key}`, `is ${String(v)}, not a finite non-negative number`);
  return v;
}

function record(v: unknown, field: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(field, 'is not an object');
  return v as Record<string, unknown>;
}

function parseTurn(v: unknown): TurnStats | null {
  if (v === null) return null;
  const o = record(v, 'lastTurn');
  const stop = o['stopReason'];
  if (!STOP_REASONS.includes(stop as StopReason)) fail('lastTurn.stopReason', `is ${JSON.stringify(stop)}`);
  const numbers = Object.fromEntries(TURN_NUMBERS.map((k) => [k, finite(o, k, 'lastTurn')])) as Record<
    (typeof TURN_NUMBERS)[number],
    number
  >;
  const names = Object.fromEntries(
    TURN_NAME_LISTS.filter((k) => o[k] !== undefined).map((k) => [k, nameList(o[k], `lastTurn.${k}`)]),
  );
  const copied = o['answerCopied'];
  if (copied !== undefined && copied !== true) fail('lastTurn.answerCopied', `is ${JSON.stringify(copied)}`);
  return { ...numbers, stopReason: stop as StopReason, ...names, ...(copied ? { answerCopied: true } : {}) };
}

/** The memory check's name lists a turn's stats may carry (absent before the check existed). */
const TURN_NAME_LISTS = ['notInMemory', 'quantityUnstated', 'namesFound'] as const;

function nameList(v: unknown, field: string): string[] {
  if (!Array.isArray(v) || !v.every((n) => typeof n === 'string')) fail(field, 'is not a list of names');
  return v as string[];
}

function parseHistory(v: unknown): DecodePoint[] {
  if (!Array.isArray(v)) fail('decodeHistory', 'is not an array');
  if (v.length > DECODE_HISTORY_LIMIT)
    fail('decodeHistory', `holds ${v.length} points (at most ${DECODE_HISTORY_LIMIT})`);
  return v.map((p, i) => {
    const o = record(p, `decodeHistory[${i}]`);
    const f = `decodeHistory[${i}]`;
    return { at: finite(o, 'at', f), tokensPerSecond: finite(o, 'tokensPerSecond', f), ttftMs: finite(o, 'ttftMs', f) };
  });
}

function parseRefocusHistory(v: unknown): RefocusPoint[] {
  if (v === undefined) return []; // saved before the refocus history existed
  if (!Array.isArray(v)) fail('refocusHistory', 'is not an array');
  if (v.length > REFOCUS_HISTORY_LIMIT)
    fail('refocusHistory', `holds ${v.length} points (at most ${REFOCUS_HISTORY_LIMIT})`);
  return v.map((p, i) => {
    const o = record(p, `refocusHistory[${i}]`);
    return Object.fromEntries(
      REFOCUS_NUMBERS.map((k) => [k, finite(o, k, `refocusHistory[${i}]`)]),
    ) as unknown as RefocusPoint;
  });
}

/** Rebuilds what conversationTelemetryToJSON stored; throws TelemetryFormatError for anything malformed. */
export function conversationTelemetryFromJSON(json: unknown): ConversationTelemetry {
  const o = record(json, 'conversation telemetry');
  if (o['format'] !== CONVERSATION_TELEMETRY_FORMAT)
    fail('format', `is ${JSON.stringify(o['format'])}, expected "${CONVERSATION_TELEMETRY_FORMAT}"`);
  if (o['version'] !== CONVERSATION_TELEMETRY_VERSION)
    fail('version', `is ${JSON.stringify(o['version'])}; this app reads version ${CONVERSATION_TELEMETRY_VERSION}`);
  return {
    telemetry: Telemetry.fromJSON(o['focus']),
    lastTurn: parseTurn(o['lastTurn'] ?? null),
    decodeHistory: parseHistory(o['decodeHistory']),
    refocusHistory: parseRefocusHistory(o['refocusHistory']),
  };
}
