// Actions: showing a token range of the open conversation's MegaContext on the focus heatmap (a
// fed document from the documents list, a "find in memory" hit): the heatmap zooms to it and
// selects the span holding token `at` (the range's first by default), whose text the inspector
// shows.
import { useAppStore } from '../app-store';

let seq = 0;

export function revealSpan(range: { start: number; end: number }, at = range.start): void {
  const id = useAppStore.getState().snapshot?.conversationId;
  if (!id || range.end <= range.start) return;
  useAppStore.setState({
    reveal: {
      conversationId: id,
      start: range.start,
      end: range.end,
      at: Math.min(Math.max(at, range.start), range.end - 1),
      seq: ++seq,
    },
  });
}
