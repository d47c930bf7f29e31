import { describe, expect, it } from 'vitest';
import { isCorrect, parseCases, passkeyCase, PASSKEY_QUESTION, EvalCaseError } from '../../../src/eval/eval-case';
import { sinkWindow, topkRetrieval, truncation } from '../../../src/eval/baselines';
import { TermMap } from '../../../src/models/focus/term-map';

describe('eval cases', () => {
  it('checks integer answers by the first integer and text answers by prefix', () => {
    expect(isCorrect(' 4721. Remember', '4721')).toBe(true);
    expect(isCorrect(' 47210', '4721')).toBe(false);
    expect(isCorrect('the key is 12 or 4721', '4721')).toBe(false);
    expect(isCorrect('  Paris, of course', 'paris')).toBe(true);
  });

  it('parses JSONL and names the bad line', () => {
    const ok = parseCases('{"context":"a","question":"b","answer":"c"}\n\n{"id":"x","context":"a","question":"b","answer":"1","mode":"chat"}\n');
    expect(ok.map((c) => [c.id, c.mode])).toEqual([['case-1', 'completion'], ['x', 'chat']]);
    expect(() => parseCases('{"context":1}')).toThrow(EvalCaseError);
    expect(() => parseCases('ok\n{')).toThrow(/line 1/);
  });

  it('builds passkey cases of the requested length with the needle at the requested depth', () => {
    const count = (s: string) => s.split(/\s+/).filter(Boolean).length; // whitespace "tokenizer"
    const c = passkeyCase(2000, 0.25, 7, count);
    const key = String(c.meta!.key);
    expect(c.answer).toBe(key);
    expect(c.question).toBe(PASSKEY_QUESTION);
    const total = count(`${c.context}\n${c.question}`);
    expect(Math.abs(total - 2000)).toBeLessThan(30);
    const at = c.context.indexOf(`The pass key is ${key}.`);
    expect(at / c.context.length).toBeGreaterThan(0.2);
    expect(at / c.context.length).toBeLessThan(0.3);
  });
});

describe('baselines', () => {
  it('truncation and sink+window keep the budget in timeline order', () => {
    expect(Array.from(truncation(10, 4))).toEqual([6, 7, 8, 9]);
    expect(Array.from(truncation(3, 4))).toEqual([0, 1, 2]);
    expect(Array.from(sinkWindow(10, 6, 2))).toEqual([0, 1, 6, 7, 8, 9]);
  });

  it('top-k retrieval keeps the recent window and the chunks most like the query', () => {
    const terms = TermMap.fromTokenTexts(Array.from({ length: 10 }, (_, v) => `term${v}`)); // token v is its own term
    const ids = new Int32Array(32 * 8).fill(1); // 8 chunks of token 1 …
    ids.fill(2, 3 * 32, 4 * 32); // … chunk 3 is token 2, like the query
    const kept = topkRetrieval(ids, terms, [2, 2], 32 * 3, 32, 32);
    expect(kept.length).toBe(96);
    expect(Array.from(kept.slice(0, 32))).toEqual(Array.from({ length: 32 }, (_, i) => 96 + i)); // chunk 3 first (timeline order)
    expect(kept[kept.length - 1]).toBe(255); // recent window last
  });
});
