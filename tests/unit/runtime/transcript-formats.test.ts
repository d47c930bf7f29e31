// Transcripts (issue 19 item 4): Markdown and OpenAI messages JSON from the turns as shown
// (forgotten text left out); OpenAI messages and ChatGPT conversations.json parsed back (the
// visible thread from the root to current_node; parts that are not text dropped and counted);
// anything else refused with TranscriptFormatError.
import { describe, expect, it } from 'vitest';
import { toMarkdown, toOpenAIMessages, transcriptFileName } from '../../../src/runtime/transcript-export';
import { parseTranscripts, TranscriptFormatError } from '../../../src/runtime/transcript-import';
import type { TurnView } from '../../../src/runtime/engine-api';

const turn = (index: number, role: TurnView['role'], text: string, extra: Partial<TurnView> = {}): TurnView => ({
  index,
  role,
  text,
  tokenStart: index * 10,
  tokenEnd: index * 10 + 10,
  createdAt: 0,
  ...extra,
});

const turns: TurnView[] = [
  turn(0, 'system', 'Be brief.', { meta: { kind: 'system-prompt' } }),
  turn(1, 'system', '[notes.md]\n# Notes\n```js\nx()\n```'),
  turn(2, 'system', '', { forgotten: 'all' }),
  turn(3, 'user', 'What is in the notes?'),
  turn(4, 'assistant', 'A code block.'),
  turn(5, 'user', 'What is in the notes, briefly?', { meta: { kind: 'edit', of: 3 } }),
  turn(6, 'assistant', 'Code […]', { forgotten: 'part' }),
];

describe('transcript export', () => {
  it('OpenAI messages: system prompt, documents as "[label]" system messages, the chat; forgotten turns left out', () => {
    expect(toOpenAIMessages(turns)).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'system', content: '[notes.md]\n# Notes\n```js\nx()\n```' },
      { role: 'user', content: 'What is in the notes?' },
      { role: 'assistant', content: 'A code block.' },
      { role: 'user', content: 'What is in the notes, briefly?' },
      { role: 'assistant', content: 'Code […]' },
    ]);
  });

  it('Markdown: a section per turn, documents fenced longer than their own fences, revisions named', () => {
    const md = toMarkdown('Notes chat', turns, new Date('2026-12-03T08:00:00Z'));
    expect(
      md.startsWith('# Notes chat\n\n_Exported from MegaContext Web on 2026-12-03. Forgotten text is left out._\n'),
    ).toBe(true);
    expect(md).toContain('## System prompt\n\nBe brief.\n');
    expect(md).toContain('## Document: notes.md\n\n````\n# Notes\n```js\nx()\n```\n````\n');
    expect(md).toContain('## User (edited message 4)\n\nWhat is in the notes, briefly?\n');
    expect(md).toContain('## Assistant\n\nA code block.\n');
    expect(md.match(/^## /gm)).toHaveLength(6);
  });

  it('names files by title, date and format', () => {
    const at = new Date('2026-12-03T00:00:00Z');
    expect(transcriptFileName('My Chat!', 'markdown', at)).toBe('my-chat-2026-12-03.md');
    expect(transcriptFileName('My Chat!', 'openai', at)).toBe('my-chat-2026-12-03.openai.json');
    expect(transcriptFileName('', 'megacontext', at)).toBe('conversation-2026-12-03.megacontext');
  });
});

describe('transcript import', () => {
  it('reads back what the OpenAI export writes', () => {
    const [t] = parseTranscripts(JSON.stringify(toOpenAIMessages(turns)), 'notes.openai.json');
    expect(t!.title).toBe('notes');
    expect(t!.messages.map((m) => [m.kind, m.label ?? null, m.text])).toEqual([
      ['system-prompt', null, 'Be brief.'],
      ['document', 'notes.md', '# Notes\n```js\nx()\n```'],
      ['user', null, 'What is in the notes?'],
      ['assistant', null, 'A code block.'],
      ['user', null, 'What is in the notes, briefly?'],
      ['assistant', null, 'Code […]'],
    ]);
  });

  it('reads OpenAI messages with content parts, a {messages} wrapper, developer and tool roles', () => {
    const [t] = parseTranscripts(
      JSON.stringify({
        title: 'Parts',
        messages: [
          { role: 'developer', content: 'Answer in French.' },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Bonjour' },
              { type: 'image_url', image_url: { url: 'x' } },
            ],
          },
          { role: 'assistant', content: null, tool_calls: [{}] },
          { role: 'tool', content: '42' },
          { role: 'assistant', content: 'Salut' },
        ],
      }),
    );
    expect(t!.title).toBe('Parts');
    expect(t!.messages.map((m) => [m.kind, m.text])).toEqual([
      ['system-prompt', 'Answer in French.'],
      ['user', 'Bonjour'],
      ['document', '42'],
      ['assistant', 'Salut'],
    ]);
    expect(t!.droppedParts).toBe(1);
  });

  it('reads a ChatGPT conversations.json: the thread to current_node, hidden and empty messages skipped', () => {
    const node = (
      id: string,
      parent: string | null,
      children: string[],
      role?: string,
      parts?: unknown[],
      hidden = false,
    ) => ({
      id,
      parent,
      children,
      message: role
        ? {
            id,
            author: { role },
            content: { content_type: 'text', parts },
            metadata: hidden ? { is_visually_hidden_from_conversation: true } : {},
          }
        : null,
    });
    const conv = {
      title: 'Trip plans',
      current_node: 'a2',
      mapping: {
        root: node('root', null, ['sys']),
        sys: node('sys', 'root', ['u1'], 'system', [''], true),
        u1: node('u1', 'sys', ['a1', 'a2'], 'user', ['Where to go?']),
        a1: node('a1', 'u1', [], 'assistant', ['Rome (first try).']),
        a2: node('a2', 'u1', [], 'assistant', ['Lisbon.', { asset_pointer: 'img' }]),
      },
    };
    const other = {
      title: '',
      mapping: { r: node('r', null, ['x']), x: node('x', 'r', [], 'user', ['Only a question']) },
    };
    const ts = parseTranscripts(JSON.stringify([conv, other]));
    expect(ts.map((t) => t.title)).toEqual(['Trip plans', 'ChatGPT conversation 2']);
    expect(ts[0]!.messages.map((m) => [m.kind, m.text])).toEqual([
      ['user', 'Where to go?'],
      ['assistant', 'Lisbon.'],
    ]);
    expect(ts[0]!.droppedParts).toBe(1);
    expect(ts[1]!.messages.map((m) => m.text)).toEqual(['Only a question']);
  });

  it('refuses what is not a transcript', () => {
    expect(() => parseTranscripts('not json')).toThrow(TranscriptFormatError);
    expect(() => parseTranscripts('{"a": 1}')).toThrow(TranscriptFormatError);
    expect(() => parseTranscripts('[{"content": "no role"}]')).toThrow(/no role/);
    expect(() => parseTranscripts('[{"role": "user", "content": "  "}]')).toThrow(TranscriptFormatError);
  });
});
