// Answer copy in the engine (src/core/answer-copy.ts, src/runtime/answer-copy-turn.ts), in node on
// the tiny real decoder (random weights: it answers nothing on its own): with a package that names
// its answer frames, the memory check vouching and the memory quote holding the request's lines,
// the reply is a frame whose value is copied from the quote (a request that names nothing is
// quoted by its rare words; a memory short enough to sit whole in the working context is copied
// from whole when nothing is quoted); with the setting off, with nothing to quote, or with a package
// that names no frames, the model is left free.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const filler = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');
const FACT = 'Lorcan Mayfield keeps badge number 4417 in the east wing.';
const DOC = `${filler(300)}.\n${FACT}\n${filler(300)}.`;
const ASK = 'What is the badge number of Lorcan Mayfield?';

const dir = mkdtempSync(path.join(tmpdir(), 'answer-copy-'));
cpSync(TINY_DIR, dir, { recursive: true });
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
writeFileSync(
  path.join(dir, 'manifest.json'),
  JSON.stringify({ ...manifest, answer_frames: ['It is {value}.', 'They are {value} and {value}.'] }),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function engineOn(pkgDir: string) {
  const engine = new MegaContextEngine(await nodeEngineHost(pkgDir, new IDBFactory()));
  const info = await engine.loadModel('/models/tiny/', 'auto');
  engine.updateSettings({ wMax: 512, maxNewTokens: 24, protectedTokens: 64, memoryCheck: true, memoryQuote: true });
  const conv = await engine.createConversation('staff');
  await engine.ingest(conv.id, DOC, 'staff.txt');
  return { engine, info, conv };
}

describe('answer copy in the engine', () => {
  it('fills the frame with a span of the quote; leaves the model free when off or with nothing quoted', async () => {
    const { engine, info, conv } = await engineOn(dir);
    expect(info.answerCopyDefault).toBe(true); // the package names its frames
    expect(engine.updateSettings({}).answerCopy).toBe(true);
    expect(() => engine.updateSettings({ answerCopy: 1 as unknown as boolean })).toThrow(
      'answerCopy must be true or false',
    );

    const r = await engine.chat(conv.id, ASK);
    expect(r.stats.answerCopied).toBe(true);
    const m = /^(It is|They are) (.+)$/s.exec(r.reply.text);
    expect(m, r.reply.text).not.toBeNull();
    // every value is a span of the quoted fact (the frame's '.' and ' and ' aside)
    for (const v of m![2]!.replace(/\.$/, '').split(' and ')) expect(FACT).toContain(v.trim());

    // No name, but a rare word: the quote is keyed by "badge", and the value copied from it.
    const nameless = await engine.chat(conv.id, 'What is the badge number?');
    expect(nameless.stats.answerCopied).toBe(true);
    expect(nameless.reply.text).toMatch(/^(It is|They are) /);
    // Nothing to key a quote by: the model is free (the tiny model opens with a newline).
    const free = await engine.chat(conv.id, 'What is it?');
    expect(free.stats.answerCopied).toBeUndefined();
    expect(free.reply.text).not.toMatch(/^It is/);

    engine.updateSettings({ answerCopy: false });
    const off = await engine.chat(conv.id, ASK);
    expect(off.stats.answerCopied).toBeUndefined();
    expect(off.reply.text).not.toMatch(/^It is/);
  });

  it('copies from the whole memory when nothing is quoted and the memory fits in the working context', async () => {
    const { engine } = await engineOn(dir);
    // a memory of a few dozen tokens (W_max 512 − a 24-token reply reserve holds it whole)
    const short = await engine.createConversation('note');
    await engine.ingest(short.id, `${filler(12)}.\n${FACT}`, 'note.txt');
    const r = await engine.chat(short.id, 'What is it?'); // keys no quote
    expect(r.stats.answerCopied).toBe(true);
    const m = /^(It is|They are) (.+)$/s.exec(r.reply.text);
    expect(m, r.reply.text).not.toBeNull();
    for (const v of m![2]!.replace(/\.$/, '').split(' and ')) expect(`${filler(12)}.\n${FACT}`).toContain(v.trim());
  });

  it('is off for a package that names no frames', async () => {
    const { engine, info, conv } = await engineOn(TINY_DIR);
    expect(info.answerCopyDefault).toBe(false);
    expect(engine.updateSettings({}).answerCopy).toBe(false);
    engine.updateSettings({ answerCopy: true }); // asked for, but there are no frames to fill
    const r = await engine.chat(conv.id, ASK);
    expect(r.stats.answerCopied).toBeUndefined();
    expect(r.reply.text).not.toMatch(/^It is/);
  });
});
