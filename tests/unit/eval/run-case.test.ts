// The case runner on the tiny random package: one ingest (GistNet) per case shared by the focus
// modes, each mode on its own tree (a mode's answer never leaks into another's memory), budgets
// kept, completion replies cut at the first newline, results carrying what the summary groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { nodeEvalModel, openNodeModel, type NodeModel } from '../../../src/eval/node-package';
import { TrainingFreeGister } from '../../../src/models/training-free-gister';
import type { Gister } from '../../../src/core/gister';
import type { GistJob } from '../../../src/core/tree';
import {
  PreparedCase,
  replyText,
  runCase,
  runMode,
  stopIdsFor,
  type EvalMode,
  type EvalModel,
} from '../../../src/eval/run-case';
import type { EvalCase } from '../../../src/eval/eval-case';
import { notInMemoryReply } from '../../../src/core/memory-check';

class Counting implements Gister {
  readonly version: string;
  readonly dim: number;
  gists = 0;
  constructor(private readonly inner: Gister) {
    this.version = inner.version;
    this.dim = inner.dim;
  }
  gist(job: GistJob) {
    this.gists += job.count;
    return this.inner.gist(job);
  }
}

let node: NodeModel;
let gister: Counting;
let model: EvalModel;
beforeAll(async () => {
  node = await openNodeModel(TINY_DIR, 1);
  gister = new Counting(new TrainingFreeGister(node.pkg.table));
  model = nodeEvalModel(node, gister);
}, 60_000);
afterAll(async () => {
  await node?.decoder.release();
});

const haystack = Array.from({ length: 90 }, (_, i) => `Line ${i}: the lantern of tower ${i % 7} is lit at dusk.`).join(
  '\n',
);
const chat: EvalCase = {
  id: 'chat-1',
  context: `${haystack}\nThe pass key of Mira is 4721.`,
  question: 'What is the pass key of Mira?',
  answers: ['4721'],
  answer: '4721',
  mode: 'chat',
  meta: { length_bucket: 'tiny', split: 'heldout', shape: 'single' },
};
const completion: EvalCase = { ...chat, id: 'completion-1', question: 'The pass key of Mira is', mode: 'completion' };
const opts = { wMax: 256, maxNewTokens: 12 };
const modes: EvalMode[] = [
  { kind: 'megacontext', focus: 'similarity' },
  { kind: 'megacontext', focus: 'none' },
  { kind: 'baseline', baseline: 'truncation' },
  { kind: 'baseline', baseline: 'sink-window' },
  { kind: 'baseline', baseline: 'topk-retrieval' },
];

