// A conversation as text (issue 19 item 4): Markdown for people and OpenAI chat messages JSON
// ([{role, content}]) for other tools, beside the whole-memory .megacontext file. Both are made
// from the turns as the engine shows them, so forgotten text is left out (a wholly forgotten turn
// is dropped, a partly forgotten one keeps its kept text with "[…]" marks).
//
// Mapping (the same both ways; transcript-import.ts reads it back):
//   system prompt            → {role: 'system', content: text}       (a cleared prompt is dropped)
//   document fed to memory   → {role: 'system', content: '[label]\ntext'}  (pieces of one feed stay separate)
//   user / assistant turn    → {role: 'user' | 'assistant', content: text}
// Edited and regenerated exchanges stay in memory (append-only), so they stay in the transcript,
// in order; Markdown names them.
import type { TurnView } from './engine-api';

export interface OpenAIMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The messages of a conversation, oldest first. */
export function toOpenAIMessages(turns: readonly TurnView[]): OpenAIMessage[] {
  const out: OpenAIMessage[] = [];
  for (const t of turns) {
    if (t.forgotten === 'all') continue;
    if (t.meta?.kind === 'system-prompt' && t.text === '') continue;
    out.push({ role: t.role, content: t.text });
  }
  return out;
}

/** A fence longer than any backtick run in `text`, so the block cannot be closed early. */
function fenceFor(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

function documentParts(text: string): { label: string; body: string } {
  const nl = text.indexOf('\n');
  if (text.startsWith('[') && nl > 1 && text[nl - 1] === ']')
    return { label: text.slice(1, nl - 1), body: text.slice(nl + 1) };
  return { label: 'document', body: text };
}

/** The conversation as a Markdown document: one section per turn, documents in fenced blocks. */
export function toMarkdown(title: string, turns: readonly TurnView[], exportedAt: Date): string {
  const lines: string[] = [`# ${title.replace(/\n/g, ' ')}`, ''];
  const forgotten = turns.filter((t) => t.forgotten).length;
  lines.push(
    `_Exported from MegaContext Web on ${exportedAt.toISOString().slice(0, 10)}.${forgotten > 0 ? ' Forgotten text is left out.' : ''}_`,
    '',
  );
  for (const t of turns) {
    if (t.forgotten === 'all') continue;
    if (t.meta?.kind === 'system-prompt') {
      if (t.text === '') lines.push('## System prompt cleared', '');
      else lines.push('## System prompt', '', t.text, '');
      continue;
    }
    if (t.role === 'system') {
      const { label, body } = documentParts(t.text);
      const fence = fenceFor(body);
      lines.push(`## Document: ${label.replace(/\n/g, ' ')}`, '', fence, body, fence, '');
      continue;
    }
    const revision =
      t.meta && 'of' in t.meta
        ? ` (${t.meta.kind === 'edit' ? 'edited' : 'regenerated'} message ${t.meta.of + 1})`
        : '';
    lines.push(`## ${t.role === 'user' ? 'User' : 'Assistant'}${revision}`, '', t.text, '');
  }
  return lines.join('\n');
}

/** A file name for an export: the title as a slug, the date, the format's extension. */
export function transcriptFileName(
  title: string,
  format: 'megacontext' | 'markdown' | 'openai',
  at = new Date(),
): string {
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'conversation';
  const ext = format === 'megacontext' ? 'megacontext' : format === 'markdown' ? 'md' : 'openai.json';
  return `${slug}-${at.toISOString().slice(0, 10)}.${ext}`;
}
