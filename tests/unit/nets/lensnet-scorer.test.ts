// LensNetScorer: the inputs built from a live tree + WC equal the PyTorch training features
// (training/lensnet/wc.py entry_features, entry_match; the match feature's lexical relevance on
// prose from the package's tokenizer), the exported LensNet run through onnxruntime-node equals
// PyTorch on them, and the scorer drives FocusAllocator.refocusAsync (protected entries score 0).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ortNode, readTinyPackage, readTinyTokenizer, type TinyPackage } from '../../fixtures/tiny-package';
import {
  LEARNED_REFOCUS_OPTIONS,
  LensNetScorer,
  LensNetSessionError,
} from '../../../src/models/lensnet/lensnet-scorer';
import { buildLensNetInputs, QueryMatcher } from '../../../src/models/lensnet/lensnet-inputs';
import { termMapOf, type TermMap } from '../../../src/models/focus/term-map';
import { TrainingFreeGister } from '../../../src/models/training-free-gister';
import { MegaContextTree } from '../../../src/core/tree';
import { fillGistsSync } from '../../../src/core/gister';
import { WorkingContext } from '../../../src/core/working-context';
import { FocusAllocator } from '../../../src/core/focus-allocator';
import { resolveConfig } from '../../../src/core/config';
import { initialLayout } from '../../../src/core/initial-layout';
import { ForgetSet } from '../../../src/core/forgetting';
import type { ModelManifest } from '../../../src/models/model-manifest';
import { ensureTinyNets, maxAbsDiff, type TinyNetsReference } from './tiny-nets';

let pkg: TinyPackage;
let terms: TermMap;
let ref: TinyNetsReference;
let lens: LensNetScorer;
let gistBytes: Uint8Array;

beforeAll(async () => {
  pkg = readTinyPackage();
  terms = termMapOf(readTinyTokenizer());
  const nets = ensureTinyNets();
  ref = nets.reference;
  gistBytes = nets.gistnet;
  const manifest = {
    name: 'tiny',
    version: '0',
    lensnet: { file: 'lensnet.onnx', base_model: 'tiny@0', version: 'lensnet-test@step0', tail_tokens: 32 },
  } as unknown as ModelManifest;
  lens = await LensNetScorer.fromPackage(ortNode, manifest, nets.lensnet);
}, 120_000);
afterAll(async () => lens?.release());

function caseTree(): MegaContextTree {
  const tree = new MegaContextTree({ gistDim: pkg.table.dim, maxLevel: 2 });
  tree.append(ref.lens_case.token_ids);
  fillGistsSync(tree, new TrainingFreeGister(pkg.table));
  return tree;
}

