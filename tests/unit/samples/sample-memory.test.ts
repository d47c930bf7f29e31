// The bundled sample memory (issue 19 item 5): planting, validation, and the shipped file itself
// (public/samples/moby-dick.json, built by scripts/make-sample-memory.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isSampleLabel,
  parseSampleMemory,
  plantSentences,
  sampleLabel,
  SAMPLE_MEMORY_PATH,
} from '../../../src/samples/sample-memory';

const SHIPPED = `public/${SAMPLE_MEMORY_PATH}`;

describe('plantSentences', () => {
  it('puts each sentence before the paragraph at its depth and reports where it went', () => {
    const paras = ['a a', 'b b', 'c c', 'd d'];
    const { text, offsets } = plantSentences(paras, ['X1.', 'Y2.', 'Z3.'], [0.5, 0, 1]);
    expect(text).toBe('Y2.\n\na a\n\nb b\n\nX1.\n\nc c\n\nd d\n\nZ3.');
    expect(offsets.map((o) => text.slice(o, o + 3))).toEqual(['X1.', 'Y2.', 'Z3.']);
  });

  it('keeps input order for two sentences at the same depth', () => {
    const { text, offsets } = plantSentences(['p'], ['first', 'second'], [1, 1]);
    expect(text).toBe('p\n\nfirst\n\nsecond');
    expect(offsets).toEqual([3, 10]);
  });

  it('refuses depths outside [0, 1] and a missing depth', () => {
    expect(() => plantSentences(['p'], ['s'], [1.5])).toThrow(RangeError);
    expect(() => plantSentences(['p'], ['s', 't'], [0.5])).toThrow(RangeError);
  });
});

describe('parseSampleMemory', () => {
  const good = () => {
    const { text, offsets } = plantSentences(['Call me Ishmael.'], ['The pass key is 31847.'], [1]);
    return {
      format: 1,
      id: 's',
      title: 'T',
      source: { work: 'w', author: 'a', excerpt: 'e', origin: 'o', licence: 'public domain' },
      text,
      facts: [
        {
          id: 'k',
          sentence: 'The pass key is 31847.',
          question: 'What is the pass key?',
          answer: '31847',
          offset: offsets[0],
        },
      ],
    };
  };

  it('accepts a well-formed sample', () => {
    expect(parseSampleMemory(good()).ok).toBe(true);
  });

  it('says what is wrong with a damaged one', () => {
    const moved = { ...good(), facts: [{ ...good().facts[0]!, offset: 3 }] };
    expect(parseSampleMemory(moved)).toEqual({
      ok: false,
      why: 'fact "k": its sentence is not at its offset in the text',
    });
    const noAnswer = { ...good(), facts: [{ ...good().facts[0]!, answer: '99' }] };
    expect(parseSampleMemory(noAnswer)).toMatchObject({ ok: false });
    expect(parseSampleMemory({ ...good(), source: { work: 'w' } })).toMatchObject({ ok: false });
    expect(parseSampleMemory({ ...good(), facts: [] })).toMatchObject({ ok: false });
    expect(parseSampleMemory(null)).toMatchObject({ ok: false });
  });

  it('labels sample memories so the chips can find them', () => {
    expect(isSampleLabel(sampleLabel({ title: 'Moby-Dick' }))).toBe(true);
    expect(isSampleLabel('note: Sample memory')).toBe(false);
  });
});

describe.skipIf(!existsSync(SHIPPED))('the shipped sample (public/samples/moby-dick.json)', () => {
  it('is valid, small enough to precache, and its facts lie spread through the book', () => {
    expect(statSync(SHIPPED).size).toBeLessThan(300_000);
    const parsed = parseSampleMemory(JSON.parse(readFileSync(SHIPPED, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.why);
    const s = parsed.sample;
    expect(s.source.licence).toMatch(/public domain/);
    expect(s.facts.length).toBeGreaterThanOrEqual(3);
    // every answer occurs once in the text: the planted sentence (twice within it), nowhere else
    for (const f of s.facts) expect(s.text.split(f.answer).length - 1).toBe(f.sentence.split(f.answer).length - 1);
    const depths = s.facts.map((f) => f.offset / s.text.length);
    expect(Math.max(...depths) - Math.min(...depths)).toBeGreaterThan(0.4);
  });
});
