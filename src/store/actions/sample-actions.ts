// Actions: the bundled sample memory (issue 19 item 5; src/samples/sample-memory.ts). One click on
// the first-run card fetches the sample (a static file precached with the app, so it works
// offline), opens a conversation for it — the empty one on screen, or a new one — and feeds it to
// memory through the ordinary feed (progress, cancel). The chips then ask its questions as
// ordinary chat turns.
import { useAppStore, pushNotice } from '../app-store';
import { describeError } from '../describe-error';
import { parseSampleMemory, sampleLabel, SAMPLE_MEMORY_PATH, type SampleMemory } from '../../samples/sample-memory';
import { createConversation, renameConversation } from './conversation-actions';
import { feedText } from './feed-actions';

let loading: Promise<SampleMemory> | null = null;

/** The sample, fetched once per page (a failed fetch is retried on the next call). */
export function fetchSampleMemory(): Promise<SampleMemory> {
  loading ??= (async () => {
    const res = await fetch(import.meta.env.BASE_URL + SAMPLE_MEMORY_PATH);
    if (!res.ok) throw new Error(`the sample memory could not be fetched (HTTP ${res.status})`);
    const parsed = parseSampleMemory(await res.json());
    if (!parsed.ok) throw new Error(`the sample memory file is damaged: ${parsed.why}`);
    return parsed.sample;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/** Feeds the sample into the open conversation when it is empty, else into a new one. */
export async function trySampleMemory(): Promise<boolean> {
  const s = useAppStore.getState();
  if (s.feedJob || s.live) return false;
  let sample: SampleMemory;
  try {
    sample = await fetchSampleMemory();
  } catch (e) {
    pushNotice('error', describeError(e));
    return false;
  }
  const title = `Sample: ${sample.title}`;
  const open = s.activeId !== null && s.turns.length === 0 ? s.activeId : null;
  if (open) await renameConversation(open, title);
  else if (!(await createConversation(title))) return false;
  return feedText(sample.text, sampleLabel(sample));
}
