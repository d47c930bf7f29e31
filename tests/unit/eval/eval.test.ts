import { describe, expect, it } from 'vitest';
import { parseCases, passkeyCase, PASSKEY_QUESTION, EvalCaseError } from '../../../src/eval/eval-case';
import { isCorrect } from '../../../src/eval/answer-check';
import { sinkWindow, topkRetrieval, truncation } from '../../../src/eval/baselines';
import { TermMap } from '../../../src/models/focus/term-map';

describe('eval cases', () => {
  it('parses JSONL: recall cases with answers and meta, older passkey lines with answer only', () => {
    const ok = parseCases(
      '{"context":"a","question":"b","answer":"c"}\n\n' +
        '{"id":"x","context":"a","question":"b","answers":["1","two"],"answer":"1","mode":"chat","meta":{"split":"heldout","tokens":9,"seen":false}}\n' +
        '{"id":"y","context":"a","question":"b","answers":[],"answer":"","mode":"chat"}\n',
    );
    expect(ok.map((c) => [c.id, c.mode, c.answers, c.answer])).toEqual([
      ['case-1', 'completion', ['c'], 'c'],
      ['x', 'chat', ['1', 'two'], '1'],
      ['y', 'chat', [], ''],
    ]);
    expect(ok[1]!.meta).toEqual({ split: 'heldout', tokens: 9, seen: false });
    // the passkey generator's cases read back as one-answer completion cases
    const pk = passkeyCase(200, 0.5, 3, (s) => s.split(/\s+/).filter(Boolean).length);
    expect(parseCases(JSON.stringify(pk))[0]).toMatchObject({ answers: [pk.answer], mode: 'completion' });
  });

  it('names the bad line and the bad field', () => {
    expect(() => parseCases('{"context":1}')).toThrow(EvalCaseError);
    expect(() => parseCases('ok\n{')).toThrow(/line 1/);
    expect(() => parseCases('{"context":"a","question":"b"}')).toThrow(/answers/);
    expect(() => parseCases('{"context":"a","question":"b","answers":[1]}')).toThrow(/answers/);
    expect(() => parseCases('{"context":"a","question":"b","answer":"c","mode":"prose"}')).toThrow(/mode/);
    expect(() => parseCases('\n{"context":"a","question":"b","answer":"c","meta":{"x":[1]}}')).toThrow(/line 2: meta/);
  });

  it('judges passkey replies by the shared answer rule', () => {
    expect(isCorrect(' 4721. Remember', ['4721'])).toBe(true);
    expect(isCorrect(' 47210', ['4721'])).toBe(false);
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
