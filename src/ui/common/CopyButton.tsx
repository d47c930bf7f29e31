// A copy button (code blocks, answers): copies its text and says so for two seconds; a refusal
// is shown on the button rather than lost.
import { useEffect, useState } from 'react';
import { copyText } from './clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton(props: {
  text: string | (() => string);
  label: string;
  className?: string;
  testId?: string;
}) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);
  const name = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : props.label;
  return (
    <button
      type="button"
      className={`icon-btn copy-btn ${props.className ?? ''}`}
      aria-label={name}
      title={name}
      data-testid={props.testId}
      onClick={() => {
        const text = typeof props.text === 'function' ? props.text() : props.text;
        copyText(text).then(
          () => setState('copied'),
          () => setState('failed'),
        );
      }}
    >
      {state === 'copied' ? '✓ Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
