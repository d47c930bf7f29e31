// Actions: forgetting a fed document or a span of the open conversation's memory, and undoing it
// while this page is open (engine.forget / engine.unforget with this page's session id). The
// engine answers with the turns as now shown (forgotten text left out), the tombstones and the
// memory snapshot.
import { useAppStore } from '../app-store';
import { getEngine } from '../engine-client';
import { describeError } from '../describe-error';
import { PAGE_SESSION } from '../page-session';
import type { ForgetResult } from '../../runtime/engine-api';

function apply(id: string, r: ForgetResult): void {
  useAppStore.setState((s) =>
    s.activeId === id
      ? { turns: r.turns, forgets: r.forgets, snapshot: r.snapshot, forgetError: null, findMarks: null }
      : {},
  );
}

/** Forgets tokens [start, end) of the open conversation. */
export async function forgetRange(range: { start: number; end: number }, kind: 'document' | 'span'): Promise<boolean> {
  const id = useAppStore.getState().activeId;
  if (!id) return false;
  try {
    apply(
      id,
      await getEngine().forget({ conversationId: id, start: range.start, end: range.end, kind, session: PAGE_SESSION }),
    );
    return true;
  } catch (e) {
    useAppStore.setState({ forgetError: `Could not forget: ${describeError(e)}` });
    return false;
  }
}

/** Undoes a forget made on this page. */
export async function undoForget(forgetId: string): Promise<boolean> {
  const id = useAppStore.getState().activeId;
  if (!id) return false;
  try {
    apply(id, await getEngine().unforget({ conversationId: id, id: forgetId, session: PAGE_SESSION }));
    return true;
  } catch (e) {
    useAppStore.setState({ forgetError: `Could not undo: ${describeError(e)}` });
    return false;
  }
}
