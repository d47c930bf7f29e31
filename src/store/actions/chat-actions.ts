// Actions: one chat turn through the engine's loop (ingest → refocus → prefill → decode) with the
// answer streamed into the store; stop cancels the decode (the partial answer is kept in memory).
// Memory is append-only, so editing a sent message or regenerating an answer sends a new turn that
// names the turn it revises; the earlier exchange stays in memory. Retry regenerates the last answer.
import { useAppStore, pushNotice } from '../app-store';
import type { TurnRevision } from '../../runtime/engine-api';
import { getEngine } from '../engine-client';
import { describeError, isAbort } from '../describe-error';
import { StorageQuotaError } from '../../storage/errors';
import { applySnapshot, ensureConversation, refreshTurns } from './conversation-actions';

let controller: AbortController | null = null;
/** How often streamed tokens reach the store (one render per flush, not per token). */
const STREAM_FLUSH_MS = 40;

export async function sendMessage(message: string, revises: TurnRevision | null = null): Promise<void> {
  const text = message.trim();
  if (!text || useAppStore.getState().live) return;
  const id = await ensureConversation(text);
  if (!id) return;
  controller = new AbortController();
  const set = useAppStore.setState;
  const startedAt = performance.now();
  set({
    live: {
      conversationId: id,
      message: text,
      revises,
      stage: 'ingest',
      text: '',
      tokens: 0,
      startedAt,
      firstTokenAt: null,
      lastTokenAt: null,
      refocus: null,
      stopping: false,
    },
    chatError: null,
    lastMessage: text,
  });
  // Streamed tokens are coalesced into one store update per STREAM_FLUSH_MS: the worker can write
  // a small model's tokens faster than the page can render one update per token, and a backlog of
  // token messages delays everything behind it, a Stop click included (measured: the tiny test
  // model wrote 1,200 tokens at ~177 tok/s and Stop landed only after the last one).
  let pendingText = '';
  let pendingTokens = 0;
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let flushedAny = false;
  const flush = () => {
    if (flushTimer !== null) clearTimeout(flushTimer);
    flushTimer = null;
    if (pendingTokens === 0) return;
    const text = pendingText;
    const tokens = pendingTokens;
    pendingText = '';
    pendingTokens = 0;
    set((s) => {
      const l = s.live;
      if (!l) return {};
      const now = performance.now();
      return {
        live: {
          ...l,
          text: l.text + text,
          tokens: l.tokens + tokens,
          firstTokenAt: l.firstTokenAt ?? now,
          lastTokenAt: now,
        },
      };
    });
  };
  try {
    const r = await getEngine().chat(
      { conversationId: id, message: text, ...(revises ? { revises } : {}) },
      {
        signal: controller.signal,
        onProgress: (ev) => {
          // The heatmap follows the refocus as soon as it happens, while the answer streams.
          if (ev.kind === 'refocus') {
            void getEngine()
              .snapshot({ conversationId: id })
              .then(
                (snapshot) => set((s) => (s.live && s.activeId === id ? { snapshot } : {})),
                () => undefined,
              );
          }
          if (ev.kind === 'token') {
            pendingText += ev.text;
            pendingTokens += 1;
            if (!flushedAny) {
              flushedAny = true; // the first token shows at once (time to first token)
              flush();
            } else flushTimer ??= setTimeout(flush, STREAM_FLUSH_MS);
            return;
          }
          flush();
          set((s) => {
            const l = s.live;
            if (!l) return {};
            if (ev.kind === 'stage') return { live: { ...l, stage: ev.stage } };
            return { live: { ...l, refocus: { actions: ev.actions, recomputedTokens: ev.recomputedTokens } } };
          });
        },
      },
    );
    set({ lastStats: r.stats });
    applySnapshot(r.snapshot, 'chat', r.stats);
  } catch (e) {
    if (!isAbort(e)) {
      set({ chatError: describeError(e) });
      if (e instanceof StorageQuotaError) pushNotice('error', describeError(e));
    }
  } finally {
    flush();
    controller = null;
    await refreshTurns(id, { live: null });
  }
}

export function stopChat(): void {
  const l = useAppStore.getState().live;
  if (!l || !controller) return;
  useAppStore.setState({ live: { ...l, stopping: true } });
  controller.abort();
}

/** Asks the question of user turn `of` again, as a new turn; the earlier answer stays in memory. */
export async function regenerate(of: number): Promise<void> {
  const q = useAppStore.getState().turns.find((t) => t.index === of && t.role === 'user');
  if (q) await sendMessage(q.text, { kind: 'regenerate', of });
}

/** Sends an edited version of user turn `of` as a new turn; the original exchange stays in memory. */
export async function resendEdited(of: number, text: string): Promise<void> {
  await sendMessage(text, { kind: 'edit', of });
}

/** Regenerates the answer to the last question (or sends the last message again if it never reached memory). */
export async function retryLast(): Promise<void> {
  const { turns, lastMessage } = useAppStore.getState();
  const last = turns.findLast((t) => t.role === 'user');
  if (last) await regenerate(last.index);
  else if (lastMessage) await sendMessage(lastMessage);
}
