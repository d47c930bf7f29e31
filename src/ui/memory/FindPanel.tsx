// Find in memory (seed: MegaContext Tree): full-text search over what the open conversation's tree
// holds (search.ts); the hits are ticked on the focus heatmap and "Show" zooms the heatmap to a hit
// and selects the span holding it, whose text the inspector shows.
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { revealSpan } from '../../store/actions/reveal-actions';
import { Panel } from '../common/Panel';
import { formatCount } from '../common/format';
import { searchMemory, type MemoryHit, type SearchResult } from './search';

const SOURCE = { user: 'your message', assistant: 'answer', 'system-prompt': 'system prompt' } as const;

function sourceName(h: MemoryHit): string {
  return h.source.kind === 'document' ? h.source.label : SOURCE[h.source.kind];
}

export function FindPanel() {
  const activeId = useAppStore((s) => s.activeId);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ conversationId: string; query: string; result: SearchResult } | null>(null);
  const shown = result && result.conversationId === activeId ? result : null;

  const find = () => {
    const s = useAppStore.getState();
    if (!s.activeId) return;
    const r = searchMemory(s.turns, query);
    setResult({ conversationId: s.activeId, query: query.trim(), result: r });
    useAppStore.setState({ findMarks: { conversationId: s.activeId, tokens: r.hits.map((h) => h.token) } });
  };

  return (
    <Panel title="Find in memory" testId="find">
      <form
        className="row find-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          find();
        }}
      >
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          aria-label="Find in memory"
          placeholder="Words in documents and chats"
          disabled={!activeId}
        />
        <button type="submit" className="btn btn-xs" disabled={!activeId || query.trim().length < 2}>
          Find
        </button>
      </form>
      {shown ? (
        <>
          <p className="small muted" data-testid="find-summary" aria-live="polite">
            {shown.result.total === 0
              ? `No “${shown.query}” in this memory.`
              : `${formatCount(shown.result.total)} ${shown.result.total === 1 ? 'hit' : 'hits'} for “${shown.query}”${shown.result.total > shown.result.hits.length ? ` (first ${shown.result.hits.length} listed)` : ''}, ticked on the heatmap.`}
          </p>
          <ol className="find-hits">
            {shown.result.hits.map((h, i) => (
              <li key={`${h.turnIndex}-${i}`} className="find-hit" data-testid="find-hit">
                <div className="find-hit-main">
                  <span className="find-hit-source small muted">
                    {sourceName(h)} · ≈ token {formatCount(h.token)}
                  </span>
                  <span className="find-snippet">
                    {h.snippet.slice(0, h.matchStart)}
                    <mark>{h.snippet.slice(h.matchStart, h.matchEnd)}</mark>
                    {h.snippet.slice(h.matchEnd)}
                  </span>
                </div>
                <button
                  type="button"
                  className="btn btn-xs"
                  onClick={() => revealSpan(h.range, h.token)}
                  aria-label={`Show hit ${i + 1} on the heatmap`}
                >
                  Show
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </Panel>
  );
}
