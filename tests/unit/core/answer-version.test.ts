// Asked a version (src/core/answer-version.ts): the openings written as versions are, where any are;
// not a model's number, a date in dots or a server's address. Writer 125 (training/recall/guard.py).
import { describe, expect, it } from 'vitest';
import { versionStarts } from '../../../src/core/answer-version';

const versions = (source: string, request: string) => {
  const starts = [...source.matchAll(/\S+/g)].map((m) => m.index!);
  return versionStarts(source, request, starts).map((q) => source.slice(q).split(/\s/)[0]);
};

describe('versionStarts', () => {
  const gc = 'model: Aurelis 7200 GC\nfirmware: 3.8.2\nhost 10.4.7.19 serviced 12.03.2024';
  it('keeps the dotted versions when a version, a release or a firmware is asked', () => {
    expect(versions(gc, "The Aurelis instrument's onboard software is at release")).toEqual(['3.8.2']);
    expect(versions('Please bump the minimum to v20.11 from 7200', 'Which version is the minimum?')).toEqual([
      'v20.11',
    ]);
  });

  it('keeps every opening when none is a version, or none is asked', () => {
    expect(versions('model: Aurelis 7200 GC', 'Which release is it?')).toEqual(['model:', 'Aurelis', '7200', 'GC']);
    expect(versions(gc, 'Which model is it?')).toHaveLength(10);
  });
});
