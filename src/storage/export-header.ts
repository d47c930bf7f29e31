// The JSON header of a MegaContext export file and its strict validation (seed: MegaContext
// persistence — "a truncated or malformed file is rejected with a clear error and changes
// nothing"). Every field is type-checked and cross-checked (contiguous spans, tail right after the
// last span, record layouts equal to the tree's, byte lengths equal to what the layout implies)
// before a single payload byte is read.

import { MalformedExportError } from './errors.ts';
import { isValidId } from './ids.ts';
import {
  FIRST_UPPER_LEVEL,
  SPAN_TOKENS,
  bytesPerElement,
  type ConversationRecord,
  type GistDType,
  type TokenWidth,
  type TreeRecord,
  type TurnMeta,
  type TurnRecord,
  type TurnRole,
} from './records.ts';
import { spanPayloadBytes, tailPayloadBytes } from './span-codec.ts';

/** Record metadata as written in the header: the stored record minus treeId and payload. */
export interface PayloadMeta {
  gisterVersion: string;
  dtype: GistDType;
  d: number;
  checksum: number;
  byteLength: number;
  spanIndex?: number;
  tokenWidth?: TokenWidth;
  tokenCount?: number;
  lod1Blocks?: number;
  level?: number;
  index?: number;
}

export interface ExportHeader {
  format: 'megacontext-export';
  formatVersion: number;
  /** Database schema the records were written with. */
  schemaVersion: number;
  tree: TreeRecord;
  /** Every gister version that made a gist in this file (plus the tree's current one). */
  gisters: string[];
  conversations: ConversationRecord[];
  turns: TurnRecord[];
  spans: PayloadMeta[];
  tail: PayloadMeta | null;
  upperGists: PayloadMeta[];
  /** Forgotten token ranges (absent when none): their tokens and gists are zeroed in the file. */
  forgotten?: { start: number; end: number; kind: 'document' | 'span' }[];
}

function fail(path: string, why: string): never {
  throw new MalformedExportError(`Not a valid MegaContext export: header field ${path} ${why}. Nothing was imported.`, {
    reason: `header ${path}: ${why}`,
  });
}

type Obj = Record<string, unknown>;
const obj = (v: unknown, path: string): Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : fail(path, 'is not an object');
const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path, 'is not a list'));
const str = (v: unknown, path: string): string => (typeof v === 'string' ? v : fail(path, 'is not a string'));
const int = (v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
    ? v
    : fail(path, `is not an integer in [${min}, ${max}]`);
const num = (v: unknown, path: string): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'is not a number');
const id = (v: unknown, path: string): string =>
  isValidId(str(v, path)) ? (v as string) : fail(path, 'is not a valid id');
const dtype = (v: unknown, path: string): GistDType =>
  v === 'f32' || v === 'f16' ? v : fail(path, 'is not f32 or f16');
const width = (v: unknown, path: string): TokenWidth => (v === 2 || v === 4 ? v : fail(path, 'is not 2 or 4'));

/**
 * A turn's meta: a system prompt, an edit / regeneration of an earlier turn of the same
 * conversation, or a document attached from a shared memory (its text travels in the turn, like a fed document's).
 */
function turnMeta(v: unknown, index: number, path: string): TurnMeta {
  const o = obj(v, path);
  if (o.kind === 'system-prompt') return { kind: 'system-prompt' };
  if (o.kind === 'shared-memory')
    return {
      kind: 'shared-memory',
      collection: str(o.collection, `${path}.collection`),
      name: str(o.name, `${path}.name`),
    };
  if (o.kind !== 'edit' && o.kind !== 'regenerate')
    return fail(`${path}.kind`, 'is not system-prompt/edit/regenerate/shared-memory');
  return { kind: o.kind, of: int(o.of, `${path}.of`, 0, index - 1) };
}

