// A turn's quote and what answer copy reads (src/runtime/memory-quote-turn.ts `quoteForTurn`): the
// quote by the request's keys; else, for a request that names nothing, the quote by words rare in
// the memory — which answer copy reads only when the whole memory does not fit.
import { describe, expect, it } from 'vitest';
import { quoteForTurn } from '../../../src/runtime/memory-quote-turn';
import { MemoryLetters } from '../../../src/core/memory-letters';
import { FakeTokenizer } from '../core/fake-word-tokenizer';

const HAY = 'The river ran east past the old mill and nobody spoke of the weather that week. ';

function turn(message: string, memory: string, readWhole: number | undefined) {
  const tok = new FakeTokenizer();
  const ids = tok.encode(memory);
  const index = new MemoryLetters(tok);
  index.extend(ids);
  const source = { tokenIds: (a: number, b: number) => ids.slice(a, b), decode: (x: number[]) => tok.decode(x) };
  return { ...quoteForTurn(message, index, source, tok, { end: ids.length }, readWhole), tokens: ids.length };
}

describe('quote for a turn', () => {
  const memory = `${HAY}The station door is painted red. ${HAY}A door. ${HAY}`;

  it("copies from the request's quote when its keys find one", () => {
    const t = turn('What door is in the station?', memory, 10_000);
    expect(t).toMatchObject({ quote: 'The station door is painted red.', best: 'The station door is painted red.' });
    expect(t.copy).toBe(t.quote);
  });

  it('quotes by words rare in the memory, and copies from the whole memory when it fits', () => {
    const fits = turn('What door is it?', memory, 10_000);
    expect(fits.quote).toBe('The station door is painted red.\nA door.');
    expect(fits).toMatchObject({ best: '', copy: memory });
    const long = turn('What door is it?', memory, 8); // the memory does not fit: copy reads the quote
    expect(long).toMatchObject({ quote: fits.quote, best: 'A door.', copy: fits.quote });
  });

  it('copies from the whole memory when nothing is quoted and it fits, else from nothing', () => {
    expect(turn('What colour is it?', memory, 10_000)).toMatchObject({ quote: '', best: '', copy: memory });
    expect(turn('What colour is it?', memory, 8)).toMatchObject({ quote: '', best: '', copy: '' });
  });

  it('quotes, for a request that names nothing, the piece that says more of it, weighed as a retriever weighs words', () => {
    // ("door" is a common word of the vocabulary: no key of the request's own, but rare in this memory)
    // (in a memory of some size: a few hundred tokens weigh no word's rarity)
    const more = HAY.repeat(200);
    const marks = `${more}She was marking out the scheme. ${HAY}Renn will mark the door with blue tape. ${more}`;
    expect(turn('What colour are the door markings?', marks, 8).best).toBe('Renn will mark the door with blue tape.');
    // (a piece that says as much keeps the keys' quote)
    const even = `${more}She was marking out the scheme. ${HAY}Renn will mark the door. ${more}`;
    expect(turn('What colour are the markings?', even, 8).best).toMatch(/^She was marking out/);
    const small = `${HAY}She was marking out the scheme. ${HAY}Renn will mark the door with blue tape. ${HAY}`;
    expect(turn('What colour are the door markings?', small, 8).best).toMatch(/^She was marking out/);
  });
});
