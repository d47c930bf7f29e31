// Actions: one chat turn through the engine's loop (ingest → refocus → prefill → decode) with the
// answer streamed into the store; stop cancels the decode (the partial answer is kept in memory),
// retry asks the last question again.
import { useAppStore, pushNotice } from '../app-store';
import { getEngine } from '../engine-client';
import { describeError, isAbort } from '../describe-error';
import { StorageQuotaError } from '../../storage/errors';
import { applySnapshot, ensureConversation, refreshTurns } from './conversation-actions';

let controller: AbortController | null = null;

export async function sendMessage(message: string): Promise<void> {
  const text = message.trim();
  if (!text || useAppStore.getState().live) return;
  const id = await ensureConversation(text);
  if (!id) return;
  controller = new AbortController();
  const set = useAppStore.setState;
  const startedAt = performance.now();
  set({ live: { conversationId: id, message: text, stage: 'ingest', text: '', tokens: 0, startedAt, firstTokenAt: null, lastTokenAt: null, refocus: null, stopping: false }, chatError: null, lastMessage: text });
  try {
    const r = await getEngine().chat(
      { conversationId: id, message: text },
      {
        signal: controller.signal,
        onProgress: (ev) => {
          // The heatmap follows the refocus as soon as it happens, while the answer streams.
          if (ev.kind === 'refocus') {
            void getEngine()
              .snapshot({ conversationId: id })
              .then((snapshot) => set((s) => (s.live && s.activeId === id ? { snapshot } : {})), () => undefined);
          }
          set((s) => {
            const l = s.live;
            if (!l) return {};
            if (ev.kind === 'stage') return { live: { ...l, stage: ev.stage } };
            if (ev.kind === 'refocus') return { live: { ...l, refocus: { actions: ev.actions, recomputedTokens: ev.recomputedTokens } } };
            const now = performance.now();
            return { live: { ...l, text: l.text + ev.text, tokens: l.tokens + 1, firstTokenAt: l.firstTokenAt ?? now, lastTokenAt: now } };
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

export async function retryLast(): Promise<void> {
  const m = useAppStore.getState().lastMessage;
  if (m) await sendMessage(m);
}