describe('LensNetScorer', () => {
  it('builds the same inputs as training and scores like PyTorch', async () => {
    const tree = caseTree();
    const c = ref.lens_case;
    const cfg = resolveConfig({ protectedTokens: 0 });
    const wc = WorkingContext.fromEntries(
      cfg,
      tree.length,
      c.wc.map(([level, index]) => ({ level, index })),
    );
    const x = buildLensNetInputs(wc, tree, pkg.table, 32, c.query_ids, new QueryMatcher(tree, terms, c.query_ids));
    expect(x.n).toBe(c.wc.length);
    expect(maxAbsDiff(x.entries, c.entries)).toBeLessThan(1e-6);
    expect(Array.from(x.levels, Number)).toEqual(c.levels);
    expect(maxAbsDiff(x.ages, c.ages)).toBeLessThan(1e-5);
    expect(x.q).toBe(c.query_ids.length);
    expect(maxAbsDiff(x.match, c.match)).toBeLessThan(1e-5);
    expect(Math.max(...c.match) - Math.min(...c.match)).toBeGreaterThan(1); // the case has a match to find
    expect(lens.readsMatch).toBe(true);
    const s = await lens.score(x);
    expect(maxAbsDiff(s, c.expected)).toBeLessThan(1e-5);
    expect(lens.version).toBe('lensnet-test@step0');
  });

  it("the match feature compares blocks with the user's query when one is given", () => {
    const tree = caseTree();
    const c = ref.lens_case;
    const wc = WorkingContext.fromEntries(
      resolveConfig({ protectedTokens: 0 }),
      tree.length,
      c.wc.map(([level, index]) => ({ level, index })),
    );
    for (const block of [0, 1, 2]) {
      // A 7-token question taken from the middle of one block (offsets 12–18: part of it is in
      // each neighbour's window, all of it only in the block's own).
      const query = c.token_ids.slice(block * 32 + 12, block * 32 + 19);
      const x = buildLensNetInputs(wc, tree, pkg.table, 32, c.query_ids, new QueryMatcher(tree, terms, query));
      const ref3 = Array.from(x.match.subarray(0, 3));
      expect(ref3.indexOf(Math.max(...ref3))).toBe(block);
      expect(Math.abs(ref3.reduce((a, b) => a + b, 0))).toBeLessThan(1e-4); // z-scores over the entries before the query
    }
  });

  it('does not read forgotten tokens: a forgotten entry is a zero row with match 0, a partly forgotten block the mean of its kept tokens', () => {
    const tree = caseTree();
    const c = ref.lens_case;
    const wc = WorkingContext.fromEntries(
      resolveConfig({ protectedTokens: 0 }),
      tree.length,
      c.wc.map(([level, index]) => ({ level, index })),
    );
    const matcher = new QueryMatcher(tree, terms, c.query_ids);
    const plain = buildLensNetInputs(wc, tree, pkg.table, 32, c.query_ids, matcher);
    // Nothing forgotten: exactly training's inputs.
    const none = buildLensNetInputs(wc, tree, pkg.table, 32, c.query_ids, matcher, ForgetSet.EMPTY);
    expect(Array.from(none.entries)).toEqual(Array.from(plain.entries));
    expect(Array.from(none.match)).toEqual(Array.from(plain.match));
    const d = pkg.table.dim;
    const gone = { start: wc.entryStart(0), end: wc.entryEnd(0) };
    const lod0 = Array.from({ length: wc.length }, (_, i) => i).find((i) => i > 0 && wc.level(i) === 0)!;
    const part = { start: wc.entryStart(lod0), end: wc.entryStart(lod0) + 5 };
    const x = buildLensNetInputs(wc, tree, pkg.table, 32, c.query_ids, matcher, new ForgetSet([gone, part]));
    expect(Array.from(x.entries.subarray(0, d))).toEqual(new Array(d).fill(0));
    expect(x.match[0]).toBe(0);
    const kept = Array.from(tree.tokenIds(part.end, wc.entryEnd(lod0)));
    expect(maxAbsDiff(x.entries.subarray(lod0 * d, (lod0 + 1) * d), pkg.table.meanOf(kept))).toBeLessThan(1e-6);
    expect(
      maxAbsDiff(x.entries.subarray(lod0 * d, (lod0 + 1) * d), plain.entries.subarray(lod0 * d, (lod0 + 1) * d)),
    ).toBeGreaterThan(1e-6);
  });

  it('drives refocusAsync within budget; protected entries score 0', async () => {
    const tree = new MegaContextTree({ gistDim: pkg.table.dim, maxLevel: 2 });
    tree.append(Array.from({ length: 3000 }, (_, i) => (i * 104729) % 8000));
    fillGistsSync(tree, new TrainingFreeGister(pkg.table));
    const cfg = resolveConfig({ wMax: 1024, protectedTokens: 128 });
    const wc = initialLayout(cfg, tree.length);
    const scorer = lens.scorer(tree, pkg.table, terms);
    const scores = await scorer(wc);
    expect(scores.length).toBe(wc.length);
    for (let i = 0; i < wc.length; i++) {
      if (wc.isProtected(i)) expect(scores[i]).toBe(0);
      expect(Math.abs(scores[i]!)).toBeLessThan(1);
    }
    const report = await new FocusAllocator().refocusAsync(wc, scorer, { maxIterations: 4 });
    expect(report.costAfter).toBeLessThanOrEqual(cfg.wMax);
    wc.validate({ budget: true });
  });

  it('learned refocus options: a raw block scored −0.2 may pay for an expansion (not with the default −τ)', async () => {
    const tree = new MegaContextTree({ gistDim: pkg.table.dim, maxLevel: 2 });
    tree.append(Array.from({ length: 3000 }, (_, i) => (i * 104729) % 8000));
    fillGistsSync(tree, new TrainingFreeGister(pkg.table));
    const cfg = resolveConfig({ wMax: 1024, protectedTokens: 128 });
    // the oldest gist asks for detail; unprotected raw blocks are mildly negative
    const mild = async (wc: WorkingContext) =>
      Float32Array.from({ length: wc.length }, (_, i) =>
        i === 0 ? 0.9 : wc.level(i) === 0 && !wc.isProtected(i) ? -0.2 : 0,
      );
    const run = async (opts: object) => {
      const wc = initialLayout(cfg, tree.length); // full: the expansion needs a payer
      const before = wc.cost;
      const rep = await new FocusAllocator().refocusAsync(wc, mild, { maxIterations: 4, ...opts });
      wc.validate({ budget: true });
      expect(wc.cost).toBe(before); // pairs only: nothing collapses on its own
      return rep.iterations.flatMap((it) => it.actions).filter((a) => a.kind === 'expand').length;
    };
    expect(LEARNED_REFOCUS_OPTIONS.collapseThreshold).toBe(-0.1);
    expect(await run({})).toBe(0);
    expect(await run(LEARNED_REFOCUS_OPTIONS)).toBeGreaterThan(0);
  });

  it('runs the network once per refocus: later iterations and fill steps carry its scores', async () => {
    const tree = new MegaContextTree({ gistDim: pkg.table.dim, maxLevel: 2 });
    tree.append(Array.from({ length: 6000 }, (_, i) => (i * 104729) % 8000));
    fillGistsSync(tree, new TrainingFreeGister(pkg.table));
    const cfg = resolveConfig({ wMax: 1024, protectedTokens: 128 });
    const wc = initialLayout(cfg, tree.length, { budget: 600 }); // free budget: several fill steps
    const scorer = lens.scorer(tree, pkg.table, terms, undefined, [5, 6, 7]);
    let calls = 0;
    const runs = lens.runs;
    const rep = await new FocusAllocator().refocusAsync(
      wc,
      async (w) => {
        calls++;
        return scorer(w);
      },
      LEARNED_REFOCUS_OPTIONS,
    );
    expect(calls).toBeGreaterThan(2);
    expect(lens.runs - runs).toBe(1);
    expect(rep.fillExpansions).toBeGreaterThan(0);
    expect(cfg.wMax - wc.cost).toBeLessThan(31);
    wc.validate({ budget: true });
  });

  it('rejects a graph that is not a LensNet', async () => {
    await expect(LensNetScorer.create(ortNode, gistBytes, { version: 'x' })).rejects.toBeInstanceOf(
      LensNetSessionError,
    );
  });
});
