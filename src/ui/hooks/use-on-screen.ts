// Whether an element shows any part of itself in the viewport, so a view can skip work nobody can
// see: the log stops redrawing its lines, the Monitor reads its metrics less often.
import type { RefObject } from 'react';
import { useEffect, useState } from 'react';

/**
 * True until the first report, so a view never starts out blank; and true for good where the
 * browser has no IntersectionObserver (a test's DOM), so the view keeps working, only never idles.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      // Several reports in one batch (scrolled in and out again): the last is the element's
      // state now, where "any of them" would leave a view that has just left the screen awake.
      setOnScreen(entries[entries.length - 1]!.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}
