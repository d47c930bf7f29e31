// Actions and state: shared memories (issue 19; seed: MegaContext Tree, fed once) — collections of
// documents tokenized and gisted once in the worker (runtime/shared-memories.ts), listed with their
// sizes and how many conversations attached them, attached to the open conversation (its memory
// grows as if the documents were fed; the gists are copied where they are the same), deleted.
// Its own small store, so the app store's slices stay as they are; errors are described by the
// one error registry's classes (describeError) and shown here and as notices.
import { create } from 'zustand';
import { getEngine } from '../engine-client';
import { describeError, isAbort } from '../describe-error';
import { pushNotice, useAppStore } from '../app-store';
import { applySnapshot, ensureConversation, refreshTurns } from './conversation-actions';
import { readIntake, type IntakeFile } from '../../ui/feed/file-intake';
import { browserDocumentExtractor } from '../../ui/feed/document-text';
import type { CollectionProgress, CollectionSummary } from '../../runtime/engine-api';
import type { IngestProgress } from '../../runtime/conversation-memory';
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

const extractDocuments = browserDocumentExtractor(pdfWorkerUrl);

export interface SharedMemoryState {
  collections: CollectionSummary[];
  /** A collection being made: its name and the engine's progress. */
  creating: { name: string; progress: CollectionProgress | null } | null;
  /** An attach in flight: which collection, and its progress. */
  attaching: { collectionId: string; progress: IngestProgress | null } | null;
  result: string | null;
  error: string | null;
}

export const useSharedMemories = create<SharedMemoryState>()(() => ({
  collections: [],
  creating: null,
  attaching: null,
  result: null,
  error: null,
}));

const set = useSharedMemories.setState;
let controller: AbortController | null = null;

export async function refreshCollections(): Promise<void> {
  try {
    set({ collections: await getEngine().listCollections(null) });
  } catch (e) {
    set({ error: describeError(e) });
  }
}

/** Makes a collection from picked files (one document each) and a pasted text (one more). */
export async function createCollection(name: string, files: IntakeFile[], pasted: string): Promise<boolean> {
  if (useSharedMemories.getState().creating) return false;
  set({ error: null, result: null });
  const intake = files.length > 0 ? await readIntake(files, undefined, extractDocuments) : { files: [], skipped: [] };
  const documents = intake.files.map((f) => ({ label: f.path, text: f.text }));
  if (pasted.trim() !== '') documents.push({ label: 'pasted text', text: pasted });
  if (documents.length === 0) {
    set({
      error:
        intake.skipped.length > 0
          ? `No text to remember: ${intake.skipped.map((s) => `${s.path} (${s.reason})`).join(', ')}.`
          : 'Pick files or paste a text to make a shared memory.',
    });
    return false;
  }
  const title = name.trim() || documents[0]!.label;
  controller = new AbortController();
  set({ creating: { name: title, progress: null } });
  try {
    const c = await getEngine().createCollection(
      { name: title, documents },
      {
        signal: controller.signal,
        onProgress: (p) => set((s) => (s.creating ? { creating: { ...s.creating, progress: p } } : {})),
      },
    );
    set({
      result: `Shared memory “${c.name}”: ${c.documents.length} document${c.documents.length === 1 ? '' : 's'}, ${c.tokenCount.toLocaleString()} tokens, gisted once.`,
    });
    return true;
  } catch (e) {
    set({ error: isAbort(e) ? `Cancelled “${title}”; nothing was kept.` : describeError(e) });
    return false;
  } finally {
    controller = null;
    set({ creating: null });
    await refreshCollections();
  }
}

export function cancelCreateCollection(): void {
  controller?.abort();
}

/** Appends the collection's documents to the open conversation (a new one when none is open). */
export async function attachCollection(c: CollectionSummary): Promise<void> {
  const app = useAppStore.getState();
  if (useSharedMemories.getState().attaching || app.feedJob || app.live) return;
  const id = await ensureConversation(c.name);
  if (!id) return;
  set({ attaching: { collectionId: c.id, progress: null }, error: null, result: null });
  try {
    const r = await getEngine().attachCollection(
      { conversationId: id, collectionId: c.id },
      { onProgress: (p) => set((s) => (s.attaching ? { attaching: { ...s.attaching, progress: p } } : {})) },
    );
    applySnapshot(r.snapshot, 'ingest', null);
    set({
      result: `Attached “${c.name}”: ${r.tokens.toLocaleString()} tokens in ${(r.ms / 1000).toFixed(1)} s (${r.copiedGists.toLocaleString()} gists copied, ${r.computedGists.toLocaleString()} computed).`,
    });
  } catch (e) {
    const message = describeError(e);
    set({ error: message });
    pushNotice('error', `Could not attach “${c.name}”: ${message}`);
  } finally {
    set({ attaching: null });
    await refreshTurns(id);
    await refreshCollections();
  }
}

export async function deleteCollection(c: CollectionSummary): Promise<void> {
  set({ error: null, result: null });
  try {
    await getEngine().deleteCollection({ id: c.id });
    set({
      result: `Deleted “${c.name}”.${c.usedBy > 0 ? ` The ${c.usedBy === 1 ? 'conversation that attached it keeps' : `${c.usedBy} conversations that attached it keep`} its documents.` : ''}`,
    });
  } catch (e) {
    set({ error: describeError(e) });
  } finally {
    await refreshCollections();
  }
}
