// A value that follows `value` at most once per `ms` (the last change always lands). The answer
// streaming in re-renders its Markdown ~10 times a second instead of once per token: parsing a
// 2.5 kB answer costs ~11 ms, so per-token rendering at 40–70 tokens/s kept the main thread busy.
import { useEffect, useRef, useState } from 'react';

export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + ms - performance.now());
    const t = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(t);
  }, [value, ms]);
  return shown;
}
