// TS/Python parity of the match feature's parts (training/gistnet/make_test_nets.py writes the
// fixture): the term map of the package's tokenizer (training/lensnet/terms.py) and the block
// relevance of the lens case (training/lensnet/wc.py block_relevance). The z-scored match itself
// is compared in lensnet-scorer.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { readTinyTokenizer } from '../../fixtures/tiny-package';
import { termMapOf, type TermMap } from '../../../src/models/focus/term-map';
import { blockRelevance } from '../../../src/models/focus/block-relevance';
import { ensureTinyNets, maxAbsDiff, type TinyNetsReference } from './tiny-nets';

let ref: TinyNetsReference;
let terms: TermMap;

beforeAll(() => {
  ref = ensureTinyNets().reference;
  terms = termMapOf(readTinyTokenizer());
}, 120_000);

describe('match feature parity with training', () => {
  it('the term map equals the Python one id for id', () => {
    expect(terms.ofId.length).toBe(ref.terms.length);
    expect(Array.from(terms.ofId)).toEqual(ref.terms);
    expect(terms.count).toBeGreaterThan(1000); // a real vocabulary, not an empty map
  });

  it('block relevance of the lens case equals the Python one', () => {
    const c = ref.lens_case;
    const rel = blockRelevance(Int32Array.from(c.token_ids), 32, terms, c.query_ids);
    expect(rel.length).toBe(c.relevance.length);
    expect(maxAbsDiff(rel, c.relevance)).toBeLessThan(1e-12);
    expect(Math.max(...c.relevance) - Math.min(...c.relevance)).toBeGreaterThan(0.5); // the fact's block stands out
  });
});
