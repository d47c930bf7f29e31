// Export and import of one whole MegaContext (seed: MegaContext persistence — "export/import of a
// whole MegaContext as one file"): its tree (every span, the tail, LOD3+ gists), the conversations
// that use it with their turns, and which gisters made the gists. Import is all-or-nothing: the
// file is parsed and every record verified first, then everything is written in one transaction.
//
// File layout (little-endian):
//   0   8 bytes  magic "MCTXEXP1"
//   8   u32      format version (1)
//   12  u32      header length H
//   16  H bytes  header, UTF-8 JSON (ExportHeader): records' metadata, lengths and checksums
//   …            payloads, in header order: spans by index, the tail, the upper gists
//   end u32      CRC-32 of every byte before it
// Export is deterministic (no timestamps of its own, sorted records), so export → import → export
// gives the same bytes. Forgotten spans (tombstones, schema v4) are redacted from the file
// (export-redaction.ts) and listed in the header's `forgotten`, so an import keeps them forgotten.

import { crc32 } from './checksum.ts';
import { SCHEMA_VERSION, TREE_STORES, allRequests, writeTransaction, type MegaContextDb } from './db.ts';
import { CorruptSpanError, MalformedExportError, StorageConflictError, StorageNotFoundError } from './errors.ts';
import { newId } from './ids.ts';
import type { ConversationRecord, SpanRecord, TailRecord, TreeRecord, TurnRecord, UpperGistRecord } from './records.ts';
import { decodeSpan, decodeTail, decodeUpperGist } from './span-codec.ts';
import { canonicalJson, validateHeader, type ExportHeader, type PayloadMeta } from './export-header.ts';
import { redactForExport, type TurnTextRedactor } from './export-redaction.ts';

export const EXPORT_MAGIC = 'MCTXEXP1';
export const EXPORT_FORMAT_VERSION = 1;
const PREFIX_BYTES = 16;
const TRAILER_BYTES = 4;

/** A parsed, fully verified export, ready to be written. */
export interface ParsedExport {
  header: ExportHeader;
  spans: SpanRecord[];
  tail: TailRecord | null;
  upperGists: UpperGistRecord[];
}

const meta = (r: SpanRecord | TailRecord | UpperGistRecord): PayloadMeta => {
  const { treeId: _t, payload, ...rest } = r;
  return { ...rest, byteLength: payload.byteLength } as PayloadMeta;
};

export interface ExportOptions {
  /** A turn's text as exported when the tree has forgotten tokens (default: empty for any turn touching one). */
  turnText?: TurnTextRedactor;
}

