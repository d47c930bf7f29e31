// Actions: conversations, each with its own MegaContext Tree — list, open, create, rename,
// delete, export (a file download: the whole memory, or the transcript as Markdown or OpenAI
// messages JSON) and import (a .megacontext file, OpenAI messages or ChatGPT's conversations.json). The engine persists everything in IndexedDB.
import { useAppStore, pushNotice, type AppState } from '../app-store';
import { getEngine } from '../engine-client';
import { describeError } from '../describe-error';
import { writePrefs } from '../prefs';
import type { HistoryPoint } from '../slices/conversation-slice';
import type { ExportFormat, MemorySnapshot, TurnStats } from '../../runtime/engine-api';
import { transcriptFileName } from '../../runtime/transcript-export';
import { EngineStateError } from '../../runtime/engine-settings';
import { PAGE_SESSION } from '../page-session';

export async function refreshConversations(): Promise<void> {
  try {
    useAppStore.setState({ conversations: await getEngine().listConversations(null) });
  } catch (e) {
    pushNotice('error', `Could not list conversations: ${describeError(e)}`);
  }
}

export async function openConversation(id: string): Promise<void> {
  useAppStore.setState({
    activeId: id,
    openError: null,
    pinError: null,
    openWarnings: [],
    chatError: null,
    feedResult: null,
    feedError: null,
    skipped: [],
    lastStats: null,
    gistRefresh: null,
    forgets: [],
    forgetError: null,
  });
  writePrefs({ activeId: id });
  try {
    const r = await getEngine().openConversation({ id, session: PAGE_SESSION });
    if (useAppStore.getState().activeId !== id) return;
    useAppStore.setState((s) => ({
      turns: r.turns,
      forgets: r.forgets,
      snapshot: r.snapshot,
      openWarnings: r.warnings,
      lastStats: r.snapshot.lastTurn,
      conversations: s.conversations.map((c) => (c.id === id ? r.summary : c)),
    }));
    if (r.snapshot.staleGists > 0) void watchGistRefresh(id);
  } catch (e) {
    useAppStore.setState({ turns: [], snapshot: null, openError: describeError(e) });
  }
}

const watchingRefresh = new Set<string>();

/**
 * Follows the engine's background refresh of gists made by an older gister (progress shown in the
 * Tree panel) until it finishes or a turn pauses it; the snapshot after the turn restarts watching.
 */
export async function watchGistRefresh(id: string): Promise<void> {
  if (watchingRefresh.has(id)) return;
  watchingRefresh.add(id);
  try {
    const r = await getEngine().refreshGists(
      { conversationId: id },
      { onProgress: (p) => useAppStore.setState((s) => (s.activeId === id ? { gistRefresh: p } : {})) },
    );
    useAppStore.setState((s) =>
      s.activeId === id && s.snapshot?.conversationId === id
        ? { snapshot: { ...s.snapshot, staleGists: r.staleGists, gistRefresh: null } }
        : {},
    );
  } catch {
    // A failed refresh is reported by the engine as a warning of the conversation; retried after the next turn.
  } finally {
    watchingRefresh.delete(id);
    useAppStore.setState((s) => (s.activeId === id ? { gistRefresh: null } : {}));
  }
}

export async function createConversation(title: string): Promise<string | null> {
  try {
    const c = await getEngine().createConversation({ title: title.trim() || 'Untitled' });
    useAppStore.setState((s) => ({ conversations: [c, ...s.conversations] }));
    await openConversation(c.id);
    return c.id;
  } catch (e) {
    pushNotice('error', `Could not create the conversation: ${describeError(e)}`);
    return null;
  }
}

/** The open conversation, or a new one titled from `hint` when none is open. */
export async function ensureConversation(hint: string): Promise<string | null> {
  const id = useAppStore.getState().activeId;
  if (id) return id;
  const title = hint.replace(/\s+/g, ' ').trim().slice(0, 48) || 'Untitled';
  return createConversation(title);
}

export async function renameConversation(id: string, title: string): Promise<void> {
  try {
    const c = await getEngine().renameConversation({ id, title: title.trim() || 'Untitled' });
    useAppStore.setState((s) => ({ conversations: s.conversations.map((x) => (x.id === id ? c : x)) }));
  } catch (e) {
    pushNotice('error', `Could not rename: ${describeError(e)}`);
  }
}

export async function deleteConversation(id: string): Promise<void> {
  try {
    await getEngine().deleteConversation({ id });
    const rest = useAppStore.getState().conversations.filter((c) => c.id !== id);
    useAppStore.setState((s) => {
      const history = { ...s.history };
      delete history[id];
      return { conversations: rest, history };
    });
    if (useAppStore.getState().activeId === id) {
      useAppStore.setState({ activeId: null, turns: [], snapshot: null, lastStats: null, forgets: [] });
      writePrefs({ activeId: undefined });
      if (rest[0]) await openConversation(rest[0].id);
    }
  } catch (e) {
    pushNotice('error', `Could not delete: ${describeError(e)}`);
  }
}

