// Actions: the open conversation's system prompt (engine.setSystemPrompt). Setting one on a new
// conversation creates the conversation, so the prompt is the first thing in its memory.
import { useAppStore } from '../app-store';
import { getEngine } from '../engine-client';
import { describeError } from '../describe-error';
import { applySnapshot, ensureConversation, refreshTurns } from './conversation-actions';

/** Sets (or, with empty text, clears) the system prompt. Returns the error to show, or null. */
export async function saveSystemPrompt(text: string): Promise<string | null> {
  const s = useAppStore.getState();
  if (s.live || s.feedJob) return 'Wait until the answer or the feeding in progress ends.';
  const id = await ensureConversation(''); // titled 'Untitled' until renamed
  if (!id) return 'Could not create a conversation for the prompt.';
  try {
    const r = await getEngine().setSystemPrompt({ conversationId: id, text });
    applySnapshot(r.snapshot, 'ingest', null);
    await refreshTurns(id);
    return null;
  } catch (e) {
    return describeError(e);
  }
}
