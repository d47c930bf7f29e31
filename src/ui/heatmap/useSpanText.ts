// Text of a span of the MegaContext Tree, decoded by the engine (engine.spanText), fetched with a
// short debounce while the pointer moves and cached per span and set of forgotten spans (a forget
// or an undo changes what a span reads).
import { useEffect, useState } from 'react';
import { getEngine } from '../../store/engine-client';
import { useAppStore } from '../../store/app-store';

const cache = new Map<string, string>();

export function useSpanText(
  conversationId: string | null,
  span: { start: number; end: number } | null,
): { text: string | null; error: string | null } {
  const forgotten = useAppStore((s) => s.forgets.map((f) => f.id).join(','));
  const key = conversationId && span ? `${conversationId}:${span.start}:${span.end}:${forgotten}` : null;
  const [state, setState] = useState<{ key: string | null; text: string | null; error: string | null }>({
    key: null,
    text: null,
    error: null,
  });
  useEffect(() => {
    if (!key || !conversationId || !span) return;
    const hit = cache.get(key);
    if (hit !== undefined) {
      setState({ key, text: hit, error: null });
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      getEngine()
        .spanText({ conversationId, start: span.start, end: span.end })
        .then(
          (text) => {
            if (cache.size > 500) cache.clear();
            cache.set(key, text);
            if (live) setState({ key, text, error: null });
          },
          (e: unknown) => live && setState({ key, text: null, error: (e as Error).message }),
        );
    }, 90);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // span identity is captured by key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? { text: state.text, error: state.error } : { text: null, error: null };
}
