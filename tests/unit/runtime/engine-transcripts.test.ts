// Transcript export and import in the engine (issue 19 item 4), in node on the tiny real decoder:
// Markdown and OpenAI messages JSON carry the turns as shown (a forgotten document left out); an
// OpenAI messages file imports as a new conversation whose memory holds each message framed as if
// it had happened here; a ChatGPT conversations.json imports one conversation per conversation.
import { describe, expect, it } from 'vitest';
import { TINY_DIR, readTinyTokenizer } from '../../fixtures/tiny-package';
import { nodeEngineHost } from '../../fixtures/node-engine-host';
import { MegaContextEngine } from '../../../src/runtime/engine';
import { TranscriptFormatError } from '../../../src/runtime/transcript-import';

async function tinyEngine() {
  const engine = new MegaContextEngine(await nodeEngineHost(TINY_DIR));
  await engine.loadModel('/models/tiny/', 'auto');
  engine.updateSettings({ wMax: 512, maxNewTokens: 8, protectedTokens: 64 });
  return engine;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('transcripts in the engine', () => {
  it('exports Markdown and OpenAI JSON without forgotten text, and imports the JSON back into memory', async () => {
    const engine = await tinyEngine();
    const h = engine.handlers();
    const ctx = undefined as never;
    const conv = await engine.createConversation('Trip');
    await engine.setSystemPrompt(conv.id, 'Be brief.');
    await engine.ingest(conv.id, 'alpha beta gamma delta', 'kept.txt');
    await engine.ingest(conv.id, 'zeta eta theta iota kappa', 'secret.txt');
    const chat = await engine.chat(conv.id, 'alpha?');
    const open = await engine.openConversation(conv.id, 'p');
    const secret = open.turns.find((t) => t.text.startsWith('[secret.txt]'))!;
    await engine.forget(conv.id, secret.tokenStart, secret.tokenEnd, 'document', 'p');

    const messages = JSON.parse(
      text(await h.exportConversation({ conversationId: conv.id, format: 'openai' }, ctx)),
    ) as { role: string; content: string }[];
    expect(messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'system', content: '[kept.txt]\nalpha beta gamma delta' },
      { role: 'user', content: 'alpha?' },
      { role: 'assistant', content: chat.reply.text },
    ]);
    const md = text(await h.exportConversation({ conversationId: conv.id, format: 'markdown' }, ctx));
    expect(md).toContain('# Trip');
    expect(md).toContain('## Document: kept.txt');
    expect(md).not.toContain('secret');
    expect(md).not.toContain('zeta');

    // The tiny random model's answer may be blank (a blank message is not imported): give it words.
    const answerText = 'It is alpha.';
    const toImport = messages.map((m) => (m.role === 'assistant' ? { ...m, content: answerText } : m));
    const imported = await h.importConversation(
      { bytes: new TextEncoder().encode(JSON.stringify(toImport)), fileName: 'trip.openai.json' },
      ctx,
    );
    expect(imported.map((c) => c.title)).toEqual(['trip']);
    const back = await engine.openConversation(imported[0]!.id);
    expect(back.turns.map((t) => [t.role, t.text, t.meta?.kind ?? null])).toEqual([
      ['system', 'Be brief.', 'system-prompt'],
      ['system', '[kept.txt]\nalpha beta gamma delta', null],
      ['user', 'alpha?', null],
      ['assistant', answerText, null],
    ]);
    // Memory holds each message framed as a live chat would: the system prompt pinned, the user turn
    // by the chat template, the answer ended by the end-of-turn token.
    expect(back.snapshot.pins).toEqual([{ start: 0, end: back.turns[0]!.tokenEnd }]);
    const tok = readTinyTokenizer();
    const user = back.turns[2]!;
    expect(user.tokenEnd - user.tokenStart).toBe(tok.userTurn('alpha?', false).length);
    const answer = back.turns[3]!;
    expect(answer.tokenEnd - answer.tokenStart).toBe(tok.encode(answerText).length + 1);
    expect(await engine.spanText(imported[0]!.id, user.tokenStart, user.tokenEnd)).toContain('alpha?');
    // The imported conversation answers.
    expect((await engine.chat(imported[0]!.id, 'and beta?')).stats.promptRows).toBeGreaterThan(0);
  }, 120_000);

  it('imports a ChatGPT conversations.json as one conversation each, and refuses other JSON', async () => {
    const engine = await tinyEngine();
    const h = engine.handlers();
    const node = (id: string, parent: string | null, children: string[], role?: string, part?: string) => ({
      id,
      parent,
      children,
      message: role ? { author: { role }, content: { content_type: 'text', parts: [part] } } : null,
    });
    const file = [
      {
        title: 'One',
        current_node: 'a',
        mapping: {
          r: node('r', null, ['u']),
          u: node('u', 'r', ['a'], 'user', 'hi there'),
          a: node('a', 'u', [], 'assistant', 'hello'),
        },
      },
      {
        title: 'Two',
        current_node: 'u',
        mapping: { r: node('r', null, ['u']), u: node('u', 'r', [], 'user', 'second') },
      },
    ];
    const imported = await h.importConversation(
      { bytes: new TextEncoder().encode(JSON.stringify(file)), fileName: 'conversations.json' },
      undefined as never,
    );
    expect(imported.map((c) => [c.title, c.turnCount])).toEqual([
      ['One', 2],
      ['Two', 1],
    ]);
    expect((await engine.listConversations()).length).toBe(2);
    await expect(
      h.importConversation({ bytes: new TextEncoder().encode('{"hello": 1}') }, undefined as never),
    ).rejects.toBeInstanceOf(TranscriptFormatError);
  }, 120_000);
});
