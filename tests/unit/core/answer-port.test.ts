// Which number a request for a port asks (src/core/answer-port.ts).
import { describe, expect, it } from 'vitest';
import { portStarts } from '../../../src/core/answer-port';

describe('portStarts', () => {
  const env = 'REDIS_URL=redis://cache-02.internal:6380/3  # sessions; SESSION_TTL_SECONDS=5400; PORT=8080';
  const at = (qs: number[]) => qs.map((q) => env.slice(q).split(/[\s;]/)[0]);
  const starts = ['6380', '5400', '8080'].map((w) => env.indexOf(w));

  it("keeps the numbers after a host's colon or the word port, when asked a port", () => {
    expect(at(portStarts(env, "What port is the shop's session cache listening on?", starts))).toEqual([
      '6380/3',
      '8080',
    ]);
    expect(at(portStarts(env, 'The key-value store is reachable on port', starts))).toEqual(['6380/3', '8080']);
  });

  it('keeps every start when no port is asked, or none is written', () => {
    expect(portStarts(env, 'How long do sessions last?', starts)).toEqual(starts);
    const plain = 'SESSION_TTL_SECONDS=5400';
    expect(portStarts(plain, 'Which port?', [plain.indexOf('5400')])).toEqual([plain.indexOf('5400')]);
  });
});
