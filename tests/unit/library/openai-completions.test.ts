// The OpenAI-style text completions adapter against the real engine (node, tiny model): the
// response and stream shapes, the prompt and continuation kept in memory (and left out of the chat
// transcript), one-line stops, and clear refusals of what it cannot do.
import { describe, expect, it } from 'vitest';
import { createCompletions, type Completion } from '../../../src/library/openai-completions';
import { ChatRequestError } from '../../../src/library/errors';
import { transcriptOf } from '../../../src/library/transcript';
import { tinyEngine } from './library-engine';

describe('createCompletions (real engine, tiny model)', () => {
  it('continues the prompt after the memory and keeps both in it', async () => {
    const engine = await tinyEngine({ maxNewTokens: 12 });
    const conv = await engine.createConversation({ title: 'completions' });
    await engine.ingest({ conversationId: conv.id, text: 'A page of notes about the harbour.', label: 'notes.txt' });
    const client = createCompletions(engine, { conversationId: conv.id, model: 'demo' });
    const r = await client.completions.create({ prompt: '\nThe harbour was', stop: '\n' });
    expect(r).toMatchObject({ object: 'text_completion', model: 'demo', choices: [{ index: 0, logprobs: null }] });
    expect(r.id).toMatch(/^cmpl-/);
    expect(r.choices[0]!.text).not.toContain('\n');
    expect(r.usage.completion_tokens).toBe(r.megacontext.stats.generatedTokens);
    expect(r.usage.total_tokens).toBe(r.usage.prompt_tokens + r.usage.completion_tokens);
    const turns = (await engine.openConversation({ id: conv.id })).turns;
    expect(turns.slice(-2).map((t) => [t.role, t.text])).toEqual([
      ['system', '[completion]\n\nThe harbour was'],
      ['assistant', r.choices[0]!.text],
    ]);
    expect(r.megacontext.snapshot.tokenCount).toBe(turns.at(-1)!.tokenEnd);
    // A completion is no chat exchange: the chat adapter's transcript leaves it out.
    expect(transcriptOf(turns)).toEqual([]);
  });

  it('streams chunks whose texts make the continuation the memory keeps', async () => {
    const engine = await tinyEngine({ maxNewTokens: 10 });
    const conv = await engine.createConversation({ title: 'stream' });
    const client = createCompletions(engine, { conversationId: conv.id });
    const stream = await client.completions.create({ prompt: 'Once upon a time', stream: true, max_tokens: 6 });
    const chunks: Completion[] = [];
    for await (const c of stream) chunks.push(c);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    const last = chunks.at(-1)!;
    expect(last.choices[0]!.finish_reason).not.toBeNull();
    expect(chunks.slice(0, -1).every((c) => c.choices[0]!.finish_reason === null)).toBe(true);
    const text = chunks.map((c) => c.choices[0]!.text).join('');
    const turns = (await engine.openConversation({ id: conv.id })).turns;
    expect(turns.at(-1)!.text).toBe(text);
    expect(last.usage!.completion_tokens).toBeLessThanOrEqual(6); // max_tokens set the reply length
  });

  it('refuses stop sequences other than a newline and a prompt that is not one string', async () => {
    const engine = await tinyEngine();
    const conv = await engine.createConversation({ title: 'refusals' });
    const client = createCompletions(engine, { conversationId: conv.id });
    const stop = client.completions.create({ prompt: 'Hello', stop: ['END'] });
    await expect(stop).rejects.toBeInstanceOf(ChatRequestError);
    await expect(stop).rejects.toThrow('Only "\\n" is supported');
    await expect(client.completions.create({ prompt: '' })).rejects.toMatchObject({ problem: 'unsupported-content' });
    await expect(client.completions.create({ prompt: ['a', 'b'] as unknown as string })).rejects.toMatchObject({
      problem: 'unsupported-content',
    });
    expect((await engine.openConversation({ id: conv.id })).turns).toEqual([]); // nothing was fed
  });
});