function tree(v: unknown): TreeRecord {
  const t = obj(v, 'tree');
  const r: TreeRecord = {
    id: id(t.id, 'tree.id'),
    name: str(t.name, 'tree.name'),
    d: int(t.d, 'tree.d', 1, 1 << 20),
    dtype: dtype(t.dtype, 'tree.dtype'),
    vocabSize: int(t.vocabSize, 'tree.vocabSize', 1, 2 ** 32),
    tokenWidth: width(t.tokenWidth, 'tree.tokenWidth'),
    gisterVersion: str(t.gisterVersion, 'tree.gisterVersion'),
    baseModel: str(t.baseModel, 'tree.baseModel'),
    spanCount: int(t.spanCount, 'tree.spanCount'),
    tokenCount: int(t.tokenCount, 'tree.tokenCount'),
    createdAt: num(t.createdAt, 'tree.createdAt'),
    updatedAt: num(t.updatedAt, 'tree.updatedAt'),
  };
  if (r.tokenWidth === 2 && r.vocabSize > 65536) fail('tree.tokenWidth', 'is too small for the vocabulary');
  return r;
}

function record(v: unknown, path: string, t: TreeRecord): PayloadMeta {
  const m = obj(v, path);
  const meta: PayloadMeta = {
    gisterVersion: str(m.gisterVersion, `${path}.gisterVersion`),
    dtype: dtype(m.dtype, `${path}.dtype`),
    d: int(m.d, `${path}.d`, 1),
    checksum: int(m.checksum, `${path}.checksum`, 0, 0xffffffff),
    byteLength: int(m.byteLength, `${path}.byteLength`),
  };
  if (meta.dtype !== t.dtype || meta.d !== t.d)
    fail(path, `has layout ${meta.dtype}/d=${meta.d}, the tree has ${t.dtype}/d=${t.d}`);
  return meta;
}

