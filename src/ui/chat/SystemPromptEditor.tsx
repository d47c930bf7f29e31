// The conversation's system prompt, above the chat: what is in force, and an editor. A system
// prompt is memory (the engine pins it to full detail, so it is in every working context): in a
// new conversation it comes first; set later, it is added after what is there and the earlier
// one stays in memory, unpinned — the page says so before saving.
import { useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectModelReady } from '../../store/selectors';
import { saveSystemPrompt } from '../../store/actions/system-prompt-actions';

export function SystemPromptEditor() {
  const turns = useAppStore((s) => s.turns);
  const ready = useAppStore(selectModelReady);
  const busy = useAppStore((s) => s.live !== null || s.feedJob !== null);
  const current = useMemo(() => turns.findLast((t) => t.meta?.kind === 'system-prompt')?.text ?? '', [turns]);
  const memoryHasText = turns.length > 0;
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (text: string) => {
    setSaving(true);
    const problem = await saveSystemPrompt(text.trim());
    setSaving(false);
    setError(problem);
    if (!problem) setDraft(null);
  };

  if (draft === null) {
    return (
      <div className="system-prompt-bar" data-testid="system-prompt-bar">
        <button
          type="button"
          className="btn btn-xs"
          onClick={() => setDraft(current)}
          disabled={!ready}
          aria-label={current ? 'Edit the system prompt' : 'Add a system prompt'}
        >
          {current ? '✎ System prompt' : '+ System prompt'}
        </button>
        <span
          className={`system-prompt-current ${current ? '' : 'muted'}`}
          data-testid="system-prompt-current"
          title={current || undefined}
        >
          {current || 'none — the model answers with no instructions'}
        </span>
      </div>
    );
  }
  const changed = draft.trim() !== current;
  return (
    <form
      className="system-prompt-form"
      aria-label="System prompt"
      onSubmit={(e) => {
        e.preventDefault();
        if (changed) void save(draft);
      }}
    >
      <label htmlFor="system-prompt-text" className="small">
        System prompt for this conversation
      </label>
      <textarea
        id="system-prompt-text"
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
        rows={3}
        autoFocus
        placeholder="e.g. You answer in one short sentence and cite the document you used."
      />
      <p className="msg-note" data-testid="system-prompt-note">
        Kept at full detail (pinned) in every answer’s working context.{' '}
        {memoryHasText
          ? 'This conversation already has memory, so the prompt is added after it (memory is append-only); an earlier prompt stays in memory, no longer pinned.'
          : 'It becomes the start of this conversation’s memory.'}
      </p>
      {error ? (
        <p className="error small" role="alert" data-testid="system-prompt-error">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="btn btn-primary btn-xs" disabled={!changed || saving || busy || !draft.trim()}>
          {saving ? 'Saving…' : 'Save prompt'}
        </button>
        {current ? (
          <button type="button" className="btn btn-xs" onClick={() => void save('')} disabled={saving || busy}>
            Clear prompt
          </button>
        ) : null}
        <button type="button" className="btn btn-xs" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