/** Serialises a MegaContext (read in one transaction, so a consistent snapshot) to one file. */
export async function exportMegaContext(
  db: MegaContextDb,
  treeId: string,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const tx = db.transaction([...TREE_STORES, 'conversations', 'turns'], 'readonly');
  const tree = await tx.objectStore('trees').get(treeId);
  if (!tree) throw new StorageNotFoundError(`No MegaContext with id "${treeId}"`, { kind: 'tree', id: treeId });
  const [storedSpans, tail, upper, conversations, forgets] = await Promise.all([
    tx.objectStore('spans').getAll(IDBKeyRange.bound([treeId, 0], [treeId, Number.POSITIVE_INFINITY])),
    tx.objectStore('tails').get(treeId),
    tx
      .objectStore('upperGists')
      .getAll(IDBKeyRange.bound([treeId, 0, 0], [treeId, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY])),
    tx.objectStore('conversations').index('byTree').getAll(treeId),
    tx.objectStore('forgets').getAll(IDBKeyRange.bound([treeId, ''], [treeId, []])),
  ]);
  conversations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const storedTurns: TurnRecord[] = [];
  for (const c of conversations)
    storedTurns.push(
      ...(await tx.objectStore('turns').getAll(IDBKeyRange.bound([c.id, 0], [c.id, Number.POSITIVE_INFINITY]))),
    );
  await tx.done;

  // Never write a file that import would reject: verify every record first.
  for (const s of storedSpans) decodeSpan(treeId, s);
  const storedTail = tail && tail.spanIndex === storedSpans.length ? tail : null;
  if (storedTail) decodeTail(treeId, storedTail);
  for (const u of upper) decodeUpperGist(treeId, u, tree.tokenWidth);
  const redacted = redactForExport(
    tree,
    forgets,
    { spans: storedSpans, tail: storedTail, upperGists: upper, turns: storedTurns },
    options.turnText,
  );
  const { spans, turns } = redacted;
  const liveTail = redacted.tail;
  const forgotten = forgets
    .map((f) => ({ start: f.start, end: f.end, kind: f.kind }))
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const gisters = new Set<string>([tree.gisterVersion]);
  for (const r of [...spans, ...upper, ...(liveTail ? [liveTail] : [])]) gisters.add(r.gisterVersion);
  const header: ExportHeader = {
    format: 'megacontext-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    tree,
    gisters: [...gisters].sort(),
    conversations,
    turns,
    spans: spans.map(meta),
    tail: liveTail ? meta(liveTail) : null,
    upperGists: redacted.upperGists.map(meta),
    ...(forgotten.length > 0 ? { forgotten } : {}),
  };
  const headerBytes = new TextEncoder().encode(canonicalJson(header));
  const payloads = [
    ...spans.map((s) => s.payload),
    ...(liveTail ? [liveTail.payload] : []),
    ...redacted.upperGists.map((u) => u.payload),
  ];
  const total = PREFIX_BYTES + headerBytes.length + payloads.reduce((n, p) => n + p.byteLength, 0) + TRAILER_BYTES;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(EXPORT_MAGIC), 0);
  view.setUint32(8, EXPORT_FORMAT_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  out.set(headerBytes, PREFIX_BYTES);
  let offset = PREFIX_BYTES + headerBytes.length;
  for (const p of payloads) {
    out.set(new Uint8Array(p), offset);
    offset += p.byteLength;
  }
  view.setUint32(offset, crc32(out.subarray(0, offset)), true);
  return out;
}

const malformed = (message: string, reason: string, offset?: number): MalformedExportError =>
  new MalformedExportError(
    `Not a valid MegaContext export: ${message}. Nothing was imported.`,
    offset === undefined ? { reason } : { reason, offset },
  );

/** Parses and verifies a file without touching the database. Throws MalformedExportError. */
export function parseExport(file: ArrayBuffer | ArrayBufferView): ParsedExport {
  const bytes =
    file instanceof ArrayBuffer ? new Uint8Array(file) : new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length < PREFIX_BYTES + TRAILER_BYTES)
    throw malformed(`the file is only ${bytes.length} bytes long`, 'too short', 0);
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== EXPORT_MAGIC)
    throw malformed('the file does not start with the MegaContext export signature', 'bad magic', 0);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== EXPORT_FORMAT_VERSION)
    throw malformed(
      `export format version ${version} is not supported (this app reads version ${EXPORT_FORMAT_VERSION})`,
      'unsupported version',
      8,
    );
  const headerLength = view.getUint32(12, true);
  if (PREFIX_BYTES + headerLength + TRAILER_BYTES > bytes.length)
    throw malformed(
      `the file is truncated (header claims ${headerLength} bytes, file has ${bytes.length})`,
      'truncated header',
      12,
    );
  const body = bytes.length - TRAILER_BYTES;
  const storedCrc = view.getUint32(body, true);
  let header: ExportHeader;
  try {
    header = validateHeader(
      JSON.parse(
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)),
      ),
    );
  } catch (error) {
    if (error instanceof MalformedExportError) throw error;
    throw malformed(`the header is not valid JSON (${(error as Error).message})`, 'bad header JSON', PREFIX_BYTES);
  }
  const metas = [...header.spans, ...(header.tail ? [header.tail] : []), ...header.upperGists];
  const expected = PREFIX_BYTES + headerLength + metas.reduce((n, m) => n + m.byteLength, 0) + TRAILER_BYTES;
  if (expected !== bytes.length) {
    throw malformed(
      expected > bytes.length
        ? `the file is truncated (${bytes.length} of ${expected} bytes)`
        : `the file has ${bytes.length - expected} unexpected trailing bytes`,
      expected > bytes.length ? 'truncated' : 'trailing bytes',
      Math.min(expected, bytes.length),
    );
  }
  const actualCrc = crc32(bytes.subarray(0, body));
  if (actualCrc !== storedCrc)
    throw malformed('the file checksum does not match (it was damaged or edited)', 'file checksum mismatch', body);

  const treeId = header.tree.id;
  let offset = PREFIX_BYTES + headerLength;
  const take = (m: PayloadMeta): ArrayBuffer => {
    const payload = bytes.slice(offset, offset + m.byteLength).buffer;
    offset += m.byteLength;
    return payload;
  };
  const strip = ({ byteLength: _b, ...rest }: PayloadMeta) => rest;
  try {
    const spans = header.spans.map((m) => ({ ...strip(m), treeId, payload: take(m) }) as SpanRecord);
    const tail = header.tail ? ({ ...strip(header.tail), treeId, payload: take(header.tail) } as TailRecord) : null;
    const upperGists = header.upperGists.map((m) => ({ ...strip(m), treeId, payload: take(m) }) as UpperGistRecord);
    for (const s of spans) decodeSpan(treeId, s);
    if (tail) decodeTail(treeId, tail);
    for (const u of upperGists) decodeUpperGist(treeId, u, header.tree.tokenWidth);
    return { header, spans, tail, upperGists };
  } catch (error) {
    if (error instanceof CorruptSpanError)
      throw malformed(error.message, `corrupt ${error.data.kind} ${error.data.index}`);
    throw error;
  }
}