describe('runCase', () => {
  it('runs GistNet once per case and every mode within the budget', async () => {
    const before = gister.gists;
    const rows = await runCase(model, chat, modes, opts);
    const prep = PreparedCase.prepare(model, chat, opts);
    const blocks = Math.floor(prep.ids.length / 32);
    expect(blocks).toBeGreaterThan(32); // an LOD2 node exists: the memory is over budget
    // LOD1 + LOD2 gists of the case once, plus at most one block per mode completed by its reply
    const made = gister.gists - before;
    expect(made).toBeGreaterThanOrEqual(blocks + 1);
    expect(made).toBeLessThanOrEqual(blocks + 1 + 2);
    expect(rows.map((r) => r.mode)).toEqual([
      'megacontext/similarity',
      'megacontext/none',
      'truncation',
      'sink-window',
      'topk-retrieval',
    ]);
    for (const r of rows) {
      expect(r.rowsSeen).toBeLessThanOrEqual(opts.wMax - opts.maxNewTokens);
      expect(r.rowsSeen).toBeGreaterThan(0);
      expect(r.contextTokens).toBe(prep.ids.length);
      expect(r.answers).toEqual(['4721']);
      expect(r.meta).toEqual(chat.meta);
      expect(r.framing).toBe('chat');
      expect(typeof r.correct).toBe('boolean');
      expect(r.ms).toBeGreaterThanOrEqual(0);
    }
  }, 120_000);

  it('gives a mode the same answer alone as after other modes (no shared writes)', async () => {
    const prep = PreparedCase.prepare(model, chat, opts);
    const first = await runMode(model, prep, modes[0]!);
    await runMode(model, prep, modes[1]!);
    const again = await runMode(model, prep, modes[0]!);
    const alone = await runMode(model, PreparedCase.prepare(model, chat, opts), modes[0]!);
    expect([again.output, again.rowsSeen]).toEqual([first.output, first.rowsSeen]);
    expect([alone.output, alone.rowsSeen]).toEqual([first.output, first.rowsSeen]);
  }, 120_000);

  it('stops completions at tokens holding a newline and cuts the reply there', () => {
    const nl = model.encode('\n');
    expect(nl.length).toBe(1);
    expect(stopIdsFor(model, 'completion')).toContain(nl[0]);
    expect(stopIdsFor(model, 'chat')).not.toContain(nl[0]);
    expect(stopIdsFor(model, 'chat')).toEqual(model.stopIds);
    const ids = [...model.encode(' 4721.'), nl[0]!, ...model.encode('More'), model.stopIds[0]!];
    expect(replyText(model, ids, 'completion')).toBe(' 4721.');
    expect(replyText(model, ids, 'chat')).toBe(' 4721.\nMore');
  });

  it('runs completion cases through every kind of mode', async () => {
    const rows = await runCase(model, completion, [modes[1]!, modes[2]!], { wMax: 256, maxNewTokens: 24 });
    for (const r of rows) {
      expect(r.output).not.toContain('\n');
      expect(r.framing).toBe('completion');
    }
  }, 120_000);

  it('applies the memory check as the app does: MegaContext modes on chat turns and asking completions, when asked', async () => {
    const absent: EvalCase = {
      ...chat,
      id: 'absent-1',
      question: 'What is the pass key of Oriel Quellbrook?',
      answers: [],
    };
    const on = { ...opts, memoryCheck: true };
    const rows = await runCase(model, absent, [modes[0]!, modes[2]!], on);
    expect(rows[0]!.output).toBe(notInMemoryReply(['Oriel', 'Quellbrook']));
    expect(rows[0]).toMatchObject({ correct: true, saidAbsent: true, rowsSeen: 0 });
    expect(rows[1]!.output).not.toBe(rows[0]!.output); // a baseline is not the engine: its model answers
    // A completion whose stem asks about the absent names is checked as the engine's `complete` checks it.
    const completionAbsent: EvalCase = {
      ...absent,
      id: 'absent-2',
      question: 'The pass key of Oriel Quellbrook is',
      mode: 'completion',
    };
    expect((await runCase(model, completionAbsent, [modes[0]!], on))[0]).toMatchObject({
      saidAbsent: true,
      rowsSeen: 0,
    });
    // Off, a completion that asks nothing, or a name the memory holds: the model answers.
    expect((await runCase(model, absent, [modes[0]!], opts))[0]!.saidAbsent).toBe(false);
    const story: EvalCase = { ...completionAbsent, id: 'story-1', question: 'Oriel Quellbrook walked home at dusk.' };
    expect((await runCase(model, story, [modes[0]!], on))[0]!.rowsSeen).toBeGreaterThan(0);
    expect((await runCase(model, chat, [modes[0]!], on))[0]!.rowsSeen).toBeGreaterThan(0);
  }, 120_000);

  it("masks the package's absent reply at the opening when the memory check finds every name, as the app does", async () => {
    const on = { ...opts, memoryCheck: true };
    const free = (await runCase(model, chat, [modes[0]!, modes[2]!], on)).map((r) => r.output);
    // The tiny random model opens with a newline token: make that the "absent reply"'s opening.
    expect(free[0]).toMatch(/^\n/);
    const banned: EvalModel = { ...model, absentReplyStart: model.encode('\n')[0]! };
    const rows = await runCase(banned, chat, [modes[0]!, modes[2]!], on);
    expect(rows[0]!.output).not.toBe(free[0]); // "Mira" is in memory: the reply may not open that way
    expect(rows[1]!.output).toBe(free[1]); // a baseline is not the engine
    // The check off, or a completion that asks nothing: the model's own opening stands.
    expect((await runCase(banned, chat, [modes[0]!], opts))[0]!.output).toBe(free[0]);
    const story: EvalCase = { ...completion, id: 'story-2', question: 'Mira walked home at dusk.' };
    const plain = (await runCase(model, story, [modes[0]!], on))[0]!.output;
    expect((await runCase(banned, story, [modes[0]!], on))[0]!.output).toBe(plain);
  }, 120_000);

  it("quotes the question's named sentence before its turn in the MegaContext modes only, when asked", async () => {
    const on = { ...opts, memoryQuote: true };
    const rows = await runCase(model, chat, [modes[0]!, modes[2]!], on);
    expect(rows[0]!.quote).toBe('The pass key of Mira is 4721.');
    expect(rows[1]!.quote).toBeUndefined(); // a baseline reads the case as it is
    const plain = PreparedCase.prepare(model, chat, opts);
    const quoted = PreparedCase.prepare(model, chat, on);
    const [a, b] = [await plain.memory(model), await quoted.memory(model)];
    // the quote's tokens sit between the history and the question's turn
    expect(b.tree.length - a.tree.length).toBe(model.encode('\n\nThe pass key of Mira is 4721.').length);
    // A completion that asks is quoted before its prompt (as the engine's `complete` does); one that asks nothing is not.
    expect((await runCase(model, completion, [modes[0]!], on))[0]!.quote).toBe('The pass key of Mira is 4721.');
    const story: EvalCase = { ...completion, id: 'story-3', question: 'Mira walked home at dusk.' };
    expect((await runCase(model, story, [modes[0]!], on))[0]!.quote).toBeUndefined();
  }, 120_000);
});
