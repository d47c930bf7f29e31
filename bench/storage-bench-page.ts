// Browser side of `npm run bench:storage` (seed: MegaContext persistence — one record per LOD2 span;
// target: 1M tokens written in < 30 s, reopened ready to assemble a working context in < 2 s).
// Exposes window.storageBench; bench/storage.bench.mjs drives it from Playwright in real Chromium.

import { openStorage, deleteMegaContextDb, type GistDType } from '../src/storage/index.ts';
import { BLOCKS_PER_SPAN, SPAN_TOKENS } from '../src/storage/records.ts';

export interface WriteParams {
  dbName: string;
  treeId: string;
  dtype: GistDType;
  d: number;
  tokens: number;
  vocabSize: number;
  /**
   * Also rewrite the tail every `tailEvery` completed 32-token blocks inside a span (0 = never; 1 =
   * after every block, the worst case). Each span completion is always one transaction.
   */
  tailEvery: number;
  /** Override of the transaction durability of every write; 'repository' keeps TreeRepository's (strict spans, relaxed tails). */
  durability: IDBTransactionDurability | 'repository';
}

function fillRandom(seed: number, out: Float32Array): void {
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < out.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = ((x >>> 0) / 4294967296) * 2 - 1;
  }
}

function tokenIds(spanIndex: number, count: number, vocab: number): Uint32Array {
  const ids = new Uint32Array(count);
  let x = (spanIndex * 40503 + 7) >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    ids[i] = (x >>> 0) % vocab;
  }
  return ids;
}

async function usage(): Promise<{ total: number | null; indexedDB: number | null }> {
  const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
  return { total: e.usage ?? null, indexedDB: e.usageDetails?.indexedDB ?? null };
}

async function write(p: WriteParams) {
  await deleteMegaContextDb({ name: p.dbName });
  const usageBefore = await usage();
  const storage = await openStorage(
    p.durability === 'repository' ? { name: p.dbName } : { name: p.dbName, durability: p.durability },
  );
  await storage.trees.createTree({
    id: p.treeId,
    name: 'bench',
    d: p.d,
    dtype: p.dtype,
    vocabSize: p.vocabSize,
    gisterVersion: 'bench@1',
  });
  const fullSpans = Math.floor(p.tokens / SPAN_TOKENS);
  const tailTokens = p.tokens - fullSpans * SPAN_TOKENS;
  const lod1 = new Float32Array(BLOCKS_PER_SPAN * p.d);
  const lod2 = new Float32Array(p.d);
  let storeMs = 0;
  let transactions = 0;
  const wallStart = performance.now();
  for (let s = 0; s < fullSpans; s++) {
    fillRandom(s + 1, lod1);
    fillRandom(s + 100_000, lod2);
    const ids = tokenIds(s, SPAN_TOKENS, p.vocabSize);
    if (p.tailEvery > 0) {
      for (let b = p.tailEvery; b < BLOCKS_PER_SPAN; b += p.tailEvery) {
        const t0 = performance.now();
        await storage.trees.putTail(p.treeId, {
          spanIndex: s,
          gisterVersion: 'bench@1',
          tokenIds: ids.subarray(0, b * 32),
          lod1: lod1.subarray(0, b * p.d),
        });
        storeMs += performance.now() - t0;
        transactions++;
      }
    }
    const t0 = performance.now();
    await storage.trees.putSpan(p.treeId, { spanIndex: s, gisterVersion: 'bench@1', tokenIds: ids, lod1, lod2 });
    storeMs += performance.now() - t0;
    transactions++;
    if (s % 100 === 0) (document.getElementById('status') as HTMLElement).textContent = `span ${s} / ${fullSpans}`;
  }
  if (tailTokens > 0) {
    const blocks = Math.floor(tailTokens / 32);
    fillRandom(fullSpans + 1, lod1);
    const t0 = performance.now();
    await storage.trees.putTail(p.treeId, {
      spanIndex: fullSpans,
      gisterVersion: 'bench@1',
      tokenIds: tokenIds(fullSpans, tailTokens, p.vocabSize),
      lod1: lod1.subarray(0, blocks * p.d),
    });
    storeMs += performance.now() - t0;
    transactions++;
  }
  const wallMs = performance.now() - wallStart;
  const meta = await storage.trees.getTree(p.treeId);
  storage.close();
  const usageAfter = await usage();
  return {
    fullSpans,
    tailTokens,
    storeMs,
    wallMs,
    transactions,
    tokenCount: meta.tokenCount,
    tokenWidth: meta.tokenWidth,
    usageBefore,
    usageAfter,
  };
}

async function reopen(p: { dbName: string; treeId: string }) {
  const t0 = performance.now();
  const storage = await openStorage({ name: p.dbName });
  const t1 = performance.now();
  const tree = await storage.trees.loadTree(p.treeId);
  const t2 = performance.now();
  let payloadBytes = 0;
  for (const s of tree.spans) payloadBytes += s.tokenIds.byteLength + s.lod1.byteLength + s.lod2.byteLength;
  const records = await storage.db.getAll('spans');
  const storedPayloadBytes = records.reduce((n, r) => n + r.payload.byteLength, 0);
  storage.close();
  return {
    openMs: t1 - t0,
    loadMs: t2 - t1,
    totalMs: t2 - t0,
    spans: tree.spans.length,
    corrupt: tree.corrupt.length,
    resumeAt: tree.resumeAt,
    tailTokens: tree.tail?.tokenIds.length ?? 0,
    decodedBytes: payloadBytes,
    storedPayloadBytes,
  };
}

async function clear(p: { dbName: string }) {
  await deleteMegaContextDb({ name: p.dbName });
}

declare global {
  interface Window {
    storageBench: { write: typeof write; reopen: typeof reopen; clear: typeof clear; ready: boolean };
  }
}

window.storageBench = { write, reopen, clear, ready: true };
(document.getElementById('status') as HTMLElement).textContent = 'ready';
