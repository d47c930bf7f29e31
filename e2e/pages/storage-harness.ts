// Test page for the storage e2e specs (e2e/storage-*.spec.ts): drives the real storage layer in
// Chromium with deterministic content, so a spec can kill the page mid-ingest, exhaust the quota,
// export/clear/import, and then check every stored span against what it must contain.
// Seed: MegaContext persistence — whole spans only after a crash; nothing lost on quota errors.

import {
  exportMegaContext,
  importMegaContext,
  openStorage,
  requestPersistence,
  BLOCK_TOKENS,
  BLOCKS_PER_SPAN,
  SPAN_TOKENS,
  type GistDType,
  type MegaContextStorage,
} from '../../src/storage/index.ts';
import { crc32Update } from '../../src/storage/checksum.ts';
import { decodeF16, encodeF16, toHalfBits } from '../../src/core/float16.ts';

const DB = 'megacontext';
const VOCAB = 50_257;
const $ = (id: string) => document.getElementById(id) as HTMLElement;

/** Token id at absolute position p (deterministic). */
const tokenAt = (p: number): number => (Math.imul(p + 1, 2654435761) >>> 0) % VOCAB;

/** Gist element i of node (level, index): deterministic values in (-1, 1). */
function gist(level: number, index: number, d: number, dtype: GistDType): Float32Array {
  const g = new Float32Array(d);
  for (let i = 0; i < d; i++) g[i] = Math.sin(level * 1_000_003 + index * 131 + i * 0.37);
  return dtype === 'f16' ? decodeF16(encodeF16(g)) : g;
}

function lod1Range(span: number, blocks: number, d: number, dtype: GistDType): Float32Array {
  const out = new Float32Array(blocks * d);
  for (let b = 0; b < blocks; b++) out.set(gist(1, span * BLOCKS_PER_SPAN + b, d, dtype), b * d);
  return out;
}

function ids(from: number, to: number): Uint32Array {
  const out = new Uint32Array(to - from);
  for (let p = from; p < to; p++) out[p - from] = tokenAt(p);
  return out;
}

async function withStorage<T>(fn: (s: MegaContextStorage) => Promise<T>): Promise<T> {
  const s = await openStorage({ name: DB });
  try {
    return await fn(s);
  } finally {
    s.close();
  }
}

function showError(error: unknown): { name: string; message: string; data: unknown } {
  const e = error as { name?: string; message?: string; data?: { userMessage?: string } };
  $('storage-error').textContent = e.data?.userMessage ?? e.message ?? String(error);
  return { name: e.name ?? 'Error', message: e.message ?? String(error), data: e.data ?? null };
}

async function refreshList(): Promise<void> {
  const trees = await withStorage((s) => s.trees.listTrees());
  $('megacontexts').replaceChildren(
    ...trees.map((t) =>
      Object.assign(document.createElement('li'), { textContent: `${t.name} (${t.id}): ${t.tokenCount} tokens` }),
    ),
  );
}

export interface IngestParams {
  treeId: string;
  from: number;
  to: number;
  d: number;
  dtype: GistDType;
  /** Rewrite the tail every this many completed blocks (1 = every block). */
  tailEvery: number;
}

/** Ingests tokens [from, to) with their gists: one transaction per span, tails in between. */
async function ingest(p: IngestParams) {
  window.ingestProgress = { spans: Math.floor(p.from / SPAN_TOKENS), done: false };
  try {
    return await withStorage(async (s) => {
      let pos = p.from;
      while (pos < p.to) {
        const span = Math.floor(pos / SPAN_TOKENS);
        const spanStart = span * SPAN_TOKENS;
        const spanEnd = spanStart + SPAN_TOKENS;
        if (p.to >= spanEnd) {
          // Walk the span block by block, persisting the tail as a real ingest would.
          for (let b = Math.floor((pos - spanStart) / BLOCK_TOKENS) + 1; b < BLOCKS_PER_SPAN; b++) {
            if (b % p.tailEvery !== 0) continue;
            await s.trees.putTail(p.treeId, {
              spanIndex: span,
              gisterVersion: 'harness@1',
              tokenIds: ids(spanStart, spanStart + b * BLOCK_TOKENS),
              lod1: lod1Range(span, b, p.d, p.dtype),
            });
          }
          await s.trees.putSpan(p.treeId, {
            spanIndex: span,
            gisterVersion: 'harness@1',
            tokenIds: ids(spanStart, spanEnd),
            lod1: lod1Range(span, BLOCKS_PER_SPAN, p.d, p.dtype),
            lod2: gist(2, span, p.d, p.dtype),
          });
          window.ingestProgress.spans = span + 1;
          pos = spanEnd;
        } else {
          const blocks = Math.floor((p.to - spanStart) / BLOCK_TOKENS);
          await s.trees.putTail(p.treeId, {
            spanIndex: span,
            gisterVersion: 'harness@1',
            tokenIds: ids(spanStart, p.to),
            lod1: lod1Range(span, blocks, p.d, p.dtype),
          });
          pos = p.to;
        }
        $('ingest-status').textContent = `ingested up to token ${pos}`;
      }
      window.ingestProgress.done = true;
      return { ok: true as const, resumeAt: pos };
    });
  } catch (error) {
    window.ingestProgress.done = true;
    return { ok: false as const, error: showError(error) };
  }
}

