// Typed errors of the core (seed concepts: legality, budget, contiguity invariant, config).
//
// Every error has a stable `name` and a JSON-able `data` payload holding all of its state (the
// fields below are read from `data`), so it crosses the worker boundary through the project's one
// error registry (src/protocol/error-registry.ts) and is rebuilt there as the same class.
// Messages say what went wrong AND what to do about it.

/** Base class of all core errors. */
export class MegaContextError extends Error {
  readonly data: Record<string, unknown>;
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message);
    this.name = 'MegaContextError';
    this.data = data;
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
  constructor(issues: readonly ConfigIssue[]) {
    super(
      `Invalid MegaContext config (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${i.field} = ${JSON.stringify(i.value)}: ${i.message}`).join('\n'),
      { issues: issues.map((i) => ({ ...i })) },
    );
    this.name = 'ConfigError';
  }
  /** Every problem found (a copy kept in `data.issues`). */
  get issues(): readonly ConfigIssue[] {
    return this.data['issues'] as ConfigIssue[];
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
  constructor(reason: IllegalReason, message: string, data: Record<string, unknown> = {}) {
    super(message, { ...data, reason });
    this.name = 'IllegalActionError';
  }
  get reason(): IllegalReason {
    return this.data['reason'] as IllegalReason;
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

/** A forget (tombstone) request that cannot be honoured: a bad token range, or an undo after the page that made it closed. */
export class ForgetError extends MegaContextError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message, data);
    this.name = 'ForgetError';
  }
}
