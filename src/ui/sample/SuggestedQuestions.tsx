// Suggested questions for a conversation holding the sample memory (issue 19 item 5): one chip per
// planted fact; a click asks its question as an ordinary chat turn (the heatmap then shows where
// the model looked). The questions are worded as the demo model answers them best, and each chip
// says how often it did in measurement (docs/sample-memory.md).
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectModelReady } from '../../store/selectors';
import { sendMessage } from '../../store/actions/chat-actions';
import { fetchSampleMemory } from '../../store/actions/sample-actions';
import { isSampleLabel, type SampleMemory } from '../../samples/sample-memory';
import { groupTurns } from '../chat/turn-groups';
import { DemoLimits } from './DemoLimits';
import './sample.css';

export function SuggestedQuestions() {
  const turns = useAppStore((s) => s.turns);
  const ready = useAppStore(selectModelReady);
  const busy = useAppStore((s) => s.live !== null || s.feedJob !== null);
  const hasSample = useMemo(
    () => groupTurns(turns).some((t) => t.kind === 'memory' && isSampleLabel(t.label)),
    [turns],
  );
  const [sample, setSample] = useState<SampleMemory | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!hasSample || sample) return;
    let live = true;
    fetchSampleMemory().then(
      (s) => live && setSample(s),
      (e: unknown) => live && setError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [hasSample, sample]);

  if (!hasSample) return null;
  if (error)
    return (
      <p className="error small" role="alert">
        {error}
      </p>
    );
  if (!sample) return null;
  const asked = new Set(turns.filter((t) => t.role === 'user').map((t) => t.text.trim()));
  return (
    <section className="suggested" data-testid="suggested-questions" aria-label="Suggested questions">
      <p className="small">
        <strong>We hid {sample.facts.length} facts in this book.</strong> Ask for one — the heatmap shows where the
        model looked. The percentages: how often the demo model answered each one right in testing (the same questions
        on copies of this book with other numbers in other places). Ask them in any order: each question is focused on
        its own, and asked one after another 59 of 60 later questions were right.
      </p>
      <div className="suggested-chips">
        {sample.facts.map((f) => (
          <button
            key={f.id}
            type="button"
            className={`chip chip-button ${asked.has(f.question) ? 'chip-asked' : ''}`}
            disabled={!ready || busy}
            onClick={() => void sendMessage(f.question)}
            title={
              f.measured
                ? `Planted: “${f.sentence}” — answered ${f.measured.correct} of ${f.measured.cases} times in testing`
                : `Planted: “${f.sentence}”`
            }
          >
            {f.question}
            {f.measured ? (
              <span
                className="chip-rate"
                aria-label={`answered ${f.measured.correct} of ${f.measured.cases} times in testing`}
              >
                {' '}
                {Math.round((100 * f.measured.correct) / f.measured.cases)} %
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <DemoLimits />
    </section>
  );
}
