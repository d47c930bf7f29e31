// Public API of the MegaContext core in one place (pure TypeScript, no DOM / GPU / storage
// imports). The app imports the files directly; the core's tests import this. See each file's
// header for the seed concept.

export * from './errors.ts';
export * from './config.ts';
export * from './addressing.ts';
export * from './tree.ts';
export * from './gister.ts';
export * from './gist-refresh.ts';
export * from './working-context.ts';
export * from './legality.ts';
export * from './invariants.ts';
export * from './initial-layout.ts';
export * from './budget.ts';
export * from './telemetry.ts';
export * from './telemetry-codec.ts';
export * from './float16.ts';
export * from './focus-allocator.ts';
export * from './refocus-turn.ts';
export * from './carried-scores.ts';
export * from './position-policy.ts';
export * from './pins.ts';
export * from './forgetting.ts';
export * from './memory-check.ts';
export * from './memory-letters.ts';
export * from './memory-quote.ts';
