// Whether the window is narrower than three columns allow, kept in step as it is resized or turned.
import { useSyncExternalStore } from 'react';
import { NARROW_QUERY } from './narrow-layout';

function query(): MediaQueryList | null {
  // Test environments without layout (jsdom) have no matchMedia: they get the wide page.
  return typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