export function exportFileName(title: string, at = new Date()): string {
  return transcriptFileName(title, 'megacontext', at);
}

const EXPORT_TYPES: Record<ExportFormat, string> = {
  megacontext: 'application/octet-stream',
  markdown: 'text/markdown',
  openai: 'application/json',
};

/** Downloads the conversation: its whole memory (.megacontext), or its transcript as Markdown or OpenAI messages JSON. */
export async function exportConversation(id: string, format: ExportFormat = 'megacontext'): Promise<void> {
  try {
    const bytes = await getEngine().exportConversation({ conversationId: id, format });
    const title = useAppStore.getState().conversations.find((c) => c.id === id)?.title ?? 'conversation';
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: EXPORT_TYPES[format] }));
    const a = document.createElement('a');
    a.href = url;
    a.download = transcriptFileName(title, format);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (e) {
    pushNotice('error', `Export failed: ${describeError(e)}`);
  }
}

/** Imports a .megacontext file, OpenAI messages JSON or a ChatGPT conversations.json (one conversation per conversation in it). */
export async function importConversation(file: File): Promise<void> {
  try {
    const imported = await getEngine().importConversation({
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name,
    });
    await refreshConversations();
    const first = imported[0];
    if (first) await openConversation(first.id);
    const tokens = imported.reduce((n, c) => n + c.tokenCount, 0);
    pushNotice(
      'info',
      imported.length === 1
        ? `Imported “${first!.title}” (${tokens.toLocaleString()} tokens of memory).`
        : `Imported ${imported.length} conversations (${tokens.toLocaleString()} tokens of memory).`,
    );
  } catch (e) {
    pushNotice('error', `Import failed: ${describeError(e)}`);
  }
}

/** Applies a snapshot from the engine to the open conversation and records a telemetry point. */
export function applySnapshot(snapshot: MemorySnapshot, kind: HistoryPoint['kind'], stats: TurnStats | null): void {
  const id = snapshot.conversationId;
  const point: HistoryPoint = {
    at: Date.now(),
    kind,
    tokenCount: snapshot.tokenCount,
    wcCost: snapshot.wc.cost,
    wMax: snapshot.wc.wMax,
    recomputedTokens: stats ? stats.recomputedTokens : null,
    refocusActions: stats ? stats.refocusActions : null,
  };
  useAppStore.setState((s) => ({
    snapshot: s.activeId === id ? snapshot : s.snapshot,
    history: { ...s.history, [id]: [...(s.history[id] ?? []), point].slice(-200) },
    conversations: s.conversations.map((c) =>
      c.id === id ? { ...c, tokenCount: snapshot.tokenCount, updatedAt: Date.now() } : c,
    ),
  }));
  if (snapshot.staleGists > 0) void watchGistRefresh(id); // the turn paused it; it runs again now
}

/** Reloads the turns of the open conversation (after a chat or an ingest appended some). */
export async function refreshTurns(id: string, alsoSet: Partial<AppState> = {}): Promise<void> {
  try {
    const r = await getEngine().openConversation({ id, session: PAGE_SESSION });
    useAppStore.setState((s) => ({
      ...alsoSet,
      ...(s.activeId === id ? { turns: r.turns, forgets: r.forgets } : {}),
      conversations: s.conversations.map((c) => (c.id === id ? r.summary : c)),
    }));
  } catch (e) {
    useAppStore.setState(alsoSet);
    pushNotice('error', describeError(e));
  }
}

/**
 * After a worker crash the proxy restarts the worker and reloads the model by itself (with default
 * settings); this waits for the model (the engine answers 'no-model' until then), puts the user's
 * settings back and re-opens the conversation.
 */
export async function reopenAfterCrash(id: string, tries = 90, waitMs = 1000): Promise<void> {
  const s = useAppStore.getState().settings;
  for (let i = 0; i < tries; i++) {
    try {
      // The restarted worker loaded the model with its package's defaults: every setting the page
      // had (memory check, quote and answer copy included) is applied again.
      if (s) useAppStore.setState({ settings: await getEngine().updateSettings(s) });
      const r = await getEngine().openConversation({ id, session: PAGE_SESSION });
      if (useAppStore.getState().activeId === id)
        useAppStore.setState({
          turns: r.turns,
          forgets: r.forgets,
          snapshot: r.snapshot,
          openWarnings: r.warnings,
          openError: null,
        });
      return;
    } catch (e) {
      if (!(e instanceof EngineStateError && e.data.state === 'no-model')) {
        useAppStore.setState({ openError: describeError(e) });
        return;
      }
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
  useAppStore.setState({
    openError: 'The engine restarted but the model did not come back; load it again from the Model panel.',
  });
}
