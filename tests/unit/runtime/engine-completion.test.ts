// Completions in the engine (src/runtime/completion-turn.ts), in node on the tiny real decoder
// (random weights: it answers nothing on its own): a prompt that ends in a request gets the memory
// quote before it, the memory check, and answer copy with the value alone — the continuation is a
// span of the quoted fact; a prompt that asks nothing is continued freely; the prompt is stored as
// a "completion" memory record (its span holds the quote) and the continuation as an answer.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';
import { completionRequest } from '../../../src/runtime/completion-turn';

const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');
const filler = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');
const FACT = 'Lorcan Mayfield keeps badge number 4417 in the east wing.';
const DOC = `${filler(300)}.\n${FACT}\n${filler(300)}.`;

const dir = mkdtempSync(path.join(tmpdir(), 'completion-'));
cpSync(TINY_DIR, dir, { recursive: true });
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, answer_frames: ['It is {value}.'] }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function engineOn(pkgDir: string) {
  const engine = new MegaContextEngine(await nodeEngineHost(pkgDir, new IDBFactory()));
  await engine.loadModel('/models/tiny/', 'auto');
  engine.updateSettings({ wMax: 512, maxNewTokens: 16, protectedTokens: 64, memoryCheck: true, memoryQuote: true });
  const conv = await engine.createConversation('staff');
  await engine.ingest(conv.id, DOC, 'staff.txt');
  return { engine, conv };
}

describe('completion request', () => {
  it("is the prompt's last paragraph when it asks something", () => {
    expect(completionRequest('\nThe badge number of Lorcan Mayfield is')).toBe(
      'The badge number of Lorcan Mayfield is',
    );
    expect(completionRequest("Some text.\n\nQ: Lorcan's badge?\nA:")).toBe("Q: Lorcan's badge?\nA:");
    expect(completionRequest('Chapter 2\n\nIt was a dark and stormy night.')).toBeNull(); // a sentence ended
    expect(completionRequest('Chapter 2\n\nIt was a dark and stormy night\n')).toBeNull(); // a line ended
    expect(completionRequest('function add(a, b) {')).toBeNull(); // code to write, not a value to recall
    expect(completionRequest('const FALLBACK_REGISTRY =')).toBe('const FALLBACK_REGISTRY ='); // a value to come
    // stopped mid-line: left for the answer to finish, whatever its words
    expect(completionRequest('\nEvery morning the Bath coach leaves the White Hart at')).toBe(
      'Every morning the Bath coach leaves the White Hart at',
    );
    // a prose line left on a comma or a parenthesis (writers 77, 68); not code's ("add(a,")
    expect(completionRequest("Marta's interview will be with the chief technology officer,")).toBe(
      "Marta's interview will be with the chief technology officer,",
    );
    expect(completionRequest('The press will sound its warning once it reaches (in degrees C)')).not.toBeNull();
    expect(completionRequest('const total = add(a,')).toBeNull();
    expect(completionRequest('result = add(1, 2)')).toBeNull();
    expect(completionRequest('   ')).toBeNull();
  });
});

describe('completions in the engine', () => {
  it('answers a cloze with a value copied from the quoted fact, on one line', async () => {
    const { engine, conv } = await engineOn(dir);
    const prompt = '\nThe badge number of Lorcan Mayfield is';
    const r = await engine.complete(conv.id, prompt, true);
    expect(r.stats.answerCopied).toBe(true);
    expect(r.stats.namesFound).toBeUndefined(); // the tiny package names no absent reply to ban
    const value = r.reply.text.trim();
    expect(value.length).toBeGreaterThan(0);
    expect(FACT).toContain(value); // a span of the fact
    expect(r.reply.text).not.toContain('\n');
    const turns = (await engine.openConversation(conv.id)).turns;
    const [record, answer] = turns.slice(-2);
    expect(record!.role).toBe('system');
    expect(record!.text).toBe(`[completion]\n${prompt}`);
    expect(answer!.role).toBe('assistant');
    expect(answer!.tokenStart).toBe(record!.tokenEnd);
    // The quote is inside the record's span, before the prompt.
    const span = await engine.spanText(conv.id, record!.tokenStart, record!.tokenEnd);
    expect(span.startsWith(`\n\n${FACT}`)).toBe(true);
    expect(span.endsWith(prompt)).toBe(true);
  });

  it('continues a prompt that asks nothing freely, says absent names are not in memory, refuses an empty prompt', async () => {
    const { engine, conv } = await engineOn(dir);
    const free = await engine.complete(conv.id, '\nIt was a dark and stormy night.', false);
    expect(free.stats.answerCopied).toBeUndefined();
    const turns = (await engine.openConversation(conv.id)).turns;
    const record = turns.at(-2)!;
    expect(await engine.spanText(conv.id, record.tokenStart, record.tokenEnd)).not.toContain(FACT);

    const absent = await engine.complete(conv.id, '\nThe badge number of Hiazom Quellbrook is', true);
    expect(absent.stats.notInMemory).toEqual(['Hiazom', 'Quellbrook']);
    expect(absent.reply.text).toContain('not in memory');

    await expect(engine.complete(conv.id, '', true)).rejects.toThrow('A completion needs a prompt');
  });

  it('leaves the continuation free with answer copy off or a package that names no frames', async () => {
    const off = await engineOn(dir);
    off.engine.updateSettings({ answerCopy: false });
    expect(
      (await off.engine.complete(off.conv.id, '\nThe badge number of Lorcan Mayfield is', true)).stats.answerCopied,
    ).toBeUndefined();
    const plain = await engineOn(TINY_DIR);
    plain.engine.updateSettings({ answerCopy: true });
    const r = await plain.engine.complete(plain.conv.id, '\nThe badge number of Lorcan Mayfield is', true);
    expect(r.stats.answerCopied).toBeUndefined();
  });
});
