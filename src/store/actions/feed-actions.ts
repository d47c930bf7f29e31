// Actions: feeding the MegaContext Tree — a typed or pasted text, or dropped files and folders —
// through engine.ingest with progress (tokens/s, time left) and cancellation. A cancelled ingest
// keeps what was already appended (the tree is append-only). A long text streams to the worker in
// pieces of about 1 MB; it is never rendered into the page.
import { useAppStore, pushNotice } from '../app-store';
import { getEngine } from '../engine-client';
import { describeError, isAbort } from '../describe-error';
import { StorageQuotaError } from '../../storage/errors';
import { applySnapshot, ensureConversation, refreshTurns } from './conversation-actions';
import {
  intakeLabel,
  joinDocument,
  pieceLabel,
  readIntake,
  splitForStreaming,
  type IntakeFile,
} from '../../ui/feed/file-intake';
import { browserDocumentExtractor } from '../../ui/feed/document-text';
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

/** PDF text through pdf.js (its worker a file of its own), .docx text through mammoth. */
const extractDocuments = browserDocumentExtractor(pdfWorkerUrl);

let controller: AbortController | null = null;

export async function feedText(text: string, label: string): Promise<boolean> {
  if (text.trim() === '' || useAppStore.getState().feedJob) return false;
  const id = await ensureConversation(label);
  if (!id) return false;
  controller = new AbortController();
  const signal = controller.signal;
  const set = useAppStore.setState;
  // A long text goes in pieces: progress spans them all and Cancel takes effect between pieces
  // at the latest (the tree keeps every piece already appended).
  const pieces = splitForStreaming(text);
  set({
    feedJob: {
      label,
      chars: text.length,
      charsDone: 0,
      piece: 0,
      pieces: pieces.length,
      pieceChars: pieces[0]!.length,
      tokensBefore: 0,
      progress: null,
      startedAt: performance.now(),
      cancelling: false,
    },
    feedResult: null,
    feedError: null,
    pendingText: null,
  });
  const engine = getEngine();
  let lastPoll = performance.now();
  let tokens = 0;
  let ok = false;
  try {
    for (let i = 0; i < pieces.length; i++) {
      signal.throwIfAborted();
      const piece = pieces[i]!;
      set((s) =>
        s.feedJob
          ? { feedJob: { ...s.feedJob, piece: i, pieceChars: piece.length, tokensBefore: tokens, progress: null } }
          : {},
      );
      const r = await engine.ingest(
        { conversationId: id, text: piece, label: pieceLabel(label, i, pieces.length) },
        {
          signal,
          onProgress: (p) => {
            set((s) => (s.feedJob ? { feedJob: { ...s.feedJob, progress: p } } : {}));
            // Live heatmap while a long document streams in (at most one snapshot a second).
            const now = performance.now();
            if (now - lastPoll > 1000 && p.tokensDone < p.tokensTotal) {
              lastPoll = now;
              void engine.snapshot({ conversationId: id }).then(
                (snap) => useAppStore.getState().feedJob && set((s) => (s.activeId === id ? { snapshot: snap } : {})),
                () => undefined,
              );
            }
          },
        },
      );
      tokens += r.tokens;
      set((s) =>
        s.feedJob
          ? {
              feedJob: { ...s.feedJob, charsDone: s.feedJob.charsDone + piece.length, tokensBefore: tokens },
              snapshot: s.activeId === id ? r.snapshot : s.snapshot,
              conversations: s.conversations.map((c) =>
                c.id === id ? { ...c, tokenCount: r.snapshot.tokenCount } : c,
              ),
            }
          : {},
      );
      if (i === pieces.length - 1) applySnapshot(r.snapshot, 'ingest', null);
    }
    set({ feedResult: `Remembered “${label}”: ${tokens.toLocaleString()} tokens.` });
    ok = true;
  } catch (e) {
    if (isAbort(e)) set({ feedResult: `Cancelled “${label}”; the part already read stays in memory.` });
    else {
      set({ feedError: describeError(e) });
      if (e instanceof StorageQuotaError) pushNotice('error', describeError(e));
    }
    try {
      applySnapshot(await engine.snapshot({ conversationId: id }), 'ingest', null);
    } catch {
      // the snapshot is refreshed on the next turn
    }
  } finally {
    controller = null;
    await refreshTurns(id, { feedJob: null });
  }
  return ok;
}

export async function feedFiles(files: IntakeFile[], skippedDirs: string[] = []): Promise<void> {
  const intake = await readIntake(files, undefined, extractDocuments);
  const skipped = [
    ...skippedDirs.map((path) => ({ path, reason: 'folder skipped (tooling or version control)' })),
    ...intake.skipped,
  ];
  useAppStore.setState({ skipped });
  if (intake.files.length === 0) {
    useAppStore.setState({
      feedError:
        files.length === 0 && skippedDirs.length === 0
          ? 'Nothing to read in what was dropped.'
          : 'No text file to remember: every file was skipped.',
    });
    return;
  }
  await feedText(joinDocument(intake.files), intakeLabel(intake.files));
  useAppStore.setState({ skipped });
}

export function cancelFeed(): void {
  const j = useAppStore.getState().feedJob;
  if (!j || !controller) return;
  useAppStore.setState({ feedJob: { ...j, cancelling: true } });
  controller.abort();
}

export function holdPaste(text: string): void {
  useAppStore.setState({
    pendingText: { text, label: `pasted text (${text.length.toLocaleString()} characters)` },
    feedResult: null,
    feedError: null,
  });
}
