// Conversations from other tools into memory (issue 19 item 4): OpenAI chat messages JSON
// ([{role, content}], or {messages: [...]}) and a ChatGPT data export's conversations.json (a
// list of conversations, each a `mapping` tree of nodes whose message has author.role and
// content.parts; the thread shown is the path from the root to `current_node`). Parsed here into
// plain transcripts; the engine replays each one into a new conversation's memory.
//
// Roles: system / developer → a system prompt, or a document when its content is "[label]\n…"
// (what transcript-export.ts writes for documents); user, assistant → chat turns; tool / function
// output → a document labelled "tool output". Content may be a string or a list of parts (text
// parts are kept; images and other parts are dropped, and counted).
export interface TranscriptMessage {
  kind: 'system-prompt' | 'document' | 'user' | 'assistant';
  text: string;
  /** For a document: its label. */
  label?: string;
}

export interface Transcript {
  title: string;
  messages: TranscriptMessage[];
  /** Parts that are not text (images, files) and were left out. */
  droppedParts: number;
}

export class TranscriptFormatError extends Error {
  readonly data: { reason: string };
  constructor(message: string, data: { reason: string }) {
    super(message);
    this.name = 'TranscriptFormatError';
    this.data = data;
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Text of a message's content (string, or parts); non-text parts are counted in `dropped`. */
function contentText(content: unknown, dropped: { n: number }): string {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (!Array.isArray(content)) {
    dropped.n++;
    return '';
  }
  const texts: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') texts.push(part);
    else if (isObj(part) && typeof part.text === 'string') texts.push(part.text);
    else dropped.n++;
  }
  return texts.join('\n');
}

const DOCUMENT = /^\[([^\]\n]+)\]\n/;

function message(role: unknown, text: string): TranscriptMessage | null {
  if (text.trim() === '') return null;
  switch (role) {
    case 'system':
    case 'developer': {
      const m = DOCUMENT.exec(text);
      return m ? { kind: 'document', label: m[1]!, text: text.slice(m[0].length) } : { kind: 'system-prompt', text };
    }
    case 'user':
    case 'assistant':
      return { kind: role, text };
    case 'tool':
    case 'function':
      return { kind: 'document', label: 'tool output', text };
    default:
      return null;
  }
}

function fromOpenAI(list: unknown[], title: string): Transcript {
  const dropped = { n: 0 };
  const messages: TranscriptMessage[] = [];
  list.forEach((m, i) => {
    if (!isObj(m) || typeof m.role !== 'string')
      throw new TranscriptFormatError(
        `Message ${i + 1} has no role; an OpenAI messages file is a list of {role, content}.`,
        { reason: 'no role' },
      );
    const msg = message(m.role, contentText(m.content, dropped));
    if (msg) messages.push(msg);
  });
  return { title, messages, droppedParts: dropped.n };
}

/** The visible thread of one ChatGPT conversation: root → current_node (or the newest leaf). */
function fromChatGPT(c: Obj, i: number): Transcript {
  const mapping = c.mapping;
  if (!isObj(mapping))
    throw new TranscriptFormatError(`Conversation ${i + 1} has no "mapping" of messages.`, { reason: 'no mapping' });
  let at: unknown = c.current_node;
  if (typeof at !== 'string' || !isObj(mapping[at])) {
    // No current node: follow the first child from the root down.
    const root = Object.values(mapping).find((n) => isObj(n) && (n.parent === null || n.parent === undefined));
    at = isObj(root) ? root.id : undefined;
    for (let n = isObj(root) ? root : null; n && Array.isArray(n.children) && n.children.length > 0;) {
      at = n.children[n.children.length - 1];
      n = isObj(mapping[at as string]) ? (mapping[at as string] as Obj) : null;
    }
  }
  const chain: Obj[] = [];
  const seen = new Set<string>();
  while (typeof at === 'string' && isObj(mapping[at]) && !seen.has(at)) {
    seen.add(at);
    const node = mapping[at] as Obj;
    chain.push(node);
    at = node.parent;
  }
  chain.reverse();
  const dropped = { n: 0 };
  const messages: TranscriptMessage[] = [];
  for (const node of chain) {
    const m = node.message;
    if (!isObj(m)) continue;
    const meta = isObj(m.metadata) ? m.metadata : {};
    if (meta.is_visually_hidden_from_conversation === true) continue;
    const role = isObj(m.author) ? m.author.role : undefined;
    const content = isObj(m.content) ? m.content : {};
    const text = Array.isArray(content.parts)
      ? contentText(content.parts, dropped)
      : typeof content.text === 'string'
        ? content.text
        : '';
    const msg = message(role, text);
    if (msg) messages.push(msg);
  }
  const title = typeof c.title === 'string' && c.title.trim() ? c.title.trim() : `ChatGPT conversation ${i + 1}`;
  return { title, messages, droppedParts: dropped.n };
}

/**
 * Reads an OpenAI messages file or a ChatGPT conversations.json. `fileName` names the imported
 * conversation of a messages file. Throws TranscriptFormatError for anything else.
 */
export function parseTranscripts(text: string, fileName = 'Imported conversation'): Transcript[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new TranscriptFormatError(
      `The file is not JSON (${(e as Error).message}); import takes a .megacontext file, OpenAI messages JSON or ChatGPT's conversations.json.`,
      { reason: 'not JSON' },
    );
  }
  const title = fileName.replace(/\.(openai\.)?json$/i, '') || 'Imported conversation';
  if (isObj(json) && Array.isArray(json.messages))
    return [fromOpenAI(json.messages, typeof json.title === 'string' ? json.title : title)];
  if (isObj(json) && isObj(json.mapping)) return [fromChatGPT(json, 0)];
  if (!Array.isArray(json) || json.length === 0) {
    throw new TranscriptFormatError(
      'The JSON holds no messages: expected a list of {role, content} or ChatGPT conversations.',
      { reason: 'no messages' },
    );
  }
  const transcripts = json.every((x) => isObj(x) && 'mapping' in x)
    ? json.map((c, i) => fromChatGPT(c as Obj, i))
    : [fromOpenAI(json, title)];
  const useful = transcripts.filter((t) => t.messages.length > 0);
  if (useful.length === 0) throw new TranscriptFormatError('The file holds no message with text.', { reason: 'empty' });
  return useful;
}
