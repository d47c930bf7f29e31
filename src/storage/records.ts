// Stored record types of the MegaContext tree and its neighbours (seed: MegaContext Tree storage
// format — deterministic offsets, so storage needs no pointer table). Defined here rather than in
// src/core so the storage layer stands alone; src/core talks to it through the repositories.
//
// Tree geometry: K = 32. LOD0 = token ids, LOD1 = one gist per aligned 32-token block, LOD2 = one
// gist per 32 LOD1 gists = per 1,024-token span. One IndexedDB record per LOD2 span, key
// [treeId, spanIndex]; span s covers tokens [s·1024, (s+1)·1024). LOD3+ gists (one per 32^(L-2)
// spans) live in `upperGists`, key [treeId, level, index], so more levels need no redesign.
//
// Span payload (one ArrayBuffer, little-endian, offsets deterministic from the tree's layout):
//   [0, 1024·w)                      token ids, w = tokenWidth bytes (2 → Uint16, 4 → Uint32)
//   [1024·w, 1024·w + 32·d·e)        LOD1 gists, (32, d), e = 2 (f16) or 4 (f32)
//   [1024·w + 32·d·e, … + d·e)       LOD2 gist, (d)
// tokenWidth is chosen per tree: 2 when vocabSize ≤ 65,536 (ids fit in u16, halving LOD0 bytes),
// else 4. Every section starts 4-byte aligned (1024·w and 32·d·e are multiples of 4), so typed
// array views are taken on the payload without copying.
//
// Tail payload (the incomplete newest span): tokenCount ids (w bytes each), zero padding to a
// 4-byte boundary, then lod1Blocks gists (lod1Blocks, d) for its completed 32-token blocks.
//
// Checksum: CRC-32 (see checksum.ts) over a UTF-8 descriptor of the record's identity and layout
// (kind, index, gister version, dtype, d, token width, counts — see span-codec.ts) followed by the
// payload. The tree id is deliberately not covered, so an imported copy can take a new id.

export const BLOCK_TOKENS = 32;
export const BLOCKS_PER_SPAN = 32;
export const SPAN_TOKENS = BLOCK_TOKENS * BLOCKS_PER_SPAN; // 1,024
/** The first level stored outside span records. */
export const FIRST_UPPER_LEVEL = 3;

export type GistDType = 'f32' | 'f16';
export type TokenWidth = 2 | 4;

export function bytesPerElement(dtype: GistDType): 2 | 4 {
  return dtype === 'f16' ? 2 : 4;
}

/** u16 ids when the whole vocabulary fits, else u32. */
export function tokenWidthFor(vocabSize: number): TokenWidth {
  return vocabSize <= 65536 ? 2 : 4;
}

/** Vocabulary size recorded for trees migrated from v1, which never recorded one: any u32 id. */
export const UNKNOWN_VOCAB_SIZE = 2 ** 32;

/** One MegaContext (a tree); several can exist, one per conversation or shared. */
export interface TreeRecord {
  id: string;
  name: string;
  /** Gist width = the base model's embedding width. */
  d: number;
  dtype: GistDType;
  vocabSize: number;
  tokenWidth: TokenWidth;
  /** The gister (GistNet version or the training-free gister's) used for new gists; spans record their own. */
  gisterVersion: string;
  /** Free-form description of the base model the token ids belong to. */
  baseModel: string;
  /** Maintained on every span/tail write for listings; loadTree trusts the records, not these. */
  spanCount: number;
  tokenCount: number;
  createdAt: number;
  updatedAt: number;
}

export interface SpanRecord {
  treeId: string;
  spanIndex: number;
  gisterVersion: string;
  dtype: GistDType;
  d: number;
  tokenWidth: TokenWidth;
  payload: ArrayBuffer;
  checksum: number;
}

export interface TailRecord {
  treeId: string;
  /** The span this tail will become: always the number of committed spans. */
  spanIndex: number;
  tokenCount: number;
  lod1Blocks: number;
  gisterVersion: string;
  dtype: GistDType;
  d: number;
  tokenWidth: TokenWidth;
  payload: ArrayBuffer;
  checksum: number;
}

export interface UpperGistRecord {
  treeId: string;
  level: number;
  index: number;
  gisterVersion: string;
  dtype: GistDType;
  d: number;
  payload: ArrayBuffer;
  checksum: number;
}

export interface ConversationRecord {
  id: string;
  title: string;
  treeId: string;
  turnCount: number;
  createdAt: number;
  updatedAt: number;
}

export type TurnRole = 'system' | 'user' | 'assistant';

/**
 * What a turn is beyond its role (absent: a plain message, or a document fed to memory):
 *  - `system-prompt`: the conversation's system prompt, pinned to full detail while it is the
 *    latest one (empty text: the prompt was cleared; the earlier one stays in memory, unpinned);
 *  - `edit` / `regenerate`: a user turn that sends again, edited or as it was, the user turn
 *    `of` (memory is append-only: the earlier exchange stays in memory);
 *  - `shared-memory`: a document of the shared memory (collection) `collection`, named `name`,
 *    attached to this conversation (its tokens and gists copied from the collection).
 */
export type TurnMeta =
  | { kind: 'system-prompt' }
  | { kind: 'edit' | 'regenerate'; of: number }
  | { kind: 'shared-memory'; collection: string; name: string };

export interface TurnRecord {
  conversationId: string;
  index: number;
  role: TurnRole;
  text: string;
  /** Token range of this turn in the tree, [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  createdAt: number;
  meta?: TurnMeta;
}

/**
 * A tombstone (schema v4): tokens [start, end) of a tree are forgotten — no longer fed to the model,
 * searched, listed or exported (src/core/forgetting.ts). The tree itself stays append-only.
 */
export interface ForgetRecord {
  treeId: string;
  id: string;
  start: number;
  end: number;
  /** What was forgotten: a fed document, or a span of the tree the user selected. */
  kind: 'document' | 'span';
  /**
   * The page session that made it. From that page it can be undone until the page closes; a
   * record of any other session (an earlier page, an import) is final.
   */
  session: string;
  createdAt: number;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A conversation's runtime telemetry (focus counters, last turn stats, decode history) as JSON. */
export interface TelemetryRecord {
  conversationId: string;
  /** Opaque to storage: the runtime writes and validates it (src/runtime/conversation-telemetry.ts). */
  value: JsonValue;
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: JsonValue;
  updatedAt: number;
}

export interface ModelFileRecord {
  key: string;
  size: number;
  chunkSize: number;
  chunkCount: number;
  /** CRC-32 of the whole file. */
  checksum: number;
  contentType: string;
  source: string;
  storedAt: number;
}

export interface ModelChunkRecord {
  fileKey: string;
  index: number;
  bytes: ArrayBuffer;
  checksum: number;
}

/** Decoded span, ready to assemble a working context. Gists are always returned as f32. */
export interface SpanData {
  spanIndex: number;
  gisterVersion: string;
  tokenIds: Uint32Array; // (1024)
  lod1: Float32Array; // (32, d)
  lod2: Float32Array; // (d)
}

export interface TailData {
  spanIndex: number;
  gisterVersion: string;
  tokenIds: Uint32Array; // (tokenCount < 1024)
  lod1: Float32Array; // (lod1Blocks, d)
}

export interface UpperGistData {
  level: number;
  index: number;
  gisterVersion: string;
  gist: Float32Array; // (d)
}

/** The layout fields every encoded record of one tree shares. */
export interface TreeLayout {
  d: number;
  dtype: GistDType;
  tokenWidth: TokenWidth;
}