export function validateHeader(v: unknown): ExportHeader {
  const h = obj(v, '(root)');
  if (h.format !== 'megacontext-export') fail('format', 'is not "megacontext-export"');
  const t = tree(h.tree);
  const layout = { d: t.d, dtype: t.dtype, tokenWidth: t.tokenWidth };

  const spans = arr(h.spans, 'spans').map((s, i) => {
    const m = record(s, `spans[${i}]`, t);
    const o = s as Obj;
    m.spanIndex = int(o.spanIndex, `spans[${i}].spanIndex`);
    if (m.spanIndex !== i) fail(`spans[${i}].spanIndex`, `is ${m.spanIndex}; spans must be contiguous from 0`);
    m.tokenWidth = width(o.tokenWidth, `spans[${i}].tokenWidth`);
    if (m.tokenWidth !== t.tokenWidth) fail(`spans[${i}].tokenWidth`, 'differs from the tree');
    if (m.byteLength !== spanPayloadBytes(layout))
      fail(`spans[${i}].byteLength`, `is ${m.byteLength}, expected ${spanPayloadBytes(layout)}`);
    return m;
  });

  let tail: PayloadMeta | null = null;
  if (h.tail !== null) {
    const o = obj(h.tail, 'tail');
    tail = record(o, 'tail', t);
    tail.spanIndex = int(o.spanIndex, 'tail.spanIndex');
    if (tail.spanIndex !== spans.length) fail('tail.spanIndex', `is ${tail.spanIndex}, expected ${spans.length}`);
    tail.tokenWidth = width(o.tokenWidth, 'tail.tokenWidth');
    if (tail.tokenWidth !== t.tokenWidth) fail('tail.tokenWidth', 'differs from the tree');
    tail.tokenCount = int(o.tokenCount, 'tail.tokenCount', 0, SPAN_TOKENS - 1);
    tail.lod1Blocks = int(o.lod1Blocks, 'tail.lod1Blocks', 0, Math.floor(tail.tokenCount / 32));
    const expected = tailPayloadBytes(layout, tail.tokenCount, tail.lod1Blocks);
    if (tail.byteLength !== expected) fail('tail.byteLength', `is ${tail.byteLength}, expected ${expected}`);
  }

  const upperGists = arr(h.upperGists, 'upperGists').map((u, i) => {
    const m = record(u, `upperGists[${i}]`, t);
    const o = u as Obj;
    m.level = int(o.level, `upperGists[${i}].level`, FIRST_UPPER_LEVEL, 64);
    m.index = int(o.index, `upperGists[${i}].index`);
    if (m.byteLength !== t.d * bytesPerElement(t.dtype))
      fail(`upperGists[${i}].byteLength`, 'does not match the layout');
    return m;
  });

  const tokenCount = spans.length * SPAN_TOKENS + (tail?.tokenCount ?? 0);
  if (t.spanCount !== spans.length)
    fail('tree.spanCount', `is ${t.spanCount} but the file holds ${spans.length} spans`);
  if (t.tokenCount !== tokenCount)
    fail('tree.tokenCount', `is ${t.tokenCount} but the file holds ${tokenCount} tokens`);

  const conversations = arr(h.conversations, 'conversations').map((c, i): ConversationRecord => {
    const o = obj(c, `conversations[${i}]`);
    const r = {
      id: id(o.id, `conversations[${i}].id`),
      title: str(o.title, `conversations[${i}].title`),
      treeId: str(o.treeId, `conversations[${i}].treeId`),
      turnCount: int(o.turnCount, `conversations[${i}].turnCount`),
      createdAt: num(o.createdAt, `conversations[${i}].createdAt`),
      updatedAt: num(o.updatedAt, `conversations[${i}].updatedAt`),
    };
    if (r.treeId !== t.id) fail(`conversations[${i}].treeId`, 'does not name the exported tree');
    return r;
  });
  const seen = new Map(conversations.map((c) => [c.id, 0]));
  if (seen.size !== conversations.length) fail('conversations', 'has duplicate ids');
  const turns = arr(h.turns, 'turns').map((x, i): TurnRecord => {
    const o = obj(x, `turns[${i}]`);
    const role: TurnRole =
      o.role === 'system' || o.role === 'user' || o.role === 'assistant'
        ? o.role
        : fail(`turns[${i}].role`, 'is not system/user/assistant');
    const r: TurnRecord = {
      conversationId: str(o.conversationId, `turns[${i}].conversationId`),
      index: int(o.index, `turns[${i}].index`),
      role,
      text: str(o.text, `turns[${i}].text`),
      tokenStart: int(o.tokenStart, `turns[${i}].tokenStart`),
      tokenEnd: int(o.tokenEnd, `turns[${i}].tokenEnd`),
      createdAt: num(o.createdAt, `turns[${i}].createdAt`),
    };
    if (o.meta !== undefined) r.meta = turnMeta(o.meta, r.index, `turns[${i}].meta`);
    const next = seen.get(r.conversationId);
    if (next === undefined) fail(`turns[${i}].conversationId`, 'names no exported conversation');
    if (r.index !== next) fail(`turns[${i}].index`, `is ${r.index}, expected ${next}`);
    seen.set(r.conversationId, next + 1);
    return r;
  });
  for (const c of conversations)
    if (seen.get(c.id) !== c.turnCount)
      fail(`conversations "${c.id}".turnCount`, `is ${c.turnCount} but the file holds ${seen.get(c.id)} turns`);

  const forgotten =
    h.forgotten === undefined
      ? undefined
      : arr(h.forgotten, 'forgotten').map((f, i) => {
          const o = obj(f, `forgotten[${i}]`);
          const start = int(o.start, `forgotten[${i}].start`, 0, tokenCount);
          const end = int(o.end, `forgotten[${i}].end`, start + 1, tokenCount);
          const kind: 'document' | 'span' =
            o.kind === 'document' || o.kind === 'span' ? o.kind : fail(`forgotten[${i}].kind`, 'is not document/span');
          return { start, end, kind };
        });

  return {
    format: 'megacontext-export',
    formatVersion: int(h.formatVersion, 'formatVersion'),
    schemaVersion: int(h.schemaVersion, 'schemaVersion', 1),
    tree: t,
    gisters: arr(h.gisters, 'gisters').map((g, i) => str(g, `gisters[${i}]`)),
    conversations,
    turns,
    spans,
    tail,
    upperGists,
    ...(forgotten ? { forgotten } : {}),
  };
}

/** JSON with object keys sorted at every depth, so equal headers always give equal bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Obj;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  });
}