/** Loads a tree and checks every span, the tail and the counters against the deterministic content. */
async function verify(treeId: string) {
  return withStorage(async (s) => {
    const tree = await s.trees.loadTree(treeId);
    const { d, dtype } = tree.meta;
    const mismatches: string[] = [];
    let digest = 0;
    for (const span of tree.spans) {
      const start = span.spanIndex * SPAN_TOKENS;
      if (!ids(start, start + SPAN_TOKENS).every((v, i) => v === span.tokenIds[i]))
        mismatches.push(`span ${span.spanIndex} tokens`);
      if (!lod1Range(span.spanIndex, BLOCKS_PER_SPAN, d, dtype).every((v, i) => v === span.lod1[i]))
        mismatches.push(`span ${span.spanIndex} lod1`);
      if (!gist(2, span.spanIndex, d, dtype).every((v, i) => v === span.lod2[i]))
        mismatches.push(`span ${span.spanIndex} lod2`);
      for (const a of [span.tokenIds, span.lod1, span.lod2])
        digest = crc32Update(digest, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    }
    if (tree.tail) {
      const start = tree.tail.spanIndex * SPAN_TOKENS;
      const n = tree.tail.tokenIds.length;
      if (!ids(start, start + n).every((v, i) => v === tree.tail?.tokenIds[i])) mismatches.push('tail tokens');
      const blocks = tree.tail.lod1.length / d;
      if (!lod1Range(tree.tail.spanIndex, blocks, d, dtype).every((v, i) => v === tree.tail?.lod1[i]))
        mismatches.push('tail lod1');
      digest = crc32Update(
        digest,
        new Uint8Array(tree.tail.tokenIds.buffer, tree.tail.tokenIds.byteOffset, tree.tail.tokenIds.byteLength),
      );
    }
    return {
      spanIndexes: tree.spans.map((x) => x.spanIndex),
      committedSpans: tree.committedSpans,
      resumeAt: tree.resumeAt,
      tailTokens: tree.tail?.tokenIds.length ?? 0,
      tailBlocks: tree.tail ? tree.tail.lod1.length / d : 0,
      corrupt: tree.corrupt.map((c) => c.message),
      mismatches,
      digest,
      meta: tree.meta,
    };
  });
}

async function createTree(p: { treeId: string; conversationId: string; d: number; dtype: GistDType }) {
  return withStorage(async (s) => {
    await s.conversations.create({
      id: p.conversationId,
      title: `Chat ${p.conversationId}`,
      newTree: {
        id: p.treeId,
        name: `Memory ${p.treeId}`,
        d: p.d,
        dtype: p.dtype,
        vocabSize: VOCAB,
        gisterVersion: 'harness@1',
        baseModel: 'harness',
      },
    });
  });
}

async function state() {
  return withStorage(async (s) => ({
    trees: (await s.trees.listTrees()).map((t) => ({ id: t.id, name: t.name, tokenCount: t.tokenCount })),
    conversations: await Promise.all(
      (await s.conversations.list()).map(async (c) => ({ ...c, turns: await s.conversations.listTurns(c.id) })),
    ),
    settings: await s.settings.all(),
    modelFiles: (await s.modelFiles.list()).map((f) => f.key),
  }));
}

/** True when the native and the scalar f16 encoders agree on awkward values (ties, subnormals). */
function f16Agrees(): boolean {
  const values = [
    1 + 2 ** -11,
    1 + 3 * 2 ** -11,
    2 ** -25,
    3 * 2 ** -25,
    65520,
    65519,
    2 ** -14 - 2 ** -25,
    0.1,
    -1 / 3,
    1e-8,
  ];
  const native = encodeF16(values);
  return values.every((v, i) => native[i] === toHalfBits(v));
}

let exportTarget = '';
$('export').addEventListener('click', () => {
  void (async () => {
    try {
      const bytes = await withStorage((s) => exportMegaContext(s.db, exportTarget));
      const a = Object.assign(document.createElement('a'), {
        href: URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' })),
        download: `${exportTarget}.mctx`,
      });
      a.click();
    } catch (error) {
      showError(error);
    }
  })();
});
($('import') as HTMLInputElement).addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  void (async () => {
    $('import-status').textContent = '';
    $('storage-error').textContent = '';
    try {
      const { tree } = await withStorage(async (s) => importMegaContext(s.db, await file.arrayBuffer()));
      $('import-status').textContent = `Imported "${tree.name}" (${tree.tokenCount} tokens)`;
    } catch (error) {
      showError(error);
    } finally {
      input.value = '';
      await refreshList();
    }
  })();
});

const harness = {
  ingest,
  verify,
  createTree,
  state,
  f16Agrees,
  refreshList,
  setExportTarget: (treeId: string) => void (exportTarget = treeId),
  addTurn: (conversationId: string, role: 'user' | 'assistant', text: string, tokenStart: number, tokenEnd: number) =>
    withStorage((s) => s.conversations.appendTurn(conversationId, { role, text, tokenStart, tokenEnd })),
  setSetting: (key: string, value: number | string | boolean) => withStorage((s) => s.settings.set(key, value)),
  putModelFile: (key: string, size: number) =>
    withStorage((s) =>
      s.modelFiles.put(
        key,
        new Uint8Array(size).map((_, i) => i & 0xff),
      ),
    ),
  modelFileOk: (key: string, size: number) =>
    withStorage(async (s) => {
      const bytes = await s.modelFiles.get(key);
      return bytes !== null && bytes.length === size && bytes.every((v, i) => v === (i & 0xff));
    }),
};

declare global {
  interface Window {
    storageHarness: typeof harness;
    ingestProgress: { spans: number; done: boolean };
    harnessReady: boolean;
  }
}
window.storageHarness = harness;

void (async () => {
  const status = await requestPersistence();
  $('persistence').textContent = status.message;
  $('persistence').dataset.persisted = String(status.persisted);
  await refreshList();
  window.harnessReady = true;
})();
