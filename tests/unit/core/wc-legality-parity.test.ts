// Working-context legality parity (seeds: "contiguity invariant", "L0 can't expand further, L2
// can't collapse higher", W_max): LensNet's counterfactual labels are made on WCs that
// training/lensnet/wc.py builds and edits; the app runs src/core/legality.ts and invariants.ts.
// The fixture holds the Python verdicts (written by
// `/usr/bin/python3 -m training.lensnet.legality_parity`); every one must be what the shipped TS
// rule says: which layouts are legal, which expands/collapses are, the collapse unit, the layout
// after the action, its cost, and whether an expand fits W_max.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  IllegalActionError,
  InvariantError,
  WorkingContext,
  type IllegalReason,
  type MegaContextConfig,
  type NodeAddress,
} from '../../../src/core/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURE = path.join(root, 'tests/fixtures/wc-legality-parity.json');

type Pair = [number, number];
interface Action {
  kind: 'expand' | 'collapse';
  position: number;
  legal: boolean;
  unit?: Pair;
  at?: number;
  remove?: number;
  insert?: Pair[];
  cost?: number;
  fits?: boolean;
}
interface FixtureWc {
  name: string;
  entries: Pair[];
  problem: 'existence' | 'contiguity' | 'protected' | null;
  cost?: number;
  wMax?: number;
  actions?: Action[];
}
interface FixtureTree {
  name: string;
  K: number;
  maxLevel: number;
  T: number;
  protectedTokens: number;
  wcs: FixtureWc[];
}

const fixture: { trees: FixtureTree[] } = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const addrs = (pairs: readonly Pair[]): NodeAddress[] => pairs.map(([level, index]) => ({ level, index }));

/** The config of one fixture WC (not validateConfig'd: wMax sits right at the WC's cost on purpose). */
function configOf(t: FixtureTree, wMax: number): MegaContextConfig {
  return { ...DEFAULT_CONFIG, blockSize: t.K, maxLevel: t.maxLevel, protectedTokens: t.protectedTokens, wMax };
}

/** The invariant an InvariantError message names, in wc.wc_problem's words. */
function problemOf(message: string): string {
  if (message.includes('does not exist') || message.includes('above maxLevel')) return 'existence';
  if (message.includes('contiguity')) return 'contiguity';
  if (message.includes('protected region')) return 'protected';
  return `unrecognised: ${message}`;
}

function reasonOf(f: () => unknown): IllegalReason | null {
  try {
    f();
    return null;
  } catch (e) {
    if (!(e instanceof IllegalActionError)) throw e;
    return e.reason;
  }
}

const seenReasons = new Set<string>();
const seenProblems = new Set<string>();

describe('working-context legality parity (training/lensnet/wc.py ↔ src/core/legality.ts)', () => {
  it('covers the rules: trees, legal and broken layouts, legal and illegal actions', () => {
    const wcs = fixture.trees.flatMap((t) => t.wcs);
    const acts = wcs.flatMap((w) => w.actions ?? []);
    expect(fixture.trees.length).toBeGreaterThanOrEqual(8);
    expect(wcs.filter((w) => w.problem === null).length).toBeGreaterThan(30);
    expect(new Set(wcs.map((w) => w.problem))).toEqual(new Set([null, 'existence', 'contiguity', 'protected']));
    for (const kind of ['expand', 'collapse'] as const) {
      expect(acts.some((a) => a.kind === kind && a.legal)).toBe(true);
      expect(acts.some((a) => a.kind === kind && !a.legal)).toBe(true);
    }
    expect(acts.some((a) => a.fits === true) && acts.some((a) => a.fits === false)).toBe(true);
  });

  for (const t of fixture.trees) {
    describe(t.name, () => {
      for (const w of t.wcs) {
        if (w.problem !== null) {
          it(`${w.name}: TS rejects the layout for ${w.problem} as Python does`, () => {
            let err: unknown = null;
            try {
              WorkingContext.fromEntries(configOf(t, 1 << 22), t.T, addrs(w.entries));
            } catch (e) {
              err = e;
            }
            expect(err).toBeInstanceOf(InvariantError);
            expect(problemOf((err as InvariantError).message)).toBe(w.problem);
            seenProblems.add(w.problem as string);
          });
          continue;
        }
        it(`${w.name}: every expand / collapse verdict, unit, layout and cost agree`, () => {
          const cfg = configOf(t, w.wMax as number);
          const wc = WorkingContext.fromEntries(cfg, t.T, addrs(w.entries)); // validates the Python layout
          expect(wc.cost).toBe(w.cost);
          for (const a of w.actions as Action[]) {
            const where = `${a.kind} at ${a.position}`;
            const expected = a.legal
              ? [
                  ...w.entries.slice(0, a.at),
                  ...(a.insert as Pair[]),
                  ...w.entries.slice((a.at as number) + (a.remove as number)),
                ]
              : null;
            if (a.kind === 'expand') {
              const why = wc.expandBlocker(a.position);
              expect(why === null, where).toBe(a.legal);
              if (why !== null) {
                seenReasons.add(why);
                expect(
                  reasonOf(() => wc.clone().expand(a.position, { enforceBudget: false })),
                  where,
                ).toBe(why);
                continue;
              }
              const c = wc.clone();
              const act = c.expand(a.position, { enforceBudget: false });
              expect(c.entries(), where).toEqual(addrs(expected as Pair[]));
              expect(c.cost, where).toBe(a.cost);
              expect(act.delta, where).toBe((a.cost as number) - (w.cost as number));
              c.validate();
              const budget = reasonOf(() => wc.clone().expand(a.position));
              expect(budget === null, `${where} fits W_max ${w.wMax}`).toBe(a.fits);
              if (budget !== null) seenReasons.add(budget);
            } else {
              const u = wc.collapseUnit(a.position);
              expect(typeof u !== 'string', where).toBe(a.legal);
              if (typeof u === 'string') {
                seenReasons.add(u);
                expect(
                  reasonOf(() => wc.clone().collapse(a.position)),
                  where,
                ).toBe(u);
                continue;
              }
              expect([u.first, u.members], where).toEqual(a.unit);
              const c = wc.clone();
              const act = c.collapse(a.position);
              expect(c.entries(), where).toEqual(addrs(expected as Pair[]));
              expect(c.cost, where).toBe(a.cost);
              expect(act.delta, where).toBe((a.cost as number) - (w.cost as number));
              c.validate();
            }
          }
        });
      }
    });
  }

  it('exercised every illegality reason the Python rule models (no pins, no cooldowns there)', () => {
    expect([...seenReasons].sort()).toEqual(
      [
        'incomplete-block',
        'lod0-cannot-expand',
        'over-budget',
        'partial-group',
        'position-out-of-range',
        'protected-region',
        'top-level-cannot-collapse',
      ].sort(),
    );
    expect([...seenProblems].sort()).toEqual(['contiguity', 'existence', 'protected']);
  });
});
