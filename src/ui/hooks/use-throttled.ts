// A value that follows its source at most once per interval: a change after a quiet spell shows
// at once, and a stream of changes (thousands of log lines a second under load) shows its newest
// value every `intervalMs` instead of re-rendering on every frame.
import { useEffect, useRef, useState } from 'react';

/**
 * While `held` (its view is off screen), the value stays as it was; once released, the source's
 * current value shows in that same render, so the view is never drawn stale.
 */
export function useThrottled<T>(value: T, intervalMs: number, held = false): T {
  const [shown, setShown] = useState(value);
  const [wasHeld, setWasHeld] = useState(held);
  const lastShownAt = useRef(0);
  if (held !== wasHeld) {
    setWasHeld(held);
    if (!held) setShown(value);
  }

  useEffect(() => {
    if (held) return;
    const wait = lastShownAt.current + intervalMs - performance.now();
    const show = () => {
      lastShownAt.current = performance.now();
      setShown(value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs, held]);

  return shown;
}
