// The OpenAI-style adapter against the real engine (node, tiny model): the response shapes, and
// the memory semantics — a resent history is not fed again, only the new message is.
import { describe, expect, it } from 'vitest';
import {
  createChatCompletions,
  type ChatCompletionChunk,
  type ChatCompletionMessageParam,
} from '../../../src/library/openai-chat';
import { ChatRequestError } from '../../../src/library/errors';
import { tinyEngine } from './library-engine';

describe('createChatCompletions (real engine, tiny model)', () => {
  it('answers; a second request with the same history plus one message feeds only that message', async () => {
    const engine = await tinyEngine();
    const conv = await engine.createConversation({ title: 'openai' });
    const client = createChatCompletions(engine, { conversationId: conv.id, model: 'demo' });

    const history: ChatCompletionMessageParam[] = [
      { role: 'system', content: 'You answer in one word.' },
      { role: 'user', content: 'What colour is the sky?' },
    ];
    const first = await client.chat.completions.create({ messages: history });
    expect(first).toMatchObject({
      object: 'chat.completion',
      model: 'demo',
      choices: [{ index: 0, message: { role: 'assistant' }, logprobs: null }],
    });
    expect(first.id).toMatch(/^chatcmpl-/);
    expect(['stop', 'length']).toContain(first.choices[0]!.finish_reason);
    expect(first.usage.completion_tokens).toBe(first.megacontext.stats.generatedTokens);
    expect(first.usage.completion_tokens).toBeGreaterThan(0);
    expect(first.usage.total_tokens).toBe(first.usage.prompt_tokens + first.usage.completion_tokens);
    const afterFirst = await engine.openConversation({ id: conv.id });
    expect(afterFirst.turns.map((t) => [t.role, t.meta?.kind ?? null])).toEqual([
      ['system', 'system-prompt'],
      ['user', null],
      ['assistant', null],
    ]);
    expect(afterFirst.turns[0]!.text).toBe('You answer in one word.');
    expect(afterFirst.turns[2]!.text).toBe(first.choices[0]!.message.content);
    expect(first.megacontext.fedMessages).toBe(1);

    // The client resends everything (system prompt and the first exchange) plus one question.
    const second = await client.chat.completions.create({
      messages: [...history, first.choices[0]!.message, { role: 'user', content: 'And the grass?' }],
    });
    const afterSecond = await engine.openConversation({ id: conv.id });
    expect(afterSecond.turns.slice(0, 3)).toEqual(afterFirst.turns); // nothing held is touched
    expect(afterSecond.turns.slice(3).map((t) => [t.role, t.text])).toEqual([
      ['user', 'And the grass?'],
      ['assistant', second.choices[0]!.message.content],
    ]);
    expect(afterSecond.turns.filter((t) => t.role === 'user')).toHaveLength(
      afterFirst.turns.filter((t) => t.role === 'user').length + 1,
    );
    expect(second.megacontext.fedMessages).toBe(1);
    // The memory grew by the new user turn and the answer only.
    const newUser = afterSecond.turns[3]!;
    const answer = afterSecond.turns[4]!;
    expect(newUser.tokenStart).toBe(afterFirst.snapshot.tokenCount);
    expect(second.megacontext.snapshot.tokenCount).toBe(answer.tokenEnd);
    expect(newUser.tokenEnd - newUser.tokenStart).toBe(
      await engine.countTokens({ text: 'And the grass?', as: 'user-turn' }),
    );
  });

  it('streams chunks whose deltas make the answer the memory keeps', async () => {
    const engine = await tinyEngine({ maxNewTokens: 12 });
    const conv = await engine.createConversation({ title: 'stream' });
    const client = createChatCompletions(engine, { conversationId: conv.id });
    const stream = await client.chat.completions.create({
      messages: [{ role: 'user', content: 'Tell me a story.' }],
      stream: true,
    });
    const chunks: ChatCompletionChunk[] = [];
    for await (const c of stream) chunks.push(c);
    expect(chunks[0]!.choices[0]!.delta).toEqual({ role: 'assistant', content: '' });
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === 'megacontext')).toBe(true);
    const last = chunks.at(-1)!;
    expect(last.choices[0]!.finish_reason).not.toBeNull();
    expect(chunks.slice(0, -1).every((c) => c.choices[0]!.finish_reason === null)).toBe(true);
    expect(chunks.length).toBeGreaterThan(2); // role, at least one token, finish
    const text = chunks.map((c) => c.choices[0]!.delta.content ?? '').join('');
    const turns = (await engine.openConversation({ id: conv.id })).turns;
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(text).toBe(turns[1]!.text);
    expect(last.usage?.completion_tokens).toBe(last.megacontext?.stats.generatedTokens);
  });

  it('a stream stopped early keeps the partial answer in memory', async () => {
    const engine = await tinyEngine({ maxNewTokens: 64 });
    const conv = await engine.createConversation({ title: 'stop' });
    const client = createChatCompletions(engine, { conversationId: conv.id });
    const stream = await client.chat.completions.create({
      messages: [{ role: 'user', content: 'Count to one hundred.' }],
      stream: true,
    });
    let seen = '';
    for await (const c of stream) {
      seen += c.choices[0]!.delta.content ?? '';
      if (seen.length > 0) break; // return() on the iterator aborts the turn
    }
    // The turn ends (cancelled) and is recorded; poll the turns until the answer is stored.
    let turns = (await engine.openConversation({ id: conv.id })).turns;
    for (let i = 0; i < 100 && turns.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 50));
      turns = (await engine.openConversation({ id: conv.id })).turns;
    }
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(turns[1]!.text.startsWith(seen)).toBe(true);
    const snap = await engine.snapshot({ conversationId: conv.id });
    expect(snap.lastTurn?.stopReason).toBe('cancelled');
    expect(snap.lastTurn!.generatedTokens).toBeLessThan(64);
  });

  it('a history the memory does not hold is appended first, then read back as held', async () => {
    const engine = await tinyEngine();
    const conv = await engine.createConversation({ title: 'carried over' });
    const client = createChatCompletions(engine, { conversationId: conv.id });
    const carried: ChatCompletionMessageParam[] = [
      { role: 'user', content: 'My name is Ada.' },
      { role: 'assistant', content: 'Nice to meet you, Ada.' },
      { role: 'user', content: 'What is my name?' },
    ];
    const r = await client.chat.completions.create({ messages: carried });
    expect(r.megacontext.fedMessages).toBe(3);
    const turns = (await engine.openConversation({ id: conv.id })).turns;
    expect(turns.map((t) => [t.role, t.text])).toEqual([
      ['system', '[chat:user]\nMy name is Ada.'],
      ['system', '[chat:assistant]\nNice to meet you, Ada.'],
      ['user', 'What is my name?'],
      ['assistant', r.choices[0]!.message.content],
    ]);
    const again = await client.chat.completions.create({
      messages: [...carried, r.choices[0]!.message, { role: 'user', content: 'Thanks.' }],
    });
    expect(again.megacontext.fedMessages).toBe(1);
    expect((await engine.openConversation({ id: conv.id })).turns).toHaveLength(6);
  });

  it('refuses a request that does not end with a user message, or non-text content', async () => {
    const engine = await tinyEngine();
    const conv = await engine.createConversation({ title: 'refused' });
    const client = createChatCompletions(engine, { conversationId: conv.id });
    await expect(
      client.chat.completions.create({
        messages: [
          { role: 'user', content: 'a' },
          { role: 'assistant', content: 'b' },
        ],
      }),
    ).rejects.toMatchObject({ name: 'ChatRequestError', problem: 'no-user-message' });
    await expect(
      client.chat.completions.create({ messages: [{ role: 'user', content: [{ type: 'image_url' } as never] }] }),
    ).rejects.toBeInstanceOf(ChatRequestError);
    expect((await engine.openConversation({ id: conv.id })).turns).toEqual([]);
  });

  it('max_tokens and temperature set the engine settings for the request', async () => {
    const engine = await tinyEngine({ maxNewTokens: 8 });
    const conv = await engine.createConversation({ title: 'settings' });
    const client = createChatCompletions(engine, { conversationId: conv.id });
    const r = await client.chat.completions.create({
      messages: [{ role: 'user', content: 'Go on.' }],
      max_tokens: 3,
      temperature: 0,
    });
    expect((await engine.getSettings(null)).maxNewTokens).toBe(3);
    expect(r.usage.completion_tokens).toBeLessThanOrEqual(3);
  });
});
