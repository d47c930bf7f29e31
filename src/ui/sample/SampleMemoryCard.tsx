// First run (issue 19 item 5): on an empty conversation, a card offers the bundled sample memory —
// one click feeds Moby-Dick with planted facts into a conversation (progress shown here), and the
// suggested-question chips (SuggestedQuestions.tsx) take over from there.
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectModelReady } from '../../store/selectors';
import { trySampleMemory } from '../../store/actions/sample-actions';
import { isSampleLabel } from '../../samples/sample-memory';
import { ProgressBar } from '../common/ProgressBar';
import { formatCount } from '../common/format';
import { DemoLimits } from './DemoLimits';
import './sample.css';

/** The sample's length in demo-model tokens, rounded (docs/sample-memory.md: 29,95x). */
const SAMPLE_TOKENS = 30_000;

export function SampleMemoryCard() {
  const ready = useAppStore(selectModelReady);
  const job = useAppStore((s) => s.feedJob);
  const busy = useAppStore((s) => s.live !== null || s.feedJob !== null);
  const wMax = useAppStore((s) => s.settings?.wMax ?? null);
  const feeding = job !== null && isSampleLabel(job.label) ? job : null;
  const p = feeding?.progress ?? null;
  // From the click until the feed starts (fetching the file, opening the conversation).
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      await trySampleMemory();
    } finally {
      setStarting(false);
    }
  };
  return (
    <section className="card card-ok sample-card" data-testid="sample-card" aria-labelledby="sample-card-title">
      <h2 id="sample-card-title">New here?</h2>
      <p className="headline">
        <strong>Try the sample memory</strong>: the first ten chapters of <em>Moby-Dick</em> (public domain, about
        30,000 tokens
        {wMax
          ? ` — ${Math.round(SAMPLE_TOKENS / wMax)} times what the model reads at once, W_max ${formatCount(wMax)}`
          : ''}
        ).
      </p>
      <p>
        We hid four facts in the book — a pass key, a door code, a harbour toll and a lock combination, each a number.
        After it is read, one click on a suggested question asks for one, and the heatmap shows where the model looked.
      </p>
      {feeding || starting ? (
        <div data-testid="sample-progress">
          <ProgressBar value={p ? p.tokensDone / Math.max(1, p.tokensTotal) : null} label="Reading the sample memory" />
          <p className="small muted" aria-live="polite">
            {p
              ? `Reading the book: ${formatCount(p.tokensDone)} of ${formatCount(p.tokensTotal)} tokens…`
              : feeding
                ? 'Tokenizing the book…'
                : 'Opening the sample…'}
          </p>
        </div>
      ) : (
        <button type="button" className="btn btn-primary" disabled={!ready || busy} onClick={() => void start()}>
          Try the sample memory
        </button>
      )}
      {!ready ? <p className="small muted">Waiting for a model to load…</p> : null}
      <DemoLimits />
    </section>
  );
}
