// The Prompt-API-shaped session against the real engine (node, tiny model): prompt,
// promptStreaming, append, measureContextUsage / contextUsage (exact token accounting), resume by
// conversation id, destroy.
import { describe, expect, it } from 'vitest';
import { createPromptSession, languageModel } from '../../../src/library/prompt-session';
import { inProcessEngine } from '../../../src/library/in-process-engine';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { TINY_DIR } from '../../fixtures/tiny-package';
import { tinyEngine } from './library-engine';

async function readAll(stream: ReadableStream<string>): Promise<string[]> {
  const chunks: string[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return chunks;
}

describe('createPromptSession (real engine, tiny model)', () => {
  it('prompts, streams and appends; contextUsage is the memory, measureContextUsage what a prompt adds', async () => {
    const engine = await tinyEngine();
    const session = await createPromptSession(engine, {
      title: 'prompt api',
      initialPrompts: [{ role: 'system', content: 'You are terse.' }],
    });
    expect(session.contextWindow).toBe(Infinity);
    expect(session.inputQuota).toBe(Infinity);
    const id = session.conversationId;
    let turns = (await engine.openConversation({ id })).turns;
    expect(turns.map((t) => [t.role, t.text, t.meta?.kind])).toEqual([['system', 'You are terse.', 'system-prompt']]);
    expect(session.contextUsage).toBe(turns[0]!.tokenEnd);

    const measured = await session.measureContextUsage('Hello there.');
    expect(await session.measureInputUsage('Hello there.')).toBe(measured);
    const before = session.contextUsage;
    const answer = await session.prompt('Hello there.');
    turns = (await engine.openConversation({ id })).turns;
    const [user, reply] = turns.slice(1);
    expect(user).toMatchObject({ role: 'user', text: 'Hello there.', tokenStart: before });
    expect(user!.tokenEnd - user!.tokenStart).toBe(measured);
    expect(reply).toMatchObject({ role: 'assistant', text: answer });
    expect(session.contextUsage).toBe(reply!.tokenEnd);
    expect(session.inputUsage).toBe(session.contextUsage);

    const chunks = await readAll(session.promptStreaming('And then?'));
    turns = (await engine.openConversation({ id })).turns;
    expect(turns.slice(3).map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(chunks.join('')).toBe(turns[4]!.text);
    expect(chunks.length).toBeGreaterThan(0);
    expect(session.contextUsage).toBe(turns[4]!.tokenEnd);

    // append: into memory, no answer; the usage grows by exactly the text's tokens.
    const usage = session.contextUsage;
    const note = 'The key is 4417.';
    await session.append([{ role: 'user', content: note }]);
    turns = (await engine.openConversation({ id })).turns;
    expect(turns.at(-1)).toMatchObject({ role: 'system', text: `[chat:user]\n${note}` });
    expect(session.contextUsage - usage).toBe(await engine.countTokens({ text: note, as: 'text' }));
    expect(
      await session.measureContextUsage([
        { role: 'assistant', content: note },
        { role: 'user', content: 'ok' },
      ]),
    ).toBe(
      (await engine.countTokens({ text: note, as: 'text' })) +
        (await engine.countTokens({ text: 'ok', as: 'user-turn' })),
    );
  });

  it('resumes a conversation by id with its memory, and a destroyed session refuses calls', async () => {
    const engine = await tinyEngine();
    const first = await createPromptSession(engine);
    await first.prompt('Remember me.');
    const usage = first.contextUsage;
    first.destroy();
    await expect(first.prompt('again')).rejects.toMatchObject({ name: 'InvalidStateError' });
    expect(() => first.promptStreaming('again')).toThrow(/destroyed/);

    const resumed = await createPromptSession(engine, { conversationId: first.conversationId });
    expect(resumed.contextUsage).toBe(usage);
    await resumed.prompt('Still there?');
    const turns = (await engine.openConversation({ id: first.conversationId })).turns;
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  it('destroy() stops a streaming answer; the partial answer stays in memory', async () => {
    const engine = await tinyEngine({ maxNewTokens: 64 });
    const session = await createPromptSession(engine);
    const reader = session.promptStreaming('Count to one hundred.').getReader();
    const firstChunk = await reader.read();
    expect(firstChunk.done).toBe(false);
    session.destroy();
    while (!(await reader.read()).done);
    const snap = await engine.snapshot({ conversationId: session.conversationId });
    expect(snap.lastTurn?.stopReason).toBe('cancelled');
    const turns = (await engine.openConversation({ id: session.conversationId })).turns;
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(turns[1]!.text.startsWith(firstChunk.value!)).toBe(true);
  });

  it('a prompt must end with a user message', async () => {
    const engine = await tinyEngine();
    const session = await createPromptSession(engine);
    await expect(
      session.prompt([
        { role: 'user', content: 'a' },
        { role: 'assistant', content: 'b' },
      ]),
    ).rejects.toMatchObject({ name: 'ChatRequestError' });
  });
});

describe('languageModel', () => {
  it('is unavailable until a model is loaded, then creates sessions', async () => {
    const engine = inProcessEngine(await nodeEngineHost(TINY_DIR));
    const lm = languageModel(engine);
    expect(await lm.availability()).toBe('unavailable');
    await engine.loadModel({ packageUrl: '/models/tiny/', compute: 'auto' });
    await engine.updateSettings({ wMax: 512, maxNewTokens: 4, protectedTokens: 64 });
    expect(await lm.availability()).toBe('available');
    const s = await lm.create({ temperature: 0 });
    expect(typeof (await s.prompt('hi'))).toBe('string');
  });
});