export interface ImportOptions {
  /** Import under fresh tree and conversation ids instead of refusing when the ids exist. */
  asCopy?: boolean;
}

/**
 * Imports a file written by exportMegaContext. Validates everything first, then writes the tree,
 * its records, conversations and turns in one transaction. On any error nothing changes.
 */
export async function importMegaContext(
  db: MegaContextDb,
  file: ArrayBuffer | ArrayBufferView,
  options: ImportOptions = {},
): Promise<{ tree: TreeRecord; conversations: ConversationRecord[] }> {
  const parsed = parseExport(file);
  let tree = parsed.header.tree;
  let conversations = parsed.header.conversations;
  let turns = parsed.header.turns;
  if (options.asCopy) {
    const treeId = newId('tree');
    const ids = new Map(conversations.map((c) => [c.id, newId('conv')] as const));
    tree = { ...tree, id: treeId };
    conversations = conversations.map((c) => ({ ...c, id: ids.get(c.id) as string, treeId }));
    turns = turns.map((t) => ({ ...t, conversationId: ids.get(t.conversationId) as string }));
  }
  const treeId = tree.id;
  await writeTransaction(
    db,
    [...TREE_STORES, 'conversations', 'turns'],
    `import of MegaContext "${tree.name}"`,
    async (tx) => {
      const clashes = await Promise.all([
        tx.objectStore('trees').getKey(treeId),
        ...conversations.map((c) => tx.objectStore('conversations').getKey(c.id)),
      ]);
      const clash = clashes.find((k) => k !== undefined);
      if (clash !== undefined) {
        throw new StorageConflictError(
          `"${String(clash)}" already exists in this browser; delete it first or import as a copy`,
          { kind: 'import', id: String(clash), reason: 'exists' },
        );
      }
      const tail = parsed.tail;
      await allRequests([
        () => tx.objectStore('trees').add(tree),
        ...parsed.spans.map((s) => () => tx.objectStore('spans').add({ ...s, treeId })),
        ...(tail ? [() => tx.objectStore('tails').add({ ...tail, treeId })] : []),
        ...parsed.upperGists.map((u) => () => tx.objectStore('upperGists').add({ ...u, treeId })),
        ...conversations.map((c) => () => tx.objectStore('conversations').add(c)),
        ...turns.map((t) => () => tx.objectStore('turns').add(t)),
        // Forgotten in the file, forgotten here: final (no page session of this browser made them).
        ...(parsed.header.forgotten ?? []).map(
          (f, i) => () =>
            tx.objectStore('forgets').add({
              treeId,
              id: `fgt-import-${i}`,
              start: f.start,
              end: f.end,
              kind: f.kind,
              session: 'import',
              createdAt: 0,
            }),
        ),
      ]);
    },
  );
  return { tree, conversations };
}
