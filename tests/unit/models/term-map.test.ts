// Terms of a vocabulary (src/models/focus/term-map.ts): case, leading space and punctuation do not
// make a new term; special tokens, punctuation and partial bytes have none; built once per tokenizer.
import { describe, expect, it } from 'vitest';
import { normaliseTerm, TermMap, termMapOf } from '../../../src/models/focus/term-map';
import { readTinyTokenizer } from '../../fixtures/tiny-package';

describe('term map', () => {
  it('normalises " Alder", "Alder" and "ALDER" to one term; punctuation-only is no term', () => {
    expect(normaliseTerm(' Alder')).toBe('alder');
    expect(normaliseTerm('Alder')).toBe('alder');
    expect(normaliseTerm('ALDER')).toBe('alder');
    expect(normaliseTerm('?! ,')).toBe('');
    expect(normaliseTerm(' Élan-58213.')).toBe('élan58213');
    const map = TermMap.fromTokenTexts([' Alder', 'Alder', 'ALDER', '?!', ' ', 'x']);
    expect(Array.from(map.ofId)).toEqual([0, 0, 0, -1, -1, 1]);
    expect(map.terms).toEqual(['alder', 'x']);
    expect(map.of(6)).toBe(-1); // outside the vocabulary
  });

  it("maps the demo tokenizer's spellings of a word to one term and its special tokens to none", () => {
    const tok = readTinyTokenizer();
    const map = termMapOf(tok);
    expect(termMapOf(tok)).toBe(map); // once per tokenizer
    expect(map.ofId.length).toBe(tok.vocabSize);
    const spellings = [' the', 'the', ' The'].map((w) => tok.encode(w));
    for (const ids of spellings) expect(ids).toHaveLength(1);
    const term = map.of(spellings[0]![0]!);
    expect(term).toBeGreaterThanOrEqual(0);
    expect(map.terms[term]).toBe('the');
    for (const ids of spellings) expect(map.of(ids[0]!)).toBe(term);
    for (const special of ['<|user|>', '<|end|>', '<|assistant|>', '<|bos|>']) {
      const ids = tok.encode(special);
      expect(ids).toHaveLength(1);
      expect(map.of(ids[0]!)).toBe(-1);
    }
    expect(map.of(tok.encode('.')[0]!)).toBe(-1);
  });
});
