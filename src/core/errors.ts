// Typed errors of the core (seed concepts: legality, budget, contiguity invariant, config).
//
// Every error has a stable `name` and a JSON-able `data` payload so it can cross a worker
// boundary as `{ name, message, data }` and be rebuilt as the same class with
// `coreErrorFromJSON()`. Messages say what went wrong AND what to do about it.

/** Serialised form of a core error (what crosses a postMessage boundary). */
export interface SerializedCoreError {
  readonly name: string;
  readonly message: string;
  readonly data: Record<string, unknown>;
}

/** Base class of all core errors. */
export class MegaContextError extends Error {
  readonly data: Record<string, unknown>;
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message);
    this.name = 'MegaContextError';
    this.data = data;
  }
  toJSON(): SerializedCoreError {
    return { name: this.name, message: this.message, data: this.data };
  }
}

/** One problem found by validateConfig(). */
export interface ConfigIssue {
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
}

/** Invalid configuration; `issues` lists every problem found (not just the first). */
export class ConfigError extends MegaContextError {
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[]) {
    super(
      `Invalid MegaContext config (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${i.field} = ${JSON.stringify(i.value)}: ${i.message}`).join('\n'),
      { issues: issues.map((i) => ({ ...i })) },
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** A (level, index) address or token range outside what exists. */
export class AddressError extends MegaContextError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message, data);
    this.name = 'AddressError';
  }
}

/** Token ids must be integers in [0, 2^31). */
export class TokenIdError extends MegaContextError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message, data);
    this.name = 'TokenIdError';
  }
}

/** Why an expand/collapse is illegal. */
export type IllegalReason =
  | 'lod0-cannot-expand'
  | 'top-level-cannot-collapse'
  | 'partial-group'
  | 'incomplete-block'
  | 'protected-region'
  | 'pinned'
  | 'cooldown'
  | 'position-out-of-range'
  | 'over-budget';

/** An expand/collapse that breaks a legality rule. */
export class IllegalActionError extends MegaContextError {
  readonly reason: IllegalReason;
  constructor(reason: IllegalReason, message: string, data: Record<string, unknown> = {}) {
    super(message, { reason, ...data });
    this.name = 'IllegalActionError';
    this.reason = reason;
  }
}

/** The working context cannot be brought within W_max. */
export class BudgetError extends MegaContextError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message, data);
    this.name = 'BudgetError';
  }
}

/** A working-context or tree invariant does not hold (a bug, or corrupted input). */
export class InvariantError extends MegaContextError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message, data);
    this.name = 'InvariantError';
  }
}

/** Gist vectors of the wrong shape, out of order, or from an incompatible gister. */
export class GistError extends MegaContextError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message, data);
    this.name = 'GistError';
  }
}

/** Scores handed to the allocator do not match the working context. */
export class ScoreError extends MegaContextError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message, data);
    this.name = 'ScoreError';
  }
}

/** Serialised telemetry (Telemetry.fromJSON) that is malformed, of another format or version. */
export class TelemetryFormatError extends MegaContextError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message, data);
    this.name = 'TelemetryFormatError';
  }
}

type Ctor = new (...args: never[]) => MegaContextError;
const REGISTRY: Record<string, Ctor> = {
  MegaContextError,
  ConfigError,
  AddressError,
  TokenIdError,
  IllegalActionError,
  BudgetError,
  InvariantError,
  GistError,
  ScoreError,
  TelemetryFormatError,
};

/** Names of all core error classes (for protocol-level registries). */
export const CORE_ERROR_NAMES: readonly string[] = Object.keys(REGISTRY);

/**
 * Rebuild a core error from its serialised form, as the same class (instanceof works).
 * Unknown names come back as a plain MegaContextError carrying the original name.
 */
export function coreErrorFromJSON(s: SerializedCoreError): MegaContextError {
  const ctor = REGISTRY[s.name];
  const err: MegaContextError = Object.create((ctor ?? MegaContextError).prototype) as MegaContextError;
  Object.defineProperty(err, 'message', { value: s.message, writable: true, configurable: true });
  Object.defineProperty(err, 'name', { value: s.name, writable: true, configurable: true });
  Object.defineProperty(err, 'data', { value: s.data, writable: false, configurable: true });
  if (s.name === 'ConfigError') {
    Object.defineProperty(err, 'issues', { value: (s.data['issues'] as ConfigIssue[] | undefined) ?? [] });
  }
  if (s.name === 'IllegalActionError') {
    Object.defineProperty(err, 'reason', { value: s.data['reason'] });
  }
  return err;
}
